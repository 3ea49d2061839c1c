//! Spark's file sink over any [`FileSystem`]: each micro-batch's files, then the batch's
//! entry in `<path>/_spark_metadata/<batch>` (compacted every 10 batches into
//! `<batch>.compact`, as Spark does). Data files are named after the query and the batch
//! (`part-00000-<query>-<batch>-c000.snappy.parquet`) and written whole (atomically on
//! disk), so a batch replayed after a crash rewrites the same files with the same rows, and
//! a batch whose log entry exists is not written again. Readers that honour the log (Spark)
//! and readers that list the directory (pyarrow, duckdb) see the same rows.
//!
//! JSON, CSV and text are encoded here; Parquet (and, natively, ORC and XML) by the
//! [`FileEncoder`] the build provides (the native build's `parquet` crate, the npm
//! package's own).

use std::collections::BTreeMap;
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, SchemaRef};

use super::csv::csv_field;
use super::file::FileSystemRef;
use super::json_write::{json_str, json_value_into, text_value};
use super::{Sink, SinkRef};
use crate::error::{Result, RunnelError};
use crate::mode::OutputMode;
use crate::session::SinkRequest;

/// Every `compactInterval` batches the sink log is compacted (Spark's default, 10).
const COMPACT_INTERVAL: u64 = 10;

/// Encodes one batch as one file with a compression codec (`snappy`, `zstd`, `none`).
pub type ParquetEncoder = Rc<dyn Fn(&RecordBatch, &str) -> Result<Vec<u8>>>;

/// A file format encoded outside the core (Parquet, ORC, XML): its name, its default
/// compression codec, the file name extension for a codec, and the encoder.
#[derive(Clone)]
pub struct FileEncoder {
    /// The format's name in `format(...)` (`parquet`, `orc`, `xml`).
    pub format: &'static str,
    /// The codec when the `compression` option is not given.
    pub default_compression: &'static str,
    /// The data file's extension for a codec (`snappy.parquet`, `zstd.orc`, `xml.gz`).
    pub extension: fn(&str) -> String,
    /// One file holding a batch.
    pub encode: ParquetEncoder,
}

/// The output file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OutFormat {
    Encoded,
    Json,
    Csv,
    Text,
}

/// Spark's file sink.
pub struct FileSink {
    fs: FileSystemRef,
    dir: String,
    format: OutFormat,
    partition_by: Vec<String>,
    query_id: String,
    compression: String,
    header: bool,
    sep: String,
    batch_write: bool,
    encoder: Option<FileEncoder>,
    /// Milliseconds since the epoch, for the log's `modificationTime`.
    clock: super::ClockFn,
}

/// Spark refuses every output mode but append for file sinks.
pub fn check_append(req: &SinkRequest) -> Result<()> {
    if req.mode == OutputMode::Append {
        return Ok(());
    }
    Err(RunnelError::analysis(
        "STREAMING_OUTPUT_MODE.UNSUPPORTED_DATASOURCE",
        format!(
            "Invalid streaming output mode: {}. This output mode is not supported in Data Source {}. File sinks take append mode only: use .outputMode(\"append\") (with a watermark for aggregations), or the memory or foreachBatch sink.",
            req.mode.name(),
            req.format,
        ),
    ))
}

/// A streaming file sink for `req` (append mode only, as Spark's), on the session's file
/// system.
pub fn stream_sink(req: &SinkRequest, encoder: Option<FileEncoder>) -> Result<SinkRef> {
    check_append(req)?;
    Ok(Rc::new(std::cell::RefCell::new(FileSink::new(
        req, encoder,
    )?)))
}

/// `df.write.format(...).mode(save_mode).save(path)`: the rows as one batch of files.
pub fn batch_write(
    req: &SinkRequest,
    encoder: Option<FileEncoder>,
    save_mode: &str,
    batches: &[RecordBatch],
) -> Result<()> {
    let fs = req.session.file_system();
    let mut sink = FileSink::new(req, encoder)?;
    let exists = !fs.list(&sink.dir, true)?.is_empty();
    match save_mode.to_ascii_lowercase().as_str() {
        "ignore" if exists => return Ok(()),
        "error" | "errorifexists" | "default" if exists => {
            return Err(RunnelError::analysis(
                "PATH_ALREADY_EXISTS",
                format!(
                    "Path file:{} already exists. Set mode as \"overwrite\" to overwrite the existing path.",
                    sink.dir
                ),
            ));
        }
        "overwrite" if exists => fs.remove_dir_all(&sink.dir)?,
        _ => {}
    }
    sink.batch_write = true;
    let schema = batches
        .first()
        .map(|b| b.schema())
        .unwrap_or_else(|| req.schema.clone());
    let all = arrow_select::concat::concat_batches(&schema, batches)?;
    sink.write_files(0, &all).map(|_| ())
}

impl FileSink {
    fn new(req: &SinkRequest, encoder: Option<FileEncoder>) -> Result<Self> {
        let dir = req.path.clone().ok_or_else(|| {
            RunnelError::analysis_plain(
                "'path' is not specified: give the output directory with .option(\"path\", ...) or start(path)",
            )
        })?;
        let format = match req.format {
            f if encoder.as_ref().is_some_and(|e| e.format == f) => OutFormat::Encoded,
            "json" => OutFormat::Json,
            "csv" => OutFormat::Csv,
            "text" => OutFormat::Text,
            f => return Err(RunnelError::not_supported(format!("file format {f}"))),
        };
        if format == OutFormat::Text
            && (req.schema.fields().len() != 1
                || req.schema.field(0).data_type() != &DataType::Utf8)
        {
            return Err(RunnelError::analysis(
                "_LEGACY_ERROR_TEMP_1299",
                format!(
                    "Text data source supports only a single column, and you have {} columns. Select one string column, e.g. .select(to_json(struct(\"*\")).alias(\"value\")).",
                    req.schema.fields().len()
                ),
            ));
        }
        let partition_by: Vec<String> = req
            .options
            .get("__partition_by")
            .map(|s| {
                s.split(',')
                    .filter(|x| !x.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        for p in &partition_by {
            if req.schema.index_of(p).is_err() {
                return Err(RunnelError::analysis(
                    "UNRESOLVED_COLUMN.WITH_SUGGESTION",
                    format!("partitionBy: there is no column `{p}` in the output"),
                ));
            }
        }
        let compression = req
            .options
            .get("compression")
            .cloned()
            .unwrap_or_else(|| match (&encoder, format) {
                (Some(e), OutFormat::Encoded) => e.default_compression.into(),
                _ => "none".into(),
            })
            .to_ascii_lowercase();
        Ok(FileSink {
            fs: req.session.file_system(),
            dir: dir.trim_end_matches('/').to_string(),
            format,
            partition_by,
            query_id: req.query_id.clone(),
            compression,
            header: req
                .options
                .get("header")
                .is_some_and(|v| v.eq_ignore_ascii_case("true")),
            sep: req
                .options
                .get("sep")
                .cloned()
                .unwrap_or_else(|| ",".into()),
            batch_write: false,
            encoder,
            clock: req.session.clock(),
        })
    }

    fn log_dir(&self) -> String {
        format!("{}/_spark_metadata", self.dir)
    }

    /// The newest batch in the sink log.
    fn latest_logged(&self) -> Result<Option<u64>> {
        let mut best = None;
        for e in self.fs.list(&self.log_dir(), false)? {
            let name = e.path.rsplit('/').next().unwrap_or_default();
            let stem = name.strip_suffix(".compact").unwrap_or(name);
            if let Ok(n) = stem.parse::<u64>() {
                best = best.max(Some(n));
            }
        }
        Ok(best)
    }

    fn extension(&self) -> String {
        match self.format {
            OutFormat::Encoded => match &self.encoder {
                Some(e) => (e.extension)(&self.compression),
                None => String::new(),
            },
            OutFormat::Json => "json".into(),
            OutFormat::Csv => "csv".into(),
            OutFormat::Text => "txt".into(),
        }
    }

    /// Writes the files of one batch; returns their (path, size).
    fn write_files(&mut self, epoch: u64, batch: &RecordBatch) -> Result<Vec<(String, u64)>> {
        let mut written = Vec::new();
        if batch.num_rows() == 0 {
            return Ok(written);
        }
        let groups = partition_rows(batch, &self.partition_by)?;
        let qid: String = self
            .query_id
            .chars()
            .filter(|c| *c != '-')
            .take(12)
            .collect();
        for (i, (sub_dir, rows)) in groups.into_iter().enumerate() {
            let name = if self.batch_write {
                format!("part-{i:05}-{qid}-c000.{}", self.extension())
            } else {
                format!("part-{i:05}-{qid}-{epoch}-c000.{}", self.extension())
            };
            let path = match &sub_dir {
                Some(d) => format!("{}/{d}/{name}", self.dir),
                None => format!("{}/{name}", self.dir),
            };
            let data = self.encode(&rows)?;
            self.fs.write(&path, &data)?;
            written.push((path, data.len() as u64));
        }
        Ok(written)
    }

    fn encode(&self, batch: &RecordBatch) -> Result<Vec<u8>> {
        match self.format {
            OutFormat::Encoded => match &self.encoder {
                Some(e) => (e.encode)(batch, &self.compression),
                None => Err(RunnelError::not_supported("this file format in this build")),
            },
            OutFormat::Json => {
                let mut out = Vec::new();
                for r in 0..batch.num_rows() {
                    let mut line = String::from("{");
                    let mut first = true;
                    for (f, c) in batch.schema().fields().iter().zip(batch.columns()) {
                        if c.is_null(r) {
                            continue;
                        }
                        if !first {
                            line.push(',');
                        }
                        first = false;
                        line.push_str(&json_str(f.name()));
                        line.push(':');
                        json_value_into(c.as_ref(), r, &mut line);
                    }
                    line.push_str("}\n");
                    out.extend_from_slice(line.as_bytes());
                }
                Ok(out)
            }
            OutFormat::Csv => {
                let mut out = String::new();
                if self.header {
                    let names: Vec<String> = batch
                        .schema()
                        .fields()
                        .iter()
                        .map(|f| csv_field(f.name(), &self.sep))
                        .collect();
                    out.push_str(&names.join(&self.sep));
                    out.push('\n');
                }
                for r in 0..batch.num_rows() {
                    let vals: Vec<String> = batch
                        .columns()
                        .iter()
                        .map(|c| {
                            if c.is_null(r) {
                                String::new()
                            } else {
                                csv_field(&text_value(c.as_ref(), r), &self.sep)
                            }
                        })
                        .collect();
                    out.push_str(&vals.join(&self.sep));
                    out.push('\n');
                }
                Ok(out.into_bytes())
            }
            OutFormat::Text => {
                let mut out = Vec::new();
                let c = batch.column(0).as_string::<i32>();
                for r in 0..batch.num_rows() {
                    if !c.is_null(r) {
                        out.extend_from_slice(c.value(r).as_bytes());
                    }
                    out.push(b'\n');
                }
                Ok(out)
            }
        }
    }

    fn write_log(&self, epoch: u64, files: &[(String, u64)]) -> Result<()> {
        let now = (self.clock)();
        let entry = |p: &str, size: u64| {
            let path = if p.starts_with('/') {
                format!("file://{p}")
            } else {
                p.to_string()
            };
            serde_json::json!({
                "path": path,
                "size": size,
                "isDir": false,
                "modificationTime": now,
                "blockReplication": 1,
                "blockSize": 33_554_432,
                "action": "add",
            })
            .to_string()
        };
        let mut lines: Vec<String> = Vec::new();
        let compact = (epoch + 1).is_multiple_of(COMPACT_INTERVAL);
        let log = self.log_dir();
        if compact && epoch > 0 {
            // The compact file holds every entry so far: the previous compact file and
            // the batches after it.
            let prev = epoch.checked_sub(COMPACT_INTERVAL);
            let mut sources: Vec<String> = Vec::new();
            let start = match prev {
                Some(p) => {
                    sources.push(format!("{log}/{p}.compact"));
                    p + 1
                }
                None => 0,
            };
            for b in start..epoch {
                sources.push(format!("{log}/{b}"));
            }
            for s in sources {
                let data = self.fs.read(&s).map_err(|e| {
                    RunnelError::io(format!(
                        "cannot compact the sink log: {s} ({e}); the _spark_metadata log is incomplete"
                    ))
                })?;
                lines.extend(sink_log_entries(&data, &s)?);
            }
        }
        lines.extend(files.iter().map(|(p, s)| entry(p, *s)));
        let mut text = String::from("v1");
        for l in lines {
            text.push('\n');
            text.push_str(&l);
        }
        let name = if compact && epoch > 0 {
            format!("{epoch}.compact")
        } else {
            epoch.to_string()
        };
        self.fs.write(&format!("{log}/{name}"), text.as_bytes())
    }
}

/// The file entries of the sink log file `path` (its text `data`), checked as Spark's
/// `CompactibleFileStreamLog` reads them when it compacts: the version line `v1`, then one
/// JSON object with a `path` a line. A damaged entry fails the batch naming the file; copied
/// into the compact file, it would hide the batches' files from every reader of the log.
fn sink_log_entries(data: &[u8], path: &str) -> Result<Vec<String>> {
    let bad = |what: String| {
        RunnelError::io(format!(
            "the file sink log {path} is corrupt ({what}); restore it from a backup, or write the query's output to a new path with a new checkpointLocation"
        ))
    };
    let text = std::str::from_utf8(data).map_err(|_| bad("it is not UTF-8 text".into()))?;
    let mut lines = text.split('\n');
    match lines.next().unwrap_or_default() {
        "v1" => {}
        v if v
            .strip_prefix('v')
            .and_then(|n| n.parse::<u64>().ok())
            .is_some() =>
        {
            return Err(RunnelError::io(format!(
                "the file sink log {path} was written by a newer version ({v}; the maximum supported log version is v1): write the output to a new path with a new checkpointLocation"
            )));
        }
        _ => {
            return Err(bad(
                "Log file was malformed: failed to detect the log file version line".into(),
            ));
        }
    }
    let mut out = Vec::new();
    for (i, line) in lines.enumerate() {
        if line.is_empty() {
            continue;
        }
        let entry: serde_json::Value =
            serde_json::from_str(line).map_err(|e| bad(format!("line {}: {e}", i + 2)))?;
        if !entry.get("path").is_some_and(serde_json::Value::is_string) {
            return Err(bad(format!(
                "line {}: expected a file entry with a path",
                i + 2
            )));
        }
        out.push(line.to_string());
    }
    Ok(out)
}

impl Sink for FileSink {
    fn add_batch(&mut self, epoch_id: i64, _schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        let epoch = epoch_id.max(0) as u64;
        if self.latest_logged()?.is_some_and(|n| n >= epoch) {
            // This batch was written and logged before a restart: nothing to do.
            return Ok(());
        }
        let files = self.write_files(epoch, batch)?;
        self.write_log(epoch, &files)
    }

    fn description(&self) -> String {
        if self.dir.starts_with('/') {
            format!("FileSink[file:{}]", self.dir)
        } else {
            format!("FileSink[{}]", self.dir)
        }
    }
}

/// Splits rows by the partition columns: (`col=value/...` folder, rows without those
/// columns), in the order of the folder names.
fn partition_rows(
    batch: &RecordBatch,
    by: &[String],
) -> Result<Vec<(Option<String>, RecordBatch)>> {
    if by.is_empty() {
        return Ok(vec![(None, batch.clone())]);
    }
    let schema = batch.schema();
    let idx: Vec<usize> = by
        .iter()
        .map(|p| schema.index_of(p))
        .collect::<std::result::Result<_, _>>()?;
    let mut groups: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for r in 0..batch.num_rows() {
        let dir: Vec<String> = idx
            .iter()
            .map(|&i| {
                let c = batch.column(i);
                let v = if c.is_null(r) {
                    super::partition::DEFAULT_PARTITION_NAME.to_string()
                } else {
                    escape_partition(&text_value(c.as_ref(), r))
                };
                format!("{}={v}", schema.field(i).name())
            })
            .collect();
        groups.entry(dir.join("/")).or_default().push(r as u32);
    }
    let keep: Vec<usize> = (0..schema.fields().len())
        .filter(|i| !idx.contains(i))
        .collect();
    let out_schema = Arc::new(schema.project(&keep)?);
    let mut out = Vec::new();
    for (dir, rows) in groups {
        let take = arrow_array::UInt32Array::from(rows);
        let cols: Vec<ArrayRef> = keep
            .iter()
            .map(|&i| arrow_select::take::take(batch.column(i).as_ref(), &take, None))
            .collect::<std::result::Result<_, _>>()?;
        out.push((Some(dir), RecordBatch::try_new(out_schema.clone(), cols)?));
    }
    Ok(out)
}

/// Hive's escaping of partition values in folder names.
fn escape_partition(v: &str) -> String {
    let mut s = String::new();
    for c in v.chars() {
        if c.is_control() || "\"#%'*/:=?\\\u{7f}{[]^".contains(c) {
            s.push_str(&format!("%{:02X}", c as u32));
        } else {
            s.push(c);
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::file::{FileSystem, MemoryFileSystem};
    use crate::session::SparkSession;
    use arrow_array::{Int64Array, StringArray};
    use arrow_schema::{Field, Schema};

    fn request<'a>(
        session: &'a SparkSession,
        options: &'a BTreeMap<String, String>,
        format: &'a str,
        schema: SchemaRef,
    ) -> SinkRequest<'a> {
        SinkRequest {
            session,
            format,
            options,
            mode: OutputMode::Append,
            schema,
            path: Some("/out".into()),
            query_id: "0123456789abcdef".into(),
        }
    }

    #[test]
    fn writes_files_then_the_log_and_skips_a_logged_batch() {
        let fs = Rc::new(MemoryFileSystem::new());
        let session = SparkSession::new();
        session.set_file_system(fs.clone());
        let opts = BTreeMap::new();
        let schema = Arc::new(Schema::new(vec![
            Field::new("k", DataType::Utf8, true),
            Field::new("n", DataType::Int64, true),
        ]));
        let batch = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(StringArray::from(vec![Some("a"), None])),
                Arc::new(Int64Array::from(vec![1, 2])),
            ],
        )
        .unwrap();
        let req = request(&session, &opts, "json", schema.clone());
        let sink = stream_sink(&req, None).unwrap();
        sink.borrow_mut().add_batch(0, &schema, &batch).unwrap();
        let data = fs.read("/out/part-00000-0123456789ab-0-c000.json").unwrap();
        assert_eq!(
            String::from_utf8(data).unwrap(),
            "{\"k\":\"a\",\"n\":1}\n{\"n\":2}\n"
        );
        let log = String::from_utf8(fs.read("/out/_spark_metadata/0").unwrap()).unwrap();
        assert!(log.starts_with("v1\n{"), "{log}");
        assert!(log.contains("\"path\":\"file:///out/part-00000-0123456789ab-0-c000.json\""));
        // Replayed after a restart: batch 0 is logged, so nothing is written again.
        fs.remove("/out/part-00000-0123456789ab-0-c000.json");
        let again = stream_sink(&req, None).unwrap();
        again.borrow_mut().add_batch(0, &schema, &batch).unwrap();
        assert!(fs.read("/out/part-00000-0123456789ab-0-c000.json").is_err());
        // A damaged log entry fails the compaction (batch 9) naming it, as in Spark,
        // instead of being copied into 9.compact.
        for b in 1..9u32 {
            let mut text = String::from("v1");
            text.push_str(&format!("\n{{\"path\":\"file:///out/f{b}\",\"size\":1}}"));
            fs.put(&format!("/out/_spark_metadata/{b}"), text.into_bytes());
        }
        fs.put(
            "/out/_spark_metadata/4",
            b"v1\n{\"path\":\"file:///out/f4".to_vec(),
        );
        let e = again
            .borrow_mut()
            .add_batch(9, &schema, &batch)
            .unwrap_err();
        assert!(
            e.to_string().contains("/out/_spark_metadata/4 is corrupt"),
            "{e}"
        );
        assert!(fs.read("/out/_spark_metadata/9.compact").is_err());
        fs.put("/out/_spark_metadata/4", Vec::new());
        let e = again
            .borrow_mut()
            .add_batch(9, &schema, &batch)
            .unwrap_err();
        assert!(e.to_string().contains("version line"), "{e}");
        fs.put(
            "/out/_spark_metadata/4",
            b"v1\n{\"path\":\"file:///out/f4\"}".to_vec(),
        );
        again.borrow_mut().add_batch(9, &schema, &batch).unwrap();
        let compact = fs.read("/out/_spark_metadata/9.compact").unwrap();
        assert_eq!(String::from_utf8(compact).unwrap().lines().count(), 11);
        // Parquet without an encoder is refused, not written as something else.
        let req = request(&session, &opts, "parquet", schema);
        assert!(stream_sink(&req, None).is_err());
    }
}
