//! The cue sounds, synthesized: each is a few notes of sine partials shaped by an envelope.
//!
//! The palette keeps every kind apart by at least two of pitch, number of notes, timbre and
//! length, so a runner on the mat can tell them apart without looking:
//!
//! | sound | notes | character |
//! |---|---|---|
//! | get ready | D5 → A5 | soft rising chime |
//! | countdown 3, 2, … | E5 | short clean pip |
//! | countdown 1 | A5 | the same pip, a fourth higher |
//! | go | A5 | bright, long, rich in harmonics |
//! | halfway | C6, C6 | soft quick double ding |
//! | switch sides | B5 → G5 | "ding-dong" bell |
//! | rest | A4 → E4 | calm, low, pure, slow descending pair |
//! | rep | E6 | 60 ms woodblock tick |
//! | form cue | D6 | gentle single chime |
//! | finished | C5 E5 G5 C6 | major arpeggio |

use crate::cue::Cue;
use std::f64::consts::PI;

/// The distinct sounds; several cues share one (every rep ticks the same, whatever `n`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Sound {
    GetReady,
    Pip,
    LastPip,
    Go,
    Halfway,
    SwitchSides,
    Rest,
    Tick,
    Form,
    Finished,
}

impl Sound {
    /// Every sound, in the order a session usually meets them.
    pub(crate) const ALL: [Sound; 10] = [
        Sound::GetReady,
        Sound::Pip,
        Sound::LastPip,
        Sound::Go,
        Sound::Halfway,
        Sound::SwitchSides,
        Sound::Rest,
        Sound::Tick,
        Sound::Form,
        Sound::Finished,
    ];

    /// The sound of `cue`.
    pub(crate) fn of(cue: Cue) -> Sound {
        match cue {
            Cue::GetReady => Sound::GetReady,
            // A new round starts like any exercise; the words say which round.
            Cue::Go | Cue::Round { .. } => Sound::Go,
            // Letting go between two holds: the calm sound of a rest.
            Cue::Relax => Sound::Rest,
            // "3, 2" alike and "1" higher: the ear hears the last one coming without counting.
            Cue::Countdown(n) if n <= 1 => Sound::LastPip,
            Cue::Countdown(_) => Sound::Pip,
            Cue::Halfway => Sound::Halfway,
            Cue::SwitchSides => Sound::SwitchSides,
            Cue::Rest { .. } => Sound::Rest,
            Cue::Rep(_) => Sound::Tick,
            Cue::Form(_) => Sound::Form,
            Cue::Finished => Sound::Finished,
        }
    }

    /// How late the sound may still start. Pips and ticks mark a precise moment: heard late
    /// they mislead, so they are dropped; the others still carry their news a little late.
    pub(crate) fn max_delay_ms(self) -> u64 {
        match self {
            Sound::Pip | Sound::LastPip | Sound::Tick => 250,
            _ => 1_000,
        }
    }

    /// How long the sound lasts.
    pub(crate) fn length(self) -> std::time::Duration {
        std::time::Duration::from_secs_f64(self.design().seconds)
    }

    fn design(self) -> &'static Design {
        match self {
            Sound::GetReady => &GET_READY,
            Sound::Pip => &PIP,
            Sound::LastPip => &LAST_PIP,
            Sound::Go => &GO,
            Sound::Halfway => &HALFWAY,
            Sound::SwitchSides => &SWITCH_SIDES,
            Sound::Rest => &REST,
            Sound::Tick => &TICK,
            Sound::Form => &FORM,
            Sound::Finished => &FINISHED,
        }
    }
}

/// One sine component of a note, relative to the note's pitch.
struct Partial {
    /// Frequency as a multiple of the note's.
    ratio: f64,
    /// Amplitude relative to the fundamental.
    amp: f64,
    /// Multiplies the note's decay time: upper partials of struck things die first.
    decay: f64,
}

/// A struck or held tone.
struct Note {
    /// Start, in seconds from the sound's start.
    at: f64,
    hz: f64,
    gain: f64,
    /// Raised-cosine rise, seconds: never zero, so the note starts from silence without a click.
    attack: f64,
    /// Exponential decay time constant, seconds.
    tau: f64,
    /// Seconds from the start until the release begins (`INFINITY`: let it ring).
    hold: f64,
    /// Raised-cosine release, seconds.
    release: f64,
    timbre: &'static [Partial],
}

/// A whole sound: its notes, its length and its peak level.
struct Design {
    seconds: f64,
    peak: f64,
    notes: &'static [Note],
}

/// The last stretch of every sound fades to exactly zero, whatever still rings.
const END_FADE: f64 = 0.010;

const fn p(ratio: f64, amp: f64, decay: f64) -> Partial {
    Partial { ratio, amp, decay }
}

/// Nearly a sine: soft and calm.
const PURE: &[Partial] = &[p(1.0, 1.0, 1.0), p(2.0, 0.08, 0.6)];
/// A chime: octave and fifth for sweetness, two slightly inharmonic partials for the "struck
/// metal" colour, the upper ones dying fast.
const CHIME: &[Partial] = &[
    p(1.0, 1.0, 1.0),
    p(2.0, 0.30, 0.5),
    p(3.0, 0.12, 0.35),
    p(4.16, 0.08, 0.25),
    p(5.43, 0.04, 0.18),
];
/// A clean beep.
const BEEP: &[Partial] = &[p(1.0, 1.0, 1.0), p(2.0, 0.12, 1.0), p(3.0, 0.05, 1.0)];
/// Rich in harmonics that last: cuts through music and breathing.
const BRIGHT: &[Partial] = &[
    p(1.0, 1.0, 1.0),
    p(2.0, 0.55, 0.9),
    p(3.0, 0.38, 0.8),
    p(4.0, 0.22, 0.7),
    p(5.0, 0.13, 0.6),
    p(6.0, 0.07, 0.5),
];
/// A small wooden bar: strongly inharmonic modes, all very short.
const WOOD: &[Partial] = &[p(1.0, 1.0, 1.0), p(2.23, 0.35, 0.6), p(3.63, 0.15, 0.4)];

const fn chime(at: f64, hz: f64, gain: f64, attack: f64, tau: f64) -> Note {
    Note { at, hz, gain, attack, tau, hold: f64::INFINITY, release: 0.0, timbre: CHIME }
}

const fn pip(hz: f64) -> Note {
    Note {
        at: 0.0,
        hz,
        gain: 1.0,
        attack: 0.004,
        tau: 0.4,
        hold: 0.100,
        release: 0.040,
        timbre: BEEP,
    }
}

// Pitches (equal temperament, A4 = 440 Hz).
const E4: f64 = 329.63;
const A4: f64 = 440.0;
const C5: f64 = 523.25;
const D5: f64 = 587.33;
const E5: f64 = 659.26;
const G5: f64 = 783.99;
const A5: f64 = 880.0;
const B5: f64 = 987.77;
const C6: f64 = 1046.50;
const D6: f64 = 1174.66;
const E6: f64 = 1318.51;

const GET_READY: Design = Design {
    seconds: 0.80,
    peak: 0.50,
    notes: &[chime(0.0, D5, 0.85, 0.010, 0.22), chime(0.20, A5, 1.0, 0.010, 0.25)],
};
const PIP: Design = Design { seconds: 0.15, peak: 0.55, notes: &[pip(E5)] };
const LAST_PIP: Design = Design { seconds: 0.15, peak: 0.55, notes: &[pip(A5)] };
const GO: Design = Design {
    seconds: 0.75,
    peak: 0.65,
    notes: &[Note {
        at: 0.0,
        hz: A5,
        gain: 1.0,
        attack: 0.006,
        tau: 0.8,
        hold: 0.50,
        release: 0.22,
        timbre: BRIGHT,
    }],
};
const HALFWAY: Design = Design {
    seconds: 0.50,
    peak: 0.45,
    notes: &[chime(0.0, C6, 1.0, 0.004, 0.11), chime(0.16, C6, 1.0, 0.004, 0.14)],
};
const SWITCH_SIDES: Design = Design {
    seconds: 0.90,
    peak: 0.60,
    notes: &[chime(0.0, B5, 1.0, 0.004, 0.28), chime(0.25, G5, 1.0, 0.004, 0.30)],
};
const REST: Design = Design {
    seconds: 1.00,
    peak: 0.50,
    notes: &[
        Note {
            at: 0.0,
            hz: A4,
            gain: 1.0,
            attack: 0.030,
            tau: 0.35,
            hold: 0.34,
            release: 0.25,
            timbre: PURE,
        },
        Note {
            at: 0.35,
            hz: E4,
            gain: 1.0,
            attack: 0.030,
            tau: 0.40,
            hold: f64::INFINITY,
            release: 0.0,
            timbre: PURE,
        },
    ],
};
const TICK: Design = Design {
    seconds: 0.06,
    peak: 0.50,
    notes: &[Note {
        at: 0.0,
        hz: E6,
        gain: 1.0,
        attack: 0.0008,
        tau: 0.014,
        hold: f64::INFINITY,
        release: 0.0,
        timbre: WOOD,
    }],
};
const FORM: Design =
    Design { seconds: 0.70, peak: 0.40, notes: &[chime(0.0, D6, 1.0, 0.012, 0.25)] };
const FINISHED: Design = Design {
    seconds: 1.00,
    peak: 0.60,
    notes: &[
        chime(0.00, C5, 0.80, 0.005, 0.30),
        chime(0.11, E5, 0.80, 0.005, 0.30),
        chime(0.22, G5, 0.85, 0.005, 0.30),
        chime(0.33, C6, 1.00, 0.005, 0.45),
    ],
};

/// `sound` as mono samples at `sample_rate`, starting and ending at zero, peaking at its
/// design level.
pub(crate) fn render(sound: Sound, sample_rate: u32) -> Vec<f32> {
    let design = sound.design();
    let rate = f64::from(sample_rate.max(1));
    let len = (design.seconds * rate).round() as usize;
    let mut mix = vec![0.0f64; len];
    for note in design.notes {
        add_note(&mut mix, note, rate);
    }
    fade_end(&mut mix, rate);
    let peak = mix.iter().fold(0.0f64, |m, x| m.max(x.abs()));
    let scale = if peak > 0.0 { design.peak / peak } else { 0.0 };
    mix.iter().map(|x| (x * scale) as f32).collect()
}

fn add_note(mix: &mut [f64], note: &Note, rate: f64) {
    let start = (note.at * rate).round() as usize;
    let Some(out) = mix.get_mut(start..) else { return };
    let attack = (note.attack * rate).max(1.0);
    let hold = note.hold * rate;
    let release = (note.release * rate).max(1.0);
    let end = if note.hold.is_finite() { (hold + release).ceil() as usize } else { usize::MAX };
    let len = out.len().min(end);
    let out = &mut out[..len];
    for partial in note.timbre {
        let hz = note.hz * partial.ratio;
        // Above ~0.45 of the rate a partial would fold back as a wrong pitch: leave it out.
        if hz >= 0.45 * rate {
            continue;
        }
        // Recurrences instead of sin() and exp() per sample: sin(ωn) = 2cos(ω)·sin(ω(n-1)) -
        // sin(ω(n-2)), and the decay is one multiplication. f64 keeps the drift far below
        // audibility over a second.
        let omega = 2.0 * PI * hz / rate;
        let k = 2.0 * omega.cos();
        let (mut s1, mut s2) = (0.0f64, -omega.sin());
        let step = (-1.0 / (note.tau * partial.decay * rate)).exp();
        let mut decay = note.gain * partial.amp;
        for (n, sample) in out.iter_mut().enumerate() {
            let t = n as f64;
            let mut env = decay;
            if t < attack {
                env *= 0.5 - 0.5 * (PI * t / attack).cos();
            }
            if t >= hold {
                env *= 0.5 + 0.5 * (PI * ((t - hold) / release).min(1.0)).cos();
            }
            *sample += env * s1;
            let s0 = k * s1 - s2;
            s2 = s1;
            s1 = s0;
            decay *= step;
            // Below -140 dB nothing is left to hear (16-bit output stops at -96 dB).
            if decay < 1e-7 {
                break;
            }
        }
    }
}

fn fade_end(mix: &mut [f64], rate: f64) {
    let fade = ((END_FADE * rate) as usize).min(mix.len());
    if fade == 0 {
        return;
    }
    let start = mix.len() - fade;
    let last = (fade - 1).max(1) as f64;
    for (i, sample) in mix[start..].iter_mut().enumerate() {
        *sample *= 0.5 + 0.5 * (PI * i as f64 / last).cos();
    }
}
