//! Export (JSON and CSV) and import (JSON). The JSON export is the import format:
//! `{"format": 1, "sessions": [...], "pauses": [...]}`; an import may also be a bare list of
//! sessions or a single session. Import files come from other people and other programs, so
//! every field is checked and a bad one is named (record and field) before anything is
//! written.

use super::{
    Checked, Error, MAX_SESSION_SECONDS, Pause, PauseReason, SessionRecord, Skipped, Status,
    StepRecord, Store, decode, derived_uid, format_date_time, insert_step,
};
use crate::i18n::Message;
use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::{OptionalExtension, params};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The version of the export format this Limber writes and reads.
pub const FORMAT: u64 = 1;

/// Longest accepted texts in an import, in characters.
const ID_MAX: usize = 128;
const TITLE_MAX: usize = 500;
const NOTE_MAX: usize = 10_000;
const NAME_MAX: usize = 64;
/// Most steps accepted for one imported session (a 4-hour plan has far fewer).
const STEPS_MAX: usize = 100_000;

/// One session with everything recorded about it, as exported and imported.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedSession {
    /// The stable id; `None` only for an imported record without one.
    pub uid: Option<String>,
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
    /// The program level it was done at (1 in exports from before levels).
    pub level: u32,
    pub steps: Vec<ExportedStep>,
}

impl ExportedSession {
    fn from_record(record: SessionRecord, steps: Vec<ExportedStep>) -> Self {
        Self {
            uid: Some(record.uid),
            program_id: record.program_id,
            program_version: record.program_version,
            program_hash: record.program_hash,
            title: record.title,
            started_at: record.started_at,
            ended_at: record.ended_at,
            status: record.status,
            planned_seconds: record.planned_seconds,
            active_seconds: record.active_seconds,
            sessions_per_week: record.sessions_per_week,
            pain_before: record.pain_before,
            pain_after: record.pain_after,
            effort: record.effort,
            note: record.note,
            level: record.level,
            steps,
        }
    }
}

/// One step of an exported session.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedStep {
    pub step: StepRecord,
    /// When it ended, when known.
    pub ended_at: Option<DateTime<FixedOffset>>,
}

/// One exported pause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportedPause {
    pub from: NaiveDate,
    pub to: Option<NaiveDate>,
    pub reason: PauseReason,
}

/// What an export holds and an import brings.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Document {
    pub sessions: Vec<ExportedSession>,
    pub pauses: Vec<ExportedPause>,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportSummary {
    /// Sessions added.
    pub added: usize,
    /// Sessions that were already in the history (kept once).
    pub already_present: usize,
    /// Pauses added.
    pub pauses_added: usize,
    /// Pauses that were already there (same days, same reason).
    pub pauses_already_present: usize,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: u64,
    sessions: Vec<SessionOut<'a>>,
    pauses: Vec<PauseOut>,
}

#[derive(Serialize)]
struct SessionOut<'a> {
    id: Option<&'a str>,
    program: &'a str,
    program_version: u32,
    program_hash: &'a str,
    title: &'a str,
    started_at: String,
    ended_at: Option<String>,
    status: &'static str,
    planned_seconds: u32,
    active_seconds: u32,
    sessions_per_week: Option<u32>,
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    effort: Option<u8>,
    note: Option<&'a str>,
    level: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    steps: Option<Vec<StepOut<'a>>>,
}

#[derive(Serialize)]
struct StepOut<'a> {
    index: u32,
    kind: &'a str,
    exercise: Option<&'a str>,
    set: u32,
    side: Option<&'a str>,
    done: bool,
    seconds: u32,
    ended_at: Option<String>,
}

#[derive(Serialize)]
struct PauseOut {
    from: String,
    to: Option<String>,
    reason: &'static str,
}

fn session_out(s: &ExportedSession, with_steps: bool) -> SessionOut<'_> {
    SessionOut {
        id: s.uid.as_deref(),
        program: &s.program_id,
        program_version: s.program_version,
        program_hash: &s.program_hash,
        title: &s.title,
        started_at: format_date_time(&s.started_at),
        ended_at: s.ended_at.as_ref().map(format_date_time),
        status: s.status.as_str(),
        planned_seconds: s.planned_seconds,
        active_seconds: s.active_seconds,
        sessions_per_week: s.sessions_per_week,
        pain_before: s.pain_before,
        pain_after: s.pain_after,
        effort: s.effort,
        note: s.note.as_deref(),
        level: s.level,
        steps: with_steps.then(|| {
            s.steps
                .iter()
                .map(|t| StepOut {
                    index: t.step.index,
                    kind: &t.step.kind,
                    exercise: t.step.exercise.as_deref(),
                    set: t.step.set,
                    side: t.step.side.as_deref(),
                    done: t.step.done,
                    seconds: t.step.seconds,
                    ended_at: t.ended_at.as_ref().map(format_date_time),
                })
                .collect()
        }),
    }
}

fn pretty(value: &impl Serialize) -> String {
    // Serializing plain structs of strings and numbers cannot fail.
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}

/// `records` as a JSON list in the export's record shape, without steps (`limber history
/// --json`).
pub fn sessions_json(records: &[SessionRecord]) -> String {
    let sessions: Vec<ExportedSession> =
        records.iter().map(|r| ExportedSession::from_record(r.clone(), vec![])).collect();
    let out: Vec<SessionOut<'_>> = sessions.iter().map(|s| session_out(s, false)).collect();
    pretty(&out)
}

impl Document {
    /// A document of `sessions` and `pauses` in a fixed order (sessions by start, then id;
    /// pauses by dates and reason), so exporting the same history twice gives the same bytes.
    pub fn new(mut sessions: Vec<ExportedSession>, pauses: Vec<Pause>) -> Self {
        sessions.sort_by(|a, b| a.started_at.cmp(&b.started_at).then_with(|| a.uid.cmp(&b.uid)));
        let mut pauses: Vec<ExportedPause> = pauses
            .into_iter()
            .map(|p| ExportedPause { from: p.from, to: p.to, reason: p.reason })
            .collect();
        pauses.sort_by_key(|p| (p.from, p.to.is_none(), p.to, p.reason.as_str()));
        Self { sessions, pauses }
    }

    /// The JSON export (also the import format).
    pub fn to_json(&self) -> String {
        pretty(&FileOut {
            format: FORMAT,
            sessions: self.sessions.iter().map(|s| session_out(s, true)).collect(),
            pauses: self
                .pauses
                .iter()
                .map(|p| PauseOut {
                    from: p.from.to_string(),
                    to: p.to.map(|d| d.to_string()),
                    reason: p.reason.as_str(),
                })
                .collect(),
        })
    }

    /// The CSV export: a header and one row per session (RFC 4180: CRLF, fields with a comma,
    /// quote or line break quoted, quotes doubled). Texts that a spreadsheet would run as a
    /// formula (starting with `=`, `+`, `-`, `@`) get a leading `'`: titles come from program
    /// files sent by e-mail.
    pub fn to_csv(&self) -> String {
        let mut out = String::from(
            "id,program,program_version,program_hash,title,started_at,ended_at,status,\
             planned_seconds,active_seconds,sessions_per_week,pain_before,pain_after,effort,\
             note,steps_done,steps_skipped,level\r\n",
        );
        let number = |n: Option<u32>| n.map(|n| n.to_string()).unwrap_or_default();
        for s in &self.sessions {
            let done = s.steps.iter().filter(|t| t.step.done).count();
            let fields = [
                text_cell(s.uid.as_deref().unwrap_or_default()),
                text_cell(&s.program_id),
                s.program_version.to_string(),
                text_cell(&s.program_hash),
                text_cell(&s.title),
                format_date_time(&s.started_at),
                s.ended_at.as_ref().map(format_date_time).unwrap_or_default(),
                s.status.as_str().to_owned(),
                s.planned_seconds.to_string(),
                s.active_seconds.to_string(),
                number(s.sessions_per_week),
                number(s.pain_before.map(u32::from)),
                number(s.pain_after.map(u32::from)),
                number(s.effort.map(u32::from)),
                text_cell(s.note.as_deref().unwrap_or_default()),
                done.to_string(),
                (s.steps.len() - done).to_string(),
                s.level.to_string(),
            ];
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// Reads an import file's bytes: UTF-8 text, with or without a byte order mark (some
    /// editors write one), holding what [`Document::from_json`] reads.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, Error> {
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        let text = std::str::from_utf8(bytes).map_err(|e| {
            Error::Import(Message::new("history-import-not-utf8").with("byte", e.valid_up_to() + 1))
        })?;
        Self::from_json(text)
    }

    /// Reads an import file: an export document, a list of session records, or one record.
    pub fn from_json(text: &str) -> Result<Self, Error> {
        let value: Value = serde_json::from_str(text).map_err(|e| {
            Error::Import(Message::new("history-import-not-json").with("detail", e.to_string()))
        })?;
        match value {
            Value::Array(items) => Ok(Self { sessions: sessions(&items, "")?, pauses: vec![] }),
            Value::Object(map)
                if ["format", "sessions", "pauses"].iter().any(|k| map.contains_key(*k)) =>
            {
                document(&map)
            }
            Value::Object(map) => {
                let record = Fields { map: &map, at: Message::new("history-at-the-session") };
                Ok(Self { sessions: vec![session(&record)?], pauses: vec![] })
            }
            other => Err(Error::Import(
                Message::new("history-import-not-export").with("found", shown(&other)),
            )),
        }
    }
}

/// One CSV cell of text: formula-guarded, quoted when needed.
fn text_cell(text: &str) -> String {
    let guarded = text.starts_with(['=', '+', '-', '@', '\t', '\r']);
    let text = if guarded { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

pub(super) fn export(store: &Store) -> Result<Checked<ExportedSession>, Error> {
    let sessions = store.sessions_checked()?;
    let steps = super::read_checked(
        store,
        "steps",
        "SELECT id, step_index, kind, exercise, set_number, side, done, seconds, ended_at, \
         session_id FROM steps ORDER BY session_id, id",
        [],
        |row| {
            let (step, ended) = super::decode_step(row)?;
            let ended_at = match ended {
                None => None,
                Some(text) => Some(decode::parse_date_time(&text).ok_or_else(|| {
                    Message::new("history-value-not-date-time")
                        .with("field", "ended_at")
                        .with("found", format!("{text:?}"))
                })?),
            };
            let session: i64 = row.get(9).map_err(|e| {
                Message::new("history-value-unreadable")
                    .with("field", "session_id")
                    .with("detail", e.to_string())
            })?;
            Ok((session, ExportedStep { step, ended_at }))
        },
    )?;
    let mut by_session: HashMap<i64, Vec<ExportedStep>> = HashMap::new();
    for (session, step) in steps.items {
        by_session.entry(session).or_default().push(step);
    }
    let mut skipped = sessions.skipped;
    skipped.extend(steps.skipped);
    let items = sessions
        .items
        .into_iter()
        .map(|record| {
            let steps = by_session.remove(&record.id.0).unwrap_or_default();
            ExportedSession::from_record(record, steps)
        })
        .collect();
    Ok(Checked { items, skipped })
}

/// Rows (a session, its check-in, its steps; a pause) written in one transaction: a few
/// tens of milliseconds of work, so another Limber that must write meanwhile (a session
/// running beside a large import) never waits longer than that.
const BATCH_ROWS: usize = 2_000;

/// The pause after each batch, in which another Limber waiting to write gets the history
/// (SQLite's busy handler tries again every few milliseconds, then every 100).
const BREATHER: std::time::Duration = std::time::Duration::from_millis(5);

/// Adds `document` in transactions of at most [`BATCH_ROWS`] rows (a session is never split).
/// A failure keeps what the earlier batches wrote and says how far the import got.
pub(super) fn import(store: &Store, document: &Document) -> Result<ImportSummary, Error> {
    let mut summary = ImportSummary::default();
    let mut sessions = document.sessions.iter().peekable();
    let mut pauses = document.pauses.iter().peekable();
    let mut first = true;
    while sessions.peek().is_some() || pauses.peek().is_some() {
        if !first {
            std::thread::sleep(BREATHER);
        }
        first = false;
        let before = summary;
        let batch = store.write(|tx| {
            let mut rows = 0;
            while let Some(s) = sessions.next_if(|_| rows < BATCH_ROWS) {
                rows += 2 + s.steps.len();
                import_session(store, tx, s, &mut summary)?;
            }
            while let Some(p) = pauses.next_if(|_| rows < BATCH_ROWS) {
                rows += 1;
                import_pause(store, tx, p, &mut summary)?;
            }
            Ok(())
        });
        if let Err(error) = batch {
            return Err(if before == ImportSummary::default() {
                error
            } else {
                Error::ImportStopped { done: before, source: Box::new(error) }
            });
        }
    }
    Ok(summary)
}

/// One session, unless it is already there.
fn import_session(
    store: &Store,
    tx: &rusqlite::Transaction<'_>,
    s: &ExportedSession,
    summary: &mut ImportSummary,
) -> Result<(), Error> {
    let db = |e: rusqlite::Error| store.db(e);
    let started_ms = s.started_at.timestamp_millis();
    let uid = match &s.uid {
        Some(uid) => uid.clone(),
        None => {
            let same: Option<i64> = tx
                .prepare_cached("SELECT id FROM sessions WHERE program_id = ?1 AND started_ms = ?2")
                .and_then(|mut q| {
                    q.query_row(params![s.program_id, started_ms], |r| r.get(0)).optional()
                })
                .map_err(db)?;
            if same.is_some() {
                summary.already_present += 1;
                return Ok(());
            }
            derived_uid(&s.program_id, &s.started_at)
        }
    };
    let present: Option<i64> = tx
        .prepare_cached("SELECT id FROM sessions WHERE uid = ?1")
        .and_then(|mut q| q.query_row([&uid], |r| r.get(0)).optional())
        .map_err(db)?;
    if present.is_some() {
        summary.already_present += 1;
        return Ok(());
    }
    tx.prepare_cached(
        "INSERT INTO sessions (uid, program_id, program_version, program_hash, title, \
         started_at, started_ms, ended_at, status, planned_seconds, active_seconds, \
         sessions_per_week, level) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, \
         ?13)",
    )
    .and_then(|mut q| {
        q.execute(params![
            uid,
            s.program_id,
            s.program_version,
            s.program_hash,
            s.title,
            format_date_time(&s.started_at),
            started_ms,
            s.ended_at.as_ref().map(format_date_time),
            s.status.as_str(),
            s.planned_seconds,
            s.active_seconds,
            s.sessions_per_week,
            s.level,
        ])
    })
    .map_err(db)?;
    let id = tx.last_insert_rowid();
    if s.pain_before.is_some() || s.pain_after.is_some() || s.effort.is_some() || s.note.is_some() {
        tx.prepare_cached(
            "INSERT INTO checkins (session_id, pain_before, pain_after, effort, note) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )
        .and_then(|mut q| q.execute(params![id, s.pain_before, s.pain_after, s.effort, s.note]))
        .map_err(db)?;
    }
    for step in &s.steps {
        let ended = step.ended_at.as_ref().map(format_date_time);
        insert_step(tx, id, &step.step, ended.as_deref()).map_err(db)?;
    }
    summary.added += 1;
    Ok(())
}

/// One pause, unless the same one is already there.
fn import_pause(
    store: &Store,
    tx: &rusqlite::Transaction<'_>,
    p: &ExportedPause,
    summary: &mut ImportSummary,
) -> Result<(), Error> {
    let db = |e: rusqlite::Error| store.db(e);
    let from = p.from.to_string();
    let to = p.to.map(|d| d.to_string());
    let present: bool = tx
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM pauses WHERE from_date = ?1 AND to_date IS ?2 \
             AND reason = ?3)",
            params![from, to, p.reason.as_str()],
            |r| r.get(0),
        )
        .map_err(db)?;
    if present {
        summary.pauses_already_present += 1;
        return Ok(());
    }
    tx.execute(
        "INSERT INTO pauses (from_date, to_date, reason) VALUES (?1, ?2, ?3)",
        params![from, to, p.reason.as_str()],
    )
    .map_err(db)?;
    summary.pauses_added += 1;
    Ok(())
}

/// The skipped rows as one line for the user, or `None` when there are none.
pub fn skipped_summary(skipped: &[Skipped]) -> Option<Message> {
    let first = skipped.first()?;
    Some(
        Message::new("history-skipped-summary")
            .with("count", skipped.len())
            .with("first", first.message())
            .with("more", skipped.len() - 1),
    )
}

// ---- reading an import file ----

fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        format!("{}...", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

/// "must be a list, found 3" (`what`: list, object, text or boolean).
fn not_a(what: &str, found: &Value) -> Message {
    Message::new("history-field-not-a").with("what", what).with("found", shown(found))
}

fn not_an_object(at: Message, found: &Value) -> Error {
    Error::Import(
        Message::new("history-import-not-object").with("at", at).with("found", shown(found)),
    )
}

fn document(map: &Map<String, Value>) -> Result<Document, Error> {
    let top = Fields { map, at: Message::new("history-at-the-file") };
    top.known(&["format", "sessions", "pauses"])?;
    let format = top.int("format", 1, i64::MAX)?.unwrap_or(1);
    if format > FORMAT as i64 {
        return Err(Error::Import(
            Message::new("history-import-newer-format")
                .with("format", format)
                .with("readable", FORMAT),
        ));
    }
    let list = |name: &str| -> Result<&[Value], Error> {
        match top.get(name) {
            None => Ok(&[]),
            Some(Value::Array(items)) => Ok(items),
            Some(other) => Err(top.error(name, not_a("list", other))),
        }
    };
    let sessions = sessions(list("sessions")?, "sessions")?;
    let pauses = list("pauses")?
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let at = Message::new("history-at-pause")
                .with("number", i + 1)
                .with("place", format!("pauses[{i}]"));
            let Value::Object(map) = item else {
                return Err(not_an_object(at, item));
            };
            pause(&Fields { map, at })
        })
        .collect::<Result<_, _>>()?;
    Ok(Document { sessions, pauses })
}

fn sessions(items: &[Value], list: &str) -> Result<Vec<ExportedSession>, Error> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let place = if list.is_empty() {
                Message::new("history-at-index").with("index", i)
            } else {
                Message::new("history-detail").with("detail", format!("{list}[{i}]"))
            };
            let at = Message::new("history-at-record").with("number", i + 1).with("place", place);
            let Value::Object(map) = item else {
                return Err(not_an_object(at, item));
            };
            session(&Fields { map, at })
        })
        .collect()
}

const SESSION_KEYS: [&str; 17] = [
    "id",
    "level",
    "program",
    "program_version",
    "program_hash",
    "title",
    "started_at",
    "ended_at",
    "status",
    "planned_seconds",
    "active_seconds",
    "sessions_per_week",
    "pain_before",
    "pain_after",
    "effort",
    "note",
    "steps",
];

fn session(f: &Fields<'_>) -> Result<ExportedSession, Error> {
    f.known(&SESSION_KEYS)?;
    let uid = f.text("id", ID_MAX)?;
    if uid.as_deref().is_some_and(|id| id.trim().is_empty()) {
        return Err(f.error("id", Message::new("history-field-empty")));
    }
    let program_id = f.text("program", NAME_MAX)?.ok_or_else(|| f.missing("program"))?;
    if program_id.is_empty()
        || !program_id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(f.error(
            "program",
            Message::new("history-field-not-program-id").with("found", format!("{program_id:?}")),
        ));
    }
    let status_text = f.text("status", NAME_MAX)?.ok_or_else(|| f.missing("status"))?;
    let status = Status::parse(&status_text).ok_or_else(|| {
        f.error(
            "status",
            Message::new("history-field-not-status").with("found", format!("{status_text:?}")),
        )
    })?;
    let started_at = f.date_time("started_at")?.ok_or_else(|| f.missing("started_at"))?;
    let ended_at = f.date_time("ended_at")?;
    match ended_at {
        Some(end) if end < started_at => {
            return Err(f.error("ended_at", Message::new("history-field-end-before-start")));
        }
        None if status != Status::Partial => {
            return Err(f.error(
                "ended_at",
                Message::new("history-field-end-missing").with("status", status.as_str()),
            ));
        }
        _ => {}
    }
    let max = i64::from(MAX_SESSION_SECONDS);
    let seconds = |field| -> Result<Option<u32>, Error> {
        Ok(f.int(field, 0, max)?.and_then(|n| u32::try_from(n).ok()))
    };
    let elapsed = ended_at
        .map(|end| (end - started_at).num_seconds().clamp(0, max))
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0);
    let score = |field| -> Result<Option<u8>, Error> {
        Ok(f.int(field, 0, 10)?.and_then(|n| u8::try_from(n).ok()))
    };
    let steps = match f.get("steps") {
        None => vec![],
        Some(Value::Array(items)) if items.len() > STEPS_MAX => {
            return Err(f.error(
                "steps",
                Message::new("history-field-too-many-steps").with("max", STEPS_MAX),
            ));
        }
        Some(Value::Array(items)) => {
            items.iter().enumerate().map(|(i, item)| step(f, i, item)).collect::<Result<_, _>>()?
        }
        Some(other) => {
            return Err(f.error("steps", not_a("list", other)));
        }
    };
    Ok(ExportedSession {
        title: f.text("title", TITLE_MAX)?.unwrap_or_else(|| program_id.clone()),
        program_version: f
            .int("program_version", 1, i64::from(u32::MAX))?
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(1),
        program_hash: f.text("program_hash", ID_MAX)?.unwrap_or_default(),
        uid,
        program_id,
        started_at,
        ended_at,
        status,
        planned_seconds: seconds("planned_seconds")?.unwrap_or(0),
        active_seconds: seconds("active_seconds")?.unwrap_or(elapsed),
        sessions_per_week: f
            .int("sessions_per_week", super::TARGET_LOW, super::TARGET_HIGH)?
            .and_then(|n| u32::try_from(n).ok()),
        pain_before: score("pain_before")?,
        pain_after: score("pain_after")?,
        effort: score("effort")?,
        note: f.text("note", NOTE_MAX)?,
        level: f
            .int("level", 1, i64::from(super::MAX_LEVEL))?
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or(1),
        steps,
    })
}

fn step(session: &Fields<'_>, i: usize, item: &Value) -> Result<ExportedStep, Error> {
    let Value::Object(map) = item else {
        return Err(session.error(&format!("steps[{i}]"), not_a("object", item)));
    };
    let at = Message::new("history-at-step")
        .with("at", session.at.clone())
        .with("place", format!("steps[{i}]"));
    let f = Fields { map, at };
    f.known(&["index", "kind", "exercise", "set", "side", "done", "seconds", "ended_at"])?;
    let u32_field = |field| -> Result<Option<u32>, Error> {
        Ok(f.int(field, 0, i64::from(u32::MAX))?.and_then(|n| u32::try_from(n).ok()))
    };
    let kind = f.text("kind", NAME_MAX)?.ok_or_else(|| f.missing("kind"))?;
    if kind.is_empty() {
        return Err(f.error("kind", Message::new("history-field-empty")));
    }
    let done = match f.get("done") {
        None => return Err(f.missing("done")),
        Some(Value::Bool(b)) => *b,
        Some(other) => {
            return Err(f.error("done", not_a("boolean", other)));
        }
    };
    Ok(ExportedStep {
        step: StepRecord {
            index: u32_field("index")?.ok_or_else(|| f.missing("index"))?,
            kind,
            exercise: f.text("exercise", NAME_MAX)?,
            set: u32_field("set")?.unwrap_or(0),
            side: f.text("side", NAME_MAX)?,
            done,
            seconds: u32_field("seconds")?.ok_or_else(|| f.missing("seconds"))?,
        },
        ended_at: f.date_time("ended_at")?,
    })
}

fn pause(f: &Fields<'_>) -> Result<ExportedPause, Error> {
    f.known(&["from", "to", "reason"])?;
    let from = f.date("from")?.ok_or_else(|| f.missing("from"))?;
    let to = f.date("to")?;
    if to.is_some_and(|to| to < from) {
        return Err(f.error("to", Message::new("history-field-to-before-from")));
    }
    let reason = match f.text("reason", NAME_MAX)? {
        None => PauseReason::Ill,
        Some(text) => PauseReason::parse(&text).ok_or_else(|| {
            f.error(
                "reason",
                Message::new("history-field-not-reason").with("found", format!("{text:?}")),
            )
        })?,
    };
    Ok(ExportedPause { from, to, reason })
}

/// The fields of one JSON object, with the place it came from for messages.
struct Fields<'a> {
    map: &'a Map<String, Value>,
    /// e.g. `record 3 (sessions[2])`.
    at: Message,
}

impl Fields<'_> {
    fn error(&self, field: &str, problem: Message) -> Error {
        Error::Import(
            Message::new("history-import-field")
                .with("at", self.at.clone())
                .with("field", field)
                .with("problem", problem),
        )
    }

    fn missing(&self, field: &str) -> Error {
        self.error(field, Message::new("history-field-missing"))
    }

    /// The value of `field`; `null` counts as absent.
    fn get(&self, field: &str) -> Option<&Value> {
        self.map.get(field).filter(|v| !v.is_null())
    }

    /// Unknown keys are errors (they are mostly typos), with the nearest known key.
    fn known(&self, keys: &[&str]) -> Result<(), Error> {
        for key in self.map.keys() {
            if !keys.contains(&key.as_str()) {
                let nearest = keys
                    .iter()
                    .map(|k| (strsim::levenshtein(k, key), *k))
                    .min()
                    .filter(|(distance, _)| *distance <= 3)
                    .map(|(_, k)| k);
                let problem = match nearest {
                    Some(nearest) => {
                        Message::new("history-field-unknown-near").with("nearest", nearest)
                    }
                    None => Message::new("history-field-unknown"),
                };
                return Err(self.error(key, problem));
            }
        }
        Ok(())
    }

    fn text(&self, field: &str, max_chars: usize) -> Result<Option<String>, Error> {
        match self.get(field) {
            None => Ok(None),
            Some(Value::String(s)) if s.chars().count() > max_chars => {
                Err(self
                    .error(field, Message::new("history-field-too-long").with("max", max_chars)))
            }
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(self.error(field, not_a("text", other))),
        }
    }

    fn int(&self, field: &str, min: i64, max: i64) -> Result<Option<i64>, Error> {
        match self.get(field) {
            None => Ok(None),
            Some(value) => match value.as_i64() {
                Some(n) if (min..=max).contains(&n) => Ok(Some(n)),
                _ => Err(self.error(
                    field,
                    Message::new("history-field-not-in-range")
                        .with("min", min)
                        .with("max", max)
                        .with("found", shown(value)),
                )),
            },
        }
    }

    fn date_time(&self, field: &str) -> Result<Option<DateTime<FixedOffset>>, Error> {
        match self.text(field, 64)? {
            None => Ok(None),
            Some(text) => decode::parse_date_time(&text).map(Some).ok_or_else(|| {
                self.error(
                    field,
                    Message::new("history-field-not-date-time").with("found", format!("{text:?}")),
                )
            }),
        }
    }

    fn date(&self, field: &str) -> Result<Option<NaiveDate>, Error> {
        match self.text(field, 64)? {
            None => Ok(None),
            Some(text) => text.parse::<NaiveDate>().map(Some).map_err(|_| {
                self.error(
                    field,
                    Message::new("history-field-not-date").with("found", format!("{text:?}")),
                )
            }),
        }
    }
}
