//! One value at a time: its type, its range, and the words for it in messages (texts,
//! ids, counts, durations, true/false, a choice of names).

use super::{Checker, DeTable, Key, MAX_ID_CHARS, MAX_SETS, Value, closest};
use crate::program::duration::{DurationText, parse_duration_text};
use crate::program::{Amount, Text};
use toml::de::DeValue;

/// How a value's type is named in messages.
pub(super) fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a number with decimals",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// A text as shown in messages: quoted, escaped, shortened.
pub(super) fn quote(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() > MAX {
        let short: String = text.chars().take(MAX).collect();
        format!("{:?}…", short)
    } else {
        format!("{text:?}")
    }
}

/// An integer literal as written (huge ones shortened).
pub(super) fn literal(value: &DeValue<'_>) -> String {
    let text = match value {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.as_str().to_owned(),
        DeValue::String(s) => return quote(s),
        other => return type_name(other).to_owned(),
    };
    if text.len() > 24 { format!("{}…", &text[..24]) } else { text }
}

pub(super) fn integer(value: &DeValue<'_>) -> Option<Option<i64>> {
    match value {
        DeValue::Integer(i) => Some(i64::from_str_radix(i.as_str(), i.radix()).ok()),
        _ => None,
    }
}

/// `ll`, `lll`, optionally `-RR` (region), `-999` (area) or `-Ssss` (script): `nl`, `pt-BR`.
pub(crate) fn is_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    if !(2..=3).contains(&primary.len()) || !primary.bytes().all(|b| b.is_ascii_lowercase()) {
        return false;
    }
    let subtag_ok = |tag: &str| {
        let b = tag.as_bytes();
        match b.len() {
            2 => b.iter().all(u8::is_ascii_uppercase),
            3 => b.iter().all(u8::is_ascii_digit),
            4 => b[0].is_ascii_uppercase() && b[1..].iter().all(u8::is_ascii_lowercase),
            _ => false,
        }
    };
    match (parts.next(), parts.next()) {
        (None, _) => true,
        (Some(tag), None) => subtag_ok(tag),
        _ => false,
    }
}

/// A language code written almost right (`EN`, `pt_br`), corrected.
pub(super) fn language_fix(code: &str) -> Option<String> {
    if code.len() > 16 {
        return None;
    }
    let mut parts = code.split(['-', '_']);
    let primary = parts.next().unwrap_or_default().to_ascii_lowercase();
    let fixed = match parts.next() {
        None => primary,
        Some(tag) if tag.len() == 2 => format!("{primary}-{}", tag.to_ascii_uppercase()),
        Some(tag) => format!("{primary}-{tag}"),
    };
    is_language_code(&fixed).then_some(fixed)
}

/// An id made from any text: `Back Care!` → `back-care`.
pub(crate) fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase).take(MAX_ID_CHARS * 2) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    out.chars().take(MAX_ID_CHARS).collect::<String>().trim_end_matches('-').to_owned()
}

/// A range such as `"8-10"` or `"30-45s"`: what a physio writes for "build up from 8 to 10".
pub(super) fn is_range(text: &str) -> bool {
    let Some((low, high)) = text.split_once(['-', '–']) else { return false };
    let digits = |part: &str| {
        let part = part.trim().trim_end_matches(['s', 'x', '×']);
        !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit())
    };
    digits(low) && digits(high)
}

fn range_message(key: &str, text: &str) -> String {
    format!(
        "`{key}` = {} is a range; write one number; use levels to build up \
         ([[block.exercise.level]], format 2)",
        quote(text)
    )
}

/// What to write instead of a number of seconds with decimals. A long step written as
/// `1.5` may mean minutes; a pace or a hold of `2.5` means seconds.
fn whole_seconds(key: &str, written: &str) -> String {
    let value = written.parse::<f64>().unwrap_or(0.0);
    let minutes_likely = !matches!(key, "seconds_per_rep" | "hold" | "relax" | "countdown" | "at");
    // Clamped into u32's range and rounded: the casts below cannot truncate.
    let whole = |x: f64| x.clamp(0.0, f64::from(u32::MAX)) as u32;
    let advice = if (0.0..60.0).contains(&value) {
        let (down, up) = (whole(value.floor()), whole(value.ceil()));
        let seconds =
            if down < 1 { format!("write {up}") } else { format!("write {down} or {up}") };
        if minutes_likely {
            let total = whole((value * 60.0).round());
            format!("{seconds}, or \"{}m{}s\" if you mean minutes", total / 60, total % 60)
        } else {
            seconds
        }
    } else {
        let seconds = whole(value.round());
        format!("write {seconds} or \"{}m{}s\"", seconds / 60, seconds % 60)
    };
    format!("`{key}` must be whole seconds, found {written}; {advice}")
}

impl Checker<'_, '_> {
    pub(super) fn table<'v, 'i>(
        &mut self,
        label: &str,
        value: &'v Value<'i>,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            other => {
                self.problem(
                    value.span().start,
                    format!("{label} must be a table, found {}", type_name(other)),
                );
                None
            }
        }
    }

    pub(super) fn string<'v>(&mut self, key: &str, value: &'v Value<'_>) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(text) => Some(text.as_ref()),
            other => {
                self.problem(
                    value.span().start,
                    format!("`{key}` must be a text in quotes, found {}", type_name(other)),
                );
                None
            }
        }
    }

    pub(super) fn bad_language(&self, label: &str, code: &str) -> String {
        let mut message = format!(
            "{label} must be a language code like `en`, `nl` or `pt-BR`, found {}",
            quote(code)
        );
        if let Some(fixed) = language_fix(code) {
            message.push_str(&format!("; did you mean `{fixed}`?"));
        }
        message
    }

    /// A localized text: a plain string in the program's language, or a table of
    /// language code → string.
    pub(super) fn text(&mut self, label: &str, value: &Value<'_>) -> Option<Text> {
        let at = value.span().start;
        match value.get_ref() {
            DeValue::String(text) if text.trim().is_empty() => {
                self.problem(at, format!("{label} is empty; write the text between the quotes"));
                None
            }
            DeValue::String(text) => Some(Text::plain(&self.language, text.as_ref())),
            DeValue::Table(table) if table.is_empty() => {
                self.problem(
                    at,
                    format!(
                        "{label} has no languages; write e.g. {{ nl = \"...\", en = \"...\" }}"
                    ),
                );
                None
            }
            DeValue::Table(table) => {
                let mut entries: Vec<(&Key<'_>, &Value<'_>)> = table.iter().collect();
                // The first language written is the last fallback: keep file order.
                entries.sort_by_key(|(key, _)| key.span().start);
                let before = self.problems.len();
                let mut texts = Vec::with_capacity(entries.len());
                for (key, text) in entries {
                    let code = key.get_ref().as_ref();
                    if !is_language_code(code) {
                        let message = self.bad_language(&format!("`{code}` in {label}"), code);
                        self.problem(key.span().start, message);
                    }
                    match text.get_ref() {
                        DeValue::String(s) if s.trim().is_empty() => self.problem(
                            text.span().start,
                            format!("the `{code}` text of {label} is empty"),
                        ),
                        DeValue::String(s) => texts.push((code.to_owned(), s.to_string())),
                        other => self.problem(
                            text.span().start,
                            format!(
                                "the `{code}` text of {label} must be a text in quotes, found {}",
                                type_name(other)
                            ),
                        ),
                    }
                }
                (self.problems.len() == before).then(|| Text::translated(&self.language, texts))
            }
            other => {
                self.problem(
                    at,
                    format!(
                        "{label} must be a text in quotes or a table of languages like \
                         {{ nl = \"...\", en = \"...\" }}, found {}",
                        type_name(other)
                    ),
                );
                None
            }
        }
    }

    /// `[a-z0-9-]`, 1..=64 characters.
    pub(super) fn id(&mut self, key: &str, value: &Value<'_>) -> Option<String> {
        let at = value.span().start;
        let id = self.string(key, value)?;
        let length = id.chars().count();
        if length == 0 {
            self.problem(at, format!("`{key}` is empty; write e.g. {key} = \"plank\""));
            return None;
        }
        if !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            let mut message =
                format!("`{key}` may only contain a-z, 0-9 and -, found {}", quote(id));
            let fixed = slug(id);
            if !fixed.is_empty() {
                message.push_str(&format!("; write \"{fixed}\""));
            }
            self.problem(at, message);
            return None;
        }
        if length > MAX_ID_CHARS {
            self.problem(
                at,
                format!("`{key}` must be 1..{MAX_ID_CHARS} characters long, found {length}"),
            );
            return None;
        }
        Some(id.to_owned())
    }

    pub(super) fn version(&mut self, value: &Value<'_>) -> Option<u32> {
        match integer(value.get_ref()) {
            Some(Some(n)) if n >= 1 => {
                let version = u32::try_from(n).ok();
                if version.is_none() {
                    self.problem(
                        value.span().start,
                        format!("`version` is too large (at most {}), found {n}", u32::MAX),
                    );
                }
                version
            }
            _ => {
                self.problem(
                    value.span().start,
                    format!(
                        "`version` must be a whole number from 1 up (raise it for every new \
                         edition), found {}",
                        literal(value.get_ref())
                    ),
                );
                None
            }
        }
    }

    /// A whole number in `low..=high`.
    pub(super) fn count(
        &mut self,
        key: &str,
        value: &Value<'_>,
        low: u32,
        high: u32,
    ) -> Option<u32> {
        let at = value.span().start;
        let message = match value.get_ref() {
            DeValue::Integer(_) => match integer(value.get_ref()).flatten() {
                Some(n) if (i64::from(low)..=i64::from(high)).contains(&n) => {
                    return u32::try_from(n).ok();
                }
                _ => format!("`{key}` must be {low}..{high}, found {}", literal(value.get_ref())),
            },
            DeValue::String(text) if text.trim().parse::<i64>().is_ok() => {
                format!("`{key}` must be a number without quotes: {key} = {}", text.trim())
            }
            DeValue::String(text) if is_range(text) => range_message(key, text),
            DeValue::Float(f) => {
                format!("`{key}` must be a whole number ({low}..{high}), found {}", f.as_str())
            }
            other => format!(
                "`{key}` must be a whole number ({low}..{high}), found {}",
                type_name(other)
            ),
        };
        self.problem(at, message);
        None
    }

    /// `key = N` or, in format 2, one value per set (`[6, 4, 2]`), each checked by `one`.
    pub(super) fn amount(
        &mut self,
        key: &str,
        value: &Value<'_>,
        one: impl Fn(&mut Self, &str, &Value<'_>) -> Option<u32>,
    ) -> Option<Amount> {
        let DeValue::Array(items) = value.get_ref() else {
            return one(self, key, value).map(Amount::Each);
        };
        let at = value.span().start;
        if self.format < 2 {
            let message = format!(
                "a list of `{key}`, one per set, needs `format = 2`; this file says `format = {}`",
                self.format
            );
            self.problem(at, message);
            return None;
        }
        if items.is_empty() || items.len() > MAX_SETS as usize {
            let message = format!(
                "`{key}` must list 1..{MAX_SETS} values, one per set, found {}",
                items.len()
            );
            self.problem(at, message);
            return None;
        }
        let before = self.problems.len();
        let values: Vec<u32> = items.iter().filter_map(|item| one(self, key, item)).collect();
        (self.problems.len() == before).then_some(Amount::PerSet(values))
    }

    /// Seconds in `low..=high`: an integer, or a text like "1m30s".
    pub(super) fn duration(
        &mut self,
        key: &str,
        value: &Value<'_>,
        low: u32,
        high: u32,
    ) -> Option<u32> {
        let at = value.span().start;
        let in_range = |n: i128| (i128::from(low)..=i128::from(high)).contains(&n);
        let range = format!("`{key}` must be {low}..{high} seconds");
        let message = match value.get_ref() {
            DeValue::Integer(_) => match integer(value.get_ref()).flatten() {
                Some(n) if in_range(n.into()) => return u32::try_from(n).ok(),
                _ => format!("{range}, found {}", literal(value.get_ref())),
            },
            DeValue::String(text) if is_range(text) => range_message(key, text),
            DeValue::String(text) => match parse_duration_text(text) {
                DurationText::Seconds(n) if in_range(n.into()) => return u32::try_from(n).ok(),
                DurationText::Seconds(n) => format!("{range}, found {} ({n} s)", quote(text)),
                DurationText::Unitless(n) => format!(
                    "`{key}` = {} has no unit; write {key} = {n} (seconds) or \"{n}s\"",
                    quote(text)
                ),
                DurationText::Invalid => format!(
                    "`{key}` = {} is not a duration; write seconds ({key} = 30) or a text like \
                     \"90s\", \"1m30s\" or \"2m\"",
                    quote(text)
                ),
            },
            DeValue::Float(f) => whole_seconds(key, f.as_str()),
            other => format!(
                "`{key}` must be a number of seconds or a text like \"1m30s\", found {}",
                type_name(other)
            ),
        };
        self.problem(at, message);
        None
    }

    pub(super) fn boolean(&mut self, key: &str, value: &Value<'_>) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                let hint = match other {
                    DeValue::String(s) if matches!(s.as_ref(), "true" | "false") => {
                        format!("; write {key} = {s} without quotes")
                    }
                    _ => String::new(),
                };
                self.problem(
                    value.span().start,
                    format!("`{key}` must be true or false, found {}{hint}", type_name(other)),
                );
                None
            }
        }
    }

    /// One of `options`, by index.
    pub(super) fn choice(
        &mut self,
        key: &str,
        value: &Value<'_>,
        options: &[&str],
    ) -> Option<usize> {
        let text = self.string(key, value)?;
        if let Some(index) = options.iter().position(|o| *o == text) {
            return Some(index);
        }
        let mut message =
            format!("`{key}` must be one of {}; found {}", options.join(", "), quote(text));
        if let Some(near) = closest(text, options) {
            message.push_str(&format!(", did you mean \"{near}\"?"));
        }
        self.problem(value.span().start, message);
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        for good in ["en", "nl", "fry", "pt-BR", "es-419", "zh-Hant"] {
            assert!(is_language_code(good), "{good}");
        }
        for bad in ["", "e", "EN", "english", "pt_BR", "pt-br", "en-", "en-GB-x", "n1"] {
            assert!(!is_language_code(bad), "{bad}");
        }
        assert_eq!(language_fix("EN").as_deref(), Some("en"));
        assert_eq!(language_fix("pt_br").as_deref(), Some("pt-BR"));
        assert_eq!(language_fix("english"), None);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Back Care!"), "back-care");
        assert_eq!(slug("  Rug_pijn 2 "), "rug-pijn-2");
        assert_eq!(slug("éé"), "");
        assert!(slug(&"a".repeat(500)).len() <= MAX_ID_CHARS);
    }
}
