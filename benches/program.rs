//! Program files: parse + validate + plan of the largest allowed program, and loading a
//! library folder of 500 files. Targets: < 5 ms and < 200 ms.

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
