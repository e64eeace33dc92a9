//! What speech costs and how punctual it is, measured (printed, not asserted):
//! - `render`: every phrase of the 30-minute plan of tests/session_support, rendered by eSpeak
//!   NG and resampled to 48 kHz on one thread, as the voice thread does ahead of a session;
//! - `delay`: a phrase said through the bus drained like a device (10 ms buffers on a 10 ms
//!   clock), from its planned moment to the buffer that holds its first sample.
//!
//! `cargo bench --bench speech` (needs espeak-ng).

#[path = "../tests/session_support/mod.rs"]
mod session_support;

use limber::audio::{Audio, AudioSettings, Bus, SAMPLE_RATE, VoiceSettings, voice};
use limber::i18n::I18n;
use limber::runner::Sound;
use limber::speech::{Options, Script};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

fn main() {
    let quick = std::env::args().any(|a| a == "--test" || a == "--list");
    let plan = session_support::thirty_minute_plan();
    for language in ["nl", "en"] {
        let texts = Script::new(&plan, &I18n::new(language), Options::default()).texts();
        let settings = VoiceSettings { language: language.into(), words_per_minute: 160 };
        // Load the library and the voice first: that is done once, when the app opens.
        if let Err(notice) = voice::speak("test", &settings) {
            println!("render/{language}: no voice ({notice})");
            return;
        }
        let started = Instant::now();
        let mut each = Vec::new();
        let mut spoken = Duration::ZERO;
        for text in &texts {
            let one = Instant::now();
            let Ok(phrase) = voice::speak(text, &settings) else { continue };
            let _at48 = voice::resample(&phrase.samples, phrase.rate, SAMPLE_RATE);
            each.push(one.elapsed());
            spoken += phrase.length();
        }
        let total = started.elapsed();
        each.sort();
        println!(
            "render/{language}: {} phrases ({:.0} s of speech) of a {}-minute plan in {:.0} ms; \
             per phrase median {:.1} ms, max {:.1} ms",
            texts.len(),
            spoken.as_secs_f64(),
            plan.total_seconds / 60,
            ms(total),
            ms(each[each.len() / 2]),
            ms(each[each.len() - 1]),
        );
    }
    report("delay/device-paced", &delay(if quick { 5 } else { 100 }));
}

/// Says a short phrase `rounds` times, 50 ms ahead, at moments spread over the device's
/// period; for each, how long after its planned moment its first sample was pulled.
fn delay(rounds: usize) -> Vec<f64> {
    let full = AudioSettings { volume: 100, muted: false };
    let (audio, bus) = Audio::with_bus(full, SAMPLE_RATE);
    audio.set_voice(Some(VoiceSettings { language: "en".into(), words_per_minute: 160 }));
    let text = "Halfway.".to_owned();
    audio.prepare(std::slice::from_ref(&text));
    let started = Instant::now();
    while audio.phrase_length(&text).is_none() {
        if started.elapsed() > Duration::from_secs(10) {
            return Vec::new();
        }
    }
    let (heard_tx, heard) = mpsc::channel::<Instant>();
    let stop = Arc::new(AtomicBool::new(false));
    let drainer = {
        let stop = Arc::clone(&stop);
        thread::spawn(move || drain(bus, &heard_tx, &stop))
    };
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut out = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        thread::sleep(Duration::from_micros(seed % 10_000));
        let planned = Instant::now() + Duration::from_millis(50);
        audio.say(&text, Duration::from_millis(50));
        let Ok(pulled) = heard.recv_timeout(Duration::from_secs(3)) else { break };
        out.push(pulled.saturating_duration_since(planned).as_secs_f64() * 1000.0);
        thread::sleep(Duration::from_millis(900));
    }
    stop.store(true, Ordering::Relaxed);
    let _ = drainer.join();
    out
}

fn drain(mut bus: Bus, heard: &mpsc::Sender<Instant>, stop: &AtomicBool) {
    let mut buffer = vec![0.0f32; 480];
    let mut sounding = false;
    let mut next = Instant::now();
    while !stop.load(Ordering::Relaxed) {
        next += Duration::from_millis(10);
        thread::sleep(next.saturating_duration_since(Instant::now()));
        bus.fill(&mut buffer);
        let loud = buffer.iter().any(|s| *s != 0.0);
        if loud && !sounding {
            let _ = heard.send(Instant::now());
        }
        sounding = loud;
    }
}

fn report(name: &str, samples: &[f64]) {
    if samples.is_empty() {
        println!("{name}: no samples");
        return;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_by(f64::total_cmp);
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name}: n={} median={:.2} ms p90={:.2} ms max={:.2} ms (the 10 ms buffer grid adds 0..10 ms)",
        sorted.len(),
        at(0.5),
        at(0.9),
        at(1.0)
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
