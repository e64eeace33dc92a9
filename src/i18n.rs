//! UI strings for en and nl (being written).

use std::path::Path;

/// The language to speak: `asked`, else the system's, else en.
pub fn resolve_language(asked: Option<&str>, _data_dir: &Path) -> String {
    asked.unwrap_or("en").to_owned()
}
