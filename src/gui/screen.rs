//! The screens. Each has `State`, `Message`, `update(..) -> Action` and
//! `view(&self, &Shared) -> Element<Message>`; `app` maps every `Action` in one place and does
//! all the I/O: a screen's `update` never touches the history, a file or the clock.

use crate::gui::illustration::{Illustrations, Picture, ProgramImages};
use crate::gui::theme::{self, Sizes};
use crate::i18n::I18n;
use crate::library::Library;
use crate::program::PlannedExercise;
use crate::settings::Settings;
use crate::streaks::Stats;
use chrono::NaiveDate;
use iced::theme::Mode;

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
    /// Today's local date, set by the app from its clock (views never read the clock).
    pub today: NaiveDate,
}

impl Shared {
    /// Shorthand for translations.
    pub fn tr(&self, key: &str) -> String {
        self.i18n.tr(key)
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

    /// The picture of `exercise`: the program's own image (or a placeholder while it is read
    /// or when it cannot be shown), else the project's drawing.
    pub fn picture(&self, exercise: &PlannedExercise, images: &ProgramImages) -> Option<Picture> {
        self.illustrations.for_exercise(
            &exercise.id,
            exercise.image.as_deref(),
            images,
            self.dark(),
            || self.tr("picture-unavailable"),
        )
    }
}
