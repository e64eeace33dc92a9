//! Reading values from the database without trusting them: the file may have been edited by
//! hand or by another program, so every column is checked for its type and range, and a bad
//! value becomes a message (the row is skipped), never a panic.

use super::{PauseReason, Status};
use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::Row;
use rusqlite::types::ValueRef;

/// What was wrong with one value.
pub type Bad = String;

fn value<'a>(row: &'a Row<'_>, i: usize, field: &str) -> Result<ValueRef<'a>, Bad> {
    row.get_ref(i).map_err(|e| format!("`{field}` cannot be read ({e})"))
}

fn shown(value: ValueRef<'_>) -> String {
    match value {
        ValueRef::Null => "nothing".into(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(r) => r.to_string(),
        ValueRef::Text(t) => {
            let text = String::from_utf8_lossy(t);
            let short: String = text.chars().take(40).collect();
            format!("{short:?}")
        }
        ValueRef::Blob(b) => format!("{} bytes of binary data", b.len()),
    }
}

/// Text, or `None` for NULL.
pub fn opt_text(row: &Row<'_>, i: usize, field: &str) -> Result<Option<String>, Bad> {
    match value(row, i, field)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(bytes) => std::str::from_utf8(bytes)
            .map(|s| Some(s.to_owned()))
            .map_err(|_| format!("`{field}` is not valid UTF-8 text")),
        other => Err(format!("`{field}` should be text, found {}", shown(other))),
    }
}

/// Text that must be there.
pub fn text(row: &Row<'_>, i: usize, field: &str) -> Result<String, Bad> {
    opt_text(row, i, field)?.ok_or_else(|| format!("`{field}` is missing"))
}

/// An integer in `min..=max`, or `None` for NULL.
pub fn opt_int(
    row: &Row<'_>,
    i: usize,
    field: &str,
    min: i64,
    max: i64,
) -> Result<Option<i64>, Bad> {
    match value(row, i, field)? {
        ValueRef::Null => Ok(None),
        ValueRef::Integer(n) if (min..=max).contains(&n) => Ok(Some(n)),
        ValueRef::Integer(n) => Err(format!("`{field}` must be {min}..{max}, found {n}")),
        other => Err(format!("`{field}` should be a whole number, found {}", shown(other))),
    }
}

/// An integer in `min..=max` that must be there.
pub fn int(row: &Row<'_>, i: usize, field: &str, min: i64, max: i64) -> Result<i64, Bad> {
    opt_int(row, i, field, min, max)?.ok_or_else(|| format!("`{field}` is missing"))
}

/// A `u32` that must be there.
pub fn u32_(row: &Row<'_>, i: usize, field: &str) -> Result<u32, Bad> {
    int(row, i, field, 0, i64::from(u32::MAX)).map(|n| u32::try_from(n).unwrap_or(u32::MAX))
}

/// A score 0..=10, or `None`.
pub fn score(row: &Row<'_>, i: usize, field: &str) -> Result<Option<u8>, Bad> {
    Ok(opt_int(row, i, field, 0, 10)?.map(|n| u8::try_from(n).unwrap_or(10)))
}

/// Parses an RFC 3339 date and time with its offset.
pub fn parse_date_time(text: &str) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(text).ok()
}

/// A date and time, or `None` for NULL.
pub fn opt_date_time(
    row: &Row<'_>,
    i: usize,
    field: &str,
) -> Result<Option<DateTime<FixedOffset>>, Bad> {
    match opt_text(row, i, field)? {
        None => Ok(None),
        Some(text) => parse_date_time(&text).map(Some).ok_or_else(|| {
            format!("`{field}` is {text:?}, not a date and time like 2026-11-25T10:15:00+01:00")
        }),
    }
}

/// A date and time that must be there.
pub fn date_time(row: &Row<'_>, i: usize, field: &str) -> Result<DateTime<FixedOffset>, Bad> {
    opt_date_time(row, i, field)?.ok_or_else(|| format!("`{field}` is missing"))
}

/// A date (`YYYY-MM-DD`), or `None` for NULL.
pub fn opt_date(row: &Row<'_>, i: usize, field: &str) -> Result<Option<NaiveDate>, Bad> {
    match opt_text(row, i, field)? {
        None => Ok(None),
        Some(text) => text
            .parse::<NaiveDate>()
            .map(Some)
            .map_err(|_| format!("`{field}` is {text:?}, not a date like 2026-11-25")),
    }
}

/// A session status.
pub fn status(row: &Row<'_>, i: usize) -> Result<Status, Bad> {
    let text = text(row, i, "status")?;
    Status::parse(&text)
        .ok_or_else(|| format!("`status` is {text:?}, not completed, partial or abandoned"))
}

/// A pause reason.
pub fn reason(row: &Row<'_>, i: usize) -> Result<PauseReason, Bad> {
    let text = text(row, i, "reason")?;
    PauseReason::parse(&text)
        .ok_or_else(|| format!("`reason` is {text:?}, not ill, injured or holiday"))
}
