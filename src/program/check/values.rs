//! One value at a time: its type, its range, and the words for it in messages (texts,
//! ids, counts, durations, true/false, a choice of names).

use super::{Checker, DeTable, Key, MAX_ID_CHARS, MAX_SETS, Value, closest};
use crate::i18n::{Arg, Message};
use crate::program::duration::{DurationText, parse_duration_text};
use crate::program::{Amount, Text};
use toml::de::DeValue;

/// How a value's type is named in messages.
pub(super) fn type_name(value: &DeValue<'_>) -> Message {
    Message::new(match value {
        DeValue::String(_) => "check-type-text",
        DeValue::Integer(_) => "check-type-integer",
        DeValue::Float(_) => "check-type-float",
        DeValue::Boolean(_) => "check-type-boolean",
        DeValue::Datetime(_) => "check-type-date",
        DeValue::Array(_) => "check-type-list",
        DeValue::Table(_) => "check-type-table",
    })
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

/// A number as written (huge ones shortened), a quoted text, or the name of another type.
pub(super) fn literal(value: &DeValue<'_>) -> Arg {
    let text = match value {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.as_str().to_owned(),
        DeValue::String(s) => return Arg::Text(quote(s)),
        other => return Arg::Message(type_name(other)),
    };
    Arg::Text(if text.len() > 24 { format!("{}…", &text[..24]) } else { text })
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

fn range_message(key: &str, text: &str) -> Message {
    Message::new("check-range").with("key", key).with("found", quote(text))
}

/// What to write instead of a number of seconds with decimals. A long step written as
/// `1.5` may mean minutes; a pace or a hold of `2.5` means seconds.
fn whole_seconds(key: &str, written: &str) -> Message {
    let value = written.parse::<f64>().unwrap_or(0.0);
    let minutes_likely = !matches!(key, "seconds_per_rep" | "hold" | "relax" | "countdown" | "at");
    // Clamped into u32's range and rounded: the casts below cannot truncate.
    let whole = |x: f64| x.clamp(0.0, f64::from(u32::MAX)) as u32;
    let advice = if (0.0..60.0).contains(&value) {
        let (down, up) = (whole(value.floor()), whole(value.ceil()));
        let seconds = if down < 1 {
            Message::new("check-advice-write").with("value", up)
        } else {
            Message::new("check-advice-write-either").with("down", down).with("up", up)
        };
        if minutes_likely {
            let total = whole((value * 60.0).round());
            Message::new("check-advice-or-minutes")
                .with("seconds", seconds)
                .with("minutes", total / 60)
                .with("rest", total % 60)
        } else {
            seconds
        }
    } else {
        let seconds = whole(value.round());
        Message::new("check-advice-seconds-or-clock")
            .with("seconds", seconds)
            .with("minutes", seconds / 60)
            .with("rest", seconds % 60)
    };
    Message::new("check-whole-seconds")
        .with("key", key)
        .with("found", written)
        .with("advice", advice)
}

/// `` `key` ``, as the subject of a message.
pub(super) fn label(key: &str) -> Message {
    Message::new("check-label-key").with("key", key)
}

impl Checker<'_, '_> {
    pub(super) fn table<'v, 'i>(
        &mut self,
        what: Message,
        value: &'v Value<'i>,
    ) -> Option<&'v DeTable<'i>> {
        match value.get_ref() {
            DeValue::Table(table) => Some(table),
            other => {
                let message = Message::new("check-not-table")
                    .with("what", what)
                    .with("found", type_name(other));
                self.problem(value.span().start, message);
                None
            }
        }
    }

    pub(super) fn string<'v>(&mut self, key: &str, value: &'v Value<'_>) -> Option<&'v str> {
        match value.get_ref() {
            DeValue::String(text) => Some(text.as_ref()),
            other => {
                let message = Message::new("check-not-string")
                    .with("key", key)
                    .with("found", type_name(other));
                self.problem(value.span().start, message);
                None
            }
        }
    }

    pub(super) fn bad_language(&self, what: Message, code: &str) -> Message {
        let message =
            Message::new("check-bad-language").with("what", what).with("found", quote(code));
        match language_fix(code) {
            Some(fixed) => {
                Message::new("check-did-you-mean").with("problem", message).with("near", fixed)
            }
            None => message,
        }
    }

    /// A localized text: a plain string in the program's language, or a table of
    /// language code → string.
    pub(super) fn text(&mut self, what: Message, value: &Value<'_>) -> Option<Text> {
        let at = value.span().start;
        match value.get_ref() {
            DeValue::String(text) if text.trim().is_empty() => {
                self.problem(at, Message::new("check-text-empty").with("what", what));
                None
            }
            DeValue::String(text) => Some(Text::plain(&self.language, text.as_ref())),
            DeValue::Table(table) if table.is_empty() => {
                let message = Message::new("check-text-no-languages")
                    .with("what", what)
                    .with("example", LANGUAGES_EXAMPLE);
                self.problem(at, message);
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
                        let key_in = Message::new("check-label-language-of")
                            .with("code", code)
                            .with("what", what.clone());
                        let message = self.bad_language(key_in, code);
                        self.problem(key.span().start, message);
                    }
                    match text.get_ref() {
                        DeValue::String(s) if s.trim().is_empty() => self.problem(
                            text.span().start,
                            Message::new("check-translation-empty")
                                .with("code", code)
                                .with("what", what.clone()),
                        ),
                        DeValue::String(s) => texts.push((code.to_owned(), s.to_string())),
                        other => self.problem(
                            text.span().start,
                            Message::new("check-translation-not-string")
                                .with("code", code)
                                .with("what", what.clone())
                                .with("found", type_name(other)),
                        ),
                    }
                }
                (self.problems.len() == before).then(|| Text::translated(&self.language, texts))
            }
            other => {
                let message = Message::new("check-not-text")
                    .with("what", what)
                    .with("example", LANGUAGES_EXAMPLE)
                    .with("found", type_name(other));
                self.problem(at, message);
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
            self.problem(at, Message::new("check-id-empty").with("key", key));
            return None;
        }
        if !id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            let fixed = slug(id);
            let message = if fixed.is_empty() {
                Message::new("check-id-characters")
            } else {
                Message::new("check-id-characters-fix").with("fix", fixed)
            };
            self.problem(at, message.with("key", key).with("found", quote(id)));
            return None;
        }
        if length > MAX_ID_CHARS {
            let message = Message::new("check-id-length")
                .with("key", key)
                .with("max", MAX_ID_CHARS)
                .with("length", length);
            self.problem(at, message);
            return None;
        }
        Some(id.to_owned())
    }

    pub(super) fn version(&mut self, value: &Value<'_>) -> Option<u32> {
        match integer(value.get_ref()) {
            Some(Some(n)) if n >= 1 => {
                let version = u32::try_from(n).ok();
                if version.is_none() {
                    let message = Message::new("check-version-too-large")
                        .with("max", u32::MAX)
                        .with("found", n.to_string());
                    self.problem(value.span().start, message);
                }
                version
            }
            _ => {
                let message = Message::new("check-version").with("found", literal(value.get_ref()));
                self.problem(value.span().start, message);
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
                _ => Message::new("check-out-of-range")
                    .with("key", key)
                    .with("low", low)
                    .with("high", high)
                    .with("found", literal(value.get_ref())),
            },
            DeValue::String(text) if text.trim().parse::<i64>().is_ok() => {
                Message::new("check-number-in-quotes").with("key", key).with("number", text.trim())
            }
            DeValue::String(text) if is_range(text) => range_message(key, text),
            DeValue::Float(f) => Message::new("check-not-whole")
                .with("key", key)
                .with("low", low)
                .with("high", high)
                .with("found", f.as_str()),
            other => Message::new("check-not-whole")
                .with("key", key)
                .with("low", low)
                .with("high", high)
                .with("found", type_name(other)),
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
            let message = Message::new("check-list-needs-format-2")
                .with("key", key)
                .with("format", self.format);
            self.problem(at, message);
            return None;
        }
        if items.is_empty() || items.len() > MAX_SETS as usize {
            let message = Message::new("check-list-length")
                .with("key", key)
                .with("max", MAX_SETS)
                .with("count", items.len());
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
        let range = |name: &'static str| {
            Message::new(name).with("key", key).with("low", low).with("high", high)
        };
        let message = match value.get_ref() {
            DeValue::Integer(_) => match integer(value.get_ref()).flatten() {
                Some(n) if in_range(n.into()) => return u32::try_from(n).ok(),
                _ => range("check-seconds-range").with("found", literal(value.get_ref())),
            },
            DeValue::String(text) if is_range(text) => range_message(key, text),
            DeValue::String(text) => match parse_duration_text(text) {
                DurationText::Seconds(n) if in_range(n.into()) => return u32::try_from(n).ok(),
                DurationText::Seconds(n) => {
                    range("check-seconds-range-text").with("found", quote(text)).with("seconds", n)
                }
                DurationText::Unitless(n) => Message::new("check-no-unit")
                    .with("key", key)
                    .with("found", quote(text))
                    .with("number", n),
                DurationText::Invalid => {
                    Message::new("check-not-duration").with("key", key).with("found", quote(text))
                }
            },
            DeValue::Float(f) => whole_seconds(key, f.as_str()),
            other => {
                Message::new("check-not-seconds").with("key", key).with("found", type_name(other))
            }
        };
        self.problem(at, message);
        None
    }

    pub(super) fn boolean(&mut self, key: &str, value: &Value<'_>) -> Option<bool> {
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                let message = match other {
                    DeValue::String(s) if matches!(s.as_ref(), "true" | "false") => {
                        Message::new("check-boolean-in-quotes").with("value", s.as_ref())
                    }
                    _ => Message::new("check-not-boolean"),
                };
                self.problem(
                    value.span().start,
                    message.with("key", key).with("found", type_name(other)),
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
        let message = Message::new("check-not-choice")
            .with("key", key)
            .with("options", options.join(", "))
            .with("found", quote(text));
        let message = match closest(text, options) {
            Some(near) => {
                Message::new("check-did-you-mean-text").with("problem", message).with("near", near)
            }
            None => message,
        };
        self.problem(value.span().start, message);
        None
    }
}

/// A table of texts in two languages, as messages show it.
const LANGUAGES_EXAMPLE: &str = "{ nl = \"...\", en = \"...\" }";

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
