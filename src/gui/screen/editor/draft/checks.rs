//! Reading what was typed: whole numbers, per-set lists ("6, 4, 2" or "6-4-2", as physios
//! write them) and texts, each a complaint at its field when it cannot be one, with a harmless
//! stand-in so the rest of the program can still be checked.

use super::TextDraft;
use crate::program::{Amount, Field, MAX_SETS, Text};

/// What is wrong with a field before the validator sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Complaint {
    /// Not a whole number in `low..=high` (or blank where a number is needed).
    Number { low: u32, high: u32 },
    /// Neither a whole number in `low..=high` nor a list of 1..50 of them, one per set.
    Amount { low: u32, high: u32 },
    /// Two numbers with a dash, the smaller first ("8-10"): a range, which a program cannot
    /// say; one number, one per set, or levels can.
    Range,
    /// Not a whole number from 1 up.
    Version,
    /// Blank in every language, where a text is needed.
    Text,
}

/// An amount as the editor shows it: `10`, or a list `6, 4, 2` (a list of one as `[5]`, so
/// it stays a list).
pub fn amount_text(amount: &Amount) -> String {
    match amount {
        Amount::Each(value) => value.to_string(),
        Amount::PerSet(values) if values.len() == 1 => format!("[{}]", values[0]),
        Amount::PerSet(values) => values.iter().map(u32::to_string).collect::<Vec<_>>().join(", "),
    }
}

/// What an amount field says.
#[derive(Debug, PartialEq)]
enum Typed {
    Blank,
    One(u32),
    List(Vec<u32>),
    Range,
    Other,
}

/// Reads "10", "6, 4, 2", "6-4-2", "6 4 2", "6/4/2" or "[6, 4, 2]".
fn read_amount(text: &str) -> Typed {
    let text = text.trim();
    if text.is_empty() {
        return Typed::Blank;
    }
    if let Ok(n) = text.parse::<u32>() {
        return Typed::One(n);
    }
    let bracketed = text.strip_prefix('[').and_then(|t| t.strip_suffix(']'));
    let inner = bracketed.unwrap_or(text).trim();
    let dash = |c: char| matches!(c, '-' | '–' | '—');
    let separator = |c: char| dash(c) || matches!(c, ',' | ';' | '/') || c.is_whitespace();
    // A leading dash is a minus sign, not a separator.
    if inner.starts_with(separator) {
        return Typed::Other;
    }
    let mut values = Vec::new();
    for piece in inner.split(separator).filter(|piece| !piece.is_empty()) {
        match piece.parse::<u32>() {
            Ok(n) => values.push(n),
            Err(_) => return Typed::Other,
        }
    }
    let dashes_only = inner.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || dash(c));
    match values.as_slice() {
        [] => Typed::Other,
        [low, high] if bracketed.is_none() && dashes_only && low < high => Typed::Range,
        _ => Typed::List(values),
    }
}

/// Checks typed numbers and texts, collecting complaints in the order it is asked.
pub(super) struct Checks<'l> {
    language: &'l str,
    complaints: Vec<(Field, Complaint)>,
}

impl<'l> Checks<'l> {
    pub(super) fn new(language: &'l str) -> Self {
        Self { language, complaints: Vec::new() }
    }

    pub(super) fn language(&self) -> &'l str {
        self.language
    }

    pub(super) fn complaints(self) -> Vec<(Field, Complaint)> {
        self.complaints
    }

    fn complain(&mut self, field: Field, complaint: Complaint) {
        self.complaints.push((field, complaint));
    }

    /// A text needed in at least one language; `?` stands in.
    pub(super) fn text(&mut self, field: Field, text: &TextDraft) -> Text {
        match text.build(self.language) {
            Some(text) => text,
            None => {
                self.complain(field, Complaint::Text);
                Text::plain(self.language, "?")
            }
        }
    }

    /// Blank is `None`; else a whole number in `low..=high`.
    pub(super) fn optional(
        &mut self,
        field: Field,
        text: &str,
        low: u32,
        high: u32,
    ) -> Option<u32> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        match text.parse::<u32>() {
            Ok(n) if (low..=high).contains(&n) => Some(n),
            _ => {
                self.complain(field, Complaint::Number { low, high });
                None
            }
        }
    }

    /// A whole number in `low..=high`; `low` stands in when it is not one.
    pub(super) fn required(&mut self, field: Field, text: &str, low: u32, high: u32) -> u32 {
        if text.trim().is_empty() {
            self.complain(field, Complaint::Number { low, high });
            return low;
        }
        self.optional(field, text, low, high).unwrap_or(low)
    }

    /// One whole number in `low..=high` or a list of them, one per set (at most
    /// [`MAX_SETS`]); `low` stands in when it is neither.
    pub(super) fn amount(&mut self, field: Field, text: &str, low: u32, high: u32) -> Amount {
        let in_range = |n: &u32| (low..=high).contains(n);
        match read_amount(text) {
            Typed::One(n) if in_range(&n) => return Amount::Each(n),
            Typed::List(values)
                if values.len() <= MAX_SETS as usize && values.iter().all(in_range) =>
            {
                return Amount::PerSet(values);
            }
            Typed::Range => self.complain(field, Complaint::Range),
            _ => self.complain(field, Complaint::Amount { low, high }),
        }
        Amount::Each(low)
    }

    /// A version: a whole number from 1 up; 1 stands in.
    pub(super) fn version(&mut self, field: Field, text: &str) -> u32 {
        match text.trim().parse::<u32>() {
            Ok(n) if n >= 1 => n,
            _ => {
                self.complain(field, Complaint::Version);
                1
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_as_physios_write_them() {
        assert_eq!(read_amount("  "), Typed::Blank);
        assert_eq!(read_amount(" 12 "), Typed::One(12));
        for list in ["6, 4, 2", "6-4-2", "6 4 2", "[6,4,2]", "6/4/2", "6 – 4 – 2", "6,4,2,"] {
            assert_eq!(read_amount(list), Typed::List(vec![6, 4, 2]), "{list}");
        }
        assert_eq!(read_amount("8-10"), Typed::Range);
        assert_eq!(read_amount("8 – 10"), Typed::Range);
        assert_eq!(read_amount("10-8"), Typed::List(vec![10, 8]), "a pyramid of two");
        assert_eq!(read_amount("8, 10"), Typed::List(vec![8, 10]), "a comma means one per set");
        assert_eq!(read_amount("[8-10]"), Typed::List(vec![8, 10]), "brackets mean a list");
        assert_eq!(read_amount("[5]"), Typed::List(vec![5]));
        for other in ["1.5", "30s", "6, x", "-", ",", "[]", "-3", "4294967296"] {
            assert_eq!(read_amount(other), Typed::Other, "{other}");
        }
    }

    #[test]
    fn lists_are_shown_so_they_read_back_the_same() {
        for amount in [Amount::Each(7), Amount::PerSet(vec![5]), Amount::PerSet(vec![6, 4, 2])] {
            let mut checks = Checks::new("en");
            let read = checks.amount(Field::top("x"), &amount_text(&amount), 1, 500);
            assert_eq!(read, amount);
            assert!(checks.complaints().is_empty());
        }
    }
}
