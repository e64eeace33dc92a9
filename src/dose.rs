//! The dose of an exercise as a physio writes it, in the user's language: "3 × 30 s · each
//! side", "10 reps (4 s each)", "6 holds of 10 s · alternating sides", "6-4-2 reps". The app,
//! the handout and the spoken cues say doses the same way through here.

use crate::i18n::I18n;
use crate::program::{Amount, Dosage, Plan, PlannedExercise, Side, Sides, Step, StepKind};

/// "3 × 30 s · each side", for an exercise in a plan.
pub fn of_planned(i18n: &I18n, exercise: &PlannedExercise) -> String {
    describe(i18n, &exercise.dosage, exercise.sets, exercise.sides)
}

/// "3 × 30 s · each side": `dosage` in `sets` sets on `sides`.
pub fn describe(i18n: &I18n, dosage: &Dosage, sets: u32, sides: Sides) -> String {
    let amount = match dosage {
        Dosage::Timed { seconds: Amount::Each(seconds) } => seconds_text(i18n, *seconds),
        Dosage::Timed { seconds: Amount::PerSet(values) } => {
            i18n.tr_args("dose-seconds-list", &[("list", list(values).into())])
        }
        Dosage::Reps { reps, seconds_per_rep: None } => {
            i18n.tr_args("dose-reps", &[("count", count(reps))])
        }
        Dosage::Reps { reps, seconds_per_rep: Some(pace) } => {
            i18n.tr_args("dose-paced-reps", &[("count", count(reps)), ("seconds", (*pace).into())])
        }
        Dosage::Holds { reps, hold } => {
            i18n.tr_args("dose-holds", &[("count", count(reps)), ("seconds", (*hold).into())])
        }
    };
    // A per-set list already says how many sets there are.
    let listed = dosage.set_count().is_some();
    let mut parts = vec![if sets > 1 && !listed { format!("{sets} × {amount}") } else { amount }];
    match sides {
        Sides::None => {}
        Sides::Both => parts.push(i18n.tr("dose-each-side")),
        Sides::Left => parts.push(i18n.tr("dose-left-only")),
        Sides::Right => parts.push(i18n.tr("dose-right-only")),
        Sides::Alternate => parts.push(i18n.tr("dose-alternating")),
    }
    parts.join(" · ")
}

/// Where a step is in its exercise: "Set 2 of 3 · left side · hold 4 of 6 · round 2 of 3 ·
/// level 2 of 4" (what applies); `rep` is the repetition under way.
pub fn step_details(i18n: &I18n, plan: &Plan, step: &Step, rep: Option<u32>) -> String {
    let mut details = Vec::new();
    let exercise = plan.exercise_of(step);
    let arg = |key: &str, args: &[(&str, u32)]| {
        let args: Vec<_> = args.iter().map(|(name, n)| (*name, (*n).into())).collect();
        i18n.tr_args(key, &args)
    };
    if let Some(exercise) = exercise.filter(|_| !step.kind.is_rest())
        && exercise.sets > 1
    {
        details.push(arg("set-of", &[("set", step.set), ("sets", exercise.sets)]));
    }
    // An alternating pass names the side of the repetition under way.
    let side = match (step.side, rep) {
        (Some(Side::Alternate), Some(rep)) if step.seconds_per_rep.is_some() => {
            Some(Side::of_rep(rep))
        }
        (side, _) => side,
    };
    if let Some(side) = side {
        details.push(i18n.tr(side.label_key()));
    }
    if let (Some(rep), Some(reps)) = (rep, plan.pass_reps(step)) {
        let key = if step.rep.is_some() { "hold-of" } else { "rep-of" };
        details.push(arg(key, &[("rep", rep), ("reps", reps)]));
    }
    if let (Some(round), Some(exercise)) = (step.round, exercise)
        && exercise.rounds > 1
    {
        details.push(arg("round-of", &[("round", round), ("rounds", exercise.rounds)]));
    }
    if plan.levels > 1 && step.kind != StepKind::Prepare {
        details.push(arg("level-of", &[("level", plan.level), ("levels", plan.levels)]));
    }
    details.join(" · ")
}

/// "30 s", "1 min 30 s", "2 min".
pub fn seconds_text(i18n: &I18n, seconds: u32) -> String {
    let (m, s) = (seconds / 60, seconds % 60);
    match (m, s) {
        (0, s) => i18n.tr_args("dose-seconds", &[("seconds", s.into())]),
        (m, 0) => i18n.tr_args("dose-minutes", &[("minutes", m.into())]),
        (m, s) => {
            i18n.tr_args("dose-minutes-seconds", &[("minutes", m.into()), ("seconds", s.into())])
        }
    }
}

/// A count for Fluent's plural rules: the number, or a pyramid "6-4-2" (plural).
fn count(amount: &Amount) -> fluent_bundle::FluentValue<'static> {
    match amount {
        Amount::Each(n) => (*n).into(),
        Amount::PerSet(values) => list(values).into(),
    }
}

/// "6-4-2", as physios write a pyramid.
fn list(values: &[u32]) -> String {
    values.iter().map(u32::to_string).collect::<Vec<_>>().join("-")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::{Exercise, Plan, Sides, Text};
    use crate::testing::program;

    fn described(exercise: Exercise, language: &str) -> String {
        let plan = Plan::new(&program(Default::default(), vec![exercise]));
        of_planned(&I18n::new(language), &plan.exercises[0])
    }

    #[test]
    fn doses_read_as_a_physio_writes_them() {
        let plank = Exercise {
            sets: Some(3),
            ..Exercise::new("p", Text::plain("en", "p"), Dosage::timed(30))
        };
        assert_eq!(described(plank, "en"), "3 × 30 s");
        let bird_dog = Exercise {
            sides: Sides::Alternate,
            ..Exercise::new("b", Text::plain("en", "b"), Dosage::holds(6, 10))
        };
        assert_eq!(described(bird_dog.clone(), "en"), "6 holds of 10 s · alternating sides");
        assert_eq!(described(bird_dog, "nl"), "6 × 10 s vasthouden · afwisselend links en rechts");
        let pyramid = Exercise::new(
            "s",
            Text::plain("en", "s"),
            Dosage::Reps { reps: Amount::PerSet(vec![6, 4, 2]), seconds_per_rep: None },
        );
        assert_eq!(described(pyramid, "en"), "6-4-2 reps");
        let bridge = Exercise {
            sets: Some(2),
            sides: Sides::Both,
            ..Exercise::new("b", Text::plain("en", "b"), Dosage::reps(10, Some(4)))
        };
        assert_eq!(described(bridge, "nl"), "2 × 10 herhalingen (elk 4 s) · per kant");
    }
}
