//! Reminders: whether one is due, what it says, and the systemd user timer that runs
//! `limber remind` at the chosen time (no Limber process waits in the background).
//!
//! The timer only wakes Limber up; [`decide`] then looks at the settings, the history and
//! the date it is given, and stays silent on a paused day, on a day that is already done,
//! and (for "when behind") in a week that is on track.

use crate::desktop::notify::Notification;
use crate::history::StatsInput;
use crate::i18n::I18n;
use crate::library::{Entry, Library};
use crate::settings::{RemindWhen, Reminders, Settings};
use crate::streaks;
use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;

/// The action key of "Start" in the notification (and `default`: a click on the
/// notification itself does the same).
pub const START: &str = "start";

/// The timer's and the service's unit names.
pub const TIMER: &str = "limber-reminder.timer";
/// See [`TIMER`].
pub const SERVICE: &str = "limber-reminder.service";

/// A reminder that is due: what it names and the figures it gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    /// Why it is due: a training day, or a week behind its target.
    pub when: RemindWhen,
    /// The program to do, and its title in the user's language.
    pub program_id: String,
    pub program_title: String,
    /// Its length with the user's get-ready time, in whole minutes (rounded up).
    pub minutes: u32,
    /// Completed sessions this week, and the week's target.
    pub done: u32,
    pub target: u32,
}

/// Why no reminder is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Silent {
    /// Reminders are off.
    Off,
    /// Training days were asked for, but none is ticked.
    NoDays,
    /// Today is not one of the training days.
    NotATrainingDay(Weekday),
    /// The reminder's time has not come yet today.
    NotYet(NaiveTime),
    /// Today is in a paused period (ill, injured, holiday).
    Paused,
    /// A day of this week is paused, so the week cannot be behind (streaks are frozen).
    PausedThisWeek,
    /// A session was completed today.
    DoneToday,
    /// This week is not behind its target.
    OnTrack { done: u32, target: u32 },
    /// There is no program to name (the library is empty).
    NoProgram,
}

impl fmt::Display for Silent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Off => write!(f, "reminders are off (Settings › Reminders)"),
            Self::NoDays => write!(f, "no training day is chosen (Settings › Reminders)"),
            Self::NotATrainingDay(day) => write!(f, "{day} is not a training day"),
            Self::NotYet(at) => write!(f, "it is not {} yet", at.format("%H:%M")),
            Self::Paused => write!(f, "today is in a pause"),
            Self::PausedThisWeek => write!(f, "this week has a pause, so it cannot fall behind"),
            Self::DoneToday => write!(f, "a session is already done today"),
            Self::OnTrack { done, target } => {
                write!(f, "this week is on track ({done} of {target} done)")
            }
            Self::NoProgram => write!(f, "there is no program to suggest"),
        }
    }
}

/// Whether a reminder is due at `now` (local time), and what it says. `at_once` leaves out
/// the time of day (`limber remind --now`); everything else is checked as always: the
/// training days, a pause today, a session done today and, for "when behind", the week.
///
/// "Behind" means fewer completed sessions than the target spread evenly over the week up
/// to today (rounded down): with 3 a week, 1 by Wednesday, 2 by Friday, 3 by Sunday.
pub fn decide(
    settings: &Settings,
    input: &StatsInput,
    library: &Library,
    lang: &str,
    now: NaiveDateTime,
    at_once: bool,
) -> Result<Due, Silent> {
    let reminders = &settings.reminders;
    let today = now.date();
    match reminders.when {
        RemindWhen::Off => return Err(Silent::Off),
        RemindWhen::Days if !reminders.days.iter().any(|on| *on) => return Err(Silent::NoDays),
        RemindWhen::Days if !reminders.on(today.weekday()) => {
            return Err(Silent::NotATrainingDay(today.weekday()));
        }
        _ => {}
    }
    if !at_once && now.time() < reminders.time {
        return Err(Silent::NotYet(reminders.time));
    }
    let stats = input.stats(today, None, settings.weekly_target);
    if stats.paused_today {
        return Err(Silent::Paused);
    }
    if input.entries.iter().any(|e| e.completed && e.date == today) {
        return Err(Silent::DoneToday);
    }
    let (done, target) = (stats.this_week, stats.weekly_target);
    if reminders.when == RemindWhen::Behind {
        let monday = streaks::monday(today);
        if input.paused.iter().any(|p| p.from <= today && p.to >= monday) {
            return Err(Silent::PausedThisWeek);
        }
        let days_so_far = today.weekday().number_from_monday();
        if done >= target * days_so_far / 7 {
            return Err(Silent::OnTrack { done, target });
        }
    }
    let entry = program_to_suggest(input, library).ok_or(Silent::NoProgram)?;
    // The level the next session of it is done at, as its page would plan it.
    let level = crate::progression::standings([&entry.program], &input.entries, settings)
        .get(&entry.program.id)
        .map_or(1, |standing| standing.level);
    Ok(Due {
        when: reminders.when,
        program_id: entry.program.id.clone(),
        program_title: entry.program.title.get(lang).to_owned(),
        minutes: entry.total_seconds(settings.get_ready, level).div_ceil(60),
        done,
        target,
    })
}

/// The program of the most recent session that is still in the library, else the first
/// one listed.
fn program_to_suggest<'l>(input: &StatsInput, library: &'l Library) -> Option<&'l Entry> {
    input
        .entries
        .iter()
        .rev()
        .find_map(|session| library.find(&session.program_id))
        .or_else(|| library.entries.first())
}

impl Due {
    /// The notification, in the user's language, with its Start action.
    pub fn notification(&self, i18n: &I18n) -> Notification {
        let args = [
            ("program", self.program_title.clone().into()),
            ("minutes", self.minutes.into()),
            ("done", self.done.into()),
            ("target", self.target.into()),
        ];
        let (summary, body) = match self.when {
            RemindWhen::Behind => ("reminder-title-behind", "reminder-body-behind"),
            _ => ("reminder-title-day", "reminder-body-day"),
        };
        let start = i18n.tr("reminder-start");
        Notification {
            summary: i18n.tr_args(summary, &args),
            body: i18n.tr_args(body, &args),
            actions: vec![("default".into(), start.clone()), (START.into(), start)],
        }
    }
}

/// The next moment after `now` that the timer wakes Limber, if reminders are on.
pub fn next_after(reminders: &Reminders, now: NaiveDateTime) -> Option<NaiveDateTime> {
    let wanted = |day: NaiveDate| match reminders.when {
        RemindWhen::Off => false,
        RemindWhen::Days => reminders.on(day.weekday()),
        RemindWhen::Behind => true,
    };
    (0..=7)
        .filter_map(|n| now.date().checked_add_days(Days::new(n)))
        .filter(|day| wanted(*day))
        .map(|day| day.and_time(reminders.time))
        .find(|moment| *moment > now)
}

/// systemd's calendar expression for `reminders` (`Mon,Wed,Fri *-*-* 18:30:00`), if on.
pub fn on_calendar(reminders: &Reminders) -> Option<String> {
    let time = reminders.time.format("%H:%M:00");
    match reminders.when {
        RemindWhen::Off => None,
        RemindWhen::Behind => Some(format!("*-*-* {time}")),
        RemindWhen::Days => {
            let days: Vec<String> =
                WEEK.iter().filter(|day| reminders.on(**day)).map(|day| day.to_string()).collect();
            (!days.is_empty()).then(|| format!("{} *-*-* {time}", days.join(",")))
        }
    }
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// The two unit files of the reminder timer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Units {
    pub service: String,
    pub timer: String,
}

/// Why the timer could not be set up or removed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("no home folder found, so there is nowhere to put the reminder timer")]
    NoHome,
    #[error("the path {0} cannot be written in a systemd unit; move Limber or its data folder")]
    Path(String),
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: Arc<io::Error> },
    #[error(
        "reminders need systemd's user services, and `systemctl` cannot be run here ({detail})"
    )]
    NoSystemd { detail: String },
    #[error("`systemctl --user {command}` failed: {detail}")]
    Systemctl { command: String, detail: String },
}

/// The units that run `exe --data-dir DATA_DIR remind` at the reminders' times; `None` when
/// reminders are off or no day is ticked.
pub fn units(reminders: &Reminders, exe: &Path, data_dir: &Path) -> Result<Option<Units>, Error> {
    let Some(calendar) = on_calendar(reminders) else { return Ok(None) };
    let exe_text = unit_text(exe)?;
    let command = [exe_text.as_str(), "--data-dir", &unit_text(data_dir)?, "remind"]
        .iter()
        .map(|arg| exec_arg(arg))
        .collect::<Vec<_>>()
        .join(" ");
    let service = format!(
        "# Written by Limber (Settings › Reminders), which rewrites or removes it.\n\
         [Unit]\n\
         Description=Limber training reminder\n\
         # Limber uninstalled or moved: nothing to run, and nothing fails.\n\
         ConditionFileIsExecutable={}\n\
         \n\
         [Service]\n\
         Type=exec\n\
         ExecStart={command}\n",
        exe_text.replace('%', "%%")
    );
    let timer = format!(
        "# Written by Limber (Settings › Reminders), which rewrites or removes it.\n\
         [Unit]\n\
         Description=Limber training reminder ({calendar})\n\
         \n\
         [Timer]\n\
         OnCalendar={calendar}\n\
         # Missed while the computer was off or you were logged out: at the next chance\n\
         # (Limber then checks the day and the time itself).\n\
         Persistent=true\n\
         AccuracySec=1min\n\
         \n\
         [Install]\n\
         WantedBy=timers.target\n"
    );
    Ok(Some(Units { service, timer }))
}

/// A path as unit files may hold it: UTF-8, absolute, on one line.
fn unit_text(path: &Path) -> Result<String, Error> {
    let text = path.to_str().ok_or_else(|| Error::Path(path.display().to_string()))?;
    if !path.is_absolute() || text.contains(['\n', '\r']) || text.trim() != text {
        return Err(Error::Path(text.escape_debug().to_string()));
    }
    Ok(text.to_owned())
}

/// One argument of `ExecStart=`, quoted so that spaces, quotes, `%` specifiers and `$`
/// variables stay literal.
fn exec_arg(arg: &str) -> String {
    let escaped =
        arg.replace('\\', "\\\\").replace('"', "\\\"").replace('%', "%%").replace('$', "$$");
    format!("\"{escaped}\"")
}

/// The user's systemd: where user units live and the `systemctl` to run.
#[derive(Debug, Clone)]
pub struct Systemd {
    /// `~/.config/systemd/user` (or under `$XDG_CONFIG_HOME`).
    pub unit_dir: PathBuf,
    /// `systemctl`, looked up on `PATH`.
    pub systemctl: PathBuf,
}

/// How the timer on this computer compares with the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// As the settings say (set up, or absent when they are off).
    Matches,
    /// Missing, left over, or different (Limber moved, the files were edited).
    Stale,
}

impl Systemd {
    /// The current user's.
    pub fn for_user() -> Result<Self, Error> {
        let base = directories::BaseDirs::new().ok_or(Error::NoHome)?;
        Ok(Self {
            unit_dir: base.config_dir().join("systemd").join("user"),
            systemctl: PathBuf::from("systemctl"),
        })
    }

    /// Sets the timer up as `units` say, or removes it for `None`. A failed set-up leaves
    /// no unit files behind.
    pub fn apply(&self, units: Option<&Units>) -> Result<(), Error> {
        match units {
            Some(units) => self.install(units),
            None => self.remove(),
        }
    }

    /// Whether the files on disk are `expected`.
    pub fn status(&self, expected: Option<&Units>) -> Status {
        let read = |name: &str| std::fs::read_to_string(self.unit_dir.join(name)).ok();
        let installed = match (read(SERVICE), read(TIMER)) {
            (Some(service), Some(timer)) => Some(Units { service, timer }),
            (None, None) => None,
            _ => return Status::Stale,
        };
        if installed.as_ref() == expected { Status::Matches } else { Status::Stale }
    }

    fn install(&self, units: &Units) -> Result<(), Error> {
        let write = |name: &str, text: &str| {
            let path = self.unit_dir.join(name);
            crate::settings::write_atomically(&path, text.as_bytes())
                .map_err(|e| Error::Write { path, source: Arc::new(e) })
        };
        let result = write(SERVICE, &units.service)
            .and_then(|()| write(TIMER, &units.timer))
            .and_then(|()| self.systemctl(&["daemon-reload"]))
            .and_then(|()| self.systemctl(&["enable", TIMER]))
            // A timer already running keeps its old time until restarted.
            .and_then(|()| self.systemctl(&["restart", TIMER]));
        if result.is_err() {
            let _ = self.systemctl(&["disable", "--now", TIMER]);
            self.remove_files();
            let _ = self.systemctl(&["daemon-reload"]);
        }
        result
    }

    fn remove(&self) -> Result<(), Error> {
        let present = [SERVICE, TIMER].iter().any(|name| self.unit_dir.join(name).exists());
        if !present {
            return Ok(());
        }
        // Without a running systemd there is no timer to stop: the files are all there is.
        let stopped = self.systemctl(&["disable", "--now", TIMER]);
        self.remove_files();
        let reloaded = self.systemctl(&["daemon-reload"]);
        match (stopped, reloaded) {
            (Err(Error::NoSystemd { .. }), _) | (Ok(()), Ok(())) => Ok(()),
            (Err(error), _) | (_, Err(error)) => Err(error),
        }
    }

    fn remove_files(&self) {
        let wants = self.unit_dir.join("timers.target.wants").join(TIMER);
        for path in [self.unit_dir.join(SERVICE), self.unit_dir.join(TIMER), wants] {
            let _ = std::fs::remove_file(path);
        }
    }

    fn systemctl(&self, args: &[&str]) -> Result<(), Error> {
        let output = Command::new(&self.systemctl)
            .arg("--user")
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| Error::NoSystemd { detail: e.to_string() })?;
        if output.status.success() {
            return Ok(());
        }
        let said = String::from_utf8_lossy(&output.stderr).trim().to_owned();
        let detail = if said.is_empty() { output.status.to_string() } else { said };
        // No user manager to talk to: systemd is not what runs this session.
        if detail.contains("Failed to connect to bus")
            || detail.contains("$DBUS_SESSION_BUS_ADDRESS")
        {
            return Err(Error::NoSystemd { detail });
        }
        Err(Error::Systemctl { command: args.join(" "), detail })
    }
}

/// Opens Limber on `program_id` (what "Start" does), detached from this process: started
/// by the systemd timer, in a scope of its own, so that the app lives on when the reminder
/// service ends.
pub fn start_app(exe: &Path, data_dir: &Path, program_id: &str) -> io::Result<()> {
    use std::os::unix::process::CommandExt;
    let app_args = [
        exe.as_os_str(),
        "--data-dir".as_ref(),
        data_dir.as_os_str(),
        "--program".as_ref(),
        program_id.as_ref(),
    ];
    let under_systemd = std::env::var_os("INVOCATION_ID").is_some();
    let mut command = if under_systemd {
        let mut command = Command::new("systemd-run");
        command.args(["--user", "--scope", "--quiet", "--"]).args(app_args);
        command
    } else {
        let mut command = Command::new(exe);
        command.args(&app_args[1..]);
        command
    };
    command.stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::null()).process_group(0);
    match command.spawn() {
        Ok(_) => Ok(()),
        Err(error) if under_systemd && error.kind() == io::ErrorKind::NotFound => {
            // No systemd-run: the app stays in the service, which then lasts as long as it.
            Command::new(exe).args(&app_args[1..]).stdin(Stdio::null()).status().map(|_| ())
        }
        Err(error) => Err(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::StatsInput;
    use crate::streaks::{Entry as Session, Paused};

    const PROGRAM: &str = r#"
format = 1
id = "knee"
title = { en = "Knee", nl = "Knie" }
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "bridge"
  name = "Bridge"
  duration = 50
  sets = 2
"#;

    fn library() -> Library {
        Library::with_builtins(&[("knee", PROGRAM)], Path::new("/nonexistent"))
    }

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
    }

    fn session(date: &str, completed: bool) -> Session {
        Session {
            program_id: "knee".into(),
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap(),
            completed,
            active_seconds: 600,
            pain_before: None,
            pain_after: None,
            effort: None,
            level: 1,
        }
    }

    fn days(when: RemindWhen, days: &[Weekday], time: &str) -> Settings {
        let mut on = [false; 7];
        for day in days {
            on[day.num_days_from_monday() as usize] = true;
        }
        let reminders =
            Reminders { when, days: on, time: NaiveTime::parse_from_str(time, "%H:%M").unwrap() };
        Settings { reminders, weekly_target: 3, ..Settings::default() }
    }

    fn input(entries: Vec<Session>, paused: Vec<Paused>) -> StatsInput {
        StatsInput { entries, paused, ..StatsInput::default() }
    }

    #[test]
    fn a_training_day_reminds_at_its_time_with_what_is_planned() {
        let settings = days(RemindWhen::Days, &[Weekday::Mon, Weekday::Wed], "18:30");
        let history = input(vec![session("2026-11-30", true)], vec![]);
        // Wednesday 2 December 2026.
        let due = decide(&settings, &history, &library(), "nl", at("2026-12-02 18:30"), false);
        let due = due.unwrap();
        assert_eq!(due.program_id, "knee");
        assert_eq!(due.program_title, "Knie");
        // 10 s get ready + 50 + 30 + 50 = 140 s: 3 minutes.
        assert_eq!((due.minutes, due.done, due.target), (3, 1, 3));
        let early = decide(&settings, &history, &library(), "nl", at("2026-12-02 18:29"), false);
        assert_eq!(early, Err(Silent::NotYet(NaiveTime::from_hms_opt(18, 30, 0).unwrap())));
        let at_once = decide(&settings, &history, &library(), "nl", at("2026-12-02 08:00"), true);
        assert!(at_once.is_ok());
        let tuesday = decide(&settings, &history, &library(), "en", at("2026-12-01 19:00"), true);
        assert_eq!(tuesday, Err(Silent::NotATrainingDay(Weekday::Tue)));
    }

    #[test]
    fn a_paused_day_and_a_day_already_done_stay_silent() {
        let settings = days(RemindWhen::Days, &[Weekday::Wed], "18:30");
        let wednesday = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        let ill = Paused { from: wednesday, to: wednesday };
        let paused = input(vec![], vec![ill]);
        let now = at("2026-12-02 19:00");
        assert_eq!(decide(&settings, &paused, &library(), "en", now, false), Err(Silent::Paused));
        let done = input(vec![session("2026-12-02", true)], vec![]);
        assert_eq!(decide(&settings, &done, &library(), "en", now, false), Err(Silent::DoneToday));
        // A stopped session is not a day done.
        let partial = input(vec![session("2026-12-02", false)], vec![]);
        assert!(decide(&settings, &partial, &library(), "en", now, false).is_ok());
    }

    #[test]
    fn behind_means_below_the_target_spread_over_the_week() {
        let settings = days(RemindWhen::Behind, &[], "19:00");
        let none = input(vec![], vec![]);
        let one = input(vec![session("2026-11-30", true)], vec![]);
        let check = |history: &StatsInput, day: &str| {
            decide(&settings, history, &library(), "en", at(&format!("{day} 19:00")), false)
        };
        // Week of Monday 30 November 2026, 3 a week: 1 expected by Wednesday, 2 by Friday.
        assert_eq!(check(&none, "2026-12-01"), Err(Silent::OnTrack { done: 0, target: 3 }));
        assert!(check(&none, "2026-12-02").is_ok());
        assert_eq!(check(&one, "2026-12-03"), Err(Silent::OnTrack { done: 1, target: 3 }));
        let due = check(&one, "2026-12-04").unwrap();
        assert_eq!((due.when, due.done, due.target), (RemindWhen::Behind, 1, 3));
        // A pause earlier in the week freezes it: nothing to catch up.
        let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let paused = input(vec![], vec![Paused { from: monday, to: monday }]);
        assert_eq!(check(&paused, "2026-12-04"), Err(Silent::PausedThisWeek));
    }

    #[test]
    fn the_program_named_is_the_last_one_done() {
        let other = PROGRAM.replace("\"knee\"", "\"back\"").replace("Knee", "Back");
        let library =
            Library::with_builtins(&[("back", &other), ("knee", PROGRAM)], Path::new("/none"));
        let settings = days(RemindWhen::Days, &[Weekday::Wed], "18:30");
        let history = input(vec![session("2026-11-30", true)], vec![]);
        let due = decide(&settings, &history, &library, "en", at("2026-12-02 18:30"), false);
        assert_eq!(due.unwrap().program_id, "knee");
        let due = decide(
            &settings,
            &input(vec![], vec![]),
            &library,
            "en",
            at("2026-12-02 18:30"),
            false,
        );
        assert_eq!(due.unwrap().program_id, "back");
    }

    #[test]
    fn the_next_reminder_and_the_calendar_follow_the_days() {
        let settings = days(RemindWhen::Days, &[Weekday::Mon, Weekday::Fri], "07:15");
        let r = &settings.reminders;
        assert_eq!(on_calendar(r).as_deref(), Some("Mon,Fri *-*-* 07:15:00"));
        assert_eq!(next_after(r, at("2026-12-02 10:00")), Some(at("2026-12-04 07:15")));
        assert_eq!(next_after(r, at("2026-12-04 07:14")), Some(at("2026-12-04 07:15")));
        assert_eq!(next_after(r, at("2026-12-04 07:15")), Some(at("2026-12-07 07:15")));
        let behind = days(RemindWhen::Behind, &[], "19:00");
        assert_eq!(on_calendar(&behind.reminders).as_deref(), Some("*-*-* 19:00:00"));
        assert_eq!(
            next_after(&behind.reminders, at("2026-12-31 20:00")),
            Some(at("2027-01-01 19:00"))
        );
        let none = days(RemindWhen::Days, &[], "19:00");
        assert_eq!(on_calendar(&none.reminders), None);
        assert_eq!(next_after(&none.reminders, at("2026-12-31 20:00")), None);
        assert_eq!(next_after(&Reminders::default(), at("2026-12-31 20:00")), None);
    }

    #[test]
    fn unit_files_keep_odd_paths_literal() {
        let settings = days(RemindWhen::Days, &[Weekday::Tue], "18:00");
        let exe = Path::new("/home/a b/100%/$HOME/li\"mber");
        let units = units(&settings.reminders, exe, Path::new("/data")).unwrap().unwrap();
        assert!(
            units.service.contains(
                r#"ExecStart="/home/a b/100%%/$$HOME/li\"mber" "--data-dir" "/data" "remind""#
            ),
            "{}",
            units.service
        );
        assert!(units.service.contains("ConditionFileIsExecutable=/home/a b/100%%/$HOME/li\"mber"));
        assert!(units.timer.contains("OnCalendar=Tue *-*-* 18:00:00\n"));
        assert!(units.timer.contains("Persistent=true"));
        assert!(matches!(
            super::units(&settings.reminders, Path::new("/a\nb"), Path::new("/d")),
            Err(Error::Path(_))
        ));
        assert!(matches!(
            super::units(&settings.reminders, Path::new("relative/limber"), Path::new("/d")),
            Err(Error::Path(_))
        ));
        let off = Reminders::default();
        assert_eq!(super::units(&off, exe, Path::new("/data")).unwrap(), None);
    }
}
