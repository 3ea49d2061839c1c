//! The data source provider over runnel-core.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, RecordBatch};
use arrow_schema::{DataType, Schema, SchemaRef};

use runnel_core::error::{Result, RunnelError};
use runnel_core::io::file::{FileFormat, FileStreamSource};
use runnel_core::io::file_sink;
use runnel_core::io::{SinkRef, SourceRef};
use runnel_core::logical::readwrite::file_source_options;
use runnel_core::session::{DataSourceProvider, SinkRequest, SourceRequest};

#[cfg(feature = "codec")]
use crate::codec;

/// Writes and reads Parquet files: the parquet crate in this build ([`BuiltinCodec`]), or,
/// in the browser, a second wasm module the page loads on first use.
pub trait ParquetCodec {
    /// One Parquet file holding `batch`, compressed with `compression`.
    fn write(&self, batch: &RecordBatch, compression: &str) -> Result<Vec<u8>>;
    /// A file's schema and rows, in its own types; `path` names it in errors.
    fn read(&self, data: &[u8], path: &str) -> Result<(SchemaRef, Vec<RecordBatch>)>;
    /// [`ParquetCodec::read`] of only the top-level columns named in `columns`
    /// (case-insensitively; `None`: all): a codec may leave the others out of the
    /// batches, which then read as NULL. By default it reads them all.
    fn read_columns(
        &self,
        data: &[u8],
        path: &str,
        _columns: Option<&[String]>,
    ) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        self.read(data, path)
    }
    /// The format's name: `parquet`, or another columnar format read and written the
    /// same way (the native build's `orc`).
    fn format(&self) -> &'static str {
        "parquet"
    }
    /// The format's name in Spark's messages (`Parquet`, `ORC`).
    fn display_name(&self) -> &'static str {
        "Parquet"
    }
    /// The compression codec when the `compression` option is not given.
    fn default_compression(&self) -> &'static str {
        "snappy"
    }
    /// A data file's extension for a codec, as Spark names them.
    fn extension(&self) -> fn(&str) -> String {
        parquet_extension
    }
}

/// Spark's Parquet file extensions: `snappy.parquet`, `zstd.parquet`, `parquet`.
fn parquet_extension(codec: &str) -> String {
    match codec {
        "none" | "uncompressed" => "parquet".into(),
        c => format!("{c}.parquet"),
    }
}

/// The parquet crate, built in.
#[cfg(feature = "codec")]
#[derive(Debug, Default, Clone, Copy)]
pub struct BuiltinCodec;

#[cfg(feature = "codec")]
impl ParquetCodec for BuiltinCodec {
    fn write(&self, batch: &RecordBatch, compression: &str) -> Result<Vec<u8>> {
        codec::write(batch.schema(), std::slice::from_ref(batch), compression).map_err(|e| {
            if e.starts_with("Codec [") {
                RunnelError::analysis_plain(e)
            } else {
                RunnelError::io(format!("parquet: {e}"))
            }
        })
    }

    fn read(&self, data: &[u8], path: &str) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        self.read_columns(data, path, None)
    }

    fn read_columns(
        &self,
        data: &[u8],
        path: &str,
        columns: Option<&[String]>,
    ) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        // The codec catches the parquet crate's panics on a damaged file; quietly, so
        // that no "panicked at" line reports a crash that did not happen.
        runnel_core::ipc_check::catch_quietly(|| codec::read_columns(data, columns))
            .unwrap_or_else(|_| Err("the file is damaged".into()))
            .map_err(|e| perr(path, e))
    }
}

/// The file formats this crate adds: `parquet` (source and sink), `json`, `csv` and
/// `text` (sinks; the JSON and text sources are in the core).
#[derive(Clone)]
pub struct FilesProvider {
    codec: Rc<dyn ParquetCodec>,
}

impl FilesProvider {
    /// The file formats with this Parquet codec.
    pub fn new(codec: Rc<dyn ParquetCodec>) -> Self {
        FilesProvider { codec }
    }
}

#[cfg(feature = "codec")]
impl Default for FilesProvider {
    fn default() -> Self {
        FilesProvider::new(Rc::new(BuiltinCodec))
    }
}

/// The error for a file that is not readable Parquet, naming it.
pub fn perr(path: &str, e: impl std::fmt::Display) -> RunnelError {
    RunnelError::io(format!(
        "Encountered error while reading file {path}: not a readable Parquet file ({e}). Fix or remove the file, or set the option ignoreCorruptFiles to true to skip such files."
    ))
    .with_condition("FAILED_READ_FILE.NO_HINT")
}

/// A Parquet file's rows as batches of `schema`: columns matched by name, cast where the
/// file's type differs, NULL where the file lacks the column.
pub fn conform(
    batches: Vec<RecordBatch>,
    path: &str,
    schema: &SchemaRef,
) -> Result<Vec<RecordBatch>> {
    conform_format(batches, path, schema, "Parquet")
}

/// [`conform`] for a file of the columnar format `format` (`Parquet`, `ORC`: its name
/// in the errors, as Spark's).
pub fn conform_format(
    batches: Vec<RecordBatch>,
    path: &str,
    schema: &SchemaRef,
    format: &str,
) -> Result<Vec<RecordBatch>> {
    let mut out = Vec::new();
    for b in batches {
        let n = b.num_rows();
        let file = b.schema();
        let cols: Vec<ArrayRef> = schema
            .fields()
            .iter()
            .map(|f| {
                // spark.sql.caseSensitive is false by default: `CATEGORY` is `category`,
                // and a file with both `a` and `A` cannot say which one `a` is.
                let same: Vec<usize> = file
                    .fields()
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| x.name().eq_ignore_ascii_case(f.name()))
                    .map(|(i, _)| i)
                    .collect();
                if same.len() > 1 {
                    let names: Vec<&str> =
                        same.iter().map(|i| file.field(*i).name().as_str()).collect();
                    return Err(RunnelError::execution(
                        "FAILED_READ_FILE.NO_HINT",
                        format!(
                            "Encountered error while reading file {path}. Found duplicate field(s) \"{}\": [{}] in case-insensitive mode. Rewrite the file with column names that differ in more than letter case.",
                            f.name(),
                            names.join(", ")
                        ),
                    ));
                }
                let c = same.first().map(|i| b.column(*i));
                match c {
                    Some(c) if c.data_type() == f.data_type() => Ok(c.clone()),
                    Some(c) if readable_as(c.data_type(), f.data_type()) => {
                        arrow_cast::cast(c, f.data_type()).map_err(|e| {
                            RunnelError::io(format!(
                                "{path}: column {} is {} in the file, the schema says {} ({e})",
                                f.name(),
                                c.data_type(),
                                f.data_type()
                            ))
                        })
                    }
                    Some(c) if format != "Parquet" => Err(RunnelError::execution(
                        "FAILED_READ_FILE.NO_HINT",
                        format!(
                            "Encountered error while reading file {path}. {format} does not support type conversion from file type {} to reader type {} (column {}). Give the column its type in the file in the schema, and cast it in the query.",
                            c.data_type(),
                            runnel_core::types::simple_string(f.data_type()),
                            f.name(),
                        ),
                    )),
                    Some(c) => Err(RunnelError::execution(
                        "FAILED_READ_FILE.PARQUET_COLUMN_DATA_TYPE_MISMATCH",
                        format!(
                            "Encountered error while reading file {path}. Data type mismatches when reading Parquet column {}. Expected Spark type {}, actual Parquet type {}. Give the column its type in the file in the schema, and cast it in the query.",
                            f.name(),
                            runnel_core::types::simple_string(f.data_type()),
                            c.data_type()
                        ),
                    )),
                    None => Ok(arrow_array::new_null_array(f.data_type(), n)),
                }
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

/// Can a Parquet column of type `from` be read as `to`? As Spark's Parquet reader: the
/// same kind of value, or a widening (a smaller integer as a larger one or as a double, a
/// float as a double, a decimal into one with room, any timestamp unit); never a string
/// as a number or a number as a string.
fn readable_as(from: &DataType, to: &DataType) -> bool {
    use DataType as T;
    let int_rank = |t: &T| match t {
        T::Int8 | T::UInt8 => Some(1),
        T::Int16 | T::UInt16 => Some(2),
        T::Int32 | T::UInt32 => Some(3),
        T::Int64 => Some(4),
        _ => None,
    };
    match (from, to) {
        (a, b) if a == b => true,
        (T::Timestamp(..), T::Timestamp(..)) => true,
        (T::Utf8 | T::LargeUtf8 | T::Utf8View, T::Utf8 | T::LargeUtf8 | T::Utf8View) => true,
        (
            T::Binary | T::LargeBinary | T::BinaryView,
            T::Binary | T::LargeBinary | T::BinaryView,
        ) => true,
        (T::Float32 | T::Float16, T::Float64) | (T::Float16, T::Float32) => true,
        (T::UInt64, T::Decimal128(p, 0)) => *p >= 20,
        (a, T::Float64) if int_rank(a).is_some() => true,
        (a, b) if int_rank(a).is_some() && int_rank(b).is_some() => int_rank(a) <= int_rank(b),
        (T::Decimal128(p1, s1), T::Decimal128(p2, s2)) => {
            s2 >= s1 && (*p2 as i16 - *s2 as i16) >= (*p1 as i16 - *s1 as i16)
        }
        (T::Date32, T::Date32 | T::Timestamp(_, None)) => true,
        (T::List(a), T::List(b)) => readable_as(a.data_type(), b.data_type()),
        (T::Struct(_), T::Struct(_)) | (T::Map(..), T::Map(..)) => {
            arrow_cast::can_cast_types(from, to)
        }
        _ => false,
    }
}

/// A Parquet file's schema as the session reads it: timestamps in UTC, every column nullable.
pub fn session_schema(file: &Schema) -> SchemaRef {
    let fields: Vec<arrow_schema::Field> = file
        .fields()
        .iter()
        .map(|f| {
            // Any timestamp (nested ones too) is Spark's `timestamp`, as Spark reads
            // Parquet timestamps (INT96, millis, micros, nanos) in the session time zone.
            let t = match f.data_type() {
                DataType::Timestamp(_, _) => runnel_core::types::timestamp_type(),
                t => runnel_core::types::spark_type(t),
            };
            arrow_schema::Field::new(f.name(), t, true)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

/// Decodes one Parquet file into batches of `schema` with the built-in codec.
#[cfg(feature = "codec")]
pub fn decode_parquet(data: &[u8], path: &str, schema: &SchemaRef) -> Result<Vec<RecordBatch>> {
    let (_, batches) = BuiltinCodec.read(data, path)?;
    conform(batches, path, schema)
}

/// The schema stored in a Parquet file, as the session reads it (built-in codec).
#[cfg(feature = "codec")]
pub fn parquet_schema(data: &[u8], path: &str) -> Result<SchemaRef> {
    Ok(session_schema(&BuiltinCodec.read(data, path)?.0))
}

/// One Parquet file holding `batch` (built-in codec).
#[cfg(feature = "codec")]
pub fn encode_parquet(batch: &RecordBatch, compression: &str) -> Result<Vec<u8>> {
    BuiltinCodec.write(batch, compression)
}

/// The files of a file source's path (hidden and `_` files left out), in name order.
pub fn list_files(req: &SourceRequest) -> Result<(String, Vec<runnel_core::io::file::FileEntry>)> {
    let path = req.path.clone().ok_or_else(|| {
        RunnelError::analysis_plain(
            "'path' is not specified: pass a directory to load(...) or .option(\"path\", ...)",
        )
    })?;
    let fs = req.session.file_system();
    let recursive = req
        .options
        .get("recursivefilelookup")
        .is_some_and(|v| v == "true");
    let mut files = runnel_core::io::partition::list_data_files(fs.as_ref(), &path, recursive)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok((path, files))
}

/// The file source options, with `sourceArchiveDir` through the session's path map.
pub fn source_options(req: &SourceRequest) -> Result<runnel_core::io::file::FileSourceOptions> {
    let mut o = file_source_options(req.options)?;
    o.skips =
        runnel_core::io::file::ReadSkips::from_options(req.options, |k| req.session.conf_get(k));
    if let runnel_core::io::file::CleanSource::Archive(d) = &o.clean_source {
        o.clean_source = runnel_core::io::file::CleanSource::Archive(req.session.resolve_path(d));
    }
    Ok(o)
}

impl DataSourceProvider for FilesProvider {
    fn formats(&self) -> Vec<&'static str> {
        match self.codec.format() {
            "parquet" => vec!["parquet", "json", "csv", "text"],
            f => vec![f],
        }
    }

    fn stream_source(&self, req: &SourceRequest) -> Result<SourceRef> {
        if req.format != self.codec.format() {
            return Err(RunnelError::not_supported(format!(
                "the streaming {} source is not supported yet here; json, text and parquet are (csv, orc and xml run natively, with `runnel submit`)",
                req.format
            )));
        }
        let (path, files) = list_files(req)?;
        runnel_core::io::file::check_stream_path(req.session.file_system().as_ref(), &path)?;
        let schema = match &req.schema {
            Some(s) => s.clone(),
            None => {
                let infer = req
                    .session
                    .conf_get("spark.sql.streaming.schemaInference")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"));
                // A zero-length file has no footer to infer from (Spark skips it).
                let first = files.iter().find(|f| f.size > 0).filter(|_| infer).ok_or_else(|| {
                    RunnelError::analysis(
                        "_LEGACY_ERROR_TEMP_2048",
                        "Schema must be specified when creating a streaming source DataFrame. Give the schema with .schema(\"...\"), or set spark.sql.streaming.schemaInference=true with files already in the directory.",
                    )
                    .with_exception("IllegalArgumentException")
                })?;
                let data = req.session.file_system().read(&first.path)?;
                session_schema(&self.codec.read(&data, &first.path)?.0)
            }
        };
        let opts = source_options(req)?;
        let codec = self.codec.clone();
        let decoder: runnel_core::io::file::CustomDecoder = Rc::new(
            move |data: &[u8], path: &str, schema: &SchemaRef, columns| {
                conform_format(
                    codec.read_columns(data, path, columns)?.1,
                    path,
                    schema,
                    codec.display_name(),
                )
            },
        );
        Ok(Rc::new(RefCell::new(FileStreamSource::new(
            req.session.file_system(),
            &path,
            FileFormat::Custom(decoder),
            schema,
            opts,
        ))))
    }

    fn batch_read(&self, req: &SourceRequest) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        if req.format != self.codec.format() {
            return Err(RunnelError::not_supported(format!(
                "reading {} files is not supported yet here; json, text and parquet are (csv, orc and xml run natively, with `runnel submit`)",
                req.format
            )));
        }
        let (path, files) = list_files(req)?;
        let fs = req.session.file_system();
        let schema = match (&req.schema, files.iter().find(|f| f.size > 0)) {
            (Some(s), _) => runnel_core::io::partition::order_given_schema(
                fs.as_ref(),
                s.clone(),
                &path,
                &files,
            )?,
            (None, Some(f)) => runnel_core::io::partition::with_partition_columns(
                session_schema(&self.codec.read(&fs.read(&f.path)?, &f.path)?.0),
                &path,
                &files,
            )?,
            (None, None) => {
                return Err(RunnelError::analysis(
                    "UNABLE_TO_INFER_SCHEMA",
                    format!(
                        "Unable to infer schema for {} at {path}. It must be specified manually.",
                        self.codec.display_name()
                    ),
                ));
            }
        };
        let codec = self.codec.clone();
        let decoder: runnel_core::io::file::CustomDecoder = Rc::new(
            move |data: &[u8], path: &str, schema: &SchemaRef, columns| {
                conform_format(
                    codec.read_columns(data, path, columns)?.1,
                    path,
                    schema,
                    codec.display_name(),
                )
            },
        );
        let skips = runnel_core::io::file::ReadSkips::from_options(req.options, |k| {
            req.session.conf_get(k)
        });
        let out = runnel_core::io::file::decode_partitioned(
            fs.as_ref(),
            &path,
            &files,
            &FileFormat::Custom(decoder),
            &schema,
            None,
            skips,
        )?;
        Ok((schema, out))
    }

    fn stream_sink(&self, req: &SinkRequest) -> Result<SinkRef> {
        file_sink::stream_sink(req, Some(self.encoder()))
    }

    fn batch_write(
        &self,
        req: &SinkRequest,
        save_mode: &str,
        batches: &[RecordBatch],
    ) -> Result<()> {
        file_sink::batch_write(req, Some(self.encoder()), save_mode, batches)
    }
}

impl FilesProvider {
    fn encoder(&self) -> file_sink::FileEncoder {
        let codec = self.codec.clone();
        file_sink::FileEncoder {
            format: self.codec.format(),
            default_compression: self.codec.default_compression(),
            extension: self.codec.extension(),
            encode: Rc::new(move |b: &RecordBatch, c: &str| codec.write(b, c)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::Int32Array;
    use arrow_schema::Field;

    fn file_batch(names: &[&str]) -> RecordBatch {
        let fields: Vec<Field> = names
            .iter()
            .map(|n| Field::new(*n, DataType::Int32, true))
            .collect();
        let cols: Vec<ArrayRef> = (0..names.len())
            .map(|i| Arc::new(Int32Array::from(vec![i as i32 + 1])) as ArrayRef)
            .collect();
        RecordBatch::try_new(Arc::new(Schema::new(fields)), cols).unwrap()
    }

    #[test]
    fn a_parquet_file_with_columns_a_and_upper_a_is_refused_as_spark_does_in_case_insensitive_mode()
    {
        // Spark 4.3 (probed): FAILED_READ_FILE.NO_HINT, caused by `Found duplicate
        // field(s) "a": [a, A] in case-insensitive mode`; a column not in the file is NULL.
        let schema = |n: &str| Arc::new(Schema::new(vec![Field::new(n, DataType::Int32, true)]));
        let e = conform(vec![file_batch(&["a", "A"])], "/x/f.parquet", &schema("a")).unwrap_err();
        assert_eq!(e.condition.as_deref(), Some("FAILED_READ_FILE.NO_HINT"));
        assert!(
            e.message.contains("/x/f.parquet")
                && e.message.contains("Found duplicate field(s) \"a\": [a, A]"),
            "{e}"
        );
        let got = conform(vec![file_batch(&["a", "A"])], "/x/f.parquet", &schema("x")).unwrap();
        assert_eq!(got[0].column(0).null_count(), 1);
        let got = conform(vec![file_batch(&["B", "A"])], "/x/f.parquet", &schema("a")).unwrap();
        let a = got[0]
            .column(0)
            .as_any()
            .downcast_ref::<Int32Array>()
            .unwrap();
        assert_eq!(a.value(0), 2, "`A` is read as `a`");
    }

    #[cfg(feature = "codec")]
    #[test]
    fn a_pruned_read_decodes_only_the_named_columns_and_conforms_the_rest_to_null() {
        let b = file_batch(&["ts", "category", "value"]);
        let data = codec::write(b.schema(), std::slice::from_ref(&b), "snappy").unwrap();
        let wanted = ["CATEGORY".to_string()];
        let (whole, got) = BuiltinCodec
            .read_columns(&data, "/x/f.parquet", Some(&wanted))
            .unwrap();
        assert_eq!(whole.fields().len(), 3, "the schema is the file's");
        let read: Vec<&str> = got[0]
            .schema_ref()
            .fields()
            .iter()
            .map(|f| f.name().as_str())
            .collect();
        assert_eq!(
            read,
            ["category"],
            "matched case-insensitively, the others skipped"
        );
        // A pruned column whose type would not convert is not read, so not refused.
        let schema = Arc::new(Schema::new(vec![
            Field::new("category", DataType::Int32, true),
            Field::new("value", DataType::Utf8, true),
        ]));
        let out = conform(got, "/x/f.parquet", &schema).unwrap();
        assert_eq!(
            out[0]
                .column(0)
                .as_any()
                .downcast_ref::<Int32Array>()
                .unwrap()
                .value(0),
            2
        );
        assert_eq!(out[0].column(1).null_count(), 1);
        let all = BuiltinCodec
            .read_columns(&data, "/x/f.parquet", None)
            .unwrap()
            .1;
        assert!(
            conform(all, "/x/f.parquet", &schema).is_err(),
            "read, it is refused"
        );
    }
}
