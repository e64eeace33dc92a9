//! Every rule of the program format, one fixture (or inline source) each.
//!
//! Invalid fixtures end with `# expect: LINE:COL: MESSAGE` lines: the exact problems, in
//! order. Valid fixtures end with `# total: SECONDS` and `# steps: KIND...`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber::program::Plan;
use limber::program::{self, Diagnostic, Dosage, MAX_FILE_BYTES, Program, Sides};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/programs").join(kind);
    let mut files: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

fn comments<'s>(source: &'s str, tag: &str) -> Vec<&'s str> {
    source.lines().filter_map(|line| line.strip_prefix(tag)).map(str::trim).collect()
}

fn short(d: &Diagnostic) -> String {
    format!("{}:{}: {}", d.line, d.column, d.message)
}

fn parse(source: &str) -> Result<Program, Vec<String>> {
    program::parse(source, Path::new("p.toml"), None).map_err(|ds| ds.iter().map(short).collect())
}

fn errors(source: &str) -> Vec<String> {
    match parse(source) {
        Ok(_) => panic!("expected problems in:\n{source}"),
        Err(errors) => errors,
    }
}

#[test]
fn every_invalid_fixture_gives_exactly_its_expected_problems() {
    let mut failures = Vec::new();
    for path in fixtures("invalid") {
        let source = fs::read_to_string(&path).unwrap();
        let expected = comments(&source, "# expect:");
        assert!(!expected.is_empty(), "{} has no `# expect:` lines", path.display());
        match program::load(&path) {
            Ok(_) => failures.push(format!("{}: accepted", path.display())),
            Err(program::LoadError::Invalid(diagnostics)) => {
                assert!(diagnostics.iter().all(|d| d.file == path));
                let got: Vec<_> = diagnostics.iter().map(short).collect();
                if got != expected {
                    failures.push(format!(
                        "{}:\n  expected {expected:#?}\n  got {got:#?}",
                        path.display()
                    ));
                }
            }
            Err(other) => failures.push(format!("{}: {other}", path.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_valid_fixture_plans_to_its_expected_total_and_steps() {
    for path in fixtures("valid") {
        let source = fs::read_to_string(&path).unwrap();
        let program = program::load(&path).unwrap_or_else(|e| {
            panic!("{}: {:?}", path.display(), e.lines(&limber::i18n::I18n::new("en")));
        });
        let plan = Plan::new(&program);
        let total: u32 = comments(&source, "# total:")[0].parse().unwrap();
        assert_eq!(plan.total_seconds, total, "{}", path.display());
        let kinds: Vec<_> = plan.steps.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(kinds.join(" "), comments(&source, "# steps:")[0], "{}", path.display());
        // Format 2 fixtures also give the plan at higher levels.
        for level in 2..=program.levels() {
            let plan = Plan::at_level(&program, level);
            for total in comments(&source, &format!("# level {level} total:")) {
                assert_eq!(plan.total_seconds, total.parse::<u32>().unwrap(), "{}", path.display());
            }
            for steps in comments(&source, &format!("# level {level} steps:")) {
                let kinds: Vec<_> = plan.steps.iter().map(|s| s.kind.as_str()).collect();
                assert_eq!(kinds.join(" "), steps, "{} at level {level}", path.display());
            }
        }
    }
}

const ONE_EXERCISE: &str = r#"format = 1
id = "t"
title = "T"
[[block]]
  [[block.exercise]]
  id = "a"
  name = "A"
  duration = 30
"#;

#[test]
fn invalid_utf8_is_reported_at_the_first_bad_byte() {
    let mut bytes = ONE_EXERCISE.as_bytes().to_vec();
    // Inside the title on line 3: `title = "` is 9 characters.
    let at = ONE_EXERCISE.find("\"T\"").unwrap() + 1;
    bytes[at] = 0xC3;
    let errors = program::parse_bytes(&bytes, Path::new("p.toml"), None).unwrap_err();
    assert_eq!(errors.len(), 1);
    assert_eq!((errors[0].line, errors[0].column), (3, 10));
    assert!(errors[0].message.to_string().contains("not UTF-8"));
}

#[test]
fn a_file_over_one_mebibyte_is_refused_before_parsing() {
    let mut source = ONE_EXERCISE.to_owned();
    source.push('#');
    source.push_str(&"x".repeat(MAX_FILE_BYTES));
    let errors = errors(&source);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("1:1: the file is"), "{errors:?}");

    // Exactly the limit is fine.
    let mut source = ONE_EXERCISE.to_owned();
    source.push('#');
    source.push_str(&"x".repeat(MAX_FILE_BYTES - source.len()));
    assert_eq!(source.len(), MAX_FILE_BYTES);
    assert!(parse(&source).is_ok());

    // And load reads no more than the limit plus one byte.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.toml");
    fs::write(&path, "#".repeat(3 * MAX_FILE_BYTES)).unwrap();
    let error = program::load(&path).unwrap_err();
    assert!(
        error.lines(&limber::i18n::I18n::new("en"))[0]
            .contains(":1:1: error: the file is 1048577 bytes"),
        "{error:?}"
    );
}

fn exercises(count: usize, duration: u32) -> String {
    let mut source = "format = 1\nid = \"many\"\ntitle = \"Many\"\n[[block]]\n".to_owned();
    for i in 0..count {
        source.push_str(&format!(
            "  [[block.exercise]]\n  id = \"e{i}\"\n  name = \"E\"\n  duration = {duration}\n"
        ));
    }
    source
}

#[test]
fn at_most_200_exercises() {
    assert!(parse(&exercises(200, 1)).is_ok());
    let errors = errors(&exercises(201, 1));
    // Exercise 201 starts on line 5 + 200 × 4.
    assert_eq!(
        errors,
        ["805:3: a program may have at most 200 exercises; this is number 201: split the \
          program in two"]
    );
}

#[test]
fn the_planned_session_is_at_most_four_hours() {
    // 10 s get ready + n × 60 s + (n - 1) × 15 s rest.
    let fits = (4 * 3600 - 10 + 15) / 75;
    let program = parse(&exercises(fits, 60)).unwrap();
    assert!(Plan::new(&program).total_seconds <= 4 * 3600);
    let errors = errors(&exercises(fits + 1, 60));
    assert_eq!(errors.len(), 1);
    // It points at the exercise during which the 4 hours pass: the last one.
    let line = 5 + fits * 4;
    let total = limber::program::format_clock((10 + (fits + 1) * 75 - 15) as u32);
    assert_eq!(total, "4:01:10");
    assert!(errors[0].starts_with(&format!("{line}:3: the planned session takes {total}, more")));
}

#[test]
fn exactly_four_hours_is_allowed() {
    let source = "format = 1\nid = \"x\"\ntitle = \"X\"\n[defaults]\nget_ready = 0\nset_rest = 0\n\
                  [[block]]\n[[block.exercise]]\nid = \"a\"\nname = \"A\"\nduration = 3600\nsets = 4\n";
    assert_eq!(Plan::new(&parse(source).unwrap()).total_seconds, 4 * 3600);
    let over = source.replace("set_rest = 0", "set_rest = 1");
    assert!(errors(&over)[0].contains("4:00:03"));
}

#[test]
fn images_are_checked_next_to_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let with_image = |image: &str| {
        ONE_EXERCISE.replace("duration = 30", &format!("duration = 30\n  image = {image:?}"))
    };
    let check = |image: &str| {
        program::parse(&with_image(image), Path::new("p.toml"), Some(dir.path()))
            .map_err(|ds| ds.iter().map(short).collect::<Vec<_>>())
    };
    assert_eq!(
        check("images/plank.svg").unwrap_err(),
        ["9:11: image `images/plank.svg` not found next to the program file"]
    );
    fs::create_dir_all(dir.path().join("images/plank.svg")).unwrap();
    assert_eq!(
        check("images/plank.svg").unwrap_err(),
        ["9:11: image `images/plank.svg` is not a file"]
    );
    fs::write(dir.path().join("plank.svg"), "<svg/>").unwrap();
    let program = check("plank.svg").unwrap();
    assert_eq!(program.blocks[0].exercises[0].image.as_deref(), Some(Path::new("plank.svg")));
    // Without a folder only the form is checked.
    assert!(parse(&with_image("images/anything.png")).is_ok());
    assert!(parse(&with_image("C:/plank.svg")).is_err());
    assert!(parse(&with_image("\\\\server\\plank.svg")).is_err());
}

#[cfg(unix)]
#[test]
fn an_image_link_pointing_outside_the_folder_is_refused() {
    let outside = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    fs::write(outside.path().join("secret.svg"), "<svg/>").unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.svg"), dir.path().join("x.svg"))
        .unwrap();
    let source = ONE_EXERCISE.replace("duration = 30", "duration = 30\n  image = \"x.svg\"");
    let errors = program::parse(&source, Path::new("p.toml"), Some(dir.path())).unwrap_err();
    assert!(
        errors[0].message.to_string().contains("link to outside the program's folder"),
        "{errors:?}"
    );
}

#[test]
fn deep_nesting_and_huge_numbers_are_errors_not_crashes() {
    let deep = format!("{}{}", "a = ".to_owned() + &"[".repeat(100_000), "]".repeat(100_000));
    assert!(!errors(&deep).is_empty());
    let deep_tables = format!("x = {}{}", "{ a = ".repeat(10_000), "}".repeat(10_000));
    assert!(!errors(&deep_tables).is_empty());
    let dotted = format!("{} = 1", vec!["a"; 10_000].join("."));
    assert!(!errors(&dotted).is_empty());
    for number in ["1e999", "nan", "inf", "-0", "0x7fffffffffffffff", "-9223372036854775808"] {
        let source = ONE_EXERCISE.replace("duration = 30", &format!("duration = {number}"));
        assert!(!errors(&source).is_empty(), "{number}");
    }
}

#[test]
fn durations_in_every_written_form() {
    for (written, seconds) in [
        ("90", 90),
        ("\"90s\"", 90),
        ("\"1m30s\"", 90),
        ("\"2m\"", 120),
        ("\"1h\"", 3600),
        ("0x1E", 30),
    ] {
        let source = ONE_EXERCISE.replace("duration = 30", &format!("duration = {written}"));
        let program = parse(&source).unwrap();
        assert_eq!(program.blocks[0].exercises[0].dosage, Dosage::timed(seconds), "{written}");
    }
}

#[test]
fn texts_keep_the_order_they_were_written_in() {
    let source = ONE_EXERCISE.replace(
        "title = \"T\"",
        "language = \"nl\"\ntitle = { fr = \"Planche\", de = \"Brett\" }",
    );
    let program = parse(&source).unwrap();
    let codes: Vec<_> = program.title.entries().iter().map(|(c, _)| c.as_str()).collect();
    assert_eq!(codes, ["fr", "de"]);
    // Neither the asked language, nor nl, nor en: the first one written.
    assert_eq!(program.title.get("es"), "Planche");
    // Plain strings are in the program's language.
    assert_eq!(program.blocks[0].exercises[0].name.entries()[0].0, "nl");
}

#[test]
fn bom_and_windows_line_endings_are_fine() {
    let source = format!("\u{feff}{}", ONE_EXERCISE.replace('\n', "\r\n"));
    assert!(parse(&source).is_ok());
    let broken = source.replace("duration = 30", "duration = 0");
    assert_eq!(errors(&broken), ["8:14: `duration` must be 1..3600 seconds, found 0"]);
}

#[test]
fn defaults_keep_their_documented_values_and_limits() {
    let program = parse(ONE_EXERCISE).unwrap();
    assert_eq!(program.defaults, program::Defaults::default());
    assert_eq!(program.version, 1);
    assert_eq!(program.language, "en");
    assert_eq!(program.blocks[0].kind, program::BlockKind::Other);
    assert_eq!(program.blocks[0].exercises[0].set_count(), 1);
    assert_eq!(program.blocks[0].exercises[0].sides, Sides::None);
    let zeros = ONE_EXERCISE.replace(
        "[[block]]",
        "[defaults]\nget_ready = 0\ncountdown = 0\nrest = 0\nset_rest = 0\nswitch_sides = 0\n[[block]]",
    );
    assert_eq!(Plan::new(&parse(&zeros).unwrap()).total_seconds, 30);
    let limits = ONE_EXERCISE.replace(
        "[[block]]",
        "[defaults]\nget_ready = 3600\ncountdown = 60\nrest = 3600\nset_rest = \"1h\"\n[[block]]",
    );
    assert!(parse(&limits).is_ok());
}

#[test]
fn the_contract_limits_are_inclusive() {
    let with = |extra: &str| ONE_EXERCISE.replace("  duration = 30\n", extra);
    for ok in [
        "  duration = 1\n",
        "  duration = 3600\n",
        "  reps = 1\n",
        "  reps = 500\n",
        "  reps = 1\n  seconds_per_rep = 60\n",
        "  reps = 2\n  seconds_per_rep = 1\n",
        "  duration = 1\n  sets = 50\n",
    ] {
        assert!(parse(&with(ok)).is_ok(), "{ok}");
    }
    for (bad, message) in [
        ("  duration = 3601\n", "`duration` must be 1..3600 seconds, found 3601"),
        ("  reps = 501\n", "`reps` must be 1..500, found 501"),
        (
            "  reps = 1\n  seconds_per_rep = 61\n",
            "`seconds_per_rep` must be 1..60 seconds, found 61",
        ),
        ("  reps = 1\n  seconds_per_rep = 0\n", "`seconds_per_rep` must be 1..60 seconds, found 0"),
        ("  duration = 1\n  sets = 0\n", "`sets` must be 1..50, found 0"),
        ("  duration = 1\n  sets = 51\n", "`sets` must be 1..50, found 51"),
    ] {
        let errors = errors(&with(bad));
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].ends_with(message), "{errors:?}");
    }
    let top =
        |extra: &str| ONE_EXERCISE.replace("title = \"T\"", &format!("title = \"T\"\n{extra}"));
    assert!(parse(&top("sessions_per_week = 1")).is_ok());
    assert!(parse(&top("sessions_per_week = 14")).is_ok());
    assert!(parse(&top("version = 4294967295")).is_ok());
    assert!(parse(&top("version = 4294967296")).is_err());
    let id64 = ONE_EXERCISE.replace("id = \"t\"", &format!("id = \"{}\"", "a-".repeat(32)));
    assert!(parse(&id64).is_ok());
}

#[test]
fn cues_must_fall_inside_the_work_step() {
    let with = |dosage: &str, at: &str| {
        ONE_EXERCISE.replace(
            "  duration = 30\n",
            &format!("{dosage}\n  cues = [{{ at = {at}, text = \"Now\" }}]\n"),
        )
    };
    assert!(parse(&with("  duration = 30", "1")).is_ok());
    assert!(parse(&with("  duration = 30", "29")).is_ok());
    assert!(parse(&with("  duration = 30", "30")).is_err());
    assert!(parse(&with("  duration = 30", "0")).is_err());
    assert!(parse(&with("  reps = 5\n  seconds_per_rep = 4", "19")).is_ok());
    assert!(parse(&with("  reps = 5\n  seconds_per_rep = 4", "20")).is_err());
    // Reps at the user's own pace have no fixed end: any second of the first hour.
    assert!(parse(&with("  reps = 5", "3600")).is_ok());
    assert!(parse(&with("  reps = 5", "3601")).is_err());
    let program = parse(&with("  duration = 30", "\"15s\"")).unwrap();
    assert_eq!(program.blocks[0].exercises[0].cues[0].at, 15);
}

#[test]
fn every_text_can_be_translated_and_every_code_is_checked() {
    let source = r#"format = 1
id = "t"
language = "pt-BR"
title = { pt-BR = "Prancha", en = "Plank" }
description = { nl = "Beschrijving", en = "Description" }
stop_if = [{ nl = "Pijn", en = "Pain" }, "Dor"]
[[block]]
title = { nl = "Kracht", en = "Strength" }
  [[block.exercise]]
  id = "a"
  name = { nl = "A", en = "A" }
  instructions = { nl = "Doe", en = "Do" }
  duration = 30
  cues = [{ at = 10, text = { nl = "Nu", en = "Now" } }]
"#;
    let program = parse(source).unwrap();
    assert_eq!(program.texts().len(), 8);
    assert_eq!(program.stop_if[1].get("en"), "Dor");
    let bad = source.replace("en = \"Now\"", "EN = \"Now\"");
    assert_eq!(
        errors(&bad),
        ["14:42: `EN` in the cue's `text` must be a language code like `en`, `nl` or `pt-BR`, \
          found \"EN\"; did you mean `en`?"]
    );
}

#[test]
fn the_docs_examples_are_valid_programs() {
    let docs =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/program-format.md"))
            .unwrap();
    let mut checked = 0;
    let mut most_levels = 1;
    for block in docs.split("```toml").skip(1) {
        let Some((code, _)) = block.split_once("```") else { continue };
        let code = code.trim_start();
        if !code.starts_with("format = 1") && !code.starts_with("format = 2") {
            continue;
        }
        let program = parse(code).unwrap_or_else(|e| panic!("{e:?}\nin\n{code}"));
        for level in 1..=program.levels() {
            assert!(Plan::at_level(&program, level).total_seconds > 0);
        }
        most_levels = most_levels.max(program.levels());
        checked += 1;
    }
    assert!(checked >= 3, "the docs should hold a minimal and two complete examples");
    assert_eq!(most_levels, 4, "the format 2 example builds up over four levels");
}
