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
    let audio = Audio::open_with(
        FULL,
        Box::new(|_, _| Err("no card here".into())),
        STALL_LIMIT,
        REST_AFTER,
    );
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
        let slow: Opener = Box::new(|_, _| {
            sleep(Duration::from_millis(1500));
            Err("gave up".into())
        });
        Audio::open_with(FULL, slow, STALL_LIMIT, REST_AFTER)
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

    let hung: Opener = Box::new(|_, _| {
        sleep(Duration::from_secs(3));
        Err("too late".into())
    });
    let hung = Audio::open_with(FULL, hung, STALL_LIMIT, REST_AFTER);
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
    }
    returns_within(Duration::from_secs(5), move || {
        for _ in 0..100 {
            audio.play(Cue::Rep(1));
        }
        drop(audio);
    });
}

/// An opener whose "device" is a bus handed to the test through `buses`, one per opening;
/// the second opening fails (the device is not back yet), the third works.
fn bus_opener(buses: mpsc::Sender<Bus>) -> Opener {
    let openings = std::sync::atomic::AtomicUsize::new(0);
    Box::new(move |_, shared| {
        if openings.fetch_add(1, Ordering::Relaxed) == 1 {
            return Err("not back yet".into());
        }
        let rate = DEFAULT_RATE;
        let (mixer, voices) = rodio::mixer::mixer(MONO, rate);
        let _ = buses.send(Bus::new(voices, Arc::clone(shared)));
        Ok(Endpoint { mixer, rate, _sink: None })
    })
}

/// Drains `bus` in 10 ms buffers for `time`, as a device would.
fn run_device(bus: &mut Bus, time: Duration) -> Vec<f32> {
    let mut out = Vec::new();
    let mut buffer = [0.0f32; 480];
    let started = Instant::now();
    while started.elapsed() < time {
        bus.fill(&mut buffer);
        out.extend_from_slice(&buffer);
        sleep(Duration::from_millis(10));
    }
    out
}

fn wait_for_health(audio: &Audio) -> Health {
    let started = Instant::now();
    loop {
        if let Some(health) = audio.health_change() {
            return health;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "no change of health came");
        sleep(Duration::from_millis(10));
    }
}

#[test]
fn glitches_are_not_failures() {
    use rodio::cpal::{Error, ErrorKind};
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    let Some(handler) = audio.device_error_handler() else { panic!("no worker") };
    // An underrun, and what the pulse plugin says once just after a stream starts
    // (alsa-plugins#65): "snd_pcm_avail_delay: I/O error (5)", a backend error in cpal.
    handler.handle(&Error::new(ErrorKind::Xrun));
    handler.handle(&Error::with_message(ErrorKind::BackendError, "I/O error (5)"));
    handler.handle(&Error::new(ErrorKind::DeviceBusy));
    audio.play(Cue::Go);
    assert!(peak(&capture(&mut bus, 0.8)) > 0.5, "still sounding");
    assert_eq!(audio.notice(), None);
    assert_eq!(audio.health_change(), None);
}

#[test]
fn a_stream_that_dies_is_opened_again_and_both_are_told() {
    use rodio::cpal::{Error, ErrorKind};
    let (buses, opened) = mpsc::channel();
    let audio = Audio::open_with(FULL, bus_opener(buses), Duration::from_millis(300), REST_AFTER);
    let mut first = opened.recv_timeout(Duration::from_secs(5)).unwrap();
    audio.play(Cue::Go);
    assert!(peak(&run_device(&mut first, Duration::from_millis(300))) > 0.5);

    // The device goes away: cpal's worker reports it and stops.
    let Some(handler) = audio.device_error_handler() else { panic!("no worker") };
    handler.handle(&Error::new(ErrorKind::DeviceNotAvailable));
    let Health::Stopped(reason) = wait_for_health(&audio) else { panic!("not stopped") };
    assert!(reason.contains("not available"), "{reason}");
    // It comes back on its own: a new stream, sounding again.
    let mut second = opened.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(wait_for_health(&audio), Health::Restored);
    audio.play(Cue::Go);
    assert!(peak(&run_device(&mut second, Duration::from_millis(300))) > 0.5);
    // A late word from the old stream does not close the new one.
    handler.handle(&Error::new(ErrorKind::DeviceNotAvailable));
    sleep(Duration::from_millis(100));
    assert_eq!(audio.health_change(), None);
    assert_eq!(audio.notice(), None);
}

#[test]
fn a_stream_that_stops_taking_sound_is_noticed_and_replaced() {
    let (buses, opened) = mpsc::channel();
    let audio = Audio::open_with(FULL, bus_opener(buses), Duration::from_millis(200), REST_AFTER);
    let mut first = opened.recv_timeout(Duration::from_secs(5)).unwrap();
    run_device(&mut first, Duration::from_millis(400));
    assert_eq!(audio.health_change(), None);
    // Then the device hangs without a word: the watchdog sees no samples taken.
    let Health::Stopped(reason) = wait_for_health(&audio) else { panic!("not stopped") };
    assert!(reason.contains("took no sound"), "{reason}");
    let mut second = opened.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(wait_for_health(&audio), Health::Restored);
    audio.play(Cue::Finished);
    assert!(peak(&run_device(&mut second, Duration::from_millis(400))) > 0.3);
}

#[test]
fn waiting_until_flowing_covers_a_slow_open() {
    let (buses, opened) = mpsc::channel();
    let inner = bus_opener(buses);
    let slow: Opener = Box::new(move |handler, shared| {
        sleep(Duration::from_millis(800));
        inner(handler, shared)
    });
    let started = Instant::now();
    let audio = Audio::open_with(FULL, slow, STALL_LIMIT, REST_AFTER);
    // Audio::open gave up waiting for the device after OPEN_WAIT.
    assert!(started.elapsed() < Duration::from_millis(700));
    let drainer = std::thread::spawn(move || {
        let mut bus = opened.recv_timeout(Duration::from_secs(5)).unwrap();
        run_device(&mut bus, Duration::from_millis(1500));
    });
    audio.wait_until_flowing(Duration::from_secs(3));
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_millis(1000),
        "returned after {waited:?}, before 200 ms of flow"
    );
    assert!(waited < Duration::from_millis(2500), "waited {waited:?}");
    drainer.join().unwrap();
    // Silent output: nothing to wait for.
    let silent = Audio::silent();
    returns_within(Duration::from_millis(100), move || {
        silent.wait_until_flowing(Duration::from_secs(5))
    });
}

#[test]
fn waiting_until_quiet_lets_the_last_sound_ring_out() {
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    let (heard_tx, heard) = mpsc::channel();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let drainer = {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || {
            let mut out = Vec::new();
            let mut buffer = [0.0f32; 480];
            let mut next = Instant::now();
            while !stop.load(Ordering::Relaxed) {
                next += Duration::from_millis(10);
                sleep(next.saturating_duration_since(Instant::now()));
                bus.fill(&mut buffer);
                out.extend_from_slice(&buffer);
            }
            let _ = heard_tx.send(out);
        })
    };
    sleep(Duration::from_millis(50));
    audio.play(Cue::Finished);
    audio.wait_until_quiet(Duration::from_secs(3));
    // Whatever the bus gives from now on is what a device would still be playing.
    stop.store(true, Ordering::Relaxed);
    drainer.join().unwrap();
    let out = heard.recv().unwrap();
    let last = out.iter().rposition(|s| *s != 0.0).unwrap();
    let finished = render(Cue::Finished);
    let first = out.iter().position(|s| *s != 0.0).unwrap();
    let nonzero = finished.iter().rposition(|s| *s != 0.0).unwrap();
    let came = last - first;
    assert!(came + 2 >= nonzero, "{came} of {nonzero} samples came out");
    let tail = (out.len() - last) as f64 / RATE;
    assert!(tail >= 0.25, "only {tail} s of silence after it");
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

// ---- speech ----

fn voice(language: &str) -> VoiceSettings {
    VoiceSettings { language: language.into(), words_per_minute: 160 }
}

/// Every kind of phrase a session has, in both languages (from the speech module's script
/// of a plan with every kind of step and cue).
fn every_phrase(language: &str) -> Vec<String> {
    use crate::program::{Defaults, Dosage, Sides};
    use crate::testing::{exercise, form, hold};
    let mut bridge = exercise("bridge", Dosage::reps(10, Some(4)));
    bridge.sets = Some(3);
    let mut plank = hold("plank", 30);
    plank.cues = vec![form(5)];
    let mut side = hold("side-plank", 45);
    side.sides = Sides::Both;
    let squats = exercise("squats", Dosage::reps(12, None));
    let mut bird_dog = exercise("bird-dog", Dosage::holds(3, 8));
    bird_dog.sides = Sides::Alternate;
    let mut program =
        crate::testing::program(Defaults::default(), vec![bridge, plank, side, squats, bird_dog]);
    // Format 2: a second round, and a level to announce.
    program.blocks[0].rounds = 2;
    let mut plan = crate::program::Plan::new(&program);
    (plan.level, plan.levels) = (2, 3);
    let i18n = crate::i18n::I18n::new(language);
    crate::speech::Script::new(&plan, &i18n, crate::speech::Options::default()).texts()
}

/// Fails with a hint when eSpeak NG is missing: `scripts/setup.sh test` installs it.
fn speak_or_explain(text: &str, language: &str) -> Phrase {
    match voice::speak(text, &voice(language)) {
        Ok(phrase) => phrase,
        Err(notice) => panic!("{notice}: install espeak-ng (scripts/setup.sh test)"),
    }
}

/// Waits until `text` is rendered (a debug build under a parallel test run is slow); its length.
fn rendered(audio: &Audio, text: &str) -> Duration {
    use crate::runner::Sound as _;
    let started = Instant::now();
    loop {
        if let Some(length) = audio.phrase_length(text) {
            return length;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "not rendered: is espeak-ng installed?"
        );
    }
}

#[test]
fn every_phrase_renders_clean_in_both_languages() {
    let mut kinds = 0;
    for language in ["nl", "en"] {
        let texts = every_phrase(language);
        assert!(texts.len() >= 12, "{language}: {texts:?}");
        for text in texts {
            let phrase = speak_or_explain(&text, language);
            let x = &phrase.samples;
            let seconds = phrase.length().as_secs_f64();
            let words = text.split_whitespace().count() as f64;
            // 160 words a minute is 0.375 s a word; short phrases pause at their full stops.
            assert!(
                (0.15 * words..=0.9 * words + 0.6).contains(&seconds),
                "{language} {text:?}: {seconds} s for {words} words"
            );
            let p = peak(x);
            assert!((p - voice::PEAK).abs() < 0.01, "{text:?}: peak {p}");
            let r = rms(x) / p;
            assert!((0.08..=0.5).contains(&r), "{text:?}: rms/peak {r}");
            assert!(x.iter().all(|s| s.is_finite() && s.abs() < 0.8), "{text:?} clips");
            assert_eq!(x[0], 0.0, "{text:?} must start from silence");
            assert!(x[x.len() - 1].abs() < 1e-3, "{text:?} must end in silence");
            // Resampled for a 48 kHz device: same length, same level, still no clipping.
            let at48 = voice::resample(x, phrase.rate, 48_000);
            let s48 = at48.len() as f64 / 48_000.0;
            assert!((s48 - seconds).abs() < 0.001, "{text:?}: {s48} s vs {seconds} s");
            assert!((peak(&at48) - p).abs() < 0.08 && peak(&at48) < 0.8, "{text:?}");
            kinds += 1;
        }
    }
    assert!(kinds >= 24);
    // The two languages say it differently.
    let nl = speak_or_explain("Halverwege.", "nl");
    let en = speak_or_explain("Halfway.", "en");
    assert_ne!(nl.samples.len(), en.samples.len());
}

#[test]
fn resampling_keeps_a_tone_and_adds_no_images() {
    let from = 22_050.0;
    let tone: Vec<f32> = (0..22_050)
        .map(|n| (0.5 * (2.0 * std::f64::consts::PI * 1000.0 * n as f64 / from).sin()) as f32)
        .collect();
    let up = voice::resample(&tone, 22_050, 48_000);
    assert_eq!(up.len(), 48_000);
    let middle = window(&up, RATE, 0.2, 0.8);
    assert!((dominant_hz(middle, RATE) - 1000.0).abs() < 2.0);
    assert!((peak(middle) - 0.5).abs() < 0.01, "{}", peak(middle));
    // The image of 1 kHz at 21.05 kHz (22.05 - 1) is far below the tone.
    let image = power_at(middle, RATE, 21_050.0) / power_at(middle, RATE, 1000.0);
    assert!(image < 1e-4, "image at {image}");
}

#[test]
fn speech_starts_on_its_moment_through_the_bus_at_volume() {
    let half = AudioSettings { volume: 50, muted: false };
    let (audio, mut bus) = Audio::with_bus(half, SAMPLE_RATE);
    use crate::runner::Sound as _;
    audio.set_voice(Some(voice("nl")));
    let text = "Halverwege.".to_owned();
    audio.prepare(std::slice::from_ref(&text));
    let length = rendered(&audio, &text);
    let asked = Instant::now();
    audio.say(&text, Duration::from_millis(300));
    // Drained as a device would, in 10 ms buffers on a 10 ms clock.
    let mut out = Vec::new();
    let mut buffer = [0.0f32; 480];
    let mut next = Instant::now();
    let mut first_at = None;
    while next.duration_since(asked)
        < Duration::from_millis(300) + length + Duration::from_millis(200)
    {
        next += Duration::from_millis(10);
        sleep(next.saturating_duration_since(Instant::now()));
        bus.fill(&mut buffer);
        if first_at.is_none()
            && let Some(i) = buffer.iter().position(|s| *s != 0.0)
        {
            first_at =
                Some(Instant::now().duration_since(asked).as_secs_f64() - (480 - i) as f64 / RATE);
        }
        out.extend_from_slice(&buffer);
    }
    let Some(first_at) = first_at else { panic!("nothing was said") };
    assert!((first_at - 0.3).abs() < 0.03, "first sample at {first_at} s, planned at 0.3 s");
    assert!((peak(&out) - 0.25 * voice::PEAK).abs() < 0.02, "volume applies: {}", peak(&out));
}

#[test]
fn hushed_speech_stops_without_a_click_and_beeps_go_on() {
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    use crate::runner::Sound as _;
    audio.set_voice(Some(voice("en")));
    let text = "Rest. Next: plank, thirty seconds.".to_owned();
    audio.prepare(std::slice::from_ref(&text));
    rendered(&audio, &text);
    audio.say(&text, Duration::ZERO);
    let mut heard = capture(&mut bus, 0.3);
    audio.hush();
    heard.extend(drain(&mut bus, 0.2));
    let jump = heard.windows(2).map(|w| (w[1] - w[0]).abs()).fold(0.0f32, f32::max);
    assert!(jump < 0.3, "jump of {jump}");
    assert_eq!(peak(&heard[heard.len() - 4800..]), 0.0, "still speaking after the hush");
    // Said before the hush but due after it: not said.
    audio.say(&text, Duration::from_millis(100));
    audio.hush();
    sleep(Duration::from_millis(150));
    assert_eq!(peak(&drain(&mut bus, 0.5)), 0.0);
    audio.play(Cue::Go);
    assert!(peak(&capture(&mut bus, 0.3)) > 0.5, "beeps go on");
}

#[test]
fn a_missing_voice_is_one_notice_and_the_beeps_go_on() {
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    use crate::runner::Sound as _;
    audio.set_voice(Some(voice("xx-no-such-voice")));
    let started = Instant::now();
    while audio.voice_notice().is_none() {
        // Generous: eSpeak NG loads its data on a machine shared by parallel tests.
        assert!(started.elapsed() < Duration::from_secs(30), "no notice");
        sleep(Duration::from_millis(5));
    }
    let notice = audio.voice_notice().unwrap();
    assert!(notice.detail().contains("xx-no-such-voice"), "{notice}");
    let nl = notice.sentence(&crate::i18n::I18n::new("nl"));
    assert!(nl.contains("espeak-ng"), "{nl}");
    audio.prepare(&["Halfway.".to_owned()]);
    assert_eq!(audio.phrase_length("Halfway."), None);
    audio.play(Cue::Go);
    assert!(peak(&capture(&mut bus, 0.3)) > 0.5);
    // Speech off: no notice.
    audio.set_voice(None);
    assert_eq!(audio.voice_notice(), None);
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
fn only_errors_that_end_the_stream_reopen_it() {
    use rodio::cpal::ErrorKind;
    assert!(!device::ends_stream(ErrorKind::Xrun));
    assert!(!device::ends_stream(ErrorKind::DeviceChanged));
    assert!(!device::ends_stream(ErrorKind::BackendError));
    assert!(device::ends_stream(ErrorKind::DeviceNotAvailable));
    assert!(device::ends_stream(ErrorKind::StreamInvalidated));
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

#[test]
fn a_quiet_device_rests_when_allowed_and_opens_again_for_the_next_sound() {
    let (buses, opened) = mpsc::channel();
    let rest_after = Duration::from_millis(300);
    let audio = Audio::open_with(FULL, bus_opener(buses), STALL_LIMIT, rest_after);
    let mut first = opened.recv_timeout(Duration::from_secs(5)).unwrap();
    // Not allowed to rest: open however long it is quiet.
    run_device(&mut first, Duration::from_millis(900));
    assert!(!audio.is_resting());
    audio.allow_rest(true);
    run_device(&mut first, Duration::from_millis(1300));
    assert!(audio.is_resting(), "still open after {rest_after:?} of quiet");
    assert_eq!(audio.health_change(), None, "resting is not an outage");

    // The next sound opens it; this opening fails, which is told like a lost stream.
    audio.play(Cue::Go);
    let Health::Stopped(reason) = wait_for_health(&audio) else { panic!("not stopped") };
    assert!(reason.contains("not back yet"), "{reason}");
    let mut third = opened.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(wait_for_health(&audio), Health::Restored);
    audio.play(Cue::Go);
    assert!(peak(&run_device(&mut third, Duration::from_millis(300))) > 0.5);

    // Quiet again, it rests again; taking the rest back opens it with no sound asked.
    run_device(&mut third, Duration::from_millis(1300));
    assert!(audio.is_resting());
    audio.allow_rest(false);
    let mut fourth = opened.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(!audio.is_resting());
    run_device(&mut fourth, Duration::from_millis(900));
    assert!(!audio.is_resting(), "rest taken back");
    assert_eq!(audio.health_change(), None);
}
