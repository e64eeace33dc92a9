//! The program being edited, as the user typed it: numbers stay text, so nothing typed is lost
//! or reformatted, and [`Draft::build`] turns it into a [`Program`] while saying what cannot be
//! one yet. No iced here: the model is tested on its own.
//!
//! The parts: this file has the program and its blocks and the addresses of the inputs;
//! [`exercise`] has an exercise and its levels; [`checks`] reads typed numbers and lists.

use crate::program::{
    self, Author, Block, BlockKind, Defaults, Field, MAX_COUNTDOWN, MAX_PAUSE,
    MAX_PROGRESSION_SESSIONS, MAX_RELAX, MAX_ROUNDS, MAX_SCORE, MAX_SESSIONS_PER_WEEK, Program,
    Progression, Text, Timing,
};

mod checks;
mod exercise;

use checks::Checks;
pub use checks::{Complaint, amount_text};
pub use exercise::{CueDraft, DosageKind, ExerciseDraft, LevelDraft, LevelKey};

/// The two languages the editor has fields for; other languages in a text are kept as they
/// are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nl => "nl",
        }
    }
}

/// A localized text being edited: the translations in file order, blank ones included.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TextDraft {
    entries: Vec<(String, String)>,
}

impl TextDraft {
    pub fn from_text(text: &Text) -> Self {
        Self { entries: text.entries().to_vec() }
    }

    pub fn from_optional(text: Option<&Text>) -> Self {
        text.map(Self::from_text).unwrap_or_default()
    }

    pub fn get(&self, lang: Lang) -> &str {
        self.entries.iter().find(|(code, _)| code == lang.code()).map_or("", |(_, t)| t)
    }

    pub fn set(&mut self, lang: Lang, value: String) {
        match self.entries.iter_mut().find(|(code, _)| code == lang.code()) {
            Some((_, text)) => *text = value,
            None => self.entries.push((lang.code().to_owned(), value)),
        }
    }

    /// The codes of the languages the editor has no fields for.
    pub fn others(&self) -> Vec<&str> {
        self.entries
            .iter()
            .map(|(code, _)| code.as_str())
            .filter(|code| Lang::ALL.iter().all(|l| l.code() != *code))
            .collect()
    }

    pub fn is_blank(&self) -> bool {
        self.entries.iter().all(|(_, text)| text.trim().is_empty())
    }

    /// The text without its blank translations; `None` when nothing is left.
    pub fn build(&self, language: &str) -> Option<Text> {
        let entries: Vec<_> =
            self.entries.iter().filter(|(_, text)| !text.trim().is_empty()).cloned().collect();
        (!entries.is_empty()).then(|| Text::translated(language, entries))
    }
}

/// The program-wide timing defaults that are numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefaultKey {
    GetReady,
    Countdown,
    Rest,
    SetRest,
    SwitchSides,
    /// Between two holds (format 2).
    Relax,
    /// Between two rounds of a block (format 2).
    RoundRest,
}

impl DefaultKey {
    pub const ALL: [DefaultKey; 7] = [
        Self::GetReady,
        Self::Countdown,
        Self::Rest,
        Self::SetRest,
        Self::SwitchSides,
        Self::Relax,
        Self::RoundRest,
    ];

    /// The line of the file it is written on.
    pub fn field(self) -> Field {
        Field::top(match self {
            Self::GetReady => "defaults.get_ready",
            Self::Countdown => "defaults.countdown",
            Self::Rest => "defaults.rest",
            Self::SetRest => "defaults.set_rest",
            Self::SwitchSides => "defaults.switch_sides",
            Self::Relax => "defaults.relax",
            Self::RoundRest => "defaults.round_rest",
        })
    }

    fn index(self) -> usize {
        self as usize
    }

    pub fn high(self) -> u32 {
        match self {
            Self::Countdown => MAX_COUNTDOWN,
            Self::Relax => MAX_RELAX,
            _ => MAX_PAUSE,
        }
    }

    fn slot(self, defaults: &mut Defaults) -> &mut u32 {
        match self {
            Self::GetReady => &mut defaults.get_ready,
            Self::Countdown => &mut defaults.countdown,
            Self::Rest => &mut defaults.rest,
            Self::SetRest => &mut defaults.set_rest,
            Self::SwitchSides => &mut defaults.switch_sides,
            Self::Relax => &mut defaults.relax,
            Self::RoundRest => &mut defaults.round_rest,
        }
    }

    /// The value a blank field stands for.
    pub fn standard(self) -> u32 {
        *self.slot(&mut Defaults::default())
    }
}

/// The timing keys a block (`[block.defaults]`), an exercise or a level may set over the
/// program's defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TimingKey {
    Rest,
    SetRest,
    SwitchSides,
    Countdown,
    /// Between two holds: shown with the hold, as it only goes with one.
    Relax,
}

impl TimingKey {
    pub const ALL: [TimingKey; 5] =
        [Self::Rest, Self::SetRest, Self::SwitchSides, Self::Countdown, Self::Relax];

    /// The key as the file names it.
    pub fn key(self) -> &'static str {
        match self {
            Self::Rest => "rest",
            Self::SetRest => "set_rest",
            Self::SwitchSides => "switch_sides",
            Self::Countdown => "countdown",
            Self::Relax => "relax",
        }
    }

    pub fn high(self) -> u32 {
        match self {
            Self::Countdown => MAX_COUNTDOWN,
            Self::Relax => MAX_RELAX,
            _ => MAX_PAUSE,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    pub fn get(self, timing: &Timing) -> Option<u32> {
        match self {
            Self::Rest => timing.rest,
            Self::SetRest => timing.set_rest,
            Self::SwitchSides => timing.switch_sides,
            Self::Countdown => timing.countdown,
            Self::Relax => timing.relax,
        }
    }

    fn slot(self, timing: &mut Timing) -> &mut Option<u32> {
        match self {
            Self::Rest => &mut timing.rest,
            Self::SetRest => &mut timing.set_rest,
            Self::SwitchSides => &mut timing.switch_sides,
            Self::Countdown => &mut timing.countdown,
            Self::Relax => &mut timing.relax,
        }
    }

    /// What the program's `[defaults]` say for it.
    pub fn default_of(self, defaults: &Defaults) -> u32 {
        match self {
            Self::Rest => defaults.rest,
            Self::SetRest => defaults.set_rest,
            Self::SwitchSides => defaults.switch_sides,
            Self::Countdown => defaults.countdown,
            Self::Relax => defaults.relax,
        }
    }
}

/// Timing as typed: blank is "as the block or program says".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TimingDraft {
    /// By [`TimingKey`].
    pub seconds: [String; 5],
    /// `None`: as the block or program says.
    pub halfway: Option<bool>,
}

impl TimingDraft {
    pub fn from_timing(timing: &Timing) -> Self {
        Self {
            seconds: TimingKey::ALL
                .map(|key| key.get(timing).map(|s| s.to_string()).unwrap_or_default()),
            halfway: timing.halfway,
        }
    }

    pub fn get(&self, key: TimingKey) -> &str {
        &self.seconds[key.index()]
    }

    pub fn set(&mut self, key: TimingKey, value: String) {
        self.seconds[key.index()] = value;
    }

    /// The keys in `keys` that are filled in, each checked; the others `None`.
    fn build(
        &self,
        checks: &mut Checks,
        field: impl Fn(&'static str) -> Field,
        keys: &[TimingKey],
    ) -> Timing {
        let mut timing = Timing { halfway: self.halfway, ..Timing::default() };
        for key in keys {
            *key.slot(&mut timing) =
                checks.optional(field(key.key()), self.get(*key), 0, key.high());
        }
        timing
    }
}

/// The three numbers of `progression`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ProgressionKey {
    Sessions,
    MaxPain,
    MaxEffort,
}

impl ProgressionKey {
    pub const ALL: [ProgressionKey; 3] = [Self::Sessions, Self::MaxPain, Self::MaxEffort];

    /// Where the editor shows a problem with it (the file writes all three on one line,
    /// `progression`).
    pub fn field(self) -> Field {
        Field::top(match self {
            Self::Sessions => "progression.sessions",
            Self::MaxPain => "progression.max_pain",
            Self::MaxEffort => "progression.max_effort",
        })
    }

    fn index(self) -> usize {
        self as usize
    }

    pub fn range(self) -> (u32, u32) {
        match self {
            Self::Sessions => (1, MAX_PROGRESSION_SESSIONS),
            Self::MaxPain | Self::MaxEffort => (0, MAX_SCORE),
        }
    }

    /// The value a blank field stands for.
    pub fn standard(self) -> u32 {
        let rule = Progression::default();
        match self {
            Self::Sessions => rule.sessions,
            Self::MaxPain => rule.max_pain.into(),
            Self::MaxEffort => rule.max_effort.into(),
        }
    }

    fn get(self, rule: &Progression) -> u32 {
        match self {
            Self::Sessions => rule.sessions,
            Self::MaxPain => rule.max_pain.into(),
            Self::MaxEffort => rule.max_effort.into(),
        }
    }
}

/// Which exercise, and which of its level tables: `level` `None` is the exercise as written
/// (level 1), `Some(0)` its first level table (level 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Part {
    pub block: usize,
    pub exercise: usize,
    pub level: Option<usize>,
}

impl Part {
    pub fn exercise(block: usize, exercise: usize) -> Self {
        Self { block, exercise, level: None }
    }

    pub fn level(block: usize, exercise: usize, level: usize) -> Self {
        Self { block, exercise, level: Some(level) }
    }

    /// The line of the file this part's `key` is written on.
    pub fn field(self, key: &'static str) -> Field {
        let field = Field::exercise(self.block, self.exercise, key);
        match self.level {
            Some(level) => field.in_level(level),
            None => field,
        }
    }

    /// The level number it makes (1 for the exercise as written).
    pub fn number(self) -> u32 {
        self.level.map_or(1, |l| u32::try_from(l).map_or(u32::MAX, |l| l.saturating_add(2)))
    }
}

/// Which text input of an exercise or of one of its levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExerciseInput {
    Id,
    Name(Lang),
    Instructions(Lang),
    /// `duration`: seconds, or one value per set.
    Seconds,
    /// `reps`: one number, or one per set.
    Reps,
    /// `seconds_per_rep`.
    Pace,
    /// `hold`.
    Hold,
    Sets,
    Timing(TimingKey),
    Video,
    /// A form cue.
    Cue(usize, CueInput),
    /// A thing of `equipment`.
    Equipment(usize, Lang),
}

/// Which text input of a form cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueInput {
    At,
    Text(Lang),
}

/// Which text input of a block.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockInput {
    Title(Lang),
    Rounds,
    RoundRest,
    /// `[block.defaults]`.
    Timing(TimingKey),
}

/// Every text input of the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Input {
    Id,
    Version,
    SessionsPerWeek,
    Title(Lang),
    Description(Lang),
    AuthorName,
    AuthorRole,
    AuthorContact,
    Rule(usize, Lang),
    Default(DefaultKey),
    Progression(ProgressionKey),
    Block(usize, BlockInput),
    Exercise(Part, ExerciseInput),
}

#[derive(Debug, Clone, PartialEq)]
pub struct BlockDraft {
    pub kind: BlockKind,
    pub title: TextDraft,
    /// Blank: once.
    pub rounds: String,
    /// Blank: the program's `round_rest`.
    pub round_rest: String,
    /// `[block.defaults]`.
    pub timing: TimingDraft,
    pub exercises: Vec<ExerciseDraft>,
}

impl BlockDraft {
    pub fn new() -> Self {
        Self {
            kind: BlockKind::Other,
            title: TextDraft::default(),
            rounds: String::new(),
            round_rest: String::new(),
            timing: TimingDraft::default(),
            exercises: vec![ExerciseDraft::new()],
        }
    }

    fn from_block(block: &Block) -> Self {
        Self {
            kind: block.kind,
            title: TextDraft::from_optional(block.title.as_ref()),
            rounds: if block.rounds == 1 { String::new() } else { block.rounds.to_string() },
            round_rest: block.round_rest.map(|s| s.to_string()).unwrap_or_default(),
            timing: TimingDraft::from_timing(&block.defaults),
            exercises: block.exercises.iter().map(ExerciseDraft::from_exercise).collect(),
        }
    }

    fn value(&self, which: BlockInput) -> &str {
        match which {
            BlockInput::Title(lang) => self.title.get(lang),
            BlockInput::Rounds => &self.rounds,
            BlockInput::RoundRest => &self.round_rest,
            BlockInput::Timing(key) => self.timing.get(key),
        }
    }

    fn set(&mut self, which: BlockInput, value: String) {
        match which {
            BlockInput::Title(lang) => self.title.set(lang, value),
            BlockInput::Rounds => self.rounds = value,
            BlockInput::RoundRest => self.round_rest = value,
            BlockInput::Timing(key) => self.timing.set(key, value),
        }
    }

    fn build(&self, index: usize, checks: &mut Checks) -> Block {
        let field = |key| Field::block(index, key);
        let title = self.title.build(checks.language());
        let rounds = checks.optional(field("rounds"), &self.rounds, 1, MAX_ROUNDS).unwrap_or(1);
        let round_rest = checks.optional(field("round_rest"), &self.round_rest, 0, MAX_PAUSE);
        let defaults = self.timing.build(checks, field, &TimingKey::ALL);
        let exercises = self
            .exercises
            .iter()
            .enumerate()
            .map(|(e, exercise)| exercise.build(Part::exercise(index, e), checks))
            .collect();
        Block { kind: self.kind, title, rounds, round_rest, defaults, exercises }
    }
}

impl Default for BlockDraft {
    fn default() -> Self {
        Self::new()
    }
}

/// A whole program being edited.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: String,
    /// The id follows the title until the user types one.
    pub id_auto: bool,
    pub version: String,
    /// The language of plain texts; kept as it was.
    pub language: String,
    pub title: TextDraft,
    pub description: TextDraft,
    pub author_name: String,
    pub author_role: String,
    pub author_contact: String,
    pub sessions_per_week: String,
    pub stop_if: Vec<TextDraft>,
    /// By [`DefaultKey`]; blank means the standard value.
    pub defaults: [String; 7],
    pub halfway: bool,
    /// By [`ProgressionKey`]; all blank: no `progression` (the standard rule).
    pub progression: [String; 3],
    pub blocks: Vec<BlockDraft>,
}

impl Draft {
    /// A new program in `language`: one block with one exercise.
    pub fn new(language: &str) -> Self {
        Self {
            id: String::new(),
            id_auto: true,
            version: "1".into(),
            language: language.to_owned(),
            title: TextDraft::default(),
            description: TextDraft::default(),
            author_name: String::new(),
            author_role: String::new(),
            author_contact: String::new(),
            sessions_per_week: String::new(),
            stop_if: Vec::new(),
            defaults: Default::default(),
            halfway: Defaults::default().halfway,
            progression: Default::default(),
            blocks: vec![BlockDraft::new()],
        }
    }

    /// An existing program, every field filled in as it is.
    pub fn from_program(program: &Program) -> Self {
        let author = program.author.clone().unwrap_or_default();
        let mut defaults = program.defaults;
        let progression = match &program.progression {
            Some(rule) => ProgressionKey::ALL.map(|key| key.get(rule).to_string()),
            None => Default::default(),
        };
        Self {
            id: program.id.clone(),
            id_auto: false,
            version: program.version.to_string(),
            language: program.language.clone(),
            title: TextDraft::from_text(&program.title),
            description: TextDraft::from_optional(program.description.as_ref()),
            author_name: author.name,
            author_role: author.role.unwrap_or_default(),
            author_contact: author.contact.unwrap_or_default(),
            sessions_per_week: program.sessions_per_week.map(|n| n.to_string()).unwrap_or_default(),
            stop_if: program.stop_if.iter().map(TextDraft::from_text).collect(),
            defaults: DefaultKey::ALL.map(|key| key.slot(&mut defaults).to_string()),
            halfway: program.defaults.halfway,
            progression,
            blocks: program.blocks.iter().map(BlockDraft::from_block).collect(),
        }
    }

    /// The inputs of long texts, edited on several lines: the description, and the
    /// instructions of every exercise and of every level that changes them.
    pub fn long_text_inputs(&self) -> Vec<Input> {
        let mut inputs: Vec<Input> = Lang::ALL.map(Input::Description).to_vec();
        for (b, block) in self.blocks.iter().enumerate() {
            for (e, exercise) in block.exercises.iter().enumerate() {
                let levels = exercise.levels.iter().enumerate();
                let parts = std::iter::once(Part::exercise(b, e)).chain(
                    levels
                        .filter(|(_, level)| level.instructions.is_some())
                        .map(|(l, _)| Part::level(b, e, l)),
                );
                for part in parts {
                    inputs.extend(
                        Lang::ALL
                            .map(|lang| Input::Exercise(part, ExerciseInput::Instructions(lang))),
                    );
                }
            }
        }
        inputs
    }

    /// What the text input `input` shows.
    pub fn value(&self, input: Input) -> &str {
        match input {
            Input::Id => &self.id,
            Input::Version => &self.version,
            Input::SessionsPerWeek => &self.sessions_per_week,
            Input::Title(lang) => self.title.get(lang),
            Input::Description(lang) => self.description.get(lang),
            Input::AuthorName => &self.author_name,
            Input::AuthorRole => &self.author_role,
            Input::AuthorContact => &self.author_contact,
            Input::Rule(rule, lang) => self.stop_if.get(rule).map_or("", |t| t.get(lang)),
            Input::Default(key) => &self.defaults[key.index()],
            Input::Progression(key) => &self.progression[key.index()],
            Input::Block(block, which) => self.blocks.get(block).map_or("", |b| b.value(which)),
            Input::Exercise(part, which) => {
                let Some(exercise) = self.exercise(part.block, part.exercise) else { return "" };
                match part.level {
                    None => exercise.value(which),
                    Some(level) => exercise.levels.get(level).map_or("", |l| l.value(which)),
                }
            }
        }
    }

    /// Puts what was typed into `input`; ids typed by hand stop following the title or name.
    pub fn set(&mut self, input: Input, value: String) {
        match input {
            Input::Id => {
                self.id_auto = value.is_empty();
                self.id = value;
            }
            Input::Version => self.version = value,
            Input::SessionsPerWeek => self.sessions_per_week = value,
            Input::Title(lang) => {
                self.title.set(lang, value);
                if self.id_auto {
                    self.id = program::suggest_id(self.title.get(Lang::En));
                    if self.id.is_empty() {
                        self.id = program::suggest_id(self.title.get(Lang::Nl));
                    }
                }
            }
            Input::Description(lang) => self.description.set(lang, value),
            Input::AuthorName => self.author_name = value,
            Input::AuthorRole => self.author_role = value,
            Input::AuthorContact => self.author_contact = value,
            Input::Rule(rule, lang) => {
                if let Some(text) = self.stop_if.get_mut(rule) {
                    text.set(lang, value);
                }
            }
            Input::Default(key) => self.defaults[key.index()] = value,
            Input::Progression(key) => self.progression[key.index()] = value,
            Input::Block(block, which) => {
                if let Some(block) = self.blocks.get_mut(block) {
                    block.set(which, value);
                }
            }
            Input::Exercise(part, which) => self.set_exercise(part, which, value),
        }
    }

    fn set_exercise(&mut self, part: Part, which: ExerciseInput, value: String) {
        let (block, index) = (part.block, part.exercise);
        let suggested = match (part.level, which) {
            (None, ExerciseInput::Name(lang)) => {
                let mut name =
                    self.exercise(block, index).map(|e| e.name.clone()).unwrap_or_default();
                name.set(lang, value.clone());
                let mut id = program::suggest_id(name.get(Lang::En));
                if id.is_empty() {
                    id = program::suggest_id(name.get(Lang::Nl));
                }
                Some(self.unique_id(id, (block, index)))
            }
            _ => None,
        };
        let Some(exercise) = self.exercise_mut(block, index) else { return };
        match part.level {
            None => {
                exercise.set(which, value);
                if let Some(id) = suggested.filter(|_| exercise.id_auto) {
                    exercise.id = id;
                }
            }
            Some(level) => {
                if let Some(level) = exercise.levels.get_mut(level) {
                    level.set(which, value);
                }
            }
        }
    }

    /// `id`, or `id-2`, `id-3`, ... when another exercise has it.
    fn unique_id(&self, id: String, this: (usize, usize)) -> String {
        if id.is_empty() {
            return id;
        }
        let taken = |candidate: &str| {
            self.blocks.iter().enumerate().any(|(b, block)| {
                block
                    .exercises
                    .iter()
                    .enumerate()
                    .any(|(e, ex)| (b, e) != this && ex.id == candidate)
            })
        };
        (1..)
            .map(|n| if n == 1 { id.clone() } else { format!("{id}-{n}") })
            .find(|candidate| !taken(candidate))
            .unwrap_or(id)
    }

    pub fn exercise(&self, block: usize, exercise: usize) -> Option<&ExerciseDraft> {
        self.blocks.get(block).and_then(|b| b.exercises.get(exercise))
    }

    pub fn exercise_mut(&mut self, block: usize, exercise: usize) -> Option<&mut ExerciseDraft> {
        self.blocks.get_mut(block).and_then(|b| b.exercises.get_mut(exercise))
    }

    /// A level table of an exercise (`part.level` must be `Some`).
    pub fn level_mut(&mut self, part: Part) -> Option<&mut LevelDraft> {
        let level = part.level?;
        self.exercise_mut(part.block, part.exercise)?.levels.get_mut(level)
    }

    /// The program as far as it can be made, and what is wrong before the validator looks
    /// (in file order): numbers that are not numbers or out of range, lists that are not
    /// lists, texts blank in every language. A field with a complaint gets a harmless
    /// stand-in, so the rest can still be checked.
    pub fn build(&self) -> (Program, Vec<(Field, Complaint)>) {
        let language = self.language.as_str();
        let mut checks = Checks::new(language);
        let top = Field::top;
        let title = checks.text(top("title"), &self.title);
        let version = checks.version(top("version"), &self.version);
        let filled = |s: &str| (!s.trim().is_empty()).then(|| s.to_owned());
        let (name, role, contact) =
            (filled(&self.author_name), filled(&self.author_role), filled(&self.author_contact));
        let author = (name.is_some() || role.is_some() || contact.is_some()).then(|| Author {
            name: name.unwrap_or_default(),
            role,
            contact,
        });
        let sessions_per_week = checks.optional(
            top("sessions_per_week"),
            &self.sessions_per_week,
            1,
            MAX_SESSIONS_PER_WEEK,
        );
        let stop_if = self
            .stop_if
            .iter()
            .enumerate()
            .map(|(i, rule)| checks.text(top("stop_if").item(i), rule))
            .collect();
        let progression = self.build_progression(&mut checks);
        let mut defaults = Defaults { halfway: self.halfway, ..Defaults::default() };
        for key in DefaultKey::ALL {
            let text = &self.defaults[key.index()];
            if let Some(value) = checks.optional(key.field(), text, 0, key.high()) {
                *key.slot(&mut defaults) = value;
            }
        }
        let blocks =
            self.blocks.iter().enumerate().map(|(b, block)| block.build(b, &mut checks)).collect();
        let mut program = Program {
            format: 1,
            id: self.id.clone(),
            version,
            language: self.language.clone(),
            title,
            description: self.description.build(language),
            author,
            sessions_per_week,
            stop_if,
            defaults,
            progression,
            blocks,
        };
        program.format = program.lowest_format();
        (program, checks.complaints())
    }

    /// `progression` when any of its numbers is filled in (the blank ones standard).
    fn build_progression(&self, checks: &mut Checks) -> Option<Progression> {
        if self.progression.iter().all(|text| text.trim().is_empty()) {
            return None;
        }
        let mut value = |key: ProgressionKey| {
            let (low, high) = key.range();
            checks
                .optional(key.field(), &self.progression[key.index()], low, high)
                .unwrap_or_else(|| key.standard())
        };
        let score = |n: u32| u8::try_from(n).unwrap_or(u8::MAX);
        Some(Progression {
            sessions: value(ProgressionKey::Sessions),
            max_pain: score(value(ProgressionKey::MaxPain)),
            max_effort: score(value(ProgressionKey::MaxEffort)),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::builtin_sources;
    use crate::program::{Dosage, Sides};
    use std::path::Path;

    #[test]
    fn every_built_in_comes_back_unchanged() {
        assert!(!builtin_sources().is_empty());
        for (stem, source) in builtin_sources() {
            let program = match program::parse(source, Path::new(stem), None) {
                Ok(program) => program,
                Err(problems) => panic!("{stem}: {problems:?}"),
            };
            let (built, complaints) = Draft::from_program(&program).build();
            assert!(complaints.is_empty(), "{stem}: {complaints:?}");
            assert_eq!(built, program, "{stem}");
        }
    }

    #[test]
    fn other_languages_and_order_are_kept() {
        let text = Text::translated(
            "nl",
            vec![("de".into(), "Brücke".into()), ("nl".into(), "Brug".into())],
        );
        let mut draft = TextDraft::from_text(&text);
        assert_eq!(draft.others(), vec!["de"]);
        draft.set(Lang::En, "Bridge".into());
        draft.set(Lang::Nl, "  ".into());
        let built = draft.build("nl").map(|t| t.entries().to_vec());
        assert_eq!(
            built,
            Some(vec![("de".into(), "Brücke".into()), ("en".into(), "Bridge".into())])
        );
    }

    const FIRST: Part = Part { block: 0, exercise: 0, level: None };

    #[test]
    fn numbers_are_checked_and_blanks_mean_defaults() {
        let mut draft = Draft::new("en");
        draft.set(Input::Title(Lang::En), "Knee, week 1".into());
        draft.set(Input::Exercise(FIRST, ExerciseInput::Name(Lang::En)), "Bridge".into());
        assert_eq!(draft.id, "knee-week-1");
        assert_eq!(draft.blocks[0].exercises[0].id, "bridge");
        let (program, complaints) = draft.build();
        assert!(complaints.is_empty(), "{complaints:?}");
        assert_eq!(program.defaults, Defaults::default());
        assert_eq!(program.blocks[0].exercises[0].dosage, Dosage::timed(30));
        assert_eq!((program.format, program.progression), (1, None));

        draft.set(Input::Exercise(FIRST, ExerciseInput::Sets), "0".into());
        draft.set(Input::Default(DefaultKey::Countdown), "61".into());
        draft.set(Input::Exercise(FIRST, ExerciseInput::Seconds), "1.5".into());
        draft.set(Input::Version, "".into());
        draft.set(Input::Block(0, BlockInput::Rounds), "21".into());
        draft.set(Input::Progression(ProgressionKey::MaxPain), "11".into());
        let (program, complaints) = draft.build();
        assert_eq!(
            complaints,
            vec![
                (Field::top("version"), Complaint::Version),
                (ProgressionKey::MaxPain.field(), Complaint::Number { low: 0, high: 10 }),
                (Field::top("defaults.countdown"), Complaint::Number { low: 0, high: 60 }),
                (Field::block(0, "rounds"), Complaint::Number { low: 1, high: 20 }),
                (Field::exercise(0, 0, "duration"), Complaint::Amount { low: 1, high: 3600 }),
                (Field::exercise(0, 0, "sets"), Complaint::Number { low: 1, high: 50 }),
            ]
        );
        // The stand-ins are valid, so the validator can still check everything else.
        assert!(program::parse(&program::to_toml(&program), Path::new("x"), None).is_ok());
        // A progression rule with one number given has the standard others.
        draft.set(Input::Progression(ProgressionKey::MaxPain), "2".into());
        let rule = draft.build().0.progression;
        assert_eq!(rule, Some(Progression { max_pain: 2, ..Progression::default() }));
    }

    #[test]
    fn per_set_lists_are_read_as_written_and_sets_follow_them() {
        let mut draft = Draft::new("en");
        draft.set(Input::Title(Lang::En), "Pyramid".into());
        draft.set(Input::Exercise(FIRST, ExerciseInput::Name(Lang::En)), "Squat".into());
        draft.blocks[0].exercises[0].dosage = DosageKind::Reps;
        for typed in ["6, 4, 2", "6-4-2", "6 – 4 – 2", "[6, 4, 2]", "6/4/2"] {
            draft.set(Input::Exercise(FIRST, ExerciseInput::Reps), typed.into());
            let (program, complaints) = draft.build();
            assert!(complaints.is_empty(), "{typed}: {complaints:?}");
            let squat = &program.blocks[0].exercises[0];
            let list = program::Amount::PerSet(vec![6, 4, 2]);
            assert_eq!(squat.dosage, Dosage::Reps { reps: list, seconds_per_rep: None }, "{typed}");
            // The hidden "1" of the sets field is not written beside a list of three.
            assert_eq!((squat.sets, squat.set_count(), program.format), (None, 3, 2), "{typed}");
            assert_eq!(draft.value(Input::Exercise(FIRST, ExerciseInput::Reps)), typed);
        }
        draft.set(Input::Exercise(FIRST, ExerciseInput::Reps), "8-10".into());
        assert_eq!(draft.build().1, vec![(Field::exercise(0, 0, "reps"), Complaint::Range)]);
        draft.set(Input::Exercise(FIRST, ExerciseInput::Reps), "6, 0".into());
        let complaint = Complaint::Amount { low: 1, high: 500 };
        assert_eq!(draft.build().1, vec![(Field::exercise(0, 0, "reps"), complaint)]);
        draft.set(Input::Exercise(FIRST, ExerciseInput::Reps), "[5]".into());
        let one = draft.build().0.blocks[0].exercises[0].dosage.clone();
        let list = program::Amount::PerSet(vec![5]);
        assert_eq!(one, Dosage::Reps { reps: list, seconds_per_rep: None });
        assert_eq!(amount_text(one.amount()), "[5]", "a list of one stays a list");
    }

    #[test]
    fn levels_write_only_what_they_change() {
        let mut draft = Draft::new("en");
        draft.set(Input::Title(Lang::En), "Holds".into());
        draft.set(Input::Exercise(FIRST, ExerciseInput::Name(Lang::En)), "Bird dog".into());
        let exercise = &mut draft.blocks[0].exercises[0];
        exercise.dosage = DosageKind::Holds;
        exercise.sides = Sides::Alternate;
        exercise.reps = "3".into();
        exercise.hold = "8".into();
        exercise.timing.set(TimingKey::Relax, "2".into());
        exercise.levels.push(LevelDraft::default());
        exercise.levels[0].hold = Some("12".into());
        let (program, complaints) = draft.build();
        assert!(complaints.is_empty(), "{complaints:?}");
        let bird_dog = &program.blocks[0].exercises[0];
        assert_eq!(bird_dog.timing.relax, Some(2));
        assert_eq!(bird_dog.levels, vec![program::Level { hold: Some(12), ..Default::default() }]);
        assert_eq!(bird_dog.at_level(2).dosage, Dosage::holds(3, 12));
        assert_eq!(program.format, 2);

        // A key a level changes but leaves blank is a complaint at the level's field, with a
        // stand-in that keeps the table's shape.
        draft.blocks[0].exercises[0].levels[0].hold = Some(String::new());
        let (program, complaints) = draft.build();
        let field = Field::exercise(0, 0, "hold").in_level(0);
        assert_eq!(complaints, vec![(field, Complaint::Number { low: 1, high: 600 })]);
        assert_eq!(program.blocks[0].exercises[0].levels[0].hold, Some(1));
    }

    #[test]
    fn typed_ids_stop_following_and_auto_ids_stay_unique() {
        let mut draft = Draft::new("en");
        draft.blocks[0].exercises.push(ExerciseDraft::new());
        draft.set(Input::Exercise(FIRST, ExerciseInput::Name(Lang::En)), "Plank".into());
        let second = Part::exercise(0, 1);
        draft.set(Input::Exercise(second, ExerciseInput::Name(Lang::Nl)), "Plank".into());
        assert_eq!(draft.blocks[0].exercises[1].id, "plank-2");
        draft.set(Input::Id, "mine".into());
        draft.set(Input::Title(Lang::En), "Something else".into());
        assert_eq!(draft.id, "mine");
        draft.set(Input::Id, "".into());
        draft.set(Input::Title(Lang::En), "Back again".into());
        assert_eq!(draft.id, "back-again");
    }
}
