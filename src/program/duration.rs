//! Durations as physios write them: `30`, `"90s"`, `"1m30s"`, `"2m"`, `"1h"`.

/// What a duration text turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationText {
    /// A well-formed text, in seconds (may be out of any limit; the caller checks).
    Seconds(u64),
    /// Only digits, no unit (`"30"`): almost right, so the message can say what to add.
    Unitless(u64),
    /// Anything else.
    Invalid,
}

/// Parses a duration text: parts `<digits>h`, `<digits>m`, `<digits>s`, each at most once and
/// in that order (`"1h15m"`, `"1m30s"`, `"45s"`), optionally separated by spaces. Units may be
/// upper or lower case. Each part has at most 9 digits, so the sum cannot overflow.
pub fn parse_duration_text(text: &str) -> DurationText {
    let text = text.trim();
    if !text.is_empty() && text.len() <= 9 && text.bytes().all(|b| b.is_ascii_digit()) {
        return text.parse().map_or(DurationText::Invalid, DurationText::Unitless);
    }
    let bytes = text.as_bytes();
    let mut position = 0;
    let mut total: u64 = 0;
    // The units still allowed, largest first: each unit may follow only larger ones.
    let mut next_unit = 0;
    let units: [(u8, u64); 3] = [(b'h', 3600), (b'm', 60), (b's', 1)];
    let mut parts = 0;
    while position < bytes.len() {
        while position < bytes.len() && bytes[position] == b' ' {
            position += 1;
        }
        if position == bytes.len() {
            break;
        }
        let start = position;
        while position < bytes.len() && bytes[position].is_ascii_digit() {
            position += 1;
        }
        let digits = &text[start..position];
        if digits.is_empty() || digits.len() > 9 || position == bytes.len() {
            return DurationText::Invalid;
        }
        let Ok(number) = digits.parse::<u64>() else {
            return DurationText::Invalid;
        };
        let unit = bytes[position].to_ascii_lowercase();
        position += 1;
        let Some(offset) = units[next_unit..].iter().position(|(u, _)| *u == unit) else {
            return DurationText::Invalid;
        };
        let (_, factor) = units[next_unit + offset];
        next_unit += offset + 1;
        total += number * factor;
        parts += 1;
    }
    if parts == 0 { DurationText::Invalid } else { DurationText::Seconds(total) }
}

/// `m:ss` (or `h:mm:ss` from an hour), for totals shown to people.
pub fn format_clock(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 { format!("{h}:{m:02}:{s:02}") } else { format!("{m}:{s:02}") }
}

/// Writes seconds the way a physio would: `45s`, `2m`, `1m30s`, `1h5m`.
pub fn format_duration(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if m > 0 {
        out.push_str(&format!("{m}m"));
    }
    if s > 0 || out.is_empty() {
        out.push_str(&format!("{s}s"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use DurationText::*;

    #[test]
    fn clock_format() {
        assert_eq!(format_clock(295), "4:55");
        assert_eq!(format_clock(3600 + 61), "1:01:01");
        assert_eq!(format_clock(0), "0:00");
    }

    #[test]
    fn accepts_the_documented_forms() {
        assert_eq!(parse_duration_text("90s"), Seconds(90));
        assert_eq!(parse_duration_text("1m30s"), Seconds(90));
        assert_eq!(parse_duration_text("2m"), Seconds(120));
        assert_eq!(parse_duration_text("1h"), Seconds(3600));
        assert_eq!(parse_duration_text("1h 2m 3s"), Seconds(3723));
        assert_eq!(parse_duration_text(" 1M30S "), Seconds(90));
        assert_eq!(parse_duration_text("0s"), Seconds(0));
        assert_eq!(parse_duration_text("999999999h"), Seconds(999_999_999 * 3600));
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            " ",
            "s",
            "m30",
            "1.5m",
            "30s1m",
            "1m1m",
            "-5s",
            "1x",
            "1 m",
            "abc",
            "1m30",
            "1234567890s",
            "1h-2m",
            "½m",
            "1m,30s",
        ] {
            assert_eq!(parse_duration_text(bad), Invalid, "{bad:?}");
        }
        assert_eq!(parse_duration_text("30"), Unitless(30));
        assert_eq!(parse_duration_text("1234567890"), Invalid);
    }

    #[test]
    fn formats_round_trip() {
        for seconds in [0, 1, 59, 60, 90, 3600, 3661, 7200] {
            assert_eq!(parse_duration_text(&format_duration(seconds)), Seconds(seconds.into()));
        }
        assert_eq!(format_duration(90), "1m30s");
    }
}
