//! After a session: what was done and skipped, the time, and the check-in (pain after,
//! effort, a note), saved to the history.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S};
use crate::gui::widget;
use crate::history::Checkin;
use crate::program::{StepKind, format_clock};
use crate::progression::Suggestion;
use crate::runner::Runner;
use iced::widget::{Column, button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};

/// The summary screen.
#[derive(Debug)]
pub struct State {
    /// The finished session; it writes the check-in.
    runner: Runner,
    /// A level suggestion, once the check-in is saved and one is waiting.
    suggestion: Option<Suggestion>,
    pain_after: Option<u8>,
    effort: Option<u8>,
    note: String,
}

#[derive(Debug, Clone)]
pub enum Message {
    Pain(Option<u8>),
    Effort(Option<u8>),
    Note(String),
    Save,
    AcceptSuggestion,
    DeclineSuggestion,
}

/// What the app must do.
pub enum Action {
    None,
    Save(Checkin),
    /// Take the suggested level for the program.
    Level {
        program_id: String,
        level: u32,
    },
    /// Keep the level.
    Declined {
        program_id: String,
    },
}

impl State {
    /// The summary of the session `runner` has finished.
    pub fn new(runner: Runner) -> Self {
        Self { runner, suggestion: None, pain_after: None, effort: None, note: String::new() }
    }

    /// The finished session, to write the check-in with.
    pub fn runner(&self) -> &Runner {
        &self.runner
    }

    /// Ends the screen, handing back the finished session.
    pub fn into_runner(self) -> Runner {
        self.runner
    }

    /// Shows a level suggestion that the saved check-in made.
    pub fn suggest(&mut self, suggestion: Suggestion) {
        self.suggestion = Some(suggestion);
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Pain(pain) => self.pain_after = pain,
            Message::Effort(effort) => self.effort = effort,
            Message::Note(note) => self.note = note.chars().take(2000).collect(),
            Message::AcceptSuggestion => {
                if let Some(suggestion) = self.suggestion {
                    let program_id = self.runner.plan().program_id.clone();
                    return Action::Level { program_id, level: suggestion.level() };
                }
            }
            Message::DeclineSuggestion => {
                return Action::Declined { program_id: self.runner.plan().program_id.clone() };
            }
            Message::Save => {
                return Action::Save(Checkin {
                    pain_after: self.pain_after,
                    effort: self.effort,
                    note: Some(self.note.trim().to_owned()).filter(|n| !n.is_empty()),
                });
            }
        }
        Action::None
    }

    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let lang = shared.lang();
        let Some(outcome) = self.runner.outcome() else {
            return text(shared.tr("session-finished")).into();
        };
        let plan = self.runner.plan();
        let headline = shared.tr(outcome.summary_key());
        let work: Vec<_> = outcome
            .steps
            .iter()
            .filter(|s| plan.steps.get(s.index).is_some_and(|step| step.kind == StepKind::Work))
            .collect();
        let done = work.iter().filter(|s| s.done).count();
        let figures = shared.i18n.tr_args(
            "summary-figures",
            &[
                ("time", format_clock(outcome.active.as_secs() as u32).into()),
                ("done", done.into()),
                ("total", plan.steps.iter().filter(|s| s.kind == StepKind::Work).count().into()),
            ],
        );

        let mut steps = Column::new().spacing(4);
        for step_outcome in &work {
            let Some(step) = plan.steps.get(step_outcome.index) else { continue };
            let name = plan.exercise_of(step).map(|e| e.name.get(lang)).unwrap_or_default();
            let mut label = name.to_owned();
            if plan.exercise_of(step).is_some_and(|e| e.sets > 1) {
                label = format!(
                    "{label} · {}",
                    shared.i18n.tr_args("set-short", &[("set", step.set.into())])
                );
            }
            if let Some(side) = step.side {
                label = format!("{label} · {}", shared.tr(side.label_key()));
            }
            let state = if step_outcome.done {
                shared.i18n.tr_args(
                    "step-done",
                    &[("time", format_clock(step_outcome.spent.as_secs() as u32).into())],
                )
            } else {
                shared.tr("step-skipped")
            };
            steps = steps.push(
                row![
                    text(label).size(sizes.body()).width(Length::Fill),
                    text(state).size(sizes.body())
                ]
                .spacing(GAP_M),
            );
        }

        if let Some(suggestion) = self.suggestion {
            return widget::page(
                column![
                    text(headline).size(sizes.title()).font(theme::STRONG),
                    text(figures).size(sizes.heading() * 0.8),
                    suggestion_card(shared, suggestion, plan.level),
                ]
                .spacing(GAP_L),
            );
        }
        let content = column![
            text(headline).size(sizes.title()).font(theme::STRONG),
            text(figures).size(sizes.heading() * 0.8),
            container(
                column![
                    text(shared.tr("pain-after-question")).size(sizes.body()),
                    widget::scale_picker(
                        self.pain_after,
                        Message::Pain,
                        widget::PAIN_SCALE,
                        shared
                    ),
                    text(shared.tr("effort-question")).size(sizes.body()),
                    widget::scale_picker(
                        self.effort,
                        Message::Effort,
                        widget::EFFORT_SCALE,
                        shared
                    ),
                    text(shared.tr("note-label")).size(sizes.body()),
                    text_input(&shared.tr("note-placeholder"), &self.note)
                        .on_input(Message::Note)
                        .on_submit(Message::Save)
                        .size(sizes.body())
                        .padding(10),
                    row![
                        button(
                            text(shared.tr("summary-save")).size(sizes.body()).font(theme::STRONG)
                        )
                        .padding([12, 28])
                        .style(theme::primary_button)
                        .on_press(Message::Save)
                    ]
                    .align_y(Alignment::Center),
                ]
                .spacing(GAP_S)
            )
            .padding(GAP_M)
            .style(theme::card),
            text(shared.tr("summary-steps")).size(sizes.heading() * 0.8).font(theme::STRONG),
            container(steps).padding(GAP_M).width(Length::Fill).style(theme::card),
        ]
        .spacing(GAP_L);
        widget::page(content)
    }
}

/// "Your last sessions went well: ready for level 3?", with the choice.
fn suggestion_card<'a>(
    shared: &'a Shared,
    suggestion: Suggestion,
    from: u32,
) -> Element<'a, Message> {
    let sizes = shared.sizes();
    let key = match suggestion {
        Suggestion::Up { .. } => "level-suggest-up",
        Suggestion::Down { .. } => "level-suggest-down",
    };
    let level = suggestion.level();
    container(
        column![
            text(shared.i18n.tr_args(key, &[("level", level.into()), ("from", from.into())]))
                .size(sizes.body() * 1.1),
            row![
                button(
                    text(shared.i18n.tr_args("level-accept", &[("level", level.into())]))
                        .size(sizes.body())
                        .font(theme::STRONG)
                )
                .padding([12, 24])
                .style(theme::primary_button)
                .on_press(Message::AcceptSuggestion),
                button(text(shared.tr("level-decline")).size(sizes.body()))
                    .padding([12, 24])
                    .style(theme::secondary_button)
                    .on_press(Message::DeclineSuggestion),
            ]
            .spacing(GAP_M),
        ]
        .spacing(GAP_M),
    )
    .padding(GAP_M)
    .width(Length::Fill)
    .style(theme::card)
    .into()
}
