//! An exercise being edited, and its levels: each level holds only the keys it changes.

use super::checks::{Checks, amount_text};
use super::{CueInput, ExerciseInput, Part, TextDraft, TimingDraft, TimingKey};
use crate::program::{
    Amount, Dosage, Exercise, FormCue, Level, MAX_DURATION, MAX_HOLD, MAX_REPS,
    MAX_SECONDS_PER_REP, MAX_SETS, Sides, Text, Timing,
};
use std::path::PathBuf;

/// How one set of an exercise is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DosageKind {
    /// A hold or a timed movement.
    Timed,
    /// Counted reps: the user presses Done.
    Reps,
    /// Reps at a pace: they advance by themselves.
    Paced,
    /// Reps that are each a hold, with a relax between two (format 2).
    Holds,
}

impl DosageKind {
    pub const ALL: [DosageKind; 4] = [Self::Timed, Self::Reps, Self::Paced, Self::Holds];

    /// The kind a dosage is.
    pub fn of(dosage: &Dosage) -> Self {
        match dosage {
            Dosage::Timed { .. } => Self::Timed,
            Dosage::Reps { seconds_per_rep: None, .. } => Self::Reps,
            Dosage::Reps { seconds_per_rep: Some(_), .. } => Self::Paced,
            Dosage::Holds { .. } => Self::Holds,
        }
    }

    /// The key its amount is written as: `duration` or `reps`.
    pub fn amount_key(self) -> &'static str {
        if self == Self::Timed { "duration" } else { "reps" }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct CueDraft {
    pub at: String,
    pub text: TextDraft,
}

impl CueDraft {
    fn from_cue(cue: &FormCue) -> Self {
        Self { at: cue.at.to_string(), text: TextDraft::from_text(&cue.text) }
    }

    fn value(&self, which: CueInput) -> &str {
        match which {
            CueInput::At => &self.at,
            CueInput::Text(lang) => self.text.get(lang),
        }
    }

    fn set(&mut self, which: CueInput, value: String) {
        match which {
            CueInput::At => self.at = value,
            CueInput::Text(lang) => self.text.set(lang, value),
        }
    }
}

fn build_cues(cues: &[CueDraft], part: Part, checks: &mut Checks) -> Vec<FormCue> {
    cues.iter()
        .enumerate()
        .map(|(c, cue)| {
            let field = part.field("cues").item(c);
            let at = checks.required(field, &cue.at, 1, MAX_DURATION);
            FormCue { at, text: checks.text(field, &cue.text) }
        })
        .collect()
}

fn build_equipment(equipment: &[TextDraft], part: Part, checks: &mut Checks) -> Vec<Text> {
    equipment
        .iter()
        .enumerate()
        .map(|(i, thing)| checks.text(part.field("equipment").item(i), thing))
        .collect()
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseDraft {
    pub id: String,
    /// The id follows the name until the user types one.
    pub id_auto: bool,
    pub name: TextDraft,
    pub instructions: TextDraft,
    /// Not editable here; kept as it was, or removed.
    pub image: Option<PathBuf>,
    pub dosage: DosageKind,
    /// The amounts of every kind are kept, so switching kinds loses nothing.
    pub seconds: String,
    pub reps: String,
    pub pace: String,
    pub hold: String,
    /// Not written beside a per-set list (the list says how many sets).
    pub sets: String,
    pub sides: Sides,
    /// Its own timing; `relax` only goes with holds.
    pub timing: TimingDraft,
    pub cues: Vec<CueDraft>,
    pub equipment: Vec<TextDraft>,
    /// Blank: none.
    pub video: String,
    /// Levels 2, 3, ...
    pub levels: Vec<LevelDraft>,
    /// Shown with all its fields (else as one line).
    pub open: bool,
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
            hold: "10".into(),
            sets: "1".into(),
            sides: Sides::None,
            timing: TimingDraft::default(),
            cues: Vec::new(),
            equipment: Vec::new(),
            video: String::new(),
            levels: Vec::new(),
            open: true,
        }
    }

    pub(super) fn from_exercise(exercise: &Exercise) -> Self {
        let mut draft = Self {
            id: exercise.id.clone(),
            id_auto: false,
            name: TextDraft::from_text(&exercise.name),
            instructions: TextDraft::from_optional(exercise.instructions.as_ref()),
            image: exercise.image.clone(),
            dosage: DosageKind::of(&exercise.dosage),
            sets: exercise.sets.map(|n| n.to_string()).unwrap_or_default(),
            sides: exercise.sides,
            timing: TimingDraft::from_timing(&exercise.timing),
            cues: exercise.cues.iter().map(CueDraft::from_cue).collect(),
            equipment: exercise.equipment.iter().map(TextDraft::from_text).collect(),
            video: exercise.video.clone().unwrap_or_default(),
            levels: exercise.levels.iter().map(LevelDraft::from_level).collect(),
            open: false,
            ..Self::new()
        };
        match &exercise.dosage {
            Dosage::Timed { seconds } => draft.seconds = amount_text(seconds),
            Dosage::Reps { reps, seconds_per_rep } => {
                draft.reps = amount_text(reps);
                if let Some(pace) = seconds_per_rep {
                    draft.pace = pace.to_string();
                }
            }
            Dosage::Holds { reps, hold } => {
                draft.reps = amount_text(reps);
                draft.hold = hold.to_string();
            }
        }
        draft
    }

    pub(super) fn value(&self, which: ExerciseInput) -> &str {
        match which {
            ExerciseInput::Id => &self.id,
            ExerciseInput::Name(lang) => self.name.get(lang),
            ExerciseInput::Instructions(lang) => self.instructions.get(lang),
            ExerciseInput::Seconds => &self.seconds,
            ExerciseInput::Reps => &self.reps,
            ExerciseInput::Pace => &self.pace,
            ExerciseInput::Hold => &self.hold,
            ExerciseInput::Sets => &self.sets,
            ExerciseInput::Timing(key) => self.timing.get(key),
            ExerciseInput::Video => &self.video,
            ExerciseInput::Cue(cue, which) => self.cues.get(cue).map_or("", |c| c.value(which)),
            ExerciseInput::Equipment(thing, lang) => {
                self.equipment.get(thing).map_or("", |t| t.get(lang))
            }
        }
    }

    pub(super) fn set(&mut self, which: ExerciseInput, value: String) {
        match which {
            ExerciseInput::Id => {
                self.id_auto = value.is_empty();
                self.id = value;
            }
            ExerciseInput::Name(lang) => self.name.set(lang, value),
            ExerciseInput::Instructions(lang) => self.instructions.set(lang, value),
            ExerciseInput::Seconds => self.seconds = value,
            ExerciseInput::Reps => self.reps = value,
            ExerciseInput::Pace => self.pace = value,
            ExerciseInput::Hold => self.hold = value,
            ExerciseInput::Sets => self.sets = value,
            ExerciseInput::Timing(key) => self.timing.set(key, value),
            ExerciseInput::Video => self.video = value,
            ExerciseInput::Cue(cue, which) => {
                if let Some(cue) = self.cues.get_mut(cue) {
                    cue.set(which, value);
                }
            }
            ExerciseInput::Equipment(thing, lang) => {
                if let Some(thing) = self.equipment.get_mut(thing) {
                    thing.set(lang, value);
                }
            }
        }
    }

    /// The dosage its kind's fields make.
    fn build_dosage(&self, part: Part, checks: &mut Checks) -> Dosage {
        let field = |key| part.field(key);
        let reps = |checks: &mut Checks| checks.amount(field("reps"), &self.reps, 1, MAX_REPS);
        match self.dosage {
            DosageKind::Timed => Dosage::Timed {
                seconds: checks.amount(field("duration"), &self.seconds, 1, MAX_DURATION),
            },
            DosageKind::Reps => Dosage::Reps { reps: reps(checks), seconds_per_rep: None },
            DosageKind::Paced => {
                let reps = reps(checks);
                let pace =
                    checks.required(field("seconds_per_rep"), &self.pace, 1, MAX_SECONDS_PER_REP);
                Dosage::Reps { reps, seconds_per_rep: Some(pace) }
            }
            DosageKind::Holds => {
                let reps = reps(checks);
                Dosage::Holds {
                    reps,
                    hold: checks.required(field("hold"), &self.hold, 1, MAX_HOLD),
                }
            }
        }
    }

    pub(super) fn build(&self, part: Part, checks: &mut Checks) -> Exercise {
        let field = |key| part.field(key);
        let name = checks.text(field("name"), &self.name);
        let instructions = self.instructions.build(checks.language());
        let dosage = self.build_dosage(part, checks);
        let sets = match dosage.set_count() {
            // The field is hidden beside a list; a `sets` equal to its length, as a file may
            // have it, is kept.
            Some(count) => self.sets.trim().parse::<u32>().ok().filter(|n| *n == count),
            None => checks.optional(field("sets"), &self.sets, 1, MAX_SETS),
        };
        let keys: &[TimingKey] =
            if self.dosage == DosageKind::Holds { &TimingKey::ALL } else { &TimingKey::ALL[..4] };
        let timing = self.timing.build(checks, field, keys);
        let cues = build_cues(&self.cues, part, checks);
        let equipment = build_equipment(&self.equipment, part, checks);
        let video = Some(self.video.trim()).filter(|v| !v.is_empty()).map(str::to_owned);
        let levels = self
            .levels
            .iter()
            .enumerate()
            .map(|(l, level)| level.build(Part { level: Some(l), ..part }, checks))
            .collect();
        Exercise {
            id: self.id.clone(),
            name,
            instructions,
            image: self.image.clone(),
            dosage,
            sets,
            sides: self.sides,
            timing,
            cues,
            equipment,
            video,
            levels,
        }
    }

    /// The texts a new key of level `level` starts from: those of the level before it, as
    /// typed (name, instructions, cues, equipment, video).
    pub fn texts_before(&self, level: usize) -> Inherited {
        let (mut name, mut instructions) = (&self.name, &self.instructions);
        let (mut cues, mut equipment, mut video) =
            (&self.cues[..], &self.equipment[..], self.video.as_str());
        for before in self.levels.iter().take(level) {
            name = before.name.as_ref().unwrap_or(name);
            instructions = before.instructions.as_ref().unwrap_or(instructions);
            cues = before.cues.as_deref().unwrap_or(cues);
            equipment = before.equipment.as_deref().unwrap_or(equipment);
            video = before.video.as_deref().unwrap_or(video);
        }
        Inherited {
            name: name.clone(),
            instructions: instructions.clone(),
            cues: cues.to_vec(),
            equipment: equipment.to_vec(),
            video: video.to_owned(),
        }
    }
}

impl Default for ExerciseDraft {
    fn default() -> Self {
        Self::new()
    }
}

/// The texts a level inherits, as typed.
#[derive(Debug, Clone, Default)]
pub struct Inherited {
    pub name: TextDraft,
    pub instructions: TextDraft,
    pub cues: Vec<CueDraft>,
    pub equipment: Vec<TextDraft>,
    pub video: String,
}

/// What a level may change (its picture can only be kept or removed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LevelKey {
    Name,
    Instructions,
    Duration,
    Reps,
    Pace,
    Hold,
    Sets,
    Sides,
    Timing(TimingKey),
    Halfway,
    Cues,
    Equipment,
    Video,
}

impl LevelKey {
    /// The dose: what a level changes most.
    pub const DOSE: [LevelKey; 8] = [
        Self::Duration,
        Self::Reps,
        Self::Pace,
        Self::Hold,
        Self::Timing(TimingKey::Relax),
        Self::Sets,
        Self::Sides,
        Self::Timing(TimingKey::Rest),
    ];
    /// The rest of its timing.
    pub const TIMING: [LevelKey; 4] = [
        Self::Timing(TimingKey::SetRest),
        Self::Timing(TimingKey::SwitchSides),
        Self::Timing(TimingKey::Countdown),
        Self::Halfway,
    ];
    /// What it says and shows.
    pub const TEXTS: [LevelKey; 5] =
        [Self::Name, Self::Instructions, Self::Cues, Self::Equipment, Self::Video];

    /// The key as the file names it.
    pub fn key(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Instructions => "instructions",
            Self::Duration => "duration",
            Self::Reps => "reps",
            Self::Pace => "seconds_per_rep",
            Self::Hold => "hold",
            Self::Sets => "sets",
            Self::Sides => "sides",
            Self::Timing(key) => key.key(),
            Self::Halfway => "halfway",
            Self::Cues => "cues",
            Self::Equipment => "equipment",
            Self::Video => "video",
        }
    }
}

/// A level table: every key `None` until the level changes it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LevelDraft {
    pub name: Option<TextDraft>,
    pub instructions: Option<TextDraft>,
    /// Kept as it was, or removed.
    pub image: Option<PathBuf>,
    pub seconds: Option<String>,
    pub reps: Option<String>,
    pub pace: Option<String>,
    pub hold: Option<String>,
    pub sets: Option<String>,
    pub sides: Option<Sides>,
    /// By [`TimingKey`].
    pub timing: [Option<String>; 5],
    pub halfway: Option<bool>,
    pub cues: Option<Vec<CueDraft>>,
    pub equipment: Option<Vec<TextDraft>>,
    pub video: Option<String>,
    /// Shown with all its fields (else as one line).
    pub open: bool,
}

impl LevelDraft {
    /// A new level that changes nothing yet, open for editing.
    pub fn new() -> Self {
        Self { open: true, ..Self::default() }
    }

    fn from_level(level: &Level) -> Self {
        let text = |t: &Option<Text>| t.as_ref().map(TextDraft::from_text);
        let number = |n: Option<u32>| n.map(|n| n.to_string());
        Self {
            name: text(&level.name),
            instructions: text(&level.instructions),
            image: level.image.clone(),
            seconds: level.duration.as_ref().map(amount_text),
            reps: level.reps.as_ref().map(amount_text),
            pace: number(level.seconds_per_rep),
            hold: number(level.hold),
            sets: number(level.sets),
            sides: level.sides,
            timing: TimingKey::ALL.map(|key| number(key.get(&level.timing))),
            halfway: level.timing.halfway,
            cues: level.cues.as_ref().map(|cues| cues.iter().map(CueDraft::from_cue).collect()),
            equipment: level
                .equipment
                .as_ref()
                .map(|things| things.iter().map(TextDraft::from_text).collect()),
            video: level.video.clone(),
            open: false,
        }
    }

    /// Whether the level changes `key`.
    pub fn changes(&self, key: LevelKey) -> bool {
        match key {
            LevelKey::Name => self.name.is_some(),
            LevelKey::Instructions => self.instructions.is_some(),
            LevelKey::Duration => self.seconds.is_some(),
            LevelKey::Reps => self.reps.is_some(),
            LevelKey::Pace => self.pace.is_some(),
            LevelKey::Hold => self.hold.is_some(),
            LevelKey::Sets => self.sets.is_some(),
            LevelKey::Sides => self.sides.is_some(),
            LevelKey::Timing(key) => self.timing[key.index()].is_some(),
            LevelKey::Halfway => self.halfway.is_some(),
            LevelKey::Cues => self.cues.is_some(),
            LevelKey::Equipment => self.equipment.is_some(),
            LevelKey::Video => self.video.is_some(),
        }
    }

    /// Stops changing `key`: the level takes it from the level before.
    pub fn unchange(&mut self, key: LevelKey) {
        match key {
            LevelKey::Name => self.name = None,
            LevelKey::Instructions => self.instructions = None,
            LevelKey::Duration => self.seconds = None,
            LevelKey::Reps => self.reps = None,
            LevelKey::Pace => self.pace = None,
            LevelKey::Hold => self.hold = None,
            LevelKey::Sets => self.sets = None,
            LevelKey::Sides => self.sides = None,
            LevelKey::Timing(key) => self.timing[key.index()] = None,
            LevelKey::Halfway => self.halfway = None,
            LevelKey::Cues => self.cues = None,
            LevelKey::Equipment => self.equipment = None,
            LevelKey::Video => self.video = None,
        }
    }

    /// Starts changing `key`, from what the level before has: its texts as typed
    /// (`texts`), its dose and timing as they work out (`before`, its timing resolved).
    pub fn change(&mut self, key: LevelKey, texts: Inherited, before: &Exercise, timing: &Timing) {
        let number = |n: Option<u32>| Some(n.map(|n| n.to_string()).unwrap_or_default());
        let amount = |a: &Amount| Some(amount_text(a));
        match key {
            LevelKey::Name => self.name = Some(texts.name),
            LevelKey::Instructions => self.instructions = Some(texts.instructions),
            LevelKey::Duration => {
                self.seconds = match &before.dosage {
                    Dosage::Timed { seconds } => amount(seconds),
                    _ => Some(String::new()),
                }
            }
            LevelKey::Reps => {
                self.reps = match &before.dosage {
                    Dosage::Reps { reps, .. } | Dosage::Holds { reps, .. } => amount(reps),
                    Dosage::Timed { .. } => Some(String::new()),
                }
            }
            LevelKey::Pace => {
                self.pace = match &before.dosage {
                    Dosage::Reps { seconds_per_rep, .. } => number(*seconds_per_rep),
                    _ => Some(String::new()),
                }
            }
            LevelKey::Hold => {
                self.hold = match &before.dosage {
                    Dosage::Holds { hold, .. } => number(Some(*hold)),
                    _ => Some(String::new()),
                }
            }
            LevelKey::Sets => self.sets = number(Some(before.set_count())),
            LevelKey::Sides => self.sides = Some(before.sides),
            LevelKey::Timing(key) => self.timing[key.index()] = number(key.get(timing)),
            LevelKey::Halfway => self.halfway = Some(timing.halfway.unwrap_or(true)),
            LevelKey::Cues => self.cues = Some(texts.cues),
            LevelKey::Equipment => self.equipment = Some(texts.equipment),
            LevelKey::Video => self.video = Some(texts.video),
        }
    }

    pub(super) fn value(&self, which: ExerciseInput) -> &str {
        fn shown(value: &Option<String>) -> &str {
            value.as_deref().unwrap_or("")
        }
        match which {
            ExerciseInput::Id => "",
            ExerciseInput::Name(lang) => self.name.as_ref().map_or("", |t| t.get(lang)),
            ExerciseInput::Instructions(lang) => {
                self.instructions.as_ref().map_or("", |t| t.get(lang))
            }
            ExerciseInput::Seconds => shown(&self.seconds),
            ExerciseInput::Reps => shown(&self.reps),
            ExerciseInput::Pace => shown(&self.pace),
            ExerciseInput::Hold => shown(&self.hold),
            ExerciseInput::Sets => shown(&self.sets),
            ExerciseInput::Timing(key) => shown(&self.timing[key.index()]),
            ExerciseInput::Video => shown(&self.video),
            ExerciseInput::Cue(cue, which) => {
                self.cues.as_ref().and_then(|c| c.get(cue)).map_or("", |c| c.value(which))
            }
            ExerciseInput::Equipment(thing, lang) => {
                self.equipment.as_ref().and_then(|e| e.get(thing)).map_or("", |t| t.get(lang))
            }
        }
    }

    /// Puts what was typed into a key the level changes (a key it does not change has no
    /// input, so nothing is typed there).
    pub(super) fn set(&mut self, which: ExerciseInput, value: String) {
        let put = |slot: &mut Option<String>, value: String| {
            if let Some(slot) = slot {
                *slot = value;
            }
        };
        match which {
            ExerciseInput::Id => {}
            ExerciseInput::Name(lang) => {
                if let Some(name) = &mut self.name {
                    name.set(lang, value);
                }
            }
            ExerciseInput::Instructions(lang) => {
                if let Some(instructions) = &mut self.instructions {
                    instructions.set(lang, value);
                }
            }
            ExerciseInput::Seconds => put(&mut self.seconds, value),
            ExerciseInput::Reps => put(&mut self.reps, value),
            ExerciseInput::Pace => put(&mut self.pace, value),
            ExerciseInput::Hold => put(&mut self.hold, value),
            ExerciseInput::Sets => put(&mut self.sets, value),
            ExerciseInput::Timing(key) => put(&mut self.timing[key.index()], value),
            ExerciseInput::Video => put(&mut self.video, value),
            ExerciseInput::Cue(cue, which) => {
                if let Some(cue) = self.cues.as_mut().and_then(|c| c.get_mut(cue)) {
                    cue.set(which, value);
                }
            }
            ExerciseInput::Equipment(thing, lang) => {
                if let Some(thing) = self.equipment.as_mut().and_then(|e| e.get_mut(thing)) {
                    thing.set(lang, value);
                }
            }
        }
    }

    /// The cues of the level, when it changes them.
    pub fn cues_mut(&mut self) -> Option<&mut Vec<CueDraft>> {
        self.cues.as_mut()
    }

    /// The level table: each key it changes, checked, in file order. A key changed but not
    /// (yet) valid gets the lowest value it may have, so the table keeps its shape.
    fn build(&self, part: Part, checks: &mut Checks) -> Level {
        let field = |key| part.field(key);
        let number = |checks: &mut Checks, key, text: &Option<String>, low, high| {
            text.as_ref().map(|t| checks.required(field(key), t, low, high))
        };
        let name = self.name.as_ref().map(|t| checks.text(field("name"), t));
        let instructions =
            self.instructions.as_ref().map(|t| checks.text(field("instructions"), t));
        let duration =
            self.seconds.as_ref().map(|t| checks.amount(field("duration"), t, 1, MAX_DURATION));
        let reps = self.reps.as_ref().map(|t| checks.amount(field("reps"), t, 1, MAX_REPS));
        let seconds_per_rep = number(checks, "seconds_per_rep", &self.pace, 1, MAX_SECONDS_PER_REP);
        let hold = number(checks, "hold", &self.hold, 1, MAX_HOLD);
        let sets = number(checks, "sets", &self.sets, 1, MAX_SETS);
        let mut timing = Timing { halfway: self.halfway, ..Timing::default() };
        for key in TimingKey::ALL {
            let text = &self.timing[key.index()];
            *key.slot(&mut timing) = number(checks, key.key(), text, 0, key.high());
        }
        Level {
            name,
            instructions,
            image: self.image.clone(),
            duration,
            reps,
            seconds_per_rep,
            hold,
            sets,
            sides: self.sides,
            timing,
            cues: self.cues.as_ref().map(|cues| build_cues(cues, part, checks)),
            equipment: self.equipment.as_ref().map(|e| build_equipment(e, part, checks)),
            video: self.video.as_ref().map(|v| v.trim().to_owned()),
        }
    }
}
