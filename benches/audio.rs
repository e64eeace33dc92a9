//! How fast a cue gets out, and what making and mixing its sound costs.
//!
//! Latency is printed as a distribution (criterion's model of "one routine, many
//! iterations" does not fit a wait on another thread's clock):
//! - `device-paced`: `play(cue)` at a random moment, the bus drained like a device in 10 ms
//!   buffers (480 frames at 48 kHz, on a 10 ms clock); latency is the time until the buffer
//!   holding the cue's first sample has been pulled. The buffer grid alone adds 0..10 ms.
//! - `pipeline`: the same, with the bus drained as fast as possible (16-frame buffers): the
//!   channel, the thread's wake-up and the mixer, without the device's grid.
//!
//! Then criterion measures rendering each cue and mixing one 10 ms device buffer.
//!
//! `cargo bench --bench audio` (all), `cargo bench --bench audio -- latency` (latency only),
//! `cargo bench --bench audio -- render` (criterion groups matching "render" only).

use criterion::Criterion;
use limber::audio::{self, Audio, AudioSettings, Bus, SAMPLE_RATE};
use limber::cue::Cue;
use std::hint::black_box;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

const FULL: AudioSettings = AudioSettings { volume: 100, muted: false };
const DEVICE_FRAMES: usize = 480;
const DEVICE_PERIOD: Duration = Duration::from_millis(10);

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let quick = args.iter().any(|a| a == "--test" || a == "--list");
    let filter = args.iter().find(|a| !a.starts_with('-'));
    if filter.is_none_or(|f| "latency".contains(f.as_str())) && !args.iter().any(|a| a == "--list")
    {
        let rounds = if quick { 5 } else { 200 };
        report("device-paced", &latency(rounds, Some(DEVICE_PERIOD), DEVICE_FRAMES));
        report("pipeline", &latency(rounds, None, 16));
    }
    // Short runs: the machine is shared and these routines are steady.
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    render(&mut criterion);
    mix(&mut criterion);
    criterion.final_summary();
}

/// Plays a rep tick `rounds` times at moments spread over the device's period and measures,
/// for each, how long until the bus yields its first sample.
fn latency(rounds: usize, period: Option<Duration>, frames: usize) -> Vec<Duration> {
    let (audio, bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    let (heard_tx, heard) = mpsc::channel::<Instant>();
    let stop = Arc::new(AtomicBool::new(false));
    let drainer = {
        let stop = Arc::clone(&stop);
        thread::spawn(move || drain(bus, period, frames, &heard_tx, &stop))
    };
    // Let the output thread render its sounds ahead of time, as it does after opening.
    thread::sleep(Duration::from_millis(200));
    let mut seed = 0x2545_f491_4f6c_dd1d_u64;
    let mut out = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        // A pseudo-random phase against the device's clock (xorshift: no dependency).
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        thread::sleep(Duration::from_micros(seed % 10_000));
        let played = Instant::now();
        audio.play(Cue::Rep(1));
        let Ok(pulled) = heard.recv_timeout(Duration::from_secs(2)) else {
            eprintln!("a tick never came out");
            break;
        };
        out.push(pulled.saturating_duration_since(played));
        // Let the 60 ms tick finish so that the next one starts from silence.
        thread::sleep(Duration::from_millis(80));
    }
    stop.store(true, Ordering::Relaxed);
    let _ = drainer.join();
    out
}

/// Pulls `frames` at a time, every `period` (or as fast as possible), and reports the moment
/// each sound's first buffer was pulled.
fn drain(
    mut bus: Bus,
    period: Option<Duration>,
    frames: usize,
    heard: &mpsc::Sender<Instant>,
    stop: &AtomicBool,
) {
    let mut buffer = vec![0.0f32; frames];
    let mut sounding = false;
    let mut next = Instant::now();
    while !stop.load(Ordering::Relaxed) {
        if let Some(period) = period {
            next += period;
            thread::sleep(next.saturating_duration_since(Instant::now()));
        }
        bus.fill(&mut buffer);
        let pulled = Instant::now();
        let loud = buffer.iter().any(|s| *s != 0.0);
        if loud && !sounding {
            let _ = heard.send(pulled);
        }
        sounding = loud;
    }
}

fn report(name: &str, samples: &[Duration]) {
    if samples.is_empty() {
        println!("latency/{name}: no samples");
        return;
    }
    let mut sorted = samples.to_vec();
    sorted.sort();
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    println!(
        "latency/{name}: n={} median={:.3} ms p90={:.3} ms p99={:.3} ms max={:.3} ms",
        sorted.len(),
        ms(at(0.5)),
        ms(at(0.9)),
        ms(at(0.99)),
        ms(at(1.0)),
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn render(c: &mut Criterion) {
    let mut group = c.benchmark_group("render");
    let cues = [
        ("get_ready", Cue::GetReady),
        ("countdown", Cue::Countdown(3)),
        ("countdown_last", Cue::Countdown(1)),
        ("go", Cue::Go),
        ("halfway", Cue::Halfway),
        ("switch_sides", Cue::SwitchSides),
        ("rest", Cue::Rest { next: None }),
        ("rep", Cue::Rep(1)),
        ("form", Cue::Form(0)),
        ("finished", Cue::Finished),
    ];
    for (name, cue) in cues {
        group.bench_function(name, |b| b.iter(|| audio::render(black_box(cue))));
    }
    group.finish();
}

/// The device callback's cost: one 10 ms buffer while a go, a form chime and a rep tick
/// start every 0.5 s of audio (two to five voices sounding at once).
fn mix(c: &mut Criterion) {
    let (audio, mut bus) = Audio::with_bus(FULL, SAMPLE_RATE);
    let mut buffer = vec![0.0f32; DEVICE_FRAMES];
    let mut group = c.benchmark_group("mix");
    group.bench_function("10ms_buffer_busy", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for i in 0..iters {
                // Every 50 buffers (0.5 s of audio), three more cues.
                if i % 50 == 0 {
                    audio.play(Cue::Go);
                    audio.play(Cue::Form(0));
                    audio.play(Cue::Rep(1));
                    thread::sleep(Duration::from_micros(300));
                }
                let started = Instant::now();
                bus.fill(black_box(&mut buffer));
                total += started.elapsed();
            }
            total
        });
    });
    group.finish();
}
