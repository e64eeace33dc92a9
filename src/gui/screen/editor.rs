//! The program editor, for physiotherapists who would rather click than write TOML. It edits
//! a [`Draft`] and, on every change, writes it with [`program::to_toml_mapped`] and checks it
//! with [`program::parse`], so what can be saved is exactly what a hand-written file could be
//! (of the lowest format that holds it). Problems are shown next to the fields they concern,
//! found through the line → [`Field`] map of the written file; Save is possible only when
//! there are none: the app writes `<data dir>/programs/<id>.toml`, keeping an earlier file as
//! `.bak`.

use crate::gui::screen::Shared;
use crate::i18n::Message as I18nMessage;
use crate::library::{Entry, Origin};
use crate::program::{
    self, Block, BlockKind, Defaults, Dosage, Exercise, Field, MAX_EQUIPMENT, MAX_LEVEL_TABLES,
    Plan, Program, Sides, Text, Timing,
};
use iced::widget::text_editor;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

mod draft;
mod view;

pub use draft::{
    BlockDraft, BlockInput, Complaint, CueDraft, CueInput, DefaultKey, DosageKind, Draft,
    ExerciseDraft, ExerciseInput, Input, Lang, LevelDraft, LevelKey, Part, ProgressionKey,
    TextDraft, TimingDraft, TimingKey, amount_text,
};
pub use view::input_id;

/// The editor screen.
#[derive(Debug)]
pub struct State {
    draft: Draft,
    purpose: Purpose,
    /// The program it was opened from, to return to on Cancel.
    from: Option<String>,
    /// Its title then, for the heading.
    original_title: Option<Text>,
    /// What is wrong with each of the program's images, looked at once when the editor
    /// opened (the editor can only remove pictures, so none can come into being later).
    image_problems: BTreeMap<PathBuf, I18nMessage>,
    checked: Checked,
    /// The multi-line editors of the long texts (see [`Draft::long_text_inputs`]), each
    /// holding what the draft holds, and its cursor.
    long_texts: HashMap<Input, LongText>,
    /// Something was changed since the editor opened.
    dirty: bool,
    /// Cancel was asked with changes: "Discard your changes?" is on show.
    confirm_discard: bool,
    save_error: Option<String>,
}

/// The multi-line editor of a long text, and the text it was last given or made: compared
/// with the draft at every change, far cheaper than asking the editor for its text.
#[derive(Debug)]
struct LongText {
    content: text_editor::Content,
    text: String,
}

impl LongText {
    fn new(text: &str) -> Self {
        Self { content: text_editor::Content::with_text(text), text: text.to_owned() }
    }
}

/// What the editor was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    New,
    /// The user's own program.
    Edit,
    /// A built-in: saving makes a user file with the same id and the next version.
    Copy,
}

/// The draft as checked after the last change.
#[derive(Debug)]
struct Checked {
    program: Program,
    problems: Vec<Problem>,
    /// At level 1.
    plan: Plan,
    /// At the program's highest level, when it has more than one.
    top_plan: Option<Plan>,
}

/// One thing to fix, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub field: Field,
    pub what: What,
}

#[derive(Debug, Clone, PartialEq)]
pub enum What {
    /// Found by the editor itself (in the user's language).
    Local(Complaint),
    /// The validator's message, as `limber validate` would say it (without file and line).
    Validator(I18nMessage),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

/// What a level makes of its exercise, for its heading: "Level 3 · 3 × 30 s · each side ·
/// 2:05".
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    /// The level's number (1: the exercise as written).
    pub level: u32,
    pub dosage: Dosage,
    pub sets: u32,
    pub sides: Sides,
    /// The planned seconds of one time through the exercise at that level; `None` when a
    /// step waits for Done.
    pub seconds: Option<u32>,
    /// The exercise's name at that level, when the level renames it ("Plank" after "Plank
    /// on your knees"): a level may change only its name and instructions.
    pub new_name: Option<crate::program::Text>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Input(Input, String),
    /// Typing, moving or selecting in the multi-line editor of a long text.
    Edit(Input, text_editor::Action),
    /// The program's halfway signal.
    Halfway(bool),
    /// A block's halfway signal (`None`: as the program says).
    BlockHalfway(usize, Option<bool>),
    AddRule,
    RemoveRule(usize),
    AddBlock,
    RemoveBlock(usize),
    MoveBlock(usize, Move),
    Kind(usize, BlockKind),
    AddExercise(usize),
    RemoveExercise(usize, usize),
    MoveExercise(usize, usize, Move),
    Toggle(usize, usize),
    Dosage(usize, usize, DosageKind),
    Sides(Part, Sides),
    /// An exercise's or a level's halfway signal (`None`: as the block or program says).
    PartHalfway(Part, Option<bool>),
    AddCue(Part),
    RemoveCue(Part, usize),
    AddEquipment(Part),
    RemoveEquipment(Part, usize),
    /// Drops an exercise's or a level's picture (the editor cannot choose one; a missing one
    /// can be removed).
    RemoveImage(Part),
    AddLevel(usize, usize),
    RemoveLevel(Part),
    MoveLevel(Part, Move),
    ToggleLevel(Part),
    /// The level starts changing a key, from the value it had at the level before.
    Change(Part, LevelKey),
    /// The level stops changing a key: it is as at the level before.
    Unchange(Part, LevelKey),
    Save,
    Cancel,
    Discard,
    KeepEditing,
}

/// What the app must do.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    None,
    /// Leave without saving: back to this program's page, or to the library.
    Close {
        program: Option<String>,
    },
    /// Save the program to the user's folder, then tell [`State::saved`] how it went.
    Save(Box<Program>),
}

impl State {
    /// A new program, its plain texts in the interface language.
    pub fn new_program(shared: &Shared) -> Self {
        Self::with(Draft::new(shared.lang()), Purpose::New, None, BTreeMap::new())
    }

    /// Edits a program from the library: the user's own file as it is, a built-in as a copy
    /// with the next version (it then replaces the built-in, keeping one history).
    pub fn edit(entry: &Entry) -> Self {
        let mut draft = Draft::from_program(&entry.program);
        let purpose = match entry.origin {
            Origin::BuiltIn => {
                draft.version = entry.program.version.saturating_add(1).to_string();
                Purpose::Copy
            }
            Origin::User { .. } => Purpose::Edit,
        };
        let from = Some(entry.program.id.clone());
        let image_problems = match &entry.base_dir {
            Some(base) => entry
                .program
                .exercises()
                .flat_map(|e| {
                    e.image
                        .as_deref()
                        .into_iter()
                        .chain(e.levels.iter().filter_map(|l| l.image.as_deref()))
                })
                .filter_map(|image| {
                    let problem = program::image_problem(base, image)?;
                    Some((image.to_owned(), problem))
                })
                .collect(),
            None => BTreeMap::new(),
        };
        let mut state = Self::with(draft, purpose, from, image_problems);
        state.original_title = Some(entry.program.title.clone());
        state
    }

    fn with(
        draft: Draft,
        purpose: Purpose,
        from: Option<String>,
        image_problems: BTreeMap<PathBuf, I18nMessage>,
    ) -> Self {
        let checked = check(&draft, &image_problems);
        let mut state = Self {
            draft,
            purpose,
            from,
            original_title: None,
            image_problems,
            checked,
            long_texts: HashMap::new(),
            dirty: false,
            confirm_discard: false,
            save_error: None,
        };
        state.sync_long_texts();
        state
    }

    /// The multi-line editor of the long text `input`, if it is one.
    pub fn long_text(&self, input: Input) -> Option<&text_editor::Content> {
        self.long_texts.get(&input).map(|long| &long.content)
    }

    /// Gives every long text of the draft an editor that holds its text: a new one for a new
    /// text, or where the text moved (an exercise moved or removed) or was set otherwise.
    fn sync_long_texts(&mut self) {
        let inputs: HashSet<Input> = self.draft.long_text_inputs().into_iter().collect();
        self.long_texts.retain(|input, _| inputs.contains(input));
        for input in inputs {
            let value = self.draft.value(input);
            if self.long_texts.get(&input).is_none_or(|long| long.text != value) {
                self.long_texts.insert(input, LongText::new(value));
            }
        }
    }

    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// Everything to fix before saving: the editor's own complaints in file order, then the
    /// validator's.
    pub fn problems(&self) -> &[Problem] {
        &self.checked.problems
    }

    /// The program as it would be saved, when it can be.
    pub fn program(&self) -> Option<&Program> {
        self.can_save().then_some(&self.checked.program)
    }

    /// The plan of the program as it stands, at level 1 (with stand-ins for fields still to
    /// fix).
    pub fn plan(&self) -> &Plan {
        &self.checked.plan
    }

    pub fn can_save(&self) -> bool {
        self.checked.problems.is_empty()
    }

    /// What exercise `exercise` of block `block` is at each of its levels, level 1 first (with
    /// stand-ins for fields still to fix).
    pub fn previews(&self, block: usize, exercise: usize) -> Vec<Preview> {
        let program = &self.checked.program;
        let Some(in_block) = program.blocks.get(block) else { return Vec::new() };
        let Some(exercise) = in_block.exercises.get(exercise) else { return Vec::new() };
        let mut name_before = None;
        (1..=exercise.levels())
            .map(|level| {
                let at = exercise.at_level(level);
                let (dosage, sets, sides) = (at.dosage.clone(), at.set_count(), at.sides);
                let renamed = name_before.as_ref().is_some_and(|before| *before != at.name);
                let new_name = renamed.then(|| at.name.clone());
                name_before = Some(at.name.clone());
                let seconds = once_through(program, in_block, at);
                Preview { level, dosage, sets, sides, seconds, new_name }
            })
            .collect()
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Save if self.can_save() => {
                return Action::Save(Box::new(self.checked.program.clone()));
            }
            Message::Save => return Action::None,
            Message::Cancel if self.dirty && !self.confirm_discard => {
                self.confirm_discard = true;
                return Action::None;
            }
            Message::Cancel | Message::Discard => {
                return Action::Close { program: self.from.clone() };
            }
            Message::KeepEditing => {
                self.confirm_discard = false;
                return Action::None;
            }
            Message::Toggle(block, exercise) => {
                if let Some(e) = self.draft.exercise_mut(block, exercise) {
                    e.open = !e.open;
                }
                return Action::None;
            }
            Message::ToggleLevel(part) => {
                if let Some(level) = self.draft.level_mut(part) {
                    level.open = !level.open;
                }
                return Action::None;
            }
            Message::Edit(input, action) if !action.is_edit() => {
                if let Some(long) = self.long_texts.get_mut(&input) {
                    long.content.perform(action);
                }
                return Action::None;
            }
            Message::Edit(input, action) => {
                let Some(long) = self.long_texts.get_mut(&input) else { return Action::None };
                long.content.perform(action);
                long.text = long.content.text();
                self.draft.set(input, long.text.clone());
            }
            message => self.change(message),
        }
        self.dirty = true;
        self.confirm_discard = false;
        self.save_error = None;
        self.checked = check(&self.draft, &self.image_problems);
        self.sync_long_texts();
        Action::None
    }

    /// Applies an edit to the draft.
    fn change(&mut self, message: Message) {
        let draft = &mut self.draft;
        match message {
            Message::Input(input, value) => draft.set(input, value),
            Message::Halfway(on) => draft.halfway = on,
            Message::BlockHalfway(block, on) => {
                if let Some(block) = draft.blocks.get_mut(block) {
                    block.timing.halfway = on;
                }
            }
            Message::AddRule => draft.stop_if.push(TextDraft::default()),
            Message::RemoveRule(rule) => remove(&mut draft.stop_if, rule),
            Message::AddBlock => {
                fold_all(draft);
                draft.blocks.push(BlockDraft::new());
            }
            Message::RemoveBlock(block) if draft.blocks.len() > 1 => {
                remove(&mut draft.blocks, block)
            }
            Message::MoveBlock(block, to) => shift(&mut draft.blocks, block, to),
            Message::Kind(block, kind) => {
                if let Some(block) = draft.blocks.get_mut(block) {
                    block.kind = kind;
                }
            }
            Message::AddExercise(block) => {
                fold_all(draft);
                if let Some(block) = draft.blocks.get_mut(block) {
                    block.exercises.push(ExerciseDraft::new());
                }
            }
            Message::RemoveExercise(block, exercise) => {
                if let Some(block) = draft.blocks.get_mut(block)
                    && block.exercises.len() > 1
                {
                    remove(&mut block.exercises, exercise);
                }
            }
            Message::MoveExercise(block, exercise, to) => move_exercise(draft, block, exercise, to),
            Message::Dosage(block, exercise, kind) => {
                if let Some(e) = draft.exercise_mut(block, exercise) {
                    e.dosage = kind;
                }
            }
            Message::Change(part, key) => self.change_level_key(part, key),
            message => change_part(draft, message),
        }
    }

    /// Starts changing `key` in a level, from its value at the level before.
    fn change_level_key(&mut self, part: Part, key: LevelKey) {
        let (Some(level), Some(block)) = (part.level, self.checked.program.blocks.get(part.block))
        else {
            return;
        };
        let Some(exercise) = block.exercises.get(part.exercise) else { return };
        let before = exercise.at_level(part.number().saturating_sub(1));
        let timing = resolved(before.timing, block.defaults, &self.checked.program.defaults);
        let Some(draft) = self.draft.exercise_mut(part.block, part.exercise) else { return };
        let texts = draft.texts_before(level);
        if let Some(table) = draft.levels.get_mut(level) {
            table.change(key, texts, &before, &timing);
        }
    }

    /// How saving went: on success the app opens the saved program; a failure is shown in
    /// the editor's bar.
    pub fn saved(&mut self, result: Result<(), String>) {
        self.save_error = result.err();
    }
}

/// Edits of one exercise or one of its levels.
fn change_part(draft: &mut Draft, message: Message) {
    match message {
        Message::Sides(part, sides) => match part.level {
            None => {
                if let Some(e) = draft.exercise_mut(part.block, part.exercise) {
                    e.sides = sides;
                }
            }
            Some(_) => {
                if let Some(level) = draft.level_mut(part) {
                    level.sides = Some(sides);
                }
            }
        },
        Message::PartHalfway(part, on) => match part.level {
            None => {
                if let Some(e) = draft.exercise_mut(part.block, part.exercise) {
                    e.timing.halfway = on;
                }
            }
            Some(_) => {
                if let Some(level) = draft.level_mut(part) {
                    level.halfway = on;
                }
            }
        },
        Message::AddCue(part) => {
            if let Some(cues) = cues_mut(draft, part) {
                cues.push(CueDraft { at: String::new(), text: TextDraft::default() });
            }
        }
        Message::RemoveCue(part, cue) => {
            if let Some(cues) = cues_mut(draft, part) {
                remove(cues, cue);
            }
        }
        Message::AddEquipment(part) => {
            if let Some(things) = equipment_mut(draft, part)
                && things.len() < MAX_EQUIPMENT
            {
                things.push(TextDraft::default());
            }
        }
        Message::RemoveEquipment(part, thing) => {
            if let Some(things) = equipment_mut(draft, part) {
                remove(things, thing);
            }
        }
        Message::RemoveImage(part) => match part.level {
            None => {
                if let Some(e) = draft.exercise_mut(part.block, part.exercise) {
                    e.image = None;
                }
            }
            Some(_) => {
                if let Some(level) = draft.level_mut(part) {
                    level.image = None;
                }
            }
        },
        Message::AddLevel(block, exercise) => {
            if let Some(e) = draft.exercise_mut(block, exercise)
                && e.levels.len() < MAX_LEVEL_TABLES
            {
                for level in &mut e.levels {
                    level.open = false;
                }
                e.levels.push(LevelDraft::new());
            }
        }
        Message::RemoveLevel(part) => {
            if let (Some(e), Some(level)) =
                (draft.exercise_mut(part.block, part.exercise), part.level)
            {
                remove(&mut e.levels, level);
            }
        }
        Message::MoveLevel(part, to) => {
            if let (Some(e), Some(level)) =
                (draft.exercise_mut(part.block, part.exercise), part.level)
            {
                shift(&mut e.levels, level, to);
            }
        }
        Message::Unchange(part, key) => {
            if let Some(level) = draft.level_mut(part) {
                level.unchange(key);
            }
        }
        _ => {}
    }
}

/// The cues of an exercise, or of a level that changes them.
fn cues_mut(draft: &mut Draft, part: Part) -> Option<&mut Vec<CueDraft>> {
    match part.level {
        None => draft.exercise_mut(part.block, part.exercise).map(|e| &mut e.cues),
        Some(_) => draft.level_mut(part).and_then(|l| l.cues.as_mut()),
    }
}

/// The equipment of an exercise, or of a level that changes it.
fn equipment_mut(draft: &mut Draft, part: Part) -> Option<&mut Vec<TextDraft>> {
    match part.level {
        None => draft.exercise_mut(part.block, part.exercise).map(|e| &mut e.equipment),
        Some(_) => draft.level_mut(part).and_then(|l| l.equipment.as_mut()),
    }
}

/// An exercise's timing as it works out: its own, over its block's, over the program's.
fn resolved(own: Timing, block: Timing, defaults: &Defaults) -> Timing {
    let timing = own.over(block);
    Timing {
        countdown: timing.countdown.or(Some(defaults.countdown)),
        halfway: timing.halfway.or(Some(defaults.halfway)),
        rest: timing.rest.or(Some(defaults.rest)),
        set_rest: timing.set_rest.or(Some(defaults.set_rest)),
        switch_sides: timing.switch_sides.or(Some(defaults.switch_sides)),
        relax: timing.relax.or(Some(defaults.relax)),
    }
}

/// The planned seconds of one time through `exercise` (already at its level) in `block`,
/// rests between its sets and sides included; `None` when a step waits for Done.
fn once_through(program: &Program, block: &Block, exercise: Exercise) -> Option<u32> {
    let alone = Program {
        format: program.format,
        id: program.id.clone(),
        version: program.version,
        language: program.language.clone(),
        title: program.title.clone(),
        description: None,
        author: None,
        sessions_per_week: None,
        stop_if: Vec::new(),
        defaults: Defaults { get_ready: 0, ..program.defaults },
        progression: None,
        blocks: vec![Block { defaults: block.defaults, ..Block::new(block.kind, vec![exercise]) }],
    };
    let plan = Plan::new(&alone);
    plan.steps.iter().all(|step| step.is_timed()).then_some(plan.total_seconds)
}

/// Builds, writes and validates the draft; the problems, each at its field.
fn check(draft: &Draft, image_problems: &BTreeMap<PathBuf, I18nMessage>) -> Checked {
    let (program, complaints) = draft.build();
    let mut problems: Vec<Problem> = complaints
        .into_iter()
        .map(|(field, complaint)| Problem { field, what: What::Local(complaint) })
        .collect();
    let (text, fields) = program::to_toml_mapped(&program);
    let file = Path::new("editor.toml");
    for (b, block) in draft.blocks.iter().enumerate() {
        for (e, exercise) in block.exercises.iter().enumerate() {
            let levels = exercise.levels.iter().enumerate();
            let images = std::iter::once((Part::exercise(b, e), exercise.image.as_ref()))
                .chain(levels.map(|(l, level)| (Part::level(b, e, l), level.image.as_ref())));
            for (part, image) in images {
                if let Some(problem) = image.and_then(|i| image_problems.get(i)) {
                    let what = What::Validator(problem.clone());
                    problems.push(Problem { field: part.field("image"), what });
                }
            }
        }
    }
    if let Err(diagnostics) = program::parse(&text, file, None) {
        for diagnostic in diagnostics {
            let field = fields.get(diagnostic.line.saturating_sub(1)).copied().unwrap_or_default();
            if problems.iter().any(|p| upset_by(p, field))
                || follows_missing_name(draft, &problems, field)
            {
                continue;
            }
            problems.push(Problem { field, what: What::Validator(diagnostic.message) });
        }
    }
    let plan = Plan::new(&program);
    let levels = program.levels();
    let top_plan = (levels > 1).then(|| Plan::at_level(&program, levels));
    Checked { program, problems, plan, top_plan }
}

/// Whether the validator's complaint at `field` comes from a stand-in for a field the editor
/// already complained about (`problem`): the same field, or a cue's second outside a
/// stand-in dose of the same exercise or level. Said once is enough.
fn upset_by(problem: &Problem, field: Field) -> bool {
    let same_part = (problem.field.block, problem.field.exercise, problem.field.level)
        == (field.block, field.exercise, field.level);
    matches!(problem.what, What::Local(_))
        && (problem.field == field
            || (field.key == "cues"
                && same_part
                && matches!(problem.field.key, "duration" | "reps" | "seconds_per_rep" | "hold")))
}

/// An id left empty because the title or name it follows is still blank: "write the name"
/// says it already.
fn follows_missing_name(draft: &Draft, problems: &[Problem], field: Field) -> bool {
    if field.key != "id" {
        return false;
    }
    let (id, name) = match (field.block, field.exercise) {
        (None, _) => (draft.id.as_str(), Field::top("title")),
        (Some(b), Some(e)) => {
            (draft.exercise(b, e).map_or("", |e| e.id.as_str()), Field::exercise(b, e, "name"))
        }
        (Some(_), None) => return false,
    };
    id.is_empty()
        && problems.iter().any(|p| p.field == name && p.what == What::Local(Complaint::Text))
}

/// Folds every exercise, so the new one is the only one open and the form stays short.
fn fold_all(draft: &mut Draft) {
    for exercise in draft.blocks.iter_mut().flat_map(|b| &mut b.exercises) {
        exercise.open = false;
    }
}

fn remove<T>(items: &mut Vec<T>, index: usize) {
    if index < items.len() {
        items.remove(index);
    }
}

fn shift<T>(items: &mut [T], index: usize, to: Move) {
    match to {
        Move::Up if index > 0 && index < items.len() => items.swap(index, index - 1),
        Move::Down if index + 1 < items.len() => items.swap(index, index + 1),
        _ => {}
    }
}

/// Up and down within the block; past its first or last exercise into the block before or
/// after, as long as no block is left empty.
fn move_exercise(draft: &mut Draft, block: usize, exercise: usize, to: Move) {
    let Some(count) = draft.blocks.get(block).map(|b| b.exercises.len()) else { return };
    if exercise >= count {
        return;
    }
    let across = match to {
        Move::Up => exercise == 0 && block > 0,
        Move::Down => exercise + 1 == count && block + 1 < draft.blocks.len(),
    };
    if !across {
        shift(&mut draft.blocks[block].exercises, exercise, to);
        return;
    }
    if count < 2 {
        return;
    }
    let moved = draft.blocks[block].exercises.remove(exercise);
    match to {
        Move::Up => draft.blocks[block - 1].exercises.push(moved),
        Move::Down => draft.blocks[block + 1].exercises.insert(0, moved),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(draft: &Draft) -> Vec<Vec<String>> {
        draft
            .blocks
            .iter()
            .map(|b| b.exercises.iter().map(|e| e.name.get(Lang::En).to_owned()).collect())
            .collect()
    }

    #[test]
    fn exercises_move_within_and_across_blocks_but_never_empty_one() {
        let mut draft = Draft::new("en");
        draft.blocks.push(BlockDraft::new());
        draft.blocks[0].exercises.push(ExerciseDraft::new());
        for (b, e, name) in [(0, 0, "a"), (0, 1, "b"), (1, 0, "c")] {
            let input = Input::Exercise(Part::exercise(b, e), ExerciseInput::Name(Lang::En));
            draft.set(input, name.into());
        }
        move_exercise(&mut draft, 0, 1, Move::Up);
        assert_eq!(names(&draft), [vec!["b", "a"], vec!["c"]]);
        move_exercise(&mut draft, 0, 1, Move::Down);
        assert_eq!(names(&draft), [vec!["b"], vec!["a", "c"]]);
        move_exercise(&mut draft, 0, 0, Move::Down);
        assert_eq!(names(&draft), [vec!["b"], vec!["a", "c"]], "block 1 would be empty");
        move_exercise(&mut draft, 1, 0, Move::Up);
        assert_eq!(names(&draft), [vec!["b", "a"], vec!["c"]]);
        move_exercise(&mut draft, 0, 0, Move::Up);
        move_exercise(&mut draft, 1, 0, Move::Down);
        move_exercise(&mut draft, 7, 0, Move::Down);
        assert_eq!(names(&draft), [vec!["b", "a"], vec!["c"]]);
    }
}
