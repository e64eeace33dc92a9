//! One running session, for both front ends (the app's session screen and `limber run`).
//!
//! The [`Runner`] feeds the [`Session`] the instants it is given, sounds every cue, keeps every
//! step in the history as it ends (through the [`Recorder`], which never makes it wait) and
//! says when it next needs waking. The front ends only decide what the user asked for
//! ([`Control`]) and show what happened (the [`Event`]s it returns); neither reads the clock:
//! each call takes the monotonic `now` and the wall-clock `wall` of the same moment.
//!
//! A session counts on the day it started, whatever the time it ends: its row keeps its
//! start, and the history dates it by that.

use crate::cue::Cue;
use crate::history::{self, Checkin};
use crate::program::Plan;
use crate::recorder::{self, Kept, Recorder};
use crate::session::{Event, Outcome, Session};
use chrono::{DateTime, FixedOffset};
use std::sync::Arc;
use std::time::Instant;

/// Where cues are sounded: the audio output, or nothing.
pub trait Sound {
    /// Sounds `cue` now; never blocks.
    fn play(&self, cue: Cue);
}

/// No sound at all (tests, `--mute` without a device).
#[derive(Debug, Clone, Copy, Default)]
pub struct Silence;

impl Sound for Silence {
    fn play(&self, _cue: Cue) {}
}

/// What the user (or the passing of time) asks of a running session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Control {
    /// Nothing asked: fire what is due.
    Tick,
    /// Pause when running, resume when paused.
    TogglePause,
    /// Resume if paused.
    Resume,
    /// End the step as skipped.
    Skip,
    /// Restart the step, or go to the previous one (see [`Session::back`]).
    Back,
    /// End a reps step as done.
    Done,
    /// End the session here.
    Stop,
}

/// A session being run, sounded and recorded.
#[derive(Debug)]
pub struct Runner {
    session: Session,
    /// Writes the session to the history; `None` when the history cannot be used.
    recorder: Option<Recorder>,
}

impl Runner {
    /// Starts `plan` at `now` (`wall` on the wall clock); `recorder` has already queued the
    /// session's row. The events of the first step are sounded, and returned to show.
    pub fn start(
        plan: Arc<Plan>,
        recorder: Option<Recorder>,
        now: Instant,
        wall: DateTime<FixedOffset>,
        sound: &dyn Sound,
    ) -> (Self, Vec<Event>) {
        let (session, events) = Session::start(plan, now);
        let runner = Self { session, recorder };
        runner.carry_out(&events, wall, sound);
        (runner, events)
    }

    /// Does what `control` asks at `now` (`wall` on the wall clock), after everything that
    /// came due before; sounds the cues and records the steps that ended. The events, to show.
    pub fn apply(
        &mut self,
        control: Control,
        now: Instant,
        wall: DateTime<FixedOffset>,
        sound: &dyn Sound,
    ) -> Vec<Event> {
        let session = &mut self.session;
        let events = match control {
            Control::Tick => session.tick(now),
            Control::TogglePause => session.toggle_pause(now),
            Control::Resume => session.resume(now),
            Control::Skip => session.skip(now),
            Control::Back => session.back(now),
            Control::Done => session.done(now),
            Control::Stop => session.stop(now),
        };
        self.carry_out(&events, wall, sound);
        events
    }

    /// The session, for showing where it is.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The plan being run.
    pub fn plan(&self) -> &Plan {
        self.session.plan()
    }

    /// How it ended, once it has.
    pub fn outcome(&self) -> Option<&Outcome> {
        self.session.outcome()
    }

    /// The next moment something is due (a cue or a step's end); `None` while paused, once
    /// finished, or while a step waits for Done.
    pub fn next_deadline(&self) -> Option<Instant> {
        self.session.next_deadline()
    }

    /// History writes that failed since the last call, to tell the user at once.
    pub fn problems(&self) -> Vec<history::Error> {
        self.recorder.as_ref().map(Recorder::problems).unwrap_or_default()
    }

    /// Whether the session is being kept in the history at all.
    pub fn is_recorded(&self) -> bool {
        self.recorder.is_some()
    }

    /// Queues the check-in after the session.
    pub fn checkin(&self, checkin: Checkin) {
        if let Some(recorder) = &self.recorder {
            recorder.checkin(checkin);
        }
    }

    /// Waits until everything is written; what was kept.
    pub fn flush(&self) -> Option<Kept> {
        self.recorder.as_ref().map(Recorder::flush)
    }

    /// Writes everything queued and lets the history go; what was kept.
    pub fn close(self) -> Option<Kept> {
        self.recorder.map(Recorder::close)
    }

    /// Sounds the cues of `events` and queues the history rows they make.
    fn carry_out(&self, events: &[Event], wall: DateTime<FixedOffset>, sound: &dyn Sound) {
        for event in events {
            match event {
                Event::Cue { cue, .. } => sound.play(*cue),
                Event::StepEnded(outcome) => {
                    if let Some(recorder) = &self.recorder {
                        recorder.step(recorder::step_record(self.session.plan(), outcome), wall);
                    }
                }
                Event::Finished(outcome) => {
                    if let Some(recorder) = &self.recorder {
                        let active = recorder::seconds(outcome.active);
                        recorder.finish(wall, outcome.status, active);
                    }
                }
                Event::StepStarted { .. }
                | Event::Paused
                | Event::Resumed
                | Event::CaughtUp { .. } => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::history::Store;
    use crate::program::Defaults;
    use crate::testing::{hold, plan_of};
    use std::cell::RefCell;
    use std::time::Duration;

    #[derive(Default)]
    struct Heard(RefCell<Vec<Cue>>);

    impl Sound for Heard {
        fn play(&self, cue: Cue) {
            self.0.borrow_mut().push(cue);
        }
    }

    fn wall(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    #[test]
    fn every_cue_is_sounded_and_every_step_kept_and_dated_by_its_start() {
        let dir = tempfile::tempdir().unwrap();
        let started = wall("2026-12-31T23:59:50+01:00");
        let store = Store::open(dir.path(), started).unwrap().store;
        let plan = Arc::new(plan_of(
            Defaults { get_ready: 5, ..Defaults::default() },
            vec![hold("plank", 10)],
        ));
        let program = crate::program::parse(
            "format = 1\nid = \"test\"\ntitle = \"Test\"\n[[block]]\n[[block.exercise]]\n\
             id = \"plank\"\nname = \"Plank\"\nduration = 10\n",
            std::path::Path::new("t.toml"),
            None,
        )
        .unwrap();
        let session = recorder::new_session(&program, "hash", &plan, "Test", Some(3), started);
        let recorder = Recorder::begin(store, session);
        let heard = Heard::default();
        let t0 = Instant::now();
        let (mut runner, first) = Runner::start(plan, Some(recorder), t0, started, &heard);
        assert!(first.contains(&Event::Cue { cue: Cue::GetReady, step: 0 }));
        // Across midnight: the session still counts on the day it began.
        for second in 1..=16 {
            let now = t0 + Duration::from_secs(second);
            let at = started + chrono::Duration::seconds(i64::try_from(second).unwrap());
            let _ = runner.apply(Control::Tick, now, at, &heard);
        }
        assert!(runner.outcome().is_some());
        let heard = heard.0.borrow();
        assert_eq!(heard.first(), Some(&Cue::GetReady));
        assert_eq!(heard.last(), Some(&Cue::Finished));
        assert_eq!(heard.iter().filter(|c| **c == Cue::Go).count(), 1);
        runner.checkin(Checkin { pain_after: Some(2), effort: Some(4), note: None });
        let kept = runner.close().unwrap();
        assert_eq!(kept.failed, 0);

        let store = Store::open(dir.path(), wall("2027-01-01T00:01:00+01:00")).unwrap().store;
        let sessions = store.sessions().unwrap();
        assert_eq!(sessions.len(), 1);
        assert_eq!(sessions[0].started_at, started);
        assert_eq!(sessions[0].status, crate::session::Status::Completed);
        assert_eq!(sessions[0].pain_after, Some(2));
        assert_eq!(store.steps(sessions[0].id).unwrap().len(), 2);
        let input = store.stats_input(wall("2027-01-01T00:01:00+01:00").date_naive()).unwrap();
        assert_eq!(input.entries[0].date, started.date_naive());
    }
}
