//! eSpeak NG, loaded when first needed (`dlopen` of `libespeak-ng.so.1`), turning text into
//! 16-bit mono samples in memory. Nothing is linked at build time, so Limber builds without
//! the library's headers and starts without it; then [`Espeak::get`] says why there is no
//! voice and the caller goes on with beeps only.
//!
//! eSpeak NG keeps one global state and is not thread-safe: every call goes through one
//! [`Mutex`], and synthesis runs in its synchronous mode, on the calling thread, so the
//! samples its callback receives belong to the call that asked for them.
//!
//! This crate holds all of Limber's unsafe code (the application crate forbids it).

use std::cell::RefCell;
use std::ffi::{CString, c_char, c_int, c_short, c_uint, c_void};
use std::sync::{Mutex, MutexGuard, OnceLock, PoisonError};

/// The names the shared library goes by, tried in order.
const LIBRARY_NAMES: &[&str] = &[
    "libespeak-ng.so.1",
    "libespeak-ng.so",
    "libespeak-ng.1.dylib",
    "libespeak-ng.dylib",
    "libespeak-ng.dll",
];

/// `espeak_AUDIO_OUTPUT::AUDIO_OUTPUT_SYNCHRONOUS`: synthesize on the calling thread and hand
/// the samples to the callback, no sound device.
const AUDIO_OUTPUT_SYNCHRONOUS: c_int = 2;
/// `espeakINITIALIZE_DONT_EXIT`: without it a missing data folder ends the whole process.
const INITIALIZE_DONT_EXIT: c_int = 0x8000;
/// `espeakCHARS_UTF8`.
const CHARS_UTF8: c_uint = 1;
/// `espeak_POSITION_TYPE::POS_CHARACTER`.
const POS_CHARACTER: c_int = 1;
/// `espeak_PARAMETER::espeakRATE`, in words per minute.
const PARAMETER_RATE: c_int = 1;
/// `espeak_ERROR::EE_OK`.
const EE_OK: c_int = 0;

/// The slowest and the fastest rate eSpeak NG speaks at, words per minute.
pub const RATE_MIN: u32 = 80;
/// See [`RATE_MIN`].
pub const RATE_MAX: u32 = 450;
/// eSpeak NG's own default rate.
pub const RATE_NORMAL: u32 = 175;

type Initialize = unsafe extern "C" fn(c_int, c_int, *const c_char, c_int) -> c_int;
type Callback = unsafe extern "C" fn(*mut c_short, c_int, *mut c_void) -> c_int;
type SetSynthCallback = unsafe extern "C" fn(Option<Callback>);
type SetVoiceByName = unsafe extern "C" fn(*const c_char) -> c_int;
type SetParameter = unsafe extern "C" fn(c_int, c_int, c_int) -> c_int;
type Synth = unsafe extern "C" fn(
    *const c_void,
    usize,
    c_uint,
    c_int,
    c_uint,
    c_uint,
    *mut c_uint,
    *mut c_void,
) -> c_int;
type Synchronize = unsafe extern "C" fn() -> c_int;
type Info = unsafe extern "C" fn(*mut *const c_char) -> *const c_char;

/// Why there is no voice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The shared library is not installed (or not found).
    NoLibrary(String),
    /// The library is there, but a function Limber needs is not.
    MissingFunction(String),
    /// The library could not start, usually because its data (espeak-ng-data) is missing.
    NoData,
    /// No voice for this language is installed.
    NoVoice(String),
    /// Synthesis failed with this eSpeak NG error code.
    Synthesis(i32),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::NoLibrary(why) => write!(f, "eSpeak NG is not installed ({why})"),
            Self::MissingFunction(name) => {
                write!(f, "the installed eSpeak NG has no function {name}")
            }
            Self::NoData => write!(f, "eSpeak NG could not find its voice data (espeak-ng-data)"),
            Self::NoVoice(language) => write!(f, "eSpeak NG has no voice for \"{language}\""),
            Self::Synthesis(code) => write!(f, "eSpeak NG could not speak (error {code})"),
        }
    }
}

impl std::error::Error for Error {}

/// The loaded library. Its function pointers stay valid because the library is never
/// unloaded (it lives in a `static`).
pub struct Espeak {
    _library: libloading::Library,
    set_voice_by_name: SetVoiceByName,
    set_parameter: SetParameter,
    synth: Synth,
    synchronize: Synchronize,
    sample_rate: u32,
    version: String,
    voice: Option<String>,
}

impl std::fmt::Debug for Espeak {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Espeak")
            .field("version", &self.version)
            .field("sample_rate", &self.sample_rate)
            .field("voice", &self.voice)
            .finish_non_exhaustive()
    }
}

static ENGINE: OnceLock<Result<Mutex<Espeak>, Error>> = OnceLock::new();

thread_local! {
    /// What the callback has received during the current synthesis on this thread.
    static SAMPLES: RefCell<Vec<i16>> = const { RefCell::new(Vec::new()) };
}

/// eSpeak NG's synth callback: collects the samples of the call under way. Returns 0
/// ("go on"). The final call has no samples (a null pointer).
unsafe extern "C" fn collect(wav: *mut c_short, count: c_int, _events: *mut c_void) -> c_int {
    if wav.is_null() || count <= 0 {
        return 0;
    }
    let Ok(count) = usize::try_from(count) else { return 0 };
    // SAFETY: eSpeak NG passes `count` valid samples at `wav` for the length of this call.
    let samples = unsafe { std::slice::from_raw_parts(wav.cast_const(), count) };
    SAMPLES.with(|buffer| buffer.borrow_mut().extend_from_slice(samples));
    0
}

impl Espeak {
    /// The engine, loaded and started on first use; the same error on every later call if
    /// that failed (the library is looked for once per process).
    pub fn get() -> Result<MutexGuard<'static, Espeak>, Error> {
        match ENGINE.get_or_init(|| Self::load().map(Mutex::new)) {
            Ok(engine) => Ok(engine.lock().unwrap_or_else(PoisonError::into_inner)),
            Err(error) => Err(error.clone()),
        }
    }

    fn load() -> Result<Self, Error> {
        let mut last = String::from("no library name tried");
        let library = LIBRARY_NAMES
            .iter()
            .find_map(|name| {
                // SAFETY: loading eSpeak NG runs its (trivial) library constructors; it is a
                // plain C library with no initialisers that depend on the caller.
                match unsafe { libloading::Library::new(name) } {
                    Ok(library) => Some(library),
                    Err(error) => {
                        last = error.to_string();
                        None
                    }
                }
            })
            .ok_or(Error::NoLibrary(last))?;
        // SAFETY: each symbol is looked up with the type of its declaration in eSpeak NG's
        // speak_lib.h (stable since eSpeak 1.48).
        unsafe {
            let initialize: Initialize = *symbol(&library, b"espeak_Initialize\0")?;
            let set_synth_callback: SetSynthCallback =
                *symbol(&library, b"espeak_SetSynthCallback\0")?;
            let info: Info = *symbol(&library, b"espeak_Info\0")?;
            let engine = Self {
                set_voice_by_name: *symbol(&library, b"espeak_SetVoiceByName\0")?,
                set_parameter: *symbol(&library, b"espeak_SetParameter\0")?,
                synth: *symbol(&library, b"espeak_Synth\0")?,
                synchronize: *symbol(&library, b"espeak_Synchronize\0")?,
                _library: library,
                sample_rate: 0,
                version: String::new(),
                voice: None,
            };
            let rate =
                initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, std::ptr::null(), INITIALIZE_DONT_EXIT);
            let sample_rate = u32::try_from(rate).ok().filter(|r| *r > 0).ok_or(Error::NoData)?;
            set_synth_callback(Some(collect));
            let version_ptr = info(std::ptr::null_mut());
            let version = if version_ptr.is_null() {
                String::new()
            } else {
                std::ffi::CStr::from_ptr(version_ptr).to_string_lossy().into_owned()
            };
            Ok(Self { sample_rate, version, ..engine })
        }
    }

    /// Samples per second of what [`Espeak::synthesize`] returns (22050 for eSpeak NG).
    pub fn sample_rate(&self) -> u32 {
        self.sample_rate
    }

    /// The library's version, e.g. "1.51".
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Chooses the voice for `language` (an eSpeak NG voice name: "nl", "en", "en-us").
    pub fn set_voice(&mut self, language: &str) -> Result<(), Error> {
        if self.voice.as_deref() == Some(language) {
            return Ok(());
        }
        let name = CString::new(language).map_err(|_| Error::NoVoice(language.into()))?;
        // SAFETY: a valid NUL-terminated string; the engine is held under the lock.
        let code = unsafe { (self.set_voice_by_name)(name.as_ptr()) };
        if code != EE_OK {
            self.voice = None;
            return Err(Error::NoVoice(language.into()));
        }
        self.voice = Some(language.into());
        Ok(())
    }

    /// Sets the speaking rate in words per minute (kept within [`RATE_MIN`]..=[`RATE_MAX`]).
    pub fn set_rate(&mut self, words_per_minute: u32) -> Result<(), Error> {
        let rate = words_per_minute.clamp(RATE_MIN, RATE_MAX);
        let rate = c_int::try_from(rate).unwrap_or(175);
        // SAFETY: plain integers; the engine is held under the lock.
        let code = unsafe { (self.set_parameter)(PARAMETER_RATE, rate, 0) };
        if code == EE_OK { Ok(()) } else { Err(Error::Synthesis(code)) }
    }

    /// Speaks `text` in the current voice and rate: mono 16-bit samples at
    /// [`Espeak::sample_rate`]. Markup is not interpreted (`<` is just a character).
    pub fn synthesize(&mut self, text: &str) -> Result<Vec<i16>, Error> {
        let text: String = text.chars().filter(|c| *c != '\0').collect();
        let text = CString::new(text).map_err(|_| Error::Synthesis(-1))?;
        let bytes = text.as_bytes_with_nul().len();
        SAMPLES.with(|buffer| buffer.borrow_mut().clear());
        // SAFETY: `text` is NUL-terminated and `bytes` long; in synchronous mode the call
        // returns when all the samples went to `collect`, on this thread; the engine is held
        // under the lock, so no other synthesis runs.
        let code = unsafe {
            (self.synth)(
                text.as_ptr().cast(),
                bytes,
                0,
                POS_CHARACTER,
                0,
                CHARS_UTF8,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            )
        };
        // SAFETY: no arguments; waits for the synthesis above (already done when synchronous).
        let done = unsafe { (self.synchronize)() };
        let samples = SAMPLES.with(|buffer| std::mem::take(&mut *buffer.borrow_mut()));
        match (code, done) {
            (EE_OK, EE_OK) => Ok(samples),
            (EE_OK, other) | (other, _) => Err(Error::Synthesis(other)),
        }
    }
}

/// Looks a function up in `library`.
///
/// # Safety
/// `T` must be the function's type.
unsafe fn symbol<'l, T>(
    library: &'l libloading::Library,
    name: &[u8],
) -> Result<libloading::Symbol<'l, T>, Error> {
    // SAFETY: the caller gives the right type.
    unsafe { library.get::<T>(name) }.map_err(|_| {
        Error::MissingFunction(String::from_utf8_lossy(name).trim_end_matches('\0').to_owned())
    })
}

/// Half the taps of the resampling filter, per side.
const TAPS: isize = 16;

/// `input` at `from` samples a second, resampled to `to`: windowed-sinc interpolation
/// (32 taps, Hann window), low-passed below the lower of the two Nyquist frequencies, so
/// upsampling 22.05 kHz speech to 48 kHz adds no images above 11 kHz.
pub fn resample(input: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || input.is_empty() || from == 0 || to == 0 {
        return input.to_vec();
    }
    let ratio = f64::from(from) / f64::from(to);
    let cutoff = (f64::from(to) / f64::from(from)).min(1.0) * 0.97;
    let len = ((input.len() as f64) / ratio).round() as usize;
    let pi = std::f64::consts::PI;
    (0..len)
        .map(|n| {
            let t = n as f64 * ratio;
            let centre = t.floor() as isize;
            let mut sum = 0.0f64;
            for k in (centre - TAPS + 1)..=(centre + TAPS) {
                let Some(sample) = usize::try_from(k).ok().and_then(|k| input.get(k)) else {
                    continue;
                };
                let x = t - k as f64;
                let sinc = if x.abs() < 1e-9 { cutoff } else { (pi * cutoff * x).sin() / (pi * x) };
                let window = 0.5 + 0.5 * (pi * x / TAPS as f64).cos();
                sum += f64::from(*sample) * sinc * window;
            }
            sum as f32
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs only where eSpeak NG is installed (scripts/setup.sh installs it for the tests).
    #[test]
    fn speaks_dutch_and_english_when_installed() {
        let mut engine = match Espeak::get() {
            Ok(engine) => engine,
            Err(Error::NoLibrary(why)) => {
                eprintln!("skipped: {why}");
                return;
            }
            Err(other) => panic!("{other}"),
        };
        assert_eq!(engine.sample_rate(), 22_050);
        for language in ["nl", "en"] {
            engine.set_voice(language).unwrap();
            engine.set_rate(RATE_NORMAL).unwrap();
            let samples = engine.synthesize("Halverwege. Goed gedaan!").unwrap();
            let seconds = samples.len() as f64 / 22_050.0;
            assert!((0.8..4.0).contains(&seconds), "{language}: {seconds} s");
            assert!(samples.iter().any(|s| s.unsigned_abs() > 3000), "{language}: too quiet");
        }
        assert_eq!(
            engine.set_voice("xx-nonexistent"),
            Err(Error::NoVoice("xx-nonexistent".into()))
        );
        // Slower speech is longer.
        engine.set_voice("en").unwrap();
        engine.set_rate(100).unwrap();
        let slow = engine.synthesize("one two three four five").unwrap().len();
        engine.set_rate(300).unwrap();
        let fast = engine.synthesize("one two three four five").unwrap().len();
        assert!(slow > fast * 2, "{slow} vs {fast}");
        assert!(engine.synthesize("").unwrap().len() < 22_050);
    }
}
