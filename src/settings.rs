//! settings (being written).
