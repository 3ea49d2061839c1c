//! Checkpoints in a directory: every file written atomically (a temporary file in the
//! same directory, renamed over the target), so that a crash of the process at any
//! moment leaves the old file or the new one, never a part of one.
//!
//! By default (`install`) each file is also fsynced before its rename and its folder
//! after it, so a batch's files outlive an OS crash or a power cut. Those fsyncs (8 a
//! batch, 4–10 ms each on this machine's disk) run on a background thread of the store
//! ([`DirCheckpointStore::durable`]), in the order the files were written: the writer
//! puts a file's bytes into a temporary file and goes on; the thread fsyncs it, renames
//! it into place and fsyncs its folder, one file after the other. So what an OS crash
//! leaves on disk is always what the synchronous writer had written at some earlier
//! moment (a prefix of the writes, in order: `offsets/N` before the state, the state
//! before `commits/N`), and a SIGKILL leaves the same (the renames not yet done are
//! lost with the process). Until it is renamed, this store serves a pending file from
//! its temporary file (`read`, `list`). The query waits for the thread
//! ([`CheckpointStore::sync`]) before a sink with effects outside the process writes a
//! batch (Spark's order: the offsets are durable before the sink runs), when it is
//! idle, and when it stops; an error of the thread fails the next write or wait.
//!
//! With `runnel.checkpoint.fsync=false` files are written as Spark writes a checkpoint
//! on a local file system (`CheckpointFileManager.createAtomic`: write a temporary
//! file, close it, rename; Hadoop's local streams do not sync on close), at once and
//! without a thread: SIGKILL at any moment still loses nothing (what the process wrote
//! is in the kernel's page cache: the crash test), but an OS crash or a power cut may
//! lose the last batches' files.

use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, mpsc};

use runnel_core::error::{Result, RunnelError};
use runnel_core::state::CheckpointStore;

/// The session conf that, set to `false`, writes checkpoint files without fsync (as Spark
/// on a local file system); durable (`true`) by default.
pub const FSYNC_CONF: &str = "runnel.checkpoint.fsync";

/// A checkpoint location on the local disk.
#[derive(Debug, Clone)]
pub struct DirCheckpointStore {
    root: PathBuf,
    /// The background writer of a durable store (`None`: files written at once, no fsync).
    syncer: Option<Arc<Syncer>>,
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
            syncer: None,
        }
    }

    /// The checkpoint at `root`, every file fsynced before its rename and its folder
    /// after it, by a background thread in the order written (see the module's docs):
    /// it survives an OS crash or a power cut once [`CheckpointStore::sync`] returned.
    /// Stores of one location in one process (a query restarted while its previous run
    /// is still alive) share one writer, so each sees the other's pending files; a writer
    /// that failed is not shared (it applies nothing more, so what it held back is not on
    /// disk, and a query restarted after the failure reads the folder as it is).
    pub fn durable(root: impl Into<PathBuf>) -> Self {
        type Writers = Vec<(PathBuf, std::sync::Weak<Syncer>)>;
        static WRITERS: Mutex<Writers> = Mutex::new(Vec::new());
        let root = root.into();
        let key = std::path::absolute(&root).unwrap_or_else(|_| root.clone());
        let mut writers = WRITERS.lock().unwrap_or_else(|p| p.into_inner());
        writers.retain(|(_, w)| w.strong_count() > 0);
        let live = writers
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, w)| w.upgrade())
            .filter(|s| s.failed().is_ok());
        let syncer = match live {
            Some(s) => s,
            None => {
                let s = Arc::new(Syncer::start());
                writers.retain(|(k, _)| *k != key);
                writers.push((key, Arc::downgrade(&s)));
                s
            }
        };
        DirCheckpointStore {
            root,
            syncer: Some(syncer),
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

/// The folder of `path`, created if missing, and the file's name.
fn parent_of(path: &Path) -> Result<(&Path, String)> {
    let dir = path
        .parent()
        .ok_or_else(|| RunnelError::io(format!("{} has no parent directory", path.display())))?;
    std::fs::create_dir_all(dir).map_err(|e| io_err("create", dir, e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok((dir, name))
}

/// Writes what `fill` writes into a new file `tmp` (not synced); the open file.
fn fill_file(
    tmp: &Path,
    fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
) -> Result<std::fs::File> {
    let f = std::fs::File::create(tmp).map_err(|e| io_err("create", tmp, e))?;
    let mut w = std::io::BufWriter::with_capacity(1 << 16, f);
    let filled = fill(&mut w)
        .map_err(|e| RunnelError::io(format!("cannot write {}: {}", tmp.display(), e.message)));
    let f = filled.and_then(|()| {
        w.into_inner()
            .map_err(|e| io_err("write", tmp, e.into_error()))
    });
    if f.is_err() {
        let _ = std::fs::remove_file(tmp);
    }
    f
}

/// Writes what `fill` writes to `path` atomically: a temporary file in the same
/// directory renamed over `path`; with `fsync`, also durably: the file fsynced before
/// the rename, the directory after it.
pub fn write_atomic_with(
    path: &Path,
    fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
    fsync: bool,
) -> Result<()> {
    let (dir, name) = parent_of(path)?;
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let f = fill_file(&tmp, fill)?;
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

/// A durable store's background writer: a thread that fsyncs, renames (or links) and
/// deletes files strictly in the order they were handed to it.
#[derive(Debug)]
struct Syncer {
    shared: Arc<Shared>,
    jobs: Mutex<Option<mpsc::Sender<Job>>>,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
}

#[derive(Debug, Default)]
struct Shared {
    view: Mutex<Pending>,
    done: Condvar,
}

/// What the thread has not done yet, as the writer sees it.
#[derive(Debug, Default)]
struct Pending {
    /// Files written but not yet in place: the path and (job number, temporary file).
    writes: HashMap<PathBuf, (u64, PathBuf)>,
    /// Files deleted but not yet removed, with their job numbers.
    deletes: HashMap<PathBuf, u64>,
    /// The last job handed over, and the last one done.
    queued: u64,
    finished: u64,
    /// The first failure: no later job is applied, every later call fails with it.
    error: Option<RunnelError>,
}

#[derive(Debug)]
enum Job {
    /// fsync `file` (the temporary `tmp`), move it to `path` (by a hard link that
    /// fails if `path` exists, for `create`), fsync the folder.
    Put {
        seq: u64,
        file: std::fs::File,
        tmp: PathBuf,
        path: PathBuf,
        link: bool,
    },
    Delete {
        seq: u64,
        path: PathBuf,
    },
}

fn lock(shared: &Shared) -> MutexGuard<'_, Pending> {
    // A panic while holding it leaves nothing half-done that the view relies on.
    shared.view.lock().unwrap_or_else(|p| p.into_inner())
}

impl Syncer {
    fn start() -> Syncer {
        let shared = Arc::new(Shared::default());
        let (tx, rx) = mpsc::channel::<Job>();
        let worker = shared.clone();
        let thread = std::thread::Builder::new()
            .name("runnel-checkpoint-sync".into())
            .spawn(move || {
                for job in rx {
                    run_job(&worker, job);
                }
            })
            .ok();
        Syncer {
            shared,
            // Without a thread (none could be started), jobs are run at once.
            jobs: Mutex::new(thread.as_ref().map(|_| tx)),
            thread: Mutex::new(thread),
        }
    }

    /// Hands a job over (already numbered and entered in the view).
    fn submit(&self, job: Job) {
        let sent = match &*self.jobs.lock().unwrap_or_else(|p| p.into_inner()) {
            Some(tx) => tx.send(job).map_err(|e| e.0),
            None => Err(job),
        };
        if let Err(job) = sent {
            // No thread: done here, before the write returns.
            run_job(&self.shared, job);
        }
    }

    fn failed(&self) -> Result<()> {
        match &lock(&self.shared).error {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }

    fn wait(&self) -> Result<()> {
        let mut view = lock(&self.shared);
        let target = view.queued;
        while view.finished < target && view.error.is_none() {
            view = self
                .shared
                .done
                .wait(view)
                .unwrap_or_else(|p| p.into_inner());
        }
        match &view.error {
            Some(e) => Err(e.clone()),
            None => Ok(()),
        }
    }
}

impl Drop for Syncer {
    /// The last handle gone: the thread finishes every job handed to it, then ends.
    fn drop(&mut self) {
        drop(self.jobs.lock().unwrap_or_else(|p| p.into_inner()).take());
        if let Some(t) = self.thread.lock().unwrap_or_else(|p| p.into_inner()).take() {
            let _ = t.join();
        }
    }
}

/// One job of the background writer; a failure is kept for the writer to raise, and
/// no later job is applied (what is on disk stays a prefix of the writes).
fn run_job(shared: &Shared, job: Job) {
    let seq = match &job {
        Job::Put { seq, .. } | Job::Delete { seq, .. } => *seq,
    };
    let skip = lock(shared).error.is_some();
    let outcome = if skip {
        if let Job::Put { tmp, .. } = &job {
            let _ = std::fs::remove_file(tmp);
        }
        Ok(())
    } else {
        apply(shared, job)
    };
    let mut view = lock(shared);
    if let Err(e) = outcome
        && view.error.is_none()
    {
        view.error = Some(e);
    }
    view.finished = seq;
    shared.done.notify_all();
}

fn apply(shared: &Shared, job: Job) -> Result<()> {
    match job {
        Job::Put {
            seq,
            file,
            tmp,
            path,
            link,
        } => {
            file.sync_all().map_err(|e| io_err("sync", &tmp, e))?;
            drop(file);
            let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
            {
                // Under the lock: a reader finds the file pending or in place, never neither.
                let mut view = lock(shared);
                let moved = if link {
                    let linked = std::fs::hard_link(&tmp, &path);
                    let _ = std::fs::remove_file(&tmp);
                    linked.map_err(|e| match e.kind() {
                        // Another process made it since `create` looked (log.rs's error).
                        std::io::ErrorKind::AlreadyExists => RunnelError::execution(
                            "CONCURRENT_STREAM_LOG_UPDATE",
                            format!(
                                "Concurrent update to the log. Multiple streaming jobs detected: {} was written by another query. Please make sure only one streaming job accesses a specific checkpoint location at a time.",
                                path.display()
                            ),
                        ),
                        _ => io_err("create", &path, e),
                    })
                } else {
                    std::fs::rename(&tmp, &path).map_err(|e| io_err("rename into", &path, e))
                };
                if view.writes.get(&path).is_some_and(|(s, _)| *s == seq) {
                    view.writes.remove(&path);
                }
                moved?;
            }
            sync_dir(&dir)
        }
        Job::Delete { seq, path } => {
            let mut view = lock(shared);
            let removed = match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                    Err(io_err("delete", &path, e))
                }
                _ => Ok(()),
            };
            if view.deletes.get(&path) == Some(&seq) {
                view.deletes.remove(&path);
            }
            removed
        }
    }
}

impl DirCheckpointStore {
    /// Writes a file through the background writer: its bytes now, the rest in order.
    fn put(
        &self,
        syncer: &Syncer,
        path: PathBuf,
        fill: &mut dyn FnMut(&mut dyn Write) -> Result<()>,
        link: bool,
    ) -> Result<()> {
        syncer.failed()?;
        let (dir, name) = parent_of(&path)?;
        // Numbered: a path may be written again before the thread put it in place.
        static NAMES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = NAMES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
        let file = fill_file(&tmp, fill)?;
        let seq = {
            let mut view = lock(&syncer.shared);
            view.queued += 1;
            let seq = view.queued;
            view.writes.insert(path.clone(), (seq, tmp.clone()));
            view.deletes.remove(&path);
            seq
        };
        syncer.submit(Job::Put {
            seq,
            file,
            tmp,
            path,
            link,
        });
        Ok(())
    }
}

impl CheckpointStore for DirCheckpointStore {
    fn read(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        let p = self.path(rel);
        // A durable store reads under its lock: a file is pending or in place, not moving.
        let view = self.syncer.as_ref().map(|s| lock(&s.shared));
        let from = match view.as_deref() {
            Some(v) if v.deletes.contains_key(&p) => return Ok(None),
            Some(v) => v.writes.get(&p).map(|(_, tmp)| tmp.clone()),
            None => None,
        };
        match std::fs::read(from.as_ref().unwrap_or(&p)) {
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
        match &self.syncer {
            Some(s) => self.put(s, self.path(rel), fill, false),
            None => write_atomic_with(&self.path(rel), fill, false),
        }
    }

    fn create(&self, rel: &str, data: &[u8]) -> Result<bool> {
        let path = self.path(rel);
        if path.is_dir() {
            // Listings skip folders, so the log looked empty there; a write would fail
            // as if another query had written the file (Spark reads it and fails).
            return Err(RunnelError::io(format!(
                "{} is a folder where the checkpoint keeps a file: move it away, or start the query with a new checkpointLocation",
                path.display()
            )));
        }
        if let Some(s) = &self.syncer {
            // Taken if pending here or on disk; a race with another process is found when
            // the thread links the file, and fails the next write or wait.
            let taken = {
                let view = lock(&s.shared);
                view.writes.contains_key(&path)
                    || (!view.deletes.contains_key(&path) && path.exists())
            };
            if taken {
                return Ok(false);
            }
            let mut fill = |w: &mut dyn Write| {
                w.write_all(data)
                    .map_err(|e| RunnelError::io(e.to_string()).with_source(e))
            };
            self.put(s, path, &mut fill, true)?;
            return Ok(true);
        }
        // A temporary file, then a hard link to the name: the link fails if the name
        // exists, so of two processes racing for `offsets/7` exactly one wins.
        let (dir, name) = parent_of(&path)?;
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.subsec_nanos())
            .unwrap_or(0);
        let tmp = dir.join(format!(".{name}.{}.{nanos}.new", std::process::id()));
        {
            let mut f = std::fs::File::create(&tmp).map_err(|e| io_err("create", &tmp, e))?;
            f.write_all(data).map_err(|e| io_err("write", &tmp, e))?;
        }
        let linked = std::fs::hard_link(&tmp, &path);
        let _ = std::fs::remove_file(&tmp);
        match linked {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(e) => Err(io_err("create", &path, e)),
        }
    }

    fn list(&self, rel: &str) -> Result<Vec<String>> {
        let p = self.path(rel);
        let view = self.syncer.as_ref().map(|s| lock(&s.shared));
        let mut out = BTreeSet::new();
        match std::fs::read_dir(&p) {
            Ok(rd) => {
                for e in rd {
                    let e = e.map_err(|e| io_err("list", &p, e))?;
                    let name = e.file_name().to_string_lossy().into_owned();
                    if name.starts_with('.') || !e.file_type().map(|t| t.is_file()).unwrap_or(false)
                    {
                        continue;
                    }
                    out.insert(name);
                }
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io_err("list", &p, e)),
        }
        if let Some(v) = view.as_deref() {
            let name_in = |f: &PathBuf| {
                (f.parent() == Some(p.as_path()))
                    .then(|| f.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .flatten()
            };
            out.extend(v.writes.keys().filter_map(name_in));
            for gone in v.deletes.keys().filter_map(name_in) {
                out.remove(&gone);
            }
        }
        Ok(out.into_iter().collect())
    }

    fn delete(&self, rel: &str) -> Result<()> {
        let p = self.path(rel);
        if let Some(s) = &self.syncer {
            s.failed()?;
            let seq = {
                let mut view = lock(&s.shared);
                view.queued += 1;
                let seq = view.queued;
                view.writes.remove(&p);
                view.deletes.insert(p.clone(), seq);
                seq
            };
            s.submit(Job::Delete { seq, path: p });
            return Ok(());
        }
        match std::fs::remove_file(&p) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io_err("delete", &p, e)),
        }
    }

    fn sync(&self) -> Result<()> {
        match &self.syncer {
            Some(s) => s.wait(),
            None => Ok(()),
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
            // No temporary file is left behind once the background writer is done.
            s.sync().unwrap();
            assert_eq!(s.list("offsets").unwrap(), vec!["0".to_string()], "{name}");
            let all = std::fs::read_dir(base.join(name).join("state/0/0"))
                .unwrap()
                .count();
            assert_eq!(all, 1, "{name}");
        }
        let _ = std::fs::remove_dir_all(&base);
    }

    #[test]
    fn a_durable_store_serves_pending_files_and_puts_them_in_place_in_order() {
        let dir = std::env::temp_dir().join(format!("runnel-ckpt-bg-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let s = DirCheckpointStore::durable(&dir);
        for n in 0..20u32 {
            assert!(
                s.create(&format!("offsets/{n}"), format!("o{n}").as_bytes())
                    .unwrap()
            );
            s.write(&format!("state/0/0/{}.delta", n + 1), &[n as u8; 5_000])
                .unwrap();
            s.write("metadata", format!("m{n}").as_bytes()).unwrap();
            if n >= 2 {
                s.delete(&format!("offsets/{}", n - 2)).unwrap();
            }
            // Whether or not the thread got to them, the store reads what it wrote.
            assert_eq!(
                s.read("metadata").unwrap().unwrap(),
                format!("m{n}").as_bytes()
            );
            assert_eq!(
                s.read(&format!("offsets/{n}")).unwrap().unwrap(),
                format!("o{n}").as_bytes()
            );
            assert!(!s.create(&format!("offsets/{n}"), b"again").unwrap());
            let mut l: Vec<u32> = s
                .list("offsets")
                .unwrap()
                .iter()
                .map(|f| f.parse().unwrap())
                .collect();
            l.sort();
            assert_eq!(
                l,
                (n.saturating_sub(1)..=n).collect::<Vec<_>>(),
                "batch {n}"
            );
        }
        assert_eq!(s.read("offsets/0").unwrap(), None);
        s.sync().unwrap();
        // In place, and nothing else: no temporary file left.
        let mut on_disk: Vec<String> = std::fs::read_dir(dir.join("offsets"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        assert_eq!(on_disk, vec!["18".to_string(), "19".to_string()]);
        assert_eq!(std::fs::read(dir.join("metadata")).unwrap(), b"m19");
        assert_eq!(
            std::fs::read_dir(dir.join("state/0/0")).unwrap().count(),
            20
        );
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 3);
        // Dropping the last handle finishes the queue too.
        s.write("commits/0", b"c").unwrap();
        drop(s);
        assert_eq!(std::fs::read(dir.join("commits/0")).unwrap(), b"c");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_query_restarted_after_its_writer_failed_gets_a_new_writer() {
        let dir = std::env::temp_dir().join(format!("runnel-ckpt-failed-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let first = DirCheckpointStore::durable(&dir);
        first.write("offsets/0", b"o0").unwrap();
        first.sync().unwrap();
        // The disk failed under the first run's writer (a full disk, say): it keeps failing.
        let failed = first.syncer.as_ref().unwrap().clone();
        lock(&failed.shared).error = Some(RunnelError::execution_plain("No space left on device"));
        assert!(first.sync().is_err());
        // A restart in the same process (the failed run's handle still alive) starts over.
        let second = DirCheckpointStore::durable(&dir);
        assert!(!Arc::ptr_eq(second.syncer.as_ref().unwrap(), &failed));
        assert_eq!(second.read("offsets/0").unwrap().unwrap(), b"o0");
        second.write("offsets/1", b"o1").unwrap();
        second.sync().unwrap();
        assert_eq!(std::fs::read(dir.join("offsets/1")).unwrap(), b"o1");
        // Healthy writers are still shared.
        let third = DirCheckpointStore::durable(&dir);
        assert!(Arc::ptr_eq(
            third.syncer.as_ref().unwrap(),
            second.syncer.as_ref().unwrap()
        ));
        drop((first, second, third));
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// A file system that, when the file source's `cleanSource=delete` removes an input
    /// file, notes whether the batch's `commits/0` was already in place on disk.
    struct WatchDeletes {
        commit: PathBuf,
        seen: std::rc::Rc<std::cell::RefCell<Vec<bool>>>,
    }

    impl runnel_core::io::fs::FileSystem for WatchDeletes {
        fn list(&self, path: &str, recursive: bool) -> Result<Vec<runnel_core::io::fs::FileEntry>> {
            crate::local_fs::LocalFileSystem.list(path, recursive)
        }
        fn read(&self, path: &str) -> Result<Vec<u8>> {
            crate::local_fs::LocalFileSystem.read(path)
        }
        fn exists(&self, path: &str) -> Result<bool> {
            crate::local_fs::LocalFileSystem.exists(path)
        }
        fn remove_file(&self, path: &str) -> Result<()> {
            self.seen.borrow_mut().push(self.commit.exists());
            crate::local_fs::LocalFileSystem.remove_file(path)
        }
    }

    #[test]
    fn clean_source_deletes_an_input_file_only_once_its_batch_commit_is_on_disk() {
        // A SIGKILL after the delete and before the background writer put `commits/0`
        // in place would leave batch 0 to run again at restart, its input gone.
        use runnel_core::io::fs::FileSystem;
        let dir = std::env::temp_dir().join(format!("runnel-ckpt-clean-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("in")).unwrap();
        std::fs::write(dir.join("in/a.json"), b"{\"v\": 1}\n").unwrap();
        let session = runnel_core::SparkSession::new();
        crate::install(&session);
        let seen = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        session.set_file_system(std::rc::Rc::new(WatchDeletes {
            commit: dir.join("ck/commits/0"),
            seen: seen.clone(),
        }));
        let q = session
            .read_stream()
            .format("json")
            .schema(runnel_core::logical::readwrite::SchemaSpec::Ddl(
                "v INT".into(),
            ))
            .unwrap()
            .option("cleanSource", "delete")
            .load(Some(&dir.join("in").display().to_string()))
            .unwrap()
            .write_stream()
            .format("memory")
            .query_name("clean_source_sync")
            .option("checkpointLocation", &dir.join("ck").display().to_string())
            .start(None)
            .unwrap();
        q.process_all_available().unwrap();
        q.stop();
        assert_eq!(
            *seen.borrow(),
            vec![true],
            "commits/0 on disk when a.json went"
        );
        assert!(
            !crate::local_fs::LocalFileSystem
                .exists(&dir.join("in/a.json").display().to_string())
                .unwrap()
        );
        let _ = std::fs::remove_dir_all(&dir);
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
