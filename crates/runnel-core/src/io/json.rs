//! JSON lines → Arrow with Spark's reader semantics: a schema drives the
//! conversion; a value of the wrong type is a malformed record, handled by `mode`:
//! PERMISSIVE (NULL for the bad field, the rest kept, the raw line in the corrupt
//! record column if the schema has one), DROPMALFORMED (the row is dropped),
//! FAILFAST (the query fails, naming the file and line).
//!
//! The decoder is push-based like arrow-json's: it does not care where the bytes
//! come from, so files, HTTP bodies, WebSocket messages and Kafka values share it.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::builder::*;
use arrow_array::*;
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::error::{Result, RunnelError};
use crate::temporal;
use crate::types;

/// How malformed records are handled (Spark's `mode` option).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ParseMode {
    /// Keep the row, NULL for what could not be read.
    #[default]
    Permissive,
    /// Drop the row.
    DropMalformed,
    /// Fail the query.
    FailFast,
}

impl ParseMode {
    /// Parses Spark's option value (case-insensitive).
    pub fn parse(s: &str) -> Result<Self> {
        match s.to_ascii_uppercase().as_str() {
            "PERMISSIVE" => Ok(ParseMode::Permissive),
            "DROPMALFORMED" => Ok(ParseMode::DropMalformed),
            "FAILFAST" => Ok(ParseMode::FailFast),
            _ => Err(RunnelError::analysis_plain(format!(
                "mode must be one of PERMISSIVE, DROPMALFORMED, FAILFAST; got {s:?}"
            ))),
        }
    }
}

/// Reader options that matter for decoding.
#[derive(Debug, Clone)]
pub struct JsonOptions {
    /// Malformed-record handling.
    pub mode: ParseMode,
    /// Column that receives the raw text of a malformed record (`_corrupt_record`).
    pub corrupt_column: String,
    /// The whole input is one JSON document (an object or an array of objects).
    pub multi_line: bool,
    /// `timestampFormat`, when the user set one.
    pub timestamp_format: Option<String>,
    /// `allowNonNumericNumbers` (Spark's default: on): bare `NaN`, `Infinity`,
    /// `-Infinity`, `+Infinity`, `INF`, `+INF`, `-INF` tokens are values.
    pub allow_non_numeric: bool,
    /// The columns a query reads (Spark's `requiredSchema`), by name; `None` reads all.
    /// The others are NULL and their keys are skipped, not converted, so a value that
    /// does not fit their type does not make the record malformed (as in Spark).
    pub required: Option<std::sync::Arc<[String]>>,
    /// `allowUnquotedFieldNames` (Spark's default: off): `{a: 1}` reads as `{"a": 1}`.
    pub allow_unquoted_field_names: bool,
}

impl Default for JsonOptions {
    fn default() -> Self {
        JsonOptions {
            mode: ParseMode::Permissive,
            corrupt_column: "_corrupt_record".into(),
            multi_line: false,
            timestamp_format: None,
            allow_non_numeric: true,
            required: None,
            allow_unquoted_field_names: false,
        }
    }
}

/// One converted cell, before it is appended. Strings borrow from the input when
/// they have no escapes.
#[derive(Debug)]
enum Cell<'a> {
    Null,
    Bool(bool),
    I64(i64),
    F64(f64),
    Str(std::borrow::Cow<'a, str>),
    /// Boxed: cells are moved for every field of every row, and a JSON value is 4x the rest.
    Json(Box<serde_json::Value>),
}

impl Cell<'_> {
    fn into_json(self) -> Option<serde_json::Value> {
        match self {
            Cell::Json(v) => Some(*v),
            _ => None,
        }
    }
}

/// A column builder, typed for the common types so appending needs no downcast.
enum ColBuilder {
    F64(Float64Builder),
    I64(Int64Builder),
    Str(StringBuilder),
    Ts(TimestampMicrosecondBuilder),
    Bool(BooleanBuilder),
    Other(Box<dyn ArrayBuilder>),
}

impl ColBuilder {
    fn new(dt: &DataType) -> Self {
        match dt {
            DataType::Float64 => ColBuilder::F64(Float64Builder::with_capacity(8192)),
            DataType::Int64 => ColBuilder::I64(Int64Builder::with_capacity(8192)),
            DataType::Utf8 => ColBuilder::Str(StringBuilder::with_capacity(8192, 8192 * 8)),
            DataType::Timestamp(..) => {
                ColBuilder::Ts(TimestampMicrosecondBuilder::with_capacity(8192))
            }
            DataType::Boolean => ColBuilder::Bool(BooleanBuilder::with_capacity(8192)),
            other => ColBuilder::Other(make_builder(other, 1024)),
        }
    }

    fn append(&mut self, dt: &DataType, c: Cell) -> Result<()> {
        match (self, c) {
            (ColBuilder::F64(b), Cell::F64(v)) => b.append_value(v),
            (ColBuilder::F64(b), _) => b.append_null(),
            (ColBuilder::I64(b), Cell::I64(v)) => b.append_value(v),
            (ColBuilder::I64(b), _) => b.append_null(),
            (ColBuilder::Str(b), Cell::Str(v)) => b.append_value(v),
            (ColBuilder::Str(b), _) => b.append_null(),
            (ColBuilder::Ts(b), Cell::I64(v)) => b.append_value(v),
            (ColBuilder::Ts(b), _) => b.append_null(),
            (ColBuilder::Bool(b), Cell::Bool(v)) => b.append_value(v),
            (ColBuilder::Bool(b), _) => b.append_null(),
            (ColBuilder::Other(b), c) => {
                append(b.as_mut(), dt, c)?;
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> ArrayRef {
        match self {
            ColBuilder::F64(b) => Arc::new(b.finish()),
            ColBuilder::I64(b) => Arc::new(b.finish()),
            ColBuilder::Str(b) => Arc::new(b.finish()),
            ColBuilder::Ts(b) => Arc::new(b.finish()),
            ColBuilder::Bool(b) => Arc::new(b.finish()),
            ColBuilder::Other(b) => b.finish(),
        }
    }
}

/// Decodes JSON lines into batches of a fixed schema.
pub struct JsonDecoder {
    schema: SchemaRef,
    options: JsonOptions,
    corrupt_index: Option<usize>,
    /// Data fields read (not the corrupt record column, nor columns pruned by
    /// [`JsonOptions::required`]): name, position, type.
    fields: Vec<(String, usize, DataType)>,
    builders: Vec<ColBuilder>,
    /// Per column: decoded (else pruned, and NULL when flushed).
    read: Vec<bool>,
    rows: usize,
    /// No two data fields share a name, so [`scan_flat_row`] may guess a key's field
    /// from the previous key's.
    unique_names: bool,
    /// Per data field: its name has nothing JSON escapes (a quote, a backslash, a control
    /// character), so the key that names it is its bytes between quotes.
    plain_keys: Vec<bool>,
}

impl JsonDecoder {
    /// A decoder for `schema`.
    pub fn new(schema: SchemaRef, options: JsonOptions) -> Self {
        let corrupt_index = schema
            .fields()
            .iter()
            .position(|f| f.name() == &options.corrupt_column && f.data_type() == &DataType::Utf8);
        let fields = schema
            .fields()
            .iter()
            .enumerate()
            .filter(|(i, _)| Some(*i) != corrupt_index)
            .filter(|(_, f)| {
                options
                    .required
                    .as_ref()
                    .is_none_or(|r| r.iter().any(|n| n == f.name()))
            })
            .map(|(i, f)| (f.name().clone(), i, f.data_type().clone()))
            .collect::<Vec<_>>();
        let unique_names = fields
            .iter()
            .enumerate()
            .all(|(i, f)| fields[..i].iter().all(|g| g.0 != f.0));
        let builders = schema
            .fields()
            .iter()
            .map(|f| ColBuilder::new(f.data_type()))
            .collect();
        let read = (0..schema.fields().len())
            .map(|i| Some(i) == corrupt_index || fields.iter().any(|f| f.1 == i))
            .collect();
        let plain_keys = fields
            .iter()
            .map(|f| f.0.bytes().all(|c| c != b'"' && c != b'\\' && c >= 0x20))
            .collect();
        JsonDecoder {
            schema,
            options,
            corrupt_index,
            fields,
            builders,
            read,
            rows: 0,
            unique_names,
            plain_keys,
        }
    }

    /// Decodes every line of `data`; `source` names the input in errors (`file.json`).
    pub fn decode(&mut self, data: &[u8], source: &str) -> Result<()> {
        if self.options.multi_line {
            return self.decode_document(data, source);
        }
        self.decode_from_line(data, source, 0)
    }

    /// Decodes JSON lines that start after `lines_before` lines of their source (for error positions).
    pub fn decode_from_line(
        &mut self,
        data: &[u8],
        source: &str,
        lines_before: usize,
    ) -> Result<()> {
        let mut cells: Vec<Cell> = Vec::with_capacity(self.schema.fields().len());
        // No pass over the whole chunk to check its UTF-8 first: the flat-line fast path
        // checks the strings it takes that are not ASCII (the rest of a line it takes is
        // ASCII by its grammar), and every other line is checked on its own before serde
        // reads it.
        let (mut pos, mut lineno) = (0, lines_before);
        let mut stamps = TimestampCache::default();
        while pos < data.len() {
            lineno += 1;
            let rest = &data[pos..];
            if self.unique_names {
                cells.clear();
                cells.extend((0..self.builders.len()).map(|_| Cell::Null));
                if let Some((corrupt, end)) = scan_flat_row(
                    rest,
                    &self.fields,
                    &self.plain_keys,
                    &self.options,
                    &mut cells,
                    &mut stamps,
                ) {
                    let line = &rest[..end];
                    let line = line.strip_suffix(b"\r").unwrap_or(line);
                    self.finish_row(&mut cells, corrupt, line, source, lineno)?;
                    pos += end + 1;
                    continue;
                }
            }
            let end = rest.iter().position(|b| *b == b'\n').unwrap_or(rest.len());
            pos += end + 1;
            let line = &rest[..end];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            // Parsing from `&str` spares serde_json a check per string and raw value.
            match std::str::from_utf8(line) {
                Ok(text) => {
                    let de = serde_json::Deserializer::from_str(text);
                    self.decode_into(de, line, source, lineno, &mut cells)?;
                }
                Err(_) => {
                    let de = serde_json::Deserializer::from_slice(line);
                    self.decode_into(de, line, source, lineno, &mut cells)?;
                }
            }
        }
        Ok(())
    }

    fn decode_document(&mut self, data: &[u8], source: &str) -> Result<()> {
        match serde_json::from_slice::<serde_json::Value>(data) {
            Ok(serde_json::Value::Array(items)) => {
                for it in items {
                    let text = it.to_string();
                    self.decode_line(text.as_bytes(), source, 1)?;
                }
                Ok(())
            }
            _ => self.decode_line(data, source, 1),
        }
    }

    /// Decodes one record.
    pub fn decode_line(&mut self, line: &[u8], source: &str, lineno: usize) -> Result<()> {
        let mut cells = Vec::new();
        let de = serde_json::Deserializer::from_slice(line);
        self.decode_into(de, line, source, lineno, &mut cells)
    }

    fn decode_into<'a, R: serde_json::de::Read<'a>>(
        &mut self,
        mut de: serde_json::Deserializer<R>,
        line: &'a [u8],
        source: &str,
        lineno: usize,
        cells: &mut Vec<Cell<'a>>,
    ) -> Result<()> {
        let (parsed, corrupt) = self.parse_row(&mut de, cells);
        if !parsed
            && self.options.allow_unquoted_field_names
            && let Some(quoted) = quote_field_names(line)
        {
            // Parsed again with the field names quoted (then non-numeric tokens too).
            let quoted = match self.options.allow_non_numeric {
                true => quote_non_numeric(quoted.as_bytes()).unwrap_or(quoted),
                false => quoted,
            };
            let mut again = Vec::new();
            let mut de = serde_json::Deserializer::from_slice(quoted.as_bytes());
            let (parsed, corrupt) = self.parse_row(&mut de, &mut again);
            if parsed {
                return self.finish_row(&mut again, corrupt, line, source, lineno);
            }
        }
        if !parsed
            && self.options.allow_non_numeric
            && let Some(quoted) = quote_non_numeric(line)
        {
            // Parsed again with the bare tokens quoted; the cells borrow from it.
            let mut again = Vec::new();
            let mut de = serde_json::Deserializer::from_slice(quoted.as_bytes());
            let (parsed, corrupt) = self.parse_row(&mut de, &mut again);
            if parsed {
                return self.finish_row(&mut again, corrupt, line, source, lineno);
            }
        }
        self.finish_row(cells, corrupt || !parsed, line, source, lineno)
    }

    /// Reads one record into `cells` (all NULL when it is not a JSON object): whether it
    /// parsed, and whether a field could not be converted.
    fn parse_row<'b, R: serde_json::de::Read<'b>>(
        &self,
        de: &mut serde_json::Deserializer<R>,
        cells: &mut Vec<Cell<'b>>,
    ) -> (bool, bool) {
        let n = self.schema.fields().len();
        cells.clear();
        cells.extend((0..n).map(|_| Cell::Null));
        let mut corrupt = false;
        let parsed = {
            let seed = RowSeed {
                fields: &self.fields,
                cells,
                corrupt: &mut corrupt,
                options: &self.options,
            };
            match seed.deserialize(&mut *de) {
                // Spark's parser reads the first JSON value of a record; what follows it
                // (`{"a":1} x`, `{"a":1}{"a":2}`) is not looked at.
                Ok(true) => true,
                _ => false,
            }
        };
        if !parsed {
            cells.iter_mut().for_each(|c| *c = Cell::Null);
        }
        (parsed, corrupt)
    }

    /// Applies the parse mode to a row and appends it.
    fn finish_row(
        &mut self,
        cells: &mut Vec<Cell<'_>>,
        corrupt: bool,
        line: &[u8],
        source: &str,
        lineno: usize,
    ) -> Result<()> {
        if corrupt {
            match self.options.mode {
                ParseMode::DropMalformed => return Ok(()),
                ParseMode::FailFast => {
                    let text = String::from_utf8_lossy(line);
                    return Err(RunnelError::execution(
                        "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
                        format!(
                            "Malformed records are detected in record parsing: [{text}] ({source}, line {lineno}). Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'."
                        ),
                    ));
                }
                ParseMode::Permissive => {
                    if let Some(ci) = self.corrupt_index {
                        cells[ci] = Cell::Str(std::borrow::Cow::Owned(
                            String::from_utf8_lossy(line).into_owned(),
                        ));
                    }
                }
            }
        }
        for (i, c) in cells.drain(..).enumerate() {
            if self.read[i] {
                let dt = self.schema.field(i).data_type();
                self.builders[i].append(dt, c)?;
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Rows decoded since the last flush.
    pub fn len(&self) -> usize {
        self.rows
    }

    /// True when nothing is buffered.
    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// The rows decoded so far, as one batch.
    pub fn flush(&mut self) -> Result<RecordBatch> {
        let cols: Vec<ArrayRef> = self
            .builders
            .iter_mut()
            .zip(self.schema.fields())
            .zip(&self.read)
            .map(|((b, f), read)| {
                if !read {
                    return Ok(arrow_array::new_null_array(f.data_type(), self.rows));
                }
                let a = b.finish();
                if a.data_type() != f.data_type() {
                    fix_type(a, f.data_type())
                } else {
                    Ok(a)
                }
            })
            .collect::<Result<_>>()?;
        let opts = RecordBatchOptions::new().with_row_count(Some(self.rows));
        self.rows = 0;
        Ok(RecordBatch::try_new_with_options(
            self.schema.clone(),
            cols,
            &opts,
        )?)
    }
}

/// Builders for timestamps lose the time zone; put it back.
fn fix_type(a: ArrayRef, dt: &DataType) -> Result<ArrayRef> {
    Ok(match dt {
        DataType::Timestamp(_, Some(tz)) => {
            use arrow_array::cast::AsArray;
            Arc::new(
                a.as_primitive::<arrow_array::types::TimestampMicrosecondType>()
                    .clone()
                    .with_timezone(tz.clone()),
            )
        }
        _ => {
            let data = a.to_data().into_builder().data_type(dt.clone()).build()?;
            make_array(data)
        }
    })
}

/// Visits one JSON object, converting the schema's fields into `cells` as it goes.
struct RowSeed<'s, 'a> {
    fields: &'s [(String, usize, DataType)],
    cells: &'s mut Vec<Cell<'a>>,
    corrupt: &'s mut bool,
    options: &'s JsonOptions,
}

impl<'de: 'a, 'a> DeserializeSeed<'de> for RowSeed<'_, 'a> {
    type Value = bool;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> std::result::Result<bool, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de: 'a, 'a> Visitor<'de> for RowSeed<'_, 'a> {
    type Value = bool;
    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<bool, A::Error> {
        while let Some(k) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match self
                .fields
                .iter()
                .find(|(n, _, _)| n.as_str() == k.as_ref())
            {
                Some((_, i, dt)) => {
                    let raw: &'de RawValue = map.next_value()?;
                    self.cells[*i] = match convert_raw(raw.get(), dt, self.options) {
                        Ok(c) => c,
                        Err(_) => {
                            *self.corrupt = true;
                            Cell::Null
                        }
                    };
                }
                None => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
            }
        }
        Ok(true)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(
        self,
        mut seq: A,
    ) -> std::result::Result<bool, A::Error> {
        while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
        Ok(false)
    }
    fn visit_bool<E>(self, _: bool) -> std::result::Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E>(self, _: i64) -> std::result::Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E>(self, _: u64) -> std::result::Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E>(self, _: f64) -> std::result::Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E>(self, _: &str) -> std::result::Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E>(self) -> std::result::Result<bool, E> {
        Ok(false)
    }
}

type ConvResult<'a> = std::result::Result<Cell<'a>, ()>;

/// Reads the common shape of a JSON line without serde: one flat object whose keys have
/// no escapes and whose values are strings without escapes, numbers, `true`, `false` or
/// `null`, with JSON's whitespace between tokens, from the start of `line` to its first
/// line end. The schema's fields go into `cells` (which holds one `Null` per column) as
/// [`RowSeed`] puts them, through [`convert_token`] on the same token text (a later
/// duplicate key wins, as there); returns whether a field could not be converted and the
/// index of the line's end (its `\n`, or the end of `line`). `None` for anything else
/// (escapes, nested values, bare non-numeric tokens, control characters, a string that
/// is not UTF-8, a line that is not JSON): the general parser reads those, so what is
/// malformed is decided in one place. `plain_keys`: per field, whether its name has
/// nothing JSON escapes ([`JsonDecoder`]'s).
fn scan_flat_row<'a>(
    line: &'a [u8],
    fields: &[(String, usize, DataType)],
    plain_keys: &[bool],
    opts: &JsonOptions,
    cells: &mut [Cell<'a>],
    stamps: &mut TimestampCache,
) -> Option<(bool, usize)> {
    let b = line;
    // JSON's whitespace but the line end.
    let ws = |mut i: usize| {
        while let Some(b' ' | b'\t' | b'\r') = b.get(i) {
            i += 1;
        }
        i
    };
    let mut i = ws(0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = ws(i + 1);
    let mut corrupt = false;
    // Keys usually come in the schema's order: try the field after the last one first.
    let mut guess = 0usize;
    if b.get(i) == Some(&b'}') {
        i += 1;
    } else {
        loop {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let i_key = i;
            // The key expected next, when its name is plain, is compared in place: its
            // bytes followed by a quote are that key (and UTF-8, as the name is), so the
            // key is not scanned first.
            let expected = fields
                .get(guess)
                .filter(|_| plain_keys[guess])
                .and_then(|f| {
                    let name = f.0.as_bytes();
                    let end = i + 1 + name.len();
                    (b.get(end) == Some(&b'"') && short_eq(&b[i + 1..end], name)).then_some(end + 1)
                });
            let (key_end, key_ascii, field) = match expected {
                Some(end) => (end, true, Some(guess)),
                None => {
                    let (key_end, key_ascii) = plain_string_end(b, i)?;
                    let key = &b[i + 1..key_end - 1];
                    let is_key = |f: &(String, usize, DataType)| short_eq(f.0.as_bytes(), key);
                    (key_end, key_ascii, fields.iter().position(is_key))
                }
            };
            i = ws(key_end);
            if b.get(i) != Some(&b':') {
                return None;
            }
            i = ws(i + 1);
            let start = i;
            let mut ascii = true;
            i = match *b.get(i)? {
                b'"' => {
                    let (end, a) = plain_string_end(b, i)?;
                    ascii = a;
                    end
                }
                b'-' | b'0'..=b'9' => number_end(b, i)?,
                b't' => literal_end(b, i, b"true")?,
                b'f' => literal_end(b, i, b"false")?,
                b'n' => literal_end(b, i, b"null")?,
                _ => return None,
            };
            if let Some(k) = field {
                guess = k + 1;
                let (_, ci, dt) = &fields[k];
                let token = &b[start..i];
                let value = if token == b"null" {
                    Ok(Cell::Null)
                } else if matches!(dt, DataType::Timestamp(..)) && token[0] == b'"' {
                    match TimestampCache::key(*ci, token) {
                        Some(key) => match stamps.get(&key) {
                            Some(v) => Ok(Cell::I64(v)),
                            None => {
                                let v = convert_token(utf8_token(token, ascii)?, true, dt, opts);
                                if let Ok(Cell::I64(v)) = v {
                                    stamps.put(key, v);
                                }
                                v
                            }
                        },
                        None => convert_token(utf8_token(token, ascii)?, true, dt, opts),
                    }
                } else {
                    convert_token(utf8_token(token, ascii)?, true, dt, opts)
                };
                cells[*ci] = value.unwrap_or_else(|_| {
                    corrupt = true;
                    Cell::Null
                });
            } else {
                // A key or value that is not read is still checked, as serde would.
                utf8_token(&b[i_key + 1..key_end - 1], key_ascii)?;
                utf8_token(&b[start..i], ascii)?;
            }
            i = ws(i);
            match *b.get(i)? {
                b',' => i = ws(i + 1),
                b'}' => {
                    i += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    let end = ws(i);
    matches!(b.get(end), None | Some(b'\n')).then_some((corrupt, end))
}

/// The timestamps [`scan_flat_row`] read last, by column and string token (quotes
/// included, up to 32 bytes): a stream's rows repeat a timestamp (the events of one
/// second), and comparing its text is cheaper than parsing it again. Direct-mapped; it
/// lives for one call of [`JsonDecoder::decode_from_line`], so the session time zone and
/// the options a token was read with are the same for every lookup.
struct TimestampCache {
    /// Per slot: a [`StampKey`]'s words and tag (`u64::MAX` when empty), the value.
    slots: Vec<([u64; 4], u64, i64)>,
}

/// [`TimestampCache`]'s size, 2^9 slots: a stream's distinct timestamps over a few minutes.
const STAMP_BITS: u32 = 9;

/// A token's place in [`TimestampCache`]: its bytes as four words (zero-padded), its
/// length and column, its slot.
struct StampKey([u64; 4], u64, usize);

impl Default for TimestampCache {
    fn default() -> Self {
        TimestampCache {
            slots: vec![([0; 4], u64::MAX, 0); 1 << STAMP_BITS],
        }
    }
}

impl TimestampCache {
    /// The key of `token` in `column`; `None` when it is too long to be held.
    fn key(column: usize, token: &[u8]) -> Option<StampKey> {
        if token.len() > 32 {
            return None;
        }
        let mut bytes = [0u8; 32];
        bytes[..token.len()].copy_from_slice(token);
        let w = |i: usize| {
            let mut x = [0u8; 8];
            x.copy_from_slice(&bytes[8 * i..8 * i + 8]);
            u64::from_le_bytes(x)
        };
        let words = [w(0), w(1), w(2), w(3)];
        let tag = token.len() as u64 | ((column as u64) << 8);
        let h = (words[0] ^ words[1].rotate_left(21) ^ words[2].rotate_left(42) ^ words[3] ^ tag)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15);
        // The product's top bits: each depends on every bit of the words.
        let slot = (h >> (64 - STAMP_BITS)) as usize;
        Some(StampKey(words, tag, slot))
    }

    fn get(&self, key: &StampKey) -> Option<i64> {
        let (w, t, v) = &self.slots[key.2];
        (*t == key.1 && *w == key.0).then_some(*v)
    }

    fn put(&mut self, key: StampKey, value: i64) {
        self.slots[key.2] = (key.0, key.1, value);
    }
}

/// A token of [`scan_flat_row`] as text (`ascii`: it is known to be ASCII): `None` when
/// it is not UTF-8.
fn utf8_token(t: &[u8], ascii: bool) -> Option<&str> {
    if ascii {
        debug_assert!(t.is_ascii());
        // SAFETY: the scan saw only ASCII bytes in the token, and ASCII is UTF-8.
        Some(unsafe { std::str::from_utf8_unchecked(t) })
    } else {
        std::str::from_utf8(t).ok()
    }
}

/// `a == b` for the short keys of JSON objects, without a call to `memcmp`.
fn short_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// The index after the string that opens at `b[i]` (a `"`), when it has no escape and no
/// control character (which JSON does not allow unescaped), and whether it is ASCII.
fn plain_string_end(b: &[u8], i: usize) -> Option<(usize, bool)> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut j = i + 1;
    // Eight bytes at a time while none is a quote, a backslash, a control character or
    // not ASCII (a word with one, or a false positive next to one, goes byte by byte).
    while let Some(w) = b.get(j..j + 8) {
        let x = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
        let below = |v: u64, n: u8| v.wrapping_sub(ONES * n as u64) & !v & HIGH;
        let special = below(x ^ (ONES * b'"' as u64), 1)
            | below(x ^ (ONES * b'\\' as u64), 1)
            | below(x, 0x20)
            | (x & HIGH);
        if special != 0 {
            break;
        }
        j += 8;
    }
    let mut ascii = true;
    loop {
        match *b.get(j)? {
            b'"' => return Some((j + 1, ascii)),
            b'\\' | 0..=0x1f => return None,
            c => {
                ascii &= c.is_ascii();
                j += 1;
            }
        }
    }
}

/// The index after the JSON number that starts at `b[i]`: `-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?`.
fn number_end(b: &[u8], mut i: usize) -> Option<usize> {
    let digits = |mut i: usize| {
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        i
    };
    if b[i] == b'-' {
        i += 1;
    }
    i = match *b.get(i)? {
        b'0' => i + 1,
        b'1'..=b'9' => digits(i + 1),
        _ => return None,
    };
    if b.get(i) == Some(&b'.') {
        let end = digits(i + 1);
        if end == i + 1 {
            return None;
        }
        i = end;
    }
    if let Some(b'e' | b'E') = b.get(i) {
        i += 1;
        if let Some(b'+' | b'-') = b.get(i) {
            i += 1;
        }
        let end = digits(i);
        if end == i {
            return None;
        }
        i = end;
    }
    Some(i)
}

/// The index after `word` when it stands at `b[i]`.
fn literal_end(b: &[u8], i: usize, word: &[u8]) -> Option<usize> {
    b[i..].starts_with(word).then_some(i + word.len())
}

/// The line with JSON's non-numeric number tokens (`NaN`, `Infinity`, `-Infinity`,
/// `+Infinity`, `INF`, `+INF`, `-INF`) quoted where they stand as values, outside
/// strings; `None` when it has none.
/// `line` with each bare field name (`{a: 1, b_2 : 2}`: a letter, `_` or `$`, then
/// letters, digits, `_` or `$`, before a `:`) in quotes; None when it has none.
pub(crate) fn quote_field_names(line: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(line).ok()?;
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let (mut i, mut last, mut found, mut in_string) = (0, 0, false, false);
    let mut prev = b' ';
    let ident = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c == b'$';
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        if b == b'"' {
            in_string = true;
            prev = b;
            i += 1;
            continue;
        }
        if matches!(prev, b'{' | b',') && (b.is_ascii_alphabetic() || b == b'_' || b == b'$') {
            let end = i + bytes[i..].iter().take_while(|c| ident(**c)).count();
            let colon = end
                + bytes[end..]
                    .iter()
                    .take_while(|c| c.is_ascii_whitespace())
                    .count();
            if bytes.get(colon) == Some(&b':') {
                out.push_str(&text[last..i]);
                out.push('"');
                out.push_str(&text[i..end]);
                out.push('"');
                last = end;
                found = true;
            }
            prev = b'a';
            i = end;
            continue;
        }
        if !b.is_ascii_whitespace() {
            prev = b;
        }
        i += 1;
    }
    out.push_str(&text[last..]);
    found.then_some(out)
}

fn quote_non_numeric(line: &[u8]) -> Option<String> {
    const TOKENS: [&str; 7] = [
        "-Infinity",
        "+Infinity",
        "Infinity",
        "-INF",
        "+INF",
        "INF",
        "NaN",
    ];
    let text = std::str::from_utf8(line).ok()?;
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let (mut i, mut last, mut found) = (0, 0, false);
    let mut in_string = false;
    // The last significant character outside strings: a value follows ':', '[' or ','.
    let mut prev = b' ';
    while i < bytes.len() {
        let b = bytes[i];
        if in_string {
            match b {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        if b == b'"' {
            in_string = true;
            prev = b'"';
            i += 1;
            continue;
        }
        if matches!(prev, b':' | b'[' | b',')
            && let Some(t) = TOKENS.iter().find(|t| text[i..].starts_with(**t))
        {
            let end = i + t.len();
            let ends_token = bytes.get(end).is_none_or(|c| !c.is_ascii_alphanumeric());
            if ends_token {
                out.push_str(&text[last..i]);
                out.push('"');
                out.push_str(t);
                out.push('"');
                last = end;
                found = true;
                prev = b'"';
                i = end;
                continue;
            }
        }
        if !b.is_ascii_whitespace() {
            prev = b;
        }
        i += 1;
    }
    if !found {
        return None;
    }
    out.push_str(&text[last..]);
    Some(out)
}

fn is_int_token(t: &str) -> bool {
    let t = t.strip_prefix('-').unwrap_or(t);
    !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())
}

fn is_number_token(t: &str) -> bool {
    t.starts_with(|c: char| c == '-' || c.is_ascii_digit())
}

/// The value of the string token `t`; `plain`: it is known to have no escapes.
fn json_string(t: &str, plain: bool) -> std::result::Result<std::borrow::Cow<'_, str>, ()> {
    if plain || !t.contains('\\') {
        return Ok(std::borrow::Cow::Borrowed(&t[1..t.len() - 1]));
    }
    serde_json::from_str::<String>(t)
        .map(std::borrow::Cow::Owned)
        .map_err(|_| ())
}

/// A JSON string value read as a timestamp (`timestampFormat` when set, else Spark's
/// default forms), text without an offset in the session time zone: microseconds, or
/// `None` when it is not one (the field is malformed). The npm package's columns from
/// JS objects read their strings with it too.
pub fn timestamp_of_string(s: &str, opts: &JsonOptions) -> Option<i64> {
    timestamp_of_string_in(s, opts, temporal::session_zone())
}

/// [`timestamp_of_string`] with `zone` for text without an offset (UTC for a
/// `timestamp_ntz`: its wall-clock time as is).
pub fn timestamp_of_string_in(s: &str, opts: &JsonOptions, zone: temporal::Zone) -> Option<i64> {
    if s.is_empty() {
        return None;
    }
    match &opts.timestamp_format {
        Some(f) => temporal::parse_with_pattern(s, f, zone)
            .ok()
            .flatten()
            .or_else(|| temporal::parse_timestamp_in(s, zone)),
        None => temporal::parse_timestamp_fast(s, zone)
            .or_else(|| temporal::parse_timestamp_in(s, zone)),
    }
}

fn convert_raw<'a>(raw: &'a str, dt: &DataType, opts: &JsonOptions) -> ConvResult<'a> {
    let t = raw.trim();
    if t == "null" {
        return Ok(Cell::Null);
    }
    convert_token(t, false, dt, opts)
}

/// A JSON value's token (trimmed, not `null`) as a cell of type `dt`; `plain`: a string
/// token is known to have no escapes.
fn convert_token<'a>(t: &'a str, plain: bool, dt: &DataType, opts: &JsonOptions) -> ConvResult<'a> {
    let json_string = |t| json_string(t, plain);
    let is_str = t.starts_with('"');
    match dt {
        DataType::Utf8 => {
            if is_str {
                json_string(t).map(Cell::Str)
            } else {
                Ok(Cell::Str(std::borrow::Cow::Borrowed(t)))
            }
        }
        DataType::Float64 | DataType::Float32 => {
            if is_number_token(t) {
                t.parse::<f64>().map(Cell::F64).map_err(|_| ())
            } else if is_str {
                match json_string(t)?.as_ref() {
                    "NaN" => Ok(Cell::F64(f64::NAN)),
                    "Infinity" | "+Infinity" | "+INF" | "INF" => Ok(Cell::F64(f64::INFINITY)),
                    "-Infinity" | "-INF" => Ok(Cell::F64(f64::NEG_INFINITY)),
                    _ => Err(()),
                }
            } else {
                Err(())
            }
        }
        DataType::Int64 | DataType::Int32 | DataType::Int16 | DataType::Int8 => {
            if !is_int_token(t) {
                return Err(());
            }
            let v: i64 = t.parse().map_err(|_| ())?;
            let ok = match dt {
                DataType::Int32 => i32::try_from(v).is_ok(),
                DataType::Int16 => i16::try_from(v).is_ok(),
                DataType::Int8 => i8::try_from(v).is_ok(),
                _ => true,
            };
            if ok { Ok(Cell::I64(v)) } else { Err(()) }
        }
        DataType::Boolean => match t {
            "true" => Ok(Cell::Bool(true)),
            "false" => Ok(Cell::Bool(false)),
            _ => Err(()),
        },
        DataType::Timestamp(_, tz) => {
            if is_str {
                let zone = match tz {
                    Some(_) => temporal::session_zone(),
                    None => temporal::Zone::UTC,
                };
                timestamp_of_string_in(&json_string(t)?, opts, zone)
                    .map(Cell::I64)
                    .ok_or(())
            } else if is_int_token(t) {
                t.parse::<i64>()
                    .map(|s| Cell::I64(s.saturating_mul(1_000_000)))
                    .map_err(|_| ())
            } else {
                Err(())
            }
        }
        DataType::Date32 => {
            if is_str {
                temporal::parse_date(&json_string(t)?)
                    .map(|d| Cell::I64(d as i64))
                    .ok_or(())
            } else {
                Err(())
            }
        }
        DataType::Decimal128(p, s) => {
            // Spark's JacksonParser: a number as Jackson's exact BigDecimal; a string as
            // `new BigDecimal(text without its commas)` (no spaces, no NaN); either
            // rounded HALF_UP to the scale, and a value that does not fit the precision
            // makes the record malformed.
            let text = if is_str {
                let s = json_string(t)?;
                if s.contains(',') {
                    std::borrow::Cow::Owned(s.replace(',', ""))
                } else {
                    s
                }
            } else {
                std::borrow::Cow::Borrowed(t)
            };
            if text.starts_with(crate::expr::cast::is_java_space)
                || text.ends_with(crate::expr::cast::is_java_space)
            {
                return Err(());
            }
            crate::expr::cast::parse_decimal(&text, *p, *s).map_err(|_| ())?;
            Ok(Cell::Str(text))
        }
        DataType::Struct(_) | DataType::List(_) | DataType::Map(_, _) | DataType::Binary => {
            let v: serde_json::Value = serde_json::from_str(t).map_err(|_| ())?;
            check_nested(&v, dt)?;
            Ok(Cell::Json(Box::new(v)))
        }
        DataType::Null => Ok(Cell::Null),
        _ => Err(()),
    }
}

/// A nested value must fit its type; the row is malformed otherwise.
fn check_nested(v: &serde_json::Value, dt: &DataType) -> std::result::Result<(), ()> {
    use serde_json::Value as J;
    match (v, dt) {
        (J::Null, _) => Ok(()),
        (J::Object(m), DataType::Struct(fields)) => {
            for f in fields {
                if let Some(x) = m.get(f.name()) {
                    check_nested(x, f.data_type())?;
                }
            }
            Ok(())
        }
        (J::Array(items), DataType::List(f)) => items
            .iter()
            .try_for_each(|x| check_nested(x, f.data_type())),
        (J::Object(m), DataType::Map(f, _)) => match f.data_type() {
            DataType::Struct(kv) => m
                .values()
                .try_for_each(|x| check_nested(x, kv[1].data_type())),
            _ => Err(()),
        },
        (J::String(_), DataType::Binary) => Ok(()),
        // Binary takes only a string (Spark: VALUE_STRING); else convert_raw would come back here.
        (_, DataType::Struct(_) | DataType::List(_) | DataType::Map(_, _) | DataType::Binary) => {
            Err(())
        }
        (x, t) => convert_raw(&x.to_string(), t, &JsonOptions::default()).map(|_| ()),
    }
}

/// Appends `c` to the builder of a `dt` column; whether it stored a value (not a NULL):
/// a map's keys may not be NULL (Arrow's map builder panics on one).
fn append(b: &mut dyn ArrayBuilder, dt: &DataType, c: Cell) -> Result<bool> {
    macro_rules! stored {
        ($b:expr, $v:expr) => {{
            let v = $v;
            let is_value = v.is_some();
            $b.append_option(v);
            is_value
        }};
    }
    macro_rules! bld {
        ($t:ty) => {
            b.as_any_mut()
                .downcast_mut::<$t>()
                .ok_or_else(|| RunnelError::internal("JSON builder of the wrong type"))?
        };
    }
    Ok(match dt {
        DataType::Utf8 => {
            let b = bld!(StringBuilder);
            stored!(
                b,
                match c {
                    Cell::Str(s) => Some(s),
                    _ => None,
                }
            )
        }
        DataType::Float64 => {
            let b = bld!(Float64Builder);
            stored!(
                b,
                match c {
                    Cell::F64(v) => Some(v),
                    _ => None,
                }
            )
        }
        DataType::Float32 => {
            let b = bld!(Float32Builder);
            stored!(
                b,
                match c {
                    Cell::F64(v) => Some(v as f32),
                    _ => None,
                }
            )
        }
        DataType::Int64 => {
            let b = bld!(Int64Builder);
            stored!(
                b,
                match c {
                    Cell::I64(v) => Some(v),
                    _ => None,
                }
            )
        }
        DataType::Int32 => {
            let b = bld!(Int32Builder);
            stored!(
                b,
                match c {
                    Cell::I64(v) => Some(v as i32),
                    _ => None,
                }
            )
        }
        DataType::Int16 => {
            let b = bld!(Int16Builder);
            stored!(
                b,
                match c {
                    Cell::I64(v) => Some(v as i16),
                    _ => None,
                }
            )
        }
        DataType::Int8 => {
            let b = bld!(Int8Builder);
            stored!(
                b,
                match c {
                    Cell::I64(v) => Some(v as i8),
                    _ => None,
                }
            )
        }
        DataType::Boolean => {
            let b = bld!(BooleanBuilder);
            stored!(
                b,
                match c {
                    Cell::Bool(v) => Some(v),
                    _ => None,
                }
            )
        }
        DataType::Timestamp(..) => {
            let b = bld!(TimestampMicrosecondBuilder);
            stored!(
                b,
                match c {
                    Cell::I64(v) => Some(v),
                    _ => None,
                }
            )
        }
        DataType::Date32 => {
            let b = bld!(Date32Builder);
            stored!(
                b,
                match c {
                    Cell::I64(v) => Some(v as i32),
                    _ => None,
                }
            )
        }
        DataType::Decimal128(p, s) => {
            let b = bld!(Decimal128Builder);
            stored!(
                b,
                match c {
                    Cell::Str(text) => crate::expr::cast::parse_decimal(&text, *p, *s).ok(),
                    _ => None,
                }
            )
        }
        DataType::Struct(fields) => {
            let b = bld!(StructBuilder);
            append_struct(b, fields, c.into_json())?
        }
        DataType::List(f) => {
            let b = bld!(ListBuilder<Box<dyn ArrayBuilder>>);
            match c.into_json() {
                Some(serde_json::Value::Array(items)) => {
                    for it in items {
                        let cell = json_to_cell(it, f.data_type());
                        append(b.values().as_mut(), f.data_type(), cell)?;
                    }
                    b.append(true);
                    true
                }
                _ => {
                    b.append(false);
                    false
                }
            }
        }
        DataType::Map(f, _) => {
            let DataType::Struct(kv) = f.data_type() else {
                crate::internal_err!("map entries are not a struct")
            };
            let b = bld!(MapBuilder<Box<dyn ArrayBuilder>, Box<dyn ArrayBuilder>>);
            match c.into_json() {
                Some(serde_json::Value::Object(m)) => {
                    for (k, v) in m {
                        // A JSON object's keys are text; a map with keys of another type
                        // (what a Python UDF's dict gives) reads each key as a JSON value.
                        let key = match kv[0].data_type() {
                            DataType::Utf8 => Cell::Str(std::borrow::Cow::Owned(k)),
                            kt => serde_json::from_str(&k)
                                .map(|j| json_to_cell(j, kt))
                                .unwrap_or(Cell::Null),
                        };
                        if !append(b.keys().as_mut(), kv[0].data_type(), key)? {
                            return Err(RunnelError::execution(
                                "NULL_MAP_KEY",
                                format!(
                                    "Cannot use null as map key: a key of the map<{}, ...> is NULL or not a {}. Give every entry a key of the map's key type.",
                                    types::simple_string(kv[0].data_type()),
                                    types::simple_string(kv[0].data_type())
                                ),
                            ));
                        }
                        let cell = json_to_cell(v, kv[1].data_type());
                        append(b.values().as_mut(), kv[1].data_type(), cell)?;
                    }
                    b.append(true)?;
                    true
                }
                _ => {
                    b.append(false)?;
                    false
                }
            }
        }
        DataType::Binary => {
            let b = bld!(BinaryBuilder);
            stored!(
                b,
                match c.into_json() {
                    Some(serde_json::Value::String(s)) => Some(s.into_bytes()),
                    _ => None,
                }
            )
        }
        DataType::Null => {
            let b = bld!(NullBuilder);
            b.append_null();
            false
        }
        other => {
            return Err(RunnelError::not_supported(format!(
                "reading JSON into {}",
                types::simple_string(other)
            )));
        }
    })
}

fn json_to_cell(v: serde_json::Value, dt: &DataType) -> Cell<'static> {
    use serde_json::Value as J;
    match (&v, dt) {
        (J::Null, _) => Cell::Null,
        (_, DataType::Struct(_) | DataType::List(_) | DataType::Map(_, _) | DataType::Binary) => {
            Cell::Json(Box::new(v))
        }
        _ => match convert_raw(&v.to_string(), dt, &JsonOptions::default()) {
            Ok(Cell::Str(s)) => Cell::Str(std::borrow::Cow::Owned(s.into_owned())),
            Ok(Cell::Json(j)) => Cell::Json(j),
            Ok(Cell::I64(i)) => Cell::I64(i),
            Ok(Cell::F64(f)) => Cell::F64(f),
            Ok(Cell::Bool(b)) => Cell::Bool(b),
            _ => Cell::Null,
        },
    }
}

fn append_struct(
    b: &mut StructBuilder,
    fields: &Fields,
    v: Option<serde_json::Value>,
) -> Result<bool> {
    match v {
        Some(serde_json::Value::Object(mut m)) => {
            for (i, f) in fields.iter().enumerate() {
                let cell = m
                    .remove(f.name())
                    .map(|x| json_to_cell(x, f.data_type()))
                    .unwrap_or(Cell::Null);
                let child = b.field_builders_mut()[i].as_mut();
                append(child, f.data_type(), cell)?;
            }
            b.append(true);
            Ok(true)
        }
        _ => {
            for (i, f) in fields.iter().enumerate() {
                let child = b.field_builders_mut()[i].as_mut();
                append(child, f.data_type(), Cell::Null)?;
            }
            b.append(false);
            Ok(false)
        }
    }
}

/// Spark's JSON schema inference (batch reads, `schemaInference`): numbers become
/// bigint or double, objects structs with fields sorted by name, anything mixed with
/// a string becomes a string, and a field that is only ever NULL a string.
pub fn infer_schema(inputs: &[&[u8]], multi_line: bool) -> Result<Schema> {
    let mut acc: Option<DataType> = None;
    let mut saw_corrupt = false;
    let mut visit = |v: &serde_json::Value, saw_corrupt: &mut bool| match v {
        serde_json::Value::Object(_) => acc = merge(acc.take(), infer_value(v)),
        _ => *saw_corrupt = true,
    };
    for data in inputs {
        if multi_line {
            match serde_json::from_slice::<serde_json::Value>(data) {
                Ok(serde_json::Value::Array(items)) => {
                    items.iter().for_each(|v| visit(v, &mut saw_corrupt))
                }
                Ok(v) => visit(&v, &mut saw_corrupt),
                Err(_) => saw_corrupt = true,
            }
            continue;
        }
        for line in data.split(|b| *b == b'\n') {
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            match serde_json::from_slice::<serde_json::Value>(line) {
                Ok(v) => visit(&v, &mut saw_corrupt),
                Err(_) => saw_corrupt = true,
            }
        }
    }
    let mut fields: Vec<Field> = match acc {
        Some(DataType::Struct(f)) => f.iter().map(|f| finalize(f.as_ref().clone())).collect(),
        _ => Vec::new(),
    };
    if saw_corrupt {
        fields.push(Field::new("_corrupt_record", DataType::Utf8, true));
        fields.sort_by(|a, b| a.name().cmp(b.name()));
    }
    Ok(Schema::new(fields))
}

/// `schema_of_json`'s answer: the type Spark infers for one JSON document (fields
/// sorted, NULL-only fields as strings), or None when it does not parse.
pub fn infer_document(text: &str) -> Option<DataType> {
    let v: serde_json::Value = serde_json::from_str(text).ok()?;
    let t = match &v {
        // A top-level array: its elements' merged type.
        serde_json::Value::Array(items) => {
            let mut t: Option<DataType> = None;
            for it in items {
                t = merge(t, infer_value(it));
            }
            types::list_of(t.unwrap_or(DataType::Null))
        }
        v => infer_value(v),
    };
    Some(finalize(Field::new("v", t, true)).data_type().clone())
}

fn finalize(f: Field) -> Field {
    let dt = match f.data_type() {
        DataType::Null => DataType::Utf8,
        DataType::Struct(fs) => {
            DataType::Struct(fs.iter().map(|x| finalize(x.as_ref().clone())).collect())
        }
        DataType::List(e) => types::list_of(finalize(e.as_ref().clone()).data_type().clone()),
        other => other.clone(),
    };
    f.with_data_type(dt)
}

fn infer_value(v: &serde_json::Value) -> DataType {
    use serde_json::Value as J;
    match v {
        J::Null => DataType::Null,
        J::Bool(_) => DataType::Boolean,
        J::Number(n) => {
            if n.is_i64() {
                DataType::Int64
            } else if let Some(u) = n.as_u64() {
                // Past a long: Spark's BIG_INTEGER, a decimal of its digits.
                DataType::Decimal128(u.to_string().len() as u8, 0)
            } else {
                DataType::Float64
            }
        }
        J::String(_) => DataType::Utf8,
        J::Array(items) => {
            let mut t: Option<DataType> = None;
            for it in items {
                t = merge(t, infer_value(it));
            }
            types::list_of(t.unwrap_or(DataType::Null))
        }
        J::Object(m) => {
            let mut fields: Vec<Field> = m
                .iter()
                .map(|(k, x)| Field::new(k, infer_value(x), true))
                .collect();
            fields.sort_by(|a, b| a.name().cmp(b.name()));
            DataType::Struct(fields.into())
        }
    }
}

fn merge(a: Option<DataType>, b: DataType) -> Option<DataType> {
    let Some(a) = a else { return Some(b) };
    Some(match (a, b) {
        (x, y) if x == y => x,
        (DataType::Null, y) => y,
        (x, DataType::Null) => x,
        (DataType::Int64, DataType::Float64) | (DataType::Float64, DataType::Int64) => {
            DataType::Float64
        }
        (DataType::Int64, DataType::Decimal128(p, 0))
        | (DataType::Decimal128(p, 0), DataType::Int64) => DataType::Decimal128(p.max(20), 0),
        (DataType::Decimal128(p, 0), DataType::Decimal128(q, 0)) => {
            DataType::Decimal128(p.max(q), 0)
        }
        (DataType::Float64, DataType::Decimal128(..))
        | (DataType::Decimal128(..), DataType::Float64) => DataType::Float64,
        (DataType::Struct(fa), DataType::Struct(fb)) => {
            let mut map: BTreeMap<String, DataType> = fa
                .iter()
                .map(|f| (f.name().clone(), f.data_type().clone()))
                .collect();
            for f in fb.iter() {
                let merged =
                    merge(map.remove(f.name()), f.data_type().clone()).unwrap_or(DataType::Utf8);
                map.insert(f.name().clone(), merged);
            }
            DataType::Struct(
                map.into_iter()
                    .map(|(k, t)| Field::new(k, t, true))
                    .collect(),
            )
        }
        (DataType::List(x), DataType::List(y)) => types::list_of(
            merge(Some(x.data_type().clone()), y.data_type().clone()).unwrap_or(DataType::Utf8),
        ),
        _ => DataType::Utf8,
    })
}

#[cfg(test)]
mod tests {

    #[test]
    fn unquoted_field_names_are_quoted_only_where_they_name_a_field() {
        assert_eq!(
            super::quote_field_names(br#"{a:123, $b_2 : "x:y", "c": {d: [1, "e:f"]}}"#).as_deref(),
            Some(r#"{"a":123, "$b_2" : "x:y", "c": {"d": [1, "e:f"]}}"#)
        );
        assert_eq!(super::quote_field_names(br#"{"a": 1}"#), None);
    }
    use arrow_array::cast::AsArray;

    use super::*;

    #[test]
    fn bare_non_numeric_tokens_are_quoted_where_they_are_values() {
        let q = |l: &str| quote_non_numeric(l.as_bytes());
        assert_eq!(
            q(r#"{"a": NaN, "b": [1, -Infinity,+INF]}"#).as_deref(),
            Some(r#"{"a": "NaN", "b": [1, "-Infinity","+INF"]}"#)
        );
        assert_eq!(
            q(r#"{"a": "NaN, x: NaN", "b\"": 1}"#),
            None,
            "inside strings"
        );
        assert_eq!(q(r#"{"a": NaNa}"#), None, "part of a longer word");
        assert_eq!(q(r#"{"a": 1}"#), None);
        assert_eq!(
            q(r#"{"s": "q\\", "a":INF}"#).as_deref(),
            Some(r#"{"s": "q\\", "a":"INF"}"#)
        );
    }

    fn schema() -> SchemaRef {
        Arc::new(
            types::parse_ddl_schema("timestamp TIMESTAMP, category STRING, value DOUBLE").unwrap(),
        )
    }

    const INPUT: &str = "{\"timestamp\": \"2025-03-01T10:01:00Z\", \"category\": \"a\", \"value\": 1.5}\n{\"timestamp\": \"2025-03-01T10:02:00Z\", \"category\": \"b\", \"value\": \"oops\"}\n{not json\n{\"timestamp\": \"2025-03-01T10:03:00Z\", \"category\": \"c\"}\n";

    #[test]
    fn permissive_keeps_partial_rows() {
        let mut d = JsonDecoder::new(schema(), JsonOptions::default());
        d.decode(INPUT.as_bytes(), "t.json").unwrap();
        let b = d.flush().unwrap();
        assert_eq!(b.num_rows(), 4);
        assert_eq!(b.column(1).as_string::<i32>().value(1), "b");
        assert!(b.column(2).is_null(1));
        assert!(b.column(1).is_null(2));
    }

    #[test]
    fn dropmalformed_and_failfast() {
        let mut d = JsonDecoder::new(
            schema(),
            JsonOptions {
                mode: ParseMode::DropMalformed,
                ..Default::default()
            },
        );
        d.decode(INPUT.as_bytes(), "t.json").unwrap();
        assert_eq!(d.flush().unwrap().num_rows(), 2);
        let mut d = JsonDecoder::new(
            schema(),
            JsonOptions {
                mode: ParseMode::FailFast,
                ..Default::default()
            },
        );
        let e = d.decode(INPUT.as_bytes(), "t.json").unwrap_err();
        assert!(e.message.contains("t.json, line 2"), "{}", e.message);
    }

    #[test]
    fn pruned_keys_are_skipped_not_converted_on_both_paths() {
        // Line 1 takes the fast path, line 2 (a nested value) the general parser; the
        // values of the pruned `value` do not fit a double, line 3 is not JSON.
        let input = concat!(
            "{\"id\": 1, \"value\": \"oops\", \"category\": \"a\"}\n",
            "{\"id\": 2, \"value\": {\"x\": [1]}, \"category\": \"b\"}\n",
            "{\"id\": 3, \"value\": \n",
        );
        let schema: SchemaRef = Arc::new(
            types::parse_ddl_schema(
                "id INT, value DOUBLE, category STRING, _corrupt_record STRING",
            )
            .unwrap(),
        );
        let read = |mode, required: Option<&[&str]>| {
            let options = JsonOptions {
                mode,
                required: required.map(|r| r.iter().map(|s| s.to_string()).collect()),
                ..Default::default()
            };
            let mut d = JsonDecoder::new(schema.clone(), options);
            d.decode(input.as_bytes(), "t.json")
                .map(|_| d.flush().unwrap())
        };
        let pruned = Some(&["id", "category"][..]);
        let b = read(ParseMode::DropMalformed, pruned).unwrap();
        assert_eq!(b.num_rows(), 2);
        assert_eq!(b.column(1).null_count(), 2, "the pruned column is NULL");
        assert_eq!(b.column(2).as_string::<i32>().value(1), "b");
        let b = read(ParseMode::Permissive, pruned).unwrap();
        let corrupt = b.column(3).as_string::<i32>();
        assert_eq!(
            (corrupt.is_null(0), corrupt.is_null(1), corrupt.value(2)),
            (true, true, "{\"id\": 3, \"value\": "),
            "only the line that is not JSON is corrupt"
        );
        let e = read(ParseMode::FailFast, pruned).unwrap_err();
        assert!(e.message.contains("line 3"), "{}", e.message);
        // Unpruned, the bad values make lines 1 and 2 malformed.
        assert_eq!(read(ParseMode::DropMalformed, None).unwrap().num_rows(), 0);
    }

    /// A schema of every kind of column the fast path may meet.
    fn wide_schema() -> SchemaRef {
        Arc::new(
            types::parse_ddl_schema(
                "timestamp TIMESTAMP, category STRING, value DOUBLE, n INT, b BOOLEAN, \
                 big BIGINT, d DATE, dec DECIMAL(5,2), s STRUCT<x: INT>, arr ARRAY<INT>, \
                 _corrupt_record STRING",
            )
            .unwrap(),
        )
    }

    /// The fast path's reading of `line` and the general parser's, when the fast path takes
    /// the line: parsed?, corrupt?, the cells.
    fn both_paths(d: &JsonDecoder, line: &str) -> Option<(String, String)> {
        let n = d.builders.len();
        let mut fast: Vec<Cell> = (0..n).map(|_| Cell::Null).collect();
        let mut stamps = TimestampCache::default();
        let (corrupt, end) = scan_flat_row(
            line.as_bytes(),
            &d.fields,
            &d.plain_keys,
            &d.options,
            &mut fast,
            &mut stamps,
        )?;
        assert_eq!(end, line.len(), "{line}");
        let mut slow = Vec::new();
        let mut de = serde_json::Deserializer::from_str(line);
        let (parsed, slow_corrupt) = d.parse_row(&mut de, &mut slow);
        Some((
            format!("true {corrupt} {fast:?}"),
            format!("{parsed} {slow_corrupt} {slow:?}"),
        ))
    }

    #[test]
    fn fast_path_reads_flat_lines_as_the_general_parser_does() {
        let d = JsonDecoder::new(wide_schema(), JsonOptions::default());
        let taken = [
            r#"{"timestamp": "2025-03-01T10:01:00Z", "category": "a", "value": 1.5}"#,
            r#"  {"value":-0.0e+5,"category":"ü ✓","timestamp":"2025-03-01 10:01:00.123456"}  "#,
            r#"{}"#,
            r#"{"n": 2147483648, "b": true, "big": -12, "d": "2025-02-30"}"#,
            r#"{"n": "1", "b": null, "dec": 123.456, "dec": "1.5", "s": 3, "arr": "x"}"#,
            r#"{"category": 12.50, "value": "oops", "other": false, "timestamp": 1740823200}"#,
            r#"{"category":"a","category":"b"}"#,
            // Strings over a word long (read eight bytes at a time): DEL, non-ASCII late.
            "{\"category\": \"abcdefghijklmnop\u{7f}qrstuvwxyz\", \"timestamp\": \"2025-03-01T10:01:00.000Z\"}",
            r#"{"category": "abcdefghijklmnopqrstuvwxyzü", "aaaaaaaaaaaaaaaaaaaaaaaü": 1}"#,
        ];
        for line in taken {
            let (fast, slow) = both_paths(&d, line).unwrap_or_else(|| panic!("not taken: {line}"));
            assert_eq!(fast, slow, "{line}");
        }
        let left = [
            r#"{"category": "a\"b"}"#,
            r#"{"value": NaN}"#,
            r#"{"value": 01}"#,
            r#"{"value": 1.}"#,
            r#"{"value": -}"#,
            r#"{"s": {"x": 1}}"#,
            r#"{"arr": [1]}"#,
            "{\"category\": \"tab\there\"}",
            r#"{"value": 1,}"#,
            r#"{"value": 1} x"#,
            r#"{"value": nul}"#,
            r#"[1, 2]"#,
            "\u{feff}{}",
            r#"{"value" 1}"#,
            r#"{"category": "abcdefghijklmnop\"qrstuvwxyz"}"#,
            "{\"category\": \"abcdefghijklmnopqrs\ttuvwxyz\"}",
            "{\"category\": \"abcdefghijklmnopqrs\u{1f}\"}",
            "{\"category\": \"abcdefghijklmnopqrstuvwxyz",
        ];
        for line in left {
            assert!(both_paths(&d, line).is_none(), "taken: {line}");
        }
    }

    /// `input` decoded by `options`, with the fast path and with the general parser only:
    /// the batches (debug-printed) or the errors.
    fn decoded_both_ways(input: impl AsRef<[u8]>, options: JsonOptions) -> (String, String) {
        let run = |fast: bool| {
            let mut d = JsonDecoder::new(wide_schema(), options.clone());
            d.unique_names &= fast;
            match d.decode_from_line(input.as_ref(), "t.json", 3) {
                Ok(()) => format!("{:?}", d.flush().unwrap()),
                Err(e) => e.to_string(),
            }
        };
        (run(true), run(false))
    }

    #[test]
    fn timestamp_cache_holds_a_stream_s_last_two_minutes_of_seconds() {
        // 120 consecutive seconds (a stream's timestamps while late events arrive): most
        // keep a slot of their own, so every later event of those seconds is a hit.
        let mut cache = TimestampCache::default();
        let token = |s: i64| format!("\"2025-03-01T10:{:02}:{:02}.000Z\"", s / 60, s % 60);
        for s in 0..120 {
            cache.put(TimestampCache::key(0, token(s).as_bytes()).unwrap(), s);
        }
        let held = (0..120)
            .filter(|&s| {
                cache.get(&TimestampCache::key(0, token(s).as_bytes()).unwrap()) == Some(s)
            })
            .count();
        assert!(held >= 95, "{held} of 120 held");
        assert!(TimestampCache::key(0, &[b'1'; 33]).is_none());
    }

    #[test]
    fn repeated_timestamps_read_per_column_zone_as_without_the_cache() {
        // The same texts in a TIMESTAMP (session zone) and a TIMESTAMP_NTZ column, over and
        // over, next to texts the cache cannot hold (too long) or that are not timestamps.
        let schema = Arc::new(
            types::parse_ddl_schema("a TIMESTAMP, b TIMESTAMP_NTZ, _corrupt_record STRING")
                .unwrap(),
        );
        let texts = [
            "2025-03-01T10:00:00.000Z",
            "2025-03-01 10:00:00",
            "2025-03-01T10:00:00.123456+05:30",
            "2025-03-01T10:00:00.123456789+05:30",
            "not a time",
            "2025-03-01T10:00:01",
        ];
        let mut input = String::new();
        for i in 0..600 {
            let (x, y) = (texts[i % texts.len()], texts[(i / 7) % texts.len()]);
            input.push_str(&format!("{{\"a\": \"{x}\", \"b\": \"{y}\"}}\n"));
        }
        let _zone = crate::temporal::ZoneScope::enter(
            crate::temporal::Zone::parse("America/Los_Angeles").unwrap(),
            "America/Los_Angeles",
        );
        let run = |fast: bool| {
            let mut d = JsonDecoder::new(schema.clone(), JsonOptions::default());
            d.unique_names &= fast;
            d.decode(input.as_bytes(), "t.json").unwrap();
            format!("{:?}", d.flush().unwrap())
        };
        let (fast, slow) = (run(true), run(false));
        assert_eq!(fast, slow);
        // The zone matters: 10:00 in Los Angeles is not 10:00 UTC.
        assert!(fast.contains("2025-03-01T18:00:00") && fast.contains("2025-03-01T10:00:00"));
    }

    #[test]
    fn bytes_that_are_not_utf8_decode_the_same_with_and_without_the_fast_path() {
        // No check of the whole chunk first: the fast path checks its non-ASCII strings,
        // read or not; a line with bytes that are not UTF-8 is malformed either way.
        let mut input = Vec::new();
        input.extend_from_slice("{\"category\": \"ü ✓\", \"value\": 1}\n".as_bytes());
        input.extend_from_slice(b"{\"category\": \"\xff\xfe\", \"value\": 2}\n");
        input.extend_from_slice(b"{\"other\": \"\xc3\", \"value\": 3}\n");
        input.extend_from_slice(b"{\"\xe2\x9c\": 1, \"value\": 4}\n");
        input.extend_from_slice(b"{\"value\": 5, \"x\": \xc3\xbc}\n");
        input.extend_from_slice("{\"other\": \"ü\", \"value\": 6}".as_bytes());
        for mode in [
            ParseMode::Permissive,
            ParseMode::DropMalformed,
            ParseMode::FailFast,
        ] {
            let options = JsonOptions {
                mode,
                ..Default::default()
            };
            let (fast, slow) = decoded_both_ways(&input, options);
            assert_eq!(fast, slow, "{mode:?}");
        }
        let (fast, _) = decoded_both_ways(&input, JsonOptions::default());
        // Lines 2, 4 and 5 are malformed: their text (lossily) in _corrupt_record. Line 3's
        // bad bytes are in a field that is not read, which serde skips unchecked.
        assert_eq!(fast.matches('\u{fffd}').count(), 3, "{fast}");
        assert_eq!(fast.matches("\"{\\\"").count(), 3, "{fast}");
        assert!(fast.contains("\"ü ✓\""), "{fast}");
        let failfast = JsonOptions {
            mode: ParseMode::FailFast,
            ..Default::default()
        };
        assert!(
            decoded_both_ways(&input, failfast)
                .0
                .contains("t.json, line 5")
        );
    }

    #[test]
    fn chunks_decode_the_same_with_and_without_the_fast_path() {
        let input = concat!(
            "{\"timestamp\": \"2025-03-01T10:01:00Z\", \"category\": \"a\", \"value\": 1.5}\r\n",
            "\n",
            "   \r\n",
            "{\"category\": \"b\", \"value\": \"oops\", \"n\": 7}\n",
            "{\"category\": \"c\"\n",
            "{\"category\": \"d\\\"\", \"value\": NaN}  \n",
            "{\"n\": 1, \"b\": false}\t\r\n",
            "{\"value\": 2}\n",
            "{\"value\": 3}",
        );
        for mode in [
            ParseMode::Permissive,
            ParseMode::DropMalformed,
            ParseMode::FailFast,
        ] {
            let options = JsonOptions {
                mode,
                ..Default::default()
            };
            let (fast, slow) = decoded_both_ways(input, options);
            assert_eq!(fast, slow, "{mode:?}");
        }
        let (fast, _) = decoded_both_ways(input, JsonOptions::default());
        assert!(
            fast.contains(r#"{\"category\": \"b\", \"value\": \"oops\", \"n\": 7}"#),
            "{fast}"
        );
        let failfast = JsonOptions {
            mode: ParseMode::FailFast,
            ..Default::default()
        };
        assert!(
            decoded_both_ways(input, failfast)
                .0
                .contains("t.json, line 7")
        );
    }

    #[test]
    fn keys_are_matched_in_place_only_when_their_names_need_no_escapes() {
        // Names with a quote, a backslash or a control character are JSON-escaped in a
        // key, so their bytes never stand in the line as they are; a non-ASCII name does.
        let schema: SchemaRef = Arc::new(Schema::new(vec![
            Field::new("caté", DataType::Utf8, true),
            Field::new("a\"b", DataType::Int64, true),
            Field::new("c\\d", DataType::Int64, true),
            Field::new("e\u{1}", DataType::Int64, true),
            Field::new("v", DataType::Int64, true),
        ]));
        let d = JsonDecoder::new(schema, JsonOptions::default());
        assert_eq!(d.plain_keys, [true, false, false, false, true]);
        for line in [
            r#"{"caté": "x", "a\"b": 1, "c\\d": 2, "e\u0001": 3, "v": 4}"#,
            r#"{"caté": "x", "v": 4}"#,
            r#"{"cat": "x", "catéé": "y", "v": 4}"#,
            r#"{"v": 4, "caté": "x"}"#,
            r#"{"caté": "x", "v": "no"}"#,
            r#"{"a\"b": 1}"#,
            "{\"caté\": \"x\", \"v\": 4, \"a\\\"b\u{1}\": 1}",
        ] {
            match both_paths(&d, line) {
                Some((fast, general)) => assert_eq!(fast, general, "{line}"),
                // Not taken by the fast path: escapes (or a control character) in a key.
                None => assert!(line.contains('\\'), "{line}"),
            }
        }
        // Whole lines through the decoder, with and without the fast path.
        let input = "{\"caté\": \"x\", \"a\\\"b\": 1, \"v\": 4}\n{\"caté\": \"y\", \"v\": 5}\n";
        let run = |fast: bool| {
            let mut d = JsonDecoder::new(d.schema.clone(), JsonOptions::default());
            d.unique_names &= fast;
            d.decode(input.as_bytes(), "t.json").unwrap();
            format!("{:?}", d.flush().unwrap())
        };
        let (fast, general) = (run(true), run(false));
        assert_eq!(fast, general);
        assert!(fast.contains("[\n  1,\n  null,\n]"), "{fast}");
    }

    proptest::proptest! {
        /// Lines made of JSON-ish pieces, valid or not: whenever the fast path takes one,
        /// the general parser reads it the same way.
        #[test]
        fn fast_path_agrees_with_the_general_parser(
            pieces in proptest::collection::vec(0usize..PIECES.len(), 0..24),
        ) {
            let d = JsonDecoder::new(wide_schema(), JsonOptions::default());
            let line: String = pieces.iter().map(|&i| PIECES[i]).collect();
            if let Some((fast, slow)) = both_paths(&d, &line) {
                proptest::prop_assert_eq!(fast, slow, "{}", line);
            }
        }

        /// Objects of key-value pairs drawn from lists (most of them valid JSON).
        #[test]
        fn fast_path_agrees_on_objects(
            pairs in proptest::collection::vec(
                (0usize..KEYS.len(), 0usize..VALUES.len(), 0usize..4),
                0..8,
            ),
        ) {
            let d = JsonDecoder::new(wide_schema(), JsonOptions::default());
            let ws = [" ", "", "\t", "  "];
            let body: Vec<String> = pairs
                .iter()
                .map(|&(k, v, w)| format!("{}{}:{}{}", ws[w], KEYS[k], ws[(w + 1) % 4], VALUES[v]))
                .collect();
            let line = format!("{{{}}}", body.join(","));
            if let Some((fast, slow)) = both_paths(&d, &line) {
                proptest::prop_assert_eq!(fast, slow, "{}", line);
            }
        }
    }

    const KEYS: &[&str] = &[
        r#""timestamp""#,
        r#""category""#,
        r#""value""#,
        r#""n""#,
        r#""b""#,
        r#""big""#,
        r#""d""#,
        r#""dec""#,
        r#""s""#,
        r#""arr""#,
        r#""zz""#,
        r#""""#,
        r#""_corrupt_record""#,
        r#""Value""#,
        r#""values""#,
        r#""valu""#,
        r#""val\u0075e""#,
        r#""value"#,
        "\"caté\"",
    ];

    const VALUES: &[&str] = &[
        r#""2025-03-01T10:00:00Z""#,
        r#""2025-03-01T10:00:00.5+01:00""#,
        r#""2025-13-01""#,
        r#""x""#,
        r#""""#,
        r#""a\"b""#,
        "1",
        "-0",
        "01",
        "1.5e3",
        "1.",
        "-",
        "1e",
        "1E+2",
        "12345678901234567890123",
        "true",
        "false",
        "null",
        "nul",
        "NaN",
        "-Infinity",
        "[1]",
        r#"{"x":1}"#,
        "\"\u{1}\"",
        "0.1",
        "-7",
        "2147483648",
        r#""1.50""#,
        r#""true""#,
    ];

    const PIECES: &[&str] = &[
        "{",
        "}",
        ":",
        ",",
        " ",
        "\t",
        r#""timestamp""#,
        r#""category""#,
        r#""value""#,
        r#""n""#,
        r#""b""#,
        r#""zz""#,
        r#""2025-03-01T10:00:00Z""#,
        r#""x""#,
        r#""a\"b""#,
        "1",
        "-0",
        "01",
        "1.5e3",
        "1.",
        "-",
        "true",
        "null",
        "nul",
        "NaN",
        "[1]",
        r#"{"x":1}"#,
        "\"\u{1}\"",
        r#""""#,
        "1e",
        "[",
        "]",
    ];

    #[test]
    fn infers_sorted_fields() {
        let s = infer_schema(&[b"{\"b\": 1, \"a\": \"x\"}\n{\"b\": 2.5}\n"], false).unwrap();
        let names: Vec<_> = s
            .fields()
            .iter()
            .map(|f| format!("{}:{}", f.name(), types::simple_string(f.data_type())))
            .collect();
        assert_eq!(names, ["a:string", "b:double"]);
    }
}
