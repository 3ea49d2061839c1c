//! The CSV and XML sources (streaming and batch read), the XML sink, and ORC (runnel-
//! parquet's source and sinks over [`OrcCodec`]); every other file format goes to
//! runnel-parquet's provider (the Parquet source, the file sinks).

use std::cell::RefCell;
use std::rc::Rc;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::file::{FileFormat, FileStreamSource, ReadSkips};
use runnel_core::io::{SinkRef, SourceRef};
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};
pub use runnel_parquet::{decode_parquet, encode_parquet, parquet_schema};
use runnel_parquet::{list_files, source_options};

use crate::csv::{CsvOptions, decode_csv, infer_csv};
use crate::orc::OrcCodec;

use crate::xml::{XmlOptions, decode_xml, encode_xml, infer_xml, xml_extension};

fn orc() -> runnel_parquet::FilesProvider {
    runnel_parquet::FilesProvider::new(Rc::new(OrcCodec))
}

/// The request with ORC's codec as Spark picks it: the `compression` option, else
/// `orc.compress`, else `spark.sql.orc.compression.codec` (zstd when none is set).
fn orc_sink<T>(req: &SinkRequest, f: impl FnOnce(&SinkRequest) -> T) -> T {
    let mut options = req.options.clone();
    if !options.contains_key("compression")
        && let Some(c) = options
            .get("orc.compress")
            .cloned()
            .or_else(|| req.session.conf_get("spark.sql.orc.compression.codec"))
    {
        options.insert("compression".into(), c.to_ascii_lowercase());
    }
    f(&SinkRequest {
        session: req.session,
        format: req.format,
        options: &options,
        mode: req.mode,
        schema: req.schema.clone(),
        path: req.path.clone(),
        query_id: req.query_id.clone(),
    })
}

fn xml_options(
    session: &runnel_core::SparkSession,
    o: &std::collections::BTreeMap<String, String>,
) -> XmlOptions {
    XmlOptions::from_options(o, |k| session.conf_get(k))
}

fn xml_decoder(opts: XmlOptions) -> runnel_core::io::file::CustomDecoder {
    Rc::new(move |data: &[u8], path: &str, schema: &SchemaRef, _| {
        decode_xml(data, path, schema, &opts)
    })
}

/// The XML file writer (Spark's text compression codecs: none, gzip).
fn xml_encoder(req: &SinkRequest) -> runnel_core::io::file_sink::FileEncoder {
    let opts = xml_options(req.session, req.options);
    runnel_core::io::file_sink::FileEncoder {
        format: "xml",
        default_compression: "none",
        extension: xml_extension,
        encode: Rc::new(move |b: &RecordBatch, codec: &str| {
            let text = encode_xml(b, &opts)?;
            match codec {
                "none" | "uncompressed" => Ok(text),
                "gzip" => {
                    use std::io::Write;
                    let mut z =
                        flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
                    let io = |e: std::io::Error| RunnelError::io(format!("xml: gzip: {e}"));
                    z.write_all(&text).map_err(io)?;
                    z.finish().map_err(io)
                }
                c => Err(RunnelError::analysis_plain(format!(
                    "Codec [{c}] is not available for XML in Runnel. Available codecs are none, uncompressed, gzip."
                ))),
            }
        }),
    }
}

/// The file formats of the native build: `csv` sources here, the rest (`parquet` source
/// and sink, `json`, `csv` and `text` sinks) through runnel-parquet.
#[derive(Debug, Default)]
pub struct FilesProvider;

impl DataSourceProvider for FilesProvider {
    fn formats(&self) -> Vec<&'static str> {
        vec!["parquet", "json", "csv", "text", "orc", "xml"]
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        if req.format == "orc" {
            return orc().stream_source(req);
        }
        if req.format == "csv" || req.format == "xml" {
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
            let decoder: runnel_core::io::file::CustomDecoder = if req.format == "xml" {
                let opts = xml_options(req.session, req.options);
                opts.row_tag()?;
                xml_decoder(opts)
            } else {
                let opts = CsvOptions::from_options(req.options);
                Rc::new(move |data: &[u8], path: &str, schema: &SchemaRef, _| {
                    decode_csv(data, path, schema, &opts)
                })
            };
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
        if req.format == "orc" {
            return orc().batch_read(req);
        }
        if req.format == "xml" {
            let opts = xml_options(req.session, req.options);
            opts.row_tag()?;
            let (base, files) = list_files(req)?;
            let fs = req.session.file_system();
            let skips = ReadSkips::from_options(req.options, |k| req.session.conf_get(k));
            let schema = match &req.schema {
                Some(s) => runnel_core::io::partition::order_given_schema(
                    fs.as_ref(),
                    s.clone(),
                    &base,
                    &files,
                )?,
                None => {
                    let mut datas = Vec::new();
                    for f in &files {
                        if let Some(d) = skips.or_skip(fs.read(&f.path))? {
                            datas.push((f.path.clone(), d));
                        }
                    }
                    runnel_core::io::partition::with_partition_columns(
                        infer_xml(&datas, &opts)?,
                        &base,
                        &files,
                    )?
                }
            };
            let out = runnel_core::io::file::decode_partitioned(
                fs.as_ref(),
                &base,
                &files,
                &FileFormat::Custom(xml_decoder(opts)),
                &schema,
                None,
                skips,
            )?;
            return Ok((schema, out));
        }
        if req.format == "csv" {
            let (base, files) = list_files(req)?;
            let fs = req.session.file_system();
            let skips = ReadSkips::from_options(req.options, |k| req.session.conf_get(k));
            let opts = CsvOptions::from_options(req.options);
            let schema = match &req.schema {
                Some(s) => runnel_core::io::partition::order_given_schema(
                    fs.as_ref(),
                    s.clone(),
                    &base,
                    &files,
                )?,
                None => {
                    let mut datas = Vec::new();
                    for f in &files {
                        if let Some(d) = skips.or_skip(fs.read(&f.path))? {
                            datas.push(d);
                        }
                    }
                    runnel_core::io::partition::with_partition_columns(
                        infer_csv(&datas, &opts),
                        &base,
                        &files,
                    )?
                }
            };
            let decoder: runnel_core::io::file::CustomDecoder =
                Rc::new(move |data: &[u8], path: &str, schema: &SchemaRef, _| {
                    decode_csv(data, path, schema, &opts)
                });
            let out = runnel_core::io::file::decode_partitioned(
                fs.as_ref(),
                &base,
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
        if req.format == "orc" {
            return orc_sink(req, |r| orc().stream_sink(r));
        }
        if req.format == "xml" {
            return runnel_core::io::file_sink::stream_sink(req, Some(xml_encoder(req)));
        }
        runnel_parquet::FilesProvider::default().stream_sink(req)
    }

    fn batch_write(
        &self,
        req: &SinkRequest,
        save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()> {
        if req.format == "orc" {
            return orc_sink(req, |r| orc().batch_write(r, save_mode, batches));
        }
        if req.format == "xml" {
            return runnel_core::io::file_sink::batch_write(
                req,
                Some(xml_encoder(req)),
                save_mode,
                batches,
            );
        }
        runnel_parquet::FilesProvider::default().batch_write(req, save_mode, batches)
    }
}
