//! Pages as lists of drawing operations, and the flow that fills them: a piece (a card, a
//! table row, a chart) is laid out on its own first, so it can be moved whole to the next page
//! when it does not fit. The PDF is written from these lists in `pdf.rs`; tests read them.

use super::text::{Face, Fonts};

/// A4 in points.
pub const PAGE_WIDTH: f32 = 595.28;
pub const PAGE_HEIGHT: f32 = 841.89;
/// The margins: 18 mm at the sides and the top, room for the footer below.
pub const MARGIN: f32 = 51.0;
pub const MARGIN_BOTTOM: f32 = 56.0;
/// The width text runs in.
pub const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// The palette: the app's light theme and the drawings' ink, so paper and screen belong
/// together.
pub mod colour {
    use super::Rgb;
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
    /// Text and the figures' lines (the illustrations' ink).
    pub const INK: Rgb = Rgb(0x1f, 0x29, 0x33);
    /// Secondary text.
    pub const MUTED: Rgb = Rgb(0x5f, 0x6b, 0x78);
    /// Hairlines and grid lines.
    pub const RULE: Rgb = Rgb(0xd5, 0xd9, 0xde);
    /// A light panel behind facts and table heads.
    pub const PANEL: Rgb = Rgb(0xf4, 0xf1, 0xed);
    /// The app's primary colour: section marks, the dose, pain after.
    pub const ACCENT: Rgb = Rgb(0xc9, 0x48, 0x2a);
    /// The safety box.
    pub const DANGER: Rgb = Rgb(0xc5, 0x30, 0x30);
    pub const DANGER_TINT: Rgb = Rgb(0xfc, 0xef, 0xec);
    /// Met targets.
    pub const SUCCESS: Rgb = Rgb(0x1f, 0x8a, 0x5b);
    /// Pain before, effort.
    pub const BLUE: Rgb = Rgb(0x2f, 0x6f, 0xb5);
    pub const AMBER: Rgb = Rgb(0xb7, 0x79, 0x1f);
}

/// What a page is made of. Coordinates in points from the top left; `y` of text is its
/// baseline.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Text {
        x: f32,
        y: f32,
        face: Face,
        size: f32,
        colour: Rgb,
        text: String,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    /// An open polyline (a rule, a chart's line); `dashed` for targets.
    Line {
        points: Vec<(f32, f32)>,
        colour: Rgb,
        width: f32,
        dashed: bool,
    },
    Circle {
        cx: f32,
        cy: f32,
        r: f32,
        fill: Option<Rgb>,
        stroke: Option<(Rgb, f32)>,
    },
    /// A picture of the document's list, scaled into the box keeping its proportions.
    Picture {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        index: usize,
    },
}

impl Op {
    fn moved(mut self, dx: f32, dy: f32) -> Self {
        match &mut self {
            Op::Text { x, y, .. } | Op::Rect { x, y, .. } | Op::Picture { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Op::Circle { cx, cy, .. } => {
                *cx += dx;
                *cy += dy;
            }
            Op::Line { points, .. } => {
                for (x, y) in points {
                    *x += dx;
                    *y += dy;
                }
            }
        }
        self
    }
}

/// One page's operations.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub ops: Vec<Op>,
}

impl Page {
    /// Every text on the page, in the order drawn (for tests).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.ops.iter().filter_map(|op| match op {
            Op::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

/// A piece laid out from its own top left (0, 0), with its height.
#[derive(Debug, Clone, Default)]
pub struct Piece {
    pub ops: Vec<Op>,
    pub height: f32,
}

impl Piece {
    pub fn push(&mut self, op: Op) {
        self.ops.push(op);
    }

    /// Adds `other` at `(dx, dy)` of this piece, growing it to hold it.
    pub fn place(&mut self, other: Piece, dx: f32, dy: f32) {
        self.height = self.height.max(dy + other.height);
        self.ops.extend(other.ops.into_iter().map(|op| op.moved(dx, dy)));
    }

    pub fn text(&mut self, x: f32, baseline: f32, style: Style, text: impl Into<String>) {
        let text = text.into();
        if text.is_empty() {
            return;
        }
        self.push(Op::Text {
            x,
            y: baseline,
            face: style.face,
            size: style.size,
            colour: style.colour,
            text,
        });
    }

    pub fn rule(&mut self, x: f32, y: f32, w: f32, colour: Rgb, width: f32) {
        self.push(Op::Line { points: vec![(x, y), (x + w, y)], colour, width, dashed: false });
    }

    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Option<Rgb>) {
        self.push(Op::Rect { x, y, w, h, fill, stroke: None });
    }
}

/// A face, a size, a colour and the distance between baselines.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub face: Face,
    pub size: f32,
    pub colour: Rgb,
    pub leading: f32,
}

impl Style {
    pub const fn new(face: Face, size: f32, colour: Rgb) -> Self {
        Self { face, size, colour, leading: size * 1.38 }
    }

    pub const fn colour(self, colour: Rgb) -> Self {
        Self { colour, ..self }
    }

    /// The style at another size (the leading follows).
    pub const fn with_size(self, size: f32) -> Self {
        Self { size, leading: size * 1.38, ..self }
    }

    /// How far the baseline of a first line sits below the top of its box.
    pub fn ascent(self) -> f32 {
        self.size * 0.95
    }
}

/// The house styles.
pub mod style {
    use super::{Face, Style, colour};
    pub const TITLE: Style = Style::new(Face::Display, 25.0, colour::INK);
    pub const HEADING: Style = Style::new(Face::Display, 15.0, colour::INK);
    pub const NAME: Style = Style::new(Face::Semibold, 12.5, colour::INK);
    pub const DOSE: Style = Style::new(Face::Semibold, 11.0, colour::ACCENT);
    pub const BODY: Style = Style::new(Face::Regular, 9.8, colour::INK);
    pub const SMALL: Style = Style::new(Face::Regular, 8.4, colour::MUTED);
    pub const LABEL: Style = Style::new(Face::Semibold, 7.6, colour::MUTED);
    pub const CELL: Style = Style::new(Face::Regular, 8.6, colour::INK);
    pub const CELL_STRONG: Style = Style::new(Face::Semibold, 8.6, colour::INK);
    pub const FIGURE: Style = Style::new(Face::Display, 19.0, colour::INK);
}

/// Lays out `text` wrapped to `width` at (x, top); returns the height used.
pub fn paragraph(
    piece: &mut Piece,
    fonts: &Fonts,
    style: Style,
    x: f32,
    top: f32,
    width: f32,
    text: &str,
) -> f32 {
    let lines = fonts.wrap(style.face, style.size, text, width);
    for (i, line) in lines.iter().enumerate() {
        piece.text(x, top + style.ascent() + i as f32 * style.leading, style, line.as_str());
    }
    let height = lines.len() as f32 * style.leading;
    piece.height = piece.height.max(top + height);
    height
}

/// Pages filled from the top down.
pub struct Flow {
    pub pages: Vec<Page>,
    /// Where the next piece goes on the last page.
    pub y: f32,
}

impl Default for Flow {
    fn default() -> Self {
        Self::new()
    }
}

impl Flow {
    pub fn new() -> Self {
        Self { pages: vec![Page::default()], y: MARGIN }
    }

    /// The room left on the current page.
    pub fn room(&self) -> f32 {
        PAGE_HEIGHT - MARGIN_BOTTOM - self.y
    }

    pub fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN;
    }

    /// Places `piece` at the left margin: on this page when it fits, else on a new one (a
    /// piece taller than a page starts a new page and runs over the margin rather than be
    /// lost); then leaves `gap` below it.
    pub fn add(&mut self, piece: Piece, gap: f32) {
        if piece.height > self.room() && self.y > MARGIN {
            self.new_page();
        }
        let y = self.y;
        if let Some(page) = self.pages.last_mut() {
            page.ops.extend(piece.ops.into_iter().map(|op| op.moved(MARGIN, y)));
        }
        self.y += piece.height + gap;
    }

    /// Adds `head` only when `first` fits after it on the same page, so a heading never
    /// ends a page alone.
    pub fn add_with_next(&mut self, head: Piece, gap: f32, first: Piece, gap_after: f32) {
        if head.height + gap + first.height > self.room() && self.y > MARGIN {
            self.new_page();
        }
        self.add(head, gap);
        self.add(first, gap_after);
    }

    pub fn skip(&mut self, gap: f32) {
        self.y += gap;
    }
}

/// The footer of every page: on the left what the document is, on the right "page n of m".
pub fn footers(
    pages: &mut [Page],
    fonts: &Fonts,
    left: &str,
    page_label: impl Fn(usize, usize) -> String,
) {
    let total = pages.len();
    let baseline = PAGE_HEIGHT - 34.0;
    for (i, page) in pages.iter_mut().enumerate() {
        let mut piece = Piece::default();
        piece.rule(0.0, baseline - 13.0, CONTENT_WIDTH, colour::RULE, 0.6);
        let left = fonts.fit(style::SMALL.face, style::SMALL.size, left, CONTENT_WIDTH * 0.7);
        piece.text(0.0, baseline, style::SMALL, left);
        let label = page_label(i + 1, total);
        let width = fonts.width(style::SMALL.face, style::SMALL.size, &label);
        piece.text(CONTENT_WIDTH - width, baseline, style::SMALL, label);
        page.ops.extend(piece.ops.into_iter().map(|op| op.moved(MARGIN, 0.0)));
    }
}
