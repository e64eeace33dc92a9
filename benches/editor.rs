//! The program editor checks the whole program on every keystroke (build, `to_toml`,
//! `program::parse`, plan). Measured on the largest allowed program (200 exercises): one
//! keystroke, and `to_toml` alone. Target: a keystroke well under a frame (16 ms).

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use limber::gui::screen::editor::{Input, Lang, Message, State};
use limber::library::{self, Entry, Origin};
use limber::program::Plan;
use limber::program::{self, Dosage, MAX_EXERCISES, MAX_TOTAL_SECONDS, Program};
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
        exercise.cues.retain(|cue| cue.at < 30);
    }
    program
}

fn benches(c: &mut Criterion) {
    let program = big_program();
    assert_eq!(program.exercises().count(), MAX_EXERCISES);
    assert!(Plan::new(&program).total_seconds <= MAX_TOTAL_SECONDS);
    let source = program::to_toml(&program);
    let entry = Entry {
        program: program.clone(),
        origin: Origin::BuiltIn,
        replaces_builtin: false,
        hash: String::new(),
        source: Arc::from(source.as_str()),
        base_dir: None,
        planned_seconds: vec![Plan::new(&program).total_seconds],
    };
    let mut state = State::edit(&entry);
    assert!(state.can_save(), "{:?}", state.problems());

    c.bench_function("to_toml_200_exercises", |b| {
        b.iter(|| black_box(program::to_toml(black_box(&program))).len())
    });
    let mut flip = false;
    c.bench_function("editor_keystroke_200_exercises", |b| {
        b.iter(|| {
            flip = !flip;
            let title = if flip { "Big program" } else { "Big program!" };
            let message = Message::Input(Input::Title(Lang::En), title.to_owned());
            black_box(state.update(message))
        })
    });
    assert!(state.can_save());
}

criterion_group!(editor, benches);
criterion_main!(editor);
