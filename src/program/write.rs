//! Writing a [`Program`] back as a file of the lowest format that holds it (format 1 unless it
//! uses holds, alternating sides, per-set doses, rounds, block timing or levels), in the
//! layout of the built-in programs, so that a program made in the editor reads like one a
//! physio wrote by hand.
//!
//! The output is stable (the same program always gives the same text) and round-trips:
//! parsing what [`to_toml`] wrote gives the same program back.

use super::{Block, Dosage, Exercise, FormCue, Level, Program, Sides, Text, Timing};
use std::fmt::Write as _;

/// Texts whose inline table would make the line longer than this are written as dotted keys,
/// one language per line (`description.nl = "..."`), as the built-in programs do.
const INLINE_WIDTH: usize = 100;

/// What a line written by [`to_toml_mapped`] holds, so that a problem the validator finds
/// on that line can be shown next to the field it concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Field {
    /// The block (0-based) the line belongs to; `None` above the first block.
    pub block: Option<usize>,
    /// The exercise (0-based, within its block) the line belongs to.
    pub exercise: Option<usize>,
    /// The level table (0-based: 0 is level 2) of the exercise the line belongs to.
    pub level: Option<usize>,
    /// The item of a list: a rule of `stop_if`, a cue of `cues`.
    pub item: Option<usize>,
    /// The key written on the line as the file names it (`"title"`, `"sets"`); keys of
    /// `[defaults]` are prefixed (`"defaults.rest"`); empty for table headers and blank lines.
    pub key: &'static str,
}

impl Field {
    /// A top-level key (or a `defaults.` key).
    pub fn top(key: &'static str) -> Self {
        Self { key, ..Self::default() }
    }

    /// A key of block `block`.
    pub fn block(block: usize, key: &'static str) -> Self {
        Self { block: Some(block), key, ..Self::default() }
    }

    /// A key of exercise `exercise` of block `block`.
    pub fn exercise(block: usize, exercise: usize, key: &'static str) -> Self {
        Self { block: Some(block), exercise: Some(exercise), key, ..Self::default() }
    }

    /// This field, in level table `level` (0-based: 0 is level 2).
    pub fn in_level(self, level: usize) -> Self {
        Self { level: Some(level), ..self }
    }

    /// This field, at item `item` of its list.
    pub fn item(self, item: usize) -> Self {
        Self { item: Some(item), ..self }
    }
}

/// The program as a file of the lowest format that holds it.
pub fn to_toml(program: &Program) -> String {
    to_toml_mapped(program).0
}

/// Like [`to_toml`], with what each line holds: `fields[n]` is line `n + 1`.
pub fn to_toml_mapped(program: &Program) -> (String, Vec<Field>) {
    let mut writer = Writer {
        out: String::new(),
        fields: Vec::new(),
        language: &program.language,
        format: program.lowest_format(),
    };
    writer.program(program);
    (writer.out, writer.fields)
}

struct Writer<'p> {
    out: String,
    fields: Vec<Field>,
    /// The program's language: a text only in this language is written as a plain string.
    language: &'p str,
    /// The format written.
    format: u32,
}

impl Writer<'_> {
    fn line(&mut self, field: Field, indent: &str, text: &str) {
        self.out.push_str(indent);
        self.out.push_str(text);
        self.out.push('\n');
        self.fields.push(field);
    }

    fn blank(&mut self, field: Field) {
        self.line(field, "", "");
    }

    fn program(&mut self, program: &Program) {
        let top = Field::top;
        self.line(top("format"), "", &format!("format = {}", self.format));
        self.line(top("id"), "", &format!("id = {}", quoted(&program.id)));
        self.line(top("version"), "", &format!("version = {}", program.version));
        self.line(top("language"), "", &format!("language = {}", quoted(&program.language)));
        self.text(top("title"), "", "title", &program.title);
        if let Some(description) = &program.description {
            self.text(top("description"), "", "description", description);
        }
        if let Some(author) = &program.author {
            let mut parts = Vec::new();
            for (key, value) in [
                ("name", Some(&author.name)),
                ("role", author.role.as_ref()),
                ("contact", author.contact.as_ref()),
            ] {
                // An empty name is how the model says "no name"; writing it would be an error.
                if let Some(value) = value.filter(|v| !v.is_empty()) {
                    parts.push(format!("{key} = {}", quoted(value)));
                }
            }
            if !parts.is_empty() {
                self.line(top("author"), "", &format!("author = {{ {} }}", parts.join(", ")));
            }
        }
        if let Some(count) = program.sessions_per_week {
            self.line(top("sessions_per_week"), "", &format!("sessions_per_week = {count}"));
        }
        if !program.stop_if.is_empty() {
            self.line(top("stop_if"), "", "stop_if = [");
            for (index, rule) in program.stop_if.iter().enumerate() {
                let value = self.inline_text(rule);
                self.line(top("stop_if").item(index), "  ", &format!("{value},"));
            }
            self.line(top("stop_if"), "", "]");
        }
        if let Some(rule) = &program.progression {
            let line = format!(
                "progression = {{ sessions = {}, max_pain = {}, max_effort = {} }}",
                rule.sessions, rule.max_pain, rule.max_effort
            );
            self.line(top("progression"), "", &line);
        }

        let d = program.defaults;
        self.blank(Field::default());
        self.line(Field::default(), "", "[defaults]");
        self.line(top("defaults.get_ready"), "", &format!("get_ready = {}", d.get_ready));
        self.line(top("defaults.countdown"), "", &format!("countdown = {}", d.countdown));
        self.line(top("defaults.halfway"), "", &format!("halfway = {}", d.halfway));
        self.line(top("defaults.rest"), "", &format!("rest = {}", d.rest));
        self.line(top("defaults.set_rest"), "", &format!("set_rest = {}", d.set_rest));
        self.line(top("defaults.switch_sides"), "", &format!("switch_sides = {}", d.switch_sides));
        if self.format >= 2 {
            self.line(top("defaults.relax"), "", &format!("relax = {}", d.relax));
            self.line(top("defaults.round_rest"), "", &format!("round_rest = {}", d.round_rest));
        }

        for (index, block) in program.blocks.iter().enumerate() {
            self.block(index, block);
        }
    }

    fn block(&mut self, index: usize, block: &Block) {
        self.blank(Field::default());
        self.line(Field::block(index, ""), "", "[[block]]");
        self.line(
            Field::block(index, "kind"),
            "",
            &format!("kind = {}", quoted(block.kind.as_str())),
        );
        if let Some(title) = &block.title {
            self.text(Field::block(index, "title"), "", "title", title);
        }
        if block.rounds != 1 {
            self.line(Field::block(index, "rounds"), "", &format!("rounds = {}", block.rounds));
        }
        if let Some(rest) = block.round_rest {
            self.line(Field::block(index, "round_rest"), "", &format!("round_rest = {rest}"));
        }
        if block.defaults != Timing::default() {
            self.line(Field::block(index, "defaults"), "", "[block.defaults]");
            self.timing(|key| Field::block(index, key), "", &block.defaults);
        }
        for (number, exercise) in block.exercises.iter().enumerate() {
            self.exercise(index, number, exercise);
        }
    }

    fn exercise(&mut self, block: usize, index: usize, exercise: &Exercise) {
        const INDENT: &str = "  ";
        let field = |key| Field::exercise(block, index, key);
        self.blank(field(""));
        self.line(field(""), INDENT, "[[block.exercise]]");
        self.line(field("id"), INDENT, &format!("id = {}", quoted(&exercise.id)));
        self.text(field("name"), INDENT, "name", &exercise.name);
        if let Some(instructions) = &exercise.instructions {
            self.text(field("instructions"), INDENT, "instructions", instructions);
        }
        if let Some(image) = &exercise.image {
            let image = quoted(&image.to_string_lossy());
            self.line(field("image"), INDENT, &format!("image = {image}"));
        }
        match &exercise.dosage {
            Dosage::Timed { seconds } => {
                self.line(field("duration"), INDENT, &format!("duration = {seconds}"));
            }
            Dosage::Reps { reps, seconds_per_rep } => {
                self.line(field("reps"), INDENT, &format!("reps = {reps}"));
                if let Some(pace) = seconds_per_rep {
                    self.line(
                        field("seconds_per_rep"),
                        INDENT,
                        &format!("seconds_per_rep = {pace}"),
                    );
                }
            }
            Dosage::Holds { reps, hold } => {
                self.line(field("reps"), INDENT, &format!("reps = {reps}"));
                self.line(field("hold"), INDENT, &format!("hold = {hold}"));
            }
        }
        if let Some(sets) = exercise.sets {
            self.line(field("sets"), INDENT, &format!("sets = {sets}"));
        }
        if exercise.sides != Sides::None {
            let sides = quoted(exercise.sides.as_str());
            self.line(field("sides"), INDENT, &format!("sides = {sides}"));
        }
        self.timing(field, INDENT, &exercise.timing);
        self.cues(field("cues"), INDENT, &exercise.cues);
        self.equipment(field("equipment"), INDENT, &exercise.equipment);
        if let Some(video) = &exercise.video {
            self.line(field("video"), INDENT, &format!("video = {}", quoted(video)));
        }
        for (number, level) in exercise.levels.iter().enumerate() {
            self.level(block, index, number, level);
        }
    }

    /// One `[[block.exercise.level]]` table, with the keys it changes.
    fn level(&mut self, block: usize, exercise: usize, number: usize, level: &Level) {
        const INDENT: &str = "    ";
        let field = |key| Field::exercise(block, exercise, key).in_level(number);
        self.blank(field(""));
        self.line(field(""), INDENT, "[[block.exercise.level]]");
        if let Some(name) = &level.name {
            self.text(field("name"), INDENT, "name", name);
        }
        if let Some(instructions) = &level.instructions {
            self.text(field("instructions"), INDENT, "instructions", instructions);
        }
        if let Some(image) = &level.image {
            let image = quoted(&image.to_string_lossy());
            self.line(field("image"), INDENT, &format!("image = {image}"));
        }
        for (key, value) in [("duration", &level.duration), ("reps", &level.reps)] {
            if let Some(value) = value {
                self.line(field(key), INDENT, &format!("{key} = {value}"));
            }
        }
        for (key, value) in [("seconds_per_rep", level.seconds_per_rep), ("hold", level.hold)] {
            if let Some(value) = value {
                self.line(field(key), INDENT, &format!("{key} = {value}"));
            }
        }
        if let Some(sets) = level.sets {
            self.line(field("sets"), INDENT, &format!("sets = {sets}"));
        }
        if let Some(sides) = level.sides {
            self.line(field("sides"), INDENT, &format!("sides = {}", quoted(sides.as_str())));
        }
        self.timing(field, INDENT, &level.timing);
        if let Some(cues) = &level.cues {
            self.cues(field("cues"), INDENT, cues);
        }
        if let Some(equipment) = &level.equipment {
            self.equipment(field("equipment"), INDENT, equipment);
        }
        if let Some(video) = &level.video {
            self.line(field("video"), INDENT, &format!("video = {}", quoted(video)));
        }
    }

    /// The timing keys that are set, in the contract's order.
    fn timing(&mut self, field: impl Fn(&'static str) -> Field, indent: &str, timing: &Timing) {
        let seconds = [
            ("rest", timing.rest),
            ("set_rest", timing.set_rest),
            ("switch_sides", timing.switch_sides),
            ("countdown", timing.countdown),
            ("relax", timing.relax),
        ];
        for (key, value) in seconds {
            if let Some(value) = value {
                self.line(field(key), indent, &format!("{key} = {value}"));
            }
        }
        if let Some(halfway) = timing.halfway {
            self.line(field("halfway"), indent, &format!("halfway = {halfway}"));
        }
    }

    fn cues(&mut self, field: Field, indent: &str, cues: &[FormCue]) {
        if cues.is_empty() {
            if field.level.is_some() {
                // A level that takes its exercise's cues away says so.
                self.line(field, indent, "cues = []");
            }
            return;
        }
        self.line(field, indent, "cues = [");
        for (number, FormCue { at, text }) in cues.iter().enumerate() {
            let text = self.inline_text(text);
            let line = format!("{indent}  {{ at = {at}, text = {text} }},");
            self.line(field.item(number), "", &line);
        }
        self.line(field, indent, "]");
    }

    fn equipment(&mut self, field: Field, indent: &str, equipment: &[Text]) {
        if equipment.is_empty() {
            if field.level.is_some() {
                self.line(field, indent, "equipment = []");
            }
            return;
        }
        let items: Vec<String> = equipment.iter().map(|text| self.inline_text(text)).collect();
        let line = format!("equipment = [{}]", items.join(", "));
        self.line(field, indent, &line);
    }

    /// `key = "..."`, `key = { nl = "...", en = "..." }`, or one `key.nl = "..."` line per
    /// language when the table would not fit on a readable line.
    fn text(&mut self, field: Field, indent: &str, key: &str, text: &Text) {
        let inline = format!("{key} = {}", self.inline_text(text));
        if indent.len() + inline.chars().count() <= INLINE_WIDTH || self.is_plain(text) {
            self.line(field, indent, &inline);
            return;
        }
        for (code, value) in text.entries() {
            self.line(field, indent, &format!("{key}.{} = {}", bare_key(code), quoted(value)));
        }
    }

    fn is_plain(&self, text: &Text) -> bool {
        matches!(text.entries(), [(code, _)] if code == self.language)
    }

    fn inline_text(&self, text: &Text) -> String {
        if self.is_plain(text) {
            return quoted(text.get(self.language));
        }
        let entries: Vec<String> = text
            .entries()
            .iter()
            .map(|(code, value)| format!("{} = {}", bare_key(code), quoted(value)))
            .collect();
        format!("{{ {} }}", entries.join(", "))
    }
}

/// A TOML basic string: quotes, backslashes and control characters escaped, everything else
/// (accents, emoji) as it is.
fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A language code as a key: bare when TOML allows it (every valid code), quoted otherwise.
fn bare_key(code: &str) -> String {
    let bare = !code.is_empty()
        && code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if bare { code.to_owned() } else { quoted(code) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::{Author, BlockKind, Defaults, parse};
    use std::path::Path;

    fn reparse(source: &str) -> Program {
        match parse(source, Path::new("written.toml"), None) {
            Ok(program) => program,
            Err(problems) => panic!("{source}\n{problems:#?}"),
        }
    }

    fn tiny() -> Program {
        Program {
            format: 1,
            id: "tiny".into(),
            version: 2,
            language: "nl".into(),
            title: Text::plain("nl", "Klein"),
            description: None,
            author: Some(Author { name: String::new(), role: None, contact: Some("a@b".into()) }),
            sessions_per_week: Some(3),
            stop_if: vec![Text::translated(
                "nl",
                vec![("en".into(), "Pain".into()), ("nl".into(), "Pijn".into())],
            )],
            defaults: Defaults { halfway: false, ..Defaults::default() },
            progression: None,
            blocks: vec![Block::new(
                BlockKind::Stretch,
                vec![Exercise {
                    sets: Some(2),
                    sides: Sides::Both,
                    timing: Timing { rest: Some(0), ..Timing::default() },
                    cues: vec![FormCue { at: 5, text: Text::plain("nl", "Adem") }],
                    ..Exercise::new(
                        "calf",
                        Text::plain("nl", "Kuit \"zacht\" \\ rekken\nlinks\ttab\u{7f}"),
                        Dosage::reps(10, Some(3)),
                    )
                }],
            )],
        }
    }

    #[test]
    fn writes_the_layout_of_the_built_ins() {
        let text = to_toml(&tiny());
        let expected = r#"format = 1
id = "tiny"
version = 2
language = "nl"
title = "Klein"
author = { contact = "a@b" }
sessions_per_week = 3
stop_if = [
  { en = "Pain", nl = "Pijn" },
]

[defaults]
get_ready = 10
countdown = 3
halfway = false
rest = 15
set_rest = 30
switch_sides = 5

[[block]]
kind = "stretch"

  [[block.exercise]]
  id = "calf"
  name = "Kuit \"zacht\" \\ rekken\nlinks\ttab\u007F"
  reps = 10
  seconds_per_rep = 3
  sets = 2
  sides = "both"
  rest = 0
  cues = [
    { at = 5, text = "Adem" },
  ]
"#;
        assert_eq!(text, expected);
        assert_eq!(reparse(&text), tiny());
    }

    #[test]
    fn long_texts_become_dotted_keys_and_lines_are_mapped() {
        let mut program = tiny();
        let long = "x".repeat(80);
        program.description =
            Some(Text::translated("nl", vec![("nl".into(), long.clone()), ("pt-BR".into(), long)]));
        let (text, fields) = to_toml_mapped(&program);
        assert!(text.contains("\ndescription.nl = \"xxx"), "{text}");
        assert!(text.contains("\ndescription.pt-BR = \"xxx"), "{text}");
        assert_eq!(text.lines().count(), fields.len());
        for (line, field) in text.lines().zip(&fields) {
            if line.starts_with("description") {
                assert_eq!(*field, Field::top("description"));
            }
            if line.trim_start().starts_with("sets") {
                assert_eq!(*field, Field::exercise(0, 0, "sets"));
            }
            if line.trim_start().starts_with("{ at = 5") {
                assert_eq!(*field, Field::exercise(0, 0, "cues").item(0));
            }
        }
        assert_eq!(reparse(&text), program);
    }

    #[test]
    fn escapes_every_control_character() {
        let all: String = (0u32..0x100).filter_map(char::from_u32).collect();
        let source = format!("s = {}", quoted(&all));
        let table: toml::Table = match source.parse() {
            Ok(table) => table,
            Err(error) => panic!("{error}"),
        };
        assert_eq!(table["s"].as_str(), Some(all.as_str()));
        assert!(!quoted(&all).chars().any(|c| c.is_control()));
    }
}
