//! The exercise illustrations: the project's line drawings (assets/illustrations/, embedded and
//! matched by exercise id) and the pictures a physio puts beside a program file, each in up to
//! two poses ([`Pose`]: `<id>.start.svg` beside `<id>.svg`, `a.start.svg` beside `a.svg`).
//!
//! A program's pictures are untrusted: they are read and decoded by [`crate::picture`] on a
//! thread of their own, into bitmaps of a bounded size, and only those bitmaps reach iced.
//! A picture that cannot be shown becomes a plain placeholder.

use crate::gui::theme;
use crate::i18n::Message as Words;
use crate::picture;
use crate::pose::{Pose, drawing_name, start_image};
use iced::Task;
use iced::widget::{image, svg};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

include!(concat!(env!("OUT_DIR"), "/illustrations.rs"));

/// All of one program's pictures together take at most this many pixels (64 MiB as RGBA):
/// a program of 200 pictures gets smaller ones, not 200 large ones.
const PROGRAM_PIXELS: u64 = 16 * 1024 * 1024;
/// The longest side of the small copy drawn in lists (twice the list's 150 points, for
/// screens that scale by two).
const SMALL_SIDE: u64 = 400;
/// Lists draw the small copy up to this width.
const SMALL_UP_TO: f32 = 200.0;

/// An image ready to draw.
#[derive(Debug, Clone)]
pub enum Picture {
    /// One of the project's drawings.
    Svg(svg::Handle),
    /// A program's picture, decoded: a small copy for lists and a large one.
    Raster { small: image::Handle, large: image::Handle },
    /// A program's picture still being read.
    Loading,
    /// A program's picture that cannot be shown, with the words to show instead.
    Unavailable(String),
}

/// Illustration handles, recoloured for each theme once and kept.
#[derive(Debug, Default)]
pub struct Illustrations {
    light: HashMap<&'static str, svg::Handle>,
    dark: HashMap<&'static str, svg::Handle>,
}

/// One program picture as read.
#[derive(Debug, Clone)]
enum Loaded {
    Shown { small: image::Handle, large: image::Handle },
    Failed,
}

/// The pictures beside one program file, read once when the program is opened, on a thread
/// of their own: the screens (program, then session) share what it finds as it is ready.
#[derive(Debug, Clone, Default)]
pub struct ProgramImages {
    loaded: Arc<OnceLock<HashMap<PathBuf, Loaded>>>,
}

impl ProgramImages {
    /// Starts reading `images` (paths as written in the program) from `base_dir` and returns
    /// at once; the task ends when they are read, with a line for each that cannot be shown.
    pub fn load<'a>(
        images: impl IntoIterator<Item = &'a Path>,
        base_dir: Option<&Path>,
    ) -> (Self, Task<Vec<Words>>) {
        let this = Self::default();
        let Some(base) = base_dir else {
            let _ = this.loaded.set(HashMap::new());
            return (this, Task::none());
        };
        let mut images: Vec<PathBuf> = images.into_iter().map(Path::to_owned).collect();
        images.sort();
        images.dedup();
        let (done, finished) = iced::futures::channel::oneshot::channel();
        let slot = Arc::clone(&this.loaded);
        let base = base.to_owned();
        let reader = std::thread::Builder::new()
            .name("limber-pictures".into())
            // usvg and resvg recurse for every level of a drawing (at most 48 deep).
            .stack_size(8 << 20)
            .spawn(move || {
                let (loaded, problems) = read_with_starts(&base, &images);
                let _ = slot.set(loaded);
                let _ = done.send(problems);
            });
        if let Err(error) = reader {
            let _ = this.loaded.set(HashMap::new());
            return (
                this,
                Task::done(vec![
                    Words::new("picture-reader-not-started").with("detail", error.to_string()),
                ]),
            );
        }
        (this, Task::perform(finished, Result::unwrap_or_default))
    }

    /// Reads the pictures here and now (for tests and tools); see [`ProgramImages::load`].
    pub fn load_now<'a>(images: impl IntoIterator<Item = &'a Path>, base_dir: &Path) -> Self {
        let images: Vec<PathBuf> = images.into_iter().map(Path::to_owned).collect();
        let this = Self::default();
        let _ = this.loaded.set(read_with_starts(base_dir, &images).0);
        this
    }

    /// Whether every picture has been read.
    pub fn is_ready(&self) -> bool {
        self.loaded.get().is_some()
    }
}

/// Decodes `images` and the start pose beside each that has one: a start pose that is
/// missing or cannot be shown is left out (the image shows in its place) without a word, as
/// nothing asked for it by name; the validator's checks apply to it all the same.
fn read_with_starts(base: &Path, images: &[PathBuf]) -> (HashMap<PathBuf, Loaded>, Vec<Words>) {
    let starts: Vec<PathBuf> = images
        .iter()
        .map(|image| start_image(image))
        .filter(|start| !images.contains(start))
        .filter(|start| crate::program::image_problem(base, start).is_none())
        .collect();
    let all: Vec<PathBuf> = images.iter().chain(&starts).cloned().collect();
    let (mut loaded, problems) = read_all(base, &all);
    loaded.retain(|path, picture| !(starts.contains(path) && matches!(picture, Loaded::Failed)));
    (loaded, problems)
}

/// Decodes every picture, sharing [`PROGRAM_PIXELS`] among them; the lines say which could
/// not be shown and why.
fn read_all(base: &Path, images: &[PathBuf]) -> (HashMap<PathBuf, Loaded>, Vec<Words>) {
    let count = u64::try_from(images.len()).unwrap_or(u64::MAX).max(1);
    let each = PROGRAM_PIXELS / count;
    let mut problems = Vec::new();
    let loaded = images
        .iter()
        .map(|image| {
            let read = picture::read(&base.join(image)).and_then(|bytes| {
                let large = picture::decode(&bytes, picture::is_svg(image), each)?;
                Ok((picture::shrink(&large, SMALL_SIDE * SMALL_SIDE * 2 / 3), large))
            });
            let loaded = match read {
                Ok((small, large)) => Loaded::Shown { small: handle(small), large: handle(large) },
                Err(problem) => {
                    problems.push(
                        Words::new("picture-file-problem")
                            .with("file", image.display().to_string())
                            .with("problem", problem.message()),
                    );
                    Loaded::Failed
                }
            };
            (image.clone(), loaded)
        })
        .collect();
    (loaded, problems)
}

fn handle(pixels: picture::Rgba) -> image::Handle {
    image::Handle::from_rgba(pixels.width, pixels.height, pixels.pixels)
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
    /// program's own image if it has one (its start pose beside it, else the image itself;
    /// being read, or `Unavailable` when it cannot be shown: the caller gives the words),
    /// else the project's drawing for that exercise id and level (see [`drawing_name`]), in
    /// the theme's colours.
    pub fn for_exercise(
        &self,
        id: &str,
        level: Option<u32>,
        image: Option<&Path>,
        images: &ProgramImages,
        dark: bool,
        pose: Pose,
    ) -> Option<Picture> {
        let start = pose == Pose::Start;
        if let Some(image) = image {
            let Some(loaded) = images.loaded.get() else { return Some(Picture::Loading) };
            let shown = |path: &Path| match loaded.get(path) {
                Some(Loaded::Shown { small, large }) => {
                    Some(Picture::Raster { small: small.clone(), large: large.clone() })
                }
                _ => None,
            };
            let picture = start.then(|| shown(&start_image(image))).flatten();
            return Some(
                picture
                    .or_else(|| shown(image))
                    .unwrap_or_else(|| Picture::Unavailable(String::new())),
            );
        }
        let drawings = if dark { &self.dark } else { &self.light };
        drawing_name(id, level, pose, |name| drawings.contains_key(name))
            .and_then(|name| drawings.get(name.as_str()))
            .cloned()
            .map(Picture::Svg)
    }
}

impl Picture {
    /// The handle to draw at `width` points, when it is a program's picture.
    pub fn raster_for(&self, width: f32) -> Option<&image::Handle> {
        match self {
            Self::Raster { small, .. } if width <= SMALL_UP_TO => Some(small),
            Self::Raster { large, .. } => Some(large),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The id of the handle a picture draws, to tell which file it is.
    fn handle_id(picture: Option<Picture>) -> Option<String> {
        match picture? {
            Picture::Svg(handle) => Some(format!("svg {}", handle.id())),
            Picture::Raster { large, .. } => Some(format!("{:?}", large.id())),
            Picture::Loading | Picture::Unavailable(_) => None,
        }
    }

    #[test]
    fn the_drawing_of_each_pose_and_the_main_one_where_there_is_no_start() {
        let drawings = Illustrations::new();
        let none = ProgramImages::default();
        let pick = |id, pose| handle_id(drawings.for_exercise(id, None, None, &none, false, pose));
        let light = |stem: &str| drawings.light.get(stem).map(|h| format!("svg {}", h.id()));
        assert_eq!(pick("bridge", Pose::End), light("bridge"));
        assert_eq!(pick("bridge", Pose::Start), light("bridge.start"));
        assert_ne!(light("bridge"), light("bridge.start"));
        // A hold has one drawing: it shows in every pose.
        assert_eq!(pick("plank", Pose::Start), light("plank"));
        assert_eq!(pick("no-such-exercise", Pose::Start), None);
        let dark = drawings.for_exercise("bridge", None, None, &none, true, Pose::Start);
        let dark_start = drawings.dark.get("bridge.start").map(|h| format!("svg {}", h.id()));
        assert_eq!(handle_id(dark), dark_start);
    }

    #[test]
    fn a_level_that_changes_the_position_has_its_own_drawing() {
        let drawings = Illustrations::new();
        let none = ProgramImages::default();
        let pick =
            |id, level, pose| handle_id(drawings.for_exercise(id, level, None, &none, false, pose));
        let light = |stem: &str| drawings.light.get(stem).map(|h| format!("svg {}", h.id()));
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
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>";
        let write = |name: &str| std::fs::write(dir.path().join(name), svg).unwrap();
        write("images/lift.svg");
        write("images/lift.start.svg");
        write("images/hold.svg");
        // A start pose that cannot be shown is left out: the image shows instead.
        std::fs::write(dir.path().join("images/hold.start.svg"), "not a drawing").unwrap();
        let (lift, hold) = (Path::new("images/lift.svg"), Path::new("images/hold.svg"));
        let images = ProgramImages::load_now([lift, hold], dir.path());
        let loaded = images.loaded.get().unwrap();
        assert_eq!(loaded.len(), 3, "{:?}", loaded.keys());
        let drawings = Illustrations::new();
        let pick = |image, pose| {
            handle_id(drawings.for_exercise("bridge", None, Some(image), &images, false, pose))
        };
        let own = |path: &str| match loaded.get(Path::new(path)) {
            Some(Loaded::Shown { large, .. }) => Some(format!("{:?}", large.id())),
            _ => None,
        };
        assert_eq!(pick(lift, Pose::End), own("images/lift.svg"));
        assert_eq!(pick(lift, Pose::Start), own("images/lift.start.svg"));
        assert_ne!(own("images/lift.svg"), own("images/lift.start.svg"));
        // The program's own picture wins over the project's start drawing of the same id.
        assert_eq!(pick(hold, Pose::Start), own("images/hold.svg"));
    }
}
