//! The history at scale: a database of 100,000 sessions (12 steps each, check-ins, pauses;
//! about 125 MiB), generated once into a temporary folder in one transaction.
//!
//! - `open + all stats`: open the store (the day's integrity check already done) and compute
//!   every figure (target < 50 ms); then its parts: `open`, `read the stats input`,
//!   `compute the stats`; and the CPU time it takes, printed before the benches (the machine
//!   may be shared);
//! - `first open of the day`: the same with the full integrity check of a large database;
//! - `record one step`: one step of a running session, committed durably (target < 2 ms).

// A benchmark harness: a failure here is a broken setup.
#![allow(clippy::unwrap_used)]

use chrono::{DateTime, FixedOffset, NaiveDate, TimeDelta};
use criterion::{Criterion, criterion_group, criterion_main};
use limber::history::{
    Document, ExportedPause, ExportedSession, ExportedStep, NewSession, PauseReason, Status,
    StepRecord, Store,
};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

const SESSIONS: i64 = 100_000;

/// The moment the benches run at (the history's dates are generated before it).
fn test_now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-25T10:30:00+01:00").unwrap()
}
const STEPS: u32 = 12;

fn step(index: u32) -> StepRecord {
    StepRecord {
        index,
        kind: if index == 0 { "prepare" } else { "work" }.into(),
        exercise: (index > 0).then(|| "plank".into()),
        set: index % 3,
        side: index.is_multiple_of(2).then(|| "left".into()),
        done: index % 7 != 3,
        seconds: 30,
    }
}

fn generate(dir: &Path) {
    let started = Instant::now();
    let summer = FixedOffset::east_opt(2 * 3600).unwrap_or(FixedOffset::east_opt(0).unwrap());
    let winter = FixedOffset::east_opt(3600).unwrap_or(summer);
    let base = DateTime::parse_from_rfc3339("2000-01-03T07:00:00+01:00").unwrap();
    let mut sessions = Vec::with_capacity(SESSIONS as usize);
    for i in 0..SESSIONS {
        // Every 5 hours: about 57 years; summer and winter offsets as in Amsterdam.
        let utc = base + TimeDelta::hours(5 * i);
        let month = utc.format("%m").to_string();
        let offset = if ("04".."10").contains(&month.as_str()) { summer } else { winter };
        let start = utc.with_timezone(&offset);
        let status = match i % 10 {
            0 => Status::Partial,
            1 => Status::Abandoned,
            _ => Status::Completed,
        };
        let steps = (0..STEPS)
            .map(|k| ExportedStep {
                step: step(k),
                ended_at: Some(start + TimeDelta::seconds(30 * i64::from(k + 1))),
            })
            .collect();
        sessions.push(ExportedSession {
            uid: Some(format!("{i:032x}")),
            program_id: if i % 3 == 0 { "warm-up" } else { "back-care-runner" }.into(),
            program_version: 1 + (i / 20_000) as u32,
            program_hash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
            title: "Rugpijn en hardlopen".into(),
            started_at: start,
            ended_at: Some(start + TimeDelta::minutes(20)),
            status,
            planned_seconds: 1200,
            active_seconds: 1100,
            sessions_per_week: Some(3),
            pain_before: Some((i % 11) as u8),
            pain_after: Some((i % 7) as u8),
            effort: Some((i % 10) as u8),
            note: (i % 5 == 0).then(|| "Knie iets beter, morgen weer".into()),
            level: 1,
            steps,
        });
    }
    let pauses = (0..50)
        .map(|n| {
            let from = NaiveDate::from_ymd_opt(2001 + n, 7, 1).unwrap();
            ExportedPause {
                from,
                to: from.checked_add_days(chrono::Days::new(20)),
                reason: PauseReason::Holiday,
            }
        })
        .collect();
    let store = Store::open(dir, test_now()).unwrap().store;
    let summary = store.import(&Document { sessions, pauses }).unwrap();
    assert_eq!(summary.added, SESSIONS as usize);
    drop(store);
    let size = std::fs::metadata(dir.join(limber::history::FILE_NAME)).unwrap().len();
    eprintln!(
        "generated {SESSIONS} sessions ({} MiB) in {:.1} s",
        size / 1024 / 1024,
        started.elapsed().as_secs_f64()
    );
}

/// User and system CPU time of this process so far, from /proc (Linux).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (in parentheses): utime and stime are the 12th and 13th.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    // /proc counts in USER_HZ, which Linux fixes at 100 per second.
    Some(ticks / 100.0)
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    generate(dir.path());
    let today = NaiveDate::from_ymd_opt(2060, 1, 1).unwrap();
    let open_and_stats = |dir: &Path| {
        let store = Store::open(dir, test_now()).unwrap().store;
        let input = store.stats_input(today).unwrap();
        let stats = input.stats(today, None, 3);
        assert_eq!(stats.sessions, SESSIONS as u32);
        black_box(stats)
    };
    // The first open of the day checks the whole file and records it.
    open_and_stats(dir.path());
    // The machine running the bench may be shared: CPU time shows the work itself.
    if let Some(before) = cpu_seconds() {
        let runs = 50;
        for _ in 0..runs {
            open_and_stats(dir.path());
        }
        if let Some(after) = cpu_seconds() {
            eprintln!(
                "open + all stats: {:.1} ms of CPU time each",
                (after - before) * 1000.0 / f64::from(runs)
            );
        }
    }

    let mut group = c.benchmark_group("history");
    group.sample_size(30);
    group.bench_function("open + all stats (100k sessions)", |b| {
        b.iter(|| open_and_stats(dir.path()))
    });
    // Its parts: opening (and closing), reading, computing.
    group.bench_function("open", |b| {
        b.iter(|| black_box(Store::open(dir.path(), test_now()).unwrap()))
    });
    let store = Store::open(dir.path(), test_now()).unwrap().store;
    group.bench_function("read the stats input", |b| {
        b.iter(|| black_box(store.stats_input(today).unwrap()))
    });
    let input = store.stats_input(today).unwrap();
    drop(store);
    group
        .bench_function("compute the stats", |b| b.iter(|| black_box(input.stats(today, None, 3))));
    group.sample_size(10);
    group.bench_function("first open of the day (integrity check) + all stats", |b| {
        b.iter(|| {
            let _ = std::fs::remove_file(dir.path().join("history.live/checked"));
            open_and_stats(dir.path())
        })
    });
    group.finish();

    let store = Store::open(dir.path(), test_now()).unwrap().store;
    let session = NewSession {
        program_id: "back-care-runner".into(),
        program_version: 3,
        program_hash: String::new(),
        title: "Rugpijn en hardlopen".into(),
        started_at: DateTime::parse_from_rfc3339("2060-01-01T07:00:00+01:00").unwrap(),
        planned_seconds: 1200,
        sessions_per_week: Some(3),
        pain_before: Some(2),
        level: 1,
    };
    let id = store.begin_session(&session).unwrap();
    let mut index = 0;
    c.bench_function("history/record one step", |b| {
        b.iter(|| {
            index += 1;
            store.record_step(id, &step(index % 100), test_now()).unwrap();
        })
    });
}

criterion_group!(all, benches);
criterion_main!(all);
