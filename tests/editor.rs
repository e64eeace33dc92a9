//! The program editor: `program::to_toml` round trips (built-ins and generated programs with
//! awkward strings), and the editor screen driven through the iced simulator — building a new
//! program by typing and clicking, problems shown next to their fields with Save disabled,
//! saving with a `.bak` of the earlier file, and editing a copy of a built-in. Format 2:
//! generated programs with levels come back from the editor unchanged, a hold exercise with
//! levels is built by clicking, a copy of a program with every format-2 key is edited and
//! saved, and every valid fixture file is opened, edited, saved and checked again.
//!
//! The screen's `State` is tested directly (the app needs the history store).

#![allow(clippy::expect_used, clippy::unwrap_used)]

use iced::keyboard::{self, Key, key::Named};
use iced_test::Simulator;
use limber::gui::illustration::Illustrations;
use limber::gui::screen::Shared;
use limber::gui::screen::editor::{
    self, Action, BlockInput, CueInput, DosageKind, ExerciseInput, Input, Lang, Message, Part,
    Problem, Purpose, State, What, input_id,
};
use limber::i18n::I18n;
use limber::library::{self, Library, Origin};
use limber::program::Plan;
use limber::program::{
    self, Amount, Author, Block, BlockKind, Defaults, Dosage, Exercise, Field, FormCue, Level,
    MAX_TOTAL_SECONDS, Program, Progression, Sides, Text, Timing,
};
use limber::settings::Settings;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

// ---------------------------------------------------------------------------------------------
// to_toml

fn reparse(source: &str) -> Program {
    match program::parse(source, Path::new("written.toml"), None) {
        Ok(program) => program,
        Err(problems) => panic!("the written file does not parse:\n{source}\n{problems:#?}"),
    }
}

#[test]
fn every_built_in_round_trips_and_writes_stably() {
    assert!(library::builtin_sources().len() >= 6);
    for (stem, source) in library::builtin_sources() {
        let original = program::parse(source, Path::new(stem), None).expect("a valid built-in");
        let written = program::to_toml(&original);
        assert_eq!(reparse(&written), original, "{stem}");
        assert_eq!(program::to_toml(&reparse(&written)), written, "{stem}: not stable");
        // The layout of the hand-written files: exercises indented, long texts one per line.
        assert!(written.contains("\n  [[block.exercise]]\n"), "{stem}");
        assert!(written.lines().all(|l| !l.ends_with(' ')), "{stem}: trailing spaces");
    }
}

const CODES: [&str; 7] = ["en", "nl", "de", "fr", "pt-BR", "es-419", "zh-Hant"];

/// Text with the characters TOML makes hard: quotes, backslashes, newlines, the controls a
/// text may hold, unicode.
fn awkward_string() -> impl Strategy<Value = String> {
    let char = prop_oneof![
        4 => proptest::char::range('a', 'z'),
        1 => Just(' '),
        1 => Just('"'),
        1 => Just('\\'),
        1 => Just('\n'),
        1 => Just('\t'),
        1 => Just('\''),
        1 => Just('#'),
        1 => Just('='),
        // The controls a program's text may hold (the checker refuses ESC, NUL and the rest).
        1 => prop_oneof![Just('\r'), Just('\u{7f}')],
        1 => prop_oneof![Just('é'), Just('ß'), Just('‘'), Just('ĳ'), Just('😀'), Just('\u{200b}')],
        1 => any::<char>().prop_filter("no terminal controls", |c| !c.is_control()),
    ];
    proptest::collection::vec(char, 1..24)
        .prop_map(String::from_iter)
        .prop_filter("not blank", |s| !s.trim().is_empty())
}

fn text(language: &'static str) -> impl Strategy<Value = Text> {
    prop_oneof![
        awkward_string().prop_map(move |s| Text::plain(language, s)),
        proptest::sample::subsequence(CODES.to_vec(), 1..=3).prop_shuffle().prop_flat_map(
            move |codes| {
                let n = codes.len();
                proptest::collection::vec(awkward_string(), n).prop_map(move |texts| {
                    let entries =
                        codes.iter().map(|c| c.to_string()).zip(texts).collect::<Vec<_>>();
                    Text::translated(language, entries)
                })
            }
        ),
    ]
}

fn dosage() -> impl Strategy<Value = Dosage> {
    prop_oneof![
        prop_oneof![1..=300u32, Just(3600u32)].prop_map(Dosage::timed),
        (1..=500u32, proptest::option::of(1..=60u32))
            .prop_map(|(reps, seconds_per_rep)| Dosage::reps(reps, seconds_per_rep)),
    ]
}

fn exercise(language: &'static str) -> impl Strategy<Value = Exercise> {
    (
        "[a-z0-9-]{1,20}",
        text(language),
        proptest::option::of(text(language)),
        proptest::option::of("[a-z]{1,8}/[a-z0-9_-]{1,8}\\.(svg|png|jpg)"),
        dosage(),
        prop_oneof![Just(1u32), 1..=50u32],
        prop_oneof![Just(Sides::None), Just(Sides::Both), Just(Sides::Left), Just(Sides::Right)],
        proptest::option::of(0..=600u32),
        proptest::option::of(0..=600u32),
        proptest::collection::vec((1..=3600u32, text(language)), 0..3),
    )
        .prop_map(
            |(id, name, instructions, image, dosage, sets, sides, rest, set_rest, cues)| {
                let work = match &dosage {
                    Dosage::Timed { seconds } => Some(seconds.min()),
                    Dosage::Reps { reps, seconds_per_rep } => {
                        seconds_per_rep.map(|p| reps.min() * p)
                    }
                    Dosage::Holds { hold, .. } => Some(*hold),
                };
                let cues = cues
                    .into_iter()
                    .filter_map(|(at, text)| match work {
                        Some(1) => None,
                        Some(work) => Some(FormCue { at: 1 + (at - 1) % (work - 1), text }),
                        None => Some(FormCue { at, text }),
                    })
                    .collect();
                Exercise {
                    instructions,
                    image: image.map(PathBuf::from),
                    sets: (sets > 1).then_some(sets),
                    sides,
                    timing: limber::program::Timing { rest, set_rest, ..Default::default() },
                    cues,
                    ..Exercise::new(id, name, dosage)
                }
            },
        )
}

fn block(language: &'static str) -> impl Strategy<Value = Block> {
    (
        proptest::sample::select(BlockKind::ALL.to_vec()),
        proptest::option::of(text(language)),
        proptest::collection::vec(exercise(language), 1..4),
    )
        .prop_map(|(kind, title, exercises)| Block { title, ..Block::new(kind, exercises) })
}

fn author() -> impl Strategy<Value = Author> {
    (
        prop_oneof![Just(String::new()), awkward_string()],
        proptest::option::of(awkward_string()),
        proptest::option::of(awkward_string()),
    )
        .prop_filter("not empty", |(name, role, contact)| {
            !name.is_empty() || role.is_some() || contact.is_some()
        })
        .prop_map(|(name, role, contact)| Author { name, role, contact })
}

fn defaults() -> impl Strategy<Value = Defaults> {
    (0..=120u32, 0..=60u32, any::<bool>(), 0..=120u32, 0..=120u32, 0..=120u32).prop_map(
        |(get_ready, countdown, halfway, rest, set_rest, switch_sides)| Defaults {
            get_ready,
            countdown,
            halfway,
            rest,
            set_rest,
            switch_sides,
            ..Defaults::default()
        },
    )
}

fn generated_program() -> impl Strategy<Value = Program> {
    proptest::sample::select(vec!["en", "nl", "de", "pt-BR"])
        .prop_flat_map(|language| {
            (
                "[a-z0-9-]{1,64}",
                1..=u32::MAX,
                text(language),
                proptest::option::of(text(language)),
                proptest::option::of(author()),
                proptest::option::of(1..=14u32),
                proptest::collection::vec(text(language), 0..3),
                defaults(),
                proptest::collection::vec(block(language), 1..4),
            )
                .prop_map(
                    move |(
                        id,
                        version,
                        title,
                        description,
                        author,
                        sessions_per_week,
                        stop_if,
                        defaults,
                        mut blocks,
                    )| {
                        // Exercise ids are unique within a program.
                        let mut n = 0;
                        for exercise in blocks.iter_mut().flat_map(|b| &mut b.exercises) {
                            n += 1;
                            exercise.id = format!("{}-{n}", exercise.id);
                        }
                        Program {
                            format: 1,
                            id,
                            version,
                            language: language.to_owned(),
                            title,
                            description,
                            author,
                            sessions_per_week,
                            stop_if,
                            defaults,
                            progression: None,
                            blocks,
                        }
                    },
                )
        })
        .prop_filter("at most 4 hours", |p| Plan::new(p).total_seconds <= MAX_TOTAL_SECONDS)
}

// Format 2, by construction: every duration and hold is at least 5 s and every paced pass at
// least 5 s, so form cues at 1..=4 s fit at every level; a level whose dose or sides would not
// make a valid exercise with what it inherits loses those keys (it then keeps the level
// before's); what is left is filtered through the validator (the plan's limits).

fn amount(low: u32, high: u32) -> impl Strategy<Value = Amount> {
    prop_oneof![
        (low..=high).prop_map(Amount::Each),
        proptest::collection::vec(low..=high, 1..=4).prop_map(Amount::PerSet),
    ]
}

fn dosage_2() -> impl Strategy<Value = Dosage> {
    prop_oneof![
        amount(5, 120).prop_map(|seconds| Dosage::Timed { seconds }),
        (amount(1, 12), proptest::option::of(5..=10u32))
            .prop_map(|(reps, seconds_per_rep)| Dosage::Reps { reps, seconds_per_rep }),
        (amount(1, 6), 5..=20u32).prop_map(|(reps, hold)| Dosage::Holds { reps, hold }),
    ]
}

fn timing_2(relax: bool) -> impl Strategy<Value = Timing> {
    let pause = || proptest::option::of(0..=30u32);
    (
        pause(),
        pause(),
        pause(),
        proptest::option::of(0..=5u32),
        pause(),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(move |(rest, set_rest, switch_sides, countdown, relax_s, halfway)| Timing {
            rest,
            set_rest,
            switch_sides,
            countdown,
            relax: relax_s.filter(|_| relax),
            halfway,
        })
}

fn sides_2() -> impl Strategy<Value = Sides> {
    proptest::sample::select(Sides::ALL.to_vec())
}

fn cues_2(language: &'static str) -> impl Strategy<Value = Vec<FormCue>> {
    proptest::collection::vec(
        (1..=4u32, text(language)).prop_map(|(at, text)| FormCue { at, text }),
        0..3,
    )
}

fn equipment_2(language: &'static str) -> impl Strategy<Value = Vec<Text>> {
    proptest::collection::vec(text(language), 0..3)
}

fn video_2() -> impl Strategy<Value = String> {
    "[a-z0-9/._-]{1,30}".prop_map(|path| format!("https://example.org/{path}"))
}

/// What a level's dose keys change.
#[derive(Debug, Clone)]
enum DoseChange {
    None,
    Duration(Amount),
    Reps(Amount),
    RepsPaced(Amount, u32),
    RepsHeld(Amount, u32),
    Pace(u32),
    Hold(u32),
    Relax(u32),
}

fn dose_change() -> impl Strategy<Value = DoseChange> {
    prop_oneof![
        2 => Just(DoseChange::None),
        1 => amount(5, 120).prop_map(DoseChange::Duration),
        1 => amount(1, 12).prop_map(DoseChange::Reps),
        1 => (amount(1, 12), 5..=10u32).prop_map(|(r, p)| DoseChange::RepsPaced(r, p)),
        1 => (amount(1, 6), 5..=20u32).prop_map(|(r, h)| DoseChange::RepsHeld(r, h)),
        1 => (5..=10u32).prop_map(DoseChange::Pace),
        1 => (5..=20u32).prop_map(DoseChange::Hold),
        1 => (0..=10u32).prop_map(DoseChange::Relax),
    ]
}

fn level_2(language: &'static str) -> impl Strategy<Value = Level> {
    (
        (
            proptest::option::of(text(language)),
            proptest::option::of(text(language)),
            proptest::option::of("[a-z]{1,8}\\.svg"),
            proptest::option::of(cues_2(language)),
            proptest::option::of(video_2()),
            proptest::option::of(equipment_2(language)),
        ),
        (
            dose_change(),
            proptest::option::of(1..=3u32),
            proptest::option::of(sides_2()),
            timing_2(false),
        ),
    )
        .prop_map(
            |((name, instructions, image, cues, video, equipment), (dose, sets, sides, timing))| {
                let mut level = Level {
                    name,
                    instructions,
                    image: image.map(PathBuf::from),
                    cues,
                    video,
                    equipment,
                    sets,
                    sides,
                    timing,
                    ..Level::default()
                };
                match dose {
                    DoseChange::None => {}
                    DoseChange::Duration(a) => level.duration = Some(a),
                    DoseChange::Reps(a) => level.reps = Some(a),
                    DoseChange::RepsPaced(a, p) => {
                        (level.reps, level.seconds_per_rep) = (Some(a), Some(p))
                    }
                    DoseChange::RepsHeld(a, h) => (level.reps, level.hold) = (Some(a), Some(h)),
                    DoseChange::Pace(p) => level.seconds_per_rep = Some(p),
                    DoseChange::Hold(h) => level.hold = Some(h),
                    DoseChange::Relax(r) => level.timing.relax = Some(r),
                }
                // `sets` beside a list in the same table must be its length.
                if let Some(count) =
                    level.duration.as_ref().or(level.reps.as_ref()).and_then(Amount::set_count)
                {
                    level.sets = level.sets.map(|_| count);
                }
                level
            },
        )
}

/// Whether an exercise as done at one level is one a file could say.
fn makes_sense(exercise: &Exercise) -> bool {
    let timed = matches!(exercise.dosage, Dosage::Timed { .. });
    let holds = matches!(exercise.dosage, Dosage::Holds { .. });
    !(timed && exercise.sides == Sides::Alternate) && (holds || exercise.timing.relax.is_none())
}

fn exercise_2(language: &'static str) -> impl Strategy<Value = Exercise> {
    (
        ("[a-z0-9-]{1,12}", text(language), proptest::option::of(text(language))),
        (dosage_2(), proptest::option::of(1..=3u32), sides_2(), timing_2(true)),
        (cues_2(language), equipment_2(language), proptest::option::of(video_2())),
        proptest::collection::vec(level_2(language), 0..4),
    )
        .prop_map(
            |(
                (id, name, instructions),
                (dosage, sets, sides, timing),
                (cues, equipment, video),
                levels,
            )| {
                let holds = matches!(dosage, Dosage::Holds { .. });
                let mut exercise = Exercise {
                    instructions,
                    sets: match dosage.set_count() {
                        Some(count) => sets.map(|_| count),
                        None => sets,
                    },
                    sides,
                    timing: Timing { relax: timing.relax.filter(|_| holds), ..timing },
                    cues,
                    equipment,
                    video,
                    ..Exercise::new(id, name, dosage)
                };
                if !makes_sense(&exercise) {
                    exercise.sides = Sides::Both;
                }
                for (index, level) in levels.into_iter().enumerate() {
                    exercise.levels.push(level);
                    let number = u32::try_from(index + 2).unwrap_or(u32::MAX);
                    let at = exercise.at_level(number);
                    let level = &exercise.levels[index];
                    // A pace or a hold on a timed exercise has nothing to pace or hold.
                    let misplaced = matches!(at.dosage, Dosage::Timed { .. })
                        && (level.seconds_per_rep.is_some() || level.hold.is_some());
                    if misplaced || !makes_sense(&at) {
                        let level = &mut exercise.levels[index];
                        (level.duration, level.reps, level.seconds_per_rep, level.hold) =
                            (None, None, None, None);
                        (level.timing.relax, level.sides) = (None, None);
                    }
                }
                exercise
            },
        )
}

fn block_2(language: &'static str) -> impl Strategy<Value = Block> {
    (
        proptest::sample::select(BlockKind::ALL.to_vec()),
        proptest::option::of(text(language)),
        prop_oneof![3 => Just(1u32), 1 => 2..=3u32],
        proptest::option::of(0..=60u32),
        timing_2(true),
        proptest::collection::vec(exercise_2(language), 1..=3),
    )
        .prop_map(|(kind, title, rounds, round_rest, defaults, exercises)| Block {
            title,
            rounds,
            round_rest,
            defaults,
            ..Block::new(kind, exercises)
        })
}

fn progression_2() -> impl Strategy<Value = Progression> {
    (1..=20u32, 0..=10u8, 0..=10u8).prop_map(|(sessions, max_pain, max_effort)| Progression {
        sessions,
        max_pain,
        max_effort,
    })
}

fn generated_program_2() -> impl Strategy<Value = Program> {
    proptest::sample::select(vec!["en", "nl", "pt-BR"])
        .prop_flat_map(|language| {
            (
                ("[a-z0-9-]{1,64}", 1..=u32::MAX, text(language)),
                (defaults(), 0..=10u32, 0..=120u32),
                proptest::option::of(progression_2()),
                proptest::collection::vec(block_2(language), 1..=2),
            )
                .prop_map(
                    move |(
                        (id, version, title),
                        (defaults, relax, round_rest),
                        progression,
                        mut blocks,
                    )| {
                        for (n, exercise) in
                            blocks.iter_mut().flat_map(|b| &mut b.exercises).enumerate()
                        {
                            exercise.id = format!("{}-{n}", exercise.id);
                        }
                        let mut program = Program {
                            format: 2,
                            id,
                            version,
                            language: language.to_owned(),
                            title,
                            description: None,
                            author: None,
                            sessions_per_week: None,
                            stop_if: Vec::new(),
                            defaults: Defaults { relax, round_rest, ..defaults },
                            progression,
                            blocks,
                        };
                        program.format = program.lowest_format();
                        program
                    },
                )
        })
        .prop_filter("valid, within the plan's limits", |program| {
            program::parse(&program::to_toml(program), Path::new("generated.toml"), None).is_ok()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_programs_round_trip(program in generated_program()) {
        let written = program::to_toml(&program);
        prop_assert!(written.starts_with("format = 1\n"));
        let parsed = program::parse(&written, Path::new("generated.toml"), None);
        prop_assert!(parsed.is_ok(), "{written}\n{parsed:#?}");
        prop_assert_eq!(parsed.unwrap(), program);
    }

    #[test]
    fn generated_format_2_programs_round_trip(program in generated_program_2()) {
        let written = program::to_toml(&program);
        let first_line = format!("format = {}\n", program.format);
        prop_assert!(written.starts_with(&first_line), "{}", written);
        let parsed = program::parse(&written, Path::new("generated.toml"), None);
        prop_assert_eq!(parsed.ok(), Some(program.clone()), "{}", written);
        prop_assert_eq!(program::to_toml(&program), written, "stable");
    }

    #[test]
    fn generated_programs_come_back_from_the_editor_unchanged(program in generated_program()) {
        let (built, complaints) = editor::Draft::from_program(&program).build();
        prop_assert!(complaints.is_empty(), "{:?}", complaints);
        prop_assert_eq!(built, program);
    }

    #[test]
    fn generated_format_2_programs_come_back_from_the_editor_unchanged(
        program in generated_program_2()
    ) {
        let (built, complaints) = editor::Draft::from_program(&program).build();
        prop_assert!(complaints.is_empty(), "{:?}", complaints);
        prop_assert_eq!(built, program);
    }
}

// ---------------------------------------------------------------------------------------------
// The editor screen

fn shared(lang: &str) -> Shared {
    Shared {
        i18n: I18n::new(lang),
        settings: Settings::default(),
        library: Library::default(),
        system_mode: iced::theme::Mode::Light,
        illustrations: Illustrations::new(),
        stats: limber::streaks::Stats::default(),
        standings: Default::default(),
        today: chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date"),
    }
}

/// What the editor led to, after the app did what it asked (saving, as the app saves).
#[derive(Debug, PartialEq)]
enum Outcome {
    None,
    Close {
        program: Option<String>,
    },
    Saved {
        id: String,
    },
    /// Saving failed; the editor shows why.
    NotSaved,
}

/// A temporary data folder, and the editor on a new program in `lang`.
fn new_program(lang: &str) -> (tempfile::TempDir, Shared, State) {
    let dir = tempfile::tempdir().expect("temp dir");
    let shared = shared(lang);
    let state = State::new_program(&shared);
    (dir, shared, state)
}

/// The editor in a window tall enough to show a small program whole, so every field can be
/// clicked without scrolling.
fn simulator<'a>(state: &'a State, shared: &'a Shared) -> Simulator<'a, Message> {
    Simulator::with_size(limber::gui::settings(), (1180.0, 5000.0), state.view(shared))
}

/// Feeds messages to the editor and carries out what it asks as the app does; the last
/// outcome that is not `None`.
fn apply(state: &mut State, messages: Vec<Message>, data_dir: &Path) -> Outcome {
    let mut last = Outcome::None;
    for message in messages {
        let outcome = match state.update(message) {
            Action::None => Outcome::None,
            Action::Close { program } => Outcome::Close { program },
            Action::Save(program) => {
                match library::save(&program, &library::user_programs_dir(data_dir)) {
                    Ok(_) => Outcome::Saved { id: program.id.clone() },
                    Err(error) => {
                        state.saved(Err(error.to_string()));
                        Outcome::NotSaved
                    }
                }
            }
        };
        if outcome != Outcome::None {
            last = outcome;
        }
    }
    last
}

/// Clicks into `input`, selects what is there and types `value` over it.
fn type_into(state: &mut State, shared: &Shared, data_dir: &Path, input: Input, value: &str) {
    let messages: Vec<Message> = {
        let mut ui = simulator(state, shared);
        if let Err(error) = ui.click(input_id(input)) {
            panic!("cannot click {input:?}: {error:?}");
        }
        let select_all = keyboard::Event::KeyPressed {
            key: Key::Character("a".into()),
            modified_key: Key::Character("a".into()),
            physical_key: keyboard::key::Physical::Unidentified(
                keyboard::key::NativeCode::Unidentified,
            ),
            location: keyboard::Location::Standard,
            modifiers: keyboard::Modifiers::CTRL,
            repeat: false,
            text: None,
        };
        let _ = ui.simulate([
            iced::Event::Keyboard(keyboard::Event::ModifiersChanged(keyboard::Modifiers::CTRL)),
            iced::Event::Keyboard(select_all),
            iced::Event::Keyboard(keyboard::Event::ModifiersChanged(keyboard::Modifiers::empty())),
        ]);
        if value.is_empty() {
            let _ = ui.tap_key(Key::Named(Named::Backspace));
        } else {
            let _ = ui.typewrite(value);
        }
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "typing into {input:?} did nothing");
    let _ = apply(state, messages, data_dir);
    assert_eq!(state.draft().value(input), value, "{input:?}");
}

/// Clicks the button labelled `label`; the action it led to.
fn click(state: &mut State, shared: &Shared, data_dir: &Path, label: &str) -> Outcome {
    let messages: Vec<Message> = {
        let mut ui = simulator(state, shared);
        if let Err(error) = ui.click(label) {
            panic!("cannot click {label:?}: {error:?}");
        }
        ui.into_messages().collect()
    };
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    apply(state, messages, data_dir)
}

fn shows(state: &State, shared: &Shared, label: &str) -> bool {
    simulator(state, shared).find(label).is_ok()
}

/// Whether clicking Save does anything (it is disabled while there are problems).
fn save_is_enabled(state: &State, shared: &Shared) -> bool {
    let mut ui = simulator(state, shared);
    ui.click(shared.tr("editor-save").as_str()).expect("a Save button");
    ui.into_messages().next().is_some()
}

fn validator_messages(state: &State) -> Vec<(Field, String)> {
    state
        .problems()
        .iter()
        .filter_map(|Problem { field, what }| match what {
            What::Validator(message) => Some((*field, message.to_string())),
            What::Local(_) => None,
        })
        .collect()
}

const NAME_EN: fn(usize, usize) -> Input =
    |b, e| Input::Exercise(Part::exercise(b, e), ExerciseInput::Name(Lang::En));

/// An input of exercise `e` of block `b`.
fn ex(b: usize, e: usize, which: ExerciseInput) -> Input {
    Input::Exercise(Part::exercise(b, e), which)
}

/// An input of level table `l` (0: level 2) of exercise `e` of block `b`.
fn lv(b: usize, e: usize, l: usize, which: ExerciseInput) -> Input {
    Input::Exercise(Part::level(b, e, l), which)
}

#[test]
fn a_new_program_built_by_typing_and_clicking_is_valid_and_saved() {
    let (dir, shared, mut state) = new_program("en");
    let data = dir.path();
    assert!(!state.can_save(), "an empty program cannot be saved");
    assert!(!save_is_enabled(&state, &shared));

    type_into(&mut state, &shared, data, Input::Title(Lang::En), "Knee, week 1");
    type_into(&mut state, &shared, data, Input::Title(Lang::Nl), "Knie, week 1");
    assert_eq!(state.draft().id, "knee-week-1", "the id follows the title");
    type_into(&mut state, &shared, data, Input::SessionsPerWeek, "3");
    type_into(&mut state, &shared, data, Input::AuthorName, "J. Jansen \"Hans\"");

    let _ = click(&mut state, &shared, data, "Add a rule");
    type_into(&mut state, &shared, data, Input::Rule(0, Lang::En), "Pain that spreads to the leg");
    type_into(
        &mut state,
        &shared,
        data,
        Input::Rule(0, Lang::Nl),
        "Pijn die uitstraalt naar het been",
    );

    let _ = click(&mut state, &shared, data, "Strength");
    type_into(&mut state, &shared, data, NAME_EN(0, 0), "Bridge");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Name(Lang::Nl)), "Bruggetje");
    let _ = click(&mut state, &shared, data, "Reps at a pace");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Reps), "12");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Pace), "4");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Sets), "2");
    let _ = click(&mut state, &shared, data, "Add a form cue");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Cue(0, CueInput::At)), "20");
    type_into(
        &mut state,
        &shared,
        data,
        ex(0, 0, ExerciseInput::Cue(0, CueInput::Text(Lang::En))),
        "Hips up \\ level",
    );

    let _ = click(&mut state, &shared, data, "Add an exercise");
    type_into(&mut state, &shared, data, NAME_EN(0, 1), "Side plank");
    let _ = click(&mut state, &shared, data, "Left, then right");
    type_into(&mut state, &shared, data, ex(0, 1, ExerciseInput::Seconds), "20");
    type_into(&mut state, &shared, data, Input::Default(editor::DefaultKey::GetReady), "5");

    assert!(state.problems().is_empty(), "{:#?}", state.problems());
    assert!(shows(&state, &shared, "Ready to save"));
    // Adding the side plank folded the bridge: only one exercise is open at a time.
    assert!(!state.draft().blocks[0].exercises[0].open);
    // 5 + 2 × 48 + 30 set rest + 15 rest + 20 + 5 + 20: the live summary.
    assert_eq!(state.plan().total_seconds, 5 + 48 + 30 + 48 + 15 + 20 + 5 + 20);
    assert!(shows(&state, &shared, "3:11 in total · 8 steps · 2 exercises"));

    let program = state.program().expect("a valid program").clone();
    assert_eq!(reparse(&program::to_toml(&program)), program);
    assert_eq!(program.id, "knee-week-1");
    assert_eq!(program.title.get("nl"), "Knie, week 1");
    assert_eq!(program.author.as_ref().map(|a| a.name.as_str()), Some("J. Jansen \"Hans\""));
    assert_eq!(program.blocks[0].kind, BlockKind::Strength);
    let bridge = &program.blocks[0].exercises[0];
    assert_eq!(bridge.id, "bridge");
    assert_eq!(bridge.dosage, Dosage::reps(12, Some(4)));
    assert_eq!(bridge.set_count(), 2);
    assert_eq!(bridge.cues[0].at, 20);
    assert_eq!(bridge.cues[0].text.get("en"), "Hips up \\ level");
    assert_eq!(program.blocks[0].exercises[1].sides, Sides::Both);

    assert!(save_is_enabled(&state, &shared));
    let action = click(&mut state, &shared, data, "Save");
    assert_eq!(action, Outcome::Saved { id: "knee-week-1".into() });
    let file = data.join("programs/knee-week-1.toml");
    let saved = program::load(&file).expect("the saved file is valid");
    assert_eq!(saved, program);
    let library = Library::load(&data.join("programs"));
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    assert!(library.find("knee-week-1").is_some());
}

#[test]
fn invalid_edits_show_their_problem_and_disable_save() {
    let (dir, shared, mut state) = new_program("en");
    let data = dir.path();
    type_into(&mut state, &shared, data, Input::Title(Lang::En), "Knee");
    type_into(&mut state, &shared, data, NAME_EN(0, 0), "Plank");
    assert!(state.can_save());

    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Sets), "0");
    assert!(!state.can_save());
    assert!(shows(&state, &shared, "Sets: Write a whole number from 1 to 50."));
    assert!(shows(&state, &shared, "1 thing to fix"));
    assert!(!save_is_enabled(&state, &shared));
    assert_eq!(
        state.problems().iter().map(|p| p.field).collect::<Vec<_>>(),
        [Field::exercise(0, 0, "sets")]
    );
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Sets), "3");
    assert!(state.can_save());

    // The validator's own message, next to the id field, without file and line.
    type_into(&mut state, &shared, data, Input::Id, "Knee-Week");
    let expected = "`id` may only contain a-z, 0-9 and -, found \"Knee-Week\"; write \"knee-week\"";
    assert_eq!(validator_messages(&state), [(Field::top("id"), expected.to_owned())]);
    assert!(shows(&state, &shared, expected));
    assert!(!save_is_enabled(&state, &shared));

    // A cue past the end of the work step, found by the validator, shown at the cue.
    type_into(&mut state, &shared, data, Input::Id, "knee");
    let _ = click(&mut state, &shared, data, "Add a form cue");
    assert!(shows(&state, &shared, "Write a whole number from 1 to 3600."));
    assert!(shows(&state, &shared, "Write this in at least one language."));
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Cue(0, CueInput::At)), "45");
    type_into(
        &mut state,
        &shared,
        data,
        ex(0, 0, ExerciseInput::Cue(0, CueInput::Text(Lang::Nl))),
        "Adem",
    );
    let problems = validator_messages(&state);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, Field::exercise(0, 0, "cues").item(0));
    assert!(problems[0].1.contains("falls outside the work step"), "{}", problems[0].1);

    // Blanking the title: the program cannot be saved without one.
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Cue(0, CueInput::At)), "15");
    type_into(&mut state, &shared, data, Input::Title(Lang::En), "");
    assert_eq!(
        state.problems().iter().map(|p| (p.field, p.what.clone())).collect::<Vec<_>>(),
        [(Field::top("title"), What::Local(editor::Complaint::Text))]
    );
    assert!(!save_is_enabled(&state, &shared));
}

#[test]
fn a_second_save_keeps_the_first_file_as_bak() {
    let (dir, shared, mut state) = new_program("en");
    let data = dir.path();
    type_into(&mut state, &shared, data, Input::Title(Lang::En), "Twice");
    type_into(&mut state, &shared, data, NAME_EN(0, 0), "Plank");
    assert_eq!(click(&mut state, &shared, data, "Save"), Outcome::Saved { id: "twice".into() });
    let file = data.join("programs/twice.toml");
    let first = std::fs::read_to_string(&file).expect("saved once");

    type_into(&mut state, &shared, data, Input::Version, "2");
    assert_eq!(click(&mut state, &shared, data, "Save"), Outcome::Saved { id: "twice".into() });
    let backup = data.join("programs/twice.toml.bak");
    assert_eq!(std::fs::read_to_string(&backup).expect("a backup"), first);
    assert_eq!(program::load(&file).expect("valid").version, 2);
    let library = Library::load(&data.join("programs"));
    assert_eq!(library.find("twice").map(|e| e.program.version), Some(2));
    assert!(library.problems.is_empty(), "the backup is not read as a program");
}

#[test]
fn editing_a_copy_of_a_built_in_gives_the_next_version_and_replaces_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path();
    let mut shared = shared("en");
    shared.library = Library::load(&data.join("programs"));
    let entry = shared.library.find("core-strength").expect("a built-in").clone();
    assert_eq!(entry.origin, Origin::BuiltIn);

    let mut state = State::edit(&entry);
    assert_eq!(state.purpose(), Purpose::Copy);
    let copy = state.program().expect("a built-in is valid").clone();
    // Everything kept (form cues, both languages, defaults), only the version raised.
    assert_eq!(copy, Program { version: entry.program.version + 1, ..entry.program.clone() });
    assert!(shows(&state, &shared, "Your copy of “Core strength for runners”"));

    // A form cue edited and one removed, on a folded exercise opened first.
    let _ = apply(&mut state, vec![Message::Toggle(0, 0)], data);
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Cue(0, CueInput::At)), "12");
    let _ = apply(&mut state, vec![Message::RemoveCue(Part::exercise(0, 1), 0)], data);
    assert!(state.can_save(), "{:?}", state.problems());
    let edited = state.program().expect("valid").clone();

    assert_eq!(
        click(&mut state, &shared, data, "Save"),
        Outcome::Saved { id: "core-strength".into() }
    );
    let library = Library::load(&data.join("programs"));
    let saved = library.find("core-strength").expect("still there");
    assert!(matches!(saved.origin, Origin::User { .. }));
    assert!(saved.replaces_builtin);
    assert_eq!(saved.program, edited);
    assert_eq!(saved.program.version, entry.program.version + 1);
    assert_eq!(saved.program.blocks[0].exercises[0].cues[0].at, 12);
    assert_eq!(library.entries.iter().filter(|e| e.program.id == "core-strength").count(), 1);

    // Editing that file again is an edit of the user's own program, same version.
    let state = State::edit(saved);
    assert_eq!(state.purpose(), Purpose::Edit);
    assert_eq!(state.program().map(|p| p.version), Some(entry.program.version + 1));
}

#[test]
fn cancel_asks_before_dropping_changes_and_writes_nothing() {
    let (dir, shared, mut state) = new_program("en");
    let data = dir.path();
    assert_eq!(click(&mut state, &shared, data, "Cancel"), Outcome::Close { program: None });

    type_into(&mut state, &shared, data, Input::Title(Lang::En), "Draft");
    assert_eq!(click(&mut state, &shared, data, "Cancel"), Outcome::None);
    assert!(shows(&state, &shared, "Discard your changes?"));
    let _ = click(&mut state, &shared, data, "Keep editing");
    assert!(!shows(&state, &shared, "Discard your changes?"));
    assert_eq!(state.update(Message::Cancel), Action::None);
    assert_eq!(state.update(Message::Cancel), Action::Close { program: None }, "Esc twice");
    assert!(!data.join("programs").exists());
}

#[test]
fn blocks_and_exercises_are_added_moved_and_removed() {
    let (dir, shared, mut state) = new_program("en");
    let data = dir.path();
    type_into(&mut state, &shared, data, Input::Title(Lang::En), "Order");
    type_into(&mut state, &shared, data, NAME_EN(0, 0), "A");
    let _ = click(&mut state, &shared, data, "Add a block");
    type_into(&mut state, &shared, data, NAME_EN(1, 0), "B");
    let _ = apply(
        &mut state,
        vec![
            Message::AddExercise(1),
            Message::Input(NAME_EN(1, 1), "C".into()),
            Message::Dosage(1, 1, DosageKind::Reps),
            Message::Kind(1, BlockKind::CoolDown),
            Message::MoveBlock(1, editor::Move::Up),
            Message::MoveExercise(0, 1, editor::Move::Down),
            Message::RemoveBlock(0),
        ],
        data,
    );
    let program = state.program().expect("valid").clone();
    let ids: Vec<_> = program.exercises().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["c", "a"]);
    assert_eq!(program.blocks[0].kind, BlockKind::Other);
    assert_eq!(program.blocks.len(), 1);
    // The last block and a block's last exercise cannot be removed.
    let _ = apply(&mut state, vec![Message::RemoveBlock(0), Message::RemoveExercise(0, 1)], data);
    let _ = apply(&mut state, vec![Message::RemoveExercise(0, 0)], data);
    assert_eq!(state.program().map(|p| p.exercises().count()), Some(1));
}

#[test]
fn instructions_are_written_on_several_lines_and_kept_with_their_exercise() {
    let (dir, shared, mut state) = new_program("en");
    let data = dir.path();
    type_into(&mut state, &shared, data, Input::Title(Lang::En), "Lines");
    type_into(&mut state, &shared, data, NAME_EN(0, 0), "Bridge");
    let instructions = ex(0, 0, ExerciseInput::Instructions(Lang::En));
    let messages: Vec<Message> = {
        let mut ui = simulator(&state, &shared);
        ui.click(input_id(instructions)).expect("the instructions' field");
        let _ = ui.typewrite("Lie on your back.");
        let _ = ui.tap_key(Key::Named(Named::Enter));
        let _ = ui.typewrite("Lift your hips.");
        ui.into_messages().collect()
    };
    let _ = apply(&mut state, messages, data);
    let written = "Lie on your back.\nLift your hips.";
    assert_eq!(state.draft().value(instructions), written);
    assert_eq!(state.long_text(instructions).map(|c| c.text()), Some(written.to_owned()));
    let program = state.program().expect("valid").clone();
    assert_eq!(
        program.exercises().next().unwrap().instructions.as_ref().map(|t| t.get("en")),
        Some(written)
    );
    assert_eq!(reparse(&program::to_toml(&program)), program, "the line break survives the file");

    // A second exercise above the first: each text stays with its own exercise, in the
    // editor that shows it too.
    let _ = apply(
        &mut state,
        vec![
            Message::AddExercise(0),
            Message::Input(NAME_EN(0, 1), "Plank".into()),
            Message::Input(ex(0, 1, ExerciseInput::Instructions(Lang::En)), "Hold still.".into()),
            Message::MoveExercise(0, 1, editor::Move::Up),
        ],
        data,
    );
    assert_eq!(state.draft().value(instructions), "Hold still.");
    assert_eq!(state.long_text(instructions).map(|c| c.text()), Some("Hold still.".to_owned()));
    let below = ex(0, 1, ExerciseInput::Instructions(Lang::En));
    assert_eq!(state.long_text(below).map(|c| c.text()), Some(written.to_owned()));
    let _ = apply(&mut state, vec![Message::RemoveExercise(0, 0)], data);
    assert_eq!(state.long_text(instructions).map(|c| c.text()), Some(written.to_owned()));
    assert!(state.long_text(below).is_none(), "the removed exercise's editor went with it");

    // Moving the cursor or selecting is not an edit: a new editor still closes at once.
    let (_dir, _shared, mut fresh) = new_program("en");
    let motion = iced::widget::text_editor::Action::Move(iced::widget::text_editor::Motion::End);
    let _ = apply(&mut fresh, vec![Message::Edit(instructions, motion)], data);
    let closed = apply(&mut fresh, vec![Message::Cancel], data);
    assert_eq!(closed, Outcome::Close { program: None });
}

#[test]
fn the_editor_speaks_dutch() {
    let (dir, shared, mut state) = new_program("nl");
    let data = dir.path();
    assert!(shows(&state, &shared, "Nieuw programma"));
    type_into(&mut state, &shared, data, Input::Title(Lang::Nl), "Knie");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Sets), "x");
    assert!(shows(&state, &shared, "Sets: Schrijf een heel getal van 1 tot 50."));
    assert!(shows(&state, &shared, "2 dingen om te verbeteren"), "sets and the exercise's name");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Sets), "1");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Name(Lang::Nl)), "Plank");
    assert!(shows(&state, &shared, "Klaar om op te slaan"));
    assert_eq!(click(&mut state, &shared, data, "Opslaan"), Outcome::Saved { id: "knie".into() });
    let saved = program::load(&data.join("programs/knie.toml")).expect("valid");
    assert_eq!(saved.language, "nl");
    assert_eq!(program::to_toml(&saved).lines().nth(4), Some("title = \"Knie\""));
}

#[test]
fn pictures_are_kept_and_a_missing_one_can_be_removed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path();
    let programs = data.join("programs");
    std::fs::create_dir_all(programs.join("images")).expect("folders");
    std::fs::write(programs.join("images/plank.svg"), "<svg/>").expect("an image");
    std::fs::write(
        programs.join("mine.toml"),
        "format = 1\nid = \"mine\"\ntitle = \"Mine\"\n[[block]]\n[[block.exercise]]\n\
         id = \"plank\"\nname = \"Plank\"\nimage = \"images/plank.svg\"\nduration = 30\n",
    )
    .expect("a program");
    let mut shared = shared("en");
    shared.library = Library::load(&programs);
    let entry = shared.library.find("mine").expect("loaded").clone();

    let mut state = State::edit(&entry);
    assert!(state.can_save(), "{:?}", state.problems());
    assert_eq!(click(&mut state, &shared, data, "Save"), Outcome::Saved { id: "mine".into() });
    let saved = program::load(&programs.join("mine.toml")).expect("valid");
    assert_eq!(saved.blocks[0].exercises[0].image, Some(PathBuf::from("images/plank.svg")));

    std::fs::remove_file(programs.join("images/plank.svg")).expect("removed");
    let mut state = State::edit(&entry);
    let problems = validator_messages(&state);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, Field::exercise(0, 0, "image"));
    assert!(problems[0].1.contains("not found"), "{}", problems[0].1);
    let _ = apply(&mut state, vec![Message::Toggle(0, 0)], data);
    let _ = click(&mut state, &shared, data, "Remove picture");
    assert!(state.can_save(), "{:?}", state.problems());
    assert_eq!(state.program().map(|p| p.blocks[0].exercises[0].image.clone()), Some(None));
}

// ---------------------------------------------------------------------------------------------
// Format 2 through the editor

#[test]
fn a_hold_exercise_with_levels_is_made_and_saved_and_plans_at_every_level() {
    let (dir, shared, mut state) = new_program("en");
    let data = dir.path();
    type_into(&mut state, &shared, data, Input::Title(Lang::En), "Back, four levels");
    type_into(&mut state, &shared, data, NAME_EN(0, 0), "Bird dog");
    let _ = click(&mut state, &shared, data, "Holds (hold, relax, repeat)");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Reps), "3");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Hold), "8");
    type_into(
        &mut state,
        &shared,
        data,
        ex(0, 0, ExerciseInput::Timing(editor::TimingKey::Relax)),
        "2",
    );
    let _ = click(&mut state, &shared, data, "Alternating");
    assert!(shows(
        &state,
        &shared,
        "Alternating sides: the reps count per side, so 6 means 6 left and 6 right."
    ));
    type_into(&mut state, &shared, data, Input::Block(0, BlockInput::Rounds), "2");
    type_into(&mut state, &shared, data, Input::Block(0, BlockInput::RoundRest), "30");
    assert!(state.problems().is_empty(), "{:#?}", state.problems());

    // Level 2: longer holds, two sets. A new key starts from the level before's value.
    let _ = click(&mut state, &shared, data, "Add a level");
    assert!(shows(&state, &shared, "Nothing changes yet: this level is the same as level 1."));
    let _ = click(&mut state, &shared, data, "+ Hold");
    assert_eq!(state.draft().value(lv(0, 0, 0, ExerciseInput::Hold)), "8");
    // Taken back: the level is as the one before again.
    let _ = click(&mut state, &shared, data, "× as before");
    assert!(shows(&state, &shared, "Nothing changes yet: this level is the same as level 1."));
    let _ = click(&mut state, &shared, data, "+ Hold");
    type_into(&mut state, &shared, data, lv(0, 0, 0, ExerciseInput::Hold), "12");
    let _ = click(&mut state, &shared, data, "+ Sets");
    type_into(&mut state, &shared, data, lv(0, 0, 0, ExerciseInput::Sets), "2");
    // 2 × (6 holds of 12 s + 5 relaxes of 2 s) + 30 s between the sets.
    assert!(shows(&state, &shared, "Level 2 · 2 × 3 holds of 12 s · alternating sides · 3:14"));

    // Level 3: a pyramid, written as physios do, and a name of its own.
    let _ = click(&mut state, &shared, data, "Add a level");
    let _ = click(&mut state, &shared, data, "+ Reps");
    type_into(&mut state, &shared, data, lv(0, 0, 1, ExerciseInput::Reps), "5-4-3");
    let _ = click(&mut state, &shared, data, "+ Name");
    assert_eq!(state.draft().value(lv(0, 0, 1, ExerciseInput::Name(Lang::En))), "Bird dog");
    type_into(
        &mut state,
        &shared,
        data,
        lv(0, 0, 1, ExerciseInput::Name(Lang::En)),
        "Long bird dog",
    );
    assert!(shows(
        &state,
        &shared,
        "Level 3 · Long bird dog · 5-4-3 holds of 12 s · alternating sides · 6:30"
    ));
    assert!(
        shows(&state, &shared, "Level 2 · 2 × 3 holds of 12 s · alternating sides · 3:14"),
        "folded"
    );

    // Level 4: timed, which cannot alternate: the validator says so in the level's card.
    let _ = click(&mut state, &shared, data, "Add a level");
    let _ = click(&mut state, &shared, data, "+ Seconds");
    type_into(&mut state, &shared, data, lv(0, 0, 2, ExerciseInput::Seconds), "45");
    let problems = validator_messages(&state);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!((problems[0].0.level, problems[0].0.key), (Some(2), ""));
    assert!(problems[0].1.contains("needs repetitions") && problems[0].1.contains("at level 4"));
    assert!(!save_is_enabled(&state, &shared));
    let _ = click(&mut state, &shared, data, "+ Sides");
    let _ = apply(&mut state, vec![Message::Sides(Part::level(0, 0, 2), Sides::Both)], data);
    assert!(shows(&state, &shared, "Level 4 · 2 × 45 s · each side · 3:40"));

    // Equipment, a video, and the rule for suggesting the next level.
    let _ = click(&mut state, &shared, data, "Add equipment");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Equipment(0, Lang::En)), "Mat");
    type_into(
        &mut state,
        &shared,
        data,
        ex(0, 0, ExerciseInput::Video),
        "https://example.org/bird-dog",
    );
    type_into(&mut state, &shared, data, Input::Progression(editor::ProgressionKey::Sessions), "4");
    assert!(state.problems().is_empty(), "{:#?}", state.problems());
    assert!(shows(&state, &shared, "2:36 in total · 24 steps · 1 exercise · level 4: 8:00"));

    assert_eq!(
        click(&mut state, &shared, data, "Save"),
        Outcome::Saved { id: "back-four-levels".into() }
    );
    let file = data.join("programs/back-four-levels.toml");
    let text = std::fs::read_to_string(&file).expect("saved");
    assert!(text.starts_with("format = 2\n"), "{text}");
    assert!(
        text.contains("\n    [[block.exercise.level]]\n    hold = 12\n    sets = 2\n"),
        "{text}"
    );
    assert!(text.contains("\n    reps = [5, 4, 3]\n"), "{text}");
    let saved = program::load(&file).expect("the saved file is valid");
    assert_eq!(Some(&saved), state.program());
    let bird_dog = &saved.blocks[0].exercises[0];
    assert_eq!((bird_dog.dosage.clone(), bird_dog.sides), (Dosage::holds(3, 8), Sides::Alternate));
    assert_eq!(bird_dog.equipment[0].get("en"), "Mat");
    assert_eq!(saved.progression, Some(Progression { sessions: 4, ..Progression::default() }));
    // Get ready, two rounds of the bird dog with a round rest between, at every level.
    let totals: Vec<u32> =
        (1..=saved.levels()).map(|level| Plan::at_level(&saved, level).total_seconds).collect();
    assert_eq!(
        totals,
        [10 + 58 + 30 + 58, 10 + 194 + 30 + 194, 10 + 390 + 30 + 390, 10 + 220 + 30 + 220]
    );
}

/// A format-2 program with every key of format 2, as a built-in could be.
const FORMAT_2: &str = r#"format = 2
id = "back-build-up"
version = 2
language = "nl"
title = { nl = "Rug opbouwen", en = "Back, building up" }
progression = { sessions = 2, max_pain = 2, max_effort = 6 }

[defaults]
relax = 4
round_rest = 45

[[block]]
kind = "strength"
rounds = 2
round_rest = 30

[block.defaults]
rest = 10
halfway = false

  [[block.exercise]]
  id = "bird-dog"
  name = { nl = "Vogelhond", en = "Bird dog" }
  reps = 3
  hold = 8
  relax = 2
  sides = "alternate"
  countdown = 2
  equipment = [{ nl = "Mat", en = "Mat" }]
  video = "https://example.org/bird-dog"
  cues = [{ at = 3, text = { nl = "Rug recht", en = "Back straight" } }]

    [[block.exercise.level]]
    hold = 10

    [[block.exercise.level]]
    name = { nl = "Lange vogelhond", en = "Long bird dog" }
    reps = [5, 4, 3]
    cues = []

  [[block.exercise]]
  id = "squat"
  name = "Kniebuiging"
  reps = [6, 4, 2]
  seconds_per_rep = 3
  switch_sides = 3
  halfway = true

    [[block.exercise.level]]
    duration = ["30s", "45s"]
    equipment = ["Stoel"]
    set_rest = 20

[[block]]
kind = "stretch"

  [[block.exercise]]
  id = "knee-rolls"
  name = { nl = "Knieën rollen", en = "Knee rolls" }
  reps = 5
  sides = "alternate"
"#;

#[test]
fn editing_a_copy_of_a_format_2_built_in_loses_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path();
    let shared = shared("en");
    let original = program::parse(FORMAT_2, Path::new("back-build-up.toml"), None).expect("valid");
    let entry = library::Entry {
        planned_seconds: (1..=original.levels())
            .map(|l| Plan::at_level(&original, l).total_seconds)
            .collect(),
        program: original.clone(),
        origin: Origin::BuiltIn,
        replaces_builtin: false,
        hash: String::new(),
        source: std::sync::Arc::from(FORMAT_2),
        base_dir: None,
    };
    let mut state = State::edit(&entry);
    assert_eq!(state.purpose(), Purpose::Copy);
    assert_eq!(state.program(), Some(&Program { version: 3, ..original.clone() }));

    // The bird dog's levels, each folded to what it makes.
    let _ = apply(&mut state, vec![Message::Toggle(0, 0)], data);
    assert!(shows(&state, &shared, "Level 1 · 3 holds of 8 s · alternating sides · 0:58"));
    assert!(shows(&state, &shared, "Level 2 · 3 holds of 10 s · alternating sides · 1:10"));
    assert!(shows(
        &state,
        &shared,
        "Level 3 · Long bird dog · 5-4-3 holds of 10 s · alternating sides · 5:42"
    ));
    let _ = apply(&mut state, vec![Message::ToggleLevel(Part::level(0, 0, 1))], data);
    assert_eq!(state.draft().value(lv(0, 0, 1, ExerciseInput::Reps)), "5, 4, 3");
    assert!(shows(&state, &shared, "No form cues at this level."));
    type_into(
        &mut state,
        &shared,
        data,
        lv(0, 0, 1, ExerciseInput::Name(Lang::En)),
        "Longer bird dog",
    );
    let _ = click(&mut state, &shared, data, "+ Relax");
    assert_eq!(
        state.draft().value(lv(0, 0, 1, ExerciseInput::Timing(editor::TimingKey::Relax))),
        "2"
    );
    type_into(
        &mut state,
        &shared,
        data,
        lv(0, 0, 1, ExerciseInput::Timing(editor::TimingKey::Relax)),
        "3",
    );
    assert!(shows(
        &state,
        &shared,
        "Level 3 · Longer bird dog · 5-4-3 holds of 10 s · alternating sides · 6:03"
    ));
    assert!(state.can_save(), "{:?}", state.problems());

    let mut expected = Program { version: 3, ..original.clone() };
    let level = &mut expected.blocks[0].exercises[0].levels[1];
    level.name = Some(Text::translated(
        "nl",
        vec![("nl".into(), "Lange vogelhond".into()), ("en".into(), "Longer bird dog".into())],
    ));
    level.timing.relax = Some(3);
    assert_eq!(state.program(), Some(&expected));
    assert_eq!(
        click(&mut state, &shared, data, "Save"),
        Outcome::Saved { id: "back-build-up".into() }
    );
    let saved = Library::load(&data.join("programs"));
    assert!(saved.problems.is_empty(), "{:?}", saved.problems);
    let saved = saved.find("back-build-up").expect("saved");
    assert_eq!(saved.program, expected);
    assert!(saved.source.starts_with("format = 2\n"));
}

#[test]
fn the_editor_speaks_dutch_in_format_2() {
    let (dir, shared, mut state) = new_program("nl");
    let data = dir.path();
    type_into(&mut state, &shared, data, Input::Title(Lang::Nl), "Knie opbouwen");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Name(Lang::Nl)), "Brug");
    let _ = click(&mut state, &shared, data, "Herhalingen op tempo");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Reps), "8-10");
    assert!(shows(
        &state,
        &shared,
        "Herhalingen: Schrijf één getal, of één per set met komma's: 8, 10. Wil je over de \
         weken opbouwen, voeg dan een niveau toe."
    ));
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Reps), "10");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Pace), "3");
    let _ = click(&mut state, &shared, data, "Niveau toevoegen");
    let _ = click(&mut state, &shared, data, "+ Herhalingen");
    type_into(&mut state, &shared, data, lv(0, 0, 0, ExerciseInput::Reps), "12");
    assert!(shows(&state, &shared, "Niveau 2 · 12 herhalingen (elk 3 s) · 0:36"));
    assert!(shows(&state, &shared, "Opbouwen"), "the progression card, once there are levels");
    let _ = click(&mut state, &shared, data, "Benodigdheid toevoegen");
    type_into(&mut state, &shared, data, ex(0, 0, ExerciseInput::Equipment(0, Lang::Nl)), "Stoel");
    assert!(shows(&state, &shared, "Klaar om op te slaan"), "{:?}", state.problems());
    assert_eq!(
        click(&mut state, &shared, data, "Opslaan"),
        Outcome::Saved { id: "knie-opbouwen".into() }
    );
    let text = std::fs::read_to_string(data.join("programs/knie-opbouwen.toml")).expect("saved");
    assert!(text.starts_with("format = 2\n"), "{text}");
    assert!(text.contains("\n  equipment = [\"Stoel\"]\n"), "{text}");
    let saved = program::load(&data.join("programs/knie-opbouwen.toml")).expect("valid");
    assert_eq!(saved.levels(), 2);
    assert_eq!(saved.blocks[0].exercises[0].at_level(2).dosage, Dosage::reps(12, Some(3)));
}

/// Every valid fixture file, format 1 and format 2, opened from the user's folder as the app
/// opens it, edited (the next version), saved over itself and checked again: nothing of the
/// program is lost, it is written in the same (lowest) format, and it plans the same at every
/// level.
#[test]
fn every_valid_fixture_file_survives_open_edit_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path();
    let shared = shared("en");
    let programs = library::user_programs_dir(data);
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/programs/valid");
    copy_dir(&fixtures, &programs);
    let library = Library::load(&programs);
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let ids: Vec<String> = library
        .entries
        .iter()
        .filter(|e| matches!(e.origin, Origin::User { .. }))
        .map(|e| e.program.id.clone())
        .collect();
    assert!(ids.len() >= 8, "{ids:?}");
    let mut format_2 = 0;
    for id in ids {
        let entry = library.find(&id).expect("listed").clone();
        let original = entry.program.clone();
        format_2 += usize::from(original.format == 2);
        let mut state = State::edit(&entry);
        assert_eq!(state.purpose(), Purpose::Edit, "{id}");
        assert_eq!(state.program(), Some(&original), "{id}: opened, not yet edited");
        let next = (original.version + 1).to_string();
        type_into(&mut state, &shared, data, Input::Version, &next);
        assert_eq!(click(&mut state, &shared, data, "Save"), Outcome::Saved { id: id.clone() });

        let file = programs.join(format!("{id}.toml"));
        let saved = library::Entry::load(&file).unwrap_or_else(|e| panic!("{id}: {e:?}"));
        let expected = Program { version: original.version + 1, ..original.clone() };
        assert_eq!(saved.program, expected, "{id}");
        let format_line = format!("format = {}\n", original.format);
        assert!(saved.source.starts_with(&format_line), "{id}:\n{}", saved.source);
        for level in 1..=original.levels() {
            let (before, after) = (Plan::at_level(&original, level), saved.plan(None, level));
            assert_eq!(before.total_seconds, after.total_seconds, "{id} at level {level}");
            assert_eq!(before.steps, after.steps, "{id} at level {level}");
        }
    }
    assert!(format_2 >= 3, "the format-2 fixtures were among them");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("a folder");
    for item in std::fs::read_dir(from).expect("the fixtures") {
        let path = item.expect("an entry").path();
        let target = to.join(path.file_name().expect("a name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).expect("copied");
        }
    }
}
