//! UI strings for en and nl, from the Fluent files under assets/i18n/ (embedded in the
//! binary). Every word the user sees comes from here; a key missing in a language falls back
//! to English, and a key missing everywhere shows the key itself (and fails a test).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::path::Path;
use unic_langid::LanguageIdentifier;

mod message;
pub use message::{Arg, Message};

/// The languages with a Fluent file, and their sources.
const SOURCES: [(&str, &str); 2] =
    [("en", include_str!("../assets/i18n/en.ftl")), ("nl", include_str!("../assets/i18n/nl.ftl"))];

/// Translated strings for one language, with English behind it.
pub struct I18n {
    language: &'static str,
    primary: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("I18n").field("language", &self.language).finish()
    }
}

impl I18n {
    /// Strings for `language` (`en` or `nl`; anything else gives English).
    pub fn new(language: &str) -> Self {
        let (code, source) =
            SOURCES.iter().find(|(code, _)| *code == language).copied().unwrap_or(SOURCES[0]);
        Self { language: code, primary: bundle(code, source), english: bundle("en", SOURCES[0].1) }
    }

    /// The language code in use.
    pub fn language(&self) -> &'static str {
        self.language
    }

    /// The string for `key`.
    pub fn tr(&self, key: &str) -> String {
        self.format(key, None)
    }

    /// The string for `key` with arguments, e.g. `tr_args("sets", &[("count", 3.into())])`.
    pub fn tr_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(key, Some(&fluent_args))
    }

    /// A [`Message`] in this language.
    pub fn message(&self, message: &Message) -> String {
        message.render(self)
    }

    /// Whether `key` exists in this language (not counting the English fallback).
    pub fn has(&self, key: &str) -> bool {
        self.primary.has_message(key)
    }

    fn format(&self, key: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in [&self.primary, &self.english] {
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                return bundle.format_pattern(pattern, args, &mut errors).into_owned();
            }
        }
        key.to_owned()
    }
}

fn bundle(code: &str, source: &'static str) -> FluentBundle<FluentResource> {
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Directional isolation marks would show up as boxes in some fonts.
    bundle.set_use_isolating(false);
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    // A duplicate key keeps the first definition; tests check there are none.
    let _ = bundle.add_resource(resource);
    bundle
}

/// The supported language nearest to a locale such as `nl-NL` or `en_US.UTF-8`.
pub fn supported(locale: &str) -> Option<&'static str> {
    let code = locale.split(['-', '_', '.']).next()?.to_ascii_lowercase();
    SOURCES.iter().map(|(c, _)| *c).find(|c| *c == code)
}

/// The language to speak: `asked` (`--lang`), else the user's setting, else the system
/// locale, else English.
pub fn resolve_language(asked: Option<&str>, data_dir: &Path) -> String {
    match asked.and_then(supported) {
        Some(code) => code.to_owned(),
        None => preferred(
            crate::settings::Settings::load(data_dir)
                .ok()
                .and_then(|loaded| loaded.settings.language)
                .as_deref(),
        ),
    }
}

/// The language of the user's setting (`None`: follow the system), else the system locale,
/// else English.
pub fn preferred(setting: Option<&str>) -> String {
    setting
        .and_then(supported)
        .or_else(|| sys_locale::get_locale().as_deref().and_then(supported))
        .unwrap_or("en")
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn keys(source: &str) -> Vec<String> {
        source
            .lines()
            .filter(|l| !l.starts_with([' ', '#', '\t', '.', '*', '[', '}']) && l.contains(" ="))
            .filter_map(|l| l.split(" =").next())
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_key_exists_in_every_language_once() {
        let en: Vec<_> = keys(SOURCES[0].1);
        let en_set: BTreeSet<_> = en.iter().cloned().collect();
        assert_eq!(en.len(), en_set.len(), "duplicate keys in en.ftl");
        for (code, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_owned());
            assert!(
                resource.is_ok(),
                "{code}.ftl has syntax errors: {:?}",
                resource.err().map(|e| e.1)
            );
            let these: BTreeSet<_> = keys(source).into_iter().collect();
            let missing: Vec<_> = en_set.difference(&these).collect();
            let extra: Vec<_> = these.difference(&en_set).collect();
            assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
            assert!(extra.is_empty(), "{code}.ftl has keys en.ftl lacks: {extra:?}");
        }
    }

    #[test]
    fn translates_with_arguments_and_falls_back() {
        let nl = I18n::new("nl");
        assert_eq!(nl.language(), "nl");
        assert_ne!(nl.tr("app-title"), "app-title");
        assert_eq!(nl.tr("no-such-key"), "no-such-key");
        let en = I18n::new("xx");
        assert_eq!(en.language(), "en");
        assert_eq!(en.tr_args("dose-sets", &[("count", 3.into())]), "3 sets");
        assert_eq!(nl.tr_args("dose-sets", &[("count", 1.into())]), "1 set");
        assert_eq!(nl.tr_args("dose-sets", &[("count", 2.into())]), "2 sets");
    }

    #[test]
    fn locales_map_to_supported_languages() {
        assert_eq!(supported("nl-NL"), Some("nl"));
        assert_eq!(supported("en_US.UTF-8"), Some("en"));
        assert_eq!(supported("NL"), Some("nl"));
        assert_eq!(supported("fr-FR"), None);
    }
}
