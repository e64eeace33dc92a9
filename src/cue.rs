//! cue (being written).
