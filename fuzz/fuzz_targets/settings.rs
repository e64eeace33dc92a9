//! The settings file: any bytes. Settings that read must save and read back the same, with
//! no warnings (what was repaired is saved repaired; unknown keys are kept).
#![no_main]

use libfuzzer_sys::fuzz_target;
use limber::settings::Settings;

fuzz_target!(|data: &[u8]| {
    let Ok(loaded) = Settings::parse(data) else { return };
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("a folder: {e}"));
    loaded.settings.save(dir.path()).unwrap_or_else(|e| panic!("saving what was read: {e}"));
    let again = Settings::load(dir.path()).unwrap_or_else(|e| panic!("reading it back: {e}"));
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(again.settings, loaded.settings);
});
