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
    let bytes = runnel_core::io::fs::percent_decode(rest);
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

    fn create_dir_all(&self, path: &str) -> Result<()> {
        std::fs::create_dir_all(os_path(path)).map_err(|e| {
            RunnelError::io(format!("cannot create the folder {path}: {e}")).with_source(e)
        })
    }

    fn exists(&self, path: &str) -> Result<bool> {
        Ok(os_path(path).exists())
    }

    fn kind(&self, path: &str) -> runnel_core::io::fs::PathKind {
        use runnel_core::io::fs::PathKind;
        match std::fs::metadata(os_path(path)) {
            Ok(m) if m.is_dir() => PathKind::Dir,
            Ok(_) => PathKind::File,
            Err(_) => PathKind::Missing,
        }
    }

    fn read_dir(&self, path: &str) -> std::io::Result<Vec<String>> {
        let mut names = std::fs::read_dir(os_path(path))?
            .map(|e| e.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect::<std::io::Result<Vec<String>>>()?;
        names.sort();
        Ok(names)
    }

    fn remove_dir(&self, path: &str) -> std::io::Result<()> {
        std::fs::remove_dir(os_path(path))
    }

    fn stat(&self, path: &str) -> Option<FileEntry> {
        let e = entry(&os_path(path)).ok()?;
        Some(FileEntry {
            path: path.to_string(),
            ..e
        })
    }

    fn read(&self, path: &str) -> Result<Vec<u8>> {
        let data = std::fs::read(os_path(path)).map_err(|e| read_error(path, e))?;
        decompress(path, data)
    }

    fn range_reader(&self, path: &str) -> Option<runnel_core::io::fs::RangeRead> {
        if is_compressed(path) {
            return None;
        }
        let (name, os) = (path.to_string(), os_path(path));
        Some(std::sync::Arc::new(move |offset: u64, len: usize| {
            use std::io::{Read, Seek, SeekFrom};
            let mut f = std::fs::File::open(&os).map_err(|e| read_error(&name, e))?;
            f.seek(SeekFrom::Start(offset))
                .map_err(|e| read_error(&name, e))?;
            let mut out = Vec::with_capacity(len);
            f.take(len as u64)
                .read_to_end(&mut out)
                .map_err(|e| read_error(&name, e))?;
            Ok(out)
        }))
    }
}

/// The error of reading the file `path`: Spark's for a file deleted after it was listed.
fn read_error(path: &str, e: std::io::Error) -> RunnelError {
    if e.kind() == std::io::ErrorKind::NotFound {
        RunnelError::io(format!(
            "Encountered error while reading file {path}. File does not exist. It is possible the underlying files have been updated. Restore the file, or set the option ignoreMissingFiles to true to skip files deleted after they were listed."
        ))
        .with_condition("FAILED_READ_FILE.FILE_NOT_EXIST")
        .with_source(e)
    } else {
        RunnelError::io(format!("cannot read {path}: {e}")).with_source(e)
    }
}

/// The extensions of the compressed files [`decompress`] inflates.
const COMPRESSED: &[&str] = &[".gz", ".bz2", ".deflate", ".zst", ".lz4", ".snappy"];

/// Whether `path` is read through a decompressor (by its extension).
fn is_compressed(path: &str) -> bool {
    COMPRESSED.iter().any(|x| path.ends_with(x))
}

/// Compressed text files by their extension, as Spark's Hadoop codecs read them:
/// `.gz` (gzip), `.bz2` (bzip2), `.deflate` (zlib), `.zst` (zstandard), and `.lz4` and
/// `.snappy` in Hadoop's block format (what Spark writes with `compression` `lz4` or
/// `snappy`). Other files are returned as they are (Spark reads a `.xz` file as raw
/// bytes too).
fn decompress(path: &str, data: Vec<u8>) -> Result<Vec<u8>> {
    decompress_at_most(path, data, MAX_DECOMPRESSED)
}

/// [`decompress`] with a limit on the bytes out.
fn decompress_at_most(path: &str, data: Vec<u8>, limit: u64) -> Result<Vec<u8>> {
    use std::io::Read;
    if !is_compressed(path) {
        return Ok(data);
    }
    let bad = |e: std::io::Error| {
        RunnelError::io(format!(
            "Encountered error while reading file {path}: cannot decompress it ({e}). Is it really what its extension says? Fix or remove the file, or set the option ignoreCorruptFiles to true to skip such files."
        ))
        .with_condition("FAILED_READ_FILE.NO_HINT")
    };
    // Runnel reads a file whole: a small file that inflates past this (a decompression
    // bomb) is refused with its name rather than exhausting memory.
    let capped = |r: &mut dyn Read| -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        r.take(limit + 1).read_to_end(&mut out)?;
        if out.len() as u64 > limit {
            return Err(std::io::Error::other(format!(
                "it decompresses to more than {limit} bytes, more than Runnel reads from one file; split it into smaller files"
            )));
        }
        Ok(out)
    };
    let out;
    if path.ends_with(".gz") {
        out = capped(&mut flate2::read::MultiGzDecoder::new(&data[..])).map_err(bad)?;
    } else if path.ends_with(".bz2") {
        out = capped(&mut bzip2::read::MultiBzDecoder::new(&data[..])).map_err(bad)?;
    } else if path.ends_with(".deflate") {
        out = capped(&mut flate2::read::ZlibDecoder::new(&data[..])).map_err(bad)?;
    } else if path.ends_with(".zst") {
        out =
            capped(&mut zstd::stream::read::Decoder::new(&data[..]).map_err(bad)?).map_err(bad)?;
    } else if path.ends_with(".lz4") {
        out = hadoop_blocks(&data, limit, |chunk, room| {
            // An LZ4 block expands at most ~255 times: never allocate past that.
            let mut buf = vec![0u8; room.min(chunk.len().saturating_mul(255) + 64)];
            let n = lz4_flex::block::decompress_into(chunk, &mut buf).map_err(|e| e.to_string())?;
            buf.truncate(n);
            Ok(buf)
        })
        .map_err(bad)?;
    } else if path.ends_with(".snappy") {
        out = hadoop_blocks(&data, limit, |chunk, room| {
            let len = snap::raw::decompress_len(chunk).map_err(|e| e.to_string())?;
            if len > room {
                return Err(format!("a chunk of {len} bytes overruns its block"));
            }
            snap::raw::Decoder::new()
                .decompress_vec(chunk)
                .map_err(|e| e.to_string())
        })
        .map_err(bad)?;
    } else {
        return Ok(data);
    }
    Ok(out)
}

/// The most bytes one compressed file may decompress to (4 GiB).
const MAX_DECOMPRESSED: u64 = 4 << 30;

/// Hadoop's `BlockCompressorStream` format (its `.lz4` and `.snappy` files): blocks of a
/// 4-byte big-endian uncompressed length, then chunks of a 4-byte compressed length and
/// the compressed bytes until the block is whole. `chunk(bytes, room)` decompresses one
/// chunk into at most `room` bytes.
fn hadoop_blocks(
    data: &[u8],
    limit: u64,
    chunk: impl Fn(&[u8], usize) -> std::result::Result<Vec<u8>, String>,
) -> std::io::Result<Vec<u8>> {
    let bad = |m: String| std::io::Error::new(std::io::ErrorKind::InvalidData, m);
    let mut at = 0usize;
    let int = |at: &mut usize| -> std::io::Result<usize> {
        let b = data
            .get(*at..*at + 4)
            .ok_or_else(|| bad(format!("cut short at byte {at}")))?;
        *at += 4;
        let n = u32::from_be_bytes([b[0], b[1], b[2], b[3]]);
        if n > i32::MAX as u32 {
            return Err(bad(format!("a length of {n} bytes at byte {}", *at - 4)));
        }
        Ok(n as usize)
    };
    let mut out = Vec::new();
    while at < data.len() {
        let block = int(&mut at)?;
        let mut got = 0usize;
        while got < block {
            let len = int(&mut at)?;
            let bytes = data
                .get(at..at + len)
                .ok_or_else(|| bad(format!("a chunk cut short at byte {at}")))?;
            at += len;
            let part = chunk(bytes, block - got).map_err(bad)?;
            if part.is_empty() {
                return Err(bad(format!("an empty chunk at byte {}", at - len)));
            }
            got += part.len();
            out.extend_from_slice(&part);
            if out.len() as u64 > limit {
                return Err(bad(format!(
                    "it decompresses to more than {limit} bytes, more than Runnel reads from one file; split it into smaller files"
                )));
            }
        }
        if got != block {
            return Err(bad(format!(
                "a block of {block} bytes decompressed to {got}"
            )));
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_range_reader_reads_ranges_of_a_plain_file_and_names_a_deleted_one() {
        let dir = std::env::temp_dir().join(format!("runnel-range-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("a.json");
        std::fs::write(&path, b"0123456789").unwrap();
        let name = path.to_string_lossy().into_owned();
        let read = LocalFileSystem.range_reader(&name).expect("a plain file");
        assert_eq!(read(2, 3).unwrap(), b"234");
        assert_eq!(read(8, 100).unwrap(), b"89", "fewer at the end");
        assert_eq!(read(20, 5).unwrap(), b"", "none past the end");
        assert!(
            LocalFileSystem
                .range_reader(&format!("{name}.gz"))
                .is_none()
        );
        std::fs::remove_file(&path).unwrap();
        let e = read(0, 4).unwrap_err();
        assert_eq!(
            e.condition.as_deref(),
            Some("FAILED_READ_FILE.FILE_NOT_EXIST")
        );
        assert!(e.message.contains(&name), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

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

    /// Files Spark 4.3 wrote with `.option("compression", "lz4" | "snappy")` (Hadoop's
    /// block format), read back by Spark as the three lines they hold.
    #[test]
    fn spark_written_lz4_and_snappy_files_are_read_and_a_cut_or_bloated_one_is_an_error() {
        let want = b"{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3}\n";
        for (name, data) in [
            (
                "/x/a.json.lz4",
                &include_bytes!("../testdata/spark-written.json.lz4")[..],
            ),
            (
                "/x/a.json.snappy",
                &include_bytes!("../testdata/spark-written.json.snappy")[..],
            ),
        ] {
            assert_eq!(decompress(name, data.to_vec()).unwrap(), want, "{name}");
            let cut = decompress(name, data[..data.len() - 3].to_vec()).unwrap_err();
            assert!(cut.to_string().contains("cannot decompress"), "{cut}");
            // A block that claims 2 GiB: refused, not allocated.
            let mut bloated = data.to_vec();
            bloated[..4].copy_from_slice(&0x7fff_ffffu32.to_be_bytes());
            assert!(decompress(name, bloated).is_err(), "{name}");
            let mut huge = data.to_vec();
            huge[..4].copy_from_slice(&0xffff_ffffu32.to_be_bytes());
            assert!(decompress(name, huge).is_err(), "{name}");
        }
    }

    #[test]
    fn a_decompression_bomb_is_refused_naming_the_file_not_read_into_memory() {
        use std::io::Write;
        let zeros = vec![0u8; 1 << 20];
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&zeros).unwrap();
        let gz = gz.finish().unwrap();
        let zst = zstd::stream::encode_all(&zeros[..], 3).unwrap();
        let lz4 = include_bytes!("../testdata/spark-written.json.lz4").to_vec();
        for (name, data) in [
            ("/x/bomb.json.gz", gz),
            ("/x/bomb.json.zst", zst),
            ("/x/b.json.lz4", lz4),
        ] {
            let e = decompress_at_most(name, data.clone(), 20).unwrap_err();
            assert!(
                e.to_string().contains(name) && e.to_string().contains("more than 20 bytes"),
                "{e}"
            );
            assert!(decompress_at_most(name, data, 1 << 20).is_ok(), "{name}");
        }
    }
}
