use super::*;
use crate::program::{Defaults, Dosage};
use crate::testing::{exercise, form, hold, plan_of};

fn s(seconds: u64) -> Duration {
    Duration::from_secs(seconds)
}

fn ms(millis: u64) -> Duration {
    Duration::from_millis(millis)
}

fn cue(cue: Cue, step: usize) -> Event {
    Event::Cue { cue, step }
}

fn ended(index: usize, done: bool, spent: Duration) -> Event {
    Event::StepEnded(StepOutcome { index, done, spent })
}

fn started(index: usize) -> Event {
    Event::StepStarted { index }
}

/// prepare 10 s, plank 30 s (form cue at 5 s), rest 15 s, bridge 4 reps × 3 s.
fn plank_and_bridge() -> Arc<Plan> {
    let mut plank = hold("plank", 30);
    plank.cues = vec![form(5)];
    let bridge = exercise("bridge", Dosage::reps(4, Some(3)));
    Arc::new(plan_of(Defaults::default(), vec![plank, bridge]))
}

/// Ticks every 100 ms after `from` and once at `to`, collecting the events.
fn run(session: &mut Session, from: Instant, to: Instant) -> Vec<Event> {
    let mut events = Vec::new();
    let mut now = from + ms(100);
    while now < to {
        events.extend(session.tick(now));
        now += ms(100);
    }
    events.extend(session.tick(to));
    assert!(!events.iter().any(|e| matches!(e, Event::CaughtUp { .. })));
    events
}

fn outcome_of(events: &[Event]) -> Option<&Outcome> {
    events.iter().find_map(|e| match e {
        Event::Finished(outcome) => Some(outcome),
        _ => None,
    })
}

#[test]
fn start_announces_the_first_step_and_its_cue() {
    let t0 = Instant::now();
    let (session, events) = Session::start(plank_and_bridge(), t0);
    assert_eq!(events, [started(0), cue(Cue::GetReady, 0)]);
    assert_eq!(session.current(), 0);
    assert_eq!(session.step_remaining(t0 + s(4)), Some(s(6)));
    assert_eq!(session.next_deadline(), Some(t0 + s(7)));
}

#[test]
fn a_late_tick_fires_everything_in_order_and_shifts_nothing() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    assert_eq!(session.tick(t0 + ms(6_999)), []);
    assert_eq!(
        session.tick(t0 + ms(11_300)),
        [
            cue(Cue::Countdown(3), 0),
            cue(Cue::Countdown(2), 0),
            cue(Cue::Countdown(1), 0),
            ended(0, true, s(10)),
            started(1),
            cue(Cue::Go, 1),
        ]
    );
    assert_eq!(session.step_started_at(), t0 + s(10), "the plank began on time");
    assert_eq!(session.step_remaining(t0 + ms(11_300)), Some(ms(28_700)));
    assert_eq!(session.tick(t0 + ms(15_000)), [cue(Cue::Form(0), 1)]);
    assert_eq!(session.tick(t0 + ms(26_000)), [cue(Cue::Halfway, 1)]);
    assert_eq!(
        session.tick(t0 + ms(39_999)),
        [cue(Cue::Countdown(3), 1), cue(Cue::Countdown(2), 1), cue(Cue::Countdown(1), 1),]
    );
    let events = session.tick(t0 + s(40));
    assert_eq!(events[0], ended(1, true, s(30)));
    assert_eq!(session.step_started_at(), t0 + s(40));
    assert_eq!(events[1..], [started(2), cue(Cue::Rest { next: Some(1) }, 2)]);
}

#[test]
fn the_whole_plan_runs_to_a_completed_outcome() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    // prepare 10 + plank 30 + rest 15 + bridge 12 = 67 s.
    assert_eq!(session.plan().total_seconds, 67);
    let events = run(&mut session, t0, t0 + ms(66_999));
    assert_eq!(events.last(), Some(&cue(Cue::Countdown(1), 3)));
    assert_eq!(events.iter().filter(|e| matches!(e, Event::Cue { .. })).count(), 3 + 6 + 4 + 6);
    let events = session.tick(t0 + ms(67_500));
    assert_eq!(events[..2], [ended(3, true, s(12)), cue(Cue::Finished, 3)]);
    let outcome = outcome_of(&events).unwrap();
    assert_eq!(outcome.status, Status::Completed);
    assert_eq!(outcome.active, s(67));
    assert_eq!(outcome.paused, Duration::ZERO);
    assert_eq!(outcome.steps.len(), 4);
    assert!(session.is_finished());
    assert_eq!(session.current(), 3);
    assert_eq!(session.session_elapsed(t0 + s(100)), s(67));
    assert_eq!(session.next_deadline(), None);
    assert_eq!(session.tick(t0 + s(100)), []);
    assert_eq!(session.skip(t0 + s(100)), []);
}

#[test]
fn paced_reps_tick_and_count() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(55));
    assert_eq!(session.current(), 3);
    assert_eq!(session.current_rep(t0 + s(55)), Some(1));
    assert_eq!(session.tick(t0 + s(58)), [cue(Cue::Rep(2), 3)]);
    assert_eq!(session.current_rep(t0 + ms(60_999)), Some(2));
    assert_eq!(session.current_rep(t0 + s(61)), Some(3));
    assert_eq!(session.current_rep(t0 + s(99)), Some(4));
    // Countdown(3) at 9 s falls on the tick of rep 4 and is left out.
    assert_eq!(
        session.tick(t0 + s(65)),
        [cue(Cue::Rep(3), 3), cue(Cue::Rep(4), 3), cue(Cue::Countdown(2), 3)]
    );
    assert_eq!(session.tick(t0 + s(66)), [cue(Cue::Countdown(1), 3)]);
    let mut other = Session::start(plank_and_bridge(), t0).0;
    assert_eq!(other.current_rep(t0), None);
    other.tick(t0 + s(20));
    assert_eq!(other.current_rep(t0 + s(20)), None);
}

#[test]
fn pause_freezes_the_remaining_time_exactly() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(10));
    assert_eq!(session.pause(t0 + ms(15_250)), [cue(Cue::Form(0), 1), Event::Paused]);
    assert!(session.is_paused());
    assert_eq!(session.next_deadline(), None);
    assert_eq!(session.step_remaining(t0 + s(100)), Some(ms(24_750)));
    assert_eq!(session.tick(t0 + s(100)), [], "nothing is due while paused");
    assert_eq!(session.pause(t0 + s(101)), [], "pausing twice does nothing");
    assert_eq!(session.resume(t0 + ms(115_250)), [Event::Resumed]);
    assert_eq!(session.step_remaining(t0 + ms(115_250)), Some(ms(24_750)));
    assert_eq!(session.step_started_at(), t0 + s(110));
    assert_eq!(session.next_deadline(), Some(t0 + s(125)), "halfway moved by the pause");
    assert_eq!(session.resume(t0 + ms(115_300)), [], "resuming twice does nothing");
    run(&mut session, t0 + ms(115_250), t0 + ms(139_999));
    assert_eq!(session.tick(t0 + s(140))[0], ended(1, true, s(30)));
    let events = run(&mut session, t0 + s(140), t0 + s(300));
    let outcome = outcome_of(&events).unwrap();
    assert_eq!(outcome.status, Status::Completed);
    assert_eq!(outcome.paused, s(100));
    assert_eq!(outcome.active, s(67));
}

#[test]
fn toggle_pause_pauses_and_resumes() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    assert_eq!(session.toggle_pause(t0 + s(1)), [Event::Paused]);
    assert_eq!(session.toggle_pause(t0 + s(3)), [Event::Resumed]);
    assert_eq!(session.step_remaining(t0 + s(3)), Some(s(9)));
}

#[test]
fn skip_ends_the_step_as_skipped_and_makes_the_session_partial() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(10));
    assert_eq!(
        session.skip(t0 + ms(12_500)),
        [ended(1, false, ms(2_500)), started(2), cue(Cue::Rest { next: Some(1) }, 2)]
    );
    assert_eq!(session.step_started_at(), t0 + ms(12_500));
    assert_eq!(session.session_elapsed(t0 + ms(13_500)), s(41));
    session.skip(t0 + s(13));
    let events = session.tick(t0 + s(100));
    let outcome = outcome_of(&events).unwrap();
    assert_eq!(outcome.status, Status::Partial);
    assert_eq!(outcome.active, s(25));
}

#[test]
fn skipping_the_last_step_finishes_with_the_cue() {
    let t0 = Instant::now();
    let plan =
        Arc::new(plan_of(Defaults { get_ready: 0, ..Defaults::default() }, vec![hold("a", 30)]));
    let (mut session, _) = Session::start(plan, t0);
    let events = session.skip(t0 + s(1));
    assert_eq!(events[..2], [ended(0, false, s(1)), cue(Cue::Finished, 0)]);
    assert_eq!(outcome_of(&events).unwrap().status, Status::Partial);
}

#[test]
fn back_restarts_the_step_and_again_goes_to_the_previous_one() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(20));
    assert_eq!(session.back(t0 + s(20)), [ended(1, false, s(10)), started(1), cue(Cue::Go, 1)]);
    assert_eq!(session.step_remaining(t0 + s(20)), Some(s(30)));
    assert_eq!(
        session.back(t0 + ms(22_999)),
        [ended(1, false, ms(2_999)), started(0), cue(Cue::GetReady, 0)]
    );
    assert_eq!(session.step_remaining(t0 + ms(22_999)), Some(s(10)));
    // Never before step 0: within 3 s it restarts step 0.
    assert_eq!(
        session.back(t0 + s(24)),
        [ended(0, false, ms(1_001)), started(0), cue(Cue::GetReady, 0)]
    );
    // Back just after a step began by itself goes to the step before it.
    session.tick(t0 + s(34));
    assert_eq!(session.current(), 1);
    assert_eq!(session.back(t0 + s(36))[1], started(0));
}

#[test]
fn back_counts_the_three_seconds_without_pauses() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(10));
    session.pause(t0 + s(11));
    session.resume(t0 + s(60));
    assert_eq!(session.back(t0 + s(61))[1], started(0), "2 s into the step, pauses aside");
}

#[test]
fn a_skipped_work_step_redone_after_back_completes_the_session() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(10));
    session.skip(t0 + s(11)); // plank skipped, rest starts at 11
    assert_eq!(session.back(t0 + s(12))[1], started(1), "back to the plank");
    let events = session.tick(t0 + s(200));
    assert!(events.iter().any(|e| matches!(e, Event::CaughtUp { .. })));
    assert_eq!(outcome_of(&events).unwrap().status, Status::Completed);
}

#[test]
fn untimed_reps_wait_for_done_and_restart_the_clock_there() {
    let t0 = Instant::now();
    let mut squat = exercise("squat", Dosage::reps(10, None));
    squat.cues = vec![form(20)];
    let plan = Arc::new(plan_of(Defaults::default(), vec![squat, hold("plank", 30)]));
    let (mut session, _) = Session::start(plan, t0);
    session.tick(t0 + s(10));
    assert_eq!(session.step_remaining(t0 + s(10)), None);
    assert_eq!(session.next_deadline(), Some(t0 + s(30)), "the form cue");
    assert_eq!(session.tick(t0 + s(30)), [cue(Cue::Form(0), 1)]);
    assert_eq!(session.next_deadline(), None, "waiting for Done");
    assert_eq!(session.tick(t0 + s(400)), [], "no catch-up while waiting for Done");
    assert_eq!(session.step_elapsed(t0 + s(400)), s(390));
    assert_eq!(session.session_elapsed(t0 + s(400)), s(10));
    assert_eq!(
        session.done(t0 + s(400)),
        [ended(1, true, s(390)), started(2), cue(Cue::Rest { next: Some(1) }, 2)]
    );
    assert_eq!(session.step_started_at(), t0 + s(400));
    assert_eq!(session.next_deadline(), Some(t0 + s(412)));
}

#[test]
fn done_is_ignored_on_holds_and_ends_paced_reps_early() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    assert_eq!(session.done(t0 + s(1)), [], "prepare");
    session.tick(t0 + s(10));
    assert_eq!(session.done(t0 + s(11)), [], "a hold");
    session.tick(t0 + s(55));
    let events = session.done(t0 + s(60));
    assert_eq!(events[..3], [cue(Cue::Rep(2), 3), ended(3, true, s(5)), cue(Cue::Finished, 3)]);
    assert_eq!(outcome_of(&events).unwrap().status, Status::Completed);
}

#[test]
fn stop_finishes_partial_and_counts_a_pause_it_interrupts() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(10));
    session.pause(t0 + s(20));
    let events = session.stop(t0 + s(50));
    assert_eq!(events[0], ended(1, false, s(10)));
    let outcome = outcome_of(&events).unwrap();
    assert_eq!(outcome.status, Status::Partial);
    assert_eq!((outcome.active, outcome.paused), (s(20), s(30)));
    assert!(!events.contains(&cue(Cue::Finished, 1)), "stopping makes no finish sound");
    assert!(session.is_finished() && !session.is_paused());
    assert_eq!(session.session_elapsed(t0 + s(90)), s(20));
    assert_eq!(session.step_elapsed(t0 + s(90)), s(10));
    assert_eq!(session.outcome(), Some(outcome));
    assert_eq!(session.stop(t0 + s(60)), [], "stopping twice does nothing");
}

#[test]
fn skip_while_paused_stays_paused_and_cues_on_resume() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.pause(t0 + s(3));
    assert_eq!(session.skip(t0 + s(5)), [ended(0, false, s(3)), started(1)]);
    assert!(session.is_paused());
    assert_eq!(session.step_remaining(t0 + s(9)), Some(s(30)));
    assert_eq!(session.resume(t0 + s(9)), [Event::Resumed, cue(Cue::Go, 1)]);
    assert_eq!(session.step_started_at(), t0 + s(9));
}

#[test]
fn a_long_gap_inside_a_step_drops_the_stale_cues() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(10));
    // Form cue at 15 s and halfway at 25 s are more than 5 s overdue at 32 s.
    assert_eq!(session.tick(t0 + s(32)), [Event::CaughtUp { from: 1, to: 1, missed_cues: 2 }]);
    assert_eq!(session.tick(t0 + s(37)), [cue(Cue::Countdown(3), 1)]);
}

#[test]
fn a_gap_of_five_seconds_or_less_still_fires_late() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(10));
    assert_eq!(session.tick(t0 + s(20)), [cue(Cue::Form(0), 1)], "exactly 5 s late");
}

#[test]
fn a_long_gap_lands_in_the_right_step_at_its_planned_start() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    let events = session.tick(t0 + s(50));
    assert_eq!(
        events,
        [
            Event::CaughtUp { from: 0, to: 2, missed_cues: 3 + 6 + 1 },
            ended(0, true, s(10)),
            ended(1, true, s(30)),
            started(2),
        ]
    );
    assert_eq!(session.step_started_at(), t0 + s(40));
    assert_eq!(session.step_remaining(t0 + s(50)), Some(s(5)));
    assert_eq!(session.tick(t0 + s(52)), [cue(Cue::Countdown(3), 2)]);
}

#[test]
fn a_gap_past_the_end_finishes_the_session() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(60));
    let events = session.tick(t0 + s(3600));
    assert_eq!(
        events[..2],
        [Event::CaughtUp { from: 3, to: 3, missed_cues: 4 + 1 }, ended(3, true, s(12))]
    );
    let outcome = outcome_of(&events).unwrap();
    assert_eq!((outcome.status, outcome.active), (Status::Completed, s(67)));
}

#[test]
fn a_runner_sleeping_until_the_next_deadline_is_never_taken_for_a_gap() {
    let t0 = Instant::now();
    let plan = Arc::new(plan_of(
        Defaults { countdown: 0, halfway: false, ..Defaults::default() },
        vec![hold("a", 60), hold("b", 60)],
    ));
    let (mut session, _) = Session::start(plan, t0);
    let mut seen = Vec::new();
    while let Some(deadline) = session.next_deadline() {
        seen.extend(session.tick(deadline + ms(3)));
    }
    assert!(!seen.iter().any(|e| matches!(e, Event::CaughtUp { .. })));
    let cues = seen.iter().filter(|e| matches!(e, Event::Cue { .. })).count();
    assert_eq!(cues, 4, "go, rest, go, finished");
    assert_eq!(outcome_of(&seen).unwrap().active, s(10 + 60 + 15 + 60));
}

#[test]
fn a_clock_running_backwards_changes_nothing() {
    let t0 = Instant::now() + s(1000);
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    session.tick(t0 + s(12));
    assert_eq!(session.tick(t0 + s(1)), []);
    assert_eq!(
        session.back(t0 - s(500)),
        [ended(1, false, s(2)), started(0), cue(Cue::GetReady, 0)]
    );
    assert_eq!(session.step_started_at(), t0 + s(12));
    assert_eq!(session.resume(t0), []);
    assert_eq!(session.step_elapsed(t0), Duration::ZERO);
}

#[test]
fn session_elapsed_follows_the_position_in_the_plan() {
    let t0 = Instant::now();
    let (mut session, _) = Session::start(plank_and_bridge(), t0);
    assert_eq!(session.session_elapsed(t0 + s(4)), s(4));
    session.tick(t0 + s(25));
    assert_eq!(session.session_elapsed(t0 + s(25)), s(25));
    // Between ticks a step never counts more than its length.
    assert_eq!(session.session_elapsed(t0 + s(45)), s(40));
    assert_eq!(session.step_elapsed(t0 + s(45)), s(30));
    assert_eq!(session.step_remaining(t0 + s(45)), Some(Duration::ZERO));
}

#[test]
fn an_empty_plan_finishes_at_once() {
    let t0 = Instant::now();
    let mut plan = plan_of(Defaults::default(), vec![hold("a", 30)]);
    plan.steps.clear();
    let (mut session, events) = Session::start(Arc::new(plan), t0);
    assert!(matches!(events.as_slice(), [Event::Finished(_)]));
    assert!(session.is_finished());
    assert_eq!(session.step_remaining(t0), None);
    assert_eq!(session.tick(t0 + s(1)), []);
    assert_eq!(session.back(t0 + s(1)), []);
}
