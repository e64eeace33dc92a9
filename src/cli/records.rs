//! `history`, `stats`, `export`, `import`, `pause` (being written by the history work).

use super::{Context, ExportFormat, PauseReason};
use chrono::NaiveDate;
use std::path::Path;
use std::process::ExitCode;

fn not_yet() -> ExitCode {
    eprintln!("limber: this command is not available in this build yet");
    ExitCode::from(2)
}

pub fn history(_context: &Context, _json: bool) -> ExitCode {
    not_yet()
}

pub fn stats(
    _context: &Context,
    _json: bool,
    _today: Option<NaiveDate>,
    _weekly_target: Option<u32>,
) -> ExitCode {
    not_yet()
}

pub fn export(_context: &Context, _format: ExportFormat, _out: Option<&Path>) -> ExitCode {
    not_yet()
}

pub fn import(_context: &Context, _file: &Path) -> ExitCode {
    not_yet()
}

pub fn pause(
    _context: &Context,
    _from: NaiveDate,
    _to: NaiveDate,
    _reason: PauseReason,
) -> ExitCode {
    not_yet()
}
