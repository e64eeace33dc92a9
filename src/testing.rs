//! Programs and plans built in code, for the tests and benches (unit tests, tests/ and
//! benches/ all use these, behind the `testing` feature).

use crate::program::{
    Block, BlockKind, Defaults, Dosage, Exercise, FormCue, Plan, Program, Sides, Text,
};

/// One set of a one-sided exercise with no form cues.
pub fn exercise(id: &str, dosage: Dosage) -> Exercise {
    Exercise::new(id, Text::plain("en", id), dosage)
}

/// A timed hold of `seconds`.
pub fn hold(id: &str, seconds: u32) -> Exercise {
    exercise(id, Dosage::timed(seconds))
}

/// A form cue at `at` seconds.
pub fn form(at: u32) -> FormCue {
    FormCue { at, text: Text::plain("en", "form") }
}

/// A format 2 program of one block of `exercises`.
pub fn program(defaults: Defaults, exercises: Vec<Exercise>) -> Program {
    Program {
        format: 2,
        id: "test".into(),
        version: 1,
        language: "en".into(),
        title: Text::plain("en", "Test"),
        description: None,
        author: None,
        sessions_per_week: None,
        stop_if: vec![],
        defaults,
        progression: None,
        blocks: vec![Block::new(BlockKind::Strength, exercises)],
    }
}

/// The plan of one block of `exercises`.
pub fn plan_of(defaults: Defaults, exercises: Vec<Exercise>) -> Plan {
    Plan::new(&program(defaults, exercises))
}

/// A realistic runner's session of 30 minutes: holds with sides and sets, paced reps, form
/// cues, halfway and countdown cues, rests.
pub fn thirty_minute_plan() -> Plan {
    let timed = |id: &str, seconds, sets, sides| Exercise {
        sets: Some(sets),
        sides,
        cues: vec![form(seconds / 3)],
        ..exercise(id, Dosage::timed(seconds))
    };
    let paced = |id: &str, reps, pace, sets| Exercise {
        sets: Some(sets),
        ..exercise(id, Dosage::reps(reps, Some(pace)))
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
    plan_of(Defaults::default(), exercises)
}
