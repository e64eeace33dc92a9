//! The running session: a pure state machine over a [`Plan`], driven by the instants it is
//! given. It never reads the clock; `gui` and `cli` pass `now` in.
//!
//! Time is kept with deadlines: each step's end is computed from the moment the step started
//! (shifted only by pauses, untimed steps, skip and back), never by counting ticks, so a late
//! or irregular tick never shifts later steps, and every cue whose moment has passed fires
//! exactly once and in order.
//!
//! # How time works
//!
//! A step that ends by itself ends at `start + seconds`, and the next step starts at exactly
//! that moment, whenever the tick that notices it comes: a tick 1.3 s late reports the end
//! and the next step's start (and every cue due since, in order, each after its step's
//! [`Event::StepStarted`]), but the next step still began on time, so lateness never adds up.
//! A pause freezes the step; resuming moves the step's start later by exactly the time
//! paused, so every remaining deadline moves by that much. Skip, back and Done start the next
//! step at the moment they are pressed, and so does a step that waited for Done.
//!
//! Every call takes `now`, first handles everything due up to `now`, then does what it was
//! asked. A `now` earlier than one already seen counts as that one: time never runs backwards
//! in here, so a confused clock cannot make a cue fire twice or a step go negative.
//!
//! # Decisions
//!
//! - **Back** restarts the step, unless the step is less than [`BACK_WINDOW`] (3 s, pauses
//!   not counted) under way: then it goes to the previous step (never before step 0), as the
//!   "previous track" button of a music player does. So pressing Back twice goes to the
//!   previous step (the first press restarts the step, the second comes within 3 s of that
//!   restart), and Back just after a step began by itself goes to the step before it. The step
//!   left ends as not done.
//! - **Done** ends a reps work step as done: an untimed one (which waits for it), or a paced
//!   one when the runner finished the reps early. On any other step it does nothing (Skip is
//!   the way to leave a hold or a rest early).
//! - **While paused**, skip, back and Done change the step but the session stays paused: the
//!   new step is shown frozen at its start and its first cues sound on resume. Stop works too.
//! - **Completed** means: not stopped, and every work step of the plan ended as done at least
//!   once (a work step skipped and then redone after Back counts as done).
//! - **A long gap** (the laptop slept): when the earliest thing due (a cue or a step end) is
//!   more than [`GAP`] overdue, the session does not replay a burst of stale beeps. It ends
//!   the step it was in and every step that fully elapsed as done with their planned time
//!   (they really elapsed, and the runner likely went on with the exercise), lands in the
//!   step where it should be now (which still began at its planned moment, so its remaining
//!   time is right), and drops every cue due up to now. Events, in this order:
//!   [`Event::CaughtUp`], a [`Event::StepEnded`] for the step it was in and each step it
//!   passed (no `StepStarted` for those), then `StepStarted` of the landing step, or
//!   [`Event::Finished`] if the whole plan elapsed (its `Finished` cue is stale too, and
//!   counted as missed). Cues due after `now` fire as usual. Lateness is measured against
//!   the missed deadline, not the previous tick, so a runner that sleeps until
//!   [`Session::next_deadline`] (maybe 30 s) is never taken for a sleeping laptop.
//! - A natural end of the plan emits `StepEnded`, the [`Cue::Finished`] cue, then
//!   `Finished`; so does skipping or finishing the last step. Stopping emits `StepEnded` and
//!   `Finished`, without the cue.

use crate::cue::{self, Cue};
use crate::program::{Plan, StepKind};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A deadline overdue by more than this means the session was not run for a while (the
/// laptop slept): it catches up instead of replaying what it missed. Ticks may come up to
/// 2 s late on a busy machine; 5 s leaves room for that and still drops anything stale.
pub const GAP: Duration = Duration::from_secs(5);

/// Back pressed within this much of a step's start (pauses not counted) goes to the previous
/// step; later, it restarts the step.
pub const BACK_WINDOW: Duration = Duration::from_secs(3);

/// Something that happened, in the order it happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// Step `index` of the plan began.
    StepStarted { index: usize },
    /// A cue is due (during step `step`).
    Cue { cue: Cue, step: usize },
    /// A step ended (done, skipped, or cut short by stopping).
    StepEnded(StepOutcome),
    /// The session was paused: the step's remaining time is frozen.
    Paused,
    /// The session continues where it was paused.
    Resumed,
    /// A tick came so late (the laptop slept) that replaying the missed cues would be a burst
    /// of stale beeps: the session moved straight to where it should be. `from` and `to` are
    /// step indices; `missed_cues` were dropped, not fired. It comes first, then a
    /// `StepEnded` for `from` and for each step passed (done, planned time, never announced
    /// with `StepStarted`), then `StepStarted { index: to }` when `to != from`, or
    /// `Finished` when the whole plan elapsed.
    CaughtUp { from: usize, to: usize, missed_cues: usize },
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

/// How a session ended: the one meaning the summary, the terminal and the history share.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// Not stopped, and every work step of the plan ended as done.
    Completed,
    /// Stopped early or with work skipped, after some work was done; also a session whose
    /// process went away (a crash), as the history marks it at its next start.
    Partial,
    /// Ended before any work: no work step was done or under way for a second.
    Abandoned,
}

impl Status {
    /// The name stored and exported: `completed`, `partial` or `abandoned`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::Partial => "partial",
            Self::Abandoned => "abandoned",
        }
    }

    /// The status named `text`, if any.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "completed" => Some(Self::Completed),
            "partial" => Some(Self::Partial),
            "abandoned" => Some(Self::Abandoned),
            _ => None,
        }
    }
}

/// The end of a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Completed, partial or abandoned.
    pub status: Status,
    /// Ended with Stop, rather than by reaching the end of the plan (perhaps by skipping).
    pub stopped: bool,
    /// One entry per step that was started, in the order they ended (a step started twice via
    /// Back has two entries).
    pub steps: Vec<StepOutcome>,
    /// Time from start to finish, pauses excluded.
    pub active: Duration,
    /// Total time paused.
    pub paused: Duration,
}

impl Outcome {
    /// The Fluent key of the sentence that sums the session up: completed, stopped, or done
    /// with steps skipped. The summary screen and `limber run` both say it.
    pub fn summary_key(&self) -> &'static str {
        match (self.status, self.stopped) {
            (Status::Completed, _) => "summary-completed",
            (_, true) => "summary-partial",
            (_, false) => "summary-skipped",
        }
    }
}

/// A session in progress.
#[derive(Debug, Clone)]
pub struct Session {
    plan: Arc<Plan>,
    /// Planned time before each step (untimed steps count 0), and the total as the last entry.
    offsets: Vec<Duration>,
    /// The current step (the last one once finished).
    index: usize,
    /// When the current step began, moved later by the time paused since: the time spent in
    /// the step is `now - step_start` while running.
    step_start: Instant,
    /// The current step's cues (offsets from `step_start`) and how many of them have fired.
    cues: Vec<(Duration, Cue)>,
    next_cue: usize,
    /// When the current pause began.
    paused_at: Option<Instant>,
    /// Time paused in pauses that have ended.
    paused: Duration,
    started: Instant,
    /// The latest instant seen; an earlier `now` is taken as this one.
    clock: Instant,
    outcomes: Vec<StepOutcome>,
    finished: Option<Finish>,
}

/// What a finished session keeps for its queries.
#[derive(Debug, Clone)]
struct Finish {
    outcome: Outcome,
    step_elapsed: Duration,
    session_elapsed: Duration,
}

fn seconds(s: u32) -> Duration {
    Duration::from_secs(u64::from(s))
}

impl Session {
    /// Starts `plan` at `now`; the events of the first step (its start and first cues).
    pub fn start(plan: Arc<Plan>, now: Instant) -> (Self, Vec<Event>) {
        let mut offsets = Vec::with_capacity(plan.steps.len() + 1);
        let mut total = Duration::ZERO;
        offsets.push(total);
        for step in &plan.steps {
            total += step.seconds.map_or(Duration::ZERO, seconds);
            offsets.push(total);
        }
        let mut session = Self {
            plan,
            offsets,
            index: 0,
            step_start: now,
            cues: Vec::new(),
            next_cue: 0,
            paused_at: None,
            paused: Duration::ZERO,
            started: now,
            clock: now,
            outcomes: Vec::new(),
            finished: None,
        };
        let mut events = Vec::new();
        if session.plan.steps.is_empty() {
            session.finish(now, false, &mut events);
        } else {
            session.begin(0, now, true, &mut events);
            session.advance(now, &mut events);
        }
        (session, events)
    }

    /// Everything due up to `now`, in order.
    pub fn tick(&mut self, now: Instant) -> Vec<Event> {
        let mut events = Vec::new();
        let now = self.observe(now);
        self.advance(now, &mut events);
        events
    }

    /// Freezes the remaining time of the step.
    pub fn pause(&mut self, now: Instant) -> Vec<Event> {
        let mut events = Vec::new();
        let now = self.observe(now);
        self.advance(now, &mut events);
        if self.finished.is_none() && self.paused_at.is_none() {
            self.paused_at = Some(now);
            events.push(Event::Paused);
        }
        events
    }

    /// Continues with exactly the remaining time the step had when paused.
    pub fn resume(&mut self, now: Instant) -> Vec<Event> {
        let mut events = Vec::new();
        let now = self.observe(now);
        if let Some(paused_at) = self.paused_at.take() {
            let paused = now.saturating_duration_since(paused_at);
            self.paused += paused;
            self.step_start += paused;
            events.push(Event::Resumed);
        }
        self.advance(now, &mut events);
        events
    }

    /// Pause when running, resume when paused.
    pub fn toggle_pause(&mut self, now: Instant) -> Vec<Event> {
        if self.is_paused() { self.resume(now) } else { self.pause(now) }
    }

    /// Ends the current step as skipped and starts the next (or finishes after the last).
    pub fn skip(&mut self, now: Instant) -> Vec<Event> {
        self.leave(now, |session| Some((session.index + 1, false)))
    }

    /// Restarts the current step; within [`BACK_WINDOW`] of the step's start (so also when
    /// pressed again within 3 s), goes to the previous step instead, never before step 0.
    pub fn back(&mut self, now: Instant) -> Vec<Event> {
        self.leave(now, |session| {
            let elapsed = session.raw_elapsed(session.clock);
            let previous = elapsed < BACK_WINDOW && session.index > 0;
            Some((if previous { session.index - 1 } else { session.index }, false))
        })
    }

    /// Ends a reps work step as done (an untimed one waits for this; a paced one ends early).
    /// Does nothing on other steps.
    pub fn done(&mut self, now: Instant) -> Vec<Event> {
        self.leave(now, |session| {
            let step = session.plan.steps.get(session.index)?;
            (step.kind == StepKind::Work && step.reps.is_some())
                .then_some((session.index + 1, true))
        })
    }

    /// Stops early: the current step ends as not done and the session finishes (partial).
    pub fn stop(&mut self, now: Instant) -> Vec<Event> {
        let mut events = Vec::new();
        let now = self.observe(now);
        self.advance(now, &mut events);
        if self.finished.is_none() {
            let at = self.running_now(now);
            let ended = self.end_step(at, false);
            events.push(Event::StepEnded(ended));
            self.finish(at, true, &mut events);
        }
        events
    }

    /// The plan being run.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// The plan being run, shared.
    pub fn plan_arc(&self) -> &Arc<Plan> {
        &self.plan
    }

    /// Index of the current step (the last one once finished).
    pub fn current(&self) -> usize {
        self.index
    }

    /// Whether the session is paused (never once finished).
    pub fn is_paused(&self) -> bool {
        self.paused_at.is_some()
    }

    /// Whether the session is over.
    pub fn is_finished(&self) -> bool {
        self.finished.is_some()
    }

    /// How the session ended, once it has.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.finished.as_ref().map(|finish| &finish.outcome)
    }

    /// When the current step began, moved later by the time paused since (so the time spent
    /// in it is `now - step_started_at()` while running). A step that began by itself began
    /// exactly when the one before it ended.
    pub fn step_started_at(&self) -> Instant {
        self.step_start
    }

    /// Time left in the current step as of `now` (frozen while paused); `None` for an
    /// untimed step.
    pub fn step_remaining(&self, now: Instant) -> Option<Duration> {
        let step = self.plan.steps.get(self.index)?;
        step.seconds.map(|s| seconds(s).saturating_sub(self.step_elapsed(now)))
    }

    /// Time spent in the current step as of `now`, pauses excluded (never more than a timed
    /// step's length; frozen once finished).
    pub fn step_elapsed(&self, now: Instant) -> Duration {
        if let Some(finish) = &self.finished {
            return finish.step_elapsed;
        }
        let elapsed = self.raw_elapsed(now);
        match self.plan.steps.get(self.index).and_then(|step| step.seconds) {
            Some(s) => elapsed.min(seconds(s)),
            None => elapsed,
        }
    }

    /// The repetition (1-based) under way: the hold of a hold series, or the rep of a paced
    /// reps step (both sides counted when they alternate); `None` in other steps and once
    /// finished.
    pub fn current_rep(&self, now: Instant) -> Option<u32> {
        if self.finished.is_some() {
            return None;
        }
        let step = self.plan.steps.get(self.index)?;
        if step.rep.is_some() {
            return step.rep;
        }
        let (reps, pace) = (step.pass_reps()?, step.seconds_per_rep.filter(|&pace| pace > 0)?);
        let done = self.step_elapsed(now).as_secs() / u64::from(pace);
        Some(u32::try_from(done).unwrap_or(u32::MAX).saturating_add(1).min(reps))
    }

    /// Planned seconds covered so far (finished steps' planned time plus the elapsed part of
    /// the current one), for the whole-session bar. It follows the position in the plan: the
    /// planned time of every step before the current one, whether done or skipped, plus the
    /// elapsed part of the current one (0 for an untimed step); the planned total once the
    /// plan has run to its end.
    pub fn session_elapsed(&self, now: Instant) -> Duration {
        if let Some(finish) = &self.finished {
            return finish.session_elapsed;
        }
        let before = self.offsets.get(self.index).copied().unwrap_or_default();
        let timed = self.plan.steps.get(self.index).is_some_and(|step| step.is_timed());
        before + if timed { self.step_elapsed(now) } else { Duration::ZERO }
    }

    /// The steps that have ended so far.
    pub fn outcomes(&self) -> &[StepOutcome] {
        &self.outcomes
    }

    /// The moment of the next thing due (a cue or a step end), if any: lets a runner sleep
    /// until then instead of polling. `None` while paused, once finished, and in an untimed
    /// step with no cue left (it waits for Done).
    pub fn next_deadline(&self) -> Option<Instant> {
        if self.finished.is_some() || self.paused_at.is_some() {
            return None;
        }
        self.next_due()
    }

    /// Takes `now` as the latest instant seen: time never runs backwards in here.
    fn observe(&mut self, now: Instant) -> Instant {
        self.clock = self.clock.max(now);
        self.clock
    }

    /// The moment on the session's running clock: frozen while paused.
    fn running_now(&self, now: Instant) -> Instant {
        self.paused_at.unwrap_or(now)
    }

    fn raw_elapsed(&self, now: Instant) -> Duration {
        self.running_now(now).saturating_duration_since(self.step_start)
    }

    fn step_end(&self) -> Option<Instant> {
        let step = self.plan.steps.get(self.index)?;
        step.seconds.map(|s| self.step_start + seconds(s))
    }

    /// The earliest cue or step end still to come (ignoring pauses).
    fn next_due(&self) -> Option<Instant> {
        let cue = self.cues.get(self.next_cue).map(|(offset, _)| self.step_start + *offset);
        match (cue, self.step_end()) {
            (Some(cue), Some(end)) => Some(cue.min(end)),
            (cue, end) => cue.or(end),
        }
    }

    /// Makes step `index` the current one, begun at `at` (on the running clock).
    fn begin(&mut self, index: usize, at: Instant, announce: bool, events: &mut Vec<Event>) {
        self.index = index;
        self.step_start = at;
        self.cues = cue::step_cues(&self.plan, index);
        self.next_cue = 0;
        if announce {
            events.push(Event::StepStarted { index });
        }
    }

    /// Ends the current step at `at` (on the running clock) and records how it went.
    fn end_step(&mut self, at: Instant, done: bool) -> StepOutcome {
        let outcome = StepOutcome {
            index: self.index,
            done,
            spent: at.saturating_duration_since(self.step_start),
        };
        self.outcomes.push(outcome.clone());
        outcome
    }

    /// After the current step ended at `at`: starts step `index`, or finishes when the plan
    /// has no such step.
    fn go_to(&mut self, index: usize, at: Instant, events: &mut Vec<Event>) {
        if index < self.plan.steps.len() {
            self.begin(index, at, true, events);
        } else {
            events.push(Event::Cue { cue: Cue::Finished, step: self.index });
            self.finish(at, false, events);
        }
    }

    /// Skip, back and Done: handles what is due, then, if `target` gives a step, ends the
    /// current one and goes there at the moment pressed.
    fn leave(
        &mut self,
        now: Instant,
        target: impl FnOnce(&Self) -> Option<(usize, bool)>,
    ) -> Vec<Event> {
        let mut events = Vec::new();
        let now = self.observe(now);
        self.advance(now, &mut events);
        if self.finished.is_some() {
            return events;
        }
        if let Some((index, done)) = target(self) {
            let at = self.running_now(now);
            let ended = self.end_step(at, done);
            events.push(Event::StepEnded(ended));
            self.go_to(index, at, &mut events);
            self.advance(now, &mut events);
        }
        events
    }

    /// Fires everything due up to `now`, in order, or catches up after a long gap.
    fn advance(&mut self, now: Instant, events: &mut Vec<Event>) {
        if self.finished.is_some() || self.paused_at.is_some() {
            return;
        }
        if self.next_due().is_some_and(|due| now.saturating_duration_since(due) > GAP) {
            self.catch_up(now, events);
            return;
        }
        loop {
            while let Some(&(offset, cue)) = self.cues.get(self.next_cue) {
                if self.step_start + offset > now {
                    break;
                }
                self.next_cue += 1;
                events.push(Event::Cue { cue, step: self.index });
            }
            match self.step_end() {
                Some(end) if end <= now => {
                    let ended = self.end_step(end, true);
                    events.push(Event::StepEnded(ended));
                    self.go_to(self.index + 1, end, events);
                    if self.finished.is_some() {
                        return;
                    }
                }
                _ => return,
            }
        }
    }

    /// Moves straight to where the session should be at `now`, dropping the cues missed.
    fn catch_up(&mut self, now: Instant, events: &mut Vec<Event>) {
        let from = self.index;
        let mut missed = 0;
        let mut ended = Vec::new();
        let mut end_of_plan = None;
        loop {
            while self
                .cues
                .get(self.next_cue)
                .is_some_and(|(offset, _)| self.step_start + *offset <= now)
            {
                self.next_cue += 1;
                missed += 1;
            }
            match self.step_end() {
                Some(end) if end <= now => {
                    ended.push(self.end_step(end, true));
                    if self.index + 1 < self.plan.steps.len() {
                        self.begin(self.index + 1, end, false, events);
                    } else {
                        missed += 1; // the Finished cue
                        end_of_plan = Some(end);
                        break;
                    }
                }
                _ => break,
            }
        }
        events.push(Event::CaughtUp { from, to: self.index, missed_cues: missed });
        events.extend(ended.into_iter().map(Event::StepEnded));
        match end_of_plan {
            Some(end) => self.finish(end, false, events),
            None if self.index != from => events.push(Event::StepStarted { index: self.index }),
            None => {}
        }
    }

    /// Ends the session at `at` (on the running clock); the current step has already ended.
    fn finish(&mut self, at: Instant, stopped: bool, events: &mut Vec<Event>) {
        // A session stopped while paused was paused until the stop.
        let pausing = self
            .paused_at
            .take()
            .map_or(Duration::ZERO, |p| self.clock.saturating_duration_since(p));
        let active = at.saturating_duration_since(self.started).saturating_sub(self.paused);
        self.paused += pausing;
        let mut done = vec![false; self.plan.steps.len()];
        for outcome in self.outcomes.iter().filter(|o| o.done) {
            if let Some(slot) = done.get_mut(outcome.index) {
                *slot = true;
            }
        }
        let all_work_done = self
            .plan
            .steps
            .iter()
            .zip(&done)
            .all(|(step, &done)| done || step.kind != StepKind::Work);
        let any_work = self.outcomes.iter().any(|o| {
            (o.done || o.spent >= Duration::from_secs(1))
                && self.plan.steps.get(o.index).is_some_and(|step| step.kind == StepKind::Work)
        });
        let status = match (!stopped && all_work_done, any_work) {
            (true, _) => Status::Completed,
            (false, true) => Status::Partial,
            (false, false) => Status::Abandoned,
        };
        let outcome =
            Outcome { status, stopped, steps: self.outcomes.clone(), active, paused: self.paused };
        let step_elapsed = self.outcomes.last().map_or(Duration::ZERO, |o| o.spent);
        let session_elapsed = if stopped {
            let timed = self.plan.steps.get(self.index).and_then(|s| s.seconds);
            self.offsets.get(self.index).copied().unwrap_or_default()
                + timed.map_or(Duration::ZERO, |s| step_elapsed.min(seconds(s)))
        } else {
            self.offsets.last().copied().unwrap_or_default()
        };
        events.push(Event::Finished(outcome.clone()));
        self.finished = Some(Finish { outcome, step_elapsed, session_elapsed });
    }
}

#[cfg(test)]
mod tests;
