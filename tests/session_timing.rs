//! Step-start accuracy over a 30-minute plan, in simulation: ticks every 100 ms from a sleep
//! loop (each tick 100 ms plus jitter after the previous one, so the tick clock drifts as a
//! naive timer would). Time is injected, so the bounds asserted here are exact, not timing
//! asserts. `cargo test --test session_timing -- --nocapture` prints the figures.

mod session_support;

use limber::session::{Event, Session, Status};
use session_support::{Rng, thirty_minute_plan};
use std::sync::Arc;
use std::time::{Duration, Instant};

const TICK: Duration = Duration::from_millis(100);

/// What one simulated run measured.
struct Figures {
    steps: usize,
    ticks: usize,
    /// Step start on the session's clock minus the planned moment, per step.
    start_errors: Vec<Duration>,
    /// Tick that reported a step start minus the planned moment, per step after the first.
    latencies: Vec<Duration>,
    /// The longest time between two ticks.
    longest_tick_gap: Duration,
    /// How far a session counting 100 ms per tick would be behind at the end.
    tick_counting_drift: Duration,
}

fn simulate(seed: u64, jitter: impl Fn(&mut Rng) -> u64) -> Figures {
    let plan = Arc::new(thirty_minute_plan());
    let planned: Vec<Duration> =
        (0..plan.steps.len()).map(|k| Duration::from_secs(u64::from(plan.offset_of(k)))).collect();
    let mut rng = Rng::new(seed);
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plan.clone(), t0);
    let mut start_errors = vec![session.step_started_at() - t0];
    let mut latencies = vec![];
    let (mut now, mut ticks, mut longest_tick_gap) = (t0, 0, Duration::ZERO);
    while !session.is_finished() {
        let gap = TICK + Duration::from_millis(jitter(&mut rng));
        longest_tick_gap = longest_tick_gap.max(gap);
        now += gap;
        ticks += 1;
        for event in session.tick(now) {
            match event {
                Event::StepStarted { index } => {
                    let moment = t0 + planned[index];
                    assert_eq!(session.current(), index, "steps are at least 1 s long");
                    let started = session.step_started_at();
                    start_errors.push(started.max(moment) - started.min(moment));
                    // Reported by the first tick at or after the moment, never before it.
                    assert!(now >= moment && now - moment < gap, "step {index} reported late");
                    latencies.push(now - moment);
                }
                Event::CaughtUp { .. } => panic!("no gap in this run"),
                Event::Finished(outcome) => {
                    assert_eq!(outcome.status, Status::Completed);
                    assert_eq!(outcome.active, Duration::from_secs(plan.total_seconds.into()));
                }
                _ => {}
            }
        }
    }
    let counted = TICK * u32::try_from(ticks).unwrap_or(u32::MAX);
    Figures {
        steps: plan.steps.len(),
        ticks,
        start_errors,
        latencies,
        longest_tick_gap,
        tick_counting_drift: (now - t0).saturating_sub(counted),
    }
}

fn median(values: &[Duration]) -> Duration {
    let mut sorted = values.to_vec();
    sorted.sort();
    sorted[sorted.len() / 2]
}

fn report(name: &str, f: &Figures) {
    let max = |v: &[Duration]| v.iter().max().copied().unwrap_or_default();
    eprintln!(
        "{name}: {} steps, {} ticks, longest tick gap {:?}\n  step-start error on the session clock: \
         max {:?} (first {:?}, last {:?})\n  reported by a tick after the planned moment: \
         median {:?}, max {:?} (first step change {:?}, last {:?})\n  a session counting \
         100 ms per tick would end {:?} late",
        f.steps,
        f.ticks,
        f.longest_tick_gap,
        max(&f.start_errors),
        f.start_errors[0],
        f.start_errors[f.start_errors.len() - 1],
        median(&f.latencies),
        max(&f.latencies),
        f.latencies[0],
        f.latencies[f.latencies.len() - 1],
        f.tick_counting_drift,
    );
}

#[test]
fn thirty_minutes_of_ticks_never_shift_a_step() {
    let plan = thirty_minute_plan();
    assert!((29 * 60..=31 * 60).contains(&plan.total_seconds), "{}", plan.total_seconds);
    // A desktop timer: every tick 0-20 ms late.
    let figures = simulate(7, |rng| rng.below(21));
    report("ticks 100 ms + 0-20 ms", &figures);
    assert_eq!(figures.start_errors.len(), figures.steps);
    assert!(figures.start_errors.iter().all(|e| e.is_zero()), "no drift at all");
    assert!(figures.latencies.iter().all(|l| *l < Duration::from_millis(120)), "under one tick");
    assert!(figures.tick_counting_drift > Duration::from_secs(60), "tick counting would drift");
}

#[test]
fn a_busy_machine_delays_the_report_but_never_the_schedule() {
    // Mostly a few ms late, a quarter up to 300 ms, one in twenty up to 2 s.
    let figures = simulate(11, Rng::jitter_ms);
    report("ticks 100 ms + 0-2000 ms", &figures);
    assert!(figures.start_errors.iter().all(|e| e.is_zero()));
    assert!(figures.latencies.iter().all(|l| *l < figures.longest_tick_gap));
}
