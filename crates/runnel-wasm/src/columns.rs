//! Rows given as plain JS objects, handed over as columns: `runnel.js` reads each of a
//! memory stream's fields from every row and writes it, already converted the way the
//! JSON path would read it, into typed arrays that are views of this module's staging
//! buffer in wasm memory; strings go over as one UTF-8 text with their ends, and a text
//! cell names its string by number (a column's equal strings share one while few of
//! them differ, so a repeated timestamp is copied and parsed once). This module turns
//! those buffers into a record batch of the stream's schema.
//!
//! Per cell, a tag byte says what was written: [`NULL`], [`NUM`] (a number in the
//! column's number slot: the value of a numeric or boolean column), [`MILLIS`] (a JS
//! `Date`'s milliseconds, timestamp columns), [`SECONDS`] (an integral number of seconds,
//! timestamp columns, as the JSON reader takes a JSON integer) or [`TEXT`] (a string,
//! which a timestamp or date column parses as the JSON reader parses a string).
//! Whatever `runnel.js` cannot convert with certainty (nested values, objects with
//! `toJSON`, integers beyond 2^53, ...) makes it use the JSON path for the whole call.

use std::sync::Arc;

use arrow_array::types::{
    ArrowPrimitiveType, Date32Type, Float32Type, Float64Type, Int8Type, Int16Type, Int32Type,
    Int64Type, TimestampMicrosecondType,
};
use arrow_array::{
    ArrayRef, BooleanArray, PrimitiveArray, RecordBatch, RecordBatchOptions, StringArray,
};
use arrow_buffer::{BooleanBufferBuilder, NullBuffer};
use arrow_schema::{DataType, Schema, TimeUnit};
use runnel_core::io::json::{JsonOptions, timestamp_of_string};

/// No value (JSON `null`, a missing field, or a value the JSON reader would not take).
/// Written by runnel.js; read here as "not one of the others".
#[allow(dead_code)]
pub const NULL: u8 = 0;
/// A number in the cell's number slot.
pub const NUM: u8 = 1;
/// Milliseconds since the epoch (a JS `Date`), in the number slot.
pub const MILLIS: u8 = 2;
/// Whole seconds since the epoch (a JSON integer in a timestamp column), in the number slot.
pub const SECONDS: u8 = 3;
/// A string: the cell's part of the staged text.
pub const TEXT: u8 = 4;

/// How `runnel.js` converts a column's values (the names are what it reads).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    F64,
    F32,
    I64,
    I32,
    I16,
    I8,
    Bool,
    Str,
    Ts,
    Date,
}

impl Kind {
    fn of(dt: &DataType) -> Option<Kind> {
        Some(match dt {
            DataType::Float64 => Kind::F64,
            DataType::Float32 => Kind::F32,
            DataType::Int64 => Kind::I64,
            DataType::Int32 => Kind::I32,
            DataType::Int16 => Kind::I16,
            DataType::Int8 => Kind::I8,
            DataType::Boolean => Kind::Bool,
            DataType::Utf8 => Kind::Str,
            DataType::Timestamp(TimeUnit::Microsecond, _) => Kind::Ts,
            DataType::Date32 => Kind::Date,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        match self {
            Kind::F64 => "f64",
            Kind::F32 => "f32",
            Kind::I64 => "i64",
            Kind::I32 => "i32",
            Kind::I16 => "i16",
            Kind::I8 => "i8",
            Kind::Bool => "bool",
            Kind::Str => "str",
            Kind::Ts => "ts",
            Kind::Date => "date",
        }
    }

    /// Whether the column's cells have a number slot.
    pub fn numeric(self) -> bool {
        !matches!(self, Kind::Str | Kind::Date)
    }

    /// Whether the column's cells can be text.
    pub fn textual(self) -> bool {
        matches!(self, Kind::Str | Kind::Ts | Kind::Date)
    }
}

/// The column kinds of `schema`, or `None` when its rows must go through JSON: a type
/// without a kind (nested, decimal, binary, ...), a corrupt-record column (it receives
/// the row's JSON text), a field name twice, or `__proto__` (not a plain property).
pub fn kinds(schema: &Schema) -> Option<Vec<Kind>> {
    let opts = JsonOptions::default();
    let mut names = std::collections::HashSet::new();
    schema
        .fields()
        .iter()
        .map(|f| {
            let fresh = names.insert(f.name().as_str());
            if !fresh || f.name() == &opts.corrupt_column || f.name() == "__proto__" {
                return None;
            }
            Kind::of(f.data_type())
        })
        .collect()
}

/// `kinds` as JSON for `runnel.js`: `[["name", "kind"], ...]`, or `null`.
pub fn kinds_json(schema: &Schema) -> String {
    match kinds(schema) {
        Some(k) => serde_json::Value::Array(
            schema
                .fields()
                .iter()
                .zip(k)
                .map(|(f, k)| serde_json::json!([f.name(), k.name()]))
                .collect(),
        )
        .to_string(),
        None => "null".into(),
    }
}

/// The staging buffers `runnel.js` writes a call's columns into.
#[derive(Default)]
pub struct Staging {
    /// Per call: number slots (f64, `rows` per numeric column), the text cells' string
    /// numbers (u32, `rows` per textual column), the strings' ends (u32, at most `rows`
    /// per textual column), the tags (one byte per cell, `rows` per column). Only ever
    /// grown, so that a steady stream neither allocates nor zeroes it again.
    cells: Vec<f64>,
    /// The strings' UTF-8 text, one after another (grown only, as `cells`).
    pub text: Vec<u8>,
    rows: usize,
}

/// Where each part of the cell buffer starts, in bytes.
struct Layout {
    codes: usize,
    ends: usize,
    tags: usize,
    bytes: usize,
}

fn layout(kinds: &[Kind], rows: usize) -> Layout {
    let numeric = kinds.iter().filter(|k| k.numeric()).count();
    let textual = kinds.iter().filter(|k| k.textual()).count();
    let codes = 8 * rows * numeric;
    let ends = codes + 4 * rows * textual;
    let tags = ends + 4 * rows * textual;
    Layout {
        codes,
        ends,
        tags,
        bytes: tags + rows * kinds.len(),
    }
}

impl Staging {
    /// Room for `rows` rows of `kinds`; the address of the cell buffer.
    pub fn cells_for(&mut self, kinds: &[Kind], rows: usize) -> *mut u8 {
        let words = layout(kinds, rows).bytes.div_ceil(8);
        if self.cells.len() < words {
            self.cells.resize(words, 0.0);
        }
        self.rows = rows;
        self.cells.as_mut_ptr().cast()
    }

    /// Room for `len` bytes of text after the first `keep` already written; its address.
    pub fn text_for(&mut self, keep: usize, len: usize) -> *mut u8 {
        if self.text.len() < keep + len {
            self.text.resize(keep + len, 0);
        }
        self.text.as_mut_ptr()
    }

    /// The staged rows as a batch of `schema` (whose kinds are `kinds`), with `strings`
    /// strings in `text_len` bytes of text. A text cell names its string by number (equal
    /// strings of a column may share one, and a timestamp string is then parsed once).
    /// `Ok(None)`: a string's end falls inside a character (a string that ends in half
    /// of a UTF-16 surrogate pair): the caller uses the JSON path.
    pub fn batch(
        &self,
        schema: &Arc<Schema>,
        kinds: &[Kind],
        strings: usize,
        text_len: usize,
    ) -> Result<Option<RecordBatch>, String> {
        let rows = self.rows;
        let l = layout(kinds, rows);
        let textual = kinds.iter().filter(|k| k.textual()).count();
        if l.bytes.div_ceil(8) > self.cells.len()
            || text_len > self.text.len()
            || strings > rows * textual
        {
            return Err(format!(
                "the staged columns hold fewer cells, strings or text bytes than {rows} rows, {strings} strings and {text_len} bytes"
            ));
        }
        let base: *const u8 = self.cells.as_ptr().cast();
        // SAFETY: `cells` is a live Vec<f64> of at least `l.bytes` bytes, and each part
        // is aligned for its type (u32s start at multiples of 4 from an 8-aligned base).
        let (codes, ends, tags): (&[u32], &[u32], &[u8]) = unsafe {
            (
                std::slice::from_raw_parts(base.add(l.codes).cast(), rows * textual),
                std::slice::from_raw_parts(base.add(l.ends).cast(), strings),
                std::slice::from_raw_parts(base.add(l.tags), l.bytes - l.tags),
            )
        };
        let nums = &self.cells[..l.codes / 8];
        let text = std::str::from_utf8(&self.text[..text_len])
            .map_err(|e| format!("the staged text is not UTF-8: {e}"))?;
        let Some(ends) = utf8_ends(text, ends)? else {
            return Ok(None);
        };
        let string = |code: u32| -> Result<&str, String> {
            let i = code as usize;
            if i >= ends.len() {
                return Err(format!("a text cell names string {i} of {strings}"));
            }
            Ok(&text[if i == 0 { 0 } else { ends[i - 1] }..ends[i]])
        };
        let opts = JsonOptions::default();
        let (mut num_col, mut text_col) = (0, 0);
        let mut cols: Vec<ArrayRef> = Vec::with_capacity(kinds.len());
        for (c, (kind, field)) in kinds.iter().zip(schema.fields()).enumerate() {
            let tag = &tags[c * rows..(c + 1) * rows];
            let num = if kind.numeric() {
                num_col += 1;
                &nums[(num_col - 1) * rows..num_col * rows]
            } else {
                &[][..]
            };
            let code = if kind.textual() {
                text_col += 1;
                &codes[(text_col - 1) * rows..text_col * rows]
            } else {
                &[][..]
            };
            // The string of each text cell (`None` for other cells).
            let mut texts: Vec<Option<&str>> = Vec::new();
            if kind.textual() {
                texts.reserve_exact(rows);
                for r in 0..rows {
                    texts.push(if tag[r] == TEXT {
                        Some(string(code[r])?)
                    } else {
                        None
                    });
                }
            }
            let num_at = |r: usize| (tag[r] == NUM).then(|| num[r]);
            let array: ArrayRef = match kind {
                Kind::F64 => Arc::new(prim::<Float64Type>(rows, num_at)),
                Kind::F32 => Arc::new(prim::<Float32Type>(rows, |r| num_at(r).map(|v| v as f32))),
                Kind::I64 => Arc::new(prim::<Int64Type>(rows, |r| num_at(r).map(|v| v as i64))),
                Kind::I32 => Arc::new(prim::<Int32Type>(rows, |r| num_at(r).map(|v| v as i32))),
                Kind::I16 => Arc::new(prim::<Int16Type>(rows, |r| num_at(r).map(|v| v as i16))),
                Kind::I8 => Arc::new(prim::<Int8Type>(rows, |r| num_at(r).map(|v| v as i8))),
                Kind::Bool => Arc::new(
                    (0..rows)
                        .map(|r| num_at(r).map(|v| v != 0.0))
                        .collect::<BooleanArray>(),
                ),
                Kind::Str => Arc::new(texts.iter().collect::<StringArray>()),
                Kind::Ts => {
                    // Each string parsed once, however many cells share it.
                    let mut parsed: Vec<Option<Option<i64>>> = vec![None; strings];
                    let v = prim::<TimestampMicrosecondType>(rows, |r| match tag[r] {
                        MILLIS => Some((num[r] as i64).saturating_mul(1000)),
                        SECONDS => Some((num[r] as i64).saturating_mul(1_000_000)),
                        TEXT => *parsed[code[r] as usize].get_or_insert_with(|| {
                            texts[r].and_then(|t| timestamp_of_string(t, &opts))
                        }),
                        _ => None,
                    });
                    let tz = match field.data_type() {
                        DataType::Timestamp(_, tz) => tz.clone(),
                        _ => None,
                    };
                    Arc::new(v.with_timezone_opt(tz))
                }
                Kind::Date => Arc::new(prim::<Date32Type>(rows, |r| {
                    texts[r].and_then(runnel_core::temporal::parse_date)
                })),
            };
            cols.push(array);
        }
        let opts = RecordBatchOptions::new().with_row_count(Some(rows));
        RecordBatch::try_new_with_options(schema.clone(), cols, &opts)
            .map(Some)
            .map_err(|e| e.to_string())
    }
}

/// A primitive array of `rows` values (zero under the NULLs, as arrow's builders leave them).
fn prim<T: ArrowPrimitiveType>(
    rows: usize,
    mut value: impl FnMut(usize) -> Option<T::Native>,
) -> PrimitiveArray<T> {
    let mut valid = BooleanBufferBuilder::new(rows);
    let values: Vec<T::Native> = (0..rows)
        .map(|r| {
            let v = value(r);
            valid.append(v.is_some());
            v.unwrap_or_default()
        })
        .collect();
    let nulls = NullBuffer::new(valid.finish());
    PrimitiveArray::new(values.into(), (nulls.null_count() > 0).then_some(nulls))
}

/// The text cells' ends as byte offsets into `text`, from the UTF-16 offsets JS counted
/// (`String.length`). `Ok(None)` when an end falls between the halves of a surrogate
/// pair; an error when the ends decrease or pass the text's end.
fn utf8_ends(text: &str, ends: &[u32]) -> Result<Option<Vec<usize>>, String> {
    let bad = || {
        format!(
            "the staged text cells' ends must rise within the text's {} bytes",
            text.len()
        )
    };
    if ends.windows(2).any(|w| w[0] > w[1]) {
        return Err(bad());
    }
    let last = ends.last().copied().unwrap_or(0) as usize;
    // ASCII text (the usual case): UTF-8 and UTF-16 offsets are the same, and only then
    // are the byte and unit counts equal.
    if text.is_ascii() {
        if last > text.len() {
            return Err(bad());
        }
        return Ok(Some(ends.iter().map(|&e| e as usize).collect()));
    }
    let mut out = Vec::with_capacity(ends.len());
    let mut chars = text.char_indices();
    let (mut unit, mut byte) = (0usize, 0usize);
    for &e in ends {
        let e = e as usize;
        while unit < e {
            let Some((i, ch)) = chars.next() else {
                return Err(bad());
            };
            unit += ch.len_utf16();
            byte = i + ch.len_utf8();
        }
        if unit != e {
            return Ok(None);
        }
        out.push(byte);
    }
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_ends_map_utf16_offsets_through_multibyte_characters() {
        // "é" is 1 unit / 2 bytes, "😀" 2 units / 4 bytes.
        let t = "aé😀b";
        assert_eq!(utf8_ends(t, &[1, 2, 4, 5]).unwrap(), Some(vec![1, 3, 7, 8]));
        assert_eq!(utf8_ends("abc", &[0, 2, 3]).unwrap(), Some(vec![0, 2, 3]));
    }

    #[test]
    fn utf8_ends_inside_a_surrogate_pair_ask_for_the_json_path() {
        assert_eq!(utf8_ends("😀", &[1, 2]).unwrap(), None);
    }

    #[test]
    fn utf8_ends_that_fall_or_overrun_are_errors() {
        assert!(utf8_ends("abc", &[2, 1]).is_err());
        assert!(utf8_ends("abc", &[4]).is_err());
        assert!(utf8_ends("é", &[2]).is_err());
    }

    #[test]
    fn kinds_refuse_nested_types_corrupt_columns_and_repeated_names() {
        use arrow_schema::Field;
        let s = |f: Vec<Field>| Schema::new(f);
        let ok = s(vec![
            Field::new("a", DataType::Utf8, true),
            Field::new(
                "t",
                DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
                true,
            ),
        ]);
        assert_eq!(kinds(&ok), Some(vec![Kind::Str, Kind::Ts]));
        assert_eq!(kinds_json(&ok), r#"[["a","str"],["t","ts"]]"#);
        let nested = s(vec![Field::new(
            "l",
            DataType::List(Arc::new(Field::new("item", DataType::Int32, true))),
            true,
        )]);
        assert_eq!(kinds(&nested), None);
        let corrupt = s(vec![Field::new("_corrupt_record", DataType::Utf8, true)]);
        assert_eq!(kinds(&corrupt), None);
        let twice = s(vec![
            Field::new("a", DataType::Utf8, true),
            Field::new("a", DataType::Int64, true),
        ]);
        assert_eq!(kinds(&twice), None);
    }

    #[test]
    fn staged_cells_become_the_columns_the_tags_say() {
        use arrow_array::Array;
        use arrow_array::cast::AsArray;
        use arrow_schema::Field;
        let schema = Arc::new(Schema::new(vec![
            Field::new(
                "t",
                DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into())),
                true,
            ),
            Field::new("s", DataType::Utf8, true),
            Field::new("n", DataType::Int32, true),
        ]));
        let k = kinds(&schema).unwrap();
        let mut st = Staging::default();
        let rows = 4;
        let p = st.cells_for(&k, rows);
        let l = layout(&k, rows);
        // Strings: 0 "2025-03-01 10:00:00", 1 "hé", 2 "é" (UTF-16 ends 19, 21, 22).
        unsafe {
            // number slots: t, n
            let nums = std::slice::from_raw_parts_mut(p.cast::<f64>(), 8);
            nums.copy_from_slice(&[1000.0, 2.0, 0.0, 0.0, 7.0, 0.0, -3.0, 1.0]);
            let codes = std::slice::from_raw_parts_mut(p.add(l.codes).cast::<u32>(), 8);
            codes.copy_from_slice(&[99, 99, 0, 0, 1, 99, 2, 1]);
            let ends = std::slice::from_raw_parts_mut(p.add(l.ends).cast::<u32>(), 3);
            ends.copy_from_slice(&[19, 21, 22]);
            let tags = std::slice::from_raw_parts_mut(p.add(l.tags), 12);
            tags.copy_from_slice(&[
                MILLIS, SECONDS, TEXT, TEXT, TEXT, NULL, TEXT, TEXT, NUM, NULL, NUM, NUM,
            ]);
        }
        let text = "2025-03-01 10:00:00héé";
        let tp = st.text_for(0, text.len());
        unsafe { std::ptr::copy_nonoverlapping(text.as_ptr(), tp, text.len()) };
        let b = st.batch(&schema, &k, 3, text.len()).unwrap().unwrap();
        let t = b.column(0).as_primitive::<TimestampMicrosecondType>();
        assert_eq!(t.value(0), 1_000_000);
        assert_eq!(t.value(1), 2_000_000);
        assert_eq!(
            (t.value(2), t.value(3)),
            (1_740_823_200_000_000, 1_740_823_200_000_000)
        );
        let s = b.column(1).as_string::<i32>();
        assert_eq!(
            (s.value(0), s.is_null(1), s.value(2), s.value(3)),
            ("hé", true, "é", "hé")
        );
        let n = b.column(2).as_primitive::<Int32Type>();
        assert_eq!((n.value(0), n.is_null(1), n.value(2)), (7, true, -3));
        // A text cell naming a string that was not staged is an error, not a panic.
        let p = st.cells_for(&k, rows);
        unsafe { *p.add(l.codes).cast::<u32>().add(2) = 3 };
        assert!(st.batch(&schema, &k, 3, text.len()).is_err());
    }
}
