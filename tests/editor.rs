//! The program editor: `program::to_toml` round trips (built-ins and generated programs with
//! awkward strings), and the editor screen driven through the iced simulator — building a new
//! program by typing and clicking, problems shown next to their fields with Save disabled,
//! saving with a `.bak` of the earlier file, and editing a copy of a built-in.
//!
//! The screen's `State` is tested directly (the app needs the history store).

#![allow(clippy::expect_used, clippy::unwrap_used)]

use iced::keyboard::{self, Key, key::Named};
use iced_test::Simulator;
use limber::gui::illustration::Illustrations;
use limber::gui::screen::Shared;
use limber::gui::screen::editor::{
    self, Action, DosageKind, ExerciseInput, Input, Lang, Message, Problem, Purpose, State, What,
    input_id,
};
use limber::i18n::I18n;
use limber::library::{self, Library, Origin};
use limber::program::Plan;
use limber::program::{
    self, Author, Block, BlockKind, Defaults, Dosage, Exercise, Field, FormCue, MAX_TOTAL_SECONDS,
    Program, Sides, Text,
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

/// Text with the characters TOML makes hard: quotes, backslashes, newlines, controls, unicode.
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
        1 => prop_oneof![Just('\u{0}'), Just('\u{1b}'), Just('\u{7f}'), Just('\u{85}')],
        1 => prop_oneof![Just('é'), Just('ß'), Just('‘'), Just('ĳ'), Just('😀'), Just('\u{200b}')],
        1 => any::<char>(),
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

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_programs_round_trip(program in generated_program()) {
        let written = program::to_toml(&program);
        let parsed = program::parse(&written, Path::new("generated.toml"), None);
        prop_assert!(parsed.is_ok(), "{written}\n{parsed:#?}");
        prop_assert_eq!(parsed.unwrap(), program);
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
            What::Validator(message) => Some((*field, message.clone())),
            What::Local(_) => None,
        })
        .collect()
}

const NAME_EN: fn(usize, usize) -> Input =
    |b, e| Input::Exercise(b, e, ExerciseInput::Name(Lang::En));

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
    type_into(
        &mut state,
        &shared,
        data,
        Input::Exercise(0, 0, ExerciseInput::Name(Lang::Nl)),
        "Bruggetje",
    );
    let _ = click(&mut state, &shared, data, "Reps at a pace");
    type_into(&mut state, &shared, data, Input::Exercise(0, 0, ExerciseInput::Reps), "12");
    type_into(&mut state, &shared, data, Input::Exercise(0, 0, ExerciseInput::Pace), "4");
    type_into(&mut state, &shared, data, Input::Exercise(0, 0, ExerciseInput::Sets), "2");
    let _ = click(&mut state, &shared, data, "Add a form cue");
    type_into(&mut state, &shared, data, Input::Cue(0, 0, 0, editor::CueInput::At), "20");
    type_into(
        &mut state,
        &shared,
        data,
        Input::Cue(0, 0, 0, editor::CueInput::Text(Lang::En)),
        "Hips up \\ level",
    );

    let _ = click(&mut state, &shared, data, "Add an exercise");
    type_into(&mut state, &shared, data, NAME_EN(0, 1), "Side plank");
    let _ = click(&mut state, &shared, data, "Left, then right");
    type_into(&mut state, &shared, data, Input::Exercise(0, 1, ExerciseInput::Seconds), "20");
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

    type_into(&mut state, &shared, data, Input::Exercise(0, 0, ExerciseInput::Sets), "0");
    assert!(!state.can_save());
    assert!(shows(&state, &shared, "Sets: Write a whole number from 1 to 50."));
    assert!(shows(&state, &shared, "1 thing to fix"));
    assert!(!save_is_enabled(&state, &shared));
    assert_eq!(
        state.problems().iter().map(|p| p.field).collect::<Vec<_>>(),
        [Field::exercise(0, 0, "sets")]
    );
    type_into(&mut state, &shared, data, Input::Exercise(0, 0, ExerciseInput::Sets), "3");
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
    type_into(&mut state, &shared, data, Input::Cue(0, 0, 0, editor::CueInput::At), "45");
    type_into(
        &mut state,
        &shared,
        data,
        Input::Cue(0, 0, 0, editor::CueInput::Text(Lang::Nl)),
        "Adem",
    );
    let problems = validator_messages(&state);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, Field::exercise(0, 0, "cues").item(0));
    assert!(problems[0].1.contains("falls outside the work step"), "{}", problems[0].1);

    // Blanking the title: the program cannot be saved without one.
    type_into(&mut state, &shared, data, Input::Cue(0, 0, 0, editor::CueInput::At), "15");
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
    type_into(&mut state, &shared, data, Input::Cue(0, 0, 0, editor::CueInput::At), "12");
    let _ = apply(&mut state, vec![Message::RemoveCue(0, 1, 0)], data);
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
fn the_editor_speaks_dutch() {
    let (dir, shared, mut state) = new_program("nl");
    let data = dir.path();
    assert!(shows(&state, &shared, "Nieuw programma"));
    type_into(&mut state, &shared, data, Input::Title(Lang::Nl), "Knie");
    type_into(&mut state, &shared, data, Input::Exercise(0, 0, ExerciseInput::Sets), "x");
    assert!(shows(&state, &shared, "Sets: Schrijf een heel getal van 1 tot 50."));
    assert!(shows(&state, &shared, "2 dingen om te verbeteren"), "sets and the exercise's name");
    type_into(&mut state, &shared, data, Input::Exercise(0, 0, ExerciseInput::Sets), "1");
    type_into(
        &mut state,
        &shared,
        data,
        Input::Exercise(0, 0, ExerciseInput::Name(Lang::Nl)),
        "Plank",
    );
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
