//! An exercise's card: folded to its name and dose, or open with its texts, dose, sides,
//! timing, form cues, equipment, video and picture, then its levels. The lists and the
//! picture are drawn the same way for a level ([`super::level`]).

use super::block::timing_label;
use super::{NUMBER_WIDTH, Ui};
use crate::gui::screen::editor::{
    CueDraft, CueInput, DosageKind, ExerciseDraft, ExerciseInput, Input, Message, Move, Part,
    TextDraft, TimingKey, resolved,
};
use crate::gui::theme::{self, GAP_M, GAP_S};
use crate::gui::widget;
use crate::program::{Exercise, Field, MAX_EQUIPMENT, Sides, Timing};
use iced::widget::{Column, button, column, container, row, text};
use iced::{Alignment, Element, Length};
use std::path::Path;

/// Exercise keys with a place of their own in the exercise's card (cues have theirs cue by
/// cue).
const EXERCISE_KEYS: [&str; 18] = [
    "id",
    "image",
    "name",
    "instructions",
    "duration",
    "reps",
    "seconds_per_rep",
    "hold",
    "sets",
    "sides",
    "rest",
    "set_rest",
    "switch_sides",
    "countdown",
    "relax",
    "halfway",
    "equipment",
    "video",
];

/// Whether a problem at `field` of an exercise (not of a level) has a place in its card; the
/// others are listed at the end of the card.
pub(super) fn is_placed(field: Field) -> bool {
    match field.key {
        "cues" => field.item.is_some(),
        key => EXERCISE_KEYS.contains(&key),
    }
}

impl<'a> Ui<'a> {
    pub(super) fn exercise(
        &self,
        block: usize,
        index: usize,
        flat: usize,
        exercise: &'a ExerciseDraft,
    ) -> Element<'a, Message> {
        let part = Part::exercise(block, index);
        let mut body = column![self.exercise_header(part, flat, exercise)].spacing(GAP_M);
        let mine = |f: Field| f.block == Some(block) && f.exercise == Some(index);
        if !exercise.open {
            body = self.with_problems(body, self.problems_where(mine));
            return container(body)
                .padding(GAP_S)
                .width(Length::Fill)
                .style(theme::inner_card)
                .into();
        }
        body = body
            .push(self.exercise_texts(part, exercise))
            .push(self.dosage(part, exercise))
            .push(self.sides(part, exercise.sides, None))
            .push(self.exercise_timing(part, exercise))
            .push(self.cues(part, &exercise.cues, None))
            .push(self.equipment(part, &exercise.equipment, None))
            .push(self.video(part, None));
        if let Some(image) = &exercise.image {
            body = body.push(self.picture(part, image));
        }
        body = body.push(self.levels(part, exercise));
        let leftovers = self.problems_where(|f| mine(f) && f.level.is_none() && !is_placed(f));
        body = self.with_problems(body, leftovers);
        container(body).padding(GAP_M).width(Length::Fill).style(theme::inner_card).into()
    }

    /// The line that opens and folds the exercise, with its number, name and dose, and the
    /// buttons that move and remove it.
    fn exercise_header(
        &self,
        part: Part,
        flat: usize,
        exercise: &'a ExerciseDraft,
    ) -> Element<'a, Message> {
        let (block, index) = (part.block, part.exercise);
        let sizes = self.shared.sizes();
        let draft = &self.state.draft;
        let built = self.built(part);
        let name = match built {
            Some(e) if !exercise.name.is_blank() => e.name.get(self.shared.lang()).to_owned(),
            _ => self.tr("editor-unnamed"),
        };
        let mut summary =
            column![text(format!("{}. {name}", index + 1)).size(sizes.body()).font(theme::STRONG)];
        if let Some(planned) = self.state.plan().exercises.get(flat) {
            let mut dose = widget::dosage(self.shared, planned);
            if planned.levels > 1 {
                let levels = self.tr_number("editor-level-count", "levels", planned.levels);
                dose = format!("{dose} · {levels}");
            }
            summary = summary.push(text(dose).size(sizes.small()).style(widget::muted_text));
        }
        let in_block = draft.blocks.get(block).map_or(0, |b| b.exercises.len());
        let last_block = block + 1 == draft.blocks.len();
        let can_up = index > 0 || (block > 0 && in_block > 1);
        let can_down = index + 1 < in_block || (!last_block && in_block > 1);
        let [up, down, remove] = self.move_and_remove(
            can_up.then_some(Message::MoveExercise(block, index, Move::Up)),
            can_down.then_some(Message::MoveExercise(block, index, Move::Down)),
            (
                self.tr("editor-remove"),
                (in_block > 1).then_some(Message::RemoveExercise(block, index)),
            ),
        );
        row![
            button(summary)
                .width(Length::Fill)
                .padding([6, 10])
                .style(theme::row_button)
                .on_press(Message::Toggle(block, index)),
            self.small_button(
                self.tr(if exercise.open { "editor-fold" } else { "editor-open" }),
                Some(Message::Toggle(block, index)),
            ),
            up,
            down,
            remove,
        ]
        .spacing(GAP_S)
        .align_y(Alignment::Center)
        .into()
    }

    /// The exercise as built (with stand-ins), at level 1 with its level tables.
    pub(super) fn built(&self, part: Part) -> Option<&'a Exercise> {
        let program = &self.state.checked.program;
        program.blocks.get(part.block).and_then(|b| b.exercises.get(part.exercise))
    }

    /// The timing `part` inherits where it says nothing: for the exercise, its block's over
    /// the program's; for a level, the level before it as it works out.
    pub(super) fn inherited_timing(&self, part: Part) -> Timing {
        let program = &self.state.checked.program;
        let block = program.blocks.get(part.block).map(|b| b.defaults).unwrap_or_default();
        let own = match (part.level, self.built(part)) {
            (Some(_), Some(exercise)) => exercise.at_level(part.number() - 1).timing,
            _ => Timing::default(),
        };
        resolved(own, block, &program.defaults)
    }

    fn exercise_texts(&self, part: Part, exercise: &'a ExerciseDraft) -> Element<'a, Message> {
        let input = move |which| Input::Exercise(part, which);
        column![
            self.text_pair(
                "editor-name",
                &exercise.name,
                move |l| input(ExerciseInput::Name(l)),
                &[part.field("name")],
                false,
            ),
            self.field(
                self.tr("editor-exercise-id"),
                input(ExerciseInput::Id),
                String::new(),
                self.problems_at(&[part.field("id")]),
            )
            .width(Length::Fill),
            self.text_pair(
                "editor-instructions",
                &exercise.instructions,
                move |l| input(ExerciseInput::Instructions(l)),
                &[part.field("instructions")],
                true,
            ),
        ]
        .spacing(GAP_M)
        .into()
    }

    /// The kind of dose, its amounts and the sets.
    fn dosage(&self, part: Part, exercise: &'a ExerciseDraft) -> Element<'a, Message> {
        let (block, index) = (part.block, part.exercise);
        let kinds = DosageKind::ALL.map(|kind| (kind, self.tr(dosage_label(kind))));
        let input = move |which| Input::Exercise(part, which);
        let mut problems = Vec::new();
        let mut numbers = Vec::new();
        let amount = if exercise.dosage == DosageKind::Timed {
            (self.tr("editor-seconds"), ExerciseInput::Seconds)
        } else {
            (self.tr("editor-reps"), ExerciseInput::Reps)
        };
        let at = part.field(exercise.dosage.amount_key());
        numbers.push(self.number(&mut problems, amount.0, input(amount.1), String::new(), at));
        if exercise.dosage == DosageKind::Paced {
            let at = part.field("seconds_per_rep");
            let pace = input(ExerciseInput::Pace);
            numbers.push(self.number(
                &mut problems,
                self.tr("editor-pace"),
                pace,
                String::new(),
                at,
            ));
        }
        if exercise.dosage == DosageKind::Holds {
            let hold = input(ExerciseInput::Hold);
            let at = part.field("hold");
            numbers.push(self.number(
                &mut problems,
                self.tr("editor-hold"),
                hold,
                String::new(),
                at,
            ));
            let relax = self.inherited_timing(part).relax.unwrap_or_default();
            numbers.push(self.number(
                &mut problems,
                self.tr(timing_label(TimingKey::Relax)),
                input(ExerciseInput::Timing(TimingKey::Relax)),
                self.tr_number("editor-default-placeholder", "seconds", relax),
                part.field("relax"),
            ));
        }
        let listed = self.built(part).and_then(|e| e.dosage.set_count());
        numbers.push(match listed {
            Some(count) => self
                .labelled(
                    self.tr("editor-sets"),
                    container(
                        text(self.tr_number("editor-sets-listed", "count", count))
                            .size(self.shared.sizes().body()),
                    )
                    .padding([8, 0]),
                )
                .into(),
            None => self.number(
                &mut problems,
                self.tr("editor-sets"),
                input(ExerciseInput::Sets),
                "1".into(),
                part.field("sets"),
            ),
        });
        let hint = text(self.tr("editor-per-set-hint"))
            .size(self.shared.sizes().small())
            .style(widget::muted_text);
        column![
            self.labelled(
                self.tr("editor-dosage"),
                self.choices(&kinds, exercise.dosage, move |kind| Message::Dosage(
                    block, index, kind
                )),
            ),
            self.number_row(numbers, problems),
            hint,
        ]
        .spacing(GAP_S)
        .into()
    }

    /// The choice of sides (with `extra`, a level's "as before" button, beside it).
    pub(super) fn sides(
        &self,
        part: Part,
        chosen: Sides,
        extra: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let options = Sides::ALL.map(|sides| (sides, self.tr(sides_label(sides))));
        let choices = self.choices(&options, chosen, move |sides| Message::Sides(part, sides));
        let choices: Element<'a, Message> = match extra {
            Some(extra) => row![choices, extra].spacing(GAP_S).align_y(Alignment::Center).into(),
            None => choices,
        };
        let mut sides = self.labelled(self.tr("editor-sides"), choices);
        if chosen == Sides::Alternate {
            let hint = text(self.tr("editor-alternate-hint"))
                .size(self.shared.sizes().small())
                .style(widget::muted_text);
            sides = sides.push(hint);
        }
        self.with_problems(sides, self.problems_at(&[part.field("sides")])).into()
    }

    /// Rest after, rest between sets, switch sides, countdown and halfway, each blank for
    /// what the block or program says.
    fn exercise_timing(&self, part: Part, exercise: &'a ExerciseDraft) -> Element<'a, Message> {
        let inherited = self.inherited_timing(part);
        let mut problems = Vec::new();
        let numbers = TimingKey::ALL[..4]
            .iter()
            .map(|&key| {
                let seconds = key.get(&inherited).unwrap_or_default();
                self.number(
                    &mut problems,
                    self.tr(timing_label(key)),
                    Input::Exercise(part, ExerciseInput::Timing(key)),
                    self.tr_number("editor-default-placeholder", "seconds", seconds),
                    part.field(key.key()),
                )
            })
            .collect();
        let halfway =
            self.halfway(exercise.timing.halfway, inherited.halfway.unwrap_or(true), move |on| {
                Message::PartHalfway(part, on)
            });
        let halfway =
            self.with_problems(column![halfway], self.problems_at(&[part.field("halfway")]));
        column![self.number_row(numbers, problems), halfway].spacing(GAP_S).into()
    }

    /// Form cues, each a second and a text, with Add and Remove (and `extra` beside the
    /// heading).
    pub(super) fn cues(
        &self,
        part: Part,
        cues: &'a [CueDraft],
        extra: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let mut list = Column::new().spacing(GAP_S).push(self.list_heading("editor-cues", extra));
        for (number, cue) in cues.iter().enumerate() {
            let cue_input = move |which| Input::Exercise(part, ExerciseInput::Cue(number, which));
            let problems = self.problems_at(&[part.field("cues").item(number)]);
            let has_problem = !problems.is_empty();
            let at = self
                .labelled(
                    self.tr("editor-cue-at"),
                    self.input(cue_input(CueInput::At), String::new(), has_problem),
                )
                .width(NUMBER_WIDTH);
            let line = row![
                at,
                container(self.text_pair(
                    "editor-cue-text",
                    &cue.text,
                    move |l| cue_input(CueInput::Text(l)),
                    &[],
                    false,
                ))
                .width(Length::Fill),
                self.small_button(self.tr("editor-remove"), Some(Message::RemoveCue(part, number))),
            ]
            .spacing(GAP_M)
            .align_y(Alignment::End);
            list = list.push(self.with_problems(column![line], problems).spacing(4));
        }
        if cues.is_empty() && part.level.is_some() {
            list = list.push(self.muted(self.tr("editor-level-no-cues")));
        }
        list.push(self.small_button(self.tr("editor-add-cue"), Some(Message::AddCue(part)))).into()
    }

    /// What the patient needs, each thing in both languages, with Add and Remove.
    pub(super) fn equipment(
        &self,
        part: Part,
        things: &'a [TextDraft],
        extra: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let mut list =
            Column::new().spacing(GAP_S).push(self.list_heading("editor-equipment", extra));
        for (number, thing) in things.iter().enumerate() {
            let input = move |lang| Input::Exercise(part, ExerciseInput::Equipment(number, lang));
            let field = part.field("equipment").item(number);
            list = list.push(
                row![
                    container(self.text_pair("editor-thing", thing, input, &[field], false))
                        .width(Length::Fill),
                    self.small_button(
                        self.tr("editor-remove"),
                        Some(Message::RemoveEquipment(part, number)),
                    ),
                ]
                .spacing(GAP_M)
                .align_y(Alignment::Center),
            );
        }
        if things.is_empty() && part.level.is_some() {
            list = list.push(self.muted(self.tr("editor-level-no-equipment")));
        }
        let room = things.len() < MAX_EQUIPMENT;
        let add = self.small_button(
            self.tr("editor-add-equipment"),
            room.then_some(Message::AddEquipment(part)),
        );
        list = self.with_problems(list, self.problems_at(&[part.field("equipment")]));
        list.push(add).into()
    }

    /// The video link (and `extra` beside it).
    pub(super) fn video(
        &self,
        part: Part,
        extra: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let problems = self.problems_at(&[part.field("video")]);
        let input = self.input(
            Input::Exercise(part, ExerciseInput::Video),
            "https://".into(),
            !problems.is_empty(),
        );
        let input: Element<'a, Message> = match extra {
            Some(extra) => row![input, extra].spacing(GAP_S).align_y(Alignment::Center).into(),
            None => input,
        };
        self.with_problems(self.labelled(self.tr("editor-video"), input), problems).into()
    }

    /// A picture kept as it is, with a button that removes it.
    pub(super) fn picture(&self, part: Part, image: &Path) -> Element<'a, Message> {
        let kept = self
            .shared
            .i18n
            .tr_args("editor-image-kept", &[("file", image.display().to_string().into())]);
        let picture = column![
            row![
                self.muted(kept),
                self.small_button(self.tr("editor-remove-image"), Some(Message::RemoveImage(part))),
            ]
            .spacing(GAP_M)
            .align_y(Alignment::Center)
        ];
        self.with_problems(picture, self.problems_at(&[part.field("image")])).spacing(4).into()
    }

    /// The muted heading of a list, with `extra` beside it.
    fn list_heading(
        &self,
        label: &str,
        extra: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let heading = self.muted(self.tr(label));
        match extra {
            Some(extra) => row![heading, extra].spacing(GAP_S).align_y(Alignment::Center).into(),
            None => heading,
        }
    }

    /// A line of small, muted text.
    pub(super) fn muted(&self, line: String) -> Element<'a, Message> {
        text(line).size(self.shared.sizes().small()).style(widget::muted_text).into()
    }
}

pub(super) fn dosage_label(kind: DosageKind) -> &'static str {
    match kind {
        DosageKind::Timed => "editor-dosage-timed",
        DosageKind::Reps => "editor-dosage-reps",
        DosageKind::Paced => "editor-dosage-paced",
        DosageKind::Holds => "editor-dosage-holds",
    }
}

fn sides_label(sides: Sides) -> &'static str {
    match sides {
        Sides::None => "editor-sides-none",
        Sides::Both => "editor-sides-both",
        Sides::Left => "editor-sides-left",
        Sides::Right => "editor-sides-right",
        Sides::Alternate => "editor-sides-alternate",
    }
}
