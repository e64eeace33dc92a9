//! The running session: a pure state machine over a [`Plan`], driven by the instants it is
//! given. It never reads the clock; `gui` and `cli` pass `now` in.
//!
//! Time is kept with deadlines: each step's end is computed from the moment the step started
//! (shifted only by pauses, untimed steps, skip and back), never by counting ticks, so a late
//! or irregular tick never shifts later steps, and every cue whose moment has passed fires
//! exactly once and in order.

// INTERFACE (being implemented): the signatures below are the contract the GUI, the terminal
// runner and the history rely on.

use crate::cue::Cue;
use crate::plan::Plan;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Something that happened, in the order it happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Step `index` of the plan began.
    StepStarted {
        index: usize,
    },
    /// A cue is due (during step `step`).
    Cue {
        cue: Cue,
        step: usize,
    },
    /// A step ended (done, skipped, or cut short by stopping).
    StepEnded(StepOutcome),
    Paused,
    Resumed,
    /// A tick came so late (the laptop slept) that replaying the missed cues would be a burst
    /// of stale beeps: the session moved straight to where it should be. `from` and `to` are
    /// step indices; `missed_cues` were dropped, not fired.
    CaughtUp {
        from: usize,
        to: usize,
        missed_cues: usize,
    },
    /// The session is over (the last step ended, or it was stopped).
    Finished(Outcome),
}

/// How one step went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepOutcome {
    /// Index into `Plan::steps`.
    pub index: usize,
    /// Done (ran to its end, or Done pressed) rather than skipped or stopped.
    pub done: bool,
    /// Time really spent in the step, pauses excluded.
    pub spent: Duration,
}

/// Whether the whole plan was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Every work step was reached and the last step ended by itself or with Done.
    Completed,
    /// Stopped early, or work steps were skipped.
    Partial,
}

/// The end of a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub status: Status,
    /// One entry per step that was started, in the order they ended (a step started twice via
    /// Back has two entries).
    pub steps: Vec<StepOutcome>,
    /// Time from start to finish, pauses excluded.
    pub active: Duration,
    /// Total time paused.
    pub paused: Duration,
}

/// A session in progress.
#[derive(Debug, Clone)]
pub struct Session {
    plan: Arc<Plan>,
}

impl Session {
    /// Starts `plan` at `now`; the events of the first step (its start and first cues).
    pub fn start(plan: Arc<Plan>, now: Instant) -> (Self, Vec<Event>) {
        let _ = now;
        todo!("session engine: start {}", plan.steps.len())
    }

    /// Everything due up to `now`, in order.
    pub fn tick(&mut self, now: Instant) -> Vec<Event> {
        let _ = now;
        todo!()
    }

    /// Freezes the remaining time of the step.
    pub fn pause(&mut self, now: Instant) -> Vec<Event> {
        let _ = now;
        todo!()
    }

    /// Continues with exactly the remaining time the step had when paused.
    pub fn resume(&mut self, now: Instant) -> Vec<Event> {
        let _ = now;
        todo!()
    }

    /// Pause when running, resume when paused.
    pub fn toggle_pause(&mut self, now: Instant) -> Vec<Event> {
        if self.is_paused() { self.resume(now) } else { self.pause(now) }
    }

    /// Ends the current step as skipped and starts the next.
    pub fn skip(&mut self, now: Instant) -> Vec<Event> {
        let _ = now;
        todo!()
    }

    /// Restarts the current step; pressed again within 3 s, goes to the previous step.
    pub fn back(&mut self, now: Instant) -> Vec<Event> {
        let _ = now;
        todo!()
    }

    /// Ends an untimed reps step as done (does nothing on other steps).
    pub fn done(&mut self, now: Instant) -> Vec<Event> {
        let _ = now;
        todo!()
    }

    /// Stops early: the current step ends as not done and the session finishes (partial).
    pub fn stop(&mut self, now: Instant) -> Vec<Event> {
        let _ = now;
        todo!()
    }

    /// The plan being run.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The plan being run, shared.
    pub fn plan_arc(&self) -> &Arc<Plan> {
        &self.plan
    }

    /// Index of the current step (the last step once finished).
    pub fn current(&self) -> usize {
        todo!()
    }

    pub fn is_paused(&self) -> bool {
        todo!()
    }

    pub fn is_finished(&self) -> bool {
        todo!()
    }

    /// Time left in the current step as of `now` (frozen while paused); `None` for an
    /// untimed step.
    pub fn step_remaining(&self, now: Instant) -> Option<Duration> {
        let _ = now;
        todo!()
    }

    /// Time spent in the current step as of `now`, pauses excluded.
    pub fn step_elapsed(&self, now: Instant) -> Duration {
        let _ = now;
        todo!()
    }

    /// The repetition (1-based) under way in a paced reps step.
    pub fn current_rep(&self, now: Instant) -> Option<u32> {
        let _ = now;
        todo!()
    }

    /// Planned seconds covered so far (finished steps' planned time plus the elapsed part of
    /// the current one), for the whole-session bar.
    pub fn session_elapsed(&self, now: Instant) -> Duration {
        let _ = now;
        todo!()
    }

    /// The steps that have ended so far.
    pub fn outcomes(&self) -> &[StepOutcome] {
        todo!()
    }

    /// The moment of the next thing due (a cue or a step end), if any: lets a runner sleep
    /// until then instead of polling.
    pub fn next_deadline(&self) -> Option<Instant> {
        todo!()
    }
}
