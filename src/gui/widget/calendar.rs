//! A calendar heatmap of months: a square per day, coloured by the sessions done that day;
//! paused days and today marked.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_L, GAP_S};
use crate::gui::widget::muted_text;
use crate::history::{Pause, SessionRecord, Status};
use chrono::{Datelike, Days as ChronoDays, Months, NaiveDate};
use iced::widget::{Column, Row, column, container, text};
use iced::{Element, Length};
use std::collections::{BTreeMap, BTreeSet};

/// What happened on each day.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Days {
    today: NaiveDate,
    /// Local date → (completed, other) sessions.
    sessions: BTreeMap<NaiveDate, (u32, u32)>,
    paused: BTreeSet<NaiveDate>,
}

/// How a day looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    None,
    /// Only partial or abandoned sessions.
    Tried,
    /// Completed sessions: 1, 2, 3 or more.
    Done(u32),
    Paused,
}

impl Days {
    /// Sorts sessions (by the date in their own offset) and pauses into days.
    pub fn new(sessions: &[SessionRecord], pauses: &[Pause], today: NaiveDate) -> Self {
        let mut days = BTreeMap::<NaiveDate, (u32, u32)>::new();
        for session in sessions {
            let entry = days.entry(session.started_at.date_naive()).or_default();
            if session.status == Status::Completed {
                entry.0 += 1;
            } else {
                entry.1 += 1;
            }
        }
        // Only the months on show need their paused days.
        let earliest = today.checked_sub_months(Months::new(12)).unwrap_or(today);
        let mut paused = BTreeSet::new();
        for pause in pauses {
            let mut day = pause.from.max(earliest);
            let last = pause.to.unwrap_or(today).min(today);
            while day <= last {
                paused.insert(day);
                let Some(next) = day.checked_add_days(ChronoDays::new(1)) else { break };
                day = next;
            }
        }
        Self { today, sessions: days, paused }
    }

    /// The mark of `day`.
    pub fn mark(&self, day: NaiveDate) -> Mark {
        match self.sessions.get(&day) {
            Some((completed, _)) if *completed > 0 => Mark::Done(*completed),
            Some(_) => Mark::Tried,
            None if self.paused.contains(&day) => Mark::Paused,
            None => Mark::None,
        }
    }
}

const CELL: f32 = 22.0;

/// The last `months` months, this month first (seen without scrolling, as the newest
/// session is first in a list), as many side by side as the width holds.
pub fn view<'a, M: 'a>(days: &Days, shared: &Shared, months: u32) -> Element<'a, M> {
    let first_of_this_month = days.today.with_day(1).unwrap_or(days.today);
    let shown = (0..months)
        .filter_map(|back| first_of_this_month.checked_sub_months(Months::new(back)))
        .map(|start| month(days, start, shared));
    let grid = Row::with_children(shown).spacing(GAP_L).wrap().vertical_spacing(GAP_L);
    let legend = Row::new()
        .spacing(GAP_S)
        .align_y(iced::Alignment::Center)
        .push(swatch(Mark::Done(1), false))
        .push(text(shared.tr("calendar-done")).size(shared.sizes().small()))
        .push(swatch(Mark::Tried, false))
        .push(text(shared.tr("calendar-tried")).size(shared.sizes().small()))
        .push(swatch(Mark::Paused, false))
        .push(text(shared.tr("calendar-paused")).size(shared.sizes().small()));
    column![grid, legend].spacing(GAP_L).into()
}

fn month<'a, M: 'a>(days: &Days, start: NaiveDate, shared: &Shared) -> Element<'a, M> {
    let title = shared.i18n.tr_args(
        "calendar-month",
        &[
            ("month", shared.tr(MONTH_KEYS[start.month0() as usize]).into()),
            ("year", start.year().into()),
        ],
    );
    let mut weeks = Column::new().spacing(3);
    let mut header = Row::new().spacing(3);
    for key in WEEKDAY_KEYS {
        header = header.push(text(shared.tr(key)).size(11).width(CELL).center().style(muted_text));
    }
    weeks = weeks.push(header);
    let lead = start.weekday().num_days_from_monday();
    let mut week = Row::new().spacing(3);
    for _ in 0..lead {
        week = week.push(container(text("")).width(CELL).height(CELL));
    }
    let mut day = start;
    let mut filled = lead;
    while day.month() == start.month() {
        let heat = if day > days.today { theme::Heat::Ahead } else { mark_level(days.mark(day)) };
        week = week.push(cell(day, heat, day == days.today));
        filled += 1;
        if filled.is_multiple_of(7) {
            weeks = weeks.push(std::mem::replace(&mut week, Row::new().spacing(3)));
        }
        let Some(next) = day.checked_add_days(ChronoDays::new(1)) else { break };
        day = next;
    }
    if !filled.is_multiple_of(7) {
        weeks = weeks.push(week);
    }
    column![text(title).size(shared.sizes().small()).font(theme::STRONG), weeks]
        .spacing(6)
        .width(Length::Shrink)
        .into()
}

fn cell<'a, M: 'a>(day: NaiveDate, heat: theme::Heat, today: bool) -> Element<'a, M> {
    container(text(day.day().to_string()).size(10).center().style(move |t: &iced::Theme| {
        iced::widget::text::Style { color: Some(theme::heat_text(t, heat)) }
    }))
    .width(CELL)
    .height(CELL)
    .center(CELL)
    .style(move |t: &iced::Theme| theme::heat_cell(t, heat, today))
    .into()
}

fn swatch<'a, M: 'a>(mark: Mark, today: bool) -> Element<'a, M> {
    container(text(""))
        .width(14)
        .height(14)
        .style(move |t: &iced::Theme| theme::heat_cell(t, mark_level(mark), today))
        .into()
}

fn mark_level(mark: Mark) -> theme::Heat {
    match mark {
        Mark::None => theme::Heat::Empty,
        Mark::Tried => theme::Heat::Tried,
        Mark::Done(1) => theme::Heat::Done(1),
        Mark::Done(2) => theme::Heat::Done(2),
        Mark::Done(_) => theme::Heat::Done(3),
        Mark::Paused => theme::Heat::Paused,
    }
}

const MONTH_KEYS: [&str; 12] = [
    "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
    "month-9", "month-10", "month-11", "month-12",
];
const WEEKDAY_KEYS: [&str; 7] =
    ["weekday-1", "weekday-2", "weekday-3", "weekday-4", "weekday-5", "weekday-6", "weekday-7"];
