//! Spark 4's built-in `xml` format: the reader (batch and streaming; a given schema or
//! Spark's inference, as `XmlInferSchema`) and the writer (`rowTag`/`rootTag`), with
//! `quick-xml`.
//!
//! Reading: every element named `rowTag` (required, `XML_ROW_TAG_MISSING` as Spark) is a
//! row. Its attributes are fields named `attributePrefix` + name (`_id`), unless
//! `excludeAttribute`; child elements are fields by name, a name repeated in one element is
//! an array; text beside children or attributes is the `valueTag` field (`_VALUE`).
//! Inferred types (per value, then merged over rows as Spark's `compatibleType`): empty →
//! null type, then bigint, double, boolean, date, timestamp, else string; fields sorted by
//! name; null type read as string. A value that does not convert to its field's type, or a
//! file that is not well-formed XML, is a malformed record: PERMISSIVE keeps the row (that
//! value NULL; for a file that breaks off, one row with the rest NULL) with the record's
//! text in `_corrupt_record` (when the schema has it; inference adds it when a file has
//! malformed records, as Spark's), DROPMALFORMED drops it, FAILFAST fails naming the file.

use std::collections::BTreeMap;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::{Array, ArrayRef, BooleanArray, RecordBatch, StringArray, StructArray};
use arrow_buffer::{NullBuffer, OffsetBuffer};
use arrow_schema::{DataType, Field, Fields, Schema, SchemaRef};
use quick_xml::events::{BytesStart, Event};

use crate::error::{Result, RunnelError};
use crate::expr::cast::cast_array;

/// The XML options Spark reads (keys case-insensitive).
#[derive(Debug, Clone)]
pub struct XmlOptions {
    /// The row element's name (`rowTag`); required to read.
    pub row_tag: Option<String>,
    /// The root element of written files (`rootTag`, `ROWS`).
    pub root_tag: String,
    /// The prefix of attribute fields (`attributePrefix`, `_`).
    pub attribute_prefix: String,
    /// The field of an element's text beside attributes or children (`valueTag`, `_VALUE`).
    pub value_tag: String,
    /// Leave attributes out (`excludeAttribute`, false).
    pub exclude_attribute: bool,
    /// Trim values (`ignoreSurroundingSpaces`, true in Spark 4).
    pub ignore_spaces: bool,
    /// `PERMISSIVE`, `DROPMALFORMED` or `FAILFAST`.
    pub mode: String,
    /// The corrupt record column (`columnNameOfCorruptRecord`).
    pub corrupt_column: String,
    /// Infer types (`inferSchema`, true); false reads every value as a string.
    pub infer_types: bool,
    /// The text that stands for NULL (`nullValue`): read as NULL, written for NULLs.
    pub null_value: Option<String>,
    /// Names without their namespace prefix (`ignoreNamespace`, false).
    pub ignore_namespace: bool,
    /// `dateFormat` and `timestampFormat` (Spark's patterns), when given.
    pub date_format: Option<String>,
    /// See `date_format`.
    pub timestamp_format: Option<String>,
    /// The written XML declaration's content (`declaration`); empty: none.
    pub declaration: String,
}

impl XmlOptions {
    /// The options of a read or write; `conf` answers session settings.
    pub fn from_options(
        o: &BTreeMap<String, String>,
        conf: impl Fn(&str) -> Option<String>,
    ) -> Self {
        let get = |k: &str| {
            o.iter()
                .find(|(x, _)| x.eq_ignore_ascii_case(k))
                .map(|(_, v)| v.clone())
        };
        let flag = |k: &str, d: bool| get(k).map(|v| v.eq_ignore_ascii_case("true")).unwrap_or(d);
        XmlOptions {
            row_tag: get("rowTag").map(|s| s.trim().to_string()),
            root_tag: get("rootTag").unwrap_or_else(|| "ROWS".into()),
            attribute_prefix: get("attributePrefix").unwrap_or_else(|| "_".into()),
            value_tag: get("valueTag").unwrap_or_else(|| "_VALUE".into()),
            exclude_attribute: flag("excludeAttribute", false),
            ignore_spaces: flag("ignoreSurroundingSpaces", true),
            mode: get("mode")
                .unwrap_or_else(|| "PERMISSIVE".into())
                .to_ascii_uppercase(),
            corrupt_column: get("columnNameOfCorruptRecord")
                .or_else(|| conf("spark.sql.columnNameOfCorruptRecord"))
                .unwrap_or_else(|| "_corrupt_record".into()),
            infer_types: flag("inferSchema", true),
            null_value: get("nullValue"),
            ignore_namespace: flag("ignoreNamespace", false),
            date_format: get("dateFormat"),
            timestamp_format: get("timestampFormat"),
            declaration: get("declaration")
                .unwrap_or_else(|| "version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"".into()),
        }
    }

    /// The row tag, or Spark's error when it is missing.
    pub fn row_tag(&self) -> Result<&str> {
        self.row_tag.as_deref().filter(|t| !t.is_empty()).ok_or_else(|| {
            RunnelError::analysis(
                "XML_ROW_TAG_MISSING",
                "`rowTag` option is required for reading/writing files in XML format. Give the name of the element that holds one row: .option(\"rowTag\", \"person\").",
            )
        })
    }
}

/// One element: attributes, child elements in order, and its text.
#[derive(Debug, Default)]
struct Node {
    attrs: Vec<(String, String)>,
    children: Vec<(String, Node)>,
    text: String,
}

impl Node {
    fn is_leaf(&self) -> bool {
        self.attrs.is_empty() && self.children.is_empty()
    }
}

/// A row element.
struct Record {
    node: Node,
}

/// The rows of one file, and the error that cut it off (if it is not well-formed).
struct Parsed {
    records: Vec<Record>,
    broken: Option<String>,
}

/// An element's or attribute's name, without its namespace prefix under `ignoreNamespace`.
fn local(name: &[u8], opts: &XmlOptions) -> String {
    let name = String::from_utf8_lossy(name);
    match name.split_once(':') {
        Some((_, l)) if opts.ignore_namespace => l.to_string(),
        _ => name.into_owned(),
    }
}

fn name_of(e: &BytesStart, opts: &XmlOptions) -> String {
    local(e.name().as_ref(), opts)
}

fn start_node(e: &BytesStart, opts: &XmlOptions) -> std::result::Result<Node, String> {
    let mut n = Node::default();
    if !opts.exclude_attribute {
        for a in e.attributes() {
            let a = a.map_err(|x| x.to_string())?;
            let raw = a.key.as_ref();
            if raw == b"xmlns" || raw.starts_with(b"xmlns:") {
                continue;
            }
            let key = local(raw, opts);
            let v = a.unescape_value().map_err(|x| x.to_string())?;
            n.attrs.push((key, v.into_owned()));
        }
    }
    Ok(n)
}

/// Parses `data`, returning every `row_tag` element (not nested in another row).
fn parse(data: &[u8], row_tag: &str, opts: &XmlOptions) -> Parsed {
    let mut reader = quick_xml::Reader::from_reader(data);
    reader.config_mut().check_end_names = true;
    let mut records = Vec::new();
    // The open elements of the current row (the row itself first).
    let mut stack: Vec<(String, Node)> = Vec::new();
    loop {
        let ev = match reader.read_event() {
            Ok(ev) => ev,
            Err(e) => {
                return Parsed {
                    records,
                    broken: Some(format!("{e} at byte {}", reader.error_position())),
                };
            }
        };
        if matches!(ev, Event::Eof) {
            break;
        }
        let res: std::result::Result<(), String> = (|| {
            match ev {
                Event::Start(e) => {
                    let name = name_of(&e, opts);
                    if stack.is_empty() {
                        if name == row_tag {
                            stack.push((name, start_node(&e, opts)?));
                        }
                    } else {
                        stack.push((name, start_node(&e, opts)?));
                    }
                }
                Event::Empty(e) => {
                    let name = name_of(&e, opts);
                    let node = start_node(&e, opts)?;
                    match stack.last_mut() {
                        Some((_, parent)) => parent.children.push((name, node)),
                        None if name == row_tag => records.push(Record { node }),
                        None => {}
                    }
                }
                Event::End(_) => {
                    if let Some((name, node)) = stack.pop() {
                        match stack.last_mut() {
                            Some((_, parent)) => parent.children.push((name, node)),
                            None => records.push(Record { node }),
                        }
                    }
                }
                Event::Text(t) => {
                    if let Some((_, n)) = stack.last_mut() {
                        n.text.push_str(&t.decode().map_err(|e| e.to_string())?);
                    }
                }
                Event::CData(t) => {
                    if let Some((_, n)) = stack.last_mut() {
                        n.text.push_str(&t.decode().map_err(|e| e.to_string())?);
                    }
                }
                Event::GeneralRef(r) => {
                    if let Some((_, n)) = stack.last_mut() {
                        if let Some(c) = r.resolve_char_ref().map_err(|e| e.to_string())? {
                            n.text.push(c);
                        } else {
                            let name = r.decode().map_err(|e| e.to_string())?;
                            let v = quick_xml::escape::resolve_predefined_entity(&name)
                                .ok_or_else(|| format!("unknown entity &{name};"))?;
                            n.text.push_str(v);
                        }
                    }
                }
                _ => {}
            }
            Ok(())
        })();
        if let Err(e) = res {
            return Parsed {
                records,
                broken: Some(e),
            };
        }
    }
    let broken = (!stack.is_empty()).then(|| {
        format!(
            "the element <{}> is not closed at the end of the file",
            stack[0].0
        )
    });
    Parsed { records, broken }
}

fn value_text<'a>(s: &'a str, opts: &XmlOptions) -> &'a str {
    if opts.ignore_spaces { s.trim() } else { s }
}

/// A value's text, or None for the `nullValue` text.
fn non_null<'a>(s: &'a str, opts: &XmlOptions) -> Option<&'a str> {
    let v = value_text(s, opts);
    (opts.null_value.as_deref() != Some(v)).then_some(v)
}

/// A date or timestamp read with the user's pattern: microseconds since the epoch.
fn with_pattern(v: &str, pattern: &Option<String>) -> Option<Option<i64>> {
    pattern.as_deref().map(|p| {
        crate::temporal::parse_with_pattern(v, p, crate::temporal::session_zone())
            .ok()
            .flatten()
    })
}

// ---- inference -------------------------------------------------------------

/// The type of one value, as Spark's `XmlInferSchema.inferFrom`.
fn infer_value(s: &str, opts: &XmlOptions) -> DataType {
    let Some(v) = non_null(s, opts).filter(|v| !v.is_empty()) else {
        return DataType::Null;
    };
    if !opts.infer_types {
        return DataType::Utf8;
    }
    let unsigned = v.strip_prefix(['+', '-']).unwrap_or(v);
    if !unsigned.is_empty()
        && unsigned.bytes().all(|b| b.is_ascii_digit())
        && v.parse::<i64>().is_ok()
    {
        return DataType::Int64;
    }
    let first = unsigned.as_bytes().first().copied().unwrap_or(b'x');
    if (first.is_ascii_digit() || first == b'.')
        && !unsigned.ends_with(['d', 'D', 'f', 'F'])
        && unsigned.parse::<f64>().is_ok()
    {
        return DataType::Float64;
    }
    if v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("false") {
        return DataType::Boolean;
    }
    let date = match with_pattern(v, &opts.date_format) {
        Some(d) => d.is_some(),
        None => v.len() == 10 && crate::temporal::parse_date(v).is_some(),
    };
    if date {
        return DataType::Date32;
    }
    let ts = match with_pattern(v, &opts.timestamp_format) {
        Some(t) => t.is_some(),
        None => v.len() > 10 && crate::temporal::parse_timestamp(v).is_some(),
    };
    if ts {
        return crate::types::timestamp_type();
    }
    DataType::Utf8
}

/// The type of an element: a value, or a struct of its attributes, children and text.
fn infer_node(n: &Node, opts: &XmlOptions) -> DataType {
    if n.is_leaf() {
        return infer_value(&n.text, opts);
    }
    DataType::Struct(infer_fields(n, opts))
}

fn infer_fields(n: &Node, opts: &XmlOptions) -> Fields {
    let mut fields: Vec<(String, DataType)> = Vec::new();
    let put = |fields: &mut Vec<(String, DataType)>, name: String, t: DataType, repeat: bool| {
        match fields.iter_mut().find(|(x, _)| *x == name) {
            Some((_, old)) if repeat => {
                let elem = match &*old {
                    DataType::List(f) => f.data_type().clone(),
                    o => o.clone(),
                };
                *old = list(merge(&elem, &t, &opts.value_tag));
            }
            Some((_, old)) => *old = merge(old, &t, &opts.value_tag),
            None => fields.push((name, t)),
        }
    };
    for (k, v) in &n.attrs {
        put(
            &mut fields,
            format!("{}{k}", opts.attribute_prefix),
            infer_value(v, opts),
            false,
        );
    }
    for (k, c) in &n.children {
        put(&mut fields, k.clone(), infer_node(c, opts), true);
    }
    if !value_text(&n.text, opts).is_empty() {
        put(
            &mut fields,
            opts.value_tag.clone(),
            infer_value(&n.text, opts),
            false,
        );
    }
    sorted(fields)
}

fn sorted(mut fields: Vec<(String, DataType)>) -> Fields {
    fields.sort_by(|a, b| a.0.cmp(&b.0));
    fields
        .into_iter()
        .map(|(n, t)| Field::new(n, t, true))
        .collect()
}

fn list(t: DataType) -> DataType {
    DataType::List(Arc::new(Field::new("element", t, true)))
}

/// Spark's `compatibleType` for XML: the type that holds both.
fn merge(a: &DataType, b: &DataType, vt: &str) -> DataType {
    use DataType as T;
    match (a, b) {
        (x, y) if x == y => x.clone(),
        (T::Null, x) | (x, T::Null) => x.clone(),
        (T::Int64, T::Float64) | (T::Float64, T::Int64) => T::Float64,
        (T::Date32, T::Timestamp(..)) | (T::Timestamp(..), T::Date32) => {
            crate::types::timestamp_type()
        }
        (T::List(x), T::List(y)) => list(merge(x.data_type(), y.data_type(), vt)),
        (T::List(x), y) | (y, T::List(x)) => list(merge(x.data_type(), y, vt)),
        (T::Struct(x), T::Struct(y)) => {
            let mut fields: Vec<(String, DataType)> = x
                .iter()
                .map(|f| (f.name().clone(), f.data_type().clone()))
                .collect();
            for f in y {
                match fields.iter_mut().find(|(n, _)| n == f.name()) {
                    Some((_, t)) => *t = merge(t, f.data_type(), vt),
                    None => fields.push((f.name().clone(), f.data_type().clone())),
                }
            }
            T::Struct(sorted(fields))
        }
        // A value beside a struct of the same element (attributes in some rows): the value
        // is the struct's value field. Spark's valueTag; the struct keeps its name here.
        (T::Struct(x), y) | (y, T::Struct(x)) => {
            let mut fields: Vec<(String, DataType)> = x
                .iter()
                .map(|f| (f.name().clone(), f.data_type().clone()))
                .collect();
            match fields.iter_mut().find(|(n, _)| n == vt) {
                Some((_, t)) => *t = merge(t, y, vt),
                None => fields.push((vt.to_string(), y.clone())),
            }
            T::Struct(sorted(fields))
        }
        _ => T::Utf8,
    }
}

/// Null type (no value seen) read as string, at any depth.
fn finish(t: &DataType) -> DataType {
    match t {
        DataType::Null => DataType::Utf8,
        DataType::List(f) => list(finish(f.data_type())),
        DataType::Struct(fs) => DataType::Struct(
            fs.iter()
                .map(|f| Field::new(f.name(), finish(f.data_type()), true))
                .collect(),
        ),
        t => t.clone(),
    }
}

/// Spark's schema inference over the files' rows.
pub fn infer_xml(files: &[(String, Vec<u8>)], opts: &XmlOptions) -> Result<SchemaRef> {
    let tag = opts.row_tag()?.to_string();
    let mut t = DataType::Struct(Fields::empty());
    let mut corrupt = false;
    for (path, data) in files {
        let p = parse(data, &tag, opts);
        if let Some(e) = &p.broken {
            if opts.mode == "FAILFAST" {
                return Err(malformed(path, e));
            }
            corrupt |= opts.mode == "PERMISSIVE";
        }
        for r in &p.records {
            t = merge(
                &t,
                &DataType::Struct(infer_fields(&r.node, opts)),
                &opts.value_tag,
            );
        }
    }
    let mut fields: Vec<Field> = match finish(&t) {
        DataType::Struct(fs) => fs.iter().map(|f| f.as_ref().clone()).collect(),
        _ => Vec::new(),
    };
    if corrupt && !fields.iter().any(|f| f.name() == &opts.corrupt_column) {
        fields.push(Field::new(&opts.corrupt_column, DataType::Utf8, true));
        fields.sort_by(|a, b| a.name().cmp(b.name()));
    }
    Ok(Arc::new(Schema::new(fields)))
}

fn malformed(path: &str, e: &str) -> RunnelError {
    RunnelError::execution(
        "MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION",
        format!(
            "Malformed records are detected in record parsing: {path}: {e}. Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'."
        ),
    )
}

// ---- decoding ----------------------------------------------------------------

/// What a field of one row holds: nothing, a text value (attribute, text), or elements.
#[derive(Clone, Copy)]
enum Item<'a> {
    Text(&'a str),
    Node(&'a Node),
}

/// Builds a column of `ty` from one item per row; marks the rows whose value did not
/// convert.
fn column(
    items: &[Option<Item>],
    ty: &DataType,
    opts: &XmlOptions,
    bad: &mut [bool],
) -> Result<ArrayRef> {
    match ty {
        DataType::Struct(fields) => {
            let n = items.len();
            let cols = fields
                .iter()
                .map(|f| field_column(items, f, opts, bad))
                .collect::<Result<Vec<_>>>()?;
            let valid: Vec<bool> = items.iter().map(Option::is_some).collect();
            Ok(Arc::new(StructArray::try_new_with_length(
                fields.clone(),
                cols,
                Some(NullBuffer::from(valid)),
                n,
            )?))
        }
        DataType::List(elem) => {
            // A list inside a list: each item is one element of the outer list.
            let c = column(items, elem.data_type(), opts, bad)?;
            let n = items.len();
            Ok(Arc::new(arrow_array::ListArray::try_new(
                elem.clone(),
                OffsetBuffer::from_lengths(std::iter::repeat_n(1, n)),
                c,
                None,
            )?))
        }
        t => {
            let texts: StringArray = items
                .iter()
                .map(|it| {
                    let s = match it {
                        None => return None,
                        Some(Item::Text(s)) => *s,
                        Some(Item::Node(n)) => n.text.as_str(),
                    };
                    let v = non_null(s, opts)?;
                    if v.is_empty() && t != &DataType::Utf8 {
                        None
                    } else {
                        Some(v)
                    }
                })
                .collect();
            if t == &DataType::Utf8 {
                return Ok(Arc::new(texts));
            }
            let arr: ArrayRef = Arc::new(texts.clone());
            let pattern = match t {
                DataType::Date32 => opts.date_format.as_ref(),
                DataType::Timestamp(..) => opts.timestamp_format.as_ref(),
                _ => None,
            };
            let out = if let Some(p) = pattern {
                let us: Vec<Option<i64>> = texts
                    .iter()
                    .map(|v| {
                        v.and_then(|s| {
                            crate::temporal::parse_with_pattern(
                                s,
                                p,
                                crate::temporal::session_zone(),
                            )
                            .ok()
                            .flatten()
                        })
                    })
                    .collect();
                let arr: ArrayRef =
                    Arc::new(arrow_array::TimestampMicrosecondArray::from(us).with_timezone("UTC"));
                cast_array(&arr, t, true)?
            } else if t == &DataType::Boolean {
                // Java's toBoolean: true or false, any case; nothing else.
                Arc::new(
                    texts
                        .iter()
                        .map(|v| {
                            v.and_then(|s| {
                                if s.eq_ignore_ascii_case("true") {
                                    Some(true)
                                } else if s.eq_ignore_ascii_case("false") {
                                    Some(false)
                                } else {
                                    None
                                }
                            })
                        })
                        .collect::<BooleanArray>(),
                ) as ArrayRef
            } else {
                cast_array(&arr, t, true)?
            };
            for (i, b) in bad.iter_mut().enumerate() {
                if !texts.is_null(i) && out.is_null(i) {
                    *b = true;
                }
            }
            Ok(out)
        }
    }
}

/// The items of field `name` in an element: its attribute, its value, or its children.
fn children_of<'a>(it: &Option<Item<'a>>, name: &str, opts: &XmlOptions) -> Vec<Item<'a>> {
    let Some(it) = it else { return Vec::new() };
    match it {
        Item::Text(s) => {
            if name == opts.value_tag {
                vec![Item::Text(s)]
            } else {
                Vec::new()
            }
        }
        Item::Node(n) => {
            if let Some(a) = name.strip_prefix(opts.attribute_prefix.as_str())
                && !opts.attribute_prefix.is_empty()
                && let Some((_, v)) = n.attrs.iter().find(|(k, _)| k == a)
            {
                return vec![Item::Text(v)];
            }
            if name == opts.value_tag {
                let v = value_text(&n.text, opts);
                return if v.is_empty() && !n.is_leaf() {
                    Vec::new()
                } else {
                    vec![Item::Text(&n.text)]
                };
            }
            n.children
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, c)| {
                    if c.is_leaf() {
                        Item::Text(&c.text)
                    } else {
                        Item::Node(c)
                    }
                })
                .collect()
        }
    }
}

/// The column of one field of a struct, from each row's element.
fn field_column(
    items: &[Option<Item>],
    f: &Field,
    opts: &XmlOptions,
    bad: &mut [bool],
) -> Result<ArrayRef> {
    let n = items.len();
    if let DataType::List(elem) = f.data_type() {
        let mut flat: Vec<Option<Item>> = Vec::new();
        let mut owner: Vec<usize> = Vec::new();
        let mut offsets = vec![0i32];
        let mut valid = Vec::with_capacity(n);
        for (row, it) in items.iter().enumerate() {
            let found = children_of(it, f.name(), opts);
            valid.push(!found.is_empty());
            for x in found {
                flat.push(Some(x));
                owner.push(row);
            }
            offsets.push(flat.len() as i32);
        }
        let mut inner_bad = vec![false; flat.len()];
        let values = column(&flat, elem.data_type(), opts, &mut inner_bad)?;
        for (i, b) in inner_bad.iter().enumerate() {
            if *b {
                bad[owner[i]] = true;
            }
        }
        return Ok(Arc::new(arrow_array::ListArray::try_new(
            elem.clone(),
            OffsetBuffer::new(offsets.into()),
            values,
            Some(NullBuffer::from(valid)),
        )?));
    }
    let sub: Vec<Option<Item>> = items
        .iter()
        .map(|it| children_of(it, f.name(), opts).into_iter().next())
        .collect();
    column(&sub, f.data_type(), opts, bad)
}

/// Where a field's value is in a row element, in the order Spark's parser reads it:
/// attributes first, then child elements in document order, the text last.
fn position(n: &Node, name: &str, opts: &XmlOptions) -> usize {
    if let Some(a) = name.strip_prefix(opts.attribute_prefix.as_str())
        && !opts.attribute_prefix.is_empty()
        && n.attrs.iter().any(|(k, _)| k == a)
    {
        return 0;
    }
    n.children
        .iter()
        .position(|(k, _)| k == name)
        .map(|i| i + 1)
        .unwrap_or(usize::MAX)
}

/// Decodes one XML file into batches of `schema`; `path` names it in errors.
pub fn decode_xml(
    data: &[u8],
    path: &str,
    schema: &SchemaRef,
    opts: &XmlOptions,
) -> Result<Vec<RecordBatch>> {
    let tag = opts.row_tag()?;
    let parsed = parse(data, tag, opts);
    let corrupt_idx = schema.index_of(&opts.corrupt_column).ok();
    // The corrupt record column is not read from the XML.
    let data_fields: Fields = schema
        .fields()
        .iter()
        .filter(|f| f.name() != &opts.corrupt_column)
        .cloned()
        .collect();
    let mut items: Vec<Option<Item>> = parsed
        .records
        .iter()
        .map(|r| Some(Item::Node(&r.node)))
        .collect();
    let mut bad = vec![false; items.len()];
    if let Some(e) = &parsed.broken {
        match opts.mode.as_str() {
            "FAILFAST" => return Err(malformed(path, e)),
            "DROPMALFORMED" => {}
            _ => {
                // As Spark: the file that breaks off is one more record, all NULL but the
                // corrupt record column.
                items.push(None);
                bad.push(true);
            }
        }
    }
    let n = items.len();
    // Each field's column and the rows where its value did not convert.
    let mut data_cols = Vec::new();
    let mut field_bad = Vec::new();
    for f in &data_fields {
        let mut b = vec![false; n];
        data_cols.push(field_column(&items, f, opts, &mut b)?);
        field_bad.push(b);
    }
    // As Spark's parser, which stops at the first value that does not convert: the row
    // keeps the fields read before it, the rest are NULL.
    for r in 0..n {
        let Some(Item::Node(node)) = items[r] else {
            continue;
        };
        let pos: Vec<usize> = data_fields
            .iter()
            .map(|f| position(node, f.name(), opts))
            .collect();
        let Some(cut) = (0..data_fields.len())
            .filter(|k| field_bad[*k][r])
            .map(|k| pos[k])
            .min()
        else {
            continue;
        };
        bad[r] = true;
        for (k, b) in field_bad.iter_mut().enumerate() {
            b[r] = pos[k] >= cut;
        }
    }
    for (c, b) in data_cols.iter_mut().zip(&field_bad) {
        if b.iter().any(|x| *x) {
            let keep = BooleanArray::from(b.clone());
            *c = arrow_select::nullif::nullif(c.as_ref(), &keep)?;
        }
    }
    if opts.mode == "FAILFAST" && bad.iter().any(|b| *b) {
        return Err(malformed(
            path,
            "a value does not convert to its field's type",
        ));
    }
    // Spark's XML reader has no record text at hand: the corrupt record is the file's.
    let whole = String::from_utf8_lossy(data);
    let keep: Vec<usize> = (0..n)
        .filter(|i| !(bad[*i] && opts.mode == "DROPMALFORMED"))
        .collect();
    let take = arrow_array::UInt32Array::from(keep.iter().map(|i| *i as u32).collect::<Vec<_>>());
    let mut cols: Vec<ArrayRef> = Vec::new();
    let mut data_cols = data_cols.into_iter();
    for (i, f) in schema.fields().iter().enumerate() {
        if Some(i) == corrupt_idx {
            let c: StringArray = keep
                .iter()
                .map(|r| bad[*r].then_some(whole.as_ref()))
                .collect();
            cols.push(Arc::new(c));
        } else {
            let c = data_cols.next().ok_or_else(|| {
                RunnelError::internal(format!("xml: no column for field {}", f.name()))
            })?;
            cols.push(arrow_select::take::take(c.as_ref(), &take, None)?);
        }
    }
    let opts_b = arrow_array::RecordBatchOptions::new().with_row_count(Some(keep.len()));
    Ok(vec![RecordBatch::try_new_with_options(
        schema.clone(),
        cols,
        &opts_b,
    )?])
}

// ---- one record (from_xml, schema_of_xml, to_xml) -----------------------------

/// The name of the first element of `text` (the record's root, which `from_xml` and
/// `schema_of_xml` read as the row whatever its name).
fn root_name(text: &str, opts: &XmlOptions) -> Option<String> {
    let mut reader = quick_xml::Reader::from_reader(text.as_bytes());
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) | Ok(Event::Empty(e)) => return Some(name_of(&e, opts)),
            Ok(Event::Eof) | Err(_) => return None,
            _ => {}
        }
        buf.clear();
    }
}

/// Spark's `schema_of_xml`: the inferred fields of one record.
pub fn infer_record(text: &str, opts: &XmlOptions) -> Result<Fields> {
    let Some(tag) = root_name(text, opts) else {
        return Ok(Fields::empty());
    };
    let p = parse(text.as_bytes(), &tag, opts);
    let t = match p.records.first() {
        Some(r) => DataType::Struct(infer_fields(&r.node, opts)),
        None => DataType::Struct(Fields::empty()),
    };
    Ok(match finish(&t) {
        DataType::Struct(fs) => fs,
        _ => Fields::empty(),
    })
}

/// Spark's `from_xml`: each string one record of `fields` (its root element is the row);
/// NULL for a NULL string, a record that does not parse has NULL fields (PERMISSIVE) or
/// fails the query (FAILFAST).
pub fn decode_records(
    texts: &arrow_array::StringArray,
    fields: &Fields,
    opts: &XmlOptions,
) -> Result<StructArray> {
    let schema: SchemaRef = Arc::new(Schema::new(fields.clone()));
    let mut rows: Vec<ArrayRef> = Vec::with_capacity(texts.len());
    let empty = || -> Result<ArrayRef> {
        Ok(Arc::new(StructArray::from(RecordBatch::new_empty(
            schema.clone(),
        ))))
    };
    let null_row =
        || -> ArrayRef { arrow_array::new_null_array(&DataType::Struct(fields.clone()), 1) };
    for i in 0..texts.len() {
        if texts.is_null(i) {
            rows.push(null_row());
            continue;
        }
        let text = texts.value(i);
        // A control character but tab, LF and CR (outside XML 1.0's `Char`) makes the
        // record malformed, as Spark's StAX parser finds it (U+FFFE passes there).
        let xml_char = |c: char| matches!(c, '\t' | '\n' | '\r' | ' '..);
        let root = if text.chars().all(xml_char) {
            root_name(text, opts)
        } else {
            None
        };
        let Some(tag) = root else {
            if opts.mode == "FAILFAST" {
                return Err(malformed("from_xml", "the text is not an XML element"));
            }
            rows.push(null_row());
            continue;
        };
        let mut o = opts.clone();
        o.row_tag = Some(tag);
        let batches = decode_xml(text.as_bytes(), "from_xml", &schema, &o)?;
        let got: ArrayRef = match batches.into_iter().find(|b| b.num_rows() > 0) {
            Some(b) => (Arc::new(StructArray::from(b)) as ArrayRef).slice(0, 1),
            None => empty()?,
        };
        rows.push(if got.is_empty() { null_row() } else { got });
    }
    let refs: Vec<&dyn Array> = rows.iter().map(|r| r.as_ref()).collect();
    if refs.is_empty() {
        return Ok(StructArray::from(RecordBatch::new_empty(schema)));
    }
    let all = arrow_select::concat::concat(&refs)?;
    let s = all.as_struct();
    // The row is NULL only where the text is.
    Ok(StructArray::try_new(
        fields.clone(),
        s.columns().to_vec(),
        texts.nulls().cloned(),
    )?)
}

/// Spark's `to_xml`: row `r` of a struct's fields as one `rowTag` element (`ROW` unless
/// given), four spaces per level, no trailing newline.
pub fn encode_record(s: &StructArray, r: usize, opts: &XmlOptions) -> String {
    let row_tag = opts.row_tag.clone().unwrap_or_else(|| "ROW".into());
    let names: Vec<String> = s.fields().iter().map(|f| f.name().clone()).collect();
    let fields: Vec<(&str, &ArrayRef)> =
        names.iter().map(|n| n.as_str()).zip(s.columns()).collect();
    let mut out = String::new();
    write_element(&mut out, &row_tag, &fields, r, 0, opts);
    out.trim_end_matches('\n').to_string()
}

// ---- writing -------------------------------------------------------------------

/// One XML file holding `batch`, as Spark writes it: the XML declaration, `rootTag`
/// around one `rowTag` element per row, four spaces per level, NULLs left out, arrays as
/// repeated elements, attribute-prefixed fields as attributes and the value tag as text.
pub fn encode_xml(batch: &RecordBatch, opts: &XmlOptions) -> Result<Vec<u8>> {
    let row_tag = opts.row_tag.clone().unwrap_or_else(|| "ROW".into());
    let mut out = String::new();
    if !opts.declaration.is_empty() {
        out.push_str(&format!("<?xml {}?>\n", opts.declaration));
    }
    out.push_str(&format!("<{}>\n", opts.root_tag));
    let schema = batch.schema();
    for r in 0..batch.num_rows() {
        let fields: Vec<(&str, &ArrayRef)> = schema
            .fields()
            .iter()
            .map(|f| f.name().as_str())
            .zip(batch.columns())
            .collect();
        write_element(&mut out, &row_tag, &fields, r, 1, opts);
    }
    out.push_str(&format!("</{}>", opts.root_tag));
    Ok(out.into_bytes())
}

fn write_element(
    out: &mut String,
    tag: &str,
    fields: &[(&str, &ArrayRef)],
    r: usize,
    depth: usize,
    opts: &XmlOptions,
) {
    let pad = "    ".repeat(depth);
    out.push_str(&pad);
    out.push('<');
    out.push_str(tag);
    let mut text: Option<String> = None;
    let mut children: Vec<(&str, &ArrayRef)> = Vec::new();
    for (name, c) in fields {
        let attribute = name
            .strip_prefix(opts.attribute_prefix.as_str())
            .filter(|_| !opts.attribute_prefix.is_empty());
        if c.is_null(r) {
            // NULLs are left out, or written as the nullValue text when one is set.
            if opts.null_value.is_some() && attribute.is_none() && *name != opts.value_tag {
                children.push((name, c));
            }
            continue;
        }
        if *name == opts.value_tag {
            text = Some(scalar_text(c.as_ref(), r, opts));
        } else if let Some(a) = attribute
            && !matches!(c.data_type(), DataType::Struct(_) | DataType::List(_))
        {
            out.push_str(&format!(
                " {a}=\"{}\"",
                escape_attribute(&scalar_text(c.as_ref(), r, opts))
            ));
        } else {
            children.push((name, c));
        }
    }
    if children.is_empty() {
        match text {
            Some(t) => out.push_str(&format!(">{}</{tag}>\n", escape_text(&t))),
            // No text and no children: an empty element, as Spark's StAX writer (`<d/>`).
            None => out.push_str("/>\n"),
        }
        return;
    }
    out.push('>');
    if let Some(t) = text {
        // Spark writes the value right after the start tag, then the children.
        out.push_str(&escape_text(&t));
    }
    out.push('\n');
    for (name, c) in children {
        write_value(out, name, c, r, depth + 1, opts);
    }
    out.push_str(&format!("{pad}</{tag}>\n"));
}

/// Text as Spark's StAX writer (Woodstox) escapes it: `<`, `&` and a carriage return;
/// `>` only first in the text or where it would close `]]>`; quotes and apostrophes as
/// they are.
fn escape_text(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for ch in t.chars() {
        match ch {
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '\r' => out.push_str("&#xd;"),
            '>' if out.is_empty() || out.ends_with("]]") => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// An attribute's value as Spark's StAX writer escapes it: `<`, `&`, `"` and the
/// whitespace characters tab, LF and CR (as character references).
fn escape_attribute(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for ch in t.chars() {
        match ch {
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\t' => out.push_str("&#x9;"),
            '\n' => out.push_str("&#xa;"),
            '\r' => out.push_str("&#xd;"),
            c => out.push(c),
        }
    }
    out
}

fn write_value(
    out: &mut String,
    name: &str,
    c: &ArrayRef,
    r: usize,
    depth: usize,
    opts: &XmlOptions,
) {
    if c.is_null(r) {
        if let Some(nv) = &opts.null_value {
            let pad = "    ".repeat(depth);
            out.push_str(&format!("{pad}<{name}>{}</{name}>\n", escape_text(nv)));
        }
        return;
    }
    match c.data_type() {
        DataType::Struct(fs) => {
            let s = c.as_struct();
            let fields: Vec<(&str, &ArrayRef)> = fs
                .iter()
                .map(|f| f.name().as_str())
                .zip(s.columns())
                .collect();
            write_element(out, name, &fields, r, depth, opts);
        }
        DataType::List(_) => {
            let l = c.as_list::<i32>();
            let items = l.value(r);
            for i in 0..items.len() {
                if !items.is_null(i) {
                    write_value(out, name, &items, i, depth, opts);
                }
            }
        }
        _ => {
            let pad = "    ".repeat(depth);
            let t = scalar_text(c.as_ref(), r, opts);
            out.push_str(&format!("{pad}<{name}>{}</{name}>\n", escape_text(&t)));
        }
    }
}

/// A value as Spark's XML writer prints it: dates and timestamps in `dateFormat` and
/// `timestampFormat` when given, else timestamps as Spark's default
/// (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`, milliseconds, `Z` in UTC); the rest as Spark's strings.
fn scalar_text(c: &dyn Array, r: usize, opts: &XmlOptions) -> String {
    use arrow_array::types::{Date32Type, TimestampMicrosecondType};
    // A timestamp in the session time zone; a date (its midnight in UTC) as it is.
    let patterned_in = |us: i64, p: &str, zone: crate::temporal::Zone| {
        crate::temporal::format_with_pattern(us, p, zone)
            .unwrap_or_else(|_| crate::temporal::format_timestamp(us))
    };
    let patterned = |us: i64, p: &str| patterned_in(us, p, crate::temporal::session_zone());
    match c.data_type() {
        DataType::Date32 if opts.date_format.is_some() => {
            let days = c.as_primitive::<Date32Type>().value(r) as i64;
            patterned_in(
                days * 86_400_000_000,
                opts.date_format.as_deref().unwrap_or_default(),
                crate::temporal::Zone::UTC,
            )
        }
        DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, _)
            if opts.timestamp_format.is_some() =>
        {
            let us = c.as_primitive::<TimestampMicrosecondType>().value(r);
            patterned(us, opts.timestamp_format.as_deref().unwrap_or_default())
        }
        DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, tz) => {
            let us = c.as_primitive::<TimestampMicrosecondType>().value(r);
            if tz.is_some() {
                crate::io::json_write::spark_timestamp(us, crate::temporal::session_zone())
            } else {
                crate::temporal::format_watermark(us.div_euclid(1000))
                    .trim_end_matches('Z')
                    .to_string()
            }
        }
        _ => crate::io::json_write::text_value(c, r),
    }
}

/// The file extension of written XML files for a codec (`xml`, `xml.gz`).
pub fn xml_extension(codec: &str) -> String {
    match codec {
        "none" | "uncompressed" => "xml".into(),
        "gzip" => "xml.gz".into(),
        c => format!("xml.{c}"),
    }
}
