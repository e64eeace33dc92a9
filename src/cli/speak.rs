//! `limber speak PROGRAM --out FILE.wav`: the whole session's sound track, beeps and speech at
//! their planned moments, as a physio (or a test) would hear a session run without a pause.
//!
//! The session is run by the same [`Runner`] as `limber run`, on a timeline of its own (no
//! waiting): every deadline is ticked at its moment, and an untimed reps step is taken as done
//! after [`UNTIMED_SECONDS_PER_REP`] seconds a rep. What the runner plays and says is written
//! where it would sound.

use super::programs::choose;
use super::{Context, warn};
use crate::audio::{self, SAMPLE_RATE, VoiceSettings, voice};
use crate::cue::Cue;
use crate::i18n::I18n;
use crate::program::format_clock;
use crate::runner::{Control, Runner, Sound};
use crate::session::Event;
use crate::settings::Settings;
use crate::speech;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long an untimed reps step (the user presses Done) is taken to last, per rep.
pub const UNTIMED_SECONDS_PER_REP: u64 = 3;
/// Silence after the last sound, so the file does not end on it.
const TAIL: Duration = Duration::from_millis(500);

/// What the runner asked for, and when.
struct Track {
    now: Cell<Instant>,
    cues: RefCell<Vec<(Instant, Cue)>>,
    phrases: HashMap<String, Vec<f32>>,
    said: RefCell<Vec<(Instant, String)>>,
}

impl Sound for Track {
    fn play(&self, cue: Cue) {
        self.cues.borrow_mut().push((self.now.get(), cue));
    }

    fn beep_length(&self, cue: Cue) -> Duration {
        audio::cue_length(cue)
    }

    fn phrase_length(&self, text: &str) -> Option<Duration> {
        let samples = self.phrases.get(text)?;
        Some(Duration::from_secs_f64(samples.len() as f64 / f64::from(SAMPLE_RATE)))
    }

    fn say(&self, text: &str, delay: Duration) {
        self.said.borrow_mut().push((self.now.get() + delay, text.to_owned()));
    }
}

/// `limber speak PROGRAM --out FILE [--level L] [--no-voice]`.
pub fn speak(
    context: &Context,
    program: &str,
    out: &Path,
    level: Option<u32>,
    no_voice: bool,
) -> ExitCode {
    let entry = match choose(context, program) {
        Ok(entry) => entry,
        Err(code) => return code,
    };
    let level = match super::programs::level_of(context, &entry, level) {
        Ok(level) => level,
        Err(code) => return code,
    };
    let settings = Settings::load(&context.data_dir).map(|l| l.settings).unwrap_or_default();
    // The program's own timing: this is how the physio wrote it.
    let plan = Arc::new(entry.plan(None, level));
    let i18n = I18n::new(&context.lang);
    let voice_settings = VoiceSettings {
        language: i18n.language().to_owned(),
        words_per_minute: settings.voice_rate,
    };
    let script = (!no_voice).then(|| {
        let options = speech::Options { form_cues: settings.speak_form_cues };
        speech::Script::new(&plan, &i18n, options)
    });
    let mut phrases = HashMap::new();
    if let Some(script) = &script {
        for text in script.texts() {
            match voice::speak(&text, &voice_settings) {
                Ok(phrase) => {
                    phrases
                        .insert(text, voice::resample(&phrase.samples, phrase.rate, SAMPLE_RATE));
                }
                Err(notice) => {
                    warn(&format!("limber: {}", notice.sentence(&i18n)));
                    warn(&format!("limber:   ({})", notice.detail()));
                    break;
                }
            }
        }
    }

    let t0 = context.clock.instant();
    let wall = context.clock.wall();
    let track =
        Track { now: Cell::new(t0), cues: RefCell::default(), phrases, said: RefCell::default() };
    let (mut runner, first) = Runner::start_speaking(plan.clone(), None, t0, wall, &track, script);
    let mut step_began = t0;
    let note_starts = |events: &[Event], at: Instant, began: &mut Instant| {
        if events.iter().any(|e| matches!(e, Event::StepStarted { .. })) {
            *began = at;
        }
    };
    note_starts(&first, t0, &mut step_began);
    while !runner.session().is_finished() {
        let step = plan.steps.get(runner.session().current());
        let done_at = step.filter(|s| !s.is_timed()).map(|s| {
            let reps = u64::from(s.reps.unwrap_or(1).max(1));
            step_began + Duration::from_secs(reps * UNTIMED_SECONDS_PER_REP)
        });
        let (at, control) = match (runner.next_deadline(), done_at) {
            (Some(at), Some(done)) if done < at => (done, Control::Done),
            (Some(at), _) => (at, Control::Tick),
            (None, Some(done)) => (done, Control::Done),
            // Nothing due and nothing to wait for: cannot happen in a session that runs.
            (None, None) => (track.now.get(), Control::Stop),
        };
        let at = at.max(track.now.get());
        track.now.set(at);
        let events = runner.apply(control, at, wall, &track);
        note_starts(&events, at, &mut step_began);
    }

    let cues = track.cues.into_inner();
    let said = track.said.into_inner();
    let rate = f64::from(SAMPLE_RATE);
    let offset = |at: Instant| (at.saturating_duration_since(t0).as_secs_f64() * rate) as usize;
    let mut beeps: HashMap<audio::CueSound, Vec<f32>> = HashMap::new();
    for (_, cue) in &cues {
        beeps.entry(audio::CueSound::of(*cue)).or_insert_with(|| audio::render(*cue));
    }
    let mut sources: Vec<(usize, &[f32])> = Vec::new();
    for (at, cue) in &cues {
        if let Some(samples) = beeps.get(&audio::CueSound::of(*cue)) {
            sources.push((offset(*at), samples));
        }
    }
    for (at, text) in &said {
        if let Some(samples) = track.phrases.get(text) {
            sources.push((offset(*at), samples));
        }
    }
    let track_samples = audio::mix(&sources, (TAIL.as_secs_f64() * rate) as usize);
    let seconds = track_samples.len() as u32 / SAMPLE_RATE;
    if let Err(error) = write_wav(out, &track_samples) {
        warn(&format!("limber: cannot write {}: {error}", out.display()));
        return ExitCode::from(1);
    }
    super::print(&format!(
        "{}: {} · {} cues, {} phrases\n",
        out.display(),
        format_clock(seconds),
        cues.len(),
        said.len()
    ))
}

/// 16-bit mono WAV at [`SAMPLE_RATE`], written whole or not at all.
fn write_wav(path: &Path, samples: &[f32]) -> Result<(), String> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut bytes = std::io::Cursor::new(Vec::with_capacity(44 + samples.len() * 2));
    {
        let mut writer = hound::WavWriter::new(&mut bytes, spec).map_err(|e| e.to_string())?;
        for sample in samples {
            let value = (sample.clamp(-1.0, 1.0) * 32767.0).round() as i16;
            writer.write_sample(value).map_err(|e| e.to_string())?;
        }
        writer.finalize().map_err(|e| e.to_string())?;
    }
    crate::settings::write_atomically(path, bytes.get_ref()).map_err(|e| e.to_string())
}
