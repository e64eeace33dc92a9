//! The editor's look: a bar with the live summary, Cancel and Save on top; below it, in a
//! scrollable column, the program's cards (about, safety rules, timing, building up), then one
//! card per block with an inner card per exercise (folded to one line until opened), and in
//! an exercise its levels (each folded to its preview line until opened).
//!
//! This file has the bar and the widgets every part uses; the parts are in [`program`],
//! [`block`], [`exercise`] and [`level`].

use super::{Complaint, Input, Message, Problem, Purpose, State, TextDraft, What};
use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S};
use crate::gui::widget;
use crate::program::{Field, format_clock};
use iced::widget::{
    Column, Row, button, column, container, row, space, text, text_editor, text_input,
};
use iced::{Alignment, Element, Length};

mod block;
mod exercise;
mod level;
mod program;

/// The widget id of a text input, so tests (and focus) can find it.
pub fn input_id(input: Input) -> iced::widget::Id {
    iced::widget::Id::from(format!("editor-{input:?}"))
}

/// Width of a number input.
const NUMBER_WIDTH: f32 = 120.0;

/// A long text's field shows about three lines when short, and scrolls beyond about ten.
const LONG_TEXT_MIN_HEIGHT: f32 = 84.0;
const LONG_TEXT_MAX_HEIGHT: f32 = 260.0;

impl State {
    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let ui = Ui { state: self, shared };
        let mut body = Column::new().spacing(GAP_L);
        if let Some(error) = &self.save_error {
            let message =
                shared.i18n.tr_args("editor-save-failed", &[("reason", error.clone().into())]);
            body = body.push(ui.note(message, theme::error_box));
        }
        if let Some(general) = ui.general_problems() {
            body = body.push(general);
        }
        if self.purpose == Purpose::Copy {
            let version = self.draft.version.clone();
            let note = shared.i18n.tr_args("editor-copy-note", &[("version", version.into())]);
            body = body.push(ui.note(note, theme::safety));
        }
        body = body.push(ui.about()).push(ui.rules()).push(ui.timing());
        if let Some(progression) = ui.progression() {
            body = body.push(progression);
        }
        for (index, block) in self.draft.blocks.iter().enumerate() {
            body = body.push(ui.block(index, block));
        }
        body = body.push(
            button(text(shared.tr("editor-add-block")).size(shared.sizes().body()))
                .padding([10, 18])
                .style(theme::secondary_button)
                .on_press(Message::AddBlock),
        );
        column![ui.bar(), widget::page(body)].into()
    }
}

struct Ui<'a> {
    state: &'a State,
    shared: &'a Shared,
}

impl<'a> Ui<'a> {
    fn tr(&self, key: &str) -> String {
        self.shared.tr(key)
    }

    /// A message with one number in it.
    fn tr_number(&self, key: &str, name: &'static str, value: u32) -> String {
        self.shared.i18n.tr_args(key, &[(name, value.into())])
    }

    fn describe(&self, problem: &Problem) -> String {
        match &problem.what {
            // The validator writes for a command line, in lower case; here it starts a line.
            What::Validator(message) => {
                let message = self.shared.i18n.message(message);
                let mut chars = message.chars();
                chars
                    .next()
                    .map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
            }
            What::Local(Complaint::Number { low, high }) => self
                .shared
                .i18n
                .tr_args("editor-need-number", &[("low", (*low).into()), ("high", (*high).into())]),
            What::Local(Complaint::Amount { low, high }) => self
                .shared
                .i18n
                .tr_args("editor-need-amount", &[("low", (*low).into()), ("high", (*high).into())]),
            What::Local(Complaint::Range) => self.tr("editor-need-one-number"),
            What::Local(Complaint::Version) => self.tr("editor-need-version"),
            What::Local(Complaint::Text) => self.tr("editor-need-text"),
        }
    }

    /// The problems at exactly these fields.
    fn problems_at(&self, fields: &[Field]) -> Vec<String> {
        self.problems_where(|field| fields.contains(&field))
    }

    /// The problems whose field passes `wanted`.
    fn problems_where(&self, wanted: impl Fn(Field) -> bool) -> Vec<String> {
        self.state.problems().iter().filter(|p| wanted(p.field)).map(|p| self.describe(p)).collect()
    }

    /// `column` with the problems under what it has (nothing, not even a gap, when none).
    fn with_problems(
        &self,
        column: Column<'a, Message>,
        messages: Vec<String>,
    ) -> Column<'a, Message> {
        let sizes = self.shared.sizes();
        column.extend(
            messages
                .into_iter()
                .map(|message| text(message).size(sizes.small()).style(theme::problem_text).into()),
        )
    }

    /// A box of text across the page (a failed save, the note on a copy).
    fn note(
        &self,
        message: String,
        style: fn(&iced::Theme) -> container::Style,
    ) -> Element<'a, Message> {
        container(text(message).size(self.shared.sizes().small()))
            .padding(GAP_M)
            .width(Length::Fill)
            .style(style)
            .into()
    }

    /// Problems above the first block that no field shows, in a box on top.
    fn general_problems(&self) -> Option<Element<'a, Message>> {
        let general = self.problems_where(|f| f.block.is_none() && !program::is_top_field(f));
        if general.is_empty() {
            return None;
        }
        let sizes = self.shared.sizes();
        let heading =
            text(self.tr("editor-general-problems")).size(sizes.body()).font(theme::STRONG);
        let list =
            general.into_iter().fold(Column::new().spacing(GAP_S).push(heading), |list, p| {
                list.push(text(p).size(sizes.small()))
            });
        Some(container(list).padding(GAP_M).width(Length::Fill).style(theme::error_box).into())
    }

    /// The live summary: "3:11 in total · 8 steps · 2 exercises", and with levels the
    /// highest level's total.
    fn summary(&self) -> String {
        let (shared, checked) = (self.shared, &self.state.checked);
        let plan = &checked.plan;
        let mut summary = shared.i18n.tr_args(
            "editor-summary",
            &[
                ("time", format_clock(plan.total_seconds).into()),
                ("steps", plan.steps.len().into()),
                ("exercises", plan.exercises.len().into()),
            ],
        );
        if let Some(top) = &checked.top_plan {
            let levels = shared.i18n.tr_args(
                "editor-summary-levels",
                &[("levels", top.level.into()), ("time", format_clock(top.total_seconds).into())],
            );
            summary = format!("{summary} · {levels}");
        }
        summary
    }

    /// The bar on top: what is edited, the live summary, the state, Cancel and Save.
    fn bar(&self) -> Element<'a, Message> {
        let (shared, state) = (self.shared, self.state);
        let sizes = shared.sizes();
        let lang = shared.lang();
        let name = state.original_title.as_ref().map_or("", |t| t.get(lang)).to_owned();
        let heading = match state.purpose {
            Purpose::New => self.tr("editor-heading-new"),
            Purpose::Edit => shared.i18n.tr_args("editor-heading-edit", &[("title", name.into())]),
            Purpose::Copy => shared.i18n.tr_args("editor-heading-copy", &[("title", name.into())]),
        };
        let count = state.problems().len();
        let status = if count == 0 {
            text(self.tr("editor-ready")).size(sizes.body()).style(theme::ready_text)
        } else {
            text(shared.i18n.tr_args("editor-problem-count", &[("count", count.into())]))
                .size(sizes.body())
                .style(theme::problem_text)
        };
        let mut top = row![
            column![
                text(heading).size(sizes.heading()).font(theme::STRONG),
                text(self.summary()).size(sizes.body()).style(widget::muted_text),
            ]
            .spacing(4)
            .width(Length::Fill),
            status,
        ]
        .spacing(GAP_M)
        .align_y(Alignment::Center);
        let mut bar = Column::new().spacing(GAP_S);
        if state.confirm_discard {
            // On a line of its own, so the heading keeps its width.
            bar = bar.push(top).push(
                row![
                    space::horizontal(),
                    text(self.tr("editor-discard-question")).size(sizes.body()).font(theme::STRONG),
                    button(text(self.tr("editor-discard")).size(sizes.body()))
                        .padding([10, 18])
                        .style(theme::danger_button)
                        .on_press(Message::Discard),
                    button(text(self.tr("editor-keep-editing")).size(sizes.body()))
                        .padding([10, 18])
                        .style(theme::secondary_button)
                        .on_press(Message::KeepEditing),
                ]
                .spacing(GAP_M)
                .align_y(Alignment::Center),
            );
        } else {
            top = top
                .push(
                    button(text(self.tr("editor-cancel")).size(sizes.body()))
                        .padding([10, 18])
                        .style(theme::secondary_button)
                        .on_press(Message::Cancel),
                )
                .push(
                    button(text(self.tr("editor-save")).size(sizes.body()).font(theme::STRONG))
                        .padding([10, 24])
                        .style(theme::primary_button)
                        .on_press_maybe(state.can_save().then_some(Message::Save)),
                );
            bar = bar.push(top);
        }
        // As wide as the form below it, so Save lines up with the cards' right edge.
        container(container(bar).max_width(theme::PAGE_WIDTH).padding([0.0, GAP_L]))
            .padding([GAP_M, 0.0])
            .center_x(Length::Fill)
            .style(theme::toolbar)
            .into()
    }

    fn input(&self, input: Input, placeholder: String, problem: bool) -> Element<'a, Message> {
        text_input(&placeholder, self.state.draft.value(input))
            .id(input_id(input))
            .on_input(move |value| Message::Input(input, value))
            .size(self.shared.sizes().body())
            .padding([8, 10])
            .style(theme::editor_input(problem))
            .into()
    }

    /// The multi-line editor of a long text; a one-line input if it has none.
    fn long_input(&self, input: Input, problem: bool) -> Element<'a, Message> {
        let Some(content) = self.state.long_text(input) else {
            return self.input(input, String::new(), problem);
        };
        text_editor(content)
            .id(input_id(input))
            .on_action(move |action| Message::Edit(input, action))
            .size(self.shared.sizes().body())
            .padding([8, 10])
            .min_height(LONG_TEXT_MIN_HEIGHT)
            .max_height(LONG_TEXT_MAX_HEIGHT)
            .style(theme::editor_area(problem))
            .into()
    }

    /// A small, muted label over what it labels.
    fn labelled(
        &self,
        label: String,
        content: impl Into<Element<'a, Message>>,
    ) -> Column<'a, Message> {
        let content: Element<'a, Message> = content.into();
        column![text(label).size(self.shared.sizes().small()).style(widget::muted_text), content]
            .spacing(4)
    }

    /// A labelled input with its problems under it.
    fn field(
        &self,
        label: String,
        input: Input,
        placeholder: String,
        problems: Vec<String>,
    ) -> Column<'a, Message> {
        let has_problem = !problems.is_empty();
        let field = self.labelled(label, self.input(input, placeholder, has_problem));
        self.with_problems(field, problems).spacing(4)
    }

    /// A labelled number input of fixed width, with `extra` (a remove button) beside it.
    /// Its problems go to `row_problems`, named by the label, to be shown under the whole
    /// row: a message under the input would push the inputs beside it apart.
    fn number_with(
        &self,
        row_problems: &mut Vec<String>,
        label: String,
        (input, placeholder): (Input, String),
        at: Field,
        extra: Option<Element<'a, Message>>,
    ) -> Element<'a, Message> {
        let problems = self.problems_at(&[at]);
        let has_problem = !problems.is_empty();
        row_problems.extend(problems.into_iter().map(|problem| format!("{label}: {problem}")));
        let input = container(self.input(input, placeholder, has_problem)).width(NUMBER_WIDTH);
        let content: Element<'a, Message> = match extra {
            Some(extra) => row![input, extra].spacing(4).align_y(Alignment::Center).into(),
            None => input.into(),
        };
        self.labelled(label, content).into()
    }

    /// A labelled number input of fixed width; see [`Ui::number_with`].
    fn number(
        &self,
        row_problems: &mut Vec<String>,
        label: String,
        input: Input,
        placeholder: String,
        at: Field,
    ) -> Element<'a, Message> {
        self.number_with(row_problems, label, (input, placeholder), at, None)
    }

    /// A wrapped row of number inputs, with their problems under it.
    fn number_row(
        &self,
        numbers: Vec<Element<'a, Message>>,
        problems: Vec<String>,
    ) -> Element<'a, Message> {
        let row = Row::with_children(numbers).spacing(GAP_M).wrap();
        self.with_problems(column![row], problems).spacing(4).into()
    }

    /// The English and Dutch inputs of one text side by side (or stacked, for long texts),
    /// with the problems of `at` under them.
    fn text_pair(
        &self,
        label: &str,
        text_draft: &'a TextDraft,
        input: impl Fn(super::Lang) -> Input,
        at: &[Field],
        stacked: bool,
    ) -> Element<'a, Message> {
        use super::Lang;
        let sizes = self.shared.sizes();
        let problems = self.problems_at(at);
        let has_problem = !problems.is_empty();
        let label = self.tr(label);
        let labelled = |lang: Lang| {
            let lang_name = self.tr(match lang {
                Lang::En => "editor-lang-en",
                Lang::Nl => "editor-lang-nl",
            });
            let input = if stacked {
                self.long_input(input(lang), has_problem)
            } else {
                self.input(input(lang), String::new(), has_problem)
            };
            self.labelled(format!("{label} · {lang_name}"), input).width(Length::Fill)
        };
        let pair: Element<'a, Message> = if stacked {
            column![labelled(Lang::En), labelled(Lang::Nl)].spacing(GAP_S).into()
        } else {
            row![labelled(Lang::En), labelled(Lang::Nl)].spacing(GAP_M).into()
        };
        let mut group = column![pair].spacing(4);
        let others = text_draft.others();
        if !others.is_empty() {
            let kept = self
                .shared
                .i18n
                .tr_args("editor-other-languages", &[("languages", others.join(", ").into())]);
            group = group.push(text(kept).size(sizes.small()).style(widget::muted_text));
        }
        self.with_problems(group, problems).into()
    }

    fn card(&self, title: String, body: Column<'a, Message>) -> Element<'a, Message> {
        let heading = text(title).size(self.shared.sizes().heading() * 0.8).font(theme::STRONG);
        container(column![heading, body.spacing(GAP_M)].spacing(GAP_M))
            .padding(GAP_M)
            .width(Length::Fill)
            .style(theme::card)
            .into()
    }

    fn small_button(&self, label: String, message: Option<Message>) -> Element<'a, Message> {
        button(text(label).size(self.shared.sizes().small()))
            .padding([6, 12])
            .style(theme::secondary_button)
            .on_press_maybe(message)
            .into()
    }

    /// ↑, ↓ and a remove button, for moving and removing one of a list.
    fn move_and_remove(
        &self,
        up: Option<Message>,
        down: Option<Message>,
        remove: (String, Option<Message>),
    ) -> [Element<'a, Message>; 3] {
        [
            self.small_button("↑".into(), up),
            self.small_button("↓".into(), down),
            self.small_button(remove.0, remove.1),
        ]
    }

    /// A row of buttons, one of them chosen.
    fn choices<T: Copy + PartialEq + 'a>(
        &self,
        options: &[(T, String)],
        chosen: T,
        message: impl Fn(T) -> Message,
    ) -> Element<'a, Message> {
        let sizes = self.shared.sizes();
        let mut choices = Row::new().spacing(6);
        for (value, label) in options {
            choices = choices.push(
                button(text(label.clone()).size(sizes.small()))
                    .padding([6, 12])
                    .style(theme::tab_button(*value == chosen))
                    .on_press(message(*value)),
            );
        }
        choices.wrap().into()
    }

    /// The halfway signal: on, off, or as the program says (which it then shows).
    fn halfway(
        &self,
        chosen: Option<bool>,
        inherited: bool,
        message: impl Fn(Option<bool>) -> Message,
    ) -> Element<'a, Message> {
        let inherit =
            if inherited { "editor-halfway-inherit-on" } else { "editor-halfway-inherit-off" };
        let options = [
            (None, self.tr(inherit)),
            (Some(true), self.tr("editor-on")),
            (Some(false), self.tr("editor-off")),
        ];
        self.labelled(self.tr("editor-halfway-signal"), self.choices(&options, chosen, message))
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::{block, exercise, level, program};
    use crate::program::{Field, parse, to_toml_mapped};
    use std::path::Path;

    /// A program with every key a program, a block, an exercise and a level may have.
    const EVERY_KEY: &str = r#"format = 2
id = "every-key"
version = 2
language = "en"
title = "Every key"
description = "All of them"
author = { name = "J. Jansen", role = "physio", contact = "j@example.org" }
sessions_per_week = 3
stop_if = ["Pain"]
progression = { sessions = 2, max_pain = 2, max_effort = 6 }

[defaults]
get_ready = 5
countdown = 2
halfway = false
rest = 10
set_rest = 20
switch_sides = 3
relax = 4
round_rest = 45

[[block]]
kind = "strength"
title = "Main"
rounds = 2
round_rest = 30

[block.defaults]
rest = 10
set_rest = 20
switch_sides = 4
countdown = 2
relax = 3
halfway = true

  [[block.exercise]]
  id = "bird-dog"
  name = "Bird dog"
  instructions = "Slowly"
  image = "images/bird-dog.svg"
  reps = 3
  hold = 8
  sets = 2
  sides = "alternate"
  rest = 5
  set_rest = 6
  switch_sides = 2
  countdown = 2
  relax = 2
  halfway = false
  cues = [{ at = 3, text = "Back straight" }]
  equipment = ["Mat"]
  video = "https://example.org/bird-dog"

    [[block.exercise.level]]
    name = "Long bird dog"
    instructions = "Longer"
    image = "images/long.svg"
    reps = [5, 4, 3]
    hold = 10
    sets = 3
    sides = "both"
    rest = 5
    set_rest = 6
    switch_sides = 2
    countdown = 1
    relax = 3
    halfway = true
    cues = [{ at = 2, text = "Breathe" }]
    equipment = ["Mat", "Block"]
    video = "https://example.org/long"

    [[block.exercise.level]]
    duration = 30
    sides = "left"

    [[block.exercise.level]]
    reps = 8
    seconds_per_rep = 3
"#;

    #[test]
    fn a_problem_on_any_line_the_writer_writes_lands_at_a_field() {
        let program = match parse(EVERY_KEY, Path::new("every-key.toml"), None) {
            Ok(program) => program,
            Err(problems) => panic!("{problems:#?}"),
        };
        let (text, fields) = to_toml_mapped(&program);
        // Headers and blank lines name no key; `format` and `language` are the editor's own
        // (a problem there would show on top); the first and last lines of a list of cues
        // frame the cues, which have their places.
        let framing = |f: Field| {
            f.key.is_empty()
                || matches!(f.key, "format" | "language")
                || (f.key == "cues" && f.item.is_none())
        };
        for (line, field) in text.lines().zip(fields) {
            let placed = match (field.block, field.exercise, field.level) {
                (None, ..) => program::is_top_field(field),
                (Some(_), None, _) => block::is_placed(field) || field.key == "defaults",
                (Some(_), Some(_), None) => exercise::is_placed(field),
                (Some(_), Some(_), Some(_)) => level::is_placed(field),
            };
            assert!(placed || framing(field), "{line:?}: {field:?}");
        }
    }
}
