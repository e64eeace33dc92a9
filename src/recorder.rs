//! Keeps a running session in the history as it happens: the session row when it starts, a
//! step row as each step ends, the end and status when it finishes. The GUI and the terminal
//! runner both record through this, so a crash loses at most the step in progress.

use crate::history::{self, NewSession, SessionId, StepRecord, Store};
use crate::plan::{Plan, StepKind};
use crate::program::Program;
use crate::session::{self, Event, Outcome, StepOutcome};
use chrono::{DateTime, FixedOffset};

/// A session being written to the history.
#[derive(Debug)]
pub struct Recorder {
    id: SessionId,
}

impl Recorder {
    /// Writes the start of a session: it is in the history (as partial) from now on.
    pub fn begin(
        store: &Store,
        program: &Program,
        program_hash: &str,
        plan: &Plan,
        title: &str,
        pain_before: Option<u8>,
        started_at: DateTime<FixedOffset>,
    ) -> Result<Self, history::Error> {
        let id = store.begin_session(&NewSession {
            program_id: program.id.clone(),
            program_version: program.version,
            program_hash: program_hash.to_owned(),
            title: title.to_owned(),
            started_at,
            planned_seconds: plan.total_seconds,
            sessions_per_week: program.sessions_per_week,
            pain_before,
        })?;
        Ok(Self { id })
    }

    /// The session's row.
    pub fn id(&self) -> SessionId {
        self.id
    }

    /// Writes the steps that ended and, when the session finished, its end. `now` is the
    /// local time of these events.
    pub fn observe(
        &self,
        store: &Store,
        plan: &Plan,
        events: &[Event],
        now: DateTime<FixedOffset>,
    ) -> Result<(), history::Error> {
        for event in events {
            match event {
                Event::StepEnded(outcome) => {
                    store.record_step(self.id, &step_record(plan, outcome))?
                }
                Event::Finished(outcome) => {
                    store.finish(self.id, now, status(plan, outcome), seconds(outcome.active))?
                }
                _ => {}
            }
        }
        Ok(())
    }
}

/// A step's row.
pub fn step_record(plan: &Plan, outcome: &StepOutcome) -> StepRecord {
    let step = plan.steps.get(outcome.index);
    StepRecord {
        index: u32::try_from(outcome.index).unwrap_or(u32::MAX),
        kind: step.map_or("work", |s| s.kind.as_str()).to_owned(),
        exercise: step.and_then(|s| plan.exercise_of(s)).map(|e| e.id.clone()),
        set: step.map_or(0, |s| s.set),
        side: step.and_then(|s| s.side).map(|s| s.as_str().to_owned()),
        done: outcome.done,
        seconds: seconds(outcome.spent),
    }
}

/// Completed, partial, or abandoned when no exercise was even begun (stopped or skipped
/// through before a second of work).
pub fn status(plan: &Plan, outcome: &Outcome) -> history::Status {
    let any_work_done = outcome.steps.iter().any(|s| {
        (s.done || s.spent.as_secs() >= 1)
            && plan.steps.get(s.index).is_some_and(|step| step.kind == StepKind::Work)
    });
    match outcome.status {
        session::Status::Completed => history::Status::Completed,
        session::Status::Partial if any_work_done => history::Status::Partial,
        session::Status::Partial => history::Status::Abandoned,
    }
}

/// Whole seconds, rounded.
fn seconds(duration: std::time::Duration) -> u32 {
    u32::try_from((duration.as_millis() + 500) / 1000).unwrap_or(u32::MAX)
}
