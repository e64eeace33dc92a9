//! Opening the database: a file that cannot be read, or that a newer Limber wrote, is renamed
//! aside with its `-wal` and `-shm` (never deleted, never overwritten) and a fresh one is
//! started; sessions cut off by a crash get an end.

use super::{Error, FILE_NAME, Opened, STALE_AFTER, Store, decode, format_date_time, live, schema};
use crate::i18n::Message;
use chrono::{DateTime, FixedOffset};
use rusqlite::config::DbConfig;
use rusqlite::{Connection, ErrorCode, params};
use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Why a database cannot be used.
#[derive(Debug)]
enum Unusable {
    /// Not SQLite, truncated, or failing the integrity check.
    Corrupt(Message),
    /// Written by a newer Limber.
    Newer(i64),
    /// SQLite, but not a Limber history.
    Foreign(Message),
}

enum Attempt {
    Unusable(Unusable),
    /// Another Limber holds a lock in a way SQLite does not wait for (while one of them makes
    /// the file a WAL database, or creates the tables): try again shortly.
    Busy(Error),
    Failed(Error),
}

fn classify(path: &Path, error: &rusqlite::Error) -> Attempt {
    match error.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            Attempt::Unusable(Unusable::Corrupt(detail(error.to_string())))
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            Attempt::Busy(Error::database(path, error))
        }
        _ => Attempt::Failed(Error::database(path, error)),
    }
}

/// `connect`, tried again while another Limber opening the same history at the same moment
/// keeps it busy (SQLite's busy timeout does not cover every step of opening).
fn connect_waiting(path: &Path, data_dir: &Path, today: &str) -> Result<Connection, Attempt> {
    let deadline = std::time::Instant::now() + super::BUSY_TIMEOUT;
    loop {
        match connect(path, data_dir, today) {
            Err(Attempt::Busy(error)) if std::time::Instant::now() >= deadline => {
                return Err(Attempt::Failed(error));
            }
            Err(Attempt::Busy(_)) => std::thread::sleep(std::time::Duration::from_millis(20)),
            other => return other,
        }
    }
}

/// What every SQLite database file starts with.
const HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Checks, without SQLite, that a file that is there looks like an SQLite database: SQLite
/// would otherwise take a `-wal` beside a foreign file for its own and remove it on close. A
/// folder, a pipe, a device or a link to nothing by that name is not a database (and a pipe
/// is never opened: that would wait for a writer for ever).
fn looks_like_sqlite(path: &Path) -> Result<(), Attempt> {
    use std::io::Read;
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(Attempt::Failed(Error::Io { path: path.to_owned(), source: Arc::new(e) }));
        }
        Ok(_) => {}
    }
    let mut file = match crate::settings::open_regular(path) {
        Ok(file) => file,
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::InvalidInput | std::io::ErrorKind::NotFound
            ) =>
        {
            return Err(Attempt::Unusable(Unusable::Corrupt(detail(e.to_string()))));
        }
        Err(e) => {
            return Err(Attempt::Failed(Error::Io { path: path.to_owned(), source: Arc::new(e) }));
        }
    };
    let mut start = Vec::with_capacity(100);
    let read = file.by_ref().take(100).read_to_end(&mut start);
    match read {
        Err(e) => Err(Attempt::Failed(Error::Io { path: path.to_owned(), source: Arc::new(e) })),
        // An empty file is an empty database (version 0).
        Ok(0) => Ok(()),
        Ok(n) if n < 100 || !start.starts_with(HEADER) => {
            Err(Attempt::Unusable(Unusable::Corrupt(Message::new("history-not-sqlite"))))
        }
        Ok(_) => Ok(()),
    }
}

/// A database up to this size is checked in full at every open (a few milliseconds per
/// MiB); a larger one once a day, and again after any operation found it damaged.
pub const FULL_CHECK_BYTES: u64 = 8 * 1024 * 1024;

/// The record of the last full check of a large database: the local date.
pub(super) fn check_stamp(data_dir: &Path) -> PathBuf {
    data_dir.join(live::DIR).join("checked")
}

/// Whether the integrity check must run now.
fn needs_check(path: &Path, data_dir: &Path, today: &str) -> bool {
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    size <= FULL_CHECK_BYTES
        || std::fs::read_to_string(check_stamp(data_dir)).map_or(true, |day| day.trim() != today)
}

/// How many stores of this process have each database open. Closing any file descriptor of
/// a file drops every POSIX lock this process holds on it, SQLite's included, so the header
/// is only peeked at (with a descriptor of our own) while no store here has the file open.
static OPEN: Mutex<BTreeMap<PathBuf, usize>> = Mutex::new(BTreeMap::new());

fn open_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

fn is_open_here(path: &Path) -> bool {
    let key = open_key(path);
    OPEN.lock().map(|open| open.get(&key).is_some_and(|n| *n > 0)).unwrap_or(true)
}

/// Counts a store as having its database open until dropped.
#[derive(Debug)]
pub(super) struct Registration(PathBuf);

impl Registration {
    fn new(path: &Path) -> Self {
        let key = open_key(path);
        if let Ok(mut open) = OPEN.lock() {
            *open.entry(key.clone()).or_default() += 1;
        }
        Self(key)
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        if let Ok(mut open) = OPEN.lock()
            && let Some(n) = open.get_mut(&self.0)
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                open.remove(&self.0);
            }
        }
    }
}

/// Opens, checks and migrates the database at `path`.
fn connect(path: &Path, data_dir: &Path, today: &str) -> Result<Connection, Attempt> {
    let sql = |e: rusqlite::Error| classify(path, &e);
    if !is_open_here(path) {
        looks_like_sqlite(path)?;
    }
    let check = needs_check(path, data_dir, today);
    let conn = Connection::open(path).map_err(sql)?;
    // Until the file is known to be ours and sound, closing must not checkpoint its WAL into
    // it (nor remove the WAL): a file set aside stays exactly as it was.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true).map_err(sql)?;
    // Before any read, so that every later step waits for another Limber instead of failing.
    conn.busy_timeout(super::BUSY_TIMEOUT).map_err(sql)?;
    let (version, holds_anything) = version_and_contents(&conn).map_err(sql)?;
    if version > schema::VERSION {
        return Err(Attempt::Unusable(Unusable::Newer(version)));
    }
    if version < 0 {
        return Err(Attempt::Unusable(Unusable::Foreign(
            Message::new("history-foreign-version").with("version", version),
        )));
    }
    // Before anything is written (WAL, tables, a version): a database without a version that
    // already holds anything is someone else's.
    if version == 0 && holds_anything {
        return Err(Attempt::Unusable(Unusable::Foreign(Message::new("history-foreign-tables"))));
    }
    if check {
        let found: String =
            conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)).map_err(sql)?;
        if found != "ok" {
            let _ = std::fs::remove_file(check_stamp(data_dir));
            return Err(Attempt::Unusable(Unusable::Corrupt(
                Message::new("history-integrity").with("found", found),
            )));
        }
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if size > FULL_CHECK_BYTES {
            let stamp = check_stamp(data_dir);
            let _ = std::fs::create_dir_all(data_dir.join(live::DIR));
            let _ = std::fs::write(stamp, today);
        }
    }
    // Ours and sound: from now on closing checkpoints and removes the WAL as usual.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false).map_err(sql)?;
    let _mode: String =
        conn.pragma_update_and_check(None, "journal_mode", "wal", |r| r.get(0)).map_err(sql)?;
    conn.pragma_update(None, "synchronous", "FULL").map_err(sql)?;
    conn.pragma_update(None, "foreign_keys", true).map_err(sql)?;
    schema::migrate(&conn).map_err(|problem| match problem {
        schema::Problem::Newer(v) => Attempt::Unusable(Unusable::Newer(v)),
        schema::Problem::Foreign(why) => Attempt::Unusable(Unusable::Foreign(why)),
        schema::Problem::Sqlite(e) => classify(path, &e),
    })?;
    Ok(conn)
}

/// The schema version, and whether the database has any table, index, view or trigger.
///
/// Both are read in one statement, so from one snapshot: read one after the other, another
/// Limber creating the tables in between would make a new history look like someone else's
/// (version 0, tables), and it would be set aside while that Limber goes on writing to it.
fn version_and_contents(conn: &Connection) -> rusqlite::Result<(i64, bool)> {
    conn.query_row(
        "SELECT user_version, EXISTS (SELECT 1 FROM sqlite_schema) FROM pragma_user_version",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
}

/// Opens the store in `data_dir`, setting an unusable database aside.
pub(super) fn open(data_dir: &Path, now: DateTime<FixedOffset>) -> Result<Opened, Error> {
    std::fs::create_dir_all(data_dir)
        .map_err(|e| Error::Io { path: data_dir.to_owned(), source: Arc::new(e) })?;
    let path = data_dir.join(FILE_NAME);
    let today = now.date_naive().to_string();
    let (conn, notice) = match connect_waiting(&path, data_dir, &today) {
        Ok(conn) => (conn, None),
        Err(Attempt::Failed(error) | Attempt::Busy(error)) => return Err(error),
        Err(Attempt::Unusable(why)) => {
            let label = match why {
                Unusable::Newer(_) => "from-newer-limber",
                Unusable::Corrupt(_) | Unusable::Foreign(_) => "unreadable",
            };
            let aside = set_aside(&path, label, now)
                .map_err(|e| Error::Io { path: path.clone(), source: Arc::new(e) })?;
            let _ = std::fs::remove_file(check_stamp(data_dir));
            let conn =
                connect_waiting(&path, data_dir, &today).map_err(|attempt| match attempt {
                    Attempt::Failed(error) | Attempt::Busy(error) => error,
                    Attempt::Unusable(why) => Error::Database {
                        path: path.clone(),
                        problem: Message::new("history-cannot-start-new")
                            .with("why", why.message()),
                    },
                })?;
            (conn, Some(notice(&why, &path, &aside)))
        }
    };
    let store = Store {
        conn,
        _open: Registration::new(&path),
        path,
        data_dir: data_dir.to_owned(),
        live: OnceCell::new(),
    };
    // Best effort: a full disk must not keep anyone from their history; the sessions that
    // were cut off get their end at a later open.
    let _ = sweep(&store, now);
    live::clean(data_dir);
    Ok(Opened { store, notice })
}

/// Opens the store in `data_dir` for reading only: nothing is created, migrated, swept or
/// set aside, so it works in a folder that cannot be written (read-only, or a full disk) and
/// never waits for a writer. No database yet reads as an empty history. A database that
/// needs more than reading (damaged, older or newer, someone else's) is opened as
/// [`open`] does, where that is possible.
pub(super) fn open_read_only(data_dir: &Path, now: DateTime<FixedOffset>) -> Result<Opened, Error> {
    let path = data_dir.join(FILE_NAME);
    let today = now.date_naive().to_string();
    let store = |conn: Connection, notice: Option<Message>| Opened {
        store: Store {
            conn,
            _open: Registration::new(&path),
            path: path.clone(),
            data_dir: data_dir.to_owned(),
            // A reader runs no session: it never makes a live lock.
            live: OnceCell::from(None),
        },
        notice,
    };
    let empty = || -> Result<Opened, Error> {
        let failed = |e: &rusqlite::Error| Error::database(&path, e);
        let conn = Connection::open_in_memory().map_err(|e| failed(&e))?;
        schema::migrate(&conn).map_err(|_| Error::Database {
            path: path.clone(),
            problem: Message::new("history-cannot-make-empty"),
        })?;
        conn.pragma_update(None, "query_only", true).map_err(|e| failed(&e))?;
        Ok(store(conn, None))
    };
    if std::fs::symlink_metadata(&path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        return empty();
    }
    match connect_reading(&path, data_dir, &today, false) {
        Ok(Some(conn)) => Ok(store(conn, None)),
        Ok(None) => empty(),
        Err(Attempt::Unusable(_)) => open(data_dir, now),
        // A WAL database that a crash left to recover, or whose `-shm` cannot be made,
        // cannot be read read-only: open it as usual where the folder allows; else (a
        // read-only folder) read what the file itself holds.
        Err(Attempt::Failed(error) | Attempt::Busy(error)) => match open(data_dir, now) {
            Ok(opened) => Ok(opened),
            Err(_) => match connect_reading(&path, data_dir, &today, true) {
                Ok(Some(conn)) => {
                    let notice = with_suffix(&path, "-wal").exists().then(|| {
                        Message::new("history-read-as-saved")
                            .with("path", path.display().to_string())
                            .with("detail", error.message())
                    });
                    Ok(store(conn, notice))
                }
                Ok(None) => empty(),
                Err(_) => Err(error),
            },
        },
    }
}

/// A read-only connection to the database at `path` that is ours, sound and current; `None`
/// for an empty database. `immutable`: read the file alone, as if nothing could change it.
fn connect_reading(
    path: &Path,
    data_dir: &Path,
    today: &str,
    immutable: bool,
) -> Result<Option<Connection>, Attempt> {
    use rusqlite::OpenFlags;
    let sql = |e: rusqlite::Error| classify(path, &e);
    if !is_open_here(path) {
        looks_like_sqlite(path)?;
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut uri = format!("file:{}", uri_path(path));
    if immutable {
        uri.push_str("?immutable=1");
    }
    let conn = Connection::open_with_flags(&uri, flags).map_err(sql)?;
    conn.busy_timeout(super::BUSY_TIMEOUT).map_err(sql)?;
    let (version, holds_anything) = version_and_contents(&conn).map_err(sql)?;
    if version == 0 && !holds_anything {
        return Ok(None);
    }
    if version != schema::VERSION {
        // Older (to migrate), newer or someone else's: for `open` to deal with.
        return Err(Attempt::Unusable(Unusable::Newer(version)));
    }
    if needs_check(path, data_dir, today) {
        let found: String =
            conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0)).map_err(sql)?;
        if found != "ok" {
            return Err(Attempt::Unusable(Unusable::Corrupt(
                Message::new("history-integrity").with("found", found),
            )));
        }
    }
    Ok(Some(conn))
}

/// A path as an SQLite URI writes it: every byte but the plain ones percent-encoded.
fn uri_path(path: &Path) -> String {
    let bytes = path.as_os_str().as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len());
    for &byte in bytes {
        if byte.is_ascii_alphanumeric() || b"/-_.~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

impl Unusable {
    /// Why, in a few words ("the file is not an SQLite database").
    fn message(&self) -> Message {
        match self {
            Self::Corrupt(why) | Self::Foreign(why) => why.clone(),
            Self::Newer(version) => Message::new("history-newer-version")
                .with("version", *version)
                .with("readable", schema::VERSION),
        }
    }
}

/// A technical detail from SQLite or the system, shown as it is.
fn detail(text: String) -> Message {
    Message::new("history-detail").with("detail", text)
}

fn notice(why: &Unusable, path: &Path, aside: &Path) -> Message {
    let key = match why {
        Unusable::Corrupt(_) => "history-set-aside-unreadable",
        Unusable::Foreign(_) => "history-set-aside-foreign",
        Unusable::Newer(_) => "history-set-aside-newer",
    };
    Message::new(key)
        .with("why", why.message())
        .with("aside", aside.display().to_string())
        .with("path", path.display().to_string())
}

/// The names beside `path`: `NAME.LABEL-YYYYMMDDTHHMMSS` (`-2`, `-3`, ... when taken).
fn aside_name(path: &Path, label: &str, now: DateTime<FixedOffset>, n: u32) -> PathBuf {
    let stamp = now.format("%Y%m%dT%H%M%S");
    let extra = if n > 1 { format!("-{n}") } else { String::new() };
    path.with_file_name(format!("{FILE_NAME}.{label}-{stamp}{extra}"))
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Renames the database and its `-wal` and `-shm` aside, the journal files first: a stale
/// WAL must never be left beside a fresh database.
fn set_aside(path: &Path, label: &str, now: DateTime<FixedOffset>) -> std::io::Result<PathBuf> {
    const SUFFIXES: [&str; 3] = ["-wal", "-shm", "-journal"];
    for n in 1..1000 {
        let target = aside_name(path, label, now, n);
        let taken = std::iter::once(String::new())
            .chain(SUFFIXES.iter().map(|s| (*s).to_owned()))
            .any(|s| with_suffix(&target, &s).exists());
        if taken {
            continue;
        }
        for suffix in SUFFIXES {
            let from = with_suffix(path, suffix);
            if from.exists() {
                std::fs::rename(&from, with_suffix(&target, suffix))?;
            }
        }
        std::fs::rename(path, &target)?;
        return Ok(target);
    }
    Err(std::io::Error::other("too many old history files already set aside"))
}

/// Gives sessions that were cut off (their process is gone, or nothing happened for
/// [`STALE_AFTER`] when there is no live lock to ask) an end: their last step's time, else
/// their start. They stay partial.
fn sweep(store: &Store, now: DateTime<FixedOffset>) -> Result<(), Error> {
    let db = |e: rusqlite::Error| store.db(e);
    let mut ends: Vec<(i64, Option<String>, String)> = Vec::new();
    {
        let mut statement = store
            .conn
            .prepare(
                "SELECT s.id, s.started_at, s.owner, (SELECT t.ended_at FROM steps t \
                 WHERE t.session_id = s.id ORDER BY t.id DESC LIMIT 1) \
                 FROM sessions s WHERE s.ended_at IS NULL",
            )
            .map_err(db)?;
        let mut rows = statement.query([]).map_err(db)?;
        while let Some(row) = rows.next().map_err(db)? {
            let Ok(id) = row.get::<_, i64>(0) else { continue };
            let Ok(started) = decode::date_time(row, 1, "started_at") else { continue };
            let owner = decode::opt_text(row, 2, "owner").ok().flatten();
            let last = decode::opt_date_time(row, 3, "ended_at")
                .ok()
                .flatten()
                .filter(|t| *t >= started)
                .unwrap_or(started);
            let state = match &owner {
                Some(token) => live::owner(&store.data_dir, token),
                None => live::Owner::Unknown,
            };
            let stale = match state {
                live::Owner::Alive => false,
                live::Owner::Gone => true,
                live::Owner::Unknown => {
                    (now - last).to_std().is_ok_and(|quiet| quiet > STALE_AFTER)
                }
            };
            if stale {
                let end = last.with_timezone(&started.timezone());
                ends.push((id, owner, format_date_time(&end)));
            }
        }
    }
    if ends.is_empty() {
        return Ok(());
    }
    store.write(|tx| {
        for (id, owner, end) in &ends {
            // Unless another Limber took the session up again in the meantime.
            tx.execute(
                "UPDATE sessions SET ended_at = ?1, owner = NULL \
                 WHERE id = ?2 AND ended_at IS NULL AND owner IS ?3",
                params![end, id, owner],
            )
            .map_err(db)?;
        }
        Ok(())
    })
}
