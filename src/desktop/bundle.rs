//! A program as one file: a `.limber` bundle is a zip of the program's TOML (`<id>.toml`, at
//! the top) and the images it uses, at the paths the program names them by.
//!
//! Bundles arrive by e-mail, so a bundle is untrusted through and through. [`import`] reads
//! every entry's name and kind from the zip's directory first and refuses the whole bundle
//! at the first that is not a plain file (a link, a device), not a program or a picture, or
//! not inside the program's folder; then it unpacks into a fresh temporary folder, counting
//! the bytes it really writes (a zip's sizes are only claims) and checking that each picture
//! is the kind of picture its name says. Only then does [`library::import`] validate the
//! program and copy it with its pictures into the user's folder, keeping an earlier file
//! with the same id aside as `.bak`, exactly as for a plain TOML file.

use crate::i18n::Message;
use crate::library::{self, Entry, ImportError, Imported};
use crate::program::{Diagnostic, IMAGE_EXTENSIONS, LoadError};
use chrono::{Datelike, NaiveDateTime, Timelike};
use std::collections::HashSet;
use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use zip::write::SimpleFileOptions;

/// The file name extension of a bundle.
pub const EXTENSION: &str = "limber";

/// The most a bundle may unpack to, all files together (a program with a picture for each
/// of its exercises is well under a megabyte; photos of a few hundred kilobytes each fit).
pub const MAX_UNPACKED_BYTES: u64 = 20 * 1024 * 1024;

/// The most entries (files and folders) a bundle may hold.
pub const MAX_ENTRIES: usize = 100;

/// The bundle file itself may be a little larger than what it unpacks to (headers).
const MAX_BUNDLE_BYTES: u64 = MAX_UNPACKED_BYTES + 1024 * 1024;

/// The first bytes of every zip file that has at least one entry, and of an empty one.
const ZIP_MAGIC: [&[u8]; 2] = [b"PK\x03\x04", b"PK\x05\x06"];

/// Why a bundle could not be written or imported. Every refusal leaves the user's programs
/// as they were. [`Error::message`] says it in the user's language; `Display` in English.
#[derive(Debug, Clone)]
pub enum Error {
    /// The bundle file could not be read.
    Read {
        /// The bundle.
        path: PathBuf,
        /// What the system said.
        source: Arc<io::Error>,
    },
    /// The file is not a zip file at all.
    NotZip {
        /// The file.
        path: PathBuf,
        /// What the zip reader said.
        detail: String,
    },
    /// More entries than [`MAX_ENTRIES`].
    TooManyEntries {
        /// How many it holds.
        count: usize,
    },
    /// More than [`MAX_UNPACKED_BYTES`], as claimed or as really unpacked.
    TooLarge,
    /// A name that is absolute or climbs out of the program's folder (zip-slip).
    UnsafePath {
        /// The entry's name as the zip gives it.
        name: String,
    },
    /// A symbolic link.
    Link {
        /// The entry's name.
        name: String,
    },
    /// A device, a pipe or another kind of special file.
    Special {
        /// The entry's name.
        name: String,
    },
    /// A file that is neither a program nor a picture.
    NotAllowed {
        /// The entry's name.
        name: String,
    },
    /// A program file inside a folder of the bundle.
    NestedProgram {
        /// The entry's name.
        name: String,
    },
    /// A picture whose bytes are not the kind of picture its name says.
    NotAnImage {
        /// The entry's name.
        name: String,
        /// The kind its name says (SVG, PNG, JPEG, GIF, WebP).
        expected: &'static str,
    },
    /// The same name twice.
    Duplicate {
        /// The entry's name.
        name: String,
    },
    /// An encrypted entry.
    Encrypted {
        /// The entry's name.
        name: String,
    },
    /// An entry that cannot be unpacked: damaged, or packed with an unusual method.
    Damaged {
        /// The entry's name.
        name: String,
        /// What the zip reader said.
        detail: String,
    },
    /// No `*.toml` at the top.
    NoProgram,
    /// More than one `*.toml`.
    SeveralPrograms {
        /// Their names.
        names: String,
    },
    /// The temporary folder to unpack into could not be made or written.
    Staging {
        /// What the system said.
        source: Arc<io::Error>,
    },
    /// The program inside is not valid, or could not be copied into the user's folder.
    Program(ImportError),
    /// One of the program's pictures could not be read while writing a bundle.
    Image {
        /// The picture.
        path: PathBuf,
        /// What the system said.
        source: Arc<io::Error>,
    },
    /// The program has more pictures than a bundle may hold.
    TooManyImages {
        /// How many it uses.
        count: usize,
    },
    /// Writing the bundle failed.
    Write {
        /// The bundle being written.
        path: PathBuf,
        /// What the system said.
        source: Arc<io::Error>,
    },
    /// The bundle to write exists and may not be replaced.
    Exists {
        /// The file.
        path: PathBuf,
    },
}

impl Error {
    /// What went wrong, to be put into words in the user's language.
    pub fn message(&self) -> Message {
        let shown = |path: &Path| path.display().to_string();
        let named = |key: &'static str, name: &str| Message::new(key).with("name", name);
        match self {
            Self::Read { path, source } => Message::new("bundle-read")
                .with("path", shown(path))
                .with("detail", source.to_string()),
            Self::NotZip { path, detail } => {
                Message::new("bundle-not-zip").with("path", shown(path)).with("detail", detail)
            }
            Self::TooManyEntries { count } => Message::new("bundle-too-many-entries")
                .with("count", *count)
                .with("max", MAX_ENTRIES),
            Self::TooLarge => {
                Message::new("bundle-too-large").with("mb", MAX_UNPACKED_BYTES / (1024 * 1024))
            }
            Self::UnsafePath { name } => named("bundle-unsafe-path", name),
            Self::Link { name } => named("bundle-link", name),
            Self::Special { name } => named("bundle-special", name),
            Self::NotAllowed { name } => named("bundle-not-allowed", name),
            Self::NestedProgram { name } => named("bundle-nested-program", name),
            Self::NotAnImage { name, expected } => {
                named("bundle-not-an-image", name).with("expected", *expected)
            }
            Self::Duplicate { name } => named("bundle-duplicate", name),
            Self::Encrypted { name } => named("bundle-encrypted", name),
            Self::Damaged { name, detail } => named("bundle-damaged", name).with("detail", detail),
            Self::NoProgram => Message::new("bundle-no-program"),
            Self::SeveralPrograms { names } => {
                Message::new("bundle-several-programs").with("names", names)
            }
            Self::Staging { source } => {
                Message::new("bundle-staging").with("detail", source.to_string())
            }
            Self::Program(error) => {
                Message::new("bundle-program").with("detail", error.to_string())
            }
            Self::Image { path, source } => Message::new("bundle-image")
                .with("path", shown(path))
                .with("detail", source.to_string()),
            Self::TooManyImages { count } => Message::new("bundle-too-many-images")
                .with("count", *count)
                .with("max", MAX_ENTRIES - 1),
            Self::Write { path, source } => Message::new("bundle-write")
                .with("path", shown(path))
                .with("detail", source.to_string()),
            Self::Exists { path } => Message::new("bundle-exists").with("path", shown(path)),
        }
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl std::error::Error for Error {}

impl Error {
    fn write(path: &Path, error: impl Into<io::Error>) -> Self {
        Self::Write { path: path.to_owned(), source: Arc::new(error.into()) }
    }

    fn staging(error: io::Error) -> Self {
        Self::Staging { source: Arc::new(error) }
    }
}

/// A bundle written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// Where it is.
    pub path: PathBuf,
    /// The files in it: the program and its pictures.
    pub files: usize,
    /// Its size in bytes.
    pub bytes: u64,
}

/// Whether `path` looks like a bundle: named `*.limber`, or a zip file whatever its name
/// (a mail program may have renamed it).
pub fn is_bundle(path: &Path) -> bool {
    let named = path.extension().is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION));
    named || starts_like_zip(path)
}

fn starts_like_zip(path: &Path) -> bool {
    let mut start = [0u8; 4];
    fs::File::open(path).and_then(|mut f| f.read_exact(&mut start)).is_ok()
        && ZIP_MAGIC.contains(&start.as_slice())
}

/// Writes `entry` as a bundle at `out`: its TOML as `<id>.toml` and every picture it uses,
/// dated `modified` (local time). The file appears whole or not at all (written beside
/// `out`, then renamed). An existing `out` is replaced only when `replace` is set (a save
/// dialog has asked the user already).
pub fn write(
    entry: &Entry,
    out: &Path,
    modified: NaiveDateTime,
    replace: bool,
) -> Result<Written, Error> {
    if !replace && fs::symlink_metadata(out).is_ok() {
        return Err(Error::Exists { path: out.to_owned() });
    }
    let base = entry.base_dir.as_deref().unwrap_or(Path::new("."));
    // Every picture the program names, and the start pose beside one where there is one
    // (`a.start.svg` next to `a.svg`), as an import copies them.
    let mut images: Vec<PathBuf> = Vec::new();
    for image in library::image_paths(&entry.program) {
        images.push(image.to_owned());
        let start = crate::pose::start_image(image);
        if crate::program::image_problem(base, &start).is_none() {
            images.push(start);
        }
    }
    images.sort();
    images.dedup();
    if images.len() >= MAX_ENTRIES {
        return Err(Error::TooManyImages { count: images.len() });
    }
    let when = zip_time(modified);
    let options = |compress: bool| {
        let method = if compress {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        SimpleFileOptions::default()
            .compression_method(method)
            .last_modified_time(when)
            .unix_permissions(0o644)
    };
    let mut total = entry.source.len() as u64;
    let mut zip = zip::ZipWriter::new(io::Cursor::new(Vec::new()));
    zip.start_file(format!("{}.toml", entry.program.id), options(true))
        .map_err(|e| Error::write(out, e))?;
    zip.write_all(entry.source.as_bytes()).map_err(|e| Error::write(out, e))?;
    for image in &images {
        let path = base.join(image);
        let bytes = read_image(&path, MAX_UNPACKED_BYTES.saturating_sub(total))?;
        total += bytes.len() as u64;
        // PNG, JPEG, GIF and WebP are compressed already; SVG is text.
        let compress = kind_of(image) == Some(Kind::Image(ImageKind::Svg));
        zip.start_file(zip_name(image), options(compress)).map_err(|e| Error::write(out, e))?;
        zip.write_all(&bytes).map_err(|e| Error::write(out, e))?;
    }
    let bytes = zip.finish().map_err(|e| Error::write(out, e))?.into_inner();
    crate::settings::write_atomically(out, &bytes).map_err(|e| Error::write(out, e))?;
    Ok(Written { path: out.to_owned(), files: images.len() + 1, bytes: bytes.len() as u64 })
}

/// Reads a picture for a bundle, refusing one that would take the bundle past its limit.
fn read_image(path: &Path, room: u64) -> Result<Vec<u8>, Error> {
    let error = |e: io::Error| Error::Image { path: path.to_owned(), source: Arc::new(e) };
    let file = fs::File::open(path).map_err(error)?;
    let mut bytes = Vec::new();
    file.take(room + 1).read_to_end(&mut bytes).map_err(error)?;
    if bytes.len() as u64 > room {
        return Err(Error::TooLarge);
    }
    Ok(bytes)
}

/// A path as a zip names it: `/` between folders.
fn zip_name(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

fn zip_time(at: NaiveDateTime) -> zip::DateTime {
    let (year, month, day) = (at.year(), at.month(), at.day());
    let (hour, minute, second) = (at.hour(), at.minute(), at.second());
    u16::try_from(year)
        .ok()
        .and_then(|year| {
            zip::DateTime::from_date_and_time(
                year,
                month as u8,
                day as u8,
                hour as u8,
                minute as u8,
                second.min(59) as u8,
            )
            .ok()
        })
        .unwrap_or_default()
}

/// What an entry of a bundle may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Program,
    Image(ImageKind),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ImageKind {
    Svg,
    Png,
    Jpeg,
    Gif,
    Webp,
}

impl ImageKind {
    fn name(self) -> &'static str {
        match self {
            Self::Svg => "SVG",
            Self::Png => "PNG",
            Self::Jpeg => "JPEG",
            Self::Gif => "GIF",
            Self::Webp => "WebP",
        }
    }

    /// Whether `bytes` (a whole file) are a picture of this kind, by their first bytes (an
    /// SVG: UTF-8 text with an `<svg` element).
    fn matches(self, bytes: &[u8]) -> bool {
        match self {
            Self::Png => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            Self::Jpeg => bytes.starts_with(&[0xFF, 0xD8, 0xFF]),
            Self::Gif => bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a"),
            Self::Webp => bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP",
            Self::Svg => std::str::from_utf8(bytes).is_ok_and(|text| text.contains("<svg")),
        }
    }
}

/// The kind of `path` by its extension; `None` for anything else.
fn kind_of(path: &Path) -> Option<Kind> {
    let extension = path.extension()?.to_str()?.to_ascii_lowercase();
    if extension == "toml" {
        return Some(Kind::Program);
    }
    if !IMAGE_EXTENSIONS.contains(&extension.as_str()) {
        return None;
    }
    let kind = match extension.as_str() {
        "svg" => ImageKind::Svg,
        "png" => ImageKind::Png,
        "jpg" | "jpeg" => ImageKind::Jpeg,
        "gif" => ImageKind::Gif,
        "webp" => ImageKind::Webp,
        _ => return None,
    };
    Some(Kind::Image(kind))
}

/// `name` as a relative path of plain folder and file names, or `None` when it is absolute,
/// climbs (`..`), uses `\` or a drive, or has empty or `.` parts. A trailing `/` (a folder)
/// is allowed.
fn safe_path(name: &str) -> Option<PathBuf> {
    let trimmed = name.strip_suffix('/').unwrap_or(name);
    if trimmed.is_empty() || trimmed.starts_with('/') || trimmed.contains(['\\', '\0']) {
        return None;
    }
    let mut path = PathBuf::new();
    for part in trimmed.split('/') {
        if part.is_empty() || part == "." || part == ".." || part.contains(':') {
            return None;
        }
        path.push(part);
    }
    Some(path)
}

/// An entry that passed the checks of the zip's directory.
struct Planned {
    index: usize,
    name: String,
    path: PathBuf,
    kind: Kind,
}

/// A bundle unpacked into a temporary folder (removed when this is dropped).
struct Staged {
    folder: tempfile::TempDir,
    /// The program's name inside the bundle.
    program: String,
}

/// Imports the bundle `file` into `user_dir` (see the module's description). Nothing is
/// written into `user_dir` unless the whole bundle is sound and its program valid.
pub fn import(file: &Path, user_dir: &Path) -> Result<Imported, Error> {
    let staged = unpack(file)?;
    let program = staged.folder.path().join(&staged.program);
    library::import(&program, user_dir)
        .map_err(|error| Error::Program(named_in_bundle(error, staged.folder.path(), file)))
}

/// Checks and unpacks `file` into a fresh temporary folder.
fn unpack(file: &Path) -> Result<Staged, Error> {
    let read_error = |e: io::Error| Error::Read { path: file.to_owned(), source: Arc::new(e) };
    let opened = fs::File::open(file).map_err(read_error)?;
    let metadata = opened.metadata().map_err(read_error)?;
    if metadata.is_dir() {
        return Err(read_error(io::Error::new(io::ErrorKind::IsADirectory, "it is a folder")));
    }
    if metadata.len() > MAX_BUNDLE_BYTES {
        return Err(Error::TooLarge);
    }
    let mut archive = zip::ZipArchive::new(io::BufReader::new(opened))
        .map_err(|e| Error::NotZip { path: file.to_owned(), detail: e.to_string() })?;
    if archive.len() > MAX_ENTRIES {
        return Err(Error::TooManyEntries { count: archive.len() });
    }
    let planned = check_directory(&mut archive)?;
    let programs: Vec<&Planned> = planned.iter().filter(|p| p.kind == Kind::Program).collect();
    let program = match programs.as_slice() {
        [] => return Err(Error::NoProgram),
        [one] => one.name.clone(),
        several => {
            let names = several.iter().map(|p| p.name.as_str()).collect::<Vec<_>>().join(", ");
            return Err(Error::SeveralPrograms { names });
        }
    };
    let folder =
        tempfile::Builder::new().prefix("limber-bundle-").tempdir().map_err(Error::staging)?;
    let mut room = MAX_UNPACKED_BYTES;
    for entry in &planned {
        let written = unpack_entry(&mut archive, entry, folder.path(), room)?;
        room -= written;
    }
    Ok(Staged { folder, program })
}

/// Every entry's name and kind, from the zip's directory, before anything is unpacked.
fn check_directory<R: io::Read + io::Seek>(
    archive: &mut zip::ZipArchive<R>,
) -> Result<Vec<Planned>, Error> {
    let mut planned = Vec::new();
    let mut seen = HashSet::new();
    let mut claimed: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive.by_index_raw(index).map_err(|e| Error::Damaged {
            name: format!("entry {}", index + 1),
            detail: e.to_string(),
        })?;
        let name = String::from_utf8_lossy(entry.name_raw()).into_owned();
        if entry.encrypted() {
            return Err(Error::Encrypted { name });
        }
        if entry.is_symlink() {
            return Err(Error::Link { name });
        }
        // The file type bits of a Unix mode: plain files and folders only.
        const TYPE: u32 = 0o170_000;
        const FILE: u32 = 0o100_000;
        const FOLDER: u32 = 0o040_000;
        if let Some(mode) = entry.unix_mode()
            && ![0, FILE, FOLDER].contains(&(mode & TYPE))
        {
            return Err(Error::Special { name });
        }
        let Some(path) = safe_path(&name) else {
            return Err(Error::UnsafePath { name });
        };
        if entry.is_dir() {
            continue;
        }
        let Some(kind) = kind_of(&path) else {
            return Err(Error::NotAllowed { name });
        };
        if kind == Kind::Program && path.components().count() > 1 {
            return Err(Error::NestedProgram { name });
        }
        // Names differing only in case would be one file on some systems.
        if !seen.insert(zip_name(&path).to_lowercase()) {
            return Err(Error::Duplicate { name });
        }
        claimed = claimed.saturating_add(entry.size());
        if claimed > MAX_UNPACKED_BYTES {
            return Err(Error::TooLarge);
        }
        planned.push(Planned { index, name, path, kind });
    }
    Ok(planned)
}

/// Unpacks one entry into `folder`, writing at most `room` bytes whatever its header
/// claims; returns how many it wrote. A picture must be the kind its name says.
fn unpack_entry<R: io::Read + io::Seek>(
    archive: &mut zip::ZipArchive<R>,
    planned: &Planned,
    folder: &Path,
    room: u64,
) -> Result<u64, Error> {
    let damaged = |e: &dyn std::fmt::Display| Error::Damaged {
        name: planned.name.clone(),
        detail: e.to_string(),
    };
    let mut entry = archive.by_index(planned.index).map_err(|e| damaged(&e))?;
    let target = folder.join(&planned.path);
    if let Some(parent) = target.parent() {
        fs::create_dir_all(parent).map_err(Error::staging)?;
    }
    let mut out = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&target)
        .map_err(Error::staging)?;
    let mut start = Vec::new();
    let mut written: u64 = 0;
    let mut buffer = vec![0u8; 64 * 1024];
    loop {
        let n = entry.read(&mut buffer).map_err(|e| damaged(&e))?;
        if n == 0 {
            break;
        }
        written += n as u64;
        if written > room {
            return Err(Error::TooLarge);
        }
        out.write_all(&buffer[..n]).map_err(Error::staging)?;
        if let Kind::Image(kind) = planned.kind {
            // An SVG is checked whole (it is text); other pictures by their first bytes.
            let keep =
                if kind == ImageKind::Svg { n } else { n.min(16usize.saturating_sub(start.len())) };
            start.extend_from_slice(&buffer[..keep]);
        }
    }
    out.sync_all().map_err(Error::staging)?;
    if let Kind::Image(kind) = planned.kind
        && !kind.matches(&start)
    {
        return Err(Error::NotAnImage { name: planned.name.clone(), expected: kind.name() });
    }
    Ok(written)
}

/// Names the files of an import error as they are in the bundle (`plan.limber:plan.toml`)
/// instead of by the temporary folder they were unpacked into.
fn named_in_bundle(error: ImportError, folder: &Path, bundle: &Path) -> ImportError {
    let rename = |path: &Path| match path.strip_prefix(folder) {
        Ok(inside) => PathBuf::from(format!("{}:{}", bundle.display(), zip_name(inside))),
        Err(_) => path.to_owned(),
    };
    match error {
        ImportError::Invalid(LoadError::Invalid(diagnostics)) => {
            ImportError::Invalid(LoadError::Invalid(
                diagnostics
                    .into_iter()
                    .map(|d| Diagnostic { file: rename(&d.file), ..d })
                    .collect(),
            ))
        }
        ImportError::Invalid(LoadError::Read { path, source }) => {
            ImportError::Invalid(LoadError::Read { path: rename(&path), source })
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_relative_names_are_safe() {
        assert_eq!(safe_path("plan.toml"), Some(PathBuf::from("plan.toml")));
        assert_eq!(safe_path("images/plank.png"), Some(PathBuf::from("images/plank.png")));
        assert_eq!(safe_path("images/"), Some(PathBuf::from("images")));
        for bad in [
            "../evil.toml",
            "images/../../evil.png",
            "/etc/passwd",
            "C:/x.png",
            "c:x.png",
            "images\\..\\x.png",
            "./x.png",
            "images//x.png",
            "",
            "/",
            "a\0b.png",
        ] {
            assert_eq!(safe_path(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn pictures_are_recognised_by_their_bytes() {
        assert!(ImageKind::Png.matches(b"\x89PNG\r\n\x1a\n...."));
        assert!(!ImageKind::Png.matches(b"#!/bin/sh\nrm -rf ~\n"));
        assert!(ImageKind::Jpeg.matches(&[0xFF, 0xD8, 0xFF, 0xE0]));
        assert!(ImageKind::Gif.matches(b"GIF89a...."));
        assert!(ImageKind::Webp.matches(b"RIFF\x10\0\0\0WEBPVP8 "));
        assert!(ImageKind::Svg.matches(b"<?xml version=\"1.0\"?>\n<svg xmlns=\"\"/>"));
        assert!(!ImageKind::Svg.matches(b"\xff\xfe<svg"));
        assert!(!ImageKind::Svg.matches(b"<html><script>"));
    }

    #[test]
    fn kinds_follow_the_extension() {
        assert_eq!(kind_of(Path::new("a.TOML")), Some(Kind::Program));
        assert_eq!(kind_of(Path::new("a.JPG")), Some(Kind::Image(ImageKind::Jpeg)));
        assert_eq!(kind_of(Path::new("run.sh")), None);
        assert_eq!(kind_of(Path::new("README")), None);
    }
}
