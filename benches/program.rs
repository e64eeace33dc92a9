//! Program files: parse + validate + plan of the largest allowed program (format 1, and
//! format 2 with nine level tables per exercise, planned at every level), and loading a
//! library folder of 500 files. Targets: < 5 ms, < 10 ms and < 200 ms.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use criterion::{Criterion, criterion_group, criterion_main};
use limber::library::Library;
use limber::program;
use limber::program::Plan;
use std::hint::black_box;
use std::path::Path;

/// A program with `count` exercises in 4 blocks, translated texts, cues and every key used,
/// short enough to stay under 4 hours.
fn program_source(id: &str, count: usize) -> String {
    let mut source = format!(
        "format = 1\nid = \"{id}\"\nversion = 2\nlanguage = \"nl\"\n\
         title = {{ nl = \"Programma {id}\", en = \"Program {id}\" }}\n\
         description = {{ nl = \"Rustig opbouwen.\", en = \"Build up slowly.\" }}\n\
         author = {{ name = \"J. Jansen\", role = \"fysiotherapeut\" }}\n\
         sessions_per_week = 3\n\
         stop_if = [{{ nl = \"Uitstralende pijn\", en = \"Radiating pain\" }}]\n\
         [defaults]\nget_ready = 10\nrest = \"5s\"\nset_rest = 5\nswitch_sides = 3\n"
    );
    let kinds = ["warm-up", "strength", "stretch", "cool-down"];
    for (n, kind) in kinds.iter().enumerate() {
        source.push_str(&format!(
            "\n[[block]]\nkind = \"{kind}\"\ntitle = {{ nl = \"Blok {n}\", en = \"Block {n}\" }}\n"
        ));
        for i in (0..count).filter(|i| i % kinds.len() == n) {
            source.push_str(&format!(
                "\n  [[block.exercise]]\n  id = \"exercise-{i}\"\n\
                 name = {{ nl = \"Oefening {i}\", en = \"Exercise {i}\" }}\n\
                 instructions = {{ nl = \"Rustig ademen en de rug recht.\", en = \"Breathe calmly, back straight.\" }}\n"
            ));
            match i % 3 {
                0 => source.push_str("  duration = \"20s\"\n  sides = \"both\"\n"),
                1 => source.push_str("  reps = 5\n  seconds_per_rep = 3\n  sets = 2\n"),
                _ => source.push_str("  reps = 8\n"),
            }
            if i % 3 == 0 {
                source.push_str(
                    "  cues = [{ at = 10, text = { nl = \"Halverwege\", en = \"Halfway\" } }]\n",
                );
            }
        }
    }
    source
}

/// A format 2 program of `count` exercises in a circuit block and a plain one, each with nine
/// level tables (holds that grow, per-set doses, a side that starts alternating).
fn levels_source(count: usize) -> String {
    let mut source = String::from(
        "format = 2\nid = \"levels\"\ntitle = { nl = \"Niveaus\", en = \"Levels\" }\n\
         progression = { sessions = 3 }\n[defaults]\nget_ready = 10\nrest = 3\nset_rest = 3\n\
         switch_sides = 2\nrelax = 1\nround_rest = 20\n",
    );
    for block in 0..2 {
        source.push_str(&format!("\n[[block]]\nkind = \"strength\"\nrounds = {}\n", block + 1));
        source.push_str("[block.defaults]\ncountdown = 2\n");
        for i in (0..count).filter(|i| i % 2 == block) {
            source.push_str(&format!(
                "\n  [[block.exercise]]\n  id = \"exercise-{i}\"\n\
                 name = {{ nl = \"Oefening {i}\", en = \"Exercise {i}\" }}\n\
                 equipment = [\"Mat\"]\n"
            ));
            match i % 3 {
                0 => source.push_str("  duration = [10, 12]\n"),
                1 => source.push_str("  reps = 2\n  hold = 3\n  sides = \"alternate\"\n"),
                _ => source.push_str("  reps = 4\n  seconds_per_rep = 2\n"),
            }
            for level in 2..=10 {
                source.push_str("\n    [[block.exercise.level]]\n");
                match i % 3 {
                    0 => source.push_str(&format!("    duration = [{level}, {}]\n", level + 2)),
                    1 => source.push_str(&format!("    hold = {}\n", 2 + level / 3)),
                    _ => source.push_str(&format!("    reps = {}\n", 2 + level / 2)),
                }
            }
        }
    }
    source
}

fn benches(c: &mut Criterion) {
    let big = program_source("big", program::MAX_EXERCISES);
    let parsed = program::parse(&big, Path::new("big.toml"), None).expect("a valid program");
    assert_eq!(parsed.exercises().count(), program::MAX_EXERCISES);
    assert!(Plan::new(&parsed).total_seconds <= program::MAX_TOTAL_SECONDS);
    c.bench_function("parse_validate_plan_200_exercises", |b| {
        b.iter(|| {
            let program = program::parse(black_box(&big), Path::new("big.toml"), None).unwrap();
            black_box(Plan::new(&program).total_seconds)
        })
    });

    let levels = levels_source(program::MAX_EXERCISES);
    let parsed = match program::parse(&levels, Path::new("levels.toml"), None) {
        Ok(parsed) => parsed,
        Err(problems) => panic!("{:?}", &problems[..problems.len().min(3)]),
    };
    assert_eq!(parsed.levels(), 10);
    c.bench_function("parse_validate_plan_200_exercises_10_levels_every_level", |b| {
        b.iter(|| {
            let program =
                program::parse(black_box(&levels), Path::new("levels.toml"), None).unwrap();
            let totals: u32 =
                (1..=program.levels()).map(|l| Plan::at_level(&program, l).total_seconds).sum();
            black_box(totals)
        })
    });

    let dir = tempfile::tempdir().unwrap();
    for n in 0..500 {
        let source = program_source(&format!("user-{n}"), 10);
        std::fs::write(dir.path().join(format!("user-{n}.toml")), source).unwrap();
    }
    let library = Library::load(dir.path());
    assert!(library.problems.is_empty());
    assert!(library.entries.len() >= 500);
    let mut group = c.benchmark_group("library");
    group.sample_size(20);
    group.bench_function("load_500_files", |b| {
        b.iter(|| black_box(Library::load(black_box(dir.path())).entries.len()))
    });
    group.finish();
}

criterion_group!(all, benches);
criterion_main!(all);
