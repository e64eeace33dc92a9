//! Keeps a running session in the history as it happens: the session row when it starts, a
//! step row as each step ends, the end and status when it finishes, then the check-in.
//!
//! The writes are queued to a thread of their own that owns a [`Store`], so a slow disk, or
//! another Limber holding the history while it imports a large file, never makes a cue late:
//! the session goes on and the rows land when the database lets them. A write that fails is
//! reported (the front ends show it at once and the terminal runner exits with 1), and the
//! ones after it are still tried; a crash loses at most what was still queued.

use crate::history::{self, Checkin, NewSession, SessionId, Status, StepRecord, Store};
use crate::i18n::Message;
use crate::program::{Plan, Program};
use crate::session::StepOutcome;
use chrono::{DateTime, FixedOffset};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// How often a write that finds the history busy is tried again; each try waits up to the
/// store's busy timeout, so a write gives up after about a minute.
const BUSY_TRIES: u32 = 4;

/// A session being written to the history.
#[derive(Debug)]
pub struct Recorder {
    jobs: Option<Sender<Job>>,
    shared: Arc<Mutex<Written>>,
    thread: Option<JoinHandle<()>>,
}

#[derive(Debug)]
enum Job {
    Step(StepRecord, DateTime<FixedOffset>),
    Finish {
        ended_at: DateTime<FixedOffset>,
        status: Status,
        active_seconds: u32,
    },
    Checkin(Checkin),
    /// Answered once every job queued before it has been written or has failed.
    Flush(Sender<()>),
}

/// What the writer thread has done so far.
#[derive(Debug, Default)]
struct Written {
    /// The session's row, once it was written.
    id: Option<SessionId>,
    /// Writes that failed and were not yet reported.
    new_problems: Vec<history::Error>,
    /// How many writes failed in all.
    failed: u32,
}

/// What became of a session's writes, once they are all done.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    /// The session's row, if the session could be written at all.
    pub id: Option<SessionId>,
    /// How many writes failed (0: everything is in the history).
    pub failed: u32,
}

impl Recorder {
    /// Starts writing `session` to `store` on a thread of its own; the session row is the
    /// first write. Never blocks.
    pub fn begin(store: Store, session: NewSession) -> Self {
        let (jobs, inbox) = mpsc::channel();
        let shared = Arc::new(Mutex::new(Written::default()));
        let thread_shared = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("limber-history".into())
            .spawn(move || write_all(&store, &session, &inbox, &thread_shared));
        match thread {
            Ok(thread) => Self { jobs: Some(jobs), shared, thread: Some(thread) },
            Err(error) => {
                let recorder = Self { jobs: None, shared, thread: None };
                recorder.note(history::Error::Invalid(
                    Message::new("history-writer-not-started").with("detail", error.to_string()),
                ));
                recorder
            }
        }
    }

    /// Queues a step that ended at `ended_at`.
    pub fn step(&self, step: StepRecord, ended_at: DateTime<FixedOffset>) {
        self.send(Job::Step(step, ended_at));
    }

    /// Queues the end of the session.
    pub fn finish(&self, ended_at: DateTime<FixedOffset>, status: Status, active_seconds: u32) {
        self.send(Job::Finish { ended_at, status, active_seconds });
    }

    /// Queues the check-in after the session.
    pub fn checkin(&self, checkin: Checkin) {
        self.send(Job::Checkin(checkin));
    }

    /// Failed writes not reported before, oldest first.
    pub fn problems(&self) -> Vec<history::Error> {
        std::mem::take(&mut self.lock().new_problems)
    }

    /// Waits until everything queued so far is written (or has failed).
    pub fn flush(&self) -> Kept {
        if let Some(jobs) = &self.jobs {
            let (done, wait) = mpsc::channel();
            if jobs.send(Job::Flush(done)).is_ok() {
                // A closed channel means the thread is gone: nothing is left to wait for.
                let _ = wait.recv();
            }
        }
        let written = self.lock();
        Kept { id: written.id, failed: written.failed }
    }

    /// Writes what is queued and stops the thread.
    pub fn close(mut self) -> Kept {
        self.stop();
        let written = self.lock();
        Kept { id: written.id, failed: written.failed }
    }

    fn send(&self, job: Job) {
        let sent = self.jobs.as_ref().is_some_and(|jobs| jobs.send(job).is_ok());
        if !sent {
            self.note(history::Error::Invalid(Message::new("history-writer-stopped")));
        }
    }

    fn note(&self, error: history::Error) {
        let mut written = self.lock();
        written.failed += 1;
        written.new_problems.push(error);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Written> {
        self.shared.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn stop(&mut self) {
        self.jobs = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Recorder {
    /// What was queued still lands before the recorder goes.
    fn drop(&mut self) {
        self.stop();
    }
}

/// The writer thread: the session row, then each job in order until the queue closes.
fn write_all(store: &Store, session: &NewSession, inbox: &Receiver<Job>, shared: &Mutex<Written>) {
    let failed = |error: history::Error| {
        let mut written = shared.lock().unwrap_or_else(PoisonError::into_inner);
        written.failed += 1;
        written.new_problems.push(error);
    };
    let id = match patiently(|| store.begin_session(session)) {
        Ok(id) => {
            shared.lock().unwrap_or_else(PoisonError::into_inner).id = Some(id);
            Some(id)
        }
        Err(error) => {
            failed(error);
            None
        }
    };
    for job in inbox {
        let result = match (&job, id) {
            (Job::Flush(done), _) => {
                let _ = done.send(());
                continue;
            }
            // Without its row nothing of the session can be kept; that was said once.
            (_, None) => continue,
            (Job::Step(step, at), Some(id)) => patiently(|| store.record_step(id, step, *at)),
            (Job::Finish { ended_at, status, active_seconds }, Some(id)) => {
                patiently(|| store.finish(id, *ended_at, *status, *active_seconds))
            }
            (Job::Checkin(checkin), Some(id)) => patiently(|| store.set_checkin(id, checkin)),
        };
        if let Err(error) = result {
            failed(error);
        }
    }
}

/// Runs `write`, again while the history is busy (up to [`BUSY_TRIES`] times).
fn patiently<T>(mut write: impl FnMut() -> Result<T, history::Error>) -> Result<T, history::Error> {
    let mut tries = 1;
    loop {
        match write() {
            Err(error) if error.is_busy() && tries < BUSY_TRIES => tries += 1,
            other => return other,
        }
    }
}

/// The session row for running `plan` of `program`, started at `started_at`.
pub fn new_session(
    program: &Program,
    program_hash: &str,
    plan: &Plan,
    title: &str,
    pain_before: Option<u8>,
    started_at: DateTime<FixedOffset>,
) -> NewSession {
    NewSession {
        program_id: program.id.clone(),
        program_version: program.version,
        program_hash: program_hash.to_owned(),
        title: title.to_owned(),
        started_at,
        planned_seconds: plan.total_seconds,
        sessions_per_week: program.sessions_per_week,
        pain_before,
        level: plan.level,
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

/// Whole seconds, rounded.
pub fn seconds(duration: std::time::Duration) -> u32 {
    u32::try_from((duration.as_millis() + 500) / 1000).unwrap_or(u32::MAX)
}
