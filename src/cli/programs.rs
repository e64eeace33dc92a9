//! `validate`, `plan`, `programs` (being written).

use super::Context;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn validate(_files: &[PathBuf]) -> ExitCode {
    ExitCode::from(2)
}

pub fn plan(_context: &Context, _program: &str, _json: bool) -> ExitCode {
    ExitCode::from(2)
}

pub fn list(_context: &Context, _json: bool) -> ExitCode {
    ExitCode::from(2)
}
