//! A block's card: its kind and title, how many rounds and the rest between them, its own
//! timing (`[block.defaults]`), then its exercises.

use super::Ui;
use crate::gui::screen::editor::{BlockDraft, BlockInput, Input, Message, Move, TimingKey};
use crate::gui::screen::library::block_key;
use crate::gui::theme::{self, GAP_M, GAP_S};
use crate::program::{BlockKind, Field};
use iced::widget::{column, container, row, text};
use iced::{Alignment, Element, Length};

/// Block keys with a place of their own in the block's card.
const BLOCK_KEYS: [&str; 10] = [
    "kind",
    "title",
    "rounds",
    "round_rest",
    "rest",
    "set_rest",
    "switch_sides",
    "countdown",
    "relax",
    "halfway",
];

/// Whether a problem at `field` of a block (not of its exercises) has a place in its card.
pub(super) fn is_placed(field: Field) -> bool {
    BLOCK_KEYS.contains(&field.key)
}

impl<'a> Ui<'a> {
    pub(super) fn block(&self, index: usize, block: &'a BlockDraft) -> Element<'a, Message> {
        let sizes = self.shared.sizes();
        let count = self.state.draft.blocks.len();
        let kinds: Vec<(BlockKind, String)> =
            BlockKind::ALL.iter().map(|k| (*k, self.tr(block_key(*k)))).collect();
        let title = self.shared.i18n.tr_args("editor-block", &[("number", (index + 1).into())]);
        let [up, down, remove] = self.move_and_remove(
            (index > 0).then_some(Message::MoveBlock(index, Move::Up)),
            (index + 1 < count).then_some(Message::MoveBlock(index, Move::Down)),
            (self.tr("editor-remove-block"), (count > 1).then_some(Message::RemoveBlock(index))),
        );
        let header = row![
            text(title).size(sizes.heading() * 0.8).font(theme::STRONG).width(Length::Fill),
            up,
            down,
            remove,
        ]
        .spacing(GAP_S)
        .align_y(Alignment::Center);
        let kind = self.labelled(
            self.tr("editor-kind"),
            self.choices(&kinds, block.kind, move |kind| Message::Kind(index, kind)),
        );
        let kind = self.with_problems(kind, self.problems_at(&[Field::block(index, "kind")]));
        let mut body = column![
            header,
            kind,
            self.text_pair(
                "editor-block-title",
                &block.title,
                move |lang| Input::Block(index, BlockInput::Title(lang)),
                &[Field::block(index, "title")],
                false,
            ),
            self.rounds(index),
            self.block_timing(index, block),
        ]
        .spacing(GAP_M);
        let leftovers = self
            .problems_where(|f| f.block == Some(index) && f.exercise.is_none() && !is_placed(f));
        body = self.with_problems(body, leftovers);
        let first =
            self.state.draft.blocks[..index].iter().map(|b| b.exercises.len()).sum::<usize>();
        for (number, exercise) in block.exercises.iter().enumerate() {
            body = body.push(self.exercise(index, number, first + number, exercise));
        }
        body = body.push(
            self.small_button(self.tr("editor-add-exercise"), Some(Message::AddExercise(index))),
        );
        container(body).padding(GAP_M).width(Length::Fill).style(theme::card).into()
    }

    /// Rounds (a circuit) and the rest between two rounds.
    fn rounds(&self, index: usize) -> Element<'a, Message> {
        let defaults = self.state.checked.program.defaults;
        let at = |key| Field::block(index, key);
        let mut problems = Vec::new();
        let numbers = vec![
            self.number(
                &mut problems,
                self.tr("editor-rounds"),
                Input::Block(index, BlockInput::Rounds),
                "1".into(),
                at("rounds"),
            ),
            self.number(
                &mut problems,
                self.tr("editor-round-rest"),
                Input::Block(index, BlockInput::RoundRest),
                self.tr_number("editor-default-placeholder", "seconds", defaults.round_rest),
                at("round_rest"),
            ),
        ];
        self.number_row(numbers, problems)
    }

    /// `[block.defaults]`: timing for this block's exercises, over the program's.
    fn block_timing(&self, index: usize, block: &'a BlockDraft) -> Element<'a, Message> {
        let defaults = self.state.checked.program.defaults;
        let at = |key| Field::block(index, key);
        let mut problems = Vec::new();
        let numbers = TimingKey::ALL
            .iter()
            .map(|&key| {
                self.number(
                    &mut problems,
                    self.tr(timing_label(key)),
                    Input::Block(index, BlockInput::Timing(key)),
                    self.tr_number(
                        "editor-default-placeholder",
                        "seconds",
                        key.default_of(&defaults),
                    ),
                    at(key.key()),
                )
            })
            .collect();
        let halfway = self.halfway(block.timing.halfway, defaults.halfway, move |on| {
            Message::BlockHalfway(index, on)
        });
        let halfway = self.with_problems(column![halfway], self.problems_at(&[at("halfway")]));
        let heading = text(self.tr("editor-block-timing"))
            .size(self.shared.sizes().body())
            .font(theme::STRONG);
        column![heading, self.number_row(numbers, problems), halfway].spacing(GAP_S).into()
    }
}

/// The label of a timing key of a block, an exercise or a level.
pub(super) fn timing_label(key: TimingKey) -> &'static str {
    match key {
        TimingKey::Rest => "editor-exercise-rest",
        TimingKey::SetRest => "editor-exercise-set-rest",
        TimingKey::SwitchSides => "editor-exercise-switch-sides",
        TimingKey::Countdown => "editor-exercise-countdown",
        TimingKey::Relax => "editor-exercise-relax",
    }
}
