//! The contract's limits, in one place: the checker, the editor and the tests read them.

/// At most this many exercises in one program.
pub const MAX_EXERCISES: usize = 200;
/// The planned session may take at most this long (4 hours).
pub const MAX_TOTAL_SECONDS: u32 = 4 * 3600;
/// Work steps (`duration`) may last 1..=this many seconds.
pub const MAX_DURATION: u32 = 3600;
/// Pauses (`get_ready`, `rest`, `set_rest`, `switch_sides`) may last 0..=this many seconds.
pub const MAX_PAUSE: u32 = 3600;
/// `countdown` may be 0..=this many seconds.
pub const MAX_COUNTDOWN: u32 = 60;
/// `reps` may be 1..=this.
pub const MAX_REPS: u32 = 500;
/// `seconds_per_rep` may be 1..=this.
pub const MAX_SECONDS_PER_REP: u32 = 60;
/// `sets` may be 1..=this.
pub const MAX_SETS: u32 = 50;
/// `sessions_per_week` may be 1..=this.
pub const MAX_SESSIONS_PER_WEEK: u32 = 14;
/// Ids are 1..=this many characters of `[a-z0-9-]`.
pub const MAX_ID_CHARS: usize = 64;
/// Image files the app can show.
pub const IMAGE_EXTENSIONS: [&str; 6] = ["svg", "png", "jpg", "jpeg", "gif", "webp"];
/// A hold (`hold`) may last 1..=this many seconds.
pub const MAX_HOLD: u32 = 600;
/// The pause between two holds (`relax`) may last 0..=this many seconds.
pub const MAX_RELAX: u32 = 600;
/// A block may be done 1..=this many `rounds`.
pub const MAX_ROUNDS: u32 = 20;
/// An exercise may have at most this many `[[block.exercise.level]]` tables (levels 2..=10).
pub const MAX_LEVEL_TABLES: usize = 9;
/// At most this many texts in `equipment`.
pub const MAX_EQUIPMENT: usize = 10;
/// A `video` address may be at most this many characters.
pub const MAX_VIDEO_CHARS: usize = 2000;
/// The planned session may have at most this many steps (at every level).
pub const MAX_STEPS: usize = 5000;
/// `progression.sessions` may be 1..=this.
pub const MAX_PROGRESSION_SESSIONS: u32 = 20;
/// Pain and effort scores go up to this.
pub const MAX_SCORE: u32 = 10;
