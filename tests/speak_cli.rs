//! `limber speak`: a program's sound track as a WAV file, with and without the voice, in both
//! languages, checked as signals: the beeps sit on the same timeline either way, and speech
//! is only ever where no beep is.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::{Command, Output};

const PROGRAM: &str = r#"
format = 1
id = "speak-test"
title = { en = "Speak test", nl = "Spreektest" }
[defaults]
get_ready = 8
rest = 8
countdown = 3
[[block]]
kind = "strength"
  [[block.exercise]]
  id = "plank"
  name = { en = "Plank", nl = "Plank" }
  duration = 20
  cues = [{ at = 4, text = { en = "Breathe on", nl = "Adem door" } }]
  [[block.exercise]]
  id = "bridge"
  name = { en = "Bridge", nl = "Bruggetje" }
  reps = 3
  seconds_per_rep = 4
  sets = 2
"#;

fn speak(data: &Path, lang: &str, out: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_limber"))
        .arg("--data-dir")
        .arg(data)
        .args(["--lang", lang, "speak"])
        .arg(data.join("p.toml"))
        .arg("--out")
        .arg(out)
        .args(extra)
        .env_remove("LIMBER_DATA_DIR")
        .output()
        .unwrap()
}

fn samples(path: &Path) -> Vec<f32> {
    let mut reader = hound::WavReader::open(path).unwrap();
    let spec = reader.spec();
    assert_eq!((spec.channels, spec.sample_rate, spec.bits_per_sample), (1, 48_000, 16));
    reader.samples::<i16>().map(|s| f32::from(s.unwrap()) / 32768.0).collect()
}

#[test]
fn the_sound_track_has_beeps_on_one_timeline_and_speech_between_them() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("p.toml"), PROGRAM).unwrap();
    let beeps_file = data.path().join("beeps.wav");
    let out = speak(data.path(), "nl", &beeps_file, &["--no-voice"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(stdout.contains("0 phrases"), "{stdout}");
    let beeps = samples(&beeps_file);

    let mut voiced = Vec::new();
    for lang in ["nl", "en"] {
        let file = data.path().join(format!("{lang}.wav"));
        let out = speak(data.path(), lang, &file, &["--level", "1"]);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        assert!(out.status.success(), "{stderr}");
        assert!(
            !stderr.contains("espeak"),
            "no voice: {stderr} (scripts/setup.sh test installs it)"
        );
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let phrases: u32 =
            stdout.split(", ").nth(1).and_then(|p| p.split(' ').next()).unwrap().parse().unwrap();
        assert!(phrases >= 6, "{stdout}");
        let track = samples(&file);
        assert!(track.len() >= beeps.len(), "the voice adds at most a tail");
        // The same beeps at the same samples: the difference is speech alone, and speech is
        // never where a beep sounds (nor within 50 ms of one).
        let margin = 2400;
        let loud: Vec<bool> = beeps.iter().map(|s| s.abs() > 0.002).collect();
        let mut near_beep = vec![false; track.len()];
        for (i, _) in loud.iter().enumerate().filter(|(_, l)| **l) {
            let from = i.saturating_sub(margin);
            let to = (i + margin).min(track.len());
            near_beep[from..to].iter_mut().for_each(|n| *n = true);
        }
        let mut speech = 0usize;
        for (i, sample) in track.iter().enumerate() {
            let beep = beeps.get(i).copied().unwrap_or(0.0);
            let voice = sample - beep;
            if voice.abs() > 0.01 {
                speech += 1;
                assert!(
                    !near_beep[i],
                    "{lang}: speech at {:.3} s, over a beep",
                    i as f64 / 48_000.0
                );
            }
        }
        assert!(speech > 48_000 * 3, "{lang}: only {speech} samples of speech");
        assert!(track.iter().all(|s| s.abs() < 0.99), "{lang}: clipped");
        voiced.push(track);
    }
    assert_ne!(voiced[0], voiced[1], "Dutch and English sound different");
}

#[test]
fn the_level_picks_the_timeline_and_a_missing_level_is_refused() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("p.toml"), PROGRAM).unwrap();
    // Planned at 185 s at level 1 and 428 s at level 4 (see the fixture's own comments).
    let levels =
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/programs/valid/format2-levels.toml");
    let seconds = |level: &str| {
        let file = data.path().join(format!("level-{level}.wav"));
        let out = Command::new(env!("CARGO_BIN_EXE_limber"))
            .arg("--data-dir")
            .arg(data.path())
            .args(["--lang", "en", "speak", levels, "--no-voice", "--level", level, "--out"])
            .arg(&file)
            .env_remove("LIMBER_DATA_DIR")
            .output()
            .unwrap();
        (
            out.status.code(),
            out.status.success().then(|| samples(&file).len() as f64 / 48_000.0),
            out,
        )
    };
    let (_, one, _) = seconds("1");
    let one = one.unwrap();
    assert!((185.0..188.0).contains(&one), "level 1: {one} s");
    let (_, four, _) = seconds("4");
    let four = four.unwrap();
    assert!((428.0..431.0).contains(&four), "level 4: {four} s");
    let (code, _, out) = seconds("5");
    assert_eq!(code, Some(1), "the program has 4 levels");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no level 5"));
    let file = data.path().join("l0.wav");
    let zero = speak(data.path(), "en", &file, &["--level", "0"]);
    assert_eq!(zero.status.code(), Some(2), "a usage error");
    // A folder where the file should go: a clear error, and the folder is left alone.
    let folder = data.path().join("taken");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("keep"), "mine").unwrap();
    let refused = speak(data.path(), "en", &folder, &["--no-voice"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("cannot write"));
    assert_eq!(std::fs::read_to_string(folder.join("keep")).unwrap(), "mine");
}
