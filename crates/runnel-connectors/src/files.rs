//! File formats outside the core: the Parquet and CSV sources, and the file sinks (Parquet,
//! JSON, CSV, text) with Spark's `_spark_metadata` log.
//!
//! A streaming file sink writes each micro-batch's files and then the batch's entry in
//! `<path>/_spark_metadata/<batch>` (compacted every 10 batches into `<batch>.compact`,
//! as Spark does). Data files are named after the query and the batch
//! (`part-00000-<query>-<batch>.c000.snappy.parquet`) and written atomically, so a
//! batch replayed after a crash rewrites the same files with the same rows, and a batch
//! whose log entry exists is not written again. Readers that honour the log (Spark)
//! and readers that list the directory (pyarrow, duckdb) see the same rows.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

use runnel_core::error::{Result, RunnelError};
use runnel_core::exec::aggregate::EmitMode;
use runnel_core::io::file::{FileFormat, FileStreamSource};
use runnel_core::io::json_write::{json_str, json_value_into, text_value};
use runnel_core::io::{Sink, SinkRef, SourceRef};
use runnel_core::logical::readwrite::file_source_options;
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};

use crate::checkpoint_dir::write_atomic;
use crate::csv::{CsvOptions, decode_csv, infer_csv};

/// Every `compactInterval` batches the sink log is compacted (Spark's default, 10).
const COMPACT_INTERVAL: u64 = 10;

/// The file formats this crate adds: `parquet` (source and sink), `json`, `csv` and
/// `text` (sinks; their sources are in the core).
#[derive(Debug, Default)]
pub struct FilesProvider;

fn perr(path: &str, e: impl std::fmt::Display) -> RunnelError {
    RunnelError::io(format!("{path}: not a readable Parquet file ({e})"))
}

/// Decodes one Parquet file into batches of `schema` (columns matched by name).
pub fn decode_parquet(data: &[u8], path: &str, schema: &SchemaRef) -> Result<Vec<RecordBatch>> {
    let bytes = bytes::Bytes::copy_from_slice(data);
    let reader = ParquetRecordBatchReaderBuilder::try_new(bytes)
        .map_err(|e| perr(path, e))?
        .with_batch_size(65_536)
        .build()
        .map_err(|e| perr(path, e))?;
    let mut out = Vec::new();
    for b in reader {
        let b = b.map_err(|e| perr(path, e))?;
        let n = b.num_rows();
        let cols: Vec<ArrayRef> = schema
            .fields()
            .iter()
            .map(|f| match b.column_by_name(f.name()) {
                Some(c) if c.data_type() == f.data_type() => Ok(c.clone()),
                Some(c) => arrow_cast::cast(c, f.data_type()).map_err(|e| {
                    RunnelError::io(format!(
                        "{path}: column {} is {} in the file, the schema says {} ({e})",
                        f.name(),
                        c.data_type(),
                        f.data_type()
                    ))
                }),
                None => Ok(arrow_array::new_null_array(f.data_type(), n)),
            })
            .collect::<Result<_>>()?;
        let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(n));
        out.push(RecordBatch::try_new_with_options(
            schema.clone(),
            cols,
            &opts,
        )?);
    }
    Ok(out)
}

/// The schema stored in a Parquet file, with timestamps in the session's UTC.
pub fn parquet_schema(data: &[u8], path: &str) -> Result<SchemaRef> {
    let bytes = bytes::Bytes::copy_from_slice(data);
    let b = ParquetRecordBatchReaderBuilder::try_new(bytes).map_err(|e| perr(path, e))?;
    let fields: Vec<arrow_schema::Field> = b
        .schema()
        .fields()
        .iter()
        .map(|f| {
            let t = match f.data_type() {
                DataType::Timestamp(_, _) => runnel_core::types::timestamp_type(),
                t => t.clone(),
            };
            arrow_schema::Field::new(f.name(), t, true)
        })
        .collect();
    Ok(Arc::new(Schema::new(fields)))
}

fn parquet_files(req: &SourceRequest) -> Result<(String, Vec<runnel_core::io::file::FileEntry>)> {
    let path = req.path.clone().ok_or_else(|| {
        RunnelError::analysis_plain(
            "'path' is not specified: pass a directory to load(...) or .option(\"path\", ...)",
        )
    })?;
    let fs = req.session.file_system();
    let mut files: Vec<_> = fs
        .list(&path, false)?
        .into_iter()
        .filter(|f| {
            let name = f.path.rsplit('/').next().unwrap_or(&f.path);
            !name.starts_with('.') && !name.starts_with('_')
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((path, files))
}

/// The file source options, with `sourceArchiveDir` through the session's path map.
fn source_options(req: &SourceRequest) -> Result<runnel_core::io::file::FileSourceOptions> {
    let mut o = file_source_options(req.options)?;
    if let runnel_core::io::file::CleanSource::Archive(d) = &o.clean_source {
        o.clean_source = runnel_core::io::file::CleanSource::Archive(req.session.resolve_path(d));
    }
    Ok(o)
}

impl DataSourceProvider for FilesProvider {
    fn formats(&self) -> Vec<&'static str> {
        vec!["parquet", "json", "csv", "text"]
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        if req.format == "csv" {
            let path = req.path.clone().ok_or_else(|| {
                RunnelError::analysis_plain(
                    "'path' is not specified: pass a directory to load(...) or .option(\"path\", ...)",
                )
            })?;
            let schema = req.schema.clone().ok_or_else(|| {
                RunnelError::analysis(
                    "_LEGACY_ERROR_TEMP_2048",
                    "Schema must be specified when creating a streaming source DataFrame. Give the schema with .schema(\"...\").",
                )
                .with_exception("IllegalArgumentException")
            })?;
            let opts = CsvOptions::from_options(req.options);
            let decoder: runnel_core::io::file::CustomDecoder =
                Arc::new(move |data: &[u8], path: &str, schema: &SchemaRef| {
                    decode_csv(data, path, schema, &opts)
                });
            return Ok(Rc::new(RefCell::new(FileStreamSource::new(
                req.session.file_system(),
                &path,
                FileFormat::Custom(decoder),
                schema,
                source_options(req)?,
            ))));
        }
        if req.format != "parquet" {
            return Err(RunnelError::not_supported(format!(
                "the streaming {} source is not supported yet in Runnel; json, text, csv and parquet are",
                req.format
            )));
        }
        let (path, files) = parquet_files(req)?;
        let schema = match &req.schema {
            Some(s) => s.clone(),
            None => {
                let infer = req
                    .session
                    .conf_get("spark.sql.streaming.schemaInference")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"));
                let first = files.first().filter(|_| infer).ok_or_else(|| {
                    RunnelError::analysis(
                        "_LEGACY_ERROR_TEMP_2048",
                        "Schema must be specified when creating a streaming source DataFrame. Give the schema with .schema(\"...\"), or set spark.sql.streaming.schemaInference=true with files already in the directory.",
                    )
                    .with_exception("IllegalArgumentException")
                })?;
                let data = req.session.file_system().read(&first.path)?;
                parquet_schema(&data, &first.path)?
            }
        };
        let opts = source_options(req)?;
        let decoder: runnel_core::io::file::CustomDecoder = Arc::new(decode_parquet);
        Ok(Rc::new(RefCell::new(FileStreamSource::new(
            req.session.file_system(),
            &path,
            FileFormat::Custom(decoder),
            schema,
            opts,
        ))))
    }

    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        if req.format == "csv" {
            let (_, files) = parquet_files(req)?;
            let fs = req.session.file_system();
            let datas: Vec<Vec<u8>> = files
                .iter()
                .map(|f| fs.read(&f.path))
                .collect::<Result<_>>()?;
            let opts = CsvOptions::from_options(req.options);
            let schema = match &req.schema {
                Some(s) => s.clone(),
                None => infer_csv(&datas, &opts),
            };
            let mut out = Vec::new();
            for (f, d) in files.iter().zip(&datas) {
                out.extend(decode_csv(d, &f.path, &schema, &opts)?);
            }
            return Ok((schema, out));
        }
        if req.format != "parquet" {
            return Err(RunnelError::not_supported(format!(
                "reading {} files is not supported yet in Runnel; json, text and parquet are",
                req.format
            )));
        }
        let (path, files) = parquet_files(req)?;
        let fs = req.session.file_system();
        let schema = match (&req.schema, files.first()) {
            (Some(s), _) => s.clone(),
            (None, Some(f)) => parquet_schema(&fs.read(&f.path)?, &f.path)?,
            (None, None) => {
                return Err(RunnelError::analysis(
                    "UNABLE_TO_INFER_SCHEMA",
                    format!(
                        "Unable to infer schema for Parquet at {path}. It must be specified manually."
                    ),
                ));
            }
        };
        let mut out = Vec::new();
        for f in &files {
            out.extend(decode_parquet(&fs.read(&f.path)?, &f.path, &schema)?);
        }
        Ok((schema, out))
    }

    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef> {
        if req.mode != EmitMode::Append {
            return Err(RunnelError::analysis_plain(format!(
                "Data source {} does not support {} output mode. File sinks take append mode only: use .outputMode(\"append\") (with a watermark for aggregations), or the memory or foreachBatch sink.",
                req.format,
                match req.mode {
                    EmitMode::Complete => "Complete",
                    EmitMode::Update => "Update",
                    _ => "this",
                }
            )));
        }
        Ok(Rc::new(RefCell::new(FileSink::new(req)?)))
    }

    fn batch_write(
        &self,
        req: &SinkRequest,
        save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()> {
        let mut sink = FileSink::new(req)?;
        let dir = sink.dir.clone();
        let exists = dir.exists()
            && std::fs::read_dir(&dir)
                .map(|mut d| d.next().is_some())
                .unwrap_or(false);
        match save_mode.to_ascii_lowercase().as_str() {
            "ignore" if exists => return Ok(()),
            "error" | "errorifexists" | "default" if exists => {
                return Err(RunnelError::analysis(
                    "PATH_ALREADY_EXISTS",
                    format!(
                        "Path file:{} already exists. Set mode as \"overwrite\" to overwrite the existing path.",
                        dir.display()
                    ),
                ));
            }
            "overwrite" if exists => {
                std::fs::remove_dir_all(&dir).map_err(|e| {
                    RunnelError::io(format!("cannot remove {}: {e}", dir.display()))
                })?;
            }
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
}

/// The output file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OutFormat {
    Parquet,
    Json,
    Csv,
    Text,
}

/// Spark's file sink.
pub struct FileSink {
    dir: PathBuf,
    format: OutFormat,
    partition_by: Vec<String>,
    query_id: String,
    compression: String,
    header: bool,
    sep: String,
    batch_write: bool,
}

impl FileSink {
    fn new(req: &SinkRequest) -> Result<Self> {
        let dir = req.path.clone().ok_or_else(|| {
            RunnelError::analysis_plain(
                "'path' is not specified: give the output directory with .option(\"path\", ...) or start(path)",
            )
        })?;
        let format = match req.format {
            "parquet" => OutFormat::Parquet,
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
            .unwrap_or_else(|| {
                if format == OutFormat::Parquet {
                    "snappy".into()
                } else {
                    "none".into()
                }
            })
            .to_ascii_lowercase();
        Ok(FileSink {
            dir: PathBuf::from(dir),
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
        })
    }

    fn log_dir(&self) -> PathBuf {
        self.dir.join("_spark_metadata")
    }

    /// The newest batch in the sink log.
    fn latest_logged(&self) -> Result<Option<u64>> {
        let d = self.log_dir();
        let rd = match std::fs::read_dir(&d) {
            Ok(rd) => rd,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(RunnelError::io(format!("cannot list {}: {e}", d.display()))),
        };
        let mut best = None;
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".compact").unwrap_or(&name);
            if let Ok(n) = stem.parse::<u64>() {
                best = best.max(Some(n));
            }
        }
        Ok(best)
    }

    fn extension(&self) -> String {
        match self.format {
            OutFormat::Parquet => match self.compression.as_str() {
                "none" | "uncompressed" => "parquet".into(),
                c => format!("{c}.parquet"),
            },
            OutFormat::Json => "json".into(),
            OutFormat::Csv => "csv".into(),
            OutFormat::Text => "txt".into(),
        }
    }

    /// Writes the files of one batch; returns their (path, size).
    fn write_files(&mut self, epoch: u64, batch: &RecordBatch) -> Result<Vec<(PathBuf, u64)>> {
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
                format!("part-{i:05}-{qid}.c000.{}", self.extension())
            } else {
                format!("part-{i:05}-{qid}-{epoch}.c000.{}", self.extension())
            };
            let path = match &sub_dir {
                Some(d) => self.dir.join(d).join(&name),
                None => self.dir.join(&name),
            };
            let data = self.encode(&rows)?;
            write_atomic(&path, &data)?;
            written.push((path, data.len() as u64));
        }
        Ok(written)
    }

    fn encode(&self, batch: &RecordBatch) -> Result<Vec<u8>> {
        match self.format {
            OutFormat::Parquet => encode_parquet(batch, &self.compression),
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
                let mut out = Vec::new();
                if self.header {
                    let names: Vec<String> = batch
                        .schema()
                        .fields()
                        .iter()
                        .map(|f| csv_field(f.name(), &self.sep))
                        .collect();
                    writeln!(out, "{}", names.join(&self.sep))
                        .map_err(|e| RunnelError::io(e.to_string()))?;
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
                    writeln!(out, "{}", vals.join(&self.sep))
                        .map_err(|e| RunnelError::io(e.to_string()))?;
                }
                Ok(out)
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

    fn write_log(&self, epoch: u64, files: &[(PathBuf, u64)]) -> Result<()> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0);
        let entry = |p: &Path, size: u64| {
            serde_json::json!({
                "path": format!("file://{}", p.display()),
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
        if compact && epoch > 0 {
            // The compact file holds every entry so far: the previous compact file and
            // the batches after it.
            let prev = epoch.checked_sub(COMPACT_INTERVAL);
            let log = self.log_dir();
            let mut sources: Vec<PathBuf> = Vec::new();
            let start = match prev {
                Some(p) => {
                    sources.push(log.join(format!("{p}.compact")));
                    p + 1
                }
                None => 0,
            };
            for b in start..epoch {
                sources.push(log.join(b.to_string()));
            }
            for s in sources {
                let text = std::fs::read_to_string(&s).map_err(|e| {
                    RunnelError::io(format!(
                        "cannot compact the sink log: {} ({e}); the _spark_metadata log is incomplete",
                        s.display()
                    ))
                })?;
                lines.extend(text.lines().skip(1).map(str::to_string));
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
        write_atomic(&self.log_dir().join(name), text.as_bytes())
    }
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
        format!("FileSink[file:{}]", self.dir.display())
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
                    "__HIVE_DEFAULT_PARTITION__".to_string()
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

/// One Parquet file holding `batch`, compressed with `compression` (snappy, zstd, none).
pub fn encode_parquet(batch: &RecordBatch, compression: &str) -> Result<Vec<u8>> {
    let compression = match compression {
        "none" | "uncompressed" => Compression::UNCOMPRESSED,
        "zstd" => Compression::ZSTD(ZstdLevel::default()),
        "snappy" => Compression::SNAPPY,
        other => {
            return Err(RunnelError::analysis_plain(format!(
                "Codec [{other}] is not available. Known codecs are snappy, zstd, none, uncompressed."
            )));
        }
    };
    let props = WriterProperties::builder()
        .set_compression(compression)
        .build();
    let mut out = Vec::new();
    let mut w = ArrowWriter::try_new(&mut out, batch.schema(), Some(props))
        .map_err(|e| RunnelError::io(format!("parquet: {e}")))?;
    w.write(batch)
        .map_err(|e| RunnelError::io(format!("parquet: {e}")))?;
    w.close()
        .map_err(|e| RunnelError::io(format!("parquet: {e}")))?;
    Ok(out)
}

fn csv_field(v: &str, sep: &str) -> String {
    if v.contains(sep) || v.contains('"') || v.contains('\n') || v.contains('\r') {
        format!("\"{}\"", v.replace('"', "\\\""))
    } else {
        v.to_string()
    }
}
