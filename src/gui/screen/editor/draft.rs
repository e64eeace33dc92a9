//! The program being edited, as the user typed it: numbers stay text, so nothing typed is lost
//! or reformatted, and [`Draft::build`] turns it into a [`Program`] while saying what cannot be
//! one yet. No iced here: the model is tested on its own.

use crate::program::{
    self, Amount, Author, Block, BlockKind, Defaults, Dosage, Exercise, Field, FormCue, Level,
    MAX_COUNTDOWN, MAX_DURATION, MAX_PAUSE, MAX_REPS, MAX_SECONDS_PER_REP, MAX_SESSIONS_PER_WEEK,
    MAX_SETS, Program, Progression, Sides, Text, Timing,
};
use std::path::PathBuf;

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
}

impl DefaultKey {
    pub const ALL: [DefaultKey; 5] =
        [Self::GetReady, Self::Countdown, Self::Rest, Self::SetRest, Self::SwitchSides];

    /// The line of the file it is written on.
    pub fn field(self) -> Field {
        Field::top(match self {
            Self::GetReady => "defaults.get_ready",
            Self::Countdown => "defaults.countdown",
            Self::Rest => "defaults.rest",
            Self::SetRest => "defaults.set_rest",
            Self::SwitchSides => "defaults.switch_sides",
        })
    }

    fn index(self) -> usize {
        self as usize
    }

    pub fn high(self) -> u32 {
        if self == Self::Countdown { MAX_COUNTDOWN } else { MAX_PAUSE }
    }

    fn slot(self, defaults: &mut Defaults) -> &mut u32 {
        match self {
            Self::GetReady => &mut defaults.get_ready,
            Self::Countdown => &mut defaults.countdown,
            Self::Rest => &mut defaults.rest,
            Self::SetRest => &mut defaults.set_rest,
            Self::SwitchSides => &mut defaults.switch_sides,
        }
    }

    /// The value a blank field stands for.
    pub fn standard(self) -> u32 {
        *self.slot(&mut Defaults::default())
    }
}

/// How one set of an exercise is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DosageKind {
    /// A hold or a timed movement.
    Timed,
    /// Counted reps: the user presses Done.
    Reps,
    /// Reps at a pace: they advance by themselves.
    Paced,
}

impl DosageKind {
    pub const ALL: [DosageKind; 3] = [Self::Timed, Self::Reps, Self::Paced];
}

/// Which text input of an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExerciseInput {
    Id,
    Name(Lang),
    Instructions(Lang),
    Seconds,
    Reps,
    Pace,
    Sets,
    Rest,
    SetRest,
}

/// Which text input of a form cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueInput {
    At,
    Text(Lang),
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
    BlockTitle(usize, Lang),
    /// Block, exercise within it, which input.
    Exercise(usize, usize, ExerciseInput),
    /// Block, exercise, cue, which input.
    Cue(usize, usize, usize, CueInput),
}

/// What is wrong with a field before the validator sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Complaint {
    /// Not a whole number in `low..=high` (or blank where a number is needed).
    Number { low: u32, high: u32 },
    /// Not a whole number from 1 up.
    Version,
    /// Blank in every language, where a text is needed.
    Text,
}

#[derive(Debug, Clone, PartialEq)]
pub struct CueDraft {
    pub at: String,
    pub text: TextDraft,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseDraft {
    pub id: String,
    /// The id follows the name until the user types one.
    pub id_auto: bool,
    pub name: TextDraft,
    pub instructions: TextDraft,
    /// Not editable here; kept as it was.
    pub image: Option<PathBuf>,
    pub dosage: DosageKind,
    /// The amounts of every kind are kept, so switching kinds loses nothing.
    pub seconds: String,
    pub reps: String,
    pub pace: String,
    pub sets: String,
    pub sides: Sides,
    pub rest: String,
    pub set_rest: String,
    pub cues: Vec<CueDraft>,
    /// What of format 2 the fields above do not show, kept as it was.
    pub carried: CarriedExercise,
    /// Shown with all its fields (else as one line).
    pub open: bool,
}

/// The parts of an exercise the editor's fields do not cover (yet): kept as they were, so
/// that editing a program never drops them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CarriedExercise {
    /// A dosage the fields cannot show (holds, or a per-set list), as it was.
    pub dosage: Option<Dosage>,
    /// `countdown`, `halfway`, `switch_sides` and `relax` (rest and set rest have fields).
    pub timing: Timing,
    pub equipment: Vec<Text>,
    pub video: Option<String>,
    pub levels: Vec<Level>,
}

impl ExerciseDraft {
    /// A new exercise: 30 s, one set, open for editing.
    pub fn new() -> Self {
        Self {
            id: String::new(),
            id_auto: true,
            name: TextDraft::default(),
            instructions: TextDraft::default(),
            image: None,
            dosage: DosageKind::Timed,
            seconds: "30".into(),
            reps: "10".into(),
            pace: "4".into(),
            sets: "1".into(),
            sides: Sides::None,
            rest: String::new(),
            set_rest: String::new(),
            cues: Vec::new(),
            carried: CarriedExercise::default(),
            open: true,
        }
    }

    fn from_exercise(exercise: &Exercise) -> Self {
        let mut draft = Self {
            id: exercise.id.clone(),
            id_auto: false,
            name: TextDraft::from_text(&exercise.name),
            instructions: TextDraft::from_optional(exercise.instructions.as_ref()),
            image: exercise.image.clone(),
            sets: exercise.sets.map(|n| n.to_string()).unwrap_or_default(),
            sides: exercise.sides,
            rest: exercise.timing.rest.map(|s| s.to_string()).unwrap_or_default(),
            set_rest: exercise.timing.set_rest.map(|s| s.to_string()).unwrap_or_default(),
            cues: exercise
                .cues
                .iter()
                .map(|cue| CueDraft {
                    at: cue.at.to_string(),
                    text: TextDraft::from_text(&cue.text),
                })
                .collect(),
            open: false,
            ..Self::new()
        };
        draft.carried = CarriedExercise {
            dosage: None,
            timing: Timing { rest: None, set_rest: None, ..exercise.timing },
            equipment: exercise.equipment.clone(),
            video: exercise.video.clone(),
            levels: exercise.levels.clone(),
        };
        match &exercise.dosage {
            Dosage::Timed { seconds: Amount::Each(seconds) } => {
                draft.dosage = DosageKind::Timed;
                draft.seconds = seconds.to_string();
            }
            Dosage::Reps { reps: Amount::Each(reps), seconds_per_rep } => {
                draft.dosage =
                    if seconds_per_rep.is_some() { DosageKind::Paced } else { DosageKind::Reps };
                draft.reps = reps.to_string();
                if let Some(pace) = seconds_per_rep {
                    draft.pace = pace.to_string();
                }
            }
            other => draft.carried.dosage = Some(other.clone()),
        }
        draft
    }
}

impl Default for ExerciseDraft {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct BlockDraft {
    pub kind: BlockKind,
    pub title: TextDraft,
    pub exercises: Vec<ExerciseDraft>,
    /// `rounds`, `round_rest` and `[block.defaults]`, kept as they were.
    pub carried: (u32, Option<u32>, Timing),
}

impl BlockDraft {
    pub fn new() -> Self {
        Self {
            kind: BlockKind::Other,
            title: TextDraft::default(),
            exercises: vec![ExerciseDraft::new()],
            carried: (1, None, Timing::default()),
        }
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
    pub defaults: [String; 5],
    pub halfway: bool,
    pub blocks: Vec<BlockDraft>,
    /// `progression`, `[defaults] relax` and `round_rest`, kept as they were.
    pub carried: (Option<Progression>, u32, u32),
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
            blocks: vec![BlockDraft::new()],
            carried: (None, Defaults::default().relax, Defaults::default().round_rest),
        }
    }

    /// An existing program, every field filled in as it is.
    pub fn from_program(program: &Program) -> Self {
        let author = program.author.clone().unwrap_or_default();
        let mut defaults = program.defaults;
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
            blocks: program
                .blocks
                .iter()
                .map(|block| BlockDraft {
                    kind: block.kind,
                    title: TextDraft::from_optional(block.title.as_ref()),
                    exercises: block.exercises.iter().map(ExerciseDraft::from_exercise).collect(),
                    carried: (block.rounds, block.round_rest, block.defaults),
                })
                .collect(),
            carried: (program.progression, program.defaults.relax, program.defaults.round_rest),
        }
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
            Input::BlockTitle(block, lang) => {
                self.blocks.get(block).map_or("", |b| b.title.get(lang))
            }
            Input::Exercise(block, exercise, which) => {
                let Some(e) = self.exercise(block, exercise) else { return "" };
                match which {
                    ExerciseInput::Id => &e.id,
                    ExerciseInput::Name(lang) => e.name.get(lang),
                    ExerciseInput::Instructions(lang) => e.instructions.get(lang),
                    ExerciseInput::Seconds => &e.seconds,
                    ExerciseInput::Reps => &e.reps,
                    ExerciseInput::Pace => &e.pace,
                    ExerciseInput::Sets => &e.sets,
                    ExerciseInput::Rest => &e.rest,
                    ExerciseInput::SetRest => &e.set_rest,
                }
            }
            Input::Cue(block, exercise, cue, which) => {
                let Some(c) = self.exercise(block, exercise).and_then(|e| e.cues.get(cue)) else {
                    return "";
                };
                match which {
                    CueInput::At => &c.at,
                    CueInput::Text(lang) => c.text.get(lang),
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
            Input::BlockTitle(block, lang) => {
                if let Some(block) = self.blocks.get_mut(block) {
                    block.title.set(lang, value);
                }
            }
            Input::Exercise(block, exercise, which) => {
                self.set_exercise(block, exercise, which, value)
            }
            Input::Cue(block, exercise, cue, which) => {
                let Some(c) = self.exercise_mut(block, exercise).and_then(|e| e.cues.get_mut(cue))
                else {
                    return;
                };
                match which {
                    CueInput::At => c.at = value,
                    CueInput::Text(lang) => c.text.set(lang, value),
                }
            }
        }
    }

    fn set_exercise(&mut self, block: usize, exercise: usize, which: ExerciseInput, value: String) {
        let suggested = match which {
            ExerciseInput::Name(lang) => {
                let mut name =
                    self.exercise(block, exercise).map(|e| e.name.clone()).unwrap_or_default();
                name.set(lang, value.clone());
                let mut id = program::suggest_id(name.get(Lang::En));
                if id.is_empty() {
                    id = program::suggest_id(name.get(Lang::Nl));
                }
                Some(self.unique_id(id, (block, exercise)))
            }
            _ => None,
        };
        let Some(e) = self.exercise_mut(block, exercise) else { return };
        match which {
            ExerciseInput::Id => {
                e.id_auto = value.is_empty();
                e.id = value;
            }
            ExerciseInput::Name(lang) => {
                e.name.set(lang, value);
                if let Some(id) = suggested.filter(|_| e.id_auto) {
                    e.id = id;
                }
            }
            ExerciseInput::Instructions(lang) => e.instructions.set(lang, value),
            ExerciseInput::Seconds => e.seconds = value,
            ExerciseInput::Reps => e.reps = value,
            ExerciseInput::Pace => e.pace = value,
            ExerciseInput::Sets => e.sets = value,
            ExerciseInput::Rest => e.rest = value,
            ExerciseInput::SetRest => e.set_rest = value,
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

    /// The program as far as it can be made, and what is wrong before the validator looks:
    /// numbers that are not numbers or out of range, texts blank in every language. A field
    /// with a complaint gets a harmless stand-in, so the rest can still be checked.
    pub fn build(&self) -> (Program, Vec<(Field, Complaint)>) {
        let mut complaints = Vec::new();
        let language = self.language.as_str();
        let mut required_text = |field: Field, text: &TextDraft| match text.build(language) {
            Some(text) => text,
            None => {
                complaints.push((field, Complaint::Text));
                Text::plain(language, "?")
            }
        };
        let title = required_text(Field::top("title"), &self.title);
        let stop_if = self
            .stop_if
            .iter()
            .enumerate()
            .map(|(i, rule)| required_text(Field::top("stop_if").item(i), rule))
            .collect();
        let mut names = Vec::new();
        for (b, block) in self.blocks.iter().enumerate() {
            for (e, exercise) in block.exercises.iter().enumerate() {
                let name = required_text(Field::exercise(b, e, "name"), &exercise.name);
                let cues: Vec<Text> = exercise
                    .cues
                    .iter()
                    .enumerate()
                    .map(|(c, cue)| required_text(Field::exercise(b, e, "cues").item(c), &cue.text))
                    .collect();
                names.push((name, cues));
            }
        }

        let mut numbers = Numbers { complaints: &mut complaints };
        let version = match self.version.trim().parse::<u32>() {
            Ok(n) if n >= 1 => n,
            _ => {
                numbers.complaints.push((Field::top("version"), Complaint::Version));
                1
            }
        };
        let sessions_per_week = numbers.optional(
            Field::top("sessions_per_week"),
            &self.sessions_per_week,
            1,
            MAX_SESSIONS_PER_WEEK,
        );
        let mut defaults = Defaults { halfway: self.halfway, ..Defaults::default() };
        for key in DefaultKey::ALL {
            let text = &self.defaults[key.index()];
            if let Some(value) = numbers.optional(key.field(), text, 0, key.high()) {
                *key.slot(&mut defaults) = value;
            }
        }

        let mut names = names.into_iter();
        let mut blocks = Vec::new();
        for (b, block) in self.blocks.iter().enumerate() {
            let mut exercises = Vec::new();
            for (e, draft) in block.exercises.iter().enumerate() {
                let (name, cue_texts) =
                    names.next().unwrap_or_else(|| (Text::plain(language, "?"), Vec::new()));
                let field = |key| Field::exercise(b, e, key);
                let dosage = match (&draft.carried.dosage, draft.dosage) {
                    (Some(kept), _) => kept.clone(),
                    (None, DosageKind::Timed) => Dosage::timed(numbers.required(
                        field("duration"),
                        &draft.seconds,
                        1,
                        MAX_DURATION,
                    )),
                    (None, DosageKind::Reps) => Dosage::reps(
                        numbers.required(field("reps"), &draft.reps, 1, MAX_REPS),
                        None,
                    ),
                    (None, DosageKind::Paced) => Dosage::reps(
                        numbers.required(field("reps"), &draft.reps, 1, MAX_REPS),
                        Some(numbers.required(
                            field("seconds_per_rep"),
                            &draft.pace,
                            1,
                            MAX_SECONDS_PER_REP,
                        )),
                    ),
                };
                let sets = numbers.optional(field("sets"), &draft.sets, 1, MAX_SETS);
                let rest = numbers.optional(field("rest"), &draft.rest, 0, MAX_PAUSE);
                let set_rest = numbers.optional(field("set_rest"), &draft.set_rest, 0, MAX_PAUSE);
                let cues = draft
                    .cues
                    .iter()
                    .zip(cue_texts)
                    .enumerate()
                    .map(|(c, (cue, text))| FormCue {
                        at: numbers.required(field("cues").item(c), &cue.at, 1, MAX_DURATION),
                        text,
                    })
                    .collect();
                let carried = &draft.carried;
                exercises.push(Exercise {
                    instructions: draft.instructions.build(language),
                    image: draft.image.clone(),
                    sets,
                    sides: draft.sides,
                    timing: Timing { rest, set_rest, ..carried.timing },
                    cues,
                    equipment: carried.equipment.clone(),
                    video: carried.video.clone(),
                    levels: carried.levels.clone(),
                    ..Exercise::new(draft.id.clone(), name, dosage)
                });
            }
            let (rounds, round_rest, timing) = block.carried;
            let mut built = Block::new(block.kind, exercises);
            built.title = block.title.build(language);
            built.rounds = rounds;
            built.round_rest = round_rest;
            built.defaults = timing;
            blocks.push(built);
        }

        let filled = |s: &str| (!s.trim().is_empty()).then(|| s.to_owned());
        let (name, role, contact) =
            (filled(&self.author_name), filled(&self.author_role), filled(&self.author_contact));
        let author = (name.is_some() || role.is_some() || contact.is_some()).then(|| Author {
            name: name.unwrap_or_default(),
            role,
            contact,
        });
        let (progression, relax, round_rest) = self.carried;
        defaults.relax = relax;
        defaults.round_rest = round_rest;
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
        (program, complaints)
    }
}

/// Checks typed numbers, collecting complaints.
struct Numbers<'c> {
    complaints: &'c mut Vec<(Field, Complaint)>,
}

impl Numbers<'_> {
    /// Blank is `None`; else a whole number in `low..=high`.
    fn optional(&mut self, field: Field, text: &str, low: u32, high: u32) -> Option<u32> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        match text.parse::<u32>() {
            Ok(n) if (low..=high).contains(&n) => Some(n),
            _ => {
                self.complaints.push((field, Complaint::Number { low, high }));
                None
            }
        }
    }

    /// A whole number in `low..=high`; `low` stands in when it is not one.
    fn required(&mut self, field: Field, text: &str, low: u32, high: u32) -> u32 {
        if text.trim().is_empty() {
            self.complaints.push((field, Complaint::Number { low, high }));
            return low;
        }
        self.optional(field, text, low, high).unwrap_or(low)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::builtin_sources;
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

    #[test]
    fn numbers_are_checked_and_blanks_mean_defaults() {
        let mut draft = Draft::new("en");
        draft.set(Input::Title(Lang::En), "Knee, week 1".into());
        draft.set(Input::Exercise(0, 0, ExerciseInput::Name(Lang::En)), "Bridge".into());
        assert_eq!(draft.id, "knee-week-1");
        assert_eq!(draft.blocks[0].exercises[0].id, "bridge");
        let (program, complaints) = draft.build();
        assert!(complaints.is_empty(), "{complaints:?}");
        assert_eq!(program.defaults, Defaults::default());
        assert_eq!(program.blocks[0].exercises[0].dosage, Dosage::timed(30));

        draft.set(Input::Exercise(0, 0, ExerciseInput::Sets), "0".into());
        draft.set(Input::Default(DefaultKey::Countdown), "61".into());
        draft.set(Input::Exercise(0, 0, ExerciseInput::Seconds), "1.5".into());
        draft.set(Input::Version, "".into());
        let (program, complaints) = draft.build();
        assert_eq!(
            complaints,
            vec![
                (Field::top("version"), Complaint::Version),
                (Field::top("defaults.countdown"), Complaint::Number { low: 0, high: 60 }),
                (Field::exercise(0, 0, "duration"), Complaint::Number { low: 1, high: 3600 }),
                (Field::exercise(0, 0, "sets"), Complaint::Number { low: 1, high: 50 }),
            ]
        );
        // The stand-ins are valid, so the validator can still check everything else.
        assert!(program::parse(&program::to_toml(&program), Path::new("x"), None).is_ok());
    }

    #[test]
    fn typed_ids_stop_following_and_auto_ids_stay_unique() {
        let mut draft = Draft::new("en");
        draft.blocks[0].exercises.push(ExerciseDraft::new());
        draft.set(Input::Exercise(0, 0, ExerciseInput::Name(Lang::En)), "Plank".into());
        draft.set(Input::Exercise(0, 1, ExerciseInput::Name(Lang::Nl)), "Plank".into());
        assert_eq!(draft.blocks[0].exercises[1].id, "plank-2");
        draft.set(Input::Id, "mine".into());
        draft.set(Input::Title(Lang::En), "Something else".into());
        assert_eq!(draft.id, "mine");
        draft.set(Input::Id, "".into());
        draft.set(Input::Title(Lang::En), "Back again".into());
        assert_eq!(draft.id, "back-again");
    }
}
