//! Unknown keys: where each key belongs, what people write instead, and the nearest known
//! key to suggest for a typo.

use super::{Checker, DeTable};

/// Problems after which unknown keys get no "did you mean" suggestion.
pub(super) const SUGGESTION_BUDGET: usize = 2000;

/// The tables of a program file, for messages and key suggestions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
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
    pub(super) fn within(self) -> &'static str {
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
    pub(super) fn home(self) -> &'static str {
        match self {
            Self::Top => "at the top of the file (before the first [table])",
            Self::Defaults => "in [defaults]",
            Self::Author => "in `author`",
            Self::Block => "in [[block]]",
            Self::Exercise => "in [[block.exercise]]",
            Self::Cue => "in a cue, cues = [{ at = 10, text = \"...\" }]",
        }
    }

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
    pub(super) fn synonyms(self) -> &'static [(&'static str, &'static str)] {
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

impl Checker<'_, '_> {
    /// Reports keys `place` does not have; returns the known keys suggested instead, so that
    /// a misspelled required key is not also reported as missing.
    pub(super) fn unknown_keys(&mut self, table: &DeTable<'_>, place: Place) -> Vec<&'static str> {
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

    pub(super) fn unknown_key_message(
        &self,
        name: &str,
        place: Place,
    ) -> (String, Option<&'static str>) {
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
    }
}
