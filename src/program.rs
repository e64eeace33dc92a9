//! Program files (format 1): the model, parsing and validation, and the plan a program
//! expands to (the expansion is part of the file contract).
//!
//! A program is untrusted input: it arrives by e-mail from a physiotherapist. Parsing never
//! panics; every problem becomes a [`Diagnostic`] with file, line and column.

#![warn(missing_docs)]

use std::path::PathBuf;

mod check;
mod duration;
mod parse;
pub mod plan;
mod write;

pub use check::{
    IMAGE_EXTENSIONS, MAX_COUNTDOWN, MAX_DURATION, MAX_EXERCISES, MAX_ID_CHARS, MAX_PAUSE,
    MAX_REPS, MAX_SECONDS_PER_REP, MAX_SESSIONS_PER_WEEK, MAX_SETS, MAX_TOTAL_SECONDS,
};
pub use check::{
    MAX_AUTHOR_CHARS, MAX_CUE_CHARS, MAX_CUES, MAX_DESCRIPTION_CHARS, MAX_INSTRUCTIONS_CHARS,
    MAX_NAME_CHARS, MAX_RULE_CHARS, MAX_RULES, MAX_TITLE_CHARS,
};
pub use duration::{DurationText, format_clock, format_duration, parse_duration_text};
pub use parse::{
    Diagnostic, LoadError, MAX_DIAGNOSTICS, MAX_FILE_BYTES, folder_of, load, locate_top_key, parse,
    parse_bytes, read_limited,
};
pub use plan::{Plan, PlannedExercise, Side, Step, StepKind};
pub use write::{Field, to_toml, to_toml_mapped};

/// Why the image `relative` (as a program writes it) cannot be shown from the program's
/// folder `base`, if it cannot: missing, not a file, or a link out of the folder.
pub fn image_problem(base: &std::path::Path, relative: &std::path::Path) -> Option<String> {
    check::missing_image(base, &relative.to_string_lossy())
}

/// An id made from any text (`Back Care!` → `back-care`), for suggesting one from a title or
/// a name; empty when the text has no letters or digits of a-z, 0-9.
pub fn suggest_id(text: &str) -> String {
    check::slug(text)
}

/// The highest program format this Limber reads.
pub const FORMAT: u32 = 1;

/// A validated program.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// `[a-z0-9-]`, 1..64 chars; history is keyed on it.
    pub id: String,
    /// Bumped by the physio for every new edition; >= 1.
    pub version: u32,
    /// The language of plain (untranslated) strings.
    pub language: String,
    /// The program's name, as shown in the library.
    pub title: Text,
    /// What the program is for, shown before starting.
    pub description: Option<Text>,
    /// Who wrote it (usually the physiotherapist).
    pub author: Option<Author>,
    /// The weekly target for streaks, 1..14.
    pub sessions_per_week: Option<u32>,
    /// Safety rules shown before the first session.
    pub stop_if: Vec<Text>,
    /// Timing defaults for the whole program.
    pub defaults: Defaults,
    /// At least one.
    pub blocks: Vec<Block>,
}

impl Program {
    /// Every localized text of the program, in file order: title, description, safety
    /// rules, then per block its title and per exercise its name, instructions and cues.
    pub fn texts(&self) -> Vec<&Text> {
        let mut texts = vec![&self.title];
        texts.extend(&self.description);
        texts.extend(&self.stop_if);
        for block in &self.blocks {
            texts.extend(&block.title);
            for exercise in &block.exercises {
                texts.push(&exercise.name);
                texts.extend(&exercise.instructions);
                texts.extend(exercise.cues.iter().map(|cue| &cue.text));
            }
        }
        texts
    }

    /// All exercises, blocks in order.
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.blocks.iter().flat_map(|block| &block.exercises)
    }
}

/// Who wrote the program.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Author {
    /// The author's name (may be empty when only a contact is given).
    pub name: String,
    /// E.g. "fysiotherapeut".
    pub role: Option<String>,
    /// How to reach the author: e-mail, phone, practice.
    pub contact: Option<String>,
}

/// Program-wide timing defaults, all in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Defaults {
    /// Before the first exercise.
    pub get_ready: u32,
    /// Beeps in the last N seconds of timed steps; 0 = none.
    pub countdown: u32,
    /// A halfway cue in timed work steps of at least 20 s.
    pub halfway: bool,
    /// After each exercise but the last.
    pub rest: u32,
    /// Between sets of one exercise.
    pub set_rest: u32,
    /// Between left and right.
    pub switch_sides: u32,
}

impl Default for Defaults {
    fn default() -> Self {
        Self { get_ready: 10, countdown: 3, halfway: true, rest: 15, set_rest: 30, switch_sides: 5 }
    }
}

/// A group of exercises of one kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// What the block is for.
    pub kind: BlockKind,
    /// `None` means "the kind's name".
    pub title: Option<Text>,
    /// At least one.
    pub exercises: Vec<Exercise>,
}

/// What a block is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// `warm-up`.
    WarmUp,
    /// `strength`.
    Strength,
    /// `stretch`.
    Stretch,
    /// `cool-down`.
    CoolDown,
    /// `other` (also the default).
    Other,
}

impl BlockKind {
    /// The name used in program files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::WarmUp => "warm-up",
            Self::Strength => "strength",
            Self::Stretch => "stretch",
            Self::CoolDown => "cool-down",
            Self::Other => "other",
        }
    }

    /// All kinds, in file order.
    pub const ALL: [BlockKind; 5] =
        [Self::WarmUp, Self::Strength, Self::Stretch, Self::CoolDown, Self::Other];
}

/// One exercise and its dosage.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    /// `[a-z0-9-]`, unique within the program.
    pub id: String,
    /// What the exercise is called.
    pub name: Text,
    /// How to do it, shown during the work step.
    pub instructions: Option<Text>,
    /// Relative to the program file's folder, checked to stay inside it.
    pub image: Option<PathBuf>,
    /// How much makes one set.
    pub dosage: Dosage,
    /// 1..50.
    pub sets: u32,
    /// Which sides, each for the full dosage.
    pub sides: Sides,
    /// Overrides `defaults.rest` after this exercise.
    pub rest: Option<u32>,
    /// Overrides `defaults.set_rest`.
    pub set_rest: Option<u32>,
    /// Form cues at a second of the work step.
    pub cues: Vec<FormCue>,
}

/// How much of an exercise makes one set (per side).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dosage {
    /// A hold or a timed movement.
    Timed {
        /// Seconds per set (and side), 1..=3600.
        seconds: u32,
    },
    /// Counted repetitions: with a pace they advance by themselves, without one the user
    /// presses Done.
    Reps {
        /// Repetitions per set (and side), 1..=500.
        reps: u32,
        /// Seconds per repetition, 1..=60; `None`: the user presses Done.
        seconds_per_rep: Option<u32>,
    },
}

/// Which sides an exercise is done on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sides {
    #[default]
    /// One side or no side (the default).
    None,
    /// Left, then right, each for the full dosage.
    Both,
    /// Only the left side.
    Left,
    /// Only the right side.
    Right,
}

impl Sides {
    /// The name used in program files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Both => "both",
            Self::Left => "left",
            Self::Right => "right",
        }
    }
}

/// A form cue: a short text shown and signalled at a second of the work step.
#[derive(Debug, Clone, PartialEq)]
pub struct FormCue {
    /// The second of the work step, counted from its start.
    pub at: u32,
    /// What to show (and, later, say).
    pub text: Text,
}

/// Localized text: one string per language code.
///
/// Resolution order: the asked language, the program's language, `en`, the first given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    /// The program's language, used as the second fallback.
    program_language: String,
    /// `(language code, text)`, in file order; never empty.
    entries: Vec<(String, String)>,
}

impl Text {
    /// A plain string in the program's language.
    pub fn plain(program_language: &str, text: impl Into<String>) -> Self {
        Self {
            program_language: program_language.to_owned(),
            entries: vec![(program_language.to_owned(), text.into())],
        }
    }

    /// A table of translations; `entries` must not be empty (an empty table is a
    /// validation error, never a `Text`).
    pub fn translated(program_language: &str, entries: Vec<(String, String)>) -> Self {
        Self { program_language: program_language.to_owned(), entries }
    }

    /// The text for `language`, with the contract's fallbacks.
    pub fn get(&self, language: &str) -> &str {
        [language, self.program_language.as_str(), "en"]
            .iter()
            .find_map(|wanted| self.entries.iter().find(|(code, _)| code == wanted))
            .or_else(|| self.entries.first())
            .map_or("", |(_, text)| text.as_str())
    }

    /// All translations, `(language code, text)`, in file order.
    pub fn entries(&self) -> &[(String, String)] {
        &self.entries
    }

    /// The program language this text falls back to.
    pub fn program_language(&self) -> &str {
        &self.program_language
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_falls_back_in_contract_order() {
        let entries = |pairs: &[(&str, &str)]| {
            pairs.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect::<Vec<_>>()
        };
        let t =
            Text::translated("nl", entries(&[("de", "Brücke"), ("nl", "Brug"), ("en", "Bridge")]));
        assert_eq!(t.get("en"), "Bridge");
        assert_eq!(t.get("fr"), "Brug");
        let t = Text::translated("nl", entries(&[("de", "Brücke"), ("en", "Bridge")]));
        assert_eq!(t.get("fr"), "Bridge");
        let t = Text::translated("nl", entries(&[("de", "Brücke"), ("fr", "Pont")]));
        assert_eq!(t.get("es"), "Brücke");
        assert_eq!(Text::plain("nl", "Plank").get("en"), "Plank");
    }
}
