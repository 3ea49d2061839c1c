//! Durable state: the [`CheckpointStore`] (the few file operations a checkpoint needs,
//! in memory here and as a directory in runnel-connectors), the versioned
//! [`StateStore`] of one stateful operator, and the offset and commit logs.
//!
//! Operators keep their working state in typed in-memory structures (a hash table of
//! accumulators, sessions, seen keys). After each batch they hand the store the keys
//! they changed (arrow-row bytes → encoded value, or removed), which the store writes
//! as one Arrow IPC delta per version. As Spark's maintenance task, every
//! `maintenanceInterval` (60 s) of the query's clock it also writes a snapshot of all
//! entries when more than `minDeltasForSnapshot` deltas came since the last one, and
//! deletes versions no longer needed. Loading a version replays the newest snapshot at
//! or before it and the deltas after it. Spark's HDFS-backed state store works the same
//! way (`state/<operator>/<partition>/<version>.delta|.snapshot`).

mod kv;
mod log;
pub mod spark_meta;
mod store;
pub(crate) mod table;

pub use kv::KeyValueState;
pub use log::{CommitEntry, OffsetEntry, QueryCheckpoint};
pub use store::{StateChange, StateEntries, StateRows, StateStore};

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::error::Result;

/// The file operations a checkpoint needs. Paths are relative to the checkpoint
/// location and use `/`.
pub trait CheckpointStore {
    /// The whole file, or `None` when it does not exist.
    fn read(&self, path: &str) -> Result<Option<Vec<u8>>>;
    /// Writes the whole file atomically: readers see the old file or the new one, never a part.
    fn write(&self, path: &str, data: &[u8]) -> Result<()>;
    /// Writes a whole file atomically, as [`Self::write`], from what `fill` writes: a
    /// store that can writes it straight to the file, without assembling it in memory.
    fn write_with(
        &self,
        path: &str,
        fill: &mut dyn FnMut(&mut dyn std::io::Write) -> Result<()>,
    ) -> Result<()> {
        let mut data = Vec::new();
        fill(&mut data)?;
        self.write(path, &data)
    }
    /// Writes a whole new file, atomically, unless it exists: false when another writer
    /// made it first (the offset and commit logs: two queries on one checkpoint).
    fn create(&self, path: &str, data: &[u8]) -> Result<bool> {
        if self.read(path)?.is_some() {
            return Ok(false);
        }
        self.write(path, data)?;
        Ok(true)
    }
    /// Names of the files directly in `dir` (not their paths), in no particular order.
    fn list(&self, dir: &str) -> Result<Vec<String>>;
    /// Deletes a file; deleting a missing file is not an error.
    fn delete(&self, path: &str) -> Result<()>;
    /// Where the checkpoint is, for messages.
    fn describe(&self, path: &str) -> String;
    /// Returns once everything written so far is durable, in order (a store that
    /// syncs its files in the background, natively); the error of a write that failed
    /// there. Stores that write at once have nothing to wait for.
    fn sync(&self) -> Result<()> {
        Ok(())
    }
}

/// A shared handle to a checkpoint store.
pub type CheckpointRef = Rc<dyn CheckpointStore>;

/// A checkpoint kept in memory: for tests and the browser (same bytes as on disk).
#[derive(Debug, Default)]
pub struct MemoryCheckpointStore {
    files: RefCell<BTreeMap<String, Vec<u8>>>,
}

impl MemoryCheckpointStore {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// All paths held, sorted (for tests and inspection).
    pub fn paths(&self) -> Vec<String> {
        self.files.borrow().keys().cloned().collect()
    }
}

impl CheckpointStore for MemoryCheckpointStore {
    fn read(&self, path: &str) -> Result<Option<Vec<u8>>> {
        Ok(self.files.borrow().get(path).cloned())
    }

    fn write(&self, path: &str, data: &[u8]) -> Result<()> {
        self.files
            .borrow_mut()
            .insert(path.to_string(), data.to_vec());
        Ok(())
    }

    fn list(&self, dir: &str) -> Result<Vec<String>> {
        let prefix = format!("{}/", dir.trim_end_matches('/'));
        Ok(self
            .files
            .borrow()
            .keys()
            .filter_map(|k| k.strip_prefix(&prefix))
            .filter(|rest| !rest.contains('/'))
            .map(str::to_string)
            .collect())
    }

    fn delete(&self, path: &str) -> Result<()> {
        self.files.borrow_mut().remove(path);
        Ok(())
    }

    fn describe(&self, path: &str) -> String {
        format!("memory:/{path}")
    }
}

/// A checkpoint as files of a [`FileSystem`](crate::io::fs::FileSystem) under a root
/// folder: the browser's virtual files, so a page can show the checkpoint growing
/// (`offsets/0`, `commits/0`, `state/0/0/1.delta`, ...).
pub struct FsCheckpointStore {
    fs: crate::io::fs::FileSystemRef,
    root: String,
}

impl FsCheckpointStore {
    /// The checkpoint at `root` in `fs`.
    pub fn new(fs: crate::io::fs::FileSystemRef, root: &str) -> Self {
        FsCheckpointStore {
            fs,
            root: root.trim_end_matches('/').to_string(),
        }
    }

    fn full(&self, path: &str) -> String {
        format!("{}/{}", self.root, path.trim_start_matches('/'))
    }
}

impl CheckpointStore for FsCheckpointStore {
    fn read(&self, path: &str) -> Result<Option<Vec<u8>>> {
        let full = self.full(path);
        if !self.fs.list(&full, false)?.iter().any(|f| f.path == full) {
            return Ok(None);
        }
        self.fs.read(&full).map(Some)
    }

    fn write(&self, path: &str, data: &[u8]) -> Result<()> {
        self.fs.write(&self.full(path), data)
    }

    fn list(&self, dir: &str) -> Result<Vec<String>> {
        let full = self.full(dir);
        Ok(self
            .fs
            .list(&full, false)?
            .into_iter()
            .filter(|f| f.path != full)
            .filter_map(|f| f.path.rsplit('/').next().map(str::to_string))
            .collect())
    }

    fn delete(&self, path: &str) -> Result<()> {
        self.fs.remove_file(&self.full(path))
    }

    fn describe(&self, path: &str) -> String {
        self.full(path)
    }
}

/// Numbered files in `dir` (`0`, `1.delta`, ...), as (number, name), sorted by number.
pub fn numbered_files(
    store: &dyn CheckpointStore,
    dir: &str,
    suffix: &str,
) -> Result<Vec<(u64, String)>> {
    let mut out: Vec<(u64, String)> = store
        .list(dir)?
        .into_iter()
        .filter_map(|name| {
            let stem = name.strip_suffix(suffix)?;
            stem.parse::<u64>().ok().map(|n| (n, name.clone()))
        })
        .collect();
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod fs_store_tests {
    use super::*;
    use crate::io::fs::MemoryFileSystem;

    #[test]
    fn a_checkpoint_in_a_file_system_reads_lists_and_deletes() {
        let fs = Rc::new(MemoryFileSystem::new());
        let store = FsCheckpointStore::new(fs.clone(), "dbfs:/ck/q/");
        assert_eq!(store.read("offsets/0").unwrap(), None);
        store.write("offsets/0", b"v1").unwrap();
        store.write("offsets/1", b"v1").unwrap();
        store.write("state/0/0/1.delta", b"x").unwrap();
        assert_eq!(store.read("offsets/0").unwrap(), Some(b"v1".to_vec()));
        let mut names = store.list("offsets").unwrap();
        names.sort();
        assert_eq!(names, ["0", "1"]);
        assert!(
            store.list("state/0").unwrap().is_empty(),
            "only files directly in the folder"
        );
        store.delete("offsets/0").unwrap();
        assert_eq!(store.read("offsets/0").unwrap(), None);
        use crate::io::fs::FileSystem;
        assert!(fs.read("dbfs:/ck/q/state/0/0/1.delta").is_ok());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_store_lists_one_level() {
        let s = MemoryCheckpointStore::new();
        s.write("offsets/0", b"a").unwrap();
        s.write("offsets/1", b"b").unwrap();
        s.write("offsets/x/2", b"c").unwrap();
        let mut l = s.list("offsets").unwrap();
        l.sort();
        assert_eq!(l, vec!["0", "1"]);
        assert_eq!(
            numbered_files(&s, "offsets", "").unwrap(),
            vec![(0, "0".into()), (1, "1".into())]
        );
        s.delete("offsets/0").unwrap();
        assert_eq!(s.read("offsets/0").unwrap(), None);
    }
}
