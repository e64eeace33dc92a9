//! Turning a [`Cue`] into sound: one long-lived output thread fed by a channel, so playing a
//! cue never blocks the caller. No device, a device that fails, or mute all mean silence plus
//! one clear notice; never a panic or a hang.
//!
//! The path of a cue: [`Audio::play`] sends it (unbounded channel, never blocks) to the output
//! thread, which renders its sound once (then caches it) at the device's own rate and adds it
//! to a mixer; the [`Bus`] sums the playing cues, applies volume and a soft limiter, and is
//! drained by the device (or, in tests and benches, by whoever holds it).

mod bus;
mod device;
mod synth;
pub mod voice;

pub use bus::Bus;
pub use voice::{Phrase, VoiceNotice, VoiceSettings};

use crate::cue::Cue;
use bus::{Shared, Speech, Voice, gain_of};
use rodio::cpal;
use rodio::{MixerDeviceSink, SampleRate};
use std::collections::HashMap;
use std::num::NonZero;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::Ordering;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, TryRecvError};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use synth::Sound;

/// Volume and mute, as in the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AudioSettings {
    /// In [`crate::settings::VOLUME`].
    pub volume: u8,
    /// Silent whatever the volume (the cues still show on screen).
    pub muted: bool,
}

/// Why there is no sound at all (shown once to the user).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Notice {
    /// Opening failed at start: no card, no sound server, device busy or refused. The text
    /// says which, in words fit for the user's notice.
    #[error(
        "no sound device could be opened ({0}); connect speakers or headphones and restart Limber"
    )]
    NoDevice(String),
}

impl Notice {
    /// The notice as one plain sentence in the user's language.
    pub fn sentence(&self, i18n: &crate::i18n::I18n) -> String {
        i18n.tr(match self {
            Self::NoDevice(_) => "notice-no-device",
        })
    }

    /// What the sound system said, for whoever wants the details (its own words, untranslated).
    pub fn detail(&self) -> &str {
        match self {
            Self::NoDevice(detail) => detail,
        }
    }
}

/// A change in whether sound gets out, once the device was open: both front ends tell the
/// user at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Health {
    /// The stream died (the device went away, or it stopped taking sound): Limber keeps
    /// trying to open it again. The reason is the sound system's, untranslated.
    Stopped(String),
    /// A new stream plays again.
    Restored,
}

/// Samples per second of the synthesized cues.
pub const SAMPLE_RATE: u32 = 48_000;

/// How long [`Audio::open`] waits for the device before going on (a device that takes
/// longer can still start sounding later).
const OPEN_WAIT: Duration = Duration::from_millis(500);
/// How long dropping [`Audio`] waits for the thread; a thread stuck in a hung driver is left
/// behind rather than hanging the app on exit.
const DROP_WAIT: Duration = Duration::from_millis(500);
/// A device that takes no samples for this long has died without saying so (a live stream
/// takes them every ~20 ms, sounding or not).
const STALL_LIMIT: Duration = Duration::from_secs(2);
/// How often the output thread looks at the device's heartbeat when idle.
const WATCH_EVERY: Duration = Duration::from_millis(500);
/// How often a dead stream is opened again.
const REOPEN_EVERY: Duration = Duration::from_secs(1);
/// Silence the bus must have handed out after the last sound before the output may close:
/// more than any device buffer holds, so the last sound has been heard to its end.
const QUIET_TAIL: Duration = Duration::from_millis(250);
/// How much sound the device must have taken for [`Audio::wait_until_flowing`].
const FLOWING: Duration = Duration::from_millis(200);
/// How late a phrase may still start (it was placed between beeps: late, it would cover one).
const SPEECH_MAX_DELAY: Duration = Duration::from_millis(250);
/// How long the device stays open with nothing to play, once the app allows it to rest
/// ([`Audio::allow_rest`]). An open stream plays silence all the time: through PulseAudio
/// about 1 % of a core in the app and as much in the server, and the sound card stays awake.
const REST_AFTER: Duration = Duration::from_secs(30);

const MONO: rodio::ChannelCount = NonZero::<u16>::MIN;
const DEFAULT_RATE: SampleRate = match NonZero::new(SAMPLE_RATE) {
    Some(rate) => rate,
    None => NonZero::<u32>::MIN,
};

/// The sound output.
#[derive(Debug)]
pub struct Audio {
    shared: Arc<Shared>,
    settings: Mutex<AudioSettings>,
    /// When the last sound asked for ends.
    ringing_until: Mutex<Option<Instant>>,
    /// The health the front end was last told about (`Shared::health` counts changes).
    health_seen: Mutex<u64>,
    /// Phrases rendered ahead by eSpeak NG.
    voice: voice::Voice,
    /// `None` when silent by choice (`--mute`, tests) or when the thread could not start.
    worker: Option<Worker>,
    /// What the output thread was last told by [`Audio::allow_rest`].
    rest_allowed: Mutex<bool>,
}

#[derive(Debug)]
struct Worker {
    commands: Sender<Command>,
    /// Disconnects when the thread has finished (it holds the sender).
    done: Mutex<Receiver<()>>,
    thread: Option<JoinHandle<()>>,
}

#[derive(Debug)]
enum Command {
    /// Play `Cue`, due at the instant.
    Play(Cue, Instant),
    /// Say the phrase from the instant on, unless hushed (the hush count it was asked under).
    Say(Arc<Phrase>, Instant, u64),
    /// The stream of epoch `.0` reported that it died (from its error callback).
    Lost(u64, String),
    /// Whether the device may close while nothing sounds (see [`Audio::allow_rest`]).
    AllowRest(bool),
    Quit,
}

/// Opens the output: a device, or in tests a bus handed to the test.
type Opener = Box<dyn Fn(ErrorHandler, &Arc<Shared>) -> Result<Endpoint, String> + Send>;

/// Where the output thread writes into.
struct Endpoint {
    mixer: rodio::mixer::Mixer,
    rate: SampleRate,
    /// The open device, if any: dropping it closes the device.
    _sink: Option<MixerDeviceSink>,
}

impl Audio {
    /// Opens the default output device on a background thread; on failure the result is
    /// silent and [`Audio::notice`] says why.
    pub fn open(settings: AudioSettings) -> Self {
        Self::open_with(settings, Box::new(open_device), STALL_LIMIT, REST_AFTER)
    }

    /// [`Audio::open`] with the device opener given: tests have no device, or one that fails,
    /// hangs or dies on demand; and with the limits given, so tests need not wait seconds.
    fn open_with(
        settings: AudioSettings,
        opener: Opener,
        stall_limit: Duration,
        rest_after: Duration,
    ) -> Self {
        let shared = Arc::new(Shared::new(gain_of(settings.volume, settings.muted)));
        let (commands, inbox) = mpsc::channel();
        let (ready_tx, ready) = mpsc::sync_channel::<()>(1);
        let thread_commands = commands.clone();
        let thread_shared = Arc::clone(&shared);
        let worker = spawn(commands, move |done| {
            let on_error = error_handler(&thread_commands, 0);
            let endpoint = match opener(on_error, &thread_shared) {
                Ok(endpoint) => endpoint,
                Err(reason) => {
                    let _ = thread_shared.notice.set(Notice::NoDevice(reason));
                    drop(ready_tx);
                    drop(done);
                    return;
                }
            };
            drop(ready_tx);
            let output = Output {
                endpoint: Some(endpoint),
                opener: Some(opener),
                commands: thread_commands,
                epoch: 0,
                stall_limit: Some(stall_limit),
                rest: Rest::new(Some(rest_after)),
            };
            run(&inbox, &thread_shared, output);
            drop(done);
        });
        let audio = Self::assemble(shared, settings, worker);
        // Either the thread reports (by dropping its end) or we go on without waiting more:
        // the GUI must not freeze on a slow driver.
        let _ = ready.recv_timeout(OPEN_WAIT);
        audio
    }

    /// Never makes a sound (`--mute`, tests).
    pub fn silent() -> Self {
        let settings = AudioSettings { volume: 0, muted: true };
        Self {
            shared: Arc::new(Shared::new(0.0)),
            settings: Mutex::new(settings),
            ringing_until: Mutex::new(None),
            health_seen: Mutex::new(0),
            voice: voice::Voice::new(Arc::default()),
            worker: None,
            rest_allowed: Mutex::new(false),
        }
    }

    /// An output that no device drains: the caller pulls the sound from the returned [`Bus`]
    /// (mono at `sample_rate`, silence between cues), as a device would. For tests, benches,
    /// and rendering a session to a file.
    pub fn with_bus(settings: AudioSettings, sample_rate: u32) -> (Self, Bus) {
        let shared = Arc::new(Shared::new(gain_of(settings.volume, settings.muted)));
        let rate = NonZero::new(sample_rate).unwrap_or(DEFAULT_RATE);
        let (mixer, voices) = rodio::mixer::mixer(MONO, rate);
        let bus = Bus::new(voices, Arc::clone(&shared));
        let (commands, inbox) = mpsc::channel();
        let thread_commands = commands.clone();
        let thread_shared = Arc::clone(&shared);
        let worker = spawn(commands, move |done| {
            let output = Output {
                endpoint: Some(Endpoint { mixer, rate, _sink: None }),
                opener: None,
                commands: thread_commands,
                epoch: 0,
                stall_limit: None,
                rest: Rest::new(None),
            };
            run(&inbox, &thread_shared, output);
            drop(done);
        });
        (Self::assemble(shared, settings, worker), bus)
    }

    fn assemble(
        shared: Arc<Shared>,
        settings: AudioSettings,
        worker: Result<Worker, String>,
    ) -> Self {
        let worker = match worker {
            Ok(worker) => Some(worker),
            Err(reason) => {
                let _ = shared.notice.set(Notice::NoDevice(reason));
                None
            }
        };
        let voice = voice::Voice::new(Arc::clone(&shared.rate));
        Self {
            shared,
            settings: Mutex::new(settings),
            ringing_until: Mutex::new(None),
            health_seen: Mutex::new(0),
            voice,
            worker,
            rest_allowed: Mutex::new(false),
        }
    }

    /// Plays `cue`'s sound; returns at once.
    pub fn play(&self, cue: Cue) {
        if self.shared.notice.get().is_some() {
            return;
        }
        if let Some(worker) = &self.worker {
            let now = Instant::now();
            self.ring_until(now + Sound::of(cue).length());
            // Unbounded: a send never waits, whatever the thread or the device is doing.
            let _ = worker.commands.send(Command::Play(cue, now));
        }
    }

    /// Chooses the voice of spoken cues (`None`: no speech). Loading eSpeak NG happens on
    /// the voice's thread; if it or the language's voice is missing, [`Audio::voice_notice`]
    /// says so and only the beeps sound.
    pub fn set_voice(&self, settings: Option<VoiceSettings>) {
        self.voice.configure(settings);
    }

    /// Why there is no speech although it is on, if so.
    pub fn voice_notice(&self) -> Option<VoiceNotice> {
        self.voice.notice()
    }

    /// Says `text` (rendered ahead with [`crate::runner::Sound::prepare`]) `delay` from now;
    /// returns at once. Not rendered, no voice or no sound: nothing.
    pub fn say(&self, text: &str, delay: Duration) {
        if self.shared.notice.get().is_some() {
            return;
        }
        let (Some(worker), Some(phrase)) = (&self.worker, self.voice.phrase(text)) else {
            return;
        };
        let start = Instant::now() + delay;
        self.ring_until(start + phrase.length());
        let hushes = self.shared.hushes.load(Ordering::Relaxed);
        let _ = worker.commands.send(Command::Say(phrase, start, hushes));
    }

    /// Whether the device may close after [`REST_AFTER`] with nothing to play: yes on screens
    /// far from a session (the library, the history), no where a sound may be wanted at once
    /// (a program's page, a session, the settings' test sound). A closed device opens again
    /// when this is taken back, or at the next sound (which may then start late, or be left
    /// out if too late). Off when opened.
    pub fn allow_rest(&self, allowed: bool) {
        let mut told = self.rest_allowed.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(worker) = &self.worker
            && *told != allowed
        {
            *told = allowed;
            let _ = worker.commands.send(Command::AllowRest(allowed));
        }
    }

    /// Whether the device is closed to rest (see [`Audio::allow_rest`]).
    pub fn is_resting(&self) -> bool {
        self.shared.resting.load(Ordering::Relaxed)
    }

    /// Stops what is being said and what is about to be (a pause, a skip); beeps go on.
    pub fn hush(&self) {
        self.shared.hushes.fetch_add(1, Ordering::Relaxed);
    }

    fn ring_until(&self, ends: Instant) {
        let mut ringing = self.ringing_until.lock().unwrap_or_else(PoisonError::into_inner);
        *ringing = Some(ringing.map_or(ends, |until| until.max(ends)));
    }

    /// Waits (at most `limit`) until the device is open and has taken [`FLOWING`] of
    /// samples. Opening is not always quick (through ALSA's pulse plugin it sometimes takes a
    /// second), and [`Audio::open`] gives up waiting after half a second so the app never
    /// freezes; a first cue played before the device is open would sound late, or not at all.
    /// `limber run` waits for this before its session starts; the app opens the device long
    /// before its first session.
    pub fn wait_until_flowing(&self, limit: Duration) {
        let deadline = Instant::now() + limit;
        while !self.is_silent() && Instant::now() < deadline {
            let rate = self.shared.rate.load(Ordering::Relaxed);
            let wanted = (FLOWING.as_secs_f64() * f64::from(rate)) as u64;
            if rate > 0 && self.shared.pulled.load(Ordering::Relaxed) >= wanted {
                return;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Waits (at most `limit`) until every sound asked for has been heard to its end: the
    /// bus has handed the device [`QUIET_TAIL`] of silence after the last sound, more than
    /// the device's buffer holds. A program about to exit lets its last cue ring out, and
    /// closes the device on silence (no click).
    pub fn wait_until_quiet(&self, limit: Duration) {
        if self.is_silent() {
            return;
        }
        let deadline = Instant::now() + limit;
        let until = *self.ringing_until.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(until) = until {
            std::thread::sleep(until.saturating_duration_since(Instant::now()).min(limit));
        }
        let rate = self.shared.rate.load(Ordering::Relaxed).max(1);
        let tail = (QUIET_TAIL.as_secs_f64() * f64::from(rate)) as u64;
        while Instant::now() < deadline {
            let pulled = self.shared.pulled.load(Ordering::Relaxed);
            let loud = self.shared.last_loud.load(Ordering::Relaxed);
            if pulled.saturating_sub(loud) >= tail {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Sets the volume, in [`crate::settings::VOLUME`] (more is taken as its top); heard at
    /// once, also mid-cue and mid-phrase.
    pub fn set_volume(&self, volume: u8) {
        self.update(|settings| settings.volume = volume.min(*crate::settings::VOLUME.end()));
    }

    /// Mutes or unmutes (speech too); heard at once, also mid-cue.
    pub fn set_muted(&self, muted: bool) {
        self.update(|settings| settings.muted = muted);
    }

    /// The current volume and mute.
    pub fn settings(&self) -> AudioSettings {
        *self.settings.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn update(&self, change: impl FnOnce(&mut AudioSettings)) {
        let mut settings = self.settings.lock().unwrap_or_else(PoisonError::into_inner);
        change(&mut settings);
        self.shared.set_gain(gain_of(settings.volume, settings.muted));
    }

    /// Whether nothing can be heard: the silent output, or no device.
    pub fn is_silent(&self) -> bool {
        self.worker.is_none() || self.notice().is_some()
    }

    /// Why there is no sound, if there is none.
    pub fn notice(&self) -> Option<Notice> {
        self.shared.notice.get().cloned()
    }

    /// Whether the sound stopped or came back since the last call (for the front end to say
    /// so at once); `None`: no change.
    pub fn health_change(&self) -> Option<Health> {
        let mut seen = self.health_seen.lock().unwrap_or_else(PoisonError::into_inner);
        let health = self.shared.health.lock().unwrap_or_else(PoisonError::into_inner);
        if health.changes == *seen {
            return None;
        }
        let first_seen = *seen;
        *seen = health.changes;
        match &health.outage {
            Some(reason) => Some(Health::Stopped(reason.clone())),
            // Stopped and back again since the front end last looked: say it is back.
            None if first_seen < health.changes => Some(Health::Restored),
            None => None,
        }
    }

    /// The handler the device's error callback runs (exposed to tests, which have no device
    /// to fail).
    #[cfg(test)]
    fn device_error_handler(&self) -> Option<ErrorHandler> {
        Some(error_handler(&self.worker.as_ref()?.commands, 0))
    }
}

impl crate::runner::Sound for Audio {
    fn play(&self, cue: Cue) {
        Audio::play(self, cue);
    }

    fn beep_length(&self, cue: Cue) -> Duration {
        cue_length(cue)
    }

    fn prepare(&self, texts: &[String]) {
        self.voice.prepare(texts);
    }

    fn phrase_length(&self, text: &str) -> Option<Duration> {
        if self.is_silent() {
            return None;
        }
        self.voice.phrase(text).map(|phrase| phrase.length())
    }

    fn say(&self, text: &str, delay: Duration) {
        Audio::say(self, text, delay);
    }

    fn hush(&self) {
        Audio::hush(self);
    }
}

impl Drop for Audio {
    fn drop(&mut self) {
        let Some(mut worker) = self.worker.take() else { return };
        let _ = worker.commands.send(Command::Quit);
        let finished = match worker.done.lock() {
            Ok(done) => !matches!(done.recv_timeout(DROP_WAIT), Err(RecvTimeoutError::Timeout)),
            Err(_) => false,
        };
        if finished && let Some(thread) = worker.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Starts the output thread running `body`, which gets the sender whose drop says "done".
fn spawn(
    commands: Sender<Command>,
    body: impl FnOnce(mpsc::SyncSender<()>) + Send + 'static,
) -> Result<Worker, String> {
    let (done_tx, done) = mpsc::sync_channel(1);
    let thread = std::thread::Builder::new()
        .name("limber-audio".into())
        .spawn(move || {
            // A panic here (a driver library's, say) must not take the app down: the cues
            // still show on screen. The panic hook has printed it; the sender drops either way.
            let _ = catch_unwind(AssertUnwindSafe(|| body(done_tx)));
        })
        .map_err(|err| format!("the sound thread could not start: {err}"))?;
    Ok(Worker { commands, done: Mutex::new(done), thread: Some(thread) })
}

/// The real device: opened, with the bus added to its mixer.
fn open_device(on_error: ErrorHandler, shared: &Arc<Shared>) -> Result<Endpoint, String> {
    let sink = device::open(on_error)?;
    let rate = sink.config().sample_rate();
    let (mixer, voices) = rodio::mixer::mixer(MONO, rate);
    sink.mixer().add(Bus::new(voices, Arc::clone(shared)));
    Ok(Endpoint { mixer, rate, _sink: Some(sink) })
}

/// The device's error callback. Errors the stream goes on after (an underrun, the pulse
/// plugin's one-off `snd_pcm_avail_delay` I/O error just after it starts) are ignored; an
/// error after which the stream is gone tells the output thread, which opens it again.
#[derive(Clone)]
struct ErrorHandler {
    commands: Sender<Command>,
    /// Which stream this handler belongs to: a late word from a stream already replaced
    /// must not close its successor.
    epoch: u64,
}

impl ErrorHandler {
    fn handle(&self, err: &cpal::Error) {
        if !device::ends_stream(err.kind()) {
            return;
        }
        let reason = device::clause(&err.to_string());
        let _ = self.commands.send(Command::Lost(self.epoch, reason));
    }

    /// As the closure cpal wants.
    fn into_callback(self) -> impl FnMut(cpal::Error) + Send + Clone + 'static {
        move |err: cpal::Error| self.handle(&err)
    }
}

fn error_handler(commands: &Sender<Command>, epoch: u64) -> ErrorHandler {
    ErrorHandler { commands: commands.clone(), epoch }
}

/// The output thread's state.
struct Output {
    /// `None` while the stream is dead and not yet open again.
    endpoint: Option<Endpoint>,
    /// How to open it again; `None` for a bus a caller drains.
    opener: Option<Opener>,
    commands: Sender<Command>,
    /// Counts the streams opened.
    epoch: u64,
    /// How long the device may take no samples before it counts as dead (with a device only).
    stall_limit: Option<Duration>,
    rest: Rest,
}

/// Whether and when the device closes while nothing sounds.
struct Rest {
    /// How long the device stays open with nothing to play; `None`: always open (a bus).
    after: Option<Duration>,
    allowed: bool,
    /// The last time something was asked to sound (or rest was allowed).
    busy_at: Instant,
}

impl Rest {
    fn new(after: Option<Duration>) -> Self {
        Self { after, allowed: false, busy_at: Instant::now() }
    }

    /// Whether the open device has been quiet long enough to close: nothing asked for in
    /// [`Rest::after`], and the last sound heard to its end.
    fn due(&self, shared: &Shared) -> bool {
        let Some(after) = self.after.filter(|_| self.allowed) else { return false };
        let rate = shared.rate.load(Ordering::Relaxed).max(1);
        let tail = (QUIET_TAIL.as_secs_f64() * f64::from(rate)) as u64;
        let heard = shared.pulled.load(Ordering::Relaxed);
        self.busy_at.elapsed() >= after
            && heard.saturating_sub(shared.last_loud.load(Ordering::Relaxed)) >= tail
    }
}

impl Output {
    fn rate(&self) -> Option<SampleRate> {
        self.endpoint.as_ref().map(|e| e.rate)
    }

    /// The stream is gone: close it, tell the front ends, try again from `retry_at`.
    fn lose(&mut self, shared: &Shared, reason: String) {
        if self.endpoint.take().is_none() {
            return;
        }
        shared.set_outage(Some(reason));
    }

    /// Opens the stream again; on success the front ends hear that sound is back. A stream
    /// that was resting and cannot open is an outage like a lost one.
    fn reopen(&mut self, shared: &Arc<Shared>) -> bool {
        let Some(opener) = &self.opener else { return false };
        self.epoch += 1;
        let on_error = error_handler(&self.commands, self.epoch);
        let was_resting = shared.resting.swap(false, Ordering::Relaxed);
        match opener(on_error, shared) {
            Ok(endpoint) => {
                shared.rate.store(endpoint.rate.get(), Ordering::Relaxed);
                self.endpoint = Some(endpoint);
                shared.set_outage(None);
                // A stream just opened has not been quiet for long.
                self.rest.busy_at = Instant::now();
                true
            }
            Err(reason) => {
                if was_resting {
                    shared.set_outage(Some(reason));
                }
                false
            }
        }
    }

    /// Closes the quiet device to rest; it opens again at the next sound.
    fn close_to_rest(&mut self, shared: &Shared) {
        if self.endpoint.take().is_some() {
            shared.resting.store(true, Ordering::Relaxed);
        }
    }
}

/// A phrase resampled to the device's rate, with the rendered samples it came from (kept, so
/// their address, its key, is not reused while it is cached).
struct Resampled {
    _rendered: Arc<[f32]>,
    samples: Arc<[f32]>,
}

/// The output thread's loop: one command at a time until `Quit` or the `Audio` is gone.
fn run(inbox: &Receiver<Command>, shared: &Arc<Shared>, mut output: Output) {
    let mut sounds: HashMap<Sound, Arc<[f32]>> = HashMap::new();
    // Resampled phrases, by the address of their rendered samples (the rendered samples are
    // kept alongside, so an address is never reused while in the map).
    let mut phrases: HashMap<*const f32, Resampled> = HashMap::new();
    let mut heartbeat = Heartbeat::new(shared);
    let mut to_warm = Sound::ALL.into_iter();
    let mut retry_at: Option<Instant> = None;
    // When the beeps handed to the mixer so far end: a phrase never starts before that. It was
    // placed after its beep, but on a starved machine the beep may reach the mixer late.
    let mut beeps_until = Instant::now();
    if let Some(rate) = output.rate() {
        shared.rate.store(rate.get(), Ordering::Relaxed);
    }
    loop {
        let command = match inbox.try_recv() {
            Ok(command) => Some(command),
            Err(TryRecvError::Disconnected) => break,
            Err(TryRecvError::Empty) => {
                // Nothing asked: render a sound ahead of time, so that the first cue of each
                // kind costs no rendering. One at a time, to look at the inbox in between.
                if let Some(rate) = output.rate()
                    && let Some(sound) = to_warm.find(|s| !sounds.contains_key(s))
                {
                    sounds.insert(sound, synth::render(sound, rate.get()).into());
                    continue;
                }
                let watch = output.stall_limit.map(|limit| {
                    if output.endpoint.is_none() { REOPEN_EVERY } else { limit.min(WATCH_EVERY) }
                });
                match wait(inbox, watch) {
                    Ok(command) => command,
                    Err(()) => break,
                }
            }
        };
        if let Some(limit) = output.stall_limit
            && output.endpoint.is_some()
            && heartbeat.stalled(shared, limit)
        {
            let reason = format!("it took no sound for {:.1} seconds", limit.as_secs_f64());
            output.lose(shared, reason);
            retry_at = Some(Instant::now());
        }
        // A resting device opens for the sound asked for, or when rest is taken back.
        let wanted = matches!(
            command,
            Some(Command::Play(..) | Command::Say(..) | Command::AllowRest(false))
        );
        if !wanted && output.endpoint.is_some() && output.rest.due(shared) {
            output.close_to_rest(shared);
        }
        if wanted {
            output.rest.busy_at = Instant::now();
            if shared.resting.load(Ordering::Relaxed) {
                retry_at = Some(Instant::now());
            }
        }
        if output.endpoint.is_none() && retry_at.is_some_and(|at| Instant::now() >= at) {
            let rate_before = output.rate();
            if output.reopen(shared) {
                retry_at = None;
                heartbeat = Heartbeat::new(shared);
                if output.rate() != rate_before {
                    sounds.clear();
                    phrases.clear();
                    to_warm = Sound::ALL.into_iter();
                }
            } else {
                retry_at = Some(Instant::now() + REOPEN_EVERY);
            }
        }
        match command {
            None => {}
            Some(Command::Quit) => break,
            Some(Command::Lost(epoch, reason))
                if epoch == output.epoch && output.endpoint.is_some() =>
            {
                output.lose(shared, reason);
                retry_at = Some(Instant::now());
            }
            // A late word from a stream already replaced.
            Some(Command::Lost(..)) => {}
            Some(Command::AllowRest(allowed)) => {
                output.rest.allowed = allowed;
                output.rest.busy_at = Instant::now();
            }
            Some(Command::Play(cue, due)) => {
                let sound = Sound::of(cue);
                let max_delay = Duration::from_millis(sound.max_delay_ms());
                let Some(endpoint) = &output.endpoint else { continue };
                if due.elapsed() > max_delay {
                    continue;
                }
                let rate = endpoint.rate;
                let samples =
                    sounds.entry(sound).or_insert_with(|| synth::render(sound, rate.get()).into());
                endpoint.mixer.add(Voice::new(Arc::clone(samples), rate, due, max_delay));
                beeps_until = beeps_until.max(Instant::now() + sound.length());
            }
            Some(Command::Say(phrase, start, hushes)) => {
                let Some(endpoint) = &output.endpoint else { continue };
                if start.elapsed() > SPEECH_MAX_DELAY
                    || shared.hushes.load(Ordering::Relaxed) != hushes
                {
                    continue;
                }
                let rate = endpoint.rate;
                // Rendered at this rate already, unless the device changed since.
                let samples = if phrase.rate == rate.get() {
                    Arc::clone(&phrase.samples)
                } else {
                    let entry = phrases.entry(phrase.samples.as_ptr()).or_insert_with(|| {
                        let resampled = voice::resample(&phrase.samples, phrase.rate, rate.get());
                        let rendered = Arc::clone(&phrase.samples);
                        Resampled { _rendered: rendered, samples: resampled.into() }
                    });
                    Arc::clone(&entry.samples)
                };
                let start = start.max(beeps_until + crate::speech::GAP);
                let speech =
                    Speech::new(samples, rate, start, SPEECH_MAX_DELAY, hushes, Arc::clone(shared));
                endpoint.mixer.add(speech);
            }
        }
    }
}

/// The next command; `None` when it is time to look at the heartbeat; `Err` when the `Audio`
/// is gone.
fn wait(inbox: &Receiver<Command>, watch: Option<Duration>) -> Result<Option<Command>, ()> {
    match watch {
        Some(every) => match inbox.recv_timeout(every) {
            Ok(command) => Ok(Some(command)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(()),
        },
        None => inbox.recv().map(Some).map_err(|_| ()),
    }
}

/// Watches the count of samples the device has taken.
struct Heartbeat {
    seen: u64,
    since: Instant,
}

impl Heartbeat {
    fn new(shared: &Shared) -> Self {
        Self { seen: shared.pulled.load(Ordering::Relaxed), since: Instant::now() }
    }

    /// Whether the count has not moved for longer than `limit`. `Instant` stands still while
    /// the computer sleeps, so a suspend does not count as a hang.
    fn stalled(&mut self, shared: &Shared, limit: Duration) -> bool {
        let count = shared.pulled.load(Ordering::Relaxed);
        if count != self.seen {
            self.seen = count;
            self.since = Instant::now();
            return false;
        }
        self.since.elapsed() > limit
    }
}

#[cfg(test)]
mod tests;

/// The samples of `cue`'s sound: mono f32 at [`SAMPLE_RATE`], before volume.
pub fn render(cue: Cue) -> Vec<f32> {
    synth::render(Sound::of(cue), SAMPLE_RATE)
}

/// Which of the distinct sounds a cue makes (several cues share one: every rep ticks alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CueSound(Sound);

impl CueSound {
    /// The sound of `cue`.
    pub fn of(cue: Cue) -> Self {
        Self(Sound::of(cue))
    }
}

/// How long `cue`'s sound lasts (what speech waits for before it starts).
pub fn cue_length(cue: Cue) -> Duration {
    Sound::of(cue).length()
}

/// `sources` (each starting at a sample offset) summed into one track through the bus's soft
/// limiter, with `tail` samples of silence after the last one ends.
pub fn mix(sources: &[(usize, &[f32])], tail: usize) -> Vec<f32> {
    let len = sources.iter().map(|(at, samples)| at + samples.len()).max().unwrap_or(0) + tail;
    let mut track = vec![0.0f32; len];
    for (at, samples) in sources {
        for (out, sample) in track[*at..].iter_mut().zip(samples.iter()) {
            *out += sample;
        }
    }
    track.iter_mut().for_each(|s| *s = bus::limit(*s));
    track
}
