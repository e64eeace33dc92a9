//! The screens. Each has `State`, `Message`, `update(.., now) -> Action` and
//! `view(&self, &Shared) -> Element<Message>`; `app` maps every `Action` in one place.

use crate::gui::illustration::Illustrations;
use crate::gui::theme::Sizes;
use crate::i18n::I18n;
use crate::library::Library;
use crate::settings::Settings;
use chrono::NaiveDate;
use std::collections::HashMap;

pub mod editor;
pub mod history;
pub mod library;
pub mod program;
pub mod session;
pub mod settings;
pub mod summary;

/// What every screen reads while drawing: the language, the settings, the programs.
pub struct Shared {
    pub i18n: I18n,
    pub settings: Settings,
    pub library: Library,
    pub sizes: Sizes,
    pub dark: bool,
    pub illustrations: Illustrations,
    pub progress: Progress,
    /// Today's local date, set by the app (views never read the clock).
    pub today: NaiveDate,
}

/// Figures from the history shown outside the history screen.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Progress {
    pub day_streak: u32,
    pub week_streak: u32,
    /// Completed sessions this ISO week.
    pub this_week: u32,
    pub weekly_target: u32,
    /// Program id → the local date it was last completed.
    pub last_done: HashMap<String, NaiveDate>,
}

impl Progress {
    /// The streak figures of `stats` (`last_done` is filled in separately).
    pub fn from_stats(stats: &crate::streaks::Stats) -> Self {
        Self {
            day_streak: stats.day_streak.current,
            week_streak: stats.week_streak.current,
            this_week: stats.this_week,
            weekly_target: stats.weekly_target,
            last_done: HashMap::new(),
        }
    }
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
}
