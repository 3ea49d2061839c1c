//! The CSV source (streaming and batch read); every other file format goes to
//! runnel-parquet's provider (the Parquet source, the file sinks).

use std::cell::RefCell;
use std::rc::Rc;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::file::{FileFormat, FileStreamSource, ReadSkips, decode_files};
use runnel_core::io::{SinkRef, SourceRef};
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};
pub use runnel_parquet::{decode_parquet, encode_parquet, parquet_schema};
use runnel_parquet::{list_files, source_options};

use crate::csv::{CsvOptions, decode_csv, infer_csv};

/// The file formats of the native build: `csv` sources here, the rest (`parquet` source
/// and sink, `json`, `csv` and `text` sinks) through runnel-parquet.
#[derive(Debug, Default)]
pub struct FilesProvider;

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
            runnel_core::io::file::check_stream_path(req.session.file_system().as_ref(), &path)?;
            let schema = req.schema.clone().ok_or_else(|| {
                RunnelError::analysis(
                    "_LEGACY_ERROR_TEMP_2048",
                    "Schema must be specified when creating a streaming source DataFrame. Give the schema with .schema(\"...\").",
                )
                .with_exception("IllegalArgumentException")
            })?;
            let opts = CsvOptions::from_options(req.options);
            let decoder: runnel_core::io::file::CustomDecoder =
                Rc::new(move |data: &[u8], path: &str, schema: &SchemaRef| {
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
        runnel_parquet::FilesProvider::default().stream_source(req)
    }

    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        if req.format == "csv" {
            let (_, files) = list_files(req)?;
            let fs = req.session.file_system();
            let skips = ReadSkips::from_options(req.options, |k| req.session.conf_get(k));
            let opts = CsvOptions::from_options(req.options);
            let schema = match &req.schema {
                Some(s) => s.clone(),
                None => {
                    let mut datas = Vec::new();
                    for f in &files {
                        if let Some(d) = skips.or_skip(fs.read(&f.path))? {
                            datas.push(d);
                        }
                    }
                    infer_csv(&datas, &opts)
                }
            };
            let decoder: runnel_core::io::file::CustomDecoder =
                Rc::new(move |data: &[u8], path: &str, schema: &SchemaRef| {
                    decode_csv(data, path, schema, &opts)
                });
            let out = decode_files(
                fs.as_ref(),
                &files,
                &FileFormat::Custom(decoder),
                &schema,
                None,
                skips,
            )?;
            return Ok((schema, out));
        }
        runnel_parquet::FilesProvider::default().batch_read(req)
    }

    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef> {
        runnel_parquet::FilesProvider::default().stream_sink(req)
    }

    fn batch_write(
        &self,
        req: &SinkRequest,
        save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()> {
        runnel_parquet::FilesProvider::default().batch_write(req, save_mode, batches)
    }
}
