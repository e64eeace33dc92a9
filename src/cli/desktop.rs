//! `bundle` and `import-program`: programs shared as one file.

use super::programs::choose;
use super::{Context, print, warn};
use crate::desktop::{self, bundle};
use crate::library;
use std::path::Path;
use std::process::ExitCode;

fn failure(message: impl std::fmt::Display) -> ExitCode {
    warn(&format!("limber: {message}"));
    ExitCode::from(1)
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
        Err(error) => failure(error),
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
            for line in error.lines() {
                warn(&line);
            }
            ExitCode::from(1)
        }
    }
}
