//! The Parquet codec: Arrow record batches to a Parquet file and back, with the parquet
//! crate. No Runnel types here, so the npm package can build it as a module of its own
//! (`runnel-parquet-wasm`) that the engine loads on first use.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use parquet::arrow::{ArrowWriter, ProjectionMask};
use parquet::basic::{Compression, ZstdLevel};
use parquet::file::properties::WriterProperties;

/// The compression codecs a Parquet file can be written with.
pub const CODECS: &str = "snappy, zstd, none, uncompressed";

/// One Parquet file holding `batches` (all of one schema), compressed with `compression`
/// (snappy, zstd, none). `zstd` needs the parquet crate's `zstd` feature.
pub fn write(
    schema: SchemaRef,
    batches: &[RecordBatch],
    compression: &str,
) -> Result<Vec<u8>, String> {
    let compression = match compression {
        "none" | "uncompressed" => Compression::UNCOMPRESSED,
        "zstd" => Compression::ZSTD(ZstdLevel::default()),
        "snappy" => Compression::SNAPPY,
        other => {
            return Err(format!(
                "Codec [{other}] is not available. Known codecs are {CODECS}."
            ));
        }
    };
    let props = WriterProperties::builder()
        .set_compression(compression)
        .build();
    let mut out = Vec::new();
    let mut w = ArrowWriter::try_new(&mut out, schema, Some(props)).map_err(|e| e.to_string())?;
    for b in batches {
        w.write(b).map_err(|e| e.to_string())?;
    }
    w.close().map_err(|e| e.to_string())?;
    Ok(out)
}

/// A Parquet file's schema and rows (its own types). A damaged file is an error, also
/// where the parquet crate panics on it: the Arrow schema kept in its metadata goes
/// through arrow-ipc, which has `unimplemented!` for a field of type NONE (found by
/// crates/runnel-cli/tests/fuzz.rs).
pub fn read(data: &[u8]) -> Result<(SchemaRef, Vec<RecordBatch>), String> {
    read_columns(data, None)
}

/// [`read`] of only the top-level columns named in `columns` (case-insensitively, as
/// Spark matches them; `None`: all), through the parquet crate's `ProjectionMask`: the
/// other column chunks are not decompressed or decoded. The schema is the whole file's.
pub fn read_columns(
    data: &[u8],
    columns: Option<&[String]>,
) -> Result<(SchemaRef, Vec<RecordBatch>), String> {
    std::panic::catch_unwind(|| read_unguarded(data, columns)).unwrap_or_else(|p| {
        let why = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Err(format!("the file is damaged ({why})"))
    })
}

fn read_unguarded(
    data: &[u8],
    columns: Option<&[String]>,
) -> Result<(SchemaRef, Vec<RecordBatch>), String> {
    let bytes = bytes::Bytes::copy_from_slice(data);
    let mut builder = ParquetRecordBatchReaderBuilder::try_new(bytes).map_err(|e| e.to_string())?;
    let schema = builder.schema().clone();
    if let Some(names) = columns {
        let roots = schema.fields().iter().enumerate().filter_map(|(i, f)| {
            names
                .iter()
                .any(|n| n.eq_ignore_ascii_case(f.name()))
                .then_some(i)
        });
        let mask = ProjectionMask::roots(builder.parquet_schema(), roots);
        builder = builder.with_projection(mask);
    }
    let reader = builder
        .with_batch_size(65_536)
        .build()
        .map_err(|e| e.to_string())?;
    let batches = reader
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())?;
    Ok((schema, batches))
}
