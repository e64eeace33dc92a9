//! history (being written).
