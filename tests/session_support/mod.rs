//! Shared by tests/session_*.rs and benches/session.rs: programs built in code and a small
//! seeded random source for tick jitter.

#![allow(dead_code)]

#[allow(unused_imports, reason = "each test file uses some of them")]
pub use limber::testing::{exercise, form, program, thirty_minute_plan};

/// SplitMix64: a tiny deterministic random source, so a failing seed replays exactly.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// How late a tick comes, in ms, 0..2000: mostly a few ms, sometimes much more.
    pub fn jitter_ms(&mut self) -> u64 {
        match self.below(100) {
            0..70 => self.below(20),
            70..95 => self.below(300),
            _ => self.below(2000),
        }
    }
}
