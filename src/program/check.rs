//! Walks a parsed TOML document (with spans) and turns it into a [`Program`], collecting every
//! problem with the byte offset of the offending key or value.
//!
//! The walk is bounded: it never recurses into values of unknown shape, and TOML nesting
//! itself is capped by the toml crate's recursion limit.

use super::duration::{DurationText, parse_duration_text};
use super::parse::Locator;
use super::{
    Author, Block, BlockKind, Defaults, Dosage, Exercise, FORMAT, FormCue, Program, Sides, Text,
};
use crate::plan::{Plan, format_clock};
use serde_spanned::Spanned;
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use toml::de::{DeString, DeTable, DeValue};

type Value<'i> = Spanned<DeValue<'i>>;
type Key<'i> = Spanned<DeString<'i>>;

/// At most this many exercises in one program.
pub const MAX_EXERCISES: usize = 200;
/// The planned session may take at most this long (4 hours).
pub const MAX_TOTAL_SECONDS: u32 = 4 * 3600;
/// Work steps (`duration`) may last 1..=this many seconds.
pub const MAX_DURATION: u32 = 3600;
/// Pauses (`get_ready`, `rest`, `set_rest`, `switch_sides`) may last 0..=this many seconds.
pub const MAX_PAUSE: u32 = 3600;
/// `countdown` may be 0..=this many seconds.
pub const MAX_COUNTDOWN: u32 = 60;
/// `reps` may be 1..=this.
pub const MAX_REPS: u32 = 500;
/// `seconds_per_rep` may be 1..=this.
pub const MAX_SECONDS_PER_REP: u32 = 60;
/// `sets` may be 1..=this.
pub const MAX_SETS: u32 = 50;
/// `sessions_per_week` may be 1..=this.
pub const MAX_SESSIONS_PER_WEEK: u32 = 14;
/// Ids are 1..=this many characters of `[a-z0-9-]`.
pub const MAX_ID_CHARS: usize = 64;
/// Problems after which unknown keys get no "did you mean" suggestion.
const SUGGESTION_BUDGET: usize = 2000;
/// Image files the app can show.
pub const IMAGE_EXTENSIONS: [&str; 6] = ["svg", "png", "jpg", "jpeg", "gif", "webp"];

/// The tables of a program file, for messages and key suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Top,
    Defaults,
    Author,
    Block,
    Exercise,
    Cue,
}

impl Place {
    const ALL: [Place; 6] =
        [Self::Top, Self::Defaults, Self::Author, Self::Block, Self::Exercise, Self::Cue];

    /// "in [defaults]": where an unknown key was found.
    fn within(self) -> &'static str {
        match self {
            Self::Top => "at the top of the file",
            Self::Defaults => "in [defaults]",
            Self::Author => "in `author`",
            Self::Block => "in [[block]]",
            Self::Exercise => "in [[block.exercise]]",
            Self::Cue => "in a cue",
        }
    }

    /// Where a key of this table is written, for "it belongs ..." hints.
    fn home(self) -> &'static str {
        match self {
            Self::Top => "at the top of the file (before the first [table])",
            Self::Defaults => "in [defaults]",
            Self::Author => "in `author`",
            Self::Block => "in [[block]]",
            Self::Exercise => "in [[block.exercise]]",
            Self::Cue => "in a cue, cues = [{ at = 10, text = \"...\" }]",
        }
    }

    fn keys(self) -> &'static [&'static str] {
        match self {
            Self::Top => &[
                "format",
                "id",
                "version",
                "language",
                "title",
                "description",
                "author",
                "sessions_per_week",
                "stop_if",
                "defaults",
                "block",
            ],
            Self::Defaults => {
                &["get_ready", "countdown", "halfway", "rest", "set_rest", "switch_sides"]
            }
            Self::Author => &["name", "role", "contact"],
            Self::Block => &["kind", "title", "exercise"],
            Self::Exercise => &[
                "id",
                "name",
                "instructions",
                "image",
                "duration",
                "reps",
                "seconds_per_rep",
                "sets",
                "sides",
                "rest",
                "set_rest",
                "cues",
            ],
            Self::Cue => &["at", "text"],
        }
    }

    /// Words people write for a key, by table: `(what they wrote, the key)`.
    fn synonyms(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Self::Top => &[("name", "title"), ("lang", "language"), ("blocks", "block")],
            Self::Defaults => &[("prepare", "get_ready"), ("switch", "switch_sides")],
            Self::Author => &[("email", "contact"), ("phone", "contact")],
            Self::Block => &[("name", "title"), ("type", "kind"), ("exercises", "exercise")],
            Self::Exercise => &[
                ("title", "name"),
                ("description", "instructions"),
                ("time", "duration"),
                ("seconds", "duration"),
                ("hold", "duration"),
                ("repetitions", "reps"),
                ("count", "reps"),
                ("pace", "seconds_per_rep"),
                ("rounds", "sets"),
                ("side", "sides"),
                ("cue", "cues"),
                ("picture", "image"),
                ("illustration", "image"),
            ],
            Self::Cue => &[("time", "at"), ("second", "at"), ("message", "text")],
        }
    }
}

/// The nearest of `candidates` to `input`, when it is close enough to be a typo.
pub(crate) fn closest<'c>(input: &str, candidates: &[&'c str]) -> Option<&'c str> {
    // Long inputs are never typos of our short names, and would cost quadratic time.
    if input.is_empty() || input.len() > 64 {
        return None;
    }
    let normal = |s: &str| -> String {
        s.chars().filter(|c| !matches!(c, '_' | '-' | ' ')).flat_map(char::to_lowercase).collect()
    };
    let wanted = normal(input);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        let have = normal(candidate);
        if have == wanted {
            return Some(candidate);
        }
        let distance = strsim::osa_distance(&wanted, &have);
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    let (distance, candidate) = best?;
    let allowed = match wanted.chars().count() {
        0..=3 => 1,
        4..=8 => 2,
        _ => 3,
    };
    (distance <= allowed).then_some(candidate)
}

/// How a value's type is named in messages.
fn type_name(value: &DeValue<'_>) -> &'static str {
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
fn quote(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() > MAX {
        let short: String = text.chars().take(MAX).collect();
        format!("{:?}…", short)
    } else {
        format!("{text:?}")
    }
}

/// An integer literal as written (huge ones shortened).
fn literal(value: &DeValue<'_>) -> String {
    let text = match value {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.as_str().to_owned(),
        DeValue::String(s) => return quote(s),
        other => return type_name(other).to_owned(),
    };
    if text.len() > 24 { format!("{}…", &text[..24]) } else { text }
}

fn integer(value: &DeValue<'_>) -> Option<Option<i64>> {
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
fn language_fix(code: &str) -> Option<String> {
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

/// One walk over one document.
pub(crate) struct Checker<'a, 's> {
    locator: &'a Locator<'s>,
    base_dir: Option<&'a Path>,
    problems: Vec<(usize, String)>,
    /// The program's `language`, for plain strings.
    language: String,
    /// Exercises seen so far, valid or not.
    exercise_count: usize,
}

/// An exercise as checked, with where it was written.
struct Checked {
    exercise: Exercise,
    offset: usize,
}

impl<'a, 's> Checker<'a, 's> {
    pub(crate) fn new(locator: &'a Locator<'s>, base_dir: Option<&'a Path>) -> Self {
        Self {
            locator,
            base_dir,
            problems: Vec::new(),
            language: "en".to_owned(),
            exercise_count: 0,
        }
    }

    fn problem(&mut self, offset: usize, message: impl Into<String>) {
        self.problems.push((offset, message.into()));
    }

    /// Reports a missing required key, unless a misspelling of it was already reported.
    fn missing(&mut self, suggested: &[&str], key: &str, offset: usize, message: &str) {
        if !suggested.contains(&key) {
            self.problem(offset, message);
        }
    }

    /// The whole document; problems as `(byte offset, message)`.
    pub(crate) fn check(mut self, root: &DeTable<'_>) -> Result<Program, Vec<(usize, String)>> {
        match root.get("format") {
            None => {}
            Some(value) => match integer(value.get_ref()) {
                Some(Some(n)) if n == i64::from(FORMAT) => {}
                Some(Some(n)) if n > i64::from(FORMAT) => {
                    // A newer format may use keys this Limber does not know: saying only
                    // this avoids a list of false alarms.
                    return Err(vec![(
                        value.span().start,
                        format!("`format = {n}` needs a newer Limber (this one reads format 1)"),
                    )]);
                }
                _ => self.problem(
                    value.span().start,
                    format!("`format` must be 1, found {}", literal(value.get_ref())),
                ),
            },
        }
        let suggested = self.unknown_keys(root, Place::Top);
        if !root.contains_key("format") {
            let message = "missing `format = 1`: write it on the first line";
            self.missing(&suggested, "format", 0, message);
        }

        if let Some(value) = root.get("language")
            && let Some(code) = self.string("language", value)
        {
            if is_language_code(code) {
                self.language = code.to_owned();
            } else {
                let message = self.bad_language("`language`", code);
                self.problem(value.span().start, message);
            }
        }
        let id = match root.get("id") {
            Some(value) => self.id("id", value),
            None => {
                let message = "missing `id`: write e.g. id = \"back-care\" (a-z, 0-9 and -)";
                self.missing(&suggested, "id", 0, message);
                None
            }
        };
        let version = root.get("version").map_or(Some(1), |v| self.version(v));
        let title = match root.get("title") {
            Some(value) => self.text("`title`", value),
            None => {
                self.missing(
                    &suggested,
                    "title",
                    0,
                    "missing `title`: write e.g. title = { nl = \"Rug en hardlopen\", \
                     en = \"Back and running\" }",
                );
                None
            }
        };
        let description = root.get("description").and_then(|v| self.text("`description`", v));
        let author = root.get("author").and_then(|v| self.author(v));
        let sessions_per_week = root
            .get("sessions_per_week")
            .and_then(|v| self.count("sessions_per_week", v, 1, MAX_SESSIONS_PER_WEEK));
        let stop_if = root.get("stop_if").map(|v| self.stop_if(v)).unwrap_or_default();
        let defaults = root.get("defaults").map_or(Defaults::default(), |v| self.defaults(v));
        let (blocks, offsets) = self.blocks(root.get_key_value("block"), &suggested);

        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let (Some(id), Some(version), Some(title)) = (id, version, title) else {
            return Err(vec![(0, "invalid program".to_owned())]);
        };
        let program = Program {
            id,
            version,
            language: self.language.clone(),
            title,
            description,
            author,
            sessions_per_week,
            stop_if,
            defaults,
            blocks,
        };
        self.check_total(&program, &offsets);
        if self.problems.is_empty() { Ok(program) } else { Err(self.problems) }
    }

    fn check_total(&mut self, program: &Program, offsets: &[usize]) {
        let plan = Plan::new(program);
        if plan.total_seconds <= MAX_TOTAL_SECONDS {
            return;
        }
        let mut elapsed = 0u32;
        let passing = plan.steps.iter().find_map(|step| {
            elapsed = elapsed.saturating_add(step.seconds.unwrap_or(0));
            (elapsed > MAX_TOTAL_SECONDS).then_some(step.exercise)
        });
        let offset = passing.flatten().and_then(|i| offsets.get(i)).copied().unwrap_or(0);
        self.problem(
            offset,
            format!(
                "the planned session takes {}, more than the 4 hours a program may last (it \
                 passes 4 hours at this exercise); use fewer exercises or sets, or shorter times",
                format_clock(plan.total_seconds)
            ),
        );
    }

    /// Reports keys `place` does not have; returns the known keys suggested instead, so that
    /// a misspelled required key is not also reported as missing.
    fn unknown_keys(&mut self, table: &DeTable<'_>, place: Place) -> Vec<&'static str> {
        let mut suggested = Vec::new();
        for key in table.keys() {
            let name = key.get_ref().as_ref();
            if place.keys().contains(&name) {
                continue;
            }
            let (message, suggestion) = self.unknown_key_message(name, place);
            suggested.extend(suggestion);
            self.problem(key.span().start, message);
        }
        suggested
    }

    fn unknown_key_message(&self, name: &str, place: Place) -> (String, Option<&'static str>) {
        let lead = format!("unknown key `{}` {}", name.escape_debug(), place.within());
        let synonym = place.synonyms().iter().find(|(word, _)| *word == name).map(|(_, key)| *key);
        // Past a few thousand problems nobody reads suggestions; skipping them keeps a 1 MiB
        // file of nonsense keys quick to check.
        let near =
            || (self.problems.len() < SUGGESTION_BUDGET).then(|| closest(name, place.keys()));
        if let Some(key) = synonym.or_else(|| near().flatten()) {
            return (format!("{lead}, did you mean `{key}`?"), Some(key));
        }
        let homes: Vec<_> = Place::ALL
            .iter()
            .filter(|other| **other != place && other.keys().contains(&name))
            .map(|other| other.home())
            .collect();
        if !homes.is_empty() {
            return (format!("{lead}; `{name}` belongs {}", homes.join(" or ")), None);
        }
        (format!("{lead}; the keys there are {}", place.keys().join(", ")), None)
    }

    fn table<'v, 'i>(&mut self, label: &str, value: &'v Value<'i>) -> Option<&'v DeTable<'i>> {
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

    fn string<'v>(&mut self, key: &str, value: &'v Value<'_>) -> Option<&'v str> {
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

    fn bad_language(&self, label: &str, code: &str) -> String {
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
    fn text(&mut self, label: &str, value: &Value<'_>) -> Option<Text> {
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
    fn id(&mut self, key: &str, value: &Value<'_>) -> Option<String> {
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

    fn version(&mut self, value: &Value<'_>) -> Option<u32> {
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
    fn count(&mut self, key: &str, value: &Value<'_>, low: u32, high: u32) -> Option<u32> {
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

    /// Seconds in `low..=high`: an integer, or a text like "1m30s".
    fn duration(&mut self, key: &str, value: &Value<'_>, low: u32, high: u32) -> Option<u32> {
        let at = value.span().start;
        let in_range = |n: i128| (i128::from(low)..=i128::from(high)).contains(&n);
        let range = format!("`{key}` must be {low}..{high} seconds");
        let message = match value.get_ref() {
            DeValue::Integer(_) => match integer(value.get_ref()).flatten() {
                Some(n) if in_range(n.into()) => return u32::try_from(n).ok(),
                _ => format!("{range}, found {}", literal(value.get_ref())),
            },
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
            DeValue::Float(f) => format!(
                "`{key}` must be whole seconds, found {}; write e.g. \"1m30s\" or 90",
                f.as_str()
            ),
            other => format!(
                "`{key}` must be a number of seconds or a text like \"1m30s\", found {}",
                type_name(other)
            ),
        };
        self.problem(at, message);
        None
    }

    fn boolean(&mut self, key: &str, value: &Value<'_>) -> Option<bool> {
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
    fn choice(&mut self, key: &str, value: &Value<'_>, options: &[&str]) -> Option<usize> {
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

    fn author(&mut self, value: &Value<'_>) -> Option<Author> {
        let table = self.table("`author`", value)?;
        let _ = self.unknown_keys(table, Place::Author);
        if table.is_empty() {
            self.problem(
                value.span().start,
                "`author` is empty; write e.g. author = { name = \"J. Jansen\", \
                 role = \"fysiotherapeut\" } or leave it out",
            );
            return None;
        }
        let mut field = |key: &str| -> Option<String> {
            let value = table.get(key)?;
            let text = self.string(key, value)?;
            if text.trim().is_empty() {
                self.problem(value.span().start, format!("`author.{key}` is empty"));
            }
            Some(text.to_owned())
        };
        let name = field("name").unwrap_or_default();
        let role = field("role");
        let contact = field("contact");
        Some(Author { name, role, contact })
    }

    fn stop_if(&mut self, value: &Value<'_>) -> Vec<Text> {
        let DeValue::Array(items) = value.get_ref() else {
            let hint = if value.get_ref().is_str() || value.get_ref().is_table() {
                "; put the rules in brackets: stop_if = [\"Pain that spreads to the leg\"]"
            } else {
                ""
            };
            self.problem(
                value.span().start,
                format!(
                    "`stop_if` must be a list of texts, found {}{hint}",
                    type_name(value.get_ref())
                ),
            );
            return Vec::new();
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| self.text(&format!("rule {} of `stop_if`", i + 1), item))
            .collect()
    }

    fn defaults(&mut self, value: &Value<'_>) -> Defaults {
        let mut defaults = Defaults::default();
        let Some(table) = self.table("`defaults`", value) else {
            return defaults;
        };
        let _ = self.unknown_keys(table, Place::Defaults);
        let mut pause = |key: &str, slot: &mut u32, high: u32| {
            if let Some(seconds) = table.get(key).and_then(|v| self.duration(key, v, 0, high)) {
                *slot = seconds;
            }
        };
        pause("get_ready", &mut defaults.get_ready, MAX_PAUSE);
        pause("countdown", &mut defaults.countdown, MAX_COUNTDOWN);
        pause("rest", &mut defaults.rest, MAX_PAUSE);
        pause("set_rest", &mut defaults.set_rest, MAX_PAUSE);
        pause("switch_sides", &mut defaults.switch_sides, MAX_PAUSE);
        if let Some(halfway) = table.get("halfway").and_then(|v| self.boolean("halfway", v)) {
            defaults.halfway = halfway;
        }
        defaults
    }

    /// All blocks, and the byte offset of every exercise (for pointing at one later).
    fn blocks(
        &mut self,
        block: Option<(&Key<'_>, &Value<'_>)>,
        suggested: &[&str],
    ) -> (Vec<Block>, Vec<usize>) {
        let mut blocks = Vec::new();
        let mut exercises: Vec<Checked> = Vec::new();
        let mut seen_ids: HashMap<String, usize> = HashMap::new();
        let Some((key, value)) = block else {
            self.missing(
                suggested,
                "block",
                0,
                "a program needs at least one [[block]] with at least one [[block.exercise]]",
            );
            return (blocks, Vec::new());
        };
        let items = match value.get_ref() {
            DeValue::Array(items) if items.is_empty() => {
                self.problem(
                    value.span().start,
                    "a program needs at least one [[block]] with at least one [[block.exercise]]",
                );
                return (blocks, Vec::new());
            }
            DeValue::Array(items) => items,
            other => {
                self.problem(
                    key.span().start,
                    format!(
                        "`block` must be a list of blocks, found {}: start each block with \
                         [[block]] (two brackets), before its [[block.exercise]] lines",
                        type_name(other)
                    ),
                );
                return (blocks, Vec::new());
            }
        };
        for item in items.iter() {
            let Some(table) = self.table("each [[block]]", item) else {
                continue;
            };
            let first = exercises.len();
            let block = self.block(item.span().start, table, &mut exercises, &mut seen_ids);
            if let Some((kind, title)) = block {
                let exercises = exercises[first..].iter().map(|c| c.exercise.clone()).collect();
                blocks.push(Block { kind, title, exercises });
            }
        }
        let offsets = exercises.iter().map(|c| c.offset).collect();
        (blocks, offsets)
    }

    fn block(
        &mut self,
        offset: usize,
        table: &DeTable<'_>,
        exercises: &mut Vec<Checked>,
        seen_ids: &mut HashMap<String, usize>,
    ) -> Option<(BlockKind, Option<Text>)> {
        let suggested = self.unknown_keys(table, Place::Block);
        let before = self.problems.len();
        let names: Vec<_> = BlockKind::ALL.iter().map(|k| k.as_str()).collect();
        let kind = match table.get("kind") {
            Some(value) => self.choice("kind", value, &names).map(|i| BlockKind::ALL[i]),
            None => Some(BlockKind::Other),
        };
        let title = table.get("title").and_then(|v| self.text("the block's `title`", v));
        match table.get_key_value("exercise") {
            None => self.missing(
                &suggested,
                "exercise",
                offset,
                "this block has no exercises; add at least one [[block.exercise]] after it",
            ),
            Some((key, value)) => match value.get_ref() {
                DeValue::Array(items) if items.is_empty() => self.problem(
                    value.span().start,
                    "this block has no exercises; add at least one [[block.exercise]] after it",
                ),
                DeValue::Array(items) => {
                    for item in items.iter() {
                        let Some(table) = self.table("each [[block.exercise]]", item) else {
                            continue;
                        };
                        let offset = item.span().start;
                        self.exercise_count += 1;
                        if self.exercise_count == MAX_EXERCISES + 1 {
                            self.problem(
                                offset,
                                format!(
                                    "a program may have at most {MAX_EXERCISES} exercises; this \
                                     is number {}: split the program in two",
                                    MAX_EXERCISES + 1
                                ),
                            );
                        }
                        if let Some(exercise) = self.exercise(offset, table, seen_ids) {
                            exercises.push(Checked { exercise, offset });
                        }
                    }
                }
                other => self.problem(
                    key.span().start,
                    format!(
                        "`exercise` must be a list of exercises, found {}: start each exercise \
                         with [[block.exercise]] (two brackets)",
                        type_name(other)
                    ),
                ),
            },
        }
        (self.problems.len() == before).then_some((kind?, title))
    }

    fn exercise(
        &mut self,
        offset: usize,
        table: &DeTable<'_>,
        seen_ids: &mut HashMap<String, usize>,
    ) -> Option<Exercise> {
        let suggested = self.unknown_keys(table, Place::Exercise);
        let before = self.problems.len();
        let id = match table.get("id") {
            Some(value) => {
                let id = self.id("id", value);
                if let Some(id) = &id {
                    if let Some(first) = seen_ids.get(id) {
                        let line = self.locator.line(*first);
                        self.problem(
                            value.span().start,
                            format!("duplicate exercise id `{id}` (first used at line {line})"),
                        );
                    } else {
                        seen_ids.insert(id.clone(), value.span().start);
                    }
                }
                id
            }
            None => {
                self.missing(
                    &suggested,
                    "id",
                    offset,
                    "this exercise has no `id`; add e.g. id = \"plank\" (a-z, 0-9 and -)",
                );
                None
            }
        };
        let name = match table.get("name") {
            Some(value) => self.text("`name`", value),
            None => {
                self.missing(
                    &suggested,
                    "name",
                    offset,
                    "this exercise has no `name`; add e.g. name = { nl = \"Plank\", en = \"Plank\" }",
                );
                None
            }
        };
        let instructions = table.get("instructions").and_then(|v| self.text("`instructions`", v));
        let image = table.get("image").and_then(|v| self.image(v));
        let dosage = self.dosage(offset, table, &suggested);
        let sets = table.get("sets").map_or(Some(1), |v| self.count("sets", v, 1, MAX_SETS));
        let sides = match table.get("sides") {
            Some(value) => self
                .choice("sides", value, &["none", "both", "left", "right"])
                .map(|i| [Sides::None, Sides::Both, Sides::Left, Sides::Right][i]),
            None => Some(Sides::None),
        };
        let rest = table.get("rest").and_then(|v| self.duration("rest", v, 0, MAX_PAUSE));
        let set_rest =
            table.get("set_rest").and_then(|v| self.duration("set_rest", v, 0, MAX_PAUSE));
        let cues = table.get("cues").map(|v| self.cues(v, dosage)).unwrap_or_default();
        if self.problems.len() != before {
            return None;
        }
        Some(Exercise {
            id: id?,
            name: name?,
            instructions,
            image,
            dosage: dosage?,
            sets: sets?,
            sides: sides?,
            rest,
            set_rest,
            cues,
        })
    }

    /// Exactly one of `duration` and `reps`; `seconds_per_rep` only with `reps`.
    fn dosage(&mut self, offset: usize, table: &DeTable<'_>, suggested: &[&str]) -> Option<Dosage> {
        let duration = table.get("duration");
        let reps = table.get("reps");
        let pace = table.get_key_value("seconds_per_rep");
        match (duration, reps) {
            (Some(duration), Some(reps)) => {
                let later = duration.span().start.max(reps.span().start);
                self.problem(
                    later,
                    "an exercise needs exactly one of `duration` and `reps`, found both; keep one",
                );
                None
            }
            (None, None) => {
                let misspelled = ["reps", "duration"].iter().any(|k| suggested.contains(k));
                self.missing(
                    if misspelled { &["duration"] } else { &[] },
                    "duration",
                    offset,
                    "an exercise needs exactly one of `duration` and `reps`, found neither; add \
                     e.g. duration = 30 (seconds) or reps = 10",
                );
                None
            }
            (Some(duration), None) => {
                let seconds = self.duration("duration", duration, 1, MAX_DURATION);
                if let Some((key, _)) = pace {
                    self.problem(
                        key.span().start,
                        "`seconds_per_rep` only goes with `reps`; remove it, or write reps \
                         instead of duration",
                    );
                    return None;
                }
                seconds.map(|seconds| Dosage::Timed { seconds })
            }
            (None, Some(reps)) => {
                let reps = self.count("reps", reps, 1, MAX_REPS);
                let pace = match pace {
                    Some((_, value)) => {
                        Some(self.duration("seconds_per_rep", value, 1, MAX_SECONDS_PER_REP)?)
                    }
                    None => None,
                };
                Some(Dosage::Reps { reps: reps?, seconds_per_rep: pace })
            }
        }
    }

    /// Form cues; each `at` must fall inside the work step (any second 1..=3600 for reps
    /// without a pace, whose step has no fixed length).
    fn cues(&mut self, value: &Value<'_>, dosage: Option<Dosage>) -> Vec<FormCue> {
        let DeValue::Array(items) = value.get_ref() else {
            self.problem(
                value.span().start,
                format!(
                    "`cues` must be a list like cues = [{{ at = 10, text = \"Breathe out\" }}], \
                     found {}",
                    type_name(value.get_ref())
                ),
            );
            return Vec::new();
        };
        let work = match dosage {
            Some(Dosage::Timed { seconds }) => Some(seconds),
            Some(Dosage::Reps { reps, seconds_per_rep: Some(pace) }) => Some(reps * pace),
            _ => None,
        };
        let mut cues = Vec::new();
        for item in items.iter() {
            let Some(table) = self.table("each cue", item) else {
                continue;
            };
            let suggested = self.unknown_keys(table, Place::Cue);
            let at = match table.get("at") {
                Some(value) => {
                    self.duration("at", value, 1, MAX_DURATION).and_then(|at| match work {
                        Some(seconds) if at >= seconds => {
                            let message = if seconds > 1 {
                                format!(
                                    "this cue at {at} s falls outside the work step: `at` must \
                                     be 1..{} for an exercise of {seconds} s",
                                    seconds - 1
                                )
                            } else {
                                "this cue falls outside the work step, which lasts only 1 s"
                                    .to_owned()
                            };
                            self.problem(value.span().start, message);
                            None
                        }
                        _ => Some(at),
                    })
                }
                None => {
                    self.missing(
                        &suggested,
                        "at",
                        item.span().start,
                        "this cue has no `at`; write e.g. { at = 10, text = \"Breathe out\" }",
                    );
                    None
                }
            };
            let text = match table.get("text") {
                Some(value) => self.text("the cue's `text`", value),
                None => {
                    self.missing(
                        &suggested,
                        "text",
                        item.span().start,
                        "this cue has no `text`; write e.g. { at = 10, text = \"Breathe out\" }",
                    );
                    None
                }
            };
            if let (Some(at), Some(text)) = (at, text) {
                cues.push(FormCue { at, text });
            }
        }
        cues
    }

    /// A relative path that stays inside the program's folder and, when the folder is known,
    /// exists there.
    fn image(&mut self, value: &Value<'_>) -> Option<PathBuf> {
        let at = value.span().start;
        let text = self.string("image", value)?;
        let drive = text.as_bytes().get(1) == Some(&b':');
        let message = if text.trim().is_empty() {
            "`image` is empty; write a path like \"images/plank.svg\" or leave it out".to_owned()
        } else if text.starts_with(['/', '\\']) || drive || Path::new(text).is_absolute() {
            "`image` must be a path relative to the program file, found an absolute path".to_owned()
        } else if text.contains('\\') {
            format!("`image` must use / between folders, found {}", quote(text))
        } else if Path::new(text).components().any(|c| c == Component::ParentDir) {
            "`image` may not leave the program's folder (no `..`): put the image in the \
             program's folder or a folder inside it"
                .to_owned()
        } else if !Path::new(text)
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        {
            format!("`image` must be an .svg, .png or .jpg file, found {}", quote(text))
        } else if let Some(problem) = self.base_dir.and_then(|base| missing_image(base, text)) {
            problem
        } else {
            return Some(PathBuf::from(text));
        };
        self.problem(at, message);
        None
    }
}

/// Why the image `relative` cannot be used from `base`, if it cannot.
fn missing_image(base: &Path, relative: &str) -> Option<String> {
    let full = base.join(relative);
    let shown = relative.escape_debug();
    match std::fs::metadata(&full) {
        Err(_) => Some(format!("image `{shown}` not found next to the program file")),
        Ok(meta) if !meta.is_file() => Some(format!("image `{shown}` is not a file")),
        Ok(_) => match (std::fs::canonicalize(base), std::fs::canonicalize(&full)) {
            (Ok(base), Ok(full)) if !full.starts_with(&base) => Some(format!(
                "image `{shown}` is a link to outside the program's folder; copy the image \
                 itself next to the program file"
            )),
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_only_when_close() {
        let keys = Place::Exercise.keys();
        assert_eq!(closest("duraton", keys), Some("duration"));
        assert_eq!(closest("secondsPerRep", keys), Some("seconds_per_rep"));
        assert_eq!(closest("Sets", keys), Some("sets"));
        assert_eq!(closest("colour", keys), None);
        assert_eq!(closest(&"x".repeat(1000), keys), None);
        let kinds: Vec<_> = BlockKind::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(closest("warmup", &kinds), Some("warm-up"));
        assert_eq!(closest("Cool down", &kinds), Some("cool-down"));
        assert_eq!(closest("stretching", &kinds), Some("stretch"));
    }

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
