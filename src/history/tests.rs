use super::*;
use rusqlite::Connection;

fn at(text: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(text).unwrap()
}

/// The moment these tests run at: every date in them is pinned.
fn test_now() -> DateTime<FixedOffset> {
    at("2026-11-25T10:30:00+01:00")
}

fn day(text: &str) -> NaiveDate {
    text.parse().unwrap()
}

fn open(dir: &Path) -> Store {
    let opened = Store::open(dir, test_now()).unwrap();
    assert_eq!(opened.notice, None);
    opened.store
}

fn new_session(started: &str) -> NewSession {
    NewSession {
        program_id: "back-care".into(),
        program_version: 2,
        program_hash: "abc123".into(),
        title: "Back care".into(),
        started_at: at(started),
        planned_seconds: 295,
        sessions_per_week: Some(3),
        pain_before: Some(4),
        level: 1,
    }
}

fn step(index: u32, done: bool) -> StepRecord {
    StepRecord {
        index,
        kind: "work".into(),
        exercise: Some("plank".into()),
        set: 1,
        side: Some("left".into()),
        done,
        seconds: 30,
    }
}

#[test]
fn a_session_is_written_at_the_start_and_after_each_step() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let id = store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).unwrap();
    let s = store.session(id).unwrap().unwrap();
    assert_eq!(s.status, Status::Partial);
    assert_eq!(s.ended_at, None);
    assert_eq!(s.pain_before, Some(4));
    assert_eq!(s.uid.len(), 32);
    store.record_step(id, &step(0, true), test_now()).unwrap();
    store.record_step(id, &step(1, false), test_now()).unwrap();
    assert_eq!(store.session(id).unwrap().unwrap().active_seconds, 60);
    assert_eq!(store.steps(id).unwrap(), vec![step(0, true), step(1, false)]);
    store.finish(id, at("2026-11-25T10:20:00+01:00"), Status::Completed, 290).unwrap();
    let checkin =
        Checkin { pain_after: Some(2), effort: Some(6), note: Some("ok, \"fine\"".into()) };
    store.set_checkin(id, &checkin).unwrap();
    let s = store.session(id).unwrap().unwrap();
    assert_eq!(s.status, Status::Completed);
    assert_eq!(s.ended_at, Some(at("2026-11-25T10:20:00+01:00")));
    assert_eq!(s.active_seconds, 290);
    assert_eq!((s.pain_before, s.pain_after, s.effort), (Some(4), Some(2), Some(6)));
    assert_eq!(s.note.as_deref(), Some("ok, \"fine\""));
    assert_eq!(s.started_at.offset().local_minus_utc(), 3600);
    // A later check-in replaces the earlier one and keeps pain before.
    store.set_checkin(id, &Checkin { pain_after: Some(1), ..Checkin::default() }).unwrap();
    let s = store.session(id).unwrap().unwrap();
    assert_eq!((s.pain_before, s.pain_after, s.effort, s.note), (Some(4), Some(1), None, None));
}

#[test]
fn sessions_are_newest_first_by_instant_not_by_text() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    // 23:30-05:00 is 04:30Z the next day: later than 02:00+01:00 (01:00Z).
    let late = store.begin_session(&new_session("2026-11-24T23:30:00-05:00")).unwrap();
    let early = store.begin_session(&new_session("2026-11-25T02:00:00+01:00")).unwrap();
    let ids: Vec<_> = store.sessions().unwrap().iter().map(|s| s.id).collect();
    assert_eq!(ids, [late, early]);
    // Its local date is the 24th: the date in the offset recorded with it.
    let input = store.stats_input(day("2026-11-25")).unwrap();
    let dates: Vec<_> = input.entries.iter().map(|e| e.date).collect();
    assert_eq!(dates, [day("2026-11-25"), day("2026-11-24")]);
}

#[test]
fn bad_values_from_the_caller_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut s = new_session("2026-11-25T10:15:00+01:00");
    s.pain_before = Some(11);
    assert!(matches!(store.begin_session(&s), Err(Error::Invalid(_))));
    s.pain_before = None;
    s.sessions_per_week = Some(15);
    assert!(matches!(store.begin_session(&s), Err(Error::Invalid(_))));
    let missing = SessionId(999);
    assert!(matches!(
        store.record_step(missing, &step(0, true), test_now()),
        Err(Error::NoSuchSession(_))
    ));
    assert!(matches!(
        store.finish(missing, at("2026-11-25T10:20:00+01:00"), Status::Partial, 0),
        Err(Error::NoSuchSession(_))
    ));
    assert!(matches!(
        store.set_checkin(missing, &Checkin::default()),
        Err(Error::NoSuchSession(_))
    ));
    let id = store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).unwrap();
    let bad = Checkin { effort: Some(12), ..Checkin::default() };
    assert!(matches!(store.set_checkin(id, &bad), Err(Error::Invalid(_))));
    assert!(store.steps(missing).unwrap().is_empty());
}

#[test]
fn pauses_are_added_ended_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let a = store.add_pause(day("2026-11-01"), Some(day("2026-11-05")), PauseReason::Ill).unwrap();
    let b = store.add_pause(day("2026-11-20"), None, PauseReason::Injured).unwrap();
    let pauses = store.pauses().unwrap();
    assert_eq!(pauses.iter().map(|p| p.id).collect::<Vec<_>>(), [b, a]);
    assert_eq!(pauses[0].to, None);
    // An ongoing pause runs until today in the stats.
    let input = store.stats_input(day("2026-11-25")).unwrap();
    assert!(
        input.paused.contains(&streaks::Paused { from: day("2026-11-20"), to: day("2026-11-25") })
    );
    store.end_pause(b, day("2026-11-22")).unwrap();
    assert_eq!(store.pauses().unwrap()[0].to, Some(day("2026-11-22")));
    assert!(matches!(store.end_pause(b, day("2026-11-19")), Err(Error::Invalid(_))));
    assert!(matches!(store.end_pause(77, day("2026-11-19")), Err(Error::NoSuchPause(77))));
    assert!(matches!(
        store.add_pause(day("2026-11-05"), Some(day("2026-11-01")), PauseReason::Holiday),
        Err(Error::Invalid(_))
    ));
    store.remove_pause(a).unwrap();
    store.remove_pause(a).unwrap();
    assert_eq!(store.pauses().unwrap().len(), 1);
}

#[test]
fn the_recorded_weekly_target_is_the_latest_up_to_today() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut s = new_session("2026-11-02T10:00:00+01:00");
    s.sessions_per_week = Some(2);
    store.begin_session(&s).unwrap();
    let mut s = new_session("2026-11-09T10:00:00+01:00");
    s.sessions_per_week = None;
    store.begin_session(&s).unwrap();
    let mut s = new_session("2026-11-20T10:00:00+01:00");
    s.sessions_per_week = Some(5);
    store.begin_session(&s).unwrap();
    assert_eq!(store.stats_input(day("2026-11-10")).unwrap().recorded_target, Some(2));
    assert_eq!(store.stats_input(day("2026-11-25")).unwrap().recorded_target, Some(5));
    let input = store.stats_input(day("2026-11-25")).unwrap();
    assert_eq!(input.stats(day("2026-11-25"), None, 3).weekly_target, 5);
    assert_eq!(input.stats(day("2026-11-25"), Some(1), 3).weekly_target, 1);
}

#[test]
fn a_session_whose_process_is_gone_gets_its_last_steps_time() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let id = store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).unwrap();
    store.record_step(id, &step(0, true), test_now()).unwrap();
    // Another Limber opens it while this one runs: left alone, even much later.
    let later = at("2030-01-01T00:00:00+00:00");
    let other = Store::open(dir.path(), later).unwrap().store;
    assert_eq!(other.session(id).unwrap().unwrap().ended_at, None);
    drop(other);
    drop(store);
    // This one is gone (its live lock released): the next open ends the session.
    let store = open(dir.path());
    let s = store.session(id).unwrap().unwrap();
    assert_eq!(s.status, Status::Partial);
    let (document, _) = store.export_document().unwrap();
    let last_step = document.sessions[0].steps[0].ended_at.unwrap();
    assert_eq!(s.ended_at, Some(last_step.with_timezone(&s.started_at.timezone())));
    assert_eq!(s.ended_at.unwrap().offset(), s.started_at.offset());
    // A step after all means it runs again.
    store.record_step(id, &step(1, true), test_now()).unwrap();
    assert_eq!(store.session(id).unwrap().unwrap().ended_at, None);
    store.finish(id, at("2026-11-25T11:00:00+01:00"), Status::Completed, 60).unwrap();
    drop(store);
    let store = open(dir.path());
    assert_eq!(store.session(id).unwrap().unwrap().ended_at, Some(at("2026-11-25T11:00:00+01:00")));
    // No lock files are left behind.
    drop(store);
    let left = std::fs::read_dir(dir.path().join(live::DIR)).unwrap().count();
    assert_eq!(left, 0);
}

#[test]
fn a_running_session_without_a_lock_is_stale_after_a_quiet_while() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let document = Document::from_json(
        r#"{"program": "p", "started_at": "2026-01-01T10:00:00+01:00", "status": "partial"}"#,
    )
    .unwrap();
    store.import(&document).unwrap();
    drop(store);
    let soon = Store::open(dir.path(), at("2026-01-01T20:00:00+01:00")).unwrap().store;
    assert_eq!(soon.sessions().unwrap()[0].ended_at, None);
    drop(soon);
    let late = Store::open(dir.path(), at("2026-01-02T10:00:01+01:00")).unwrap().store;
    let s = &late.sessions().unwrap()[0];
    assert_eq!(s.ended_at, Some(at("2026-01-01T10:00:00+01:00")));
    assert_eq!(s.status, Status::Partial);
}

#[test]
fn an_empty_file_is_a_version_0_database_and_is_migrated() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(FILE_NAME), b"").unwrap();
    let store = open(dir.path());
    assert_eq!(schema::version(&store.conn).unwrap(), SCHEMA_VERSION);
    store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).unwrap();
    let mode: String = store.conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let fk: bool = store.conn.query_row("PRAGMA foreign_keys", [], |r| r.get(0)).unwrap();
    assert!(fk);
}

#[test]
fn a_version_0_database_with_tables_of_its_own_is_someone_elses_and_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let opened = Store::open(dir.path(), test_now()).unwrap();
    let notice = opened.notice.unwrap().to_string();
    assert!(notice.contains("not a Limber history"), "{notice}");
    assert!(notice.contains("tables of another program"), "{notice}");
    let aside = aside_files(dir.path());
    assert_eq!(aside.len(), 1, "{aside:?}");
    // Unchanged: no tables added, not made a WAL database, no version set.
    assert_eq!(std::fs::read(dir.path().join(&aside[0])).unwrap(), before);
    assert!(!with_wal(&dir.path().join(&aside[0]), "-wal").exists());
    assert!(opened.store.sessions().unwrap().is_empty());
}

fn aside_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| {
            n.starts_with("history.sqlite3.") && !n.ends_with("-wal") && !n.ends_with("-shm")
        })
        .collect();
    names.sort();
    names
}

#[test]
fn a_file_that_is_not_sqlite_is_set_aside_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let garbage = b"this is not a database, but someone's precious file\n".repeat(100);
    std::fs::write(&path, &garbage).unwrap();
    std::fs::write(with_wal(&path, "-wal"), b"wal bytes").unwrap();
    let now = at("2026-11-25T10:15:00+01:00");
    let opened = Store::open(dir.path(), now).unwrap();
    let notice = opened.notice.clone().unwrap().to_string();
    let aside = dir.path().join("history.sqlite3.unreadable-20261125T101500");
    assert!(notice.contains(&aside.display().to_string()), "{notice}");
    assert!(notice.contains("could not be read"), "{notice}");
    assert_eq!(std::fs::read(&aside).unwrap(), garbage);
    assert_eq!(std::fs::read(with_wal(&aside, "-wal")).unwrap(), b"wal bytes");
    // The fresh database works.
    opened.store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).unwrap();
    drop(opened);
    // A second bad file the same second does not overwrite the first.
    drop(std::fs::remove_file(with_wal(&path, "-wal")));
    drop(std::fs::remove_file(with_wal(&path, "-shm")));
    std::fs::write(&path, b"garbage again, long enough to have a header.......................................................................").unwrap();
    let opened = Store::open(dir.path(), now).unwrap();
    assert!(opened.notice.unwrap().to_string().contains("unreadable-20261125T101500-2"));
    assert_eq!(std::fs::read(&aside).unwrap(), garbage);
}

fn with_wal(path: &Path, suffix: &str) -> PathBuf {
    PathBuf::from(format!("{}{suffix}", path.display()))
}

#[test]
fn a_truncated_database_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    for i in 0..300 {
        let mut s = new_session("2026-11-25T10:15:00+01:00");
        s.title = format!("{i} {}", "x".repeat(200));
        store.begin_session(&s).unwrap();
    }
    drop(store);
    let path = dir.path().join(FILE_NAME);
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8 * 4096);
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    let opened = Store::open(dir.path(), test_now()).unwrap();
    assert!(opened.notice.is_some());
    assert!(opened.store.sessions().unwrap().is_empty());
    let kept = aside_files(dir.path());
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert_eq!(std::fs::read(dir.path().join(&kept[0])).unwrap(), &bytes[..bytes.len() / 2]);
}

#[test]
fn a_database_from_a_newer_limber_is_set_aside() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE future (x); PRAGMA user_version = 7;").unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let opened = Store::open(dir.path(), at("2026-11-25T10:15:00+01:00")).unwrap();
    let notice = opened.notice.unwrap().to_string();
    assert!(notice.contains("newer Limber") && notice.contains("version 7"), "{notice}");
    let aside = dir.path().join("history.sqlite3.from-newer-limber-20261125T101500");
    assert_eq!(std::fs::read(aside).unwrap(), before);
    assert_eq!(schema::version(&opened.store.conn).unwrap(), SCHEMA_VERSION);
}

#[test]
fn a_newer_database_with_a_pending_wal_is_kept_with_its_wal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch(
        "PRAGMA journal_mode = wal; PRAGMA wal_autocheckpoint = 0;
         CREATE TABLE future (x); PRAGMA user_version = 9;
         INSERT INTO future VALUES ('only in the wal');",
    )
    .unwrap();
    // A crash: the connection never closes, so its WAL is never checkpointed.
    std::mem::forget(conn);
    let before = std::fs::read(&path).unwrap();
    let wal = std::fs::read(with_wal(&path, "-wal")).unwrap();
    assert!(!wal.is_empty());
    let opened = Store::open(dir.path(), at("2026-11-25T10:15:00+01:00")).unwrap();
    assert!(opened.notice.unwrap().to_string().contains("version 9"));
    let aside = dir.path().join("history.sqlite3.from-newer-limber-20261125T101500");
    assert_eq!(std::fs::read(&aside).unwrap(), before);
    assert_eq!(std::fs::read(with_wal(&aside, "-wal")).unwrap(), wal);
    let old = Connection::open(&aside).unwrap();
    let x: String = old.query_row("SELECT x FROM future", [], |r| r.get(0)).unwrap();
    assert_eq!(x, "only in the wal");
}

#[test]
fn a_version_0_database_with_our_table_names_is_not_ours() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    Connection::open(&path).unwrap().execute_batch("CREATE TABLE sessions (x);").unwrap();
    let opened = Store::open(dir.path(), test_now()).unwrap();
    assert!(opened.notice.unwrap().to_string().contains("not a Limber history"));
    assert_eq!(aside_files(dir.path()).len(), 1);
}

/// A version-1 database written by another program, with values Limber never writes.
fn hostile(dir: &Path) {
    let conn = Connection::open(dir.join(FILE_NAME)).unwrap();
    conn.execute_batch(
        "
        CREATE TABLE sessions (id INTEGER PRIMARY KEY, uid, program_id, program_version,
            program_hash, title, started_at, started_ms, ended_at, status, planned_seconds,
            active_seconds, sessions_per_week, owner);
        CREATE TABLE steps (id INTEGER PRIMARY KEY, session_id, step_index, kind, exercise,
            set_number, side, done, seconds, ended_at);
        CREATE TABLE checkins (session_id INTEGER PRIMARY KEY, pain_before, pain_after,
            effort, note);
        CREATE TABLE pauses (id INTEGER PRIMARY KEY, from_date, to_date, reason);
        INSERT INTO sessions VALUES
            (1, 'good', 'p', 1, '', 'Good', '2026-11-24T10:00:00+01:00', 0,
             '2026-11-24T10:20:00+01:00', 'completed', 0, 1200, 3, NULL),
            (2, 'b2', 'p', 1, '', 'Bad status', '2026-11-24T10:00:00+01:00', 1,
             NULL, 'done', 0, 0, NULL, 'not-a-token'),
            (3, 'b3', 'p', 1, '', 'Bad date', 'yesterday', 2, 'soon', 'completed', 0, 0, NULL, NULL),
            (4, 'b4', 'p', 'one', '', 'Bad version', '2026-11-24T10:00:00+01:00', 3,
             NULL, 'partial', 0, 0, NULL, '../../x'),
            (5, 'b5', 'p', 1, '', x'00ff', '2026-11-24T10:00:00+01:00', 4,
             NULL, 'completed', -5, 99999999999, 99, NULL),
            (6, 'b6', 'p', 1, '', 'Pain', '2026-11-24T10:00:00+01:00', 5,
             NULL, 'completed', 0, 0, NULL, NULL);
        INSERT INTO checkins VALUES (6, 99, -1, 'x', 12);
        INSERT INTO steps VALUES (1, 1, 0, 'work', NULL, 1, NULL, 7, 30, 'never'),
            (2, 1, -1, 'work', NULL, 1, NULL, 1, 30, NULL),
            (3, 1, 1, 'work', NULL, 1, NULL, 1, 30, NULL);
        INSERT INTO pauses VALUES (1, '2026-11-01', '2026-11-03', 'ill'),
            (2, 'monday', NULL, 'ill'), (3, '2026-11-05', '2026-11-01', 'ill'),
            (4, '2026-11-05', NULL, 'bored');
        PRAGMA user_version = 1;
        ",
    )
    .unwrap();
}

#[test]
fn hostile_values_are_skipped_with_a_message_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    hostile(dir.path());
    let store = open(dir.path());
    let checked = store.sessions_checked().unwrap();
    assert_eq!(checked.items.iter().map(|s| s.uid.as_str()).collect::<Vec<_>>(), ["good"]);
    assert_eq!(checked.skipped.len(), 5, "{:?}", checked.skipped);
    let messages: Vec<String> = checked.skipped.iter().map(ToString::to_string).collect();
    assert!(messages.iter().any(|m| m.contains("sessions row 2") && m.contains("\"done\"")));
    assert!(messages.iter().any(|m| m.contains("row 3") && m.contains("started_at")));
    assert!(messages.iter().any(|m| m.contains("row 6") && m.contains("pain_before")));
    assert_eq!(store.steps(SessionId(1)).unwrap().len(), 1);
    let pauses = store.pauses_checked().unwrap();
    assert_eq!(pauses.items.len(), 1);
    assert_eq!(pauses.skipped.len(), 3);
    let input = store.stats_input(day("2026-11-25")).unwrap();
    assert_eq!(input.entries.len(), 2, "{:?}", input.skipped);
    let (document, skipped) = store.export_document().unwrap();
    assert_eq!(document.sessions.len(), 1);
    assert!(skipped.iter().any(|s| s.table == "steps"));
    let _ = document.to_json();
    let _ = document.to_csv();
    // A hostile owner token is never used as a path; the session is left to the time rule.
    drop(store);
    let _ = Store::open(dir.path(), at("2099-01-01T00:00:00+00:00")).unwrap();
}

fn sample(store: &Store) {
    let a = store.begin_session(&new_session("2026-11-23T10:00:00+01:00")).unwrap();
    store.record_step(a, &step(0, true), test_now()).unwrap();
    store.record_step(a, &step(1, false), test_now()).unwrap();
    store.finish(a, at("2026-11-23T10:20:00+01:00"), Status::Partial, 600).unwrap();
    let note = Some("knee, \"a bit\"\nbetter".into());
    store.set_checkin(a, &Checkin { pain_after: Some(3), effort: Some(7), note }).unwrap();
    let mut s = new_session("2026-11-24T23:30:00-05:00");
    s.pain_before = None;
    s.title = "=cmd|' /C calc'!A0".into();
    let b = store.begin_session(&s).unwrap();
    store.finish(b, at("2026-11-24T23:55:00.250-05:00"), Status::Completed, 1500).unwrap();
    store.add_pause(day("2026-11-10"), Some(day("2026-11-12")), PauseReason::Holiday).unwrap();
    store.add_pause(day("2026-12-01"), None, PauseReason::Injured).unwrap();
}

#[test]
fn export_import_export_is_identical() {
    let one = tempfile::tempdir().unwrap();
    let store = open(one.path());
    sample(&store);
    let (first, skipped) = store.export_document().unwrap();
    assert!(skipped.is_empty());
    let json = first.to_json();
    let two = tempfile::tempdir().unwrap();
    let other = open(two.path());
    let summary = other.import(&Document::from_json(&json).unwrap()).unwrap();
    assert_eq!(summary, ImportSummary { added: 2, pauses_added: 2, ..ImportSummary::default() });
    let (second, _) = other.export_document().unwrap();
    assert_eq!(second.to_json(), json);
    assert_eq!(second.to_csv(), first.to_csv());
    assert_eq!(Document::from_json(&json).unwrap(), first);
    // Importing again keeps one of each.
    let summary = other.import(&first).unwrap();
    assert_eq!(summary.added + summary.pauses_added, 0);
    assert_eq!((summary.already_present, summary.pauses_already_present), (2, 2));
    assert_eq!(other.sessions().unwrap().len(), 2);
    assert_eq!(other.steps(other.sessions().unwrap()[1].id).unwrap().len(), 2);
}

#[test]
fn csv_follows_rfc_4180_and_guards_formulas() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    sample(&store);
    let csv = store.export_document().unwrap().0.to_csv();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert!(lines[0].starts_with("id,program,program_version,"));
    assert_eq!(lines.len(), 1 + 2 + 1, "{csv:?}"); // header, two rows (one spans two lines)
    assert!(csv.contains(",\"knee, \"\"a bit\"\"\nbetter\",1,1,1\r\n"), "{csv:?}");
    assert!(csv.contains(",'=cmd|' /C calc'!A0,"), "{csv:?}");
    assert!(csv.contains(",2026-11-24T23:55:00.250-05:00,completed,295,1500,3,,,,,0,0,1\r\n"));
    assert!(csv.ends_with("\r\n"));
}

#[test]
fn import_accepts_a_document_a_list_and_one_record() {
    let minimal = r#"{"program": "back-care", "started_at": "2026-11-23T10:00:00+01:00",
        "ended_at": "2026-11-23T10:25:00+01:00", "status": "completed"}"#;
    let one = Document::from_json(minimal).unwrap();
    assert_eq!(one.sessions.len(), 1);
    let s = &one.sessions[0];
    assert_eq!((s.title.as_str(), s.active_seconds, s.program_version), ("back-care", 1500, 1));
    assert_eq!(s.uid, None);
    let list = Document::from_json(&format!("[{minimal}, {minimal}]")).unwrap();
    assert_eq!(list.sessions.len(), 2);
    let doc = Document::from_json(&format!(
        r#"{{"format": 1, "sessions": [{minimal}], "pauses": [{{"from": "2026-11-01", "to": null}}]}}"#
    ))
    .unwrap();
    assert_eq!(
        doc.pauses,
        [ExportedPause { from: day("2026-11-01"), to: None, reason: PauseReason::Ill }]
    );
    // Without an id, the same program and start is the same session.
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    assert_eq!(store.import(&list).unwrap().added, 1);
    assert_eq!(store.import(&one).unwrap().already_present, 1);
    let same_instant = minimal.replace("2026-11-23T10:00:00+01:00", "2026-11-23T09:00:00Z");
    assert_eq!(store.import(&Document::from_json(&same_instant).unwrap()).unwrap().added, 0);
}

fn import_error(text: &str) -> String {
    match Document::from_json(text) {
        Err(Error::Import(message)) => message.to_string(),
        other => panic!("expected an import error, got {other:?}"),
    }
}

#[test]
fn import_errors_name_the_record_and_the_field() {
    let ok = concat!(
        r#"{"program": "p", "started_at": "2026-11-23T10:00:00+01:00", "#,
        r#""ended_at": "2026-11-23T10:25:00+01:00", "status": "completed"}"#
    );
    let cases = [
        (
            format!(r#"{{"format": 1, "sessions": [{ok}, {{"program": "p"}}]}}"#),
            "record 2 (sessions[1]), field \"status\": is missing",
        ),
        (
            format!(r#"[{ok}, {}]"#, ok.replace("completed", "done")),
            "record 2 (index 1), field \"status\": \"done\"",
        ),
        (ok.replace("\"p\"", "\"P Q\""), "field \"program\""),
        (
            ok.replace("2026-11-23T10:25:00+01:00", "2026-11-23T09:00:00+01:00"),
            "field \"ended_at\": is before started_at",
        ),
        (
            ok.replace("\"completed\"", "\"completed\", \"pain_after\": 11"),
            "field \"pain_after\": must be a whole number 0..10, found 11",
        ),
        (ok.replace("\"completed\"", "\"completed\", \"titel\": \"x\""), "did you mean \"title\"?"),
        (
            ok.replace(", \"ended_at\": \"2026-11-23T10:25:00+01:00\"", ""),
            "field \"ended_at\": is missing",
        ),
        (
            ok.replace("\"completed\"", "\"completed\", \"steps\": [{\"index\": 0}]"),
            "steps[0], field \"kind\": is missing",
        ),
        (r#"{"format": 2, "sessions": []}"#.into(), "format 2, from a newer Limber"),
        (
            r#"{"format": 1, "pauses": [{"from": "2026-11-05", "to": "2026-11-01"}]}"#.into(),
            "pause 1 (pauses[0]), field \"to\": is before from",
        ),
        ("[1]".into(), "record 1 (index 0): must be an object"),
        ("{\"program\": ".into(), "not valid JSON"),
        ("42".into(), "expected an export"),
    ];
    for (text, expected) in cases {
        let message = import_error(&text);
        assert!(message.contains(expected), "{message:?} should contain {expected:?}");
    }
}

#[test]
fn an_import_that_fails_half_way_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let good = Document::from_json(
        r#"[{"program": "p", "started_at": "2026-11-23T10:00:00+01:00",
        "ended_at": "2026-11-23T10:25:00+01:00", "status": "completed"},
        {"program": "p", "started_at": "2026-11-24T10:00:00+01:00",
        "ended_at": "2026-11-24T10:25:00+01:00", "status": "completed"}]"#,
    )
    .unwrap();
    let mut bad = good.clone();
    // Not possible from a file (it is checked), so the database refuses it mid-import.
    bad.sessions[1].sessions_per_week = Some(40);
    assert!(store.import(&bad).is_err());
    assert!(store.sessions().unwrap().is_empty());
    assert_eq!(store.import(&good).unwrap().added, 2);
}

#[test]
fn a_large_database_is_checked_daily_and_again_after_damage_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let now = at("2026-11-25T10:15:00+01:00");
    let store = Store::open(dir.path(), now).unwrap().store;
    let mut document = Document::default();
    for i in 0..400 {
        let mut s = Document::from_json(&format!(
            r#"{{"id": "s{i}", "program": "p", "started_at": "2026-01-01T10:00:00+01:00",
            "ended_at": "2026-01-01T10:20:00+01:00", "status": "completed"}}"#
        ))
        .unwrap()
        .sessions
        .remove(0);
        s.note = Some("n".repeat(30_000 + i));
        document.sessions.push(s);
    }
    store.import(&document).unwrap();
    drop(store);
    let path = dir.path().join(FILE_NAME);
    assert!(std::fs::metadata(&path).unwrap().len() > recover::FULL_CHECK_BYTES);
    let stamp = recover::check_stamp(dir.path());
    assert!(!stamp.exists());
    // The first open of the day checks and records it.
    let store = Store::open(dir.path(), now).unwrap().store;
    assert_eq!(std::fs::read_to_string(&stamp).unwrap(), "2026-11-25");
    drop(store);
    // Damage pages past the schema's first ones (a truncated file SQLite notices at once).
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[64 * 1024..4 * 1024 * 1024].fill(0xA5);
    std::fs::write(&path, &bytes).unwrap();
    // Checked today already: it opens, and reading the damaged part fails clearly.
    let opened = Store::open(dir.path(), now).unwrap();
    assert_eq!(opened.notice, None);
    let error = match opened.store.sessions_checked() {
        Ok(read) => panic!("read {} sessions from a damaged file", read.items.len()),
        Err(error) => error.to_string(),
    };
    assert!(error.contains("damaged"), "{error}");
    assert!(!stamp.exists());
    drop(opened);
    // So the next open checks again and sets it aside.
    let opened = Store::open(dir.path(), now).unwrap();
    assert!(opened.notice.unwrap().to_string().contains("could not be read"));
    assert_eq!(aside_files(dir.path()).len(), 1);
}

#[test]
fn the_stats_read_the_narrow_index() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut explain = store.conn.prepare(&format!("EXPLAIN QUERY PLAN {STATS_SELECT}")).unwrap();
    let plan: Vec<String> =
        explain.query_map([], |r| r.get(3)).unwrap().map(Result::unwrap).collect();
    // No sorting, no table rows: the index, and check-ins by their key.
    assert_eq!(plan.len(), 2, "{plan:?}");
    assert!(plan[0].contains("SCAN s USING COVERING INDEX sessions_stats"), "{plan:?}");
    assert!(plan[1].contains("SEARCH c USING INTEGER PRIMARY KEY"), "{plan:?}");
}

#[test]
fn a_store_can_move_to_another_thread() {
    fn send<T: Send>() {}
    send::<Store>();
    send::<Error>();
}

// ---- hostile files and folders (issue 14) ----

#[cfg(unix)]
#[test]
fn a_pipe_a_device_or_a_folder_named_like_the_history_is_set_aside_unopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    assert!(std::process::Command::new("mkfifo").arg(&path).status().unwrap().success());
    // Opening a pipe with no writer would wait for ever.
    let opened = Store::open(dir.path(), test_now()).unwrap();
    assert!(
        opened.notice.as_ref().map(|n| n.to_string()).unwrap_or_default().contains("not a file")
    );
    assert_eq!(aside_files(dir.path()).len(), 1);
    drop(opened);

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(FILE_NAME);
    std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
    let opened = Store::open(dir.path(), test_now()).unwrap();
    assert!(opened.notice.is_some());
    let aside = dir.path().join(&aside_files(dir.path())[0]);
    assert_eq!(std::fs::read_link(aside).unwrap(), Path::new("/dev/zero"));
    drop(opened);

    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(FILE_NAME)).unwrap();
    std::fs::write(dir.path().join(FILE_NAME).join("keep.txt"), "mine").unwrap();
    let opened = Store::open(dir.path(), test_now()).unwrap();
    assert!(opened.notice.is_some());
    let aside = dir.path().join(&aside_files(dir.path())[0]);
    assert_eq!(std::fs::read_to_string(aside.join("keep.txt")).unwrap(), "mine");
}

#[test]
fn reading_only_creates_nothing_and_reads_what_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let opened = Store::open_read_only(dir.path(), test_now()).unwrap();
    assert!(opened.store.sessions().unwrap().is_empty());
    assert!(opened.store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).is_err());
    drop(opened);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "nothing was created");

    let store = open(dir.path());
    let id = store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).unwrap();
    store.record_step(id, &step(0, true), test_now()).unwrap();
    let reader = Store::open_read_only(dir.path(), test_now()).unwrap().store;
    assert_eq!(reader.sessions().unwrap().len(), 1);
    assert_eq!(reader.steps(id).unwrap().len(), 1);
    assert!(reader.add_pause(day("2026-11-25"), None, PauseReason::Ill).is_err());
    // What the writer adds later is seen by the reader.
    store.record_step(id, &step(1, true), test_now()).unwrap();
    assert_eq!(reader.steps(id).unwrap().len(), 2);
}

#[test]
fn reading_only_never_waits_for_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).unwrap();
    // Another Limber in the middle of a long write: it holds the write lock.
    let writer = Connection::open(dir.path().join(FILE_NAME)).unwrap();
    writer.execute_batch("BEGIN IMMEDIATE; UPDATE sessions SET title = 'x';").unwrap();
    let reader = Store::open_read_only(dir.path(), test_now()).unwrap().store;
    assert_eq!(reader.sessions().unwrap()[0].title, "Back care");
    assert!(reader.stats_input(day("2026-11-25")).is_ok());
    // And opening to write waits for nothing when the history is current.
    let opened = Store::open(dir.path(), test_now()).unwrap();
    assert_eq!(opened.store.sessions().unwrap().len(), 1);
    writer.execute_batch("ROLLBACK;").unwrap();
}

#[test]
fn reading_only_a_database_that_needs_more_opens_it_as_usual() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(FILE_NAME),
        b"not a database, but a long enough text to be read as one: it is not",
    )
    .unwrap();
    let opened = Store::open_read_only(dir.path(), test_now()).unwrap();
    assert!(opened.notice.unwrap().to_string().contains("could not be read"));
    assert_eq!(aside_files(dir.path()).len(), 1);
}

/// A document of `count` sessions of `steps` steps each.
fn many_sessions(count: usize, steps: usize) -> Document {
    let session = |i: usize| ExportedSession {
        uid: Some(format!("{i:032x}")),
        program_id: "p".into(),
        program_version: 1,
        program_hash: String::new(),
        title: "P".into(),
        started_at: test_now() - chrono::Duration::minutes(i as i64),
        ended_at: Some(test_now()),
        status: Status::Completed,
        planned_seconds: 60,
        active_seconds: 60,
        sessions_per_week: None,
        level: 1,
        pain_before: None,
        pain_after: None,
        effort: None,
        note: None,
        steps: (0..steps)
            .map(|n| ExportedStep { step: step(n as u32, true), ended_at: None })
            .collect(),
    };
    Document { sessions: (0..count).map(session).collect(), pauses: vec![] }
}

#[test]
fn a_large_import_is_written_in_batches_another_writer_fits_between() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let document = many_sessions(3_000, 9);
    let path = dir.path().to_owned();
    let importer = std::thread::spawn(move || {
        let store = Store::open(&path, test_now()).unwrap().store;
        store.import(&document).unwrap()
    });
    // A session running beside it: every step lands while the import goes on.
    let id = store.begin_session(&new_session("2026-11-25T10:15:00+01:00")).unwrap();
    let mut written_during_import = 0;
    for n in 0..20 {
        store.record_step(id, &step(n, true), test_now()).unwrap();
        if !importer.is_finished() {
            written_during_import += 1;
        }
    }
    let summary = importer.join().unwrap();
    assert_eq!(summary.added, 3_000);
    assert_eq!(store.steps(id).unwrap().len(), 20);
    assert_eq!(store.sessions().unwrap().len(), 3_001);
    assert!(written_during_import > 0, "the import finished before the session could write");
}

#[test]
fn an_import_that_stops_part_of_the_way_keeps_the_batches_written_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let store = open(dir.path());
    let mut document = many_sessions(1_000, 9);
    // Not possible from a file (it is checked), so the database refuses it late.
    document.sessions[900].sessions_per_week = Some(40);
    let error = store.import(&document).unwrap_err();
    let Error::ImportStopped { done, .. } = &error else { panic!("{error:?}") };
    assert!(done.added > 0 && done.added < 900, "{done:?}");
    assert!(error.to_string().contains("import the file again"), "{error}");
    assert_eq!(store.sessions().unwrap().len(), done.added);
    document.sessions[900].sessions_per_week = None;
    let again = store.import(&document).unwrap();
    assert_eq!((again.added, again.already_present), (1_000 - done.added, done.added));
}

#[test]
fn an_import_file_may_start_with_a_byte_order_mark() {
    let text = "\u{feff}[{\"program\": \"p\", \"started_at\": \"2026-11-23T10:00:00+01:00\", \
                \"ended_at\": \"2026-11-23T10:25:00+01:00\", \"status\": \"completed\"}]";
    assert_eq!(Document::from_bytes(text.as_bytes()).unwrap().sessions.len(), 1);
    let error = Document::from_bytes(b"[\xff]").unwrap_err().to_string();
    assert!(error.contains("not UTF-8"), "{error}");
}
