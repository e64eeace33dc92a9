//! The user's settings (being written).

use std::path::{Path, PathBuf};

/// The data folder: `over` (from `--data-dir` / `LIMBER_DATA_DIR`), else the platform's.
pub fn data_dir(over: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(dir) = over {
        return Ok(dir.to_owned());
    }
    directories::ProjectDirs::from("org", "Limber", "Limber")
        .map(|dirs| dirs.data_dir().to_owned())
        .ok_or_else(|| "no home folder found; pass --data-dir DIR".to_owned())
}
