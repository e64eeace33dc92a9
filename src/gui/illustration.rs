//! The exercise illustrations: the project's line drawings (assets/illustrations/, embedded and
//! matched by exercise id) and the images a physio puts beside a program file.

use crate::gui::theme;
use iced::widget::svg;
use std::collections::HashMap;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/illustrations.rs"));

/// The largest image file read from beside a program (a hostile file can't exhaust memory).
const MAX_IMAGE_BYTES: u64 = 4 << 20;

/// An image ready to draw.
#[derive(Debug, Clone)]
pub enum Picture {
    Svg(svg::Handle),
    Raster(iced::widget::image::Handle),
}

/// Illustration handles, recoloured for the theme once and kept.
#[derive(Debug, Default)]
pub struct Illustrations {
    dark: bool,
    builtin: HashMap<&'static str, svg::Handle>,
}

impl Illustrations {
    /// Handles for every embedded drawing, in the stroke colour of the theme.
    pub fn new(dark: bool) -> Self {
        let stroke = theme::illustration_stroke(dark);
        let builtin = ILLUSTRATIONS
            .iter()
            .map(|(id, svg)| {
                let recoloured = svg.replace(theme::ILLUSTRATION_STROKE, stroke);
                (*id, svg::Handle::from_memory(recoloured.into_bytes()))
            })
            .collect();
        Self { dark, builtin }
    }

    /// Whether these were made for the dark theme.
    pub fn is_dark(&self) -> bool {
        self.dark
    }

    /// The picture for an exercise: the program's own image if it has one that loads, else the
    /// project's drawing for that exercise id.
    pub fn for_exercise(
        &self,
        id: &str,
        image: Option<&Path>,
        base_dir: Option<&Path>,
    ) -> Option<Picture> {
        if let (Some(image), Some(base)) = (image, base_dir)
            && let Some(picture) = load_beside(base, image)
        {
            return Some(picture);
        }
        self.builtin.get(id).cloned().map(Picture::Svg)
    }

    /// How many drawings are embedded.
    pub fn len(&self) -> usize {
        self.builtin.len()
    }

    /// Whether no drawing is embedded.
    pub fn is_empty(&self) -> bool {
        self.builtin.is_empty()
    }
}

/// Reads a program's image; the program validator has already refused absolute paths and `..`.
fn load_beside(base: &Path, image: &Path) -> Option<Picture> {
    let path = base.join(image);
    let size = std::fs::metadata(&path).ok()?.len();
    if size > MAX_IMAGE_BYTES {
        return None;
    }
    let bytes = std::fs::read(&path).ok()?;
    let is_svg = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("svg"));
    Some(if is_svg {
        Picture::Svg(svg::Handle::from_memory(bytes))
    } else {
        Picture::Raster(iced::widget::image::Handle::from_bytes(bytes))
    })
}

/// The ids of every embedded drawing.
pub fn builtin_ids() -> impl Iterator<Item = &'static str> {
    ILLUSTRATIONS.iter().map(|(id, _)| *id)
}
