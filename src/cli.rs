//! The command line (being written).

/// Parses the command line and runs the command, or the app when none is given.
pub fn main() -> std::process::ExitCode {
    std::process::ExitCode::SUCCESS
}
