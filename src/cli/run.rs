//! `limber run`: a session in the terminal (being written).

use super::{Context, EventFormat};
use std::process::ExitCode;

pub fn run(
    _context: &Context,
    _program: &str,
    _events: Option<EventFormat>,
    _mute: bool,
    _no_checkin: bool,
) -> ExitCode {
    eprintln!("limber: `run` is not available in this build yet");
    ExitCode::from(2)
}
