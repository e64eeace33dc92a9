//! Parses the command line, builds the context (data folder, language, clocks) and hands
//! over to the app or to a command.

use clap::Parser;
use limber::cli::Cli;
use limber::clock::SystemClock;
use limber::context::Context;
use limber::gui::Start;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(problem) = cli.unknown_file() {
        eprintln!("limber: {problem}");
        return ExitCode::from(2);
    }
    if cli.command.is_some() && (cli.file.is_some() || cli.program.is_some()) {
        eprintln!("limber: a FILE or --program opens the app; leave them out with a command");
        return ExitCode::from(2);
    }
    let data_dir = match limber::settings::data_dir(cli.data_dir.as_deref()) {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("limber: {error}");
            return ExitCode::from(2);
        }
    };
    let lang = limber::i18n::resolve_language(cli.lang.as_deref(), &data_dir);
    let context = Context { data_dir, lang, clock: Arc::new(SystemClock) };
    let start = match (cli.file, cli.program) {
        (Some(file), _) => Start::Import(file),
        (None, Some(id)) => Start::Program(id),
        (None, None) => Start::Library,
    };
    match cli.command {
        None => limber::gui::run(context, start),
        Some(command) => limber::cli::run(command, &context),
    }
}
