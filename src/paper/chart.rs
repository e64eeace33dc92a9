//! The report's chart: pain before and after each session (joined, so the change shows) and
//! the effort, on 0–10, over the report's days.

use super::layout::{CONTENT_WIDTH, Op, Piece, colour, style};
use super::report::{Dates, EFFORT, PAIN_AFTER, PAIN_BEFORE};
use super::text::Fonts;
use crate::history::SessionRecord;
use crate::i18n::I18n;
use chrono::{Datelike, NaiveDate, Timelike};

const HEIGHT: f32 = 84.0;
const LEFT: f32 = 22.0;
const TOP: f32 = 18.0;

/// The chart of `sessions` (oldest first) from `from` to `to`.
pub fn pain_and_effort(
    fonts: &Fonts,
    i18n: &I18n,
    sessions: &[SessionRecord],
    from: NaiveDate,
    to: NaiveDate,
    dates: &Dates,
) -> Piece {
    let mut piece = Piece::default();
    let plot_w = CONTENT_WIDTH - LEFT - 4.0;
    let plot_h = HEIGHT - TOP - 16.0;
    let days = (to - from).num_days().max(0) as f32 + 1.0;
    // A session's place: its day, and the time of day within it.
    let x_of = |session: &SessionRecord| {
        let at = session.started_at;
        let day = (at.date_naive() - from).num_days() as f32;
        let within = at.time().num_seconds_from_midnight() as f32 / 86_400.0;
        LEFT + plot_w * (day + within) / days
    };
    let y_of = |score: u8| TOP + plot_h * (1.0 - f32::from(score.min(10)) / 10.0);

    legend(&mut piece, fonts, i18n);
    for score in (0..=10).step_by(2) {
        let y = y_of(score);
        let line = if score == 0 { colour::MUTED } else { colour::RULE };
        piece.rule(LEFT, y, plot_w, line, if score == 0 { 0.7 } else { 0.4 });
        if score % 5 == 0 {
            let label = score.to_string();
            let w = fonts.width(style::SMALL.face, style::SMALL.size, &label);
            piece.text(LEFT - 5.0 - w, y + 3.0, style::SMALL, label);
        }
    }
    // Ticks on Mondays when there are few weeks, else on the 1st and 15th of each month.
    let mut day = from;
    let weekly = days <= 50.0;
    while day <= to {
        let tick = if weekly {
            day.weekday() == chrono::Weekday::Mon
        } else {
            day.day() == 1 || day.day() == 15
        };
        if tick {
            let x = LEFT + plot_w * (day - from).num_days() as f32 / days;
            piece.push(Op::Line {
                points: vec![(x, y_of(0)), (x, y_of(0) + 3.0)],
                colour: colour::MUTED,
                width: 0.6,
                dashed: false,
            });
            piece.text(x - 8.0, y_of(0) + 12.0, style::SMALL, dates.short(day));
        }
        let Some(next) = day.succ_opt() else { break };
        day = next;
    }

    let effort: Vec<(f32, f32)> =
        sessions.iter().filter_map(|s| s.effort.map(|e| (x_of(s), y_of(e)))).collect();
    if effort.len() > 1 {
        piece.push(Op::Line { points: effort.clone(), colour: EFFORT, width: 1.0, dashed: false });
    }
    for (x, y) in effort {
        piece.rect(x - 1.6, y - 1.6, 3.2, 3.2, Some(EFFORT));
    }
    for session in sessions {
        let x = x_of(session);
        if let (Some(before), Some(after)) = (session.pain_before, session.pain_after) {
            piece.push(Op::Line {
                points: vec![(x, y_of(before)), (x, y_of(after))],
                colour: colour::MUTED,
                width: 0.8,
                dashed: false,
            });
        }
        if let Some(before) = session.pain_before {
            piece.push(Op::Circle {
                cx: x,
                cy: y_of(before),
                r: 2.5,
                fill: Some(colour::WHITE),
                stroke: Some((PAIN_BEFORE, 1.1)),
            });
        }
        if let Some(after) = session.pain_after {
            piece.push(Op::Circle {
                cx: x,
                cy: y_of(after),
                r: 2.5,
                fill: Some(PAIN_AFTER),
                stroke: None,
            });
        }
    }
    piece.height = HEIGHT;
    piece
}

/// The key above the chart, from the right edge.
fn legend(piece: &mut Piece, fonts: &Fonts, i18n: &I18n) {
    let items = [
        (i18n.tr("paper-chart-pain-before"), 0),
        (i18n.tr("paper-chart-pain-after"), 1),
        (i18n.tr("paper-chart-effort"), 2),
    ];
    let mut x = LEFT;
    let y = 6.0;
    let caption = i18n.tr("paper-chart-scale");
    piece.text(x, y + 3.0, style::SMALL, caption.clone());
    x = CONTENT_WIDTH;
    for (label, kind) in items.iter().rev() {
        let w = fonts.width(style::SMALL.face, style::SMALL.size, label);
        x -= w;
        piece.text(x, y + 3.0, style::SMALL.colour(colour::INK), label.clone());
        x -= 9.0;
        match kind {
            0 => piece.push(Op::Circle {
                cx: x + 3.0,
                cy: y,
                r: 2.5,
                fill: Some(colour::WHITE),
                stroke: Some((PAIN_BEFORE, 1.1)),
            }),
            1 => piece.push(Op::Circle {
                cx: x + 3.0,
                cy: y,
                r: 2.5,
                fill: Some(PAIN_AFTER),
                stroke: None,
            }),
            _ => piece.rect(x + 1.4, y - 1.6, 3.2, 3.2, Some(EFFORT)),
        }
        x -= 14.0;
    }
}
