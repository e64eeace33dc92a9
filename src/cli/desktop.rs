//! `remind`, `bundle` and `import-program`: reminders and programs shared as one file.

use super::programs::choose;
use super::{Context, print, warn};
use crate::clock;
use crate::desktop::{self, APP_ID, bundle, notify, reminder};
use crate::history::Store;
use crate::i18n::I18n;
use crate::library::{self, Library};
use crate::settings::Settings;
use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

/// How long `limber remind` waits, at most, for "Start" (and never past midnight: the
/// reminder is about today).
const WAIT_FOR_ANSWER: Duration = Duration::from_secs(4 * 60 * 60);

fn failure(message: impl std::fmt::Display) -> ExitCode {
    warn(&format!("limber: {message}"));
    ExitCode::from(1)
}

/// `limber remind [--now]`: what the reminder timer runs. Notifies when a reminder is due
/// (with `--now`, whatever the time of day), then waits for the user's answer; "Start"
/// opens the app on the program it names.
pub fn remind(context: &Context, at_once: bool) -> ExitCode {
    let settings = match Settings::load(&context.data_dir) {
        Ok(loaded) => loaded.settings,
        Err(error) => return failure(error),
    };
    let wall = context.clock.wall();
    let today = wall.date_naive();
    let said = |error: crate::history::Error| I18n::new(&context.lang).message(&error.message());
    let store = match Store::open(&context.data_dir, wall) {
        Ok(opened) => opened.store,
        Err(error) => return failure(said(error)),
    };
    let input = match store.stats_input(today) {
        Ok(input) => input,
        Err(error) => return failure(said(error)),
    };
    drop(store);
    let library = Library::load(&library::user_programs_dir(&context.data_dir));
    let due =
        reminder::decide(&settings, &input, &library, &context.lang, wall.naive_local(), at_once);
    let due = match due {
        Ok(due) => due,
        Err(silent) => return print(&format!("No reminder: {silent}.\n")),
    };
    let notification = due.notification(&I18n::new(&context.lang));
    let shown = print(&format!("Reminder: {} — {}\n", notification.summary, notification.body));
    if shown != ExitCode::SUCCESS {
        return shown;
    }
    let wait = clock::until_midnight(wall).min(WAIT_FOR_ANSWER);
    let deadline = context.clock.instant() + wait;
    match notify::show(&notification, APP_ID, deadline) {
        Err(error) => failure(error),
        Ok(notify::Response::Action(key)) if key == reminder::START || key == "default" => {
            let exe = match std::env::current_exe() {
                Ok(exe) => exe,
                Err(error) => return failure(format!("cannot find Limber's own program: {error}")),
            };
            match reminder::start_app(&exe, &context.data_dir, &due.program_id) {
                Ok(()) => print(&format!("Starting {}.\n", due.program_id)),
                Err(error) => failure(format!("cannot open Limber: {error}")),
            }
        }
        Ok(notify::Response::Action(key)) => print(&format!("Unknown action `{key}`.\n")),
        Ok(notify::Response::Closed) => print("Dismissed.\n"),
        Ok(notify::Response::TimedOut) => print("No answer; the reminder was taken away.\n"),
        Ok(notify::Response::NoActions) => {
            print("The notification server shows no buttons; open Limber to start.\n")
        }
    }
}

/// `limber bundle PROGRAM --out FILE`: the program (a file, or an id) with its pictures as
/// one `.limber` file. An existing FILE is never overwritten.
pub fn bundle(context: &Context, program: &str, out: &Path) -> ExitCode {
    let entry = match choose(context, program) {
        Ok(entry) => entry,
        Err(code) => return code,
    };
    match bundle::write(&entry, out, context.clock.wall().naive_local(), false) {
        Ok(written) => print(&format!(
            "{}: {} ({} file{}, {} KB)\n",
            written.path.display(),
            entry.program.id,
            written.files,
            if written.files == 1 { "" } else { "s" },
            written.bytes.div_ceil(1024)
        )),
        Err(error) => failure(I18n::new(&context.lang).message(&error.message())),
    }
}

/// `limber import-program FILE`: a program file or a bundle into your programs, as the
/// app's Import does.
pub fn import_program(context: &Context, file: &Path) -> ExitCode {
    let user_dir = library::user_programs_dir(&context.data_dir);
    match desktop::import(file, &user_dir) {
        Ok(imported) => {
            let program = &imported.entry.program;
            let mut text = format!(
                "Added “{}” ({} v{}) to your programs.\n",
                program.title.get(&context.lang),
                program.id,
                program.version
            );
            if let Some(backup) = &imported.backup {
                text.push_str(&format!(
                    "Your previous version was kept as {}.\n",
                    backup.display()
                ));
            }
            print(&text)
        }
        Err(error) => {
            warn(&format!("limber: {} was not imported:", file.display()));
            for line in error.lines(&crate::i18n::I18n::new(&context.lang)) {
                warn(&line);
            }
            ExitCode::from(1)
        }
    }
}
