//! Shared by tests/session_*.rs and benches/session.rs: programs built in code and a small
//! seeded random source for tick jitter.

#![allow(dead_code)]

use limber::program::Plan;
use limber::program::{
    Block, BlockKind, Defaults, Dosage, Exercise, FormCue, Program, Sides, Text,
};

/// An exercise with the given dosage, one set, no sides, no form cues.
pub fn exercise(id: &str, dosage: Dosage) -> Exercise {
    Exercise {
        id: id.into(),
        name: Text::plain("en", id),
        instructions: None,
        image: None,
        dosage,
        sets: 1,
        sides: Sides::None,
        rest: None,
        set_rest: None,
        cues: vec![],
    }
}

/// A form cue at `at` seconds into each work step.
pub fn form(at: u32) -> FormCue {
    FormCue { at, text: Text::plain("en", "form") }
}

/// A program of one block.
pub fn program(defaults: Defaults, exercises: Vec<Exercise>) -> Program {
    Program {
        id: "test".into(),
        version: 1,
        language: "en".into(),
        title: Text::plain("en", "Test"),
        description: None,
        author: None,
        sessions_per_week: None,
        stop_if: vec![],
        defaults,
        blocks: vec![Block { kind: BlockKind::Strength, title: None, exercises }],
    }
}

/// A realistic runner's session of 30 minutes: holds with sides and sets, paced reps, form
/// cues, halfway and countdown cues, rests.
pub fn thirty_minute_plan() -> Plan {
    let timed = |id: &str, seconds, sets, sides| {
        let mut e = exercise(id, Dosage::Timed { seconds });
        e.sets = sets;
        e.sides = sides;
        e.cues = vec![form(seconds / 3)];
        e
    };
    let paced = |id: &str, reps, pace, sets| {
        let mut e = exercise(id, Dosage::Reps { reps, seconds_per_rep: Some(pace) });
        e.sets = sets;
        e
    };
    let exercises = vec![
        timed("march", 90, 1, Sides::None),
        timed("leg-swing", 30, 1, Sides::Both),
        timed("plank", 45, 3, Sides::None),
        timed("side-plank", 30, 2, Sides::Both),
        paced("bridge", 12, 4, 3),
        paced("clamshell", 15, 3, 2),
        timed("bird-dog", 40, 2, Sides::Both),
        timed("dead-bug", 30, 2, Sides::Both),
        paced("calf-raise", 20, 3, 2),
        timed("hamstring-stretch", 45, 1, Sides::Both),
        timed("hip-flexor-stretch", 45, 1, Sides::Both),
        timed("quad-stretch", 40, 1, Sides::Both),
    ];
    Plan::new(&program(Defaults::default(), exercises))
}

/// SplitMix64: a tiny deterministic random source, so a failing seed replays exactly.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// How late a tick comes, in ms, 0..2000: mostly a few ms, sometimes much more.
    pub fn jitter_ms(&mut self) -> u64 {
        match self.below(100) {
            0..70 => self.below(20),
            70..95 => self.below(300),
            _ => self.below(2000),
        }
    }
}
