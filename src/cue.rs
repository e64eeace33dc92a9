//! What to signal and when: the cues of a session, each with a visible and an audible form.
//!
//! [`step_cues`] lists the cues of one step as offsets from the moment the step starts; the
//! session fires them at `step start + offset`, so the list is all the timing a cue needs.
//!
//! Which cues a step has:
//! - prepare: [`Cue::GetReady`] at 0;
//! - work: [`Cue::Go`] at 0 (every hold of a hold series starts with it), or
//!   [`Cue::Round`] at the first work step of round 2, 3, ... of a circuit; in a paced reps
//!   step [`Cue::Rep`]`(n)` at `(n - 1) × pace` for n = 2..=reps (both sides' reps when they
//!   alternate, so each tick is also a side change; `Go` is the signal for rep 1, so `Rep(1)`
//!   is never a cue of its own and the start makes one sound, not two); [`Cue::Halfway`] at
//!   half of a timed hold (a `duration` step, not a reps step: there the rep ticks already
//!   show the progress) of at least 20 s when the exercise's `halfway` is on;
//!   [`Cue::Form`]`(i)` at the exercise's form cue `at` seconds (in an untimed step too,
//!   while it waits for Done; in a timed step only if `at` is before its end; for holds, at
//!   `at` into every hold);
//! - relax (between two holds): [`Cue::Relax`] at 0 and nothing else: the next hold's `Go`
//!   ends it, so a hold series beeps once per hold, not six times in every 13 s;
//! - switch: [`Cue::SwitchSides`] at 0;
//! - rest, set-rest and round-rest: [`Cue::Rest`] at 0, naming the exercise of the next work
//!   step;
//! - every timed step but relax: [`Cue::Countdown`]`(n)` at `n` seconds before its end, for
//!   n = the step's countdown (its exercise's, or the program's)..=1, but only while `n` is
//!   shorter than the step (a beep at the very start would sound together with the step's
//!   own cue).
//!
//! Only one beep sounds at a moment: a countdown beep that falls on a rep tick is left out
//! (the rep tick keeps the rhythm of the movement and still marks the second), and a halfway
//! cue that falls on a countdown beep is left out (the countdown says more). Form cues carry
//! the physio's text and are never left out.
//!
//! Cues due at the same moment come in this order: the step's start cue (`GetReady`, `Go`,
//! `Round`, `Relax`, `SwitchSides`, `Rest`), then `Rep`, `Countdown`, `Halfway`, and last the
//! `Form` cues in the order the program lists them.

use crate::program::{Plan, StepKind};
use std::time::Duration;

/// A signal to the runner. The session emits them at their moments; `audio` plays each as a
/// distinct sound and `gui` shows each (text and a flash).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// The prepare step begins.
    GetReady,
    /// A work step begins (and with it the first repetition of a paced reps step, or one
    /// hold of a hold series).
    Go,
    /// The first work step of round `round` of `of` begins (round 2 and later): it stands
    /// for `Go` there.
    Round { round: u32, of: u32 },
    /// A relax step between two holds begins.
    Relax,
    /// `n` seconds are left in a timed step (n = countdown..=1).
    Countdown(u32),
    /// Half of a timed work step is done.
    Halfway,
    /// A switch step begins: change to the other side.
    SwitchSides,
    /// A rest or set-rest step begins; `next` is the index in `Plan::exercises` of what comes
    /// next, if anything.
    Rest { next: Option<usize> },
    /// Repetition `n` (1-based, from 2: [`Cue::Go`] starts the first) of a paced reps step
    /// begins.
    Rep(u32),
    /// Form cue `index` of the current exercise (`PlannedExercise::cues[index]`).
    Form(usize),
    /// The session is over.
    Finished,
}

impl Cue {
    /// The Fluent key of the cue's visible form (e.g. `cue-go`), shown with a flash.
    ///
    /// `cue-countdown` takes `$seconds`, `cue-rep` takes `$rep` and `cue-round` `$round` and
    /// `$rounds`: pass what [`Cue::label_args`] returns. `cue-form` is a short heading: show
    /// the form cue's own text (`PlannedExercise::cues[i].text`) under it. `cue-rest` is the
    /// heading of a rest; show the next exercise with `next-up`.
    pub fn label_key(&self) -> &'static str {
        match self {
            Self::GetReady => "cue-get-ready",
            Self::Go => "cue-go",
            Self::Round { .. } => "cue-round",
            Self::Relax => "cue-relax",
            Self::Countdown(_) => "cue-countdown",
            Self::Halfway => "cue-halfway",
            Self::SwitchSides => "cue-switch-sides",
            Self::Rest { .. } => "cue-rest",
            Self::Rep(_) => "cue-rep",
            Self::Form(_) => "cue-form",
            Self::Finished => "cue-finished",
        }
    }

    /// The Fluent arguments the label needs, as `(name, value)`: `seconds` for
    /// `Countdown(n)`, `rep` for `Rep(n)`, `round` and `rounds` for `Round`, none for the
    /// others.
    pub fn label_args(&self) -> Vec<(&'static str, u32)> {
        match *self {
            Self::Countdown(n) => vec![("seconds", n)],
            Self::Rep(n) => vec![("rep", n)],
            Self::Round { round, of } => vec![("round", round), ("rounds", of)],
            _ => Vec::new(),
        }
    }

    /// The cue's visible form in `i18n`'s language: its label with its arguments.
    pub fn label(&self, i18n: &crate::i18n::I18n) -> String {
        let args: Vec<_> =
            self.label_args().into_iter().map(|(name, n)| (name, n.into())).collect();
        i18n.tr_args(self.label_key(), &args)
    }

    /// Where the cue goes among cues due at the same moment (lower first).
    fn rank(&self) -> u8 {
        match self {
            Self::GetReady
            | Self::Go
            | Self::Round { .. }
            | Self::Relax
            | Self::SwitchSides
            | Self::Rest { .. } => 0,
            Self::Rep(_) => 1,
            Self::Countdown(_) => 2,
            Self::Halfway => 3,
            Self::Form(_) => 4,
            Self::Finished => 5,
        }
    }
}

/// Timed holds at least this long get a halfway cue (when the program wants one).
const HALFWAY_MIN_SECONDS: u32 = 20;

/// The cues of step `index` of `plan`, each with the time into the step it is due, in order.
/// `Finished` is not included (the session emits it when the last step ends). An index past
/// the plan has no cues.
pub fn step_cues(plan: &Plan, index: usize) -> Vec<(Duration, Cue)> {
    let Some(step) = plan.steps.get(index) else {
        return Vec::new();
    };
    let secs = |s: u32| Duration::from_secs(u64::from(s));
    let start = match step.kind {
        StepKind::Prepare => Cue::GetReady,
        StepKind::Work if plan.starts_round(index) => Cue::Round {
            round: step.round.unwrap_or(1),
            of: plan.exercise_of(step).map_or(1, |e| e.rounds),
        },
        StepKind::Work => Cue::Go,
        StepKind::Relax => Cue::Relax,
        StepKind::Switch => Cue::SwitchSides,
        StepKind::SetRest | StepKind::Rest | StepKind::RoundRest => {
            Cue::Rest { next: plan.next_work(index).and_then(|(_, next)| next.exercise) }
        }
    };
    let mut cues = vec![(Duration::ZERO, start)];
    if step.kind == StepKind::Relax {
        return cues;
    }

    let is_work = step.kind == StepKind::Work;
    let pace = step.seconds_per_rep.filter(|&pace| is_work && pace > 0 && step.is_timed());
    if let (Some(pace), Some(reps)) = (pace, step.pass_reps()) {
        cues.extend((2..=reps).map(|n| (secs((n - 1) * pace), Cue::Rep(n))));
    }

    if let Some(seconds) = step.seconds {
        let countdown = step.countdown.min(seconds.saturating_sub(1));
        // A countdown beep n seconds before the end falls on a rep tick when n is a whole
        // number of reps.
        let on_rep_tick = |n: u32| pace.is_some_and(|pace| n.is_multiple_of(pace));
        cues.extend(
            (1..=countdown)
                .rev()
                .filter(|&n| !on_rep_tick(n))
                .map(|n| (secs(seconds - n), Cue::Countdown(n))),
        );
        let hold = is_work && step.reps.is_none();
        let half_is_countdown = seconds.is_multiple_of(2) && seconds / 2 <= countdown;
        if hold && step.halfway && seconds >= HALFWAY_MIN_SECONDS && !half_is_countdown {
            cues.push((Duration::from_millis(u64::from(seconds) * 500), Cue::Halfway));
        }
    }

    if is_work && let Some(exercise) = plan.exercise_of(step) {
        let before_end = |at: u32| step.seconds.is_none_or(|seconds| at < seconds);
        cues.extend(
            exercise
                .cues
                .iter()
                .enumerate()
                .filter(|(_, form)| before_end(form.at))
                .map(|(i, form)| (secs(form.at), Cue::Form(i))),
        );
    }

    // Stable: form cues at the same second keep the program's order.
    cues.sort_by_key(|(at, cue)| (*at, cue.rank()));
    cues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;
    use crate::program::{Defaults, Dosage, Sides};
    use crate::testing::{exercise, form, hold, plan_of};

    fn s(seconds: u64) -> Duration {
        Duration::from_secs(seconds)
    }

    #[test]
    fn prepare_gets_ready_and_counts_down() {
        let plan = plan_of(Defaults::default(), vec![hold("a", 10)]);
        assert_eq!(
            step_cues(&plan, 0),
            [
                (s(0), Cue::GetReady),
                (s(7), Cue::Countdown(3)),
                (s(8), Cue::Countdown(2)),
                (s(9), Cue::Countdown(1)),
            ]
        );
    }

    #[test]
    fn timed_work_has_go_halfway_countdown_and_form_cues() {
        let mut plank = hold("plank", 30);
        plank.cues = vec![form(15), form(5), form(30), form(40)];
        let plan = plan_of(Defaults::default(), vec![plank]);
        assert_eq!(
            step_cues(&plan, 1),
            [
                (s(0), Cue::Go),
                (s(5), Cue::Form(1)),
                (s(15), Cue::Halfway),
                (s(15), Cue::Form(0)),
                (s(27), Cue::Countdown(3)),
                (s(28), Cue::Countdown(2)),
                (s(29), Cue::Countdown(1)),
            ],
            "a form cue at or after the end never comes"
        );
    }

    #[test]
    fn halfway_needs_20_seconds_the_setting_and_a_hold() {
        let odd = plan_of(Defaults::default(), vec![hold("a", 25)]);
        assert!(step_cues(&odd, 1).contains(&(Duration::from_millis(12_500), Cue::Halfway)));
        let short = plan_of(Defaults::default(), vec![hold("a", 19)]);
        assert!(!step_cues(&short, 1).iter().any(|(_, c)| *c == Cue::Halfway));
        let off = plan_of(Defaults { halfway: false, ..Defaults::default() }, vec![hold("a", 60)]);
        assert!(!step_cues(&off, 1).iter().any(|(_, c)| *c == Cue::Halfway));
        let paced = plan_of(Defaults::default(), vec![exercise("a", Dosage::reps(10, Some(3)))]);
        assert!(!step_cues(&paced, 1).iter().any(|(_, c)| *c == Cue::Halfway));
    }

    #[test]
    fn halfway_on_a_countdown_beep_is_left_out() {
        let plan = plan_of(Defaults { countdown: 10, ..Defaults::default() }, vec![hold("a", 20)]);
        let cues = step_cues(&plan, 1);
        assert!(!cues.iter().any(|(_, c)| *c == Cue::Halfway));
        assert!(cues.contains(&(s(10), Cue::Countdown(10))));
    }

    #[test]
    fn paced_reps_tick_from_rep_two_and_drop_countdown_beeps_on_ticks() {
        let plan = plan_of(Defaults::default(), vec![exercise("bridge", Dosage::reps(4, Some(2)))]);
        assert_eq!(
            step_cues(&plan, 1),
            [
                (s(0), Cue::Go),
                (s(2), Cue::Rep(2)),
                (s(4), Cue::Rep(3)),
                (s(5), Cue::Countdown(3)),
                (s(6), Cue::Rep(4)),
                (s(7), Cue::Countdown(1)),
            ]
        );
        let one_per_second =
            plan_of(Defaults::default(), vec![exercise("a", Dosage::reps(5, Some(1)))]);
        let cues = step_cues(&one_per_second, 1);
        assert!(!cues.iter().any(|(_, c)| matches!(c, Cue::Countdown(_))));
        assert_eq!(cues.len(), 5);
    }

    #[test]
    fn untimed_reps_have_go_and_every_form_cue_but_no_countdown() {
        let mut squat = exercise("squat", Dosage::reps(10, None));
        squat.cues = vec![form(90)];
        let plan = plan_of(Defaults::default(), vec![squat]);
        assert_eq!(step_cues(&plan, 1), [(s(0), Cue::Go), (s(90), Cue::Form(0))]);
    }

    #[test]
    fn switch_and_rests_name_what_comes_next() {
        let mut a = hold("a", 10);
        a.sides = Sides::Both;
        a.sets = Some(2);
        let b = hold("b", 10);
        let plan = plan_of(Defaults { countdown: 0, ..Defaults::default() }, vec![a, b]);
        let kinds: Vec<_> = plan.steps.iter().map(|s| s.kind).collect();
        use StepKind::*;
        assert_eq!(kinds, [Prepare, Work, Switch, Work, SetRest, Work, Switch, Work, Rest, Work]);
        assert_eq!(step_cues(&plan, 2), [(s(0), Cue::SwitchSides)]);
        assert_eq!(step_cues(&plan, 4), [(s(0), Cue::Rest { next: Some(0) })]);
        assert_eq!(step_cues(&plan, 8), [(s(0), Cue::Rest { next: Some(1) })]);
        assert!(step_cues(&plan, 99).is_empty());
    }

    #[test]
    fn countdown_is_shorter_than_the_step_and_can_be_off() {
        let plan = plan_of(
            Defaults { countdown: 5, get_ready: 3, ..Defaults::default() },
            vec![hold("a", 10)],
        );
        assert_eq!(
            step_cues(&plan, 0),
            [(s(0), Cue::GetReady), (s(1), Cue::Countdown(2)), (s(2), Cue::Countdown(1))]
        );
        let none = plan_of(Defaults { countdown: 0, ..Defaults::default() }, vec![hold("a", 10)]);
        assert_eq!(step_cues(&none, 0), [(s(0), Cue::GetReady)]);
    }

    #[test]
    fn every_label_key_is_translated_and_takes_its_argument() {
        let cues = [
            Cue::GetReady,
            Cue::Go,
            Cue::Countdown(3),
            Cue::Halfway,
            Cue::SwitchSides,
            Cue::Rest { next: None },
            Cue::Rep(4),
            Cue::Form(0),
            Cue::Finished,
            Cue::Relax,
            Cue::Round { round: 2, of: 3 },
        ];
        for language in ["en", "nl"] {
            let i18n = I18n::new(language);
            for cue in cues {
                assert!(i18n.has(cue.label_key()), "{language} lacks {}", cue.label_key());
                let args = cue.label_args();
                let fluent: Vec<_> = args.iter().map(|(name, n)| (*name, (*n).into())).collect();
                let text = i18n.tr_args(cue.label_key(), &fluent);
                for (_, value) in args {
                    assert!(text.contains(&value.to_string()), "{language}: {text}");
                }
            }
        }
        assert_eq!(I18n::new("nl").tr("cue-switch-sides"), "Wissel van kant");
        assert_eq!(I18n::new("en").tr("cue-go"), "Go!");
    }
}
