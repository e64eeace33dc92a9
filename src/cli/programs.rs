//! `validate`, `plan` and `programs`: the physio's and tools' view of program files.

use super::{Context, print, warn};
use crate::i18n::{I18n, Message};
use crate::library::{self, Entry, Library, Origin};
use crate::program::{self, LoadError, Plan, format_clock};
use serde_json::json;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Prints one line per problem, `FILE:LINE:COL: error: MESSAGE`, as the contract says.
fn report(context: &Context, error: &LoadError) {
    for line in error.lines(&I18n::new(&context.lang)) {
        warn(&line);
    }
}

/// `limber validate FILE...`: exit 0 when every file is valid, 1 when any is not.
pub fn validate(context: &Context, files: &[PathBuf]) -> ExitCode {
    let i18n = I18n::new(&context.lang);
    let mut all_valid = true;
    let mut out = String::new();
    for file in files {
        match program::load(file) {
            Ok(program) => {
                let plan = Plan::new(&program);
                let valid = Message::new("validate-ok")
                    .with("file", file.display().to_string())
                    .with("id", &program.id)
                    .with("version", program.version)
                    .with("exercises", plan.exercises.len())
                    .with("total", format_clock(plan.total_seconds));
                let _ = writeln!(out, "{}", i18n.message(&valid));
            }
            Err(error) => {
                all_valid = false;
                // What is valid so far comes first, so the lines keep the order of the files.
                if print(&std::mem::take(&mut out)) != ExitCode::SUCCESS {
                    return ExitCode::from(1);
                }
                report(context, &error);
            }
        }
    }
    let printed = print(&out);
    if all_valid { printed } else { ExitCode::from(1) }
}

/// Finds a program by file path, else by id among the built-in and the user's programs.
pub fn choose(context: &Context, name: &str) -> Result<Entry, ExitCode> {
    let path = Path::new(name);
    let looks_like_file = path.exists() || name.ends_with(".toml") || name.contains('/');
    if looks_like_file {
        return Entry::load(path).map_err(|error| {
            report(context, &error);
            ExitCode::from(1)
        });
    }
    let library = Library::load(&library::user_programs_dir(&context.data_dir));
    match library.find(name) {
        Some(entry) => Ok(entry.clone()),
        None => {
            let ids: Vec<_> = library.entries.iter().map(|e| e.program.id.as_str()).collect();
            warn(&format!(
                "limber: no program file or program id `{name}`; known ids: {}",
                ids.join(", ")
            ));
            Err(ExitCode::from(1))
        }
    }
}

/// The machine-readable plan of the contract.
pub fn plan_json(plan: &Plan) -> serde_json::Value {
    let steps: Vec<_> = plan
        .steps
        .iter()
        .map(|step| {
            json!({
                "kind": step.kind.as_str(),
                "exercise": plan.exercise_of(step).map(|e| e.id.as_str()),
                "set": step.set,
                "side": step.side.map(|s| s.as_str()),
                "seconds": step.seconds,
                "reps": step.reps,
                "rep": step.rep,
                "round": step.round,
            })
        })
        .collect();
    json!({
        "id": plan.program_id,
        "version": plan.program_version,
        "level": plan.level,
        "levels": plan.levels,
        "total_seconds": plan.total_seconds,
        "steps": steps,
    })
}

/// `level` if `entry` has it (default 1); else a message and exit 1.
pub fn level_of(context: &Context, entry: &Entry, level: Option<u32>) -> Result<u32, ExitCode> {
    let levels = entry.program.levels();
    match level.unwrap_or(1) {
        level if level <= levels => Ok(level),
        level => {
            let none = Message::new("cli-no-such-level")
                .with("program", &entry.program.id)
                .with("levels", levels)
                .with("level", level);
            warn(&format!("limber: {}", I18n::new(&context.lang).message(&none)));
            Err(ExitCode::from(1))
        }
    }
}

/// `limber plan FILE|ID [--level L] [--json]`.
pub fn plan(context: &Context, name: &str, json: bool, level: Option<u32>) -> ExitCode {
    let entry = match choose(context, name) {
        Ok(entry) => entry,
        Err(code) => return code,
    };
    let level = match level_of(context, &entry, level) {
        Ok(level) => level,
        Err(code) => return code,
    };
    let plan = Plan::at_level(&entry.program, level);
    if json {
        return print(&format!("{}\n", plan_json(&plan)));
    }
    print(&plan_table(&plan, &I18n::new(&context.lang)))
}

/// The plan as a table in the user's language: a line per step, then the total.
fn plan_table(plan: &Plan, i18n: &I18n) -> String {
    use program::{Side, StepKind};
    let lang = i18n.language();
    let kind = |kind: StepKind| {
        i18n.tr(match kind {
            StepKind::Prepare => "cli-plan-prepare",
            StepKind::Work => "cli-plan-work",
            StepKind::Relax => "cli-plan-relax",
            StepKind::Switch => "cli-plan-switch",
            StepKind::SetRest => "cli-plan-set-rest",
            StepKind::Rest => "cli-plan-rest",
            StepKind::RoundRest => "cli-plan-round-rest",
        })
    };
    let side = |side: Side| {
        i18n.tr(match side {
            Side::Left => "cli-plan-left",
            Side::Right => "cli-plan-right",
            Side::Alternate => "cli-plan-alternate",
        })
    };
    // Each language's longest word sets its column, the same for every program.
    let all_kinds = [
        StepKind::Prepare,
        StepKind::Work,
        StepKind::Relax,
        StepKind::Switch,
        StepKind::SetRest,
        StepKind::Rest,
        StepKind::RoundRest,
    ];
    let widest = |words: Vec<String>, least: usize| {
        words.iter().map(|w| w.chars().count()).fold(least, usize::max)
    };
    let kind_w = widest(all_kinds.map(kind).to_vec(), 9);
    let side_w = widest([Side::Left, Side::Right, Side::Alternate].map(side).to_vec(), 6);
    let mut out = format!("{} (v{})\n", plan.title.get(lang), plan.program_version);
    if plan.levels > 1 {
        let level =
            Message::new("cli-plan-level").with("level", plan.level).with("levels", plan.levels);
        let _ = writeln!(out, "{}", i18n.message(&level));
    }
    let _ = writeln!(
        out,
        "{:>4}  {:>7}  {:<kind_w$} {:<28} {:>4} {:<side_w$} {:>8}",
        "#",
        i18n.tr("cli-plan-at"),
        i18n.tr("cli-plan-step"),
        i18n.tr("cli-plan-exercise"),
        i18n.tr("cli-plan-set"),
        i18n.tr("cli-plan-side"),
        i18n.tr("cli-plan-time"),
    );
    for (index, step) in plan.steps.iter().enumerate() {
        let exercise = plan.exercise_of(step).map(|e| e.name.get(lang)).unwrap_or("");
        let time = match (step.seconds, step.reps) {
            (Some(s), _) => format_clock(s),
            (None, Some(reps)) => i18n.message(&Message::new("cli-plan-reps").with("reps", reps)),
            (None, None) => String::new(),
        };
        let set = if step.set > 0 { step.set.to_string() } else { String::new() };
        let _ = writeln!(
            out,
            "{:>4}  {:>7}  {:<kind_w$} {:<28} {:>4} {:<side_w$} {:>8}",
            index + 1,
            format_clock(plan.offset_of(index)),
            kind(step.kind),
            truncate(exercise, 28),
            set,
            step.side.map(side).unwrap_or_default(),
            time
        );
    }
    let untimed = plan.steps.iter().filter(|s| !s.is_timed()).count();
    let total = Message::new("cli-plan-total")
        .with("time", format_clock(plan.total_seconds))
        .with("untimed", untimed);
    let _ = writeln!(out, "{}", i18n.message(&total));
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_owned()
    } else {
        text.chars().take(width - 1).chain(['…']).collect()
    }
}

/// `limber programs`: id, title, version, total time and origin of every program.
pub fn list(context: &Context, json: bool) -> ExitCode {
    let library = Library::load(&library::user_programs_dir(&context.data_dir));
    let lang = context.lang.as_str();
    let origin = |entry: &library::Entry| match &entry.origin {
        Origin::BuiltIn => "built-in".to_owned(),
        Origin::User { path } if entry.replaces_builtin => {
            format!("{} (replaces the built-in)", path.display())
        }
        Origin::User { path } => path.display().to_string(),
    };
    let mut out = String::new();
    if json {
        let rows: Vec<_> = library
            .entries
            .iter()
            .map(|entry| {
                json!({
                    "id": entry.program.id,
                    "title": entry.program.title.get(lang),
                    "version": entry.program.version,
                    "total_seconds": entry.total_seconds(None, 1),
                    "levels": entry.program.levels(),
                    "builtin": matches!(entry.origin, Origin::BuiltIn),
                    "replaces_builtin": entry.replaces_builtin,
                    "path": match &entry.origin { Origin::User { path } => Some(path), Origin::BuiltIn => None },
                })
            })
            .collect();
        let problems: Vec<_> = library
            .problems
            .iter()
            .map(|problem| {
                json!({
                    "path": problem.path(),
                    "errors": problem.lines(&I18n::new(lang)),
                })
            })
            .collect();
        out = format!("{}\n", json!({ "programs": rows, "skipped": problems }));
    } else {
        if library.entries.is_empty() {
            let _ = writeln!(
                out,
                "no programs yet: put program files (.toml) in {}",
                library::user_programs_dir(&context.data_dir).display()
            );
        } else {
            let _ = writeln!(out, "{:<28} {:<36} {:>3} {:>8}  from", "id", "title", "v", "time");
        }
        for entry in &library.entries {
            let total = entry.total_seconds(None, 1);
            let _ = writeln!(
                out,
                "{:<28} {:<36} {:>3} {:>8}  {}",
                entry.program.id,
                truncate(entry.program.title.get(lang), 36),
                entry.program.version,
                format_clock(total),
                origin(entry)
            );
        }
    }
    let printed = print(&out);
    for problem in &library.problems {
        report(context, problem);
        if let Some(path) = problem.path() {
            warn(&format!("limber: skipped {}", path.display()));
        }
    }
    printed
}
