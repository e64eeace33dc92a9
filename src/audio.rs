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

pub use bus::Bus;

use crate::cue::Cue;
use bus::{Shared, Voice, gain_of};
use rodio::cpal;
use rodio::{MixerDeviceSink, SampleRate};
use std::collections::HashMap;
use std::num::NonZero;
use std::panic::{AssertUnwindSafe, catch_unwind};
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

/// Why there is no sound (shown once to the user).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Notice {
    /// Opening failed at start: no card, no sound server, device busy or refused. The text
    /// says which, in words fit for the user's notice.
    #[error(
        "no sound device could be opened ({0}); connect speakers or headphones and restart Limber"
    )]
    NoDevice(String),
    /// The device reported a lasting error while in use, or stopped taking sound.
    #[error("the sound device stopped working ({0}); check it and restart Limber")]
    DeviceFailed(String),
}

impl Notice {
    /// The notice as one plain sentence in the user's language.
    pub fn sentence(&self, i18n: &crate::i18n::I18n) -> String {
        i18n.tr(match self {
            Self::NoDevice(_) => "notice-no-device",
            Self::DeviceFailed(_) => "notice-device-failed",
        })
    }

    /// What the sound system said, for whoever wants the details (its own words, untranslated).
    pub fn detail(&self) -> &str {
        match self {
            Self::NoDevice(detail) | Self::DeviceFailed(detail) => detail,
        }
    }
}

/// Samples per second of the synthesized cues.
pub const SAMPLE_RATE: u32 = 48_000;

/// How long [`Audio::open`] waits for the device before going on (a device that takes
/// longer can still start sounding later).
const OPEN_WAIT: Duration = Duration::from_millis(500);
/// How long dropping [`Audio`] waits for the thread; a thread stuck in a hung driver is left
/// behind rather than hanging the app on exit.
const DROP_WAIT: Duration = Duration::from_millis(500);
/// How long a sample may wait in the device's buffer before it is heard.
const DEVICE_BUFFER: Duration = Duration::from_millis(150);
/// A device that takes no samples for this long has hung without saying so.
const STALL_LIMIT: Duration = Duration::from_secs(5);
/// How often the output thread looks at the device's heartbeat when idle.
const WATCH_EVERY: Duration = Duration::from_secs(1);

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
    /// `None` when silent by choice (`--mute`, tests) or when the thread could not start.
    worker: Option<Worker>,
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
    /// The device reported a fatal error (from its callback) or stopped taking samples.
    Failed(String),
    Quit,
}

/// What the output thread writes into.
struct Output {
    mixer: rodio::mixer::Mixer,
    rate: SampleRate,
    /// The open device, if any: dropping it closes the device.
    sink: Option<MixerDeviceSink>,
    /// How long the device may take no samples before it counts as hung (with a device only).
    stall_limit: Option<Duration>,
}

impl Audio {
    /// Opens the default output device on a background thread; on failure the result is
    /// silent and [`Audio::notice`] says why.
    pub fn open(settings: AudioSettings) -> Self {
        Self::open_with(settings, device::open)
    }

    /// [`Audio::open`] with the device opener given: tests have no device, or one that fails
    /// or hangs on demand.
    fn open_with<F>(settings: AudioSettings, open_device: F) -> Self
    where
        F: FnOnce(ErrorHandler) -> Result<MixerDeviceSink, String> + Send + 'static,
    {
        let shared = Arc::new(Shared::new(gain_of(settings.volume, settings.muted)));
        let (commands, inbox) = mpsc::channel();
        let (ready_tx, ready) = mpsc::sync_channel::<()>(1);
        let on_error = error_handler(&shared, &commands);
        let thread_shared = Arc::clone(&shared);
        let worker = spawn(commands, move |done| {
            let sink = match open_device(on_error) {
                Ok(sink) => sink,
                Err(reason) => {
                    let _ = thread_shared.notice.set(Notice::NoDevice(reason));
                    drop(ready_tx);
                    drop(done);
                    return;
                }
            };
            let rate = sink.config().sample_rate();
            let (mixer, voices) = rodio::mixer::mixer(MONO, rate);
            sink.mixer().add(Bus::new(voices, Arc::clone(&thread_shared)));
            drop(ready_tx);
            let output = Output { mixer, rate, sink: Some(sink), stall_limit: Some(STALL_LIMIT) };
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
            worker: None,
        }
    }

    /// An output that no device drains: the caller pulls the sound from the returned [`Bus`]
    /// (mono at `sample_rate`, silence between cues), as a device would. For tests, benches,
    /// and rendering a session to a file.
    pub fn with_bus(settings: AudioSettings, sample_rate: u32) -> (Self, Bus) {
        Self::with_bus_watched(settings, sample_rate, None)
    }

    fn with_bus_watched(
        settings: AudioSettings,
        sample_rate: u32,
        stall_limit: Option<Duration>,
    ) -> (Self, Bus) {
        let shared = Arc::new(Shared::new(gain_of(settings.volume, settings.muted)));
        let rate = NonZero::new(sample_rate).unwrap_or(DEFAULT_RATE);
        let (mixer, voices) = rodio::mixer::mixer(MONO, rate);
        let bus = Bus::new(voices, Arc::clone(&shared));
        let (commands, inbox) = mpsc::channel();
        let thread_shared = Arc::clone(&shared);
        let worker = spawn(commands, move |done| {
            run(&inbox, &thread_shared, Output { mixer, rate, sink: None, stall_limit });
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
        Self { shared, settings: Mutex::new(settings), ringing_until: Mutex::new(None), worker }
    }

    /// Plays `cue`'s sound; returns at once.
    pub fn play(&self, cue: Cue) {
        if self.shared.notice.get().is_some() {
            return;
        }
        if let Some(worker) = &self.worker {
            let now = Instant::now();
            let ends = now + Sound::of(cue).length();
            let mut ringing = self.ringing_until.lock().unwrap_or_else(PoisonError::into_inner);
            *ringing = Some(ringing.map_or(ends, |until| until.max(ends)));
            // Unbounded: a send never waits, whatever the thread or the device is doing.
            let _ = worker.commands.send(Command::Play(cue, now));
        }
    }

    /// Waits (at most `limit`) until the sounds asked for have played out, and the device's
    /// buffer with them: a program about to exit lets its last cue ring to its end.
    pub fn wait_until_quiet(&self, limit: Duration) {
        let until = *self.ringing_until.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(until) = until.filter(|_| !self.is_silent()) {
            let left = until.saturating_duration_since(Instant::now()) + DEVICE_BUFFER;
            std::thread::sleep(left.min(limit));
        }
    }

    /// Sets the volume, in [`crate::settings::VOLUME`] (more is taken as its top); heard at
    /// once, also mid-cue.
    pub fn set_volume(&self, volume: u8) {
        self.update(|settings| settings.volume = volume.min(*crate::settings::VOLUME.end()));
    }

    /// Mutes or unmutes; heard at once, also mid-cue.
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

    /// Whether nothing can be heard: the silent output, or a device that failed.
    pub fn is_silent(&self) -> bool {
        self.worker.is_none() || self.notice().is_some()
    }

    /// Why there is no sound, if there is none.
    pub fn notice(&self) -> Option<Notice> {
        self.shared.notice.get().cloned()
    }

    /// The handler the device's error callback runs (exposed to tests, which have no device
    /// to fail).
    #[cfg(test)]
    fn device_error_handler(&self) -> Option<ErrorHandler> {
        Some(error_handler(&self.shared, &self.worker.as_ref()?.commands))
    }
}

impl crate::runner::Sound for Audio {
    fn play(&self, cue: Cue) {
        Audio::play(self, cue);
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

/// The device's error callback: fatal errors set the notice at once (the output thread may be
/// busy) and tell the thread to close the device; glitches it recovers from are ignored.
#[derive(Clone)]
struct ErrorHandler {
    shared: Arc<Shared>,
    commands: Sender<Command>,
}

impl ErrorHandler {
    fn handle(&self, err: &cpal::Error) {
        if !device::is_fatal(err.kind()) {
            return;
        }
        let reason = device::clause(&err.to_string());
        let _ = self.shared.notice.set(Notice::DeviceFailed(reason.clone()));
        let _ = self.commands.send(Command::Failed(reason));
    }

    /// As the closure cpal wants.
    fn into_callback(self) -> impl FnMut(cpal::Error) + Send + Clone + 'static {
        move |err: cpal::Error| self.handle(&err)
    }
}

fn error_handler(shared: &Arc<Shared>, commands: &Sender<Command>) -> ErrorHandler {
    ErrorHandler { shared: Arc::clone(shared), commands: commands.clone() }
}

/// The output thread's loop: one command at a time until `Quit` or the `Audio` is gone.
fn run(inbox: &Receiver<Command>, shared: &Shared, mut output: Output) {
    let mut sounds: HashMap<Sound, Arc<[f32]>> = HashMap::new();
    let mut heartbeat = Heartbeat::new(shared);
    let mut failed = false;
    let mut to_warm = Sound::ALL.into_iter();
    loop {
        let command = match inbox.try_recv() {
            Ok(command) => Some(command),
            Err(TryRecvError::Disconnected) => break,
            Err(TryRecvError::Empty) => {
                // Nothing asked: render a sound ahead of time, so that the first cue of each
                // kind costs no rendering. One at a time, to look at the inbox in between.
                let rate = output.rate;
                if !failed && let Some(sound) = to_warm.find(|s| !sounds.contains_key(s)) {
                    sounds.insert(sound, synth::render(sound, rate.get()).into());
                    continue;
                }
                match wait(inbox, output.stall_limit) {
                    Ok(command) => command,
                    Err(()) => break,
                }
            }
        };
        if let Some(limit) = output.stall_limit
            && !failed
            && heartbeat.stalled(shared, limit)
        {
            let reason = format!("it took no sound for {} seconds", limit.as_secs());
            fail(shared, &mut output, &mut failed, reason);
        }
        match command {
            None => {}
            Some(Command::Quit) => break,
            Some(Command::Failed(reason)) => fail(shared, &mut output, &mut failed, reason),
            Some(Command::Play(cue, due)) => {
                let sound = Sound::of(cue);
                let max_delay = Duration::from_millis(sound.max_delay_ms());
                if failed || due.elapsed() > max_delay {
                    continue;
                }
                let rate = output.rate;
                let samples =
                    sounds.entry(sound).or_insert_with(|| synth::render(sound, rate.get()).into());
                output.mixer.add(Voice::new(Arc::clone(samples), rate, due, max_delay));
            }
        }
    }
}

/// The next command; `None` when it is time to look at the heartbeat; `Err` when the `Audio`
/// is gone.
fn wait(inbox: &Receiver<Command>, stall_limit: Option<Duration>) -> Result<Option<Command>, ()> {
    match stall_limit {
        Some(limit) => match inbox.recv_timeout(limit.min(WATCH_EVERY)) {
            Ok(command) => Ok(Some(command)),
            Err(RecvTimeoutError::Timeout) => Ok(None),
            Err(RecvTimeoutError::Disconnected) => Err(()),
        },
        None => inbox.recv().map(Some).map_err(|_| ()),
    }
}

/// Silence from now on, one notice (the first reason wins), and the device closed.
fn fail(shared: &Shared, output: &mut Output, failed: &mut bool, reason: String) {
    let _ = shared.notice.set(Notice::DeviceFailed(reason));
    *failed = true;
    output.sink = None;
}

/// Watches the count of samples the device has taken.
struct Heartbeat {
    seen: u64,
    since: Instant,
}

impl Heartbeat {
    fn new(shared: &Shared) -> Self {
        Self {
            seen: shared.pulled.load(std::sync::atomic::Ordering::Relaxed),
            since: Instant::now(),
        }
    }

    /// Whether the count has not moved for longer than `limit`. `Instant` stands still while
    /// the computer sleeps, so a suspend does not count as a hang.
    fn stalled(&mut self, shared: &Shared, limit: Duration) -> bool {
        let count = shared.pulled.load(std::sync::atomic::Ordering::Relaxed);
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

/// How long `cue`'s sound lasts (what speech waits for before it starts).
pub fn cue_length(cue: Cue) -> Duration {
    Sound::of(cue).length()
}
