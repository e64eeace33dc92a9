//! The app's main flows in the iced simulator (no display): start a session, pause, skip,
//! done, finish, the summary saved to the history; switching language; importing a bad file;
//! and snapshot hashes of the key screens (run with `ICED_TEST_BACKEND=tiny-skia`, as
//! `make test` does, for stable hashes; `tests/snapshots/*.sha256`, delete one to renew it;
//! `LIMBER_SNAPSHOT_PNG=1` also writes the pictures to target/snapshots/ to look at).

#![allow(clippy::expect_used, clippy::unwrap_used)]

use chrono::{DateTime, FixedOffset};
use iced::keyboard::{Key, key::Named};
use iced_test::Simulator;
use limber::audio::Audio;
use limber::clock::{Clock, ManualClock};
use limber::context::Context;
use limber::gui::screen::{program, summary};
use limber::gui::{App, Message};
use limber::history::{Status, Store};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

const SHORT: &str = r#"
format = 1
id = "aaa-test-short"
title = { en = "Test short", nl = "Test kort" }

[defaults]
get_ready = 5
rest = 5
countdown = 3

[[block]]
kind = "strength"
  [[block.exercise]]
  id = "plank"
  name = { en = "Front plank", nl = "Plank" }
  instructions = { en = "Elbows under shoulders.", nl = "Ellebogen onder de schouders." }
  duration = 20
  [[block.exercise]]
  id = "bridge"
  name = { en = "Bridge", nl = "Bruggetje" }
  reps = 10
"#;

fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(limber::gui::settings(), limber::gui::WINDOW, app.view())
}

/// A window tall enough to show a whole long screen (the simulator does not scroll).
fn tall_simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(limber::gui::settings(), (limber::gui::WINDOW.0, 6000.0), app.view())
}

/// Clicks the text `label` and feeds the resulting messages to the app at `now`.
fn click(app: &mut App, label: &str, now: Instant) {
    click_in(app, label, now, simulator);
}

fn click_in(
    app: &mut App,
    label: &str,
    now: Instant,
    simulator: for<'a> fn(&'a App) -> Simulator<'a, Message>,
) {
    let mut ui = simulator(app);
    if let Err(error) = ui.click(label) {
        panic!("cannot click {label:?}: {error:?}");
    }
    let messages: Vec<_> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    for message in messages {
        let _ = app.update_at(message, now);
    }
}

fn key(app: &mut App, key: Key, now: Instant) {
    let _ = app.update_at(Message::Key(key), now);
}

fn shows(app: &App, label: &str) -> bool {
    simulator(app).find(label).is_ok()
}

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a time")
}

/// The moment these tests run at: the screens show its date, whatever the real one.
fn test_now() -> DateTime<FixedOffset> {
    at("2026-11-25T10:30:00+01:00")
}

fn app_in(dir: &Path, lang: &str) -> App {
    app_at(dir, lang, &ManualClock::at(test_now()))
}

fn app_at(dir: &Path, lang: &str, clock: &ManualClock) -> App {
    let context =
        Context { data_dir: dir.to_owned(), lang: lang.to_owned(), clock: Arc::new(clock.clone()) };
    App::load_with_audio(context, |_| Audio::silent())
}

fn data_dir_with_short_program() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("programs")).expect("programs dir");
    std::fs::write(dir.path().join("programs/short.toml"), SHORT).expect("program file");
    dir
}

fn secs(t0: Instant, seconds: f64) -> Instant {
    t0 + Duration::from_secs_f64(seconds)
}

fn snapshot(app: &App, name: &str) {
    let mut ui = simulator(app);
    let snapshot = ui.snapshot(&app.theme()).expect("snapshot");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots").join(name);
    let matches = snapshot.matches_hash(&path).expect("snapshot hash");
    if !matches || std::env::var_os("LIMBER_SNAPSHOT_PNG").is_some() {
        let _ = std::fs::create_dir_all("target/snapshots");
        let _ = snapshot.matches_image(Path::new("target/snapshots").join(name));
    }
    assert!(
        matches,
        "screen {name} changed; see target/snapshots/{name}-*.png, delete tests/snapshots/{name}-*.sha256 if the change is intended"
    );
}

#[test]
fn a_whole_session_from_the_library_to_the_history() {
    let dir = data_dir_with_short_program();
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    assert!(shows(&app, "Your programs"));

    click(&mut app, "Test short", t0);
    assert!(shows(&app, "Front plank"), "the program screen lists its exercises");
    assert!(shows(&app, "10 reps"), "dosage as a physio writes it");
    click(&mut app, "4", t0); // pain before
    click(&mut app, "Start session", t0);
    assert!(shows(&app, "Get ready"));
    assert!(shows(&app, "0:05"), "the countdown starts at the get-ready time");

    let _ = app.update_at(Message::Tick, secs(t0, 2.0));
    assert!(shows(&app, "0:03"));
    key(&mut app, Key::Named(Named::Space), secs(t0, 2.0));
    assert!(shows(&app, "Paused"));
    // Paused time does not count: still 3 s left after a long pause.
    let _ = app.update_at(Message::Tick, secs(t0, 60.0));
    assert!(shows(&app, "0:03"));
    key(&mut app, Key::Named(Named::Space), secs(t0, 60.0));
    assert!(!shows(&app, "Paused"));

    key(&mut app, Key::Named(Named::ArrowRight), secs(t0, 61.0)); // skip get ready
    assert!(shows(&app, "Front plank"));
    assert!(shows(&app, "0:20"));
    let _ = app.update_at(Message::Tick, secs(t0, 71.0));
    assert!(shows(&app, "0:10"));
    // The plank ends at 81 s, the rest at 86 s; then the bridge waits for Done.
    let _ = app.update_at(Message::Tick, secs(t0, 87.0));
    assert!(shows(&app, "Bridge"));
    assert!(shows(&app, "10 reps"));
    click(&mut app, "Done", secs(t0, 100.0));

    assert!(shows(&app, "Well done! Session complete."));
    click(&mut app, "2", secs(t0, 101.0)); // pain after
    click(&mut app, "Save", secs(t0, 102.0));
    assert!(shows(&app, "History"));

    let store = Store::open(dir.path(), test_now()).expect("history").store;
    let sessions = store.sessions().expect("sessions");
    assert_eq!(sessions.len(), 1);
    let session = &sessions[0];
    assert_eq!(session.program_id, "aaa-test-short");
    assert_eq!(session.status, Status::Completed);
    assert_eq!(session.pain_before, Some(4));
    assert_eq!(session.pain_after, Some(2));
    let steps = store.steps(session.id).expect("steps");
    let work: Vec<_> = steps.iter().filter(|s| s.kind == "work").collect();
    assert_eq!(work.len(), 2);
    assert!(work.iter().all(|s| s.done));
    assert!(steps.iter().any(|s| s.kind == "prepare" && !s.done), "get ready was skipped");
}

#[test]
fn stopping_asks_first_and_keeps_a_partial_session() {
    let dir = data_dir_with_short_program();
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "Test short", t0);
    key(&mut app, Key::Named(Named::Enter), t0);
    let _ = app.update_at(Message::Tick, secs(t0, 8.0));
    key(&mut app, Key::Named(Named::Escape), secs(t0, 8.0));
    assert!(shows(&app, "Stop this session?"));
    key(&mut app, Key::Named(Named::Escape), secs(t0, 9.0));
    assert!(!shows(&app, "Stop this session?"), "Esc again keeps going");
    key(&mut app, Key::Named(Named::Escape), secs(t0, 9.0));
    key(&mut app, Key::Named(Named::Enter), secs(t0, 10.0));
    assert!(shows(&app, "Session stopped. Everything you did is saved."));
    // The history is written on a thread of its own: the end lands a moment later.
    let ended = eventually(|| {
        let store = Store::open(dir.path(), test_now()).expect("history").store;
        let sessions = store.sessions().expect("sessions");
        (sessions.len() == 1 && sessions[0].ended_at.is_some()).then(|| sessions[0].status)
    });
    assert_eq!(ended, Status::Partial);
}

/// What `check` gives, as soon as it gives something (within 10 s).
fn eventually<T>(check: impl Fn() -> Option<T>) -> T {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(Instant::now() < deadline, "it never happened");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Writes a completed session of the short program, started at `started_at`.
fn record_session(dir: &Path, started_at: DateTime<FixedOffset>) {
    use limber::history::NewSession;
    let store = Store::open(dir, started_at).expect("history").store;
    let id = store
        .begin_session(&NewSession {
            program_id: "aaa-test-short".into(),
            program_version: 1,
            program_hash: String::new(),
            title: "Test short".into(),
            started_at,
            planned_seconds: 35,
            sessions_per_week: None,
            pain_before: None,
            level: 1,
        })
        .expect("begin");
    store.finish(id, started_at, Status::Completed, 35).expect("finish");
}

#[test]
fn an_app_left_open_past_midnight_shows_the_new_day() {
    let dir = data_dir_with_short_program();
    // Sunday morning's session; the app is open late that evening.
    record_session(dir.path(), at("2026-11-29T10:00:00+01:00"));
    let clock = ManualClock::at(at("2026-11-29T23:59:00+01:00"));
    let mut app = app_at(dir.path(), "en", &clock);
    assert!(shows(&app, "Last done: today"));
    assert!(shows(&app, "This week: 1 of 3 sessions"));

    // Two minutes later it is Monday: a new week, and the session was yesterday.
    clock.advance(Duration::from_secs(120));
    let _ = app.update_at(Message::DayCheck, clock.instant());
    assert!(shows(&app, "Last done: yesterday"), "the library shows the new day");
    assert!(shows(&app, "This week: 0 of 3 sessions"));
    click(&mut app, "History", clock.instant());
    assert!(tall_simulator(&app).find("This week: 0 of 3 sessions").is_ok());
}

#[test]
fn a_session_across_midnight_counts_on_the_day_it_started() {
    let dir = data_dir_with_short_program();
    let clock = ManualClock::at(at("2026-11-29T23:59:50+01:00"));
    let mut app = app_at(dir.path(), "en", &clock);
    let t0 = clock.instant();
    click(&mut app, "Test short", t0);
    click(&mut app, "Start session", t0);
    // Get ready 5 s, plank 20 s, rest 5 s; the bridge waits for Done, after midnight.
    clock.advance(Duration::from_secs(31));
    let _ = app.update_at(Message::Tick, clock.instant());
    click(&mut app, "Done", clock.instant());
    click(&mut app, "Save", clock.instant());
    let store = Store::open(dir.path(), clock.wall()).expect("history").store;
    let session = &store.sessions().expect("sessions")[0];
    assert_eq!(session.started_at, at("2026-11-29T23:59:50+01:00"));
    assert!(session.ended_at.is_some_and(|end| end.date_naive() > session.started_at.date_naive()));
    // Counted on Monday it would be this week's first.
    assert!(tall_simulator(&app).find("This week: 0 of 3 sessions").is_ok());
    let _ = app.update_at(Message::Navigate(limber::gui::Tab::Library), clock.instant());
    assert!(shows(&app, "Last done: yesterday"));
}

#[test]
fn switching_the_language_changes_every_screen_and_is_saved() {
    let dir = data_dir_with_short_program();
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "Settings", t0);
    click(&mut app, "Nederlands", t0);
    assert!(shows(&app, "Instellingen"));
    click(&mut app, "Programma's", t0);
    assert!(shows(&app, "Je programma's"));
    assert!(shows(&app, "Test kort"), "program titles follow the language");
    let saved = std::fs::read_to_string(dir.path().join("settings.toml")).expect("settings");
    assert!(saved.contains("language = \"nl\""), "{saved}");
}

#[test]
fn importing_a_bad_file_shows_the_validator_errors_and_copies_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("from-my-physio.toml");
    std::fs::write(&bad, SHORT.replace("duration = 20", "duraton = 20")).expect("bad file");
    let mut app = app_in(dir.path(), "en");
    let _ = app.update_at(Message::FileDropped(bad.clone()), Instant::now());
    let expected = match limber::program::load(&bad) {
        Err(limber::program::LoadError::Invalid(diagnostics)) => diagnostics,
        other => panic!("the file should be invalid: {other:?}"),
    };
    assert!(!expected.is_empty());
    for diagnostic in &expected {
        assert!(shows(&app, &diagnostic.to_string()), "the error {diagnostic} is on screen");
    }
    assert!(!dir.path().join("programs/aaa-test-short.toml").exists());

    // A good file is copied into the user's programs and listed.
    let good = dir.path().join("good.toml");
    std::fs::write(&good, SHORT).expect("good file");
    let _ = app.update_at(Message::FileDropped(good), Instant::now());
    assert!(dir.path().join("programs/aaa-test-short.toml").exists());
    assert!(shows(&app, "Test short"));
}

#[test]
fn a_dutch_user_reads_the_validator_in_dutch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("van-mijn-fysio.toml");
    std::fs::write(&bad, SHORT.replace("duration = 20", "duraton = 20")).expect("bad file");
    let mut app = app_in(dir.path(), "nl");
    let _ = app.update_at(Message::FileDropped(bad.clone()), Instant::now());
    let Err(limber::program::LoadError::Invalid(diagnostics)) = limber::program::load(&bad) else {
        panic!("the file should be invalid");
    };
    let dutch = limber::i18n::I18n::new("nl");
    for diagnostic in &diagnostics {
        let line = diagnostic.to_line(&dutch);
        assert!(line.contains("onbekende sleutel `duraton`"), "{line}");
        assert!(shows(&app, &line), "the Dutch error {line} is on screen");
        assert!(!shows(&app, &diagnostic.to_string()), "and not the English one");
    }
}

#[test]
fn a_dutch_user_reads_why_the_history_was_set_aside_in_dutch() {
    let dir = tempfile::tempdir().expect("temp dir");
    let conn = rusqlite::Connection::open(dir.path().join("history.sqlite3")).expect("sqlite");
    conn.execute_batch("CREATE TABLE recipes (x); PRAGMA user_version = 42;").expect("tables");
    drop(conn);
    let app = app_in(dir.path(), "nl");
    let notices: Vec<&str> = app.notices().iter().map(|n| n.text.as_str()).collect();
    let notice = notices
        .iter()
        .find(|n| n.contains("nieuwere Limber"))
        .unwrap_or_else(|| panic!("no Dutch notice among {notices:?}"));
    assert!(notice.contains("databaseversie 42"), "{notice}");
    assert!(!notice.contains("was written by"), "{notice}");
    assert!(shows(&app, notice), "the notice is on screen");
}

#[test]
fn safety_rules_must_be_accepted_before_the_first_session() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("programs")).expect("programs dir");
    let with_rules = SHORT.replace(
        "title = { en = \"Test short\", nl = \"Test kort\" }",
        "title = { en = \"Test short\", nl = \"Test kort\" }\nstop_if = [{ en = \"Pain in the leg\", nl = \"Pijn in het been\" }]",
    );
    std::fs::write(dir.path().join("programs/short.toml"), with_rules).expect("program");
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "Test short", t0);
    assert!(shows(&app, "•  Pain in the leg"));
    key(&mut app, Key::Named(Named::Enter), t0);
    assert!(shows(&app, "Start session"), "Enter does not start before the rules are accepted");
    assert!(!shows(&app, "Get ready"));
    let _ = app.update_at(Message::Program(program::Message::Accept(true)), t0);
    key(&mut app, Key::Named(Named::Enter), t0);
    assert!(shows(&app, "Get ready"));
    // Accepted once per program version, remembered in the settings.
    let saved = std::fs::read_to_string(dir.path().join("settings.toml")).expect("settings");
    assert!(saved.contains("aaa-test-short"), "{saved}");
}

#[test]
fn a_pause_right_after_a_cue_clears_its_words_and_flash() {
    let dir = data_dir_with_short_program();
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "Test short", t0);
    click(&mut app, "Start session", t0);
    let _ = app.update_at(Message::Tick, secs(t0, 5.0)); // the plank starts
    let _ = app.update_at(Message::Tick, secs(t0, 15.0)); // halfway through its 20 s
    assert!(shows(&app, "Halfway"), "the cue's words show");
    let hashes = tempfile::tempdir().expect("temp dir");
    let same_as = |app: &App, name: &str| {
        let snapshot = simulator(app).snapshot(&app.theme()).expect("snapshot");
        // The first call keeps the hash under `name`, the next ones compare with it.
        snapshot.matches_hash(hashes.path().join(name)).expect("hash")
    };
    assert!(same_as(&app, "flashing"));
    key(&mut app, Key::Named(Named::Space), secs(t0, 15.1));
    assert!(shows(&app, "Paused"));
    assert!(!shows(&app, "Halfway"), "the paused screen keeps no cue's words");
    // Nothing redraws while paused: the screen must look now as it does without the cue.
    assert!(!same_as(&app, "flashing"));
    assert!(same_as(&app, "paused"));
    key(&mut app, Key::Named(Named::Space), secs(t0, 100.0));
    key(&mut app, Key::Named(Named::Space), secs(t0, 100.0));
    assert!(same_as(&app, "paused"), "the flash was gone at once");
}

#[test]
fn key_screens_look_as_they_did() {
    let dir = data_dir_with_short_program();
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    snapshot(&app, "library");
    click(&mut app, "Test short", t0);
    snapshot(&app, "program");
    click(&mut app, "Start session", t0);
    let _ = app.update_at(Message::Tick, secs(t0, 7.5));
    snapshot(&app, "session");
    key(&mut app, Key::Named(Named::Space), secs(t0, 8.0));
    snapshot(&app, "session-paused");
    key(&mut app, Key::Named(Named::Escape), secs(t0, 8.0));
    key(&mut app, Key::Named(Named::Enter), secs(t0, 8.0));
    snapshot(&app, "summary");
    let _ = app.update_at(Message::Summary(summary::Message::Save), secs(t0, 9.0));
    snapshot(&app, "history");
    click(&mut app, "Settings", t0);
    snapshot(&app, "settings");
}

#[test]
fn the_dutch_dark_session_screen_looks_as_it_did() {
    let dir = data_dir_with_short_program();
    std::fs::write(dir.path().join("settings.toml"), "theme = \"dark\"\nlanguage = \"nl\"\n")
        .expect("settings");
    let mut app = app_in(dir.path(), "nl");
    let t0 = Instant::now();
    click(&mut app, "Test kort", t0);
    click(&mut app, "Sessie starten", t0);
    let _ = app.update_at(Message::Tick, secs(t0, 16.0));
    assert!(shows(&app, "Plank"));
    snapshot(&app, "session-nl-dark");
}

#[test]
fn pauses_are_added_ended_and_checked_from_the_history_screen() {
    use limber::gui::screen::history;
    let dir = data_dir_with_short_program();
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "History", t0);
    let _ = app.update_at(Message::History(history::Message::PauseFrom("2026-13-01".into())), t0);
    click_in(&mut app, "Add pause", t0, tall_simulator);
    assert!(
        tall_simulator(&app)
            .find("“2026-13-01” is not a date; write it as YYYY-MM-DD, e.g. 2026-03-14.")
            .is_ok(),
        "a bad date is explained"
    );
    let store = || Store::open(dir.path(), test_now()).expect("history").store;
    assert!(store().pauses().expect("pauses").is_empty());

    let _ = app.update_at(Message::History(history::Message::PauseFrom("2026-11-20".into())), t0);
    click_in(&mut app, "Injured", t0, tall_simulator);
    click_in(&mut app, "Add pause", t0, tall_simulator);
    let pauses = store().pauses().expect("pauses");
    assert_eq!(pauses.len(), 1);
    assert_eq!(pauses[0].to, None, "open-ended until ended");
    assert_eq!(pauses[0].reason, limber::history::PauseReason::Injured);
    assert!(tall_simulator(&app).find("since 2026-11-20, still going").is_ok());

    click_in(&mut app, "End today", t0, tall_simulator);
    let pauses = store().pauses().expect("pauses");
    assert_eq!(pauses[0].to, chrono::NaiveDate::from_ymd_opt(2026, 11, 25));
    assert!(tall_simulator(&app).find("2026-11-20 to 2026-11-25").is_ok());
}

#[test]
fn a_dragged_slider_is_saved_when_let_go_not_at_every_step() {
    use limber::gui::screen::settings;
    let dir = data_dir_with_short_program();
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "Settings", t0);
    let saved = || std::fs::read_to_string(dir.path().join("settings.toml")).unwrap_or_default();
    for volume in [70, 55, 40] {
        let _ = app.update_at(Message::Settings(settings::Message::Volume(volume)), t0);
    }
    assert!(shows(&app, "40 %"), "the screen follows the drag");
    assert!(!saved().contains("volume = 40"), "nothing is written while dragging");
    let _ = app.update_at(Message::Settings(settings::Message::SliderReleased), t0);
    assert!(saved().contains("volume = 40"), "{}", saved());

    // Moved without a release (keyboard): saved on leaving the screen.
    let _ = app.update_at(Message::Settings(settings::Message::Volume(25)), t0);
    click(&mut app, "Programs", t0);
    assert!(saved().contains("volume = 25"), "{}", saved());
}

#[test]
fn a_long_history_is_listed_a_page_at_a_time() {
    use limber::history::NewSession;
    let dir = data_dir_with_short_program();
    {
        let store = Store::open(dir.path(), test_now()).expect("history").store;
        for day in 1..=40 {
            let started_at = chrono::DateTime::parse_from_rfc3339("2026-09-01T07:30:00+01:00")
                .expect("a time")
                + chrono::Duration::days(day);
            let id = store
                .begin_session(&NewSession {
                    program_id: "aaa-test-short".into(),
                    program_version: 1,
                    program_hash: String::new(),
                    title: "Test short".into(),
                    started_at,
                    planned_seconds: 35,
                    sessions_per_week: None,
                    pain_before: None,
                    level: 1,
                })
                .expect("begin");
            store.finish(id, started_at, Status::Completed, 35).expect("finish");
        }
    }
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "History", t0);
    let more = "Show older sessions (10 more)";
    assert!(tall_simulator(&app).find(more).is_ok());
    click_in(&mut app, more, t0, tall_simulator);
    assert!(tall_simulator(&app).find(more).is_err(), "all 40 are listed now");
}

const HOLDS_AND_ROUNDS: &str = r#"
format = 2
id = "aab-holds-rounds"
title = { en = "Holds and rounds", nl = "Houden en rondes" }
progression = { sessions = 1 }

[defaults]
get_ready = 5
rest = 5
relax = 2
round_rest = 10
countdown = 0

[[block]]
kind = "strength"
rounds = 2

  [[block.exercise]]
  id = "bird-dog"
  name = "Bird dog"
  reps = 2
  hold = 4
  sides = "alternate"

    [[block.exercise.level]]
    hold = 6

  [[block.exercise]]
  id = "bridge"
  name = "Bridge"
  reps = 3
  seconds_per_rep = 2
  sides = "alternate"
"#;

fn data_dir_with(program: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("programs")).expect("programs dir");
    std::fs::write(dir.path().join("programs/program.toml"), program).expect("program file");
    dir
}

/// Ticks every second from `from` to `to` (the app would be woken at least that often).
fn run_until(app: &mut App, t0: Instant, from: u32, to: u32) {
    for second in from..=to {
        let _ = app.update_at(Message::Tick, secs(t0, f64::from(second)));
    }
}

#[test]
fn a_hold_series_an_alternating_set_and_a_circuit_say_where_they_are() {
    let dir = data_dir_with(HOLDS_AND_ROUNDS);
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "Holds and rounds", t0);
    assert!(shows(&app, "2 holds of 4 s · alternating sides"), "the dose as a physio writes it");
    click(&mut app, "Start session", t0);
    // Get ready 5 s; then holds of 4 s, left and right in turn, 2 s to let go between.
    run_until(&mut app, t0, 1, 6);
    assert!(shows(&app, "Bird dog"));
    assert!(shows(&app, "left side · Hold 1 of 4 · Round 1 of 2 · Level 1 of 2"));
    run_until(&mut app, t0, 7, 10);
    assert!(shows(&app, "Let go"), "a relax step between two holds");
    run_until(&mut app, t0, 11, 12);
    assert!(shows(&app, "right side · Hold 2 of 4 · Round 1 of 2 · Level 1 of 2"));
    // Holds end at 27 s, rest 5 s; the bridge alternates sides every 2 s rep.
    run_until(&mut app, t0, 13, 33);
    assert!(shows(&app, "Bridge"));
    assert!(shows(&app, "left side · Rep 1 of 6 · Round 1 of 2 · Level 1 of 2"));
    run_until(&mut app, t0, 34, 35);
    assert!(shows(&app, "right side · Rep 2 of 6 · Round 1 of 2 · Level 1 of 2"));
    // The bridge ends at 44 s, the round rest at 54 s: round 2 begins, and says so.
    run_until(&mut app, t0, 36, 55);
    assert!(shows(&app, "left side · Hold 1 of 4 · Round 2 of 2 · Level 1 of 2"));
    assert!(shows(&app, "Round 2 of 2"), "the round's cue beside the badge");
}

/// A completed session of the holds program at `level`, with pain after and effort.
fn record_scored_session(dir: &Path, level: u32, pain_after: u8, effort: u8) {
    use limber::history::{Checkin, NewSession};
    let started_at = at("2026-11-24T18:00:00+01:00");
    let store = Store::open(dir, started_at).expect("history").store;
    let id = store
        .begin_session(&NewSession {
            program_id: "aab-holds-rounds".into(),
            program_version: 1,
            program_hash: String::new(),
            title: "Holds and rounds".into(),
            started_at,
            planned_seconds: 100,
            sessions_per_week: None,
            pain_before: Some(1),
            level,
        })
        .expect("begin");
    store.finish(id, started_at, Status::Completed, 100).expect("finish");
    let checkin = Checkin { pain_after: Some(pain_after), effort: Some(effort), note: None };
    store.set_checkin(id, &checkin).expect("check-in");
}

#[test]
fn a_level_suggestion_is_accepted_and_remembered() {
    let dir = data_dir_with(HOLDS_AND_ROUNDS);
    record_scored_session(dir.path(), 1, 1, 4);
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    assert!(shows(&app, "Level 1 of 2"), "the library card says the level");
    click(&mut app, "Holds and rounds", t0);
    let up = "Your last sessions at this level went well: you are ready for level 2. Limber \
              changes nothing by itself.";
    assert!(shows(&app, up));
    let level_one = app_plan_total(&app);
    click(&mut app, "Go to level 2", t0);
    assert!(!shows(&app, up), "accepted: the question is gone");
    assert!(app_plan_total(&app) > level_one, "the page plans level 2: longer holds");
    let saved = std::fs::read_to_string(dir.path().join("settings.toml")).expect("settings");
    assert!(saved.contains("aab-holds-rounds = 2"), "{saved}");
    // Opened again, it is at level 2.
    let _ = app.update_at(Message::Navigate(limber::gui::Tab::Library), t0);
    assert!(shows(&app, "Level 2 of 2"));
}

#[test]
fn a_declined_level_suggestion_stays_away_until_the_next_session() {
    let dir = data_dir_with(HOLDS_AND_ROUNDS);
    record_scored_session(dir.path(), 1, 1, 4);
    let mut app = app_in(dir.path(), "en");
    let t0 = Instant::now();
    click(&mut app, "Holds and rounds", t0);
    assert!(shows(&app, "Go to level 2"));
    click(&mut app, "Not now", t0);
    assert!(!shows(&app, "Go to level 2"));
    let _ = app.update_at(Message::Navigate(limber::gui::Tab::Library), t0);
    click(&mut app, "Holds and rounds", t0);
    assert!(!shows(&app, "Go to level 2"), "declined: not asked again yet");
    assert!(shows(&app, "Level"), "still level 1, and the user may pick another");
    let saved = std::fs::read_to_string(dir.path().join("settings.toml")).expect("settings");
    assert!(saved.contains("[declined_levels]"), "{saved}");
}

fn app_plan_total(app: &App) -> u32 {
    match app.screen() {
        limber::gui::Screen::Program(page) => page.plan.total_seconds,
        _ => panic!("not on a program page"),
    }
}
