//! The command line: `limber` with no command starts the app; the commands below are for
//! physios, tools and tests (see docs/cli.md). `main` parses [`Cli`] and calls [`run`].

use crate::context::Context;
use crate::settings;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

mod desktop;
mod paper;
mod programs;
mod records;
mod run;
mod speak;

/// Limber: guided exercise sessions from physiotherapists' program files.
#[derive(Debug, Parser)]
#[command(name = "limber", version, about)]
pub struct Cli {
    /// Where history, settings and your programs live (default: the platform data folder).
    #[arg(long, global = true, env = "LIMBER_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language of texts: en or nl (default: the system's, else en).
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Open the app on the import of this program file or `.limber` bundle (as "Open with
    /// Limber" does).
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Open the app on this program's page (what a reminder's Start does).
    #[arg(long, value_name = "ID", conflicts_with = "file")]
    pub program: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check program files; prints FILE:LINE:COL: error: MESSAGE for each problem.
    Validate {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Show the timed steps a program expands to.
    Plan {
        /// A program file, or the id of a built-in or installed program.
        program: String,
        /// Print JSON (the machine-readable contract) instead of a table.
        #[arg(long)]
        json: bool,
        /// The program level to plan (default 1).
        #[arg(long, value_name = "L", value_parser = clap::value_parser!(u32).range(1..))]
        level: Option<u32>,
    },
    /// List the built-in and your own programs.
    Programs {
        #[arg(long)]
        json: bool,
    },
    /// Run a session in the terminal.
    Run {
        /// A program file, or the id of a built-in or installed program.
        program: String,
        /// Print one JSON object per event on stdout.
        #[arg(long, value_enum, value_name = "FORMAT")]
        events: Option<EventFormat>,
        /// No sound.
        #[arg(long)]
        mute: bool,
        /// Beeps only: no spoken cues.
        #[arg(long)]
        no_voice: bool,
        /// Do not ask for pain and effort before and after.
        #[arg(long)]
        no_checkin: bool,
        /// The program level (default: the one you chose last, else that of your last
        /// session of it, else 1).
        #[arg(long, value_name = "L", value_parser = clap::value_parser!(u32).range(1..))]
        level: Option<u32>,
    },
    /// Write a session's whole sound track (beeps and speech at their planned moments) to a
    /// WAV file, to hear how a program will sound.
    Speak {
        /// A program file, or the id of a built-in or installed program.
        program: String,
        /// The WAV file to write (16-bit mono, 48 kHz).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The program level (default 1).
        #[arg(long, value_name = "L", value_parser = clap::value_parser!(u32).range(1..))]
        level: Option<u32>,
        /// The beeps only, on the same timeline.
        #[arg(long)]
        no_voice: bool,
    },
    /// List past sessions.
    History {
        #[arg(long)]
        json: bool,
        /// Only the sessions of this program (its id).
        #[arg(long, value_name = "ID")]
        program: Option<String>,
        /// Only sessions on or after this date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// Only sessions on or before this date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
    },
    /// Streaks and figures.
    Stats {
        #[arg(long)]
        json: bool,
        /// Compute as of this date (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE")]
        today: Option<chrono::NaiveDate>,
        /// Sessions per week to keep the week streak (default: your setting, else 3).
        #[arg(long, value_name = "N", value_parser = weekly_target)]
        weekly_target: Option<u32>,
        /// Only the sessions of this program (its id).
        #[arg(long, value_name = "ID")]
        program: Option<String>,
        /// Only sessions on or after this date (YYYY-MM-DD).
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
    },
    /// Write a program's handout as an A4 PDF: the safety rules, every exercise with its
    /// drawing, dose and instructions (in the language of --lang).
    Handout {
        /// A program file, or the id of a built-in or installed program.
        program: String,
        /// The level to print (1 to the program's number of levels; default 1).
        #[arg(long, value_name = "L", default_value_t = 1)]
        level: u32,
        /// The PDF file to write.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// Write a progress report for your physiotherapist as an A4 PDF: sessions per week
    /// against the target, pain and effort, what was done and skipped, pauses and notes.
    Report {
        /// Only the sessions of this program (its id).
        #[arg(long, value_name = "ID")]
        program: Option<String>,
        /// The first day (default: a month before --to).
        #[arg(long, value_name = "DATE")]
        from: Option<chrono::NaiveDate>,
        /// The last day (default: today).
        #[arg(long, value_name = "DATE")]
        to: Option<chrono::NaiveDate>,
        /// The PDF file to write.
        #[arg(long, value_name = "FILE.pdf")]
        out: PathBuf,
    },
    /// Export the history.
    Export {
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Write here instead of stdout.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Import sessions from a JSON export (sessions already present are kept once).
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Pause streaks for a period (ill, injured, holiday): paused days neither break nor
    /// extend them.
    Pause {
        #[arg(long, value_name = "DATE")]
        from: chrono::NaiveDate,
        #[arg(long, value_name = "DATE")]
        to: chrono::NaiveDate,
        #[arg(long, value_enum, default_value = "ill")]
        reason: PauseReason,
    },
    /// Show a training reminder if one is due (what the reminder timer runs).
    Remind {
        /// Check and notify at once, whatever the time of day.
        #[arg(long)]
        now: bool,
    },
    /// Write a program and its pictures as one .limber file, to share.
    Bundle {
        /// A program file, or the id of a built-in or installed program.
        program: String,
        /// The bundle to write (never overwritten).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Add a program file or a .limber bundle to your programs.
    ImportProgram {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

impl Cli {
    /// A FILE argument that names no file is most likely a mistyped command: the message
    /// for it, naming the nearest command.
    pub fn unknown_file(&self) -> Option<String> {
        let file = self.file.as_ref()?;
        if file.exists() {
            return None;
        }
        let name = file.to_string_lossy();
        let commands = <Self as clap::CommandFactory>::command();
        let nearest = commands
            .get_subcommands()
            .map(|c| c.get_name().to_owned())
            .min_by(|a, b| strsim::levenshtein(a, &name).cmp(&strsim::levenshtein(b, &name)))
            .filter(|c| strsim::levenshtein(c, &name) <= 2);
        Some(match nearest {
            Some(command) => {
                format!("no command or file `{name}`; did you mean `limber {command}`?")
            }
            None => format!("no command or file `{name}`; see `limber --help`"),
        })
    }
}

/// A weekly target in [`settings::WEEKLY_TARGET`].
fn weekly_target(text: &str) -> Result<u32, String> {
    let range = settings::WEEKLY_TARGET;
    match text.parse::<u32>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(format!("must be a whole number {}..{}", range.start(), range.end())),
    }
}

/// `--events` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EventFormat {
    Jsonl,
}

/// `export --format` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    Csv,
    Json,
}

/// Why streaks are paused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PauseReason {
    Ill,
    Injured,
    Holiday,
}

/// Prints `text` on stdout. A reader that went away (`limber plan FILE | head -1`) ends the
/// output quietly: the command still succeeds, as it does for any Unix tool.
fn print(text: &str) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            warn(&format!("limber: cannot write the output: {e}"));
            ExitCode::from(1)
        }
    }
}

/// Writes `line` on stderr; a closed stderr is not worth a panic.
fn warn(line: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
}

/// Runs `command`.
pub fn run(command: Command, context: &Context) -> ExitCode {
    match command {
        Command::Validate { files } => programs::validate(context, &files),
        Command::Plan { program, json, level } => programs::plan(context, &program, json, level),
        Command::Programs { json } => programs::list(context, json),
        Command::Run { program, events, mute, no_voice, no_checkin, level } => {
            run::run(context, &program, run::Options { events, mute, no_voice, no_checkin, level })
        }
        Command::Speak { program, out, level, no_voice } => {
            speak::speak(context, &program, &out, level, no_voice)
        }
        Command::History { json, program, from, to } => {
            records::history(context, json, &crate::history::Range { program, from, to })
        }
        Command::Stats { json, today, weekly_target, program, from } => {
            records::stats(context, json, today, weekly_target, program, from)
        }
        Command::Handout { program, level, out } => paper::handout(context, &program, level, &out),
        Command::Report { program, from, to, out } => {
            paper::report(context, program, from, to, &out)
        }
        Command::Export { format, out } => records::export(context, format, out.as_deref()),
        Command::Import { file } => records::import(context, &file),
        Command::Pause { from, to, reason } => records::pause(context, from, to, reason),
        Command::Remind { now } => desktop::remind(context, now),
        Command::Bundle { program, out } => desktop::bundle(context, &program, &out),
        Command::ImportProgram { file } => desktop::import_program(context, &file),
    }
}
