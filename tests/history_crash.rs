//! The store under a crash and under two writers. The children are this test binary run
//! again with `LIMBER_TEST_CHILD` set (see `child`), writing through the library as the app
//! does.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber::history::{Checkin, NewSession, SessionId, Status, StepRecord, Store};
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

const CHILD: &str = "LIMBER_TEST_CHILD";

/// The moment these tests run at: every date in them is pinned.
fn test_now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::DateTime::parse_from_rfc3339("2026-11-25T10:30:00+01:00").unwrap()
}
const STEPS: u32 = 5;

fn new_session() -> NewSession {
    NewSession {
        program_id: "back-care".into(),
        program_version: 1,
        program_hash: String::new(),
        title: "Back care".into(),
        started_at: test_now(),
        planned_seconds: 150,
        sessions_per_week: Some(3),
        pain_before: Some(3),
        level: 1,
    }
}

fn step(index: u32) -> StepRecord {
    StepRecord {
        index,
        kind: "work".into(),
        exercise: Some("plank".into()),
        set: 1,
        side: None,
        done: true,
        seconds: 30,
    }
}

/// Writes a session: begin, steps, finish, check-in; `say` hears of each commit.
fn write_session(store: &Store, mut say: impl FnMut(String)) -> SessionId {
    let id = store.begin_session(&new_session()).unwrap();
    say(format!("BEGUN {}", id.0));
    for k in 0..STEPS {
        store.record_step(id, &step(k), test_now()).unwrap();
        say(format!("STEP {} {k}", id.0));
    }
    store.finish(id, test_now(), Status::Completed, 150).unwrap();
    store.set_checkin(id, &Checkin { pain_after: Some(2), effort: Some(5), note: None }).unwrap();
    say(format!("FINISHED {}", id.0));
    id
}

/// Not a test of its own: the body of the child processes (a no-op when run normally).
#[test]
fn child() {
    let Ok(task) = std::env::var(CHILD) else { return };
    let mut parts = task.splitn(3, ':');
    let (mode, count, dir) = (parts.next().unwrap(), parts.next().unwrap(), parts.next().unwrap());
    let store = Store::open(Path::new(dir), test_now()).unwrap().store;
    let count: usize = count.parse().unwrap();
    for _ in 0..count {
        // Printed after each commit, so the parent knows what must survive a kill.
        write_session(&store, |line| {
            if mode == "crash" {
                println!("{line}");
            }
        });
    }
}

fn spawn(mode: &str, count: usize, dir: &Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["child", "--exact", "--nocapture", "--test-threads", "1"])
        .env(CHILD, format!("{mode}:{count}:{}", dir.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Waits for a child; unless it succeeded, fails with `what` and all it printed.
fn succeeds(child: std::process::Child, what: &str) {
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{what}{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn integrity(dir: &Path) -> String {
    let conn = rusqlite::Connection::open(dir.join("history.sqlite3")).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap()
}

/// A small deterministic generator for the kill moments.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }
}

#[cfg(unix)]
#[test]
fn sigkill_at_any_moment_loses_at_most_the_step_in_progress() {
    let dir = tempfile::tempdir().unwrap();
    let mut random = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut finished = BTreeSet::new();
    let mut steps_seen: Vec<(i64, u32)> = vec![];
    let mut begun = BTreeSet::new();
    // Eight kills at random moments, and more while too few sessions finished to check (a
    // busy machine starts the children slowly), up to forty.
    let mut round = 0;
    while round < 8 || (finished.len() < 8 && round < 40) {
        round += 1;
        let mut child = spawn("crash", 100_000, dir.path());
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<String>>()
        });
        std::thread::sleep(Duration::from_millis(40 + random.next(400)));
        // `kill` is SIGKILL on Unix: no destructor, no flush, no checkpoint.
        child.kill().unwrap();
        child.wait().unwrap();
        let lines = reader.join().unwrap();
        for line in &lines {
            // The harness may print `test child ... ` before the first line.
            let words: Vec<&str> = line
                .split(' ')
                .skip_while(|w| !["BEGUN", "STEP", "FINISHED"].contains(w))
                .collect();
            match words.as_slice() {
                ["BEGUN", id] => drop(begun.insert(id.parse::<i64>().unwrap())),
                ["STEP", id, k] => steps_seen.push((id.parse().unwrap(), k.parse().unwrap())),
                ["FINISHED", id] => drop(finished.insert(id.parse::<i64>().unwrap())),
                _ => {}
            }
        }
        assert_eq!(integrity(dir.path()), "ok", "round {round}");
    }
    assert!(finished.len() >= 8, "the children finished too few sessions: {}", finished.len());
    let opened = Store::open(dir.path(), test_now()).unwrap();
    assert_eq!(opened.notice, None);
    let store = opened.store;
    let sessions = store.sessions().unwrap();
    for id in &begun {
        assert!(sessions.iter().any(|s| s.id.0 == *id), "begun session {id} lost");
    }
    for &(id, k) in &steps_seen {
        let steps = store.steps(SessionId(id)).unwrap();
        assert!(steps.iter().any(|s| s.index == k), "recorded step {k} of {id} lost");
    }
    for s in &sessions {
        let steps = store.steps(s.id).unwrap();
        let indexes: Vec<u32> = steps.iter().map(|t| t.index).collect();
        assert_eq!(indexes, (0..indexes.len() as u32).collect::<Vec<_>>(), "{indexes:?}");
        if finished.contains(&s.id.0) {
            assert_eq!(s.status, Status::Completed);
            assert_eq!(steps.len() as u32, STEPS);
            assert_eq!((s.pain_before, s.pain_after, s.effort), (Some(3), Some(2), Some(5)));
        }
        // The killed children's sessions were cut off: each got an end when opened again.
        assert!(s.ended_at.is_some(), "session {} has no end", s.id.0);
        assert!(s.status == Status::Completed || s.status == Status::Partial);
    }
    assert_eq!(integrity(dir.path()), "ok");
}

#[test]
fn two_processes_writing_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let children = [spawn("write", 30, dir.path()), spawn("write", 30, dir.path())];
    for child in children {
        succeeds(child, "");
    }
    let store = Store::open(dir.path(), test_now()).unwrap().store;
    let sessions = store.sessions().unwrap();
    assert_eq!(sessions.len(), 60);
    for s in &sessions {
        assert_eq!(s.status, Status::Completed);
        assert_eq!(store.steps(s.id).unwrap().len() as u32, STEPS);
    }
    assert_eq!(integrity(dir.path()), "ok");
}

/// Two Limbers starting on a new data folder at the same moment: neither may take the
/// history the other is creating for someone else's file and set it aside (that one would go
/// on writing to the file set aside, and its sessions would be missing from the history).
#[test]
fn two_processes_creating_the_history_at_once_keep_one_history() {
    for round in 0..25 {
        let dir = tempfile::tempdir().unwrap();
        let children = [spawn("write", 1, dir.path()), spawn("write", 1, dir.path())];
        for child in children {
            succeeds(child, &format!("round {round}: "));
        }
        let aside: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains(".unreadable-") || name.contains(".from-newer-limber-"))
            .collect();
        assert_eq!(aside, Vec::<String>::new(), "round {round}");
        let store = Store::open(dir.path(), test_now()).unwrap().store;
        assert_eq!(store.sessions().unwrap().len(), 2, "round {round}");
    }
}
