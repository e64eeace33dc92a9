//! Which of an exercise's two pictures to show at a moment of a session: the position the
//! movement starts from, or the one it moves to.
//!
//! During a paced set the picture follows the tick: the start pose in the first half of every
//! repetition, the end pose in the second (down, up, in the program's rhythm). A hold (a timed
//! step) and a set of reps at the patient's own pace show the end pose: it is the exercise's
//! main picture. Before an exercise and between its sets and sides (prepare, rest, set rest,
//! switch) the start pose shows which position to take. An exercise with one picture shows it
//! throughout; the lookup falls back to it.
//!
//! The pictures: `assets/illustrations/<id>.svg` (end) and `<id>.start.svg` (start), and for
//! a level that changes the position `<id>.level<N>.svg` and `<id>.level<N>.start.svg` (see
//! [`drawing_name`]); a program's `image = "a/b.svg"` (end) and `a/b.start.svg` beside it
//! (start), see [`start_image`].

use crate::program::{Step, StepKind};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// One of the two pictures of an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pose {
    /// The position the movement starts from.
    Start,
    /// The position it moves to; also the hold and the exercise's main picture.
    End,
}

/// The pose to show `elapsed` into `step` (time spent in the step, pauses excluded).
pub fn pose_at(step: &Step, elapsed: Duration) -> Pose {
    if step.kind != StepKind::Work {
        return Pose::Start;
    }
    let Some(pace) = pace(step) else { return Pose::End };
    if step.pass_reps().is_some_and(|reps| elapsed >= pace * reps) {
        return Pose::End; // the last moment of the set: it ended up
    }
    let into_rep = elapsed.as_millis() % pace.as_millis();
    if into_rep < pace.as_millis() / 2 { Pose::Start } else { Pose::End }
}

/// How long into `step` the pose shown next changes, if it changes again before the step
/// ends (the screen wakes up then).
pub fn next_change(step: &Step, elapsed: Duration) -> Option<Duration> {
    let pace = pace(step).filter(|_| step.kind == StepKind::Work)?;
    let half = pace / 2;
    let length = pace * step.pass_reps()?;
    let rep_start = pace * u32::try_from(elapsed.as_millis() / pace.as_millis()).ok()?;
    let change = if elapsed < rep_start + half { rep_start + half } else { rep_start + pace };
    (change < length).then_some(change)
}

/// The pace of a paced reps step.
fn pace(step: &Step) -> Option<Duration> {
    step.reps?;
    let seconds = step.seconds_per_rep.filter(|&s| s > 0)?;
    Some(Duration::from_secs(u64::from(seconds)))
}

/// The name of the project's drawing (`assets/illustrations/<name>.svg`) of exercise `id` in
/// `pose`, among the drawings `exists` says are there. `level` is the level it is done at, for
/// an exercise that has levels; `None` for one without.
///
/// `<id>` is the exercise as the id names it (the plank on the toes), for every program that
/// uses the id without levels. An exercise with levels shows the drawing of its level,
/// `<id>.level<N>` (the plank on the knees at level 1), and a level without one the drawing
/// of the level below it (the way a level inherits every key it leaves out), down to `<id>`.
/// The start pose is that drawing's own `.start`, else the drawing itself: never the start
/// pose of another level (a single-leg bridge does not start from the two-legged one). `None`
/// when there is no drawing for `id` at all.
pub fn drawing_name(
    id: &str,
    level: Option<u32>,
    pose: Pose,
    exists: impl Fn(&str) -> bool,
) -> Option<String> {
    let own_level =
        (1..=level.unwrap_or(0)).rev().map(|n| format!("{id}.level{n}")).find(|name| exists(name));
    let drawing = own_level.or_else(|| exists(id).then(|| id.to_owned()))?;
    let start = format!("{drawing}.start");
    Some(if pose == Pose::Start && exists(&start) { start } else { drawing })
}

/// Where a program keeps the start pose of its image `image`: beside it, with `.start`
/// before the extension (`images/bridge.svg` → `images/bridge.start.svg`). The file is
/// optional; without it the image shows throughout.
pub fn start_image(image: &Path) -> PathBuf {
    let stem = image.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let name = match image.extension() {
        Some(extension) => format!("{stem}.start.{}", extension.to_string_lossy()),
        None => format!("{stem}.start"),
    };
    image.with_file_name(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn step(kind: StepKind, reps: Option<u32>, seconds_per_rep: Option<u32>) -> Step {
        let seconds = match (reps, seconds_per_rep) {
            (Some(r), Some(p)) => Some(r * p),
            (Some(_), None) => None,
            _ => Some(30),
        };
        Step {
            kind,
            exercise: Some(0),
            set: 1,
            side: None,
            seconds,
            reps,
            seconds_per_rep,
            rep: None,
            round: Some(1),
            countdown: 3,
            halfway: true,
        }
    }

    fn ms(millis: u64) -> Duration {
        Duration::from_millis(millis)
    }

    #[test]
    fn a_paced_set_shows_the_start_pose_then_the_end_pose_in_every_rep() {
        // The bridge: 10 reps at 5 s; down for the first 2.5 s of a rep, up for the rest.
        let bridge = step(StepKind::Work, Some(10), Some(5));
        let at = |millis| pose_at(&bridge, ms(millis));
        assert_eq!(at(0), Pose::Start);
        assert_eq!(at(2_499), Pose::Start);
        assert_eq!(at(2_500), Pose::End);
        assert_eq!(at(4_999), Pose::End);
        assert_eq!(at(5_000), Pose::Start, "the tick of rep 2 starts it again");
        assert_eq!(at(47_600), Pose::End);
        assert_eq!(at(50_000), Pose::End, "a finished set stays up");
    }

    #[test]
    fn the_pose_changes_on_the_beat_and_its_half() {
        let squat = step(StepKind::Work, Some(3), Some(3));
        let next = |millis| next_change(&squat, ms(millis));
        assert_eq!(next(0), Some(ms(1_500)));
        assert_eq!(next(1_499), Some(ms(1_500)));
        assert_eq!(next(1_500), Some(ms(3_000)));
        assert_eq!(next(3_200), Some(ms(4_500)));
        assert_eq!(next(7_500), None, "the step ends at 9 s on the end pose");
        let odd = step(StepKind::Work, Some(2), Some(5));
        assert_eq!(next_change(&odd, ms(0)), Some(ms(2_500)));
    }

    #[test]
    fn a_hold_and_a_set_at_the_patients_pace_show_the_end_pose() {
        let plank = step(StepKind::Work, None, None);
        assert_eq!(pose_at(&plank, ms(0)), Pose::End);
        assert_eq!(pose_at(&plank, ms(29_000)), Pose::End);
        assert_eq!(next_change(&plank, ms(0)), None);
        let own_pace = step(StepKind::Work, Some(10), None);
        assert_eq!(pose_at(&own_pace, ms(3_000)), Pose::End);
        assert_eq!(next_change(&own_pace, ms(3_000)), None);
    }

    #[test]
    fn between_sets_and_before_an_exercise_the_start_pose_shows_where_to_begin() {
        for kind in [StepKind::Prepare, StepKind::Rest, StepKind::SetRest, StepKind::Switch] {
            let pause = Step { seconds_per_rep: None, reps: None, ..step(kind, None, None) };
            assert_eq!(pose_at(&pause, ms(4_000)), Pose::Start, "{kind:?}");
            assert_eq!(next_change(&pause, ms(0)), None, "{kind:?}");
        }
    }

    #[test]
    fn a_programs_start_picture_sits_beside_its_image() {
        assert_eq!(
            start_image(Path::new("images/bridge.svg")),
            Path::new("images/bridge.start.svg")
        );
        assert_eq!(start_image(Path::new("squat.PNG")), Path::new("squat.start.PNG"));
        assert_eq!(start_image(Path::new("a.b/dead-bug")), Path::new("a.b/dead-bug.start"));
    }

    #[test]
    fn a_level_shows_its_own_drawing_or_the_one_of_the_level_below() {
        let drawings = [
            "bridge",
            "bridge.start",
            "bridge.level3",
            "bridge.level3.start",
            "plank",
            "plank.level1",
            "plank.level2",
        ];
        let exists = |name: &str| drawings.contains(&name);
        let name = |id, level, pose| drawing_name(id, level, pose, exists);
        assert_eq!(name("bridge", Some(1), Pose::End).as_deref(), Some("bridge"));
        assert_eq!(name("bridge", Some(1), Pose::Start).as_deref(), Some("bridge.start"));
        assert_eq!(name("bridge", Some(2), Pose::Start).as_deref(), Some("bridge.start"));
        assert_eq!(name("bridge", Some(3), Pose::End).as_deref(), Some("bridge.level3"));
        assert_eq!(name("bridge", Some(4), Pose::Start).as_deref(), Some("bridge.level3.start"));
        // Level 1 of the built-in plank is on the knees; a plank without levels is the plank.
        assert_eq!(name("plank", Some(1), Pose::End).as_deref(), Some("plank.level1"));
        assert_eq!(name("plank", None, Pose::End).as_deref(), Some("plank"));
        // A level's drawing without a start pose shows throughout, not another's start pose.
        assert_eq!(name("plank", Some(3), Pose::Start).as_deref(), Some("plank.level2"));
        assert_eq!(name("bridge", None, Pose::Start).as_deref(), Some("bridge.start"));
        assert_eq!(name("dead-bug", Some(2), Pose::End), None);
    }
}
