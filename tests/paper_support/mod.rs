//! A realistic history for the paper tests, the benchmark and the pictures: sessions of a
//! program on most planned days, with pain before and after, effort, some skipped sets, a
//! stopped session now and then, a pause and notes. Deterministic (a seeded generator), and
//! written in one import (one transaction) so that two years take a moment.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, TimeDelta, TimeZone};
use limber::history::{
    Document, ExportedSession, ExportedStep, Pause, PauseReason, Status, StepRecord, Store,
};
use limber::library::Library;
use limber::program::{Plan, StepKind};
use std::path::Path;

/// A small, seeded generator (xorshift): the same history every run.
pub struct Dice(u64);

impl Dice {
    pub fn new(seed: u64) -> Self {
        Self(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// True with probability `percent`/100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// What was generated.
pub struct Generated {
    pub sessions: usize,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

const NOTES: [&str; 5] = [
    "Lower back stiff in the morning, better after the warm-up.",
    "Skipped the side plank: my shoulder hurt.",
    "Ran 5 km the day before; the stretches felt good.",
    "Knees ached during the lunges, did fewer.",
    "Best session so far, no pain afterwards.",
];

/// Sessions of the installed `program_id` (built in, or in the data folder's programs) on about `per_week` days a week from `first` for
/// `days` days, at 07:30 Amsterdam time (+01:00 / +02:00), ending with `sessions` at most;
/// a pause of `pause` (from, to) if given. Pain eases over the weeks, with noise; a program
/// with levels climbs them evenly over the days (level 1 in the first stretch).
pub fn history(
    data_dir: &Path,
    program_id: &str,
    first: NaiveDate,
    days: u32,
    per_week: u32,
    pause: Option<(NaiveDate, NaiveDate, PauseReason)>,
    seed: u64,
) -> Generated {
    let library = Library::load(&data_dir.join("programs"));
    let entry = library.find(program_id).expect("an installed program").clone();
    let levels = entry.program.levels();
    let plans: Vec<Plan> = (1..=levels).map(|l| Plan::at_level(&entry.program, l)).collect();
    let mut dice = Dice::new(seed);
    let mut sessions = Vec::new();
    let mut last = first;
    for day in 0..days {
        let date = first + TimeDelta::days(i64::from(day));
        if let Some((from, to, _)) = pause
            && from <= date
            && date <= to
        {
            continue;
        }
        if !dice.chance(u64::from(per_week) * 100 / 7) {
            continue;
        }
        let offset = if (4..=10).contains(&date.month()) { 2 } else { 1 };
        let zone = FixedOffset::east_opt(offset * 3600).expect("an offset");
        let minute = 30 + dice.below(25) as u32;
        let started_at: DateTime<FixedOffset> = zone
            .with_ymd_and_hms(date.year(), date.month(), date.day(), 7, minute, 0)
            .single()
            .expect("a time");
        let progress = f64::from(day) / f64::from(days.max(1));
        let level = (1 + (progress * f64::from(levels)) as u32).min(levels);
        let plan = &plans[level as usize - 1];
        let base_pain = (5.5 - 3.5 * progress + dice.below(3) as f64 - 1.0).clamp(0.0, 10.0);
        let stopped_early = dice.chance(5);
        let mut steps = Vec::new();
        let mut active = 0;
        let mut at = started_at;
        for (index, step) in plan.steps.iter().enumerate() {
            if stopped_early && index > plan.steps.len() / 2 {
                break;
            }
            let exercise = plan.exercise_of(step).map(|e| e.id.clone());
            let skipped = step.kind == StepKind::Work
                && (dice.below(1000) < 3
                    || exercise.as_deref() == Some("side-plank") && dice.chance(8));
            let planned = step.seconds.unwrap_or(40);
            let seconds = if skipped { planned / 4 } else { planned };
            active += seconds;
            at += TimeDelta::seconds(i64::from(seconds));
            steps.push(ExportedStep {
                step: StepRecord {
                    index: u32::try_from(index).unwrap(),
                    kind: step.kind.as_str().to_owned(),
                    exercise,
                    set: step.set,
                    side: step.side.map(|s| s.as_str().to_owned()),
                    done: !(skipped || stopped_early && index == plan.steps.len() / 2),
                    seconds,
                },
                ended_at: Some(at),
            });
        }
        let all_done = steps.iter().all(|s| s.step.done);
        let status = if all_done && !stopped_early { Status::Completed } else { Status::Partial };
        let pain_before = base_pain.round() as u8;
        let pain_after = (base_pain - 1.0 - dice.below(2) as f64).clamp(0.0, 10.0).round() as u8;
        let note =
            dice.chance(12).then(|| NOTES[dice.below(NOTES.len() as u64) as usize].to_owned());
        sessions.push(ExportedSession {
            uid: Some(format!("{seed:x}-{day}")),
            program_id: entry.program.id.clone(),
            program_version: if progress < 0.4 {
                entry.program.version
            } else {
                entry.program.version + 1
            },
            program_hash: entry.hash.clone(),
            title: entry.program.title.get("en").to_owned(),
            started_at,
            ended_at: Some(at),
            status,
            planned_seconds: plan.total_seconds,
            active_seconds: active,
            sessions_per_week: entry.program.sessions_per_week,
            pain_before: dice.chance(92).then_some(pain_before),
            pain_after: dice.chance(90).then_some(pain_after),
            effort: dice.chance(90).then_some(4 + dice.below(4) as u8),
            note,
            level,
            steps,
        });
        last = date;
    }
    let count = sessions.len();
    let pauses = pause
        .map(|(from, to, reason)| vec![Pause { id: 0, from, to: Some(to), reason }])
        .unwrap_or_default();
    // The store is opened as of the day after the history (no clock is read in tests).
    let zone = FixedOffset::east_opt(3600).expect("an offset");
    let after = first + TimeDelta::days(i64::from(days));
    let wall = zone
        .with_ymd_and_hms(after.year(), after.month(), after.day(), 12, 0, 0)
        .single()
        .expect("a time");
    let opened = Store::open(data_dir, wall).expect("a store");
    opened.store.import(&Document::new(sessions, pauses)).expect("the import");
    Generated { sessions: count, first, last }
}

/// Noon of `date` at +01:00: a wall time for opening the store and dating a report.
pub fn noon(date: NaiveDate) -> DateTime<FixedOffset> {
    let zone = FixedOffset::east_opt(3600).expect("an offset");
    zone.with_ymd_and_hms(date.year(), date.month(), date.day(), 12, 0, 0).single().expect("a time")
}
