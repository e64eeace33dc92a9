//! `.limber` bundles: a program with its pictures written as one file and imported again
//! (through the library functions and through `limber bundle` / `limber import-program`),
//! and one hostile bundle of each kind, every one refused with nothing landing in the
//! programs folder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber::desktop::{self, ImportError, bundle};
use limber::library::{Entry, Library};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use zip::write::SimpleFileOptions;

const PROGRAM: &str = r#"
format = 1
id = "knee-week-1"
version = 2
title = { en = "Knee, week 1", nl = "Knie, week 1" }

[[block]]
kind = "strength"
  [[block.exercise]]
  id = "bridge"
  name = "Bridge"
  image = "images/bridge.svg"
  reps = 10
  [[block.exercise]]
  id = "wall-sit"
  name = "Wall sit"
  image = "images/photos/wall-sit.png"
  duration = 30
"#;

const SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 20"><path d="M1 19H29" stroke="#1f2933"/></svg>"##;

/// A tiny valid PNG (1×1).
fn png() -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assets/icons/hicolor/16x16/apps/nl.limber.Limber.png");
    fs::read(path).unwrap()
}

fn when() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap().and_hms_opt(21, 30, 0).unwrap()
}

/// A physio's folder: the program and its two pictures.
fn physio_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("images/photos")).unwrap();
    fs::write(dir.path().join("knee.toml"), PROGRAM).unwrap();
    fs::write(dir.path().join("images/bridge.svg"), SVG).unwrap();
    fs::write(dir.path().join("images/photos/wall-sit.png"), png()).unwrap();
    dir
}

/// Every file and folder under `dir`, relative, sorted.
fn listing(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        let Ok(read) = fs::read_dir(dir) else { return };
        for entry in read.flatten() {
            let path = entry.path();
            out.push(path.strip_prefix(root).unwrap().display().to_string());
            if path.is_dir() {
                walk(root, &path, out);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn limber(data_dir: &Path, args: &[&str], tmp: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(["--lang", "en"])
        .args(args)
        .env_remove("LIMBER_DATA_DIR")
        .env("TMPDIR", tmp)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn a_program_and_its_pictures_survive_the_round_trip() {
    let physio = physio_folder();
    let entry = Entry::load(&physio.path().join("knee.toml")).unwrap();
    let out = physio.path().join("knee.limber");
    let written = bundle::write(&entry, &out, when(), false).unwrap();
    assert_eq!(written.files, 3);
    assert_eq!(written.bytes, fs::metadata(&out).unwrap().len());
    assert!(bundle::is_bundle(&out));

    let data = tempfile::tempdir().unwrap();
    let programs = data.path().join("programs");
    let imported = desktop::import(&out, &programs).unwrap();
    assert_eq!(imported.entry.program.id, "knee-week-1");
    assert_eq!(imported.backup, None);
    assert_eq!(fs::read_to_string(programs.join("knee-week-1.toml")).unwrap(), PROGRAM);
    assert_eq!(fs::read_to_string(programs.join("images/bridge.svg")).unwrap(), SVG);
    assert_eq!(fs::read(programs.join("images/photos/wall-sit.png")).unwrap(), png());
    let library = Library::load(&programs);
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let found = library.find("knee-week-1").unwrap();
    assert_eq!(found.hash, entry.hash, "the same bytes, so the history stays continuous");

    // Written again from the imported copy, the bundle holds the same files.
    let again = data.path().join("again.limber");
    bundle::write(found, &again, when(), false).unwrap();
    let names = |file: &Path| {
        let mut archive = zip::ZipArchive::new(fs::File::open(file).unwrap()).unwrap();
        let mut names: Vec<String> = (0..archive.len())
            .map(|i| archive.by_index(i).unwrap().name().unwrap().into_owned())
            .collect();
        names.sort();
        names
    };
    assert_eq!(
        names(&out),
        ["images/bridge.svg", "images/photos/wall-sit.png", "knee-week-1.toml"]
    );
    assert_eq!(names(&again), names(&out));
}

#[test]
fn a_levels_pictures_and_start_poses_travel_along() {
    let program = r#"
format = 2
id = "plank-build-up"
title = "Plank, building up"
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "plank"
  name = "Plank on your knees"
  image = "images/knee-plank.svg"
  duration = 20
    [[block.exercise.level]]
    name = "Plank"
    image = "images/plank.svg"
"#;
    let physio = tempfile::tempdir().unwrap();
    fs::create_dir_all(physio.path().join("images")).unwrap();
    fs::write(physio.path().join("plank.toml"), program).unwrap();
    for picture in ["knee-plank.svg", "knee-plank.start.svg", "plank.svg"] {
        fs::write(physio.path().join("images").join(picture), SVG).unwrap();
    }
    let entry = Entry::load(&physio.path().join("plank.toml")).unwrap();
    let out = physio.path().join("plank.limber");
    assert_eq!(bundle::write(&entry, &out, when(), false).unwrap().files, 4);
    let data = tempfile::tempdir().unwrap();
    let programs = data.path().join("programs");
    desktop::import(&out, &programs).unwrap();
    assert_eq!(
        listing(&programs.join("images")),
        ["knee-plank.start.svg", "knee-plank.svg", "plank.svg"]
    );
}

#[test]
fn an_existing_bundle_is_not_overwritten_unless_asked() {
    let physio = physio_folder();
    let entry = Entry::load(&physio.path().join("knee.toml")).unwrap();
    let out = physio.path().join("knee.limber");
    fs::write(&out, "mine").unwrap();
    let refused = bundle::write(&entry, &out, when(), false).unwrap_err();
    assert!(matches!(refused, bundle::Error::Exists { .. }), "{refused}");
    assert_eq!(fs::read_to_string(&out).unwrap(), "mine");
    bundle::write(&entry, &out, when(), true).unwrap();
    assert!(bundle::is_bundle(&out));
}

#[test]
fn importing_a_newer_bundle_keeps_the_earlier_file_aside() {
    let physio = physio_folder();
    let data = tempfile::tempdir().unwrap();
    let programs = data.path().join("programs");
    fs::create_dir_all(&programs).unwrap();
    let earlier = PROGRAM.replace("version = 2", "version = 1");
    fs::write(programs.join("knee-week-1.toml"), &earlier).unwrap();
    fs::create_dir_all(programs.join("images")).unwrap();
    fs::write(programs.join("images/bridge.svg"), "<svg>older drawing</svg>").unwrap();
    let entry = Entry::load(&physio.path().join("knee.toml")).unwrap();
    let out = physio.path().join("knee.limber");
    bundle::write(&entry, &out, when(), false).unwrap();
    let imported = desktop::import(&out, &programs).unwrap();
    assert_eq!(imported.backup, Some(programs.join("knee-week-1.toml.bak")));
    assert_eq!(fs::read_to_string(programs.join("knee-week-1.toml.bak")).unwrap(), earlier);
    assert_eq!(
        fs::read_to_string(programs.join("images/bridge.svg.bak")).unwrap(),
        "<svg>older drawing</svg>"
    );
    assert_eq!(fs::read_to_string(programs.join("images/bridge.svg")).unwrap(), SVG);
}

#[test]
fn the_command_line_bundles_and_imports() {
    let physio = physio_folder();
    let data = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let file = physio.path().join("knee.toml");
    let out = physio.path().join("shared.limber");
    let made = limber(
        data.path(),
        &["bundle", file.to_str().unwrap(), "--out", out.to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    assert!(text(&made.stdout).contains("knee-week-1 (3 files"), "{}", text(&made.stdout));
    // A second time: the file exists and is kept.
    let again = limber(
        data.path(),
        &["bundle", file.to_str().unwrap(), "--out", out.to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(again.status.code(), Some(1));
    assert!(text(&again.stderr).contains("already exists"), "{}", text(&again.stderr));

    let imported = limber(data.path(), &["import-program", out.to_str().unwrap()], tmp.path());
    assert_eq!(imported.status.code(), Some(0), "{}", text(&imported.stderr));
    assert!(text(&imported.stdout).contains("Added “Knee, week 1” (knee-week-1 v2)"));
    assert!(data.path().join("programs/images/photos/wall-sit.png").is_file());
    assert_eq!(listing(tmp.path()), Vec::<String>::new(), "the unpacked copy is cleaned up");

    // A built-in by id: just its TOML.
    let builtin = data.path().join("warm-up.limber");
    let made = limber(
        data.path(),
        &["bundle", "runner-warm-up", "--out", builtin.to_str().unwrap()],
        tmp.path(),
    );
    assert_eq!(made.status.code(), Some(0), "{}", text(&made.stderr));
    assert!(text(&made.stdout).contains("(1 file,"), "{}", text(&made.stdout));

    // A plain TOML file imports through the same command.
    let other = data.path().join("other");
    let plain = limber(&other, &["import-program", file.to_str().unwrap()], tmp.path());
    assert_eq!(plain.status.code(), Some(0), "{}", text(&plain.stderr));
    assert!(other.join("programs/images/bridge.svg").is_file());
}

/// Writes a zip with `entries` (name, bytes, options) to a new file in `dir`.
fn hostile(dir: &Path, name: &str, entries: &[(&str, Vec<u8>, SimpleFileOptions)]) -> PathBuf {
    let path = dir.join(name);
    let mut zip = zip::ZipWriter::new(fs::File::create(&path).unwrap());
    for (entry, bytes, options) in entries {
        zip.start_file(*entry, *options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    path
}

fn plain() -> SimpleFileOptions {
    SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated)
}

fn program_entry() -> (&'static str, Vec<u8>, SimpleFileOptions) {
    ("knee-week-1.toml", PROGRAM.as_bytes().to_vec(), plain())
}

fn pictures() -> Vec<(&'static str, Vec<u8>, SimpleFileOptions)> {
    vec![
        ("images/bridge.svg", SVG.as_bytes().to_vec(), plain()),
        ("images/photos/wall-sit.png", png(), plain()),
    ]
}

/// Imports `file` into a data folder that already holds a program of the user's, through
/// the library and through the command line; both must refuse it with `expected` in the
/// message and leave the programs folder and the temporary folder as they were.
fn assert_refused(file: &Path, expected: &str) -> ImportError {
    let data = tempfile::tempdir().unwrap();
    let programs = data.path().join("programs");
    fs::create_dir_all(&programs).unwrap();
    fs::write(programs.join("mine.toml"), PROGRAM.replace("knee-week-1", "mine")).unwrap();
    let before = listing(data.path());
    let error = desktop::import(file, &programs).unwrap_err();
    let message = error.lines(&limber::i18n::I18n::new("en")).join("\n");
    assert!(message.contains(expected), "expected {expected:?} in: {message}");
    assert_eq!(listing(data.path()), before, "something landed: {message}");

    let tmp = tempfile::tempdir().unwrap();
    let out = limber(data.path(), &["import-program", file.to_str().unwrap()], tmp.path());
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains(expected), "{}", text(&out.stderr));
    assert_eq!(listing(data.path()), before);
    assert_eq!(listing(tmp.path()), Vec::<String>::new(), "unpacked files left behind");
    error
}

#[test]
fn paths_that_leave_the_folder_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (n, name) in
        ["../evil.png", "images/../../evil.png", "/tmp/evil.png", "images\\..\\..\\evil.png"]
            .iter()
            .enumerate()
    {
        let mut entries = vec![program_entry()];
        entries.extend(pictures());
        entries.push((name, png(), plain()));
        let file = hostile(dir.path(), &format!("slip-{n}.limber"), &entries);
        let error = assert_refused(&file, "a path outside the program's folder");
        assert!(matches!(error, ImportError::Bundle(bundle::Error::UnsafePath { .. })));
        let dutch = error.lines(&limber::i18n::I18n::new("nl")).join("\n");
        assert!(dutch.contains("een pad buiten de map van het programma"), "{dutch}");
    }
    assert!(!dir.path().parent().unwrap().join("evil.png").exists());
}

#[test]
fn links_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("link.limber");
    let mut zip = zip::ZipWriter::new(fs::File::create(&path).unwrap());
    zip.start_file("knee-week-1.toml", plain()).unwrap();
    zip.write_all(PROGRAM.as_bytes()).unwrap();
    zip.start_file("images/bridge.svg", plain()).unwrap();
    zip.write_all(SVG.as_bytes()).unwrap();
    zip.add_symlink("images/photos/wall-sit.png", "/etc/passwd", plain()).unwrap();
    zip.finish().unwrap();
    assert_refused(&path, "a link");
}

#[test]
fn special_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = plain().external_attributes(0o010_644 << 16);
    let mut entries = vec![program_entry()];
    entries.extend(pictures());
    entries.push(("images/pipe.png", Vec::new(), fifo));
    let file = hostile(dir.path(), "fifo.limber", &entries);
    assert_refused(&file, "not a plain file");
}

#[test]
fn more_than_20_mb_unpacked_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // 21 MB of zeros packs into about 20 KB: a zip bomb in miniature.
    let mut big = png();
    big.resize(21 * 1024 * 1024, 0);
    let mut entries = vec![program_entry()];
    entries.extend(pictures());
    entries.push(("images/huge.png", big, plain()));
    let file = hostile(dir.path(), "bomb.limber", &entries);
    assert!(fs::metadata(&file).unwrap().len() < 200_000);
    assert_refused(&file, "more than 20 MB");
}

#[test]
fn sizes_are_counted_not_taken_from_the_headers() {
    let dir = tempfile::tempdir().unwrap();
    let mut big = png();
    big.resize(21 * 1024 * 1024, 0);
    let file =
        hostile(dir.path(), "liar.limber", &[program_entry(), ("images/huge.png", big, plain())]);
    // Claim 100 bytes for the huge picture in the local header and the central directory.
    let mut bytes = fs::read(&file).unwrap();
    let claimed = 100u32.to_le_bytes();
    let name = b"images/huge.png";
    let mut patched = 0;
    for (signature, size_at) in [(b"PK\x03\x04", 22), (b"PK\x01\x02", 24)] {
        let mut at = 0;
        while let Some(found) = bytes[at..].windows(4).position(|w| w == signature) {
            let start = at + found;
            let name_at = start + if signature == b"PK\x03\x04" { 30 } else { 46 };
            if bytes.get(name_at..name_at + name.len()) == Some(name) {
                bytes[start + size_at..start + size_at + 4].copy_from_slice(&claimed);
                patched += 1;
            }
            at = start + 4;
        }
    }
    assert_eq!(patched, 2);
    fs::write(&file, &bytes).unwrap();
    let archive = zip::ZipArchive::new(fs::File::open(&file).unwrap()).unwrap();
    assert!(archive.decompressed_size().unwrap_or(0) < 1_000_000, "the headers now lie");
    let error = assert_refused(&file, "");
    assert!(
        matches!(
            error,
            ImportError::Bundle(bundle::Error::TooLarge | bundle::Error::Damaged { .. })
        ),
        "{error}"
    );
}

#[test]
fn more_than_100_entries_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..100).map(|n| format!("images/extra-{n}.png")).collect();
    let mut entries = vec![program_entry()];
    entries.extend(pictures());
    entries.extend(names.iter().map(|name| (name.as_str(), png(), plain())));
    let file = hostile(dir.path(), "crowd.limber", &entries);
    assert_refused(&file, "at most 100");
}

#[test]
fn files_that_are_not_programs_or_pictures_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (n, (name, bytes, expected)) in [
        ("run.sh", b"#!/bin/sh\nrm -rf ~\n".to_vec(), "neither a program (.toml) nor a picture"),
        ("README", b"hello".to_vec(), "neither a program (.toml) nor a picture"),
        ("images/plank.png", b"#!/bin/sh\nrm -rf ~\n".to_vec(), "is not a PNG picture"),
        ("images/plank.svg", b"<html><script>alert(1)</script>".to_vec(), "is not a SVG picture"),
    ]
    .into_iter()
    .enumerate()
    {
        let mut entries = vec![program_entry()];
        entries.extend(pictures());
        entries.push((name, bytes, plain()));
        let file = hostile(dir.path(), &format!("odd-{n}.limber"), &entries);
        assert_refused(&file, expected);
    }
}

#[test]
fn a_bundle_holds_exactly_one_program_at_its_top() {
    let dir = tempfile::tempdir().unwrap();
    let none = hostile(dir.path(), "none.limber", &pictures());
    assert_refused(&none, "no program file");
    let mut two = vec![program_entry(), ("other.toml", PROGRAM.as_bytes().to_vec(), plain())];
    two.extend(pictures());
    let two = hostile(dir.path(), "two.limber", &two);
    assert_refused(&two, "several program files");
    let mut nested = vec![("programs/knee.toml", PROGRAM.as_bytes().to_vec(), plain())];
    nested.extend(pictures());
    let nested = hostile(dir.path(), "nested.limber", &nested);
    assert_refused(&nested, "in a folder");
    let mut twice = vec![program_entry()];
    twice.extend(pictures());
    twice.push(("images/Bridge.SVG", SVG.as_bytes().to_vec(), plain()));
    let twice = hostile(dir.path(), "twice.limber", &twice);
    assert_refused(&twice, "twice");
}

#[test]
fn what_is_not_a_zip_or_not_a_valid_program_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let text_file = dir.path().join("mail.limber");
    fs::write(&text_file, "this is not a zip file").unwrap();
    assert_refused(&text_file, "is not a Limber bundle");

    let invalid = PROGRAM.replace("reps = 10", "reps = 10\n  duraton = 5");
    let mut entries = vec![("knee-week-1.toml", invalid.into_bytes(), plain())];
    entries.extend(pictures());
    let bad = hostile(dir.path(), "bad.limber", &entries);
    let error = assert_refused(&bad, "bad.limber:knee-week-1.toml:");
    assert!(
        error.lines(&limber::i18n::I18n::new("en"))[0].contains("did you mean `duration`?"),
        "{:?}",
        error.lines(&limber::i18n::I18n::new("en"))
    );

    // The program names a picture the bundle does not hold.
    let missing = hostile(dir.path(), "missing.limber", &[program_entry(), pictures().remove(0)]);
    assert_refused(&missing, "image `images/photos/wall-sit.png` not found");
}

#[test]
fn a_mistyped_command_is_not_taken_for_a_file() {
    let data = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let out = limber(data.path(), &["valdate"], tmp.path());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no command or file `valdate`; did you mean `limber validate`?"),
        "{}",
        text(&out.stderr)
    );
    let physio = physio_folder();
    let file = physio.path().join("knee.toml");
    let out = limber(data.path(), &[file.to_str().unwrap(), "programs"], tmp.path());
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stdout));
    assert!(text(&out.stderr).contains("leave them out with a command"), "{}", text(&out.stderr));
}
