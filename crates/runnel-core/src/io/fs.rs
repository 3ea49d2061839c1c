//! The file system the file sources, sinks and checkpoints work over: a small trait
//! (list, read, write, ...) that runnel-connectors implements on a real directory and
//! [`MemoryFileSystem`] in memory (tests, the browser's virtual files).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use crate::error::{Result, RunnelError};

/// A file as a listing shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// Full path.
    pub path: String,
    /// Modification time, milliseconds since the epoch.
    pub mtime_ms: i64,
    /// Size in bytes.
    pub size: u64,
}

/// Reads up to `len` bytes of a file from `offset` (fewer at its end), on any thread;
/// errors as [`FileSystem::read`]'s.
pub type RangeRead = std::sync::Arc<dyn Fn(u64, usize) -> Result<Vec<u8>> + Send + Sync>;

/// What a path names ([`FileSystem::kind`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathKind {
    /// Nothing.
    Missing,
    /// A file.
    File,
    /// A folder.
    Dir,
}

/// The few file operations the file sources need (and the scripts' `os`, `shutil`,
/// `pathlib` and `glob`, which see the same files: the local disk natively, the page's
/// files in a browser).
pub trait FileSystem {
    /// Files under `path` (a directory, or one file, or a glob pattern in the last component).
    fn list(&self, path: &str, recursive: bool) -> Result<Vec<FileEntry>>;
    /// A whole file.
    fn read(&self, path: &str) -> Result<Vec<u8>>;
    /// A reader of byte ranges of `path` that decoding tasks may call on other threads,
    /// when the file system has one and the file's bytes are its content (not
    /// compressed). None: the file is read whole, with [`FileSystem::read`].
    fn range_reader(&self, _path: &str) -> Option<RangeRead> {
        None
    }
    /// Moves a file (creating `to`'s folders): the file source's `cleanSource=archive`.
    fn rename(&self, from: &str, _to: &str) -> Result<()> {
        Err(RunnelError::not_supported(format!(
            "this file system cannot move {from} (cleanSource=archive)"
        )))
    }
    /// Deletes a file: the file source's `cleanSource=delete`.
    fn remove_file(&self, path: &str) -> Result<()> {
        Err(RunnelError::not_supported(format!(
            "this file system cannot delete {path} (cleanSource=delete)"
        )))
    }
    /// Writes a whole file, creating its folders; readers see the old file or the new
    /// one, never a part (file sinks).
    fn write(&self, path: &str, _data: &[u8]) -> Result<()> {
        Err(RunnelError::not_supported(format!(
            "this file system cannot write {path}"
        )))
    }
    /// Is there a file or a folder at `path`? (The browser's virtual files have no
    /// folders of their own: there every path may exist.)
    fn exists(&self, _path: &str) -> Result<bool> {
        Ok(true)
    }
    /// Makes a folder and its parents (a managed table's, when it is created). The
    /// in-memory file system has no folders of its own: nothing to do there.
    fn create_dir_all(&self, _path: &str) -> Result<()> {
        Ok(())
    }
    /// Deletes a folder and everything under it (`mode("overwrite")`).
    fn remove_dir_all(&self, path: &str) -> Result<()> {
        for f in self.list(path, true)? {
            self.remove_file(&f.path)?;
        }
        Ok(())
    }
    /// Whether `path` is a file, a folder or nothing (`os.path.isdir`...). By default
    /// from a listing: a folder is a path with files under it.
    fn kind(&self, path: &str) -> PathKind {
        let path = path.trim_end_matches('/');
        listing_kind(path, &self.list(path, true).unwrap_or_default())
    }
    /// The names in folder `path`, files and folders, sorted (`os.listdir`); Python's
    /// errors by kind (NotFound, NotADirectory).
    fn read_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        let dir = path.trim_end_matches('/');
        let files = self.list(dir, true).unwrap_or_default();
        let kind = listing_kind(dir, &files);
        children(kind, dir, files.iter().map(|e| e.path.as_str()))
    }
    /// A file's or a folder's size and modification time (`os.path.getmtime`,
    /// `getsize`); None when nothing is there. By default from a listing: a folder is as
    /// new as the newest file in it, of size 0.
    fn stat(&self, path: &str) -> Option<FileEntry> {
        let path = path.trim_end_matches('/');
        let kind = self.kind(path);
        let listing = self.list(path, false).unwrap_or_default();
        match kind {
            PathKind::Missing => None,
            PathKind::File => listing.into_iter().next(),
            PathKind::Dir => Some(FileEntry {
                path: path.to_string(),
                mtime_ms: listing.iter().map(|e| e.mtime_ms).max().unwrap_or(0),
                size: 0,
            }),
        }
    }
    /// Deletes an empty folder (`os.rmdir`).
    fn remove_dir(&self, _path: &str) -> std::io::Result<()> {
        Err(std::io::ErrorKind::Unsupported.into())
    }
}

/// What `path` is by a recursive listing of it: one entry that is the path itself is a
/// file, any other entries make a folder.
fn listing_kind(path: &str, listing: &[FileEntry]) -> PathKind {
    match listing {
        [one] if one.path == path => PathKind::File,
        [] => PathKind::Missing,
        _ => PathKind::Dir,
    }
}

/// The names directly in folder `dir` (of `kind`) among `paths` (files or folders
/// anywhere), sorted; Python's errors for a missing path or a file. The working folder
/// (`.`, or `./x` for `x`) holds the relative paths.
fn children<'a>(
    kind: PathKind,
    dir: &str,
    paths: impl Iterator<Item = &'a str>,
) -> std::io::Result<Vec<String>> {
    match kind {
        PathKind::Missing => return Err(std::io::ErrorKind::NotFound.into()),
        PathKind::File => return Err(std::io::ErrorKind::NotADirectory.into()),
        PathKind::Dir => {}
    }
    let prefix = relative_prefix(dir);
    let mut names: Vec<String> = paths
        .map(|p| p.strip_prefix("./").unwrap_or(p))
        .filter(|p| !prefix.is_empty() || !p.starts_with('/'))
        .filter_map(|p| p.strip_prefix(&prefix))
        .map(|rest| rest.split('/').next().unwrap_or(rest).to_string())
        .collect();
    names.sort();
    names.dedup();
    Ok(names)
}

/// The prefix of the paths inside folder `dir`: `dir/`, with `./` dropped; empty for
/// the working folder itself (`.`, `./`).
fn relative_prefix(dir: &str) -> String {
    let dir = dir.strip_prefix("./").unwrap_or(dir);
    if dir.is_empty() || dir == "." {
        String::new()
    } else {
        format!("{dir}/")
    }
}

/// A shared file system handle.
pub type FileSystemRef = Rc<dyn FileSystem>;

/// Spark's check when a file stream is defined: a path that is not a glob pattern must
/// exist (`[PATH_NOT_FOUND]`); a glob may match files that arrive later.
pub fn check_stream_path(fs: &dyn FileSystem, path: &str) -> Result<()> {
    let glob = path.contains(['*', '?', '[', '{']);
    if glob || fs.exists(path)? {
        return Ok(());
    }
    Err(RunnelError::analysis(
        "PATH_NOT_FOUND",
        format!(
            "Path does not exist: {path}. Create the folder first (the stream reads the files that appear in it), or fix the path (see --path-map)."
        ),
    ))
}

/// `%XX` escapes decoded to their bytes (the rest as it is): a `file://` URI's path, a
/// partition folder's name (Spark's `unescapePathName`).
pub fn percent_decode(s: &str) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    out
}

/// Spark's rule for a folder a streaming file sink writes: a file source reads such a
/// folder (one with a `_spark_metadata` log) as the files its log committed, not as
/// what is listed; files written beside them (by a batch write, or a batch that failed
/// before its log entry) are not read. Keeps the listed files the log names (by file
/// name: sink files have unique names), or all of them when the folder has no log.
pub fn committed_files(
    fs: &dyn FileSystem,
    dir: &str,
    files: Vec<FileEntry>,
) -> Result<Vec<FileEntry>> {
    let log = format!("{}/_spark_metadata", dir.trim_end_matches('/'));
    if dir.contains(['*', '?', '[', '{']) || !fs.exists(&log)? {
        return Ok(files);
    }
    let entries = fs.list(&log, false)?;
    if entries.is_empty() {
        return Ok(files);
    }
    let mut names = std::collections::HashSet::new();
    for e in entries {
        let data = fs.read(&e.path)?;
        for line in String::from_utf8_lossy(&data).lines().skip(1) {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                return Err(RunnelError::io(format!(
                    "{}: a line of the file sink's log is not JSON: {line:?}; the _spark_metadata log is damaged (remove the folder's _spark_metadata to read every file)",
                    e.path
                )));
            };
            let name = v["path"]
                .as_str()
                .and_then(|p| p.rsplit('/').next())
                .unwrap_or_default()
                .to_string();
            if v["action"].as_str() == Some("delete") {
                names.remove(&name);
            } else {
                names.insert(name);
            }
        }
    }
    Ok(files
        .into_iter()
        .filter(|f| names.contains(f.path.rsplit('/').next().unwrap_or(&f.path)))
        .collect())
}

/// A path as the in-memory file system keeps it: `./` in front and `/` at the end
/// dropped, so `./out/x.csv`, `out/x.csv` and `out//` name what they name on a disk.
fn key(path: &str) -> &str {
    let mut p = path.trim_end_matches('/');
    while let Some(rest) = p.strip_prefix("./") {
        p = rest.trim_start_matches('/');
    }
    p
}

/// An in-memory file system (tests; the browser's virtual files).
#[derive(Default)]
pub struct MemoryFileSystem {
    files: RefCell<BTreeMap<String, (Vec<u8>, i64)>>,
    /// Folders made (`os.makedirs`, a sink's): a folder is also any path with files under it.
    dirs: RefCell<std::collections::BTreeSet<String>>,
    clock: RefCell<i64>,
}

impl MemoryFileSystem {
    /// An empty file system.
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds or replaces a file; its modification time is one second after the previous file's.
    pub fn put(&self, path: &str, data: Vec<u8>) {
        let mut c = self.clock.borrow_mut();
        *c += 1000;
        self.files
            .borrow_mut()
            .insert(key(path).to_string(), (data, *c));
    }
    /// Removes a file.
    pub fn remove(&self, path: &str) {
        self.files.borrow_mut().remove(key(path));
    }
    /// Every file, sorted by path.
    pub fn entries(&self) -> Vec<FileEntry> {
        self.files
            .borrow()
            .iter()
            .map(|(p, (d, t))| FileEntry {
                path: p.clone(),
                mtime_ms: *t,
                size: d.len() as u64,
            })
            .collect()
    }
}

/// Does a simple glob (`*`, `?`) match a name?
pub fn glob_match(pattern: &str, name: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    fn rec(p: &[char], n: &[char]) -> bool {
        match p.first() {
            None => n.is_empty(),
            Some('*') => (0..=n.len()).any(|i| rec(&p[1..], &n[i..])),
            Some('?') => !n.is_empty() && rec(&p[1..], &n[1..]),
            Some(c) => n.first() == Some(c) && rec(&p[1..], &n[1..]),
        }
    }
    rec(&p, &n)
}

impl FileSystem for MemoryFileSystem {
    fn list(&self, path: &str, recursive: bool) -> Result<Vec<FileEntry>> {
        let dir = key(path);
        let files = self.files.borrow();
        if let Some((d, t)) = files.get(dir) {
            return Ok(vec![FileEntry {
                path: dir.to_string(),
                mtime_ms: *t,
                size: d.len() as u64,
            }]);
        }
        let prefix = format!("{dir}/");
        Ok(files
            .iter()
            .filter(|(p, _)| {
                p.starts_with(&prefix) && (recursive || !p[prefix.len()..].contains('/'))
            })
            .map(|(p, (d, t))| FileEntry {
                path: p.clone(),
                mtime_ms: *t,
                size: d.len() as u64,
            })
            .collect())
    }
    fn rename(&self, from: &str, to: &str) -> Result<()> {
        let mut files = self.files.borrow_mut();
        let f = files
            .remove(key(from))
            .ok_or_else(|| RunnelError::io(format!("{from}: no such file")))?;
        files.insert(key(to).to_string(), f);
        Ok(())
    }

    fn remove_file(&self, path: &str) -> Result<()> {
        self.files.borrow_mut().remove(key(path));
        Ok(())
    }

    fn write(&self, path: &str, data: &[u8]) -> Result<()> {
        self.put(path, data.to_vec());
        Ok(())
    }

    fn create_dir_all(&self, path: &str) -> Result<()> {
        let mut dirs = self.dirs.borrow_mut();
        let mut at = key(path);
        while !at.is_empty() && at != "." && dirs.insert(at.to_string()) {
            at = at.rsplit_once('/').map_or("", |(parent, _)| parent);
        }
        Ok(())
    }

    fn remove_dir_all(&self, path: &str) -> Result<()> {
        let dir = key(path);
        let prefix = format!("{dir}/");
        self.files
            .borrow_mut()
            .retain(|p, _| !p.starts_with(&prefix));
        self.dirs
            .borrow_mut()
            .retain(|p| p != dir && !p.starts_with(&prefix));
        Ok(())
    }

    fn kind(&self, path: &str) -> PathKind {
        let path = key(path);
        if self.files.borrow().contains_key(path) {
            return PathKind::File;
        }
        let prefix = format!("{path}/");
        let under = |p: &String| p.starts_with(&prefix);
        // The root and the working folder are folders.
        if path.is_empty()
            || path == "."
            || self.dirs.borrow().contains(path)
            || self.dirs.borrow().iter().any(under)
            || self.files.borrow().keys().any(under)
        {
            PathKind::Dir
        } else {
            PathKind::Missing
        }
    }

    fn read_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        let dir = key(path);
        let (files, dirs) = (self.files.borrow(), self.dirs.borrow());
        let paths = files.keys().chain(dirs.iter()).map(|p| p.as_str());
        children(self.kind(dir), dir, paths)
    }

    fn remove_dir(&self, path: &str) -> std::io::Result<()> {
        let dir = key(path);
        if !self.read_dir(dir)?.is_empty() {
            return Err(std::io::ErrorKind::DirectoryNotEmpty.into());
        }
        self.dirs.borrow_mut().remove(dir);
        Ok(())
    }

    fn read(&self, path: &str) -> Result<Vec<u8>> {
        self.files
            .borrow()
            .get(key(path))
            .map(|(d, _)| d.clone())
            .ok_or_else(|| {
                RunnelError::io(format!("Path does not exist: {path}."))
                    .with_condition("PATH_NOT_FOUND")
            })
    }
}
