//! A sentence for the user that is put into words only when it is shown: a Fluent key and
//! its arguments. Domain code (the program checker, the history store, the settings repair)
//! says *what* is wrong with a [`Message`]; the front end says it in the user's language
//! with [`super::I18n::message`]. `Display` gives English, for logs and tests.

use super::I18n;
use fluent_bundle::FluentValue;
use std::fmt;
use std::sync::OnceLock;

/// A Fluent key with named arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// One argument: a text as written (a file name, a key, a quoted value), a number (which
/// picks plural forms), or a message of its own, put into words in the same language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    Message(Message),
}

impl Message {
    /// The message of `key`, without arguments so far.
    pub fn new(key: &'static str) -> Self {
        Self { key, args: Vec::new() }
    }

    /// Adds the argument `name`.
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The Fluent key.
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The argument `name`, if given.
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, value)| value)
    }

    pub(super) fn render(&self, i18n: &I18n) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(text) => FluentValue::from(text.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Message(inner) => FluentValue::from(inner.render(i18n)),
                };
                (*name, value)
            })
            .collect();
        i18n.tr_args(self.key, &args)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        static ENGLISH: OnceLock<I18n> = OnceLock::new();
        f.write_str(&self.render(ENGLISH.get_or_init(|| I18n::new("en"))))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Self::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Self::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Self::Text(text.clone())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Self::Message(message)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Self::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_args!(u8, u16, u32, u64, usize, i32, i64);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_nest_and_speak_each_language() {
        let label = Message::new("check-label-stop-rule").with("number", 3u32);
        let message = Message::new("check-text-empty").with("what", label);
        assert_eq!(
            message.to_string(),
            "rule 3 of `stop_if` is empty; write the text between the quotes"
        );
        let dutch = I18n::new("nl").message(&message);
        assert!(dutch.contains("regel 3 van `stop_if`"), "{dutch}");
        assert_ne!(dutch, message.to_string());
    }

    #[test]
    fn large_numbers_are_written_plainly() {
        let message = Message::new("check-file-too-big")
            .with("limit", 1_048_576u32)
            .with("size", 2_000_000usize);
        assert!(message.to_string().contains("1048576"), "{message}");
    }
}
