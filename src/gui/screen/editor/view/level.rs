//! An exercise's levels: what level 1 (the exercise as written) makes, then one card per
//! level table, folded to its preview ("Level 3 · 3 × 30 s · each side · 2:05") or open
//! with only the keys it changes, each with a button that puts it back as at the level
//! before, and buttons for the keys it could change.

use super::Ui;
use super::block::timing_label;
use crate::gui::screen::editor::{
    ExerciseDraft, ExerciseInput, Input, LevelDraft, LevelKey, Message, Move, Part, Preview,
    TimingKey,
};
use crate::gui::theme::{self, GAP_M, GAP_S};
use crate::program::{Field, MAX_LEVEL_TABLES, format_clock};
use iced::widget::{Column, Row, button, column, container, row, text};
use iced::{Alignment, Element, Length};

/// The keys drawn as number inputs, in the order they are shown.
const NUMBERS: [LevelKey; 10] = [
    LevelKey::Duration,
    LevelKey::Reps,
    LevelKey::Pace,
    LevelKey::Hold,
    LevelKey::Timing(TimingKey::Relax),
    LevelKey::Sets,
    LevelKey::Timing(TimingKey::Rest),
    LevelKey::Timing(TimingKey::SetRest),
    LevelKey::Timing(TimingKey::SwitchSides),
    LevelKey::Timing(TimingKey::Countdown),
];

/// Whether a problem at `field` of a level has a place in its card (cues have theirs cue by
/// cue); the others are listed at the end of the card.
pub(super) fn is_placed(field: Field) -> bool {
    match field.key {
        "cues" => field.item.is_some(),
        key => {
            NUMBERS.iter().chain(&LevelKey::TEXTS).any(|k| k.key() == key)
                || matches!(key, "sides" | "halfway" | "image")
        }
    }
}

impl<'a> Ui<'a> {
    /// The levels section of an open exercise.
    pub(super) fn levels(&self, part: Part, exercise: &'a ExerciseDraft) -> Element<'a, Message> {
        let previews = self.state.previews(part.block, part.exercise);
        let heading =
            text(self.tr("editor-levels")).size(self.shared.sizes().body()).font(theme::STRONG);
        let mut section = Column::new().spacing(GAP_S).push(heading);
        match previews.first() {
            Some(first) if !exercise.levels.is_empty() => {
                section = section.push(self.muted(self.preview_text(first)));
            }
            _ => section = section.push(self.muted(self.tr("editor-levels-help"))),
        }
        let count = exercise.levels.len();
        for (index, level) in exercise.levels.iter().enumerate() {
            let level_part = Part { level: Some(index), ..part };
            section = section.push(self.level(level_part, level, previews.get(index + 1), count));
        }
        let room = count < MAX_LEVEL_TABLES;
        let add = Message::AddLevel(part.block, part.exercise);
        section.push(self.small_button(self.tr("editor-add-level"), room.then_some(add))).into()
    }

    /// "Level 3 · 3 × 30 s · each side · 2:05", with the level's new name first if it has
    /// one ("Level 4 · Plank · 3 × 30 s · 1:45").
    pub(super) fn preview_text(&self, preview: &Preview) -> String {
        let mut dose =
            crate::dose::describe(&self.shared.i18n, &preview.dosage, preview.sets, preview.sides);
        if let Some(name) = &preview.new_name {
            dose = format!("{} · {dose}", name.get(self.shared.lang()));
        }
        let mut args = vec![("level", preview.level.into()), ("dose", dose.into())];
        let key = match preview.seconds {
            Some(seconds) => {
                args.push(("time", format_clock(seconds).into()));
                "editor-level-preview"
            }
            None => "editor-level-preview-untimed",
        };
        self.shared.i18n.tr_args(key, &args)
    }

    /// One level table's card.
    fn level(
        &self,
        part: Part,
        level: &'a LevelDraft,
        preview: Option<&Preview>,
        count: usize,
    ) -> Element<'a, Message> {
        let Some(index) = part.level else { return Column::new().into() };
        let sizes = self.shared.sizes();
        let title = match preview {
            Some(preview) => self.preview_text(preview),
            None => self.tr_number("editor-level-n", "level", part.number()),
        };
        let [up, down, remove] = self.move_and_remove(
            (index > 0).then_some(Message::MoveLevel(part, Move::Up)),
            (index + 1 < count).then_some(Message::MoveLevel(part, Move::Down)),
            (self.tr("editor-remove-level"), Some(Message::RemoveLevel(part))),
        );
        let toggle = self.tr(if level.open { "editor-fold" } else { "editor-open" });
        let header = row![
            button(text(title).size(sizes.body()).font(theme::STRONG))
                .width(Length::Fill)
                .padding([6, 10])
                .style(theme::row_button)
                .on_press(Message::ToggleLevel(part)),
            self.small_button(toggle, Some(Message::ToggleLevel(part))),
            up,
            down,
            remove,
        ]
        .spacing(GAP_S)
        .align_y(Alignment::Center);
        let mine = |f: Field| {
            (f.block, f.exercise, f.level) == (Some(part.block), Some(part.exercise), Some(index))
        };
        let mut body = column![header].spacing(GAP_M);
        if level.open {
            body = body.push(self.changes(part, level)).push(self.adders(part, level));
        } else {
            body = self.with_problems(body, self.problems_where(mine));
        }
        container(body).padding(GAP_S).width(Length::Fill).style(theme::card).into()
    }

    /// What the level changes, each key with its "as at level N" button.
    fn changes(&self, part: Part, level: &'a LevelDraft) -> Element<'a, Message> {
        let mut changes = Column::new().spacing(GAP_M);
        if LevelKey::DOSE
            .iter()
            .chain(&LevelKey::TIMING)
            .chain(&LevelKey::TEXTS)
            .all(|k| !level.changes(*k))
            && level.image.is_none()
        {
            let before = part.number() - 1;
            changes =
                changes.push(self.muted(self.tr_number("editor-level-same", "level", before)));
        }
        if level.changes(LevelKey::Name) || level.changes(LevelKey::Instructions) {
            changes = changes.push(self.level_texts(part, level));
        }
        let mut problems = Vec::new();
        let numbers: Vec<_> = NUMBERS
            .iter()
            .filter(|key| level.changes(**key))
            .map(|&key| self.level_number(&mut problems, part, key))
            .collect();
        if !numbers.is_empty() {
            changes = changes.push(self.number_row(numbers, problems));
        }
        if let Some(sides) = level.sides {
            changes =
                changes.push(self.sides(part, sides, Some(self.as_before(part, LevelKey::Sides))));
        }
        if let Some(on) = level.halfway {
            changes = changes.push(self.level_halfway(part, on));
        }
        if let Some(cues) = &level.cues {
            changes =
                changes.push(self.cues(part, cues, Some(self.as_before(part, LevelKey::Cues))));
        }
        if let Some(things) = &level.equipment {
            let undo = Some(self.as_before(part, LevelKey::Equipment));
            changes = changes.push(self.equipment(part, things, undo));
        }
        if level.video.is_some() {
            changes = changes.push(self.video(part, Some(self.as_before(part, LevelKey::Video))));
        }
        if let Some(image) = &level.image {
            changes = changes.push(self.picture(part, image));
        }
        let leftovers = self.problems_where(|f| {
            (f.block, f.exercise, f.level) == (Some(part.block), Some(part.exercise), part.level)
                && !is_placed(f)
        });
        self.with_problems(changes, leftovers).into()
    }

    /// The level's name and instructions, when it changes them.
    fn level_texts(&self, part: Part, level: &'a LevelDraft) -> Element<'a, Message> {
        let input = move |which| Input::Exercise(part, which);
        let mut texts = Column::new().spacing(GAP_M);
        for (key, label, text, stacked) in [
            (LevelKey::Name, "editor-name", &level.name, false),
            (LevelKey::Instructions, "editor-instructions", &level.instructions, true),
        ] {
            let Some(text) = text else { continue };
            let which = move |lang| match key {
                LevelKey::Name => input(ExerciseInput::Name(lang)),
                _ => input(ExerciseInput::Instructions(lang)),
            };
            let pair = self.text_pair(label, text, which, &[part.field(key.key())], stacked);
            texts = texts.push(
                row![container(pair).width(Length::Fill), self.as_before(part, key)]
                    .spacing(GAP_S)
                    .align_y(Alignment::Center),
            );
        }
        texts.into()
    }

    /// A number key of the level, with its "as before" button.
    fn level_number(
        &self,
        problems: &mut Vec<String>,
        part: Part,
        key: LevelKey,
    ) -> Element<'a, Message> {
        let (label, which) = match key {
            LevelKey::Duration => ("editor-seconds", ExerciseInput::Seconds),
            LevelKey::Reps => ("editor-reps", ExerciseInput::Reps),
            LevelKey::Pace => ("editor-pace", ExerciseInput::Pace),
            LevelKey::Hold => ("editor-hold", ExerciseInput::Hold),
            LevelKey::Timing(timing) => (timing_label(timing), ExerciseInput::Timing(timing)),
            _ => ("editor-sets", ExerciseInput::Sets),
        };
        let input = (Input::Exercise(part, which), String::new());
        let undo = Some(self.as_before(part, key));
        self.number_with(problems, self.tr(label), input, part.field(key.key()), undo)
    }

    fn level_halfway(&self, part: Part, on: bool) -> Element<'a, Message> {
        let options = [(true, self.tr("editor-on")), (false, self.tr("editor-off"))];
        let choices = self.choices(&options, on, move |on| Message::PartHalfway(part, Some(on)));
        let line = row![choices, self.as_before(part, LevelKey::Halfway)]
            .spacing(GAP_S)
            .align_y(Alignment::Center);
        let halfway = self.labelled(self.tr("editor-halfway-signal"), line);
        self.with_problems(halfway, self.problems_at(&[part.field("halfway")])).into()
    }

    /// The button that stops the level changing `key`: "× as before", as the level before
    /// has it.
    fn as_before(&self, part: Part, key: LevelKey) -> Element<'a, Message> {
        self.small_button(self.tr("editor-level-as-before"), Some(Message::Unchange(part, key)))
    }

    /// "Change at this level:" and a button for every key the level does not change yet.
    fn adders(&self, part: Part, level: &'a LevelDraft) -> Element<'a, Message> {
        let mut groups = Column::new().spacing(GAP_S).push(self.muted(self.tr("editor-level-add")));
        for keys in [&LevelKey::DOSE[..], &LevelKey::TIMING[..], &LevelKey::TEXTS[..]] {
            let buttons: Vec<Element<'a, Message>> = keys
                .iter()
                .filter(|key| !level.changes(**key))
                .map(|&key| {
                    self.small_button(self.tr(change_label(key)), Some(Message::Change(part, key)))
                })
                .collect();
            if !buttons.is_empty() {
                groups = groups.push(Row::with_children(buttons).spacing(6).wrap());
            }
        }
        groups.into()
    }
}

/// The label of the button that starts changing `key` in a level.
fn change_label(key: LevelKey) -> &'static str {
    match key {
        LevelKey::Name => "editor-change-name",
        LevelKey::Instructions => "editor-change-instructions",
        LevelKey::Duration => "editor-change-duration",
        LevelKey::Reps => "editor-change-reps",
        LevelKey::Pace => "editor-change-pace",
        LevelKey::Hold => "editor-change-hold",
        LevelKey::Sets => "editor-change-sets",
        LevelKey::Sides => "editor-change-sides",
        LevelKey::Timing(TimingKey::Rest) => "editor-change-rest",
        LevelKey::Timing(TimingKey::SetRest) => "editor-change-set-rest",
        LevelKey::Timing(TimingKey::SwitchSides) => "editor-change-switch-sides",
        LevelKey::Timing(TimingKey::Countdown) => "editor-change-countdown",
        LevelKey::Timing(TimingKey::Relax) => "editor-change-relax",
        LevelKey::Halfway => "editor-change-halfway",
        LevelKey::Cues => "editor-change-cues",
        LevelKey::Equipment => "editor-change-equipment",
        LevelKey::Video => "editor-change-video",
    }
}
