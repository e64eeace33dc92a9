//! The program editor, for physiotherapists who would rather click than write TOML. It edits
//! a [`Draft`] and, on every change, writes it with [`program::to_toml`] and checks it with
//! [`program::parse`], so what can be saved is exactly what a hand-written file could be.
//! Problems are shown next to the fields they concern; Save is possible only when there are
//! none: the app writes `<data dir>/programs/<id>.toml`, keeping an earlier file as `.bak`.

use crate::gui::screen::Shared;
use crate::i18n::Message as I18nMessage;
use crate::library::{Entry, Origin};
use crate::program::Plan;
use crate::program::{self, BlockKind, Field, Program, Sides, Text};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

mod draft;
mod view;

pub use draft::{
    BlockDraft, Complaint, CueDraft, CueInput, DefaultKey, DosageKind, Draft, ExerciseDraft,
    ExerciseInput, Input, Lang, TextDraft,
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
    /// Something was changed since the editor opened.
    dirty: bool,
    /// Cancel was asked with changes: "Discard your changes?" is on show.
    confirm_discard: bool,
    save_error: Option<String>,
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
    plan: Plan,
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

#[derive(Debug, Clone)]
pub enum Message {
    Input(Input, String),
    Halfway(bool),
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
    Sides(usize, usize, Sides),
    AddCue(usize, usize),
    RemoveCue(usize, usize, usize),
    /// Drops an exercise's picture (the editor cannot choose one; a missing one can be
    /// removed).
    RemoveImage(usize, usize),
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
                .filter_map(|e| e.image.as_deref())
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
        Self {
            draft,
            purpose,
            from,
            original_title: None,
            image_problems,
            checked,
            dirty: false,
            confirm_discard: false,
            save_error: None,
        }
    }

    pub fn draft(&self) -> &Draft {
        &self.draft
    }

    pub fn purpose(&self) -> Purpose {
        self.purpose
    }

    /// Everything to fix before saving, in file order.
    pub fn problems(&self) -> &[Problem] {
        &self.checked.problems
    }

    /// The program as it would be saved, when it can be.
    pub fn program(&self) -> Option<&Program> {
        self.can_save().then_some(&self.checked.program)
    }

    /// The plan of the program as it stands (with stand-ins for fields still to fix).
    pub fn plan(&self) -> &Plan {
        &self.checked.plan
    }

    pub fn can_save(&self) -> bool {
        self.checked.problems.is_empty()
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
            message => self.change(message),
        }
        self.dirty = true;
        self.confirm_discard = false;
        self.save_error = None;
        self.checked = check(&self.draft, &self.image_problems);
        Action::None
    }

    /// Applies an edit to the draft.
    fn change(&mut self, message: Message) {
        let draft = &mut self.draft;
        match message {
            Message::Input(input, value) => draft.set(input, value),
            Message::Halfway(on) => draft.halfway = on,
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
            Message::Sides(block, exercise, sides) => {
                if let Some(e) = draft.exercise_mut(block, exercise) {
                    e.sides = sides;
                }
            }
            Message::AddCue(block, exercise) => {
                if let Some(e) = draft.exercise_mut(block, exercise) {
                    e.cues.push(CueDraft { at: String::new(), text: TextDraft::default() });
                }
            }
            Message::RemoveImage(block, exercise) => {
                if let Some(e) = draft.exercise_mut(block, exercise) {
                    e.image = None;
                }
            }
            Message::RemoveCue(block, exercise, cue) => {
                if let Some(e) = draft.exercise_mut(block, exercise) {
                    remove(&mut e.cues, cue);
                }
            }
            Message::RemoveBlock(_)
            | Message::Toggle(..)
            | Message::Save
            | Message::Cancel
            | Message::Discard
            | Message::KeepEditing => {}
        }
    }

    /// How saving went: on success the app opens the saved program; a failure is shown in
    /// the editor's bar.
    pub fn saved(&mut self, result: Result<(), String>) {
        self.save_error = result.err();
    }
}

/// Builds, writes and validates the draft; the problems in file order, each at its field.
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
            if let Some(problem) = exercise.image.as_ref().and_then(|i| image_problems.get(i)) {
                let field = Field::exercise(b, e, "image");
                problems.push(Problem { field, what: What::Validator(problem.clone()) });
            }
        }
    }
    if let Err(diagnostics) = program::parse(&text, file, None) {
        for diagnostic in diagnostics {
            let field = fields.get(diagnostic.line.saturating_sub(1)).copied().unwrap_or_default();
            // A stand-in for a field the editor already complained about may upset the
            // validator too (a cue's second outside a stand-in duration); say it once.
            let upset_by = |p: &Problem| {
                matches!(p.what, What::Local(_))
                    && (p.field == field
                        || (field.key == "cues"
                            && (p.field.block, p.field.exercise) == (field.block, field.exercise)
                            && matches!(p.field.key, "duration" | "reps" | "seconds_per_rep")))
            };
            if problems.iter().any(upset_by) || follows_missing_name(draft, &problems, field) {
                continue;
            }
            problems.push(Problem { field, what: What::Validator(diagnostic.message) });
        }
    }
    let plan = Plan::new(&program);
    Checked { program, problems, plan }
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
            draft.set(Input::Exercise(b, e, ExerciseInput::Name(Lang::En)), name.into());
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
