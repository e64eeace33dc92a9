//! `limber run`: a session in the terminal, with the same sound cues as the app, a live line
//! per second, keys to control it, and `--events jsonl` for tools and tests.
//!
//! The loop sleeps until the next moment something is due (a cue, a step's end, the next
//! second of the live line) or a key arrives, so it keeps time to the millisecond and uses
//! next to no CPU.

use super::programs::choose;
use super::{Context, EventFormat, warn};
use crate::audio::{Audio, AudioSettings, Health, VoiceSettings};
use crate::cue::Cue;
use crate::history::{Checkin, Store};
use crate::i18n::{I18n, Message};
use crate::program::{Plan, StepKind, format_clock};
use crate::progression;
use crate::recorder::{self, Recorder};
use crate::runner::{Control, Runner, Said, Sound as _};
use crate::session::{Event, Session};
use crate::settings::Settings;
use crate::speech;
use crossterm::event::{self as term, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use serde_json::{Value, json};
use std::io::{self, BufRead, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

/// What the user asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Command {
    TogglePause,
    Skip,
    Back,
    Done,
    Stop,
    /// Standard input ended: untimed steps end by themselves from now on.
    InputClosed,
}

/// How `limber run` was asked to run.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// `--events jsonl`.
    pub events: Option<EventFormat>,
    /// `--mute`.
    pub mute: bool,
    /// `--no-voice`: beeps only.
    pub no_voice: bool,
    /// `--no-checkin`.
    pub no_checkin: bool,
    /// `--level L`.
    pub level: Option<u32>,
}

/// `limber run PROGRAM [--events jsonl] [--mute] [--no-voice] [--no-checkin] [--level L]`.
pub fn run(context: &Context, program: &str, options: Options) -> ExitCode {
    let Options { events, mute, no_voice, no_checkin, level } = options;
    let entry = match choose(context, program) {
        Ok(entry) => entry,
        Err(code) => return code,
    };
    let clock = context.clock.as_ref();
    let settings = Settings::load(&context.data_dir).map(|l| l.settings).unwrap_or_default();
    let program = &entry.program;
    let i18n = I18n::new(&context.lang);
    let lang = context.lang.as_str();
    let interactive = io::stdin().is_terminal();
    let ask = interactive && !no_checkin;
    let jsonl = events == Some(EventFormat::Jsonl);

    let store = match Store::open(&context.data_dir, clock.wall()) {
        Ok(opened) => {
            if let Some(notice) = opened.notice {
                warn(&format!("limber: {}", i18n.message(&notice)));
            }
            Some(opened.store)
        }
        Err(error) => {
            let not_kept = Message::new("run-not-kept").with("why", error.message());
            warn(&format!("limber: {}", i18n.message(&not_kept)));
            None
        }
    };
    let level = match level {
        Some(level) => level,
        // The level the user chose last, else the one of the program's last session.
        None => store
            .as_ref()
            .and_then(|store| store.stats_input(clock.today()).ok())
            .and_then(|input| {
                let standings = progression::standings([program], &input.entries, &settings);
                standings.get(&program.id).map(|standing| standing.level)
            })
            .unwrap_or(1),
    };
    let level = match super::programs::level_of(context, &entry, Some(level)) {
        Ok(level) => level,
        Err(code) => return code,
    };
    let plan = Arc::new(entry.plan(settings.get_ready, level));
    let audio = if mute || settings.muted {
        Audio::silent()
    } else {
        Audio::open(AudioSettings { volume: settings.volume, muted: false })
    };
    if let Some(notice) = audio.notice() {
        warn(&format!("limber: {}", notice.sentence(&i18n)));
        warn(&format!("limber:   ({})", notice.detail()));
    }
    let speaking = settings.voice && !no_voice && !audio.is_silent();
    let script = speaking.then(|| {
        audio.set_voice(Some(VoiceSettings {
            language: i18n.language().to_owned(),
            words_per_minute: settings.voice_rate,
        }));
        let options = speech::Options { form_cues: settings.speak_form_cues };
        let script = speech::Script::new(&plan, &i18n, options);
        // Rendered while the safety rules and the first question are on screen.
        audio.prepare(&script.texts());
        script
    });
    let mut voice_told = false;

    if !program.stop_if.is_empty() && !jsonl {
        warn(&i18n.tr("safety-title"));
        for rule in &program.stop_if {
            warn(&format!("  • {}", rule.get(lang)));
        }
    }
    let pain_before = if ask { ask_scale(&i18n.tr("pain-before-question")) } else { None };
    let title = program.title.get(lang);
    let recorder = store.map(|store| {
        let session =
            recorder::new_session(program, &entry.hash, &plan, title, pain_before, clock.wall());
        Recorder::begin(store, session)
    });

    // The first cue must not wait behind a device that is still finding its feet.
    audio.wait_until_flowing(Duration::from_secs(3));
    let stop_keys = Arc::new(AtomicBool::new(false));
    let keys = if interactive { keys_from_terminal(stop_keys.clone()) } else { keys_from_lines() };
    let start = clock.instant();
    let mut output = Output { jsonl, live: !jsonl, t0: start, last_line_len: 0, closed: false };
    let (mut runner, first) =
        Runner::start_speaking(plan.clone(), recorder, start, clock.wall(), &audio, script);
    let mut input_open = true;
    output.show(&first, &plan, lang, &i18n, start);
    output.said(&runner.take_said());

    while !runner.session().is_finished() {
        let now = clock.instant();
        output.live_line(runner.session(), &plan, lang, &i18n, now);
        let wake = next_wake(runner.session(), output.t0, now);
        let command = match (input_open, wake) {
            (true, Some(at)) => keys.recv_timeout(at.saturating_duration_since(now)),
            (true, None) => keys.recv().map_err(|_| RecvTimeoutError::Disconnected),
            // No more keys can come: sleep until the next moment instead of spinning on a
            // closed channel.
            (false, at) => {
                if let Some(at) = at {
                    std::thread::sleep(at.saturating_duration_since(now));
                }
                Err(RecvTimeoutError::Timeout)
            }
        };
        let control = match command {
            Ok(Command::TogglePause) => Control::TogglePause,
            Ok(Command::Skip) => Control::Skip,
            Ok(Command::Back) => Control::Back,
            Ok(Command::Done) => Control::Done,
            Ok(Command::Stop) => Control::Stop,
            Ok(Command::InputClosed) | Err(RecvTimeoutError::Disconnected) => {
                input_open = false;
                Control::Tick
            }
            Err(RecvTimeoutError::Timeout) => Control::Tick,
        };
        let mut controls = vec![control];
        if !input_open {
            // Nobody can press Done or resume once the input is gone; a session that then
            // has nothing left to wait for cannot go on.
            if waiting_for_done(runner.session()) {
                controls.push(Control::Done);
            }
            controls.push(Control::Resume);
            if wake.is_none() && !waiting_for_done(runner.session()) {
                controls.push(Control::Stop);
            }
        }
        if output.closed {
            // Whoever read the events went away (`| head -1`): end here, keeping what was done.
            controls.push(Control::Stop);
        }
        for control in controls {
            let (now, wall) = (clock.instant(), clock.wall());
            let events = runner.apply(control, now, wall, &audio);
            output.show(&events, &plan, lang, &i18n, now);
            output.said(&runner.take_said());
        }
        for problem in runner.problems() {
            output.end_live_line();
            warn(&format!("limber: {}", i18n.message(&problem.message())));
        }
        if let Some(health) = audio.health_change() {
            output.end_live_line();
            warn(&format!("limber: {}", health_line(&health, &i18n)));
        }
        if speaking
            && !voice_told
            && let Some(notice) = audio.voice_notice()
        {
            voice_told = true;
            output.end_live_line();
            warn(&format!("limber: {}", notice.sentence(&i18n)));
            warn(&format!("limber:   ({})", notice.detail()));
        }
    }
    output.end_live_line();
    stop_keys.store(true, Ordering::Relaxed);
    drop(keys);
    // Give the key thread its last poll to let go of the terminal.
    std::thread::sleep(Duration::from_millis(60));
    let _ = crossterm::terminal::disable_raw_mode();

    if ask && runner.is_recorded() {
        runner.checkin(Checkin {
            pain_after: ask_scale(&i18n.tr("pain-after-question")),
            effort: ask_scale(&i18n.tr("effort-question")),
            note: ask_line(&i18n.tr("note-label")),
        });
    }
    if let Some(outcome) = runner.outcome().filter(|_| !jsonl) {
        let line = format!(
            "{} ({})\n",
            i18n.tr(outcome.summary_key()),
            format_clock(secs(outcome.active))
        );
        let _ = output.write(&line);
    }
    let kept = runner.close();
    // Let the last cue and "well done" ring out before the audio thread is dropped.
    audio.wait_until_quiet(Duration::from_secs(5));
    match kept {
        Some(kept) if kept.failed > 0 => {
            warn(&format!(
                "limber: {}",
                i18n.tr_args("history-writes-failed", &[("count", kept.failed.into())])
            ));
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}

/// "Sound stopped (…)" or "Sound is back", for the terminal.
fn health_line(health: &Health, i18n: &I18n) -> String {
    match health {
        Health::Stopped(reason) => {
            i18n.tr_args("sound-stopped", &[("reason", reason.as_str().into())])
        }
        Health::Restored => i18n.tr("sound-back"),
    }
}

/// When to wake up next: the session's next deadline, or the next whole second of the live
/// line, whichever is first; `None` when nothing is due until a key arrives.
fn next_wake(session: &Session, t0: Instant, now: Instant) -> Option<Instant> {
    let deadline = session.next_deadline();
    if session.is_paused() || session.is_finished() {
        return deadline;
    }
    let since = now.saturating_duration_since(t0);
    let next_second = t0 + Duration::from_secs(since.as_secs() + 1);
    Some(deadline.map_or(next_second, |d| d.min(next_second)))
}

/// Whether the current step waits for Done (an untimed reps step).
fn waiting_for_done(session: &Session) -> bool {
    !session.is_finished()
        && session.plan().steps.get(session.current()).is_some_and(|s| !s.is_timed())
}

/// Where the session is shown: JSON lines on stdout, or a live line on the terminal.
struct Output {
    jsonl: bool,
    live: bool,
    t0: Instant,
    last_line_len: usize,
    /// Standard output was closed by its reader.
    closed: bool,
}

impl Output {
    /// Writes `text` to stdout, noting when its reader has gone.
    fn write(&mut self, text: &str) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let mut stdout = io::stdout().lock();
        let result = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush());
        if result.as_ref().is_err_and(|e| e.kind() == io::ErrorKind::BrokenPipe) {
            self.closed = true;
        }
        result
    }

    fn show(&mut self, events: &[Event], plan: &Plan, lang: &str, i18n: &I18n, now: Instant) {
        for event in events {
            self.event(event, plan, lang, i18n, now);
        }
    }

    /// The phrases asked for: a `say` event each with `--events jsonl` (its `t_ms` is the
    /// moment its first sample is due); on the terminal they are heard, not printed.
    fn said(&mut self, said: &[Said]) {
        if !self.jsonl {
            return;
        }
        for said in said {
            let t_ms = said.at.saturating_duration_since(self.t0).as_millis();
            let object = json!({
                "kind": "say",
                "step": said.step,
                "text": said.text,
                "length_ms": u64::try_from(said.length.as_millis()).unwrap_or(u64::MAX),
                "t_ms": u64::try_from(t_ms).unwrap_or(u64::MAX),
            });
            let _ = self.write(&format!("{object}\n"));
        }
    }

    fn event(&mut self, event: &Event, plan: &Plan, lang: &str, i18n: &I18n, now: Instant) {
        if self.jsonl {
            let mut object = event_json(event, plan);
            if let Value::Object(map) = &mut object {
                let t_ms = now.saturating_duration_since(self.t0).as_millis();
                map.insert("t_ms".into(), json!(u64::try_from(t_ms).unwrap_or(u64::MAX)));
            }
            let _ = self.write(&format!("{object}\n"));
            return;
        }
        let words = match event {
            Event::StepStarted { index } => plan.steps.get(*index).map(|step| {
                let what = step_title(plan, *index, lang, i18n);
                match step.kind {
                    StepKind::Work => format!("▶ {what}"),
                    _ => what,
                }
            }),
            Event::Cue { cue: Cue::Form(index), step } => plan
                .steps
                .get(*step)
                .and_then(|s| plan.exercise_of(s))
                .and_then(|e| e.cues.get(*index))
                .map(|c| format!("  “{}”", c.text.get(lang))),
            Event::Cue {
                cue: cue @ (Cue::Halfway | Cue::SwitchSides | Cue::Round { .. }), ..
            } => Some(format!("  {}", cue.label(i18n))),
            Event::Paused => Some(i18n.tr("paused")),
            Event::CaughtUp { .. } => Some(i18n.tr("caught-up")),
            _ => None,
        };
        if let Some(words) = words {
            self.end_live_line();
            // "\r\n": the terminal may be in raw mode, where "\n" alone does not return.
            let _ = self.write(&format!("\r{words}\r\n"));
        }
    }

    /// "Plank · set 2/3 · 0:24 left · next: Bridge", rewritten in place once a second.
    fn live_line(&mut self, session: &Session, plan: &Plan, lang: &str, i18n: &I18n, now: Instant) {
        if !self.live || session.is_finished() {
            return;
        }
        let index = session.current();
        let mut parts = vec![step_title(plan, index, lang, i18n)];
        if let Some(step) = plan.steps.get(index) {
            if step.kind == StepKind::Work {
                let details = crate::dose::step_details(i18n, plan, step, session.current_rep(now));
                if !details.is_empty() {
                    parts.push(details);
                }
            }
            match (session.step_remaining(now), step.reps) {
                (Some(left), _) => parts.push(
                    i18n.tr_args("time-left", &[("time", format_clock(secs_up(left)).into())]),
                ),
                (None, Some(reps)) => parts.push(format!(
                    "{} — {}",
                    i18n.tr_args("reps-big", &[("count", reps.into())]),
                    i18n.tr("press-d")
                )),
                (None, None) => {}
            }
        }
        let next = match plan.next_work(index) {
            Some((next, _)) => {
                i18n.tr_args("next-up", &[("what", step_title(plan, next, lang, i18n).into())])
            }
            None => i18n.tr("next-finish"),
        };
        parts.push(next);
        if session.is_paused() {
            parts.push(i18n.tr("paused"));
        }
        let line = parts.join(" · ");
        let width = line.chars().count();
        let pad = self.last_line_len.saturating_sub(width);
        let _ = self.write(&format!("\r{line}{}", " ".repeat(pad)));
        self.last_line_len = width;
    }

    fn end_live_line(&mut self) {
        if self.last_line_len > 0 {
            let _ = self.write(&format!("\r{}\r", " ".repeat(self.last_line_len)));
            self.last_line_len = 0;
        }
    }
}

/// "Plank", "Rest", "Get ready", "Switch sides".
fn step_title(plan: &Plan, index: usize, lang: &str, i18n: &I18n) -> String {
    let Some(step) = plan.steps.get(index) else { return String::new() };
    match step.kind {
        StepKind::Work => {
            plan.exercise_of(step).map(|e| e.name.get(lang).to_owned()).unwrap_or_default()
        }
        StepKind::Prepare => i18n.tr("step-prepare-headline"),
        StepKind::Switch => i18n.tr("step-switch-headline"),
        StepKind::Relax => i18n.tr("step-relax-headline"),
        StepKind::SetRest | StepKind::Rest | StepKind::RoundRest => i18n.tr("step-rest-headline"),
    }
}

/// One event as JSON: `kind`, `step`, and what the kind carries (`t_ms` is added later).
pub fn event_json(event: &Event, plan: &Plan) -> Value {
    match event {
        Event::StepStarted { index } => {
            let step = plan.steps.get(*index);
            json!({
                "kind": "step_started",
                "step": index,
                "step_kind": step.map(|s| s.kind.as_str()),
                "exercise": step.and_then(|s| plan.exercise_of(s)).map(|e| e.id.as_str()),
                "set": step.map(|s| s.set),
                "side": step.and_then(|s| s.side).map(|s| s.as_str()),
                "seconds": step.and_then(|s| s.seconds),
                "reps": step.and_then(|s| s.reps),
                "rep": step.and_then(|s| s.rep),
                "round": step.and_then(|s| s.round),
                "level": plan.level,
                "planned_offset_s": plan.offset_of(*index),
            })
        }
        Event::Cue { cue, step } => {
            let (name, n) = cue_name(*cue);
            json!({ "kind": "cue", "step": step, "cue": name, "n": n })
        }
        Event::StepEnded(outcome) => json!({
            "kind": "step_ended",
            "step": outcome.index,
            "done": outcome.done,
            "spent_ms": u64::try_from(outcome.spent.as_millis()).unwrap_or(u64::MAX),
        }),
        Event::Paused => json!({ "kind": "paused", "step": Value::Null }),
        Event::Resumed => json!({ "kind": "resumed", "step": Value::Null }),
        Event::CaughtUp { from, to, missed_cues } => json!({
            "kind": "caught_up", "step": to, "from": from, "missed_cues": missed_cues,
        }),
        Event::Finished(outcome) => json!({
            "kind": "finished",
            "step": outcome.steps.last().map(|s| s.index),
            "status": outcome.status.as_str(),
            "stopped": outcome.stopped,
            "done": outcome.steps.iter().filter(|s| s.done).count(),
            "skipped": outcome.steps.iter().filter(|s| !s.done).count(),
            "active_ms": u64::try_from(outcome.active.as_millis()).unwrap_or(u64::MAX),
            "paused_ms": u64::try_from(outcome.paused.as_millis()).unwrap_or(u64::MAX),
        }),
    }
}

/// A cue's name in JSON, and its number where it has one.
fn cue_name(cue: Cue) -> (&'static str, Option<u64>) {
    match cue {
        Cue::GetReady => ("get_ready", None),
        Cue::Go => ("go", None),
        Cue::Round { round, .. } => ("round", Some(u64::from(round))),
        Cue::Relax => ("relax", None),
        Cue::Countdown(n) => ("countdown", Some(u64::from(n))),
        Cue::Halfway => ("halfway", None),
        Cue::SwitchSides => ("switch_sides", None),
        Cue::Rest { next } => ("rest", next.map(|n| n as u64)),
        Cue::Rep(n) => ("rep", Some(u64::from(n))),
        Cue::Form(i) => ("form", Some(i as u64)),
        Cue::Finished => ("finished", None),
    }
}

fn secs(duration: Duration) -> u32 {
    u32::try_from(duration.as_secs()).unwrap_or(u32::MAX)
}

/// Whole seconds, rounded up: "0:01" until the very end, like a kitchen timer.
fn secs_up(duration: Duration) -> u32 {
    u32::try_from(duration.as_millis().div_ceil(1000)).unwrap_or(u32::MAX)
}

/// Keys from a terminal in raw mode, read on their own thread until `stop` is set (so the
/// thread lets go of the terminal before the check-in questions read it).
fn keys_from_terminal(stop: Arc<AtomicBool>) -> Receiver<Command> {
    let (tx, rx) = mpsc::channel();
    if crossterm::terminal::enable_raw_mode().is_err() {
        return keys_from_lines();
    }
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            if !term::poll(Duration::from_millis(50)).unwrap_or(false) {
                continue;
            }
            let Ok(event) = term::read() else { break };
            let term::Event::Key(KeyEvent { code, modifiers, kind: KeyEventKind::Press, .. }) =
                event
            else {
                continue;
            };
            let command = match code {
                KeyCode::Char('c') if modifiers.contains(KeyModifiers::CONTROL) => Command::Stop,
                KeyCode::Char(' ') => Command::TogglePause,
                KeyCode::Char('n') | KeyCode::Right => Command::Skip,
                KeyCode::Char('b') | KeyCode::Left => Command::Back,
                KeyCode::Char('d') | KeyCode::Enter => Command::Done,
                KeyCode::Char('q') | KeyCode::Esc => Command::Stop,
                _ => continue,
            };
            if tx.send(command).is_err() {
                break;
            }
        }
        let _ = crossterm::terminal::disable_raw_mode();
    });
    rx
}

/// Commands from standard input when it is not a terminal: one per line (`d`, `n`, `b`, `q`,
/// `p` or a space for pause); the end of input is a command too.
fn keys_from_lines() -> Receiver<Command> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in io::stdin().lock().lines() {
            let Ok(line) = line else { break };
            let command = match line.trim() {
                "d" | "done" => Command::Done,
                "n" | "skip" => Command::Skip,
                "b" | "back" => Command::Back,
                "q" | "stop" => Command::Stop,
                "" if line.starts_with(' ') => Command::TogglePause,
                "p" | "pause" => Command::TogglePause,
                _ => continue,
            };
            if tx.send(command).is_err() {
                return;
            }
        }
        let _ = tx.send(Command::InputClosed);
    });
    rx
}

/// Asks for a 0-10 answer; Enter skips.
fn ask_scale(question: &str) -> Option<u8> {
    loop {
        let answer = ask_line(&format!("{question} [0-10, Enter = skip]"))?;
        match answer.parse::<u8>() {
            Ok(value) if value <= 10 => return Some(value),
            _ => warn("  0..10, or Enter to skip"),
        }
    }
}

/// Asks for a line of text; an empty answer is `None`.
fn ask_line(question: &str) -> Option<String> {
    let _ = write!(io::stderr(), "{question}: ");
    let _ = io::stderr().flush();
    let mut line = String::new();
    io::stdin().lock().read_line(&mut line).ok()?;
    let line = line.trim();
    (!line.is_empty()).then(|| line.chars().take(2000).collect())
}
