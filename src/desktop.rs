//! Limber as a citizen of the Linux desktop: its id (the desktop file, the icon, the window's
//! app id and WM class all use it), reminders through a systemd user timer and desktop
//! notifications, and programs shared as one `.limber` file. No iced here: the settings
//! and program screens ask the app to call these.

use crate::library::{self, Imported};
use std::path::Path;

pub mod bundle;
pub mod notify;
pub mod reminder;

/// The reverse-DNS id: the desktop file is `<APP_ID>.desktop`, the icon `<APP_ID>.svg`, the
/// AppStream file `<APP_ID>.metainfo.xml`; the window's Wayland app id and X11 WM class are
/// this too, so docks group the window under the menu entry and show its icon.
pub const APP_ID: &str = "nl.limber.Limber";

/// The icon, for the window (X11 window managers that do not look it up by WM class).
pub const ICON_PNG: &[u8] =
    include_bytes!("../assets/icons/hicolor/128x128/apps/nl.limber.Limber.png");

/// Why a program file could not be imported: a plain TOML file, or a bundle.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Program(library::ImportError),
    #[error("{0}")]
    Bundle(bundle::Error),
}

impl ImportError {
    /// The problems, one a line: `FILE:LINE:COL: error: ...` for an invalid program (inside
    /// a bundle too), else one sentence.
    pub fn lines(&self, i18n: &crate::i18n::I18n) -> Vec<String> {
        match self {
            Self::Program(error) | Self::Bundle(bundle::Error::Program(error)) => error.lines(i18n),
            Self::Bundle(other) => vec![i18n.message(&other.message())],
        }
    }
}

/// Imports `file` into the user's programs in `user_dir`: a bundle (by its name or its
/// first bytes) with its pictures, or a TOML program file.
pub fn import(file: &Path, user_dir: &Path) -> Result<Imported, ImportError> {
    let toml = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if !toml && bundle::is_bundle(file) {
        bundle::import(file, user_dir).map_err(ImportError::Bundle)
    } else {
        library::import(file, user_dir).map_err(ImportError::Program)
    }
}
