//! The local file system, for the core's file stream source.

use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::file::{FileEntry, FileSystem, glob_match};

/// Files on the machine's disks.
#[derive(Debug, Default, Clone, Copy)]
pub struct LocalFileSystem;

/// How the file sources name a file: its path when that is UTF-8, else a `file://` URI
/// with the bytes percent-encoded (as Spark's source log stores paths as URIs), so a
/// name that is not UTF-8 is kept exactly, never mangled.
pub fn path_name(p: &Path) -> String {
    if let Some(s) = p.to_str() {
        return s.to_string();
    }
    let mut out = String::from("file://");
    for &b in os_bytes(p).iter() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(unix)]
fn os_bytes(p: &Path) -> std::borrow::Cow<'_, [u8]> {
    use std::os::unix::ffi::OsStrExt;
    std::borrow::Cow::Borrowed(p.as_os_str().as_bytes())
}

#[cfg(not(unix))]
fn os_bytes(p: &Path) -> std::borrow::Cow<'_, [u8]> {
    std::borrow::Cow::Owned(p.to_string_lossy().into_owned().into_bytes())
}

/// The file a name means: a `file:` URI (`file:///tmp/in`, `file:/tmp/in`, or a name
/// [`path_name`] made) has its `%XX` escapes decoded; any other name is the path.
pub fn os_path(name: &str) -> PathBuf {
    let Some(rest) = name.strip_prefix("file:") else {
        return PathBuf::from(name);
    };
    let rest = match rest.strip_prefix("//") {
        Some(r) if r.starts_with('/') => r,
        Some(r) => match r.strip_prefix("localhost") {
            Some(r) if r.starts_with('/') => r,
            _ => return PathBuf::from(name),
        },
        None => rest,
    };
    let b = rest.as_bytes();
    let mut bytes = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |c: u8| (c as char).to_digit(16);
        if b[i] == b'%'
            && i + 2 < b.len()
            && let (Some(h), Some(l)) = (hex(b[i + 1]), hex(b[i + 2]))
        {
            bytes.push((h * 16 + l) as u8);
            i += 3;
        } else {
            bytes.push(b[i]);
            i += 1;
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStringExt;
        PathBuf::from(std::ffi::OsString::from_vec(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(&bytes).into_owned())
    }
}

fn entry(p: &Path) -> Result<FileEntry> {
    let md = std::fs::metadata(p)
        .map_err(|e| RunnelError::io(format!("{}: {e}", p.display())).with_source(e))?;
    let mtime_ms = md
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    Ok(FileEntry {
        path: path_name(p),
        mtime_ms,
        size: md.len(),
    })
}

/// A folder's identity (device and inode), to walk each folder once however many links
/// lead to it.
#[cfg(unix)]
fn dir_id(p: &Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(p).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn dir_id(p: &Path) -> Option<(u64, u64)> {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    std::fs::canonicalize(p).ok()?.hash(&mut h);
    Some((0, h.finish()))
}

fn walk(dir: &Path, recursive: bool, out: &mut Vec<FileEntry>) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    seen.extend(dir_id(dir));
    walk_in(dir, recursive, out, &mut seen)
}

fn walk_in(
    dir: &Path,
    recursive: bool,
    out: &mut Vec<FileEntry>,
    seen: &mut std::collections::HashSet<(u64, u64)>,
) -> Result<()> {
    let rd = std::fs::read_dir(dir).map_err(|e| {
        RunnelError::io(format!("cannot list {}: {e}", dir.display())).with_source(e)
    })?;
    for e in rd {
        let e = e.map_err(|e| {
            RunnelError::io(format!("cannot list {}: {e}", dir.display())).with_source(e)
        })?;
        let p = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if p.is_dir() {
            if recursive && !name.starts_with('.') && !name.starts_with('_') {
                // A link back up the tree (`in/up -> ..`) would list the same files
                // again and again, each under a longer path: each folder once.
                match dir_id(&p) {
                    Some(id) if !seen.insert(id) => {
                        tracing::warn!("skipping {}: a folder already listed", p.display());
                    }
                    _ => walk_in(&p, recursive, out, seen)?,
                }
            }
        } else if p.is_file() {
            out.push(entry(&p)?);
        } else {
            // FIFOs, sockets, devices: reading one could block forever or never end.
            tracing::warn!("skipping {}: not a regular file", p.display());
        }
    }
    Ok(())
}

impl FileSystem for LocalFileSystem {
    fn rename(&self, from: &str, to: &str) -> Result<()> {
        let dest = os_path(to);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                RunnelError::io(format!("cannot create {}: {e}", parent.display())).with_source(e)
            })?;
        }
        std::fs::rename(os_path(from), &dest)
            .map_err(|e| RunnelError::io(format!("cannot move {from} to {to}: {e}")).with_source(e))
    }

    fn remove_file(&self, path: &str) -> Result<()> {
        match std::fs::remove_file(os_path(path)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(RunnelError::io(format!("cannot delete {path}: {e}")).with_source(e)),
        }
    }

    fn list(&self, path: &str, recursive: bool) -> Result<Vec<FileEntry>> {
        let p = os_path(path);
        let p = p.as_path();
        if p.is_file() {
            return Ok(vec![entry(p)?]);
        }
        if p.is_dir() {
            let mut out = Vec::new();
            walk(p, recursive, &mut out)?;
            return Ok(out);
        }
        if p.exists() {
            // A FIFO, socket or device as the path itself: never read (it could block
            // forever or never end), and not silently an empty stream either.
            return Err(RunnelError::io(format!(
                "{path} is not a regular file or a folder (a FIFO, socket or device); give the folder the files arrive in"
            )));
        }
        // A glob in the last component: `dir/*.json`.
        if let (Some(parent), Some(pattern)) = (
            p.parent(),
            p.file_name().map(|f| f.to_string_lossy().into_owned()),
        ) && (pattern.contains('*') || pattern.contains('?'))
        {
            let mut out = Vec::new();
            if parent.is_dir() {
                walk(parent, false, &mut out)?;
            }
            out.retain(|f| glob_match(&pattern, f.path.rsplit('/').next().unwrap_or("")));
            return Ok(out);
        }
        // A glob whose folder is missing matches nothing yet (a plain missing path is
        // refused when the stream is defined, see `check_stream_path`).
        Ok(Vec::new())
    }

    fn write(&self, path: &str, data: &[u8]) -> Result<()> {
        crate::checkpoint_dir::write_atomic(&os_path(path), data)
    }

    fn remove_dir_all(&self, path: &str) -> Result<()> {
        match std::fs::remove_dir_all(os_path(path)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(RunnelError::io(format!("cannot remove {path}: {e}")).with_source(e)),
        }
    }

    fn exists(&self, path: &str) -> Result<bool> {
        Ok(os_path(path).exists())
    }

    fn read(&self, path: &str) -> Result<Vec<u8>> {
        let data = std::fs::read(os_path(path)).map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                RunnelError::io(format!(
                    "Encountered error while reading file {path}. File does not exist. It is possible the underlying files have been updated. Restore the file, or set the option ignoreMissingFiles to true to skip files deleted after they were listed."
                ))
                .with_condition("FAILED_READ_FILE.FILE_NOT_EXIST")
                .with_source(e)
            } else {
                RunnelError::io(format!("cannot read {path}: {e}")).with_source(e)
            }
        })?;
        decompress(path, data)
    }
}

/// Compressed text files by their extension, as Spark's Hadoop codecs read them:
/// `.gz` (gzip), `.bz2` (bzip2), `.deflate` (zlib) and `.zst` (zstandard). Other files
/// are returned as they are (Spark reads a `.xz` or `.lz4` frame file as raw bytes, or
/// not at all: Hadoop's `.lz4` and `.snappy` are block formats of its own).
fn decompress(path: &str, data: Vec<u8>) -> Result<Vec<u8>> {
    use std::io::Read;
    let bad = |e: std::io::Error| {
        RunnelError::io(format!(
            "Encountered error while reading file {path}: cannot decompress it ({e}). Is it really what its extension says? Fix or remove the file, or set the option ignoreCorruptFiles to true to skip such files."
        ))
        .with_condition("FAILED_READ_FILE.NO_HINT")
    };
    let mut out = Vec::new();
    if path.ends_with(".gz") {
        flate2::read::MultiGzDecoder::new(&data[..])
            .read_to_end(&mut out)
            .map_err(bad)?;
    } else if path.ends_with(".bz2") {
        bzip2::read::MultiBzDecoder::new(&data[..])
            .read_to_end(&mut out)
            .map_err(bad)?;
    } else if path.ends_with(".deflate") {
        flate2::read::ZlibDecoder::new(&data[..])
            .read_to_end(&mut out)
            .map_err(bad)?;
    } else if path.ends_with(".zst") {
        out = zstd::stream::decode_all(&data[..]).map_err(bad)?;
    } else {
        return Ok(data);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gz_bz2_deflate_and_zst_files_are_read_decompressed_and_a_bad_one_is_an_error_naming_it() {
        use std::io::Write;
        let text = b"{\"a\": 1}\n{\"a\": 2}\n";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(text).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(decompress("/x/a.json.gz", gz).unwrap(), text);
        let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::default());
        bz.write_all(text).unwrap();
        let bz = bz.finish().unwrap();
        assert_eq!(decompress("/x/a.json.bz2", bz).unwrap(), text);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(text).unwrap();
        let z = z.finish().unwrap();
        assert_eq!(decompress("/x/a.json.deflate", z).unwrap(), text);
        let zst = zstd::stream::encode_all(&text[..], 3).unwrap();
        assert_eq!(decompress("/x/a.json.zst", zst).unwrap(), text);
        assert_eq!(decompress("/x/a.json", text.to_vec()).unwrap(), text);
        for name in [
            "/x/b.json.gz",
            "/x/b.json.bz2",
            "/x/b.json.deflate",
            "/x/b.json.zst",
        ] {
            let e = decompress(name, text.to_vec()).unwrap_err();
            assert_eq!(e.condition.as_deref(), Some("FAILED_READ_FILE.NO_HINT"));
            assert!(
                e.to_string()
                    .contains(&format!("{name}: cannot decompress")),
                "{e}"
            );
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_file_name_that_is_not_utf8_is_listed_read_and_moved_under_a_name_that_keeps_its_bytes() {
        use std::os::unix::ffi::OsStrExt;
        let dir = std::env::temp_dir().join(format!("runnel-nonutf8-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9 100%.json");
        std::fs::write(dir.join(name), b"{\"a\": 1}\n").unwrap();
        std::fs::write(dir.join("plain%41.json"), b"{\"a\": 2}\n").unwrap();
        let fs = LocalFileSystem;
        let mut got = fs.list(&dir.to_string_lossy(), false).unwrap();
        got.sort_by(|a, b| a.path.cmp(&b.path));
        let d = dir.to_string_lossy();
        assert_eq!(
            got[0].path,
            format!("{d}/plain%41.json"),
            "UTF-8 names as they are"
        );
        assert_eq!(got[1].path, format!("file://{d}/caf%E9%20100%25.json"));
        assert_eq!(fs.read(&got[1].path).unwrap(), b"{\"a\": 1}\n");
        assert_eq!(fs.read(&got[0].path).unwrap(), b"{\"a\": 2}\n");
        assert_eq!(os_path(&got[1].path), dir.join(name));
        assert_eq!(os_path("file:///tmp/x"), PathBuf::from("/tmp/x"));
        assert_eq!(os_path("file:/tmp/x"), PathBuf::from("/tmp/x"));
        let to = format!("file://{d}/archive/caf%E9%20100%25.json");
        fs.rename(&got[1].path, &to).unwrap();
        assert!(dir.join("archive").join(name).is_file());
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[cfg(unix)]
    #[test]
    fn a_link_back_up_the_folder_tree_lists_each_file_once_and_a_fifo_path_is_refused() {
        let dir = std::env::temp_dir().join(format!("runnel-loop-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("in/sub")).unwrap();
        std::fs::write(dir.join("in/a.json"), b"{}").unwrap();
        std::fs::write(dir.join("in/sub/b.json"), b"{}").unwrap();
        std::os::unix::fs::symlink("..", dir.join("in/sub/up")).unwrap();
        let got = LocalFileSystem
            .list(&dir.join("in").to_string_lossy(), true)
            .unwrap();
        let mut names: Vec<&str> = got.iter().map(|f| f.path.as_str()).collect();
        names.sort();
        let d = dir.to_string_lossy();
        assert_eq!(
            names,
            [format!("{d}/in/a.json"), format!("{d}/in/sub/b.json")],
            "each file once, not again under in/sub/up/sub/up/..."
        );
        let fifo = dir.join("p");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        let e = LocalFileSystem
            .list(&fifo.to_string_lossy(), false)
            .unwrap_err();
        assert!(
            e.to_string().contains("not a regular file or a folder"),
            "{e}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
