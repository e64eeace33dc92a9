//! The history: the streaks and this week against the target, a calendar of the last months,
//! pain and effort over time, every session with its details, pauses (add and end one) and
//! CSV export.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_L, GAP_M, GAP_S};
use crate::gui::widget::{self, calendar, chart};
use crate::history::{Pause, PauseReason, SessionId, SessionRecord, Status, StepRecord};
use crate::program::{Side, format_clock};
use chrono::NaiveDate;
use iced::widget::{Column, Row, button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::PathBuf;

/// How many months the calendar shows.
const CALENDAR_MONTHS: u32 = 8;
/// How many more sessions the list shows at a time.
const SESSIONS_PER_PAGE: usize = 30;
/// How many sessions the pain chart shows.
const CHART_SESSIONS: usize = 30;

/// The history screen.
#[derive(Debug, Default)]
pub struct State {
    sessions: Vec<SessionRecord>,
    pauses: Vec<Pause>,
    calendar: calendar::Days,
    /// The last sessions with a pain or effort answer, oldest first.
    chart: Vec<chart::Point>,
    /// The session whose details are open, with its steps.
    selected: Option<(SessionId, Vec<StepRecord>)>,
    pause_form: PauseForm,
    /// The last export or a problem, shown until the next action.
    outcome: Option<Result<String, String>>,
    /// How many sessions the list shows: a long history is drawn a page at a time.
    shown: usize,
}

#[derive(Debug, Clone)]
struct PauseForm {
    from: String,
    to: String,
    reason: PauseReason,
}

impl Default for PauseForm {
    fn default() -> Self {
        Self { from: String::new(), to: String::new(), reason: PauseReason::Ill }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Select(SessionId),
    PauseFrom(String),
    PauseTo(String),
    PauseReason(PauseReason),
    AddPause,
    EndPause(i64),
    RemovePause(i64),
    Export,
    ExportTo(Option<PathBuf>),
    ShowMore,
}

/// What the app must do; it reports back with [`State::show_steps`], [`State::changed`],
/// [`State::reload`] or [`State::show_outcome`].
pub enum Action {
    None,
    Run(Task<Message>),
    /// Read the steps of this session.
    ReadSteps(SessionId),
    /// Add a pause of the streaks.
    AddPause {
        from: NaiveDate,
        to: Option<NaiveDate>,
        reason: PauseReason,
    },
    /// End an ongoing pause on this day.
    EndPause {
        id: i64,
        on: NaiveDate,
    },
    RemovePause(i64),
    /// Write the history as CSV to this file.
    ExportCsv(PathBuf),
}

impl State {
    /// The screen of these sessions (newest first) and pauses.
    pub fn new(sessions: Vec<SessionRecord>, pauses: Vec<Pause>, shared: &Shared) -> Self {
        let mut state = Self { shown: SESSIONS_PER_PAGE, ..Self::default() };
        state.pause_form.from = shared.today.to_string();
        state.reload(sessions, pauses, shared);
        state
    }

    /// The screen when the history cannot be read.
    pub fn unavailable(shared: &Shared) -> Self {
        let mut state = Self::new(Vec::new(), Vec::new(), shared);
        state.outcome = Some(Err(shared.tr("history-unavailable")));
        state
    }

    /// Shows the sessions and pauses as read again (after a change, or on a new day).
    pub fn reload(&mut self, sessions: Vec<SessionRecord>, pauses: Vec<Pause>, shared: &Shared) {
        self.calendar = calendar::Days::new(&sessions, &pauses, shared.today);
        self.chart = chart_points(&sessions);
        self.sessions = sessions;
        self.pauses = pauses;
    }

    /// Opens the details of session `id`, or says why they cannot be read.
    pub fn show_steps(&mut self, id: SessionId, steps: Result<Vec<StepRecord>, String>) {
        match steps {
            Ok(steps) => self.selected = Some((id, steps)),
            Err(error) => self.outcome = Some(Err(error)),
        }
    }

    /// A pause was added, ended or removed: the form starts afresh.
    pub fn changed(&mut self, shared: &Shared) {
        self.pause_form = PauseForm { from: shared.today.to_string(), ..PauseForm::default() };
        self.outcome = None;
    }

    /// Shows what became of the last action: done, or why not.
    pub fn show_outcome(&mut self, outcome: Result<String, String>) {
        self.outcome = Some(outcome);
    }

    pub fn update(&mut self, message: Message, shared: &Shared) -> Action {
        match message {
            Message::Select(id) => {
                if self.selected.as_ref().is_some_and(|(open, _)| *open == id) {
                    self.selected = None;
                    return Action::None;
                }
                Action::ReadSteps(id)
            }
            Message::PauseFrom(from) => {
                self.pause_form.from = from;
                Action::None
            }
            Message::PauseTo(to) => {
                self.pause_form.to = to;
                Action::None
            }
            Message::PauseReason(reason) => {
                self.pause_form.reason = reason;
                Action::None
            }
            Message::AddPause => match self.pause_form.parse(shared) {
                Ok((from, to)) => Action::AddPause { from, to, reason: self.pause_form.reason },
                Err(problem) => {
                    self.outcome = Some(Err(problem));
                    Action::None
                }
            },
            Message::EndPause(id) => Action::EndPause { id, on: shared.today },
            Message::RemovePause(id) => Action::RemovePause(id),
            Message::ShowMore => {
                self.shown += SESSIONS_PER_PAGE;
                Action::None
            }
            Message::Export => Action::Run(Task::perform(
                rfd::AsyncFileDialog::new()
                    .set_title(shared.tr("export-dialog-title"))
                    .set_file_name(format!("limber-history-{}.csv", shared.today))
                    .add_filter("CSV", &["csv"])
                    .save_file(),
                |picked| Message::ExportTo(picked.map(|handle| handle.path().to_owned())),
            )),
            Message::ExportTo(None) => Action::None,
            Message::ExportTo(Some(path)) => Action::ExportCsv(path),
        }
    }

    pub fn view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let header = row![
            text(shared.tr("history-title"))
                .size(sizes.title())
                .font(theme::STRONG)
                .width(Length::Fill),
            button(text(shared.tr("export-csv")).size(sizes.body()))
                .padding([10, 18])
                .style(theme::secondary_button)
                .on_press(Message::Export),
        ]
        .align_y(Alignment::Center);

        let mut content = Column::new().spacing(GAP_L).push(header);
        if let Some(outcome) = &self.outcome {
            let (line, style): (&str, fn(&iced::Theme) -> container::Style) = match outcome {
                Ok(line) => (line, theme::success_box),
                Err(line) => (line, theme::error_box),
            };
            content = content.push(
                container(text(line).size(sizes.body()))
                    .padding(GAP_M)
                    .width(Length::Fill)
                    .style(style),
            );
        }
        content = content
            .push(self.streaks(shared))
            .push(section(
                shared,
                "calendar-title",
                calendar::view(&self.calendar, shared, CALENDAR_MONTHS),
            ))
            .push(section(shared, "chart-title", self.chart(shared)))
            .push(section(shared, "sessions-title", self.list(shared)))
            .push(section(shared, "pauses-title", self.pauses_view(shared)));
        widget::page(content)
    }

    fn streaks<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let stats = &shared.stats;
        let figure = |value: u32, label: String, best: u32| {
            column![
                text(value.to_string()).size(sizes.title()).font(theme::STRONG),
                text(label).size(sizes.body()),
                text(shared.i18n.tr_args("streak-longest", &[("count", best.into())]))
                    .size(sizes.small())
                    .style(widget::muted_text),
            ]
            .spacing(2)
            .width(Length::FillPortion(1))
        };
        let minutes = stats.minutes();
        let totals = column![
            text(stats.sessions.to_string()).size(sizes.title()).font(theme::STRONG),
            text(shared.tr("sessions-label")).size(sizes.body()),
            text(shared.i18n.tr_args(
                "sessions-detail",
                &[("completed", stats.completed.into()), ("minutes", minutes.into())]
            ))
            .size(sizes.small())
            .style(widget::muted_text),
        ]
        .spacing(2)
        .width(Length::FillPortion(1));
        column![
            row![
                figure(stats.day_streak.current, shared.tr("day-streak"), stats.day_streak.longest),
                figure(
                    stats.week_streak.current,
                    shared.tr("week-streak"),
                    stats.week_streak.longest
                ),
                totals,
            ]
            .spacing(GAP_M),
            widget::week_bar(shared),
        ]
        .spacing(GAP_M)
        .into()
    }

    fn chart<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let points = &self.chart;
        if points.is_empty() {
            return text(shared.tr("chart-empty"))
                .size(shared.sizes().body())
                .style(widget::muted_text)
                .into();
        }
        chart::view(points, shared)
    }

    fn list<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        if self.sessions.is_empty() {
            return text(shared.tr("sessions-empty"))
                .size(sizes.body())
                .style(widget::muted_text)
                .into();
        }
        let mut list = Column::new().spacing(GAP_S);
        for session in self.sessions.iter().take(self.shown) {
            let open = self.selected.as_ref().filter(|(id, _)| *id == session.id);
            list = list.push(session_row(session, open.map(|(_, steps)| steps.as_slice()), shared));
        }
        let hidden = self.sessions.len().saturating_sub(self.shown);
        if hidden > 0 {
            list = list.push(
                button(
                    text(shared.i18n.tr_args("sessions-more", &[("count", hidden.into())]))
                        .size(sizes.body()),
                )
                .padding([8, 16])
                .style(theme::secondary_button)
                .on_press(Message::ShowMore),
            );
        }
        list.into()
    }

    fn pauses_view<'a>(&'a self, shared: &'a Shared) -> Element<'a, Message> {
        let sizes = shared.sizes();
        let mut list = Column::new()
            .spacing(GAP_S)
            .push(text(shared.tr("pauses-explain")).size(sizes.small()).style(widget::muted_text));
        for pause in &self.pauses {
            let period = match pause.to {
                Some(to) => shared.i18n.tr_args(
                    "pause-period",
                    &[("from", pause.from.to_string().into()), ("to", to.to_string().into())],
                ),
                None => {
                    shared.i18n.tr_args("pause-ongoing", &[("from", pause.from.to_string().into())])
                }
            };
            let mut line = Row::new()
                .spacing(GAP_M)
                .align_y(Alignment::Center)
                .push(
                    text(reason_label(shared, pause.reason))
                        .size(sizes.body())
                        .font(theme::STRONG)
                        .width(120),
                )
                .push(text(period).size(sizes.body()).width(Length::Fill));
            if pause.to.is_none() {
                line = line.push(
                    button(text(shared.tr("pause-end")).size(sizes.small()))
                        .style(theme::primary_button)
                        .on_press(Message::EndPause(pause.id)),
                );
            }
            line = line.push(
                button(text(shared.tr("pause-remove")).size(sizes.small()))
                    .style(theme::secondary_button)
                    .on_press(Message::RemovePause(pause.id)),
            );
            list = list.push(line);
        }
        let form = &self.pause_form;
        let reasons = [PauseReason::Ill, PauseReason::Injured, PauseReason::Holiday]
            .into_iter()
            .fold(Row::new().spacing(GAP_S), |reasons, reason| {
                reasons.push(
                    button(text(reason_label(shared, reason)).size(sizes.small()))
                        .padding([6, 12])
                        .style(theme::tab_button(form.reason == reason))
                        .on_press(Message::PauseReason(reason)),
                )
            });
        let add = row![
            reasons,
            text(shared.tr("pause-from")).size(sizes.small()),
            text_input(&shared.tr("date-placeholder"), &form.from)
                .on_input(Message::PauseFrom)
                .width(130)
                .size(sizes.small()),
            text(shared.tr("pause-to")).size(sizes.small()),
            text_input(&shared.tr("pause-to-open"), &form.to)
                .on_input(Message::PauseTo)
                .on_submit(Message::AddPause)
                .width(130)
                .size(sizes.small()),
            button(text(shared.tr("pause-add")).size(sizes.small()))
                .style(theme::primary_button)
                .on_press(Message::AddPause),
        ]
        .spacing(GAP_S)
        .align_y(Alignment::Center);
        list.push(add).into()
    }
}

impl PauseForm {
    /// The dates typed, or what is wrong with them.
    fn parse(&self, shared: &Shared) -> Result<(NaiveDate, Option<NaiveDate>), String> {
        let date = |input: &str| {
            NaiveDate::parse_from_str(input.trim(), "%Y-%m-%d").map_err(|_| {
                shared.i18n.tr_args("pause-bad-date", &[("input", input.trim().to_owned().into())])
            })
        };
        let from = date(&self.from)?;
        let to = if self.to.trim().is_empty() { None } else { Some(date(&self.to)?) };
        if to.is_some_and(|to| to < from) {
            return Err(shared.tr("pause-to-before-from"));
        }
        Ok((from, to))
    }
}

fn section<'a>(shared: &'a Shared, key: &str, body: Element<'a, Message>) -> Element<'a, Message> {
    container(
        column![
            text(shared.tr(key)).size(shared.sizes().heading() * 0.8).font(theme::STRONG),
            body
        ]
        .spacing(GAP_M),
    )
    .padding(GAP_M)
    .width(Length::Fill)
    .style(theme::card)
    .into()
}

fn reason_label(shared: &Shared, reason: PauseReason) -> String {
    shared.tr(match reason {
        PauseReason::Ill => "reason-ill",
        PauseReason::Injured => "reason-injured",
        PauseReason::Holiday => "reason-holiday",
    })
}

fn status_label(shared: &Shared, status: Status) -> String {
    shared.tr(match status {
        Status::Completed => "status-completed",
        Status::Partial => "status-partial",
        Status::Abandoned => "status-abandoned",
    })
}

fn session_row<'a>(
    session: &'a SessionRecord,
    steps: Option<&'a [StepRecord]>,
    shared: &'a Shared,
) -> Element<'a, Message> {
    let sizes = shared.sizes();
    let when = session.started_at.format("%Y-%m-%d %H:%M").to_string();
    // The program's title in today's language when it is still installed; else as recorded.
    let title = match shared.library.find(&session.program_id) {
        Some(entry) => entry.program.title.get(shared.lang()),
        None => session.title.as_str(),
    };
    let pain = match (session.pain_before, session.pain_after) {
        (None, None) => String::new(),
        (before, after) => shared.i18n.tr_args(
            "pain-change",
            &[
                ("before", before.map_or("–".into(), |p| p.to_string()).into()),
                ("after", after.map_or("–".into(), |p| p.to_string()).into()),
            ],
        ),
    };
    let effort = session
        .effort
        .map(|e| shared.i18n.tr_args("effort-value", &[("effort", e.into())]))
        .unwrap_or_default();
    let tint = session.status;
    let title = if session.level > 1 {
        let level = shared.i18n.tr_args("level-n", &[("level", session.level.into())]);
        format!("{title} · {level}")
    } else {
        title.to_owned()
    };
    let summary = row![
        text(when).size(sizes.small()).width(150),
        text(title).size(sizes.body()).font(theme::STRONG).width(Length::Fill),
        container(text(status_label(shared, session.status)).size(sizes.small()))
            .padding([2, 10])
            .style(move |t: &iced::Theme| theme::badge(theme::status_color(t, tint))(t)),
        text(format_clock(session.active_seconds)).size(sizes.small()).width(50),
        text(pain).size(sizes.small()).width(100),
        text(effort).size(sizes.small()).width(110),
    ]
    .spacing(GAP_S)
    .align_y(Alignment::Center);
    let mut body = Column::new().spacing(GAP_S).push(summary);
    if let Some(steps) = steps {
        let work: Vec<_> = steps.iter().filter(|s| s.kind == "work").collect();
        let done = work.iter().filter(|s| s.done).count();
        body = body.push(
            text(shared.i18n.tr_args(
                "session-detail",
                &[
                    ("done", done.into()),
                    ("total", work.len().into()),
                    ("planned", format_clock(session.planned_seconds).into()),
                    ("version", session.program_version.into()),
                ],
            ))
            .size(sizes.small())
            .style(widget::muted_text),
        );
        for step in work {
            let exercise = step.exercise.as_deref().unwrap_or_default();
            let name = shared
                .library
                .find(&session.program_id)
                .and_then(|entry| entry.program.exercises().find(|e| e.id == exercise))
                .map_or(exercise, |e| e.name.get(shared.lang()));
            let mut label = name.to_owned();
            if step.set > 0 {
                label = format!(
                    "{label} · {}",
                    shared.i18n.tr_args("set-short", &[("set", step.set.into())])
                );
            }
            if let Some(side) = step.side.as_deref().and_then(Side::parse) {
                label = format!("{label} · {}", shared.tr(side.label_key()));
            }
            let state = if step.done {
                shared.i18n.tr_args("step-done", &[("time", format_clock(step.seconds).into())])
            } else {
                shared.tr("step-skipped")
            };
            body = body.push(row![
                text(label).size(sizes.small()).width(Length::Fill),
                text(state).size(sizes.small())
            ]);
        }
        if let Some(note) = &session.note {
            body = body.push(text(format!("“{note}”")).size(sizes.small()));
        }
    }
    button(body)
        .width(Length::Fill)
        .padding([10, 14])
        .style(theme::row_button)
        .on_press(Message::Select(session.id))
        .into()
}

/// The last sessions with a pain or effort answer, oldest first.
fn chart_points(sessions: &[SessionRecord]) -> Vec<chart::Point> {
    let mut chart: Vec<_> = sessions
        .iter()
        .filter(|s| s.pain_before.is_some() || s.pain_after.is_some() || s.effort.is_some())
        .take(CHART_SESSIONS)
        .map(|s| chart::Point {
            date: s.started_at.date_naive(),
            pain_before: s.pain_before,
            pain_after: s.pain_after,
            effort: s.effort,
        })
        .collect();
    chart.reverse();
    chart
}
