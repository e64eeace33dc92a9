//! streaks (being written).
