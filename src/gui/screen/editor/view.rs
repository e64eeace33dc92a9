//! The editor's look: a bar with the live summary, Cancel and Save on top; below it, in a
//! scrollable column, one card for the program, one for its safety rules, one for its timing
//! and one per block, with an inner card per exercise (folded to one line until opened).

use super::{
    BlockDraft, Complaint, CueInput, DefaultKey, DosageKind, ExerciseDraft, ExerciseInput, Input,
    Lang, Message, Move, Problem, Purpose, State, TextDraft, What,
};
use crate::gui::screen::Shared;
use crate::gui::screen::library::block_key;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S};
use crate::gui::widget;
use crate::program::format_clock;
use crate::program::{BlockKind, Field, Sides};
use iced::widget::{
    Column, Row, button, checkbox, column, container, row, space, text, text_input,
};
use iced::{Alignment, Element, Length};

/// The widget id of a text input, so tests (and focus) can find it.
pub fn input_id(input: Input) -> iced::widget::Id {
    iced::widget::Id::from(format!("editor-{input:?}"))
}

/// Width of a number input.
const NUMBER_WIDTH: f32 = 120.0;

/// Exercise-level keys with a place of their own in the exercise card.
const EXERCISE_KEYS: [&str; 10] = [
    "id",
    "image",
    "name",
    "instructions",
    "duration",
    "reps",
    "seconds_per_rep",
    "sets",
    "rest",
    "set_rest",
];
/// Top-level keys with a place of their own in the program, rules and timing cards.
const TOP_KEYS: [&str; 7] =
    ["id", "version", "sessions_per_week", "title", "description", "author", "stop_if"];

impl State {
    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let ui = Ui { state: self, shared };
        let mut body = Column::new().spacing(GAP_L);
        if let Some(error) = &self.save_error {
            body = body.push(
                container(
                    text(
                        shared
                            .i18n
                            .tr_args("editor-save-failed", &[("reason", error.clone().into())]),
                    )
                    .size(shared.sizes().body()),
                )
                .padding(GAP_M)
                .width(Length::Fill)
                .style(theme::error_box),
            );
        }
        let general: Vec<&Problem> = self
            .problems()
            .iter()
            .filter(|p| p.field.block.is_none() && !is_top_field(p.field))
            .collect();
        if !general.is_empty() {
            let mut list = Column::new().spacing(GAP_S).push(
                text(shared.tr("editor-general-problems"))
                    .size(shared.sizes().body())
                    .font(theme::STRONG),
            );
            for problem in general {
                list = list.push(text(ui.describe(problem)).size(shared.sizes().small()));
            }
            body = body
                .push(container(list).padding(GAP_M).width(Length::Fill).style(theme::error_box));
        }
        if self.purpose == Purpose::Copy {
            body = body.push(
                container(
                    text(shared.i18n.tr_args(
                        "editor-copy-note",
                        &[("version", self.draft.version.clone().into())],
                    ))
                    .size(shared.sizes().small()),
                )
                .padding(GAP_M)
                .width(Length::Fill)
                .style(theme::safety),
            );
        }
        body = body.push(ui.about()).push(ui.rules()).push(ui.timing());
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

fn is_top_field(field: Field) -> bool {
    field.block.is_none() && (TOP_KEYS.contains(&field.key) || field.key.starts_with("defaults."))
}

struct Ui<'a> {
    state: &'a State,
    shared: &'a Shared,
}

impl<'a> Ui<'a> {
    fn tr(&self, key: &str) -> String {
        self.shared.tr(key)
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
            What::Local(Complaint::Version) => self.tr("editor-need-version"),
            What::Local(Complaint::Text) => self.tr("editor-need-text"),
        }
    }

    /// The problems at exactly these fields.
    fn problems_at(&self, fields: &[Field]) -> Vec<String> {
        self.state
            .problems()
            .iter()
            .filter(|p| fields.contains(&p.field))
            .map(|p| self.describe(p))
            .collect()
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
        let plan = state.plan();
        let summary = shared.i18n.tr_args(
            "editor-summary",
            &[
                ("time", format_clock(plan.total_seconds).into()),
                ("steps", plan.steps.len().into()),
                ("exercises", plan.exercises.len().into()),
            ],
        );
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
                text(summary).size(sizes.body()).style(widget::muted_text),
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

    /// A labelled input with its problems under it.
    fn field(
        &self,
        label: String,
        input: Input,
        placeholder: String,
        problems: Vec<String>,
    ) -> Column<'a, Message> {
        let sizes = self.shared.sizes();
        let has_problem = !problems.is_empty();
        let field = column![
            text(label).size(sizes.small()).style(widget::muted_text),
            self.input(input, placeholder, has_problem),
        ];
        self.with_problems(field, problems).spacing(4)
    }

    /// A labelled number input of fixed width.
    /// Its problems go to `row_problems`, named by the label, to be shown under the whole
    /// row: a message under the input would push the inputs beside it apart.
    fn number(
        &self,
        row_problems: &mut Vec<String>,
        label: String,
        input: Input,
        placeholder: String,
        at: Field,
    ) -> Element<'a, Message> {
        let problems = self.problems_at(&[at]);
        let has_problem = !problems.is_empty();
        row_problems.extend(problems.into_iter().map(|problem| format!("{label}: {problem}")));
        column![
            text(label).size(self.shared.sizes().small()).style(widget::muted_text),
            container(self.input(input, placeholder, has_problem)).width(NUMBER_WIDTH),
        ]
        .spacing(4)
        .into()
    }

    /// The English and Dutch inputs of one text side by side (or stacked, for long texts),
    /// with the problems of `at` under them.
    fn text_pair(
        &self,
        label: &str,
        text_draft: &'a TextDraft,
        input: impl Fn(Lang) -> Input,
        at: &[Field],
        stacked: bool,
    ) -> Element<'a, Message> {
        let sizes = self.shared.sizes();
        let problems = self.problems_at(at);
        let has_problem = !problems.is_empty();
        let label = self.tr(label);
        let labelled = |lang: Lang| {
            let lang_name = self.tr(match lang {
                Lang::En => "editor-lang-en",
                Lang::Nl => "editor-lang-nl",
            });
            column![
                text(format!("{label} · {lang_name}"))
                    .size(sizes.small())
                    .style(widget::muted_text),
                self.input(input(lang), String::new(), has_problem),
            ]
            .spacing(4)
            .width(Length::Fill)
        };
        let pair: Element<'a, Message> = if stacked {
            column![labelled(Lang::En), labelled(Lang::Nl)].spacing(GAP_S).into()
        } else {
            row![labelled(Lang::En), labelled(Lang::Nl)].spacing(GAP_M).into()
        };
        let mut group = column![pair].spacing(4);
        let others = text_draft.others();
        if !others.is_empty() {
            group =
                group.push(
                    text(self.shared.i18n.tr_args(
                        "editor-other-languages",
                        &[("languages", others.join(", ").into())],
                    ))
                    .size(sizes.small())
                    .style(widget::muted_text),
                );
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

    fn about(&self) -> Element<'a, Message> {
        let draft = &self.state.draft;
        let top = Field::top;
        let mut row_problems = Vec::new();
        let ids = row![
            self.field(
                self.tr("editor-id"),
                Input::Id,
                String::new(),
                self.problems_at(&[top("id")]),
            )
            .width(Length::Fill),
            self.number(
                &mut row_problems,
                self.tr("editor-version"),
                Input::Version,
                "1".into(),
                top("version")
            ),
            self.number(
                &mut row_problems,
                self.tr("editor-per-week"),
                Input::SessionsPerWeek,
                self.tr("editor-optional"),
                top("sessions_per_week"),
            ),
        ]
        .spacing(GAP_M);
        let ids = self.with_problems(column![ids], row_problems).spacing(4);
        let author = row![
            self.field(
                self.tr("editor-author-name"),
                Input::AuthorName,
                self.tr("editor-optional"),
                Vec::new()
            )
            .width(Length::Fill),
            self.field(
                self.tr("editor-author-role"),
                Input::AuthorRole,
                self.tr("editor-optional"),
                Vec::new()
            )
            .width(Length::Fill),
            self.field(
                self.tr("editor-author-contact"),
                Input::AuthorContact,
                self.tr("editor-optional"),
                Vec::new(),
            )
            .width(Length::Fill),
        ]
        .spacing(GAP_M);
        let body = column![
            self.text_pair("editor-title", &draft.title, Input::Title, &[top("title")], false),
            ids,
            self.text_pair(
                "editor-description",
                &draft.description,
                Input::Description,
                &[top("description")],
                true,
            ),
            author,
        ];
        let body = self.with_problems(body, self.problems_at(&[top("author")]));
        self.card(self.tr("editor-about"), body)
    }

    fn rules(&self) -> Element<'a, Message> {
        let sizes = self.shared.sizes();
        let mut body = Column::new()
            .push(text(self.tr("editor-rules-help")).size(sizes.small()).style(widget::muted_text));
        for (index, rule) in self.state.draft.stop_if.iter().enumerate() {
            let field = Field::top("stop_if").item(index);
            body = body.push(
                row![
                    container(self.text_pair(
                        "editor-rule",
                        rule,
                        move |lang| Input::Rule(index, lang),
                        &[field],
                        false,
                    ))
                    .width(Length::Fill),
                    self.small_button(self.tr("editor-remove"), Some(Message::RemoveRule(index))),
                ]
                .spacing(GAP_M)
                .align_y(Alignment::Center),
            );
        }
        body = self
            .with_problems(body, self.problems_at(&[Field::top("stop_if")]))
            .push(self.small_button(self.tr("editor-add-rule"), Some(Message::AddRule)));
        self.card(self.tr("editor-rules"), body)
    }

    fn timing(&self) -> Element<'a, Message> {
        let label = |key: DefaultKey| match key {
            DefaultKey::GetReady => "editor-get-ready",
            DefaultKey::Countdown => "editor-countdown",
            DefaultKey::Rest => "editor-rest",
            DefaultKey::SetRest => "editor-set-rest",
            DefaultKey::SwitchSides => "editor-switch-sides",
        };
        let mut row_problems = Vec::new();
        let mut numbers = Row::new().spacing(GAP_M);
        for key in DefaultKey::ALL {
            numbers = numbers.push(self.number(
                &mut row_problems,
                self.tr(label(key)),
                Input::Default(key),
                key.standard().to_string(),
                key.field(),
            ));
        }
        let halfway = checkbox(self.state.draft.halfway)
            .label(self.tr("editor-halfway"))
            .text_size(self.shared.sizes().body())
            .on_toggle(Message::Halfway);
        row_problems.extend(self.problems_at(&[Field::top("defaults.halfway")]));
        let body = self.with_problems(column![numbers.wrap(), halfway], row_problems);
        self.card(self.tr("editor-timing"), body)
    }

    fn block(&self, index: usize, block: &'a BlockDraft) -> Element<'a, Message> {
        let sizes = self.shared.sizes();
        let count = self.state.draft.blocks.len();
        let kinds: Vec<(BlockKind, String)> =
            BlockKind::ALL.iter().map(|k| (*k, self.tr(block_key(*k)))).collect();
        let header = row![
            text(self.shared.i18n.tr_args("editor-block", &[("number", (index + 1).into())]))
                .size(sizes.heading() * 0.8)
                .font(theme::STRONG)
                .width(Length::Fill),
            self.small_button(
                "↑".into(),
                (index > 0).then_some(Message::MoveBlock(index, Move::Up))
            ),
            self.small_button(
                "↓".into(),
                (index + 1 < count).then_some(Message::MoveBlock(index, Move::Down)),
            ),
            self.small_button(
                self.tr("editor-remove-block"),
                (count > 1).then_some(Message::RemoveBlock(index)),
            ),
        ]
        .spacing(GAP_S)
        .align_y(Alignment::Center);
        let kind = column![
            text(self.tr("editor-kind")).size(sizes.small()).style(widget::muted_text),
            self.choices(&kinds, block.kind, move |kind| Message::Kind(index, kind)),
        ];
        let kind =
            self.with_problems(kind, self.problems_at(&[Field::block(index, "kind")])).spacing(4);
        let mut body = column![
            header,
            kind,
            self.text_pair(
                "editor-block-title",
                &block.title,
                move |lang| Input::BlockTitle(index, lang),
                &[Field::block(index, "title")],
                false,
            ),
        ]
        .spacing(GAP_M);
        let leftovers: Vec<String> = self
            .state
            .problems()
            .iter()
            .filter(|p| {
                p.field.block == Some(index)
                    && p.field.exercise.is_none()
                    && !matches!(p.field.key, "kind" | "title")
            })
            .map(|p| self.describe(p))
            .collect();
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

    fn exercise(
        &self,
        block: usize,
        index: usize,
        flat: usize,
        exercise: &'a ExerciseDraft,
    ) -> Element<'a, Message> {
        let sizes = self.shared.sizes();
        let draft = &self.state.draft;
        let lang = self.shared.lang();
        let at = |key| Field::exercise(block, index, key);
        let problems: Vec<&Problem> = self
            .state
            .problems()
            .iter()
            .filter(|p| p.field.block == Some(block) && p.field.exercise == Some(index))
            .collect();

        let name =
            self.state.checked.program.blocks.get(block).and_then(|b| b.exercises.get(index));
        let name = match name {
            Some(e) if !exercise.name.is_blank() => e.name.get(lang).to_owned(),
            _ => self.tr("editor-unnamed"),
        };
        let dosage = self
            .state
            .plan()
            .exercises
            .get(flat)
            .map(|planned| widget::dosage(self.shared, planned));
        let mut summary =
            column![text(format!("{}. {name}", index + 1)).size(sizes.body()).font(theme::STRONG)];
        if let Some(dosage) = dosage {
            summary = summary.push(text(dosage).size(sizes.small()).style(widget::muted_text));
        }
        let in_block = draft.blocks.get(block).map_or(0, |b| b.exercises.len());
        let last_block = block + 1 == draft.blocks.len();
        let can_up = index > 0 || (block > 0 && in_block > 1);
        let can_down = index + 1 < in_block || (!last_block && in_block > 1);
        let header = row![
            button(summary)
                .width(Length::Fill)
                .padding([6, 10])
                .style(theme::row_button)
                .on_press(Message::Toggle(block, index)),
            self.small_button(
                self.tr(if exercise.open { "editor-fold" } else { "editor-open" }),
                Some(Message::Toggle(block, index)),
            ),
            self.small_button(
                "↑".into(),
                can_up.then_some(Message::MoveExercise(block, index, Move::Up))
            ),
            self.small_button(
                "↓".into(),
                can_down.then_some(Message::MoveExercise(block, index, Move::Down)),
            ),
            self.small_button(
                self.tr("editor-remove"),
                (in_block > 1).then_some(Message::RemoveExercise(block, index)),
            ),
        ]
        .spacing(GAP_S)
        .align_y(Alignment::Center);

        let mut body = column![header].spacing(GAP_M);
        if !exercise.open {
            let all = problems.iter().map(|p| self.describe(p)).collect();
            body = self.with_problems(body, all);
            return container(body)
                .padding(GAP_S)
                .width(Length::Fill)
                .style(theme::inner_card)
                .into();
        }

        let input = move |which| Input::Exercise(block, index, which);
        body = body
            .push(self.text_pair(
                "editor-name",
                &exercise.name,
                move |l| input(ExerciseInput::Name(l)),
                &[at("name")],
                false,
            ))
            .push(
                self.field(
                    self.tr("editor-exercise-id"),
                    input(ExerciseInput::Id),
                    String::new(),
                    self.problems_at(&[at("id")]),
                )
                .width(Length::Fill),
            )
            .push(self.text_pair(
                "editor-instructions",
                &exercise.instructions,
                move |l| input(ExerciseInput::Instructions(l)),
                &[at("instructions")],
                true,
            ));

        let kinds = [
            (DosageKind::Timed, self.tr("editor-dosage-timed")),
            (DosageKind::Reps, self.tr("editor-dosage-reps")),
            (DosageKind::Paced, self.tr("editor-dosage-paced")),
        ];
        let mut row_problems = Vec::new();
        let mut amounts = Row::new().spacing(GAP_M);
        match exercise.dosage {
            DosageKind::Timed => {
                amounts = amounts.push(self.number(
                    &mut row_problems,
                    self.tr("editor-seconds"),
                    input(ExerciseInput::Seconds),
                    String::new(),
                    at("duration"),
                ));
            }
            DosageKind::Reps | DosageKind::Paced => {
                amounts = amounts.push(self.number(
                    &mut row_problems,
                    self.tr("editor-reps"),
                    input(ExerciseInput::Reps),
                    String::new(),
                    at("reps"),
                ));
                if exercise.dosage == DosageKind::Paced {
                    amounts = amounts.push(self.number(
                        &mut row_problems,
                        self.tr("editor-pace"),
                        input(ExerciseInput::Pace),
                        String::new(),
                        at("seconds_per_rep"),
                    ));
                }
            }
        }
        let defaults = self.state.checked.program.defaults;
        let placeholder = |seconds: u32| {
            self.shared.i18n.tr_args("editor-default-placeholder", &[("seconds", seconds.into())])
        };
        amounts = amounts
            .push(self.number(
                &mut row_problems,
                self.tr("editor-sets"),
                input(ExerciseInput::Sets),
                "1".into(),
                at("sets"),
            ))
            .push(self.number(
                &mut row_problems,
                self.tr("editor-exercise-rest"),
                input(ExerciseInput::Rest),
                placeholder(defaults.rest),
                at("rest"),
            ))
            .push(self.number(
                &mut row_problems,
                self.tr("editor-exercise-set-rest"),
                input(ExerciseInput::SetRest),
                placeholder(defaults.set_rest),
                at("set_rest"),
            ));
        let sides = [
            (Sides::None, self.tr("editor-sides-none")),
            (Sides::Both, self.tr("editor-sides-both")),
            (Sides::Left, self.tr("editor-sides-left")),
            (Sides::Right, self.tr("editor-sides-right")),
        ];
        body = body
            .push(
                column![
                    text(self.tr("editor-dosage")).size(sizes.small()).style(widget::muted_text),
                    self.choices(&kinds, exercise.dosage, move |kind| Message::Dosage(
                        block, index, kind
                    )),
                ]
                .spacing(4),
            )
            .push(self.with_problems(column![amounts.wrap()], row_problems).spacing(4))
            .push(
                column![
                    text(self.tr("editor-sides")).size(sizes.small()).style(widget::muted_text),
                    self.choices(&sides, exercise.sides, move |sides| Message::Sides(
                        block, index, sides
                    )),
                ]
                .spacing(4),
            );

        let mut cues = Column::new()
            .spacing(GAP_S)
            .push(text(self.tr("editor-cues")).size(sizes.small()).style(widget::muted_text));
        for (number, cue) in exercise.cues.iter().enumerate() {
            let cue_input = move |which| Input::Cue(block, index, number, which);
            let field = at("cues").item(number);
            let problems = self.problems_at(&[field]);
            let has_problem = !problems.is_empty();
            let line = column![
                row![
                    column![
                        text(self.tr("editor-cue-at"))
                            .size(sizes.small())
                            .style(widget::muted_text),
                        self.input(cue_input(CueInput::At), String::new(), has_problem),
                    ]
                    .spacing(4)
                    .width(NUMBER_WIDTH),
                    container(self.text_pair(
                        "editor-cue-text",
                        &cue.text,
                        move |l| cue_input(CueInput::Text(l)),
                        &[],
                        false,
                    ))
                    .width(Length::Fill),
                    self.small_button(
                        self.tr("editor-remove"),
                        Some(Message::RemoveCue(block, index, number)),
                    ),
                ]
                .spacing(GAP_M)
                .align_y(Alignment::End)
            ];
            cues = cues.push(self.with_problems(line, problems).spacing(4));
        }
        cues = cues.push(
            self.small_button(self.tr("editor-add-cue"), Some(Message::AddCue(block, index))),
        );
        body = body.push(cues);

        if let Some(image) = &exercise.image {
            let kept = self
                .shared
                .i18n
                .tr_args("editor-image-kept", &[("file", image.display().to_string().into())]);
            let mut picture = column![
                row![
                    text(kept).size(sizes.small()).style(widget::muted_text),
                    self.small_button(
                        self.tr("editor-remove-image"),
                        Some(Message::RemoveImage(block, index)),
                    ),
                ]
                .spacing(GAP_M)
                .align_y(Alignment::Center)
            ];
            picture = self.with_problems(picture, self.problems_at(&[at("image")])).spacing(4);
            body = body.push(picture);
        }
        let leftovers = problems
            .iter()
            .filter(|p| p.field.key != "cues" && !EXERCISE_KEYS.contains(&p.field.key))
            .chain(problems.iter().filter(|p| p.field.key == "cues" && p.field.item.is_none()))
            .map(|p| self.describe(p))
            .collect();
        body = self.with_problems(body, leftovers);
        container(body).padding(GAP_M).width(Length::Fill).style(theme::inner_card).into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_top_key_the_writer_uses_has_a_place() {
        for key in
            ["id", "version", "title", "description", "author", "sessions_per_week", "stop_if"]
        {
            assert!(is_top_field(Field::top(key)), "{key}");
        }
        for key in DefaultKey::ALL {
            assert!(is_top_field(key.field()), "{key:?}");
        }
        assert!(!is_top_field(Field::top("format")));
        assert!(!is_top_field(Field::top("")));
    }
}
