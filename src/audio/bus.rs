//! The path from a rendered cue to the output: voices are summed on a mono bus, which applies
//! the volume (smoothly) and a soft limiter, and never ends, so the device (or a test) can
//! drain it at its own pace.

use super::Notice;
use rodio::mixer::MixerSource;
use rodio::{ChannelCount, Sample, SampleRate, Source};
use std::num::NonZero;
use std::sync::atomic::{AtomicBool, AtomicU32, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

/// What the caller's side, the output thread and the device callback share.
#[derive(Debug, Default)]
pub(crate) struct Shared {
    /// The linear gain the bus glides to, as `f32` bits (volume and mute folded in).
    gain_bits: AtomicU32,
    /// Samples the output has taken so far, published in steps: the watchdog's heartbeat.
    pub(crate) pulled: AtomicU64,
    /// The first reason for silence; later ones are not shown (one notice, not a stream).
    pub(crate) notice: OnceLock<Notice>,
    /// Counts [`super::Audio::hush`]: speech asked for under an older count stops.
    pub(crate) hushes: AtomicU64,
    /// The output's sample rate (to turn sample counts into time), 0 until known.
    pub(crate) rate: Arc<AtomicU32>,
    /// The value `pulled` would have at the last sample that was not silence (exact, not in
    /// steps): the output is quiet once `pulled` has moved well past it.
    pub(crate) last_loud: AtomicU64,
    /// Whether the stream is dead, and how often that changed.
    pub(crate) health: Mutex<HealthState>,
    /// Whether the device is closed to rest (not an outage: it opens at the next sound).
    pub(crate) resting: AtomicBool,
}

/// See [`Shared::health`].
#[derive(Debug, Default)]
pub(crate) struct HealthState {
    /// Stops and restarts so far.
    pub(crate) changes: u64,
    /// Why the stream is dead, while it is.
    pub(crate) outage: Option<String>,
}

impl Shared {
    pub(crate) fn new(gain: f32) -> Self {
        let shared = Self::default();
        shared.set_gain(gain);
        shared
    }

    pub(crate) fn set_gain(&self, gain: f32) {
        self.gain_bits.store(gain.to_bits(), Ordering::Relaxed);
    }

    pub(crate) fn gain(&self) -> f32 {
        f32::from_bits(self.gain_bits.load(Ordering::Relaxed))
    }

    /// The stream died (`Some(reason)`) or plays again (`None`); a change is counted once.
    pub(crate) fn set_outage(&self, outage: Option<String>) {
        let mut health = self.health.lock().unwrap_or_else(PoisonError::into_inner);
        if health.outage.is_some() != outage.is_some() {
            health.changes += 1;
        }
        health.outage = outage;
    }
}

/// The perceptual volume curve: loudness grows roughly with the square of the slider.
pub(crate) fn gain_of(volume: u8, muted: bool) -> f32 {
    if muted {
        return 0.0;
    }
    let full = *crate::settings::VOLUME.end();
    let v = f32::from(volume.min(full)) / f32::from(full);
    v * v
}

const MONO: ChannelCount = NonZero::<u16>::MIN;

/// One cue's samples on their way out.
pub(crate) struct Voice {
    samples: Arc<[f32]>,
    pos: usize,
    rate: SampleRate,
    /// The cue's moment and how late it may start; checked when the output first asks for a
    /// sample, so cues that waited behind a stalled device do not all burst out when it wakes.
    due: Instant,
    max_delay: Duration,
    started: bool,
}

impl Voice {
    pub(crate) fn new(
        samples: Arc<[f32]>,
        rate: SampleRate,
        due: Instant,
        max_delay: Duration,
    ) -> Self {
        Self { samples, pos: 0, rate, due, max_delay, started: false }
    }
}

impl Iterator for Voice {
    type Item = Sample;

    fn next(&mut self) -> Option<Sample> {
        if !self.started {
            self.started = true;
            if self.due.elapsed() > self.max_delay {
                self.pos = self.samples.len();
            }
        }
        let sample = self.samples.get(self.pos).copied();
        self.pos += 1;
        sample
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.samples.len().saturating_sub(self.pos);
        (left, Some(left))
    }
}

impl Source for Voice {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> ChannelCount {
        MONO
    }

    fn sample_rate(&self) -> SampleRate {
        self.rate
    }

    fn total_duration(&self) -> Option<Duration> {
        let rate = f64::from(self.rate.get());
        Some(Duration::from_secs_f64(self.samples.len() as f64 / rate))
    }
}

/// A phrase on its way out: silent until its moment, then its samples; stops (with a short
/// fade) when hushed.
pub(crate) struct Speech {
    samples: Arc<[f32]>,
    pos: usize,
    rate: SampleRate,
    start: Instant,
    max_delay: Duration,
    /// Samples of silence still to hand out before the first one of the phrase.
    lead: usize,
    started: bool,
    /// The hush count it was asked under.
    hushes: u64,
    shared: Arc<Shared>,
    /// Samples left of the fade after a hush.
    fading: Option<usize>,
}

/// How fast hushed speech fades out (no click).
const HUSH_FADE: Duration = Duration::from_millis(8);

impl Speech {
    pub(crate) fn new(
        samples: Arc<[f32]>,
        rate: SampleRate,
        start: Instant,
        max_delay: Duration,
        hushes: u64,
        shared: Arc<Shared>,
    ) -> Self {
        Self {
            samples,
            pos: 0,
            rate,
            start,
            max_delay,
            lead: 0,
            started: false,
            hushes,
            shared,
            fading: None,
        }
    }

    fn fade_len(&self) -> usize {
        (HUSH_FADE.as_secs_f64() * f64::from(self.rate.get())) as usize
    }
}

impl Iterator for Speech {
    type Item = Sample;

    fn next(&mut self) -> Option<Sample> {
        if !self.started {
            self.started = true;
            let now = Instant::now();
            if now > self.start + self.max_delay {
                return None;
            }
            let early = self.start.saturating_duration_since(now);
            self.lead = (early.as_secs_f64() * f64::from(self.rate.get())).round() as usize;
        }
        if self.fading.is_none()
            && (self.pos + self.lead).is_multiple_of(64)
            && self.shared.hushes.load(Ordering::Relaxed) != self.hushes
        {
            if self.pos == 0 {
                // Hushed before its first word: nothing to fade.
                return None;
            }
            self.fading = Some(self.fade_len());
        }
        if self.lead > 0 {
            self.lead -= 1;
            return if self.fading.is_some() { None } else { Some(0.0) };
        }
        let sample = *self.samples.get(self.pos)?;
        self.pos += 1;
        let fade = self.fade_len().max(1);
        match &mut self.fading {
            None => Some(sample),
            Some(0) => None,
            Some(left) => {
                let gain = *left as f32 / fade as f32;
                *left -= 1;
                Some(sample * gain)
            }
        }
    }
}

impl Source for Speech {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> ChannelCount {
        MONO
    }

    fn sample_rate(&self) -> SampleRate {
        self.rate
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

/// The summed cues, at volume, limited: an endless mono source (silence between cues). With a
/// device, the device's mixer drains it; tests and benches drain it themselves.
pub struct Bus {
    voices: MixerSource,
    shared: Arc<Shared>,
    gain: f32,
    /// Per-sample smoothing step of the gain (about 5 ms): volume and mute changes glide
    /// instead of clicking, even in the middle of a cue.
    glide: f32,
    unpublished: u64,
    /// Samples handed out so far, exactly.
    total: u64,
}

/// How many samples pass between heartbeat updates (~20 ms at 48 kHz).
const PUBLISH_EVERY: u64 = 1024;

/// Below this level the bus passes samples untouched; above it, a soft knee bends them so
/// that cues that overlap (a rep tick on a form chime) never reach full scale.
const KNEE: f32 = 0.8;

impl Bus {
    pub(crate) fn new(voices: MixerSource, shared: Arc<Shared>) -> Self {
        let rate = voices.sample_rate().get() as f32;
        let glide = 1.0 - (-1.0 / (0.005 * rate)).exp();
        let gain = shared.gain();
        Self { voices, shared, gain, glide, unpublished: 0, total: 0 }
    }

    #[cfg(test)]
    pub(super) fn shared(&self) -> &Arc<Shared> {
        &self.shared
    }

    /// Fills `out` with the next samples (one device buffer, in tests and benches).
    pub fn fill(&mut self, out: &mut [f32]) {
        for sample in out {
            *sample = self.next_sample();
        }
    }

    fn next_sample(&mut self) -> f32 {
        let dry = self.voices.next().unwrap_or(0.0);
        let target = self.shared.gain();
        self.gain += (target - self.gain) * self.glide;
        self.unpublished += 1;
        self.total += 1;
        if dry != 0.0 {
            self.shared.last_loud.store(self.total, Ordering::Relaxed);
        }
        if self.unpublished == PUBLISH_EVERY {
            self.shared.pulled.fetch_add(PUBLISH_EVERY, Ordering::Relaxed);
            self.unpublished = 0;
        }
        limit(dry) * self.gain
    }
}

/// What the limiter's curve tends to: kept under 1.0 so that even f32 rounding of a huge pile
/// of cues cannot reach full scale.
const CEILING: f32 = 0.98;

/// A soft clipper: the identity up to [`KNEE`], then a tanh curve that meets it smoothly and
/// flattens out at [`CEILING`].
pub(crate) fn limit(x: f32) -> f32 {
    let magnitude = x.abs();
    if magnitude <= KNEE {
        return x;
    }
    let room = CEILING - KNEE;
    (KNEE + room * ((magnitude - KNEE) / room).tanh()).copysign(x)
}

impl Iterator for Bus {
    type Item = Sample;

    fn next(&mut self) -> Option<Sample> {
        Some(self.next_sample())
    }
}

impl Source for Bus {
    fn current_span_len(&self) -> Option<usize> {
        None
    }

    fn channels(&self) -> ChannelCount {
        MONO
    }

    fn sample_rate(&self) -> SampleRate {
        self.voices.sample_rate()
    }

    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

impl std::fmt::Debug for Bus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bus")
            .field("sample_rate", &self.voices.sample_rate())
            .field("gain", &self.gain)
            .finish_non_exhaustive()
    }
}
