//! Paper for the physio: the program handout and the progress report, as A4 PDF.
//!
//! Domain code (no iced): a [`Handout`] or [`Report`] is built from a program or the history,
//! laid out into pages of drawing operations (`layout`), and written as PDF with krilla
//! (`pdf`): real text in the embedded Inter faces, so it can be selected and searched, and the
//! exercise drawings as vectors from the same SVG files the app shows.

mod chart;
pub mod handout;
pub mod layout;
mod pdf;
pub mod report;
pub mod text;

pub use handout::{Handout, LevelRow};
pub use report::{Report, Span};

include!(concat!(env!("OUT_DIR"), "/illustrations.rs"));

/// The largest image file read from beside a program (as in the app).
const MAX_IMAGE_BYTES: u64 = 4 << 20;

/// A written PDF and its number of pages.
#[derive(Debug, Clone)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
}

/// Why a handout or a report could not be made.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    /// A level the program does not have.
    #[error(
        "this program has {levels} level{}; level {asked} is not one of them",
        if *levels == 1 { "" } else { "s" }
    )]
    NoSuchLevel { asked: u32, levels: u32 },
    /// A report that would end before it starts.
    #[error("the report must start on or before its last day, but {from} is after {to}")]
    BackwardsSpan { from: chrono::NaiveDate, to: chrono::NaiveDate },
    /// The history could not be read.
    #[error(transparent)]
    History(#[from] crate::history::Error),
    /// The PDF writer refused (a bug, or a font that cannot be used).
    #[error("cannot make the PDF: {0}")]
    Pdf(String),
}

impl Error {
    /// What went wrong, in the user's language.
    pub fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            Self::NoSuchLevel { asked, levels } => Message::new("paper-error-no-such-level")
                .with("asked", *asked)
                .with("levels", *levels),
            Self::BackwardsSpan { from, to } => Message::new("paper-error-backwards-span")
                .with("from", from.to_string())
                .with("to", to.to_string()),
            Self::History(error) => error.message(),
            Self::Pdf(detail) => Message::new("paper-error-pdf").with("detail", detail),
        }
    }
}
