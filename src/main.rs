//! Parses the command line, builds the context (data folder, language, clocks) and hands
//! over to the app or to a command.

use clap::Parser;
use limber::cli::Cli;
use limber::clock::SystemClock;
use limber::context::Context;
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = match limber::settings::data_dir(cli.data_dir.as_deref()) {
        Ok(dir) => dir,
        Err(error) => {
            eprintln!("limber: {error}");
            return ExitCode::from(2);
        }
    };
    let lang = limber::i18n::resolve_language(cli.lang.as_deref(), &data_dir);
    let context = Context { data_dir, lang, clock: Arc::new(SystemClock) };
    match cli.command {
        None => limber::gui::run(context),
        Some(command) => limber::cli::run(command, &context),
    }
}
