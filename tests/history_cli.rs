//! `limber history`, `export`, `import` and `pause` against a temporary data folder.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod history_support;

use history_support::{fails, fixture, import, limber, ok, session};
use serde_json::{Value, json};
use std::path::Path;

fn temp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn sample(data: &Path) {
    let file = fixture("sample.json");
    let out = ok(data, &["import", file.to_str().unwrap()]);
    assert!(out.contains("Imported 3 sessions"), "{out}");
}

#[test]
fn export_import_export_is_byte_identical() {
    let dir = temp();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    sample(&a);
    let first = ok(&a, &["export", "--format", "json"]);
    let file = dir.path().join("export.json");
    let said = ok(&a, &["export", "--format", "json", "--out", file.to_str().unwrap()]);
    assert!(said.contains("Exported 3 sessions and 2 pauses"), "{said}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), first);
    ok(&b, &["import", file.to_str().unwrap()]);
    assert_eq!(ok(&b, &["export", "--format", "json"]), first);
    assert_eq!(ok(&b, &["export", "--format", "csv"]), ok(&a, &["export", "--format", "csv"]));
    // Importing it again keeps one of each.
    let again = ok(&b, &["import", file.to_str().unwrap()]);
    assert!(
        again.contains("Imported 0 sessions") && again.contains("3 already present"),
        "{again}"
    );
    assert_eq!(ok(&b, &["export", "--format", "json"]), first);
}

#[test]
fn a_version_1_database_still_opens_and_reads_the_same() {
    let dir = temp();
    let sql = std::fs::read_to_string(fixture("v1.sql")).unwrap();
    let conn = rusqlite::Connection::open(dir.path().join("history.sqlite3")).unwrap();
    conn.execute_batch(&sql).unwrap();
    drop(conn);
    let out = limber(dir.path(), &["export", "--format", "json"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "no notice, nothing set aside");
    let expected = std::fs::read_to_string(fixture("v1-export.json")).unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), expected);
}

#[test]
fn history_lists_sessions_newest_first() {
    let dir = temp();
    assert_eq!(ok(dir.path(), &["history"]), "No sessions yet.\n");
    assert_eq!(ok(dir.path(), &["history", "--json"]).trim(), "[]");
    sample(dir.path());
    let table = ok(dir.path(), &["history"]);
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].starts_with("Date        Time   Program"), "{table}");
    assert_eq!(lines.len(), 4, "{table}");
    // The session at 23:30-05:00 is on the 27th, its local date.
    assert!(lines[1].starts_with("2026-10-27  23:30  Warm-up"), "{table}");
    assert!(lines[1].contains("abandoned"), "{table}");
    assert!(lines[3].starts_with("2026-10-24  18:05  Rugpijn en hardlopen"), "{table}");
    assert!(lines[3].contains("completed") && lines[3].contains("4->2"), "{table}");
    assert!(lines[2].contains("?->3"), "{table}");
    let json: Value = serde_json::from_str(&ok(dir.path(), &["history", "--json"])).unwrap();
    let ids: Vec<&str> =
        json.as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["c-travel", "b-without-steps", "2f6c1d0a9b8e4f7a8c3d2e1f0a9b8c7d"]);
    assert_eq!(json[2]["program"], "back-care-runner");
    assert_eq!(json[2]["status"], "completed");
    assert_eq!(json[2]["effort"], 6);
}

#[test]
fn import_takes_a_list_or_one_record_and_keeps_duplicates_once() {
    let dir = temp();
    let a = session("warm-up", "2026-11-02T08:00:00+01:00", "completed");
    let b = session("warm-up", "2026-11-03T08:00:00+01:00", "partial");
    let out = import(dir.path(), &json!([a, b]).to_string());
    assert!(out.contains("Imported 2 sessions"), "{out}");
    let out = import(dir.path(), &a.to_string());
    assert!(out.contains("Imported 0 sessions") && out.contains("(1 already present)"), "{out}");
    // The same instant in another offset, without an id: the same session.
    let same = session("warm-up", "2026-11-02T07:00:00Z", "completed");
    assert!(import(dir.path(), &same.to_string()).contains("1 already present"));
    // With an id, a session is known by it.
    let mut c = session("warm-up", "2026-11-04T08:00:00+01:00", "completed");
    c["id"] = json!("my-id");
    import(dir.path(), &c.to_string());
    c["started_at"] = json!("2026-11-05T08:00:00+01:00");
    c["ended_at"] = json!("2026-11-05T08:20:00+01:00");
    assert!(import(dir.path(), &c.to_string()).contains("1 already present"));
    let json: Value = serde_json::from_str(&ok(dir.path(), &["history", "--json"])).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 3);
    assert_eq!(json[0]["id"], "my-id");
    assert_eq!(json[0]["title"], "warm-up");
    assert_eq!(json[0]["active_seconds"], 1200);
}

#[test]
fn a_bad_record_is_named_and_nothing_is_imported() {
    let dir = temp();
    let good = session("warm-up", "2026-11-02T08:00:00+01:00", "completed");
    let mut bad = session("warm-up", "2026-11-03T08:00:00+01:00", "completed");
    bad["pain_before"] = json!(14);
    let file = dir.path().join("bad.json");
    std::fs::write(&file, json!({"format": 1, "sessions": [good, good, bad]}).to_string()).unwrap();
    let data = dir.path().join("data");
    let err = fails(&data, &["import", file.to_str().unwrap()], 1);
    assert!(err.contains("record 3 (sessions[2])"), "{err}");
    assert!(err.contains("\"pain_before\""), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(ok(&data, &["history", "--json"]).trim(), "[]");
    // Not JSON, not UTF-8, missing: clear errors, exit 1.
    std::fs::write(&file, "{\"format\": 1,").unwrap();
    assert!(fails(&data, &["import", file.to_str().unwrap()], 1).contains("not valid JSON"));
    std::fs::write(&file, [0xff, 0xfe, 0x00]).unwrap();
    assert!(fails(&data, &["import", file.to_str().unwrap()], 1).contains("not UTF-8"));
    let missing = dir.path().join("missing.json");
    assert!(fails(&data, &["import", missing.to_str().unwrap()], 1).contains("cannot read"));
}

#[test]
fn pause_checks_its_dates() {
    let dir = temp();
    let err = fails(dir.path(), &["pause", "--from", "2026-11-10", "--to", "2026-11-05"], 1);
    assert!(err.contains("--from 2026-11-10 is after --to 2026-11-05"), "{err}");
    fails(dir.path(), &["pause", "--from", "2026-11-31", "--to", "2026-12-05"], 2);
    fails(
        dir.path(),
        &["pause", "--from", "2026-11-01", "--to", "2026-11-05", "--reason", "lazy"],
        2,
    );
    let out = ok(
        dir.path(),
        &["pause", "--from", "2026-11-01", "--to", "2026-11-05", "--reason", "holiday"],
    );
    assert!(out.contains("2026-11-01 to 2026-11-05 (holiday)"), "{out}");
    ok(dir.path(), &["pause", "--from", "2026-11-20", "--to", "2026-11-20"]);
    let export: Value =
        serde_json::from_str(&ok(dir.path(), &["export", "--format", "json"])).unwrap();
    assert_eq!(
        export["pauses"],
        json!([
            {"from": "2026-11-01", "to": "2026-11-05", "reason": "holiday"},
            {"from": "2026-11-20", "to": "2026-11-20", "reason": "ill"},
        ])
    );
}

/// Splits RFC 4180 CSV into records of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = vec![];
    let mut record = vec![];
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end in CRLF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => {
                assert!(c != '\n' && c != '"', "a bare {c:?} must be quoted");
                field.push(c);
            }
        }
    }
    assert!(record.is_empty() && field.is_empty(), "the last record ends in CRLF");
    records
}

#[test]
fn csv_export_is_rfc_4180_with_one_row_per_session() {
    let dir = temp();
    sample(dir.path());
    let mut tricky = session("warm-up", "2026-11-02T08:00:00+01:00", "completed");
    tricky["title"] = json!("@SUM(1,2)");
    tricky["note"] = json!("commas, \"quotes\"\r\nand lines");
    import(dir.path(), &tricky.to_string());
    let out = dir.path().join("out").join("history.csv");
    ok(dir.path(), &["export", "--format", "csv", "--out", out.to_str().unwrap()]);
    let csv = std::fs::read_to_string(&out).unwrap();
    let records = parse_csv(&csv);
    assert_eq!(records.len(), 1 + 4);
    let header = &records[0];
    assert!(records.iter().all(|r| r.len() == header.len()), "{records:?}");
    let column = |name: &str| header.iter().position(|h| h == name).unwrap();
    let last = &records[4];
    assert_eq!(last[column("note")], "commas, \"quotes\"\r\nand lines");
    assert_eq!(last[column("title")], "'@SUM(1,2)");
    assert_eq!(records[1][column("steps_done")], "2");
    assert_eq!(records[1][column("steps_skipped")], "1");
    assert_eq!(records[1][column("pain_before")], "4");
    // Written atomically: no temporary file is left beside it.
    let names: Vec<_> = std::fs::read_dir(out.parent().unwrap()).unwrap().collect();
    assert_eq!(names.len(), 1);
}

#[test]
fn an_unreadable_database_is_set_aside_with_a_notice() {
    let dir = temp();
    let path = dir.path().join("history.sqlite3");
    let garbage = b"not a database at all; perhaps a photo someone named oddly.".repeat(40);
    std::fs::write(&path, &garbage).unwrap();
    let out = limber(dir.path(), &["history"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("could not be read") && err.contains("history.sqlite3.unreadable-"),
        "{err}"
    );
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1);
    assert_eq!(std::fs::read(&aside[0]).unwrap(), garbage);
    // The fresh one works, and the notice is not repeated.
    sample(dir.path());
    let out = limber(dir.path(), &["history"]);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

#[test]
fn the_history_speaks_dutch_with_lang_nl() {
    let dir = temp();
    let mut bad = session("warm-up", "2026-11-03T08:00:00+01:00", "completed");
    bad["stauts"] = json!("completed");
    let file = dir.path().join("bad.json");
    std::fs::write(&file, json!({"format": 1, "sessions": [bad]}).to_string()).unwrap();
    let data = dir.path().join("data");
    let err = fails(&data, &["--lang", "nl", "import", file.to_str().unwrap()], 1);
    assert!(err.contains("record 1 (sessions[0]), veld \"stauts\""), "{err}");
    assert!(err.contains("is geen bekend veld; bedoel je \"status\"?"), "{err}");
    assert!(err.contains("(er is niets geïmporteerd)"), "{err}");
    let english = fails(&data, &["--lang", "en", "import", file.to_str().unwrap()], 1);
    assert!(english.contains("is not a known field; did you mean \"status\"?"), "{english}");

    // What went well, too.
    let sample = fixture("sample.json");
    let out = ok(&data, &["--lang", "nl", "import", sample.to_str().unwrap()]);
    assert!(
        out.starts_with("3 sessies geïmporteerd uit ") && out.contains("en 2 pauzes."),
        "{out}"
    );
    let stats = ok(&data, &["--lang", "nl", "stats", "--today", "2026-10-28"]);
    assert!(stats.contains("Sessies:        3, 1 voltooid (33%)"), "{stats}");
    assert!(stats.contains("Laatst gedaan:  "), "{stats}");
    let table = ok(&data, &["--lang", "nl", "history"]);
    assert!(table.starts_with("Datum       Tijd   Programma"), "{table}");

    // A database that is not Limber's is set aside, and the notice says so in Dutch.
    let foreign = dir.path().join("foreign");
    std::fs::create_dir(&foreign).unwrap();
    let conn = rusqlite::Connection::open(foreign.join("history.sqlite3")).unwrap();
    conn.execute_batch("CREATE TABLE recipes (x); INSERT INTO recipes VALUES (1);").unwrap();
    drop(conn);
    let out = limber(&foreign, &["--lang", "nl", "stats", "--json"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is geen geschiedenis van Limber"), "{err}");
    assert!(err.contains("er staan tabellen van een ander programma in"), "{err}");
}

#[test]
fn a_database_from_a_newer_limber_is_set_aside_with_a_notice() {
    let dir = temp();
    let path = dir.path().join("history.sqlite3");
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE sessions (x); PRAGMA user_version = 42;").unwrap();
    drop(conn);
    let before = std::fs::read(&path).unwrap();
    let out = limber(dir.path(), &["stats", "--json"]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("newer Limber") && err.contains("version 42"), "{err}");
    let aside = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().contains(".from-newer-limber-"))
        .unwrap();
    assert_eq!(std::fs::read(aside).unwrap(), before);
}

#[test]
fn two_imports_at_once_both_succeed() {
    let dir = temp();
    let data = dir.path().join("data");
    let files: Vec<_> = (0..2)
        .map(|n| {
            let sessions: Vec<Value> = (0..200)
                .map(|i| {
                    let day = 1 + i % 28;
                    let start = format!("20{:02}-02-{day:02}T08:{:02}:00+01:00", 30 + n, i / 28);
                    session("warm-up", &start, "completed")
                })
                .collect();
            let file = dir.path().join(format!("{n}.json"));
            std::fs::write(&file, Value::from(sessions).to_string()).unwrap();
            file
        })
        .collect();
    let children: Vec<_> = files
        .iter()
        .map(|file| {
            std::process::Command::new(env!("CARGO_BIN_EXE_limber"))
                .arg("--data-dir")
                .arg(&data)
                .arg("import")
                .arg(file)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outputs: Vec<_> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
    for child in &outputs {
        assert!(child.status.success(), "{}", String::from_utf8_lossy(&child.stderr));
    }
    let json: Value = serde_json::from_str(&ok(&data, &["history", "--json"])).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 400);
}
