//! Every message key the code names exists in every language: a key missing from a Fluent
//! file would show up as the bare key in the app.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use limber::i18n::I18n;
use std::fs;
use std::path::Path;

fn sources(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The string literals right after `Message::new(`, and every `"check-…"`, `"history-…"` and `"picture-…"`
/// literal (the checker and the history store pick some keys with a `match` or a helper).
fn message_keys(source: &str) -> Vec<String> {
    let after = |marker: &str| -> Vec<String> {
        source
            .split(marker)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .map(|key| key.to_owned())
            .collect()
    };
    let mut keys = after("Message::new(\"");
    for prefix in ["check-", "history-", "picture-", "bundle-", "cli-plan-"] {
        let marker = format!("\"{prefix}");
        keys.extend(after(&marker).into_iter().map(|rest| format!("{prefix}{rest}")));
    }
    keys.retain(|key| {
        !key.ends_with('-')
            && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    });
    keys
}

#[test]
fn every_message_key_exists_in_english_and_dutch() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let (en, nl) = (I18n::new("en"), I18n::new("nl"));
    let mut missing = Vec::new();
    let mut count = 0;
    for (file, source) in &files {
        for key in message_keys(source) {
            count += 1;
            for (code, i18n) in [("en", &en), ("nl", &nl)] {
                if !i18n.has(&key) {
                    missing.push(format!("{file}: {key} ({code})"));
                }
            }
        }
    }
    assert!(count > 100, "found only {count} message keys: is the pattern still right?");
    assert!(missing.is_empty(), "missing keys:\n{}", missing.join("\n"));
}
