//! Hostile files of every kind against the real binary (issue 14): pictures, program files,
//! settings, imports and databases, and pipes, devices, folders and dangling links where a
//! file should be (tests/fixtures/hostile/, the large ones made here). For each: no panic,
//! done within 5 seconds, exit 0 or 1 with a message naming the file, and nothing of the
//! user's deleted or overwritten. Then the app itself opens on such a folder.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const LIMBER: &str = env!("CARGO_BIN_EXE_limber");
/// No command may take longer on a hostile file. The bound is 5 s for the release
/// binary; this is the debug build, ten of these tests at once on a busy machine. What it
/// catches, a read of a pipe or a device, would take for ever.
const PATIENCE: Duration = Duration::from_secs(8);

fn fixtures(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile").join(kind)
}

fn files(kind: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> =
        fs::read_dir(fixtures(kind)).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(!files.is_empty());
    files
}

#[derive(Debug)]
struct Ran {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs limber with `args` on `data`, killing it (and failing) past [`PATIENCE`].
fn limber(data: &Path, args: &[&str]) -> Ran {
    run(&[], data, args, &[])
}

/// A session of [`SHORT`] (3 s), to have something in the history: not a hostile file, so it
/// may take longer on a busy machine.
fn session(data: &Path, program: &Path) -> Ran {
    let args = ["run", program.to_str().unwrap(), "--mute", "--no-checkin"];
    run_within(Duration::from_secs(60), &[], data, &args, &[])
}

/// [`limber`], started through `prefix` (e.g. `setpriv ...`), with `env` set (`None`: removed).
fn run(prefix: &[&str], data: &Path, args: &[&str], env: &[(&str, Option<&str>)]) -> Ran {
    run_within(PATIENCE, prefix, data, args, env)
}

fn run_within(
    patience: Duration,
    prefix: &[&str],
    data: &Path,
    args: &[&str],
    env: &[(&str, Option<&str>)],
) -> Ran {
    let mut command = match prefix.split_first() {
        Some((program, rest)) => {
            let mut command = Command::new(program);
            command.args(rest).arg(LIMBER);
            command
        }
        None => Command::new(LIMBER),
    };
    command
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .env_remove("LIMBER_DATA_DIR")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        match value {
            Some(value) => command.env(key, value),
            None => command.env_remove(key),
        };
    }
    let mut child = command.spawn().expect("limber runs");
    let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = out.read_to_string(&mut text);
        text
    });
    let error_reader = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = err.read_to_string(&mut text);
        text
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > patience {
            let _ = child.kill();
            let _ = child.wait();
            panic!("limber {args:?} hung for more than {patience:?}");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let ran = Ran {
        code: status.code().unwrap_or(-1),
        stdout: reader.join().unwrap(),
        stderr: error_reader.join().unwrap(),
    };
    assert!(
        !ran.stderr.contains("panicked") && !ran.stderr.contains("RUST_BACKTRACE"),
        "limber {args:?} panicked:\n{}",
        ran.stderr
    );
    assert!(matches!(ran.code, 0 | 1), "limber {args:?} exited {}:\n{}", ran.code, ran.stderr);
    ran
}

fn program_using(image: &str) -> String {
    format!(
        "format = 1\nid = \"hostile\"\ntitle = \"Hostile\"\n[[block]]\n  [[block.exercise]]\n  \
         id = \"a\"\n  name = \"A\"\n  image = \"{image}\"\n  duration = 10\n"
    )
}

fn mkfifo(path: &Path) {
    assert!(Command::new("mkfifo").arg(path).status().unwrap().success());
}

#[cfg(unix)]
fn symlink(target: &str, link: &Path) {
    std::os::unix::fs::symlink(target, link).unwrap();
}

/// A drawing in the shape the fixtures use.
fn svg(body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"200\" \
         viewBox=\"0 0 300 200\">{body}</svg>"
    )
}

/// The large hostile pictures, made here rather than kept: (name, contents).
fn large_pictures() -> Vec<(&'static str, Vec<u8>)> {
    let blur = "<filter id=\"b\"><feGaussianBlur stdDeviation=\"60\"/></filter>";
    let mut big = format!("<defs>{blur}</defs>");
    while big.len() < 4_000_000 {
        big.push_str("<path filter=\"url(#b)\" d=\"M0 0 L300 200 L0 200 Z\" fill=\"#345\"/>");
    }
    let points: String = (0..40_000).map(|i| format!("{} {} ", i % 300, i % 200)).collect();
    vec![
        (
            "nested-100000.svg",
            svg(&format!("{}{}", "<g>".repeat(100_000), "</g>".repeat(100_000))).into_bytes(),
        ),
        ("blur-4mb.svg", svg(&big).into_bytes()),
        (
            "markers.svg",
            svg(&format!(
                "<defs><marker id=\"m\"><circle r=\"1\"/><circle r=\"2\"/></marker></defs>\
                 <polyline points=\"{points}\" marker-mid=\"url(#m)\"/>"
            ))
            .into_bytes(),
        ),
        ("text.svg", svg(&format!("<text y=\"20\">{}</text>", "x".repeat(200_000))).into_bytes()),
        ("too-big.png", vec![0x89; (4 << 20) + 1]),
    ]
}

#[test]
fn hostile_pictures_are_refused_by_validate_with_file_and_reason() {
    let root = tempfile::tempdir().unwrap();
    let mut cases: Vec<(String, Option<Vec<u8>>)> = files("pictures")
        .iter()
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), Some(fs::read(p).unwrap()))
        })
        .collect();
    cases.extend(large_pictures().into_iter().map(|(n, b)| (n.to_owned(), Some(b))));
    #[cfg(unix)]
    cases.extend(
        ["fifo.png", "dev-zero.png", "folder.png", "dangling.svg"].map(|n| (n.to_owned(), None)),
    );
    for (name, bytes) in cases {
        let dir = root.path().join(&name).with_extension("dir");
        fs::create_dir_all(&dir).unwrap();
        let picture = dir.join(&name);
        match (bytes, name.as_str()) {
            (Some(bytes), _) => fs::write(&picture, bytes).unwrap(),
            #[cfg(unix)]
            (None, "fifo.png") => mkfifo(&picture),
            #[cfg(unix)]
            (None, "dev-zero.png") => symlink("/dev/zero", &picture),
            #[cfg(unix)]
            (None, "dangling.svg") => symlink("gone.svg", &picture),
            (None, _) => fs::create_dir(&picture).unwrap(),
        }
        let program = dir.join("program.toml");
        fs::write(&program, program_using(&name)).unwrap();
        let ran = limber(root.path(), &["validate", program.to_str().unwrap()]);
        if name.starts_with("good") {
            assert_eq!(ran.code, 0, "{name}: {}", ran.stderr);
            continue;
        }
        assert_eq!(ran.code, 1, "{name} passed: {}", ran.stdout);
        let line = ran.stderr.lines().next().unwrap_or_default();
        assert!(
            line.starts_with(&format!("{}:8:11: error: image `{name}`", program.display())),
            "{line}"
        );
        assert!(line.len() > program.display().to_string().len() + 40, "a reason: {line}");
    }
}

#[test]
fn a_library_full_of_hostile_pictures_still_lists_its_programs() {
    let data = tempfile::tempdir().unwrap();
    let programs = data.path().join("programs");
    fs::create_dir_all(programs.join("pictures")).unwrap();
    for (i, picture) in files("pictures").iter().enumerate() {
        let name = picture.file_name().unwrap().to_string_lossy();
        fs::copy(picture, programs.join("pictures").join(&*name)).unwrap();
        let source =
            program_using(&format!("pictures/{name}")).replace("\"hostile\"", &format!("\"p{i}\""));
        fs::write(programs.join(format!("p{i}.toml")), source).unwrap();
    }
    let ran = limber(data.path(), &["programs"]);
    assert_eq!(ran.code, 0);
    assert!(ran.stdout.contains("back-pain-and-running"), "{}", ran.stdout);
    let good = ran.stdout.lines().filter(|l| l.starts_with('p')).count();
    assert_eq!(good, 2, "the good PNG and the good SVG: {}", ran.stdout);
    assert!(ran.stderr.contains("cannot be shown"), "{}", ran.stderr);
}

#[cfg(unix)]
#[test]
fn program_files_that_are_pipes_devices_folders_or_odd_text() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.toml");
    mkfifo(&fifo);
    let zero = dir.path().join("zero.toml");
    symlink("/dev/zero", &zero);
    let folder = dir.path().join("folder.toml");
    fs::create_dir(&folder).unwrap();
    let deep = dir.path().join("deep.toml");
    fs::write(
        &deep,
        format!("format = 1\nstop_if = {}{}\n", "[".repeat(50_000), "]".repeat(50_000)),
    )
    .unwrap();
    let name = dir.path().join("long-name.toml");
    fs::write(
        &name,
        program_using("x.png")
            .replace("name = \"A\"", &format!("name = \"{}\"", "é".repeat(800_000)))
            .replace("  image = \"x.png\"\n", ""),
    )
    .unwrap();
    let cues = dir.path().join("cues.toml");
    let many: Vec<&str> = vec!["{ at = 1, text = \"x\" }"; 5000];
    fs::write(
        &cues,
        program_using("x")
            .replace("  image = \"x\"\n", &format!("  cues = [{}]\n", many.join(", "))),
    )
    .unwrap();
    for file in [&fifo, &zero, &folder, &deep, &name, &cues] {
        let path = file.to_str().unwrap();
        for args in [
            vec!["validate", path],
            vec!["plan", path],
            vec!["run", path, "--mute", "--no-checkin"],
        ] {
            let ran = limber(data.path(), &args);
            assert_eq!(ran.code, 1, "{args:?}");
            assert!(ran.stderr.contains(path), "{args:?} names the file: {}", ran.stderr);
        }
    }
    let ran = limber(data.path(), &["validate", fifo.to_str().unwrap()]);
    assert!(ran.stderr.contains("a pipe"), "{}", ran.stderr);
    for fixture in files("programs") {
        let ran = limber(data.path(), &["validate", fixture.to_str().unwrap()]);
        let name = fixture.file_name().unwrap().to_string_lossy().into_owned();
        assert_eq!(ran.code, if name == "bom.toml" { 0 } else { 1 }, "{name}: {}", ran.stderr);
    }
    // Terminal escape codes in a title or a name never reach the terminal.
    let control = fixtures("programs").join("control-chars.toml");
    let ran = limber(data.path(), &["plan", control.to_str().unwrap()]);
    assert!(!ran.stdout.contains('\u{1b}') && !ran.stderr.contains('\u{1b}'), "{ran:?}");
    assert!(ran.stderr.contains("control character (U+001B)"), "{}", ran.stderr);
}

/// Puts `make` at `data/settings.toml`, runs a command that reads the settings, and checks
/// that it worked and what was there is kept aside unchanged (or read, when it is settings).
#[cfg(unix)]
#[test]
fn settings_files_that_are_not_settings_are_kept_aside() {
    let program = fixtures("pictures").join("../programs/bom.toml");
    let program = program.to_str().unwrap().to_owned();
    let deep = format!("a = {}{}\n", "[".repeat(20_000), "]".repeat(20_000)).into_bytes();
    let mut cases: Vec<(String, Option<Vec<u8>>)> = files("settings")
        .iter()
        .map(|p| {
            (p.file_name().unwrap().to_string_lossy().into_owned(), Some(fs::read(p).unwrap()))
        })
        .collect();
    cases.push(("deep.toml".into(), Some(deep)));
    cases.push(("huge.toml".into(), Some(vec![b'#'; (1 << 20) + 1])));
    cases.extend(["fifo", "dev-zero", "folder", "dangling"].map(|n| (n.to_owned(), None)));
    for (name, bytes) in cases {
        let data = tempfile::tempdir().unwrap();
        let settings = data.path().join("settings.toml");
        match (&bytes, name.as_str()) {
            (Some(bytes), _) => fs::write(&settings, bytes).unwrap(),
            (None, "fifo") => mkfifo(&settings),
            (None, "dev-zero") => symlink("/dev/zero", &settings),
            (None, "dangling") => symlink("gone.toml", &settings),
            (None, _) => fs::create_dir(&settings).unwrap(),
        }
        // Every command reads the settings (for the language), even `validate`.
        let ran = limber(data.path(), &["validate", &program]);
        assert_eq!(ran.code, 0, "{name}: {}", ran.stderr);
        let ran = limber(data.path(), &["stats"]);
        assert_eq!(ran.code, 0, "{name}: {}", ran.stderr);
        let readable = matches!(name.as_str(), "bom.toml" | "wrong-values.toml");
        let aside = data.path().join("settings.toml.broken");
        if readable {
            assert_eq!(fs::read(&settings).ok(), bytes, "{name} is read, left as it is");
            continue;
        }
        match bytes {
            Some(bytes) => {
                assert_eq!(fs::read(&aside).unwrap(), bytes, "{name} kept aside as it was")
            }
            None => assert!(fs::symlink_metadata(&aside).is_ok(), "{name} kept aside"),
        }
    }
}

#[cfg(unix)]
#[test]
fn import_files_that_are_not_exports() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo.json");
    mkfifo(&fifo);
    let zero = dir.path().join("zero.json");
    symlink("/dev/zero", &zero);
    let deep = dir.path().join("deep.json");
    fs::write(&deep, format!("{}{}", "[".repeat(100_000), "]".repeat(100_000))).unwrap();
    // Sparse: 513 MiB on paper, nothing on disk; refused without being read.
    let huge = dir.path().join("huge.json");
    fs::File::create(&huge).unwrap().set_len(513 << 20).unwrap();
    let mut cases = vec![fifo, zero, deep, huge, dir.path().to_owned()];
    cases.extend(files("imports"));
    for file in cases {
        let path = file.to_str().unwrap();
        let ran = limber(data.path(), &["import", path]);
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let valid = matches!(name.as_str(), "bom.json" | "control-chars.json");
        assert_eq!(ran.code, if valid { 0 } else { 1 }, "{name}: {}{}", ran.stdout, ran.stderr);
        if !valid {
            assert!(ran.stderr.contains(path), "{name}: names the file: {}", ran.stderr);
        }
    }
    let ran = limber(data.path(), &["history"]);
    assert_eq!(ran.code, 0);
    assert!(!ran.stdout.contains('\u{1b}'), "no control codes reach the terminal");
}

#[cfg(unix)]
#[test]
fn history_files_that_are_not_histories_are_kept_aside_unchanged() {
    let foreign = |path: &Path| {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
    };
    let newer = |path: &Path| {
        let conn = rusqlite::Connection::open(path).unwrap();
        conn.execute_batch("CREATE TABLE x (y); PRAGMA user_version = 99;").unwrap();
    };
    let garbage = |path: &Path| fs::write(path, vec![7u8; 5000]).unwrap();
    let header_only = |path: &Path| {
        fs::write(path, b"SQLite format 3\0 and then nothing that makes sense at all, for one hundred bytes or so....").unwrap()
    };
    type Maker<'a> = &'a dyn Fn(&Path);
    let makers: [(&str, Maker); 8] = [
        ("foreign", &foreign),
        ("newer", &newer),
        ("garbage", &garbage),
        ("header only", &header_only),
        ("fifo", &|p: &Path| mkfifo(p)),
        ("dev-zero", &|p: &Path| symlink("/dev/zero", p)),
        ("folder", &|p: &Path| fs::create_dir(p).unwrap()),
        ("dangling", &|p: &Path| symlink("gone.sqlite3", p)),
    ];
    for (name, make) in makers {
        for command in
            ["history", "stats", "export --format json", "pause --from 2026-01-01 --to 2026-01-02"]
        {
            let data = tempfile::tempdir().unwrap();
            let path = data.path().join("history.sqlite3");
            make(&path);
            // Read only a regular file: a pipe would block this test as it once blocked Limber.
            let regular = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_file());
            let before = regular.then(|| fs::read(&path).unwrap());
            let args: Vec<&str> = command.split(' ').collect();
            let ran = limber(data.path(), &args);
            assert_eq!(ran.code, 0, "{name}, {command}: {}", ran.stderr);
            assert!(ran.stderr.contains("history.sqlite3"), "{name}, {command}: {}", ran.stderr);
            let aside: Vec<PathBuf> = fs::read_dir(data.path())
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| {
                    p.file_name().unwrap().to_string_lossy().starts_with("history.sqlite3.")
                        && !p.to_string_lossy().ends_with("-wal")
                        && !p.to_string_lossy().ends_with("-shm")
                })
                .collect();
            assert_eq!(aside.len(), 1, "{name}, {command}: kept aside once: {aside:?}");
            if let Some(before) = before {
                assert_eq!(fs::read(&aside[0]).unwrap(), before, "{name}, {command}: unchanged");
            }
        }
    }
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout.starts_with(b"0\n"))
}

/// Runs `args` as someone who may read `data` but not write in it: the user `nobody` when
/// the tests run as root (who may write anywhere), else this user with the folder made
/// read-only.
#[cfg(unix)]
fn limber_read_only(data: &Path, args: &[&str]) -> Ran {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path, mode: u32| {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap()
    };
    if !is_root() {
        mode(data, 0o555);
        let ran = limber(data, args);
        mode(data, 0o755);
        return ran;
    }
    let mut folder = Some(data);
    while let Some(dir) = folder.filter(|d| *d != Path::new("/")) {
        let current = fs::metadata(dir).unwrap().permissions().mode();
        mode(dir, current | 0o755);
        folder = dir.parent();
    }
    for entry in fs::read_dir(data).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            mode(&path, 0o644);
        }
    }
    run(&["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"], data, args, &[])
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A short program, for sessions.
const SHORT: &str = "format = 1\nid = \"short\"\ntitle = \"Short\"\n[defaults]\nget_ready = 0\n\
    rest = 1\n[[block]]\n  [[block.exercise]]\n  id = \"a\"\n  name = \"A\"\n  duration = 1\n\
    [[block.exercise]]\n  id = \"b\"\n  name = \"B\"\n  duration = 1\n";

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_still_shows_history_stats_and_export() {
    let data = tempfile::tempdir().unwrap();
    let program = data.path().join("short.toml");
    fs::write(&program, SHORT).unwrap();
    let ran = session(data.path(), &program);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    let before = names(data.path());
    for args in [vec!["history"], vec!["stats", "--json"], vec!["export", "--format", "csv"]] {
        let ran = limber_read_only(data.path(), &args);
        assert_eq!(ran.code, 0, "{args:?}: {}", ran.stderr);
        let seen = ran.stdout.contains("Short") || ran.stdout.contains("\"sessions\": 1");
        assert!(seen, "{args:?}: {}", ran.stdout);
    }
    assert_eq!(names(data.path()), before, "reading created nothing");
    // After a crash, with the WAL still to be read: still readable.
    crash_a_session(data.path(), &program);
    let ran = limber_read_only(data.path(), &["history", "--json"]);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    assert!(ran.stdout.contains("\"program\": \"short\""), "{}", ran.stdout);
    // A folder without a history reads as an empty one, and nothing is made in it.
    let empty = tempfile::tempdir().unwrap();
    let ran = limber_read_only(empty.path(), &["history"]);
    assert_eq!((ran.code, ran.stdout.as_str()), (0, "No sessions yet.\n"), "{}", ran.stderr);
    assert!(names(empty.path()).is_empty());
}

/// Starts a session of [`SHORT`] and kills it (SIGKILL) after its first step: its rows are in
/// the WAL, its lock file left behind.
fn crash_a_session(data: &Path, program: &Path) {
    let mut child = Command::new(LIMBER)
        .args(["--data-dir", data.to_str().unwrap(), "run", program.to_str().unwrap()])
        .args(["--mute", "--no-checkin", "--events", "jsonl"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut events = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    while std::io::BufRead::read_line(&mut events, &mut line).unwrap() > 0
        && !line.contains("step_ended")
    {
        line.clear();
    }
    std::thread::sleep(Duration::from_millis(300));
    child.kill().unwrap();
    child.wait().unwrap();
}

/// A small disk of its own (a tmpfs), unmounted when dropped: needs root.
struct SmallDisk(tempfile::TempDir);

impl SmallDisk {
    fn mount(bytes: u64) -> Option<Self> {
        let dir = tempfile::tempdir().ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={bytes}"), "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(Self(dir))
    }

    /// Writes a file until the disk is full.
    fn fill(&self) {
        let mut filler = fs::File::create(self.0.path().join("filler")).unwrap();
        let block = vec![0u8; 64 * 1024];
        while std::io::Write::write_all(&mut filler, &block).is_ok() {}
        let _ = std::io::Write::write_all(&mut filler, &[0; 1]);
        while std::io::Write::write_all(&mut filler, &[0; 1]).is_ok() {}
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0.path()).status();
    }
}

#[test]
fn on_a_full_disk_reading_works_and_a_session_that_cannot_be_kept_says_so() {
    if !is_root() {
        eprintln!("skipped: a full disk needs root to mount a small tmpfs");
        return;
    }
    let Some(disk) = SmallDisk::mount(4 << 20) else {
        eprintln!("skipped: mounting a tmpfs is not allowed here");
        return;
    };
    let data = disk.0.path().join("data");
    fs::create_dir(&data).unwrap();
    let program = data.join("short.toml");
    fs::write(&program, SHORT).unwrap();
    let ran = session(&data, &program);
    assert_eq!(ran.code, 0, "{}", ran.stderr);
    crash_a_session(&data, &program);
    disk.fill();

    for args in [vec!["history"], vec!["stats"], vec!["export", "--format", "json"]] {
        let ran = limber(&data, &args);
        assert_eq!(ran.code, 0, "{args:?} on a full disk: {}", ran.stderr);
    }
    let ran = limber(&data, &["history", "--json"]);
    assert!(ran.stdout.matches("\"program\": \"short\"").count() == 2, "{}", ran.stdout);

    // A session on the full disk: it runs, and says it could not be kept; never exit 0.
    let ran = session(&data, &program);
    assert_eq!(ran.code, 1, "{}{}", ran.stdout, ran.stderr);
    assert!(ran.stderr.contains("full") || ran.stderr.contains("not be kept"), "{}", ran.stderr);
}

#[test]
fn without_a_display_the_app_says_so_and_names_the_terminal_commands() {
    let data = tempfile::tempdir().unwrap();
    for env in [
        vec![("DISPLAY", Some(":999")), ("WAYLAND_DISPLAY", None)],
        vec![("DISPLAY", None), ("WAYLAND_DISPLAY", None)],
        vec![
            ("DISPLAY", None),
            ("WAYLAND_DISPLAY", Some("wayland-999")),
            ("XDG_RUNTIME_DIR", Some("/nonexistent")),
        ],
    ] {
        let ran = run(&[], data.path(), &[], &env);
        assert_eq!(ran.code, 1, "{env:?}: {}", ran.stderr);
        assert!(ran.stderr.contains("cannot open its window"), "{env:?}: {}", ran.stderr);
        assert!(ran.stderr.contains("limber run PROGRAM"), "{env:?}: {}", ran.stderr);
    }
}

#[cfg(unix)]
#[test]
fn the_app_opens_its_library_on_a_folder_of_hostile_files() {
    use limber::audio::Audio;
    use limber::clock::ManualClock;
    use limber::context::Context;
    use limber::gui::App;

    let data = tempfile::tempdir().unwrap();
    let programs = data.path().join("programs");
    fs::create_dir_all(programs.join("pictures")).unwrap();
    for (i, picture) in files("pictures").iter().enumerate() {
        let name = picture.file_name().unwrap().to_string_lossy();
        fs::copy(picture, programs.join("pictures").join(&*name)).unwrap();
        let source =
            program_using(&format!("pictures/{name}")).replace("\"hostile\"", &format!("\"p{i}\""));
        fs::write(programs.join(format!("p{i}.toml")), source).unwrap();
    }
    mkfifo(&programs.join("fifo.toml"));
    symlink("/dev/zero", &programs.join("zero.toml"));
    mkfifo(&data.path().join("settings.toml"));
    let conn = rusqlite::Connection::open(data.path().join("history.sqlite3")).unwrap();
    conn.execute_batch("CREATE TABLE notes (t TEXT);").unwrap();
    drop(conn);

    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:30:00+01:00").unwrap();
    let context = Context {
        data_dir: data.path().to_owned(),
        lang: "en".into(),
        clock: std::sync::Arc::new(ManualClock::at(now)),
    };
    let started = Instant::now();
    let app = App::load_with_audio(context, |_| Audio::silent());
    assert!(started.elapsed() < PATIENCE, "the library took {:?}", started.elapsed());
    let library = &app.shared().library;
    assert!(library.find("back-pain-and-running").is_some());
    assert!(
        library.find("p0").is_some()
            || library.entries.iter().any(|e| e.program.id.starts_with('p'))
    );
    assert!(library.problems.len() >= files("pictures").len(), "{}", library.problems.len());
    let notices: Vec<String> = app.notices().iter().map(|n| n.text.clone()).collect();
    assert!(notices.iter().any(|n| n.contains("settings.toml")), "{notices:?}");
    assert!(notices.iter().any(|n| n.contains("not a Limber history")), "{notices:?}");
    let mut ui =
        iced_test::Simulator::with_size(limber::gui::settings(), limber::gui::WINDOW, app.view());
    assert!(ui.find("Back pain and running").is_ok());
}
