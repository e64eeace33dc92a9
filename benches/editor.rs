//! The program editor checks the whole program on every keystroke (build, `to_toml`,
//! `program::parse`, plan). Measured on the largest allowed program (200 exercises): one
//! keystroke, and `to_toml` alone; and on 200 exercises with nine level tables each (levels 2
//! to 10), where the validator works out and plans every level. Target: a keystroke well
//! under a frame (16 ms).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use limber::gui::screen::editor::{Input, Lang, Message, State};
use limber::library::{self, Entry, Origin};
use limber::program::Plan;
use limber::program::{
    self, Amount, Dosage, Level, MAX_EXERCISES, MAX_LEVEL_TABLES, MAX_TOTAL_SECONDS, Program,
    Sides, Text,
};
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;

/// The built-in programs' exercises, repeated with new ids up to 200, all short enough that
/// the session stays under 4 hours.
fn big_program() -> Program {
    let parsed: Vec<Program> = library::builtin_sources()
        .iter()
        .map(|(stem, source)| program::parse(source, Path::new(stem), None).expect("valid"))
        .collect();
    let mut program = parsed[0].clone();
    program.blocks = parsed.into_iter().flat_map(|p| p.blocks).collect();
    let mut n = 0;
    while program.exercises().count() < MAX_EXERCISES {
        let mut block = program.blocks[n % 4].clone();
        block.exercises.truncate(MAX_EXERCISES - program.exercises().count());
        program.blocks.push(block);
        n += 1;
    }
    for (i, exercise) in program.blocks.iter_mut().flat_map(|b| &mut b.exercises).enumerate() {
        exercise.id = format!("exercise-{i}");
        exercise.sets = None;
        exercise.timing.rest = Some(5);
        exercise.dosage = Dosage::timed(30);
        // The built-ins' own levels, alternating holds and relax do not fit a timed dose.
        exercise.levels.clear();
        exercise.timing.relax = None;
        if exercise.sides == Sides::Alternate {
            exercise.sides = Sides::None;
        }
        // The built-ins' own levels, alternating holds and relax do not fit a timed dose.
        exercise.levels.clear();
        exercise.timing.relax = None;
        if exercise.sides == Sides::Alternate {
            exercise.sides = Sides::None;
        }
        exercise.cues.retain(|cue| cue.at < 30);
    }
    program
}

/// The big program with nine levels per exercise, as a physio builds up: longer holds, then
/// more sets, a pyramid, a new name; every level stays under 4 hours.
fn big_program_with_levels() -> Program {
    let mut program = big_program();
    program.format = 2;
    for exercise in program.blocks.iter_mut().flat_map(|b| &mut b.exercises) {
        exercise.dosage = Dosage::timed(20);
        exercise.timing.set_rest = Some(10);
        exercise.cues.retain(|cue| cue.at < 8);
        exercise.levels = (0..MAX_LEVEL_TABLES)
            .map(|n| {
                let n = u32::try_from(n).unwrap_or(0);
                let mut level =
                    Level { duration: Some(Amount::Each(22 + 2 * n)), ..Level::default() };
                match n % 3 {
                    0 => level.timing.rest = Some(4),
                    1 => level.duration = Some(Amount::PerSet(vec![10 + n, 8 + n])),
                    _ => {
                        level.name =
                            Some(Text::plain(&program.language, format!("Level {}", n + 2)))
                    }
                }
                level
            })
            .collect();
    }
    program
}

/// The editor on `program`, as "Edit a copy" opens it.
fn editor_on(program: &Program) -> State {
    let source = program::to_toml(program);
    let entry = Entry {
        program: program.clone(),
        origin: Origin::BuiltIn,
        replaces_builtin: false,
        hash: String::new(),
        source: Arc::from(source.as_str()),
        base_dir: None,
        planned_seconds: vec![Plan::new(program).total_seconds],
    };
    let state = State::edit(&entry);
    assert!(state.can_save(), "{:?}", state.problems());
    state
}

fn keystrokes(c: &mut Criterion, name: &str, state: &mut State) {
    let mut flip = false;
    c.bench_function(name, |b| {
        b.iter(|| {
            flip = !flip;
            let title = if flip { "Big program" } else { "Big program!" };
            let message = Message::Input(Input::Title(Lang::En), title.to_owned());
            black_box(state.update(message))
        })
    });
    assert!(state.can_save());
}

fn benches(c: &mut Criterion) {
    let program = big_program();
    assert_eq!(program.exercises().count(), MAX_EXERCISES);
    assert!(Plan::new(&program).total_seconds <= MAX_TOTAL_SECONDS);
    let leveled = big_program_with_levels();
    for level in 1..=leveled.levels() {
        assert!(Plan::at_level(&leveled, level).total_seconds <= MAX_TOTAL_SECONDS);
    }
    assert_eq!(leveled.levels(), 10);

    c.bench_function("to_toml_200_exercises", |b| {
        b.iter(|| black_box(program::to_toml(black_box(&program))).len())
    });
    keystrokes(c, "editor_keystroke_200_exercises", &mut editor_on(&program));
    keystrokes(c, "editor_keystroke_200_exercises_10_levels", &mut editor_on(&leveled));
}

criterion_group!(editor, benches);
criterion_main!(editor);
