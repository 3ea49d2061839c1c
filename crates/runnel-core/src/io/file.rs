//! The file stream source (Spark's `FileStreamSource`) over a [`FileSystem`]
//! trait, so the same logic runs on a real directory (runnel-connectors) and on an
//! in-memory file system (tests, the browser).

use std::collections::{BTreeMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch, StringArray};
use arrow_schema::{DataType, SchemaRef};

use super::json::{JsonDecoder, JsonOptions, ParseMode};
pub use super::source::{ChunkFn, TaskOutput};
use super::source::{Offset, Source};
use crate::error::{Result, RunnelError};

/// A unit of decoding work, independent of the others.
pub type DecodeTask = Box<dyn FnOnce() -> Result<TaskOutput> + Send>;

/// Runs decoding tasks and returns their results in order: sequentially here, on
/// threads in the native build (the core itself has no threads, for wasm32).
pub type ParallelFn = Rc<dyn Fn(Vec<DecodeTask>) -> Vec<Result<TaskOutput>>>;

/// A task's output that is a decoded batch.
fn task_batch(out: TaskOutput) -> Result<RecordBatch> {
    out.downcast::<RecordBatch>()
        .map(|b| *b)
        .map_err(|_| RunnelError::internal("a decoding task returned no batch"))
}

pub use super::fs::{
    FileEntry, FileSystem, FileSystemRef, MemoryFileSystem, check_stream_path, committed_files,
    glob_match,
};

/// The file source's `cleanSource` option: what happens to a file once its batch committed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum CleanSource {
    /// Leave it (the default).
    #[default]
    Off,
    /// Delete it.
    Delete,
    /// Move it under this folder, keeping its path (`sourceArchiveDir`).
    Archive(String),
}

/// File formats the core can decode.
#[derive(Clone)]
pub enum FileFormat {
    /// JSON lines.
    Json(JsonOptions),
    /// Text: one row per line, in a `value` column.
    Text,
    /// A format decoded outside the core (Parquet and CSV natively): the decoder gets a
    /// file's bytes, its path (for errors) and the schema.
    Custom(CustomDecoder),
}

impl std::fmt::Debug for FileFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            FileFormat::Json(o) => f.debug_tuple("Json").field(o).finish(),
            FileFormat::Text => f.write_str("Text"),
            FileFormat::Custom(_) => f.write_str("Custom"),
        }
    }
}

/// Decodes one whole file of a format the core does not know (on the source's thread):
/// its bytes, its path (for errors), the schema, and the names of the columns the query
/// reads (`None`: all). A decoder may leave the other columns NULL.
pub type CustomDecoder =
    std::rc::Rc<dyn Fn(&[u8], &str, &SchemaRef, Option<&[String]>) -> Result<Vec<RecordBatch>>>;

impl FileFormat {
    /// The format for a `format(...)` name and its options.
    pub fn from_options(format: &str, options: &BTreeMap<String, String>) -> Result<Self> {
        match format {
            "json" => {
                let mut o = JsonOptions::default();
                if let Some(m) = options.get("mode") {
                    o.mode = ParseMode::parse(m)?;
                }
                if let Some(c) = options.get("columnnameofcorruptrecord") {
                    o.corrupt_column = c.clone();
                }
                o.multi_line = options
                    .get("multiline")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"));
                o.timestamp_format = options.get("timestampformat").cloned();
                o.allow_non_numeric = !options
                    .get("allownonnumericnumbers")
                    .is_some_and(|v| v.eq_ignore_ascii_case("false"));
                o.allow_unquoted_field_names = options
                    .get("allowunquotedfieldnames")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"));
                Ok(FileFormat::Json(o))
            }
            "text" => Ok(FileFormat::Text),
            other => Err(RunnelError::not_supported(format!(
                "the file format {other:?} in the core (json and text are built in)"
            ))),
        }
    }
}

impl FileFormat {
    /// The format reading only the columns named in `required` (Spark's `requiredSchema`):
    /// JSON skips the other keys, a custom decoder is told the names; text has one column.
    pub fn read_only(&self, required: &Arc<[String]>) -> FileFormat {
        match self {
            FileFormat::Json(o) => FileFormat::Json(JsonOptions {
                required: Some(required.clone()),
                ..o.clone()
            }),
            FileFormat::Text => FileFormat::Text,
            FileFormat::Custom(d) => {
                let (d, required) = (d.clone(), required.clone());
                FileFormat::Custom(Rc::new(move |data, path, schema, _| {
                    d(data, path, schema, Some(&required))
                }))
            }
        }
    }
}

/// Splits `data` into about `parts` pieces at line ends: (start, end) byte ranges.
fn line_chunks(data: &[u8], parts: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let step = data.len().div_ceil(parts.max(1)).max(1);
    let mut start = 0usize;
    while start < data.len() {
        let mut end = (start + step).min(data.len());
        while end < data.len() && data[end - 1] != b'\n' {
            end += 1;
        }
        out.push((start, end));
        start = end;
    }
    out
}

/// Files a read may skip: Spark's `ignoreMissingFiles` (a file deleted after it was
/// listed) and `ignoreCorruptFiles` (a file that cannot be read or decompressed, or is
/// not the format it should be). Rows of a malformed record are not a corrupt file:
/// `mode` decides about them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadSkips {
    /// `ignoreMissingFiles`.
    pub missing: bool,
    /// `ignoreCorruptFiles`.
    pub corrupt: bool,
}

impl ReadSkips {
    /// From the read's options (lower-case keys), else the session's
    /// `spark.sql.files.ignoreMissingFiles` / `spark.sql.files.ignoreCorruptFiles`.
    pub fn from_options(
        options: &BTreeMap<String, String>,
        conf: impl Fn(&str) -> Option<String>,
    ) -> Self {
        let flag = |opt: &str, key: &str| {
            options
                .get(opt)
                .cloned()
                .or_else(|| conf(key))
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        };
        ReadSkips {
            missing: flag("ignoremissingfiles", "spark.sql.files.ignoreMissingFiles"),
            corrupt: flag("ignorecorruptfiles", "spark.sql.files.ignoreCorruptFiles"),
        }
    }

    /// Is `e`, raised reading or decoding one whole file, one these skips allow?
    fn skips(&self, e: &RunnelError) -> bool {
        let missing = matches!(
            e.condition.as_deref(),
            Some("FAILED_READ_FILE.FILE_NOT_EXIST" | "PATH_NOT_FOUND")
        );
        if missing {
            self.missing
        } else {
            self.corrupt && e.kind == crate::error::ErrorKind::Io
        }
    }

    /// `result`, or `None` when it is an error these skips allow (the file is skipped
    /// whole; the core has no log to warn in).
    pub fn or_skip<T>(&self, result: Result<T>) -> Result<Option<T>> {
        match result {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.skips(&e) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// A malformed record in FAILFAST mode fails the read of its file: Spark reports it under
/// `FAILED_READ_FILE.NO_HINT`, naming the file, with the record's error after it.
fn in_file(e: RunnelError, path: &str) -> RunnelError {
    if e.condition
        .as_deref()
        .is_some_and(|c| c.starts_with("MALFORMED_RECORD_IN_PARSING"))
    {
        RunnelError::execution(
            "FAILED_READ_FILE.NO_HINT",
            format!("Encountered error while reading file {path}. {}", e.message),
        )
    } else {
        e
    }
}

/// Whether JSON files are decoded in chunks on `parallel`: large inputs of JSON lines.
fn splits_json(files: &[FileEntry], opts: &JsonOptions, parallel: Option<&ParallelFn>) -> bool {
    parallel.is_some() && !opts.multi_line && files.iter().map(|f| f.size).sum::<u64>() > (1 << 20)
}

/// The tasks decoding JSON-lines files in chunks cut at line ends, in file order; each
/// hands its batch to `then` when given. A task runs in the session time zone of the
/// thread that made it (timestamps without an offset are read in it).
fn json_tasks(
    fs: &dyn FileSystem,
    files: &[FileEntry],
    opts: &JsonOptions,
    schema: &SchemaRef,
    skips: ReadSkips,
    then: Option<&ChunkFn>,
) -> Result<Vec<DecodeTask>> {
    let zone = (
        crate::temporal::session_zone(),
        crate::temporal::session_zone_id(),
    );
    let mut tasks: Vec<DecodeTask> = Vec::new();
    let task = |lines: LinesFn, path: &str| -> DecodeTask {
        let (schema, opts, path) = (schema.clone(), opts.clone(), path.to_string());
        let (then, zone) = (then.cloned(), zone.clone());
        Box::new(move || {
            let _zone = crate::temporal::ZoneScope::enter(zone.0, &zone.1);
            let b = lines(&|data, before| decode_chunk(data, before, &schema, &opts, &path))?;
            match then {
                Some(f) => f(b),
                None => Ok(Box::new(b) as TaskOutput),
            }
        })
    };
    for f in files {
        // Read by the tasks themselves where the file system lets them (a file that may
        // be skipped is read here, whole: a skip drops all of it).
        if let Some(read) = fs
            .range_reader(&f.path)
            .filter(|_| skips == ReadSkips::default())
        {
            let parts = 4u64;
            for i in 0..parts {
                let a = f.size * i / parts;
                let b = (i + 1 < parts).then(|| f.size * (i + 1) / parts);
                if b == Some(a) {
                    continue;
                }
                let read = read.clone();
                tasks.push(task(
                    Box::new(move |decode| {
                        let (start, data, skip) = lines_in(&read, a, b)?;
                        let before = || -> Result<usize> {
                            let prefix = read(0, start as usize)?;
                            Ok(prefix.iter().filter(|c| **c == b'\n').count())
                        };
                        decode(&data[skip..], &before)
                    }),
                    &f.path,
                ));
            }
            continue;
        }
        let Some(data) = skips.or_skip(fs.read(&f.path))? else {
            continue;
        };
        let data = Arc::new(data);
        for (start, end) in line_chunks(&data, 4) {
            let data = data.clone();
            tasks.push(task(
                Box::new(move |decode| {
                    let before = || Ok(data[..start].iter().filter(|c| **c == b'\n').count());
                    decode(&data[start..end], &before)
                }),
                &f.path,
            ));
        }
    }
    Ok(tasks)
}

/// Decodes a chunk's lines, given how to count the file's lines before them.
type DecodeLines<'a> = &'a dyn Fn(&[u8], &dyn Fn() -> Result<usize>) -> Result<RecordBatch>;

/// A chunk's lines handed to the decoder (read first, where the task reads them).
type LinesFn = Box<dyn FnOnce(DecodeLines) -> Result<RecordBatch> + Send>;

/// The lines of a file that start in `[a, b)` (`b` None: up to the file's end), read by
/// `read`: where they start in the file, the bytes read, and how many of them come
/// before the first of those lines.
fn lines_in(read: &super::fs::RangeRead, a: u64, b: Option<u64>) -> Result<(u64, Vec<u8>, usize)> {
    const BLOCK: usize = 1 << 20;
    // From the byte before `a`: a line starts at `a` when that byte ends a line.
    let from = a.saturating_sub(1);
    let mut data = match b {
        Some(b) => read(from, (b - from) as usize)?,
        None => {
            let mut all = Vec::new();
            loop {
                let more = read(from + all.len() as u64, BLOCK)?;
                all.extend_from_slice(&more);
                if more.len() < BLOCK {
                    break all;
                }
            }
        }
    };
    let skip = match a {
        0 => 0,
        _ => data
            .iter()
            .position(|c| *c == b'\n')
            .map_or(data.len(), |i| i + 1),
    };
    let start = from + skip as u64;
    if let Some(b) = b {
        if start >= b {
            return Ok((start, Vec::new(), 0));
        }
        // The range's last line goes on past `b` (unless the file ends first): read on
        // to its end.
        let whole = data.len() as u64 == b - from;
        if whole && data.last() != Some(&b'\n') {
            loop {
                let more = read(from + data.len() as u64, 1 << 16)?;
                match more.iter().position(|c| *c == b'\n') {
                    Some(i) => {
                        data.extend_from_slice(&more[..=i]);
                        break;
                    }
                    None if more.is_empty() => break,
                    None => data.extend_from_slice(&more),
                }
            }
        }
    }
    Ok((start, data, skip))
}

/// Decodes the lines `data` of the file `path`; `before` counts the file's lines before
/// them (only when a line fails, to name it).
fn decode_chunk(
    data: &[u8],
    before: &dyn Fn() -> Result<usize>,
    schema: &SchemaRef,
    opts: &JsonOptions,
    path: &str,
) -> Result<RecordBatch> {
    let mut d = JsonDecoder::new(schema.clone(), opts.clone());
    let in_file = |e| in_file(e, path);
    match d.decode_from_line(data, path, 0) {
        Ok(()) => d.flush(),
        Err(e) => match before()? {
            0 => Err(in_file(e)),
            // The error names a line: the chunk again, its lines numbered from the
            // file's start (counted only now, as it is rare).
            before => {
                let mut d = JsonDecoder::new(schema.clone(), opts.clone());
                d.decode_from_line(data, path, before).map_err(in_file)?;
                d.flush()
            }
        },
    }
}

/// [`decode_files`] with `then` run on each decoded chunk by the task that decoded it:
/// the tasks' outputs in order, or `None` when these files are not decoded in chunks
/// (not JSON lines, no parallel runner, or too small to split).
pub fn decode_files_chunked(
    fs: &dyn FileSystem,
    files: &[FileEntry],
    format: &FileFormat,
    schema: &SchemaRef,
    parallel: Option<&ParallelFn>,
    skips: ReadSkips,
    then: &ChunkFn,
) -> Result<Option<Vec<TaskOutput>>> {
    let (FileFormat::Json(opts), Some(run)) = (format, parallel) else {
        return Ok(None);
    };
    if !splits_json(files, opts, parallel) {
        return Ok(None);
    }
    let tasks = json_tasks(fs, files, opts, schema, skips, Some(then))?;
    run(tasks).into_iter().collect::<Result<Vec<_>>>().map(Some)
}

/// Decodes whole files of one format into batches, in file order; with `parallel`,
/// large JSON inputs are split at line ends and decoded on several threads. Files that
/// are missing or corrupt fail the read unless `skips` allows them.
pub fn decode_files(
    fs: &dyn FileSystem,
    files: &[FileEntry],
    format: &FileFormat,
    schema: &SchemaRef,
    parallel: Option<&ParallelFn>,
    skips: ReadSkips,
) -> Result<Vec<RecordBatch>> {
    let read = |f: &FileEntry| skips.or_skip(fs.read(&f.path));
    let mut out = Vec::new();
    match format {
        FileFormat::Json(opts) if splits_json(files, opts, parallel) => {
            let run = parallel.ok_or_else(|| RunnelError::internal("no parallel runner"))?;
            let mut results = run(json_tasks(fs, files, opts, schema, skips, None)?);
            // Files are read before any is decoded (here or in the tasks): a file that
            // cannot be read fails the batch before a malformed record of another does.
            let unread = results.iter().position(|r| {
                r.as_ref()
                    .is_err_and(|e| e.kind == crate::error::ErrorKind::Io)
            });
            if let Some(i) = unread
                && let Err(e) = results.swap_remove(i)
            {
                return Err(e);
            }
            for r in results {
                out.push(task_batch(r?)?);
            }
        }
        FileFormat::Json(opts) => {
            let mut d = JsonDecoder::new(schema.clone(), opts.clone());
            for f in files {
                let Some(data) = read(f)? else { continue };
                d.decode(&data, &f.path).map_err(|e| in_file(e, &f.path))?;
                if d.len() >= 65_536 {
                    out.push(d.flush()?);
                }
            }
            if !d.is_empty() {
                out.push(d.flush()?);
            }
        }
        FileFormat::Custom(decode) => {
            for f in files {
                let Some(data) = read(f)? else { continue };
                // Spark reads no split of a zero-length file (a writer that has only
                // created it yet, a `touch`): no rows, where a Parquet or ORC reader
                // would call it corrupt.
                if data.is_empty() {
                    continue;
                }
                if let Some(b) = skips.or_skip(
                    decode(&data, &f.path, schema, None).map_err(|e| in_file(e, &f.path)),
                )? {
                    out.extend(b);
                }
            }
        }
        FileFormat::Text => {
            for f in files {
                let Some(data) = read(f)? else { continue };
                let text = String::from_utf8_lossy(&data);
                let lines: Vec<&str> = text.lines().collect();
                let col: ArrayRef = Arc::new(StringArray::from(lines));
                if schema.fields().len() != 1 || schema.field(0).data_type() != &DataType::Utf8 {
                    return Err(RunnelError::analysis_plain(
                        "the text format has one string column, `value`",
                    ));
                }
                out.push(RecordBatch::try_new(schema.clone(), vec![col])?);
            }
        }
    }
    Ok(out)
}

/// The values of each file's partition folders under `base` that are columns of `schema`.
fn partition_columns(
    base: &str,
    files: &[FileEntry],
    schema: &SchemaRef,
) -> Vec<super::partition::PartitionValues> {
    files
        .iter()
        .map(|f| {
            super::partition::partition_values(base, &f.path)
                .into_iter()
                .filter(|(k, _)| {
                    schema
                        .fields()
                        .iter()
                        .any(|s| s.name().eq_ignore_ascii_case(k))
                })
                .collect()
        })
        .collect()
}

/// [`decode_files`] for files under `base`: the columns of `schema` named like the files'
/// partition folders take the folders' values, the rest come from the files.
pub fn decode_partitioned(
    fs: &dyn FileSystem,
    base: &str,
    files: &[FileEntry],
    format: &FileFormat,
    schema: &SchemaRef,
    parallel: Option<&ParallelFn>,
    skips: ReadSkips,
) -> Result<Vec<RecordBatch>> {
    let values = partition_columns(base, files, schema);
    if values.iter().all(|v| v.is_empty()) {
        return decode_files(fs, files, format, schema, parallel, skips);
    }
    let is_part = |name: &str| {
        values
            .iter()
            .any(|v| v.iter().any(|(k, _)| k.eq_ignore_ascii_case(name)))
    };
    let data_schema = Arc::new(arrow_schema::Schema::new(
        schema
            .fields()
            .iter()
            .filter(|f| !is_part(f.name()))
            .map(|f| f.as_ref().clone())
            .collect::<Vec<_>>(),
    ));
    // Files of one partition are decoded together, partitions in the order they come.
    let mut groups: Vec<(&super::partition::PartitionValues, Vec<FileEntry>)> = Vec::new();
    for (f, v) in files.iter().zip(&values) {
        match groups.iter_mut().find(|(g, _)| *g == v) {
            Some((_, fs)) => fs.push(f.clone()),
            None => groups.push((v, vec![f.clone()])),
        }
    }
    let mut out = Vec::new();
    for (vals, group) in groups {
        for b in decode_files(fs, &group, format, &data_schema, parallel, skips)? {
            let n = b.num_rows();
            let cols = schema
                .fields()
                .iter()
                .map(|f| {
                    if !is_part(f.name()) {
                        let i = data_schema.index_of(f.name())?;
                        return Ok(b.column(i).clone());
                    }
                    let v = vals
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(f.name()))
                        .and_then(|(_, v)| v.as_deref());
                    partition_constant(v, f.data_type(), n)
                })
                .collect::<Result<Vec<ArrayRef>>>()?;
            out.push(RecordBatch::try_new(schema.clone(), cols)?);
        }
    }
    Ok(out)
}

/// `n` copies of a partition value as a column of `dt` (a value that is not one of `dt`
/// is NULL, as Spark's cast of a partition value).
fn partition_constant(v: Option<&str>, dt: &DataType, n: usize) -> Result<ArrayRef> {
    let text: ArrayRef = Arc::new(StringArray::from(vec![v; 1]));
    let one = crate::expr::cast::cast_array(&text, dt, true)?;
    let idx = arrow_array::UInt32Array::from(vec![0u32; n]);
    Ok(arrow_select::take::take(one.as_ref(), &idx, None)?)
}

/// Options of the file stream source.
#[derive(Debug, Clone, Default)]
pub struct FileSourceOptions {
    /// `cleanSource` (with `sourceArchiveDir`).
    pub clean_source: CleanSource,
    /// `maxFilesPerTrigger`.
    pub max_files_per_trigger: Option<usize>,
    /// `latestFirst`.
    pub latest_first: bool,
    /// `maxFileAge` in ms (measured from the newest file seen).
    pub max_file_age_ms: Option<i64>,
    /// `pathGlobFilter`.
    pub path_glob_filter: Option<String>,
    /// `recursiveFileLookup`.
    pub recursive: bool,
    /// `ignoreMissingFiles`, `ignoreCorruptFiles`.
    pub skips: ReadSkips,
}

/// A `FileStreamSourceLog` entry as Spark writes it: `v1`, then one JSON line per file.
fn log_entry_text(batch: usize, files: &[FileEntry]) -> String {
    let mut text = String::from("v1");
    for f in files {
        let line = serde_json::json!({
            "path": f.path,
            "timestamp": f.mtime_ms,
            "batchId": batch,
            "size": f.size,
        });
        text.push('\n');
        text.push_str(&line.to_string());
    }
    text
}

/// Spark's file stream source: each new file is read once; the source's log index is the offset.
pub struct FileStreamSource {
    fs: FileSystemRef,
    path: String,
    format: FileFormat,
    schema: SchemaRef,
    options: FileSourceOptions,
    seen: HashSet<String>,
    /// Files of each log entry (the offset is the index).
    log: Vec<Vec<FileEntry>>,
    newest_ms: i64,
    parallel: Option<ParallelFn>,
    checkpoint: Option<(crate::state::CheckpointRef, String)>,
    /// Log entries up to this index have been cleaned (`cleanSource`).
    cleaned: i64,
    /// The columns the queries reading this source use, by name (`None`: all).
    required: Option<Arc<[String]>>,
    /// The same, one flag per column, once a query has said (`None`: not yet).
    required_mask: Option<Vec<bool>>,
}

impl FileStreamSource {
    /// A source over `path`.
    pub fn new(
        fs: FileSystemRef,
        path: &str,
        format: FileFormat,
        schema: SchemaRef,
        options: FileSourceOptions,
    ) -> Self {
        FileStreamSource {
            fs,
            path: path.to_string(),
            format,
            schema,
            options,
            seen: HashSet::new(),
            log: Vec::new(),
            newest_ms: i64::MIN,
            parallel: None,
            checkpoint: None,
            cleaned: -1,
            required: None,
            required_mask: None,
        }
    }

    /// Decodes large batches with this runner (threads, natively).
    pub fn with_parallel(mut self, p: Option<ParallelFn>) -> Self {
        self.parallel = p;
        self
    }

    /// The files of every log entry so far (for checkpoints).
    pub fn log(&self) -> &[Vec<FileEntry>] {
        &self.log
    }

    /// Restores the log from a checkpoint.
    pub fn restore_log(&mut self, log: Vec<Vec<FileEntry>>) {
        for e in log.iter().flatten() {
            self.seen.insert(e.path.clone());
            self.newest_ms = self.newest_ms.max(e.mtime_ms);
        }
        self.log = log;
    }

    /// The log index an offset names (`{"logOffset": n}`, or Spark's older bare `n`);
    /// -1 before the first batch. Anything else is a damaged offset log, not "start over".
    fn index(o: Option<&Offset>) -> Result<i64> {
        let Some(v) = o else { return Ok(-1) };
        match v.get("logOffset").unwrap_or(v).as_i64() {
            Some(n) if n >= -1 => Ok(n),
            _ => Err(RunnelError::io(format!(
                "the file source's offset {v} in the checkpoint's offset log is not a log index {{\"logOffset\": n}}: the checkpoint is damaged. Restore it, or start the query with a new checkpointLocation."
            ))),
        }
    }

    /// The files of the batch `(start, end]` in the order they are read, and the format
    /// reading the columns the queries use.
    fn batch_files(
        &self,
        start: Option<&Offset>,
        end: &Offset,
    ) -> Result<(Vec<FileEntry>, FileFormat)> {
        let (s, e) = (Self::index(start)?, Self::index(Some(end))?);
        self.check_logged(e)?;
        let (s, e) = ((s + 1) as usize, (e + 1) as usize);
        let mut files: Vec<FileEntry> = self
            .log
            .get(s..e.min(self.log.len()))
            .unwrap_or(&[])
            .iter()
            .flatten()
            .cloned()
            .collect();
        // Spark packs a batch's files into read partitions largest first, and rows reach
        // order-sensitive operators (dropDuplicates, first, limit) in that order.
        files.sort_by_key(|f| std::cmp::Reverse(f.size));
        let format = match &self.required {
            Some(r) => self.format.read_only(r),
            None => self.format.clone(),
        };
        Ok((files, format))
    }

    /// The offset log names entries up to `index` of this source's log: they must be
    /// there, else the checkpoint lost them (a deleted `sources/` would re-read every
    /// file, a deleted `sources/0/0` would log batch 0's files anew).
    fn check_logged(&self, index: i64) -> Result<()> {
        if index < self.log.len() as i64 {
            return Ok(());
        }
        let missing = self.log.len();
        let what = match &self.checkpoint {
            Some((store, dir)) => format!(
                "the file source log entry {} is missing",
                store.describe(&format!("{dir}/{missing}"))
            ),
            None => format!("the file source has no log entry {missing}"),
        };
        Err(RunnelError::io(format!(
            "{what}, but the checkpoint's offset log names entries up to {index}: the checkpoint is incomplete. Restore it, or start the query with a new checkpointLocation."
        )))
    }
}

impl Source for FileStreamSource {
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }

    /// Spark's file source has admission control and reports no latest offset.
    fn reported_latest_offset(&self, _end: Option<&Offset>) -> Option<Offset> {
        None
    }

    fn latest_offset(&mut self, start: Option<&Offset>) -> Result<Option<Offset>> {
        // Entries logged past `start` by a run that stopped before planning their batch:
        // the next batch is the next of them, as it would have been. (Spark would add a
        // new entry and read both in one batch, so a restarted query's batches, and with
        // a watermark its late rows, could differ from a run that never stopped.)
        let next = Self::index(start)?.checked_add(1).ok_or_else(|| {
            RunnelError::execution_plain(
                "the file source offset in the offset log is past any batch a log can hold; the checkpoint is damaged: start with a new checkpointLocation",
            )
        })?;
        self.check_logged(next - 1)?;
        if (next as usize) < self.log.len() {
            return Ok(Some(serde_json::json!({ "logOffset": next })));
        }
        let listed = super::partition::list_data_files(
            self.fs.as_ref(),
            &self.path,
            self.options.recursive,
        )?;
        let mut files: Vec<FileEntry> = listed
            .into_iter()
            .filter(|f| !self.seen.contains(&f.path))
            .filter(|f| match &self.options.path_glob_filter {
                Some(g) => glob_match(g, f.path.rsplit('/').next().unwrap_or(&f.path)),
                None => true,
            })
            .collect();
        for f in &files {
            self.newest_ms = self.newest_ms.max(f.mtime_ms);
        }
        if let Some(age) = self.options.max_file_age_ms {
            let limit = self.newest_ms - age;
            files.retain(|f| f.mtime_ms >= limit);
        }
        files.sort_by(|a, b| {
            a.mtime_ms
                .cmp(&b.mtime_ms)
                .then_with(|| a.path.cmp(&b.path))
        });
        if self.options.latest_first {
            files.reverse();
        }
        if let Some(n) = self.options.max_files_per_trigger {
            files.truncate(n);
        }
        if !files.is_empty() {
            for f in &files {
                self.seen.insert(f.path.clone());
            }
            if let Some((store, dir)) = &self.checkpoint {
                // Spark's `FileStreamSourceLog` entry, written before any offset names it.
                let batch = self.log.len();
                let text = log_entry_text(batch, &files);
                // Created, never replaced (Spark's metadata log): a second query on the
                // checkpoint must not swap the files of an entry the first one read.
                let entry = format!("{dir}/{batch}");
                if !store.create(&entry, text.as_bytes())? {
                    return Err(RunnelError::execution(
                        "CONCURRENT_STREAM_LOG_UPDATE",
                        format!(
                            "Concurrent update to the log. Multiple streaming jobs detected for {batch}: {} was written by another query. Please make sure only one streaming job accesses a specific checkpoint location at a time.",
                            store.describe(&entry)
                        ),
                    ));
                }
            }
            self.log.push(files);
        }
        Ok(if self.log.is_empty() {
            None
        } else {
            Some(serde_json::json!({"logOffset": self.log.len() as i64 - 1}))
        })
    }

    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let (files, format) = self.batch_files(start, end)?;
        super::file::decode_partitioned(
            self.fs.as_ref(),
            &self.path,
            &files,
            &format,
            &self.schema,
            self.parallel.as_ref(),
            self.options.skips,
        )
    }

    fn get_batch_chunked(
        &mut self,
        start: Option<&Offset>,
        end: &Offset,
        then: &ChunkFn,
    ) -> Result<Option<Vec<TaskOutput>>> {
        let (files, format) = self.batch_files(start, end)?;
        let parted = partition_columns(&self.path, &files, &self.schema);
        if parted.iter().any(|v| !v.is_empty()) {
            return Ok(None);
        }
        decode_files_chunked(
            self.fs.as_ref(),
            &files,
            &format,
            &self.schema,
            self.parallel.as_ref(),
            self.options.skips,
            then,
        )
    }

    fn commit_outlives_process(&self) -> bool {
        self.options.clean_source != CleanSource::Off
    }

    fn commit(&mut self, end: &Offset) -> Result<()> {
        let upto = Self::index(Some(end))?;
        if self.options.clean_source == CleanSource::Off {
            return Ok(());
        }
        for idx in (self.cleaned + 1).max(0)..=upto {
            let Some(files) = self.log.get(idx as usize) else {
                break;
            };
            for f in files {
                match &self.options.clean_source {
                    CleanSource::Delete => self.fs.remove_file(&f.path)?,
                    CleanSource::Archive(dir) => {
                        // A name kept as a `file://` URI (not UTF-8) stays one.
                        let (scheme, path) = match f.path.strip_prefix("file://") {
                            Some(p) => ("file://", p),
                            None => ("", f.path.as_str()),
                        };
                        let to = format!(
                            "{scheme}{}/{}",
                            dir.trim_end_matches('/'),
                            path.trim_start_matches('/')
                        );
                        self.fs.rename(&f.path, &to)?
                    }
                    CleanSource::Off => {}
                }
            }
        }
        self.cleaned = self.cleaned.max(upto);
        Ok(())
    }

    fn prune_columns(&mut self, required: &[bool]) {
        let n = self.schema.fields().len();
        let mut m: Vec<bool> = required
            .iter()
            .copied()
            .chain(std::iter::repeat(true))
            .take(n)
            .collect();
        // A second query over this source widens what the first one reads.
        if let Some(before) = &self.required_mask {
            m.iter_mut().zip(before).for_each(|(a, b)| *a |= *b);
        }
        self.required = m.contains(&false).then(|| {
            self.schema
                .fields()
                .iter()
                .zip(&m)
                .filter(|(_, r)| **r)
                .map(|(f, _)| f.name().clone())
                .collect()
        });
        self.required_mask = Some(m);
    }

    fn attach_log(&mut self, store: crate::state::CheckpointRef, dir: &str) -> Result<()> {
        let mut log: Vec<Vec<FileEntry>> = Vec::new();
        for (n, name) in crate::state::numbered_files(store.as_ref(), dir, "")? {
            let path = format!("{dir}/{name}");
            let bad = |why: &str| {
                RunnelError::io(format!(
                    "the file source log {} is corrupt ({why}); restore it, or start the query with a new checkpointLocation",
                    store.describe(&path)
                ))
            };
            if n as usize != log.len() {
                return Err(RunnelError::io(format!(
                    "the file source log entry {} is missing (the log goes on with {}): the checkpoint is incomplete. Restore it, or start the query with a new checkpointLocation.",
                    store.describe(&format!("{dir}/{}", log.len())),
                    store.describe(&path)
                )));
            }
            let data = store.read(&path)?.unwrap_or_default();
            let text = std::str::from_utf8(&data).map_err(|_| bad("not UTF-8"))?;
            let mut lines = text.lines();
            if lines.next() != Some("v1") {
                return Err(bad("expected the version line v1"));
            }
            let mut files = Vec::new();
            for l in lines {
                let v: serde_json::Value =
                    serde_json::from_str(l).map_err(|e| bad(&e.to_string()))?;
                let path = v
                    .get("path")
                    .and_then(|p| p.as_str())
                    .ok_or_else(|| bad("an entry without \"path\""))?;
                files.push(FileEntry {
                    path: path.to_string(),
                    mtime_ms: v.get("timestamp").and_then(|t| t.as_i64()).unwrap_or(0),
                    size: v.get("size").and_then(|t| t.as_u64()).unwrap_or(0),
                });
            }
            log.push(files);
        }
        let same = |a: &[FileEntry], b: &[FileEntry]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x.path == y.path)
        };
        if log.len() <= self.log.len() && log.iter().zip(&self.log).all(|(a, b)| same(a, b)) {
            // Another query on this DataFrame read the source before (Spark gives each
            // query a source of its own): this one goes on from its own checkpoint's
            // position in the same log, so a new query reads every file from the first.
            // The entries its checkpoint lacks are written to it, as the ones it reads.
            for (batch, files) in self.log.iter().enumerate().skip(log.len()) {
                let entry = format!("{dir}/{batch}");
                store.create(&entry, log_entry_text(batch, files).as_bytes())?;
            }
        } else {
            self.seen.clear();
            self.newest_ms = i64::MIN;
            self.restore_log(log);
        }
        self.checkpoint = Some((store, dir.to_string()));
        Ok(())
    }

    fn description(&self) -> String {
        format!("FileStreamSource[file:{}]", self.path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_schema::{Field, Schema};

    fn source(fs: &Rc<MemoryFileSystem>, skips: ReadSkips) -> FileStreamSource {
        let schema = Arc::new(Schema::new(vec![Field::new("a", DataType::Int64, true)]));
        FileStreamSource::new(
            fs.clone(),
            "/in",
            FileFormat::Json(JsonOptions::default()),
            schema,
            FileSourceOptions {
                skips,
                ..Default::default()
            },
        )
    }

    fn rows(batches: &[RecordBatch]) -> usize {
        batches.iter().map(|b| b.num_rows()).sum()
    }

    #[test]
    fn a_file_deleted_between_listing_and_reading_fails_naming_it_unless_ignore_missing_files() {
        for missing in [false, true] {
            let fs = Rc::new(MemoryFileSystem::new());
            fs.put("/in/a.json", b"{\"a\": 1}\n".to_vec());
            fs.put("/in/b.json", b"{\"a\": 2}\n{\"a\": 3}\n".to_vec());
            let mut src = source(
                &fs,
                ReadSkips {
                    missing,
                    corrupt: false,
                },
            );
            let end = src.latest_offset(None).unwrap().unwrap();
            fs.remove("/in/b.json");
            let got = src.get_batch(None, &end);
            if missing {
                assert_eq!(rows(&got.unwrap()), 1, "a.json's row, b.json skipped");
            } else {
                let e = got.unwrap_err();
                assert!(e.to_string().contains("/in/b.json"), "{e}");
            }
        }
    }

    #[test]
    fn a_malformed_line_decoded_in_parallel_chunks_is_named_by_its_line_in_the_file() {
        // Over 1 MB, so the file is cut into chunks decoded as separate tasks.
        let mut text = String::new();
        for i in 0..40_000 {
            text.push_str(&format!("{{\"a\": {i}}}\n"));
        }
        text.push_str("{oops\n");
        let fs = MemoryFileSystem::new();
        fs.put("/in/x.json", text.into_bytes());
        let schema = Arc::new(Schema::new(vec![Field::new("a", DataType::Int64, true)]));
        let failfast = FileFormat::Json(JsonOptions {
            mode: ParseMode::FailFast,
            ..Default::default()
        });
        let in_order: ParallelFn =
            Rc::new(|tasks: Vec<DecodeTask>| tasks.into_iter().map(|t| t()).collect());
        let files = fs.entries();
        let run = |p: Option<&ParallelFn>| {
            decode_files(&fs, &files, &failfast, &schema, p, ReadSkips::default())
                .unwrap_err()
                .to_string()
        };
        let e = run(Some(&in_order));
        assert!(e.contains("/in/x.json, line 40001"), "{e}");
        assert_eq!(e, run(None), "as when decoded in one piece");
        let ranged = Ranged(fs);
        let e = decode_files(
            &ranged,
            &files,
            &failfast,
            &schema,
            Some(&in_order),
            ReadSkips::default(),
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("/in/x.json, line 40001"), "read by ranges: {e}");
    }

    /// A memory file system whose files the decoding tasks read by ranges.
    struct Ranged(MemoryFileSystem);

    impl FileSystem for Ranged {
        fn list(&self, path: &str, recursive: bool) -> Result<Vec<FileEntry>> {
            self.0.list(path, recursive)
        }
        fn read(&self, path: &str) -> Result<Vec<u8>> {
            self.0.read(path)
        }
        fn range_reader(&self, path: &str) -> Option<super::super::fs::RangeRead> {
            // A file gone by now fails in the task that reads it, as a real one would.
            let data = match self.0.read(path) {
                Ok(d) => Arc::new(d),
                Err(e) => {
                    let (msg, cond) = (e.message.clone(), e.condition.clone());
                    return Some(Arc::new(move |_, _| {
                        let e = RunnelError::io(msg.clone());
                        Err(match &cond {
                            Some(c) => e.with_condition(c),
                            None => e,
                        })
                    }));
                }
            };
            Some(Arc::new(move |at: u64, len: usize| {
                let at = (at as usize).min(data.len());
                Ok(data[at..(at + len).min(data.len())].to_vec())
            }))
        }
    }

    fn in_order() -> ParallelFn {
        Rc::new(|tasks: Vec<DecodeTask>| tasks.into_iter().map(|t| t()).collect())
    }

    #[test]
    fn lines_read_by_ranges_are_every_line_once_in_order() {
        let mut x = 11u64;
        let mut next = move |m: u64| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (x >> 33) % m
        };
        for _ in 0..300 {
            // Lines of 0 to 40 bytes (some empty, some CRLF), with or without a last newline.
            let mut text = Vec::new();
            for _ in 0..next(30) {
                text.extend(std::iter::repeat_n(
                    b'a' + next(26) as u8,
                    next(41) as usize,
                ));
                text.extend_from_slice(if next(5) == 0 { b"\r\n" } else { b"\n" });
            }
            if next(2) == 0 {
                text.extend_from_slice(b"tail");
            }
            let data = Arc::new(text.clone());
            let read: super::super::fs::RangeRead = Arc::new(move |at: u64, len: usize| {
                let at = (at as usize).min(data.len());
                Ok(data[at..(at + len).min(data.len())].to_vec())
            });
            let parts = 1 + next(6);
            // The listed size may be off: the file grew or shrank after the listing.
            let size = (text.len() as u64 + next(9)).saturating_sub(4);
            let mut got = Vec::new();
            for i in 0..parts {
                let (a, b) = (
                    size * i / parts,
                    (i + 1 < parts).then(|| size * (i + 1) / parts),
                );
                if b == Some(a) {
                    continue;
                }
                let (start, bytes, skip) = lines_in(&read, a, b).unwrap();
                if skip < bytes.len() {
                    let t = String::from_utf8_lossy(&text);
                    assert_eq!(start as usize, got.len(), "{t:?}");
                }
                got.extend_from_slice(&bytes[skip..]);
            }
            assert_eq!(
                got,
                text,
                "{parts} parts of {:?}",
                String::from_utf8_lossy(&text)
            );
        }
    }

    #[test]
    fn json_read_by_the_tasks_in_ranges_decodes_as_the_whole_file_does() {
        let mut text = String::new();
        for i in 0..60_000 {
            match i % 7 {
                0 => text.push_str(&format!("{{\"a\": {i}, \"s\": \"line {i}\"}}\n")),
                1 => text.push_str("{\"a\": \"not a number\"}\n"),
                2 => text.push('\n'),
                _ => text.push_str(&format!(
                    "{{\"s\": \"{}\", \"a\": -{i}}}\r\n",
                    "x".repeat(i % 50)
                )),
            }
        }
        let schema = Arc::new(Schema::new(vec![
            Field::new("a", DataType::Int64, true),
            Field::new("s", DataType::Utf8, true),
            Field::new("_corrupt_record", DataType::Utf8, true),
        ]));
        let json = FileFormat::Json(JsonOptions::default());
        let fs = Ranged(MemoryFileSystem::new());
        fs.0.put("/in/x.json", text.into_bytes());
        let files = fs.0.entries();
        assert!(fs.range_reader("/in/x.json").is_some());
        let p = in_order();
        let ranged = decode_files(&fs, &files, &json, &schema, Some(&p), ReadSkips::default());
        let whole = decode_files(&fs.0, &files, &json, &schema, None, ReadSkips::default());
        let schema_ref = schema.clone();
        let one =
            |b: Vec<RecordBatch>| arrow_select::concat::concat_batches(&schema_ref, &b).unwrap();
        assert_eq!(one(ranged.unwrap()), one(whole.unwrap()));
    }

    #[test]
    fn a_file_that_cannot_be_read_fails_before_a_malformed_line_of_an_earlier_file() {
        let mut text = String::from("{oops\n");
        for i in 0..80_000 {
            text.push_str(&format!("{{\"a\": {i}}}\n"));
        }
        let fs = Ranged(MemoryFileSystem::new());
        fs.0.put("/in/a.json", text.clone().into_bytes());
        fs.0.put("/in/b.json", text.into_bytes());
        let files = fs.0.entries();
        fs.0.remove("/in/b.json");
        let schema = Arc::new(Schema::new(vec![Field::new("a", DataType::Int64, true)]));
        let failfast = FileFormat::Json(JsonOptions {
            mode: ParseMode::FailFast,
            ..Default::default()
        });
        let p = in_order();
        let e = decode_files(
            &fs,
            &files,
            &failfast,
            &schema,
            Some(&p),
            ReadSkips::default(),
        )
        .unwrap_err();
        // As when the files are read whole before their chunks are decoded.
        let whole = decode_files(
            &fs.0,
            &files,
            &failfast,
            &schema,
            Some(&p),
            ReadSkips::default(),
        )
        .unwrap_err();
        assert!(e.to_string().contains("/in/b.json"), "{e}");
        assert_eq!(e.to_string(), whole.to_string());
    }

    #[test]
    fn an_unreadable_file_fails_unless_ignore_corrupt_files_but_a_malformed_record_is_not_corrupt()
    {
        let corrupt: CustomDecoder = Rc::new(|data: &[u8], path: &str, schema: &SchemaRef, _| {
            if data.starts_with(b"PAR1") {
                let col: ArrayRef = Arc::new(arrow_array::Int64Array::from(vec![7]));
                return Ok(vec![RecordBatch::try_new(schema.clone(), vec![col])?]);
            }
            Err(
                RunnelError::io(format!("{path}: not a readable Parquet file"))
                    .with_condition("FAILED_READ_FILE.NO_HINT"),
            )
        });
        let schema = Arc::new(Schema::new(vec![Field::new("a", DataType::Int64, true)]));
        let fs = MemoryFileSystem::new();
        fs.put("/in/good.parquet", b"PAR1...".to_vec());
        fs.put("/in/bad.parquet", b"garbage".to_vec());
        let files = fs.entries();
        let format = FileFormat::Custom(corrupt);
        let e =
            decode_files(&fs, &files, &format, &schema, None, ReadSkips::default()).unwrap_err();
        assert!(e.to_string().contains("/in/bad.parquet"), "{e}");
        let skip = ReadSkips {
            missing: false,
            corrupt: true,
        };
        let got = decode_files(&fs, &files, &format, &schema, None, skip).unwrap();
        assert_eq!(rows(&got), 1);
        // A zero-length file has no rows, as in Spark (which plans no split for it).
        fs.put("/in/bad.parquet", Vec::new());
        let got = decode_files(
            &fs,
            &fs.entries(),
            &format,
            &schema,
            None,
            ReadSkips::default(),
        );
        assert_eq!(rows(&got.unwrap()), 1);
        // FAILFAST's malformed record is the data's fault, not the file's: not skipped.
        let fs = MemoryFileSystem::new();
        fs.put("/in/x.json", b"{\"a\": 1}\n{oops\n".to_vec());
        let failfast = FileFormat::Json(JsonOptions {
            mode: ParseMode::FailFast,
            ..Default::default()
        });
        let e = decode_files(&fs, &fs.entries(), &failfast, &schema, None, skip).unwrap_err();
        // Spark 4.3 (oracle case prune_failfast_filter_on_bad_field): the file's read
        // fails, with the record's error after the file's name.
        assert_eq!(e.condition.as_deref(), Some("FAILED_READ_FILE.NO_HINT"));
        assert!(
            e.message
                .contains("reading file /in/x.json. Malformed records are detected"),
            "{e}"
        );
    }
}
