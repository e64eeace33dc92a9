//! The phrases in both languages, and their places between the beeps: by example, and as a
//! property of generated plans.

use super::*;
use crate::program::{Defaults, Text};
use crate::testing::{exercise, form, hold, plan_of, program};
use proptest::prelude::*;

/// About what eSpeak NG takes at its normal rate: 65 ms a character.
fn estimate(text: &str) -> Option<Duration> {
    Some(Duration::from_millis(65 * text.chars().count() as u64))
}

/// The beeps' real lengths, as the audio module makes them.
fn beep(cue: Cue) -> Duration {
    crate::audio::cue_length(cue)
}

fn named(mut e: crate::program::Exercise, nl: &str, en: &str) -> crate::program::Exercise {
    e.name = Text::translated("nl", vec![("nl".into(), nl.into()), ("en".into(), en.into())]);
    e
}

/// Bridge 10 × 4 s in three sets, then a 30 s plank with a form cue, then a side plank.
fn sample_plan() -> Plan {
    let mut bridge = named(exercise("bridge", Dosage::reps(10, Some(4))), "Bruggetje", "Bridge");
    bridge.sets = Some(3);
    let mut plank = named(hold("plank", 30), "Plank", "Plank");
    plank.cues = vec![crate::program::FormCue {
        at: 5,
        text: Text::translated(
            "nl",
            vec![("nl".into(), "Adem rustig door".into()), ("en".into(), "Keep breathing".into())],
        ),
    }];
    let mut side = named(hold("side", 20), "Zijplank", "Side plank");
    side.sides = Sides::Both;
    plan_of(Defaults::default(), vec![bridge, plank, side])
}

fn said(script: &Script) -> Vec<&str> {
    script.lines().iter().map(|l| l.full.as_str()).collect()
}

#[test]
fn dutch_phrases_say_name_dose_sets_rests_and_the_end() {
    let script = Script::new(&sample_plan(), &I18n::new("nl"), Options::default());
    assert_eq!(script.language(), "nl");
    assert_eq!(
        said(&script),
        [
            "Maak je klaar. Eerst: Bruggetje, tien keer, vier tellen per keer.",
            "Bruggetje. Tien keer, vier tellen per keer.",
            "Rust.",
            "Set twee van drie.",
            "Rust.",
            "Laatste set.",
            "Rust. Hierna: Plank, dertig seconden.",
            "Plank. Dertig seconden.",
            "Adem rustig door",
            "Halverwege.",
            "Rust. Hierna: Zijplank, twintig seconden per kant.",
            "Zijplank. Twintig seconden per kant.",
            "Halverwege.",
            "Wissel van kant.",
            "Halverwege.",
            "Goed gedaan!",
        ]
    );
    let short: Vec<_> = script.lines().iter().filter_map(|l| l.short.as_deref()).collect();
    assert!(short.contains(&"Bruggetje."), "{short:?}");
    assert!(short.contains(&"Rust. Hierna: Plank."), "{short:?}");
}

#[test]
fn english_phrases_say_the_same_in_english() {
    let script = Script::new(&sample_plan(), &I18n::new("en"), Options::default());
    let lines = said(&script);
    assert_eq!(lines[1], "Bridge. Ten times, four counts each.");
    assert_eq!(lines[3], "Set two of three.");
    assert_eq!(lines[5], "Last set.");
    assert_eq!(lines[6], "Rest. Next: Plank, thirty seconds.");
    assert_eq!(lines[8], "Keep breathing");
    assert_eq!(lines[10], "Rest. Next: Side plank, twenty seconds each side.");
    assert_eq!(lines.last(), Some(&"Well done!"));
    assert!(lines.contains(&"Switch sides.") && lines.contains(&"Halfway."));
}

#[test]
fn doses_in_words() {
    let planned = |e| plan_of(Defaults::default(), vec![e]).exercises.remove(0);
    let timed = |s| planned(exercise("a", Dosage::timed(s)));
    let reps = || planned(exercise("a", Dosage::reps(1, Some(1))));
    let i18n = I18n::new("nl");
    let words = Words { i18n: &i18n, language: "nl" };
    assert_eq!(words.dose(&timed(1), 1), "één seconde");
    assert_eq!(words.dose(&timed(60), 1), "één minuut");
    assert_eq!(words.dose(&timed(90), 1), "één minuut en dertig seconden");
    assert_eq!(words.dose(&timed(3600), 1), "zestig minuten");
    assert_eq!(words.dose(&reps(), 1), "één keer, één tel per keer");
    let en = I18n::new("en");
    let words = Words { i18n: &en, language: "en" };
    assert_eq!(words.dose(&timed(125), 1), "two minutes and five seconds");
    assert_eq!(words.dose(&reps(), 1), "once, one count each");
    let untimed = planned(exercise("a", Dosage::reps(12, None)));
    assert_eq!(words.dose(&untimed, 1), "twelve times");
}

#[test]
fn form_cues_can_be_left_unspoken() {
    let plan = sample_plan();
    let off = Script::new(&plan, &I18n::new("en"), Options { form_cues: false });
    assert!(!said(&off).contains(&"Keep breathing"));
    assert!(off.lines().iter().all(|l| !matches!(l.anchor, Cue::Form(_))));
}

#[test]
fn texts_are_each_once_in_order_of_need() {
    let script = Script::new(&sample_plan(), &I18n::new("nl"), Options::default());
    let texts = script.texts();
    let unique: std::collections::HashSet<_> = texts.iter().collect();
    assert_eq!(unique.len(), texts.len());
    assert!(texts[0].starts_with("Maak je klaar"));
    assert_eq!(texts.iter().filter(|t| *t == "Rust.").count(), 1);
}

#[test]
fn a_phrase_waits_for_its_beep_and_ends_before_the_next() {
    let plan = sample_plan();
    let script = Script::new(&plan, &I18n::new("nl"), Options::default());
    // Step 1 is the first set of the bridge: go, then a tick every 4 s.
    let spoken = script.schedule_step(&plan, 1, &beep, &mut estimate);
    assert_eq!(spoken.len(), 1);
    let go = &spoken[0];
    assert_eq!(go.anchor, Cue::Go);
    assert_eq!(go.delay, beep(Cue::Go) + GAP, "right after the go beep");
    // "Bruggetje. Tien keer, ..." takes 2.8 s: it fits in the 4 s before the first tick.
    assert!(!go.shortened);
    assert!(go.at + go.length + GUARD <= Duration::from_secs(4));
}

#[test]
fn too_long_for_its_moment_is_shortened_then_left_out() {
    let plan = sample_plan();
    let script = Script::new(&plan, &I18n::new("nl"), Options::default());
    let slow = |text: &str| Some(Duration::from_millis(120 * text.chars().count() as u64));
    let spoken = script.schedule_step(&plan, 1, &beep, &mut { slow });
    assert_eq!(spoken[0].text, "Bruggetje.");
    assert!(spoken[0].shortened);
    let very_slow = |_: &str| Some(Duration::from_secs(5));
    assert!(script.schedule_step(&plan, 1, &beep, &mut { very_slow }).is_empty());
    // Not rendered (no voice): nothing is said, nothing waits.
    assert!(script.schedule_step(&plan, 1, &beep, &mut |_| None).is_empty());
}

#[test]
fn nothing_is_said_in_a_countdown() {
    let mut plank = hold("plank", 10);
    plank.cues = vec![form(8)];
    let plan = plan_of(Defaults::default(), vec![plank]);
    let script = Script::new(&plan, &I18n::new("en"), Options::default());
    let spoken = script.schedule_step(&plan, 1, &beep, &mut estimate);
    assert!(spoken.iter().all(|s| s.anchor != Cue::Form(0)), "{spoken:?}");
    let before_countdown = |s: &Spoken| s.at + s.length + GUARD <= Duration::from_secs(7);
    assert!(spoken.iter().filter(|s| s.anchor != Cue::Finished).all(before_countdown));
}

#[test]
fn well_done_follows_the_last_beep() {
    let plan = sample_plan();
    let script = Script::new(&plan, &I18n::new("en"), Options::default());
    let last = plan.steps.len() - 1;
    let spoken = script.schedule_step(&plan, last, &beep, &mut estimate);
    let done = spoken.iter().find(|s| s.anchor == Cue::Finished).unwrap();
    assert_eq!(done.text, "Well done!");
    assert_eq!(done.delay, beep(Cue::Finished) + GAP);
}

// ---- generated plans ----

fn any_exercise() -> impl Strategy<Value = crate::program::Exercise> {
    let dosage = prop_oneof![
        (1u32..120).prop_map(Dosage::timed),
        (1u32..20, 1u32..6).prop_map(|(reps, pace)| Dosage::reps(reps, Some(pace))),
        (1u32..20).prop_map(|reps| Dosage::reps(reps, None)),
        (1u32..8, 1u32..30).prop_map(|(reps, hold)| Dosage::holds(reps, hold)),
    ];
    let sides = prop_oneof![
        Just(Sides::None),
        Just(Sides::Both),
        Just(Sides::Left),
        Just(Sides::Alternate)
    ];
    (dosage, 1u32..4, sides, proptest::collection::vec(0u32..60, 0..4), "[a-z]{1,30}").prop_map(
        |(dosage, sets, sides, at, name)| {
            let mut e = exercise("e", dosage);
            e.name = Text::plain("en", name);
            e.sets = Some(sets);
            e.sides = sides;
            e.cues = at.into_iter().map(form).collect();
            e
        },
    )
}

fn any_plan() -> impl Strategy<Value = Plan> {
    let timing = (0u32..15, 0u32..6, any::<bool>(), 0u32..20, 0u32..20, 0u32..8);
    let defaults = (timing, 1u32..6, 0u32..30).prop_map(
        |((get_ready, countdown, halfway, rest, set_rest, switch_sides), relax, round_rest)| {
            Defaults {
                get_ready,
                countdown,
                halfway,
                rest,
                set_rest,
                switch_sides,
                relax,
                round_rest,
            }
        },
    );
    (defaults, proptest::collection::vec(any_exercise(), 1..5), 1u32..4).prop_map(
        |(defaults, exercises, rounds)| {
            let mut program = program(defaults, exercises);
            program.blocks[0].rounds = rounds;
            Plan::new(&program)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// In every step: no phrase overlaps a beep or another phrase, none is in the countdown or
    /// past the step's end, and each starts after its anchor's moment.
    #[test]
    fn speech_never_overlaps_a_sound_nor_falls_in_a_countdown(
        plan in any_plan(),
        language in prop_oneof![Just("en"), Just("nl")],
        ms_per_char in 30u64..120,
    ) {
        let script = Script::new(&plan, &I18n::new(language), Options::default());
        let mut length = |t: &str| Some(Duration::from_millis(ms_per_char * t.chars().count() as u64));
        for index in 0..plan.steps.len() {
            let cues = cue::step_cues(&plan, index);
            let spoken = script.schedule_step(&plan, index, &beep, &mut length);
            let step = plan.steps[index];
            let end = step.seconds.map(|s| Duration::from_secs(u64::from(s)));
            let countdown = cues.iter().find(|(_, c)| matches!(c, Cue::Countdown(_))).map(|(a, _)| *a);
            for (n, s) in spoken.iter().enumerate() {
                let (from, to) = (s.at, s.at + s.length);
                if s.anchor == Cue::Finished {
                    prop_assert!(s.delay >= beep(Cue::Finished));
                    continue;
                }
                for (at, cue) in &cues {
                    let (b0, b1) = (*at, *at + beep(*cue));
                    prop_assert!(to <= b0 || from >= b1, "step {index}: {s:?} over {cue:?} at {at:?}");
                }
                if let Some(other) = spoken.get(n + 1).filter(|o| o.anchor != Cue::Finished) {
                    prop_assert!(to <= other.at, "{s:?} runs into {other:?}");
                }
                if let Some(countdown) = countdown {
                    prop_assert!(to <= countdown, "{s:?} in the countdown from {countdown:?}");
                }
                if let Some(end) = end {
                    prop_assert!(to <= end, "{s:?} past the step's end");
                }
                let moment = cues.iter().find(|(_, c)| *c == s.anchor).map(|(a, _)| *a);
                prop_assert_eq!(moment.map(|m| m + s.delay), Some(s.at));
            }
        }
    }
}

/// Format 2: a circuit of two rounds, alternating holds, at level 2 of 3.
fn circuit_plan() -> Plan {
    let mut bird_dog = named(exercise("bird-dog", Dosage::holds(3, 8)), "Vogelhond", "Bird dog");
    bird_dog.sides = Sides::Alternate;
    let squat = named(exercise("squat", Dosage::reps(8, Some(3))), "Squat", "Squat");
    let mut program = program(Defaults { relax: 3, ..Defaults::default() }, vec![bird_dog, squat]);
    program.blocks[0].rounds = 2;
    let mut plan = Plan::new(&program);
    (plan.level, plan.levels) = (2, 3);
    plan
}

#[test]
fn rounds_levels_and_alternating_holds_are_said() {
    let plan = circuit_plan();
    let nl = Script::new(&plan, &I18n::new("nl"), Options::default());
    let lines = said(&nl);
    assert_eq!(
        lines[0],
        "Maak je klaar. Niveau twee van drie. Eerst: Vogelhond, drie keer acht seconden \
         vasthouden per kant, afwisselend links en rechts."
    );
    assert_eq!(
        lines[1],
        "Vogelhond. Drie keer acht seconden vasthouden per kant, afwisselend links en rechts."
    );
    // Six holds, left first: each later one names its side; a relax is its beep alone.
    assert_eq!(&lines[2..7], ["Rechts.", "Links.", "Rechts.", "Links.", "Rechts."]);
    assert!(nl.lines().iter().all(|l| l.anchor != Cue::Relax));
    let round = nl.lines().iter().find(|l| matches!(l.anchor, Cue::Round { .. })).unwrap();
    assert!(round.full.starts_with("Ronde twee van twee. Vogelhond."), "{}", round.full);
    assert_eq!(round.short.as_deref(), Some("Ronde twee van twee."));
    let en = Script::new(&plan, &I18n::new("en"), Options::default());
    let lines = said(&en);
    assert_eq!(
        lines[0],
        "Get ready. Level two of three. First: Bird dog, three holds of eight seconds each \
         side, alternating."
    );
    assert_eq!(lines[2], "Right.");
    let round = en.lines().iter().find(|l| matches!(l.anchor, Cue::Round { .. })).unwrap();
    assert_eq!(round.short.as_deref(), Some("Round two of two."));
    assert!(lines.contains(&"Squat. Eight times, three counts each."), "{lines:?}");
}
