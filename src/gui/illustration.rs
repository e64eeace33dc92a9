//! The exercise illustrations: the project's line drawings (assets/illustrations/, embedded and
//! matched by exercise id) and the images a physio puts beside a program file, each in up to
//! two poses ([`Pose`]: `<id>.start.svg` beside `<id>.svg`, `a.start.svg` beside `a.svg`).

use crate::gui::theme;
use crate::pose::{Pose, drawing_name, start_image};
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
    /// Reads `images` (paths as written in the program) from `base_dir`, with the start pose
    /// beside each when there is one; those that are missing, too large or unreadable are left
    /// out, so the project's drawing (or the image itself, for a start pose) shows instead.
    pub fn load<'a>(images: impl IntoIterator<Item = &'a Path>, base_dir: Option<&Path>) -> Self {
        let Some(base) = base_dir else { return Self::default() };
        let mut loaded = HashMap::new();
        for image in images {
            // The validator checked the image; its start pose is checked the same way here
            // (a file inside the program's folder), as nothing else looks at it.
            let start = start_image(image);
            let start_ok = crate::program::image_problem(base, &start).is_none();
            for path in std::iter::once(image.to_owned()).chain(start_ok.then_some(start)) {
                if let Some(picture) = load_beside(base, &path) {
                    loaded.insert(path, picture);
                }
            }
        }
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

    /// The picture for an exercise in `pose` (done at `level`, when it has levels): the
    /// program's own image if it has one that loads (its start pose beside it, else the image
    /// itself), else the project's drawing for that exercise id and level (see
    /// [`drawing_name`]), in the theme's colours.
    pub fn for_exercise(
        &self,
        id: &str,
        level: Option<u32>,
        image: Option<&Path>,
        images: &ProgramImages,
        dark: bool,
        pose: Pose,
    ) -> Option<Picture> {
        let drawings = if dark { &self.dark } else { &self.light };
        let own = |path: &Path| images.loaded.get(path).cloned();
        let start = (pose == Pose::Start).then_some(());
        match image.and_then(|image| own(image).map(|picture| (image, picture))) {
            Some((image, picture)) => {
                Some(start.and_then(|()| own(&start_image(image))).unwrap_or(picture))
            }
            None => drawing_name(id, level, pose, |name| drawings.contains_key(name))
                .and_then(|name| drawings.get(name.as_str()))
                .cloned()
                .map(Picture::Svg),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The id of the handle a picture draws, to tell which file it is.
    fn handle_id(picture: Option<Picture>) -> Option<u64> {
        match picture? {
            Picture::Svg(handle) => Some(handle.id()),
            Picture::Raster(_) => None,
        }
    }

    #[test]
    fn the_drawing_of_each_pose_and_the_main_one_where_there_is_no_start() {
        let drawings = Illustrations::new();
        let none = ProgramImages::default();
        let pick = |id, pose| handle_id(drawings.for_exercise(id, None, None, &none, false, pose));
        let light = |stem: &str| drawings.light.get(stem).map(svg::Handle::id);
        assert_eq!(pick("bridge", Pose::End), light("bridge"));
        assert_eq!(pick("bridge", Pose::Start), light("bridge.start"));
        assert_ne!(light("bridge"), light("bridge.start"));
        // A hold has one drawing: it shows in every pose.
        assert_eq!(pick("plank", Pose::Start), light("plank"));
        assert_eq!(pick("no-such-exercise", Pose::Start), None);
        let dark = handle_id(drawings.for_exercise("bridge", None, None, &none, true, Pose::Start));
        assert_eq!(dark, drawings.dark.get("bridge.start").map(svg::Handle::id));
    }

    #[test]
    fn a_level_that_changes_the_position_has_its_own_drawing() {
        let drawings = Illustrations::new();
        let none = ProgramImages::default();
        let pick =
            |id, level, pose| handle_id(drawings.for_exercise(id, level, None, &none, false, pose));
        let light = |stem: &str| drawings.light.get(stem).map(svg::Handle::id);
        // The built-in plank: on the knees, then on the toes (level 2 and, a longer hold,
        // level 3); a program's plank without levels is the plank on the toes.
        assert_eq!(pick("plank", Some(1), Pose::End), light("plank.level1"));
        assert_eq!(pick("plank", Some(2), Pose::End), light("plank.level2"));
        assert_eq!(pick("plank", Some(3), Pose::End), light("plank.level2"));
        assert_eq!(pick("plank", None, Pose::End), light("plank"));
        assert_ne!(light("plank"), light("plank.level1"));
        // The single-leg bridge starts from its own start pose, not the two-legged one.
        assert_eq!(pick("bridge", Some(3), Pose::Start), light("bridge.level3.start"));
        assert_eq!(pick("bridge", Some(4), Pose::End), light("bridge.level3"));
        assert_eq!(pick("bridge", Some(1), Pose::Start), light("bridge.start"));
    }

    #[test]
    fn a_programs_image_and_the_start_pose_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("images")).unwrap();
        let write = |name: &str| std::fs::write(dir.path().join(name), "<svg/>").unwrap();
        write("images/lift.svg");
        write("images/lift.start.svg");
        write("images/hold.svg");
        let (lift, hold) = (Path::new("images/lift.svg"), Path::new("images/hold.svg"));
        let images = ProgramImages::load([lift, hold], Some(dir.path()));
        assert_eq!(images.loaded.len(), 3, "{:?}", images.loaded.keys());
        let drawings = Illustrations::new();
        let pick = |image, pose| {
            handle_id(drawings.for_exercise("bridge", None, Some(image), &images, false, pose))
        };
        let own = |path: &str| handle_id(images.loaded.get(Path::new(path)).cloned());
        assert_eq!(pick(lift, Pose::End), own("images/lift.svg"));
        assert_eq!(pick(lift, Pose::Start), own("images/lift.start.svg"));
        // The program's own picture wins over the project's start drawing of the same id.
        assert_eq!(pick(hold, Pose::Start), own("images/hold.svg"));
    }
}
