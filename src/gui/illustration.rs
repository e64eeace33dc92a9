//! The exercise illustrations: the project's line drawings (assets/illustrations/, embedded and
//! matched by exercise id) and the images a physio puts beside a program file.

use crate::gui::theme;
use iced::widget::svg;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/illustrations.rs"));

/// The largest image file read from beside a program (a hostile file can't exhaust memory).
const MAX_IMAGE_BYTES: u64 = 4 << 20;

/// An image ready to draw.
#[derive(Debug, Clone)]
pub enum Picture {
    Svg(svg::Handle),
    Raster(iced::widget::image::Handle),
}

/// Illustration handles, recoloured for each theme once and kept.
#[derive(Debug, Default)]
pub struct Illustrations {
    light: HashMap<&'static str, svg::Handle>,
    dark: HashMap<&'static str, svg::Handle>,
}

/// The images beside one program file, read once when the program is opened: a view that
/// read them would hit the disk, and make iced rasterize a new handle, on every redraw.
#[derive(Debug, Clone, Default)]
pub struct ProgramImages {
    loaded: HashMap<PathBuf, Picture>,
}

impl ProgramImages {
    /// Reads `images` (paths as written in the program) from `base_dir`; those that are
    /// missing, too large or unreadable are left out, so the project's drawing shows instead.
    pub fn load<'a>(images: impl IntoIterator<Item = &'a Path>, base_dir: Option<&Path>) -> Self {
        let Some(base) = base_dir else { return Self::default() };
        let loaded = images
            .into_iter()
            .filter_map(|image| Some((image.to_owned(), load_beside(base, image)?)))
            .collect();
        Self { loaded }
    }
}

impl Illustrations {
    /// Handles for every embedded drawing, in the stroke colour of each theme.
    pub fn new() -> Self {
        let recoloured = |dark: bool| {
            let stroke = theme::illustration_stroke(dark);
            ILLUSTRATIONS
                .iter()
                .map(|(id, svg)| {
                    let recoloured = svg.replace(theme::ILLUSTRATION_STROKE, stroke);
                    (*id, svg::Handle::from_memory(recoloured.into_bytes()))
                })
                .collect()
        };
        Self { light: recoloured(false), dark: recoloured(true) }
    }

    /// The picture for an exercise: the program's own image if it has one that loads, else the
    /// project's drawing for that exercise id, in the theme's colours.
    pub fn for_exercise(
        &self,
        id: &str,
        image: Option<&Path>,
        images: &ProgramImages,
        dark: bool,
    ) -> Option<Picture> {
        let drawings = if dark { &self.dark } else { &self.light };
        image
            .and_then(|image| images.loaded.get(image).cloned())
            .or_else(|| drawings.get(id).cloned().map(Picture::Svg))
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
