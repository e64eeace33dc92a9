//! Finding programs (interface only; the implementation lands with the program work).

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
    pub replaces_builtin: bool,
    pub hash: String,
    pub source: Arc<str>,
    pub base_dir: Option<PathBuf>,
}

/// All programs found.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub entries: Vec<Entry>,
    pub problems: Vec<LoadError>,
}

impl Library {
    /// Built-ins and the user's programs.
    pub fn load(_user_dir: &Path) -> Library {
        Library::default()
    }

    /// The program with `id`.
    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.program.id == id)
    }
}

/// `<data dir>/programs`.
pub fn user_programs_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("programs")
}

/// sha256 hex.
pub fn hash(bytes: &[u8]) -> String {
    format!("{}", bytes.len())
}
