//! # runnel-parquet
//!
//! File formats over the session's file system, for the native build (the local disk)
//! and the npm package (the page's virtual files) alike: the Parquet source and batch
//! read, and the file sinks (Parquet, JSON, CSV, text: the core's `io::file_sink` with
//! Spark's `_spark_metadata` log, Parquet encoded here). CSV sources live in
//! runnel-connectors. `zstd` compression needs the parquet crate's `zstd` feature (the
//! native build turns it on; the wasm build has snappy and none).
#![warn(missing_docs)]

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Schema, SchemaRef};
use parquet::arrow::ArrowWriter;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::file::{FileFormat, FileStreamSource};
use runnel_core::io::file_sink;
use runnel_core::io::{SinkRef, SourceRef};
use runnel_core::logical::readwrite::file_source_options;
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};

/// The file formats this crate adds: `parquet` (source and sink), `json`, `csv` and
/// `text` (sinks; the JSON and text sources are in the core).
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

/// The files of a file source's path (hidden and `_` files left out), in name order.
pub fn list_files(req: &SourceRequest) -> Result<(String, Vec<runnel_core::io::file::FileEntry>)> {
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
pub fn source_options(req: &SourceRequest) -> Result<runnel_core::io::file::FileSourceOptions> {
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
        if req.format != "parquet" {
            return Err(RunnelError::not_supported(format!(
                "the streaming {} source is not supported yet in Runnel; json, text, csv and parquet are",
                req.format
            )));
        }
        let (path, files) = list_files(req)?;
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
        if req.format != "parquet" {
            return Err(RunnelError::not_supported(format!(
                "reading {} files is not supported yet in Runnel; json, text and parquet are",
                req.format
            )));
        }
        let (path, files) = list_files(req)?;
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
        file_sink::stream_sink(req, Some(parquet_encoder()))
    }

    fn batch_write(
        &self,
        req: &SinkRequest,
        save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()> {
        file_sink::batch_write(req, Some(parquet_encoder()), save_mode, batches)
    }
}

/// `encode_parquet` for the core's file sink.
pub fn parquet_encoder() -> file_sink::ParquetEncoder {
    Rc::new(|b: &RecordBatch, c: &str| encode_parquet(b, c))
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
