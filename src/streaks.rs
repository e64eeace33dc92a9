//! Streaks and stats from the history, as of a given `today` (never the clock).

// INTERFACE (being implemented).

use chrono::NaiveDate;

/// A session as the streaks see it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub program_id: String,
    /// The session's date in the UTC offset recorded with it.
    pub date: NaiveDate,
    pub completed: bool,
    pub active_seconds: u32,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub effort: Option<u8>,
}

/// Days on which streaks are frozen (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paused {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

/// A current and a longest run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Streak {
    pub current: u32,
    pub longest: u32,
}

/// Everything computed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Stats {
    pub sessions: u32,
    pub completed: u32,
    pub day_streak: Streak,
    pub week_streak: Streak,
    pub weekly_target: u32,
    /// Completed sessions in today's ISO week.
    pub this_week: u32,
}

/// The stats of `entries` as of `today`.
pub fn stats(entries: &[Entry], paused: &[Paused], today: NaiveDate, weekly_target: u32) -> Stats {
    let _ = (entries, paused, today, weekly_target);
    todo!()
}
