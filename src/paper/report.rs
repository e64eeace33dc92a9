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
use super::handout::{LABEL_LINE, fact_band, label_lines};
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
                let mut top = head.clone().unwrap_or_default();
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
                    if let Some(head) = &head {
                        flow.add(head.clone(), 0.0);
                    }
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
        // The columns leave the right end free for the reason of a pause ("paused: holiday").
        const TARGET_X: f32 = 124.0;
        const STARTED_X: f32 = 244.0;
        const MINUTES_X: f32 = 294.0;
        const PAIN_X: f32 = 336.0;
        const EFFORT_X: f32 = 400.0;
        let target = self.stats.weekly_target;
        let columns = [
            (i18n.tr("paper-report-week"), 0.0),
            (i18n.tr("paper-report-against-target"), TARGET_X),
            (i18n.tr("paper-report-started"), STARTED_X),
            (i18n.tr("paper-report-minutes"), MINUTES_X),
            (i18n.tr("paper-report-pain"), PAIN_X),
            (i18n.tr("paper-report-effort"), EFFORT_X),
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
            let slot_w = (86.0 / slots as f32).min(14.0);
            let met = done >= target;
            for i in 0..slots {
                let fill = if i < done {
                    Some(if met { colour::SUCCESS } else { colour::AMBER })
                } else {
                    None
                };
                piece.push(super::layout::Op::Rect {
                    x: TARGET_X + i as f32 * slot_w,
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
                TARGET_X + slots as f32 * slot_w + 4.0,
                y + 9.3,
                cell.colour(if met { colour::SUCCESS } else { colour::INK }),
                count,
            );
            match &week.period {
                Some(p) => {
                    piece.text(STARTED_X + 4.0, y + 9.3, cell, p.sessions.to_string());
                    piece.text(MINUTES_X + 4.0, y + 9.3, cell, p.minutes().to_string());
                    let pain = pair(p.pain_before, p.pain_after, &self.lang);
                    piece.text(PAIN_X + 4.0, y + 9.3, cell, pain);
                    piece.text(
                        EFFORT_X + 4.0,
                        y + 9.3,
                        cell,
                        p.effort.map_or_else(|| "–".into(), |e| decimal(e, &self.lang)),
                    );
                }
                None => piece.text(STARTED_X + 4.0, y + 9.3, cell.colour(colour::MUTED), "0"),
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

    /// The exercises' table: its head (when any exercise has a row), and one piece per row, so
    /// a long table runs on to the next page. An exercise with a set skipped has a row; those
    /// with every set done are named together after their program's rows, in one line per
    /// number of sessions they came up in (a session stopped early leaves out the ones after
    /// it), so a month of a program of twenty exercises stays on one page and what was
    /// skipped stands out.
    fn exercise_rows(&self, fonts: &Fonts, i18n: &I18n) -> (Option<Piece>, Vec<Piece>) {
        let columns = [
            (i18n.tr("paper-report-exercise"), 0.0),
            (i18n.tr("paper-report-in-sessions"), 220.0),
            (i18n.tr("paper-report-sets-done"), 280.0),
            (i18n.tr("paper-report-sets-skipped"), 350.0),
            (String::new(), 420.0),
        ];
        let several_programs = self.span.program.is_none()
            && self.exercises.iter().any(|e| e.program_id != self.exercises[0].program_id);
        let (row_h, baseline, bar_top, bar_h) = (11.4, 8.7, 3.5, 6.0);
        let (cell, strong) = (style::CELL, style::CELL_STRONG);
        let mut rows = Vec::new();
        let mut any_row = false;
        let mut programs: Vec<&str> = Vec::new();
        for exercise in &self.exercises {
            if !programs.contains(&exercise.program_id.as_str()) {
                programs.push(&exercise.program_id);
            }
        }
        for program_id in programs {
            let sessions = self.sessions.iter().filter(|s| s.program_id == program_id).count();
            let (in_full, missed): (Vec<&ExerciseCount>, Vec<&ExerciseCount>) = self
                .exercises
                .iter()
                .filter(|e| e.program_id == program_id)
                .partition(|e| e.skipped == 0);
            let mut group = Vec::new();
            for exercise in missed {
                any_row = true;
                let mut piece = Piece::default();
                let name = fonts.fit(Face::Semibold, strong.size, &exercise.name, 210.0);
                piece.text(4.0, baseline, strong, name);
                piece.text(224.0, baseline, cell, exercise.sessions.to_string());
                piece.text(284.0, baseline, cell, exercise.done.to_string());
                let skipped = strong.colour(colour::ACCENT);
                piece.text(354.0, baseline, skipped, exercise.skipped.to_string());
                // Done and skipped as one bar.
                let total = (exercise.done + exercise.skipped) as f32;
                let bar_x = 420.0;
                let bar_w = CONTENT_WIDTH - bar_x - 4.0;
                let done_w = bar_w * exercise.done as f32 / total;
                piece.rect(bar_x, bar_top, done_w, bar_h, Some(colour::SUCCESS));
                piece.rect(bar_x + done_w, bar_top, bar_w - done_w, bar_h, Some(colour::ACCENT));
                piece.rule(0.0, row_h, CONTENT_WIDTH, colour::RULE, 0.4);
                piece.height = row_h;
                group.push(piece);
            }
            let mut counts: Vec<u32> = in_full.iter().map(|e| e.sessions).collect();
            counts.sort_unstable_by(|a, b| b.cmp(a));
            counts.dedup();
            for count in counts {
                let names: Vec<&str> = in_full
                    .iter()
                    .filter(|e| e.sessions == count)
                    .map(|e| e.name.as_str())
                    .collect();
                let names = names.join(", ");
                let line = if count as usize >= sessions {
                    i18n.tr_args(
                        "paper-report-all-done",
                        &[("count", count.into()), ("names", names.into())],
                    )
                } else {
                    i18n.tr_args(
                        "paper-report-all-done-some",
                        &[
                            ("count", count.into()),
                            ("total", sessions.into()),
                            ("names", names.into()),
                        ],
                    )
                };
                let mut piece = Piece::default();
                let height = paragraph(
                    &mut piece,
                    fonts,
                    cell.colour(colour::SUCCESS),
                    4.0,
                    3.0,
                    CONTENT_WIDTH - 8.0,
                    &line,
                );
                piece.rule(0.0, height + 5.0, CONTENT_WIDTH, colour::RULE, 0.4);
                piece.height = height + 5.0;
                group.push(piece);
            }
            if several_programs {
                // The program's title above its exercises, on the page of the first.
                let title = self
                    .versions
                    .iter()
                    .rev()
                    .find(|v| v.program_id == program_id)
                    .map_or(program_id, |v| v.title.as_str());
                let title = fonts.fit(
                    style::LABEL.face,
                    style::LABEL.size,
                    &title.to_uppercase(),
                    CONTENT_WIDTH - 8.0,
                );
                let mut piece = Piece::default();
                piece.text(4.0, 11.5, style::LABEL.colour(colour::ACCENT), title);
                piece.height = 15.0;
                if let Some(first) = group.first_mut() {
                    piece.place(std::mem::take(first), 0.0, 15.0);
                    *first = piece;
                }
            }
            rows.extend(group);
        }
        (any_row.then(|| table_head(fonts, &columns)), rows)
    }

    /// Pauses, program versions and levels side by side, then the notes.
    fn lists(&self, fonts: &Fonts, i18n: &I18n, dates: &Dates) -> Vec<Piece> {
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
        let spells: Vec<String> = {
            let several_programs =
                self.levels.iter().any(|l| l.program_id != self.levels[0].program_id);
            self.levels
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
                .collect()
        };
        // Pauses, versions and levels side by side: short lists, and a month stays on a page.
        let mut lists = vec![(i18n.tr("paper-report-pauses"), pauses)];
        if !versions.is_empty() {
            lists.push((i18n.tr("paper-report-versions"), versions));
        }
        if !spells.is_empty() {
            lists.push((i18n.tr("paper-report-levels"), spells));
        }
        // Three lists share the width by what they hold: pauses are short, versions long.
        let gutter = 18.0;
        let room = CONTENT_WIDTH - gutter * (lists.len() - 1) as f32;
        let shares: &[f32] = if lists.len() == 3 { &[0.26, 0.39, 0.35] } else { &[0.5, 0.5] };
        let mut side_by_side = Piece::default();
        let mut x = 0.0;
        for ((title, items), share) in lists.iter().zip(shares) {
            side_by_side.place(list(fonts, title, items, room * share), x, 0.0);
            x += room * share + gutter;
        }
        let mut pieces = vec![side_by_side];
        for (i, note) in notes.iter().enumerate() {
            let mut piece = Piece::default();
            let mut top = 0.0;
            if i == 0 {
                // The heading stays with the first note.
                piece.place(section(fonts, &i18n.tr("paper-report-notes")), 0.0, 0.0);
                top = piece.height + 7.0;
            }
            paragraph(&mut piece, fonts, style::BODY.with_size(9.0), 0.0, top, CONTENT_WIDTH, note);
            pieces.push(piece);
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

/// A table's head row: labels on a tinted band, each wrapped to its column (the band grows
/// to the longest: "Pain before → after" over a column of "5.3 → 3.7").
fn table_head(fonts: &Fonts, columns: &[(String, f32)]) -> Piece {
    let line_h = LABEL_LINE;
    let labels: Vec<Vec<String>> = columns
        .iter()
        .enumerate()
        .map(|(i, (label, x))| {
            let next = columns.get(i + 1).map_or(CONTENT_WIDTH, |(_, x)| *x);
            label_lines(fonts, label, next - x - 6.0, usize::MAX)
        })
        .collect();
    let lines = labels.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let height = 14.0 + line_h * (lines - 1) as f32;
    let mut piece = Piece::default();
    piece.rect(0.0, 0.0, CONTENT_WIDTH, height, Some(colour::PANEL));
    for ((_, x), label) in columns.iter().zip(labels) {
        for (i, line) in label.into_iter().enumerate() {
            piece.text(x + 4.0, 9.6 + line_h * i as f32, style::LABEL, line);
        }
    }
    piece.height = height;
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
