//! Turning a [`Cue`] into sound: one long-lived output thread fed by a channel, so playing a
//! cue never blocks the caller. No device, a device that fails, or mute all mean silence plus
//! one clear notice; never a panic or a hang.

// INTERFACE (being implemented).

use crate::cue::Cue;

/// Volume and mute, as in the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AudioSettings {
    /// 0..=100.
    pub volume: u8,
    pub muted: bool,
}

/// Why there is no sound (shown once to the user).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Notice {
    #[error("no sound device could be opened ({0})")]
    NoDevice(String),
    #[error("the sound device stopped working ({0})")]
    DeviceFailed(String),
}

/// The sound output.
#[derive(Debug)]
pub struct Audio {}

impl Audio {
    /// Opens the default output device on a background thread; on failure the result is
    /// silent and [`Audio::notice`] says why.
    pub fn open(settings: AudioSettings) -> Self {
        let _ = settings;
        todo!()
    }

    /// Never makes a sound (`--mute`, tests).
    pub fn silent() -> Self {
        todo!()
    }

    /// Plays `cue`'s sound; returns at once.
    pub fn play(&self, cue: Cue) {
        let _ = cue;
        todo!()
    }

    pub fn set_volume(&self, volume: u8) {
        let _ = volume;
        todo!()
    }

    pub fn set_muted(&self, muted: bool) {
        let _ = muted;
        todo!()
    }

    /// Why there is no sound, if there is none.
    pub fn notice(&self) -> Option<Notice> {
        todo!()
    }
}

/// The samples of `cue`'s sound: mono f32 at [`SAMPLE_RATE`], before volume.
pub fn render(cue: Cue) -> Vec<f32> {
    let _ = cue;
    todo!()
}

/// Samples per second of the synthesized cues.
pub const SAMPLE_RATE: u32 = 48_000;
