//! What the coach says and when: the phrases of a session in the user's language (every word
//! from the Fluent files), and where each one goes between the beeps.
//!
//! A phrase hangs on a cue (its *anchor*): the exercise's name and dose on [`Cue::Go`], "set
//! two of three" on the `Go` of a later set, "halfway" on [`Cue::Halfway`], the physio's form
//! cue on [`Cue::Form`], "rest, next: plank, thirty seconds" on [`Cue::Rest`], "well done" on
//! [`Cue::Finished`]. A later round begins with "round two of three" and the exercise on
//! [`Cue::Round`]; a program with levels says its level as the session gets ready; in an
//! alternating hold series each hold after the first names its side. A relax between two
//! holds is its beep alone (it lasts a few seconds). A new kind of cue gets its phrase with one
//! arm in [`Script::line`] and one Fluent message.
//!
//! # How speech shares the bus with the beeps
//!
//! Beeps mark moments (the countdown, a rep, the start of a step); speech carries news that is
//! also on screen. So the beeps keep their moments and speech goes in the gaps: a phrase
//! starts [`GAP`] after the beep of its anchor has rung out (and after any phrase before it),
//! and must end [`GUARD`] before the next beep, before the countdown of its step begins and
//! before the step ends. A phrase that does not fit is said in its short form (the name only);
//! one whose short form does not fit either is left out: it is never made late, and it never
//! covers a beep. Nothing is mixed over anything else, so no ducking is needed and every word
//! and every beep is heard whole.
//!
//! This module does no sound: lengths of beeps and phrases are given to it (the audio module
//! knows them), so all of it is tested without a device or a voice.

pub mod words;

use crate::cue::{self, Cue};
use crate::i18n::I18n;
use crate::program::{Dosage, Plan, PlannedExercise, Side, Sides, StepKind};
use std::time::Duration;

/// Silence between the end of a beep (or of a phrase) and the start of a phrase.
pub const GAP: Duration = Duration::from_millis(100);
/// Silence between the end of a phrase and the next beep (or the countdown, or the step's end).
pub const GUARD: Duration = Duration::from_millis(150);

/// What the user chose about speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Speak the physio's form cues (their chime sounds either way).
    pub form_cues: bool,
}

impl Default for Options {
    fn default() -> Self {
        Self { form_cues: true }
    }
}

/// One phrase of the session, hanging on a cue of a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The step (index into `Plan::steps`); the last step for [`Cue::Finished`].
    pub step: usize,
    /// The cue it is said after.
    pub anchor: Cue,
    /// What to say when there is time.
    pub full: String,
    /// What to say when there is not (the name only); `None` when the phrase is short already.
    pub short: Option<String>,
}

/// Every phrase of a session, in the order they come.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Script {
    language: String,
    lines: Vec<Line>,
}

/// A phrase placed on the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spoken {
    pub step: usize,
    pub anchor: Cue,
    /// From the anchor's moment to the phrase's first sample.
    pub delay: Duration,
    /// From the step's start to the phrase's first sample (for [`Cue::Finished`] of an
    /// untimed step: from the moment it finished).
    pub at: Duration,
    pub text: String,
    pub length: Duration,
    /// The short form was said, for want of time.
    pub shortened: bool,
}

impl Script {
    /// The phrases of `plan` in `i18n`'s language.
    pub fn new(plan: &Plan, i18n: &I18n, options: Options) -> Self {
        let language = i18n.language().to_owned();
        let words = Words { i18n, language: &language };
        let mut lines = Vec::new();
        for index in 0..plan.steps.len() {
            for (_, cue) in cue::step_cues(plan, index) {
                if let Some((full, short)) = Self::line(plan, index, cue, &words, options) {
                    lines.push(Line { step: index, anchor: cue, full, short });
                }
            }
        }
        if let Some(last) = plan.steps.len().checked_sub(1) {
            let full = i18n.tr("say-finished");
            lines.push(Line { step: last, anchor: Cue::Finished, full, short: None });
        }
        Self { language, lines }
    }

    /// What is said on `cue` of step `index`, in full and short, if anything.
    fn line(
        plan: &Plan,
        index: usize,
        cue: Cue,
        words: &Words<'_>,
        options: Options,
    ) -> Option<(String, Option<String>)> {
        let i18n = words.i18n;
        let step = plan.steps.get(index)?;
        let exercise = plan.exercise_of(step);
        let name = |e: &PlannedExercise| e.name.get(words.language).to_owned();
        match cue {
            Cue::GetReady => {
                let first = plan.next_work(index).and_then(|(_, s)| plan.exercise_of(s))?;
                let what = format!("{}, {}", name(first), words.dose(first, 1));
                let full = if plan.levels > 1 {
                    i18n.tr_args(
                        "say-get-ready-level",
                        &[
                            ("level", words.number(plan.level).into()),
                            ("levels", words.number(plan.levels).into()),
                            ("exercise", what.into()),
                        ],
                    )
                } else {
                    i18n.tr_args("say-get-ready", &[("exercise", what.into())])
                };
                Some((
                    full,
                    Some(i18n.tr_args("say-get-ready-short", &[("name", name(first).into())])),
                ))
            }
            Cue::Go | Cue::Round { .. } => {
                let exercise = exercise?;
                // A later hold of a series: its beep says it, and alternating, its side.
                if step.rep.is_some_and(|rep| rep > 1) {
                    let key = match step.side {
                        Some(Side::Left) if exercise.sides == Sides::Alternate => "say-left",
                        Some(Side::Right) if exercise.sides == Sides::Alternate => "say-right",
                        _ => return None,
                    };
                    return Some((i18n.tr(key), None));
                }
                // The second side follows "switch sides", which said it all.
                if exercise.sides == Sides::Both && step.side == Some(Side::Right) {
                    return None;
                }
                if let Cue::Round { round, of } = cue {
                    let round = i18n.tr_args(
                        "say-round",
                        &[
                            ("round", words.number(round).into()),
                            ("rounds", words.number(of).into()),
                        ],
                    );
                    let dose = capitalized(&words.dose(exercise, step.set));
                    let full = i18n.tr_args(
                        "say-round-exercise",
                        &[
                            ("round", round.clone().into()),
                            ("name", name(exercise).into()),
                            ("dose", dose.into()),
                        ],
                    );
                    return Some((full, Some(round)));
                }
                if step.set > 1 {
                    let full = if step.set == exercise.sets {
                        i18n.tr("say-last-set")
                    } else {
                        i18n.tr_args(
                            "say-set",
                            &[
                                ("set", words.number(step.set).into()),
                                ("sets", words.number(exercise.sets).into()),
                            ],
                        )
                    };
                    return Some((full, None));
                }
                let dose = capitalized(&words.dose(exercise, step.set));
                Some((
                    i18n.tr_args(
                        "say-exercise",
                        &[("name", name(exercise).into()), ("dose", dose.into())],
                    ),
                    Some(i18n.tr_args("say-exercise-short", &[("name", name(exercise).into())])),
                ))
            }
            Cue::Halfway => Some((i18n.tr("say-halfway"), None)),
            Cue::SwitchSides => Some((i18n.tr("say-switch-sides"), None)),
            Cue::Rest { next } => {
                let next = next.and_then(|i| plan.exercises.get(i));
                match (step.kind, next) {
                    (StepKind::Rest | StepKind::RoundRest, Some(next)) => {
                        let what = format!("{}, {}", name(next), words.dose(next, 1));
                        Some((
                            i18n.tr_args("say-rest-next", &[("exercise", what.into())]),
                            Some(
                                i18n.tr_args("say-rest-next-short", &[("name", name(next).into())]),
                            ),
                        ))
                    }
                    _ => Some((i18n.tr("say-rest"), None)),
                }
            }
            Cue::Form(i) if options.form_cues => {
                let text = exercise?.cues.get(i)?.text.get(words.language).trim().to_owned();
                (!text.is_empty()).then_some((text, None))
            }
            Cue::Form(_) | Cue::Countdown(_) | Cue::Rep(_) | Cue::Relax | Cue::Finished => None,
        }
    }

    /// The language the phrases are in.
    pub fn language(&self) -> &str {
        &self.language
    }

    /// Every line, in session order.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// Every text that may be said, each once, in the order they may be needed (a line's full
    /// form before its short one): the order to render them in.
    pub fn texts(&self) -> Vec<String> {
        let mut seen = std::collections::HashSet::new();
        let mut texts = Vec::new();
        for line in &self.lines {
            for text in std::iter::once(&line.full).chain(&line.short) {
                if seen.insert(text.as_str()) {
                    texts.push(text.clone());
                }
            }
        }
        texts
    }

    /// Where the phrases of step `index` go, given how long each beep lasts and how long each
    /// text takes to say (`None`: it cannot be said, e.g. not rendered). See the module's
    /// documentation for the rules.
    pub fn schedule_step(
        &self,
        plan: &Plan,
        index: usize,
        beep: &dyn Fn(Cue) -> Duration,
        length: &mut dyn FnMut(&str) -> Option<Duration>,
    ) -> Vec<Spoken> {
        let Some(step) = plan.steps.get(index) else { return Vec::new() };
        let cues = cue::step_cues(plan, index);
        let end = step.seconds.map(|s| Duration::from_secs(u64::from(s)));
        let beeps: Vec<(Duration, Duration)> =
            cues.iter().map(|(at, cue)| (*at, *at + beep(*cue))).collect();
        let countdown = cues.iter().find(|(_, c)| matches!(c, Cue::Countdown(_))).map(|(a, _)| *a);
        let hard_end = [end, countdown].into_iter().flatten().min();
        let mut spoken: Vec<Spoken> = Vec::new();
        for line in self.lines.iter().filter(|l| l.step == index) {
            let (moment, limit_end, finish) = if line.anchor == Cue::Finished {
                // Said after the session's last beep, with nothing after it.
                (end.unwrap_or_default(), None, true)
            } else {
                let Some((moment, _)) = cues.iter().find(|(_, c)| *c == line.anchor) else {
                    continue;
                };
                (*moment, hard_end, false)
            };
            let mut start = moment;
            if let Some(before) = spoken.last() {
                start = start.max(before.at + before.length + GAP);
            }
            let relevant: Vec<(Duration, Duration)> =
                if finish { vec![(moment, moment + beep(Cue::Finished))] } else { beeps.clone() };
            // Out of every beep that sounds at `start`, repeatedly (beeps may chain).
            while let Some(&(_, until)) =
                relevant.iter().find(|(from, until)| *from <= start && start < *until + GAP)
            {
                start = until + GAP;
            }
            let next_beep =
                relevant.iter().map(|(from, _)| *from).filter(|from| *from >= start).min();
            let limit =
                [next_beep, limit_end].into_iter().flatten().min().map(|l| l.saturating_sub(GUARD));
            let fits = |length: Duration| limit.is_none_or(|limit| start + length <= limit);
            let chosen = std::iter::once((&line.full, false))
                .chain(line.short.iter().map(|s| (s, true)))
                .find_map(|(text, shortened)| {
                    let length = length(text)?;
                    fits(length).then(|| (text.clone(), length, shortened))
                });
            if let Some((text, length, shortened)) = chosen {
                spoken.push(Spoken {
                    step: index,
                    anchor: line.anchor,
                    delay: start - moment,
                    at: start,
                    text,
                    length,
                    shortened,
                });
            }
        }
        spoken
    }
}

/// Numbers and doses as words.
struct Words<'a> {
    i18n: &'a I18n,
    language: &'a str,
}

impl Words<'_> {
    fn number(&self, n: u32) -> String {
        words::words(n, self.language)
    }

    /// A count in words with its noun: `key` takes `$n` (for the plural) and `$words`.
    fn counted(&self, key: &str, n: u32) -> String {
        self.i18n.tr_args(key, &[("n", n.into()), ("words", self.number(n).into())])
    }

    /// "dertig seconden per kant", "tien keer, vier tellen per keer", "zes keer tien seconden
    /// vasthouden": the dose of set `set` (1-based).
    fn dose(&self, exercise: &PlannedExercise, set: u32) -> String {
        let set = set.max(1);
        let amount = match &exercise.dosage {
            Dosage::Timed { seconds } => self.duration(seconds.of_set(set)),
            Dosage::Reps { reps, seconds_per_rep: None } => {
                self.counted("say-reps", reps.of_set(set))
            }
            Dosage::Reps { reps, seconds_per_rep: Some(pace) } => self.i18n.tr_args(
                "say-paced-reps",
                &[
                    ("reps", self.counted("say-reps", reps.of_set(set)).into()),
                    ("pace", self.counted("say-counts", *pace).into()),
                ],
            ),
            Dosage::Holds { reps, hold } => {
                let n = reps.of_set(set);
                self.i18n.tr_args(
                    "say-holds",
                    &[
                        ("n", n.into()),
                        ("words", self.number(n).into()),
                        ("hold", self.duration(*hold).into()),
                    ],
                )
            }
        };
        match exercise.sides {
            Sides::Both => self.i18n.tr_args("say-each-side", &[("dose", amount.into())]),
            Sides::Alternate => self.i18n.tr_args("say-alternating", &[("dose", amount.into())]),
            _ => amount,
        }
    }

    /// "dertig seconden", "twee minuten", "één minuut en dertig seconden".
    fn duration(&self, seconds: u32) -> String {
        let (minutes, rest) = (seconds / 60, seconds % 60);
        match (minutes, rest) {
            (0, s) => self.counted("say-seconds", s),
            (m, 0) => self.counted("say-minutes", m),
            (m, s) => self.i18n.tr_args(
                "say-minutes-seconds",
                &[
                    ("minutes", self.counted("say-minutes", m).into()),
                    ("seconds", self.counted("say-seconds", s).into()),
                ],
            ),
        }
    }
}

/// `text` with its first letter upper case: a dose that opens a sentence.
fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
