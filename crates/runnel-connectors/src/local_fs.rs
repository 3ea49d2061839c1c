//! The local file system, for the core's file stream source.

use std::path::Path;
use std::time::UNIX_EPOCH;

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::file::{FileEntry, FileSystem, glob_match};

/// Files on the machine's disks.
#[derive(Debug, Default, Clone, Copy)]
pub struct LocalFileSystem;

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
        path: p.to_string_lossy().into_owned(),
        mtime_ms,
        size: md.len(),
    })
}

fn walk(dir: &Path, recursive: bool, out: &mut Vec<FileEntry>) -> Result<()> {
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
                walk(&p, recursive, out)?;
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
        let dest = Path::new(to);
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent).map_err(|e| {
                RunnelError::io(format!("cannot create {}: {e}", parent.display())).with_source(e)
            })?;
        }
        std::fs::rename(from, dest)
            .map_err(|e| RunnelError::io(format!("cannot move {from} to {to}: {e}")).with_source(e))
    }

    fn remove_file(&self, path: &str) -> Result<()> {
        match std::fs::remove_file(path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(RunnelError::io(format!("cannot delete {path}: {e}")).with_source(e)),
        }
    }

    fn list(&self, path: &str, recursive: bool) -> Result<Vec<FileEntry>> {
        let p = Path::new(path);
        if p.is_file() {
            return Ok(vec![entry(p)?]);
        }
        if p.is_dir() {
            let mut out = Vec::new();
            walk(p, recursive, &mut out)?;
            return Ok(out);
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
        crate::checkpoint_dir::write_atomic(Path::new(path), data)
    }

    fn remove_dir_all(&self, path: &str) -> Result<()> {
        match std::fs::remove_dir_all(path) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(RunnelError::io(format!("cannot remove {path}: {e}")).with_source(e)),
        }
    }

    fn exists(&self, path: &str) -> Result<bool> {
        Ok(Path::new(path).exists())
    }

    fn read(&self, path: &str) -> Result<Vec<u8>> {
        let data = std::fs::read(path)
            .map_err(|e| RunnelError::io(format!("cannot read {path}: {e}")).with_source(e))?;
        decompress(path, data)
    }
}

/// Compressed text files by their extension, as Spark's Hadoop codecs read them:
/// `.gz` (gzip) and `.zst` (zstandard). Other files are returned as they are.
fn decompress(path: &str, data: Vec<u8>) -> Result<Vec<u8>> {
    use std::io::Read;
    let bad = |e: std::io::Error| {
        RunnelError::io(format!(
            "{path}: cannot decompress it ({e}); is it really what its extension says?"
        ))
    };
    if path.ends_with(".gz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&data[..])
            .read_to_end(&mut out)
            .map_err(bad)?;
        return Ok(out);
    }
    if path.ends_with(".zst") {
        return zstd::stream::decode_all(&data[..]).map_err(bad);
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gz_and_zst_files_are_read_decompressed_and_a_bad_one_is_an_error_naming_it() {
        use std::io::Write;
        let text = b"{\"a\": 1}\n{\"a\": 2}\n";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(text).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(decompress("/x/a.json.gz", gz).unwrap(), text);
        let zst = zstd::stream::encode_all(&text[..], 3).unwrap();
        assert_eq!(decompress("/x/a.json.zst", zst).unwrap(), text);
        assert_eq!(decompress("/x/a.json", text.to_vec()).unwrap(), text);
        let e = decompress("/x/b.json.gz", text.to_vec()).unwrap_err();
        assert!(
            e.to_string().contains("/x/b.json.gz: cannot decompress"),
            "{e}"
        );
    }
}
