//! Levels over the weeks: which level a program is at, and when Limber suggests the next one
//! or a step back (docs/program-format.md, "Levels"). Limber never changes a level by
//! itself: the user accepts or declines a suggestion.
//!
//! - The level is the one the user chose last (picking it, or accepting a suggestion), else
//!   the level of the program's last session, else 1; never above the program's levels.
//! - **Up**, when the last `sessions` sessions at this level that have both a pain-after and
//!   an effort score were all completed with pain after ≤ `max_pain` and effort ≤
//!   `max_effort` (a session without those scores does not count toward it). Not at the
//!   highest level.
//! - **Down**, when the last session at this level had pain after ≥ `max_pain` + 3, or pain
//!   after − pain before ≥ 2. Not at level 1. A step back goes before a step up.
//! - A declined suggestion stays away until another session of the program is recorded.

use crate::program::{Program, Progression};
use crate::settings::Settings;
use crate::streaks::Entry;
use std::collections::BTreeMap;

/// A level Limber suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suggestion {
    /// Ready for the next level.
    Up { to: u32 },
    /// Back one level: the last session hurt.
    Down { to: u32 },
}

impl Suggestion {
    /// The level suggested.
    pub fn level(self) -> u32 {
        match self {
            Self::Up { to } | Self::Down { to } => to,
        }
    }

    /// `up` or `down`, as `limber stats --json` writes it.
    pub fn direction(self) -> &'static str {
        match self {
            Self::Up { .. } => "up",
            Self::Down { .. } => "down",
        }
    }
}

/// Where a program stands: its level, and a suggestion if one is waiting.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    /// The level the next session is done at, unless the user picks another.
    pub level: u32,
    pub suggestion: Option<Suggestion>,
    /// How many sessions of the program there are (what a decline is counted against).
    pub sessions: u32,
}

/// What the user said about one program's level (kept in the settings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choices {
    /// The level the user picked or accepted last.
    pub chosen: Option<u32>,
    /// How many sessions of the program there were when the user last declined a
    /// suggestion.
    pub declined_at: Option<u32>,
}

/// Where the program with `levels` levels and rule `rule` stands after `sessions` (its
/// sessions, oldest first) and the user's `choices`.
pub fn standing(
    rule: &Progression,
    levels: u32,
    sessions: &[&Entry],
    choices: Choices,
) -> Standing {
    let levels = levels.max(1);
    let last_level = sessions.last().map_or(1, |s| s.level);
    let level = choices.chosen.unwrap_or(last_level).clamp(1, levels);
    let declined = choices
        .declined_at
        .is_some_and(|count| usize::try_from(count).is_ok_and(|count| count >= sessions.len()));
    let suggestion = if declined { None } else { suggest(rule, levels, level, sessions) };
    let count = u32::try_from(sessions.len()).unwrap_or(u32::MAX);
    Standing { level, suggestion, sessions: count }
}

/// Where each of `programs` stands after the sessions of `entries` (all programs' sessions,
/// oldest first) and the user's choices in `settings`.
pub fn standings<'p>(
    programs: impl IntoIterator<Item = &'p Program>,
    entries: &[Entry],
    settings: &Settings,
) -> BTreeMap<String, Standing> {
    let mut by_program: BTreeMap<&str, Vec<&Entry>> = BTreeMap::new();
    for entry in entries {
        by_program.entry(entry.program_id.as_str()).or_default().push(entry);
    }
    programs
        .into_iter()
        .map(|program| {
            let sessions = by_program.get(program.id.as_str()).map_or(&[][..], Vec::as_slice);
            let choices = settings.level_choices(&program.id);
            let standing =
                standing(&program.progression_rule(), program.levels(), sessions, choices);
            (program.id.clone(), standing)
        })
        .collect()
}

fn suggest(rule: &Progression, levels: u32, level: u32, sessions: &[&Entry]) -> Option<Suggestion> {
    let at_level: Vec<&Entry> = sessions.iter().copied().filter(|s| s.level == level).collect();
    if level > 1
        && let Some(last) = at_level.last()
        && let Some(after) = last.pain_after
    {
        let too_much = u32::from(after) >= u32::from(rule.max_pain) + 3;
        let worse = last.pain_before.is_some_and(|before| after >= before.saturating_add(2));
        if too_much || worse {
            return Some(Suggestion::Down { to: level - 1 });
        }
    }
    if level >= levels {
        return None;
    }
    let needed = usize::try_from(rule.sessions.max(1)).unwrap_or(usize::MAX);
    let scored: Vec<&Entry> =
        at_level.iter().copied().filter(|s| s.pain_after.is_some() && s.effort.is_some()).collect();
    let recent = scored.get(scored.len().checked_sub(needed)?..)?;
    let good = |s: &&Entry| {
        s.completed
            && s.pain_after.is_some_and(|pain| pain <= rule.max_pain)
            && s.effort.is_some_and(|effort| effort <= rule.max_effort)
    };
    recent.iter().all(good).then_some(Suggestion::Up { to: level + 1 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn session(
        level: u32,
        completed: bool,
        before: Option<u8>,
        after: Option<u8>,
        effort: Option<u8>,
    ) -> Entry {
        Entry {
            program_id: "p".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 2).unwrap_or_default(),
            completed,
            active_seconds: 600,
            pain_before: before,
            pain_after: after,
            effort,
            level,
        }
    }

    fn good(level: u32) -> Entry {
        session(level, true, Some(2), Some(2), Some(5))
    }

    fn stand(sessions: &[Entry], levels: u32, choices: Choices) -> Standing {
        let refs: Vec<&Entry> = sessions.iter().collect();
        standing(&Progression::default(), levels, &refs, choices)
    }

    #[test]
    fn three_good_sessions_suggest_the_next_level_and_unscored_ones_do_not_count() {
        let none = Choices::default();
        assert_eq!(stand(&[], 4, none), Standing { level: 1, suggestion: None, sessions: 0 });
        assert_eq!(stand(&[good(1), good(1)], 4, none).suggestion, None);
        let unscored = session(1, true, None, None, None);
        let sessions = [good(1), good(1), unscored, good(1)];
        assert_eq!(stand(&sessions, 4, none).suggestion, Some(Suggestion::Up { to: 2 }));
        let partial = session(1, false, Some(2), Some(2), Some(5));
        assert_eq!(
            stand(&[partial.clone(), good(1), good(1), good(1)], 4, none)
                .suggestion
                .map(|s| s.level()),
            Some(2)
        );
        assert_eq!(
            stand(&[good(1), good(1), partial], 4, none).suggestion,
            None,
            "not all completed"
        );
        let hard = session(1, true, Some(2), Some(2), Some(8));
        assert_eq!(stand(&[good(1), good(1), hard], 4, none).suggestion, None, "effort above 7");
        assert_eq!(stand(&[good(4), good(4), good(4)], 4, none).suggestion, None, "at the top");
        // Sessions at another level do not count toward this one.
        assert_eq!(
            stand(&[good(1), good(1), good(2)], 4, none),
            Standing { level: 2, suggestion: None, sessions: 3 }
        );
    }

    #[test]
    fn a_painful_session_suggests_a_step_back_first() {
        let none = Choices::default();
        let flare = session(2, true, Some(2), Some(6), Some(5));
        assert_eq!(
            stand(&[good(2), good(2), flare], 4, none).suggestion,
            Some(Suggestion::Down { to: 1 })
        );
        let worse = session(2, true, Some(1), Some(3), Some(5));
        assert_eq!(stand(&[worse], 4, none).suggestion, Some(Suggestion::Down { to: 1 }));
        let at_one = session(1, true, Some(1), Some(9), Some(5));
        assert_eq!(stand(&[at_one], 4, none).suggestion, None, "no step back from level 1");
        let mild = session(2, true, Some(2), Some(3), Some(5));
        assert_eq!(stand(&[mild], 4, none).suggestion, None);
    }

    #[test]
    fn the_user_s_choice_and_a_decline_are_kept() {
        let sessions = [good(1), good(1), good(1)];
        let chosen = Choices { chosen: Some(3), declined_at: None };
        assert_eq!(stand(&sessions, 4, chosen).level, 3);
        assert_eq!(stand(&sessions, 2, chosen).level, 2, "never above the program's levels");
        let declined = Choices { chosen: None, declined_at: Some(3) };
        assert_eq!(stand(&sessions, 4, declined).suggestion, None);
        let mut more = sessions.to_vec();
        more.push(good(1));
        assert_eq!(
            stand(&more, 4, declined).suggestion,
            Some(Suggestion::Up { to: 2 }),
            "asked again after a new session"
        );
    }
}
