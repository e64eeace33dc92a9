//! The built-in programs (programs/*.toml) and their illustrations
//! (assets/illustrations/*.svg): they parse, speak Dutch and English everywhere, keep one
//! exercise id per exercise across programs, have realistic totals, and every exercise has a
//! drawing in the house style.
//!
//! The checks on raw TOML and SVG need no parser; the ones on [`Program`] need
//! `limber::program::parse` to be implemented.

use limber::program::Plan;
use limber::program::{self, Program, Text};
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

fn exercise_ids_in_toml() -> BTreeSet<String> {
    raw_programs()
        .iter()
        .flat_map(|(_, table)| {
            raw_exercises(table)
                .into_iter()
                .map(|e| raw_str(e, "id").to_owned())
                .collect::<Vec<_>>()
        })
        .collect()
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
                let what = format!("{file}: {}", exercise.id);
                assert_bilingual(&exercise.name, &format!("{what} name"));
                let instructions = exercise.instructions.as_ref();
                assert_bilingual(
                    instructions.unwrap_or_else(|| panic!("{what}: no instructions")),
                    &format!("{what} instructions"),
                );
                for cue in &exercise.cues {
                    assert_bilingual(&cue.text, &format!("{what} cue at {}", cue.at));
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
fn totals_are_realistic_for_each_program() {
    // (id, minimum, maximum) in seconds: what a physio would hand a recreational runner.
    // The doses of the review (content-2026-12): 2 × 30 s stretches each side, a 3-minute walk
    // after a run, 2 × 12 side-leg raises, 2 × 10 dead bugs, three side-plank sets in the core
    // program, a split squat and a prone Y raise.
    let expected = [
        ("runner-warm-up", 8 * 60, 10 * 60),
        ("core-strength", 20 * 60, 28 * 60),
        ("leg-hip-stretches", 15 * 60, 20 * 60),
        ("runner-cool-down", 9 * 60, 13 * 60),
        ("back-mobility", 6 * 60, 10 * 60),
        ("back-pain-and-running", 30 * 60, 40 * 60),
    ];
    let programs = programs();
    for (id, min, max) in expected {
        let (_, program) =
            programs.iter().find(|(_, p)| p.id == id).unwrap_or_else(|| panic!("no program {id}"));
        let total = Plan::new(program).total_seconds;
        assert!((min..=max).contains(&total), "{id}: total {total} s not in {min}..={max}");
    }
    for (path, program) in &programs {
        let plan = Plan::new(program);
        assert!(plan.steps.iter().all(|s| s.is_timed()), "{}: untimed step", path.display());
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
    let mut seen: BTreeMap<String, (String, toml::Value, toml::Value)> = BTreeMap::new();
    for (path, table) in raw_programs() {
        for exercise in raw_exercises(&table) {
            let id = raw_str(exercise, "id").to_owned();
            let name = exercise.get("name").cloned().unwrap_or(toml::Value::Boolean(false));
            let how = exercise.get("instructions").cloned().unwrap_or(toml::Value::Boolean(false));
            assert!(exercise.get("image").is_none(), "{}: {id} uses `image`", path.display());
            let file = path.display().to_string();
            if let Some((first, first_name, first_how)) = seen.get(&id) {
                assert_eq!(&name, first_name, "{id}: name differs in {file} and {first}");
                assert_eq!(&how, first_how, "{id}: instructions differ in {file} and {first}");
            } else {
                seen.insert(id, (file, name, how));
            }
        }
    }
}

#[test]
fn every_exercise_has_an_illustration_and_every_illustration_is_used() {
    let ids = exercise_ids_in_toml();
    assert!(!ids.is_empty());
    let stems: Vec<String> = files("assets/illustrations", "svg").iter().map(|p| stem(p)).collect();
    let drawn: BTreeSet<String> = stems.iter().filter(|s| !s.contains('.')).cloned().collect();
    let missing: Vec<_> = ids.difference(&drawn).collect();
    assert!(missing.is_empty(), "no assets/illustrations/<id>.svg for {missing:?}");
    let unused: Vec<_> = drawn.difference(&ids).collect();
    assert!(unused.is_empty(), "illustrations no built-in uses: {unused:?}");
    // A second pose is `<id>.start.svg`, beside the drawing it starts from.
    for other in stems.iter().filter(|s| s.contains('.')) {
        let (id, pose) = other.split_once('.').unwrap_or_default();
        assert_eq!(pose, "start", "{other}.svg: the only second pose is `<id>.start.svg`");
        assert!(drawn.contains(id), "{other}.svg: no {id}.svg beside it");
    }
}

#[test]
fn every_paced_exercise_has_a_start_and_an_end_pose() {
    // A paced set shows the start pose in the first half of every repetition and the end pose
    // in the second; a hold (a timed step) shows the end pose only.
    let stems: BTreeSet<String> =
        files("assets/illustrations", "svg").iter().map(|p| stem(p)).collect();
    for (path, table) in raw_programs() {
        for exercise in raw_exercises(&table) {
            let id = raw_str(exercise, "id");
            let paced = exercise.contains_key("seconds_per_rep");
            let has_start = stems.contains(&format!("{id}.start"));
            assert_eq!(
                paced,
                has_start,
                "{}: {id} is {}paced but has {}assets/illustrations/{id}.start.svg",
                path.display(),
                if paced { "" } else { "not " },
                if has_start { "" } else { "no " },
            );
        }
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
