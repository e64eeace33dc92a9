//! Program → Plan: the flat, ordered list of timed steps a session runs through.
//!
//! The expansion follows the contract in docs/program-format.md ("The plan").

#![warn(missing_docs)]

use super::{BlockKind, Defaults, Dosage, FormCue, Program, Sides, Text};
use std::path::PathBuf;

/// What a step is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StepKind {
    /// Get ready before the first exercise.
    Prepare,
    /// Doing an exercise (one set, one side).
    Work,
    /// Changing from the left to the right side.
    Switch,
    /// Resting between sets of one exercise.
    SetRest,
    /// Resting between exercises.
    Rest,
}

impl StepKind {
    /// The name used in `limber plan --json` and the history.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Prepare => "prepare",
            Self::Work => "work",
            Self::Switch => "switch",
            Self::SetRest => "set-rest",
            Self::Rest => "rest",
        }
    }
}

/// The side a work step is done on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The left side.
    Left,
    /// The right side.
    Right,
}

impl Side {
    /// The name used in `limber plan --json` and the history.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Right => "right",
        }
    }

    /// The side as the history stores it (`left`, `right`).
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "left" => Some(Self::Left),
            "right" => Some(Self::Right),
            _ => None,
        }
    }

    /// The Fluent key of its name on screen ("left side").
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Left => "side-left",
            Self::Right => "side-right",
        }
    }
}

/// An exercise as the session needs it: what to show and say.
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedExercise {
    /// The exercise's id.
    pub id: String,
    /// What the exercise is called.
    pub name: Text,
    /// How to do it.
    pub instructions: Option<Text>,
    /// As written in the program file (relative to `Plan::base_dir`).
    pub image: Option<PathBuf>,
    /// The kind of block it is in.
    pub block: BlockKind,
    /// How much makes one set.
    pub dosage: Dosage,
    /// Number of sets.
    pub sets: u32,
    /// Which sides.
    pub sides: Sides,
    /// Form cues during each work step.
    pub cues: Vec<FormCue>,
}

/// One step of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// What the step is.
    pub kind: StepKind,
    /// Index into [`Plan::exercises`]: the exercise worked on (work, switch, set-rest) or
    /// coming next (rest); `None` for prepare.
    pub exercise: Option<usize>,
    /// 1-based set of the exercise (work, switch, set-rest: the set just done); 0 for prepare
    /// and rest.
    pub set: u32,
    /// The side of a work step on a sided exercise.
    pub side: Option<Side>,
    /// `None` for an untimed reps step: it waits for Done.
    pub seconds: Option<u32>,
    /// Repetitions of a reps work step.
    pub reps: Option<u32>,
    /// The pace of a paced reps work step.
    pub seconds_per_rep: Option<u32>,
}

impl Step {
    /// Whether the step ends by itself.
    pub fn is_timed(&self) -> bool {
        self.seconds.is_some()
    }
}

/// A program expanded into steps.
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
    /// Every exercise, in order; steps point into this list.
    pub exercises: Vec<PlannedExercise>,
    /// The steps, in order; 0-second steps are left out.
    pub steps: Vec<Step>,
    /// The sum of all timed steps, in seconds.
    pub total_seconds: u32,
}

impl Plan {
    /// Expands a validated program, as the contract says.
    pub fn new(program: &Program) -> Self {
        let defaults = program.defaults;
        let mut exercises = Vec::new();
        let mut steps = Vec::new();
        let mut push = |step: Step| {
            if step.seconds != Some(0) {
                steps.push(step);
            }
        };
        push(Step {
            kind: StepKind::Prepare,
            exercise: None,
            set: 0,
            side: None,
            seconds: Some(defaults.get_ready),
            reps: None,
            seconds_per_rep: None,
        });

        let all: Vec<_> = program
            .blocks
            .iter()
            .flat_map(|block| block.exercises.iter().map(move |e| (block.kind, e)))
            .collect();
        for (position, (block, exercise)) in all.iter().enumerate() {
            let index = exercises.len();
            exercises.push(PlannedExercise {
                id: exercise.id.clone(),
                name: exercise.name.clone(),
                instructions: exercise.instructions.clone(),
                image: exercise.image.clone(),
                block: *block,
                dosage: exercise.dosage,
                sets: exercise.sets,
                sides: exercise.sides,
                cues: exercise.cues.clone(),
            });
            if position > 0 {
                push(Step {
                    kind: StepKind::Rest,
                    exercise: Some(index),
                    set: 0,
                    side: None,
                    seconds: Some(all[position - 1].1.rest.unwrap_or(defaults.rest)),
                    reps: None,
                    seconds_per_rep: None,
                });
            }
            let (seconds, reps, seconds_per_rep) = match exercise.dosage {
                Dosage::Timed { seconds } => (Some(seconds), None, None),
                Dosage::Reps { reps, seconds_per_rep } => {
                    (seconds_per_rep.map(|pace| reps * pace), Some(reps), seconds_per_rep)
                }
            };
            let sides: &[Option<Side>] = match exercise.sides {
                Sides::None => &[None],
                Sides::Both => &[Some(Side::Left), Some(Side::Right)],
                Sides::Left => &[Some(Side::Left)],
                Sides::Right => &[Some(Side::Right)],
            };
            let between = |kind, set, seconds| Step {
                kind,
                exercise: Some(index),
                set,
                side: None,
                seconds: Some(seconds),
                reps: None,
                seconds_per_rep: None,
            };
            for set in 1..=exercise.sets {
                if set > 1 {
                    push(between(
                        StepKind::SetRest,
                        set - 1,
                        exercise.set_rest.unwrap_or(defaults.set_rest),
                    ));
                }
                for (n, side) in sides.iter().enumerate() {
                    if n > 0 {
                        push(between(StepKind::Switch, set, defaults.switch_sides));
                    }
                    push(Step {
                        kind: StepKind::Work,
                        exercise: Some(index),
                        set,
                        side: *side,
                        seconds,
                        reps,
                        seconds_per_rep,
                    });
                }
            }
        }
        let total_seconds = steps.iter().filter_map(|s| s.seconds).sum();
        Self {
            program_id: program.id.clone(),
            program_version: program.version,
            title: program.title.clone(),
            defaults,
            exercises,
            steps,
            total_seconds,
        }
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::{Block, Exercise};

    fn exercise(id: &str, dosage: Dosage, sets: u32, sides: Sides) -> Exercise {
        Exercise {
            id: id.into(),
            name: Text::plain("en", id),
            instructions: None,
            image: None,
            dosage,
            sets,
            sides,
            rest: None,
            set_rest: None,
            cues: vec![],
        }
    }

    fn program(exercises: Vec<Exercise>) -> Program {
        Program {
            id: "test".into(),
            version: 1,
            language: "en".into(),
            title: Text::plain("en", "Test"),
            description: None,
            author: None,
            sessions_per_week: None,
            stop_if: vec![],
            defaults: Defaults::default(),
            blocks: vec![Block { kind: BlockKind::Strength, title: None, exercises }],
        }
    }

    #[test]
    fn contract_example_is_295_seconds() {
        let mut plank = exercise("plank", Dosage::Timed { seconds: 30 }, 3, Sides::None);
        plank.set_rest = Some(30);
        plank.rest = Some(15);
        let side_plank = exercise("side-plank", Dosage::Timed { seconds: 20 }, 2, Sides::Both);
        let plan = Plan::new(&program(vec![plank, side_plank]));
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
    fn zero_second_steps_are_left_out_and_untimed_reps_count_zero() {
        let mut p = program(vec![
            exercise("a", Dosage::Reps { reps: 10, seconds_per_rep: None }, 2, Sides::None),
            exercise("b", Dosage::Reps { reps: 10, seconds_per_rep: Some(4) }, 1, Sides::Left),
        ]);
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
