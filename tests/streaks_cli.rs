//! Streaks and stats through the command line: sessions imported, then
//! `limber stats --json --today DATE`.

// Test code: a failed unwrap is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "history_support/mod.rs"]
mod history_support;

use history_support::{import, ok, session, stats};
use serde_json::{Value, json};
use std::path::Path;

fn with(data: &Path, sessions: &[Value]) {
    import(data, &Value::from(sessions.to_vec()).to_string());
}

fn done(started_at: &str) -> Value {
    session("back-care", started_at, "completed")
}

fn streak(stats: &Value, which: &str) -> (u64, u64) {
    let s = &stats[which];
    (s["current"].as_u64().unwrap(), s["longest"].as_u64().unwrap())
}

#[test]
fn the_json_has_the_promised_keys() {
    let dir = tempfile::tempdir().unwrap();
    let s = stats(dir.path(), "2026-11-25", &[]);
    for key in ["sessions", "completed", "day_streak", "week_streak", "minutes", "weeks", "months"]
    {
        assert!(s.get(key).is_some(), "missing {key}: {s}");
    }
    assert_eq!(s["sessions"], 0);
    assert_eq!(s["day_streak"], json!({"current": 0, "longest": 0}));
    assert_eq!(s["week_streak"], json!({"current": 0, "longest": 0, "target": 3}));
    let text = ok(dir.path(), &["stats", "--today", "2026-11-25"]);
    assert!(text.contains("Day streak:   0 days"), "{text}");
}

#[test]
fn today_without_a_session_keeps_yesterdays_day_streak() {
    let dir = tempfile::tempdir().unwrap();
    let days: Vec<Value> =
        (20..=24).map(|d| done(&format!("2026-11-{d}T07:30:00+01:00"))).collect();
    with(dir.path(), &days);
    assert_eq!(streak(&stats(dir.path(), "2026-11-25", &[]), "day_streak"), (5, 5));
    assert_eq!(streak(&stats(dir.path(), "2026-11-26", &[]), "day_streak"), (0, 5));
    // As of an earlier day, later sessions are not counted.
    let s = stats(dir.path(), "2026-11-22", &[]);
    assert_eq!(streak(&s, "day_streak"), (3, 3));
    assert_eq!(s["sessions"], 3);
}

#[test]
fn a_session_late_in_the_evening_abroad_is_on_its_own_day() {
    let dir = tempfile::tempdir().unwrap();
    // Tuesday 23:30 in New York is Wednesday 04:30 UTC: it still is Tuesday's session.
    with(
        dir.path(),
        &[
            done("2026-11-23T20:00:00+01:00"),
            done("2026-11-24T23:30:00-05:00"),
            done("2026-11-25T07:00:00+01:00"),
        ],
    );
    let s = stats(dir.path(), "2026-11-25", &[]);
    assert_eq!(streak(&s, "day_streak"), (3, 3));
    let days: Vec<&str> =
        s["days"].as_array().unwrap().iter().map(|d| d["date"].as_str().unwrap()).collect();
    assert_eq!(days, ["2026-11-23", "2026-11-24", "2026-11-25"]);
}

#[test]
fn daylight_saving_weeks_in_amsterdam() {
    let dir = tempfile::tempdir().unwrap();
    with(
        dir.path(),
        &[
            // Spring: Saturday +01:00, Sunday (the switch) +02:00: both in 2026-W13.
            done("2026-03-28T21:00:00+01:00"),
            done("2026-03-29T21:00:00+02:00"),
            // Monday 00:30 +02:00 is Sunday 22:30 UTC, but Monday here: 2026-W14.
            done("2026-03-30T00:30:00+02:00"),
            // Autumn: Sunday 2026-10-25 (the switch back) and the days around it.
            done("2026-10-24T09:00:00+02:00"),
            done("2026-10-25T09:00:00+01:00"),
            done("2026-10-26T09:00:00+01:00"),
        ],
    );
    let s = stats(dir.path(), "2026-03-30", &["--weekly-target", "2"]);
    assert_eq!(streak(&s, "day_streak"), (3, 3));
    assert_eq!(streak(&s, "week_streak"), (1, 1), "W13 met, W14 still running");
    let weeks: Vec<(&str, u64)> = s["weeks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| (w["week"].as_str().unwrap(), w["sessions"].as_u64().unwrap()))
        .collect();
    assert_eq!(weeks, [("2026-W13", 2), ("2026-W14", 1)]);
    let s = stats(dir.path(), "2026-10-26", &["--weekly-target", "2"]);
    assert_eq!(streak(&s, "day_streak"), (3, 3));
    assert_eq!(s["this_week"]["completed"], 1);
    assert_eq!(streak(&s, "week_streak"), (1, 1), "W43 (Oct 19..25) met with two");
}

#[test]
fn the_week_streak_across_the_year_end_and_iso_week_53() {
    let dir = tempfile::tempdir().unwrap();
    with(
        dir.path(),
        &[
            done("2026-12-21T08:00:00+01:00"), // W52
            done("2026-12-23T08:00:00+01:00"),
            done("2026-12-28T08:00:00+01:00"), // W53: Dec 28 .. Jan 3
            done("2027-01-02T08:00:00+01:00"),
            done("2027-01-04T08:00:00+01:00"), // 2027-W01
            done("2027-01-06T08:00:00+01:00"),
        ],
    );
    let s = stats(dir.path(), "2027-01-06", &["--weekly-target", "2"]);
    assert_eq!(streak(&s, "week_streak"), (3, 3));
    let weeks: Vec<&str> =
        s["weeks"].as_array().unwrap().iter().map(|w| w["week"].as_str().unwrap()).collect();
    assert_eq!(weeks, ["2026-W52", "2026-W53", "2027-W01"]);
    let months: Vec<(&str, u64)> = s["months"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["month"].as_str().unwrap(), m["sessions"].as_u64().unwrap()))
        .collect();
    assert_eq!(months, [("2026-12", 3), ("2027-01", 3)]);
    // On Sunday 2027-01-03 "this week" is 2026-W53, with both its sessions.
    let s = stats(dir.path(), "2027-01-03", &["--weekly-target", "2"]);
    assert_eq!(s["this_week"], json!({"week": "2026-W53", "completed": 2, "target": 2}));
    // A missed W53 breaks it.
    let dir = tempfile::tempdir().unwrap();
    with(dir.path(), &[done("2026-12-21T08:00:00+01:00"), done("2027-01-04T08:00:00+01:00")]);
    let s = stats(dir.path(), "2027-01-04", &["--weekly-target", "1"]);
    assert_eq!(streak(&s, "week_streak"), (1, 1));
}

#[test]
fn several_sessions_a_day_and_partial_ones() {
    let dir = tempfile::tempdir().unwrap();
    with(
        dir.path(),
        &[
            done("2026-11-23T07:00:00+01:00"),
            done("2026-11-23T19:00:00+01:00"),
            session("back-care", "2026-11-24T07:00:00+01:00", "partial"),
            session("back-care", "2026-11-25T07:00:00+01:00", "abandoned"),
        ],
    );
    let s = stats(dir.path(), "2026-11-25", &["--weekly-target", "3"]);
    assert_eq!((s["sessions"].as_u64(), s["completed"].as_u64()), (Some(4), Some(2)));
    assert_eq!(streak(&s, "day_streak"), (0, 1), "partial and abandoned do not count");
    assert_eq!(s["this_week"]["completed"], 2);
    assert_eq!(streak(&s, "week_streak"), (0, 0), "two completed of three");
    assert_eq!(s["completion_rate"], 0.5);
    assert_eq!(s["minutes"], 80);
    // The next week the week of the 23rd counts as met with two a day on target 2.
    let s = stats(dir.path(), "2026-11-30", &["--weekly-target", "2"]);
    assert_eq!(streak(&s, "week_streak"), (1, 1));
}

#[test]
fn pauses_freeze_day_and_week_streaks() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    with(
        data,
        &[
            done("2026-11-02T08:00:00+01:00"),
            done("2026-11-10T08:00:00+01:00"),
            done("2026-11-11T08:00:00+01:00"),
            done("2026-11-15T08:00:00+01:00"),
            done("2026-11-16T08:00:00+01:00"),
        ],
    );
    // Without pauses: 15, 16 make the day streak; week of Nov 9 met, Nov 2 met.
    let s = stats(data, "2026-11-16", &["--weekly-target", "1"]);
    assert_eq!(streak(&s, "day_streak"), (2, 2));
    ok(data, &["pause", "--from", "2026-11-12", "--to", "2026-11-14", "--reason", "ill"]);
    // Paused days are skipped: 10, 11, (pause), 15, 16.
    let s = stats(data, "2026-11-16", &["--weekly-target", "1"]);
    assert_eq!(streak(&s, "day_streak"), (4, 4));
    assert_eq!(streak(&s, "week_streak"), (3, 3), "a partly paused week that is met counts");
    // A partly paused week that misses the target is frozen, not broken.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    with(
        data,
        &[
            done("2026-11-02T08:00:00+01:00"),
            done("2026-11-03T08:00:00+01:00"),
            done("2026-11-10T08:00:00+01:00"),
            done("2026-11-16T08:00:00+01:00"),
            done("2026-11-17T08:00:00+01:00"),
        ],
    );
    assert_eq!(
        streak(&stats(data, "2026-11-17", &["--weekly-target", "2"]), "week_streak"),
        (1, 1)
    );
    ok(data, &["pause", "--from", "2026-11-12", "--to", "2026-11-14"]);
    assert_eq!(
        streak(&stats(data, "2026-11-17", &["--weekly-target", "2"]), "week_streak"),
        (2, 2)
    );
    // A wholly paused week neither breaks nor extends.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    with(data, &[done("2026-11-02T08:00:00+01:00"), done("2026-11-16T08:00:00+01:00")]);
    assert_eq!(
        streak(&stats(data, "2026-11-16", &["--weekly-target", "1"]), "week_streak"),
        (1, 1)
    );
    ok(data, &["pause", "--from", "2026-11-09", "--to", "2026-11-15", "--reason", "injured"]);
    let s = stats(data, "2026-11-16", &["--weekly-target", "1"]);
    assert_eq!(streak(&s, "week_streak"), (2, 2));
    // Today in a pause.
    ok(data, &["pause", "--from", "2026-11-20", "--to", "2026-11-30", "--reason", "holiday"]);
    let s = stats(data, "2026-11-25", &["--weekly-target", "1"]);
    assert_eq!(s["paused_today"], true);
    assert_eq!(streak(&s, "week_streak"), (2, 2));
    assert_eq!(streak(&s, "day_streak"), (0, 1), "17..19 were missed");
}

#[test]
fn the_weekly_target_comes_from_the_flag_the_program_or_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    let mut old = done("2026-11-02T08:00:00+01:00");
    old["sessions_per_week"] = json!(5);
    with(data, &[old]);
    assert_eq!(stats(data, "2026-11-03", &[])["week_streak"]["target"], 5);
    assert_eq!(stats(data, "2026-11-03", &["--weekly-target", "2"])["week_streak"]["target"], 2);
    let mut newer = done("2026-11-04T08:00:00+01:00");
    newer["sessions_per_week"] = json!(1);
    with(data, &[newer]);
    assert_eq!(stats(data, "2026-11-05", &[])["week_streak"]["target"], 1);
    assert_eq!(stats(data, "2026-11-05", &[])["week_streak"]["current"], 1);
    // Before the newer session, the older one's target applies.
    assert_eq!(stats(data, "2026-11-03", &[])["week_streak"]["target"], 5);
    // Sessions that record none: the user's setting.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path();
    with(data, &[done("2026-11-02T08:00:00+01:00")]);
    assert_eq!(stats(data, "2026-11-03", &[])["week_streak"]["target"], 3);
    std::fs::write(data.join("settings.toml"), "weekly_target = 4\n").unwrap();
    assert_eq!(stats(data, "2026-11-03", &[])["week_streak"]["target"], 4);
}

#[test]
fn pain_trend_and_last_done_per_program() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = done("2026-11-02T08:00:00+01:00");
    a["pain_before"] = json!(6);
    a["pain_after"] = json!(4);
    let mut b = session("warm-up", "2026-11-10T08:00:00+01:00", "completed");
    b["pain_before"] = json!(3);
    b["pain_after"] = json!(1);
    with(dir.path(), &[a, b]);
    let s = stats(dir.path(), "2026-11-25", &[]);
    assert_eq!(s["last_done"], json!({"back-care": "2026-11-02", "warm-up": "2026-11-10"}));
    assert_eq!(
        s["pain"]["recent"],
        json!([
            {"date": "2026-11-02", "before": 6, "after": 4},
            {"date": "2026-11-10", "before": 3, "after": 1},
        ])
    );
    assert_eq!(s["months"][0]["pain_before"], 4.5);
    assert_eq!(s["weeks"][1]["pain_after"], 1.0);
    let text = ok(dir.path(), &["stats", "--today", "2026-11-25"]);
    assert!(text.contains("4.5 before -> 2.5 after"), "{text}");
}
