//! Pain before and after, and effort, over the last sessions: a small line chart on a 0-10
//! scale, so a runner (and their physio) sees the trend at a glance.

use crate::gui::screen::Shared;
use crate::gui::theme::{self, GAP_M, GAP_S};
use chrono::NaiveDate;
use iced::widget::canvas::{self, Frame, Geometry, Path, Stroke};
use iced::widget::{Row, column, container, text};
use iced::{Color, Element, Length, Rectangle, Renderer, Size, Theme, mouse};

/// One session on the chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Point {
    pub date: NaiveDate,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub effort: Option<u8>,
}

struct Chart<'a> {
    points: &'a [Point],
}

const HEIGHT: f32 = 180.0;
const LEFT: f32 = 28.0;
const BOTTOM: f32 = 22.0;

impl<M> canvas::Program<M> for Chart<'_> {
    type State = ();

    fn draw(
        &self,
        _state: &(),
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        _cursor: mouse::Cursor,
    ) -> Vec<Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let plot = Size::new(bounds.width - LEFT - 8.0, bounds.height - BOTTOM - 8.0);
        let n = self.points.len().max(2) - 1;
        let x = |i: usize| LEFT + plot.width * i as f32 / n as f32;
        let y = |v: u8| 8.0 + plot.height * (1.0 - f32::from(v.min(10)) / 10.0);
        let grid = theme::chart_grid(theme);
        for level in [0u8, 5, 10] {
            frame.stroke(
                &Path::line(Point2::new(LEFT, y(level)), Point2::new(LEFT + plot.width, y(level))),
                Stroke::default().with_color(grid).with_width(1.0),
            );
            frame.fill_text(canvas::Text {
                content: level.to_string(),
                position: Point2::new(LEFT - 8.0, y(level)),
                color: theme::muted(theme),
                size: 12.0.into(),
                align_x: iced::alignment::Horizontal::Right.into(),
                align_y: iced::alignment::Vertical::Center,
                ..canvas::Text::default()
            });
        }
        if let (Some(first), Some(last)) = (self.points.first(), self.points.last()) {
            for (index, date) in [(0, first.date), (self.points.len() - 1, last.date)] {
                frame.fill_text(canvas::Text {
                    content: date.format("%d-%m").to_string(),
                    position: Point2::new(x(index), bounds.height - 4.0),
                    color: theme::muted(theme),
                    size: 12.0.into(),
                    align_x: if index == 0 {
                        iced::alignment::Horizontal::Left.into()
                    } else {
                        iced::alignment::Horizontal::Right.into()
                    },
                    align_y: iced::alignment::Vertical::Bottom,
                    ..canvas::Text::default()
                });
            }
        }
        let series = |frame: &mut Frame, value: fn(&Point) -> Option<u8>, color: Color| {
            let mut previous: Option<Point2> = None;
            for (index, point) in self.points.iter().enumerate() {
                let Some(v) = value(point) else {
                    previous = None;
                    continue;
                };
                let here = Point2::new(x(index), y(v));
                if let Some(from) = previous {
                    frame.stroke(
                        &Path::line(from, here),
                        Stroke::default().with_color(color).with_width(3.0),
                    );
                }
                frame.fill(&Path::circle(here, 4.0), color);
                previous = Some(here);
            }
        };
        series(&mut frame, |p| p.effort, theme::chart_effort(theme));
        series(&mut frame, |p| p.pain_before, theme::chart_pain_before(theme));
        series(&mut frame, |p| p.pain_after, theme::chart_pain_after(theme));
        vec![frame.into_geometry()]
    }
}

type Point2 = iced::Point;

/// The chart with its legend.
pub fn view<'a, M: 'a>(points: &'a [Point], shared: &Shared) -> Element<'a, M> {
    let sizes = shared.sizes();
    let key = |label: String, color: fn(&Theme) -> Color| {
        Row::new()
            .spacing(6)
            .align_y(iced::Alignment::Center)
            .push(
                container(text(""))
                    .width(14)
                    .height(4)
                    .style(move |t: &Theme| theme::swatch(color(t))),
            )
            .push(text(label).size(sizes.small()))
    };
    let legend = Row::new()
        .spacing(GAP_M)
        .push(key(shared.tr("chart-pain-before"), theme::chart_pain_before))
        .push(key(shared.tr("chart-pain-after"), theme::chart_pain_after))
        .push(key(shared.tr("chart-effort"), theme::chart_effort));
    column![legend, canvas::Canvas::new(Chart { points }).width(Length::Fill).height(HEIGHT),]
        .spacing(GAP_S)
        .into()
}
