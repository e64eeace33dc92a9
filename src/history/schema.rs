//! The database schema and its forward migrations.
//!
//! `PRAGMA user_version` holds the number of migrations applied. Migration `n` takes a
//! database of version `n` to version `n + 1`; adding version 2 means writing `to_v2` and
//! appending it to [`MIGRATIONS`]. Each runs in the opening transaction, so a crash half-way
//! leaves the old version intact.

use crate::i18n::Message;
use rusqlite::Connection;

/// A forward migration of one version.
type Migration = fn(&Connection) -> Result<(), Problem>;

/// Every migration, in order: `MIGRATIONS[n]` goes from version `n` to `n + 1`.
const MIGRATIONS: [Migration; 2] = [to_v1, to_v2];

/// The schema version this Limber writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// The tables this Limber owns; a version-0 database that already has one of them was not
/// made by Limber.
const TABLES: [&str; 4] = ["sessions", "steps", "checkins", "pauses"];

/// Why a migration could not run.
#[derive(Debug)]
pub enum Problem {
    /// The database is newer than this Limber.
    Newer(i64),
    /// A version-0 database with tables of ours that we did not make.
    Foreign(Message),
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for Problem {
    fn from(error: rusqlite::Error) -> Self {
        Self::Sqlite(error)
    }
}

/// Reads the schema version.
pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Brings the database up to [`VERSION`] in one immediate transaction (another process that
/// opens it at the same moment waits, then finds it migrated); a current one is left alone.
pub fn migrate(conn: &Connection) -> Result<(), Problem> {
    // A current database needs no lock: opening the history never waits for a writer.
    if version(conn)? == VERSION {
        return Ok(());
    }
    let tx = rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?;
    let mut current = version(&tx)?;
    if current > VERSION {
        return Err(Problem::Newer(current));
    }
    if current == VERSION {
        return Ok(());
    }
    while let Some(step) = usize::try_from(current).ok().and_then(|i| MIGRATIONS.get(i)) {
        step(&tx)?;
        current += 1;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()?;
    Ok(())
}

/// Version 1: sessions, steps, check-ins and pauses.
fn to_v1(conn: &Connection) -> Result<(), Problem> {
    for table in TABLES {
        let exists: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name = ?1)",
            [table],
            |row| row.get(0),
        )?;
        if exists {
            return Err(Problem::Foreign(
                Message::new("history-foreign-table").with("table", table.to_string()),
            ));
        }
    }
    conn.execute_batch(
        "
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            program_id TEXT NOT NULL,
            program_version INTEGER NOT NULL,
            program_hash TEXT NOT NULL,
            title TEXT NOT NULL,
            -- RFC 3339 with the UTC offset of that moment: its date is the local date.
            started_at TEXT NOT NULL,
            -- The same instant in Unix milliseconds, for ordering and finding duplicates.
            started_ms INTEGER NOT NULL,
            ended_at TEXT,
            status TEXT NOT NULL CHECK (status IN ('completed', 'partial', 'abandoned')),
            planned_seconds INTEGER NOT NULL CHECK (planned_seconds >= 0),
            active_seconds INTEGER NOT NULL CHECK (active_seconds >= 0),
            sessions_per_week INTEGER CHECK (sessions_per_week BETWEEN 1 AND 14),
            -- The live lock of the process running the session, NULL once it ended.
            owner TEXT
        ) STRICT;
        CREATE INDEX sessions_by_program_start ON sessions (program_id, started_ms);
        CREATE INDEX sessions_running ON sessions (id) WHERE ended_at IS NULL;
        -- Sessions in order of start, with exactly the columns the stats read: the stats of
        -- 100,000 sessions scan this narrow index instead of the wide rows.
        CREATE INDEX sessions_stats ON sessions
            (started_ms, id, started_at, status, active_seconds, sessions_per_week, program_id);

        CREATE TABLE steps (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
            step_index INTEGER NOT NULL CHECK (step_index >= 0),
            kind TEXT NOT NULL,
            exercise TEXT,
            set_number INTEGER NOT NULL CHECK (set_number >= 0),
            side TEXT,
            done INTEGER NOT NULL CHECK (done IN (0, 1)),
            seconds INTEGER NOT NULL CHECK (seconds >= 0),
            ended_at TEXT
        ) STRICT;
        CREATE INDEX steps_by_session ON steps (session_id, id);

        CREATE TABLE checkins (
            session_id INTEGER PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
            pain_before INTEGER CHECK (pain_before BETWEEN 0 AND 10),
            pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
            effort INTEGER CHECK (effort BETWEEN 0 AND 10),
            note TEXT
        ) STRICT;

        CREATE TABLE pauses (
            id INTEGER PRIMARY KEY,
            from_date TEXT NOT NULL,
            to_date TEXT,
            reason TEXT NOT NULL CHECK (reason IN ('ill', 'injured', 'holiday')),
            CHECK (to_date IS NULL OR to_date >= from_date)
        ) STRICT;
        ",
    )?;
    Ok(())
}

/// Version 2: the level each session was done at (format 2's levels; 1 for the sessions
/// before), also in the index the stats read.
fn to_v2(conn: &Connection) -> Result<(), Problem> {
    conn.execute_batch(
        "
        ALTER TABLE sessions ADD COLUMN level INTEGER NOT NULL DEFAULT 1
            CHECK (level BETWEEN 1 AND 10);
        DROP INDEX IF EXISTS sessions_stats;
        CREATE INDEX sessions_stats ON sessions
            (started_ms, id, started_at, status, active_seconds, sessions_per_week, program_id,
             level);
        ",
    )?;
    Ok(())
}
