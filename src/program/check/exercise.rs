//! Blocks and exercises: kinds, rounds and block timing, ids unique within the program, the
//! dosage rules (holds, per-set lists, alternating sides), form cues inside their step or
//! hold, equipment and video links, levels and what each level makes, and images that stay
//! inside the program's folder.

use super::keys::Place;
use super::values::{label, quote, type_name};
use super::{
    Checked, Checker, DeTable, IMAGE_EXTENSIONS, Key, MAX_COUNTDOWN, MAX_CUE_CHARS, MAX_CUES,
    MAX_DURATION, MAX_EQUIPMENT, MAX_EXERCISES, MAX_HOLD, MAX_INSTRUCTIONS_CHARS, MAX_LEVEL_TABLES,
    MAX_NAME_CHARS, MAX_PAUSE, MAX_RELAX, MAX_REPS, MAX_ROUNDS, MAX_SECONDS_PER_REP, MAX_SETS,
    MAX_TITLE_CHARS, MAX_VIDEO_CHARS, Value,
};
use crate::i18n::Message;
use crate::program::{
    Block, BlockKind, Dosage, DoseKeys, Exercise, FormCue, Level, Sides, Text, Timing,
};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use toml::de::DeValue;

impl Checker<'_, '_> {
    /// All blocks, and the byte offset of every exercise (for pointing at one later).
    pub(super) fn blocks(
        &mut self,
        block: Option<(&Key<'_>, &Value<'_>)>,
        suggested: &[&str],
    ) -> (Vec<Block>, Vec<usize>) {
        let mut blocks = Vec::new();
        let mut exercises: Vec<Checked> = Vec::new();
        let mut seen_ids: HashMap<String, usize> = HashMap::new();
        let Some((key, value)) = block else {
            self.missing(suggested, "block", 0, Message::new("check-no-blocks"));
            return (blocks, Vec::new());
        };
        let items = match value.get_ref() {
            DeValue::Array(items) if items.is_empty() => {
                self.problem(value.span().start, Message::new("check-no-blocks"));
                return (blocks, Vec::new());
            }
            DeValue::Array(items) => items,
            other => {
                self.problem(
                    key.span().start,
                    Message::new("check-block-not-list").with("found", type_name(other)),
                );
                return (blocks, Vec::new());
            }
        };
        for item in items.iter() {
            let Some(table) = self.table(Message::new("check-label-each-block"), item) else {
                continue;
            };
            let first = exercises.len();
            let block = self.block(item.span().start, table, &mut exercises, &mut seen_ids);
            if let Some(mut block) = block {
                block.exercises = exercises[first..].iter().map(|c| c.exercise.clone()).collect();
                blocks.push(block);
            }
        }
        let offsets = exercises.iter().map(|c| c.offset).collect();
        (blocks, offsets)
    }

    pub(super) fn block(
        &mut self,
        offset: usize,
        table: &DeTable<'_>,
        exercises: &mut Vec<Checked>,
        seen_ids: &mut HashMap<String, usize>,
    ) -> Option<Block> {
        let suggested = self.unknown_keys(table, Place::Block);
        let before = self.problems.len();
        let names: Vec<_> = BlockKind::ALL.iter().map(|k| k.as_str()).collect();
        let kind = match table.get("kind") {
            Some(value) => self.choice("kind", value, &names).map(|i| BlockKind::ALL[i]),
            None => Some(BlockKind::Other),
        };
        let title = table
            .get("title")
            .and_then(|v| self.text(Message::new("check-label-block-title"), v, MAX_TITLE_CHARS));
        let rounds =
            table.get("rounds").map_or(Some(1), |v| self.count("rounds", v, 1, MAX_ROUNDS));
        let round_rest =
            table.get("round_rest").and_then(|v| self.duration("round_rest", v, 0, MAX_PAUSE));
        let defaults = match table.get("defaults") {
            Some(value) => match self.table(label("[block.defaults]"), value) {
                Some(defaults) => {
                    let _ = self.unknown_keys(defaults, Place::BlockDefaults);
                    self.timing(defaults)
                }
                None => Timing::default(),
            },
            None => Timing::default(),
        };
        match table.get_key_value("exercise") {
            None => self.missing(
                &suggested,
                "exercise",
                offset,
                Message::new("check-block-no-exercises"),
            ),
            Some((key, value)) => match value.get_ref() {
                DeValue::Array(items) if items.is_empty() => {
                    self.problem(value.span().start, Message::new("check-block-no-exercises"))
                }
                DeValue::Array(items) => {
                    for item in items.iter() {
                        let Some(table) =
                            self.table(Message::new("check-label-each-exercise"), item)
                        else {
                            continue;
                        };
                        let offset = item.span().start;
                        self.exercise_count += 1;
                        if self.exercise_count == MAX_EXERCISES + 1 {
                            self.problem(
                                offset,
                                Message::new("check-too-many-exercises")
                                    .with("max", MAX_EXERCISES)
                                    .with("number", MAX_EXERCISES + 1),
                            );
                        }
                        if let Some(exercise) = self.exercise(offset, table, seen_ids) {
                            exercises.push(Checked { exercise, offset });
                        }
                    }
                }
                other => self.problem(
                    key.span().start,
                    Message::new("check-exercise-not-list").with("found", type_name(other)),
                ),
            },
        }
        let mut block = Block::new(kind?, Vec::new());
        block.title = title;
        block.rounds = rounds?;
        block.round_rest = round_rest;
        block.defaults = defaults;
        (self.problems.len() == before).then_some(block)
    }

    /// The timing keys of a table (`[block.defaults]`, an exercise, a level).
    pub(super) fn timing(&mut self, table: &DeTable<'_>) -> Timing {
        let mut pause = |key: &str, high: u32| {
            table.get(key).and_then(|value| self.duration(key, value, 0, high))
        };
        Timing {
            countdown: pause("countdown", MAX_COUNTDOWN),
            rest: pause("rest", MAX_PAUSE),
            set_rest: pause("set_rest", MAX_PAUSE),
            switch_sides: pause("switch_sides", MAX_PAUSE),
            relax: pause("relax", MAX_RELAX),
            halfway: table.get("halfway").and_then(|value| self.boolean("halfway", value)),
        }
    }

    pub(super) fn exercise(
        &mut self,
        offset: usize,
        table: &DeTable<'_>,
        seen_ids: &mut HashMap<String, usize>,
    ) -> Option<Exercise> {
        let suggested = self.unknown_keys(table, Place::Exercise);
        let before = self.problems.len();
        let id = match table.get("id") {
            Some(value) => {
                let id = self.id("id", value);
                if let Some(id) = &id {
                    if let Some(first) = seen_ids.get(id) {
                        let line = self.locator.line(*first);
                        self.problem(
                            value.span().start,
                            Message::new("check-duplicate-id").with("id", id).with("line", line),
                        );
                    } else {
                        seen_ids.insert(id.clone(), value.span().start);
                    }
                }
                id
            }
            None => {
                self.missing(&suggested, "id", offset, Message::new("check-exercise-no-id"));
                None
            }
        };
        let name = match table.get("name") {
            Some(value) => self.text(label("name"), value, MAX_NAME_CHARS),
            None => {
                self.missing(
                    &suggested,
                    "name",
                    offset,
                    Message::new("check-exercise-no-name")
                        .with("example", "name = { nl = \"Plank\", en = \"Plank\" }"),
                );
                None
            }
        };
        let instructions = table
            .get("instructions")
            .and_then(|v| self.text(label("instructions"), v, MAX_INSTRUCTIONS_CHARS));
        let image = table.get("image").and_then(|v| self.image(v));
        let timing = self.timing(table);
        let dosage = self.dosage(offset, table, &suggested);
        let sets = match table.get("sets") {
            Some(value) => self.count("sets", value, 1, MAX_SETS).map(Some),
            None => Some(None),
        };
        let sides = table.get("sides").map_or(Some(Sides::None), |v| self.sides(v));
        let cues = match (table.get("cues"), &dosage, sides) {
            (Some(value), Some(dosage), Some(sides)) => self.cues(value, cue_limit(dosage, sides)),
            (Some(value), _, _) => self.cues(value, None),
            (None, ..) => Vec::new(),
        };
        let equipment = table.get("equipment").map(|v| self.equipment(v)).unwrap_or_default();
        let video = table.get("video").and_then(|v| self.video(v));
        let mut exercise = Exercise {
            instructions,
            image,
            sides: sides.unwrap_or_default(),
            timing,
            cues,
            equipment,
            video,
            sets: sets.flatten(),
            ..Exercise::new(String::new(), Text::plain(&self.language, ""), Dosage::timed(1))
        };
        if let Some(dosage) = &dosage {
            exercise.dosage = dosage.clone();
            let spans = Spans::of(table, offset);
            self.one_exercise(&exercise, &spans, None);
        }
        let mut levels = Vec::new();
        if let Some((key, value)) = table.get_key_value("level") {
            levels = self.levels(key, value, &exercise);
        }
        if self.problems.len() != before {
            return None;
        }
        let (Some(id), Some(name), Some(dosage), Some(_), Some(_)) =
            (id, name, dosage, sets, sides)
        else {
            return None;
        };
        Some(Exercise { id, name, dosage, levels, ..exercise })
    }

    /// `sides`: none, both, left, right, or (format 2) alternate.
    fn sides(&mut self, value: &Value<'_>) -> Option<Sides> {
        // A format 1 file is offered format 1's choices.
        let offered = if self.format < 2 { &Sides::ALL[..4] } else { &Sides::ALL[..] };
        let names: Vec<_> = offered.iter().map(|s| s.as_str()).collect();
        let sides = match value.get_ref() {
            DeValue::String(text) if text.as_ref() == "alternate" => Sides::Alternate,
            _ => self.choice("sides", value, &names).map(|i| offered[i])?,
        };
        if sides == Sides::Alternate && self.format < 2 {
            let message =
                Message::new("check-alternate-needs-format-2").with("format", self.format);
            self.problem(value.span().start, message);
            return None;
        }
        Some(sides)
    }

    /// What an exercise as done at one level must be: `sets` equal to a per-set list,
    /// `alternate` only with repetitions, `relax` only with holds. `level` names the level
    /// in messages (`None`: the exercise as written).
    fn one_exercise(&mut self, exercise: &Exercise, spans: &Spans, level: Option<u32>) {
        let at = || match level {
            Some(number) => Message::new("check-at-level").with("level", number),
            None => Message::new("check-at-no-level"),
        };
        let amount = exercise.dosage.amount();
        if let (Some(sets), Some(count)) = (exercise.sets, amount.set_count())
            && sets != count
        {
            self.problem(
                spans.at("sets"),
                Message::new("check-sets-disagree")
                    .with("sets", sets)
                    .with("count", count)
                    .with("at", at()),
            );
        }
        if exercise.sides == Sides::Alternate && matches!(exercise.dosage, Dosage::Timed { .. }) {
            self.problem(
                spans.at("sides"),
                Message::new("check-alternate-needs-reps").with("at", at()),
            );
        }
        if exercise.timing.relax.is_some() && !matches!(exercise.dosage, Dosage::Holds { .. }) {
            self.problem(
                spans.at("relax"),
                Message::new("check-relax-needs-hold").with("at", at()),
            );
        }
    }

    /// `equipment = ["Mat", { nl = "Stoel", en = "Chair" }]`, at most [`MAX_EQUIPMENT`].
    fn equipment(&mut self, value: &Value<'_>) -> Vec<Text> {
        let DeValue::Array(items) = value.get_ref() else {
            self.problem(
                value.span().start,
                Message::new("check-equipment-not-list").with("found", type_name(value.get_ref())),
            );
            return Vec::new();
        };
        if items.len() > MAX_EQUIPMENT {
            self.problem(
                value.span().start,
                Message::new("check-equipment-too-many")
                    .with("max", MAX_EQUIPMENT)
                    .with("count", items.len()),
            );
            return Vec::new();
        }
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let what = Message::new("check-label-equipment-item").with("number", i + 1);
                self.text(what, item, MAX_NAME_CHARS)
            })
            .collect()
    }

    /// An `https://` address of at most [`MAX_VIDEO_CHARS`] characters.
    fn video(&mut self, value: &Value<'_>) -> Option<String> {
        let address = self.string("video", value)?;
        let message = if !address.starts_with("https://") || address.len() <= "https://".len() {
            Message::new("check-video-https").with("found", quote(address))
        } else if address.chars().count() > MAX_VIDEO_CHARS {
            Message::new("check-video-too-long").with("max", MAX_VIDEO_CHARS)
        } else if address.chars().any(char::is_whitespace) {
            Message::new("check-video-spaces")
        } else {
            return Some(address.to_owned());
        };
        self.problem(value.span().start, message);
        None
    }

    /// The `[[block.exercise.level]]` tables of `exercise`, each checked on its own and then
    /// as the exercise it makes at its level.
    fn levels(&mut self, key: &Key<'_>, value: &Value<'_>, exercise: &Exercise) -> Vec<Level> {
        let DeValue::Array(items) = value.get_ref() else {
            self.problem(
                key.span().start,
                Message::new("check-level-not-list").with("found", type_name(value.get_ref())),
            );
            return Vec::new();
        };
        if items.len() > MAX_LEVEL_TABLES {
            let offset = items.get(MAX_LEVEL_TABLES).map_or(key.span().start, |i| i.span().start);
            self.problem(
                offset,
                Message::new("check-too-many-levels")
                    .with("max", MAX_LEVEL_TABLES)
                    .with("top", MAX_LEVEL_TABLES + 1)
                    .with("number", items.len()),
            );
            return Vec::new();
        }
        let mut levels = Vec::new();
        let mut spans = Vec::new();
        for item in items.iter() {
            let Some(table) = self.table(Message::new("check-label-each-level"), item) else {
                continue;
            };
            if let Some(level) = self.level(table) {
                levels.push(level);
                spans.push(Spans::of(table, item.span().start));
            }
        }
        if levels.len() != items.len() {
            return levels;
        }
        let with_levels = Exercise { levels: levels.clone(), ..exercise.clone() };
        for (index, spans) in spans.iter().enumerate() {
            let number = u32::try_from(index + 2).unwrap_or(u32::MAX);
            self.level_dosage(&with_levels, index, spans, number);
            let at = with_levels.at_level(number);
            self.one_exercise(&at, spans, Some(number));
            let level = &with_levels.levels[index];
            if level.cues.is_some()
                || level.duration.is_some()
                || level.reps.is_some()
                || level.hold.is_some()
                || level.seconds_per_rep.is_some()
                || level.sides.is_some()
            {
                let limit = cue_limit(&at.dosage, at.sides);
                for cue in &at.cues {
                    if let Some(problem) = cue_outside(cue.at, limit) {
                        let message = Message::new("check-cue-at-level")
                            .with("problem", problem)
                            .with("level", number);
                        self.problem(spans.at("cues"), message);
                        break;
                    }
                }
            }
        }
        levels
    }

    /// The dosage keys of level table `index`: what it writes must make a valid exercise with
    /// what it inherits (`hold` and `seconds_per_rep` only with `reps`, not both in one table).
    fn level_dosage(&mut self, exercise: &Exercise, index: usize, spans: &Spans, number: u32) {
        let Some(level) = exercise.levels.get(index) else { return };
        let mut keys = DoseKeys::of(&exercise.dosage, exercise.timing.relax);
        for before in &exercise.levels[..index] {
            keys.apply(before);
        }
        let message = if level.duration.is_some() && level.reps.is_some() {
            Some(("reps", Message::new("check-level-duration-and-reps")))
        } else if level.hold.is_some() && level.seconds_per_rep.is_some() {
            Some(("hold", Message::new("check-level-hold-and-pace")))
        } else {
            keys.apply(level);
            let timed = keys.duration.is_some();
            if timed && level.seconds_per_rep.is_some() {
                Some((
                    "seconds_per_rep",
                    Message::new("check-level-pace-timed").with("level", number),
                ))
            } else if timed && level.hold.is_some() {
                Some(("hold", Message::new("check-level-hold-timed").with("level", number)))
            } else {
                None
            }
        };
        if let Some((key, message)) = message {
            self.problem(spans.at(key), message);
        }
    }

    /// One `[[block.exercise.level]]` table: the keys it changes, each checked on its own.
    fn level(&mut self, table: &DeTable<'_>) -> Option<Level> {
        let _ = self.unknown_keys(table, Place::Level);
        let before = self.problems.len();
        let one = |checker: &mut Self, key: &str, value: &Value<'_>, high: u32| {
            checker.duration(key, value, 1, high)
        };
        let level = Level {
            name: table
                .get("name")
                .and_then(|v| self.text(Message::new("check-label-level-name"), v, MAX_NAME_CHARS)),
            instructions: table
                .get("instructions")
                .and_then(|v| self.text(label("instructions"), v, MAX_INSTRUCTIONS_CHARS)),
            image: table.get("image").and_then(|v| self.image(v)),
            cues: table.get("cues").map(|v| self.cues(v, None)),
            video: table.get("video").and_then(|v| self.video(v)),
            equipment: table.get("equipment").map(|v| self.equipment(v)),
            sets: table.get("sets").and_then(|v| self.count("sets", v, 1, MAX_SETS)),
            sides: table.get("sides").and_then(|v| self.sides(v)),
            timing: self.timing(table),
            duration: table
                .get("duration")
                .and_then(|v| self.amount("duration", v, |c, k, v| one(c, k, v, MAX_DURATION))),
            reps: table
                .get("reps")
                .and_then(|v| self.amount("reps", v, |c, k, v| c.count(k, v, 1, MAX_REPS))),
            seconds_per_rep: table
                .get("seconds_per_rep")
                .and_then(|v| one(self, "seconds_per_rep", v, MAX_SECONDS_PER_REP)),
            hold: table.get("hold").and_then(|v| one(self, "hold", v, MAX_HOLD)),
        };
        (self.problems.len() == before).then_some(level)
    }

    /// Exactly one of `duration` and `reps`; `seconds_per_rep` or (format 2) `hold` only with
    /// `reps`, not both. `duration` and `reps` may list one value per set (format 2).
    pub(super) fn dosage(
        &mut self,
        offset: usize,
        table: &DeTable<'_>,
        suggested: &[&str],
    ) -> Option<Dosage> {
        let duration = table.get("duration");
        let reps = table.get("reps");
        let pace = table.get_key_value("seconds_per_rep");
        let hold = table.get_key_value("hold");
        let seconds = |checker: &mut Self, key: &str, value: &Value<'_>| {
            checker.duration(key, value, 1, MAX_DURATION)
        };
        match (duration, reps) {
            (Some(duration), Some(reps)) => {
                let later = duration.span().start.max(reps.span().start);
                self.problem(later, Message::new("check-duration-and-reps"));
                None
            }
            (None, None) if hold.is_some() => {
                let (key, _) = hold?;
                self.problem(key.span().start, Message::new("check-hold-needs-reps"));
                None
            }
            (None, None) => {
                let misspelled = ["reps", "duration"].iter().any(|k| suggested.contains(k));
                self.missing(
                    if misspelled { &["duration"] } else { &[] },
                    "duration",
                    offset,
                    Message::new("check-no-dose"),
                );
                None
            }
            (Some(duration), None) => {
                let seconds = self.amount("duration", duration, seconds);
                if let Some((key, _)) = pace {
                    self.problem(key.span().start, Message::new("check-pace-needs-reps"));
                    return None;
                }
                if let Some((key, _)) = hold {
                    self.problem(key.span().start, Message::new("check-hold-not-duration"));
                    return None;
                }
                seconds.map(|seconds| Dosage::Timed { seconds })
            }
            (None, Some(reps)) => {
                let reps = self.amount("reps", reps, |c, k, v| c.count(k, v, 1, MAX_REPS));
                match (pace, hold) {
                    (Some(_), Some((key, _))) => {
                        self.problem(key.span().start, Message::new("check-hold-and-pace"));
                        None
                    }
                    (None, Some((_, value))) => {
                        let hold = self.duration("hold", value, 1, MAX_HOLD)?;
                        Some(Dosage::Holds { reps: reps?, hold })
                    }
                    (Some((_, value)), None) => {
                        let pace =
                            self.duration("seconds_per_rep", value, 1, MAX_SECONDS_PER_REP)?;
                        Some(Dosage::Reps { reps: reps?, seconds_per_rep: Some(pace) })
                    }
                    (None, None) => Some(Dosage::Reps { reps: reps?, seconds_per_rep: None }),
                }
            }
        }
    }

    /// Form cues; each `at` must fall inside what `limit` says (the work step, or each hold;
    /// any second 1..=3600 for reps without a pace, whose step has no fixed length).
    pub(super) fn cues(&mut self, value: &Value<'_>, limit: Option<CueLimit>) -> Vec<FormCue> {
        let DeValue::Array(items) = value.get_ref() else {
            self.problem(
                value.span().start,
                Message::new("check-cues-not-list").with("found", type_name(value.get_ref())),
            );
            return Vec::new();
        };
        if items.len() > MAX_CUES {
            self.problem(
                value.span().start,
                Message::new("check-too-many-cues")
                    .with("count", items.len())
                    .with("max", MAX_CUES),
            );
            return Vec::new();
        }
        let mut cues = Vec::new();
        for item in items.iter() {
            let Some(table) = self.table(Message::new("check-label-each-cue"), item) else {
                continue;
            };
            let suggested = self.unknown_keys(table, Place::Cue);
            let at = match table.get("at") {
                Some(value) => self.duration("at", value, 1, MAX_DURATION).and_then(|at| {
                    match cue_outside(at, limit) {
                        Some(message) => {
                            self.problem(value.span().start, message);
                            None
                        }
                        None => Some(at),
                    }
                }),
                None => {
                    self.missing(
                        &suggested,
                        "at",
                        item.span().start,
                        Message::new("check-cue-no-at"),
                    );
                    None
                }
            };
            let text = match table.get("text") {
                Some(value) => {
                    self.text(Message::new("check-label-cue-text"), value, MAX_CUE_CHARS)
                }
                None => {
                    self.missing(
                        &suggested,
                        "text",
                        item.span().start,
                        Message::new("check-cue-no-text"),
                    );
                    None
                }
            };
            if let (Some(at), Some(text)) = (at, text) {
                cues.push(FormCue { at, text });
            }
        }
        cues
    }

    /// A relative path that stays inside the program's folder and, when the folder is known,
    /// exists there.
    pub(super) fn image(&mut self, value: &Value<'_>) -> Option<PathBuf> {
        let at = value.span().start;
        let text = self.string("image", value)?;
        let drive = text.as_bytes().get(1) == Some(&b':');
        let message = if text.trim().is_empty() {
            Message::new("check-image-empty")
        } else if text.starts_with(['/', '\\']) || drive || Path::new(text).is_absolute() {
            Message::new("check-image-absolute")
        } else if text.contains('\\') {
            Message::new("check-image-backslash").with("found", quote(text))
        } else if Path::new(text).components().any(|c| c == Component::ParentDir) {
            Message::new("check-image-parent")
        } else if !Path::new(text)
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            Message::new("check-image-type").with("found", quote(text))
        } else if let Some(problem) = self.base_dir.and_then(|base| missing_image(base, text)) {
            problem
        } else {
            return Some(PathBuf::from(text));
        };
        self.problem(at, message);
        None
    }
}

/// How long a form cue may be into its step: the shortest work step of an exercise, or each
/// of its holds; `None` when the step has no fixed length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum CueLimit {
    /// The work step (for an alternating paced pass: both sides) lasts this long.
    Step(u32),
    /// Every hold lasts this long; `at` counts from the start of each.
    Hold(u32),
}

/// The limit of form cues for `dosage` done on `sides` (with per-set lists, the shortest).
fn cue_limit(dosage: &Dosage, sides: Sides) -> Option<CueLimit> {
    match dosage {
        Dosage::Timed { seconds } => Some(CueLimit::Step(seconds.min())),
        Dosage::Reps { reps, seconds_per_rep: Some(pace) } => {
            let passes = if sides == Sides::Alternate { 2 } else { 1 };
            Some(CueLimit::Step(reps.min().saturating_mul(*pace).saturating_mul(passes)))
        }
        Dosage::Reps { seconds_per_rep: None, .. } => None,
        Dosage::Holds { hold, .. } => Some(CueLimit::Hold(*hold)),
    }
}

/// Why a cue at `at` seconds falls outside its step, if it does.
fn cue_outside(at: u32, limit: Option<CueLimit>) -> Option<Message> {
    match limit? {
        CueLimit::Step(seconds) if at >= seconds && seconds > 1 => Some(
            Message::new("check-cue-outside-step")
                .with("at", at)
                .with("max", seconds - 1)
                .with("seconds", seconds),
        ),
        CueLimit::Step(seconds) if at >= seconds => {
            Some(Message::new("check-cue-outside-short-step"))
        }
        CueLimit::Hold(hold) if at >= hold && hold > 1 => Some(
            Message::new("check-cue-outside-hold")
                .with("at", at)
                .with("max", hold - 1)
                .with("hold", hold),
        ),
        CueLimit::Hold(hold) if at >= hold => Some(Message::new("check-cue-outside-short-hold")),
        _ => None,
    }
}

/// Where the keys of a table are written, for pointing at the one a problem is about.
pub(super) struct Spans {
    table: usize,
    keys: HashMap<String, usize>,
}

impl Spans {
    fn of(table: &DeTable<'_>, offset: usize) -> Self {
        let keys = table.iter().map(|(k, _)| (k.get_ref().to_string(), k.span().start)).collect();
        Self { table: offset, keys }
    }

    /// Where `key` is written, else where the table starts.
    fn at(&self, key: &str) -> usize {
        self.keys.get(key).copied().unwrap_or(self.table)
    }
}

/// Why the image `relative` cannot be used from `base`, if it cannot: missing, not a file, a
/// link out of the folder, or a picture that does not pass [`crate::picture::check_file`].
pub(crate) fn missing_image(base: &Path, relative: &str) -> Option<Message> {
    let full = base.join(relative);
    let shown = relative.escape_debug().to_string();
    match std::fs::metadata(&full) {
        Err(_) => Some(Message::new("check-image-missing").with("path", shown)),
        Ok(meta) if !meta.is_file() => {
            Some(Message::new("check-image-not-file").with("path", shown))
        }
        Ok(_) => match (std::fs::canonicalize(base), std::fs::canonicalize(&full)) {
            (Ok(base), Ok(full)) if !full.starts_with(&base) => {
                Some(Message::new("check-image-outside").with("path", shown))
            }
            _ => crate::picture::check_file(&full).err().map(|problem| {
                Message::new("check-image-cannot-show")
                    .with("path", shown)
                    .with("problem", problem.message())
            }),
        },
    }
}
