//! CSV files as Spark reads them (`spark.read.csv`, `readStream.format("csv")`).
//!
//! Spark's parser is univocity's with Spark's settings: `sep` (default `,`), quote `"`,
//! escape `\`, no whitespace trimming of strings, unescaped quotes kept up to the next
//! delimiter, an empty field (quoted or not) read as NULL; a line with too few or too many
//! fields is a malformed record (PERMISSIVE pads or cuts it and, with a corrupt record
//! column, keeps the line there). Values convert as Spark's CSV parser does: numbers and
//! timestamps as casts, except that integers are strict (sign and digits only); a value that does
//! not convert is NULL in PERMISSIVE mode, drops its row in DROPMALFORMED and fails the
//! query in FAILFAST. The `csv` crate was measured against Spark's cases and quotes
//! differently (doubled quotes, no escape character), hence this small splitter.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::{Array, ArrayRef, RecordBatch, StringArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};

use runnel_core::error::{Result, RunnelError};
pub use runnel_core::io::csv::split_line;
use runnel_core::io::csv::{convert, separator};

/// Options of the CSV reader.
#[derive(Debug, Clone)]
pub struct CsvOptions {
    /// `header`: the first line of each file names the columns.
    pub header: bool,
    /// `sep` / `delimiter`.
    pub sep: String,
    /// `mode`: PERMISSIVE, DROPMALFORMED or FAILFAST.
    pub mode: String,
    /// `inferSchema` (batch reads).
    pub infer_schema: bool,
    /// `columnNameOfCorruptRecord`: the string column that gets a malformed line whole.
    pub corrupt_column: String,
}

impl CsvOptions {
    /// From the reader's options (keys in lower case).
    pub fn from_options(o: &BTreeMap<String, String>) -> Self {
        let flag = |k: &str| o.get(k).is_some_and(|v| v.eq_ignore_ascii_case("true"));
        CsvOptions {
            header: flag("header"),
            sep: separator(o),
            mode: o
                .get("mode")
                .map(|m| m.to_ascii_uppercase())
                .unwrap_or_else(|| "PERMISSIVE".into()),
            infer_schema: flag("inferschema"),
            corrupt_column: o
                .get("columnnameofcorruptrecord")
                .cloned()
                .unwrap_or_else(|| "_corrupt_record".into()),
        }
    }
}

fn column_values(rows: &[Vec<Option<String>>], i: usize) -> StringArray {
    rows.iter()
        .map(|r| r.get(i).cloned().flatten())
        .collect::<StringArray>()
}

/// Decodes one CSV file into batches of `schema`; `path` names it in errors.
///
/// As Spark's parser: a line whose field count differs from the schema's (the corrupt
/// record column left out), or with a value that does not convert, is malformed: in
/// PERMISSIVE mode it is kept (missing fields NULL, extra ones dropped, the value that did
/// not convert NULL) with the whole line in the corrupt record column when the schema has
/// one; DROPMALFORMED drops it; FAILFAST fails the query naming the file and line.
pub fn decode_csv(
    data: &[u8],
    path: &str,
    schema: &SchemaRef,
    opts: &CsvOptions,
) -> Result<Vec<RecordBatch>> {
    let text = String::from_utf8_lossy(data);
    let mut lines = text.lines().map(|l| l.strip_suffix('\r').unwrap_or(l));
    if opts.header {
        lines.next();
    }
    let rows: Vec<(usize, &str, Vec<Option<String>>)> = lines
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, l)| (i + 1 + opts.header as usize, l, split_line(l, &opts.sep)))
        .collect();
    let corrupt = schema
        .fields()
        .iter()
        .position(|f| f.name() == &opts.corrupt_column && f.data_type() == &DataType::Utf8);
    let parsed = schema.fields().len() - corrupt.is_some() as usize;
    let fields: Vec<Vec<Option<String>>> = rows.iter().map(|(_, _, r)| r.clone()).collect();
    let mut bad: Vec<bool> = fields.iter().map(|r| r.len() != parsed).collect();
    let mut cols: Vec<ArrayRef> = Vec::with_capacity(schema.fields().len());
    let mut token = 0;
    for (i, f) in schema.fields().iter().enumerate() {
        if Some(i) == corrupt {
            cols.push(Arc::new(StringArray::from(vec![
                None::<&str>;
                fields.len()
            ])));
            continue;
        }
        let raw = column_values(&fields, token);
        token += 1;
        let conv = convert(&raw, f.data_type())?;
        for (r, b) in bad.iter_mut().enumerate() {
            if !raw.is_null(r) && conv.is_null(r) {
                *b = true;
            }
        }
        cols.push(conv);
    }
    if let Some(c) = corrupt {
        cols[c] = Arc::new(
            rows.iter()
                .zip(&bad)
                .map(|((_, line, _), b)| b.then_some(*line))
                .collect::<StringArray>(),
        );
    }
    let n = fields.len();
    let batch = RecordBatch::try_new_with_options(
        schema.clone(),
        cols,
        &arrow_array::RecordBatchOptions::new().with_row_count(Some(n)),
    )?;
    match opts.mode.as_str() {
        "FAILFAST" => {
            if let Some(r) = bad.iter().position(|b| *b) {
                return Err(RunnelError::execution(
                    "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
                    format!(
                        "Malformed records are detected in record parsing ({path}, line {}). Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.",
                        rows[r].0
                    ),
                ));
            }
            Ok(vec![batch])
        }
        "DROPMALFORMED" => {
            let keep: arrow_array::BooleanArray = bad.iter().map(|b| Some(!b)).collect();
            Ok(vec![arrow_select::filter::filter_record_batch(
                &batch, &keep,
            )?])
        }
        _ => Ok(vec![batch]),
    }
}

/// The schema of CSV files for a batch read: names from the header (or `_c0`, `_c1`,
/// ...), types inferred with `inferSchema` (int, bigint, double, timestamp, boolean,
/// else string), all strings without it.
pub fn infer_csv(files: &[Vec<u8>], opts: &CsvOptions) -> SchemaRef {
    let mut names: Vec<String> = Vec::new();
    let mut rows: Vec<Vec<Option<String>>> = Vec::new();
    for data in files {
        let text = String::from_utf8_lossy(data);
        let mut lines = text.lines().filter(|l| !l.is_empty());
        if opts.header
            && let Some(h) = lines.next()
            && names.is_empty()
        {
            names = split_line(h, &opts.sep)
                .into_iter()
                .enumerate()
                .map(|(i, n)| n.unwrap_or_else(|| format!("_c{i}")))
                .collect();
        }
        rows.extend(lines.map(|l| split_line(l, &opts.sep)));
    }
    let width = rows
        .iter()
        .map(|r| r.len())
        .max()
        .unwrap_or(0)
        .max(names.len());
    let fields: Vec<Field> = (0..width)
        .map(|i| {
            let name = names.get(i).cloned().unwrap_or_else(|| format!("_c{i}"));
            let ty = if opts.infer_schema {
                infer_type(&column_values(&rows, i))
            } else {
                DataType::Utf8
            };
            Field::new(name, ty, true)
        })
        .collect();
    Arc::new(Schema::new(fields))
}

fn infer_type(values: &StringArray) -> DataType {
    let candidates = [
        DataType::Int32,
        DataType::Int64,
        DataType::Float64,
        runnel_core::types::timestamp_type(),
        DataType::Boolean,
    ];
    if values.null_count() == values.len() {
        return DataType::Utf8;
    }
    for ty in candidates {
        if let Ok(c) = convert(values, &ty)
            && c.null_count() == values.null_count()
        {
            return ty;
        }
    }
    DataType::Utf8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_spark() {
        let s = |l: &str| split_line(l, ",");
        assert_eq!(
            s("a,\"b, c\",,\"\""),
            vec![Some("a".into()), Some("b, c".into()), None, None]
        );
        assert_eq!(
            s("\"say \"\"hi\"\"\",2"),
            vec![Some("\"say \"\"hi\"\"\"".into()), Some("2".into())]
        );
        assert_eq!(s("x\"y, z "), vec![Some("x\"y".into()), Some(" z ".into())]);
        assert_eq!(s("\"a\\\"b\""), vec![Some("a\"b".into())]);
    }

    /// Lines with too few or too many fields are malformed records, as Spark's parser
    /// reads them (recorded with PySpark 4.3: `a,1 / b / c,3,extra / d,x` read as
    /// `s STRING, n INT[, _corrupt_record STRING]`).
    #[test]
    fn field_count_mismatch_is_a_malformed_record() {
        let data = b"a,1\nb\nc,3,extra\nd,x\n";
        let run = |mode: &str, corrupt: bool| {
            let ddl = if corrupt {
                "s STRING, n INT, _corrupt_record STRING"
            } else {
                "s STRING, n INT"
            };
            let schema = Arc::new(runnel_core::types::parse_ddl_schema(ddl).unwrap());
            let mut o = BTreeMap::new();
            o.insert("mode".to_string(), mode.to_string());
            decode_csv(data, "/f.csv", &schema, &CsvOptions::from_options(&o))
        };
        let rows = |b: Vec<RecordBatch>| -> Vec<String> {
            let b = &b[0];
            (0..b.num_rows())
                .map(|r| {
                    (0..b.num_columns())
                        .map(|c| runnel_core::io::json_write::text_value(b.column(c).as_ref(), r))
                        .map(|v| if v.is_empty() { "NULL".into() } else { v })
                        .collect::<Vec<_>>()
                        .join("|")
                })
                .collect()
        };
        assert_eq!(
            rows(run("PERMISSIVE", false).unwrap()),
            ["a|1", "b|NULL", "c|3", "d|NULL"]
        );
        assert_eq!(
            rows(run("PERMISSIVE", true).unwrap()),
            ["a|1|NULL", "b|NULL|b", "c|3|c,3,extra", "d|NULL|d,x"]
        );
        assert_eq!(rows(run("DROPMALFORMED", true).unwrap()), ["a|1|NULL"]);
        let e = run("FAILFAST", false).unwrap_err();
        assert!(e.to_string().contains("/f.csv, line 2"), "{e}");
    }

    #[test]
    fn infers_types_from_a_header_and_values() {
        let data =
            b"id,price,when,ok,name\n1,2.5,2025-03-01T10:00:00Z,true,a\n3000000000,3,,false,b\n"
                .to_vec();
        let opts = CsvOptions {
            header: true,
            sep: ",".into(),
            mode: "PERMISSIVE".into(),
            infer_schema: true,
            corrupt_column: "_corrupt_record".into(),
        };
        let schema = infer_csv(std::slice::from_ref(&data), &opts);
        let types: Vec<String> = schema
            .fields()
            .iter()
            .map(|f| {
                format!(
                    "{} {}",
                    f.name(),
                    runnel_core::types::simple_string(f.data_type())
                )
            })
            .collect();
        assert_eq!(
            types,
            vec![
                "id bigint",
                "price double",
                "when timestamp",
                "ok boolean",
                "name string"
            ]
        );
        let batches = decode_csv(&data, "x.csv", &schema, &opts).unwrap();
        assert_eq!(batches[0].num_rows(), 2);
        assert!(batches[0].column(2).is_null(1));
        let plain = infer_csv(
            &[data],
            &CsvOptions {
                infer_schema: false,
                ..opts
            },
        );
        assert!(
            plain
                .fields()
                .iter()
                .all(|f| f.data_type() == &DataType::Utf8)
        );
    }
}
