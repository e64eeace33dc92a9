//! library (being written).
