//! Reading values from the database without trusting them: the file may have been edited by
//! hand or by another program, so every column is checked for its type and range, and a bad
//! value becomes a message (the row is skipped), never a panic.

use super::{PauseReason, Status};
use crate::i18n::Message;
use chrono::{DateTime, FixedOffset, NaiveDate};
use rusqlite::Row;
use rusqlite::types::ValueRef;

/// What was wrong with one value.
pub type Bad = Message;

fn bad(key: &'static str, field: &str) -> Bad {
    Message::new(key).with("field", field)
}

fn value<'a>(row: &'a Row<'_>, i: usize, field: &str) -> Result<ValueRef<'a>, Bad> {
    row.get_ref(i).map_err(|e| bad("history-value-unreadable", field).with("detail", e.to_string()))
}

fn shown(value: ValueRef<'_>) -> Message {
    let as_text = |text: String| Message::new("history-detail").with("detail", text);
    match value {
        ValueRef::Null => Message::new("history-value-nothing"),
        ValueRef::Integer(i) => as_text(i.to_string()),
        ValueRef::Real(r) => as_text(r.to_string()),
        ValueRef::Text(t) => {
            let text = String::from_utf8_lossy(t);
            let short: String = text.chars().take(40).collect();
            as_text(format!("{short:?}"))
        }
        ValueRef::Blob(b) => Message::new("history-value-binary").with("bytes", b.len()),
    }
}

/// Text, or `None` for NULL.
pub fn opt_text(row: &Row<'_>, i: usize, field: &str) -> Result<Option<String>, Bad> {
    match value(row, i, field)? {
        ValueRef::Null => Ok(None),
        ValueRef::Text(bytes) => std::str::from_utf8(bytes)
            .map(|s| Some(s.to_owned()))
            .map_err(|_| bad("history-value-not-utf8", field)),
        other => Err(bad("history-value-not-text", field).with("found", shown(other))),
    }
}

/// Text that must be there.
pub fn text(row: &Row<'_>, i: usize, field: &str) -> Result<String, Bad> {
    opt_text(row, i, field)?.ok_or_else(|| bad("history-value-missing", field))
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
        ValueRef::Integer(n) => Err(bad("history-value-out-of-range", field)
            .with("min", min)
            .with("max", max)
            .with("found", n)),
        other => Err(bad("history-value-not-number", field).with("found", shown(other))),
    }
}

/// An integer in `min..=max` that must be there.
pub fn int(row: &Row<'_>, i: usize, field: &str, min: i64, max: i64) -> Result<i64, Bad> {
    opt_int(row, i, field, min, max)?.ok_or_else(|| bad("history-value-missing", field))
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

/// The local date of an RFC 3339 date and time: the date it names, in its own offset.
///
/// The shape Limber writes (`2026-11-25T10:15:00+01:00`, with an optional fraction, or `Z`)
/// is checked byte by byte without allocating, which matters when reading 100,000 sessions
/// for the stats; anything else goes through chrono's full parser. Either way an invalid
/// text gives `None`.
pub fn local_date(text: &[u8]) -> Option<NaiveDate> {
    fn digits(bytes: &[u8]) -> Option<u32> {
        bytes.iter().try_fold(0u32, |n, b| b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0')))
    }
    let fast = (|| {
        let (date, rest) = (text.get(..10)?, text.get(10..)?);
        if date[4] != b'-' || date[7] != b'-' || rest.first() != Some(&b'T') {
            return None;
        }
        let day = NaiveDate::from_ymd_opt(
            i32::try_from(digits(&date[..4])?).ok()?,
            digits(&date[5..7])?,
            digits(&date[8..10])?,
        )?;
        let time = rest.get(1..9)?;
        let (hour, minute, second) =
            (digits(&time[..2])?, digits(&time[3..5])?, digits(&time[6..8])?);
        if time[2] != b':' || time[5] != b':' || hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        let mut tail = rest.get(9..)?;
        if let Some(fraction) = tail.strip_prefix(b".") {
            let n = fraction.iter().take_while(|b| b.is_ascii_digit()).count();
            if n == 0 || n > 9 {
                return None;
            }
            tail = &fraction[n..];
        }
        match tail {
            b"Z" => Some(day),
            [b'+' | b'-', h1, h2, b':', m1, m2] => {
                let (h, m) = (digits(&[*h1, *h2])?, digits(&[*m1, *m2])?);
                (h < 24 && m < 60).then_some(day)
            }
            _ => None,
        }
    })();
    fast.or_else(|| {
        let text = std::str::from_utf8(text).ok()?;
        parse_date_time(text).map(|t| t.date_naive())
    })
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
            bad("history-value-not-date-time", field).with("found", format!("{text:?}"))
        }),
    }
}

/// A date and time that must be there.
pub fn date_time(row: &Row<'_>, i: usize, field: &str) -> Result<DateTime<FixedOffset>, Bad> {
    opt_date_time(row, i, field)?.ok_or_else(|| bad("history-value-missing", field))
}

/// A date (`YYYY-MM-DD`), or `None` for NULL.
pub fn opt_date(row: &Row<'_>, i: usize, field: &str) -> Result<Option<NaiveDate>, Bad> {
    match opt_text(row, i, field)? {
        None => Ok(None),
        Some(text) => text
            .parse::<NaiveDate>()
            .map(Some)
            .map_err(|_| bad("history-value-not-date", field).with("found", format!("{text:?}"))),
    }
}

/// A session status.
pub fn status(row: &Row<'_>, i: usize) -> Result<Status, Bad> {
    let text = text(row, i, "status")?;
    Status::parse(&text)
        .ok_or_else(|| bad("history-value-not-status", "status").with("found", format!("{text:?}")))
}

/// A pause reason.
pub fn reason(row: &Row<'_>, i: usize) -> Result<PauseReason, Bad> {
    let text = text(row, i, "reason")?;
    PauseReason::parse(&text)
        .ok_or_else(|| bad("history-value-not-reason", "reason").with("found", format!("{text:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_local_date_agrees_with_chrono() {
        let cases = [
            "2026-11-25T10:15:00+01:00",
            "2026-11-24T23:30:00-05:00",
            "2026-11-25T00:30:00.250+02:00",
            "2026-11-25T00:30:00.123456789Z",
            "2026-11-25T00:30:00Z",
            "2026-11-25t00:30:00z",
            "2026-11-25 00:30:00+01:00",
            "2026-02-29T10:00:00+01:00",
            "2028-02-29T10:00:00+01:00",
            "2026-13-01T10:00:00+01:00",
            "2026-11-25T24:00:00+01:00",
            "2026-11-25T10:60:00+01:00",
            "2026-11-25T10:15:00+24:00",
            "2026-11-25T10:15:00+01",
            "2026-11-25T10:15:00.+01:00",
            "2026-11-25",
            "yesterday",
            "",
            "2026-11-25T10:15:00+01:00 and more",
            "-001-11-25T10:15:00+01:00",
            "２０２６-11-25T10:15:00+01:00",
        ];
        for case in cases {
            let chrono = parse_date_time(case).map(|t| t.date_naive());
            assert_eq!(local_date(case.as_bytes()), chrono, "{case:?}");
        }
        assert_eq!(local_date(&[0xff, 0xfe]), None);
    }
}
