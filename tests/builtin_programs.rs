//! The built-in programs (programs/*.toml) and their illustrations
//! (assets/illustrations/*.svg): they parse, speak Dutch and English everywhere, keep one
//! exercise id per exercise across programs, have realistic totals at every level, and every
//! exercise has a drawing in the house style at every level.
//!
//! The checks on raw TOML and SVG need no parser; the ones on [`Program`] need
//! `limber::program::parse` to be implemented.

use limber::pose::{Pose, drawing_name};
use limber::program::{self, Dosage, Exercise, Plan, Program, Text};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const INK: &str = "#1f2933";
const ACCENT: &str = "#c9482a";
const MAX_SVG_BYTES: u64 = 4 * 1024;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &str, extension: &str) -> Vec<PathBuf> {
    let dir = root().join(dir);
    let entries =
        fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == extension))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn stem(path: &Path) -> String {
    path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

fn program_files() -> Vec<PathBuf> {
    files("programs", "toml")
}

/// Every built-in, parsed and validated the way the app loads a file.
fn programs() -> Vec<(PathBuf, Program)> {
    program_files()
        .into_iter()
        .map(|path| {
            let source = read(&path);
            let dir = path.parent().map(Path::to_path_buf);
            match program::parse(&source, &path, dir.as_deref()) {
                Ok(program) => (path, program),
                Err(problems) => {
                    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
                    panic!("{} does not parse:\n{}", path.display(), lines.join("\n"))
                }
            }
        })
        .collect()
}

/// The raw TOML of every built-in (no parser needed).
fn raw_programs() -> Vec<(PathBuf, toml::Table)> {
    program_files()
        .into_iter()
        .map(|path| {
            let table = read(&path)
                .parse::<toml::Table>()
                .unwrap_or_else(|e| panic!("{} is not TOML: {e}", path.display()));
            (path, table)
        })
        .collect()
}

/// `(exercise table)` of every exercise of a raw program, in file order.
fn raw_exercises(table: &toml::Table) -> Vec<&toml::Table> {
    table
        .get("block")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(toml::Value::as_table)
        .flat_map(|block| {
            block.get("exercise").and_then(toml::Value::as_array).into_iter().flatten()
        })
        .filter_map(toml::Value::as_table)
        .collect()
}

fn raw_str<'a>(table: &'a toml::Table, key: &str) -> &'a str {
    table.get(key).and_then(toml::Value::as_str).unwrap_or_default()
}

/// Whether `svg` has an attribute such as `onload=` (scripts in disguise).
fn has_event_handler(svg: &str) -> bool {
    svg.match_indices(" on").any(|(i, _)| {
        let rest = &svg[i + 3..];
        let name_len = rest.chars().take_while(char::is_ascii_lowercase).count();
        name_len > 0 && rest[name_len..].starts_with('=')
    })
}

fn assert_bilingual(text: &Text, what: &str) {
    for language in ["nl", "en"] {
        let entry = text.entries().iter().find(|(code, _)| code == language);
        let Some((_, value)) = entry else {
            panic!("{what}: no `{language}` text in {:?}", text.entries());
        };
        assert!(!value.trim().is_empty(), "{what}: empty `{language}` text");
    }
}

#[test]
fn there_are_at_least_five_builtin_programs() {
    let files = program_files();
    assert!(files.len() >= 5, "only {} program files in programs/", files.len());
    let ids: BTreeSet<String> = files.iter().map(|p| stem(p)).collect();
    for id in [
        "runner-warm-up",
        "core-strength",
        "leg-hip-stretches",
        "runner-cool-down",
        "back-pain-and-running",
        "back-mobility",
        "back-to-running",
    ] {
        assert!(ids.contains(id), "programs/{id}.toml is missing");
    }
}

#[test]
fn every_builtin_parses_and_is_named_after_its_id() {
    for (path, program) in programs() {
        assert_eq!(program.id, stem(&path), "{}: file name and id differ", path.display());
        assert_eq!(program.language, "nl", "{}: language", path.display());
        assert!(program.version >= 1);
    }
}

#[test]
fn every_text_is_in_dutch_and_english() {
    for (path, program) in programs() {
        let file = path.display().to_string();
        assert_bilingual(&program.title, &format!("{file}: title"));
        let description = program.description.as_ref();
        assert_bilingual(
            description.unwrap_or_else(|| panic!("{file}: no description")),
            &format!("{file}: description"),
        );
        for (n, rule) in program.stop_if.iter().enumerate() {
            assert_bilingual(rule, &format!("{file}: stop_if[{n}]"));
        }
        for block in &program.blocks {
            if let Some(title) = &block.title {
                assert_bilingual(title, &format!("{file}: block {}", block.kind.as_str()));
            }
            for exercise in &block.exercises {
                for level in 1..=exercise.levels() {
                    let what = format!("{file}: {} at level {level}", exercise.id);
                    let exercise = exercise.at_level(level);
                    assert_bilingual(&exercise.name, &format!("{what} name"));
                    let instructions = exercise.instructions.as_ref();
                    assert_bilingual(
                        instructions.unwrap_or_else(|| panic!("{what}: no instructions")),
                        &format!("{what} instructions"),
                    );
                    for cue in &exercise.cues {
                        assert_bilingual(&cue.text, &format!("{what} cue at {}", cue.at));
                    }
                    for thing in &exercise.equipment {
                        assert_bilingual(thing, &format!("{what} equipment"));
                    }
                }
            }
        }
        // The app names the source of built-ins itself, in the reader's language; a built-in
        // claims no author (no person wrote it).
        assert!(program.author.is_none(), "{file}: built-ins have no author");
    }
}

#[test]
fn back_pain_program_has_safety_rules_and_a_weekly_target() {
    let (_, program) = programs()
        .into_iter()
        .find(|(_, p)| p.id == "back-pain-and-running")
        .unwrap_or_else(|| panic!("no back-pain-and-running program"));
    assert_eq!(program.title.get("nl"), "Rugpijn en hardlopen");
    assert_eq!(program.title.get("en"), "Back pain and running");
    assert_eq!(program.sessions_per_week, Some(3));
    assert!(program.stop_if.len() >= 5, "only {} stop_if rules", program.stop_if.len());
    let rules: Vec<String> = program.stop_if.iter().map(|r| r.get("en").to_lowercase()).collect();
    for red_flag in ["leg", "numbness", "weakness", "worse", "bowels", "fever", "night"] {
        assert!(rules.iter().any(|r| r.contains(red_flag)), "no stop_if rule about {red_flag}");
    }
    // Standing, down on the mat once, and up again to finish (review §1).
    let kinds: Vec<&str> = program.blocks.iter().map(|b| b.kind.as_str()).collect();
    assert_eq!(kinds, ["warm-up", "strength", "strength", "stretch", "stretch", "cool-down"]);
    let last = program.blocks.last().and_then(|b| b.exercises.last()).map(|e| e.id.as_str());
    assert_eq!(last, Some("walk"), "it ends standing, with a walk");
    let ids: BTreeSet<&str> =
        program.blocks.iter().flat_map(|b| &b.exercises).map(|e| e.id.as_str()).collect();
    assert!(ids.contains("plank") && ids.contains("bridge"), "the article's plank and bridge");
    // The article's tip 3: trunk, shoulders, buttocks and thighs.
    assert!(ids.contains("split-squat") && ids.contains("prone-y-raise"), "thighs and shoulders");
}

#[test]
fn back_to_running_alternates_running_and_walking_and_builds_up_to_half_an_hour() {
    let (_, program) = programs()
        .into_iter()
        .find(|(_, p)| p.id == "back-to-running")
        .unwrap_or_else(|| panic!("no back-to-running program"));
    assert_eq!(program.title.get("nl"), "Terug naar hardlopen");
    assert_eq!(program.title.get("en"), "Back to running");
    let kinds: Vec<&str> = program.blocks.iter().map(|b| b.kind.as_str()).collect();
    assert_eq!(kinds, ["warm-up", "other", "cool-down", "stretch"]);
    // The text says how to use it with a run: on the spot at home, or outside with the same
    // times, and that Limber gives the times.
    let description = program.description.as_ref().map(|d| d.get("en")).unwrap_or_default();
    for words in ["on the spot", "Outside", "same times", "Limber times the intervals"] {
        assert!(description.contains(words), "the description does not say {words:?}");
    }
    let minutes_of = |level: u32, id: &str| {
        let plan = Plan::at_level(&program, level);
        let seconds: u32 = plan
            .steps
            .iter()
            .filter(|s| s.kind == limber::program::StepKind::Work)
            .filter(|s| plan.exercise_of(s).is_some_and(|e| e.id == id))
            .filter_map(|s| s.seconds)
            .sum();
        f64::from(seconds) / 60.0
    };
    // Level 1: 6 × (1 min jog + 2 min walk), the review's week 1; in rounds, run and walk
    // taking turns with nothing in between.
    let plan = Plan::at_level(&program, 1);
    let intervals: Vec<(&str, Option<u32>)> = plan
        .steps
        .iter()
        .filter_map(|s| plan.exercise_of(s).map(|e| (e.id.as_str(), s.seconds)))
        .filter(|(id, _)| *id == "easy-run" || *id == "walk-break")
        .collect();
    let expected: Vec<(&str, Option<u32>)> =
        (0..6).flat_map(|_| [("easy-run", Some(60)), ("walk-break", Some(120))]).collect();
    assert_eq!(intervals, expected);
    // Running time never goes down, walking never up, and the top level is half an hour of
    // running with short walks between.
    let mut before = (0.0, f64::MAX);
    for level in 1..=program.levels() {
        let now = (minutes_of(level, "easy-run"), minutes_of(level, "walk-break"));
        assert!(now.0 >= before.0 && now.1 <= before.1, "level {level}: {now:?} after {before:?}");
        before = now;
    }
    assert_eq!(before, (30.0, 3.0), "the top level: 6 × (5 min + 30 s)");
    // Outside, the runner times it with a watch: the text gives every level's times, and
    // they are the times Limber plans.
    let interval_of = |level: u32, id: &str| {
        let plan = Plan::at_level(&program, level);
        let seconds = plan
            .steps
            .iter()
            .find(|s| plan.exercise_of(s).is_some_and(|e| e.id == id))
            .and_then(|s| s.seconds)
            .unwrap_or_default();
        format!("{}:{:02}", seconds / 60, seconds % 60)
    };
    let dutch = program.description.as_ref().map(|d| d.get("nl")).unwrap_or_default();
    for level in 1..=program.levels() {
        let (run, walk) = (interval_of(level, "easy-run"), interval_of(level, "walk-break"));
        let en = format!("run {run} and walk {walk} (level {level})");
        let nl = format!("{run} lopen en {walk} wandelen (niveau {level})");
        assert!(description.contains(&en), "the English text does not say {en:?}");
        assert!(dutch.contains(&nl), "the Dutch text does not say {nl:?}");
    }
    // A warm-up walk and at least three minutes of walking it out after the last run.
    assert!(minutes_of(1, "brisk-walk") >= 5.0);
    assert!(minutes_of(1, "walk") >= 3.0);
    let rule = program.progression.unwrap_or_else(|| panic!("no progression rule"));
    assert!(rule.max_pain <= 3 && rule.max_effort <= 6, "{rule:?}: easy running, little pain");
}

#[test]
fn every_builtin_carries_the_same_safety_rules() {
    let programs = programs();
    let (_, main) = programs
        .iter()
        .find(|(_, p)| p.id == "back-pain-and-running")
        .unwrap_or_else(|| panic!("no back-pain-and-running program"));
    let rules = |p: &Program| p.stop_if.iter().map(|r| r.entries().to_vec()).collect::<Vec<_>>();
    let english: Vec<String> = main.stop_if.iter().map(|r| r.get("en").to_lowercase()).collect();
    let dutch: Vec<String> = main.stop_if.iter().map(|r| r.get("nl").to_lowercase()).collect();
    let has = |texts: &[String], word: &str| texts.iter().any(|r| r.contains(word));
    // Peripheralisation, not buttock pain; the cauda equina rule in plain words; the red flags
    // of the NHG/KNGF guidance and of exercising; the pain that is fine.
    for sign in ["below the knee", "both legs", "fall", "weight", "cancer", "chest pain", "dizz"] {
        assert!(has(&english, sign), "no stop_if rule about {sign:?}");
    }
    for words in ["ontlasting niet kunnen ophouden", "huisartsenpost", "allebei je benen", "3 à 5"]
    {
        assert!(has(&dutch, words), "no Dutch stop_if rule with {words:?}");
    }
    assert!(!has(&english, "into your buttock"), "buttock pain alone is no alarm");
    for (path, program) in &programs {
        assert_eq!(rules(program), rules(main), "{}: other safety rules", path.display());
    }
}

#[test]
fn totals_are_realistic_for_each_program_at_every_level() {
    // (id, [(minimum, maximum) in minutes at level 1, 2, ...]): what a physio would hand a
    // recreational runner. The doses of the review (content-2026-12): 2 × 30 s stretches each
    // side, a 3-minute walk after a run, 2 × 12 side-leg raises, 2 × 10 dead bugs, bird-dog
    // holds of 5 to 8 s, short side-plank holds, a split squat and a prone Y raise; the
    // strength levels add a little at a time, and the walk-run build-up goes from 6 × (1 min
    // running + 2 min walking) to 6 × (5 min + 30 s), with a warm-up and a cool-down.
    let expected: [(&str, Vec<(u32, u32)>); 7] = [
        ("runner-warm-up", vec![(8, 10)]),
        ("core-strength", vec![(23, 29), (23, 30), (27, 34), (28, 35)]),
        ("leg-hip-stretches", vec![(15, 20)]),
        ("runner-cool-down", vec![(9, 13)]),
        ("back-mobility", vec![(6, 10)]),
        ("back-pain-and-running", vec![(31, 38), (32, 39), (35, 42), (36, 44)]),
        (
            "back-to-running",
            vec![(25, 32), (28, 35), (31, 38), (25, 32), (31, 38), (37, 44), (43, 50), (40, 47)],
        ),
    ];
    let programs = programs();
    assert_eq!(programs.len(), expected.len(), "a built-in without expected totals");
    for (id, minutes) in expected {
        let (_, program) =
            programs.iter().find(|(_, p)| p.id == id).unwrap_or_else(|| panic!("no program {id}"));
        assert_eq!(program.levels() as usize, minutes.len(), "{id}: levels");
        for (level, (min, max)) in (1..).zip(minutes) {
            let total = Plan::at_level(program, level).total_seconds;
            assert!(
                (min * 60..=max * 60).contains(&total),
                "{id} at level {level}: total {total} s not in {min}..={max} min"
            );
        }
    }
    for (path, program) in &programs {
        for level in 1..=program.levels() {
            let plan = Plan::at_level(program, level);
            let untimed = !plan.steps.iter().all(|s| s.is_timed());
            assert!(!untimed, "{}: untimed step at level {level}", path.display());
        }
    }
}

#[test]
fn every_level_of_every_builtin_is_one_step_harder_and_the_levels_are_suggested() {
    for (path, program) in programs() {
        let file = path.display().to_string();
        if program.levels() == 1 {
            continue;
        }
        // The patient is told when the next level comes: the rule is the program's, not a
        // default nobody chose.
        assert_eq!(program.format, 2, "{file}: levels need format 2");
        assert!(program.progression.is_some(), "{file}: levels without a progression rule");
        let mut planned = Vec::new();
        for level in 1..=program.levels() {
            let plan = Plan::at_level(&program, level);
            let work: u32 = plan
                .steps
                .iter()
                .filter(|s| s.kind == limber::program::StepKind::Work)
                .filter_map(|s| s.seconds)
                .sum();
            planned.push(work);
        }
        // Easier variants come first: a level never adds more than about a third of work to
        // the level before (one change at a time), and the top is harder than the start.
        for pair in planned.windows(2) {
            assert!(pair[1] * 3 <= pair[0] * 4, "{file}: work {planned:?} s jumps");
        }
        assert!(planned.last() > planned.first(), "{file}: work {planned:?} s does not build up");
    }
}

#[test]
fn form_cues_fall_inside_the_work_step_and_clear_of_the_countdown() {
    for (path, program) in programs() {
        for level in 1..=program.levels() {
            let plan = Plan::at_level(&program, level);
            for step in plan.steps.iter().filter(|s| s.kind == limber::program::StepKind::Work) {
                let exercise = plan.exercise_of(step).unwrap();
                let Some(work) = step.seconds else {
                    panic!("{}: {} needs a pace", path.display(), exercise.id)
                };
                for cue in &exercise.cues {
                    assert!(
                        cue.at > 0 && cue.at + step.countdown < work,
                        "{}: {} cue at {} s in a {work} s step (level {level})",
                        path.display(),
                        exercise.id,
                        cue.at
                    );
                }
            }
        }
    }
}

#[test]
fn an_exercise_id_means_the_same_exercise_in_every_program() {
    // The name, the instructions, what it needs and its levels are the exercise; a program
    // chooses only how much of it (dose, sets, rests) at level 1.
    const THE_EXERCISE: [&str; 4] = ["name", "instructions", "equipment", "level"];
    let mut seen: BTreeMap<String, (String, Vec<Option<toml::Value>>)> = BTreeMap::new();
    for (path, table) in raw_programs() {
        for exercise in raw_exercises(&table) {
            let id = raw_str(exercise, "id").to_owned();
            let file = path.display().to_string();
            // Built-ins find their drawings by id and level, never by `image`.
            assert!(exercise.get("image").is_none(), "{file}: {id} uses `image`");
            let levels = exercise.get("level").and_then(toml::Value::as_array);
            for level in levels.into_iter().flatten() {
                let image = level.as_table().and_then(|l| l.get("image"));
                assert!(image.is_none(), "{file}: a level of {id} uses `image`");
            }
            let what: Vec<Option<toml::Value>> =
                THE_EXERCISE.iter().map(|key| exercise.get(*key).cloned()).collect();
            if let Some((first, first_what)) = seen.get(&id) {
                for ((key, here), there) in THE_EXERCISE.iter().zip(&what).zip(first_what) {
                    assert_eq!(here, there, "{id}: {key} differs in {file} and {first}");
                }
            } else {
                seen.insert(id, (file, what));
            }
        }
    }
}

fn drawing_stems() -> BTreeSet<String> {
    files("assets/illustrations", "svg").iter().map(|p| stem(p)).collect()
}

/// Whether the exercise moves between two positions: paced reps (down, up on the tick) or
/// holds (hold, then relax in the start position).
fn moves(exercise: &Exercise) -> bool {
    matches!(exercise.dosage, Dosage::Reps { seconds_per_rep: Some(_), .. } | Dosage::Holds { .. })
}

/// Every exercise of every built-in at each of its levels: (file, exercise id, the level for
/// an exercise that has levels, the exercise as done at that level).
fn exercises_at_every_level() -> Vec<(String, String, Option<u32>, Exercise)> {
    let mut out = Vec::new();
    for (path, program) in programs() {
        for exercise in program.exercises() {
            let has_levels = exercise.levels() > 1;
            for level in 1..=exercise.levels() {
                let file = path.display().to_string();
                let at = has_levels.then_some(level);
                out.push((file, exercise.id.clone(), at, exercise.at_level(level)));
            }
        }
    }
    out
}

#[test]
fn every_exercise_has_an_illustration_at_every_level_and_every_illustration_is_used() {
    let stems = drawing_stems();
    let exists = |name: &str| stems.contains(name);
    let mut used = BTreeSet::new();
    let mut with_levels = BTreeSet::new();
    for (file, id, level, _) in exercises_at_every_level() {
        assert!(exists(&id), "{file}: no assets/illustrations/{id}.svg");
        for pose in [Pose::Start, Pose::End] {
            match drawing_name(&id, level, pose, exists) {
                Some(name) => used.insert(name),
                None => panic!("{file}: no drawing for {id} at level {level:?}"),
            };
        }
        if level.is_some() {
            with_levels.insert(id);
        }
    }
    // `<id>.svg` is the exercise as its id names it, for programs that use the id without
    // levels; where the built-ins start lower (the plank on the knees) no built-in shows it,
    // and it is then one of the levels' own drawings, with its start pose.
    let read_drawing = |name: &str| read(&root().join(format!("assets/illustrations/{name}.svg")));
    for name in stems.difference(&used) {
        let (id, start) =
            name.strip_suffix(".start").map_or((name.as_str(), ""), |id| (id, ".start"));
        assert!(
            with_levels.contains(id),
            "{name}.svg: no built-in shows it at any level (an id without levels shows <id>)"
        );
        let same_as_a_level = (1..=9).any(|level| {
            let drawn = format!("{id}.level{level}{start}");
            stems.contains(&drawn) && read_drawing(&drawn) == read_drawing(name)
        });
        assert!(same_as_a_level, "{name}.svg: not the drawing of one of {id}'s levels");
    }
    // The names: `<id>`, its start pose `<id>.start`, and a level's own `<id>.level<N>` with
    // its start pose `<id>.level<N>.start`.
    for name in &stems {
        let parts: Vec<&str> = name.split('.').collect();
        let level_ok = |part: &str| {
            part.strip_prefix("level").and_then(|n| n.parse::<u32>().ok()).is_some_and(|n| n >= 1)
        };
        let ok = match parts.as_slice() {
            [_] | [_, "start"] => true,
            [_, level] | [_, level, "start"] => level_ok(level),
            _ => false,
        };
        assert!(
            ok,
            "{name}.svg: a drawing is <id>, <id>.start, <id>.level<N> or <id>.level<N>.start"
        );
    }
}

#[test]
fn a_level_has_its_own_drawing_exactly_when_it_is_a_new_variant() {
    // A level that names a new variant (plank on the knees, then on the toes) is another
    // position, drawn on its own; a level that only changes the dose shows the drawing of the
    // level before. Level 1 has a drawing of its own where it is not the exercise its id
    // names (the plank on the knees is not `plank.svg`).
    let stems = drawing_stems();
    let read_drawing = |name: &str| read(&root().join(format!("assets/illustrations/{name}.svg")));
    for (path, program) in programs() {
        for exercise in program.exercises() {
            let id = &exercise.id;
            let first = format!("{id}.level1");
            if stems.contains(&first) {
                assert_ne!(read_drawing(&first), read_drawing(id), "{first}.svg is {id}.svg");
            }
            for (level, table) in (2..).zip(&exercise.levels) {
                let drawn = stems.contains(&format!("{id}.level{level}"));
                let renamed = table.name.is_some();
                assert_eq!(
                    renamed,
                    drawn,
                    "{}: level {level} of {id} {} a new name but {} assets/illustrations/{id}.level{level}.svg",
                    path.display(),
                    if renamed { "has" } else { "has not" },
                    if drawn { "has" } else { "no" },
                );
            }
        }
    }
}

#[test]
fn every_moving_exercise_has_a_start_and_an_end_pose_at_every_level() {
    // A paced set shows the start pose in the first half of every repetition and the end pose
    // in the second; a series of holds shows the end pose while holding and the start pose in
    // the relax between; a timed hold (`duration`) shows the end pose only. So a drawing a
    // built-in shows has a start pose exactly when the exercise moves at a level that shows it.
    let stems = drawing_stems();
    let exists = |name: &str| stems.contains(name);
    let mut moving: BTreeMap<String, bool> = BTreeMap::new();
    for (file, id, level, exercise) in exercises_at_every_level() {
        let drawing = drawing_name(&id, level, Pose::End, exists).unwrap_or_default();
        let has_start = stems.contains(&format!("{drawing}.start"));
        if moves(&exercise) {
            assert!(
                has_start,
                "{file}: {id} moves at level {level:?} but {drawing}.svg has no {drawing}.start.svg"
            );
        }
        *moving.entry(drawing).or_default() |= moves(&exercise);
    }
    for (drawing, moves) in moving {
        let has_start = stems.contains(&format!("{drawing}.start"));
        assert!(moves || !has_start, "{drawing}.start.svg: no level that shows it moves");
    }
}

#[test]
fn illustrations_follow_the_house_style() {
    let svgs = files("assets/illustrations", "svg");
    assert!(!svgs.is_empty());
    for path in svgs {
        let file = path.display().to_string();
        let size = fs::metadata(&path).map(|m| m.len()).unwrap_or(u64::MAX);
        assert!(size < MAX_SVG_BYTES, "{file}: {size} bytes");
        let svg = read(&path);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""), "{file}: not an SVG");
        assert!(svg.contains("viewBox=\"0 0 300 200\""), "{file}: viewBox must be 0 0 300 200");
        assert!(svg.contains(INK), "{file}: the figure must use {INK}");
        let lower = svg.to_lowercase();
        for banned in ["<script", "href", "<text", "<image", "url(", "<style", "@import"] {
            assert!(!lower.contains(banned), "{file}: contains {banned}");
        }
        assert!(!has_event_handler(&lower), "{file}: has an event handler attribute");
        // Only the ink and the accent colour; the dark theme swaps the ink string.
        let colours: BTreeSet<&str> =
            svg.match_indices('#').map(|(i, _)| &svg[i..(i + 7).min(svg.len())]).collect();
        let allowed: BTreeSet<&str> = [INK, ACCENT].into_iter().collect();
        assert!(colours.is_subset(&allowed), "{file}: colours {colours:?}");
        for word in ["black", "white", "rgb(", "fill=\"#"] {
            assert!(!lower.contains(word), "{file}: uses {word}");
        }
    }
}

/// The y of the centre line of a stroke that rests on the floor: the floor line is drawn at
/// y = 182 with width 3, the figure with width 6.5, so a resting stroke just touches it.
const RESTS_AT: f32 = 178.5;
/// How far (px of the 300 × 200 canvas) a resting part may miss the floor line.
const FLOOR_TOLERANCE: f32 = 1.0;
const FIGURE_STROKE: f32 = 6.5;

/// One stroked shape of a drawing, as rendered: its `id`, whether it is part of the figure (the
/// ink at the figure's width, not the floor, a wall or an accent), and its lowest point.
struct Shape {
    id: String,
    figure: bool,
    lowest: f32,
}

/// Every stroked shape of an SVG, in canvas coordinates (transforms applied, circles and
/// curves measured exactly).
fn shapes(svg: &str) -> Result<Vec<Shape>, String> {
    fn collect(group: &usvg::Group, out: &mut Vec<Shape>) {
        for node in group.children() {
            match node {
                usvg::Node::Group(group) => collect(group, out),
                usvg::Node::Path(path) => {
                    let Some(stroke) = path.stroke() else { continue };
                    let ink = matches!(stroke.paint(), usvg::Paint::Color(c)
                        if format!("#{:02x}{:02x}{:02x}", c.red, c.green, c.blue) == INK);
                    out.push(Shape {
                        id: path.id().to_owned(),
                        figure: ink && (stroke.width().get() - FIGURE_STROKE).abs() < 0.01,
                        lowest: path.abs_bounding_box().bottom(),
                    });
                }
                _ => {}
            }
        }
    }
    let tree = usvg::Tree::from_str(svg, &usvg::Options::default()).map_err(|e| e.to_string())?;
    let mut out = Vec::new();
    collect(tree.root(), &mut out);
    Ok(out)
}

/// What is wrong with how a drawing's figure meets the floor, if anything. The parts that rest
/// on the floor are marked with an `id` starting with `rest-` (a foot, the back, the head, a
/// forearm ...): the lowest point of each is on the floor line, and nothing of the figure goes
/// through the floor.
fn floor_contact_problems(name: &str, svg: &str) -> Vec<String> {
    let shapes = match shapes(svg) {
        Ok(shapes) => shapes,
        Err(e) => return vec![format!("{name}: not an SVG usvg reads: {e}")],
    };
    let mut problems = Vec::new();
    let resting: Vec<&Shape> = shapes.iter().filter(|s| s.id.starts_with("rest-")).collect();
    if resting.is_empty() {
        problems
            .push(format!("{name}: no part is marked as resting on the floor (id=\"rest-...\")"));
    }
    for part in resting {
        if !part.figure {
            problems.push(format!(
                "{name}: {} is marked resting but is not part of the figure",
                part.id
            ));
        } else if (part.lowest - RESTS_AT).abs() > FLOOR_TOLERANCE {
            problems.push(format!(
                "{name}: {} rests at y = {:.1}, {:.1} px {} the floor line (y = {RESTS_AT})",
                part.id,
                part.lowest,
                (part.lowest - RESTS_AT).abs(),
                if part.lowest < RESTS_AT { "above" } else { "below" },
            ));
        }
    }
    for shape in shapes.iter().filter(|s| s.figure && s.lowest > RESTS_AT + FLOOR_TOLERANCE) {
        let what = if shape.id.is_empty() { "a part" } else { shape.id.as_str() };
        problems.push(format!("{name}: {what} goes through the floor (y = {:.1})", shape.lowest));
    }
    problems
}

#[test]
fn every_figure_touches_the_floor_where_it_rests_on_it() {
    let problems: Vec<String> = files("assets/illustrations", "svg")
        .iter()
        .flat_map(|path| floor_contact_problems(&stem(path), &read(path)))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_floor_check_sees_a_floating_foot_and_a_foot_through_the_floor() {
    let drawing = |foot_y: f32| {
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 300 200\" fill=\"none\">\
             <path d=\"M12 182H288\" stroke=\"{INK}\" stroke-width=\"3\"/>\
             <g stroke=\"{INK}\" stroke-width=\"6.5\"><circle cx=\"150\" cy=\"30\" r=\"11\"/>\
             <path id=\"rest-foot\" d=\"M150 96 150 138Q150 160 150 {foot_y}L163 {foot_y}\"/></g>\
             <path d=\"M100 190 110 150\" stroke=\"{ACCENT}\" stroke-width=\"4.5\"/></svg>"
        )
    };
    assert!(floor_contact_problems("standing", &drawing(178.5)).is_empty());
    assert!(floor_contact_problems("standing", &drawing(179.3)).is_empty(), "within a pixel");
    let floating = floor_contact_problems("floating", &drawing(168.3));
    assert_eq!(floating.len(), 1, "{floating:?}");
    assert!(floating[0].contains("rest-foot rests at y = 168.3, 10.2 px above"), "{floating:?}");
    let sunk = floor_contact_problems("sunk", &drawing(185.0));
    assert!(sunk.iter().any(|p| p.contains("below")), "{sunk:?}");
    assert!(sunk.iter().any(|p| p.contains("goes through the floor")), "{sunk:?}");
    let unmarked = drawing(178.5).replace("rest-foot", "foot");
    assert!(floor_contact_problems("unmarked", &unmarked)[0].contains("no part is marked"));
}
