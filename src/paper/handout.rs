//! The program handout: what a physiotherapist hands a patient on paper. The first page has
//! the title, the author, the description, how often and how long, the safety rules in a box
//! and the session at a glance; then every exercise with its drawing, name, dose,
//! instructions, form cues, equipment and (when the program has levels) a table of them.

use super::layout::{
    CONTENT_WIDTH, Flow, MARGIN, MARGIN_BOTTOM, Op, PAGE_HEIGHT, Page, Piece, Style, colour,
    footers, paragraph, style,
};
use super::pdf::{self, Meta, Picture};
use super::text::{Face, Fonts};
use super::{Error, ILLUSTRATIONS, MAX_IMAGE_BYTES, Pdf};
use crate::dose;
use crate::i18n::I18n;
use crate::library::Entry;
use crate::pose::{self, Pose};
use crate::program::{self, Plan, PlannedExercise};
use std::path::Path;

/// A handout, ready to lay out: every text already in the chosen language.
#[derive(Debug, Clone)]
pub struct Handout {
    pub program_id: String,
    pub version: u32,
    /// The language of the texts (`en`, `nl`).
    pub lang: String,
    pub title: String,
    /// "J. Jansen, fysiotherapeut · praktijk@example.nl".
    pub author: Option<String>,
    pub description: Option<String>,
    pub sessions_per_week: Option<u32>,
    /// The planned session at this level, as `limber plan` counts it.
    pub planned_seconds: u32,
    /// The level planned, 1-based, and how many the program has.
    pub level: u32,
    pub levels: u32,
    pub stop_if: Vec<String>,
    pub blocks: Vec<Block>,
    /// The drawings and images the exercises point into.
    pub pictures: Vec<Picture>,
}

/// A block of exercises under its title.
#[derive(Debug, Clone)]
pub struct Block {
    pub title: String,
    pub exercises: Vec<Exercise>,
}

/// One exercise as printed.
#[derive(Debug, Clone)]
pub struct Exercise {
    pub name: String,
    /// "3 × 30 s · each side".
    pub dose: String,
    /// "30 s rest between sets", for exercises of more than one set.
    pub rest: Option<String>,
    pub instructions: Option<String>,
    pub cues: Vec<String>,
    pub equipment: Vec<String>,
    /// Index into [`Handout::pictures`].
    pub picture: Option<usize>,
    /// The exercise's levels, one row each; printed as a table when there is more than one.
    pub levels: Vec<LevelRow>,
}

/// One level of an exercise in the levels table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelRow {
    pub level: u32,
    /// The level's own name, when it has one.
    pub name: Option<String>,
    pub dose: String,
}

impl Handout {
    /// The handout of `entry` at `level` in `i18n`'s language; the program's own images are
    /// read from beside its file (a missing or unreadable one gives way to the project's
    /// drawing, as in the app).
    pub fn new(entry: &Entry, level: u32, i18n: &I18n) -> Result<Self, Error> {
        let program = &entry.program;
        let levels = program.levels();
        if level == 0 || level > levels {
            return Err(Error::NoSuchLevel { asked: level, levels });
        }
        let lang = i18n.language();
        let plan = Plan::at_level(program, level);
        let mut pictures = Vec::new();
        let blocks = program
            .blocks
            .iter()
            .map(|block| Block {
                title: block.title.as_ref().map_or_else(
                    || i18n.tr(&format!("block-{}", block.kind.as_str())),
                    |title| title.get(lang).to_owned(),
                ),
                exercises: block
                    .exercises
                    .iter()
                    .filter_map(|exercise| {
                        let planned = plan.exercises.iter().find(|p| p.id == exercise.id)?;
                        Some((exercise, planned))
                    })
                    .map(|(written, planned)| {
                        let rest = exercise_rest(program, block.defaults, written, level);
                        let picture = picture_of(planned, entry.base_dir.as_deref()).map(|p| {
                            pictures.push(p);
                            pictures.len() - 1
                        });
                        let mut printed = exercise(planned, rest, picture, i18n);
                        printed.levels = level_rows(written, i18n);
                        printed
                    })
                    .collect(),
            })
            .collect();
        Ok(Self {
            program_id: program.id.clone(),
            version: program.version,
            lang: lang.to_owned(),
            title: program.title.get(lang).to_owned(),
            author: program.author.as_ref().map(|author| {
                let mut by = author.name.clone();
                if let Some(role) = author.role.as_deref().filter(|r| !r.is_empty()) {
                    by = if by.is_empty() { role.to_owned() } else { format!("{by}, {role}") };
                }
                if let Some(contact) = author.contact.as_deref().filter(|c| !c.is_empty()) {
                    by = if by.is_empty() {
                        contact.to_owned()
                    } else {
                        format!("{by} · {contact}")
                    };
                }
                by
            }),
            description: program.description.as_ref().map(|d| d.get(lang).to_owned()),
            sessions_per_week: program.sessions_per_week,
            planned_seconds: plan.total_seconds,
            level,
            levels,
            stop_if: program.stop_if.iter().map(|rule| rule.get(lang).to_owned()).collect(),
            blocks,
            pictures,
        })
    }

    /// Every exercise, blocks in order.
    pub fn exercises(&self) -> impl Iterator<Item = &Exercise> {
        self.blocks.iter().flat_map(|block| &block.exercises)
    }

    /// The pages, laid out.
    pub fn pages(&self, fonts: &Fonts, i18n: &I18n) -> Vec<Page> {
        let mut flow = Flow::new();
        for (piece, gap) in self.opening(fonts, i18n) {
            flow.add(piece, gap);
        }
        flow.add(self.overview(fonts, i18n), 22.0);

        let mut number = 0;
        for (b, block) in self.blocks.iter().enumerate() {
            let head = block_heading(fonts, &block.title, i18n, block.exercises.len());
            for (i, exercise) in block.exercises.iter().enumerate() {
                number += 1;
                let card = self.card(fonts, i18n, exercise, number);
                if i == 0 {
                    // The exercises start on a page of their own after the first (when the
                    // overview has not already run on to another).
                    if b == 0 && flow.pages.len() == 1 {
                        flow.new_page();
                    }
                    flow.add_with_next(head.clone(), 10.0, card, 14.0);
                } else {
                    flow.add(card, 14.0);
                }
            }
            flow.skip(8.0);
        }
        let mut pages = flow.pages;
        let left = i18n.tr_args(
            "paper-footer-program",
            &[
                ("title", self.title.clone().into()),
                ("id", self.program_id.clone().into()),
                ("version", self.version.into()),
            ],
        );
        footers(&mut pages, fonts, &left, |page, total| {
            i18n.tr_args("paper-page", &[("page", page.into()), ("pages", total.into())])
        });
        pages
    }

    /// The PDF; `created` is the moment written into its metadata.
    pub fn pdf(
        &self,
        i18n: &I18n,
        created: chrono::DateTime<chrono::FixedOffset>,
    ) -> Result<Pdf, Error> {
        let fonts = Fonts::new()?;
        let pages = self.pages(&fonts, i18n);
        let meta = Meta {
            title: self.title.clone(),
            language: self.lang.clone(),
            author: self.author.clone(),
            created,
        };
        let bytes = pdf::write(&pages, &self.pictures, &fonts, &meta)?;
        Ok(Pdf { bytes, pages: pages.len() })
    }

    /// The first page's pieces, each with the gap below it: the heading, the facts, the
    /// description and the safety box. They must all be on the first page (what to stop for
    /// is read before any exercise), so a long description is set smaller, the safety rules
    /// with it, step by step, until they fit; one too long even then puts the box before the
    /// description, which then runs on, line by line, to the next page.
    fn opening(&self, fonts: &Fonts, i18n: &I18n) -> Vec<(Piece, f32)> {
        let room = PAGE_HEIGHT - MARGIN - MARGIN_BOTTOM;
        let mut pieces = Vec::new();
        for &(text_size, gap) in &OPENING_SIZES {
            pieces = vec![(self.heading(fonts, i18n), gap), (self.facts(fonts, i18n), gap)];
            if let Some(description) = &self.description {
                let text = style::BODY.with_size(text_size);
                for line in fonts.wrap(text.face, text.size, description, CONTENT_WIDTH) {
                    let mut piece = Piece::default();
                    piece.text(0.0, text.ascent(), text, line);
                    piece.height = text.leading;
                    pieces.push((piece, 0.0));
                }
                if let Some((_, last_gap)) = pieces.last_mut() {
                    *last_gap = gap;
                }
            }
            if self.stop_if.is_empty() {
                return pieces;
            }
            let safety = self.safety(fonts, i18n, text_size.min(style::BODY.size));
            let height: f32 = pieces.iter().map(|(piece, gap)| piece.height + gap).sum();
            if height + safety.height <= room {
                pieces.push((safety, gap + 4.0));
                return pieces;
            }
            pieces.push((safety, gap + 4.0));
        }
        let safety = pieces.pop();
        pieces.splice(2..2, safety);
        pieces
    }

    fn heading(&self, fonts: &Fonts, i18n: &I18n) -> Piece {
        let mut piece = Piece::default();
        let kind = i18n.tr("paper-handout-kind").to_uppercase();
        piece.text(0.0, style::LABEL.ascent(), style::LABEL.colour(colour::ACCENT), kind);
        let mut y = 14.0;
        y += paragraph(&mut piece, fonts, style::TITLE, 0.0, y, CONTENT_WIDTH, &self.title);
        if let Some(author) = &self.author {
            y += 2.0;
            let by = i18n.tr_args("written-by", &[("author", author.clone().into())]);
            y += paragraph(
                &mut piece,
                fonts,
                style::BODY.colour(colour::MUTED),
                0.0,
                y,
                CONTENT_WIDTH,
                &by,
            );
        }
        piece.height = y;
        piece
    }

    /// Sessions per week, the planned time, the number of exercises (and the level) in a band.
    fn facts(&self, fonts: &Fonts, i18n: &I18n) -> Piece {
        let minutes = ((self.planned_seconds + 30) / 60).max(1);
        let mut facts = Vec::new();
        if let Some(n) = self.sessions_per_week {
            facts.push((i18n.tr("paper-sessions-per-week"), n.to_string()));
        }
        facts.push((
            i18n.tr("paper-planned-time"),
            i18n.tr_args("paper-planned-minutes", &[("minutes", minutes.into())]),
        ));
        facts.push((i18n.tr("paper-exercises"), self.exercises().count().to_string()));
        if self.levels > 1 {
            facts.push((
                i18n.tr("paper-level"),
                i18n.tr_args(
                    "paper-level-of",
                    &[("level", self.level.into()), ("levels", self.levels.into())],
                ),
            ));
        }
        fact_band(fonts, &facts)
    }

    fn safety(&self, fonts: &Fonts, i18n: &I18n, text_size: f32) -> Piece {
        let pad = 12.0;
        let inner = CONTENT_WIDTH - 2.0 * pad;
        let mut body = Piece::default();
        let title_style = Style::new(Face::Semibold, 10.6, colour::DANGER);
        let mut y =
            paragraph(&mut body, fonts, title_style, 0.0, 0.0, inner, &i18n.tr("paper-stop-if"));
        y += 4.0;
        let rule_style = style::BODY.with_size(text_size);
        for rule in &self.stop_if {
            let mut bullet = Piece::default();
            bullet.push(Op::Circle {
                cx: 3.0,
                cy: rule_style.ascent() - rule_style.size * 0.33,
                r: 1.7,
                fill: Some(colour::DANGER),
                stroke: None,
            });
            paragraph(&mut bullet, fonts, rule_style, 12.0, 0.0, inner - 12.0, rule);
            let h = bullet.height;
            body.place(bullet, 0.0, y);
            y += h + 2.5;
        }
        body.height = y - 2.5;
        let mut piece = Piece::default();
        piece.push(Op::Rect {
            x: 0.0,
            y: 0.0,
            w: CONTENT_WIDTH,
            h: body.height + 2.0 * pad,
            fill: Some(colour::DANGER_TINT),
            stroke: Some((colour::DANGER, 1.0)),
        });
        piece.push(Op::Rect {
            x: 0.0,
            y: 0.0,
            w: 4.0,
            h: body.height + 2.0 * pad,
            fill: Some(colour::DANGER),
            stroke: None,
        });
        piece.place(body, pad + 4.0, pad);
        piece.height += pad;
        piece
    }

    /// Every exercise with its dose in two columns, numbered as on the pages after.
    fn overview(&self, fonts: &Fonts, i18n: &I18n) -> Piece {
        enum Line<'a> {
            Block(&'a str),
            Exercise(usize, &'a Exercise),
        }
        let mut lines = Vec::new();
        let mut number = 0;
        for block in &self.blocks {
            lines.push(Line::Block(&block.title));
            for exercise in &block.exercises {
                number += 1;
                lines.push(Line::Exercise(number, exercise));
            }
        }
        let gutter = 22.0;
        let column_width = (CONTENT_WIDTH - gutter) / 2.0;
        let row = 14.2;
        let cell = style::CELL;
        let room = column_width - 18.0;
        // Whether an exercise's name and dose share a row, or the dose goes under the name.
        let wraps = |exercise: &Exercise| {
            fonts.width(style::CELL_STRONG.face, cell.size, &exercise.name)
                + 8.0
                + fonts.width(cell.face, cell.size, &exercise.dose)
                > room
        };
        let height = |line: &Line| match line {
            Line::Block(_) => row + 5.0,
            Line::Exercise(_, exercise) => row + if wraps(exercise) { cell.leading } else { 0.0 },
        };
        // Half the height on the left; a block title never ends a column.
        let total: f32 = lines.iter().map(height).sum();
        let mut split = 0;
        let mut left = 0.0;
        while split < lines.len() && left + height(&lines[split]) / 2.0 <= total / 2.0 {
            left += height(&lines[split]);
            split += 1;
        }
        if split > 0 && matches!(lines.get(split - 1), Some(Line::Block(_))) {
            split -= 1;
        }
        let mut piece = Piece::default();
        piece.text(0.0, style::HEADING.ascent(), style::HEADING, i18n.tr("paper-at-a-glance"));
        let top = 26.0;
        let mut bottom: f32 = top;
        for (column, chunk) in [&lines[..split], &lines[split..]].into_iter().enumerate() {
            let x = column as f32 * (column_width + gutter);
            let mut y = top;
            for line in chunk {
                match line {
                    Line::Block(title) => {
                        if y > top {
                            y += 5.0;
                        }
                        let label = style::LABEL.colour(colour::ACCENT);
                        piece.text(x, y + 9.0, label, title.to_uppercase());
                        y += row;
                    }
                    Line::Exercise(n, exercise) => {
                        piece.text(x, y + 9.0, cell.colour(colour::MUTED), n.to_string());
                        let strong = style::CELL_STRONG;
                        let muted = cell.colour(colour::MUTED);
                        if !wraps(exercise) {
                            let dose_w = fonts.width(cell.face, cell.size, &exercise.dose);
                            piece.text(x + 18.0, y + 9.0, strong, exercise.name.as_str());
                            piece.text(x + column_width - dose_w, y + 9.0, muted, &*exercise.dose);
                        } else {
                            // A long name or dose: the dose goes under the name, whole.
                            let name = fonts.fit(strong.face, cell.size, &exercise.name, room);
                            piece.text(x + 18.0, y + 9.0, strong, name);
                            let dose = fonts.fit(cell.face, cell.size, &exercise.dose, room);
                            piece.text(x + 18.0, y + 9.0 + cell.leading, muted, dose);
                            y += cell.leading;
                        }
                        piece.rule(x + 18.0, y + row - 1.2, column_width - 18.0, colour::RULE, 0.4);
                        y += row;
                    }
                }
            }
            bottom = bottom.max(y);
        }
        piece.height = bottom;
        piece
    }

    /// One exercise: the drawing on the left, the words on the right, the levels below.
    fn card(&self, fonts: &Fonts, i18n: &I18n, exercise: &Exercise, number: usize) -> Piece {
        let picture_w = 156.0;
        let picture_h = 104.0;
        let gap = 16.0;
        let x = picture_w + gap;
        let width = CONTENT_WIDTH - x;
        let mut piece = Piece::default();
        piece.rule(0.0, 0.0, CONTENT_WIDTH, colour::RULE, 0.6);
        let top = 10.0;
        piece.rect(0.0, top, picture_w, picture_h, Some(colour::PANEL));
        if let Some(index) = exercise.picture {
            piece.push(Op::Picture {
                x: 4.0,
                y: top + 2.0,
                w: picture_w - 8.0,
                h: picture_h - 4.0,
                index,
            });
        }

        let mut y = top;
        let number_text = format!("{number}");
        let number_width = fonts.width(style::NAME.face, style::NAME.size, &number_text);
        piece.text(x, y + style::NAME.ascent(), style::NAME.colour(colour::ACCENT), number_text);
        y += paragraph(
            &mut piece,
            fonts,
            style::NAME,
            x + number_width + 7.0,
            y,
            width - number_width - 7.0,
            &exercise.name,
        );
        y += 1.5;
        y += paragraph(&mut piece, fonts, style::DOSE, x, y, width, &exercise.dose);
        if let Some(rest) = &exercise.rest {
            y += paragraph(&mut piece, fonts, style::SMALL, x, y, width, rest);
        }
        if let Some(instructions) = &exercise.instructions {
            y += 5.0;
            y += paragraph(&mut piece, fonts, style::BODY, x, y, width, instructions);
        }
        if !exercise.cues.is_empty() {
            y += 6.0;
            y += labelled_list(
                &mut piece,
                fonts,
                x,
                y,
                width,
                &i18n.tr("paper-cues"),
                &exercise.cues,
            );
        }
        if !exercise.equipment.is_empty() {
            y += 6.0;
            let label = i18n.tr("paper-equipment").to_uppercase();
            piece.text(x, y + style::LABEL.ascent(), style::LABEL, label);
            y += style::LABEL.leading;
            y += paragraph(
                &mut piece,
                fonts,
                style::BODY,
                x,
                y,
                width,
                &exercise.equipment.join(", "),
            );
        }
        if exercise.levels.len() > 1 {
            y += 8.0;
            y += levels_table(&mut piece, fonts, i18n, x, y, width, &exercise.levels);
        }
        piece.height = y.max(top + picture_h) + 4.0;
        piece
    }
}

/// The sizes of the description's text and the gaps between the first page's pieces, from
/// the roomiest down: the first with which they fit on the page is used.
const OPENING_SIZES: [(f32, f32); 3] = [(10.4, 16.0), (9.8, 12.0), (9.2, 10.0)];

/// A label over a list of short items with bullets; returns the height.
fn labelled_list(
    piece: &mut Piece,
    fonts: &Fonts,
    x: f32,
    top: f32,
    width: f32,
    label: &str,
    items: &[String],
) -> f32 {
    piece.text(x, top + style::LABEL.ascent(), style::LABEL, label.to_uppercase());
    let mut y = top + style::LABEL.leading;
    let item_style = style::BODY.with_size(9.2);
    for item in items {
        piece.push(Op::Circle {
            cx: x + 2.5,
            cy: y + item_style.ascent() - item_style.size * 0.33,
            r: 1.4,
            fill: Some(colour::ACCENT),
            stroke: None,
        });
        y += paragraph(piece, fonts, item_style, x + 10.0, y, width - 10.0, item);
    }
    y - top
}

/// The levels of one exercise: level, name (when a level has its own) and dose.
fn levels_table(
    piece: &mut Piece,
    fonts: &Fonts,
    i18n: &I18n,
    x: f32,
    top: f32,
    width: f32,
    rows: &[LevelRow],
) -> f32 {
    let row_h = 13.0;
    let cell = style::CELL;
    let level_w = 44.0;
    piece.rect(x, top, width, row_h, Some(colour::PANEL));
    piece.text(x + 5.0, top + 9.2, style::LABEL, i18n.tr("paper-level").to_uppercase());
    piece.text(x + level_w, top + 9.2, style::LABEL, i18n.tr("paper-levels-dose").to_uppercase());
    let mut y = top + row_h;
    for row in rows {
        piece.text(x + 5.0, y + 9.4, style::CELL_STRONG, row.level.to_string());
        let text = match &row.name {
            Some(name) => format!("{} — {name}", row.dose),
            None => row.dose.clone(),
        };
        let text = fonts.fit(cell.face, cell.size, &text, width - level_w - 4.0);
        piece.text(x + level_w, y + 9.4, cell, text);
        piece.rule(x, y + row_h, width, colour::RULE, 0.4);
        y += row_h;
    }
    y - top
}

/// A heading over a block of exercises, with its count.
fn block_heading(fonts: &Fonts, title: &str, i18n: &I18n, count: usize) -> Piece {
    let mut piece = Piece::default();
    let height =
        paragraph(&mut piece, fonts, style::HEADING, 0.0, 0.0, CONTENT_WIDTH * 0.75, title);
    let count = i18n.tr_args("exercise-count", &[("count", count.into())]);
    let w = fonts.width(style::SMALL.face, style::SMALL.size, &count);
    piece.text(CONTENT_WIDTH - w, style::HEADING.ascent(), style::SMALL, count);
    piece.rect(0.0, height + 2.0, 28.0, 2.2, Some(colour::ACCENT));
    piece.height = height + 4.0;
    piece
}

/// The line height of small capital labels set on several lines.
pub(super) const LABEL_LINE: f32 = 8.6;

/// A small capital label in lines of at most `width`, at most `most` of them: what the last
/// one cannot hold is cut short.
pub(super) fn label_lines(fonts: &Fonts, label: &str, width: f32, most: usize) -> Vec<String> {
    let (face, size) = (style::LABEL.face, style::LABEL.size);
    let mut lines = fonts.wrap(face, size, &label.to_uppercase(), width);
    if lines.len() > most.max(1) {
        let rest = lines.split_off(most.max(1) - 1).join(" ");
        lines.push(rest);
    }
    lines.iter().map(|line| fonts.fit(face, size, line, width)).collect()
}

/// Facts in a tinted band: small labels over large figures.
pub(super) fn fact_band(fonts: &Fonts, facts: &[(String, String)]) -> Piece {
    let columns = facts.len().max(1) as f32;
    let width = CONTENT_WIDTH / columns;
    let room = width - 16.0;
    // A label too long for its column ("PAIN BEFORE → AFTER") takes a second line, and the
    // whole band grows by it, before anything is cut short.
    let labels: Vec<Vec<String>> =
        facts.iter().map(|(label, _)| label_lines(fonts, label, room, 2)).collect();
    let extra = LABEL_LINE * (labels.iter().map(Vec::len).max().unwrap_or(1).max(1) - 1) as f32;
    let mut piece = Piece::default();
    let height = 48.0 + extra;
    piece.rect(0.0, 0.0, CONTENT_WIDTH, height, Some(colour::PANEL));
    let figure = style::FIGURE.with_size(15.0);
    for (i, ((_, value), label)) in facts.iter().zip(labels).enumerate() {
        let x = i as f32 * width + 12.0;
        for (n, line) in label.into_iter().enumerate() {
            piece.text(x, 16.0 + LABEL_LINE * n as f32, style::LABEL, line);
        }
        // A figure too wide for its column ("about 36 min" beside three others) is set
        // smaller before it is cut short.
        let figure = if fonts.width(figure.face, figure.size, value) > room {
            figure.with_size(12.0)
        } else {
            figure
        };
        let value = fonts.fit(figure.face, figure.size, value, room);
        piece.text(x, 36.0 + extra, figure, value);
    }
    piece.height = height;
    piece
}

/// The rest between sets of an exercise at `level` as the program times it: its own (or its
/// level's), over its block's, over the program's default.
fn exercise_rest(
    program: &program::Program,
    block: program::Timing,
    written: &program::Exercise,
    level: u32,
) -> Option<u32> {
    let exercise = written.at_level(level);
    (exercise.set_count() > 1)
        .then(|| exercise.timing.over(block).set_rest.unwrap_or(program.defaults.set_rest))
        .filter(|s| *s > 0)
}

/// Every level of an exercise (none but level 1 when it has no levels): its dose, and its
/// name where a level renames it.
fn level_rows(written: &program::Exercise, i18n: &I18n) -> Vec<LevelRow> {
    let lang = i18n.language();
    let base_name = written.name.get(lang);
    (1..=written.levels())
        .map(|level| {
            let at = written.at_level(level);
            let name = at.name.get(lang);
            LevelRow {
                level,
                name: (name != base_name).then(|| name.to_owned()),
                dose: dose::describe(i18n, &at.dosage, at.set_count(), at.sides),
            }
        })
        .collect()
}

fn exercise(
    planned: &PlannedExercise,
    set_rest: Option<u32>,
    picture: Option<usize>,
    i18n: &I18n,
) -> Exercise {
    let lang = i18n.language();
    let dose = dose::of_planned(i18n, planned);
    Exercise {
        name: planned.name.get(lang).to_owned(),
        rest: set_rest.map(|s| {
            i18n.tr_args("paper-rest-between-sets", &[("time", dose::seconds_text(i18n, s).into())])
        }),
        levels: Vec::new(),
        dose,
        instructions: planned.instructions.as_ref().map(|t| t.get(lang).to_owned()),
        cues: planned.cues.iter().map(|cue| cue.text.get(lang).to_owned()).collect(),
        equipment: planned.equipment.iter().map(|thing| thing.get(lang).to_owned()).collect(),
        picture,
    }
}

/// The program's own image when it reads (an SVG stays vectors), else the project's drawing.
fn picture_of(planned: &PlannedExercise, base_dir: Option<&Path>) -> Option<Picture> {
    let own = planned.image.as_deref().zip(base_dir).and_then(|(image, base)| {
        let path = base.join(image);
        if std::fs::metadata(&path).ok()?.len() > MAX_IMAGE_BYTES {
            return None;
        }
        let bytes = std::fs::read(&path).ok()?;
        let extension = path.extension()?.to_string_lossy().to_ascii_lowercase();
        if extension == "svg" { Picture::svg(&bytes) } else { Picture::raster(bytes, &extension) }
    });
    // The project's drawing as the app shows it at this level, in the end pose (the one a
    // physio draws: the position to reach).
    own.or_else(|| {
        let find = |name: &str| ILLUSTRATIONS.iter().find(|(stem, _)| *stem == name);
        let level = (planned.levels > 1).then_some(planned.level);
        let name = pose::drawing_name(&planned.id, level, Pose::End, |n| find(n).is_some())?;
        find(&name).and_then(|(_, svg)| Picture::svg(svg.as_bytes()))
    })
}
