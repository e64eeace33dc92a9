//! Unknown keys: where each key belongs, what people write instead, and the nearest known
//! key to suggest for a typo.

use super::{Checker, DeTable};
use crate::i18n::Message;

/// Problems after which unknown keys get no "did you mean" suggestion.
pub(super) const SUGGESTION_BUDGET: usize = 2000;

/// The tables of a program file, for messages and key suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Top,
    Defaults,
    Author,
    Progression,
    Block,
    BlockDefaults,
    Exercise,
    Level,
    Cue,
}

impl Place {
    const ALL: [Place; 9] = [
        Self::Top,
        Self::Defaults,
        Self::Author,
        Self::Progression,
        Self::Block,
        Self::BlockDefaults,
        Self::Exercise,
        Self::Level,
        Self::Cue,
    ];

    /// "in [defaults]": where an unknown key was found.
    pub(super) fn within(self) -> Message {
        Message::new(match self {
            Self::Top => "check-in-top",
            Self::Defaults => "check-in-defaults",
            Self::Author => "check-in-author",
            Self::Progression => "check-in-progression",
            Self::Block => "check-in-block",
            Self::BlockDefaults => "check-in-block-defaults",
            Self::Exercise => "check-in-exercise",
            Self::Level => "check-in-level",
            Self::Cue => "check-in-cue",
        })
    }

    /// Where a key of this table is written, for "it belongs ..." hints.
    pub(super) fn home(self) -> Message {
        match self {
            Self::Top => Message::new("check-home-top"),
            Self::Level => Message::new("check-home-level"),
            Self::Cue => Message::new("check-home-cue")
                .with("example", "cues = [{ at = 10, text = \"...\" }]"),
            other => other.within(),
        }
    }

    /// Every key of the table, format 1's and format 2's.
    pub(super) fn keys(self) -> &'static [&'static str] {
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
                "progression",
                "defaults",
                "block",
            ],
            Self::Defaults => &[
                "get_ready",
                "countdown",
                "halfway",
                "rest",
                "set_rest",
                "switch_sides",
                "relax",
                "round_rest",
            ],
            Self::Author => &["name", "role", "contact"],
            Self::Progression => &["sessions", "max_pain", "max_effort"],
            Self::Block => &["kind", "title", "rounds", "round_rest", "defaults", "exercise"],
            Self::BlockDefaults => {
                &["countdown", "halfway", "rest", "set_rest", "switch_sides", "relax"]
            }
            Self::Exercise => &[
                "id",
                "name",
                "instructions",
                "image",
                "duration",
                "reps",
                "seconds_per_rep",
                "hold",
                "relax",
                "sets",
                "sides",
                "rest",
                "set_rest",
                "switch_sides",
                "countdown",
                "halfway",
                "cues",
                "equipment",
                "video",
                "level",
            ],
            Self::Level => &[
                "name",
                "instructions",
                "image",
                "cues",
                "video",
                "equipment",
                "sets",
                "sides",
                "rest",
                "set_rest",
                "switch_sides",
                "countdown",
                "halfway",
                "duration",
                "reps",
                "seconds_per_rep",
                "hold",
                "relax",
            ],
            Self::Cue => &["at", "text"],
        }
    }

    /// The keys of the table that need `format = 2`.
    pub(super) fn format_2_keys(self) -> &'static [&'static str] {
        match self {
            Self::Top => &["progression"],
            Self::Defaults => &["relax", "round_rest"],
            Self::Block => &["rounds", "round_rest", "defaults"],
            Self::Exercise => &[
                "hold",
                "relax",
                "switch_sides",
                "countdown",
                "halfway",
                "equipment",
                "video",
                "level",
            ],
            // Only format 2 has the last three tables at all: the key that opens one says so.
            Self::Author | Self::Cue | Self::Progression | Self::BlockDefaults | Self::Level => &[],
        }
    }

    /// Whether format 1 has this table.
    fn is_in_format_1(self) -> bool {
        !matches!(self, Self::Progression | Self::BlockDefaults | Self::Level)
    }

    /// Words people write for a key, by table: `(what they wrote, the key)`.
    pub(super) fn synonyms(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Self::Top => {
                &[("name", "title"), ("lang", "language"), ("blocks", "block"), ("levels", "block")]
            }
            Self::Defaults | Self::BlockDefaults => {
                &[("prepare", "get_ready"), ("switch", "switch_sides"), ("pause", "relax")]
            }
            Self::Author => &[("email", "contact"), ("phone", "contact")],
            Self::Progression => &[("pain", "max_pain"), ("effort", "max_effort")],
            Self::Block => &[
                ("name", "title"),
                ("type", "kind"),
                ("exercises", "exercise"),
                ("circuit", "rounds"),
                ("repeat", "rounds"),
            ],
            Self::Exercise | Self::Level => &[
                ("title", "name"),
                ("description", "instructions"),
                ("time", "duration"),
                ("seconds", "duration"),
                ("repetitions", "reps"),
                ("count", "reps"),
                ("pace", "seconds_per_rep"),
                ("side", "sides"),
                ("cue", "cues"),
                ("picture", "image"),
                ("illustration", "image"),
                ("levels", "level"),
                ("url", "video"),
                ("link", "video"),
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
    // A word with an ending added (`stretching` for `stretch`).
    if let Some(stem) = candidates.iter().find(|c| {
        let have = normal(c);
        have.len() >= 5 && wanted.starts_with(&have)
    }) {
        return Some(stem);
    }
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
    let length = wanted.chars().count();
    // About one slip per four letters: `duraton` is `duration`, but `video` is not `sides`.
    let allowed = (length / 4).max(1);
    (distance <= allowed).then_some(candidate)
}

impl Checker<'_, '_> {
    /// Reports keys `place` does not have; returns the known keys suggested instead, so that
    /// a misspelled required key is not also reported as missing.
    pub(super) fn unknown_keys(&mut self, table: &DeTable<'_>, place: Place) -> Vec<&'static str> {
        let mut suggested = Vec::new();
        for key in table.keys() {
            let name = key.get_ref().as_ref();
            if place.keys().contains(&name) {
                if self.format < 2 && place.format_2_keys().contains(&name) {
                    let message = Message::new("check-needs-format-2")
                        .with("key", name)
                        .with("format", self.format);
                    self.problem(key.span().start, message);
                }
                continue;
            }
            let (message, suggestion) = self.unknown_key_message(name, place);
            suggested.extend(suggestion);
            self.problem(key.span().start, message);
        }
        suggested
    }

    pub(super) fn unknown_key_message(
        &self,
        name: &str,
        place: Place,
    ) -> (Message, Option<&'static str>) {
        let unknown = |key: &'static str| {
            Message::new(key)
                .with("key", name.escape_debug().to_string())
                .with("place", place.within())
        };
        let synonym = place.synonyms().iter().find(|(word, _)| *word == name).map(|(_, key)| *key);
        // Past a few thousand problems nobody reads suggestions; skipping them keeps a 1 MiB
        // file of nonsense keys quick to check.
        let near =
            || (self.problems.len() < SUGGESTION_BUDGET).then(|| closest(name, place.keys()));
        if let Some(key) = synonym.or_else(|| near().flatten()) {
            return (unknown("check-unknown-key-near").with("near", key), Some(key));
        }
        let homes = Place::ALL
            .iter()
            .filter(|other| **other != place && other.keys().contains(&name))
            .filter(|other| {
                self.format >= 2 || other.is_in_format_1() && !other.format_2_keys().contains(&name)
            })
            .map(|other| other.home())
            .reduce(|first, second| {
                Message::new("check-or").with("first", first).with("second", second)
            });
        if let Some(homes) = homes {
            return (unknown("check-unknown-key-belongs").with("homes", homes), None);
        }
        let keys: Vec<&str> = place
            .keys()
            .iter()
            .copied()
            .filter(|key| self.format >= 2 || !place.format_2_keys().contains(key))
            .collect();
        (unknown("check-unknown-key-keys").with("keys", keys.join(", ")), None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::program::BlockKind;

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
        assert_eq!(closest("video", &["sides", "sets", "id"]), None, "two slips in five letters");
        assert_eq!(closest("relx", Place::Level.keys()), Some("relax"));
    }
}
