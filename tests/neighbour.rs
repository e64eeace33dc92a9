//! A slow neighbour loses nothing (issue 14): while `limber import` writes a large file into
//! the history, a session run beside it keeps every step, plays every cue on time, and the
//! read-only commands answer. Before, the session froze for seconds at each step it wrote,
//! missed cues and, with a longer import, kept nothing and exited 0.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const LIMBER: &str = env!("CARGO_BIN_EXE_limber");
/// The bound on a cue's lateness beside an import.
const CUE_SLACK_MS: i64 = 150;

const SHORT: &str = "format = 1\nid = \"short\"\ntitle = \"Short\"\n[defaults]\nget_ready = 0\n\
    rest = 1\n[[block]]\n  [[block.exercise]]\n  id = \"a\"\n  name = \"A\"\n  duration = 1\n\
    [[block.exercise]]\n  id = \"b\"\n  name = \"B\"\n  duration = 1\n\
    [[block.exercise]]\n  id = \"c\"\n  name = \"C\"\n  duration = 1\n";

fn limber(data: &Path) -> Command {
    let mut command = Command::new(LIMBER);
    command.arg("--data-dir").arg(data).env("LANG", "en_US.UTF-8").env_remove("LIMBER_DATA_DIR");
    command
}

/// An export of `count` sessions of nine steps each, as `limber export` writes them, their
/// ids starting at `first`.
fn write_large_export(path: &Path, first: usize, count: usize) {
    let mut out = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let steps: Vec<String> = (0..9)
        .map(|i| {
            format!(
                "{{\"index\":{i},\"kind\":\"work\",\"exercise\":\"a\",\"set\":1,\"side\":null,\
                 \"done\":true,\"seconds\":30,\"ended_at\":null}}"
            )
        })
        .collect();
    let steps = steps.join(",");
    write!(out, "{{\"format\":1,\"sessions\":[").unwrap();
    for i in first..first + count {
        let day = 1 + i % 28;
        let minute = i / 28 % 60;
        let hour = i / 28 / 60 % 24;
        let year = 2000 + i / (28 * 60 * 24);
        write!(
            out,
            "{}{{\"id\":\"{i:032x}\",\"program\":\"p\",\"program_version\":1,\"program_hash\":\"\",\
             \"title\":\"P\",\"started_at\":\"{year}-01-{day:02}T{hour:02}:{minute:02}:00+00:00\",\
             \"ended_at\":\"{year}-01-{day:02}T{hour:02}:{minute:02}:59+00:00\",\
             \"status\":\"completed\",\"planned_seconds\":270,\"active_seconds\":270,\
             \"sessions_per_week\":null,\"pain_before\":null,\"pain_after\":null,\"effort\":null,\
             \"note\":null,\"steps\":[{steps}]}}",
            if i == first { "" } else { "," },
        )
        .unwrap();
    }
    write!(out, "],\"pauses\":[]}}").unwrap();
    out.flush().unwrap();
}

const SESSIONS_PER_IMPORT: usize = 15_000;

/// `limber import` of large files, one after the other, until told to stop: the session
/// has a neighbour however fast this machine imports one file.
struct Imports {
    stop: Arc<AtomicBool>,
    /// True while an import runs.
    running: Arc<AtomicBool>,
    /// How many imports wrote `SESSIONS_PER_IMPORT` sessions each, or what one said wrong.
    thread: Option<std::thread::JoinHandle<Result<usize, String>>>,
}

impl Imports {
    fn start(data: &Path, dir: &Path) -> Imports {
        let stop = Arc::new(AtomicBool::new(false));
        let running = Arc::new(AtomicBool::new(false));
        let (data, dir) = (data.to_path_buf(), dir.to_path_buf());
        let thread = std::thread::spawn({
            let (stop, running) = (stop.clone(), running.clone());
            move || {
                let mut done = 0;
                while !stop.load(Ordering::SeqCst) {
                    let export = dir.join(format!("large-{done}.json"));
                    write_large_export(&export, done * SESSIONS_PER_IMPORT, SESSIONS_PER_IMPORT);
                    running.store(true, Ordering::SeqCst);
                    let output = limber(&data).arg("import").arg(&export).output();
                    running.store(false, Ordering::SeqCst);
                    let _ = std::fs::remove_file(&export);
                    let output = output.map_err(|e| e.to_string())?;
                    let said = String::from_utf8_lossy(&output.stdout);
                    if !output.status.success() || !said.contains("Imported 15000 sessions") {
                        return Err(format!("{said}{}", String::from_utf8_lossy(&output.stderr)));
                    }
                    done += 1;
                }
                Ok(done)
            }
        });
        Imports { stop, running, thread: Some(thread) }
    }

    fn gave_up(&self) -> bool {
        self.thread.as_ref().is_none_or(|thread| thread.is_finished())
    }

    fn running(&self) -> bool {
        self.running.load(Ordering::SeqCst)
    }

    /// Lets the import under way finish and says how many there were.
    fn finish(mut self) -> Result<usize, String> {
        self.stop.store(true, Ordering::SeqCst);
        self.thread.take().unwrap().join().unwrap()
    }
}

impl Drop for Imports {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// Kills the child when the test fails half way.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[test]
fn a_session_beside_a_large_import_keeps_every_step_and_plays_every_cue_on_time() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    std::fs::create_dir(&data).unwrap();
    let program = dir.path().join("short.toml");
    std::fs::write(&program, SHORT).unwrap();
    let imports = Imports::start(&data, dir.path());
    // Until the import is writing: its rows are in the WAL.
    let wal = data.join("history.sqlite3-wal");
    let waited = Instant::now();
    while !wal.metadata().is_ok_and(|m| m.len() > 1 << 20) {
        assert!(!imports.gave_up(), "the import ended before it wrote");
        assert!(waited.elapsed() < Duration::from_secs(120), "the import never wrote");
        std::thread::sleep(Duration::from_millis(20));
    }

    let mut session = Running(
        limber(&data)
            .arg("run")
            .arg(&program)
            .args(["--mute", "--no-checkin", "--events", "jsonl"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let events = BufReader::new(session.0.stdout.take().unwrap());
    let mut first: Option<(Instant, i64)> = None;
    let mut ended = Vec::new();
    let mut import_ran_beside = false;
    let mut latest = 0;
    for line in events.lines() {
        let line = line.unwrap();
        let seen = Instant::now();
        let event: serde_json::Value = serde_json::from_str(&line).unwrap();
        let t_ms = event["t_ms"].as_i64().unwrap();
        let (seen_first, t_first) = *first.get_or_insert((seen, t_ms));
        // As it reaches this test, against the session's own clock: nothing held it up.
        let late = seen.duration_since(seen_first).as_millis() as i64 - (t_ms - t_first);
        assert!(late <= CUE_SLACK_MS, "{line} arrived {late} ms late");
        latest = latest.max(late);
        match event["kind"].as_str().unwrap() {
            // Against the plan: the session itself was never late.
            "step_started" => {
                let planned = event["planned_offset_s"].as_i64().unwrap() * 1000;
                assert!(t_ms - planned <= CUE_SLACK_MS, "{line}: {} ms late", t_ms - planned);
            }
            "step_ended" => {
                ended.push(event["done"].as_bool().unwrap());
                import_ran_beside |= imports.running();
            }
            _ => {}
        }
    }
    let status = session.0.wait().unwrap();
    let mut errors = String::new();
    std::io::Read::read_to_string(&mut session.0.stderr.take().unwrap(), &mut errors).unwrap();
    assert!(status.success(), "the session: {errors}");
    assert_eq!(ended, [true; 5], "every step done");
    assert!(import_ran_beside, "no import ran beside the session's steps");
    eprintln!("beside the import: the latest event arrived {latest} ms late");

    // The read-only commands answer while it goes on.
    let asked = Instant::now();
    let stats = limber(&data).args(["stats", "--json"]).output().unwrap();
    assert!(stats.status.success(), "{}", String::from_utf8_lossy(&stats.stderr));
    let answered = asked.elapsed();
    let still_importing = imports.running();
    eprintln!("beside the import (still running: {still_importing}): stats took {answered:?}");
    assert!(
        !still_importing || answered < Duration::from_secs(5),
        "stats took {answered:?} beside the import"
    );

    // And the app opens: its library, its history and its stats.
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:30:00+01:00").unwrap();
    let context = limber::context::Context {
        data_dir: data.clone(),
        lang: "en".into(),
        clock: std::sync::Arc::new(limber::clock::ManualClock::at(now)),
    };
    let asked = Instant::now();
    let app = limber::gui::App::load_with_audio(context, |_| limber::audio::Audio::silent());
    let opened = asked.elapsed();
    let still_importing = imports.running();
    eprintln!("beside the import (still running: {still_importing}): the app opened in {opened:?}");
    assert!(
        app.notices().is_empty(),
        "{:?}",
        app.notices().iter().map(|n| &n.text).collect::<Vec<_>>()
    );
    assert!(!still_importing || opened < Duration::from_secs(5), "the app took {opened:?}");

    let imported = imports.finish().expect("every import");

    let history = limber(&data).args(["export", "--format", "json"]).output().unwrap();
    let history: serde_json::Value = serde_json::from_slice(&history.stdout).unwrap();
    let sessions = history["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), imported * SESSIONS_PER_IMPORT + 1);
    let ours = sessions.iter().find(|s| s["program"] == "short").unwrap();
    assert_eq!(ours["status"], "completed");
    let steps = ours["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 5, "{ours}");
    assert!(steps.iter().all(|s| s["done"] == true), "{ours}");
}
