//! The limits on texts (issue 14: an exercise name of 800,000 characters was valid and
//! stretched a 3 s session to 5.4 s), each at its boundary: the limit passes, one more
//! character is refused with the line and column of the text. Characters, not bytes, are
//! counted, in each language of a translated text.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber::program::{self, Diagnostic, Program};
use std::path::Path;

/// A valid program with `{}` in place of one exercise key or two.
const TEMPLATE: &str = r#"format = 1
id = "limits"
title = "Limits"
[[block]]
  [[block.exercise]]
  id = "plank"
  name = "Plank"
  duration = 30
"#;

fn parse(source: &str) -> Result<Program, Vec<Diagnostic>> {
    program::parse(source, Path::new("p.toml"), None)
}

fn with(key: &str, value: &str) -> String {
    TEMPLATE.replace("  duration = 30\n", &format!("  duration = 30\n  {key} = {value}\n"))
}

fn top(key: &str, value: &str) -> String {
    TEMPLATE.replace("title = \"Limits\"\n", &format!("title = \"Limits\"\n{key} = {value}\n"))
}

/// `count` characters, two bytes each (characters are counted, not bytes).
fn text(count: usize) -> String {
    format!("{:?}", "é".repeat(count))
}

fn refused(source: &str) -> Diagnostic {
    let errors = parse(source).expect_err("should be refused");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap()
}

#[test]
fn an_exercise_name_has_at_most_120_characters() {
    let name = |n| TEMPLATE.replace("name = \"Plank\"", &format!("name = {}", text(n)));
    assert!(parse(&name(program::MAX_NAME_CHARS)).is_ok());
    let error = refused(&name(program::MAX_NAME_CHARS + 1));
    assert_eq!((error.line, error.column), (7, 10));
    assert_eq!(error.message.to_string(), "`name` is 121 characters long; at most 120: shorten it");
    // The issue's name of 800,000 characters.
    let error = refused(&TEMPLATE.replace("\"Plank\"", &format!("{:?}", "x".repeat(800_000))));
    assert!(error.message.to_string().contains("800000 characters long"), "{}", error.message);
}

#[test]
fn each_language_of_a_text_is_counted_on_its_own() {
    let name = |nl, en| {
        TEMPLATE.replace(
            "name = \"Plank\"",
            &format!("name = {{ nl = {}, en = {} }}", text(nl), text(en)),
        )
    };
    let max = program::MAX_NAME_CHARS;
    assert!(parse(&name(max, max)).is_ok());
    let error = refused(&name(max, max + 1));
    assert_eq!(
        error.message.to_string(),
        "`en` in `name` is 121 characters long; at most 120: shorten it"
    );
    assert_eq!(error.line, 7);
}

#[test]
fn instructions_cues_and_titles_have_their_limits() {
    type Case<'a> = (&'a str, usize, fn(usize) -> String);
    let cases: [Case; 5] = [
        ("`instructions`", program::MAX_INSTRUCTIONS_CHARS, |n| with("instructions", &text(n))),
        ("the cue's `text`", program::MAX_CUE_CHARS, |n| {
            with("cues", &format!("[{{ at = 10, text = {} }}]", text(n)))
        }),
        ("`title`", program::MAX_TITLE_CHARS, |n| {
            TEMPLATE.replace("title = \"Limits\"", &format!("title = {}", text(n)))
        }),
        ("`description`", program::MAX_DESCRIPTION_CHARS, |n| top("description", &text(n))),
        ("the block's `title`", program::MAX_TITLE_CHARS, |n| {
            TEMPLATE.replace("[[block]]\n", &format!("[[block]]\ntitle = {}\n", text(n)))
        }),
    ];
    for (label, max, source) in cases {
        assert!(parse(&source(max)).is_ok(), "{label} of {max} characters");
        let error = refused(&source(max + 1));
        assert_eq!(
            error.message.to_string(),
            format!("{label} is {} characters long; at most {max}: shorten it", max + 1)
        );
    }
}

#[test]
fn safety_rules_and_the_author_have_their_limits() {
    let rules = |count: usize, chars: usize| {
        let list = vec![text(chars); count].join(", ");
        top("stop_if", &format!("[{list}]"))
    };
    assert!(parse(&rules(program::MAX_RULES, program::MAX_RULE_CHARS)).is_ok());
    let error = refused(&rules(1, program::MAX_RULE_CHARS + 1));
    assert_eq!(
        error.message.to_string(),
        "rule 1 of `stop_if` is 501 characters long; at most 500: shorten it"
    );
    let error = refused(&rules(program::MAX_RULES + 1, 10));
    assert_eq!(
        error.message.to_string(),
        "`stop_if` has 31 rules; at most 30: keep the ones that matter most"
    );
    assert_eq!((error.line, error.column), (4, 11));

    let author = |n| top("author", &format!("{{ name = {}, role = \"physio\" }}", text(n)));
    assert!(parse(&author(program::MAX_AUTHOR_CHARS)).is_ok());
    let error = refused(&author(program::MAX_AUTHOR_CHARS + 1));
    assert_eq!(
        error.message.to_string(),
        "`author.name` is 201 characters long; at most 200: shorten it"
    );
}

#[test]
fn an_exercise_has_at_most_100_form_cues() {
    let cues = |count: usize| {
        let list: Vec<String> =
            (0..count).map(|i| format!("{{ at = {}, text = \"Breathe\" }}", 1 + i % 29)).collect();
        with("cues", &format!("[{}]", list.join(", ")))
    };
    assert!(parse(&cues(program::MAX_CUES)).is_ok());
    let error = refused(&cues(program::MAX_CUES + 1));
    assert_eq!(error.message.to_string(), "`cues` has 101 cues; an exercise may have at most 100");
}

#[test]
fn texts_hold_no_control_characters_but_line_breaks_and_tabs() {
    // An escape sequence in a name would take over the terminal `limber run` shows it in.
    let name = TEMPLATE.replace("name = \"Plank\"", r#"name = "\u001b]0;owned\u0007""#);
    let error = refused(&name);
    assert_eq!((error.line, error.column), (7, 10));
    assert!(error.message.to_string().contains("control character (U+001B)"), "{}", error.message);
    let error = refused(&top("description", "\"a\\u0000b\""));
    assert!(error.message.to_string().contains("U+0000"), "{}", error.message);
    assert!(parse(&with("instructions", "\"one\\n\\ttwo\\r\\n\"")).is_ok());
}
