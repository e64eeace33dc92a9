//! The pictures beside a program file. They arrive by e-mail with the program, so each one is
//! untrusted input: it is read with a size limit, decoded and checked against the limits below
//! when the program is validated ([`check_file`], called by the program checker), and turned
//! into pixels of a bounded size when the app shows it ([`load_file`], on a thread of its own).
//! The app never hands a file to the toolkit: it draws the bitmap made here, so drawing costs
//! the same for a hostile file as for a plain one.
//!
//! Rasters (PNG, JPEG, GIF, WebP) are decoded by the `image` crate, SVG drawings are read by
//! usvg and drawn by resvg: the same decoders the toolkit builds, with limits of our own on
//! top (see [`svg`] for a drawing's: depth, parts, references, filters and the work to draw it).

mod raster;
mod svg;

pub use svg::{MAX_DEPTH, MAX_FILTER_STEPS, MAX_LAYERS, MAX_PARTS, MAX_TEXT_CHARS, MAX_WORK};

use crate::i18n::Message;
use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::SystemTime;

/// A picture file may be at most this large (4 MiB).
pub const MAX_BYTES: u64 = 4 << 20;
/// A raster picture may be at most this many pixels wide and high.
pub const MAX_SIDE: u32 = 4096;
/// The longest side, in pixels, a picture is drawn at: an SVG drawing is rendered to fit
/// this square and a larger raster is scaled down to it.
pub const SHOWN_SIDE: u32 = 1024;

/// The kind of a picture, from its contents (an SVG drawing: from its name).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Svg,
    Png,
    Jpeg,
    Gif,
    WebP,
}

/// What a picture that passed is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Info {
    pub format: Format,
    /// In pixels (for a drawing: its own size, in CSS pixels).
    pub width: u32,
    pub height: u32,
}

/// Why a picture cannot be shown, for the person who made the program: [`Problem::message`]
/// says it in their language, `Display` in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The system's reason, as it gave it.
    Unreadable(String),
    NotAFile,
    TooBig(u64),
    Empty,
    UnknownFormat,
    TooLarge {
        width: u32,
        height: u32,
    },
    /// What the decoder found.
    Damaged(Message),
    /// An SVG drawing that breaks a limit; the message says which and what to do.
    Drawing(Message),
}

impl Problem {
    /// Why, to be put into words ("it is 5000000 bytes; a picture may be at most ...").
    pub fn message(&self) -> Message {
        match self {
            Self::Unreadable(detail) => Message::new("picture-unreadable").with("detail", detail),
            Self::NotAFile => Message::new("picture-not-a-file"),
            Self::TooBig(bytes) => Message::new("picture-too-big")
                .with("bytes", bytes.to_string())
                .with("max", MAX_BYTES.to_string()),
            Self::Empty => Message::new("picture-empty"),
            Self::UnknownFormat => Message::new("picture-unknown-format"),
            Self::TooLarge { width, height } => Message::new("picture-too-large")
                .with("width", *width)
                .with("height", *height)
                .with("max", MAX_SIDE),
            Self::Damaged(why) => Message::new("picture-damaged").with("why", why.clone()),
            Self::Drawing(why) => why.clone(),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for Problem {}

/// A picture as pixels, ready to draw: `width × height` RGBA (not premultiplied), each side
/// at most [`SHOWN_SIDE`].
#[derive(Clone, PartialEq, Eq)]
pub struct Rgba {
    pub width: u32,
    pub height: u32,
    pub pixels: Vec<u8>,
}

impl std::fmt::Debug for Rgba {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Rgba({} × {})", self.width, self.height)
    }
}

/// Whether `path` names an SVG drawing (by its extension, as the program format says).
pub fn is_svg(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg"))
}

/// Reads a picture file: a regular file (links followed) of at most [`MAX_BYTES`]. A pipe or
/// a device is refused before it is opened, so it can neither block nor run on forever.
pub fn read(path: &Path) -> Result<Vec<u8>, Problem> {
    let unreadable = |e: std::io::Error| Problem::Unreadable(e.to_string());
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(Problem::NotAFile);
    }
    if metadata.len() > MAX_BYTES {
        return Err(Problem::TooBig(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::new();
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Problem::TooBig(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Checks the picture `bytes` (an SVG drawing when `svg`): it decodes, within every limit.
pub fn check(bytes: &[u8], svg: bool) -> Result<Info, Problem> {
    if bytes.is_empty() {
        return Err(Problem::Empty);
    }
    if svg { svg::check(bytes) } else { raster::check(bytes) }
}

/// The pixels of the picture `bytes`, fitted into [`SHOWN_SIDE`] and, in all, at most
/// `max_pixels` (at least one).
pub fn decode(bytes: &[u8], svg: bool, max_pixels: u64) -> Result<Rgba, Problem> {
    if bytes.is_empty() {
        return Err(Problem::Empty);
    }
    let max_pixels = max_pixels.clamp(1, u64::from(SHOWN_SIDE) * u64::from(SHOWN_SIDE));
    if svg { svg::decode(bytes, max_pixels) } else { raster::decode(bytes, max_pixels) }
}

/// `pixels` made smaller to fit `max_pixels`, if they do not already.
pub fn shrink(pixels: &Rgba, max_pixels: u64) -> Rgba {
    let (width, height) =
        fitted(f64::from(pixels.width), f64::from(pixels.height), max_pixels.max(1), false);
    let image = image::RgbaImage::from_raw(pixels.width, pixels.height, pixels.pixels.clone());
    match image {
        Some(image) if (width, height) != (pixels.width, pixels.height) => {
            let small = image::imageops::thumbnail(&image, width, height);
            Rgba { width, height, pixels: small.into_raw() }
        }
        _ => pixels.clone(),
    }
}

/// Checks the picture file at `path` (see [`check`]). The answer is kept for as long as the
/// file keeps its size and time of change, so a library read again does not decode again.
pub fn check_file(path: &Path) -> Result<Info, Problem> {
    type Key = (PathBuf, u64, Option<SystemTime>);
    static CHECKED: Mutex<Option<HashMap<Key, Result<Info, Problem>>>> = Mutex::new(None);
    /// Enough for every picture of a large library; past it the memory is started afresh.
    const KEPT: usize = 4096;

    let metadata = std::fs::metadata(path).map_err(|e| Problem::Unreadable(e.to_string()))?;
    let key = (path.to_owned(), metadata.len(), metadata.modified().ok());
    if let Some(known) = CHECKED.lock().ok().and_then(|kept| kept.as_ref()?.get(&key).cloned()) {
        return known;
    }
    let result = read(path).and_then(|bytes| check(&bytes, is_svg(path)));
    if let Ok(mut kept) = CHECKED.lock() {
        let kept = kept.get_or_insert_with(HashMap::new);
        if kept.len() >= KEPT {
            kept.clear();
        }
        kept.insert(key, result.clone());
    }
    result
}

/// Reads and decodes the picture file at `path` (see [`decode`]).
pub fn load_file(path: &Path, max_pixels: u64) -> Result<Rgba, Problem> {
    read(path).and_then(|bytes| decode(&bytes, is_svg(path), max_pixels))
}

/// The size to draw a `width × height` picture at: within [`SHOWN_SIDE`] and `max_pixels`,
/// never larger than it is (a drawing may be scaled up to [`SHOWN_SIDE`]), at least 1 × 1.
fn fitted(width: f64, height: f64, max_pixels: u64, grow: bool) -> (u32, u32) {
    let side = f64::from(SHOWN_SIDE);
    let mut scale = (side / width).min(side / height);
    if !grow {
        scale = scale.min(1.0);
    }
    let area = width * scale * height * scale;
    if area > max_pixels as f64 {
        scale *= (max_pixels as f64 / area).sqrt();
    }
    // Float-to-int casts saturate; the clamp keeps both sides in 1..=SHOWN_SIDE.
    let round = |x: f64| ((x * scale).round() as u32).clamp(1, SHOWN_SIDE);
    (round(width), round(height))
}

#[cfg(test)]
mod tests;
