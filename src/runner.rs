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
use crate::speech::{Script, Spoken};
use chrono::{DateTime, FixedOffset};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Where cues are sounded and phrases said: the audio output, or nothing.
pub trait Sound {
    /// Sounds `cue` now; never blocks.
    fn play(&self, cue: Cue);

    /// How long `cue`'s sound lasts (speech waits for it to ring out).
    fn beep_length(&self, cue: Cue) -> Duration;

    /// Renders these phrases ahead, in this order, to be said later; returns at once.
    fn prepare(&self, _texts: &[String]) {}

    /// How long `text` takes to say; `None` when it cannot be said (no voice, speech off, or
    /// not prepared).
    fn phrase_length(&self, _text: &str) -> Option<Duration> {
        None
    }

    /// Says `text` (prepared) `delay` from now; never blocks.
    fn say(&self, _text: &str, _delay: Duration) {}

    /// Stops what is being said and what is about to be; beeps go on.
    fn hush(&self) {}
}

/// No sound at all (tests, `--mute` without a device).
#[derive(Debug, Clone, Copy, Default)]
pub struct Silence;

impl Sound for Silence {
    fn play(&self, _cue: Cue) {}

    fn beep_length(&self, _cue: Cue) -> Duration {
        Duration::ZERO
    }
}

/// A phrase the runner asked to be said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Said {
    /// The step it belongs to.
    pub step: usize,
    pub text: String,
    /// When its first sample is due.
    pub at: Instant,
    /// How long it takes.
    pub length: Duration,
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
    /// What the coach says; `None`: no speech.
    script: Option<Script>,
    /// The phrases of the current step still to come, each on its cue; `None` until the
    /// step's first cue has placed them.
    to_say: Option<Vec<Spoken>>,
    /// Phrases asked for since [`Runner::take_said`] was last called.
    said: Vec<Said>,
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
        Self::start_speaking(plan, recorder, now, wall, sound, None)
    }

    /// [`Runner::start`] with a coach that says `script` (rendered ahead through `sound`,
    /// which should have been asked to [`Sound::prepare`] it while idle).
    pub fn start_speaking(
        plan: Arc<Plan>,
        recorder: Option<Recorder>,
        now: Instant,
        wall: DateTime<FixedOffset>,
        sound: &dyn Sound,
        script: Option<Script>,
    ) -> (Self, Vec<Event>) {
        if let Some(script) = &script {
            sound.prepare(&script.texts());
        }
        let (session, events) = Session::start(plan, now);
        let mut runner = Self { session, recorder, script, to_say: None, said: Vec::new() };
        runner.carry_out(&events, now, wall, sound);
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
        self.carry_out(&events, now, wall, sound);
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

    /// The phrases asked for since the last call, in order (for `--events jsonl`).
    pub fn take_said(&mut self) -> Vec<Said> {
        std::mem::take(&mut self.said)
    }

    /// Sounds the cues of `events`, says their phrases and queues the history rows they make.
    fn carry_out(
        &mut self,
        events: &[Event],
        now: Instant,
        wall: DateTime<FixedOffset>,
        sound: &dyn Sound,
    ) {
        for event in events {
            match event {
                Event::StepStarted { .. } => {
                    if self.script.is_some() {
                        // What the last step was saying stops; this step's phrases are placed
                        // at its first cue, after that cue's beep is on its way.
                        sound.hush();
                        self.to_say = None;
                    }
                }
                Event::Cue { cue, step } => {
                    sound.play(*cue);
                    self.speak_on(*cue, *step, now, sound);
                }
                Event::Paused | Event::CaughtUp { .. } => {
                    if self.script.is_some() {
                        sound.hush();
                    }
                }
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
                Event::Resumed => {}
            }
        }
    }

    /// Says the phrase that hangs on `cue`, if any; the first cue of a step places the step's
    /// phrases (a beep never waits for that).
    fn speak_on(&mut self, cue: Cue, step: usize, now: Instant, sound: &dyn Sound) {
        let Some(script) = &self.script else { return };
        let to_say = self.to_say.get_or_insert_with(|| {
            let beep = |cue: Cue| sound.beep_length(cue);
            let mut length = |text: &str| sound.phrase_length(text);
            script.schedule_step(self.session.plan(), step, &beep, &mut length)
        });
        let Some(position) = to_say.iter().position(|s| s.anchor == cue && s.step == step) else {
            return;
        };
        let spoken = to_say.remove(position);
        sound.say(&spoken.text, spoken.delay);
        let at = now + spoken.delay;
        self.said.push(Said { step, text: spoken.text, at, length: spoken.length });
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

        fn beep_length(&self, cue: Cue) -> Duration {
            crate::audio::cue_length(cue)
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

    /// Says what it is asked, and counts hushes; every phrase takes 40 ms a character.
    #[derive(Default)]
    struct Voice {
        said: RefCell<Vec<(String, Duration)>>,
        hushes: RefCell<usize>,
        prepared: RefCell<Vec<String>>,
    }

    impl Sound for Voice {
        fn play(&self, _cue: Cue) {}

        fn beep_length(&self, cue: Cue) -> Duration {
            crate::audio::cue_length(cue)
        }

        fn prepare(&self, texts: &[String]) {
            self.prepared.borrow_mut().extend_from_slice(texts);
        }

        fn phrase_length(&self, text: &str) -> Option<Duration> {
            let known = self.prepared.borrow().iter().any(|t| t == text);
            known.then(|| Duration::from_millis(40 * text.chars().count() as u64))
        }

        fn say(&self, text: &str, delay: Duration) {
            self.said.borrow_mut().push((text.to_owned(), delay));
        }

        fn hush(&self) {
            *self.hushes.borrow_mut() += 1;
        }
    }

    #[test]
    fn the_coach_speaks_on_the_cues_and_hushes_on_a_pause() {
        use crate::speech::{Options, Script};
        let mut plank = hold("plank", 30);
        plank.name = crate::program::Text::plain("en", "Plank");
        let plan =
            Arc::new(plan_of(Defaults { get_ready: 10, ..Defaults::default() }, vec![plank]));
        let script = Script::new(&plan, &crate::i18n::I18n::new("en"), Options::default());
        let voice = Voice::default();
        let t0 = Instant::now();
        let started = wall("2026-03-02T10:00:00+01:00");
        let (mut runner, _) =
            Runner::start_speaking(Arc::clone(&plan), None, t0, started, &voice, Some(script));
        assert!(voice.prepared.borrow().iter().any(|t| t == "Well done!"), "rendered ahead");
        let said = runner.take_said();
        assert_eq!(said.len(), 1);
        assert_eq!(said[0].text, "Get ready. First: Plank, thirty seconds.");
        assert_eq!(said[0].at, t0 + crate::audio::cue_length(Cue::GetReady) + crate::speech::GAP);
        let _ = runner.apply(Control::Tick, t0 + Duration::from_secs(10), started, &voice);
        let _ = runner.apply(Control::TogglePause, t0 + Duration::from_secs(11), started, &voice);
        let hushes_after_pause = *voice.hushes.borrow();
        let _ = runner.apply(Control::TogglePause, t0 + Duration::from_secs(12), started, &voice);
        for second in 13..=50 {
            let _ = runner.apply(Control::Tick, t0 + Duration::from_secs(second), started, &voice);
        }
        assert!(runner.outcome().is_some());
        let texts: Vec<String> = voice.said.borrow().iter().map(|(t, _)| t.clone()).collect();
        assert_eq!(
            texts,
            [
                "Get ready. First: Plank, thirty seconds.",
                "Plank. Thirty seconds.",
                "Halfway.",
                "Well done!"
            ]
        );
        // Each step's start hushes what the last one said; the pause hushed too.
        assert!(hushes_after_pause >= 3, "{hushes_after_pause}");
        assert_eq!(runner.take_said().len(), 3);
    }
}
