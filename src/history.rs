//! The history: every session kept in a local SQLite database (`history.sqlite3` in the data
//! folder), with its steps, check-ins (pain, effort, a note) and pauses of the streaks.
//!
//! Durability: WAL, `synchronous = FULL`, one immediate transaction per write. A session is
//! written when it starts and after every step, so a crash loses at most the step in
//! progress; a session whose process is gone stays partial and gets its last step's time as
//! its end the next time a Limber opens the store. Nothing read from the file is trusted: a
//! bad row is skipped with a message ([`Skipped`]), and a database that cannot be read, or
//! was written by a newer Limber, is renamed aside (never deleted) and a fresh one started.

mod decode;
mod exchange;
mod live;
mod recover;
mod schema;

pub use exchange::{
    Document, ExportedPause, ExportedSession, ExportedStep, FORMAT, ImportSummary, sessions_json,
    skipped_summary,
};
pub use schema::VERSION as SCHEMA_VERSION;

use crate::i18n::Message;
use crate::settings::WEEKLY_TARGET;
use crate::streaks;
use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};
use sha2::{Digest, Sha256};
use std::cell::OnceCell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// The range of `sessions_per_week`, as stored.
const TARGET_LOW: i64 = *WEEKLY_TARGET.start() as i64;
const TARGET_HIGH: i64 = *WEEKLY_TARGET.end() as i64;

/// The database file's name inside the data folder.
pub const FILE_NAME: &str = "history.sqlite3";

/// How long a write waits for another Limber that is writing at the same moment.
const BUSY_TIMEOUT: Duration = Duration::from_secs(15);

/// A running session with no live lock to ask (none was recorded, or locks are not
/// supported) counts as cut off after this long without a step.
pub const STALE_AFTER: Duration = Duration::from_secs(12 * 60 * 60);

/// The highest program level a session can be done at (level 1 and nine level tables).
pub const MAX_LEVEL: u32 = 10;

/// The longest a session's planned or active time may be (a day): anything longer in an
/// import is a mistake.
pub const MAX_SESSION_SECONDS: u32 = 24 * 60 * 60;

/// Why the history could not be read or written. [`Error::message`] says it in the user's
/// language; `Display` gives English, for logs.
#[derive(Debug, Clone)]
pub enum Error {
    /// SQLite refused; the problem says what to do.
    Database { path: PathBuf, problem: Message },
    /// Another Limber kept the database busy for longer than the busy timeout.
    Busy { path: PathBuf },
    /// The data folder or a file beside the database could not be used.
    Io { path: PathBuf, source: Arc<std::io::Error> },
    /// A write named a session that is not there.
    NoSuchSession(SessionId),
    /// A change named a pause that is not there.
    NoSuchPause(i64),
    /// A value given to the store is out of range.
    Invalid(Message),
    /// An import file that cannot be imported; names the record and field.
    Import(Message),
    /// An import that stopped part of the way: what it wrote before is kept.
    ImportStopped { done: ImportSummary, source: Box<Error> },
}

impl Error {
    fn database(path: &Path, error: &rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as Code;
        let detail = error.to_string();
        let problem = match error.sqlite_error_code() {
            Some(Code::DatabaseBusy | Code::DatabaseLocked) => {
                return Self::Busy { path: path.to_owned() };
            }
            Some(Code::DiskFull) => Message::new("history-db-disk-full"),
            Some(Code::ReadOnly | Code::PermissionDenied | Code::CannotOpen) => {
                Message::new("history-db-read-only").with("detail", detail)
            }
            Some(Code::DatabaseCorrupt | Code::NotADatabase) => {
                Message::new("history-db-damaged").with("detail", detail)
            }
            _ => Message::new("history-db-other").with("detail", detail),
        };
        Self::Database { path: path.to_owned(), problem }
    }

    /// What went wrong, to be put into words in the user's language.
    pub fn message(&self) -> Message {
        let shown = |path: &Path| path.display().to_string();
        match self {
            Self::Database { path, problem } => Message::new("history-database")
                .with("path", shown(path))
                .with("problem", problem.clone()),
            Self::Busy { path } => Message::new("history-busy")
                .with("path", shown(path))
                .with("seconds", BUSY_TIMEOUT.as_secs()),
            Self::Io { path, source } => Message::new("history-io")
                .with("path", shown(path))
                .with("detail", source.to_string()),
            Self::NoSuchSession(id) => {
                Message::new("history-no-such-session").with("id", id.0.to_string())
            }
            Self::NoSuchPause(id) => {
                Message::new("history-no-such-pause").with("id", id.to_string())
            }
            Self::Invalid(message) | Self::Import(message) => message.clone(),
            Self::ImportStopped { done, source } => Message::new("history-import-stopped")
                .with("error", source.message())
                .with("sessions", done.added)
                .with("pauses", done.pauses_added),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io { source, .. } => Some(source.as_ref()),
            Self::ImportStopped { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

impl Error {
    /// Whether another Limber held the database: trying again later may work.
    pub fn is_busy(&self) -> bool {
        matches!(self, Self::Busy { .. })
    }
}

/// A session's row in this database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SessionId(pub i64);

pub use crate::session::Status;

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
    /// The program level the session is done at (1 when the program has no levels).
    pub level: u32,
}

/// One step's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepRecord {
    /// Index in the plan.
    pub index: u32,
    /// prepare, work, switch, set-rest, rest.
    pub kind: String,
    /// The exercise id (`None` for prepare).
    pub exercise: Option<String>,
    /// 1-based; 0 where sets do not apply.
    pub set: u32,
    /// `left`, `right` or `None`.
    pub side: Option<String>,
    /// `false`: skipped.
    pub done: bool,
    /// Time spent in the step; added to the session's active seconds.
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PauseReason {
    /// Ill.
    Ill,
    /// Injured.
    Injured,
    /// On holiday.
    Holiday,
}

impl PauseReason {
    /// The name stored and exported: `ill`, `injured` or `holiday`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Ill => "ill",
            Self::Injured => "injured",
            Self::Holiday => "holiday",
        }
    }

    /// The reason named `text`, if any.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "ill" => Some(Self::Ill),
            "injured" => Some(Self::Injured),
            "holiday" => Some(Self::Holiday),
            _ => None,
        }
    }
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
    /// The program level it was done at (1 for sessions before levels existed).
    pub level: u32,
}

/// A row that was left out because a value in it is not what Limber writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// `sessions`, `steps` or `pauses`.
    pub table: &'static str,
    /// The row's id.
    pub row: i64,
    pub problem: Message,
}

impl Skipped {
    /// "sessions row 3: `status` is ...", to be put into words.
    pub fn message(&self) -> Message {
        Message::new("history-skipped-row")
            .with("table", self.table)
            .with("row", self.row.to_string())
            .with("problem", self.problem.clone())
    }
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message().fmt(f)
    }
}

/// Rows read, and the rows left out.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Checked<T> {
    pub items: Vec<T>,
    pub skipped: Vec<Skipped>,
}

/// What the streaks and stats need, read in one pass over the columns they use.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct StatsInput {
    /// Every session, oldest first.
    pub entries: Vec<streaks::Entry>,
    /// Every pause; one still running ends on `today` (or its first day, if later).
    pub paused: Vec<streaks::Paused>,
    /// `sessions_per_week` of the most recent session up to `today` that has one.
    pub recorded_target: Option<u32>,
    pub skipped: Vec<Skipped>,
}

impl StatsInput {
    /// The stats as of `today`, with the weekly target chosen as [`streaks::weekly_target`]
    /// says (`explicit` first, then the recorded one, then `setting`).
    pub fn stats(&self, today: NaiveDate, explicit: Option<u32>, setting: u32) -> streaks::Stats {
        let target = streaks::weekly_target(explicit, self.recorded_target, setting);
        streaks::stats(&self.entries, &self.paused, today, target)
    }
}

/// Which sessions a figure covers: one program or all, from and to a day (inclusive, by the
/// day a session started). `limber stats`, `limber history` and the report for the physio take
/// the same range, so their figures agree.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Range {
    /// Only this program's sessions; `None`: every program.
    pub program: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl Range {
    /// Whether a session of `program_id` started on `date` is in the range.
    pub fn contains(&self, program_id: &str, date: NaiveDate) -> bool {
        self.program.as_deref().is_none_or(|id| id == program_id)
            && self.from.is_none_or(|from| from <= date)
            && self.to.is_none_or(|to| date <= to)
    }

    /// Whether `record` is in the range.
    pub fn holds(&self, record: &SessionRecord) -> bool {
        self.contains(&record.program_id, record.started_at.date_naive())
    }
}

/// The open database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    /// Keeps other stores of this process from peeking at the file with their own descriptor.
    _open: recover::Registration,
    path: PathBuf,
    data_dir: PathBuf,
    /// Created with the first session this store starts.
    live: OnceCell<Option<live::Live>>,
}

/// An opened store and, when the old database had to be set aside, what the user must know.
#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub notice: Option<Message>,
}

/// A date and time as stored and exported: RFC 3339 with its own offset (never `Z`), with a
/// fraction of a second only when there is one.
pub fn format_date_time(at: &DateTime<FixedOffset>) -> String {
    at.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

/// A fresh unique id: 32 hex digits from `seed` (a time, where there is one), the process, a
/// counter and a per-process random key.
fn new_uid(seed: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = Sha256::new();
    let random = std::hash::RandomState::new().build_hasher().finish();
    hasher.update(random.to_le_bytes());
    hasher.update(seed.as_bytes());
    hasher.update(std::process::id().to_le_bytes());
    hasher.update(COUNTER.fetch_add(1, Ordering::Relaxed).to_le_bytes());
    hex(&hasher.finalize()[..16])
}

/// The id of a session imported without one: derived from its program and start, so
/// importing it again finds it.
fn derived_uid(program_id: &str, started_at: &DateTime<FixedOffset>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(program_id.as_bytes());
    hasher.update(b"\n");
    hasher.update(format_date_time(started_at).as_bytes());
    hex(&hasher.finalize()[..16])
}

fn hex(bytes: &[u8]) -> String {
    use fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

fn check_score(name: &'static str, score: Option<u8>) -> Result<(), Error> {
    match score {
        Some(s) if s > 10 => Err(Error::Invalid(
            Message::new("history-invalid-score").with("what", Message::new(name)).with("found", s),
        )),
        _ => Ok(()),
    }
}

fn sql_u32(n: i64) -> u32 {
    u32::try_from(n.max(0)).unwrap_or(u32::MAX)
}

/// What [`Store::stats_input`] reads: the narrow `sessions_stats` index in order of start
/// and, by row id, each session's check-in (a near-sequential lookup).
const STATS_SELECT: &str = "SELECT s.id, s.program_id, s.started_at, s.status, \
    s.active_seconds, s.sessions_per_week, c.pain_before, c.pain_after, c.effort, s.level \
    FROM sessions s LEFT JOIN checkins c ON c.session_id = s.id ORDER BY s.started_ms, s.id";

/// The columns [`decode_session`] reads, in order.
const SESSION_SELECT: &str = "SELECT s.id, s.uid, s.program_id, s.program_version, \
    s.program_hash, s.title, s.started_at, s.ended_at, s.status, s.planned_seconds, \
    s.active_seconds, s.sessions_per_week, c.pain_before, c.pain_after, c.effort, c.note, \
    s.level FROM sessions s LEFT JOIN checkins c ON c.session_id = s.id";

fn decode_session(row: &rusqlite::Row<'_>) -> Result<SessionRecord, decode::Bad> {
    use decode::*;
    Ok(SessionRecord {
        id: SessionId(int(row, 0, "id", i64::MIN, i64::MAX)?),
        uid: text(row, 1, "uid")?,
        program_id: text(row, 2, "program_id")?,
        program_version: u32_(row, 3, "program_version")?,
        program_hash: text(row, 4, "program_hash")?,
        title: text(row, 5, "title")?,
        started_at: date_time(row, 6, "started_at")?,
        ended_at: opt_date_time(row, 7, "ended_at")?,
        status: status(row, 8)?,
        planned_seconds: u32_(row, 9, "planned_seconds")?,
        active_seconds: u32_(row, 10, "active_seconds")?,
        sessions_per_week: opt_int(row, 11, "sessions_per_week", TARGET_LOW, TARGET_HIGH)?
            .map(sql_u32),
        pain_before: score(row, 12, "pain_before")?,
        pain_after: score(row, 13, "pain_after")?,
        effort: score(row, 14, "effort")?,
        note: opt_text(row, 15, "note")?,
        level: u32_(row, 16, "level")?.clamp(1, MAX_LEVEL),
    })
}

fn decode_step(row: &rusqlite::Row<'_>) -> Result<(StepRecord, Option<String>), decode::Bad> {
    use decode::*;
    let step = StepRecord {
        index: u32_(row, 1, "step_index")?,
        kind: text(row, 2, "kind")?,
        exercise: opt_text(row, 3, "exercise")?,
        set: u32_(row, 4, "set_number")?,
        side: opt_text(row, 5, "side")?,
        done: int(row, 6, "done", 0, 1)? == 1,
        seconds: u32_(row, 7, "seconds")?,
    };
    Ok((step, opt_text(row, 8, "ended_at")?))
}

fn decode_pause(row: &rusqlite::Row<'_>) -> Result<Pause, decode::Bad> {
    use decode::*;
    let pause = Pause {
        id: int(row, 0, "id", i64::MIN, i64::MAX)?,
        from: opt_date(row, 1, "from_date")?
            .ok_or_else(|| Message::new("history-value-missing").with("field", "from_date"))?,
        to: opt_date(row, 2, "to_date")?,
        reason: reason(row, 3)?,
    };
    if pause.to.is_some_and(|to| to < pause.from) {
        return Err(Message::new("history-pause-backwards"));
    }
    Ok(pause)
}

/// Runs `query` and decodes each row, keeping the bad ones aside.
fn read_checked<T>(
    store: &Store,
    table: &'static str,
    query: &str,
    params: impl rusqlite::Params,
    decode: impl Fn(&rusqlite::Row<'_>) -> Result<T, decode::Bad>,
) -> Result<Checked<T>, Error> {
    let db = |e: rusqlite::Error| store.db(e);
    let mut statement = store.conn.prepare_cached(query).map_err(db)?;
    let mut rows = statement.query(params).map_err(db)?;
    let mut checked = Checked { items: Vec::new(), skipped: Vec::new() };
    while let Some(row) = rows.next().map_err(db)? {
        match decode(row) {
            Ok(item) => checked.items.push(item),
            Err(problem) => {
                let id = row.get::<_, i64>(0).unwrap_or_default();
                checked.skipped.push(Skipped { table, row: id, problem });
            }
        }
    }
    Ok(checked)
}

impl Store {
    /// Opens (or creates) `data_dir/history.sqlite3` at `now` (it names a database set aside
    /// and decides which running sessions are stale).
    pub fn open(data_dir: &Path, now: DateTime<FixedOffset>) -> Result<Opened, Error> {
        recover::open(data_dir, now)
    }

    /// Opens `data_dir/history.sqlite3` for reading only (the `history`, `stats` and
    /// `export` commands): it creates, migrates and sweeps nothing, so it works where nothing
    /// can be written and never waits for a writer; no database reads as an empty history.
    /// Every write through it fails.
    pub fn open_read_only(data_dir: &Path, now: DateTime<FixedOffset>) -> Result<Opened, Error> {
        recover::open_read_only(data_dir, now)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn db(&self, error: rusqlite::Error) -> Error {
        use rusqlite::ErrorCode as Code;
        if let Some(Code::DatabaseCorrupt | Code::NotADatabase) = error.sqlite_error_code() {
            // Damage found after the day's check: check again at the next open.
            let _ = std::fs::remove_file(recover::check_stamp(&self.data_dir));
        }
        Error::database(&self.path, &error)
    }

    /// Runs `f` in one immediate transaction (it takes the write lock at once, so two
    /// processes writing wait for each other instead of failing).
    fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T, Error>) -> Result<T, Error> {
        let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(|e| self.db(e))?;
        let value = f(&tx)?;
        tx.commit().map_err(|e| self.db(e))?;
        Ok(value)
    }

    /// This store's live-lock token, written as the owner of the sessions it runs.
    fn owner(&self) -> Option<&str> {
        self.live
            .get_or_init(|| live::Live::create(&self.data_dir, new_uid("live")).ok())
            .as_ref()
            .map(|live| live.token.as_str())
    }

    /// Writes a new session (status partial until [`Store::finish`]).
    pub fn begin_session(&self, session: &NewSession) -> Result<SessionId, Error> {
        check_score("history-score-pain-before", session.pain_before)?;
        if session.program_id.is_empty() {
            return Err(Error::Invalid(Message::new("history-invalid-no-program")));
        }
        if !(1..=MAX_LEVEL).contains(&session.level) {
            return Err(Error::Invalid(
                Message::new("history-invalid-level")
                    .with("max", MAX_LEVEL)
                    .with("found", session.level),
            ));
        }
        if let Some(n) = session.sessions_per_week.filter(|n| !WEEKLY_TARGET.contains(n)) {
            return Err(Error::Invalid(
                Message::new("history-invalid-target")
                    .with("low", TARGET_LOW)
                    .with("high", TARGET_HIGH)
                    .with("found", n),
            ));
        }
        let owner = self.owner().map(str::to_owned);
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO sessions (uid, program_id, program_version, program_hash, title, \
                 started_at, started_ms, status, planned_seconds, active_seconds, \
                 sessions_per_week, owner, level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'partial', \
                 ?8, 0, ?9, ?10, ?11)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    new_uid(&format_date_time(&session.started_at)),
                    session.program_id,
                    session.program_version,
                    session.program_hash,
                    session.title,
                    format_date_time(&session.started_at),
                    session.started_at.timestamp_millis(),
                    session.planned_seconds,
                    session.sessions_per_week,
                    owner,
                    session.level,
                ])
            })
            .map_err(|e| self.db(e))?;
            let id = tx.last_insert_rowid();
            if session.pain_before.is_some() {
                tx.execute(
                    "INSERT INTO checkins (session_id, pain_before) VALUES (?1, ?2)",
                    params![id, session.pain_before],
                )
                .map_err(|e| self.db(e))?;
            }
            Ok(SessionId(id))
        })
    }

    /// Records a step that ended at `ended_at` (the end a crashed session gets) and adds its
    /// seconds to the session's active seconds. A partial session that gets a step is running
    /// (again), so it loses any end a sweep gave it.
    pub fn record_step(
        &self,
        id: SessionId,
        step: &StepRecord,
        ended_at: DateTime<FixedOffset>,
    ) -> Result<(), Error> {
        let now = format_date_time(&ended_at);
        let owner = self.owner().map(str::to_owned);
        self.write(|tx| {
            let changed = tx
                .prepare_cached(
                    "UPDATE sessions SET active_seconds = min(active_seconds + ?1, 4294967295), \
                     ended_at = CASE WHEN status = 'partial' THEN NULL ELSE ended_at END, \
                     owner = CASE WHEN status = 'partial' THEN ?2 ELSE owner END \
                     WHERE id = ?3",
                )
                .and_then(|mut s| s.execute(params![step.seconds, owner, id.0]))
                .map_err(|e| self.db(e))?;
            if changed == 0 {
                return Err(Error::NoSuchSession(id));
            }
            insert_step(tx, id.0, step, Some(&now)).map_err(|e| self.db(e))
        })
    }

    /// Marks the session ended.
    pub fn finish(
        &self,
        id: SessionId,
        ended_at: DateTime<FixedOffset>,
        status: Status,
        active_seconds: u32,
    ) -> Result<(), Error> {
        self.write(|tx| {
            let changed = tx
                .execute(
                    "UPDATE sessions SET ended_at = ?1, status = ?2, active_seconds = ?3, \
                     owner = NULL WHERE id = ?4",
                    params![format_date_time(&ended_at), status.as_str(), active_seconds, id.0],
                )
                .map_err(|e| self.db(e))?;
            if changed == 0 { Err(Error::NoSuchSession(id)) } else { Ok(()) }
        })
    }

    /// Stores the check-in after the session (replacing an earlier one; pain before stays).
    pub fn set_checkin(&self, id: SessionId, checkin: &Checkin) -> Result<(), Error> {
        check_score("history-score-pain-after", checkin.pain_after)?;
        check_score("history-score-effort", checkin.effort)?;
        self.write(|tx| {
            let exists: bool = tx
                .query_row("SELECT EXISTS (SELECT 1 FROM sessions WHERE id = ?1)", [id.0], |r| {
                    r.get(0)
                })
                .map_err(|e| self.db(e))?;
            if !exists {
                return Err(Error::NoSuchSession(id));
            }
            tx.execute(
                "INSERT INTO checkins (session_id, pain_after, effort, note) \
                 VALUES (?1, ?2, ?3, ?4) ON CONFLICT (session_id) DO UPDATE SET \
                 pain_after = excluded.pain_after, effort = excluded.effort, \
                 note = excluded.note",
                params![id.0, checkin.pain_after, checkin.effort, checkin.note],
            )
            .map_err(|e| self.db(e))?;
            Ok(())
        })
    }

    /// Every session, newest first; rows with bad values are left out (see
    /// [`Store::sessions_checked`]).
    pub fn sessions(&self) -> Result<Vec<SessionRecord>, Error> {
        Ok(self.sessions_checked()?.items)
    }

    /// Every session, newest first, and the rows left out because of bad values.
    pub fn sessions_checked(&self) -> Result<Checked<SessionRecord>, Error> {
        let query = format!("{SESSION_SELECT} ORDER BY s.started_ms DESC, s.id DESC");
        read_checked(self, "sessions", &query, [], decode_session)
    }

    /// One session, if it is there and readable.
    pub fn session(&self, id: SessionId) -> Result<Option<SessionRecord>, Error> {
        let query = format!("{SESSION_SELECT} WHERE s.id = ?1");
        let checked = read_checked(self, "sessions", &query, [id.0], decode_session)?;
        Ok(checked.items.into_iter().next())
    }

    /// The steps of one session, in the order they ended (rows with bad values left out).
    pub fn steps(&self, id: SessionId) -> Result<Vec<StepRecord>, Error> {
        let checked = read_checked(
            self,
            "steps",
            "SELECT id, step_index, kind, exercise, set_number, side, done, seconds, ended_at \
             FROM steps WHERE session_id = ?1 ORDER BY id",
            [id.0],
            decode_step,
        )?;
        Ok(checked.items.into_iter().map(|(step, _)| step).collect())
    }

    /// Every pause, newest first (rows with bad values left out).
    pub fn pauses(&self) -> Result<Vec<Pause>, Error> {
        Ok(self.pauses_checked()?.items)
    }

    /// Every pause, newest first, and the rows left out because of bad values.
    pub fn pauses_checked(&self) -> Result<Checked<Pause>, Error> {
        read_checked(
            self,
            "pauses",
            "SELECT id, from_date, to_date, reason FROM pauses ORDER BY from_date DESC, id DESC",
            [],
            decode_pause,
        )
    }

    /// Adds a pause of the streaks from `from` to `to` (inclusive; `None`: until ended).
    pub fn add_pause(
        &self,
        from: NaiveDate,
        to: Option<NaiveDate>,
        reason: PauseReason,
    ) -> Result<i64, Error> {
        if let Some(to) = to.filter(|to| *to < from) {
            return Err(Error::Invalid(
                Message::new("history-invalid-pause-start")
                    .with("from", from.to_string())
                    .with("to", to.to_string()),
            ));
        }
        self.write(|tx| {
            tx.execute(
                "INSERT INTO pauses (from_date, to_date, reason) VALUES (?1, ?2, ?3)",
                params![from.to_string(), to.map(|d| d.to_string()), reason.as_str()],
            )
            .map_err(|e| self.db(e))?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Ends an ongoing pause on `to`.
    pub fn end_pause(&self, id: i64, to: NaiveDate) -> Result<(), Error> {
        self.write(|tx| {
            let from: Option<String> = tx
                .query_row("SELECT from_date FROM pauses WHERE id = ?1", [id], |r| r.get(0))
                .optional()
                .map_err(|e| self.db(e))?;
            let from = from.ok_or(Error::NoSuchPause(id))?;
            if from.parse::<NaiveDate>().is_ok_and(|from| to < from) {
                return Err(Error::Invalid(
                    Message::new("history-invalid-pause-end")
                        .with("from", from)
                        .with("to", to.to_string()),
                ));
            }
            tx.execute("UPDATE pauses SET to_date = ?1 WHERE id = ?2", params![to.to_string(), id])
                .map_err(|e| self.db(e))?;
            Ok(())
        })
    }

    /// Removes a pause (nothing happens when it is not there).
    pub fn remove_pause(&self, id: i64) -> Result<(), Error> {
        self.write(|tx| {
            tx.execute("DELETE FROM pauses WHERE id = ?1", [id]).map_err(|e| self.db(e))?;
            Ok(())
        })
    }

    /// What [`streaks::stats`] needs as of `today`, reading only the columns it uses.
    ///
    /// Reads one narrow index and the check-ins in one pass (see `STATS_SELECT`): for
    /// 100,000 sessions this is the bulk of opening the history and computing its stats.
    pub fn stats_input(&self, today: NaiveDate) -> Result<StatsInput, Error> {
        self.stats_input_in(today, &Range::default())
    }

    /// [`Store::stats_input`] for the sessions in `range` only (every pause is kept: pauses
    /// freeze streaks whatever the program). The weekly target recorded is that of the most
    /// recent session in the range.
    pub fn stats_input_in(&self, today: NaiveDate, range: &Range) -> Result<StatsInput, Error> {
        let db = |e: rusqlite::Error| self.db(e);
        let mut input = StatsInput::default();
        let mut statement = self.conn.prepare_cached(STATS_SELECT).map_err(db)?;
        let mut rows = statement.query([]).map_err(db)?;
        while let Some(row) = rows.next().map_err(db)? {
            let scores = match (fast_score(row, 6), fast_score(row, 7), fast_score(row, 8)) {
                (Some(before), Some(after), Some(effort)) => Ok([before, after, effort]),
                _ => (|| {
                    Ok([
                        decode::score(row, 6, "pain_before")?,
                        decode::score(row, 7, "pain_after")?,
                        decode::score(row, 8, "effort")?,
                    ])
                })(),
            };
            match scores.and_then(|scores| decode_entry(row, scores)) {
                Ok((entry, _)) if !range.contains(&entry.program_id, entry.date) => {}
                Ok((entry, target)) => {
                    if entry.date <= today && target.is_some() {
                        input.recorded_target = target;
                    }
                    input.entries.push(entry);
                }
                Err(problem) => input.skipped.push(Skipped {
                    table: "sessions",
                    row: row.get(0).unwrap_or_default(),
                    problem,
                }),
            }
        }
        let pauses = self.pauses_checked()?;
        input.skipped.extend(pauses.skipped);
        input.paused = pauses
            .items
            .iter()
            .map(|p| streaks::Paused { from: p.from, to: p.to.unwrap_or(today.max(p.from)) })
            .collect();
        Ok(input)
    }

    /// Everything in the history, as [`Document::to_json`] and [`Document::to_csv`] write it.
    pub fn export(&self) -> Result<Checked<ExportedSession>, Error> {
        exchange::export(self)
    }

    /// The document to export: every readable session and pause, and the rows left out.
    pub fn export_document(&self) -> Result<(Document, Vec<Skipped>), Error> {
        let sessions = self.export()?;
        let pauses = self.pauses_checked()?;
        let mut skipped = sessions.skipped;
        skipped.extend(pauses.skipped);
        Ok((Document::new(sessions.items, pauses.items), skipped))
    }

    /// Adds the sessions and pauses of `document` (already checked in full when it was
    /// read) in transactions of a few thousand rows, so a session running beside a large
    /// import writes its steps between them. A session already present (same id, or without
    /// an id the same program and start) and a pause already present are kept once, so an
    /// import that stopped part of the way ([`Error::ImportStopped`]) can simply be run again.
    pub fn import(&self, document: &Document) -> Result<ImportSummary, Error> {
        exchange::import(self, document)
    }
}

/// Reads one row of [`Store::stats_input`], fast: no copies but the program id. The
/// messages for bad values are only made (by the general decoders) when a value is bad.
fn decode_entry(
    row: &rusqlite::Row<'_>,
    [pain_before, pain_after, effort]: [Option<u8>; 3],
) -> Result<(streaks::Entry, Option<u32>), decode::Bad> {
    use rusqlite::types::ValueRef;
    let date = match row.get_ref(2) {
        Ok(ValueRef::Text(bytes)) => decode::local_date(bytes),
        _ => None,
    };
    let completed = match row.get_ref(3) {
        Ok(ValueRef::Text(b"completed")) => Some(true),
        Ok(ValueRef::Text(b"partial" | b"abandoned")) => Some(false),
        _ => None,
    };
    let active_seconds = match row.get_ref(4) {
        Ok(ValueRef::Integer(n)) => u32::try_from(n).ok(),
        _ => None,
    };
    let target = match row.get_ref(5) {
        Ok(ValueRef::Null) => Some(None),
        Ok(ValueRef::Integer(n)) if (TARGET_LOW..=TARGET_HIGH).contains(&n) => {
            Some(Some(sql_u32(n)))
        }
        _ => None,
    };
    let program_id = match row.get_ref(1) {
        Ok(ValueRef::Text(bytes)) => std::str::from_utf8(bytes).ok(),
        _ => None,
    };
    let level = match row.get_ref(9) {
        Ok(ValueRef::Integer(n)) => u32::try_from(n).ok().filter(|n| (1..=MAX_LEVEL).contains(n)),
        _ => None,
    };
    match (date, completed, active_seconds, target, program_id, level) {
        (
            Some(date),
            Some(completed),
            Some(active_seconds),
            Some(target),
            Some(program_id),
            Some(level),
        ) => {
            let entry = streaks::Entry {
                program_id: program_id.to_owned(),
                date,
                completed,
                active_seconds,
                pain_before,
                pain_after,
                effort,
                level,
            };
            Ok((entry, target))
        }
        _ => Err(entry_problem(row)),
    }
}

/// What is wrong with a row [`decode_entry`] refused.
#[cold]
fn entry_problem(row: &rusqlite::Row<'_>) -> decode::Bad {
    use decode::*;
    let checks = [
        text(row, 1, "program_id").err(),
        date_time(row, 2, "started_at").err(),
        status(row, 3).err(),
        u32_(row, 4, "active_seconds").err(),
        opt_int(row, 5, "sessions_per_week", TARGET_LOW, TARGET_HIGH).err(),
        int(row, 9, "level", 1, i64::from(MAX_LEVEL)).err(),
    ];
    checks
        .into_iter()
        .flatten()
        .next()
        .unwrap_or_else(|| Message::new("history-value-unreadable-row"))
}

/// A check-in score as [`decode::score`] reads it, without making a message.
fn fast_score(row: &rusqlite::Row<'_>, i: usize) -> Option<Option<u8>> {
    match row.get_ref(i) {
        Ok(rusqlite::types::ValueRef::Null) => Some(None),
        Ok(rusqlite::types::ValueRef::Integer(n @ 0..=10)) => u8::try_from(n).ok().map(Some),
        _ => None,
    }
}

fn insert_step(
    tx: &Transaction<'_>,
    session: i64,
    step: &StepRecord,
    ended_at: Option<&str>,
) -> rusqlite::Result<()> {
    tx.prepare_cached(
        "INSERT INTO steps (session_id, step_index, kind, exercise, set_number, side, done, \
         seconds, ended_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        session,
        step.index,
        step.kind,
        step.exercise,
        step.set,
        step.side,
        step.done,
        step.seconds,
        ended_at,
    ])?;
    Ok(())
}

#[cfg(test)]
mod tests;
