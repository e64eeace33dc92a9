//! History imports: any bytes read as an import file. A document that reads is imported into
//! a store (kept for the whole run, in a folder of its own), and the store's export reads
//! back in.
#![no_main]

use libfuzzer_sys::fuzz_target;
use limber::history::{Document, Store};
use std::sync::{Mutex, OnceLock};

struct Kept {
    store: Store,
    _dir: tempfile::TempDir,
}

fn store() -> &'static Mutex<Kept> {
    static STORE: OnceLock<Mutex<Kept>> = OnceLock::new();
    STORE.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("a folder for the store: {e}"));
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:30:00+01:00")
            .unwrap_or_else(|e| panic!("{e}"));
        let store = Store::open(dir.path(), now).unwrap_or_else(|e| panic!("a store: {e}")).store;
        Mutex::new(Kept { store, _dir: dir })
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(document) = Document::from_bytes(data) else { return };
    let kept = store().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    // A document that reads may still be refused by the database (a duplicate id with other
    // contents); it must never panic, and what is in the store must export and read back.
    let _ = kept.store.import(&document);
    let (exported, skipped) =
        kept.store.export_document().unwrap_or_else(|e| panic!("export after import: {e}"));
    assert!(skipped.is_empty(), "rows Limber wrote cannot be read back: {skipped:?}");
    let text = exported.to_json();
    let again = Document::from_json(&text).unwrap_or_else(|e| panic!("export reads back: {e}"));
    assert_eq!(again, exported);
});
