//! Finding programs: the built-ins (embedded from programs/), the user's folder
//! (`<data dir>/programs/*.toml`), and importing a file into that folder.
//!
//! Every file is untrusted and checked on its own: a file that is too big, unreadable or
//! invalid becomes a problem in [`Library::problems`] and never hides the others.

#![warn(missing_docs)]

use crate::i18n::Message;
use crate::program::Plan;
use crate::program::{self, Diagnostic, LoadError, Program};
use sha2::{Digest, Sha256};
use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

include!(concat!(env!("OUT_DIR"), "/programs.rs"));

/// The order the built-ins are listed in (by file stem): the whole routine from the article
/// first and the walk-run build-up beside it, then their parts in the order of a run, then
/// the gentle one. Others follow by name.
const BUILTIN_ORDER: [&str; 7] = [
    "back-pain-and-running",
    "back-to-running",
    "runner-warm-up",
    "core-strength",
    "leg-hip-stretches",
    "runner-cool-down",
    "back-mobility",
];

/// The built-in programs as embedded at build time: `(file stem, TOML text)`, in file-name
/// order. May be empty.
pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
    PROGRAMS
}

/// Where a program comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the app from programs/.
    BuiltIn,
    /// A file in the user's folder.
    User {
        /// The file.
        path: PathBuf,
    },
}

/// A program in the library.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The validated program.
    pub program: Program,
    /// Built-in or the user's file.
    pub origin: Origin,
    /// A user file with a built-in's id replaces that built-in (a physio's adapted version).
    pub replaces_builtin: bool,
    /// sha256 (hex) of the file's bytes, recorded with each session.
    pub hash: String,
    /// The file's text.
    pub source: Arc<str>,
    /// The folder its images are relative to (`None` for built-ins).
    pub base_dir: Option<PathBuf>,
    /// The planned length of a session as the program says at each level (index 0 is level
    /// 1), in seconds, computed once for lists; [`Entry::total_seconds`] gives it with the
    /// user's get-ready time.
    pub planned_seconds: Vec<u32>,
}

impl Entry {
    /// The program's entry for a file given by path (`limber run FILE`), its images next to
    /// it.
    pub fn load(path: &Path) -> Result<Entry, LoadError> {
        load_entry(path, program::folder_of(path))
    }

    /// The plan of a session at `level`, with the user's get-ready time when they set one.
    pub fn plan(&self, get_ready: Option<u32>, level: u32) -> Plan {
        match get_ready {
            Some(seconds) => {
                let mut program = self.program.clone();
                program.defaults.get_ready = seconds;
                Plan::at_level(&program, level)
            }
            None => Plan::at_level(&self.program, level),
        }
    }

    /// The planned length of a session at `level` with the user's get-ready time, without
    /// planning it again: what [`Entry::plan`]`(get_ready, level).total_seconds` is.
    pub fn total_seconds(&self, get_ready: Option<u32>, level: u32) -> u32 {
        let index = usize::try_from(level.max(1) - 1).unwrap_or(usize::MAX);
        let planned = self.planned_seconds.get(index).or(self.planned_seconds.last());
        let written = self.program.defaults.get_ready;
        planned
            .copied()
            .unwrap_or_default()
            .saturating_sub(written)
            .saturating_add(get_ready.unwrap_or(written))
    }
}

/// All programs found: the user's first (by title), then the built-ins not replaced.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// The programs, in the order to show them.
    pub entries: Vec<Entry>,
    /// Invalid or unreadable user files: reported, skipped, never hiding the others.
    pub problems: Vec<LoadError>,
}

impl Library {
    /// Built-ins and the user's programs in `user_dir` (which may not exist).
    pub fn load(user_dir: &Path) -> Library {
        let mut builtins = builtin_sources().to_vec();
        builtins.sort_by_key(|(stem, _)| {
            BUILTIN_ORDER.iter().position(|listed| listed == stem).unwrap_or(usize::MAX)
        });
        Self::with_builtins(&builtins, user_dir)
    }

    /// Like [`Library::load`] with other built-ins, `(file stem, TOML text)` in the order to
    /// list them; for tests and tools.
    pub fn with_builtins(builtins: &[(&str, &str)], user_dir: &Path) -> Library {
        let mut problems = Vec::new();

        let mut builtin_entries: Vec<Entry> = Vec::new();
        for (stem, source) in builtins {
            let file = PathBuf::from(format!("programs/{stem}.toml"));
            match program::parse(source, &file, None) {
                Ok(program) => {
                    if builtin_entries.iter().any(|e| e.program.id == program.id) {
                        problems.push(shadowed(&file, source, &program, "an earlier built-in"));
                        continue;
                    }
                    builtin_entries.push(Entry {
                        planned_seconds: planned_seconds(&program),
                        program,
                        origin: Origin::BuiltIn,
                        replaces_builtin: false,
                        hash: hash(source.as_bytes()),
                        source: Arc::from(*source),
                        base_dir: None,
                    });
                }
                Err(diagnostics) => problems.push(LoadError::Invalid(diagnostics)),
            }
        }

        let builtin_ids: HashSet<&str> =
            builtin_entries.iter().map(|e| e.program.id.as_str()).collect();
        let (users, user_problems) = load_user_dir(user_dir);
        problems.extend(user_problems);
        let users = keep_one_per_id(users, &mut problems);
        let mut entries: Vec<Entry> = users
            .into_iter()
            .map(|mut entry| {
                entry.replaces_builtin = builtin_ids.contains(entry.program.id.as_str());
                entry
            })
            .collect();
        entries.sort_by_cached_key(|e| {
            (e.program.title.get("en").to_lowercase(), e.program.id.clone())
        });
        let replaced: HashSet<String> = entries.iter().map(|e| e.program.id.clone()).collect();
        entries.extend(builtin_entries.into_iter().filter(|e| !replaced.contains(&e.program.id)));
        Library { entries, problems }
    }

    /// The program with `id`.
    pub fn find(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.program.id == id)
    }
}

/// The planned length of `program` at each of its levels.
fn planned_seconds(program: &Program) -> Vec<u32> {
    (1..=program.levels()).map(|level| Plan::at_level(program, level).total_seconds).collect()
}

/// The user's valid programs (sorted by path) and the problems of the others.
fn load_user_dir(user_dir: &Path) -> (Vec<Entry>, Vec<LoadError>) {
    let mut problems = Vec::new();
    let read = match fs::read_dir(user_dir) {
        Ok(read) => read,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return (Vec::new(), problems),
        Err(error) => {
            problems.push(LoadError::Read { path: user_dir.to_owned(), source: Arc::new(error) });
            return (Vec::new(), problems);
        }
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| is_program_file(path))
        .collect();
    paths.sort();
    let mut entries = Vec::new();
    for path in paths {
        match load_entry(&path, user_dir) {
            Ok(entry) => entries.push(entry),
            Err(error) => problems.push(error),
        }
    }
    (entries, problems)
}

/// `*.toml` (any case), a file or a link to one; hidden files (editors' temporaries) are
/// left alone.
fn is_program_file(path: &Path) -> bool {
    let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
    !hidden
        && path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case("toml"))
        && path.is_file()
}

/// Reads and checks one user file, with its images relative to `base_dir`.
fn load_entry(path: &Path, base_dir: &Path) -> Result<Entry, LoadError> {
    let bytes = program::read_limited(path)?;
    let program = program::parse_bytes(&bytes, path, Some(base_dir)).map_err(LoadError::Invalid)?;
    let hash = hash(&bytes);
    // parse_bytes has checked the text is UTF-8, so nothing is lost here.
    let source: Arc<str> = Arc::from(String::from_utf8_lossy(&bytes).as_ref());
    Ok(Entry {
        planned_seconds: planned_seconds(&program),
        program,
        origin: Origin::User { path: path.to_owned() },
        replaces_builtin: false,
        hash,
        source,
        base_dir: Some(base_dir.to_owned()),
    })
}

fn user_path(entry: &Entry) -> &Path {
    match &entry.origin {
        Origin::User { path } => path,
        Origin::BuiltIn => Path::new(""),
    }
}

/// Of user files sharing an id, keeps the highest version (on a tie: the file named
/// `<id>.toml`, else the first by name) and reports the others, saying which file was kept.
fn keep_one_per_id(entries: Vec<Entry>, problems: &mut Vec<LoadError>) -> Vec<Entry> {
    let rank = |e: &Entry| {
        let named_after_id = user_path(e)
            .file_name()
            .is_some_and(|n| n.to_string_lossy() == format!("{}.toml", e.program.id));
        (e.program.version, named_after_id)
    };
    let mut best: HashMap<&str, usize> = HashMap::new();
    for (index, entry) in entries.iter().enumerate() {
        let kept = best.entry(entry.program.id.as_str()).or_insert(index);
        if rank(entry) > rank(&entries[*kept]) {
            *kept = index;
        }
    }
    let winners: HashMap<String, (PathBuf, u32)> = best
        .values()
        .map(|&i| {
            let e = &entries[i];
            (e.program.id.clone(), (user_path(e).to_owned(), e.program.version))
        })
        .collect();
    let kept: HashSet<usize> = best.into_values().collect();
    let mut keep = Vec::new();
    for (index, entry) in entries.into_iter().enumerate() {
        if kept.contains(&index) {
            keep.push(entry);
            continue;
        }
        let (line, column) = program::locate_top_key(&entry.source, "id");
        let (winner, version) = winners.get(&entry.program.id).cloned().unwrap_or_default();
        problems.push(LoadError::Invalid(vec![Diagnostic {
            file: user_path(&entry).to_owned(),
            line,
            column,
            message: Message::new("library-id-taken")
                .with("id", &entry.program.id)
                .with("version", entry.program.version)
                .with("winner", winner.display().to_string())
                .with("winner-version", version),
        }]));
    }
    keep
}

/// A second built-in with an id already taken.
fn shadowed(file: &Path, source: &str, program: &Program, kept: &str) -> LoadError {
    let (line, column) = program::locate_top_key(source, "id");
    LoadError::Invalid(vec![Diagnostic {
        file: file.to_owned(),
        line,
        column,
        message: Message::new("library-id-built-in").with("id", &program.id).with("kept", kept),
    }])
}

/// A file imported into the user's folder.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The program as it is now in the user's folder.
    pub entry: Entry,
    /// Where an earlier user file with the same id was kept, if there was one.
    pub backup: Option<PathBuf>,
}

/// Why a file could not be imported.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ImportError {
    /// The file is unreadable or not a valid program; nothing was copied.
    #[error("{0}")]
    Invalid(LoadError),
    /// Copying into the user's folder failed.
    #[error("cannot copy the program into {}: {source}", dir.display())]
    Copy {
        /// The user's program folder.
        dir: PathBuf,
        /// What the system said.
        source: Arc<std::io::Error>,
    },
}

impl ImportError {
    /// What went wrong, one line per problem, in the language of `i18n`.
    pub fn lines(&self, i18n: &crate::i18n::I18n) -> Vec<String> {
        match self {
            Self::Invalid(error) => error.lines(i18n),
            Self::Copy { dir, source } => vec![
                i18n.message(
                    &Message::new("library-cannot-copy")
                        .with("folder", dir.display().to_string())
                        .with("reason", source.to_string()),
                ),
            ],
        }
    }
}

/// Validates `file` and copies it into `user_dir` as `<id>.toml`; an invalid file is never
/// copied, and an earlier file with the same id is kept aside, not overwritten.
///
/// The images it uses are copied along, with the start pose beside each when there is one
/// (`images/a.start.svg` next to `images/a.svg`), keeping their relative paths (an image
/// already there with other contents is kept aside the same way). Images are copied before
/// the program, so a failed import never leaves a program without its images.
pub fn import(file: &Path, user_dir: &Path) -> Result<Imported, ImportError> {
    let bytes = program::read_limited(file).map_err(ImportError::Invalid)?;
    let source_dir = program::folder_of(file);
    let program = program::parse_bytes(&bytes, file, Some(source_dir))
        .map_err(|d| ImportError::Invalid(LoadError::Invalid(d)))?;
    let copy_error =
        |e: io::Error| ImportError::Copy { dir: user_dir.to_owned(), source: Arc::new(e) };
    fs::create_dir_all(user_dir).map_err(copy_error)?;
    let target = user_dir.join(format!("{}.toml", program.id));

    let mut backup = None;
    if !same_file(file, &target) {
        let images: HashSet<&Path> = program
            .blocks
            .iter()
            .flat_map(|b| &b.exercises)
            .filter_map(|e| e.image.as_deref())
            .collect();
        let mut images: Vec<_> = images.into_iter().collect();
        images.sort();
        for image in images {
            copy_image(&source_dir.join(image), &user_dir.join(image)).map_err(copy_error)?;
            // The start pose beside it (`a.start.svg` next to `a.svg`) comes along when there
            // is one that could be shown.
            let start = crate::pose::start_image(image);
            if program::image_problem(source_dir, &start).is_none() {
                copy_image(&source_dir.join(&start), &user_dir.join(&start)).map_err(copy_error)?;
            }
        }
        backup = set_aside_same_id(user_dir, &program.id, &target).map_err(copy_error)?;
        write_new(&target, &bytes).map_err(copy_error)?;
    }
    let builtin = builtin_sources().iter().any(|(_, source)| {
        program::parse(source, Path::new(""), None).is_ok_and(|p| p.id == program.id)
    });
    let entry = Entry {
        planned_seconds: planned_seconds(&program),
        program,
        origin: Origin::User { path: target },
        replaces_builtin: builtin,
        hash: hash(&bytes),
        source: Arc::from(String::from_utf8_lossy(&bytes).as_ref()),
        base_dir: Some(user_dir.to_owned()),
    };
    Ok(Imported { entry, backup })
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// A program saved from the editor into the user's folder.
#[derive(Debug, Clone)]
pub struct Saved {
    /// `<user folder>/<id>.toml`.
    pub path: PathBuf,
    /// Where an earlier user file with the same id was kept, if there was one.
    pub backup: Option<PathBuf>,
}

/// Why a program could not be saved.
#[derive(Debug, Clone, thiserror::Error)]
pub enum SaveError {
    /// The program is not valid as written (never saved); the problems, as in a file named
    /// `<id>.toml`.
    #[error("the program has {} problem(s) and was not saved", .0.len())]
    Invalid(Vec<Diagnostic>),
    /// Writing into the user's folder failed; nothing was changed there.
    #[error("cannot save the program in {}: {source}; check that the folder exists and can be written to", dir.display())]
    Write {
        /// The user's program folder.
        dir: PathBuf,
        /// What the system said.
        source: Arc<io::Error>,
    },
}

/// Writes `program` as `<user_dir>/<id>.toml` (see [`program::to_toml`]), replacing it
/// atomically; an earlier file with that id (or another file using the id) is kept aside as
/// `.bak`, as [`import`] does. The written text is checked first, images included (relative
/// to `user_dir`), so an invalid program never lands in the library.
pub fn save(program: &Program, user_dir: &Path) -> Result<Saved, SaveError> {
    let text = program::to_toml(program);
    let target = user_dir.join(format!("{}.toml", program.id));
    program::parse(&text, &target, Some(user_dir)).map_err(SaveError::Invalid)?;
    let write_error =
        |e: io::Error| SaveError::Write { dir: user_dir.to_owned(), source: Arc::new(e) };
    fs::create_dir_all(user_dir).map_err(write_error)?;
    let backup = set_aside_same_id(user_dir, &program.id, &target).map_err(write_error)?;
    crate::settings::write_atomically(&target, text.as_bytes()).map_err(write_error)?;
    Ok(Saved { path: target, backup })
}

/// Sets aside `target` and every other program file in `user_dir` using `id`, which would
/// otherwise compete with the new `target`; returns where the earlier `target` (else the
/// first other file) was kept.
fn set_aside_same_id(user_dir: &Path, id: &str, target: &Path) -> io::Result<Option<PathBuf>> {
    let mut backup = None;
    for earlier in same_id_files(user_dir, id, target) {
        let kept = set_aside(&earlier)?;
        if earlier == target || backup.is_none() {
            backup = Some(kept);
        }
    }
    Ok(backup)
}

/// `<id>.toml` itself (valid or not: it is never overwritten) and any other program file in
/// `dir` with the same id, which would otherwise compete with the imported one.
fn same_id_files(dir: &Path, id: &str, target: &Path) -> Vec<PathBuf> {
    let Ok(read) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = read
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| is_program_file(p))
        .filter(|p| {
            p == target
                || program::read_limited(p)
                    .ok()
                    .and_then(|bytes| program::parse_bytes(&bytes, p, None).ok())
                    .is_some_and(|other| other.id == id)
        })
        .collect();
    paths.sort();
    paths
}

/// Renames `path` to the first free `<name>.bak`, `<name>.bak-2`, ...; returns the new path.
fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for n in 1..10_000 {
        let suffix = if n == 1 { ".bak".to_owned() } else { format!(".bak-{n}") };
        let candidate = path.with_file_name(format!("{name}{suffix}"));
        if fs::symlink_metadata(&candidate).is_err() {
            fs::rename(path, &candidate)?;
            return Ok(candidate);
        }
    }
    Err(io::Error::new(io::ErrorKind::AlreadyExists, "too many backups; clean up the folder"))
}

/// Copies an image unless the same bytes are already there; different bytes are set aside.
fn copy_image(from: &Path, to: &Path) -> io::Result<()> {
    if same_file(from, to) {
        return Ok(());
    }
    if fs::symlink_metadata(to).is_ok() {
        if fs::read(to).ok() == Some(fs::read(from)?) {
            return Ok(());
        }
        set_aside(to)?;
    }
    if let Some(parent) = to.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::copy(from, to).map(|_| ())
}

/// Writes `bytes` to a temporary file next to `target`, then renames it into place, so a
/// crash never leaves half a program.
fn write_new(target: &Path, bytes: &[u8]) -> io::Result<()> {
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temporary = target.with_file_name(format!(".{name}.tmp"));
    fs::write(&temporary, bytes)?;
    fs::rename(&temporary, target).inspect_err(|_| {
        let _ = fs::remove_file(&temporary);
    })
}

/// `<data dir>/programs`.
pub fn user_programs_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("programs")
}

/// sha256 of `bytes`, as lowercase hex.
pub fn hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}
