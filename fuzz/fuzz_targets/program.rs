//! Program files: any bytes through parse and validate. A program that passes must plan at
//! every level, be written back (as the editor saves it) into a file that passes again as the
//! same program, and run as a session from its first step to its last.
#![no_main]

use libfuzzer_sys::fuzz_target;
use limber::program::{self, Plan};
use limber::session::Session;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

fuzz_target!(|data: &[u8]| {
    let file = Path::new("fuzz.toml");
    let Ok(program) = program::parse_bytes(data, file, None) else { return };
    let levels = program.levels();
    let plans: Vec<Plan> = (1..=levels).map(|level| Plan::at_level(&program, level)).collect();
    for plan in &plans {
        assert!(plan.total_seconds <= program::MAX_TOTAL_SECONDS);
    }
    let plan = plans[0].clone();

    let written = program::to_toml(&program);
    match program::parse(&written, file, None) {
        Ok(again) => {
            let again: Vec<Plan> = (1..=levels).map(|level| Plan::at_level(&again, level)).collect();
            assert_eq!(again, plans, "written back:\n{written}");
        }
        Err(problems) => panic!("written back, refused: {problems:?}\n{written}"),
    }

    // The whole session, deadline by deadline; an untimed step is done at once.
    let t0 = Instant::now();
    let (mut session, _) = Session::start(Arc::new(plan), t0);
    let mut now = t0;
    for _ in 0..100_000 {
        if session.is_finished() {
            break;
        }
        match session.next_deadline() {
            Some(at) => {
                now = now.max(at);
                let _ = session.tick(now);
            }
            None => {
                now += Duration::from_millis(1);
                let _ = session.done(now);
            }
        }
    }
    assert!(session.is_finished(), "the session never ended");
});
