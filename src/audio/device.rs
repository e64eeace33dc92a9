//! Opening the default output device (through rodio and cpal) with a short buffer, and
//! telling fatal stream errors from harmless ones.

use rodio::cpal::traits::{DeviceTrait, HostTrait};
use rodio::cpal::{self, BufferSize, SupportedBufferSize};
use rodio::{DeviceSinkBuilder, DeviceSinkError, MixerDeviceSink};

/// The device period we ask for, in seconds. rodio's default (about 43 ms periods, two of
/// them) would let a cue trail its on-screen flash by up to ~85 ms; 20 ms periods keep it
/// under ~45 ms and are what games and media players use. If the device refuses, rodio falls
/// back to the device's own configurations.
const PERIOD_SECONDS: f64 = 0.020;

/// Opens the default output device, or any other real one if that fails, reporting stream
/// errors to `on_error`. Returns a clause for the user's notice on failure.
pub(super) fn open(on_error: super::ErrorHandler) -> Result<MixerDeviceSink, String> {
    let on_error = on_error.into_callback();
    let quiet = QuietAlsa::start();
    let result =
        open_default(on_error.clone()).or_else(|first| open_any_other(on_error).ok_or(first));
    result
        .map(|mut sink| {
            // rodio prints a line on stderr when a sink is dropped; ours is dropped on purpose.
            sink.log_on_drop(false);
            sink
        })
        .map_err(|err| with_details(describe(&err), quiet.finish()))
}

fn open_default<E>(on_error: E) -> Result<MixerDeviceSink, DeviceSinkError>
where
    E: FnMut(cpal::Error) + Send + Clone + 'static,
{
    let device = cpal::default_host().default_output_device().ok_or(DeviceSinkError::NoDevice)?;
    let config = device.default_output_config().map_err(DeviceSinkError::DefaultSinkConfigError)?;
    let period = period_frames(config.sample_rate(), config.buffer_size());
    DeviceSinkBuilder::from_device(device)?
        .with_buffer_size(BufferSize::Fixed(period))
        .with_error_callback(on_error)
        .open_sink_or_fallback()
}

/// What rodio's `open_default_sink` does when the default device fails: try the other
/// devices that are not the "null" sink.
fn open_any_other<E>(on_error: E) -> Option<MixerDeviceSink>
where
    E: FnMut(cpal::Error) + Send + Clone + 'static,
{
    let devices = cpal::default_host().output_devices().ok()?;
    devices
        .filter(|device| {
            device.description().is_ok_and(|d| d.driver().is_some_and(|driver| driver != "null"))
        })
        .find_map(|device| {
            DeviceSinkBuilder::from_device(device)
                .ok()?
                .with_error_callback(on_error.clone())
                .open_sink_or_fallback()
                .ok()
        })
}

/// About [`PERIOD_SECONDS`] of frames, a power of two (what drivers like best), within what
/// the device supports.
pub(crate) fn period_frames(sample_rate: u32, supported: &SupportedBufferSize) -> u32 {
    let wanted = (f64::from(sample_rate) * PERIOD_SECONDS).max(64.0) as u32;
    let below = 1u32 << (31 - wanted.leading_zeros());
    let above = below.saturating_mul(2);
    let nearest = if wanted - below <= above - wanted { below } else { above };
    match supported {
        SupportedBufferSize::Range { min, max } if min <= max => nearest.clamp(*min, *max),
        _ => nearest,
    }
}

/// Whether a stream error means the stream is gone (cpal's stream worker stops after it), so
/// it must be opened again. Everything else is a glitch the stream goes on after: an underrun,
/// or the I/O error (5) ALSA's pulse plugin returns from `snd_pcm_avail_delay` once just after
/// a stream starts (alsa-project/alsa-plugins#65), which is reported as a backend error. A
/// stream that dies without saying so is caught by the watchdog (no samples taken).
pub(crate) fn ends_stream(kind: cpal::ErrorKind) -> bool {
    matches!(
        kind,
        cpal::ErrorKind::DeviceNotAvailable
            | cpal::ErrorKind::StreamInvalidated
            | cpal::ErrorKind::HostUnavailable
    )
}

/// The failure in plain words, for the notice.
fn describe(err: &DeviceSinkError) -> String {
    let cause = match err {
        DeviceSinkError::NoDevice => return "no output device was found".into(),
        DeviceSinkError::UnsupportedSampleFormat => {
            return "the output device's sample format is not supported".into();
        }
        DeviceSinkError::PlayError(cause)
        | DeviceSinkError::DefaultSinkConfigError(cause)
        | DeviceSinkError::BuildError(cause)
        | DeviceSinkError::SupportedConfigsError(cause) => cause,
    };
    match cause.kind() {
        cpal::ErrorKind::DeviceNotAvailable => "the output device is not available".into(),
        cpal::ErrorKind::DeviceBusy => {
            "the output device is busy (another program may be using it)".into()
        }
        cpal::ErrorKind::PermissionDenied => "access to the output device was denied".into(),
        cpal::ErrorKind::HostUnavailable => "the sound system is not running".into(),
        _ => clause(&format!("{err}: {cause}")),
    }
}

/// `text` fit to stand inside a sentence: first letter lower case, no final full stop.
pub(crate) fn clause(text: &str) -> String {
    let text = text.trim().trim_end_matches('.');
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn with_details(reason: String, details: Option<String>) -> String {
    match details {
        Some(details) if !details.is_empty() => format!("{reason}: {details}"),
        _ => reason,
    }
}

/// While the device is opened, alsa-lib writes what it tried ("cannot find card '0'", ...)
/// to this thread's buffer instead of stderr: on a machine without sound that is a dozen
/// lines of noise at every start. If opening fails, the gist goes into the notice, which is
/// what the user sees; errors of a running stream still reach stderr.
struct QuietAlsa {
    #[cfg(target_os = "linux")]
    buffer: Option<std::rc::Rc<std::cell::RefCell<alsa::Output>>>,
}

impl QuietAlsa {
    fn start() -> Self {
        Self {
            #[cfg(target_os = "linux")]
            buffer: alsa::Output::local_error_handler().ok(),
        }
    }

    /// The first line alsa-lib reported, if any, without the name of the C function that
    /// wrote it ("parse_card: cannot find card '0'" becomes "cannot find card '0'").
    fn finish(self) -> Option<String> {
        #[cfg(target_os = "linux")]
        {
            let buffer = self.buffer?;
            let text = buffer.borrow().to_string();
            let first = text.lines().map(str::trim).find(|line| !line.is_empty())?;
            let message = match first.split_once(": ") {
                Some((function, rest)) if !function.contains(' ') => rest,
                _ => first,
            };
            Some(clause(message))
        }
        #[cfg(not(target_os = "linux"))]
        {
            None
        }
    }
}
