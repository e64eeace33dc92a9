//! The progress report a patient brings to the physio: each week's sessions against the
//! target, pain before and after and effort over time, how often each exercise was done and
//! skipped, the levels over time, pauses with their reasons, notes and the program versions
//! used.
//!
//! Every figure comes from the history's own code: the weeks and averages from
//! [`streaks::stats`] over [`Store::stats_input_in`] (what `limber stats --json` prints for the
//! same range), the sessions from [`Store::sessions_checked`] (what `limber history --json`
//! prints), the exercises from the recorded steps.

use super::chart;
use super::handout::fact_band;
use super::layout::{
    CONTENT_WIDTH, Flow, Page, Piece, Rgb, Style, colour, footers, paragraph, style,
};
use super::pdf::{self, Meta};
use super::text::{Face, Fonts};
use super::{Error, Pdf};
use crate::history::{Pause, Range, SessionRecord, Store};
use crate::i18n::I18n;
use crate::library::Library;
use crate::streaks::{self, Period, Stats};
use chrono::{DateTime, Datelike, FixedOffset, Months, NaiveDate, TimeDelta};
use std::collections::HashMap;

/// The report's days: from and to (inclusive) and the program, if one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub program: Option<String>,
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl Span {
    /// `to` defaults to `today`, `from` to a month before `to` (the day after the same date of
    /// the month before: 26 Oct–25 Nov).
    pub fn new(
        program: Option<String>,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        today: NaiveDate,
    ) -> Result<Self, Error> {
        let to = to.unwrap_or(today);
        let from = from.unwrap_or_else(|| {
            to.checked_sub_months(Months::new(1)).and_then(|d| d.succ_opt()).unwrap_or(to)
        });
        if from > to {
            return Err(Error::BackwardsSpan { from, to });
        }
        Ok(Self { program, from, to })
    }

    /// The same days as a history range.
    pub fn range(&self) -> Range {
        Range { program: self.program.clone(), from: Some(self.from), to: Some(self.to) }
    }
}

/// One ISO week of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Week {
    pub monday: NaiveDate,
    /// The week's figures from the stats; `None` when it had no session.
    pub period: Option<Period>,
    /// Why the week was (partly) paused, if it was.
    pub paused: Option<crate::history::PauseReason>,
}

impl Week {
    /// Completed sessions (0 for a week without sessions).
    pub fn completed(&self) -> u32 {
        self.period.as_ref().map_or(0, |p| p.completed)
    }
}

/// How often one exercise was done and skipped, in sets (a set on each side counts once).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseCount {
    pub program_id: String,
    pub exercise_id: String,
    /// Its name in the program as installed now, else its id.
    pub name: String,
    /// Sessions in which it came up.
    pub sessions: u32,
    pub done: u32,
    pub skipped: u32,
}

/// Sessions done with one version of one program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionUse {
    pub program_id: String,
    pub title: String,
    pub version: u32,
    pub sessions: u32,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// A run of sessions of one program at one level, in the order they were done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelSpell {
    pub program_id: String,
    pub title: String,
    pub level: u32,
    /// How many levels the program has now (as installed), at least `level`.
    pub levels: u32,
    pub sessions: u32,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// The report, ready to lay out.
#[derive(Debug, Clone)]
pub struct Report {
    pub span: Span,
    pub lang: String,
    /// The program's title when the report is about one program.
    pub program_title: Option<String>,
    /// The stats of the sessions in the span, as of its last day.
    pub stats: Stats,
    /// Every ISO week that touches the span, oldest first.
    pub weeks: Vec<Week>,
    /// The sessions in the span, oldest first.
    pub sessions: Vec<SessionRecord>,
    pub exercises: Vec<ExerciseCount>,
    /// The pauses that overlap the span, oldest first.
    pub pauses: Vec<Pause>,
    pub versions: Vec<VersionUse>,
    /// The levels over time, of the programs that have levels (or were done above level 1).
    pub levels: Vec<LevelSpell>,
    /// When it was made (the clock's wall time).
    pub created: DateTime<FixedOffset>,
}

impl Report {
    /// Reads what the report shows from `store`; exercise names and the order of the
    /// exercises come from `library`; `weekly_target` is the user's setting (the sessions'
    /// recorded target comes first, as in the stats).
    pub fn build(
        store: &Store,
        library: &Library,
        span: Span,
        weekly_target: u32,
        lang: &str,
        created: DateTime<FixedOffset>,
    ) -> Result<Self, Error> {
        let range = span.range();
        let input = store.stats_input_in(span.to, &range)?;
        let stats = input.stats(span.to, None, weekly_target);
        let mut sessions: Vec<SessionRecord> =
            store.sessions_checked()?.items.into_iter().filter(|s| range.holds(s)).collect();
        sessions.reverse();
        let pauses = overlapping_pauses(store.pauses()?, span.from, span.to);
        let weeks = weeks(&stats, &pauses, span.from, span.to);
        let exercises = exercise_counts(store, library, &sessions, lang)?;
        let versions = versions(&sessions);
        let levels = level_spells(&sessions, library);
        let program_title = span.program.as_deref().map(|id| {
            library
                .find(id)
                .map(|entry| entry.program.title.get(lang).to_owned())
                .or_else(|| sessions.last().map(|s| s.title.clone()))
                .unwrap_or_else(|| id.to_owned())
        });
        Ok(Self {
            span,
            lang: lang.to_owned(),
            program_title,
            stats,
            weeks,
            sessions,
            exercises,
            pauses,
            versions,
            levels,
            created,
        })
    }

    /// The notes written after sessions, with their dates, oldest first.
    pub fn notes(&self) -> impl Iterator<Item = (NaiveDate, &str)> {
        self.sessions.iter().filter_map(|s| {
            let note = s.note.as_deref().map(str::trim).filter(|n| !n.is_empty())?;
            Some((s.started_at.date_naive(), note))
        })
    }

    /// The pages, laid out.
    pub fn pages(&self, fonts: &Fonts, i18n: &I18n) -> Vec<Page> {
        let dates = Dates::new(i18n);
        let mut flow = Flow::new();
        flow.add(self.heading(fonts, i18n, &dates), 12.0);
        flow.add(self.summary(fonts, i18n), 12.0);
        let weeks = self.weeks_table(fonts, i18n, &dates);
        flow.add_with_next(section(fonts, &i18n.tr("paper-report-weeks")), 4.0, weeks, 11.0);
        if self.sessions.iter().any(|s| s.pain_before.or(s.pain_after).or(s.effort).is_some()) {
            let chart = chart::pain_and_effort(
                fonts,
                i18n,
                &self.sessions,
                self.span.from,
                self.span.to,
                &dates,
            );
            flow.add_with_next(section(fonts, &i18n.tr("paper-report-chart")), 4.0, chart, 10.0);
        }
        if !self.exercises.is_empty() {
            let (head, rows) = self.exercise_rows(fonts, i18n);
            let mut rows = rows.into_iter();
            if let Some(first) = rows.next() {
                let mut top = head.clone();
                let h = top.height;
                top.place(first, 0.0, h);
                flow.add_with_next(
                    section(fonts, &i18n.tr("paper-report-exercises")),
                    4.0,
                    top,
                    0.0,
                );
            }
            for row in rows {
                // A table that runs on to the next page starts there with its head again.
                if row.height > flow.room() {
                    flow.new_page();
                    flow.add(head.clone(), 0.0);
                }
                flow.add(row, 0.0);
            }
            flow.skip(9.0);
        }
        let lists = self.lists(fonts, i18n, &dates);
        for piece in lists {
            flow.add(piece, 3.0);
        }
        let mut pages = flow.pages;
        let left = i18n.tr_args(
            "paper-report-footer",
            &[("from", dates.long(self.span.from).into()), ("to", dates.long(self.span.to).into())],
        );
        footers(&mut pages, fonts, &left, |page, total| {
            i18n.tr_args("paper-page", &[("page", page.into()), ("pages", total.into())])
        });
        pages
    }

    /// The PDF.
    pub fn pdf(&self, i18n: &I18n) -> Result<Pdf, Error> {
        let fonts = Fonts::new()?;
        let pages = self.pages(&fonts, i18n);
        let meta = Meta {
            title: i18n.tr("paper-report-kind"),
            language: self.lang.clone(),
            author: None,
            created: self.created,
        };
        let bytes = pdf::write(&pages, &[], &fonts, &meta)?;
        Ok(Pdf { bytes, pages: pages.len() })
    }

    fn heading(&self, fonts: &Fonts, i18n: &I18n, dates: &Dates) -> Piece {
        let mut piece = Piece::default();
        let kind = i18n.tr("paper-report-kind").to_uppercase();
        piece.text(0.0, style::LABEL.ascent(), style::LABEL.colour(colour::ACCENT), kind);
        let title =
            self.program_title.clone().unwrap_or_else(|| i18n.tr("paper-report-all-programs"));
        let mut y = 14.0;
        y += paragraph(
            &mut piece,
            fonts,
            style::TITLE.with_size(20.0),
            0.0,
            y,
            CONTENT_WIDTH,
            &title,
        );
        let line = i18n.tr_args(
            "paper-report-period",
            &[
                ("from", dates.long(self.span.from).into()),
                ("to", dates.long(self.span.to).into()),
                ("made", dates.long(self.created.date_naive()).into()),
            ],
        );
        y += 1.0;
        y += paragraph(
            &mut piece,
            fonts,
            style::BODY.colour(colour::MUTED),
            0.0,
            y,
            CONTENT_WIDTH,
            &line,
        );
        piece.height = y;
        piece
    }

    fn summary(&self, fonts: &Fonts, i18n: &I18n) -> Piece {
        let s = &self.stats;
        let score = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |x| decimal(x, &self.lang));
        let met = self.weeks.iter().filter(|w| w.completed() >= s.weekly_target).count();
        let facts = [
            (i18n.tr("paper-report-sessions"), s.sessions.to_string()),
            (
                i18n.tr("paper-report-completed"),
                format!("{} ({:.0}%)", s.completed, s.completion_rate * 100.0),
            ),
            (i18n.tr("paper-report-minutes"), s.minutes().to_string()),
            (
                i18n.tr_args("paper-report-weeks-met", &[("target", s.weekly_target.into())]),
                i18n.tr_args(
                    "paper-of",
                    &[("count", met.into()), ("total", self.weeks.len().into())],
                ),
            ),
            (
                i18n.tr("paper-report-pain"),
                format!("{} → {}", score(s.pain_before), score(s.pain_after)),
            ),
            (i18n.tr("paper-report-effort"), score(s.effort)),
        ];
        fact_band(fonts, &facts)
    }

    fn weeks_table(&self, fonts: &Fonts, i18n: &I18n, dates: &Dates) -> Piece {
        let target = self.stats.weekly_target;
        let columns = [
            (i18n.tr("paper-report-week"), 0.0),
            (i18n.tr("paper-report-against-target"), 118.0),
            (i18n.tr("paper-report-started"), 262.0),
            (i18n.tr("paper-report-minutes"), 312.0),
            (i18n.tr("paper-report-pain"), 362.0),
            (i18n.tr("paper-report-effort"), 440.0),
        ];
        let mut piece = table_head(fonts, &columns);
        let row_h = 13.0;
        let mut y = piece.height;
        let cell = style::CELL;
        for week in &self.weeks {
            let sunday = week.monday + TimeDelta::days(6);
            let label = format!(
                "{} · {}",
                streaks::week_label(week.monday),
                dates.span(week.monday, sunday)
            );
            piece.text(4.0, y + 9.3, style::CELL_STRONG, label);
            // A bar of the target's slots, filled for each completed session.
            let done = week.completed();
            let slots = target.max(done).max(1);
            let slot_w = (90.0 / slots as f32).min(14.0);
            let met = done >= target;
            for i in 0..slots {
                let fill = if i < done {
                    Some(if met { colour::SUCCESS } else { colour::AMBER })
                } else {
                    None
                };
                piece.push(super::layout::Op::Rect {
                    x: 118.0 + i as f32 * slot_w,
                    y: y + 2.5,
                    w: slot_w - 2.0,
                    h: 8.0,
                    fill,
                    stroke: Some((if i < target { colour::MUTED } else { colour::RULE }, 0.5)),
                });
            }
            let count =
                i18n.tr_args("paper-of", &[("count", done.into()), ("total", target.into())]);
            piece.text(
                118.0 + slots as f32 * slot_w + 4.0,
                y + 9.3,
                cell.colour(if met { colour::SUCCESS } else { colour::INK }),
                count,
            );
            match &week.period {
                Some(p) => {
                    piece.text(262.0, y + 9.3, cell, p.sessions.to_string());
                    piece.text(312.0, y + 9.3, cell, p.minutes().to_string());
                    let pain = pair(p.pain_before, p.pain_after, &self.lang);
                    piece.text(362.0, y + 9.3, cell, pain);
                    piece.text(
                        440.0,
                        y + 9.3,
                        cell,
                        p.effort.map_or_else(|| "–".into(), |e| decimal(e, &self.lang)),
                    );
                }
                None => piece.text(262.0, y + 9.3, cell.colour(colour::MUTED), "0"),
            }
            if let Some(reason) = week.paused {
                let label = i18n.tr(&format!("paper-paused-{}", reason.as_str()));
                let w = fonts.width(style::SMALL.face, style::SMALL.size, &label);
                piece.text(
                    CONTENT_WIDTH - w - 4.0,
                    y + 9.3,
                    style::SMALL.colour(colour::BLUE),
                    label,
                );
            }
            piece.rule(0.0, y + row_h, CONTENT_WIDTH, colour::RULE, 0.4);
            y += row_h;
        }
        piece.height = y;
        piece
    }

    /// The exercises' table: its head, and one piece per row, so a long table runs on to the
    /// next page.
    fn exercise_rows(&self, fonts: &Fonts, i18n: &I18n) -> (Piece, Vec<Piece>) {
        let columns = [
            (i18n.tr("paper-report-exercise"), 0.0),
            (i18n.tr("paper-report-in-sessions"), 220.0),
            (i18n.tr("paper-report-sets-done"), 280.0),
            (i18n.tr("paper-report-sets-skipped"), 350.0),
            (String::new(), 420.0),
        ];
        let mut rows = Vec::new();
        let several_programs = self.span.program.is_none()
            && self.exercises.iter().any(|e| e.program_id != self.exercises[0].program_id);
        // A long list (a program of twenty exercises) is set tighter, so that a month still
        // fits on one page.
        let compact = self.exercises.len() > 14;
        let (row_h, size, baseline, bar_top, bar_h) =
            if compact { (9.6, 7.8, 7.2, 2.8, 4.6) } else { (11.4, 8.6, 8.7, 3.5, 6.0) };
        let (cell, strong) = (style::CELL.with_size(size), style::CELL_STRONG.with_size(size));
        for (i, exercise) in self.exercises.iter().enumerate() {
            let mut piece = Piece::default();
            let new_program = i == 0 || self.exercises[i - 1].program_id != exercise.program_id;
            if several_programs && new_program {
                // The program's title above its exercises.
                let title = self
                    .versions
                    .iter()
                    .rev()
                    .find(|v| v.program_id == exercise.program_id)
                    .map_or(exercise.program_id.as_str(), |v| v.title.as_str());
                let y = piece.height;
                piece.text(
                    4.0,
                    y + 11.5,
                    style::LABEL.colour(colour::ACCENT),
                    title.to_uppercase(),
                );
                piece.height = y + 15.0;
            }
            let y = piece.height;
            let name = fonts.fit(Face::Semibold, size, &exercise.name, 210.0);
            piece.text(4.0, y + baseline, strong, name);
            piece.text(224.0, y + baseline, cell, exercise.sessions.to_string());
            piece.text(284.0, y + baseline, cell, exercise.done.to_string());
            let skipped_style = if exercise.skipped > 0 {
                strong.colour(colour::ACCENT)
            } else {
                cell.colour(colour::MUTED)
            };
            piece.text(354.0, y + baseline, skipped_style, exercise.skipped.to_string());
            let total = exercise.done + exercise.skipped;
            if total > 0 {
                // Done and skipped as one bar.
                let bar_x = 420.0;
                let bar_w = CONTENT_WIDTH - bar_x - 4.0;
                let done_w = bar_w * exercise.done as f32 / total as f32;
                piece.rect(bar_x, y + bar_top, done_w, bar_h, Some(colour::SUCCESS));
                piece.rect(
                    bar_x + done_w,
                    y + bar_top,
                    bar_w - done_w,
                    bar_h,
                    Some(if exercise.skipped > 0 { colour::ACCENT } else { colour::RULE }),
                );
            }
            piece.rule(0.0, y + row_h, CONTENT_WIDTH, colour::RULE, 0.4);
            piece.height = y + row_h;
            rows.push(piece);
        }
        (table_head(fonts, &columns), rows)
    }

    /// Pauses and program versions side by side, then the notes.
    fn lists(&self, fonts: &Fonts, i18n: &I18n, dates: &Dates) -> Vec<Piece> {
        let half = (CONTENT_WIDTH - 24.0) / 2.0;
        let mut pauses: Vec<String> =
            self.pauses
                .iter()
                .map(|p| {
                    let reason = i18n.tr(&format!("paper-paused-{}", p.reason.as_str()));
                    let days = match p.to {
                        Some(to) => dates.span(p.from, to),
                        None => i18n
                            .tr_args("paper-pause-since", &[("from", dates.long(p.from).into())]),
                    };
                    format!("{days} · {reason}")
                })
                .collect();
        if pauses.is_empty() {
            pauses.push(i18n.tr("paper-report-no-pauses"));
        }
        let versions: Vec<String> = self
            .versions
            .iter()
            .map(|v| {
                i18n.tr_args(
                    "paper-report-version-line",
                    &[
                        ("title", v.title.clone().into()),
                        ("version", v.version.into()),
                        ("count", v.sessions.into()),
                        ("days", dates.span(v.first, v.last).into()),
                    ],
                )
            })
            .collect();
        let notes: Vec<String> =
            self.notes().map(|(date, note)| format!("{} — {note}", dates.short(date))).collect();
        let mut pieces = Vec::new();
        let mut side_by_side = Piece::default();
        side_by_side.place(list(fonts, &i18n.tr("paper-report-pauses"), &pauses, half), 0.0, 0.0);
        if !versions.is_empty() {
            let versions = list(fonts, &i18n.tr("paper-report-versions"), &versions, half);
            side_by_side.place(versions, half + 24.0, 0.0);
        }
        pieces.push(side_by_side);
        if !self.levels.is_empty() {
            let several_programs =
                self.levels.iter().any(|l| l.program_id != self.levels[0].program_id);
            let spells: Vec<String> = self
                .levels
                .iter()
                .map(|l| {
                    let line = i18n.tr_args(
                        "paper-report-level-line",
                        &[
                            ("level", l.level.into()),
                            ("levels", l.levels.into()),
                            ("count", l.sessions.into()),
                            ("days", dates.span(l.first, l.last).into()),
                        ],
                    );
                    if several_programs { format!("{}: {line}", l.title) } else { line }
                })
                .collect();
            pieces.push(list(fonts, &i18n.tr("paper-report-levels"), &spells, CONTENT_WIDTH));
        }
        if !notes.is_empty() {
            let mut head = Piece::default();
            head.place(section(fonts, &i18n.tr("paper-report-notes")), 0.0, 0.0);
            head.height += 4.0;
            pieces.push(head);
            for note in notes {
                let mut piece = Piece::default();
                paragraph(
                    &mut piece,
                    fonts,
                    style::BODY.with_size(9.0),
                    0.0,
                    0.0,
                    CONTENT_WIDTH,
                    &note,
                );
                pieces.push(piece);
            }
        }
        pieces
    }
}

/// A section title.
fn section(fonts: &Fonts, title: &str) -> Piece {
    let mut piece = Piece::default();
    paragraph(&mut piece, fonts, style::HEADING.with_size(12.5), 0.0, 0.0, CONTENT_WIDTH, title);
    piece
}

/// A table's head row: labels on a tinted band.
fn table_head(fonts: &Fonts, columns: &[(String, f32)]) -> Piece {
    let mut piece = Piece::default();
    piece.rect(0.0, 0.0, CONTENT_WIDTH, 14.0, Some(colour::PANEL));
    for (i, (label, x)) in columns.iter().enumerate() {
        let next = columns.get(i + 1).map_or(CONTENT_WIDTH, |(_, x)| *x);
        let label =
            fonts.fit(style::LABEL.face, style::LABEL.size, &label.to_uppercase(), next - x - 6.0);
        piece.text(x + 4.0, 9.6, style::LABEL, label);
    }
    piece.height = 14.0;
    piece
}

/// A small titled list.
fn list(fonts: &Fonts, title: &str, items: &[String], width: f32) -> Piece {
    let mut piece = Piece::default();
    let mut y =
        paragraph(&mut piece, fonts, style::HEADING.with_size(12.5), 0.0, 0.0, width, title) + 3.0;
    let item = Style::new(Face::Regular, 9.0, colour::INK);
    for text in items {
        y += paragraph(&mut piece, fonts, item, 0.0, y, width, text) + 1.5;
    }
    piece.height = y;
    piece
}

/// `3.4` or `3,4` (Dutch), one decimal.
pub(super) fn decimal(x: f64, lang: &str) -> String {
    let text = format!("{x:.1}");
    if lang == "nl" { text.replace('.', ",") } else { text }
}

fn pair(before: Option<f64>, after: Option<f64>, lang: &str) -> String {
    let show = |x: Option<f64>| x.map_or_else(|| "–".to_owned(), |x| decimal(x, lang));
    match (before, after) {
        (None, None) => "–".to_owned(),
        _ => format!("{} → {}", show(before), show(after)),
    }
}

/// Dates as people write them, in the report's language: "19 Oct 2026", "19–25 Oct".
pub(super) struct Dates {
    months: Vec<String>,
}

impl Dates {
    pub(super) fn new(i18n: &I18n) -> Self {
        Self { months: i18n.tr("paper-months").split_whitespace().map(str::to_owned).collect() }
    }

    fn month(&self, date: NaiveDate) -> &str {
        self.months.get(date.month0() as usize).map_or("", String::as_str)
    }

    /// "19 Oct".
    pub(super) fn short(&self, date: NaiveDate) -> String {
        format!("{} {}", date.day(), self.month(date))
    }

    /// "19 Oct 2026".
    pub(super) fn long(&self, date: NaiveDate) -> String {
        format!("{} {} {}", date.day(), self.month(date), date.year())
    }

    /// "19–25 Oct", "28 Sep – 4 Oct", "28 Dec 2026 – 3 Jan 2027".
    pub(super) fn span(&self, from: NaiveDate, to: NaiveDate) -> String {
        if from == to {
            self.short(from)
        } else if from.year() != to.year() {
            format!("{} – {}", self.long(from), self.long(to))
        } else if from.month() == to.month() {
            format!("{}–{} {}", from.day(), to.day(), self.month(to))
        } else {
            format!("{} – {}", self.short(from), self.short(to))
        }
    }
}

fn overlapping_pauses(mut pauses: Vec<Pause>, from: NaiveDate, to: NaiveDate) -> Vec<Pause> {
    pauses.retain(|p| p.from <= to && p.to.is_none_or(|end| end >= from));
    pauses.sort_by_key(|p| (p.from, p.id));
    pauses
}

/// The ISO weeks from `from`'s to `to`'s, each with its figures from `stats.weeks`.
fn weeks(stats: &Stats, pauses: &[Pause], from: NaiveDate, to: NaiveDate) -> Vec<Week> {
    let mut weeks = Vec::new();
    let mut monday = streaks::monday(from);
    let last = streaks::monday(to);
    while monday <= last {
        let sunday = monday + TimeDelta::days(6);
        let period = stats.weeks.iter().find(|p| p.start == monday).cloned();
        let paused = pauses
            .iter()
            .find(|p| p.from <= sunday && p.to.is_none_or(|end| end >= monday))
            .map(|p| p.reason);
        weeks.push(Week { monday, period, paused });
        let Some(next) = monday.checked_add_signed(TimeDelta::days(7)) else { break };
        monday = next;
    }
    weeks
}

/// Counts the work steps of every exercise in `sessions`, in the order of the programs'
/// exercises (exercises no longer in a program after them, by id).
fn exercise_counts(
    store: &Store,
    library: &Library,
    sessions: &[SessionRecord],
    lang: &str,
) -> Result<Vec<ExerciseCount>, Error> {
    let mut counts: HashMap<(String, String), ExerciseCount> = HashMap::new();
    for session in sessions {
        let mut seen_here: Vec<&str> = Vec::new();
        let steps = store.steps(session.id)?;
        for step in &steps {
            let (true, Some(exercise)) = (step.kind == "work", step.exercise.as_deref()) else {
                continue;
            };
            let key = (session.program_id.clone(), exercise.to_owned());
            let count = counts.entry(key).or_insert_with(|| ExerciseCount {
                program_id: session.program_id.clone(),
                exercise_id: exercise.to_owned(),
                name: exercise.to_owned(),
                sessions: 0,
                done: 0,
                skipped: 0,
            });
            if !seen_here.contains(&exercise) {
                seen_here.push(exercise);
                count.sessions += 1;
            }
            if step.done {
                count.done += 1;
            } else {
                count.skipped += 1;
            }
        }
    }
    // Program order: the order of first appearance of each program, then its exercises.
    let mut programs: Vec<&str> = Vec::new();
    for session in sessions {
        if !programs.contains(&session.program_id.as_str()) {
            programs.push(&session.program_id);
        }
    }
    let mut ordered = Vec::with_capacity(counts.len());
    for program_id in programs {
        if let Some(entry) = library.find(program_id) {
            for exercise in entry.program.exercises() {
                if let Some(mut count) =
                    counts.remove(&(program_id.to_owned(), exercise.id.clone()))
                {
                    count.name = exercise.name.get(lang).to_owned();
                    ordered.push(count);
                }
            }
        }
        let mut rest: Vec<ExerciseCount> = Vec::new();
        counts.retain(|(program, _), count| {
            if program == program_id {
                rest.push(count.clone());
                false
            } else {
                true
            }
        });
        rest.sort_by(|a, b| a.exercise_id.cmp(&b.exercise_id));
        ordered.extend(rest);
    }
    Ok(ordered)
}

fn versions(sessions: &[SessionRecord]) -> Vec<VersionUse> {
    let mut versions: Vec<VersionUse> = Vec::new();
    for s in sessions {
        let date = s.started_at.date_naive();
        match versions
            .iter_mut()
            .find(|v| v.program_id == s.program_id && v.version == s.program_version)
        {
            Some(v) => {
                v.sessions += 1;
                v.first = v.first.min(date);
                v.last = v.last.max(date);
                v.title = s.title.clone();
            }
            None => versions.push(VersionUse {
                program_id: s.program_id.clone(),
                title: s.title.clone(),
                version: s.program_version,
                sessions: 1,
                first: date,
                last: date,
            }),
        }
    }
    versions.sort_by(|a, b| (&a.title, a.version).cmp(&(&b.title, b.version)));
    versions
}

/// The runs of sessions at one level, program by program (in the order of the programs'
/// first sessions), oldest first; only of programs that have levels now or were done above
/// level 1.
fn level_spells(sessions: &[SessionRecord], library: &Library) -> Vec<LevelSpell> {
    let mut programs: Vec<&str> = Vec::new();
    for session in sessions {
        if !programs.contains(&session.program_id.as_str()) {
            programs.push(&session.program_id);
        }
    }
    let mut spells = Vec::new();
    for program_id in programs {
        let installed = library.find(program_id).map_or(1, |entry| entry.program.levels());
        let own = sessions.iter().filter(|s| s.program_id == program_id);
        let highest = own.clone().map(|s| s.level).max().unwrap_or(1);
        if installed.max(highest) < 2 {
            continue;
        }
        let mut current: Option<LevelSpell> = None;
        for session in own {
            let date = session.started_at.date_naive();
            match &mut current {
                Some(spell) if spell.level == session.level => {
                    spell.sessions += 1;
                    spell.last = date;
                    spell.title = session.title.clone();
                }
                _ => {
                    spells.extend(current.take());
                    current = Some(LevelSpell {
                        program_id: program_id.to_owned(),
                        title: session.title.clone(),
                        level: session.level,
                        levels: installed.max(highest),
                        sessions: 1,
                        first: date,
                        last: date,
                    });
                }
            }
        }
        spells.extend(current);
    }
    spells
}

/// Colours of the chart's series, for the legend and the marks.
pub(super) const PAIN_BEFORE: Rgb = colour::BLUE;
pub(super) const PAIN_AFTER: Rgb = colour::ACCENT;
pub(super) const EFFORT: Rgb = colour::AMBER;
