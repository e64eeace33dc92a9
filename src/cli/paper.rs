//! `handout` and `report`: paper for the physio, as PDF.

use super::programs::choose;
use super::records::{open_reading, weekly_target_setting};
use super::{Context, print, warn};
use crate::i18n::{I18n, Message};
use crate::library::{self, Library};
use crate::paper::{Handout, Report, Span};
use crate::settings;
use chrono::NaiveDate;
use std::path::Path;
use std::process::ExitCode;

fn failure(i18n: &I18n, message: &Message) -> ExitCode {
    warn(&format!("limber: {}", i18n.message(message)));
    ExitCode::from(1)
}

/// Writes `bytes` to `out` whole (beside it, then renamed), or says why not.
fn write(i18n: &I18n, out: &Path, bytes: &[u8]) -> Result<(), ExitCode> {
    settings::write_atomically(out, bytes).map_err(|error| {
        let cannot = Message::new("cli-cannot-write")
            .with("path", out.display().to_string())
            .with("detail", error.to_string());
        failure(i18n, &cannot)
    })
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
        Err(error) => {
            let about = Message::new("cli-about-program")
                .with("program", &entry.program.id)
                .with("problem", error.message());
            return failure(&i18n, &about);
        }
    };
    let pdf = match handout.pdf(&i18n, context.clock.wall()) {
        Ok(pdf) => pdf,
        Err(error) => return failure(&i18n, &error.message()),
    };
    if let Err(code) = write(&i18n, out, &pdf.bytes) {
        return code;
    }
    let wrote = Message::new("cli-handout-written")
        .with("program", &entry.program.id)
        .with("pages", pdf.pages)
        .with("path", out.display().to_string());
    print(&format!("{}\n", i18n.message(&wrote)))
}

/// `limber report [--program ID] [--from DATE] [--to DATE] --out FILE.pdf`.
pub fn report(
    context: &Context,
    program: Option<String>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    out: &Path,
) -> ExitCode {
    let i18n = I18n::new(&context.lang);
    let span = match Span::new(program, from, to, context.clock.today()) {
        Ok(span) => span,
        Err(error) => return failure(&i18n, &error.message()),
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
            return failure(&i18n, &Message::new("cli-report-unknown-program").with("program", id));
        }
    }
    let target = weekly_target_setting(context);
    let report =
        match Report::build(&store, &library, span, target, &context.lang, context.clock.wall()) {
            Ok(report) => report,
            Err(error) => return failure(&i18n, &error.message()),
        };
    let pdf = match report.pdf(&i18n) {
        Ok(pdf) => pdf,
        Err(error) => return failure(&i18n, &error.message()),
    };
    if let Err(code) = write(&i18n, out, &pdf.bytes) {
        return code;
    }
    let wrote = Message::new("cli-report-written")
        .with("sessions", report.sessions.len())
        .with("from", report.span.from.to_string())
        .with("to", report.span.to.to_string())
        .with("pages", pdf.pages)
        .with("path", out.display().to_string());
    print(&format!("{}\n", i18n.message(&wrote)))
}
