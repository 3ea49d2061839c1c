//! Checkpoints in a directory: every file written atomically (a temporary file in the
//! same directory, renamed over the target), so that a crash of the process at any
//! moment leaves the old file or the new one, never a part of one.
//!
//! By default (`install`) each file is also fsynced before its rename and its folder
//! after it, so a batch's files outlive an OS crash or a power cut (8 fsyncs a batch,
//! ~4 ms each on this machine's disk). With `runnel.checkpoint.fsync=false` files are
//! written as Spark writes a checkpoint on a local file system
//! (`CheckpointFileManager.createAtomic`: write a temporary file, close it, rename;
//! Hadoop's local streams do not sync on close): SIGKILL at any moment still loses
//! nothing (what the process wrote is in the kernel's page cache: the crash test), but
//! an OS crash or a power cut may lose the last batches' files.

use std::io::Write;
use std::path::{Path, PathBuf};

use runnel_core::error::{Result, RunnelError};
use runnel_core::state::CheckpointStore;

/// The session conf that, set to `false`, writes checkpoint files without fsync (as Spark
/// on a local file system); durable (`true`) by default.
pub const FSYNC_CONF: &str = "runnel.checkpoint.fsync";

/// A checkpoint location on the local disk.
#[derive(Debug, Clone)]
pub struct DirCheckpointStore {
    root: PathBuf,
    fsync: bool,
}

fn io_err(what: &str, p: &Path, e: std::io::Error) -> RunnelError {
    RunnelError::io(format!("cannot {what} {}: {e}", p.display())).with_source(e)
}

impl DirCheckpointStore {
    /// The checkpoint at `root` (created when first written), its files written as
    /// Spark writes them on a local file system: atomically, not fsynced (see the
    /// module's docs).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DirCheckpointStore {
            root: root.into(),
            fsync: false,
        }
    }

    /// The checkpoint at `root`, every file also fsynced, and its folder after the
    /// rename, before a write returns: it survives an OS crash or a power cut.
    pub fn durable(root: impl Into<PathBuf>) -> Self {
        DirCheckpointStore {
            root: root.into(),
            fsync: true,
        }
    }

    fn path(&self, rel: &str) -> PathBuf {
        let rel = rel.trim_start_matches('/');
        if rel.is_empty() {
            self.root.clone()
        } else {
            self.root.join(rel)
        }
    }
}

/// Writes `data` to `path` atomically and durably.
pub fn write_atomic(path: &Path, data: &[u8]) -> Result<()> {
    write_atomic_with(
        path,
        &mut |w| {
            w.write_all(data)
                .map_err(|e| RunnelError::io(e.to_string()).with_source(e))
        },
        true,
    )
}

/// Writes what `fill` writes to `path` atomically: a temporary file in the same
/// directory renamed over `path`; with `fsync`, also durably: the file fsynced before
/// the rename, the directory after it.
pub fn write_atomic_with(
    path: &Path,
    fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    fsync: bool,
) -> Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| RunnelError::io(format!("{} has no parent directory", path.display())))?;
    std::fs::create_dir_all(dir).map_err(|e| io_err("create", dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let f = std::fs::File::create(&tmp).map_err(|e| io_err("create", &tmp, e))?;
        let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
        fill(&mut w).map_err(|e| {
            RunnelError::io(format!("cannot write {}: {}", tmp.display(), e.message))
        })?;
        let f = w
            .into_inner()
            .map_err(|e| io_err("write", &tmp, e.into_error()))?;
        if fsync {
            f.sync_all().map_err(|e| io_err("sync", &tmp, e))?;
        }
    }
    std::fs::rename(&tmp, path).map_err(|e| io_err("rename into", path, e))?;
    if fsync {
        sync_dir(dir)?;
    }
    Ok(())
}

/// fsync of a directory, so that a rename in it survives a crash.
pub fn sync_dir(dir: &Path) -> Result<()> {
    let d = std::fs::File::open(dir).map_err(|e| io_err("open", dir, e))?;
    d.sync_all().map_err(|e| io_err("sync", dir, e))
}

impl CheckpointStore for DirCheckpointStore {
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        let p = self.path(rel);
        match std::fs::read(&p) {
            Ok(d) => Ok(Some(d)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io_err("read", &p, e)),
        }
    }

    fn write(&self, rel: &str, data: &[u8]) -> Result<()> {
        self.write_with(rel, &mut |w| {
            w.write_all(data)
                .map_err(|e| RunnelError::io(e.to_string()).with_source(e))
        })
    }

    fn write_with(
        &self,
        rel: &str,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    ) -> Result<()> {
        write_atomic_with(&self.path(rel), fill, self.fsync)
    }

    fn create(&self, rel: &str, data: &[u8]) -> Result<bool> {
        // A temporary file, then a hard link to the name: the link fails if the name
        // exists, so of two processes racing for `offsets/7` exactly one wins.
        let path = self.path(rel);
        let dir = path.parent().ok_or_else(|| {
            RunnelError::io(format!("{} has no parent directory", path.display()))
        })?;
        std::fs::create_dir_all(dir).map_err(|e| io_err("create", dir, e))?;
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let tmp = dir.join(format!(".{name}.{}.{nanos}.new", std::process::id()));
        {
            let mut f = std::fs::File::create(&tmp).map_err(|e| io_err("create", &tmp, e))?;
            f.write_all(data).map_err(|e| io_err("write", &tmp, e))?;
            if self.fsync {
                f.sync_all().map_err(|e| io_err("sync", &tmp, e))?;
            }
        }
        let linked = std::fs::hard_link(&tmp, &path);
        let _ = std::fs::remove_file(&tmp);
        match linked {
            Ok(()) => {
                if self.fsync {
                    sync_dir(dir)?;
                }
                Ok(true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(io_err("create", &path, e)),
        }
    }

    fn list(&self, rel: &str) -> Result<Vec<String>> {
        let p = self.path(rel);
        let rd = match std::fs::read_dir(&p) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io_err("list", &p, e)),
        };
        let mut out = Vec::new();
        for e in rd {
            let e = e.map_err(|e| io_err("list", &p, e))?;
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') || !e.file_type().map(|t| t.is_file()).unwrap_or(false) {
                continue;
            }
            out.push(name);
        }
        Ok(out)
    }

    fn delete(&self, rel: &str) -> Result<()> {
        let p = self.path(rel);
        match std::fs::remove_file(&p) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_err("delete", &p, e)),
        }
    }

    fn describe(&self, rel: &str) -> String {
        self.path(rel).display().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_replace_whole_files_and_lists_skip_temporaries() {
        let dir = std::env::temp_dir().join(format!("runnel-ckpt-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let s = DirCheckpointStore::new(&dir);
        s.write("offsets/0", b"v1\n{}").unwrap();
        s.write("offsets/0", b"v1\n{\"a\":1}").unwrap();
        std::fs::write(dir.join("offsets/.1.tmp"), b"partial").unwrap();
        assert_eq!(s.read("offsets/0").unwrap().unwrap(), b"v1\n{\"a\":1}");
        assert_eq!(s.list("offsets").unwrap(), vec!["0".to_string()]);
        assert_eq!(s.read("offsets/9").unwrap(), None);
        s.delete("offsets/0").unwrap();
        s.delete("offsets/0").unwrap();
        assert!(s.list("offsets").unwrap().is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn durable_and_default_stores_write_the_same_files() {
        let base = std::env::temp_dir().join(format!("runnel-ckpt-sync-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        for (name, s) in [
            ("plain", DirCheckpointStore::new(base.join("plain"))),
            ("durable", DirCheckpointStore::durable(base.join("durable"))),
        ] {
            assert!(s.create("offsets/0", b"v1\n{}").unwrap(), "{name}");
            assert!(!s.create("offsets/0", b"v1\nother").unwrap(), "{name}");
            s.write("commits/0", b"v1\n{}").unwrap();
            s.write_with("state/0/0/1.delta", &mut |w| {
                w.write_all(&[7u8; 70_000])
                    .map_err(|e| RunnelError::io(e.to_string()))
            })
            .unwrap();
            assert_eq!(s.read("offsets/0").unwrap().unwrap(), b"v1\n{}", "{name}");
            assert_eq!(s.read("commits/0").unwrap().unwrap(), b"v1\n{}", "{name}");
            assert_eq!(
                s.read("state/0/0/1.delta").unwrap().unwrap(),
                vec![7u8; 70_000]
            );
            // No temporary file is left behind.
            assert_eq!(s.list("offsets").unwrap(), vec!["0".to_string()], "{name}");
            let all = std::fs::read_dir(base.join(name).join("state/0/0"))
                .unwrap()
                .count();
            assert_eq!(all, 1, "{name}");
        }
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn a_file_streamed_in_pieces_replaces_the_old_one_whole_or_not_at_all() {
        let dir = std::env::temp_dir().join(format!("runnel-ckpt-with-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let s = DirCheckpointStore::new(&dir);
        s.write("state/0/0/1.delta", b"old").unwrap();
        s.write_with("state/0/0/1.delta", &mut |w| {
            for piece in [&b"ne"[..], b"w ", &[b'x'; 100_000]] {
                w.write_all(piece)
                    .map_err(|e| RunnelError::io(e.to_string()))?;
            }
            Ok(())
        })
        .unwrap();
        let got = s.read("state/0/0/1.delta").unwrap().unwrap();
        assert_eq!((&got[..4], got.len()), (&b"new "[..], 100_004));
        // A writer that fails half-way leaves the file as it was, and says where.
        let e = s
            .write_with("state/0/0/1.delta", &mut |w| {
                w.write_all(b"half")
                    .map_err(|e| RunnelError::io(e.to_string()))?;
                Err(RunnelError::io("the encoder gave up"))
            })
            .unwrap_err();
        assert!(
            e.message.contains("1.delta") && e.message.contains("gave up"),
            "{e}"
        );
        assert_eq!(s.read("state/0/0/1.delta").unwrap().unwrap(), got);
        assert_eq!(s.list("state/0/0").unwrap(), vec!["1.delta".to_string()]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
