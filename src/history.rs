//! The history: every session kept in a local SQLite database (`history.sqlite3` in the data
//! folder), with its steps, check-ins (pain, effort, a note) and pauses of the streaks.

// INTERFACE (being implemented): the GUI and the CLI call what is below.

use chrono::{DateTime, FixedOffset, NaiveDate};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The database file's name inside the data folder.
pub const FILE_NAME: &str = "history.sqlite3";

/// Why the history could not be read or written.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("history database {}: {message}", path.display())]
    Database { path: PathBuf, message: Arc<str> },
}

/// A session's row in this database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionId(pub i64);

/// How a session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Completed,
    /// Stopped early or with skipped work, or cut off (a crash): marked at the next start.
    Partial,
    /// Started but nothing was done.
    Abandoned,
}

/// What is known when a session starts.
#[derive(Debug, Clone, PartialEq)]
pub struct NewSession {
    pub program_id: String,
    pub program_version: u32,
    /// sha256 of the program file.
    pub program_hash: String,
    pub title: String,
    /// Local time with the UTC offset of that moment.
    pub started_at: DateTime<FixedOffset>,
    pub planned_seconds: u32,
    /// The program's `sessions_per_week` at the time, the weekly target of the streaks.
    pub sessions_per_week: Option<u32>,
    /// 0..=10.
    pub pain_before: Option<u8>,
}

/// One step's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRecord {
    /// Index in the plan.
    pub index: u32,
    /// prepare, work, switch, set-rest, rest.
    pub kind: String,
    pub exercise: Option<String>,
    pub set: u32,
    pub side: Option<String>,
    pub done: bool,
    pub seconds: u32,
}

/// The check-in after a session.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Checkin {
    /// 0..=10.
    pub pain_after: Option<u8>,
    /// 0..=10.
    pub effort: Option<u8>,
    pub note: Option<String>,
}

/// Why streaks were paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PauseReason {
    Ill,
    Injured,
    Holiday,
}

/// A period in which streaks are frozen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pause {
    pub id: i64,
    pub from: NaiveDate,
    /// `None` while it lasts.
    pub to: Option<NaiveDate>,
    pub reason: PauseReason,
}

/// A session as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct SessionRecord {
    pub id: SessionId,
    /// Stable across export and import.
    pub uid: String,
    pub program_id: String,
    pub program_version: u32,
    pub program_hash: String,
    pub title: String,
    pub started_at: DateTime<FixedOffset>,
    pub ended_at: Option<DateTime<FixedOffset>>,
    pub status: Status,
    pub planned_seconds: u32,
    pub active_seconds: u32,
    pub sessions_per_week: Option<u32>,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub effort: Option<u8>,
    pub note: Option<String>,
}

/// The open database.
#[derive(Debug)]
pub struct Store {}

/// An opened store and, when the old database had to be set aside, what the user must know.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub notice: Option<String>,
}

impl Store {
    /// Opens (or creates) `data_dir/history.sqlite3`.
    pub fn open(data_dir: &Path) -> Result<Opened, Error> {
        let _ = data_dir;
        todo!()
    }

    /// Writes a new session (status partial until [`Store::finish`]).
    pub fn begin_session(&self, session: &NewSession) -> Result<SessionId, Error> {
        let _ = session;
        todo!()
    }

    /// Records a finished step and updates the session's active seconds.
    pub fn record_step(&self, id: SessionId, step: &StepRecord) -> Result<(), Error> {
        let _ = (id, step);
        todo!()
    }

    /// Marks the session ended.
    pub fn finish(
        &self,
        id: SessionId,
        ended_at: DateTime<FixedOffset>,
        status: Status,
        active_seconds: u32,
    ) -> Result<(), Error> {
        let _ = (id, ended_at, status, active_seconds);
        todo!()
    }

    /// Stores the check-in after the session.
    pub fn set_checkin(&self, id: SessionId, checkin: &Checkin) -> Result<(), Error> {
        let _ = (id, checkin);
        todo!()
    }

    /// Every session, newest first.
    pub fn sessions(&self) -> Result<Vec<SessionRecord>, Error> {
        todo!()
    }

    /// The steps of one session, in the order they ended.
    pub fn steps(&self, id: SessionId) -> Result<Vec<StepRecord>, Error> {
        let _ = id;
        todo!()
    }

    /// Every pause, newest first.
    pub fn pauses(&self) -> Result<Vec<Pause>, Error> {
        todo!()
    }

    pub fn add_pause(
        &self,
        from: NaiveDate,
        to: Option<NaiveDate>,
        reason: PauseReason,
    ) -> Result<i64, Error> {
        let _ = (from, to, reason);
        todo!()
    }

    /// Ends an ongoing pause on `to`.
    pub fn end_pause(&self, id: i64, to: NaiveDate) -> Result<(), Error> {
        let _ = (id, to);
        todo!()
    }

    pub fn remove_pause(&self, id: i64) -> Result<(), Error> {
        let _ = id;
        todo!()
    }
}
