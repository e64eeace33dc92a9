//! Blocks and exercises: kinds, ids unique within the program, the dosage rules, form cues
//! inside their step, and images that stay inside the program's folder.

use super::keys::Place;
use super::values::{quote, type_name};
use super::{
    Checked, Checker, DeTable, IMAGE_EXTENSIONS, Key, MAX_CUE_CHARS, MAX_CUES, MAX_DURATION,
    MAX_EXERCISES, MAX_INSTRUCTIONS_CHARS, MAX_NAME_CHARS, MAX_PAUSE, MAX_REPS,
    MAX_SECONDS_PER_REP, MAX_SETS, MAX_TITLE_CHARS, Value,
};
use crate::program::{Block, BlockKind, Dosage, Exercise, FormCue, Sides, Text};
use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use toml::de::DeValue;

impl Checker<'_, '_> {
    /// All blocks, and the byte offset of every exercise (for pointing at one later).
    pub(super) fn blocks(
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

    pub(super) fn block(
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
        let title =
            table.get("title").and_then(|v| self.text("the block's `title`", v, MAX_TITLE_CHARS));
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

    pub(super) fn exercise(
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
            Some(value) => self.text("`name`", value, MAX_NAME_CHARS),
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
        let instructions = table
            .get("instructions")
            .and_then(|v| self.text("`instructions`", v, MAX_INSTRUCTIONS_CHARS));
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
    pub(super) fn dosage(
        &mut self,
        offset: usize,
        table: &DeTable<'_>,
        suggested: &[&str],
    ) -> Option<Dosage> {
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
    pub(super) fn cues(&mut self, value: &Value<'_>, dosage: Option<Dosage>) -> Vec<FormCue> {
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
        if items.len() > MAX_CUES {
            self.problem(
                value.span().start,
                format!("`cues` has {} cues; an exercise may have at most {MAX_CUES}", items.len()),
            );
            return Vec::new();
        }
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
                Some(value) => self.text("the cue's `text`", value, MAX_CUE_CHARS),
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
    pub(super) fn image(&mut self, value: &Value<'_>) -> Option<PathBuf> {
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

/// Why the image `relative` cannot be used from `base`, if it cannot: missing, not a file, a
/// link out of the folder, or a picture that does not pass [`crate::picture::check_file`].
pub(crate) fn missing_image(base: &Path, relative: &str) -> Option<String> {
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
            _ => crate::picture::check_file(&full)
                .err()
                .map(|problem| format!("image `{shown}` cannot be shown: {problem}")),
        },
    }
}
