//! Limber: a desktop exercise and warm-up coach.
//!
//! Data flows one way: program file → [`program::Program`] → [`program::Plan`] →
//! [`session::Session`] (driven by the instants `main` reads) → events for `audio`, `gui`
//! and `history`. Domain modules never import iced or rodio; see docs/ARCHITECTURE.md.

#[cfg(feature = "app")]
pub mod audio;
#[cfg(feature = "app")]
pub mod cli;
pub mod clock;
pub mod context;
pub mod cue;
pub mod desktop;
pub mod dose;
#[cfg(feature = "app")]
pub mod gui;
pub mod history;
pub mod i18n;
pub mod library;
pub mod paper;
pub mod picture;
pub mod pose;
pub mod program;
pub mod progression;
pub mod recorder;
pub mod runner;
pub mod session;
pub mod settings;
pub mod speech;
pub mod streaks;
#[cfg(any(test, feature = "testing"))]
pub mod testing;
