//! The app's side of reminders: the systemd timer it sets up for the settings (on a thread
//! of its own: `systemctl` takes a moment), and how the timer on this computer compares with
//! them when the settings screen opens.

use crate::desktop::reminder::{self, Systemd};
use crate::gui::Message;
use crate::gui::screen::settings::ReminderStatus;
use crate::settings::{RemindWhen, Settings};
use chrono::NaiveDateTime;
use iced::Task;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

/// The reminder timer the app looks after.
pub struct Timer {
    /// Where the units go and the `systemctl` to run; `None` without a home folder.
    systemd: Option<Systemd>,
    /// The latest set-up asked for: an older one still waiting is skipped, so quick changes
    /// end with the last.
    latest: Arc<AtomicU64>,
    /// One set-up at a time.
    lock: Arc<Mutex<()>>,
}

impl Timer {
    /// The current user's timer.
    pub fn for_user() -> Self {
        Self::with(Systemd::for_user().ok())
    }

    /// A timer in `systemd.unit_dir`, set up with `systemd.systemctl`.
    pub fn with(systemd: Option<Systemd>) -> Self {
        Self { systemd, latest: Arc::new(AtomicU64::new(0)), lock: Arc::new(Mutex::new(())) }
    }

    /// Whether set-up number `number` is the latest asked for (only its outcome is shown).
    pub fn is_latest(&self, number: u64) -> bool {
        number == self.latest.load(Ordering::SeqCst)
    }

    /// How the timer on this computer compares with `settings` (with reminders off there is
    /// nothing to look at: `limber remind` stays silent then anyway).
    pub fn status(
        &self,
        settings: &Settings,
        data_dir: &Path,
        now: NaiveDateTime,
    ) -> ReminderStatus {
        if settings.reminders.when == RemindWhen::Off {
            return ReminderStatus::Off;
        }
        let Some(systemd) = &self.systemd else {
            return ReminderStatus::Failed(reminder::Error::NoHome.to_string());
        };
        match units(settings, data_dir) {
            Err(error) => ReminderStatus::Failed(error),
            Ok(units) => match systemd.status(units.as_ref()) {
                reminder::Status::Matches => set(settings, now),
                reminder::Status::Stale => ReminderStatus::Stale,
            },
        }
    }

    /// Sets the timer up for `settings` (or removes it) off the UI thread; the task ends with
    /// [`Message::RemindersSet`].
    pub fn set_up(&self, settings: &Settings, data_dir: &Path) -> Task<Message> {
        let number = self.latest.fetch_add(1, Ordering::SeqCst) + 1;
        let units = units(settings, data_dir);
        let systemd = self.systemd.clone().ok_or_else(|| reminder::Error::NoHome.to_string());
        let (latest, lock) = (self.latest.clone(), self.lock.clone());
        let (sender, receiver) = iced::futures::channel::oneshot::channel();
        std::thread::spawn(move || {
            let _one_at_a_time = lock.lock().unwrap_or_else(PoisonError::into_inner);
            // A newer set-up is on its way: it writes what the settings say now.
            if latest.load(Ordering::SeqCst) != number {
                return;
            }
            let result = systemd.and_then(|systemd| {
                units.and_then(|units| systemd.apply(units.as_ref()).map_err(|e| e.to_string()))
            });
            let _ = sender.send(result);
        });
        Task::perform(receiver, move |result| match result {
            Ok(result) => Message::RemindersSet(number, result),
            // Skipped for a newer one, which reports instead.
            Err(_) => Message::RemindersSet(0, Ok(())),
        })
    }
}

/// What the settings screen says of a timer set up as `settings` say, at `now`.
pub fn set(settings: &Settings, now: NaiveDateTime) -> ReminderStatus {
    match settings.reminders.when {
        RemindWhen::Off => ReminderStatus::Off,
        _ => ReminderStatus::Set { next: reminder::next_after(&settings.reminders, now) },
    }
}

/// The units for `settings`, running this very program on `data_dir`.
fn units(settings: &Settings, data_dir: &Path) -> Result<Option<reminder::Units>, String> {
    let exe: PathBuf =
        std::env::current_exe().map_err(|e| format!("cannot find Limber's own program: {e}"))?;
    reminder::units(&settings.reminders, &exe, data_dir).map_err(|e| e.to_string())
}
