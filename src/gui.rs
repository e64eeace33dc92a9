//! The iced application (being written).

use crate::cli::Context;
use std::process::ExitCode;

/// Opens the app window.
pub fn run(_context: Context) -> ExitCode {
    ExitCode::SUCCESS
}
