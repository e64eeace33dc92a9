//! `history`, `stats`, `export`, `import`, `pause`: the history from the command line.

use super::{Context, ExportFormat, PauseReason, print, warn};
use crate::history::{self, Document, Range, SessionRecord, Skipped, Store};
use crate::i18n::{I18n, Message};
use crate::library::{self, Library};
use crate::progression;
use crate::settings::{self, Settings};
use crate::streaks::{self, Period, Stats};
use chrono::NaiveDate;
use serde_json::{Value, json};
use std::path::Path;
use std::process::ExitCode;

/// Largest import file read (a history of many years is a few tens of MiB).
const IMPORT_MAX_BYTES: u64 = 512 * 1024 * 1024;

/// Width of the program title in `limber history`.
const TITLE_WIDTH: usize = 32;

fn failure(message: impl std::fmt::Display) -> ExitCode {
    warn(&format!("limber: {message}"));
    ExitCode::from(1)
}

/// `message` in the language of `--lang`.
fn said(context: &Context, message: &Message) -> String {
    I18n::new(&context.lang).message(message)
}

/// Ends a command the history store refused, saying why in the user's language.
fn store_failure(context: &Context, error: &history::Error) -> ExitCode {
    failure(said(context, &error.message()))
}

/// Opens the store, telling the user on stderr when an old database was set aside.
pub(super) fn open(context: &Context) -> Result<Store, ExitCode> {
    opened(context, Store::open(&context.data_dir, context.clock.wall()))
}

/// Opens the store for reading only (`history`, `stats`, `export`, `report`): a read-only
/// folder or a full disk keeps nobody from their history, and a running import is never
/// waited for.
pub(super) fn open_reading(context: &Context) -> Result<Store, ExitCode> {
    opened(context, Store::open_read_only(&context.data_dir, context.clock.wall()))
}

fn opened(
    context: &Context,
    result: Result<history::Opened, history::Error>,
) -> Result<Store, ExitCode> {
    match result {
        Ok(opened) => {
            if let Some(notice) = opened.notice {
                warn(&format!("limber: {}", said(context, &notice)));
            }
            Ok(opened.store)
        }
        Err(error) => Err(store_failure(context, &error)),
    }
}

fn warn_skipped(context: &Context, skipped: &[Skipped]) {
    if let Some(line) = history::skipped_summary(skipped) {
        let line = said(context, &Message::new("cli-warning").with("warning", line));
        warn(&format!("limber: {line}"));
    }
}

/// `limber history [--json] [--program ID] [--from DATE] [--to DATE]`: the sessions in the
/// range, newest first.
pub fn history(context: &Context, json: bool, range: &Range) -> ExitCode {
    let store = match open_reading(context) {
        Ok(store) => store,
        Err(code) => return code,
    };
    let mut checked = match store.sessions_checked() {
        Ok(checked) => checked,
        Err(error) => return store_failure(context, &error),
    };
    checked.items.retain(|record| range.holds(record));
    warn_skipped(context, &checked.skipped);
    if json {
        return print(&history::sessions_json(&checked.items));
    }
    if checked.items.is_empty() {
        return print(&format!("{}\n", I18n::new(&context.lang).tr("cli-no-sessions")));
    }
    print(&history_table(&checked.items, &I18n::new(&context.lang)))
}

fn history_table(records: &[SessionRecord], i18n: &I18n) -> String {
    let tr = |key| i18n.tr(key);
    let mut out = format!(
        "{:<10}  {:<5}  {:<TITLE_WIDTH$}  {:<9}  {:>4}  {:<6}  {}\n",
        tr("cli-history-date"),
        tr("cli-history-time"),
        tr("cli-history-program"),
        tr("cli-history-status"),
        tr("cli-history-minutes"),
        tr("cli-history-pain"),
        tr("cli-history-effort"),
    );
    for r in records {
        let title = if r.title.chars().count() > TITLE_WIDTH {
            let cut: String = r.title.chars().take(TITLE_WIDTH - 1).collect();
            format!("{cut}…")
        } else {
            r.title.clone()
        };
        // Control characters from a hostile program title would garble the terminal.
        let title: String = title.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
        let score = |s: Option<u8>| s.map_or_else(|| "?".to_owned(), |s| s.to_string());
        let pain = match (r.pain_before, r.pain_after) {
            (None, None) => "-".to_owned(),
            (before, after) => format!("{}->{}", score(before), score(after)),
        };
        out.push_str(&format!(
            "{:<10}  {:<5}  {title:<TITLE_WIDTH$}  {:<9}  {:>4}  {pain:<6}  {}\n",
            r.started_at.format("%Y-%m-%d"),
            r.started_at.format("%H:%M"),
            r.status.as_str(),
            (r.active_seconds + 30) / 60,
            r.effort.map_or_else(|| "-".to_owned(), |e| e.to_string()),
        ));
    }
    out
}

/// The user's settings, or the defaults with a warning when they cannot be read.
pub(super) fn settings_or_default(context: &Context) -> Settings {
    match Settings::load(&context.data_dir) {
        Ok(loaded) => loaded.settings,
        Err(error) => {
            warn(&format!("limber: warning: {error}; using a weekly target of 3"));
            Settings::default()
        }
    }
}

/// The user's weekly target, or the default with a warning when the settings cannot be read.
pub(super) fn weekly_target_setting(context: &Context) -> u32 {
    settings_or_default(context).weekly_target
}

/// `limber stats [--json] [--today DATE] [--weekly-target N] [--program ID] [--from DATE]`:
/// with `--program` and `--from` only those sessions count (the report's figures).
pub fn stats(
    context: &Context,
    json: bool,
    today: Option<NaiveDate>,
    weekly_target: Option<u32>,
    program: Option<String>,
    from: Option<NaiveDate>,
) -> ExitCode {
    let today = today.unwrap_or_else(|| context.clock.today());
    let settings = settings_or_default(context);
    let setting = settings.weekly_target;
    let store = match open_reading(context) {
        Ok(store) => store,
        Err(code) => return code,
    };
    let range = Range { program, from, to: None };
    let input = match store.stats_input_in(today, &range) {
        Ok(input) => input,
        Err(error) => return store_failure(context, &error),
    };
    warn_skipped(context, &input.skipped);
    let stats = input.stats(today, weekly_target, setting);
    if json {
        let library = Library::load(&library::user_programs_dir(&context.data_dir));
        let programs = library.entries.iter().map(|entry| &entry.program);
        let standings = progression::standings(programs, &input.entries, &settings);
        let mut value = stats_json(&stats, today);
        value["programs"] = library
            .entries
            .iter()
            .filter_map(|entry| {
                let standing = standings.get(&entry.program.id)?;
                Some(json!({
                    "id": entry.program.id,
                    "level": standing.level,
                    "levels": entry.program.levels(),
                    "suggestion": standing.suggestion.map(|s| json!({
                        "direction": s.direction(),
                        "level": s.level(),
                    })),
                }))
            })
            .collect();
        print(&format!("{value:#}\n"))
    } else {
        print(&stats_text(&stats, today, &I18n::new(&context.lang)))
    }
}

fn rounded(x: Option<f64>) -> Value {
    x.map_or(Value::Null, |x| json!((x * 100.0).round() / 100.0))
}

fn period_json(key: &str, p: &Period) -> Value {
    json!({
        key: p.label,
        "start": p.start.to_string(),
        "sessions": p.sessions,
        "completed": p.completed,
        "minutes": p.minutes(),
        "pain_before": rounded(p.pain_before),
        "pain_after": rounded(p.pain_after),
        "effort": rounded(p.effort),
    })
}

fn stats_json(s: &Stats, today: NaiveDate) -> Value {
    json!({
        "today": today.to_string(),
        "sessions": s.sessions,
        "completed": s.completed,
        "completion_rate": (s.completion_rate * 1000.0).round() / 1000.0,
        "minutes": s.minutes(),
        "day_streak": { "current": s.day_streak.current, "longest": s.day_streak.longest },
        "week_streak": {
            "current": s.week_streak.current,
            "longest": s.week_streak.longest,
            "target": s.weekly_target,
        },
        "this_week": {
            "week": streaks::week_label(today),
            "completed": s.this_week,
            "target": s.weekly_target,
        },
        "paused_today": s.paused_today,
        "pain_before": rounded(s.pain_before),
        "pain_after": rounded(s.pain_after),
        "effort": rounded(s.effort),
        "weeks": s.weeks.iter().map(|p| period_json("week", p)).collect::<Vec<_>>(),
        "months": s.months.iter().map(|p| period_json("month", p)).collect::<Vec<_>>(),
        "days": s.days.iter().map(|p| json!({
            "date": p.label,
            "sessions": p.sessions,
            "completed": p.completed,
            "minutes": p.minutes(),
        })).collect::<Vec<_>>(),
        "pain": {
            "recent": s.recent_pain.iter().map(|p| json!({
                "date": p.date.to_string(),
                "before": p.before,
                "after": p.after,
            })).collect::<Vec<_>>(),
        },
        "last_done": s.last_done.iter()
            .map(|(id, date)| (id.clone(), json!(date.to_string())))
            .collect::<serde_json::Map<_, _>>(),
    })
}

/// `limber stats` as text: a label and its figures on each line, the figures lined up.
fn stats_text(s: &Stats, today: NaiveDate, i18n: &I18n) -> String {
    let mut lines: Vec<(String, String)> = Vec::new();
    let mut line = |label: &str, message: Message| {
        lines.push((i18n.tr(label), i18n.message(&message)));
    };
    line(
        "cli-stats-sessions",
        Message::new("cli-stats-sessions-line")
            .with("sessions", s.sessions)
            .with("completed", s.completed)
            .with("percent", format!("{:.0}", s.completion_rate * 100.0))
            .with("minutes", s.minutes()),
    );
    line(
        "cli-stats-day-streak",
        Message::new("cli-stats-day-streak-line")
            .with("days", s.day_streak.current)
            .with("longest", s.day_streak.longest),
    );
    line(
        "cli-stats-week-streak",
        Message::new("cli-stats-week-streak-line")
            .with("weeks", s.week_streak.current)
            .with("target", s.weekly_target)
            .with("longest", s.week_streak.longest),
    );
    line(
        "cli-stats-this-week",
        Message::new("cli-stats-this-week-line")
            .with("done", s.this_week)
            .with("target", s.weekly_target),
    );
    if s.paused_today {
        line("cli-stats-paused", Message::new("cli-stats-paused-line"));
    }
    let average = |f: fn(&streaks::PainPoint) -> Option<u8>| {
        let scores: Vec<f64> = s.recent_pain.iter().filter_map(f).map(f64::from).collect();
        (!scores.is_empty()).then(|| scores.iter().sum::<f64>() / scores.len() as f64)
    };
    let before = average(|p| p.before);
    let after = average(|p| p.after);
    if before.is_some() || after.is_some() {
        let show = |x: Option<f64>| x.map_or_else(|| "-".to_owned(), |x| format!("{x:.1}"));
        line(
            "cli-stats-pain",
            Message::new("cli-stats-pain-line")
                .with("before", show(before))
                .with("after", show(after))
                .with("count", s.recent_pain.len()),
        );
    }
    for (i, (program, date)) in s.last_done.iter().enumerate() {
        let label = if i == 0 { "cli-stats-last-done" } else { "cli-stats-blank" };
        let done = Message::new("cli-stats-last-done-line")
            .with("program", program)
            .with("date", date.to_string());
        line(label, done);
    }
    let as_of = Message::new("cli-stats-as-of")
        .with("today", today.to_string())
        .with("week", streaks::week_label(today));
    let width = lines.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 2;
    let mut out = format!("{}\n", i18n.message(&as_of));
    for (label, figures) in lines {
        out.push_str(&format!("{label:<width$}{figures}\n"));
    }
    out
}

/// `limber export --format csv|json [--out FILE]`.
pub fn export(context: &Context, format: ExportFormat, out: Option<&Path>) -> ExitCode {
    let store = match open_reading(context) {
        Ok(store) => store,
        Err(code) => return code,
    };
    let (document, skipped) = match store.export_document() {
        Ok(exported) => exported,
        Err(error) => return store_failure(context, &error),
    };
    warn_skipped(context, &skipped);
    let text = match format {
        ExportFormat::Csv => document.to_csv(),
        ExportFormat::Json => document.to_json(),
    };
    let Some(path) = out else { return print(&text) };
    // Written beside the target and renamed over it: never half a file.
    if let Err(error) = settings::write_atomically(path, text.as_bytes()) {
        return failure(format!("cannot write {}: {error}", path.display()));
    }
    let exported = Message::new("cli-exported")
        .with("sessions", document.sessions.len())
        .with("pauses", document.pauses.len())
        .with("file", path.display().to_string());
    print(&format!("{}\n", said(context, &exported)))
}

/// `limber import FILE.json`: every record is checked before anything is written; then it is
/// written in batches (see [`Store::import`]).
pub fn import(context: &Context, file: &Path) -> ExitCode {
    let shown = file.display();
    let bytes = match settings::read_regular(file, IMPORT_MAX_BYTES) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == std::io::ErrorKind::FileTooLarge => {
            let too_big = Message::new("import-too-big").with("mib", IMPORT_MAX_BYTES >> 20);
            return nothing_imported(context, file, too_big);
        }
        Err(error) => {
            let unreadable = Message::new("import-unreadable").with("detail", error.to_string());
            return nothing_imported(context, file, unreadable);
        }
    };
    let document = match Document::from_bytes(&bytes) {
        Ok(document) => document,
        Err(error) => return nothing_imported(context, file, error.message()),
    };
    let store = match open(context) {
        Ok(store) => store,
        Err(code) => return code,
    };
    match store.import(&document) {
        Ok(summary) => {
            let pauses = if summary.pauses_added + summary.pauses_already_present > 0 {
                Message::new("cli-imported-pauses")
                    .with("pauses", summary.pauses_added)
                    .with("present", summary.pauses_already_present)
            } else {
                Message::new("cli-imported-no-pauses")
            };
            let imported = Message::new("cli-imported")
                .with("sessions", summary.added)
                .with("present", summary.already_present)
                .with("file", shown.to_string())
                .with("pauses", pauses);
            print(&format!("{}\n", said(context, &imported)))
        }
        Err(error @ history::Error::ImportStopped { .. }) => {
            failure(format!("{shown}: {}", said(context, &error.message())))
        }
        Err(error) => nothing_imported(context, file, error.message()),
    }
}

/// "FILE: why (nothing was imported)".
fn nothing_imported(context: &Context, file: &Path, why: Message) -> ExitCode {
    let line = Message::new("import-nothing-imported").with("why", why);
    failure(format!("{}: {}", file.display(), said(context, &line)))
}

/// `limber pause --from DATE --to DATE [--reason ill|injured|holiday]`.
pub fn pause(context: &Context, from: NaiveDate, to: NaiveDate, reason: PauseReason) -> ExitCode {
    if from > to {
        return failure(format!(
            "a pause must start on or before its last day, but --from {from} is after --to {to}"
        ));
    }
    let reason = match reason {
        PauseReason::Ill => history::PauseReason::Ill,
        PauseReason::Injured => history::PauseReason::Injured,
        PauseReason::Holiday => history::PauseReason::Holiday,
    };
    let store = match open(context) {
        Ok(store) => store,
        Err(code) => return code,
    };
    match store.add_pause(from, Some(to), reason) {
        Ok(_) => {
            let paused = Message::new("cli-paused")
                .with("from", from.to_string())
                .with("to", to.to_string())
                // As the user wrote it after --reason.
                .with("reason", reason.as_str());
            print(&format!("{}\n", said(context, &paused)))
        }
        Err(error) => store_failure(context, &error),
    }
}
