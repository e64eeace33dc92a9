//! Program → Plan: the flat, ordered list of timed steps a session runs through, at one level.
//!
//! The expansion follows the contract in docs/program-format.md ("How a program becomes a
//! timed session"): get ready; then, block by block and round by round, each exercise at the
//! level's dosage, set by set and side by side (a hold series is a work step per hold with a
//! relax step between two); a rest between two exercises, a round rest between two rounds.
//! Format 1 files plan exactly as before: one round, no holds, the program's timing.

#![warn(missing_docs)]

use super::{BlockKind, Defaults, Dosage, Dose, FormCue, Program, Sides, Text, Timing};
use std::path::PathBuf;

/// What a step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    /// Get ready before the first exercise.
    Prepare,
    /// Doing an exercise (one set, one side; one hold of a hold series).
    Work,
    /// Letting go between two holds of one set.
    Relax,
    /// Changing from the left to the right side.
    Switch,
    /// Resting between sets of one exercise.
    SetRest,
    /// Resting between exercises.
    Rest,
    /// Resting between two rounds of a block.
    RoundRest,
}

impl StepKind {
    /// The name used in `limber plan --json` and the history.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Prepare => "prepare",
            Self::Work => "work",
            Self::Relax => "relax",
            Self::Switch => "switch",
            Self::SetRest => "set-rest",
            Self::Rest => "rest",
            Self::RoundRest => "round-rest",
        }
    }

    /// Whether the step is a pause between exercises (rest or round rest), showing what
    /// comes next.
    pub fn is_rest(self) -> bool {
        matches!(self, Self::Rest | Self::RoundRest)
    }
}

/// The side a work step is done on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The left side.
    Left,
    /// The right side.
    Right,
    /// Repetitions alternating left and right, starting left.
    Alternate,
}

impl Side {
    /// The name used in `limber plan --json` and the history.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
            Self::Alternate => "alternate",
        }
    }

    /// The side as the history stores it (`left`, `right`, `alternate`).
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "left" => Some(Self::Left),
            "right" => Some(Self::Right),
            "alternate" => Some(Self::Alternate),
            _ => None,
        }
    }

    /// The Fluent key of its name on screen ("left side").
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Left => "side-left",
            Self::Right => "side-right",
            Self::Alternate => "side-alternate",
        }
    }

    /// The side of repetition `rep` (1-based) of an alternating pass: left for odd ones.
    pub fn of_rep(rep: u32) -> Self {
        if rep % 2 == 1 { Self::Left } else { Self::Right }
    }
}

/// An exercise as the session needs it, at the plan's level: what to show and say.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedExercise {
    /// The exercise's id.
    pub id: String,
    /// What the exercise is called (at this level).
    pub name: Text,
    /// How to do it.
    pub instructions: Option<Text>,
    /// As written in the program file (relative to the program's folder).
    pub image: Option<PathBuf>,
    /// The kind of block it is in.
    pub block: BlockKind,
    /// How many rounds its block has.
    pub rounds: u32,
    /// How much makes one set.
    pub dosage: Dosage,
    /// Number of sets.
    pub sets: u32,
    /// Which sides.
    pub sides: Sides,
    /// Form cues during each work step (each hold, for holds).
    pub cues: Vec<FormCue>,
    /// What the patient needs.
    pub equipment: Vec<Text>,
    /// A link to a video, if the program gives one.
    pub video: Option<String>,
    /// The level it is done at (1 when it has no levels).
    pub level: u32,
    /// How many levels it has.
    pub levels: u32,
}

/// One step of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// What the step is.
    pub kind: StepKind,
    /// Index into [`Plan::exercises`]: the exercise worked on (work, relax, switch, set-rest)
    /// or coming next (rest, round-rest); `None` for prepare.
    pub exercise: Option<usize>,
    /// 1-based set of the exercise (work, relax, switch, set-rest: the set just done); 0 for
    /// prepare, rest and round-rest.
    pub set: u32,
    /// The side of a work step on a sided exercise (a relax step: of the hold before it).
    pub side: Option<Side>,
    /// `None` for an untimed reps step: it waits for Done.
    pub seconds: Option<u32>,
    /// The set's repetitions as written (per side) of a reps or hold work step.
    pub reps: Option<u32>,
    /// The pace of a paced reps work step.
    pub seconds_per_rep: Option<u32>,
    /// The hold (1..n) of a hold series this step is (or, for relax, follows); n is twice the
    /// reps when alternating.
    pub rep: Option<u32>,
    /// The round of the occurrence the step belongs to (for rest and round-rest: the next
    /// one); `None` for prepare.
    pub round: Option<u32>,
    /// Beeps in the last seconds of the step (0: none).
    pub countdown: u32,
    /// Whether a long enough timed work step gets a halfway cue.
    pub halfway: bool,
}

impl Step {
    /// Whether the step ends by itself.
    pub fn is_timed(&self) -> bool {
        self.seconds.is_some()
    }

    /// The repetitions of a counted or paced pass, both sides together when they alternate.
    pub fn pass_reps(&self) -> Option<u32> {
        let reps = self.reps?;
        match self.side {
            Some(Side::Alternate) => Some(reps.saturating_mul(2)),
            _ => Some(reps),
        }
    }

    fn between(kind: StepKind, exercise: Option<usize>, seconds: u32, countdown: u32) -> Self {
        Step {
            kind,
            exercise,
            set: 0,
            side: None,
            seconds: Some(seconds),
            reps: None,
            seconds_per_rep: None,
            rep: None,
            round: None,
            countdown,
            halfway: false,
        }
    }
}

/// A program expanded into steps, at one level.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The program's id (history is keyed on it).
    pub program_id: String,
    /// The program's version.
    pub program_version: u32,
    /// The program's title.
    pub title: Text,
    /// The program's timing defaults.
    pub defaults: Defaults,
    /// The program level planned (each exercise at min(this, its own levels)).
    pub level: u32,
    /// How many levels the program has.
    pub levels: u32,
    /// Every exercise, in order (once, however many rounds); steps point into this list.
    pub exercises: Vec<PlannedExercise>,
    /// The steps, in order; 0-second steps are left out.
    pub steps: Vec<Step>,
    /// The sum of all timed steps, in seconds.
    pub total_seconds: u32,
}

/// The timing an exercise is done with: its own (or its level's), over its block's, over the
/// program's defaults.
#[derive(Debug, Clone, Copy)]
struct Resolved {
    countdown: u32,
    halfway: bool,
    rest: u32,
    set_rest: u32,
    switch_sides: u32,
    relax: u32,
}

impl Resolved {
    fn of(own: Timing, block: Timing, defaults: &Defaults) -> Self {
        let timing = own.over(block);
        Self {
            countdown: timing.countdown.unwrap_or(defaults.countdown),
            halfway: timing.halfway.unwrap_or(defaults.halfway),
            rest: timing.rest.unwrap_or(defaults.rest),
            set_rest: timing.set_rest.unwrap_or(defaults.set_rest),
            switch_sides: timing.switch_sides.unwrap_or(defaults.switch_sides),
            relax: timing.relax.unwrap_or(defaults.relax),
        }
    }
}

impl Plan {
    /// Expands a validated program at level 1.
    pub fn new(program: &Program) -> Self {
        Self::at_level(program, 1)
    }

    /// Expands a validated program at program level `level` (1-based; each exercise at
    /// min(`level`, its own levels)).
    pub fn at_level(program: &Program, level: u32) -> Self {
        let defaults = program.defaults;
        let level = level.max(1);
        let mut exercises = Vec::new();
        let mut timings = Vec::new();
        for block in &program.blocks {
            for exercise in &block.exercises {
                let at = exercise.at_level(level);
                timings.push(Resolved::of(at.timing, block.defaults, &defaults));
                exercises.push(PlannedExercise {
                    level: level.min(exercise.levels()),
                    levels: exercise.levels(),
                    sets: at.set_count(),
                    id: at.id,
                    name: at.name,
                    instructions: at.instructions,
                    image: at.image,
                    block: block.kind,
                    rounds: block.rounds.max(1),
                    dosage: at.dosage,
                    sides: at.sides,
                    cues: at.cues,
                    equipment: at.equipment,
                    video: at.video,
                });
            }
        }
        let shapes: Vec<Shape<'_>> = exercises
            .iter()
            .zip(&timings)
            .map(|(e, &timing)| Shape { dosage: &e.dosage, sets: e.sets, sides: e.sides, timing })
            .collect();
        let mut steps = Vec::new();
        let total_seconds = expand(program, &shapes, &mut |step| steps.push(step));
        Self {
            program_id: program.id.clone(),
            program_version: program.version,
            title: program.title.clone(),
            defaults,
            level,
            levels: program.levels(),
            exercises,
            steps,
            total_seconds,
        }
    }

    /// The length of [`Plan::at_level`]'s plan, worked out without building it: the checker
    /// measures every level of every program it reads.
    pub fn size_at_level(program: &Program, level: u32) -> Size {
        let level = level.max(1);
        let doses: Vec<(Dose, Resolved)> = program
            .blocks
            .iter()
            .flat_map(|block| {
                block.exercises.iter().map(move |exercise| {
                    let dose = exercise.dose_at(level);
                    let timing = Resolved::of(dose.timing, block.defaults, &program.defaults);
                    (dose, timing)
                })
            })
            .collect();
        let shapes: Vec<Shape<'_>> = doses
            .iter()
            .map(|(dose, timing)| Shape {
                dosage: &dose.dosage,
                sets: dose.set_count(),
                sides: dose.sides,
                timing: *timing,
            })
            .collect();
        let mut steps = 0;
        let total_seconds = expand(program, &shapes, &mut |_| steps += 1);
        Size { total_seconds, steps }
    }

    /// The exercise a step belongs to (or, for a rest, the one coming next).
    pub fn exercise_of(&self, step: &Step) -> Option<&PlannedExercise> {
        step.exercise.and_then(|i| self.exercises.get(i))
    }

    /// The first work step after `index`, for "next up".
    pub fn next_work(&self, index: usize) -> Option<(usize, &Step)> {
        self.steps.iter().enumerate().skip(index + 1).find(|(_, s)| s.kind == StepKind::Work)
    }

    /// Planned seconds from the start of the session to the start of step `index`, counting
    /// untimed steps as 0.
    pub fn offset_of(&self, index: usize) -> u32 {
        self.steps.iter().take(index).filter_map(|s| s.seconds).sum()
    }

    /// How many repetitions the pass of `step` counts: the holds of a hold series (both
    /// sides' when they alternate), or the reps of a counted or paced pass.
    pub fn pass_reps(&self, step: &Step) -> Option<u32> {
        let reps = step.reps?;
        let alternating = self.exercise_of(step).is_some_and(|e| e.sides == Sides::Alternate);
        Some(if alternating { reps.saturating_mul(2) } else { reps })
    }

    /// Whether step `index` is the first work step of a round after the first (it begins
    /// with "Round 2 of 3").
    pub fn starts_round(&self, index: usize) -> bool {
        let Some(step) = self.steps.get(index) else { return false };
        step.kind == StepKind::Work
            && step.round.is_some_and(|round| round > 1)
            && self.steps[..index].iter().rev().find(|s| s.kind != StepKind::Prepare).is_some_and(
                |before| before.kind == StepKind::RoundRest || before.round != step.round,
            )
    }
}

/// How long a plan is, and in how many steps ([`Plan::size_at_level`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    /// The sum of all timed steps, in seconds, as [`Plan::total_seconds`].
    pub total_seconds: u32,
    /// The number of steps, as `Plan::steps.len()`.
    pub steps: usize,
}

/// What the expansion needs of an exercise at the plan's level.
struct Shape<'d> {
    dosage: &'d Dosage,
    sets: u32,
    sides: Sides,
    timing: Resolved,
}

/// Hands every step of the program (`shapes`: its exercises in order, at one level) to `sink`,
/// 0-second steps left out; returns the sum of the timed steps.
fn expand(program: &Program, shapes: &[Shape<'_>], sink: &mut impl FnMut(Step)) -> u32 {
    let defaults = program.defaults;
    // Wrapping, as summing the steps did: a sum past u32 needs far more than MAX_STEPS steps,
    // which the checker rejects anyway.
    let mut total_seconds = 0u32;
    let mut push = |step: Step| {
        if step.seconds != Some(0) {
            total_seconds = total_seconds.wrapping_add(step.seconds.unwrap_or(0));
            sink(step);
        }
    };
    push(Step::between(StepKind::Prepare, None, defaults.get_ready, defaults.countdown));

    // The occurrences: block by block, round by round, exercise by exercise.
    let mut previous: Option<(usize, u32)> = None;
    let mut first = 0;
    for block in &program.blocks {
        let round_rest = block.round_rest.unwrap_or(defaults.round_rest);
        for round in 1..=block.rounds.max(1) {
            for index in first..first + block.exercises.len() {
                if let Some((previous, previous_round)) = previous {
                    let next_round = round != previous_round && round > 1;
                    let (kind, seconds) = if next_round {
                        (StepKind::RoundRest, round_rest)
                    } else {
                        (StepKind::Rest, shapes[previous].timing.rest)
                    };
                    let mut step = Step::between(
                        kind,
                        Some(index),
                        seconds,
                        shapes[previous].timing.countdown,
                    );
                    step.round = Some(round);
                    push(step);
                }
                occurrence(index, &shapes[index], round, &mut push);
                previous = Some((index, round));
            }
        }
        first += block.exercises.len();
    }
    total_seconds
}

/// The steps of one occurrence of an exercise: set by set, side by side.
fn occurrence(index: usize, exercise: &Shape<'_>, round: u32, push: &mut impl FnMut(Step)) {
    let timing = exercise.timing;
    let sides: &[Option<Side>] = match exercise.sides {
        Sides::None => &[None],
        Sides::Both => &[Some(Side::Left), Some(Side::Right)],
        Sides::Left => &[Some(Side::Left)],
        Sides::Right => &[Some(Side::Right)],
        Sides::Alternate => &[Some(Side::Alternate)],
    };
    let base = Step {
        kind: StepKind::Work,
        exercise: Some(index),
        set: 0,
        side: None,
        seconds: None,
        reps: None,
        seconds_per_rep: None,
        rep: None,
        round: Some(round),
        countdown: timing.countdown,
        halfway: false,
    };
    for set in 1..=exercise.sets {
        if set > 1 {
            push(Step {
                kind: StepKind::SetRest,
                set: set - 1,
                seconds: Some(timing.set_rest),
                ..base
            });
        }
        for (n, side) in sides.iter().enumerate() {
            if n > 0 {
                push(Step {
                    kind: StepKind::Switch,
                    set,
                    seconds: Some(timing.switch_sides),
                    ..base
                });
            }
            let work = Step { set, side: *side, ..base };
            match exercise.dosage {
                Dosage::Timed { seconds } => push(Step {
                    seconds: Some(seconds.of_set(set)),
                    halfway: timing.halfway,
                    ..work
                }),
                Dosage::Reps { reps, seconds_per_rep } => {
                    let reps = reps.of_set(set);
                    let pass = Step { reps: Some(reps), seconds_per_rep: *seconds_per_rep, ..work };
                    let seconds = seconds_per_rep
                        .map(|pace| pass.pass_reps().unwrap_or(reps).saturating_mul(pace));
                    push(Step { seconds, ..pass });
                }
                Dosage::Holds { reps, hold } => {
                    let reps = reps.of_set(set);
                    let holds =
                        if *side == Some(Side::Alternate) { reps.saturating_mul(2) } else { reps };
                    for rep in 1..=holds {
                        let hold_side = match side {
                            Some(Side::Alternate) => Some(Side::of_rep(rep)),
                            other => *other,
                        };
                        let step = Step {
                            side: hold_side,
                            seconds: Some(*hold),
                            reps: Some(reps),
                            rep: Some(rep),
                            ..work
                        };
                        push(step);
                        if rep < holds {
                            push(Step {
                                kind: StepKind::Relax,
                                seconds: Some(timing.relax),
                                ..step
                            });
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::{Amount, Block, Exercise};

    fn exercise(id: &str, dosage: Dosage, sets: u32, sides: Sides) -> Exercise {
        Exercise { sets: Some(sets), sides, ..Exercise::new(id, Text::plain("en", id), dosage) }
    }

    fn program(blocks: Vec<Block>) -> Program {
        Program {
            format: 2,
            id: "test".into(),
            version: 1,
            language: "en".into(),
            title: Text::plain("en", "Test"),
            description: None,
            author: None,
            sessions_per_week: None,
            stop_if: vec![],
            defaults: Defaults::default(),
            progression: None,
            blocks,
        }
    }

    fn strength(exercises: Vec<Exercise>) -> Block {
        Block::new(BlockKind::Strength, exercises)
    }

    #[test]
    fn contract_example_is_295_seconds() {
        let mut plank = exercise("plank", Dosage::timed(30), 3, Sides::None);
        plank.timing.set_rest = Some(30);
        plank.timing.rest = Some(15);
        let side_plank = exercise("side-plank", Dosage::timed(20), 2, Sides::Both);
        let plan = Plan::new(&program(vec![strength(vec![plank, side_plank])]));
        assert_eq!(plan.total_seconds, 295);
        let kinds: Vec<_> = plan.steps.iter().map(|s| s.kind.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "prepare", "work", "set-rest", "work", "set-rest", "work", "rest", "work",
                "switch", "work", "set-rest", "work", "switch", "work"
            ]
        );
    }

    #[test]
    fn the_format_2_worked_example_is_276_seconds_in_28_steps() {
        let mut bird_dog = exercise("bird-dog", Dosage::holds(3, 8), 1, Sides::Alternate);
        bird_dog.sets = None;
        bird_dog.timing.relax = Some(2);
        let plank = Exercise::new("plank", Text::plain("en", "plank"), Dosage::timed(30));
        let mut block = strength(vec![bird_dog, plank]);
        block.rounds = 2;
        block.round_rest = Some(60);
        block.defaults.rest = Some(15);
        let plan = Plan::new(&program(vec![block]));
        assert_eq!((plan.total_seconds, plan.steps.len()), (276, 28));
        let kinds: Vec<_> = plan.steps.iter().take(14).map(|s| s.kind.as_str()).collect();
        assert_eq!(kinds[..4], ["prepare", "work", "relax", "work"]);
        assert_eq!(kinds[11..14], ["work", "rest", "work"]);
        assert_eq!(plan.steps[14].kind, StepKind::RoundRest);
        assert_eq!(plan.steps[14].round, Some(2));
        let holds: Vec<_> = plan.steps[1..12]
            .iter()
            .filter(|s| s.kind == StepKind::Work)
            .map(|s| (s.rep, s.side))
            .collect();
        assert_eq!(holds[0], (Some(1), Some(Side::Left)));
        assert_eq!(holds[5], (Some(6), Some(Side::Right)));
        assert!(plan.starts_round(15), "the first hold of round 2 begins the round");
        assert!(!plan.starts_round(1));
    }

    #[test]
    fn per_set_doses_and_levels() {
        let mut pyramid = Exercise::new(
            "squat",
            Text::plain("en", "Squat"),
            Dosage::Reps { reps: Amount::PerSet(vec![6, 4, 2]), seconds_per_rep: Some(3) },
        );
        pyramid.levels.push(crate::program::Level {
            reps: Some(Amount::Each(10)),
            sets: Some(2),
            ..Default::default()
        });
        let p = program(vec![strength(vec![pyramid])]);
        let one = Plan::new(&p);
        let work: Vec<_> = one.steps.iter().filter(|s| s.kind == StepKind::Work).collect();
        assert_eq!(
            work.iter().map(|s| s.seconds).collect::<Vec<_>>(),
            [Some(18), Some(12), Some(6)]
        );
        let two = Plan::at_level(&p, 2);
        let work: Vec<_> = two.steps.iter().filter(|s| s.kind == StepKind::Work).collect();
        assert_eq!(work.iter().map(|s| s.reps).collect::<Vec<_>>(), [Some(10), Some(10)]);
        assert_eq!((two.level, two.levels, two.exercises[0].level), (2, 2, 2));
        assert_eq!(Plan::at_level(&p, 9).exercises[0].level, 2, "never above its own levels");
    }

    #[test]
    fn zero_second_steps_are_left_out_and_untimed_reps_count_zero() {
        let mut p = program(vec![strength(vec![
            exercise("a", Dosage::reps(10, None), 2, Sides::None),
            exercise("b", Dosage::reps(10, Some(4)), 1, Sides::Left),
        ])]);
        p.defaults.get_ready = 0;
        p.defaults.set_rest = 0;
        let plan = Plan::new(&p);
        let kinds: Vec<_> = plan.steps.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, [StepKind::Work, StepKind::Work, StepKind::Rest, StepKind::Work]);
        assert_eq!(plan.steps[0].seconds, None);
        assert_eq!(plan.steps[3].seconds, Some(40));
        assert_eq!(plan.steps[3].side, Some(Side::Left));
        assert_eq!(plan.total_seconds, 15 + 40);
    }
}
