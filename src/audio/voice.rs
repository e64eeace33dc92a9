//! Speech as samples: eSpeak NG (through `limber-espeak`) renders each phrase once, on a thread
//! of its own, ahead of the moment it is needed; the output thread resamples it to the
//! device's rate and plays it on the same bus as the beeps.
//!
//! A phrase is trimmed of the silence eSpeak NG puts around it (so its length is the time it
//! really speaks), brought to [`PEAK`], and faded in and out over a few milliseconds.

use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// The level speech peaks at: a little above the beeps (0.4..0.65), as words need more
/// loudness than a tone to be understood, and below the bus's limiter knee (0.8).
pub const PEAK: f32 = 0.7;
/// Below this a sample counts as silence when trimming (about -50 dB).
const SILENCE: f32 = 0.003;
/// Kept around the speech when trimming, so soft consonants are not cut.
const MARGIN: Duration = Duration::from_millis(10);
/// Fade at both ends: the first and last samples are exactly zero, so no click.
const FADE: Duration = Duration::from_millis(4);
/// How long asking for a phrase that is being rendered may wait for it. Rendering takes a
/// few milliseconds a phrase, and phrases are rendered in the order a session needs them.
const WAIT_FOR_RENDER: Duration = Duration::from_millis(100);

/// Which voice, how fast.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VoiceSettings {
    /// The language of the phrases: `nl` or `en` (eSpeak NG's voice of that name).
    pub language: String,
    /// Words per minute, in [`crate::settings::VOICE_RATE`].
    pub words_per_minute: u32,
}

/// A rendered phrase: mono samples at `rate`.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    pub samples: Arc<[f32]>,
    pub rate: u32,
}

impl Phrase {
    /// How long it takes to say.
    pub fn length(&self) -> Duration {
        Duration::from_secs_f64(self.samples.len() as f64 / f64::from(self.rate.max(1)))
    }
}

/// Why there is no voice (shown once, with how to install one).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no voice: {0}")]
pub struct VoiceNotice(pub String);

impl VoiceNotice {
    /// The notice in the user's language: what is missing and how to install it.
    pub fn sentence(&self, i18n: &crate::i18n::I18n) -> String {
        i18n.tr("notice-no-voice")
    }

    /// What eSpeak NG (or the loader) said.
    pub fn detail(&self) -> &str {
        &self.0
    }
}

/// Renders `text` now, on this thread (for a whole session written to a file, and tests).
pub fn speak(text: &str, settings: &VoiceSettings) -> Result<Phrase, VoiceNotice> {
    let mut engine = limber_espeak::Espeak::get().map_err(|e| VoiceNotice(e.to_string()))?;
    engine.set_voice(espeak_voice(&settings.language)).map_err(|e| VoiceNotice(e.to_string()))?;
    engine.set_rate(settings.words_per_minute).map_err(|e| VoiceNotice(e.to_string()))?;
    let samples = engine.synthesize(text).map_err(|e| VoiceNotice(e.to_string()))?;
    let rate = engine.sample_rate();
    Ok(Phrase { samples: finish(&samples, rate).into(), rate })
}

/// Whether a voice for `language` can be had, and if not, why.
pub fn check(language: &str) -> Result<(), VoiceNotice> {
    let mut engine = limber_espeak::Espeak::get().map_err(|e| VoiceNotice(e.to_string()))?;
    engine.set_voice(espeak_voice(language)).map_err(|e| VoiceNotice(e.to_string()))
}

/// eSpeak NG's voice for a Limber language.
fn espeak_voice(language: &str) -> &str {
    match language {
        // British English is eSpeak NG's own "en"; Dutch is "nl". Any other code is tried as
        // it is (and reported if eSpeak NG has no such voice).
        "en" => "en",
        other => other,
    }
}

/// eSpeak NG's 16-bit samples as floats: trimmed, brought to [`PEAK`], faded at both ends.
fn finish(samples: &[i16], rate: u32) -> Vec<f32> {
    let floats: Vec<f32> = samples.iter().map(|s| f32::from(*s) / 32768.0).collect();
    let margin = (MARGIN.as_secs_f64() * f64::from(rate)) as usize;
    let first = floats.iter().position(|s| s.abs() > SILENCE);
    let last = floats.iter().rposition(|s| s.abs() > SILENCE);
    let (Some(first), Some(last)) = (first, last) else { return Vec::new() };
    let from = first.saturating_sub(margin);
    let to = (last + margin + 1).min(floats.len());
    let mut out = floats[from..to].to_vec();
    let peak = out.iter().fold(0.0f32, |m, s| m.max(s.abs()));
    if peak > 0.0 {
        let scale = PEAK / peak;
        out.iter_mut().for_each(|s| *s *= scale);
    }
    let fade = ((FADE.as_secs_f64() * f64::from(rate)) as usize).min(out.len() / 2).max(1);
    let len = out.len();
    for i in 0..fade.min(len) {
        let gain = i as f32 / fade as f32;
        out[i] *= gain;
        out[len - 1 - i] *= gain;
    }
    out
}

/// `input` at `from` samples a second, resampled to `to` (see [`limber_espeak::resample`]:
/// it lives there so that debug builds run it optimised, as a dependency).
pub fn resample(input: &[f32], from: u32, to: u32) -> Vec<f32> {
    limber_espeak::resample(input, from, to)
}

/// The thread that renders phrases ahead, and what it has rendered.
#[derive(Debug)]
pub(crate) struct Voice {
    state: Arc<State>,
    jobs: Mutex<Option<Sender<Job>>>,
}

#[derive(Debug, Default)]
struct State {
    inner: Mutex<Inner>,
    rendered_one: Condvar,
    /// The output's sample rate once known (0 before): phrases are resampled to it here, ahead
    /// of time, so saying one costs the output thread nothing.
    output_rate: Arc<AtomicU32>,
}

#[derive(Debug, Default)]
struct Inner {
    /// The voice in use; `None`: speech is off.
    settings: Option<VoiceSettings>,
    rendered: HashMap<String, Arc<Phrase>>,
    queued: HashSet<String>,
    /// Why there is no voice, once known.
    problem: Option<VoiceNotice>,
}

enum Job {
    /// Check that the voice can be had (load eSpeak NG, find the language).
    Check(VoiceSettings),
    /// Render these texts, in order, for these settings.
    Render(VoiceSettings, Vec<String>),
}

impl Voice {
    /// A voice that resamples what it renders to `output_rate` (when not 0).
    pub(crate) fn new(output_rate: Arc<AtomicU32>) -> Self {
        let state = State { output_rate, ..State::default() };
        Self { state: Arc::new(state), jobs: Mutex::new(None) }
    }

    /// Chooses the voice (`None`: speech off). A new voice or rate forgets what was rendered.
    pub(crate) fn configure(&self, settings: Option<VoiceSettings>) {
        {
            let mut inner = self.state.inner.lock().unwrap_or_else(PoisonError::into_inner);
            if inner.settings == settings {
                return;
            }
            inner.rendered.clear();
            inner.queued.clear();
            inner.problem = None;
            inner.settings.clone_from(&settings);
        }
        if let Some(settings) = settings {
            self.send(Job::Check(settings));
        }
    }

    /// Renders `texts` ahead, in order, on the voice's thread.
    pub(crate) fn prepare(&self, texts: &[String]) {
        let settings = {
            let mut inner = self.state.inner.lock().unwrap_or_else(PoisonError::into_inner);
            let Some(settings) = inner.settings.clone() else { return };
            if inner.problem.is_some() {
                return;
            }
            let new: Vec<String> = texts
                .iter()
                .filter(|t| !inner.rendered.contains_key(*t) && !inner.queued.contains(*t))
                .cloned()
                .collect();
            if new.is_empty() {
                return;
            }
            inner.queued.extend(new.iter().cloned());
            (settings, new)
        };
        self.send(Job::Render(settings.0, settings.1));
    }

    /// The rendered `text`: at once if it is ready, after a short wait if it is being
    /// rendered, else `None` (not prepared, no voice, or speech off).
    pub(crate) fn phrase(&self, text: &str) -> Option<Arc<Phrase>> {
        let deadline = Instant::now() + WAIT_FOR_RENDER;
        let mut inner = self.state.inner.lock().unwrap_or_else(PoisonError::into_inner);
        loop {
            if let Some(phrase) = inner.rendered.get(text) {
                return Some(Arc::clone(phrase));
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if !inner.queued.contains(text) || inner.problem.is_some() || left.is_zero() {
                return None;
            }
            inner = self
                .state
                .rendered_one
                .wait_timeout(inner, left)
                .unwrap_or_else(PoisonError::into_inner)
                .0;
        }
    }

    /// Why there is no voice, if there is none (speech on, and eSpeak NG or the language's
    /// voice missing).
    pub(crate) fn notice(&self) -> Option<VoiceNotice> {
        let inner = self.state.inner.lock().unwrap_or_else(PoisonError::into_inner);
        inner.problem.clone()
    }

    fn send(&self, job: Job) {
        let mut jobs = self.jobs.lock().unwrap_or_else(PoisonError::into_inner);
        if jobs.is_none() {
            let (tx, rx) = mpsc::channel();
            let state = Arc::clone(&self.state);
            let spawned = std::thread::Builder::new()
                .name("limber-voice".into())
                .spawn(move || render_thread(&rx, &state));
            match spawned {
                Ok(_) => *jobs = Some(tx),
                Err(error) => {
                    let mut inner = self.state.inner.lock().unwrap_or_else(PoisonError::into_inner);
                    inner.problem =
                        Some(VoiceNotice(format!("the voice thread could not start: {error}")));
                    return;
                }
            }
        }
        if let Some(jobs) = jobs.as_ref() {
            let _ = jobs.send(job);
        }
    }
}

/// Renders what is asked until the [`Voice`] is dropped (its sender with it).
fn render_thread(jobs: &Receiver<Job>, state: &State) {
    while let Ok(job) = jobs.recv() {
        match job {
            Job::Check(settings) => {
                let result = check(&settings.language);
                let mut inner = state.inner.lock().unwrap_or_else(PoisonError::into_inner);
                if inner.settings.as_ref() == Some(&settings) {
                    inner.problem = result.err();
                }
                state.rendered_one.notify_all();
            }
            Job::Render(settings, texts) => {
                for text in texts {
                    let current = {
                        let inner = state.inner.lock().unwrap_or_else(PoisonError::into_inner);
                        inner.settings.as_ref() == Some(&settings)
                    };
                    if !current {
                        break;
                    }
                    let output_rate = state.output_rate.load(Ordering::Relaxed);
                    let result = speak(&text, &settings).map(|phrase| match output_rate {
                        0 => phrase,
                        rate => Phrase {
                            samples: resample(&phrase.samples, phrase.rate, rate).into(),
                            rate,
                        },
                    });
                    let mut inner = state.inner.lock().unwrap_or_else(PoisonError::into_inner);
                    if inner.settings.as_ref() != Some(&settings) {
                        break;
                    }
                    inner.queued.remove(&text);
                    match result {
                        Ok(phrase) => {
                            inner.rendered.insert(text, Arc::new(phrase));
                        }
                        Err(problem) => inner.problem = Some(problem),
                    }
                    state.rendered_one.notify_all();
                }
            }
        }
    }
}
