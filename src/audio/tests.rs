//! Sounds are checked as signals (length, level, edges, pitch, number of notes) and the output
//! path through a [`Bus`] drained as a device would, without any device.

use super::*;
use std::sync::mpsc::RecvTimeoutError;
use std::thread::sleep;

const FULL: AudioSettings = AudioSettings { volume: 100, muted: false };
const RATE: f64 = SAMPLE_RATE as f64;

/// One cue of every kind, with the sound it must make.
fn every_kind() -> Vec<(Cue, Sound)> {
    vec![
        (Cue::GetReady, Sound::GetReady),
        (Cue::Countdown(3), Sound::Pip),
        (Cue::Countdown(1), Sound::LastPip),
        (Cue::Go, Sound::Go),
        (Cue::Halfway, Sound::Halfway),
        (Cue::SwitchSides, Sound::SwitchSides),
        (Cue::Rest { next: Some(1) }, Sound::Rest),
        (Cue::Rep(1), Sound::Tick),
        (Cue::Form(0), Sound::Form),
        (Cue::Finished, Sound::Finished),
    ]
}

fn peak(x: &[f32]) -> f32 {
    x.iter().fold(0.0f32, |m, s| m.max(s.abs()))
}

fn rms(x: &[f32]) -> f32 {
    let sum: f64 = x.iter().map(|s| f64::from(*s) * f64::from(*s)).sum();
    (sum / x.len().max(1) as f64).sqrt() as f32
}

fn window(x: &[f32], rate: f64, from: f64, to: f64) -> &[f32] {
    let a = ((from * rate) as usize).min(x.len());
    let b = ((to * rate) as usize).clamp(a, x.len());
    &x[a..b]
}

/// Power of `x` at `hz` (Goertzel over a Hann window).
fn power_at(x: &[f32], rate: f64, hz: f64) -> f64 {
    let n = x.len().max(2) as f64;
    let k = 2.0 * (2.0 * std::f64::consts::PI * hz / rate).cos();
    let (mut s1, mut s2) = (0.0f64, 0.0f64);
    for (i, sample) in x.iter().enumerate() {
        let hann = 0.5 - 0.5 * (2.0 * std::f64::consts::PI * i as f64 / (n - 1.0)).cos();
        let s0 = f64::from(*sample) * hann + k * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    s1 * s1 + s2 * s2 - k * s1 * s2
}

/// The strongest frequency between 150 Hz and 3 kHz: a coarse scan, then a fine one.
fn dominant_hz(x: &[f32], rate: f64) -> f64 {
    let best = |from: f64, to: f64, step: f64| {
        let mut f = from;
        let (mut best_f, mut best_p) = (from, f64::MIN);
        while f <= to {
            let p = power_at(x, rate, f);
            if p > best_p {
                (best_f, best_p) = (f, p);
            }
            f += step;
        }
        best_f
    };
    let coarse = best(150.0, 3000.0, 5.0);
    best(coarse - 5.0, coarse + 5.0, 0.25)
}

fn semitones(hz: f64) -> i32 {
    (12.0 * (hz / 440.0).log2()).round() as i32
}

/// Note starts: a 5 ms frame whose energy is at least double the quietest of the 20 ms
/// before it, clearly above silence, 60 ms after the previous start.
fn onsets(x: &[f32], rate: f64) -> usize {
    let frame = (0.005 * rate) as usize;
    let energy: Vec<f64> = x
        .chunks(frame)
        .map(|c| c.iter().map(|s| f64::from(*s).powi(2)).sum::<f64>() / c.len() as f64)
        .collect();
    let floor = 0.01 * energy.iter().cloned().fold(0.0, f64::max);
    let mut count = 0;
    let mut last: Option<usize> = None;
    for i in 0..energy.len() {
        let before = energy[i.saturating_sub(4)..i].iter().cloned().fold(f64::MAX, f64::min);
        let before = if i == 0 { 0.0 } else { before };
        let rising = energy[i] > floor && energy[i] > 2.0 * before;
        if rising && last.is_none_or(|l| i - l >= 12) {
            count += 1;
            last = Some(i);
        }
    }
    count
}

// ---- the sounds ----

#[test]
fn every_cue_sounds_clean_and_at_a_sane_level() {
    for (cue, _) in every_kind() {
        let x = render(cue);
        assert!(x.iter().all(|s| s.is_finite()), "{cue:?}: NaN or infinity");
        assert_eq!(x[0], 0.0, "{cue:?} must start from silence");
        assert!(x[x.len() - 1].abs() < 1e-6, "{cue:?} must end in silence");
        let p = peak(&x);
        assert!((0.35..=0.7).contains(&p), "{cue:?}: peak {p}");
        let r = rms(&x) / p;
        assert!((0.08..=0.75).contains(&r), "{cue:?}: rms/peak {r}");
        // A click is a jump of a good part of the level between two samples.
        let jump = x.windows(2).map(|w| (w[1] - w[0]).abs()).fold(0.0f32, f32::max);
        assert!(jump < 0.3, "{cue:?}: jump of {jump} between samples");
        let start = peak(&x[..10]);
        assert!(start < 0.2 * p, "{cue:?} starts abruptly: {start}");
        let end = peak(&x[x.len() - 48..]);
        assert!(end < 0.05 * p, "{cue:?} ends abruptly: {end}");
    }
}

#[test]
fn lengths_suit_their_use() {
    for (cue, sound) in every_kind() {
        let seconds = render(cue).len() as f64 / RATE;
        let range = match sound {
            // Paced reps can be a second apart: the tick must be long gone by the next one.
            Sound::Tick => 0.04..=0.07,
            Sound::Pip | Sound::LastPip => 0.12..=0.18,
            _ => 0.3..=1.05,
        };
        assert!(range.contains(&seconds), "{cue:?} lasts {seconds} s");
    }
}

#[test]
fn notes_have_their_pitch() {
    let expect: &[(Cue, f64, f64, f64)] = &[
        (Cue::GetReady, 0.02, 0.18, 587.33),
        (Cue::GetReady, 0.25, 0.45, 880.0),
        (Cue::Countdown(3), 0.01, 0.12, 659.26),
        (Cue::Countdown(1), 0.01, 0.12, 880.0),
        (Cue::Go, 0.01, 0.30, 880.0),
        (Cue::Halfway, 0.005, 0.12, 1046.5),
        (Cue::Halfway, 0.17, 0.30, 1046.5),
        (Cue::SwitchSides, 0.01, 0.22, 987.77),
        (Cue::SwitchSides, 0.28, 0.50, 783.99),
        (Cue::Rest { next: None }, 0.05, 0.30, 440.0),
        (Cue::Rest { next: None }, 0.42, 0.70, 329.63),
        (Cue::Rep(3), 0.001, 0.04, 1318.51),
        (Cue::Form(1), 0.02, 0.30, 1174.66),
        (Cue::Finished, 0.005, 0.10, 523.25),
        (Cue::Finished, 0.12, 0.21, 659.26),
        (Cue::Finished, 0.34, 0.60, 1046.5),
    ];
    for &(cue, from, to, hz) in expect {
        let found = dominant_hz(window(&render(cue), RATE, from, to), RATE);
        let off = (found / hz - 1.0).abs();
        assert!(off < 0.015, "{cue:?} {from}..{to} s: {found} Hz, want {hz} Hz");
    }
}

#[test]
fn notes_are_counted_right() {
    for (cue, sound) in every_kind() {
        let want = match sound {
            Sound::GetReady | Sound::Halfway | Sound::SwitchSides | Sound::Rest => 2,
            Sound::Finished => 4,
            _ => 1,
        };
        assert_eq!(onsets(&render(cue), RATE), want, "{cue:?}");
    }
}

#[test]
fn every_kind_sounds_different() {
    let prints: Vec<(Cue, (i32, usize, u32))> = every_kind()
        .into_iter()
        .map(|(cue, _)| {
            let x = render(cue);
            let pitch = semitones(dominant_hz(window(&x, RATE, 0.005, 0.06), RATE));
            let length = (x.len() as f64 / RATE / 0.05).round() as u32;
            (cue, (pitch, onsets(&x, RATE), length))
        })
        .collect();
    for (i, (a, pa)) in prints.iter().enumerate() {
        for (b, pb) in &prints[i + 1..] {
            assert_ne!(pa, pb, "{a:?} and {b:?} (first pitch, notes, length) are alike");
        }
    }
    // The two that share a pitch differ in colour: "go" is far richer in harmonics.
    let harmonics = |x: &[f32]| {
        let x = window(x, RATE, 0.01, 0.12);
        (2..=4).map(|k| power_at(x, RATE, 880.0 * f64::from(k))).sum::<f64>()
            / power_at(x, RATE, 880.0)
    };
    let go = harmonics(&render(Cue::Go));
    let last = harmonics(&render(Cue::Countdown(1)));
    assert!(go > 10.0 * last, "go {go} vs last pip {last}");
}

#[test]
fn countdown_is_same_same_higher() {
    let (three, two, one) =
        (render(Cue::Countdown(3)), render(Cue::Countdown(2)), render(Cue::Countdown(1)));
    assert_eq!(three, two);
    assert_eq!(render(Cue::Countdown(10)), two);
    assert_ne!(one, two);
    let pitch = |x: &[f32]| dominant_hz(window(x, RATE, 0.01, 0.12), RATE);
    assert!(pitch(&one) > pitch(&two) * 1.3, "the last pip must stand out");
    assert_eq!(Sound::of(Cue::Countdown(0)), Sound::LastPip);
}

#[test]
fn parameters_do_not_change_the_sound() {
    assert_eq!(render(Cue::Rep(1)), render(Cue::Rep(9)));
    assert_eq!(render(Cue::Rest { next: None }), render(Cue::Rest { next: Some(4) }));
    assert_eq!(render(Cue::Form(0)), render(Cue::Form(7)));
}

#[test]
fn other_rates_keep_length_and_pitch() {
    for sound in Sound::ALL {
        let at48 = synth::render(sound, 48_000);
        let at44 = synth::render(sound, 44_100);
        let (s48, s44) = (at48.len() as f64 / 48_000.0, at44.len() as f64 / 44_100.0);
        assert!((s48 - s44).abs() < 0.001, "{sound:?}: {s48} s vs {s44} s");
        let p48 = dominant_hz(window(&at48, 48_000.0, 0.005, 0.05), 48_000.0);
        let p44 = dominant_hz(window(&at44, 44_100.0, 0.005, 0.05), 44_100.0);
        assert!((p48 / p44 - 1.0).abs() < 0.01, "{sound:?}: {p48} Hz vs {p44} Hz");
        assert!((peak(&at44) - peak(&at48)).abs() < 0.01);
    }
    // Partials that would fold over at a low rate are left out rather than heard wrong.
    let low = synth::render(Sound::Go, 8_000);
    assert!(low.iter().all(|s| s.is_finite()) && peak(&low) <= 0.66);
}

// ---- volume and limiter ----

#[test]
fn volume_follows_a_perceptual_curve() {
    assert_eq!(gain_of(100, false), 1.0);
    assert_eq!(gain_of(0, false), 0.0);
    assert_eq!(gain_of(50, false), 0.25);
    assert_eq!(gain_of(100, true), 0.0);
    assert_eq!(gain_of(250, false), 1.0);
    assert!(gain_of(30, false) < gain_of(31, false));
}

#[test]
fn limiter_passes_quiet_and_bends_loud() {
    for x in [0.0f32, 0.3, -0.5, 0.8, -0.8] {
        assert_eq!(bus::limit(x), x);
    }
    let mut previous = bus::limit(0.8);
    for i in 1..=400 {
        let x = 0.8 + i as f32 * 0.02;
        let y = bus::limit(x);
        assert!(y > previous - 1e-6 && y <= 0.98, "limit({x}) = {y}");
        assert!((bus::limit(-x) + y).abs() < 1e-6);
        previous = y;
    }
    // It meets the identity smoothly: no corner at the knee.
    assert!((bus::limit(0.801) - 0.801).abs() < 1e-5);
}

// ---- the output path, drained as a device would ----

/// Pulls 10 ms device buffers until the first non-zero sample; returns everything from it on
/// for `seconds`.
fn capture(bus: &mut Bus, seconds: f64) -> Vec<f32> {
    let mut buffer = [0.0f32; 480];
    let started = Instant::now();
    let mut out = Vec::new();
    while out.is_empty() {
        assert!(started.elapsed() < Duration::from_secs(5), "no sound came out");
        bus.fill(&mut buffer);
        if let Some(first) = buffer.iter().position(|s| *s != 0.0) {
            out.extend_from_slice(&buffer[first..]);
        } else {
            sleep(Duration::from_millis(1));
        }
    }
    out.extend(bus.take((seconds * RATE) as usize));
    out
}

fn drain(bus: &mut Bus, seconds: f64) -> Vec<f32> {
    bus.take((seconds * RATE) as usize).collect()
}

/// Runs `f` on another thread and fails (instead of hanging) if it takes longer than `limit`.
fn returns_within<T: Send + 'static>(limit: Duration, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    match rx.recv_timeout(limit) {
        Ok(value) => value,
        Err(RecvTimeoutError::Timeout) => panic!("blocked for more than {limit:?}"),
        Err(RecvTimeoutError::Disconnected) => panic!("panicked"),
    }
}

#[test]
fn a_cue_reaches_the_bus_unchanged_at_full_volume() {
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    assert_eq!(audio.notice(), None);
    audio.play(Cue::Go);
    let heard = capture(&mut bus, 1.0);
    let go = render(Cue::Go);
    // The sound's first sample is 0, so what comes out starts at its second.
    assert_eq!(&heard[..go.len() - 1], &go[1..]);
    assert!(heard[go.len() - 1..].iter().all(|s| *s == 0.0), "silence after the cue");
}

#[test]
fn volume_scales_and_mute_glides_without_a_click() {
    let half = AudioSettings { volume: 50, muted: false };
    let (audio, mut bus) = Audio::with_bus(half, SAMPLE_RATE);
    audio.play(Cue::Go);
    let heard = capture(&mut bus, 0.8);
    assert!((peak(&heard) - 0.25 * peak(&render(Cue::Go))).abs() < 1e-3, "{}", peak(&heard));

    audio.set_volume(100);
    assert_eq!(audio.settings(), FULL);
    audio.play(Cue::Go);
    let mut heard = capture(&mut bus, 0.1);
    audio.set_muted(true);
    heard.extend(drain(&mut bus, 0.05));
    let jump = heard.windows(2).map(|w| (w[1] - w[0]).abs()).fold(0.0f32, f32::max);
    assert!(jump < 0.3, "jump of {jump}");
    assert!(peak(&heard[heard.len() - 480..]) < 0.01, "still audible after muting");
    audio.set_muted(false);
    let back = drain(&mut bus, 0.1);
    assert!(peak(&back[back.len() - 480..]) > 0.1, "unmuting brings the cue back");
}

#[test]
fn overlapping_cues_never_clip() {
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    for _ in 0..100 {
        audio.play(Cue::Go);
    }
    // Let the thread queue them all, so they start on the same sample.
    sleep(Duration::from_millis(100));
    let heard = capture(&mut bus, 0.8);
    let p = peak(&heard);
    assert!(p > 0.8 && p < 1.0, "peak {p}");
}

#[test]
fn late_pips_are_dropped_late_news_still_plays() {
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    audio.play(Cue::Countdown(2));
    sleep(Duration::from_millis(400));
    assert_eq!(peak(&drain(&mut bus, 0.3)), 0.0, "a pip 400 ms late must not sound");
    audio.play(Cue::Finished);
    sleep(Duration::from_millis(400));
    assert!(peak(&drain(&mut bus, 0.3)) > 0.3, "the end of the session is still news");
}

#[test]
fn a_burst_of_plays_does_not_block() {
    let (audio, _bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    // Nobody drains the bus: like a device that hangs.
    let took = returns_within(Duration::from_secs(10), move || {
        let started = Instant::now();
        for n in 0..1000 {
            audio.play(Cue::Rep(n));
        }
        let took = started.elapsed();
        drop(audio);
        took
    });
    eprintln!("1000 plays took {took:?}");
}

#[test]
fn failed_open_is_one_notice_and_silence() {
    let audio = Audio::open_with(FULL, |_| Err("no card here".into()));
    assert_eq!(audio.notice(), Some(Notice::NoDevice("no card here".into())));
    let text = audio.notice().map(|n| n.to_string()).unwrap_or_default();
    assert!(text.contains("no card here") && text.contains("restart"), "{text}");
    returns_within(Duration::from_secs(10), move || {
        for _ in 0..1000 {
            audio.play(Cue::Go);
        }
        assert!(matches!(audio.notice(), Some(Notice::NoDevice(_))));
    });
}

#[test]
fn a_slow_device_does_not_hold_up_open_or_drop() {
    let audio = returns_within(Duration::from_secs(3), || {
        Audio::open_with(FULL, |_| {
            sleep(Duration::from_millis(1500));
            Err("gave up".into())
        })
    });
    // open() went on without an answer; the answer comes later.
    assert_eq!(audio.notice(), None);
    audio.play(Cue::GetReady);
    let started = Instant::now();
    while audio.notice().is_none() {
        assert!(started.elapsed() < Duration::from_secs(10), "the notice never came");
        sleep(Duration::from_millis(10));
    }
    assert_eq!(audio.notice(), Some(Notice::NoDevice("gave up".into())));

    let hung = Audio::open_with(FULL, |_| {
        sleep(Duration::from_secs(3));
        Err("too late".into())
    });
    returns_within(Duration::from_secs(2), move || drop(hung));
}

#[test]
fn the_real_device_opens_or_explains() {
    // Muted: on a machine with a sound card this must not beep.
    let muted = AudioSettings { volume: 0, muted: true };
    let audio = returns_within(Duration::from_secs(5), move || Audio::open(muted));
    match audio.notice() {
        None => {}
        Some(Notice::NoDevice(reason)) => assert!(!reason.is_empty()),
        Some(other) => panic!("unexpected {other:?}"),
    }
    returns_within(Duration::from_secs(5), move || {
        for _ in 0..100 {
            audio.play(Cue::Rep(1));
        }
        drop(audio);
    });
}

#[test]
fn a_device_that_fails_mid_way_goes_silent_with_one_notice() {
    use rodio::cpal::{Error, ErrorKind};
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    let Some(handler) = audio.device_error_handler() else { panic!("no worker") };
    // A glitch the stream recovers from is not a failure.
    handler.handle(&Error::new(ErrorKind::Xrun));
    assert_eq!(audio.notice(), None);
    audio.play(Cue::Go);
    assert!(peak(&capture(&mut bus, 0.8)) > 0.5);

    handler.handle(&Error::new(ErrorKind::DeviceNotAvailable));
    let Some(Notice::DeviceFailed(reason)) = audio.notice() else { panic!("{:?}", audio.notice()) };
    assert!(reason.starts_with("the requested audio device is not available"), "{reason}");
    handler.handle(&Error::new(ErrorKind::StreamInvalidated));
    assert_eq!(audio.notice(), Some(Notice::DeviceFailed(reason)), "the first reason stays");
    audio.play(Cue::Go);
    sleep(Duration::from_millis(50));
    assert_eq!(peak(&drain(&mut bus, 0.5)), 0.0);
}

#[test]
fn a_device_that_stops_taking_sound_is_noticed() {
    let limit = Some(Duration::from_millis(200));
    let (audio, mut bus) = Audio::with_bus_watched(FULL, SAMPLE_RATE, limit);
    // Drained like a device for a while: all is well.
    let drained = Instant::now();
    let mut buffer = [0.0f32; 480];
    while drained.elapsed() < Duration::from_millis(600) {
        bus.fill(&mut buffer);
        sleep(Duration::from_millis(10));
    }
    assert_eq!(audio.notice(), None);
    // Then the device hangs without a word.
    let started = Instant::now();
    while audio.notice().is_none() {
        assert!(started.elapsed() < Duration::from_secs(10), "the hang was not noticed");
        sleep(Duration::from_millis(20));
    }
    let Some(Notice::DeviceFailed(reason)) = audio.notice() else { panic!() };
    assert!(reason.contains("took no sound"), "{reason}");
}

#[test]
fn dropping_ends_the_thread() {
    let (audio, bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    audio.play(Cue::Go);
    assert!(Arc::strong_count(bus.shared()) >= 2);
    returns_within(Duration::from_secs(5), move || drop(audio));
    // Only the bus still holds the shared state: the thread is gone, not detached.
    assert_eq!(Arc::strong_count(bus.shared()), 1);
}

#[test]
fn audio_can_live_anywhere_in_the_app() {
    fn shareable<T: Send + Sync>() {}
    shareable::<Audio>();
    fn sendable<T: Send>() {}
    sendable::<Bus>();
}

#[test]
fn silent_is_silent() {
    let audio = Audio::silent();
    audio.play(Cue::Go);
    audio.set_volume(70);
    audio.set_muted(false);
    assert_eq!(audio.settings(), AudioSettings { volume: 70, muted: false });
    assert_eq!(audio.notice(), None);
}

// ---- the device's details ----

#[test]
fn device_period_is_about_20_ms() {
    use rodio::cpal::SupportedBufferSize::{Range, Unknown};
    assert_eq!(device::period_frames(48_000, &Unknown), 1024);
    assert_eq!(device::period_frames(44_100, &Unknown), 1024);
    assert_eq!(device::period_frames(96_000, &Unknown), 2048);
    assert_eq!(device::period_frames(8_000, &Unknown), 128);
    assert_eq!(device::period_frames(48_000, &Range { min: 2048, max: 8192 }), 2048);
    assert_eq!(device::period_frames(48_000, &Range { min: 64, max: 512 }), 512);
}

#[test]
fn only_lasting_stream_errors_are_fatal() {
    use rodio::cpal::ErrorKind;
    assert!(!device::is_fatal(ErrorKind::Xrun));
    assert!(!device::is_fatal(ErrorKind::DeviceChanged));
    assert!(device::is_fatal(ErrorKind::DeviceNotAvailable));
    assert!(device::is_fatal(ErrorKind::StreamInvalidated));
    assert_eq!(device::clause("The device is gone. "), "the device is gone");
}

/// Writes every sound to `$LIMBER_WAV_DIR/<sound>.wav` (16-bit mono) to listen to them or
/// look at them with sox: `LIMBER_WAV_DIR=/tmp/cues cargo test --lib write_wavs -- --ignored`.
#[test]
#[ignore = "writes files; run by hand"]
fn write_wavs() -> std::io::Result<()> {
    let Some(dir) = std::env::var_os("LIMBER_WAV_DIR") else { return Ok(()) };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    for sound in Sound::ALL {
        let samples = synth::render(sound, SAMPLE_RATE);
        let data: Vec<u8> = samples
            .iter()
            .flat_map(|s| ((s.clamp(-1.0, 1.0) * 32767.0).round() as i16).to_le_bytes())
            .collect();
        let mut wav = Vec::with_capacity(44 + data.len());
        wav.extend_from_slice(b"RIFF");
        wav.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
        wav.extend_from_slice(b"WAVEfmt ");
        wav.extend_from_slice(&16u32.to_le_bytes());
        wav.extend_from_slice(&1u16.to_le_bytes());
        wav.extend_from_slice(&1u16.to_le_bytes());
        wav.extend_from_slice(&SAMPLE_RATE.to_le_bytes());
        wav.extend_from_slice(&(SAMPLE_RATE * 2).to_le_bytes());
        wav.extend_from_slice(&2u16.to_le_bytes());
        wav.extend_from_slice(&16u16.to_le_bytes());
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&(data.len() as u32).to_le_bytes());
        wav.extend_from_slice(&data);
        std::fs::write(dir.join(format!("{sound:?}.wav")), wav)?;
    }
    Ok(())
}
