//! Reading program files: size and encoding checks, TOML syntax, then the checks of
//! [`super::check`], all reported as diagnostics with a 1-based line and column.

use super::Program;
use super::check::Checker;
use crate::i18n::{I18n, Message};
use std::fmt;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A program file may be at most this large.
pub const MAX_FILE_BYTES: usize = 1 << 20;

/// At most this many diagnostics are reported for one file; a garbage file would otherwise
/// print thousands of lines that nobody reads.
pub const MAX_DIAGNOSTICS: usize = 100;

/// One problem in a program file, at a line and column (both 1-based; the column counts
/// characters, not bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as the caller named it.
    pub file: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong and what to write instead.
    pub message: Message,
}

impl Diagnostic {
    /// `FILE:LINE:COL: error: MESSAGE`, the message in the language of `i18n` (the prefix
    /// stays as it is: editors and tools read it).
    pub fn to_line(&self, i18n: &I18n) -> String {
        let message = i18n.message(&self.message);
        format!("{}:{}:{}: error: {message}", self.file.display(), self.line, self.column)
    }
}

/// In English, for logs and tests.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: error: {}", self.file.display(), self.line, self.column, self.message)
    }
}

/// Why a program file could not be loaded.
#[derive(Debug, Clone, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read at all (missing, a folder, no permission).
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file as the caller named it.
        path: PathBuf,
        /// What the system said.
        source: Arc<io::Error>,
    },
    /// The file was read but is not a valid program; never empty.
    #[error("{} has {} problem(s)", .0.first().map(|d| d.file.display().to_string()).unwrap_or_default(), .0.len())]
    Invalid(Vec<Diagnostic>),
}

impl LoadError {
    /// The file this error is about.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Self::Read { path, .. } => Some(path),
            Self::Invalid(diagnostics) => diagnostics.first().map(|d| d.file.as_path()),
        }
    }

    /// The error as `FILE:LINE:COL: error: MESSAGE` lines (a read error at 1:1) in the
    /// language of `i18n`, as `limber validate` prints them.
    pub fn lines(&self, i18n: &I18n) -> Vec<String> {
        match self {
            Self::Read { path, source } => {
                let message = Message::new("load-cannot-read")
                    .with("path", path.display().to_string())
                    .with("reason", source.to_string());
                vec![format!("{}:1:1: error: {}", path.display(), i18n.message(&message))]
            }
            Self::Invalid(diagnostics) => diagnostics.iter().map(|d| d.to_line(i18n)).collect(),
        }
    }
}

/// Turns byte offsets into 1-based lines and character columns.
pub(crate) struct Locator<'s> {
    source: &'s str,
    line_starts: Vec<usize>,
}

impl<'s> Locator<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(source.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1))
            .collect();
        Self { source, line_starts }
    }

    /// `(line, column)`, both 1-based; offsets past the end or inside a character are clamped.
    pub(crate) fn locate(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset).max(1);
        let start = self.line_starts[line - 1];
        let column = self.source[start..offset].chars().count() + 1;
        (line, column)
    }

    /// The 1-based line of `offset`.
    pub(crate) fn line(&self, offset: usize) -> usize {
        self.locate(offset).0
    }
}

/// Parses and validates `source`. `file` names the file in diagnostics; images are checked
/// to exist relative to `base_dir` (when `None`, only their form is checked).
///
/// Every problem found is reported, in file order (at most [`MAX_DIAGNOSTICS`]).
pub fn parse(
    source: &str,
    file: &Path,
    base_dir: Option<&Path>,
) -> Result<Program, Vec<Diagnostic>> {
    if source.len() > MAX_FILE_BYTES {
        return Err(vec![too_big(file, source.len())]);
    }
    let locator = Locator::new(source);
    let (document, syntax_errors) = toml::de::DeTable::parse_recoverable(source);
    let problems = if syntax_errors.is_empty() {
        match Checker::new(&locator, base_dir).check(document.get_ref()) {
            Ok(program) => return Ok(program),
            Err(problems) => problems,
        }
    } else {
        // A document with syntax errors is only partly read; checking it further would
        // report keys as missing that are merely unreadable.
        syntax_errors.iter().map(|e| syntax_problem(source, e)).collect()
    };
    Err(diagnostics(&locator, file, problems))
}

/// Like [`parse`], for bytes straight from a file: checks the size and that the text is
/// UTF-8 (pointing at the first bad byte) before parsing.
pub fn parse_bytes(
    bytes: &[u8],
    file: &Path,
    base_dir: Option<&Path>,
) -> Result<Program, Vec<Diagnostic>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![too_big(file, bytes.len())]);
    }
    match std::str::from_utf8(bytes) {
        Ok(source) => parse(source, file, base_dir),
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            // The prefix is valid UTF-8 by definition; fall back to 1:1 if that ever fails.
            let prefix = std::str::from_utf8(valid).unwrap_or_default();
            let (line, column) = Locator::new(prefix).locate(prefix.len());
            let byte = bytes.get(error.valid_up_to()).copied().unwrap_or_default();
            Err(vec![Diagnostic {
                file: file.to_owned(),
                line,
                column,
                message: Message::new("check-not-utf8").with("byte", format!("0x{byte:02X}")),
            }])
        }
    }
}

/// Reads, parses and validates a program file (at most [`MAX_FILE_BYTES`]); images are
/// checked next to the file.
pub fn load(path: &Path) -> Result<Program, LoadError> {
    let bytes = read_limited(path)?;
    parse_bytes(&bytes, path, Some(folder_of(path))).map_err(LoadError::Invalid)
}

/// The folder a file is in; `.` for a bare file name.
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Reads at most one byte more than [`MAX_FILE_BYTES`], so a huge (or endless) file costs
/// no more than that and is still recognised as too big.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, LoadError> {
    let read_error = |e: io::Error| LoadError::Read { path: path.to_owned(), source: Arc::new(e) };
    let file = std::fs::File::open(path).map_err(read_error)?;
    let metadata = file.metadata().map_err(read_error)?;
    if metadata.is_dir() {
        return Err(read_error(io::Error::new(io::ErrorKind::IsADirectory, "it is a folder")));
    }
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(read_error)?;
    Ok(bytes)
}

/// Where the top-level `key` is written in `source`, `(line, column)`; `(1, 1)` when it cannot
/// be found. For pointing at a valid file's `id` in library messages.
pub fn locate_top_key(source: &str, key: &str) -> (usize, usize) {
    let Ok(document) = toml::de::DeTable::parse(source) else {
        return (1, 1);
    };
    document
        .get_ref()
        .get_key_value(key)
        .map_or((1, 1), |(k, _)| Locator::new(source).locate(k.span().start))
}

fn at_start(file: &Path, message: Message) -> Diagnostic {
    Diagnostic { file: file.to_owned(), line: 1, column: 1, message }
}

fn too_big(file: &Path, len: usize) -> Diagnostic {
    at_start(
        file,
        Message::new("check-file-too-big").with("size", len).with("limit", MAX_FILE_BYTES),
    )
}

/// Sorts problems into file order, caps them, and gives them lines and columns.
fn diagnostics(
    locator: &Locator<'_>,
    file: &Path,
    mut problems: Vec<(usize, Message)>,
) -> Vec<Diagnostic> {
    problems.sort_by_key(|(offset, _)| *offset);
    problems.dedup();
    let hidden = problems.len().saturating_sub(MAX_DIAGNOSTICS);
    if hidden > 0 {
        let offset = problems[MAX_DIAGNOSTICS].0;
        problems.truncate(MAX_DIAGNOSTICS);
        problems.push((offset, Message::new("check-more-not-shown").with("count", hidden)));
    }
    if problems.is_empty() {
        problems.push((0, Message::new("check-invalid")));
    }
    problems
        .into_iter()
        .map(|(offset, message)| {
            let (line, column) = locator.locate(offset);
            Diagnostic { file: file.to_owned(), line, column, message }
        })
        .collect()
}

/// A TOML syntax error, in words a physio can act on.
fn syntax_problem(source: &str, error: &toml::de::Error) -> (usize, Message) {
    let span = error.span().unwrap_or(0..0);
    let found = source.get(span.clone()).unwrap_or("");
    let raw = error.message().trim();
    let message = match raw {
        "duplicate key" => {
            Message::new("check-duplicate-key").with("key", found.trim_matches(['"', '\'']))
        }
        _ if raw.starts_with("string values must be quoted")
            || (raw.starts_with("invalid boolean")
                && found.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))) =>
        {
            Message::new("check-text-needs-quotes").with("text", found.trim())
        }
        _ if raw.starts_with("invalid basic string")
            || raw.starts_with("invalid literal string") =>
        {
            Message::new("check-no-closing-quote")
        }
        _ if raw.starts_with("unexpected key or value") => {
            Message::new("check-not-toml-line").with("detail", raw)
        }
        _ => Message::new("check-not-toml").with("detail", raw),
    };
    (span.start, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locator_counts_lines_and_characters() {
        let source = "a = 1\nbé = 2\r\n\nx";
        let locator = Locator::new(source);
        assert_eq!(locator.locate(0), (1, 1));
        assert_eq!(locator.locate(4), (1, 5));
        assert_eq!(locator.locate(6), (2, 1));
        // After the two-byte é: column 3.
        assert_eq!(locator.locate(9), (2, 3));
        // Inside é: clamped to its start.
        assert_eq!(locator.locate(8), (2, 2));
        assert_eq!(locator.locate(source.len()), (4, 2));
        assert_eq!(locator.locate(source.len() + 10), (4, 2));
    }

    #[test]
    fn invalid_utf8_points_at_the_first_bad_byte() {
        let bytes = b"format = 1\nid = \"ab\xFFc\"\n";
        let errors = parse_bytes(bytes, Path::new("p.toml"), None).unwrap_err();
        assert_eq!((errors[0].line, errors[0].column), (2, 9));
        assert!(errors[0].message.to_string().contains("UTF-8"), "{}", errors[0].message);
    }

    #[test]
    fn too_big_is_refused_before_parsing() {
        let source = format!("format = 1\n#{}", "x".repeat(MAX_FILE_BYTES));
        let errors = parse(&source, Path::new("p.toml"), None).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!((errors[0].line, errors[0].column), (1, 1));
        assert!(errors[0].message.to_string().contains("at most 1048576 bytes"));
    }
}
