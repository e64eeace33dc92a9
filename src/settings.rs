//! The user's settings: a TOML file in the data folder, defaults filled in, every value
//! sanitized, written atomically (temp file + rename) so a crash never leaves half a file.

use crate::i18n::Message;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{self, Read, Write};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The settings file's name inside the data folder.
pub const FILE_NAME: &str = "settings.toml";

/// The settings file may be at most this large; a larger one is not a settings file.
pub const MAX_FILE_BYTES: u64 = 1 << 20;

/// Languages the interface speaks.
pub const LANGUAGES: [&str; 2] = ["en", "nl"];

/// The volume, in percent.
pub const VOLUME: RangeInclusive<u8> = 0..=100;
/// The get-ready time that overrides the programs', in seconds.
pub const GET_READY: RangeInclusive<u32> = 0..=60;
/// The get-ready time offered when the user first overrides the programs'.
pub const DEFAULT_GET_READY: u32 = 10;
/// The speaking rate of spoken cues, in words per minute (eSpeak NG speaks 80..450).
pub const VOICE_RATE: RangeInclusive<u32> = 100..=250;
/// A little slower than eSpeak NG's own 175: words heard from a mat, during an effort.
pub const DEFAULT_VOICE_RATE: u32 = 160;
/// Sessions per week for the week streak: the same range a program's `sessions_per_week` has.
pub const WEEKLY_TARGET: RangeInclusive<u32> = 1..=crate::program::MAX_SESSIONS_PER_WEEK;

/// Light, dark, or whatever the system uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

/// When to be reminded to train.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RemindWhen {
    #[default]
    Off,
    /// On the ticked days, at the reminder's time.
    Days,
    /// At the reminder's time on any day this week is behind its target.
    Behind,
}

impl RemindWhen {
    /// The word in the settings file.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Off => "off",
            Self::Days => "days",
            Self::Behind => "behind",
        }
    }
}

/// Reminders: on training days, or in the evening when the week is behind (see
/// `desktop::reminder`). Saved as `[reminders] when = "days", days = ["mon", "thu"],
/// time = "18:30"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminders {
    pub when: RemindWhen,
    /// The training days, Monday first.
    pub days: [bool; 7],
    /// The time of day, to the minute.
    pub time: chrono::NaiveTime,
}

impl Default for Reminders {
    fn default() -> Self {
        Self {
            when: RemindWhen::Off,
            // Three days apart, as a weekly target of 3 asks.
            days: [true, false, true, false, true, false, false],
            time: chrono::NaiveTime::from_hms_opt(19, 0, 0).unwrap_or_default(),
        }
    }
}

/// The days as the settings file writes them, Monday first.
pub const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

impl Reminders {
    /// Whether `day` is a training day.
    pub fn on(&self, day: chrono::Weekday) -> bool {
        self.days[day.num_days_from_monday() as usize]
    }
}

impl Serialize for Reminders {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let days: Vec<&str> =
            DAY_NAMES.iter().zip(self.days).filter(|(_, on)| *on).map(|(name, _)| *name).collect();
        let mut table = serializer.serialize_struct("Reminders", 3)?;
        table.serialize_field("when", self.when.as_str())?;
        table.serialize_field("days", &days)?;
        table.serialize_field("time", &self.time.format("%H:%M").to_string())?;
        table.end()
    }
}

/// Everything the user can set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Settings {
    /// `None`: follow the system's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    pub theme: ThemeChoice,
    /// In [`VOLUME`].
    pub volume: u8,
    pub muted: bool,
    /// Overrides the programs' get-ready seconds (in [`GET_READY`]); `None`: as the program
    /// says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub get_ready: Option<u32>,
    /// Sessions per week for the week streak when a program sets none (in [`WEEKLY_TARGET`]).
    pub weekly_target: u32,
    /// Extra-large text on the session screen, for reading from the mat.
    pub large_type: bool,
    /// Spoken cues (when a voice is installed; the beeps sound either way).
    pub voice: bool,
    /// Words per minute of the spoken cues, in [`VOICE_RATE`].
    pub voice_rate: u32,
    /// Say the physio's form cues too (their chime sounds either way).
    pub speak_form_cues: bool,
    /// Program id → the version whose safety rules (`stop_if`) the user has accepted.
    pub accepted_safety: BTreeMap<String, u32>,
    /// Keys this Limber does not know (from a newer one, or the user's own), written back
    /// as they were.
    #[serde(skip)]
    pub other: toml::Table,
    /// Program id → the level the user picked or accepted last.
    pub levels: BTreeMap<String, u32>,
    /// Program id → how many sessions it had when the user declined a level suggestion.
    pub declined_levels: BTreeMap<String, u32>,
    /// When to be reminded to train.
    pub reminders: Reminders,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: None,
            theme: ThemeChoice::System,
            volume: 80,
            muted: false,
            get_ready: None,
            weekly_target: crate::streaks::DEFAULT_WEEKLY_TARGET,
            large_type: false,
            voice: true,
            voice_rate: DEFAULT_VOICE_RATE,
            speak_form_cues: true,
            accepted_safety: BTreeMap::new(),
            other: toml::Table::new(),
            levels: BTreeMap::new(),
            declined_levels: BTreeMap::new(),
            reminders: Reminders::default(),
        }
    }
}

/// Why settings could not be read or written.
#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: Arc<io::Error> },
    #[error("cannot save settings to {}: {source}", path.display())]
    Write { path: PathBuf, source: Arc<io::Error> },
    #[error("cannot save settings: {0}")]
    Serialize(String),
}

/// Settings as loaded, with what was wrong in the file (already repaired in `settings`).
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub settings: Settings,
    /// One per problem, e.g. "settings.toml: `volume` must be 0..100, found 250; using 100".
    pub warnings: Vec<Message>,
}

impl Settings {
    /// The language to use when the user has not chosen one: a supported one or `None`.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// Whether the safety rules of `program_id` at `version` were accepted (accepting one
    /// version does not accept a later one: the physio may have changed the rules).
    pub fn has_accepted(&self, program_id: &str, version: u32) -> bool {
        self.accepted_safety.get(program_id).is_some_and(|v| *v >= version)
    }

    /// What the user said about the level of `program_id`.
    pub fn level_choices(&self, program_id: &str) -> crate::progression::Choices {
        crate::progression::Choices {
            chosen: self.levels.get(program_id).copied(),
            declined_at: self.declined_levels.get(program_id).copied(),
        }
    }

    /// Reads `data_dir/settings.toml`. A missing file gives the defaults. A file that is not
    /// settings (not a regular file, too large, not UTF-8 text, not valid TOML) is renamed to
    /// `settings.toml.broken` (never deleted, never opened when it is a pipe or a device) and
    /// the defaults are used; wrong values are replaced by their defaults or clamped, each
    /// with a warning; keys this Limber does not know are kept.
    pub fn load(data_dir: &Path) -> Result<Loaded, Error> {
        let path = data_dir.join(FILE_NAME);
        match std::fs::symlink_metadata(&path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(Loaded { settings: Settings::default(), warnings: vec![] });
            }
            Err(e) => return Err(Error::Read { path, source: Arc::new(e) }),
            Ok(_) => {}
        }
        // A file that cannot be read is set aside too: saving would otherwise replace it.
        let bytes = match read_regular(&path, MAX_FILE_BYTES) {
            Ok(bytes) => bytes,
            Err(e) => {
                let why = Message::new("settings-unreadable").with("detail", e.to_string());
                return Ok(broken(&path, why));
            }
        };
        Ok(Self::parse(&bytes).unwrap_or_else(|why| broken(&path, why)))
    }

    /// The settings in `bytes` (a settings file's contents), or why they are not settings.
    pub fn parse(bytes: &[u8]) -> Result<Loaded, Message> {
        let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
        let text = std::str::from_utf8(bytes)
            .map_err(|e| Message::new("settings-not-utf8").with("byte", e.valid_up_to() + 1))?;
        let table = text
            .parse::<toml::Table>()
            .map_err(|e| Message::new("settings-not-toml").with("detail", e.message().trim()))?;
        Ok(from_table(&table))
    }

    /// Writes `data_dir/settings.toml` atomically, with the keys this Limber does not know
    /// as they were. A settings file that is a link to a file is written where it points.
    pub fn save(&self, data_dir: &Path) -> Result<(), Error> {
        let path = data_dir.join(FILE_NAME);
        let serialize = |e: toml::ser::Error| Error::Serialize(e.to_string());
        let mut table = toml::Table::try_from(self).map_err(serialize)?;
        for (key, value) in &self.other {
            table.entry(key.clone()).or_insert_with(|| value.clone());
        }
        let text = toml::to_string_pretty(&table).map_err(serialize)?;
        let linked = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        let target = match std::fs::canonicalize(&path) {
            Ok(target) if linked && target.is_file() => target,
            _ => path,
        };
        write_atomically(&target, text.as_bytes())
            .map_err(|e| Error::Write { path: target, source: Arc::new(e) })
    }
}

/// The defaults, the file at `path` set aside, and a warning that says why and where it is.
fn broken(path: &Path, why: Message) -> Loaded {
    let kept = match set_aside(path) {
        Ok(p) => Message::new("settings-kept-as").with("path", p.display().to_string()),
        Err(e) => Message::new("settings-left-in-place").with("error", e.to_string()),
    };
    let warning = Message::new("settings-broken")
        .with("file", path.display().to_string())
        .with("why", why)
        .with("kept", kept);
    Loaded { settings: Settings::default(), warnings: vec![warning] }
}

fn from_table(table: &toml::Table) -> Loaded {
    let mut warnings = Vec::new();
    let mut settings = Settings::default();
    let mut warn = |key: &str, problem: Message| {
        let warning = Message::new("settings-problem")
            .with("file", FILE_NAME)
            .with("key", key)
            .with("problem", problem);
        warnings.push(warning);
    };
    let found = |value: &toml::Value| value.to_string();
    for (key, value) in table {
        match key.as_str() {
            "language" => match value.as_str() {
                Some(code) if LANGUAGES.contains(&code) => settings.language = Some(code.into()),
                Some("system") => settings.language = None,
                _ => warn(key, Message::new("settings-not-language").with("found", found(value))),
            },
            "theme" => match ThemeChoice::deserialize(value.clone()) {
                Ok(theme) => settings.theme = theme,
                Err(_) => warn(key, Message::new("settings-not-theme").with("found", found(value))),
            },
            "volume" => match value.as_integer() {
                Some(v) => {
                    let clamped = clamp(v, &VOLUME);
                    if clamped != v {
                        warn(key, clamped_to("settings-clamped", &VOLUME, v, clamped));
                    }
                    settings.volume = u8::try_from(clamped).unwrap_or(*VOLUME.end());
                }
                None => warn(key, not_number(&VOLUME, value)),
            },
            "muted" | "large_type" => match value.as_bool() {
                Some(b) if key == "muted" => settings.muted = b,
                Some(b) => settings.large_type = b,
                None => warn(key, Message::new("settings-not-boolean").with("found", found(value))),
            },
            "get_ready" => match value.as_integer() {
                Some(v) => {
                    let clamped = clamp(v, &GET_READY);
                    if clamped != v {
                        warn(key, clamped_to("settings-clamped-seconds", &GET_READY, v, clamped));
                    }
                    settings.get_ready = u32::try_from(clamped).ok();
                }
                None => warn(key, Message::new("settings-not-seconds").with("found", found(value))),
            },
            "weekly_target" => match value.as_integer() {
                Some(v) => {
                    let clamped = clamp(v, &WEEKLY_TARGET);
                    if clamped != v {
                        warn(key, clamped_to("settings-clamped", &WEEKLY_TARGET, v, clamped));
                    }
                    settings.weekly_target =
                        u32::try_from(clamped).unwrap_or(crate::streaks::DEFAULT_WEEKLY_TARGET);
                }
                None => warn(key, not_number(&WEEKLY_TARGET, value)),
            },
            "voice" | "speak_form_cues" => match value.as_bool() {
                Some(b) if key == "voice" => settings.voice = b,
                Some(b) => settings.speak_form_cues = b,
                None => warn(key, Message::new("settings-not-boolean").with("found", found(value))),
            },
            "voice_rate" => match value.as_integer() {
                Some(v) => {
                    let clamped = clamp(v, &VOICE_RATE);
                    if clamped != v {
                        warn(key, clamped_to("settings-clamped-rate", &VOICE_RATE, v, clamped));
                    }
                    settings.voice_rate = u32::try_from(clamped).unwrap_or(DEFAULT_VOICE_RATE);
                }
                None => warn(key, not_number(&VOICE_RATE, value)),
            },
            "accepted_safety" | "levels" | "declined_levels" => match value.as_table() {
                Some(table) => {
                    let slot = match key.as_str() {
                        "accepted_safety" => &mut settings.accepted_safety,
                        "levels" => &mut settings.levels,
                        _ => &mut settings.declined_levels,
                    };
                    for (id, number) in table {
                        match number.as_integer().and_then(|v| u32::try_from(v).ok()) {
                            Some(v) => {
                                slot.insert(id.clone(), v);
                            }
                            None => {
                                warn(key, Message::new("settings-entry-not-number").with("id", id))
                            }
                        }
                    }
                }
                None => warn(key, Message::new("settings-not-id-table")),
            },
            "reminders" => match value.as_table() {
                Some(table) => settings.reminders = reminders(table, &mut warn),
                None => warn(key, Message::new("settings-not-reminders-table")),
            },
            // Keys from a newer Limber are kept rather than reported.
            _ => {
                settings.other.insert(key.clone(), value.clone());
            }
        }
    }
    Loaded { settings, warnings }
}

/// `[reminders]`, each wrong value replaced by its default with a warning.
fn reminders(table: &toml::Table, warn: &mut impl FnMut(&str, Message)) -> Reminders {
    let mut reminders = Reminders::default();
    for (key, value) in table {
        let key_name = format!("reminders.{key}");
        match key.as_str() {
            "when" => match value.as_str() {
                Some("off") => reminders.when = RemindWhen::Off,
                Some("days") => reminders.when = RemindWhen::Days,
                Some("behind") => reminders.when = RemindWhen::Behind,
                _ => warn(
                    &key_name,
                    Message::new("settings-not-when").with("found", value.to_string()),
                ),
            },
            "days" => {
                let names: Option<Vec<usize>> = value.as_array().and_then(|days| {
                    days.iter()
                        .map(|day| DAY_NAMES.iter().position(|name| Some(*name) == day.as_str()))
                        .collect()
                });
                match names {
                    Some(positions) => {
                        reminders.days = [false; 7];
                        for position in positions {
                            reminders.days[position] = true;
                        }
                    }
                    None => warn(
                        &key_name,
                        Message::new("settings-not-days").with("found", value.to_string()),
                    ),
                }
            }
            "time" => match value
                .as_str()
                .and_then(|t| chrono::NaiveTime::parse_from_str(t, "%H:%M").ok())
            {
                Some(time) => reminders.time = time,
                None => warn(
                    &key_name,
                    Message::new("settings-not-time").with("found", value.to_string()),
                ),
            },
            _ => {}
        }
    }
    reminders
}

/// `value` brought into `range`.
/// "must be LOW..HIGH, found V; using USED", in the words of message `name`.
fn clamped_to<T: Copy + Into<i64>>(
    name: &'static str,
    range: &RangeInclusive<T>,
    found: i64,
    used: i64,
) -> Message {
    Message::new(name)
        .with("low", (*range.start()).into())
        .with("high", (*range.end()).into())
        .with("found", found)
        .with("used", used)
}

fn not_number<T: Copy + Into<i64>>(range: &RangeInclusive<T>, value: &toml::Value) -> Message {
    Message::new("settings-not-number")
        .with("low", (*range.start()).into())
        .with("high", (*range.end()).into())
        .with("found", value.to_string())
}

fn clamp<T: Copy + Into<i64>>(value: i64, range: &RangeInclusive<T>) -> i64 {
    value.clamp((*range.start()).into(), (*range.end()).into())
}

/// Renames a broken file aside (`NAME.broken`, `NAME.broken-2`, ...) without overwriting any.
fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for n in 1..1000 {
        let suffix = if n == 1 { ".broken".to_owned() } else { format!(".broken-{n}") };
        let target = path.with_file_name(format!("{name}{suffix}"));
        // Not `exists()`: a dangling link there is taken too.
        if std::fs::symlink_metadata(&target).is_err() {
            std::fs::rename(path, &target)?;
            return Ok(target);
        }
    }
    Err(io::Error::other("too many broken settings files already set aside"))
}

/// Opens a file the user gave or left, for reading: a regular file (links followed). A pipe, a
/// device or a folder is refused without being opened, so it can neither block nor run on
/// forever (`InvalidInput`); a link to nothing is `NotFound`, with words that say so.
pub fn open_regular(path: &Path) -> io::Result<std::fs::File> {
    let metadata = std::fs::metadata(path).map_err(|e| {
        let dangling = e.kind() == io::ErrorKind::NotFound
            && std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        if dangling {
            io::Error::new(io::ErrorKind::NotFound, "it is a link to a file that is not there")
        } else {
            e
        }
    })?;
    let not_regular = |metadata: &std::fs::Metadata| {
        let what = if metadata.is_dir() { "a folder" } else { "a pipe, a device or a socket" };
        io::Error::new(io::ErrorKind::InvalidInput, format!("it is {what}, not a file"))
    };
    if !metadata.is_file() {
        return Err(not_regular(&metadata));
    }
    let file = std::fs::File::open(path)?;
    // The name may have been pointed elsewhere since it was looked at.
    let opened = file.metadata()?;
    if !opened.is_file() {
        return Err(not_regular(&opened));
    }
    Ok(file)
}

/// Reads a file the user gave or left (see [`open_regular`]) of at most `limit` bytes; a
/// larger one is refused (`FileTooLarge`) after reading no more than one byte past the limit.
pub fn read_regular(path: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let file = open_regular(path)?;
    let too_large =
        || io::Error::new(io::ErrorKind::FileTooLarge, format!("it is larger than {limit} bytes"));
    if file.metadata()?.len() > limit {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Writes `bytes` to a temp file beside `path`, syncs it and renames it over `path`, so
/// readers see the old or the new file, never half of one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let temp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// The data folder: `over` (from `--data-dir` / `LIMBER_DATA_DIR`), else the platform's.
pub fn data_dir(over: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(dir) = over {
        return Ok(dir.to_owned());
    }
    directories::ProjectDirs::from("org", "Limber", "Limber")
        .map(|dirs| dirs.data_dir().to_owned())
        .ok_or_else(|| "no home folder found; pass --data-dir DIR".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        let loaded = Settings::load(dir.path()).unwrap();
        assert_eq!(loaded.settings, Settings::default());
        assert!(loaded.warnings.is_empty());
    }

    #[test]
    fn round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Settings {
            language: Some("nl".into()),
            theme: ThemeChoice::Dark,
            volume: 35,
            muted: true,
            get_ready: Some(5),
            weekly_target: 4,
            large_type: true,
            reminders: Reminders {
                when: RemindWhen::Days,
                days: [false, true, false, false, true, false, true],
                time: chrono::NaiveTime::from_hms_opt(7, 45, 0).unwrap(),
            },
            voice: false,
            voice_rate: 120,
            speak_form_cues: false,
            ..Settings::default()
        };
        s.accepted_safety.insert("back-pain-and-running".into(), 2);
        s.save(dir.path()).unwrap();
        let loaded = Settings::load(dir.path()).unwrap();
        assert_eq!(loaded.settings, s);
        assert!(loaded.warnings.is_empty(), "{:?}", loaded.warnings);
    }

    #[test]
    fn wrong_values_are_repaired_with_warnings() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "volume = 250\nweekly_target = 0\ntheme = \"purple\"\nlanguage = \"fr\"\nmuted = 3\nfuture_key = 1\n",
        )
        .unwrap();
        let loaded = Settings::load(dir.path()).unwrap();
        assert_eq!(loaded.settings.volume, 100);
        assert_eq!(loaded.settings.weekly_target, 1);
        assert_eq!(loaded.settings.theme, ThemeChoice::System);
        assert_eq!(loaded.settings.language, None);
        assert!(!loaded.settings.muted);
        assert_eq!(loaded.warnings.len(), 5, "{:?}", loaded.warnings);
        assert!(
            loaded.warnings[0].to_string().contains("volume")
                || loaded
                    .warnings
                    .iter()
                    .any(|w| w.to_string().contains("`volume` must be 0..100, found 250"))
        );
    }

    #[test]
    fn wrong_reminders_are_repaired_with_warnings() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join(FILE_NAME),
            "[reminders]\nwhen = \"sometimes\"\ndays = [\"mon\", \"funday\"]\ntime = \"25:00\"\n",
        )
        .unwrap();
        let loaded = Settings::load(dir.path()).unwrap();
        assert_eq!(loaded.settings.reminders, Reminders::default());
        assert_eq!(loaded.warnings.len(), 3, "{:?}", loaded.warnings);
        assert!(
            loaded
                .warnings
                .iter()
                .any(|w| w.to_string().contains("`reminders.when` must be off, days or behind")),
            "{:?}",
            loaded.warnings
        );
        std::fs::write(
            dir.path().join(FILE_NAME),
            "[reminders]\nwhen = \"behind\"\ndays = []\ntime = \"06:05\"\n",
        )
        .unwrap();
        let loaded = Settings::load(dir.path()).unwrap().settings.reminders;
        assert_eq!(loaded.when, RemindWhen::Behind);
        assert_eq!(loaded.days, [false; 7]);
        assert_eq!(loaded.time, chrono::NaiveTime::from_hms_opt(6, 5, 0).unwrap());
    }

    #[test]
    fn voice_settings_default_on_and_are_repaired() {
        let defaults = Settings::default();
        assert!(defaults.voice && defaults.speak_form_cues);
        assert!(VOICE_RATE.contains(&defaults.voice_rate));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE_NAME), "voice_rate = 900\nvoice = \"yes\"\n").unwrap();
        let loaded = Settings::load(dir.path()).unwrap();
        assert_eq!(loaded.settings.voice_rate, *VOICE_RATE.end());
        assert!(loaded.settings.voice);
        assert_eq!(loaded.warnings.len(), 2, "{:?}", loaded.warnings);
        let rate = "`voice_rate` must be 100..250 words per minute";
        assert!(
            loaded.warnings.iter().any(|w| w.to_string().contains(rate)),
            "{:?}",
            loaded.warnings
        );
    }

    #[test]
    fn broken_file_is_set_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "volume = [[[").unwrap();
        let loaded = Settings::load(dir.path()).unwrap();
        assert_eq!(loaded.settings, Settings::default());
        assert_eq!(loaded.warnings.len(), 1);
        assert_eq!(
            std::fs::read_to_string(dir.path().join("settings.toml.broken")).unwrap(),
            "volume = [[["
        );
        Settings::default().save(dir.path()).unwrap();
        assert!(dir.path().join("settings.toml.broken").exists());
    }

    /// Loads, then saves a change, as the app does at the first change.
    fn load_and_change(dir: &Path) -> Loaded {
        let loaded = Settings::load(dir).unwrap();
        let mut changed = loaded.settings.clone();
        changed.volume = 12;
        changed.save(dir).unwrap();
        loaded
    }

    #[test]
    fn a_file_that_is_not_utf8_is_set_aside_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let bytes = b"volume = 30\nlanguage = \"nl\xff\"\n";
        std::fs::write(dir.path().join(FILE_NAME), bytes).unwrap();
        let loaded = load_and_change(dir.path());
        assert_eq!(loaded.settings, Settings::default());
        assert!(loaded.warnings[0].to_string().contains("not UTF-8"), "{:?}", loaded.warnings);
        assert_eq!(std::fs::read(dir.path().join("settings.toml.broken")).unwrap(), bytes);
        assert_eq!(Settings::load(dir.path()).unwrap().settings.volume, 12);
    }

    #[cfg(unix)]
    #[test]
    fn a_device_a_pipe_or_a_folder_is_set_aside_without_being_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::os::unix::fs::symlink("/dev/zero", &path).unwrap();
        let loaded = load_and_change(dir.path());
        assert!(loaded.warnings[0].to_string().contains("not a file"), "{:?}", loaded.warnings);
        let aside = dir.path().join("settings.toml.broken");
        assert_eq!(std::fs::read_link(&aside).unwrap(), Path::new("/dev/zero"));

        std::fs::remove_file(&path).unwrap();
        assert!(std::process::Command::new("mkfifo").arg(&path).status().unwrap().success());
        // A pipe with no writer would block a reader for ever.
        let loaded = load_and_change(dir.path());
        assert!(loaded.warnings[0].to_string().contains("pipe"), "{:?}", loaded.warnings);
        assert!(std::fs::symlink_metadata(dir.path().join("settings.toml.broken-2")).is_ok());

        std::fs::remove_file(&path).unwrap();
        std::fs::create_dir(&path).unwrap();
        let loaded = load_and_change(dir.path());
        assert!(loaded.warnings[0].to_string().contains("folder"), "{:?}", loaded.warnings);
        assert!(dir.path().join("settings.toml.broken-3").is_dir());
    }

    #[test]
    fn a_huge_file_is_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let text = format!("volume = 30\n# {}\n", "x".repeat(MAX_FILE_BYTES as usize));
        std::fs::write(dir.path().join(FILE_NAME), &text).unwrap();
        let loaded = Settings::load(dir.path()).unwrap();
        assert!(loaded.warnings[0].to_string().contains("larger than"), "{:?}", loaded.warnings);
        assert_eq!(std::fs::read_to_string(dir.path().join("settings.toml.broken")).unwrap(), text);
    }

    #[test]
    fn unknown_keys_are_kept_when_saving() {
        let dir = tempfile::tempdir().unwrap();
        let text = "\u{feff}volume = 30\nfuture_key = \"kept\"\n[future_table]\nx = [1, 2]\n";
        std::fs::write(dir.path().join(FILE_NAME), text).unwrap();
        let loaded = load_and_change(dir.path());
        assert!(loaded.warnings.is_empty(), "a byte order mark is fine: {:?}", loaded.warnings);
        assert_eq!(loaded.settings.volume, 30);
        let saved = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        let table: toml::Table = saved.parse().unwrap();
        assert_eq!(table["future_key"].as_str(), Some("kept"));
        assert_eq!(table["future_table"]["x"].as_array().map(Vec::len), Some(2));
        assert_eq!(table["volume"].as_integer(), Some(12));
    }

    #[cfg(unix)]
    #[test]
    fn a_settings_file_linked_elsewhere_is_written_where_it_points() {
        let dir = tempfile::tempdir().unwrap();
        let elsewhere = dir.path().join("dotfiles");
        std::fs::create_dir(&elsewhere).unwrap();
        std::fs::write(elsewhere.join("limber.toml"), "volume = 30\n").unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir(&data).unwrap();
        std::os::unix::fs::symlink(elsewhere.join("limber.toml"), data.join(FILE_NAME)).unwrap();
        load_and_change(&data);
        assert!(std::fs::symlink_metadata(data.join(FILE_NAME)).unwrap().file_type().is_symlink());
        let saved = std::fs::read_to_string(elsewhere.join("limber.toml")).unwrap();
        assert!(saved.contains("volume = 12"), "{saved}");
    }

    #[test]
    fn accepting_an_old_version_does_not_accept_a_new_one() {
        let mut s = Settings::default();
        s.accepted_safety.insert("p".into(), 1);
        assert!(s.has_accepted("p", 1));
        assert!(!s.has_accepted("p", 2));
        assert!(!s.has_accepted("q", 1));
    }
}
