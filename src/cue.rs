//! What to signal and when: the cues of a session, each with a visible and an audible form.

// INTERFACE (being implemented).

use crate::plan::Plan;
use std::time::Duration;

/// A signal to the runner. The session emits them at their moments; `audio` plays each as a
/// distinct sound and `gui` shows each (text and a flash).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// The prepare step begins.
    GetReady,
    /// A work step begins.
    Go,
    /// `n` seconds are left in a timed step (n = countdown..=1).
    Countdown(u32),
    /// Half of a timed work step is done.
    Halfway,
    /// A switch step begins: change to the other side.
    SwitchSides,
    /// A rest or set-rest step begins; `next` is the index in `Plan::exercises` of what comes
    /// next, if anything.
    Rest { next: Option<usize> },
    /// Repetition `n` (1-based) of a paced reps step begins.
    Rep(u32),
    /// Form cue `index` of the current exercise (`PlannedExercise::cues[index]`).
    Form(usize),
    /// The session is over.
    Finished,
}

impl Cue {
    /// The Fluent key of the cue's visible form (e.g. `cue-go`), shown with a flash.
    pub fn label_key(&self) -> &'static str {
        todo!()
    }
}

/// The cues of step `index` of `plan`, each with the time into the step it is due, in order.
/// `Finished` is not included (the session emits it when the last step ends).
pub fn step_cues(plan: &Plan, index: usize) -> Vec<(Duration, Cue)> {
    let _ = (plan, index);
    todo!()
}
