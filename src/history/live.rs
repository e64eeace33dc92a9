//! Live locks: how one Limber tells whether another is still running a session.
//!
//! A store that starts a session holds an exclusive lock on its own file
//! `history.live/<token>.lock` for as long as it lives, and writes `<token>` as the session's
//! owner. The operating system drops the lock when the process dies (even by SIGKILL), so a
//! later Limber that can take the lock knows the session was cut off, and one that cannot
//! knows it is still running.

use std::fs::{File, TryLockError};
use std::io;
use std::path::{Path, PathBuf};

/// The folder beside the database that holds the lock files.
pub const DIR: &str = "history.live";

/// This process's live lock, released (and its file removed) when dropped.
#[derive(Debug)]
pub struct Live {
    pub token: String,
    path: PathBuf,
    _file: File,
}

impl Live {
    /// Creates and locks a new lock file. The file is locked under a temporary name and then
    /// renamed, so nobody ever sees it unlocked under its real name.
    pub fn create(data_dir: &Path, token: String) -> io::Result<Self> {
        let dir = data_dir.join(DIR);
        std::fs::create_dir_all(&dir)?;
        let temp = dir.join(format!("{token}.new"));
        let file = File::create(&temp)?;
        let locked = file.try_lock().map_err(|e| match e {
            TryLockError::Error(e) => e,
            TryLockError::WouldBlock => io::Error::other("a fresh lock file is locked"),
        });
        let path = dir.join(format!("{token}.lock"));
        let result = locked.and_then(|()| std::fs::rename(&temp, &path));
        if let Err(error) = result {
            let _ = std::fs::remove_file(&temp);
            return Err(error);
        }
        Ok(Self { token, path, _file: file })
    }
}

impl Drop for Live {
    fn drop(&mut self) {
        // Removed while still locked; the lock goes with the file handle right after.
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Whether the owner of a session still runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Alive,
    Gone,
    /// Locks are not supported here, or the token is not one of ours: fall back on time.
    Unknown,
}

/// Looks at the live lock of `token`. A lock found released is removed.
pub fn owner(data_dir: &Path, token: &str) -> Owner {
    // The token comes from the database: never let it name a path outside the folder.
    if token.is_empty() || token.len() > 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Owner::Unknown;
    }
    let path = data_dir.join(DIR).join(format!("{token}.lock"));
    let file = match File::open(&path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Owner::Gone,
        Err(_) => return Owner::Unknown,
    };
    match file.try_lock() {
        Ok(()) => {
            let _ = std::fs::remove_file(&path);
            Owner::Gone
        }
        Err(TryLockError::WouldBlock) => Owner::Alive,
        Err(TryLockError::Error(_)) => Owner::Unknown,
    }
}

/// Removes the lock files of processes that are gone (crashed with no session open).
pub fn clean(data_dir: &Path) {
    let Ok(entries) = std::fs::read_dir(data_dir.join(DIR)) else { return };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        let Some(token) = name.to_str().and_then(|n| n.strip_suffix(".lock")) else { continue };
        let _ = owner(data_dir, token);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_lock_is_alive_and_a_dropped_one_gone() {
        let dir = tempfile::tempdir().unwrap();
        let live = Live::create(dir.path(), "00ff".into()).unwrap();
        assert_eq!(owner(dir.path(), "00ff"), Owner::Alive);
        drop(live);
        assert_eq!(owner(dir.path(), "00ff"), Owner::Gone);
        assert_eq!(owner(dir.path(), "abcd"), Owner::Gone);
    }

    #[test]
    fn a_file_left_unlocked_is_gone_and_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(dir.path().join(DIR)).unwrap();
        let path = dir.path().join(DIR).join("beef.lock");
        std::fs::write(&path, "").unwrap();
        clean(dir.path());
        assert!(!path.exists());
    }

    #[test]
    fn hostile_tokens_are_unknown() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(owner(dir.path(), "../../etc/passwd"), Owner::Unknown);
        assert_eq!(owner(dir.path(), ""), Owner::Unknown);
    }
}
