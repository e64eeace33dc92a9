//! Running the `limber` binary against a temporary data folder, for the history and streaks
//! tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The fixtures of the history tests.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/history").join(name)
}

/// Runs `limber --data-dir DATA ARGS...`.
pub fn limber(data: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .env_remove("LIMBER_DATA_DIR")
        .output()
        .expect("the limber binary runs")
}

/// Runs it and returns stdout, failing the test unless it exits 0.
pub fn ok(data: &Path, args: &[&str]) -> String {
    let out = limber(data, args);
    assert!(
        out.status.success(),
        "limber {args:?} failed ({:?}): {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Runs it expecting exit code `code`; returns stderr.
pub fn fails(data: &Path, args: &[&str], code: i32) -> String {
    let out = limber(data, args);
    assert_eq!(
        out.status.code(),
        Some(code),
        "limber {args:?}: stdout {} stderr {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stderr).expect("UTF-8 output")
}

/// Writes `json` to a file in `dir` and imports it.
pub fn import(data: &Path, json: &str) -> String {
    let file = data.with_extension("import.json");
    std::fs::write(&file, json).expect("write the import file");
    ok(data, &["import", file.to_str().expect("UTF-8 path")])
}

/// A minimal session record: 20 minutes from `started_at`.
pub fn session(program: &str, started_at: &str, status: &str) -> serde_json::Value {
    let start = chrono::DateTime::parse_from_rfc3339(started_at).expect("a date and time");
    let end = start + chrono::TimeDelta::minutes(20);
    serde_json::json!({
        "program": program,
        "started_at": started_at,
        "ended_at": end.to_rfc3339(),
        "status": status,
    })
}

/// `limber stats --json --today TODAY EXTRA...`, parsed.
pub fn stats(data: &Path, today: &str, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["stats", "--json", "--today", today];
    args.extend_from_slice(extra);
    serde_json::from_str(&ok(data, &args)).expect("stats --json prints JSON")
}
