//! Pieces several screens share.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_M, GAP_S};
use crate::program::PlannedExercise;
use chrono::NaiveDate;
use iced::widget::{column, container, progress_bar, row, text};
use iced::{Alignment, Element, Length, Theme};

pub mod calendar;
pub mod chart;
pub mod fit;

pub use fit::{Fit, LINE};

/// Secondary text.
pub fn muted_text(theme: &Theme) -> text::Style {
    text::Style { color: Some(theme::muted(theme)) }
}

/// "today", "yesterday", "3 days ago", or a date.
pub fn relative_day(shared: &Shared, date: NaiveDate) -> String {
    let days = (shared.today - date).num_days();
    match days {
        0 => shared.tr("day-today"),
        1 => shared.tr("day-yesterday"),
        2..=13 => shared.i18n.tr_args("days-ago", &[("count", days.into())]),
        _ => date.format("%Y-%m-%d").to_string(),
    }
}

/// The streak and this week's progress, shown on top of the library.
pub fn progress_strip<'a, M: 'a>(shared: &'a Shared) -> Element<'a, M> {
    let sizes = shared.sizes();
    let stats = &shared.stats;
    let figure = |value: String, label: String| {
        column![
            text(value).size(sizes.heading()).font(theme::STRONG),
            text(label).size(sizes.small()).style(muted_text),
        ]
        .spacing(2)
    };
    container(
        row![
            figure(stats.day_streak.current.to_string(), shared.tr("day-streak")),
            figure(stats.week_streak.current.to_string(), shared.tr("week-streak")),
            week_bar(shared),
        ]
        .spacing(GAP_M * 2.0)
        .align_y(Alignment::Center),
    )
    .padding(GAP_M)
    .width(Length::Fill)
    .style(theme::card)
    .into()
}

/// "This week: 2 of 3 sessions" with a bar.
pub fn week_bar<'a, M: 'a>(shared: &Shared) -> Element<'a, M> {
    let stats = &shared.stats;
    let target = stats.weekly_target.max(1);
    column![
        text(shared.i18n.tr_args(
            "week-progress",
            &[("done", stats.this_week.into()), ("target", target.into())]
        ))
        .size(shared.sizes().body())
        .font(theme::STRONG),
        progress_bar(0.0..=target as f32, stats.this_week.min(target) as f32)
            .girth(10)
            .style(|t: &Theme| theme::bar(t.palette().success)(t)),
    ]
    .spacing(GAP_S)
    .width(Length::Fill)
    .into()
}

/// The dosage as a physio writes it: "3 × 30 s · each side", "10 reps (4 s each)".
pub fn dosage(shared: &Shared, exercise: &PlannedExercise) -> String {
    crate::dose::of_planned(&shared.i18n, exercise)
}

/// "30 s", "1 min 30 s", "2 min".
pub fn seconds_text(shared: &Shared, seconds: u32) -> String {
    crate::dose::seconds_text(&shared.i18n, seconds)
}

/// The words at the ends of the pain scale.
pub const PAIN_SCALE: (&str, &str) = ("scale-low", "scale-high");
/// The words at the ends of the effort scale.
pub const EFFORT_SCALE: (&str, &str) = ("effort-low", "effort-high");

/// A 0-10 scale (pain, effort) as a row of buttons, with "skip" for no answer.
pub fn scale_picker<'a, M: Clone + 'a>(
    selected: Option<u8>,
    on_pick: impl Fn(Option<u8>) -> M + 'a,
    (low, high): (&str, &str),
    shared: &'a Shared,
) -> Element<'a, M> {
    let sizes = shared.sizes();
    let mut buttons = iced::widget::Row::new().spacing(6).align_y(Alignment::Center);
    for value in 0..=10u8 {
        let active = selected == Some(value);
        buttons = buttons.push(
            iced::widget::button(text(value.to_string()).size(sizes.body()).center())
                .width(44)
                .padding([8, 0])
                .style(theme::tab_button(active))
                .on_press(on_pick(Some(value))),
        );
    }
    buttons = buttons.push(
        iced::widget::button(text(shared.tr("scale-skip")).size(sizes.small()))
            .padding([8, 12])
            .style(theme::tab_button(selected.is_none()))
            .on_press(on_pick(None)),
    );
    column![
        buttons,
        row![
            text(shared.tr(low)).size(sizes.small()).style(muted_text),
            iced::widget::space::horizontal(),
            text(shared.tr(high)).size(sizes.small()).style(muted_text),
        ]
        .width(11.0 * 50.0),
    ]
    .spacing(4)
    .into()
}

/// The scrolling body of every screen, so the keyboard can scroll it.
pub const PAGE: iced::widget::Id = iced::widget::Id::new("page");

/// A screen's scrolling body: a column of at most [`theme::PAGE_WIDTH`], centred in the
/// window, with the scrollbar at the window's edge.
pub fn page<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    iced::widget::scrollable(
        container(container(content).padding(theme::GAP_L).max_width(theme::PAGE_WIDTH))
            .center_x(Length::Fill),
    )
    .id(PAGE)
    .height(Length::Fill)
    .into()
}
