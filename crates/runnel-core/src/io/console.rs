//! `show()` tables and the console sink, in Spark's exact text format.

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::OutputFn;
use super::sink::Sink;
use crate::error::Result;
use crate::scalar::display_field_value;

/// Display width of a string as Spark counts it (Utils.stringHalfWidth: Java's UTF-16
/// length, so an emoji counts 2, plus 1 for each East Asian wide character).
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u)
            {
                2
            } else {
                c.len_utf16()
            }
        })
        .sum()
}

/// The rows `show` prints: the column names, the first `num_rows` rows' cells cut to
/// `truncate` characters (0: whole) as Spark's `Dataset.getRows`, and how many rows there were.
fn shown_cells(
    schema: &SchemaRef,
    batches: &[RecordBatch],
    num_rows: usize,
    truncate: usize,
) -> (Vec<String>, Vec<Vec<String>>, usize) {
    let total: usize = batches.iter().map(|b| b.num_rows()).sum();
    let mut rows: Vec<Vec<String>> = Vec::new();
    'outer: for b in batches {
        for r in 0..b.num_rows() {
            if rows.len() >= num_rows {
                break 'outer;
            }
            rows.push(
                b.columns()
                    .iter()
                    .zip(schema.fields())
                    .map(|(c, f)| display_field_value(f, c.as_ref(), r))
                    .collect(),
            );
        }
    }
    let cut = |s: String| -> String {
        if truncate > 0 && s.chars().count() > truncate {
            if truncate < 4 {
                s.chars().take(truncate).collect()
            } else {
                let mut t: String = s.chars().take(truncate - 3).collect();
                t.push_str("...");
                t
            }
        } else {
            s
        }
    };
    // Spark cuts the cells only: column names are printed whole (Dataset.getRows).
    let header: Vec<String> = schema.fields().iter().map(|f| f.name().clone()).collect();
    let rows: Vec<Vec<String>> = rows
        .into_iter()
        .map(|r| r.into_iter().map(cut).collect())
        .collect();
    (header, rows, total)
}

/// Spark's `showString(numRows, truncate)`: the table, and "only showing top N rows" when cut.
/// `truncate` 0 means no truncation (left-aligned), otherwise cells longer than it are cut.
pub fn show_string(
    schema: &SchemaRef,
    batches: &[RecordBatch],
    num_rows: usize,
    truncate: usize,
) -> String {
    let (header, rows, total) = shown_cells(schema, batches, num_rows, truncate);
    let mut widths: Vec<usize> = header.iter().map(|h| width(h).max(3)).collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(width(c));
        }
    }
    let sep: String = {
        let mut s = String::from("+");
        for w in &widths {
            s.push_str(&"-".repeat(*w));
            s.push('+');
        }
        // Scala's addString("+", "+", "+\n"): no columns is "++".
        if widths.is_empty() {
            s.push('+');
        }
        s.push('\n');
        s
    };
    let line = |cells: &[String]| -> String {
        let mut s = String::from("|");
        for (c, w) in cells.iter().zip(&widths) {
            let pad = " ".repeat(w - width(c));
            if truncate > 0 {
                s.push_str(&pad);
                s.push_str(c);
            } else {
                s.push_str(c);
                s.push_str(&pad);
            }
            s.push('|');
        }
        if cells.is_empty() {
            s.push('|');
        }
        s.push('\n');
        s
    };
    let mut out = String::new();
    out.push_str(&sep);
    out.push_str(&line(&header));
    out.push_str(&sep);
    for r in &rows {
        out.push_str(&line(r));
    }
    out.push_str(&sep);
    out.push_str(&more_rows_line(total, num_rows));
    out
}

/// Spark's footer when `show` printed fewer rows than there are.
fn more_rows_line(total: usize, num_rows: usize) -> String {
    if total <= num_rows {
        return String::new();
    }
    format!(
        "only showing top {num_rows} row{}\n",
        if num_rows == 1 { "" } else { "s" }
    )
}

/// `show(n, truncate, vertical=True)`: each row as a `-RECORD i-` block of `name | value`
/// lines, as Spark's `Dataset.showString` writes the extended mode (`(0 rows)` when
/// there is none).
pub fn show_string_vertical(
    schema: &SchemaRef,
    batches: &[RecordBatch],
    num_rows: usize,
    truncate: usize,
) -> String {
    let (header, rows, total) = shown_cells(schema, batches, num_rows, truncate);
    if rows.is_empty() {
        return "(0 rows)\n".into();
    }
    let name_width = header.iter().map(|h| width(h)).fold(3, usize::max);
    let data_width = rows.iter().flatten().map(|c| width(c)).fold(3, usize::max);
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(width(s))));
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        let head = format!("-RECORD {i}");
        let dashes = (name_width + data_width + 5).saturating_sub(head.chars().count());
        out.push_str(&head);
        out.push_str(&"-".repeat(dashes));
        out.push('\n');
        for (name, cell) in header.iter().zip(row) {
            out.push_str(&format!(
                " {} | {} \n",
                pad(name, name_width),
                pad(cell, data_width)
            ));
        }
    }
    out.push_str(&more_rows_line(total, num_rows));
    out
}

/// Spark's console sink: prints each micro-batch under a `Batch: N` banner.
pub struct ConsoleSink {
    out: OutputFn,
    num_rows: usize,
    truncate: usize,
}

impl ConsoleSink {
    /// A console sink writing through `out` with Spark's `numRows` and `truncate` options.
    pub fn new(out: OutputFn, num_rows: usize, truncate: bool) -> Self {
        ConsoleSink {
            out,
            num_rows,
            truncate: if truncate { 20 } else { 0 },
        }
    }
}

impl Sink for ConsoleSink {
    fn add_batch(&mut self, epoch_id: i64, schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        let mut s = String::from("-------------------------------------------\n");
        s.push_str(&format!("Batch: {epoch_id}\n"));
        s.push_str("-------------------------------------------\n");
        s.push_str(&show_string(
            schema,
            std::slice::from_ref(batch),
            self.num_rows,
            self.truncate,
        ));
        s.push('\n');
        (self.out.borrow_mut())(&s);
        Ok(())
    }
    fn description(&self) -> String {
        "org.apache.spark.sql.execution.streaming.ConsoleTable$".into()
    }
    fn outlives_process(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use arrow_array::{Float64Array, StringArray};
    use arrow_schema::{DataType, Field, Schema};

    use super::*;

    #[test]
    fn show_matches_spark_layout() {
        let schema = Arc::new(Schema::new(vec![
            Field::new("category", DataType::Utf8, true),
            Field::new("value", DataType::Float64, true),
        ]));
        let b = RecordBatch::try_new(
            schema.clone(),
            vec![
                Arc::new(StringArray::from(vec![Some("a"), None])),
                Arc::new(Float64Array::from(vec![
                    Some(1.5),
                    Some(0.8473999999999999),
                ])),
            ],
        )
        .unwrap();
        let s = show_string(&schema, &[b], 20, 20);
        assert_eq!(
            s,
            "+--------+------------------+\n|category|             value|\n+--------+------------------+\n|       a|               1.5|\n|    NULL|0.8473999999999999|\n+--------+------------------+\n"
        );
    }

    #[test]
    fn show_prints_long_column_names_whole_and_counts_an_emoji_as_two() {
        let schema = Arc::new(Schema::new(vec![Field::new(
            "array(name, occupation)",
            DataType::Utf8,
            true,
        )]));
        let b = RecordBatch::try_new(
            schema.clone(),
            vec![Arc::new(StringArray::from(vec!["\u{1F408}"]))],
        )
        .unwrap();
        let s = show_string(&schema, &[b], 20, 20);
        // Spark 4.3: the header is not cut at 20; the emoji pads as two columns.
        assert_eq!(
            s,
            "+-----------------------+\n|array(name, occupation)|\n+-----------------------+\n|                     \u{1F408}|\n+-----------------------+\n"
        );
    }
}
