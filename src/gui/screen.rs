//! The screens. Each has `State`, `Message`, `update(..) -> Action` and
//! `view(&self, &Shared) -> Element<Message>`; `app` maps every `Action` in one place and does
//! all the I/O: a screen's `update` never touches the history, a file or the clock.

use crate::gui::illustration::{Illustrations, Picture, ProgramImages};
use crate::gui::theme::{self, Sizes};
use crate::i18n::I18n;
use crate::library::Library;
use crate::pose::Pose;
use crate::program::PlannedExercise;
use crate::progression::Standing;
use crate::settings::Settings;
use crate::streaks::Stats;
use chrono::NaiveDate;
use iced::theme::Mode;
use std::collections::BTreeMap;

pub mod editor;
pub mod history;
pub mod library;
pub mod program;
pub mod session;
pub mod settings;
pub mod summary;

/// What every screen reads while drawing. Each fact is kept here once; what follows from
/// them (the sizes, dark or light) is worked out when asked.
pub struct Shared {
    /// The interface's strings, in the language in use.
    pub i18n: I18n,
    /// The user's choices.
    pub settings: Settings,
    pub library: Library,
    /// Whether the system is in light or dark mode (the theme follows it if so chosen).
    pub system_mode: Mode,
    /// The project's drawings, in both themes' colours.
    pub illustrations: Illustrations,
    /// The streaks and figures from the history, as of `today`.
    pub stats: Stats,
    /// Each program's level, and any level suggestion waiting, by program id.
    pub standings: BTreeMap<String, Standing>,
    /// Today's local date, set by the app from its clock (views never read the clock).
    pub today: NaiveDate,
}

impl Shared {
    /// Shorthand for translations.
    pub fn tr(&self, key: &str) -> String {
        self.i18n.tr(key)
    }

    /// `message` (what went wrong, from the domain) in the interface language.
    pub fn say(&self, message: &crate::i18n::Message) -> String {
        self.i18n.message(message)
    }

    /// The interface language, for program texts.
    pub fn lang(&self) -> &str {
        self.i18n.language()
    }

    /// Text sizes, large when the user asked for large type.
    pub fn sizes(&self) -> Sizes {
        Sizes::new(self.settings.large_type)
    }

    /// Whether the dark theme is on show.
    pub fn dark(&self) -> bool {
        theme::is_dark_choice(self.settings.theme, self.system_mode)
    }

    /// The level a program's next session is done at.
    pub fn level_of(&self, program_id: &str) -> u32 {
        self.standings.get(program_id).map_or(1, |standing| standing.level)
    }

    /// The picture of `exercise` in `pose`: the program's own image (or a placeholder while
    /// it is read or when it cannot be shown), else the project's drawing.
    pub fn picture(
        &self,
        exercise: &PlannedExercise,
        images: &ProgramImages,
        pose: Pose,
    ) -> Option<Picture> {
        self.illustrations
            .for_exercise(
                &exercise.id,
                (exercise.levels > 1).then_some(exercise.level),
                exercise.image.as_deref(),
                images,
                self.dark(),
                pose,
            )
            .map(|picture| match picture {
                Picture::Unavailable(_) => Picture::Unavailable(self.tr("picture-unavailable")),
                picture => picture,
            })
    }
}
