//! The desktop parts of the app in the iced simulator: reminders chosen in the settings (the
//! app sets the timer up through a stand-in `systemctl`, off the UI thread), a program shared
//! as one file from its page, and the app opened on a file or a program (`limber FILE`,
//! `--program ID`) or given a bundle by drop. Run with `ICED_TEST_BACKEND=tiny-skia`, as
//! `make test` does, for stable snapshot hashes.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use chrono::{DateTime, FixedOffset};
use futures_lite::StreamExt;
use iced_test::Simulator;
use limber::audio::Audio;
use limber::clock::ManualClock;
use limber::context::Context;
use limber::desktop::reminder::{self, Systemd};
use limber::gui::screen::{program, settings};
use limber::gui::{App, Message, Screen, Start};
use limber::settings::{RemindWhen, Settings};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

const SHORT: &str = r#"
format = 1
id = "aaa-test-short"
title = { en = "Test short", nl = "Test kort" }
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "plank"
  name = { en = "Front plank", nl = "Plank" }
  duration = 20
"#;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).expect("a time")
}

/// Wednesday 25 November 2026, 10:30.
fn test_now() -> DateTime<FixedOffset> {
    at("2026-11-25T10:30:00+01:00")
}

fn data_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(dir.path().join("programs")).expect("programs dir");
    std::fs::write(dir.path().join("programs/short.toml"), SHORT).expect("program file");
    dir
}

fn app_in(dir: &Path) -> App {
    let clock = ManualClock::at(test_now());
    let context = Context { data_dir: dir.to_owned(), lang: "en".into(), clock: Arc::new(clock) };
    App::load_with_audio(context, |_| Audio::silent())
}

/// A stand-in `systemctl` that logs its arguments, and the units folder, in `dir`.
fn stand_in_systemd(dir: &Path) -> (Systemd, PathBuf) {
    let log = dir.join("systemctl.log");
    let script = dir.join("systemctl");
    std::fs::write(&script, format!("#!/bin/sh\necho \"$*\" >> '{}'\n", log.display())).unwrap();
    let mut permissions = std::fs::metadata(&script).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&script, permissions).unwrap();
    (Systemd { unit_dir: dir.join("units"), systemctl: script }, log)
}

/// A window tall enough to show the whole settings screen.
fn simulator(app: &App) -> Simulator<'_, Message> {
    Simulator::with_size(limber::gui::settings(), (limber::gui::WINDOW.0, 3000.0), app.view())
}

fn shows(app: &App, label: &str) -> bool {
    simulator(app).find(label).is_ok()
}

/// Runs `task` to its end and returns the messages it produced.
fn finish(task: iced::Task<Message>) -> Vec<Message> {
    let Some(stream) = iced_runtime::task::into_stream(task) else { return Vec::new() };
    async_io::block_on(stream.collect::<Vec<_>>())
        .into_iter()
        .filter_map(|action| match action {
            iced_runtime::Action::Output(message) => Some(message),
            _ => None,
        })
        .collect()
}

/// Clicks `label`, feeds the messages to the app, and carries out the tasks it returns (and
/// theirs) as the runtime would.
fn click(app: &mut App, label: &str) {
    let mut ui = simulator(app);
    if let Err(error) = ui.click(label) {
        panic!("cannot click {label:?}: {error:?}");
    }
    let messages: Vec<Message> = ui.into_messages().collect();
    assert!(!messages.is_empty(), "clicking {label:?} did nothing");
    for message in messages {
        send(app, message);
    }
}

fn send(app: &mut App, message: Message) {
    let mut queue = vec![message];
    while let Some(message) = queue.pop() {
        let task = app.update_at(message, Instant::now());
        queue.extend(finish(task));
    }
}

fn saved_settings(dir: &Path) -> Settings {
    Settings::load(dir).unwrap().settings
}

fn settings_status(app: &App) -> settings::ReminderStatus {
    let Screen::Settings(state) = app.screen() else { panic!("not on the settings screen") };
    state.reminder_status().clone()
}

#[test]
fn reminders_chosen_in_the_settings_set_up_the_timer() {
    let dir = data_dir();
    let (systemd, log) = stand_in_systemd(dir.path());
    let mut app = app_in(dir.path());
    app.set_reminder_timer(systemd.clone());
    click(&mut app, "Settings");
    assert_eq!(settings_status(&app), settings::ReminderStatus::Off);
    assert!(!shows(&app, "Mon"), "no days while reminders are off");

    click(&mut app, "On training days");
    assert_eq!(saved_settings(dir.path()).reminders.when, RemindWhen::Days);
    // Monday, Wednesday and Friday at 19:00 to begin with; today is Wednesday, 10:30.
    assert!(shows(&app, "Next reminder: Wednesday 25 November at 19:00"));
    let timer = std::fs::read_to_string(systemd.unit_dir.join(reminder::TIMER)).unwrap();
    assert!(timer.contains("OnCalendar=Mon,Wed,Fri *-*-* 19:00:00"), "{timer}");
    let service = std::fs::read_to_string(systemd.unit_dir.join(reminder::SERVICE)).unwrap();
    assert!(service.contains(&format!("\"--data-dir\" \"{}\" \"remind\"", dir.path().display())));

    // Wednesday off, and 07:15: the timer follows.
    click(&mut app, "Wed");
    send(&mut app, Message::Settings(settings::Message::RemindHour(settings::TwoDigits(7))));
    send(&mut app, Message::Settings(settings::Message::RemindMinute(settings::TwoDigits(15))));
    let timer = std::fs::read_to_string(systemd.unit_dir.join(reminder::TIMER)).unwrap();
    assert!(timer.contains("OnCalendar=Mon,Fri *-*-* 07:15:00"), "{timer}");
    assert!(shows(&app, "Next reminder: Friday 27 November at 07:15"));
    let saved = saved_settings(dir.path()).reminders;
    assert_eq!(
        (saved.days, saved.time.to_string()),
        ([true, false, false, false, true, false, false], "07:15:00".into())
    );

    click(&mut app, "When this week is behind");
    // 07:15 has passed today: tomorrow.
    assert!(shows(&app, "Next check: Thursday 26 November at 07:15"));
    let timer = std::fs::read_to_string(systemd.unit_dir.join(reminder::TIMER)).unwrap();
    assert!(timer.contains("OnCalendar=*-*-* 07:15:00"), "{timer}");

    click(&mut app, "Off");
    assert!(!systemd.unit_dir.join(reminder::TIMER).exists());
    assert!(!systemd.unit_dir.join(reminder::SERVICE).exists());
    assert_eq!(settings_status(&app), settings::ReminderStatus::Off);
    let asked = std::fs::read_to_string(log).unwrap();
    assert!(
        asked.ends_with("--user disable --now limber-reminder.timer\n--user daemon-reload\n"),
        "{asked}"
    );
}

#[test]
fn a_timer_that_does_not_match_the_settings_is_shown_and_set_up_again() {
    let dir = data_dir();
    let mut settings = Settings::default();
    settings.reminders.when = RemindWhen::Days;
    settings.save(dir.path()).unwrap();
    let (systemd, _log) = stand_in_systemd(dir.path());
    let mut app = app_in(dir.path());
    app.set_reminder_timer(systemd.clone());
    click(&mut app, "Settings");
    assert_eq!(settings_status(&app), settings::ReminderStatus::Stale);
    assert!(shows(
        &app,
        "The reminder timer on this computer does not match these settings (Limber was moved, or the timer removed)."
    ));
    click(&mut app, "Set up again");
    assert!(systemd.unit_dir.join(reminder::TIMER).exists());
    assert!(matches!(settings_status(&app), settings::ReminderStatus::Set { next: Some(_) }));
}

#[test]
fn a_failed_set_up_says_why() {
    let dir = data_dir();
    let systemd =
        Systemd { unit_dir: dir.path().join("units"), systemctl: dir.path().join("no-systemctl") };
    let mut app = app_in(dir.path());
    app.set_reminder_timer(systemd.clone());
    click(&mut app, "Settings");
    click(&mut app, "On training days");
    let settings::ReminderStatus::Failed(why) = settings_status(&app) else {
        panic!("{:?}", settings_status(&app))
    };
    assert!(why.contains("reminders need systemd's user services"), "{why}");
    assert!(shows(&app, "Set up again"));
    assert!(!systemd.unit_dir.join(reminder::TIMER).exists());
}

#[test]
fn the_settings_screen_with_reminders_looks_as_it_did() {
    let dir = data_dir();
    let (systemd, _log) = stand_in_systemd(dir.path());
    let mut app = app_in(dir.path());
    app.set_reminder_timer(systemd);
    click(&mut app, "Settings");
    click(&mut app, "On training days");
    let mut ui =
        Simulator::with_size(limber::gui::settings(), (limber::gui::WINDOW.0, 1500.0), app.view());
    let snapshot = ui.snapshot(&app.theme()).expect("snapshot");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/settings-reminders");
    let matches = snapshot.matches_hash(&path).expect("snapshot hash");
    if !matches || std::env::var_os("LIMBER_SNAPSHOT_PNG").is_some() {
        let _ = std::fs::create_dir_all("target/snapshots");
        let _ = snapshot.matches_image(Path::new("target/snapshots/settings-reminders"));
    }
    assert!(matches, "the settings screen changed; see target/snapshots/settings-reminders-*.png");
}

#[test]
fn share_as_file_writes_a_bundle_that_imports_again() {
    let dir = data_dir();
    let mut app = app_in(dir.path());
    click(&mut app, "Test short");
    assert!(shows(&app, "Share as file…"));
    // The save dialog's answer, typed without the extension.
    let out = dir.path().join("for-my-physio");
    send(&mut app, Message::Program(program::Message::ShareTo(Some(out.clone()))));
    let written = out.with_extension("limber");
    assert!(shows(
        &app,
        &format!(
            "Saved as {}: the program (it has no pictures of its own), one file to send.",
            written.display()
        )
    ));
    let other = tempfile::tempdir().unwrap();
    let imported = limber::desktop::import(&written, &other.path().join("programs")).unwrap();
    assert_eq!(imported.entry.program.id, "aaa-test-short");

    // A place that cannot be written: said on the page, nothing else happens.
    let nowhere = dir.path().join("programs/short.toml/inside.limber");
    send(&mut app, Message::Program(program::Message::ShareTo(Some(nowhere))));
    assert!(shows(&app, "Dismiss"));
    assert!(matches!(app.screen(), Screen::Program(_)));
}

#[test]
fn the_app_opens_on_a_file_or_a_program() {
    let dir = data_dir();
    let entry = limber::library::Entry::load(&dir.path().join("programs/short.toml")).unwrap();
    let bundle = dir.path().join("short.limber");
    limber::desktop::bundle::write(&entry, &bundle, test_now().naive_local(), false).unwrap();

    let other = data_dir();
    std::fs::remove_file(other.path().join("programs/short.toml")).unwrap();
    let mut app = app_in(other.path());
    let task = app.open(Start::Import(bundle.clone()));
    drop(finish(task));
    assert!(shows(&app, "Added “Test short” to your programs."));
    assert!(other.path().join("programs/aaa-test-short.toml").is_file());

    let mut app = app_in(dir.path());
    drop(finish(app.open(Start::Program("aaa-test-short".into()))));
    assert!(matches!(app.screen(), Screen::Program(_)));
    let mut app = app_in(dir.path());
    drop(finish(app.open(Start::Program("no-such-program".into()))));
    assert!(matches!(app.screen(), Screen::Library(_)));
    assert!(shows(&app, "There is no program “no-such-program” among your programs."));
}

#[test]
fn a_dropped_bundle_is_imported_and_a_hostile_one_refused() {
    let dir = data_dir();
    let mut app = app_in(dir.path());
    let evil = dir.path().join("evil.limber");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&evil).unwrap());
    zip.start_file("../../escape.toml", zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut zip, SHORT.as_bytes()).unwrap();
    zip.finish().unwrap();
    send(&mut app, Message::FileDropped(evil.clone()));
    assert!(shows(&app, &format!("{} is not a valid program file:", evil.display())));
    assert!(shows(
        &app,
        "the bundle holds `../../escape.toml`, a path outside the program's folder"
    ));
    assert!(!dir.path().join("escape.toml").exists());
    assert_eq!(std::fs::read_dir(dir.path().join("programs")).unwrap().count(), 1);
}
