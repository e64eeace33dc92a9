//! `limber remind --now` on a real session bus (a private one from `dbus-run-session`), with
//! a notification server of our own on it that records every `Notify` call and answers
//! like a user would: the reminder must come with the right title, body and Start action,
//! Start must open the app, and nothing may come on a paused day or a day (or a week)
//! already done. Also the systemd units: written, checked by `systemd-analyze verify`, and
//! removed again, with a stand-in `systemctl` that records what Limber asked of it.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{Datelike, Duration as Days, Local, NaiveDate};
use limber::desktop::reminder::{self, Systemd};
use limber::history::{NewSession, Status, Store};
use limber::settings::{RemindWhen, Reminders, Settings};
use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use zbus::zvariant::OwnedValue;

const PROGRAM: &str = r#"
format = 1
id = "knee-week-1"
title = { en = "Knee, week 1", nl = "Knie, week 1" }
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "bridge"
  name = "Bridge"
  duration = 50
  sets = 2
"#;

/// One `Notify` call as the server saw it.
#[derive(Debug, Clone)]
struct Call {
    app_name: String,
    app_icon: String,
    summary: String,
    body: String,
    actions: Vec<String>,
    hints: HashMap<String, OwnedValue>,
}

/// A notification server that keeps what it is asked.
#[derive(Default)]
struct Recorder {
    calls: Arc<Mutex<Vec<Call>>>,
    closed: Arc<Mutex<Vec<u32>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Recorder {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut calls = self.calls.lock().unwrap();
        calls.push(Call { app_name, app_icon, summary, body, actions, hints });
        // Ids start at 41 so that a mix-up with "the first" would show.
        40 + calls.len() as u32
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["actions".into(), "body".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("recorder".into(), "limber tests".into(), "1".into(), "1.2".into())
    }

    fn close_notification(&self, id: u32) {
        self.closed.lock().unwrap().push(id);
    }
}

/// A private session bus with the recorder on it; both go away when this is dropped.
struct Bus {
    address: String,
    daemon: Child,
    keep_open: Option<ChildStdin>,
    connection: zbus::Connection,
    calls: Arc<Mutex<Vec<Call>>>,
    closed: Arc<Mutex<Vec<u32>>>,
}

impl Bus {
    fn start() -> Bus {
        // dbus-run-session runs the shell on a new bus; the shell prints the bus's address
        // and waits on its stdin, which closes when the test ends (even when it fails).
        let mut daemon = Command::new("dbus-run-session")
            .args(["--", "sh", "-c", "echo \"$DBUS_SESSION_BUS_ADDRESS\"; exec cat"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            // The bus's own chatter (it cannot raise its file limit in a container).
            .stderr(Stdio::null())
            .spawn()
            .expect(
                "dbus-run-session runs (apt-get install dbus-daemon, or scripts/setup.sh test)",
            );
        let mut line = String::new();
        BufReader::new(daemon.stdout.take().unwrap()).read_line(&mut line).unwrap();
        let address = line.trim().to_owned();
        assert!(address.starts_with("unix:"), "no bus address: {address:?}");
        let recorder = Recorder::default();
        let (calls, closed) = (recorder.calls.clone(), recorder.closed.clone());
        let connection = async_io::block_on(async {
            zbus::connection::Builder::address(address.as_str())
                .unwrap()
                .name("org.freedesktop.Notifications")
                .unwrap()
                .serve_at("/org/freedesktop/Notifications", recorder)
                .unwrap()
                .build()
                .await
                .unwrap()
        });
        let keep_open = daemon.stdin.take();
        Bus { address, daemon, keep_open, connection, calls, closed }
    }

    fn calls(&self) -> Vec<Call> {
        self.calls.lock().unwrap().clone()
    }

    /// Waits for the `n`-th call, then sends `signal` with `args` for its id as the user's
    /// answer.
    fn answer<B>(&self, n: usize, signal: &str, args: impl FnOnce(u32) -> B)
    where
        B: serde::Serialize + zbus::zvariant::DynamicType,
    {
        let until = Instant::now() + Duration::from_secs(20);
        while self.calls().len() < n {
            assert!(Instant::now() < until, "no notification came");
            std::thread::sleep(Duration::from_millis(20));
        }
        let id = 40 + n as u32;
        async_io::block_on(self.connection.emit_signal(
            None::<&str>,
            "/org/freedesktop/Notifications",
            "org.freedesktop.Notifications",
            signal,
            &args(id),
        ))
        .unwrap();
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        // The shell's `cat` ends, and dbus-run-session stops its bus before it exits (killed
        // instead, it would leave the bus running).
        drop(self.keep_open.take());
        let until = Instant::now() + Duration::from_secs(5);
        while matches!(self.daemon.try_wait(), Ok(None)) && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(10));
        }
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

fn today() -> NaiveDate {
    Local::now().date_naive()
}

/// A data folder with the program, reminders as given and a weekly target.
fn data_dir(when: RemindWhen, target: u32) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("programs")).unwrap();
    std::fs::write(dir.path().join("programs/knee.toml"), PROGRAM).unwrap();
    // Every day, so the test means the same on any day of the week.
    let reminders = Reminders { when, days: [true; 7], ..Reminders::default() };
    let settings = Settings { reminders, weekly_target: target, ..Settings::default() };
    settings.save(dir.path()).unwrap();
    dir
}

/// A completed session of the program on `day`.
fn done_on(data: &Path, day: NaiveDate) {
    let started =
        day.and_hms_opt(8, 0, 0).unwrap().and_local_timezone(Local).unwrap().fixed_offset();
    let store = Store::open(data, started).unwrap().store;
    let id = store
        .begin_session(&NewSession {
            program_id: "knee-week-1".into(),
            program_version: 1,
            program_hash: "test".into(),
            title: "Knee, week 1".into(),
            started_at: started,
            planned_seconds: 140,
            sessions_per_week: None,
            pain_before: None,
            level: 1,
        })
        .unwrap();
    store.finish(id, started + Days::minutes(3), Status::Completed, 130).unwrap();
}

/// Starts `limber --data-dir DATA ARGS...` on `bus`, outside systemd, without a display.
fn spawn(bus: &Bus, data: &Path, args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env_remove("LIMBER_DATA_DIR")
        .env_remove("INVOCATION_ID")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits at most 20 s for `child` to end.
fn finish(mut child: Child) -> Output {
    let until = Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > until {
            let _ = child.kill();
            panic!("limber remind did not end: {:?}", child.wait_with_output());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn string_hint(call: &Call, key: &str) -> Option<String> {
    call.hints.get(key).and_then(|v| String::try_from(v.try_clone().ok()?).ok())
}

#[test]
fn a_training_day_reminder_says_what_is_planned_and_start_opens_it() {
    let bus = Bus::start();
    let data = data_dir(RemindWhen::Days, 3);
    let remind = spawn(&bus, data.path(), &["--lang", "en", "remind", "--now"]);
    bus.answer(1, "ActionInvoked", |id| (id, "start"));
    let out = finish(remind);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let calls = bus.calls();
    assert_eq!(calls.len(), 1);
    let call = &calls[0];
    assert_eq!(call.app_name, "Limber");
    assert_eq!(call.app_icon, "nl.limber.Limber");
    assert_eq!(call.summary, "Today: Knee, week 1");
    // 10 s get ready + 50 + 30 + 50 s of the plan: 3 minutes.
    assert_eq!(call.body, "3 minutes. This week you have done 0 of 3.");
    assert_eq!(call.actions, ["default", "Start", "start", "Start"]);
    assert_eq!(string_hint(call, "desktop-entry").as_deref(), Some("nl.limber.Limber"));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("Reminder: Today: Knee, week 1"), "{stdout}");
    assert!(stdout.contains("Starting knee-week-1."), "{stdout}");
    assert_eq!(*bus.closed.lock().unwrap(), [41], "the answered notification is taken away");
}

#[test]
fn the_reminder_speaks_the_users_language_and_a_dismissal_starts_nothing() {
    let bus = Bus::start();
    let data = data_dir(RemindWhen::Days, 3);
    let remind = spawn(&bus, data.path(), &["--lang", "nl", "remind", "--now"]);
    bus.answer(1, "NotificationClosed", |id| (id, 2u32));
    let out = finish(remind);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let call = &bus.calls()[0];
    assert_eq!(call.summary, "Vandaag: Knie, week 1");
    assert_eq!(call.body, "3 minuten. Deze week heb je er 0 van de 3 gedaan.");
    assert_eq!(call.actions, ["default", "Starten", "start", "Starten"]);
    assert!(text(&out.stdout).contains("Dismissed."), "{}", text(&out.stdout));
    assert!(!text(&out.stdout).contains("Starting"));
}

#[test]
fn a_week_behind_its_target_is_reminded_of_it() {
    let bus = Bus::start();
    // 14 a week: behind from Monday evening on, with nothing done.
    let data = data_dir(RemindWhen::Behind, 14);
    let remind = spawn(&bus, data.path(), &["--lang", "en", "remind", "--now"]);
    bus.answer(1, "ActionInvoked", |id| (id, "default"));
    let out = finish(remind);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let call = &bus.calls()[0];
    assert_eq!(call.summary, "This week is behind: 0 of 14");
    assert_eq!(call.body, "Knee, week 1 takes 3 minutes; there is still time today.");
    assert!(text(&out.stdout).contains("Starting knee-week-1."));
}

/// Runs `remind --now` and checks that it says `why` and that no notification came.
fn silent(data: &Path, why: &str) -> Result<(), String> {
    let bus = Bus::start();
    let out = finish(spawn(&bus, data, &["--lang", "en", "remind", "--now"]));
    if out.status.code() != Some(0) {
        return Err(format!("exit {:?}: {}", out.status.code(), text(&out.stderr)));
    }
    if !text(&out.stdout).contains(why) {
        return Err(format!("expected {why:?}, got {}", text(&out.stdout)));
    }
    if !bus.calls().is_empty() {
        return Err(format!("a notification came: {:?}", bus.calls()));
    }
    Ok(())
}

/// Runs `check` for today, again on the new day if midnight passed meanwhile (the suite also
/// runs under faketime a minute before one).
fn on_one_day(check: impl Fn(NaiveDate) -> Result<(), String>) {
    for _ in 0..2 {
        let day = today();
        let result = check(day);
        if today() == day {
            return result.unwrap_or_else(|problem| panic!("{problem}"));
        }
    }
    panic!("the date kept changing");
}

#[test]
fn a_paused_day_stays_silent() {
    on_one_day(|day| {
        let data = data_dir(RemindWhen::Days, 3);
        let day = day.to_string();
        let paused = Command::new(env!("CARGO_BIN_EXE_limber"))
            .arg("--data-dir")
            .arg(data.path())
            .args(["pause", "--from", &day, "--to", &day, "--reason", "injured"])
            .output()
            .unwrap();
        assert!(paused.status.success(), "{}", text(&paused.stderr));
        silent(data.path(), "No reminder: today is in a pause.")
    });
}

#[test]
fn a_day_already_done_stays_silent() {
    on_one_day(|day| {
        let data = data_dir(RemindWhen::Days, 3);
        done_on(data.path(), day);
        silent(data.path(), "No reminder: a session is already done today.")
    });
}

#[test]
fn a_week_already_on_target_stays_silent() {
    on_one_day(|day| {
        // Earlier this week (on a Monday there is no earlier day, and nothing is due yet).
        let data = data_dir(RemindWhen::Behind, 1);
        if day.weekday() != chrono::Weekday::Mon {
            done_on(data.path(), day - Days::days(1));
        }
        silent(data.path(), "No reminder: this week is on track")
    });
}

#[test]
fn reminders_off_stay_silent() {
    let data = data_dir(RemindWhen::Off, 3);
    silent(data.path(), "No reminder: reminders are off").unwrap();
}

/// A stand-in `systemctl` that appends its arguments to a log, and fails when asked to.
fn fake_systemctl(dir: &Path, fail_on: Option<&str>) -> (PathBuf, PathBuf) {
    let log = dir.join("systemctl.log");
    let script = dir.join("systemctl");
    let failing = match fail_on {
        Some(word) => {
            format!("case \"$*\" in *{word}*) echo 'Failed to {word}: no' >&2; exit 1;; esac\n")
        }
        None => String::new(),
    };
    std::fs::write(
        &script,
        format!("#!/bin/sh\necho \"$*\" >> '{}'\n{failing}exit 0\n", log.display()),
    )
    .unwrap();
    let mut permissions = std::fs::metadata(&script).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&script, permissions).unwrap();
    (script, log)
}

fn training_days() -> Reminders {
    let mut days = [false; 7];
    days[0] = true;
    days[3] = true;
    Reminders {
        when: RemindWhen::Days,
        days,
        time: chrono::NaiveTime::from_hms_opt(18, 30, 0).unwrap(),
    }
}

#[test]
fn the_timer_is_set_up_checked_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let (systemctl, log) = fake_systemctl(dir.path(), None);
    let systemd = Systemd { unit_dir: dir.path().join("units"), systemctl };
    let exe = Path::new(env!("CARGO_BIN_EXE_limber"));
    let units = reminder::units(&training_days(), exe, Path::new("/home/me/.local/share/limber"))
        .unwrap()
        .unwrap();
    systemd.apply(Some(&units)).unwrap();
    assert_eq!(systemd.status(Some(&units)), reminder::Status::Matches);
    let timer = std::fs::read_to_string(systemd.unit_dir.join(reminder::TIMER)).unwrap();
    assert!(timer.contains("OnCalendar=Mon,Thu *-*-* 18:30:00"), "{timer}");

    // systemd's own checker reads both units (and finds the program to run).
    let verified = Command::new("systemd-analyze")
        .args(["verify", "--man=no"])
        .arg(systemd.unit_dir.join(reminder::TIMER))
        .arg(systemd.unit_dir.join(reminder::SERVICE))
        .output()
        .expect("systemd-analyze runs (apt-get install systemd, or scripts/setup.sh test)");
    assert!(
        verified.status.success() && text(&verified.stderr).trim().is_empty(),
        "systemd-analyze verify: {}",
        text(&verified.stderr)
    );
    let calendar = Command::new("systemd-analyze")
        .args(["calendar", "Mon,Thu *-*-* 18:30:00"])
        .output()
        .unwrap();
    assert!(calendar.status.success(), "{}", text(&calendar.stderr));

    // Another time: the timer is rewritten and restarted, so it takes the new time.
    let mut later = training_days();
    later.time = chrono::NaiveTime::from_hms_opt(7, 0, 0).unwrap();
    let moved = reminder::units(&later, exe, Path::new("/d")).unwrap().unwrap();
    assert_eq!(systemd.status(Some(&moved)), reminder::Status::Stale);
    systemd.apply(Some(&moved)).unwrap();
    assert_eq!(systemd.status(Some(&moved)), reminder::Status::Matches);

    systemd.apply(None).unwrap();
    assert_eq!(systemd.status(None), reminder::Status::Matches);
    assert!(!systemd.unit_dir.join(reminder::SERVICE).exists());
    assert!(!systemd.unit_dir.join(reminder::TIMER).exists());
    let asked = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        asked.lines().collect::<Vec<_>>(),
        [
            "--user daemon-reload",
            "--user enable limber-reminder.timer",
            "--user restart limber-reminder.timer",
            "--user daemon-reload",
            "--user enable limber-reminder.timer",
            "--user restart limber-reminder.timer",
            "--user disable --now limber-reminder.timer",
            "--user daemon-reload",
        ]
    );
}

#[test]
fn a_failed_set_up_leaves_no_timer_behind() {
    let dir = tempfile::tempdir().unwrap();
    let (systemctl, _log) = fake_systemctl(dir.path(), Some("enable"));
    let systemd = Systemd { unit_dir: dir.path().join("units"), systemctl };
    let units = reminder::units(&training_days(), Path::new("/usr/bin/limber"), Path::new("/d"))
        .unwrap()
        .unwrap();
    let error = systemd.apply(Some(&units)).unwrap_err();
    assert!(
        error.to_string().contains("`systemctl --user enable limber-reminder.timer` failed"),
        "{error}"
    );
    assert!(!systemd.unit_dir.join(reminder::SERVICE).exists());
    assert!(!systemd.unit_dir.join(reminder::TIMER).exists());

    let missing =
        Systemd { unit_dir: dir.path().join("units"), systemctl: dir.path().join("none") };
    let error = missing.apply(Some(&units)).unwrap_err();
    assert!(error.to_string().contains("reminders need systemd's user services"), "{error}");
    assert!(!missing.unit_dir.join(reminder::TIMER).exists());
}
