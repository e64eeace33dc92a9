//! Program files (formats 1 and 2): the model, parsing and validation, and the plan a
//! program expands to (the expansion is part of the file contract).
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
    IMAGE_EXTENSIONS, MAX_COUNTDOWN, MAX_DURATION, MAX_EQUIPMENT, MAX_EXERCISES, MAX_HOLD,
    MAX_ID_CHARS, MAX_LEVEL_TABLES, MAX_PAUSE, MAX_PROGRESSION_SESSIONS, MAX_RELAX, MAX_REPS,
    MAX_ROUNDS, MAX_SCORE, MAX_SECONDS_PER_REP, MAX_SESSIONS_PER_WEEK, MAX_SETS, MAX_STEPS,
    MAX_TOTAL_SECONDS, MAX_VIDEO_CHARS,
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
pub use plan::{Plan, PlannedExercise, Side, Size, Step, StepKind};
pub use write::{Field, to_toml, to_toml_mapped};

/// Why the image `relative` (as a program writes it) cannot be shown from the program's
/// folder `base`, if it cannot: missing, not a file, or a link out of the folder.
pub fn image_problem(
    base: &std::path::Path,
    relative: &std::path::Path,
) -> Option<crate::i18n::Message> {
    check::missing_image(base, &relative.to_string_lossy())
}

/// An id made from any text (`Back Care!` → `back-care`), for suggesting one from a title or
/// a name; empty when the text has no letters or digits of a-z, 0-9.
pub fn suggest_id(text: &str) -> String {
    check::slug(text)
}

/// The highest program format this Limber reads.
pub const FORMAT: u32 = 2;

/// A validated program.
#[derive(Debug, Clone, PartialEq)]
pub struct Program {
    /// The format the file says it is written in (1 or 2).
    pub format: u32,
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
    /// When Limber suggests the next level (format 2), if the program says.
    pub progression: Option<Progression>,
    /// At least one.
    pub blocks: Vec<Block>,
}

impl Program {
    /// Every localized text of the program, in file order: title, description, safety
    /// rules, then per block its title and per exercise its name, instructions, cues and
    /// equipment, and those of its levels.
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
                texts.extend(&exercise.equipment);
                for level in &exercise.levels {
                    texts.extend(&level.name);
                    texts.extend(&level.instructions);
                    texts.extend(level.cues.iter().flatten().map(|cue| &cue.text));
                    texts.extend(level.equipment.iter().flatten());
                }
            }
        }
        texts
    }

    /// All exercises, blocks in order.
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.blocks.iter().flat_map(|block| &block.exercises)
    }

    /// How many levels the program has: the most of any of its exercises (1 when none has a
    /// level table).
    pub fn levels(&self) -> u32 {
        self.exercises().map(Exercise::levels).max().unwrap_or(1)
    }

    /// The rule for suggesting a level, with its defaults when the program sets none.
    pub fn progression_rule(&self) -> Progression {
        self.progression.unwrap_or_default()
    }

    /// The lowest format that can hold this program: 2 when it uses anything of format 2.
    pub fn lowest_format(&self) -> u32 {
        let defaults = Defaults::default();
        let two = self.progression.is_some()
            || self.defaults.relax != defaults.relax
            || self.defaults.round_rest != defaults.round_rest
            || self.blocks.iter().any(|block| {
                block.rounds != 1
                    || block.round_rest.is_some()
                    || block.defaults != Timing::default()
                    || block.exercises.iter().any(Exercise::needs_format_2)
            });
        if two { 2 } else { 1 }
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
    /// Between two holds of one set (format 2).
    pub relax: u32,
    /// Between two rounds of a block (format 2).
    pub round_rest: u32,
}

impl Default for Defaults {
    fn default() -> Self {
        Self {
            get_ready: 10,
            countdown: 3,
            halfway: true,
            rest: 15,
            set_rest: 30,
            switch_sides: 5,
            relax: 3,
            round_rest: 60,
        }
    }
}

/// Timing a block (`[block.defaults]`), an exercise or a level may set over the program's
/// `[defaults]`; `None` looks further: the exercise (or its level), the block, the program,
/// the built-in default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Timing {
    /// Beeps in the last seconds of its timed steps.
    pub countdown: Option<u32>,
    /// A halfway cue in timed work steps of at least 20 s.
    pub halfway: Option<bool>,
    /// After the exercise.
    pub rest: Option<u32>,
    /// Between its sets.
    pub set_rest: Option<u32>,
    /// Between its left and right side.
    pub switch_sides: Option<u32>,
    /// Between two of its holds.
    pub relax: Option<u32>,
}

impl Timing {
    /// `self` where it says something, else `under`.
    pub fn over(self, under: Timing) -> Timing {
        Timing {
            countdown: self.countdown.or(under.countdown),
            halfway: self.halfway.or(under.halfway),
            rest: self.rest.or(under.rest),
            set_rest: self.set_rest.or(under.set_rest),
            switch_sides: self.switch_sides.or(under.switch_sides),
            relax: self.relax.or(under.relax),
        }
    }
}

/// When Limber suggests the next level (see docs/program-format.md, "Levels").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progression {
    /// How many good sessions in a row at a level, 1..20.
    pub sessions: u32,
    /// The most pain after a session (0..10) that still counts as good.
    pub max_pain: u8,
    /// The most effort (0..10) that still counts as good.
    pub max_effort: u8,
}

impl Default for Progression {
    fn default() -> Self {
        Self { sessions: 3, max_pain: 3, max_effort: 7 }
    }
}

/// A group of exercises of one kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// What the block is for.
    pub kind: BlockKind,
    /// `None` means "the kind's name".
    pub title: Option<Text>,
    /// Do the exercises in order this many times (a circuit), 1..20.
    pub rounds: u32,
    /// Between two rounds; `None`: `[defaults] round_rest`.
    pub round_rest: Option<u32>,
    /// Timing for this block's exercises, over the program's `[defaults]`.
    pub defaults: Timing,
    /// At least one.
    pub exercises: Vec<Exercise>,
}

impl Block {
    /// A block done once, with no timing of its own.
    pub fn new(kind: BlockKind, exercises: Vec<Exercise>) -> Self {
        Self {
            kind,
            title: None,
            rounds: 1,
            round_rest: None,
            defaults: Timing::default(),
            exercises,
        }
    }
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

/// One exercise and its dosage, at level 1; `levels` holds the next levels as written.
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
    /// `sets` as written, 1..50 (with a per-set list, equal to its length).
    pub sets: Option<u32>,
    /// Which sides.
    pub sides: Sides,
    /// Its own timing (rest after it, set rest, switch, countdown, halfway, relax).
    pub timing: Timing,
    /// Form cues at a second of the work step (of each hold, for holds).
    pub cues: Vec<FormCue>,
    /// What the patient needs (format 2), at most 10.
    pub equipment: Vec<Text>,
    /// An `https://` address the patient can open (format 2); never fetched by Limber.
    pub video: Option<String>,
    /// Levels 2, 3, ... (format 2), at most 9, each changing what it writes.
    pub levels: Vec<Level>,
}

impl Exercise {
    /// An exercise of one set, no sides, no timing of its own, no cues or levels.
    pub fn new(id: impl Into<String>, name: Text, dosage: Dosage) -> Self {
        Self {
            id: id.into(),
            name,
            instructions: None,
            image: None,
            dosage,
            sets: None,
            sides: Sides::None,
            timing: Timing::default(),
            cues: Vec::new(),
            equipment: Vec::new(),
            video: None,
            levels: Vec::new(),
        }
    }

    /// The number of sets: the length of a per-set list, else `sets` as written, else 1.
    pub fn set_count(&self) -> u32 {
        self.dosage.set_count().or(self.sets).unwrap_or(1)
    }

    /// How many levels the exercise has (1 + its level tables).
    pub fn levels(&self) -> u32 {
        u32::try_from(self.levels.len()).map_or(u32::MAX, |n| n.saturating_add(1))
    }

    /// The exercise as done at `level` (1-based; above its own number of levels, its highest):
    /// each level's keys over the one before, as the contract says. The result has no levels.
    pub fn at_level(&self, level: u32) -> Exercise {
        let reached = self.levels_up_to(level);
        // The last level that writes a key wins. This runs for every exercise at every level
        // the planner looks at, so each text is cloned once, and the level tables not at all.
        fn latest<'e, T: ?Sized>(
            reached: &'e [Level],
            key: impl Fn(&'e Level) -> Option<&'e T>,
        ) -> Option<&'e T> {
            reached.iter().rev().find_map(key)
        }
        let Dose { dosage, sets, sides, timing } = self.dose_at(level);
        Exercise {
            id: self.id.clone(),
            name: latest(reached, |l| l.name.as_ref()).unwrap_or(&self.name).clone(),
            instructions: latest(reached, |l| l.instructions.as_ref())
                .or(self.instructions.as_ref())
                .cloned(),
            image: latest(reached, |l| l.image.as_ref()).or(self.image.as_ref()).cloned(),
            dosage,
            sets,
            sides,
            timing,
            cues: latest(reached, |l| l.cues.as_ref()).unwrap_or(&self.cues).clone(),
            equipment: latest(reached, |l| l.equipment.as_ref()).unwrap_or(&self.equipment).clone(),
            video: latest(reached, |l| l.video.as_ref()).or(self.video.as_ref()).cloned(),
            levels: Vec::new(),
        }
    }

    /// What the exercise does at `level`, without its texts: all a plan needs to time it.
    pub fn dose_at(&self, level: u32) -> Dose {
        let mut dose = DoseKeys::of(&self.dosage, self.timing.relax);
        let mut sets_written = self.sets;
        let mut sides = self.sides;
        let mut timing = self.timing;
        for level in self.levels_up_to(level) {
            dose.apply(level);
            if level.sets.is_some() {
                sets_written = level.sets;
            }
            if let Some(level_sides) = level.sides {
                sides = level_sides;
            }
            let relax = timing.relax;
            timing = level.timing.over(timing);
            timing.relax = relax;
        }
        timing.relax = dose.relax;
        let dosage = dose.dosage();
        let sets = if dosage.set_count().is_some() { None } else { sets_written };
        Dose { dosage, sets, sides, timing }
    }

    /// The level tables that apply at `level` (1-based): none at level 1.
    fn levels_up_to(&self, level: u32) -> &[Level] {
        let reached = usize::try_from(level.saturating_sub(1)).unwrap_or(usize::MAX);
        &self.levels[..reached.min(self.levels.len())]
    }

    /// Whether anything of the exercise needs format 2.
    fn needs_format_2(&self) -> bool {
        let timing = Timing { rest: None, set_rest: None, ..self.timing };
        !self.levels.is_empty()
            || !self.equipment.is_empty()
            || self.video.is_some()
            || self.sides == Sides::Alternate
            || self.dosage.needs_format_2()
            || timing != Timing::default()
    }
}

/// What an exercise does at one level, its texts left out ([`Exercise::dose_at`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dose {
    /// How much makes one set.
    pub dosage: Dosage,
    /// `sets` as written (`None` with a per-set list, which sets the number itself).
    pub sets: Option<u32>,
    /// Which sides.
    pub sides: Sides,
    /// Its own timing at that level (rest, set rest, switch, countdown, halfway, relax).
    pub timing: Timing,
}

impl Dose {
    /// The number of sets: the length of a per-set list, else `sets` as written, else 1.
    pub fn set_count(&self) -> u32 {
        self.dosage.set_count().or(self.sets).unwrap_or(1)
    }
}

/// The dosage keys of an exercise as a level sees them, for working levels out.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DoseKeys {
    /// `duration`.
    pub duration: Option<Amount>,
    /// `reps`.
    pub reps: Option<Amount>,
    /// `seconds_per_rep`.
    pub seconds_per_rep: Option<u32>,
    /// `hold`.
    pub hold: Option<u32>,
    /// `relax`.
    pub relax: Option<u32>,
}

impl DoseKeys {
    /// The keys a dosage was written with (and the exercise's `relax`).
    pub fn of(dosage: &Dosage, relax: Option<u32>) -> Self {
        match dosage {
            Dosage::Timed { seconds } => {
                Self { duration: Some(seconds.clone()), ..Self::default() }
            }
            Dosage::Reps { reps, seconds_per_rep } => Self {
                reps: Some(reps.clone()),
                seconds_per_rep: *seconds_per_rep,
                ..Self::default()
            },
            Dosage::Holds { reps, hold } => {
                Self { reps: Some(reps.clone()), hold: Some(*hold), relax, ..Self::default() }
            }
        }
    }

    /// Applies a level's keys: each replaces the inherited one, and `duration` drops the
    /// inherited `reps`, `seconds_per_rep`, `hold` and `relax`; `reps` drops `duration`;
    /// `hold` and `seconds_per_rep` drop each other.
    pub fn apply(&mut self, level: &Level) {
        if let Some(duration) = &level.duration {
            *self = Self { duration: Some(duration.clone()), ..Self::default() };
        }
        if let Some(reps) = &level.reps {
            self.duration = None;
            self.reps = Some(reps.clone());
        }
        if let Some(pace) = level.seconds_per_rep {
            self.hold = None;
            self.seconds_per_rep = Some(pace);
        }
        if let Some(hold) = level.hold {
            self.seconds_per_rep = None;
            self.hold = Some(hold);
        }
        if let Some(relax) = level.timing.relax {
            self.relax = Some(relax);
        }
    }

    /// The dosage these keys make; the checker has made sure they make a valid one.
    pub fn dosage(&self) -> Dosage {
        match (&self.duration, &self.reps) {
            (Some(seconds), _) => Dosage::Timed { seconds: seconds.clone() },
            (None, reps) => {
                let reps = reps.clone().unwrap_or(Amount::Each(1));
                match self.hold {
                    Some(hold) => Dosage::Holds { reps, hold },
                    None => Dosage::Reps { reps, seconds_per_rep: self.seconds_per_rep },
                }
            }
        }
    }
}

/// The next level of an exercise: what it changes, key by key (`None`: as the level before).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Level {
    /// A new name (a harder variant has its own).
    pub name: Option<Text>,
    /// New instructions.
    pub instructions: Option<Text>,
    /// A new picture, where the position changes.
    pub image: Option<PathBuf>,
    /// New form cues (an empty list: none).
    pub cues: Option<Vec<FormCue>>,
    /// A new video link.
    pub video: Option<String>,
    /// New equipment (an empty list: none).
    pub equipment: Option<Vec<Text>>,
    /// `sets`.
    pub sets: Option<u32>,
    /// `sides`.
    pub sides: Option<Sides>,
    /// `rest`, `set_rest`, `switch_sides`, `countdown`, `halfway` and `relax`.
    pub timing: Timing,
    /// `duration` (drops the inherited `reps`, `seconds_per_rep`, `hold` and `relax`).
    pub duration: Option<Amount>,
    /// `reps` (drops the inherited `duration`).
    pub reps: Option<Amount>,
    /// `seconds_per_rep` (drops the inherited `hold`).
    pub seconds_per_rep: Option<u32>,
    /// `hold` (drops the inherited `seconds_per_rep`).
    pub hold: Option<u32>,
}

/// A number of seconds or repetitions: one for every set, or one per set (format 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Amount {
    /// The same for every set.
    Each(u32),
    /// One value per set; the list's length is the number of sets.
    PerSet(Vec<u32>),
}

impl std::fmt::Display for Amount {
    /// As a program file writes it: `10`, or `[6, 4, 2]`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Each(value) => write!(f, "{value}"),
            Self::PerSet(values) => {
                let values: Vec<String> = values.iter().map(u32::to_string).collect();
                write!(f, "[{}]", values.join(", "))
            }
        }
    }
}

impl Amount {
    /// The value for set `set` (1-based; past the list, its last value).
    pub fn of_set(&self, set: u32) -> u32 {
        match self {
            Self::Each(value) => *value,
            Self::PerSet(values) => {
                let index = usize::try_from(set.saturating_sub(1)).unwrap_or(usize::MAX);
                values.get(index).or(values.last()).copied().unwrap_or(0)
            }
        }
    }

    /// The number of sets a per-set list sets.
    pub fn set_count(&self) -> Option<u32> {
        match self {
            Self::Each(_) => None,
            Self::PerSet(values) => u32::try_from(values.len()).ok(),
        }
    }

    /// The smallest value.
    pub fn min(&self) -> u32 {
        match self {
            Self::Each(value) => *value,
            Self::PerSet(values) => values.iter().copied().min().unwrap_or(0),
        }
    }

    /// The largest value.
    pub fn max(&self) -> u32 {
        match self {
            Self::Each(value) => *value,
            Self::PerSet(values) => values.iter().copied().max().unwrap_or(0),
        }
    }
}

/// How much of an exercise makes one set (per side).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dosage {
    /// A hold or a timed movement: `duration`.
    Timed {
        /// Seconds per set (and side), 1..=3600.
        seconds: Amount,
    },
    /// Counted repetitions: with a pace they advance by themselves, without one the user
    /// presses Done.
    Reps {
        /// Repetitions per set (and side), 1..=500.
        reps: Amount,
        /// Seconds per repetition, 1..=60; `None`: the user presses Done.
        seconds_per_rep: Option<u32>,
    },
    /// Repetitions that are each a hold (format 2): `reps = 6, hold = 10`.
    Holds {
        /// Holds per set (and side).
        reps: Amount,
        /// Seconds of each hold, 1..=600.
        hold: u32,
    },
}

impl Dosage {
    /// A timed dosage of `seconds` for every set.
    pub fn timed(seconds: u32) -> Self {
        Self::Timed { seconds: Amount::Each(seconds) }
    }

    /// `reps` repetitions for every set, paced or waiting for Done.
    pub fn reps(reps: u32, seconds_per_rep: Option<u32>) -> Self {
        Self::Reps { reps: Amount::Each(reps), seconds_per_rep }
    }

    /// `reps` holds of `hold` seconds for every set.
    pub fn holds(reps: u32, hold: u32) -> Self {
        Self::Holds { reps: Amount::Each(reps), hold }
    }

    /// The number of sets a per-set list sets.
    pub fn set_count(&self) -> Option<u32> {
        self.amount().set_count()
    }

    /// The seconds or repetitions.
    pub fn amount(&self) -> &Amount {
        match self {
            Self::Timed { seconds } => seconds,
            Self::Reps { reps, .. } | Self::Holds { reps, .. } => reps,
        }
    }

    fn needs_format_2(&self) -> bool {
        matches!(self, Self::Holds { .. }) || self.set_count().is_some()
    }
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
    /// Repetitions alternate left, right, ... within one set (format 2); `reps` counts per
    /// side.
    Alternate,
}

impl Sides {
    /// The name used in program files.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Both => "both",
            Self::Left => "left",
            Self::Right => "right",
            Self::Alternate => "alternate",
        }
    }

    /// Every choice, in the order the contract lists them.
    pub const ALL: [Sides; 5] = [Self::None, Self::Both, Self::Left, Self::Right, Self::Alternate];
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
