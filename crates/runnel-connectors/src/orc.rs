//! ORC files (`spark.read.orc`, `readStream.orc`, `df.write.orc`, `format("orc")`),
//! with the `orc-rust` crate (datafusion-contrib, on arrow 59). The source, the batch
//! read and the sinks are runnel-parquet's, over this codec: ORC and Parquet are read
//! and written the same way (columns matched by name, the file sink's log).
//!
//! Types as Spark maps them: ORC `tinyint`..`bigint`, `float`, `double`, `boolean`,
//! `string`/`varchar`/`char`, `binary`, `date`, `decimal`, `timestamp` (Spark's
//! `timestamp`, written as ORC `timestamp` in UTC as Spark writes it), lists, maps and
//! structs on read. orc-rust 0.9 writes the flat types only: a decimal, array, map or
//! struct column is refused before anything is written, naming the column.

use std::sync::Arc;

use arrow_array::{RecordBatch, RecordBatchReader};
use arrow_schema::{DataType, Field, Schema, SchemaRef, TimeUnit};
use bytes::Bytes;
use orc_rust::compression::CompressionType;
use orc_rust::schema::TimestampPrecision;
use orc_rust::{ArrowReaderBuilder, ArrowWriterBuilder};

use runnel_core::error::{Result, RunnelError};
use runnel_parquet::ParquetCodec;

/// The ORC codec of the native build.
#[derive(Debug, Default, Clone, Copy)]
pub struct OrcCodec;

/// Spark's ORC codecs (`spark.sql.orc.compression.codec`, the `compression` option).
const CODECS: &str = "none, uncompressed, snappy, zlib, lzo, lz4, zstd";

fn compression_of(codec: &str) -> Result<Option<CompressionType>> {
    Ok(match codec {
        "none" | "uncompressed" => None,
        "snappy" => Some(CompressionType::Snappy),
        "zlib" => Some(CompressionType::Zlib),
        "lz4" => Some(CompressionType::Lz4),
        "zstd" => Some(CompressionType::Zstd),
        "lzo" => {
            return Err(RunnelError::not_supported(
                "writing ORC with lzo compression (the ORC writer Runnel uses has no LZO encoder): use .option(\"compression\", \"zstd\"), snappy, zlib, lz4 or none",
            ));
        }
        c => {
            return Err(RunnelError::analysis_plain(format!(
                "Codec [{c}] is not available. Available codecs are {CODECS}. Set .option(\"compression\", ...) to one of them."
            )));
        }
    })
}

/// Spark's ORC file extensions: `zstd.orc`, `snappy.orc`, `orc` for no compression.
fn orc_extension(codec: &str) -> String {
    match codec {
        "none" | "uncompressed" => "orc".into(),
        c => format!("{c}.orc"),
    }
}

/// The batch as orc-rust writes it: Spark's `timestamp` (UTC) as an ORC `timestamp` in
/// UTC, as Spark writes it; a column of a type the writer lacks is refused by name.
fn writable(batch: &RecordBatch) -> Result<RecordBatch> {
    let schema = batch.schema();
    let mut fields = Vec::new();
    let mut cols = Vec::new();
    for (f, c) in schema.fields().iter().zip(batch.columns()) {
        let to = match f.data_type() {
            DataType::Boolean
            | DataType::Int8
            | DataType::Int16
            | DataType::Int32
            | DataType::Int64
            | DataType::Float32
            | DataType::Float64
            | DataType::Utf8
            | DataType::LargeUtf8
            | DataType::Binary
            | DataType::LargeBinary
            | DataType::Date32 => f.data_type().clone(),
            DataType::Timestamp(_, _) => DataType::Timestamp(TimeUnit::Microsecond, None),
            DataType::Null => DataType::Utf8,
            t => {
                return Err(RunnelError::not_supported(format!(
                    "writing the {} column `{}` to ORC (the ORC writer Runnel uses, orc-rust 0.9, writes boolean, integer, float, double, string, binary, date and timestamp columns): cast it (to string, or double for a decimal), or write Parquet",
                    runnel_core::types::simple_string(t),
                    f.name()
                )));
            }
        };
        let col = if &to == c.data_type() {
            c.clone()
        } else {
            arrow_cast::cast(c, &to)?
        };
        fields.push(Field::new(f.name(), to, true));
        cols.push(col);
    }
    Ok(RecordBatch::try_new(Arc::new(Schema::new(fields)), cols)?)
}

impl ParquetCodec for OrcCodec {
    fn write(&self, batch: &RecordBatch, compression: &str) -> Result<Vec<u8>> {
        let comp = compression_of(compression)?;
        let batch = writable(batch)?;
        let mut out = Vec::new();
        let mut b = ArrowWriterBuilder::new(&mut out, batch.schema());
        if let Some(c) = comp {
            b = b.with_compression(c);
        }
        let err = |e: orc_rust::error::OrcError| RunnelError::io(format!("orc: {e}"));
        let mut w = b.try_build().map_err(err)?;
        w.write(&batch).map_err(err)?;
        w.close().map_err(err)?;
        Ok(out)
    }

    fn read(&self, data: &[u8], path: &str) -> Result<(SchemaRef, Vec<RecordBatch>)> {
        let bad = |e: &dyn std::fmt::Display| {
            RunnelError::io(format!(
                "Encountered error while reading file {path}: not a readable ORC file ({e}). Fix or remove the file, or set the option ignoreCorruptFiles to true to skip such files."
            ))
            .with_condition("FAILED_READ_FILE.NO_HINT")
        };
        let reader = ArrowReaderBuilder::try_new(Bytes::copy_from_slice(data))
            .map_err(|e| bad(&e))?
            .with_timestamp_precision(TimestampPrecision::Microsecond)
            .build();
        let schema = reader.schema();
        let mut out = Vec::new();
        for b in reader {
            out.push(b.map_err(|e| bad(&e))?);
        }
        Ok((schema, out))
    }

    fn format(&self) -> &'static str {
        "orc"
    }

    fn display_name(&self) -> &'static str {
        "ORC"
    }

    fn default_compression(&self) -> &'static str {
        // spark.sql.orc.compression.codec's default in Spark 4 (files `*.zstd.orc`).
        "zstd"
    }

    fn extension(&self) -> fn(&str) -> String {
        orc_extension
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::{ArrayRef, Int64Array, StringArray, TimestampMicrosecondArray};

    #[test]
    fn orc_written_here_reads_back_with_the_same_rows_and_spark_types() {
        let ts = TimestampMicrosecondArray::from(vec![Some(1_740_823_500_123_456), None])
            .with_timezone("UTC");
        let schema = Arc::new(Schema::new(vec![
            Field::new("id", DataType::Int64, true),
            Field::new("s", DataType::Utf8, true),
            Field::new("ts", runnel_core::types::timestamp_type(), true),
        ]));
        let b = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(Int64Array::from(vec![Some(1), None])) as ArrayRef,
                Arc::new(StringArray::from(vec![Some("a"), None])),
                Arc::new(ts),
            ],
        )
        .unwrap();
        for codec in ["zstd", "snappy", "none", "zlib", "lz4"] {
            let bytes = OrcCodec.write(&b, codec).unwrap();
            let (file, rows) = OrcCodec.read(&bytes, "/x.orc").unwrap();
            let s = runnel_parquet::session_schema(&file);
            assert_eq!(s.as_ref(), schema.as_ref(), "{codec}");
            let back = runnel_parquet::conform(rows, "/x.orc", &s).unwrap();
            assert_eq!(back[0], b, "{codec}");
        }
    }

    #[test]
    fn a_column_orc_cannot_convert_is_an_orc_error_not_a_parquet_one() {
        let b = RecordBatch::try_new(
            Arc::new(Schema::new(vec![Field::new("a", DataType::Utf8, true)])),
            vec![Arc::new(StringArray::from(vec!["x"])) as ArrayRef],
        )
        .unwrap();
        let (_, rows) = OrcCodec
            .read(&OrcCodec.write(&b, "zstd").unwrap(), "/d/f.orc")
            .unwrap();
        let want = Arc::new(Schema::new(vec![Field::new(
            "a",
            DataType::Struct(vec![Field::new("x", DataType::Int32, true)].into()),
            true,
        )]));
        let e = runnel_parquet::conform_format(rows, "/d/f.orc", &want, OrcCodec.display_name())
            .unwrap_err();
        assert_eq!(e.condition.as_deref(), Some("FAILED_READ_FILE.NO_HINT"));
        let m = e.to_string();
        assert!(
            m.contains("ORC does not support type conversion") && !m.contains("Parquet"),
            "{m}"
        );
    }

    #[test]
    fn an_unknown_orc_codec_is_refused_with_the_codecs_spark_takes() {
        let b = RecordBatch::try_new(
            Arc::new(Schema::new(vec![Field::new("id", DataType::Int64, true)])),
            vec![Arc::new(Int64Array::from(vec![1])) as ArrayRef],
        )
        .unwrap();
        let e = OrcCodec.write(&b, "gzip").unwrap_err().to_string();
        assert!(e.contains("Codec [gzip] is not available"), "{e}");
    }

    #[test]
    fn a_decimal_column_is_refused_by_name_not_written_wrong() {
        let b = RecordBatch::try_new(
            Arc::new(Schema::new(vec![Field::new(
                "price",
                DataType::Decimal128(10, 2),
                true,
            )])),
            vec![Arc::new(
                arrow_array::Decimal128Array::from(vec![1234])
                    .with_precision_and_scale(10, 2)
                    .unwrap(),
            ) as ArrayRef],
        )
        .unwrap();
        let e = OrcCodec.write(&b, "zstd").unwrap_err().to_string();
        assert!(e.contains("`price`") && e.contains("decimal(10,2)"), "{e}");
    }

    #[test]
    fn a_file_that_is_not_orc_is_named_in_the_error() {
        let e = OrcCodec.read(b"not orc at all", "/in/bad.orc").unwrap_err();
        assert!(e.to_string().contains("/in/bad.orc"), "{e}");
    }

    #[test]
    fn orc_files_written_by_spark_4_3_read_as_spark_reads_them() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/formats/spark-orc");
        let file = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.extension().is_some_and(|x| x == "orc"))
            .unwrap();
        let data = std::fs::read(&file).unwrap();
        let (schema, rows) = OrcCodec.read(&data, "spark.orc").unwrap();
        let s = runnel_parquet::session_schema(&schema);
        let want: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(format!("{dir}/../spark-orc.json")).unwrap(),
        )
        .unwrap();
        let cols: Vec<serde_json::Value> = s
            .fields()
            .iter()
            .map(|f| {
                serde_json::json!([f.name(), runnel_core::types::simple_string(f.data_type())])
            })
            .collect();
        assert_eq!(serde_json::Value::Array(cols), want["columns"]);
        let back = runnel_parquet::conform(rows, "spark.orc", &s).unwrap();
        let n: usize = back.iter().map(|b| b.num_rows()).sum();
        assert_eq!(n, want["rows"].as_array().unwrap().len());
        // The file's first row (id 1), against the values Spark read from it.
        let spark_row = want["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r[0] == 1)
            .unwrap();
        let b = &back[0];
        for i in [0, 1, 2, 3, 4, 7, 9, 10, 11] {
            let ours = arrow_cast::display::array_value_to_string(b.column(i), 0).unwrap();
            let theirs = match &spark_row[i] {
                serde_json::Value::String(s) => s.clone(),
                v => v.to_string(),
            };
            assert_eq!(ours, theirs, "column {}", s.field(i).name());
        }
    }
}
