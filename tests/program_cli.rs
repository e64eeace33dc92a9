//! `limber validate`, `plan` and `programs`, run as a user would, with a temporary data dir.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/programs").join(path)
}

fn limber(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(["--lang", "en"])
        .args(args)
        .env_remove("LIMBER_DATA_DIR")
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

fn program(id: &str, version: u32, title: &str) -> String {
    format!(
        "format = 1\nid = \"{id}\"\nversion = {version}\ntitle = \"{title}\"\n[[block]]\n\
         [[block.exercise]]\nid = \"a\"\nname = \"A\"\nduration = 30\n"
    )
}

#[test]
fn plan_json_of_the_contract_example() {
    let data = tempfile::tempdir().unwrap();
    let file = fixture("valid/contract-example.toml");
    let out = limber(data.path(), &["plan", file.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["id"], "contract-example");
    assert_eq!(plan["version"], 3);
    assert_eq!(plan["total_seconds"], 295);
    assert_eq!((plan["level"].as_u64(), plan["levels"].as_u64()), (Some(1), Some(1)));
    let steps = plan["steps"].as_array().unwrap();
    let kinds: Vec<_> = steps.iter().map(|s| s["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "prepare", "work", "set-rest", "work", "set-rest", "work", "rest", "work", "switch",
            "work", "set-rest", "work", "switch", "work"
        ]
    );
    let sum: u64 = steps.iter().filter_map(|s| s["seconds"].as_u64()).sum();
    assert_eq!(sum, 295);
    for step in steps {
        let keys: Vec<_> = step.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 8, "{step}");
        for key in ["kind", "exercise", "set", "side", "seconds", "reps", "rep", "round"] {
            assert!(keys.contains(&key), "{step} lacks {key}");
        }
    }
    assert_eq!(
        steps[0],
        serde_json::json!({"kind": "prepare", "exercise": null, "set": 0, "side": null, "seconds": 10, "reps": null, "rep": null, "round": null})
    );
    assert_eq!(
        steps[8],
        serde_json::json!({"kind": "switch", "exercise": "side-plank", "set": 1, "side": null, "seconds": 5, "reps": null, "rep": null, "round": 1})
    );
    assert_eq!(
        steps[9],
        serde_json::json!({"kind": "work", "exercise": "side-plank", "set": 1, "side": "right", "seconds": 20, "reps": null, "rep": null, "round": 1})
    );
}

#[test]
fn plan_json_of_reps() {
    let data = tempfile::tempdir().unwrap();
    let file = fixture("valid/reps.toml");
    let out = limber(data.path(), &["plan", "--json", file.to_str().unwrap()]);
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["total_seconds"], 55);
    let steps = plan["steps"].as_array().unwrap();
    assert_eq!(steps[0]["seconds"], Value::Null, "untimed reps wait for Done");
    assert_eq!(steps[0]["reps"], 10);
    assert_eq!(steps[3]["seconds"], 40);
    assert_eq!(steps[3]["side"], "left");
}

#[test]
fn plan_table_shows_the_total_as_minutes_and_seconds() {
    let data = tempfile::tempdir().unwrap();
    let file = fixture("valid/contract-example.toml");
    let out = limber(data.path(), &["plan", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    assert!(stdout.lines().last().unwrap().starts_with("total 4:55"), "{stdout}");
    assert!(stdout.contains("Side plank"), "{stdout}");
}

#[test]
fn plan_table_speaks_dutch_with_lang_nl() {
    let data = tempfile::tempdir().unwrap();
    let file = fixture("valid/contract-example.toml");
    let out = Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["--lang", "nl", "plan"])
        .arg(&file)
        .env_remove("LIMBER_DATA_DIR")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let head = stdout.lines().nth(1).unwrap();
    for word in ["om", "stap", "oefening", "kant", "tijd"] {
        assert!(head.split_whitespace().any(|w| w == word), "{word} is not in {head:?}");
    }
    assert!(stdout.contains(" links "), "{stdout}");
    assert!(stdout.contains(" wisselen "), "{stdout}");
    assert!(stdout.lines().last().unwrap().starts_with("totaal 4:55"), "{stdout}");
    for english in [" left ", " work ", "total "] {
        assert!(!stdout.contains(english), "{english:?} in:\n{stdout}");
    }
}

#[test]
fn validate_exit_codes_and_problem_lines() {
    let data = tempfile::tempdir().unwrap();
    let good = fixture("valid/minimal.toml");
    let out = limber(data.path(), &["validate", good.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stderr).is_empty());
    assert!(text(&out.stdout).contains("ok (minimal v1, 1 exercise, 0:40)"));

    // Relative paths are printed as given.
    let out = Command::new(env!("CARGO_BIN_EXE_limber"))
        .current_dir(fixture(""))
        .args(["--data-dir", data.path().to_str().unwrap()])
        .args([
            "validate",
            "valid/minimal.toml",
            "invalid/sets-range.toml",
            "invalid/many-problems.toml",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let lines: Vec<_> = stderr.lines().collect();
    assert_eq!(lines[0], "invalid/sets-range.toml:12:10: error: `sets` must be 1..50, found 1000");
    assert_eq!(lines.len(), 1 + 9, "{stderr}");
    assert!(lines[1..].iter().all(|l| l.starts_with("invalid/many-problems.toml:")));
    assert_eq!(
        lines[1],
        "invalid/many-problems.toml:2:6: error: `id` may only contain a-z, 0-9 and -, found \
         \"Test\"; write \"test\""
    );
}

#[test]
fn validate_every_invalid_fixture_prints_its_expected_lines() {
    let data = tempfile::tempdir().unwrap();
    let dir = fixture("invalid");
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    for file in files.iter().filter(|f| f.extension().is_some_and(|e| e == "toml")) {
        let out = limber(data.path(), &["validate", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{}", file.display());
        let source = fs::read_to_string(file).unwrap();
        let expected: Vec<_> = source
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .map(|e| {
                let (position, message) = e.split_once(": ").unwrap();
                format!("{}:{position}: error: {message}", file.display())
            })
            .collect();
        assert_eq!(text(&out.stderr).lines().collect::<Vec<_>>(), expected);
    }
}

/// `--lang nl` says every problem in Dutch, at the same place, with the same prefix.
#[test]
fn validate_speaks_dutch_with_the_same_positions() {
    let data = tempfile::tempdir().unwrap();
    let dir = fixture("invalid");
    let mut files: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.retain(|f| f.extension().is_some_and(|e| e == "toml"));
    files.sort();
    let mut english_words = 0;
    for file in &files {
        let say = |lang: &str| {
            let out = Command::new(env!("CARGO_BIN_EXE_limber"))
                .arg("--data-dir")
                .arg(data.path())
                .args(["--lang", lang, "validate"])
                .arg(file)
                .env_remove("LIMBER_DATA_DIR")
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(1), "{}", file.display());
            text(&out.stderr)
        };
        let (en, nl) = (say("en"), say("nl"));
        assert_eq!(en.lines().count(), nl.lines().count(), "{}", file.display());
        for (en, nl) in en.lines().zip(nl.lines()) {
            let prefix = |line: &str| line.split(": error: ").next().unwrap().to_owned();
            assert_eq!(prefix(en), prefix(nl));
            assert!(nl.contains(": error: "), "{nl}");
            assert_ne!(en, nl, "not translated: {en}");
            // The checker's English connecting words must not survive in Dutch.
            for word in [" must ", " found ", " write ", " needs ", " missing "] {
                if nl.contains(word) {
                    english_words += 1;
                    eprintln!("English in Dutch: {nl}");
                }
            }
        }
    }
    assert_eq!(english_words, 0);
}

#[test]
fn a_missing_file_is_a_problem_at_1_1_and_no_files_is_a_usage_error() {
    let data = tempfile::tempdir().unwrap();
    let out = limber(data.path(), &["validate", "no/such/file.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).starts_with(
            "no/such/file.toml:1:1: error: cannot read no/such/file.toml: No such file"
        ),
        "{}",
        text(&out.stderr)
    );
    let out = limber(data.path(), &["validate"]);
    assert_eq!(out.status.code(), Some(2));
    let out = limber(data.path(), &["plan"]);
    assert_eq!(out.status.code(), Some(2));
    let out = limber(data.path(), &["plan", "no-such-id"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("no program file or program id `no-such-id`"));
    let out = limber(data.path(), &["plan", "missing.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("missing.toml:1:1: error: cannot read"));
}

#[test]
fn garbage_never_crashes_the_cli() {
    let data = tempfile::tempdir().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut seed = 0x2545_f491_u32;
    for i in 0..20 {
        let bytes: Vec<u8> = (0..(i * 97))
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 17;
                seed ^= seed << 5;
                (seed % 256) as u8
            })
            .collect();
        let file = dir.path().join(format!("g{i}.toml"));
        fs::write(&file, &bytes).unwrap();
        let out = limber(data.path(), &["validate", file.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{}", file.display());
        for line in text(&out.stderr).lines() {
            assert!(line.starts_with(&format!("{}:", file.display())), "{line}");
            assert!(line.contains(": error: "), "{line}");
        }
    }
}

#[test]
fn programs_lists_user_files_replacements_and_skipped_ones() {
    let data = tempfile::tempdir().unwrap();
    let dir = data.path().join("programs");
    fs::create_dir_all(&dir).unwrap();
    fs::write(dir.join("mine.toml"), program("mine", 4, "My program")).unwrap();
    fs::write(dir.join("bad.toml"), "format = 1\nid = \"bad\"\nduraton = 3\n").unwrap();
    // Replaces a built-in if there is one; on a branch without built-ins it is a plain user file.
    let builtin = limber::library::builtin_sources().first().and_then(|(_, source)| {
        limber::program::parse(source, Path::new("b.toml"), None).ok().map(|p| p.id)
    });
    if let Some(id) = &builtin {
        fs::write(dir.join("adapted.toml"), program(id, 99, "Adapted")).unwrap();
    }

    let out = limber(data.path(), &["programs"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = text(&out.stdout);
    let stderr = text(&out.stderr);
    let mine = stdout.lines().find(|l| l.starts_with("mine ")).unwrap();
    assert!(mine.contains("My program") && mine.contains("0:40"), "{mine}");
    assert!(mine.ends_with(&dir.join("mine.toml").display().to_string()), "{mine}");
    let bad = dir.join("bad.toml").display().to_string();
    assert!(stderr.contains(&format!("{bad}:3:1: error: unknown key `duraton`")), "{stderr}");
    assert!(stderr.contains(&format!("{bad}:1:1: error: missing `title`")), "{stderr}");
    assert!(stderr.contains(&format!("limber: skipped {bad}")), "{stderr}");
    if let Some(id) = &builtin {
        let line = stdout.lines().find(|l| l.starts_with(&format!("{id} "))).unwrap();
        assert!(line.ends_with("(replaces the built-in)"), "{line}");
        assert_eq!(stdout.lines().filter(|l| l.starts_with(&format!("{id} "))).count(), 1);
    }

    let out = limber(data.path(), &["programs", "--json"]);
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    let programs = list["programs"].as_array().unwrap();
    // User programs first, by title: "Adapted" before "My program".
    let first = builtin.clone().unwrap_or_else(|| "mine".to_owned());
    assert_eq!(programs[0]["id"], first.as_str());
    let mine = programs.iter().find(|p| p["id"] == "mine").unwrap();
    assert_eq!(mine["version"], 4);
    assert_eq!(mine["total_seconds"], 40);
    assert_eq!(mine["builtin"], false);
    assert_eq!(mine["replaces_builtin"], false);
    let skipped = list["skipped"].as_array().unwrap();
    assert_eq!(skipped.len(), 1);
    assert_eq!(skipped[0]["path"], bad.as_str());

    // `plan` finds a user program by id.
    let out = limber(data.path(), &["plan", "mine", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plan["version"], 4);
}

#[test]
fn programs_with_nothing_at_all() {
    let data = tempfile::tempdir().unwrap();
    let out = limber(data.path(), &["programs", "--json"]);
    assert_eq!(out.status.code(), Some(0));
    let list: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        list["programs"].as_array().unwrap().len(),
        limber::library::builtin_sources().len()
    );
}

#[test]
fn a_reader_that_stops_reading_ends_the_output_quietly() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["plan", "back-pain-and-running"],
        vec!["plan", "back-pain-and-running", "--json"],
        vec!["programs"],
        vec!["stats"],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_limber"))
            .arg("--data-dir")
            .arg(dir.path())
            .args(&args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // `| head -0`: the reader is gone before the first line is written.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = text(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn plan_at_a_level_and_a_level_that_is_not_there() {
    let data = tempfile::tempdir().unwrap();
    let file = fixture("valid/format2-levels.toml");
    let out = limber(data.path(), &["plan", file.to_str().unwrap(), "--level", "4", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let plan: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((plan["level"].as_u64(), plan["levels"].as_u64()), (Some(4), Some(4)));
    assert_eq!(plan["total_seconds"], 428);
    let holds: Vec<_> = plan["steps"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["exercise"] == "bird-dog" && s["kind"] == "work")
        .map(|s| (s["rep"].as_u64().unwrap(), s["side"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(holds.len(), 10, "five holds a side");
    assert_eq!(holds[0], (1, "left".to_owned()));
    assert_eq!(holds[9], (10, "right".to_owned()));
    let out = limber(data.path(), &["plan", file.to_str().unwrap(), "--level", "5"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("has 4 levels; there is no level 5"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn stats_json_gives_each_programs_level_and_any_suggestion() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("programs")).unwrap();
    std::fs::copy(fixture("valid/format2-levels.toml"), data.path().join("programs/levels.toml"))
        .unwrap();
    let out = limber(data.path(), &["stats", "--json", "--today", "2026-11-25"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    let programs = stats["programs"].as_array().unwrap();
    let levels = programs.iter().find(|p| p["id"] == "levels-example").unwrap();
    assert_eq!(
        *levels,
        serde_json::json!({"id": "levels-example", "level": 1, "levels": 4, "suggestion": null})
    );
    // Two good sessions at level 1 (its rule asks for two): the next level is suggested.
    let import = data.path().join("two.json");
    let session = |day: u32| {
        serde_json::json!({
            "program": "levels-example", "started_at": format!("2026-11-{day}T18:00:00+01:00"),
            "ended_at": format!("2026-11-{day}T18:20:00+01:00"), "status": "completed",
            "pain_before": 2, "pain_after": 1, "effort": 5, "level": 1,
        })
    };
    std::fs::write(&import, serde_json::json!([session(20), session(22)]).to_string()).unwrap();
    assert_eq!(limber(data.path(), &["import", import.to_str().unwrap()]).status.code(), Some(0));
    let out = limber(data.path(), &["stats", "--json", "--today", "2026-11-25"]);
    let stats: Value = serde_json::from_slice(&out.stdout).unwrap();
    let levels =
        stats["programs"].as_array().unwrap().iter().find(|p| p["id"] == "levels-example").cloned();
    assert_eq!(levels.unwrap()["suggestion"], serde_json::json!({"direction": "up", "level": 2}));
}
