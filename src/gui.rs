//! gui (being written).
