//! `handout` and `report`: paper for the physio, as PDF.

use super::programs::choose;
use super::records::{open_reading, weekly_target_setting};
use super::{Context, print, warn};
use crate::i18n::I18n;
use crate::library::{self, Library};
use crate::paper::{Handout, Report, Span};
use crate::settings;
use chrono::NaiveDate;
use std::path::Path;
use std::process::ExitCode;

fn failure(message: impl std::fmt::Display) -> ExitCode {
    warn(&format!("limber: {message}"));
    ExitCode::from(1)
}

/// Writes `bytes` to `out` whole (beside it, then renamed), or says why not.
fn write(out: &Path, bytes: &[u8]) -> Result<(), ExitCode> {
    settings::write_atomically(out, bytes)
        .map_err(|error| failure(format!("cannot write {}: {error}", out.display())))
}

/// `limber handout PROGRAM [--level L] --out FILE.pdf`.
pub fn handout(context: &Context, program: &str, level: u32, out: &Path) -> ExitCode {
    let entry = match choose(context, program) {
        Ok(entry) => entry,
        Err(code) => return code,
    };
    let i18n = I18n::new(&context.lang);
    let handout = match Handout::new(&entry, level, &i18n) {
        Ok(handout) => handout,
        Err(error) => return failure(format!("{}: {error}", entry.program.id)),
    };
    let pdf = match handout.pdf(&i18n, context.clock.wall()) {
        Ok(pdf) => pdf,
        Err(error) => return failure(error),
    };
    if let Err(code) = write(out, &pdf.bytes) {
        return code;
    }
    print(&format!(
        "Wrote the handout of {} ({}) to {}.\n",
        entry.program.id,
        counted(pdf.pages, "page"),
        out.display()
    ))
}

/// `limber report [--program ID] [--from DATE] [--to DATE] --out FILE.pdf`.
pub fn report(
    context: &Context,
    program: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    out: &Path,
) -> ExitCode {
    let span = match Span::new(program, from, to, context.clock.today()) {
        Ok(span) => span,
        Err(error) => return failure(error),
    };
    let store = match open_reading(context) {
        Ok(store) => store,
        Err(code) => return code,
    };
    let library = Library::load(&library::user_programs_dir(&context.data_dir));
    if let Some(id) = &span.program {
        let known = library.find(id).is_some()
            || store.sessions().is_ok_and(|all| all.iter().any(|s| &s.program_id == id));
        if !known {
            return failure(format!(
                "no program `{id}` in your programs or your history; `limber programs` lists them"
            ));
        }
    }
    let target = weekly_target_setting(context);
    let report =
        match Report::build(&store, &library, span, target, &context.lang, context.clock.wall()) {
            Ok(report) => report,
            Err(error) => return failure(error),
        };
    let i18n = I18n::new(&context.lang);
    let pdf = match report.pdf(&i18n) {
        Ok(pdf) => pdf,
        Err(error) => return failure(error),
    };
    if let Err(code) = write(out, &pdf.bytes) {
        return code;
    }
    print(&format!(
        "Wrote the report of {} from {} to {} ({}) to {}.\n",
        counted(report.sessions.len(), "session"),
        report.span.from,
        report.span.to,
        counted(pdf.pages, "page"),
        out.display()
    ))
}

/// "1 page", "6 pages".
fn counted(count: usize, noun: &str) -> String {
    if count == 1 { format!("1 {noun}") } else { format!("{count} {noun}s") }
}
