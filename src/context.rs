//! What every command and the app start from: where the data is, which language to speak,
//! and the clocks. `main` builds it once; the CLI and the GUI both take it.

use crate::clock::Clock;
use std::path::PathBuf;
use std::sync::Arc;

/// The data folder, the language and the clocks.
#[derive(Debug, Clone)]
pub struct Context {
    /// Where history, settings and the user's programs live.
    pub data_dir: PathBuf,
    /// The language to speak (`en` or `nl`), already resolved.
    pub lang: String,
    /// The only source of time below `main`.
    pub clock: Arc<dyn Clock>,
}
