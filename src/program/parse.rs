//! Parsing and validating program files. (Being written; see the `program` issue.)

use super::Program;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A program file may be at most this large.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// One problem in a program file, at a line and column (both 1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: error: {}", self.file.display(), self.line, self.column, self.message)
    }
}

/// Why a program file could not be loaded.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: Arc<io::Error> },
    #[error("{} has {} problem(s)", .0.first().map(|d| d.file.display().to_string()).unwrap_or_default(), .0.len())]
    Invalid(Vec<Diagnostic>),
}

/// Parses and validates `source`. `file` names the file in diagnostics; images are checked
/// to exist relative to `base_dir` (when `None`, only their form is checked).
pub fn parse(
    source: &str,
    file: &Path,
    base_dir: Option<&Path>,
) -> Result<Program, Vec<Diagnostic>> {
    let _ = (source, base_dir);
    Err(vec![Diagnostic {
        file: file.to_owned(),
        line: 1,
        column: 1,
        message: "parser not written yet".into(),
    }])
}

/// Reads, parses and validates a program file (at most [`MAX_FILE_BYTES`]).
pub fn load(path: &Path) -> Result<Program, LoadError> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| LoadError::Read { path: path.to_owned(), source: Arc::new(e) })?;
    parse(&source, path, path.parent()).map_err(LoadError::Invalid)
}
