//! Walks a parsed TOML document (with spans) and turns it into a [`Program`], collecting every
//! problem with the byte offset of the offending key or value.
//!
//! The walk is bounded: it never recurses into values of unknown shape, and TOML nesting
//! itself is capped by the toml crate's recursion limit. It is split by what it checks:
//! [`keys`] (unknown keys and suggestions), [`values`] (the type and range of one value),
//! [`exercise`] (blocks, exercises, dosage, cues, images) and [`limits`] (the contract's
//! numbers); this file walks the top of the file and checks the whole program's length.

mod exercise;
mod keys;
mod limits;
mod values;

pub(crate) use exercise::missing_image;
pub(crate) use keys::closest;
pub use limits::*;
pub(crate) use values::{is_language_code, slug};

use super::parse::Locator;
use super::{Author, Defaults, Exercise, FORMAT, Program, Text, format_clock};
use crate::i18n::Message;
use crate::program::Plan;
use keys::Place;
use serde_spanned::Spanned;
use std::path::Path;
use toml::de::{DeString, DeTable, DeValue};
use values::{integer, label, literal, text_problem, type_name};

type Value<'i> = Spanned<DeValue<'i>>;
type Key<'i> = Spanned<DeString<'i>>;

/// One walk over one document.
pub(crate) struct Checker<'a, 's> {
    locator: &'a Locator<'s>,
    base_dir: Option<&'a Path>,
    problems: Vec<(usize, Message)>,
    /// The program's `language`, for plain strings.
    language: String,
    /// Exercises seen so far, valid or not.
    exercise_count: usize,
    /// The format the file says it is in (1 when it says nothing readable).
    format: u32,
}

/// An exercise as checked, with where it was written.
pub(super) struct Checked {
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
            format: 1,
        }
    }

    fn problem(&mut self, offset: usize, message: Message) {
        self.problems.push((offset, message));
    }

    /// Reports a missing required key, unless a misspelling of it was already reported.
    fn missing(&mut self, suggested: &[&str], key: &str, offset: usize, message: Message) {
        if !suggested.contains(&key) {
            self.problem(offset, message);
        }
    }

    /// The whole document; problems as `(byte offset, message)`.
    pub(crate) fn check(mut self, root: &DeTable<'_>) -> Result<Program, Vec<(usize, Message)>> {
        match root.get("format") {
            None => {}
            Some(value) => match integer(value.get_ref()) {
                Some(Some(n)) if (1..=i64::from(FORMAT)).contains(&n) => {
                    self.format = u32::try_from(n).unwrap_or(1);
                }
                Some(Some(n)) if n > i64::from(FORMAT) => {
                    // A newer format may use keys this Limber does not know: saying only
                    // this avoids a list of false alarms.
                    return Err(vec![(
                        value.span().start,
                        Message::new("check-format-newer").with("format", n),
                    )]);
                }
                _ => self.problem(
                    value.span().start,
                    Message::new("check-format").with("found", literal(value.get_ref())),
                ),
            },
        }
        let suggested = self.unknown_keys(root, Place::Top);
        if !root.contains_key("format") {
            let message = Message::new("check-missing-format");
            self.missing(&suggested, "format", 0, message);
        }

        if let Some(value) = root.get("language")
            && let Some(code) = self.string("language", value)
        {
            if is_language_code(code) {
                self.language = code.to_owned();
            } else {
                let message = self.bad_language(label("language"), code);
                self.problem(value.span().start, message);
            }
        }
        let id = match root.get("id") {
            Some(value) => self.id("id", value),
            None => {
                let message = Message::new("check-missing-id");
                self.missing(&suggested, "id", 0, message);
                None
            }
        };
        let version = root.get("version").map_or(Some(1), |v| self.version(v));
        let title = match root.get("title") {
            Some(value) => self.text(label("title"), value, MAX_TITLE_CHARS),
            None => {
                self.missing(&suggested, "title", 0, Message::new("check-missing-title"));
                None
            }
        };
        let description = root
            .get("description")
            .and_then(|v| self.text(label("description"), v, MAX_DESCRIPTION_CHARS));
        let author = root.get("author").and_then(|v| self.author(v));
        let sessions_per_week = root
            .get("sessions_per_week")
            .and_then(|v| self.count("sessions_per_week", v, 1, MAX_SESSIONS_PER_WEEK));
        let stop_if = root.get("stop_if").map(|v| self.stop_if(v)).unwrap_or_default();
        let defaults = root.get("defaults").map_or(Defaults::default(), |v| self.defaults(v));
        let progression = root.get("progression").and_then(|v| self.progression(v));
        let (blocks, offsets) = self.blocks(root.get_key_value("block"), &suggested);

        if !self.problems.is_empty() {
            return Err(self.problems);
        }
        let (Some(id), Some(version), Some(title)) = (id, version, title) else {
            return Err(vec![(0, Message::new("check-invalid"))]);
        };
        let program = Program {
            format: self.format,
            id,
            version,
            language: self.language.clone(),
            title,
            description,
            author,
            sessions_per_week,
            stop_if,
            defaults,
            progression,
            blocks,
        };
        self.check_total(&program, &offsets);
        if self.problems.is_empty() { Ok(program) } else { Err(self.problems) }
    }

    /// The planned session at every level: at most 4 hours and [`MAX_STEPS`] steps.
    fn check_total(&mut self, program: &Program, offsets: &[usize]) {
        for level in 1..=program.levels() {
            let size = Plan::size_at_level(program, level);
            if size.total_seconds <= MAX_TOTAL_SECONDS && size.steps <= MAX_STEPS {
                continue;
            }
            // Only a level that breaks a rule is planned in full, to say where.
            let plan = Plan::at_level(program, level);
            if plan.total_seconds > MAX_TOTAL_SECONDS {
                let mut elapsed = 0u32;
                let passing = plan.steps.iter().find_map(|step| {
                    elapsed = elapsed.saturating_add(step.seconds.unwrap_or(0));
                    (elapsed > MAX_TOTAL_SECONDS).then_some(step.exercise)
                });
                let offset = passing.flatten().and_then(|i| offsets.get(i)).copied().unwrap_or(0);
                self.problem(
                    offset,
                    Message::new("check-too-long")
                        .with("level", level)
                        .with("total", format_clock(plan.total_seconds)),
                );
                return;
            }
            if plan.steps.len() > MAX_STEPS {
                let passing = plan.steps.get(MAX_STEPS).and_then(|step| step.exercise);
                let offset = passing.and_then(|i| offsets.get(i)).copied().unwrap_or(0);
                self.problem(
                    offset,
                    Message::new("check-too-many-steps")
                        .with("level", level)
                        .with("steps", plan.steps.len())
                        .with("max", MAX_STEPS),
                );
                return;
            }
        }
    }

    /// `progression = { sessions = 3, max_pain = 3, max_effort = 7 }`, each optional.
    fn progression(&mut self, value: &Value<'_>) -> Option<crate::program::Progression> {
        let table = self.table(label("progression"), value)?;
        let _ = self.unknown_keys(table, Place::Progression);
        let mut rule = crate::program::Progression::default();
        if let Some(n) = table
            .get("sessions")
            .and_then(|v| self.count("sessions", v, 1, MAX_PROGRESSION_SESSIONS))
        {
            rule.sessions = n;
        }
        for (key, slot) in [("max_pain", &mut rule.max_pain), ("max_effort", &mut rule.max_effort)]
        {
            if let Some(n) = table.get(key).and_then(|v| self.count(key, v, 0, MAX_SCORE)) {
                *slot = u8::try_from(n).unwrap_or(u8::MAX);
            }
        }
        Some(rule)
    }

    fn author(&mut self, value: &Value<'_>) -> Option<Author> {
        let table = self.table(label("author"), value)?;
        let _ = self.unknown_keys(table, Place::Author);
        if table.is_empty() {
            self.problem(
                value.span().start,
                Message::new("check-author-empty").with(
                    "example",
                    "author = { name = \"J. Jansen\", role = \"fysiotherapeut\" }",
                ),
            );
            return None;
        }
        let mut field = |key: &str| -> Option<String> {
            let value = table.get(key)?;
            let text = self.string(key, value)?;
            if text.trim().is_empty() {
                self.problem(
                    value.span().start,
                    Message::new("check-author-field-empty").with("key", key),
                );
            }
            let what = label(&format!("author.{key}"));
            if let Some(message) = text_problem(&what, None, text, MAX_AUTHOR_CHARS) {
                self.problem(value.span().start, message);
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
            let key = if value.get_ref().is_str() || value.get_ref().is_table() {
                "check-stop-if-brackets"
            } else {
                "check-stop-if-not-list"
            };
            self.problem(
                value.span().start,
                Message::new(key).with("found", type_name(value.get_ref())),
            );
            return Vec::new();
        };
        if items.len() > MAX_RULES {
            self.problem(
                value.span().start,
                Message::new("check-too-many-rules")
                    .with("count", items.len())
                    .with("max", MAX_RULES),
            );
            return Vec::new();
        }
        items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let what = Message::new("check-label-stop-rule").with("number", i + 1);
                self.text(what, item, MAX_RULE_CHARS)
            })
            .collect()
    }

    fn defaults(&mut self, value: &Value<'_>) -> Defaults {
        let mut defaults = Defaults::default();
        let Some(table) = self.table(label("defaults"), value) else {
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
        pause("relax", &mut defaults.relax, MAX_RELAX);
        pause("round_rest", &mut defaults.round_rest, MAX_PAUSE);
        if let Some(halfway) = table.get("halfway").and_then(|v| self.boolean("halfway", v)) {
            defaults.halfway = halfway;
        }
        defaults
    }
}
