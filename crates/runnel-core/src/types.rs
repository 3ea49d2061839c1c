//! Spark's types as Arrow types, Spark's names for them, and the DDL parser for
//! schema strings such as `"timestamp TIMESTAMP, tags ARRAY<STRING>"`.
//!
//! | Spark          | Arrow                                  |
//! |----------------|----------------------------------------|
//! | boolean        | Boolean                                |
//! | tinyint/smallint/int/bigint | Int8/Int16/Int32/Int64    |
//! | float/double   | Float32/Float64                        |
//! | string         | Utf8                                   |
//! | binary         | Binary                                 |
//! | date           | Date32                                 |
//! | timestamp      | Timestamp(Microsecond, "UTC")          |
//! | timestamp_ntz  | Timestamp(Microsecond, none)           |
//! | decimal(p,s)   | Decimal128(p, s)                       |
//! | struct / array / map | Struct / List / Map              |

use std::collections::HashMap;
use std::sync::Arc;

use arrow_schema::{DataType, Field, Fields, Schema, TimeUnit};

use crate::error::{Result, RunnelError};

/// Field metadata key Spark uses to mark an event-time column and its delay (ms).
pub const WATERMARK_DELAY_KEY: &str = "spark.watermarkDelayMs";

/// Spark's `timestamp` type.
pub fn timestamp_type() -> DataType {
    DataType::Timestamp(TimeUnit::Microsecond, Some("UTC".into()))
}

/// The type Spark reads an Arrow type as, at any depth: a timestamp of any unit is
/// Spark's (microseconds; with a time zone it is `timestamp` in UTC, without one
/// `timestamp_ntz`), large and view strings and binaries are plain ones, unsigned
/// integers the signed type that holds them; structs, lists
/// and maps are rebuilt around their converted children. Sources hand the engine
/// batches of these types, so every operator and function can rely on them.
pub fn spark_type(t: &DataType) -> DataType {
    use std::sync::Arc;
    match t {
        DataType::Timestamp(_, Some(_)) => timestamp_type(),
        DataType::Timestamp(_, None) => DataType::Timestamp(TimeUnit::Microsecond, None),
        DataType::LargeUtf8 | DataType::Utf8View => DataType::Utf8,
        // Spark has no unsigned integers: each is read as the next signed type that
        // holds all its values (Parquet's UINT_8 is smallint, UINT_64 decimal(20,0)).
        DataType::UInt8 => DataType::Int16,
        DataType::UInt16 => DataType::Int32,
        DataType::UInt32 => DataType::Int64,
        DataType::UInt64 => DataType::Decimal128(20, 0),
        DataType::Float16 => DataType::Float32,
        DataType::LargeBinary | DataType::BinaryView => DataType::Binary,
        DataType::Struct(fields) => DataType::Struct(
            fields
                .iter()
                .map(|f| Arc::new(f.as_ref().clone().with_data_type(spark_type(f.data_type()))))
                .collect(),
        ),
        DataType::List(f) | DataType::LargeList(f) => DataType::List(Arc::new(
            f.as_ref().clone().with_data_type(spark_type(f.data_type())),
        )),
        DataType::Map(f, sorted) => DataType::Map(
            Arc::new(f.as_ref().clone().with_data_type(spark_type(f.data_type()))),
            *sorted,
        ),
        other => other.clone(),
    }
}

/// Spark's `map<k, v>` as Arrow's Map (`entries: struct<key, value>`, keys not NULL).
pub fn map_of(k: DataType, v: DataType) -> DataType {
    DataType::Map(
        std::sync::Arc::new(Field::new(
            "entries",
            DataType::Struct(Fields::from(vec![
                Field::new("key", k, false),
                Field::new("value", v, true),
            ])),
            false,
        )),
        false,
    )
}

/// True for Spark's `timestamp` and `timestamp_ntz`.
pub fn is_timestamp(dt: &DataType) -> bool {
    matches!(dt, DataType::Timestamp(_, _))
}

/// True for numeric types.
pub fn is_numeric(dt: &DataType) -> bool {
    matches!(
        dt,
        DataType::Int8
            | DataType::Int16
            | DataType::Int32
            | DataType::Int64
            | DataType::Float32
            | DataType::Float64
            | DataType::Decimal128(_, _)
    )
}

/// True for integral types.
pub fn is_integral(dt: &DataType) -> bool {
    matches!(
        dt,
        DataType::Int8 | DataType::Int16 | DataType::Int32 | DataType::Int64
    )
}

/// The struct type of a time window column: `struct<start:timestamp,end:timestamp>`.
pub fn window_type() -> DataType {
    DataType::Struct(Fields::from(vec![
        Field::new("start", timestamp_type(), true),
        Field::new("end", timestamp_type(), true),
    ]))
}

/// A list field for an array's elements, as Spark names nothing (`element`).
pub fn list_of(element: DataType) -> DataType {
    list_of_n(element, true)
}

/// Spark's `ArrayType(element, containsNull)`.
pub fn list_of_n(element: DataType, contains_null: bool) -> DataType {
    DataType::List(Arc::new(Field::new("element", element, contains_null)))
}

/// Spark's `MapType(k, v, valueContainsNull)`.
pub fn map_of_n(k: DataType, v: DataType, value_contains_null: bool) -> DataType {
    DataType::Map(
        Arc::new(Field::new(
            "entries",
            DataType::Struct(Fields::from(vec![
                Field::new("key", k, false),
                Field::new("value", v, value_contains_null),
            ])),
            false,
        )),
        false,
    )
}

/// Spark's `sameType`: equal types when the nullability of struct fields, array
/// elements and map values is not looked at.
pub fn same_type(a: &DataType, b: &DataType) -> bool {
    match (a, b) {
        (DataType::List(x), DataType::List(y)) => same_type(x.data_type(), y.data_type()),
        (DataType::Map(x, _), DataType::Map(y, _)) => same_type(x.data_type(), y.data_type()),
        (DataType::Struct(x), DataType::Struct(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(f, g)| f.name() == g.name() && same_type(f.data_type(), g.data_type()))
        }
        _ => a == b,
    }
}

/// `ty` with every struct field, array element and map value nullable (what a
/// value of `ty` read from outside may hold; Spark's `asNullable`).
pub fn as_nullable(ty: &DataType) -> DataType {
    match ty {
        DataType::List(f) => list_of_n(as_nullable(f.data_type()), true),
        DataType::Map(f, _) => match f.data_type() {
            DataType::Struct(kv) if kv.len() == 2 => map_of_n(
                as_nullable(kv[0].data_type()),
                as_nullable(kv[1].data_type()),
                true,
            ),
            _ => ty.clone(),
        },
        DataType::Struct(fs) => DataType::Struct(
            fs.iter()
                .map(|f| {
                    f.as_ref()
                        .clone()
                        .with_data_type(as_nullable(f.data_type()))
                        .with_nullable(true)
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// An array of `ty` from one of the same type but other nested nullability or field
/// names (a kernel that builds its lists with nullable elements where the bound type
/// says they are not): the same buffers under `ty`'s fields.
pub fn conform(a: arrow_array::ArrayRef, ty: &DataType) -> Result<arrow_array::ArrayRef> {
    use arrow_array::cast::AsArray;
    use arrow_array::{Array, ListArray, MapArray, StructArray};
    if a.data_type() == ty {
        return Ok(a);
    }
    Ok(match (a.data_type(), ty) {
        (DataType::List(_), DataType::List(f)) => {
            let l = a.as_list::<i32>();
            let v = conform(l.values().clone(), f.data_type())?;
            let f = if !f.is_nullable() && v.null_count() > 0 {
                Arc::new(f.as_ref().clone().with_nullable(true))
            } else {
                f.clone()
            };
            Arc::new(ListArray::try_new(
                f,
                l.offsets().clone(),
                v,
                l.nulls().cloned(),
            )?)
        }
        (DataType::Struct(_), DataType::Struct(fs)) if a.as_struct().num_columns() == fs.len() => {
            let s = a.as_struct();
            let cols = s
                .columns()
                .iter()
                .zip(fs.iter())
                .map(|(c, f)| conform(c.clone(), f.data_type()))
                .collect::<Result<Vec<_>>>()?;
            if fs.is_empty() {
                Arc::new(StructArray::new_empty_fields(s.len(), s.nulls().cloned()))
            } else {
                match StructArray::try_new(fs.clone(), cols.clone(), s.nulls().cloned()) {
                    Ok(s) => Arc::new(s),
                    // A field said never NULL that holds one: keep the value, say nullable.
                    Err(_) => {
                        let fs: Fields = fs
                            .iter()
                            .zip(&cols)
                            .map(|(f, c)| {
                                let f = f.as_ref().clone();
                                let n = f.is_nullable() || c.null_count() > 0;
                                f.with_nullable(n)
                            })
                            .collect();
                        Arc::new(StructArray::try_new(fs, cols, s.nulls().cloned())?)
                    }
                }
            }
        }
        (DataType::Map(_, _), DataType::Map(f, sorted)) => {
            let m = a.as_map();
            let entries = conform(Arc::new(m.entries().clone()), f.data_type())?;
            Arc::new(MapArray::try_new(
                f.clone(),
                m.offsets().clone(),
                entries.as_struct().clone(),
                m.nulls().cloned(),
                *sorted,
            )?)
        }
        _ => a,
    })
}

/// The schema line Spark prints above an analyzed plan (`timestamp: timestamp, value: bigint`).
pub fn schema_line(schema: &arrow_schema::Schema) -> String {
    schema
        .fields()
        .iter()
        .map(|f| format!("{}: {}", f.name(), simple_string(f.data_type())))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Spark's `simpleString` of a type (`bigint`, `struct<start:timestamp,end:timestamp>`).
pub fn simple_string(dt: &DataType) -> String {
    match dt {
        DataType::Null => "void".into(),
        DataType::Boolean => "boolean".into(),
        DataType::Int8 => "tinyint".into(),
        DataType::Int16 => "smallint".into(),
        DataType::Int32 => "int".into(),
        DataType::Int64 => "bigint".into(),
        DataType::Float32 => "float".into(),
        DataType::Float64 => "double".into(),
        DataType::Utf8 | DataType::LargeUtf8 | DataType::Utf8View => "string".into(),
        DataType::Binary | DataType::LargeBinary => "binary".into(),
        DataType::Date32 => "date".into(),
        DataType::Timestamp(_, Some(_)) => "timestamp".into(),
        DataType::Timestamp(_, None) => "timestamp_ntz".into(),
        DataType::Decimal128(p, s) => format!("decimal({p},{s})"),
        DataType::Struct(fields) => format!(
            "struct<{}>",
            fields
                .iter()
                .map(|f| format!("{}:{}", f.name(), simple_string(f.data_type())))
                .collect::<Vec<_>>()
                .join(",")
        ),
        DataType::List(f) | DataType::LargeList(f) => {
            format!("array<{}>", simple_string(f.data_type()))
        }
        DataType::Map(f, _) => match f.data_type() {
            DataType::Struct(kv) if kv.len() == 2 => {
                format!(
                    "map<{},{}>",
                    simple_string(kv[0].data_type()),
                    simple_string(kv[1].data_type())
                )
            }
            other => format!("map<{other}>"),
        },
        DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => {
            "interval year to month".into()
        }
        DataType::Interval(_) => "interval".into(),
        // Spark's day-time interval (the start and end fields are not kept in Arrow's type).
        DataType::Duration(_) => "interval day to second".into(),
        other => format!("{other}").to_lowercase(),
    }
}

/// Spark's JSON of a type (`DataType.json()`: `"integer"`, `{"type":"array",...}`), as
/// PySpark's `_parse_datatype_json_string` reads it.
pub fn spark_json(dt: &DataType) -> serde_json::Value {
    use serde_json::json;
    let name = |t: &DataType| -> String {
        match t {
            DataType::Int8 => "byte".into(),
            DataType::Int16 => "short".into(),
            DataType::Int32 => "integer".into(),
            DataType::Int64 => "long".into(),
            DataType::Null => "void".into(),
            other => simple_string(other),
        }
    };
    match dt {
        DataType::Struct(fields) => json!({
            "type": "struct",
            "fields": fields.iter().map(|f| json!({
                "name": f.name(),
                "type": match interval_fields(f) {
                    Some(_) => json!(field_simple_string(f)),
                    None => spark_json(f.data_type()),
                },
                "nullable": f.is_nullable(),
                "metadata": spark_metadata(f),
            })).collect::<Vec<_>>(),
        }),
        DataType::List(f) | DataType::LargeList(f) => json!({
            "type": "array",
            "elementType": spark_json(f.data_type()),
            "containsNull": f.is_nullable(),
        }),
        DataType::Map(f, _) => match f.data_type() {
            DataType::Struct(kv) if kv.len() == 2 => json!({
                "type": "map",
                "keyType": spark_json(kv[0].data_type()),
                "valueType": spark_json(kv[1].data_type()),
                "valueContainsNull": kv[1].is_nullable(),
            }),
            other => json!(name(other)),
        },
        other => json!(name(other)),
    }
}

/// A type from Spark's JSON of it ([`spark_json`]'s inverse: `DataType.fromJson`,
/// `StructType.fromJson`, a schema sent as JSON over Spark Connect): `"long"`,
/// `"decimal(10,2)"`, `{"type":"array","elementType":...,"containsNull":...}`, ...
pub fn from_spark_json(v: &serde_json::Value) -> Result<DataType> {
    use serde_json::Value;
    let bad = || {
        RunnelError::parse(format!(
            "[CANNOT_PARSE_DATATYPE] Unable to parse datatype. {v} (expected Spark's JSON of a type: \"long\", {{\"type\":\"struct\",\"fields\":[...]}})"
        ))
    };
    let flag = |o: &serde_json::Map<String, Value>, k: &str| {
        o.get(k).and_then(|b| b.as_bool()).unwrap_or(true)
    };
    match v {
        Value::String(s) => {
            let name = match s.as_str() {
                "integer" => "int",
                "long" => "bigint",
                "short" => "smallint",
                "byte" => "tinyint",
                "null" | "void" => return Ok(DataType::Null),
                other => other,
            };
            parse_data_type(name).map_err(|_| bad())
        }
        Value::Object(o) => match o.get("type").and_then(|t| t.as_str()) {
            Some("struct") => {
                let fields = o
                    .get("fields")
                    .and_then(|f| f.as_array())
                    .ok_or_else(bad)?
                    .iter()
                    .map(|f| {
                        let name = f.get("name").and_then(|n| n.as_str()).ok_or_else(bad)?;
                        let dt = from_spark_json(f.get("type").ok_or_else(bad)?)?;
                        let nullable = f.get("nullable").and_then(|n| n.as_bool()).unwrap_or(true);
                        let field = Field::new(name, dt, nullable);
                        // A field's comment is its metadata's `comment`.
                        Ok(
                            match f.pointer("/metadata/comment").and_then(|c| c.as_str()) {
                                Some(c) => field.with_metadata(HashMap::from([(
                                    COMMENT_KEY.to_string(),
                                    c.to_string(),
                                )])),
                                None => field,
                            },
                        )
                    })
                    .collect::<Result<Vec<_>>>()?;
                Ok(DataType::Struct(fields.into()))
            }
            Some("array") => Ok(list_of_n(
                from_spark_json(o.get("elementType").ok_or_else(bad)?)?,
                flag(o, "containsNull"),
            )),
            Some("map") => Ok(map_of_n(
                from_spark_json(o.get("keyType").ok_or_else(bad)?)?,
                from_spark_json(o.get("valueType").ok_or_else(bad)?)?,
                flag(o, "valueContainsNull"),
            )),
            _ => Err(bad()),
        },
        _ => Err(bad()),
    }
}

/// Spark's SQL name of a type, as `CAST(x AS INT)` prints it.
/// Nested types as Spark's `DataType.sql` writes them: `STRUCT<a: BIGINT, `b c`: STRING>`,
/// `ARRAY<DOUBLE>`, `MAP<STRING, INT>`.
pub fn sql_name(dt: &DataType) -> String {
    match dt {
        DataType::Struct(fs) => {
            let parts: Vec<String> = fs
                .iter()
                .map(|f| {
                    let n = f.name();
                    let plain =
                        !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                    let n = if plain {
                        n.clone()
                    } else {
                        format!("`{}`", n.replace('`', "``"))
                    };
                    // Spark's StructField.sql: `a: INT NOT NULL COMMENT 'c'`.
                    let not_null = if f.is_nullable() { "" } else { " NOT NULL" };
                    let comment = f
                        .metadata()
                        .get(COMMENT_KEY)
                        .map(|c| {
                            format!(
                                " COMMENT '{}'",
                                c.replace('\\', "\\\\").replace('\'', "\\'")
                            )
                        })
                        .unwrap_or_default();
                    format!("{n}: {}{not_null}{comment}", sql_name(f.data_type()))
                })
                .collect();
            format!("STRUCT<{}>", parts.join(", "))
        }
        DataType::List(f) | DataType::LargeList(f) => format!("ARRAY<{}>", sql_name(f.data_type())),
        DataType::Map(f, _) => match f.data_type() {
            DataType::Struct(kv) if kv.len() == 2 => format!(
                "MAP<{}, {}>",
                sql_name(kv[0].data_type()),
                sql_name(kv[1].data_type())
            ),
            _ => simple_string(dt).to_uppercase(),
        },
        _ => simple_string(dt).to_uppercase(),
    }
}

/// Spark's `typeName` as `printSchema` shows it (`integer`, `long`, `struct`).
fn tree_type_name(dt: &DataType) -> String {
    match dt {
        DataType::Int8 => "byte".into(),
        DataType::Int16 => "short".into(),
        DataType::Int32 => "integer".into(),
        DataType::Int64 => "long".into(),
        DataType::Struct(_) => "struct".into(),
        DataType::List(_) | DataType::LargeList(_) => "array".into(),
        DataType::Map(_, _) => "map".into(),
        DataType::Null => "void".into(),
        other => simple_string(other),
    }
}

/// `printSchema()` output, exactly as Spark prints it (with the trailing blank line).
pub fn tree_string(schema: &Schema) -> String {
    let mut out = String::from("root\n");
    for f in schema.fields() {
        if interval_fields(f).is_some() {
            out.push_str(&format!(
                " |-- {}: {} (nullable = {})\n",
                f.name(),
                field_simple_string(f),
                f.is_nullable()
            ));
            continue;
        }
        tree_field(&mut out, f.name(), f.data_type(), f.is_nullable(), 1);
    }
    out.push('\n');
    out
}

fn tree_field(out: &mut String, name: &str, dt: &DataType, nullable: bool, depth: usize) {
    let prefix = " |   ".repeat(depth - 1);
    out.push_str(&format!(
        "{prefix} |-- {name}: {} (nullable = {nullable})\n",
        tree_type_name(dt)
    ));
    tree_children(out, dt, depth);
}

fn tree_children(out: &mut String, dt: &DataType, depth: usize) {
    let prefix = " |   ".repeat(depth);
    match dt {
        DataType::Struct(fields) => {
            for f in fields {
                tree_field(out, f.name(), f.data_type(), f.is_nullable(), depth + 1);
            }
        }
        DataType::List(f) | DataType::LargeList(f) => {
            out.push_str(&format!(
                "{prefix} |-- element: {} (containsNull = {})\n",
                tree_type_name(f.data_type()),
                f.is_nullable()
            ));
            tree_children(out, f.data_type(), depth + 1);
        }
        DataType::Map(f, _) => {
            if let DataType::Struct(kv) = f.data_type() {
                out.push_str(&format!(
                    "{prefix} |-- key: {}\n",
                    tree_type_name(kv[0].data_type())
                ));
                tree_children(out, kv[0].data_type(), depth + 1);
                out.push_str(&format!(
                    "{prefix} |-- value: {} (valueContainsNull = {})\n",
                    tree_type_name(kv[1].data_type()),
                    kv[1].is_nullable()
                ));
                tree_children(out, kv[1].data_type(), depth + 1);
            }
        }
        _ => {}
    }
}

/// Parses a DDL schema string (`"a INT, b STRUCT<c: STRING>"`, also `"a: int"`).
/// A whole `struct<...>` type is read as its fields (as Spark's `DataType.fromDDL` does).
/// Every field is nullable, `NOT NULL` read and dropped: Spark's `asNullable` of a
/// source's schema (`readStream.schema(...)`, `read.schema(...)`) and of `from_json`'s
/// and `from_csv`'s.
pub fn parse_ddl_schema(ddl: &str) -> Result<Schema> {
    parse_ddl(ddl, false)
}

/// Parses a DDL schema string keeping `NOT NULL` (at any depth) as Spark's
/// `StructType.fromDDL` and `createDataFrame(rows, "a INT NOT NULL")` keep it.
pub fn parse_ddl_schema_not_null(ddl: &str) -> Result<Schema> {
    parse_ddl(ddl, true)
}

fn parse_ddl(ddl: &str, keep_not_null: bool) -> Result<Schema> {
    let t = ddl.trim_start();
    if t.get(..6).is_some_and(|k| k.eq_ignore_ascii_case("struct"))
        && t[6..].trim_start().starts_with('<')
        && let Ok(DataType::Struct(fields)) = parse_type(ddl.trim(), keep_not_null)
    {
        return Ok(Schema::new(fields));
    }
    let mut p = TypeParser {
        s: ddl.as_bytes(),
        pos: 0,
        text: ddl,
        keep_not_null,
    };
    let mut fields = Vec::new();
    loop {
        p.ws();
        if p.pos >= p.s.len() {
            break;
        }
        let name = p.ident()?;
        p.ws();
        if p.peek() == Some(b':') {
            p.pos += 1;
        }
        let dt = p.data_type()?;
        fields.push(p.field(name, dt)?);
        p.ws();
        match p.peek() {
            Some(b',') => p.pos += 1,
            None => break,
            _ => return Err(p.error("',' or the end of the schema")),
        }
    }
    if fields.is_empty() {
        return Err(RunnelError::parse(format!(
            "empty schema string {ddl:?}: expected `name TYPE, ...`"
        )));
    }
    Ok(Schema::new(fields))
}

/// Parses one Spark type name (`int`, `array<string>`, `decimal(10,2)`).
pub fn parse_data_type(text: &str) -> Result<DataType> {
    parse_type(text, false)
}

/// Parses a type to cast to (`CAST(x AS STRUCT<a: INT NOT NULL>)`, `col.cast("...")`,
/// a UDF's return type) as Spark's `DataType.fromDDL`: a struct field's `NOT NULL` and
/// `COMMENT` are kept.
pub fn parse_cast_type(text: &str) -> Result<DataType> {
    parse_type(text, true)
}

/// The prefix of a type name that stands for a type written in SQL text which
/// sqlparser cannot read (`STRUCT<a: INT NOT NULL>`): the text, hex-encoded.
const HEX_TYPE_PREFIX: &str = "__runnel_type_";

/// `text` with each `STRUCT<...>` that holds a `NOT NULL` or `COMMENT` (outside quotes)
/// written as one type name sqlparser reads (see [`parse_cast_type`]).
pub fn hide_struct_constraints(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let mut out = String::new();
    let mut last = 0;
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == b'\\' {
                i += 2;
                continue;
            }
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        if c == b'\'' || c == b'"' || c == b'`' {
            quote = Some(c);
            i += 1;
            continue;
        }
        let word_start = i == 0 || !(b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if word_start && b.len() >= i + 6 && b[i..i + 6].eq_ignore_ascii_case(b"struct") {
            let mut k = i + 6;
            while k < b.len() && b[k].is_ascii_whitespace() {
                k += 1;
            }
            if k < b.len()
                && b[k] == b'<'
                && let Some(end) = closing_angle(b, k)
            {
                let ty = &text[i..=end];
                let bare = strip_quoted(ty).to_ascii_uppercase();
                // Only a type: `struct < 5 AND y IS NOT NULL AND z > 1` compares a
                // column named `struct`.
                if (bare.contains("NOT NULL") || bare.contains("COMMENT"))
                    && parse_cast_type(ty).is_ok()
                {
                    out.push_str(&text[last..i]);
                    out.push_str(HEX_TYPE_PREFIX);
                    for byte in ty.bytes() {
                        out.push_str(&format!("{byte:02x}"));
                    }
                    last = end + 1;
                    i = end + 1;
                    continue;
                }
            }
        }
        i += 1;
    }
    if last == 0 {
        return std::borrow::Cow::Borrowed(text);
    }
    out.push_str(&text[last..]);
    std::borrow::Cow::Owned(out)
}

/// The index of the `>` closing the `<` at `open` (outside quotes), if any.
fn closing_angle(b: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut i = open;
    while i < b.len() {
        let c = b[i];
        match quote {
            Some(q) => {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                b'\'' | b'"' | b'`' => quote = Some(c),
                b'<' => depth += 1,
                b'>' => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                b';' => return None,
                _ => {}
            },
        }
        i += 1;
    }
    None
}

/// `s` without its quoted parts.
fn strip_quoted(s: &str) -> String {
    let mut out = String::new();
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match quote {
            Some(q) => {
                if c == '\\' {
                    chars.next();
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '\'' || c == '"' || c == '`' => quote = Some(c),
            None => out.push(c),
        }
    }
    out
}

fn parse_type(text: &str, keep_not_null: bool) -> Result<DataType> {
    let mut p = TypeParser {
        s: text.as_bytes(),
        pos: 0,
        text,
        keep_not_null,
    };
    let dt = p.data_type()?;
    p.ws();
    if p.pos != p.s.len() {
        return Err(p.error("the end of the type"));
    }
    Ok(dt)
}

struct TypeParser<'a> {
    s: &'a [u8],
    pos: usize,
    text: &'a str,
    /// A field's `NOT NULL` makes it non-nullable (else it is read and dropped).
    keep_not_null: bool,
}

impl TypeParser<'_> {
    fn ws(&mut self) {
        while self.pos < self.s.len() && self.s[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }
    fn peek(&mut self) -> Option<u8> {
        self.ws();
        self.s.get(self.pos).copied()
    }
    fn error(&self, expected: &str) -> RunnelError {
        RunnelError::parse(format!(
            "cannot parse the type string {:?} at position {}: expected {expected}",
            self.text,
            self.pos + 1
        ))
        .with_condition("PARSE_SYNTAX_ERROR")
    }
    fn ident(&mut self) -> Result<String> {
        self.ws();
        if self.peek() == Some(b'`') {
            let start = self.pos + 1;
            let end = self.text[start..]
                .find('`')
                .ok_or_else(|| self.error("a closing backtick"))?
                + start;
            self.pos = end + 1;
            return Ok(self.text[start..end].to_string());
        }
        let start = self.pos;
        while self.pos < self.s.len()
            && (self.s[self.pos].is_ascii_alphanumeric() || self.s[self.pos] == b'_')
        {
            self.pos += 1;
        }
        if start == self.pos {
            return Err(self.error("a name"));
        }
        Ok(self.text[start..self.pos].to_string())
    }
    fn expect(&mut self, c: u8) -> Result<()> {
        if self.peek() == Some(c) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(&format!("'{}'", c as char)))
        }
    }
    fn number(&mut self) -> Result<u32> {
        self.ws();
        let start = self.pos;
        while self.pos < self.s.len() && self.s[self.pos].is_ascii_digit() {
            self.pos += 1;
        }
        self.text[start..self.pos]
            .parse()
            .map_err(|_| self.error("a number"))
    }
    /// A field named `name` of type `dt`, with the `NOT NULL` and `COMMENT '...'` after it.
    fn field(&mut self, name: String, dt: DataType) -> Result<Field> {
        let (nullable, comment) = self.field_suffix()?;
        let f = Field::new(name, dt, nullable);
        Ok(match comment {
            Some(c) => f.with_metadata(HashMap::from([(COMMENT_KEY.to_string(), c)])),
            None => f,
        })
    }
    /// Reads `NOT NULL` and `COMMENT '...'` after a field's type: whether the field is
    /// nullable, and its comment.
    fn field_suffix(&mut self) -> Result<(bool, Option<String>)> {
        let mut nullable = true;
        let mut comment = None;
        loop {
            self.ws();
            let rest = &self.text[self.pos..];
            let upper = rest.to_ascii_uppercase();
            if upper.starts_with("NOT NULL") {
                self.pos += 8;
                nullable = !self.keep_not_null;
            } else if upper.starts_with("COMMENT") {
                self.pos += 7;
                self.ws();
                let Some(q) = self
                    .s
                    .get(self.pos)
                    .copied()
                    .filter(|c| *c == b'\'' || *c == b'"')
                else {
                    return Err(self.error("a quoted comment after COMMENT"));
                };
                self.pos += 1;
                let mut text = String::new();
                loop {
                    let Some(ch) = self.text[self.pos..].chars().next() else {
                        return Err(self.error("the comment's closing quote"));
                    };
                    self.pos += ch.len_utf8();
                    if ch as u32 == q as u32 {
                        break;
                    }
                    if ch == '\\' {
                        if let Some(n) = self.text[self.pos..].chars().next() {
                            self.pos += n.len_utf8();
                            text.push(n);
                        }
                        continue;
                    }
                    text.push(ch);
                }
                comment = Some(text);
            } else {
                return Ok((nullable, comment));
            }
        }
    }
    fn data_type(&mut self) -> Result<DataType> {
        let name = self.ident()?.to_ascii_lowercase();
        if let Some(hex) = name.strip_prefix(HEX_TYPE_PREFIX) {
            let bytes: Option<Vec<u8>> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(hex.get(i..i + 2)?, 16).ok())
                .collect();
            let text = bytes
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| self.error("a type"))?;
            return parse_type(&text, true);
        }
        Ok(match name.as_str() {
            "boolean" | "bool" => DataType::Boolean,
            "byte" | "tinyint" => DataType::Int8,
            "short" | "smallint" => DataType::Int16,
            "int" | "integer" => DataType::Int32,
            "long" | "bigint" => DataType::Int64,
            "float" | "real" => DataType::Float32,
            "double" => DataType::Float64,
            "string" | "varchar" | "char" | "text" => {
                if self.peek() == Some(b'(') {
                    self.pos += 1;
                    self.number()?;
                    self.expect(b')')?;
                }
                DataType::Utf8
            }
            "binary" => DataType::Binary,
            "date" => DataType::Date32,
            "timestamp" | "timestamp_ltz" => timestamp_type(),
            "timestamp_ntz" => DataType::Timestamp(TimeUnit::Microsecond, None),
            "void" => DataType::Null,
            "decimal" | "dec" | "numeric" => {
                if self.peek() == Some(b'(') {
                    self.pos += 1;
                    let p = self.number()?;
                    let s = if self.peek() == Some(b',') {
                        self.pos += 1;
                        self.number()?
                    } else {
                        0
                    };
                    self.expect(b')')?;
                    if p == 0 || p > 38 || s > p {
                        return Err(
                            self.error("a precision from 1 to 38 and a scale no larger than it")
                        );
                    }
                    DataType::Decimal128(p as u8, s as i8)
                } else {
                    DataType::Decimal128(10, 0)
                }
            }
            "array" => {
                self.expect(b'<')?;
                let e = self.data_type()?;
                self.expect(b'>')?;
                list_of(e)
            }
            "map" => {
                self.expect(b'<')?;
                let k = self.data_type()?;
                self.expect(b',')?;
                let v = self.data_type()?;
                self.expect(b'>')?;
                map_of(k, v)
            }
            "struct" => {
                self.expect(b'<')?;
                let mut fields = Vec::new();
                if self.peek() != Some(b'>') {
                    loop {
                        let n = self.ident()?;
                        if self.peek() == Some(b':') {
                            self.pos += 1;
                        }
                        let t = self.data_type()?;
                        fields.push(self.field(n, t)?);
                        if self.peek() == Some(b',') {
                            self.pos += 1;
                        } else {
                            break;
                        }
                    }
                }
                self.expect(b'>')?;
                DataType::Struct(Fields::from(fields))
            }
            // Spark 4.3 reads TIME but refuses it in a query while
            // spark.sql.timeType.enabled is off (its default).
            "time" => {
                return Err(RunnelError::analysis(
                    "UNSUPPORTED_TIME_TYPE",
                    "The data type TIME is not supported. Keep a time of day as a STRING (or a TIMESTAMP on some date) instead.",
                ));
            }
            other => {
                return Err(RunnelError::parse(format!(
                    "Unsupported data type \"{}\" in {:?}. Use one of Spark's type names (int, bigint, double, string, timestamp, date, boolean, decimal(p,s), array<...>, struct<...>, map<...>).",
                    other.to_uppercase(),
                    self.text
                ))
                .with_condition("UNSUPPORTED_DATATYPE"));
            }
        })
    }
}

/// The watermark delay (ms) recorded on a field, if it is an event-time column.
pub fn watermark_delay(field: &Field) -> Option<i64> {
    field
        .metadata()
        .get(WATERMARK_DELAY_KEY)
        .and_then(|v| v.parse().ok())
}

/// A copy of `field` marked as an event-time column with `delay_ms`.
pub fn with_watermark_delay(field: &Field, delay_ms: i64) -> Field {
    let mut md: HashMap<String, String> = field.metadata().clone();
    md.insert(WATERMARK_DELAY_KEY.to_string(), delay_ms.to_string());
    field.clone().with_metadata(md)
}

/// The metadata key of a day-time interval column's fields (`1:3` = HOUR TO MINUTE).
pub const INTERVAL_FIELDS_KEY: &str = "runnel.interval";

/// A copy of `field` (a day-time interval) that prints its fields as Spark does.
pub fn with_interval_fields(field: &Field, start: u8, end: u8) -> Field {
    let mut md: HashMap<String, String> = field.metadata().clone();
    md.insert(INTERVAL_FIELDS_KEY.to_string(), format!("{start}:{end}"));
    field.clone().with_metadata(md)
}

/// A day-time interval field's own start and end fields (0 day, 1 hour, 2 minute,
/// 3 second), when known (see [`with_interval_fields`]).
pub fn interval_fields(field: &Field) -> Option<(u8, u8)> {
    if !matches!(
        field.data_type(),
        DataType::Duration(_) | DataType::Interval(arrow_schema::IntervalUnit::YearMonth)
    ) {
        return None;
    }
    let (a, b) = field.metadata().get(INTERVAL_FIELDS_KEY)?.split_once(':')?;
    Some((a.parse().ok()?, b.parse().ok()?))
}

/// Field metadata key of a DDL column's `COMMENT '...'` (Spark's own key).
pub const COMMENT_KEY: &str = "comment";

/// Field metadata key of the metadata `withMetadata` gave a column (a JSON object).
pub const METADATA_KEY: &str = "runnel.metadata";

/// The metadata Spark shows of a field (`df.schema`'s `metadata`): its comment.
pub fn spark_metadata(f: &Field) -> serde_json::Value {
    let mut m = match f
        .metadata()
        .get(METADATA_KEY)
        .and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
    {
        Some(serde_json::Value::Object(m)) => m,
        _ => serde_json::Map::new(),
    };
    if let Some(c) = f.metadata().get(COMMENT_KEY) {
        m.insert(COMMENT_KEY.into(), serde_json::Value::String(c.clone()));
    }
    serde_json::Value::Object(m)
}

/// Spark's simple string of a field's type: as [`simple_string`], with a day-time
/// interval's own fields (`interval hour`, `interval minute to second`) when known.
pub fn field_simple_string(field: &Field) -> String {
    if let Some((a, b)) = interval_fields(field) {
        let names: &[&str] = if matches!(field.data_type(), DataType::Duration(_)) {
            &["day", "hour", "minute", "second"]
        } else {
            &["year", "month"]
        };
        if let (Some(x), Some(y)) = (names.get(a as usize), names.get(b as usize)) {
            return if a == b {
                format!("interval {x}")
            } else {
                format!("interval {x} to {y}")
            };
        }
    }
    simple_string(field.data_type())
}

/// The order in which Spark widens integral and floating types (TINYINT < SMALLINT < INT
/// < BIGINT < FLOAT < DOUBLE; Spark's `numericPrecedence` without decimals); None for
/// any other type.
pub(crate) fn int_float_rank(t: &DataType) -> Option<u8> {
    Some(match t {
        DataType::Int8 => 0,
        DataType::Int16 => 1,
        DataType::Int32 => 2,
        DataType::Int64 => 3,
        DataType::Float32 => 4,
        DataType::Float64 => 5,
        _ => return None,
    })
}

/// A day-time (`Duration`) or year-month interval type.
pub fn is_ansi_interval(t: &DataType) -> bool {
    matches!(
        t,
        DataType::Duration(_) | DataType::Interval(arrow_schema::IntervalUnit::YearMonth)
    )
}

/// Field metadata: the plan ids a join input's column passes through, comma-separated
/// (`logical/lineage.rs`).
pub const PLANS_KEY: &str = "runnel.plans";

/// A copy of `field` carrying `plans`.
pub fn with_plans(field: &Field, plans: &[usize]) -> Field {
    let mut md: HashMap<String, String> = field.metadata().clone();
    let ids: Vec<String> = plans.iter().map(|p| p.to_string()).collect();
    md.insert(PLANS_KEY.to_string(), ids.join(","));
    field.clone().with_metadata(md)
}

/// The plan ids a join's column passes through, if it came out of a join.
pub fn plans_of(field: &Field) -> Option<Vec<usize>> {
    field
        .metadata()
        .get(PLANS_KEY)
        .map(|s| s.split(',').filter_map(|p| p.parse().ok()).collect())
}

/// The metadata key of a column's DataFrame alias (`df.alias("i")`: `i.column`).
pub const QUALIFIER_KEY: &str = "runnel.qualifier";

/// A copy of `field` that answers to `qualifier.name`.
pub fn with_qualifier(field: &Field, qualifier: &str) -> Field {
    let mut md: HashMap<String, String> = field.metadata().clone();
    md.insert(QUALIFIER_KEY.to_string(), qualifier.to_string());
    field.clone().with_metadata(md)
}

/// The DataFrame alias a column answers to, if any.
pub fn qualifier(field: &Field) -> Option<&str> {
    field.metadata().get(QUALIFIER_KEY).map(|s| s.as_str())
}

/// A copy of `field` without the event-time mark.
pub fn without_watermark(field: &Field) -> Field {
    let mut md = field.metadata().clone();
    md.remove(WATERMARK_DELAY_KEY);
    field.clone().with_metadata(md)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_struct_types_are_hidden() {
        let ty = "SELECT CAST(s AS STRUCT<a: INT NOT NULL>) FROM t";
        assert!(hide_struct_constraints(ty).contains(HEX_TYPE_PREFIX));
        // A column named `struct` compared, with a NOT NULL before a `>`.
        let cmp = "SELECT * FROM t WHERE struct < 5 AND y IS NOT NULL AND z > 1";
        assert_eq!(hide_struct_constraints(cmp), cmp);
    }

    #[test]
    fn parses_ddl_and_prints_simple_strings() {
        let s = parse_ddl_schema("timestamp TIMESTAMP, device STRUCT<id: STRING, temp: DOUBLE>, tags ARRAY<STRING>, n LONG")
            .unwrap();
        let names: Vec<_> = s
            .fields()
            .iter()
            .map(|f| simple_string(f.data_type()))
            .collect();
        assert_eq!(
            names,
            [
                "timestamp",
                "struct<id:string,temp:double>",
                "array<string>",
                "bigint"
            ]
        );
    }

    #[test]
    fn tree_string_matches_spark() {
        let s = Schema::new(vec![
            Field::new("window", window_type(), true),
            Field::new("count", DataType::Int64, true),
        ]);
        assert_eq!(
            tree_string(&s),
            "root\n |-- window: struct (nullable = true)\n |    |-- start: timestamp (nullable = true)\n |    |-- end: timestamp (nullable = true)\n |-- count: long (nullable = true)\n\n"
        );
    }

    #[test]
    fn bad_type_is_an_error() {
        assert!(parse_ddl_schema("a FOO").is_err());
        assert!(parse_ddl_schema("a INT b").is_err());
    }
}
