//! Finding programs: the built-ins (embedded from programs/), the user's folder
//! (`<data dir>/programs/*.toml`), and importing a file into that folder.

// INTERFACE (being implemented).

use crate::program::{LoadError, Program};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Where a program comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    BuiltIn,
    User { path: PathBuf },
}

/// A program in the library.
#[derive(Debug, Clone)]
pub struct Entry {
    pub program: Program,
    pub origin: Origin,
    /// A user file with a built-in's id replaces that built-in (a physio's adapted version).
    pub replaces_builtin: bool,
    /// sha256 (hex) of the file's bytes, recorded with each session.
    pub hash: String,
    /// The file's text.
    pub source: Arc<str>,
    /// The folder its images are relative to (`None` for built-ins).
    pub base_dir: Option<PathBuf>,
}

/// All programs found: the user's first (by title), then the built-ins not replaced.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    /// Invalid or unreadable user files: reported, skipped, never hiding the others.
    pub problems: Vec<LoadError>,
}

impl Library {
    /// Built-ins and the user's programs in `user_dir` (which may not exist).
    pub fn load(user_dir: &Path) -> Library {
        let _ = user_dir;
        todo!()
    }

    /// The program with `id`.
    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.program.id == id)
    }
}

/// A file imported into the user's folder.
#[derive(Debug, Clone)]
pub struct Imported {
    pub entry: Entry,
    /// Where an earlier user file with the same id was kept, if there was one.
    pub backup: Option<PathBuf>,
}

/// Why a file could not be imported.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ImportError {
    #[error("{0}")]
    Invalid(LoadError),
    #[error("cannot copy the program into {}: {source}", dir.display())]
    Copy { dir: PathBuf, source: Arc<std::io::Error> },
}

/// Validates `file` and copies it into `user_dir` as `<id>.toml`; an invalid file is never
/// copied, and an earlier file with the same id is kept aside, not overwritten.
pub fn import(file: &Path, user_dir: &Path) -> Result<Imported, ImportError> {
    let _ = (file, user_dir);
    todo!()
}

/// `<data dir>/programs`.
pub fn user_programs_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("programs")
}

/// sha256 of `bytes`, as lowercase hex.
pub fn hash(bytes: &[u8]) -> String {
    let _ = bytes;
    todo!()
}
