//! The cost of the session engine on a 30-minute plan: one tick with nothing due (the common
//! case, ten times a second), a whole session ticked every 100 ms, starting a session, and
//! the cues of every step. `cargo bench --bench session`.

#[path = "../tests/session_support/mod.rs"]
mod session_support;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use limber::cue::step_cues;
use limber::session::Session;
use session_support::thirty_minute_plan;
use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn benches(c: &mut Criterion) {
    let plan = Arc::new(thirty_minute_plan());
    let t0 = Instant::now();
    let tick = Duration::from_millis(100);
    let ticks = u64::from(plan.total_seconds) * 10;

    c.bench_function("session/tick_nothing_due", |b| {
        let (mut session, _) = Session::start(plan.clone(), t0);
        // 5.05 s into get-ready: the next cue is at 7 s.
        let now = t0 + Duration::from_millis(5_050);
        session.tick(now);
        b.iter(|| black_box(session.tick(black_box(now))));
    });

    let mut group = c.benchmark_group("session/run_30min_every_100ms");
    group.throughput(Throughput::Elements(ticks));
    group.sample_size(20);
    group.bench_function("per_tick", |b| {
        b.iter_batched(
            || Session::start(plan.clone(), t0).0,
            |mut session| {
                let mut events = 0;
                for k in 1..=ticks + 1 {
                    events += session.tick(t0 + tick * u32::try_from(k).unwrap_or(u32::MAX)).len();
                }
                assert!(session.is_finished());
                black_box(events)
            },
            BatchSize::LargeInput,
        );
    });
    group.finish();

    c.bench_function("session/start_30min", |b| {
        b.iter(|| black_box(Session::start(black_box(plan.clone()), t0)));
    });

    c.bench_function("cue/step_cues_30min_all_steps", |b| {
        b.iter(|| {
            (0..plan.steps.len()).map(|k| step_cues(black_box(&plan), k).len()).sum::<usize>()
        });
    });
}

criterion_group!(all, benches);
criterion_main!(all);
