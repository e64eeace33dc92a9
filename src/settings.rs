//! The user's settings: a TOML file in the data folder, defaults filled in, every value
//! sanitized, written atomically (temp file + rename) so a crash never leaves half a file.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::ops::RangeInclusive;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The settings file's name inside the data folder.
pub const FILE_NAME: &str = "settings.toml";

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

/// Everything the user can set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
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
    /// Program id → the level the user picked or accepted last.
    pub levels: BTreeMap<String, u32>,
    /// Program id → how many sessions it had when the user declined a level suggestion.
    pub declined_levels: BTreeMap<String, u32>,
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
            levels: BTreeMap::new(),
            declined_levels: BTreeMap::new(),
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
    /// One line per problem, e.g. "settings.toml: `volume` must be 0..100, found 250; using 100".
    pub warnings: Vec<String>,
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
    /// valid TOML is renamed to `settings.toml.broken` (never deleted) and the defaults are
    /// used; wrong values are replaced by their defaults or clamped, each with a warning.
    pub fn load(data_dir: &Path) -> Result<Loaded, Error> {
        let path = data_dir.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Ok(Loaded { settings: Settings::default(), warnings: vec![] });
            }
            Err(e) => return Err(Error::Read { path, source: Arc::new(e) }),
        };
        match text.parse::<toml::Table>() {
            Ok(table) => Ok(from_table(&table)),
            Err(error) => {
                let aside = set_aside(&path);
                let message = error.message().to_owned();
                let kept = match &aside {
                    Ok(p) => format!("kept as {}", p.display()),
                    Err(e) => format!("left in place ({e})"),
                };
                Ok(Loaded {
                    settings: Settings::default(),
                    warnings: vec![format!(
                        "{} is not valid TOML ({message}); using default settings, your file is {kept}",
                        path.display()
                    )],
                })
            }
        }
    }

    /// Writes `data_dir/settings.toml` atomically.
    pub fn save(&self, data_dir: &Path) -> Result<(), Error> {
        let path = data_dir.join(FILE_NAME);
        let text = toml::to_string_pretty(self).map_err(|e| Error::Serialize(e.to_string()))?;
        write_atomically(&path, text.as_bytes())
            .map_err(|e| Error::Write { path, source: Arc::new(e) })
    }
}

fn from_table(table: &toml::Table) -> Loaded {
    let mut warnings = Vec::new();
    let mut settings = Settings::default();
    let mut warn = |key: &str, problem: String| {
        warnings.push(format!("{FILE_NAME}: `{key}` {problem}"));
    };
    for (key, value) in table {
        match key.as_str() {
            "language" => match value.as_str() {
                Some(code) if LANGUAGES.contains(&code) => settings.language = Some(code.into()),
                Some("system") => settings.language = None,
                _ => {
                    warn(key, format!("must be one of en, nl, found {value}; following the system"))
                }
            },
            "theme" => match ThemeChoice::deserialize(value.clone()) {
                Ok(theme) => settings.theme = theme,
                Err(_) => warn(key, format!("must be system, light or dark, found {value}")),
            },
            "volume" => match value.as_integer() {
                Some(v) => {
                    let clamped = clamp(v, &VOLUME);
                    if clamped != v {
                        warn(
                            key,
                            format!("must be {}, found {v}; using {clamped}", range(&VOLUME)),
                        );
                    }
                    settings.volume = u8::try_from(clamped).unwrap_or(*VOLUME.end());
                }
                None => warn(key, format!("must be a number {}, found {value}", range(&VOLUME))),
            },
            "muted" | "large_type" => match value.as_bool() {
                Some(b) if key == "muted" => settings.muted = b,
                Some(b) => settings.large_type = b,
                None => warn(key, format!("must be true or false, found {value}")),
            },
            "get_ready" => match value.as_integer() {
                Some(v) => {
                    let clamped = clamp(v, &GET_READY);
                    if clamped != v {
                        warn(
                            key,
                            format!(
                                "must be {} seconds, found {v}; using {clamped}",
                                range(&GET_READY)
                            ),
                        );
                    }
                    settings.get_ready = u32::try_from(clamped).ok();
                }
                None => warn(key, format!("must be a number of seconds, found {value}")),
            },
            "weekly_target" => match value.as_integer() {
                Some(v) => {
                    let clamped = clamp(v, &WEEKLY_TARGET);
                    if clamped != v {
                        warn(
                            key,
                            format!(
                                "must be {}, found {v}; using {clamped}",
                                range(&WEEKLY_TARGET)
                            ),
                        );
                    }
                    settings.weekly_target =
                        u32::try_from(clamped).unwrap_or(crate::streaks::DEFAULT_WEEKLY_TARGET);
                }
                None => {
                    warn(key, format!("must be a number {}, found {value}", range(&WEEKLY_TARGET)))
                }
            },
            "voice" | "speak_form_cues" => match value.as_bool() {
                Some(b) if key == "voice" => settings.voice = b,
                Some(b) => settings.speak_form_cues = b,
                None => warn(key, format!("must be true or false, found {value}")),
            },
            "voice_rate" => match value.as_integer() {
                Some(v) => {
                    let clamped = clamp(v, &VOICE_RATE);
                    if clamped != v {
                        warn(
                            key,
                            format!(
                                "must be {} words per minute, found {v}; using {clamped}",
                                range(&VOICE_RATE)
                            ),
                        );
                    }
                    settings.voice_rate = u32::try_from(clamped).unwrap_or(DEFAULT_VOICE_RATE);
                }
                None => {
                    warn(key, format!("must be a number {}, found {value}", range(&VOICE_RATE)))
                }
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
                            None => warn(key, format!("`{id}` must be a whole number")),
                        }
                    }
                }
                None => warn(key, "must be a table of program id = number".into()),
            },
            // Keys from a newer Limber are left alone rather than reported.
            _ => {}
        }
    }
    Loaded { settings, warnings }
}

/// `value` brought into `range`.
fn clamp<T: Copy + Into<i64>>(value: i64, range: &RangeInclusive<T>) -> i64 {
    value.clamp((*range.start()).into(), (*range.end()).into())
}

/// A range as messages write it: `1..14`.
fn range<T: std::fmt::Display>(range: &RangeInclusive<T>) -> String {
    format!("{}..{}", range.start(), range.end())
}

/// Renames a broken file aside (`NAME.broken`, `NAME.broken-2`, ...) without overwriting any.
fn set_aside(path: &Path) -> io::Result<PathBuf> {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    for n in 1..1000 {
        let suffix = if n == 1 { ".broken".to_owned() } else { format!(".broken-{n}") };
        let target = path.with_file_name(format!("{name}{suffix}"));
        if !target.exists() {
            std::fs::rename(path, &target)?;
            return Ok(target);
        }
    }
    Err(io::Error::other("too many broken settings files already set aside"))
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
            loaded.warnings[0].contains("volume")
                || loaded.warnings.iter().any(|w| w.contains("`volume` must be 0..100, found 250"))
        );
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
        assert!(loaded.warnings.iter().any(|w| w.contains(rate)), "{:?}", loaded.warnings);
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

    #[test]
    fn accepting_an_old_version_does_not_accept_a_new_one() {
        let mut s = Settings::default();
        s.accepted_safety.insert("p".into(), 1);
        assert!(s.has_accepted("p", 1));
        assert!(!s.has_accepted("p", 2));
        assert!(!s.has_accepted("q", 1));
    }
}
