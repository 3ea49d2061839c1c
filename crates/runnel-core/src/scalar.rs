//! Single values: literals, aggregate states, and how Spark prints a value
//! (`show()`, the console sink) and how the oracle files encode one (JSON).

use std::cmp::Ordering;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_schema::{DataType, TimeUnit};

use crate::error::Result;
use crate::temporal;
use crate::types;

/// One value of a Spark type.
#[derive(Debug, Clone, PartialEq)]
pub enum ScalarValue {
    /// NULL of a type.
    Null(DataType),
    /// boolean
    Boolean(bool),
    /// int
    Int32(i32),
    /// bigint
    Int64(i64),
    /// double
    Float64(f64),
    /// string
    Utf8(String),
    /// date, days since the epoch
    Date32(i32),
    /// timestamp, microseconds since the epoch (UTC)
    Timestamp(i64),
    /// decimal(p, s)
    Decimal128(i128, u8, i8),
    /// Spark's day-time interval (`INTERVAL '01' HOUR`): microseconds, and its start and
    /// end fields (0 day, 1 hour, 2 minute, 3 second); Arrow's Duration(µs).
    DayTime(i64, u8, u8),
    /// Spark's year-month interval (`INTERVAL 1 MONTH`, `INTERVAL '1-2' YEAR TO MONTH`):
    /// months, and its start and end fields (0 year, 1 month); Arrow's Interval(YearMonth).
    YearMonth(i32, u8, u8),
    /// A value of any other type (struct, array, map, binary...) as a one-row array: what
    /// `first`, `max`, `collect_list`... keep of such values.
    Nested(ArrayRef),
}

impl ScalarValue {
    /// The Arrow type of the value.
    pub fn data_type(&self) -> DataType {
        match self {
            ScalarValue::Null(t) => t.clone(),
            ScalarValue::Boolean(_) => DataType::Boolean,
            ScalarValue::Int32(_) => DataType::Int32,
            ScalarValue::Int64(_) => DataType::Int64,
            ScalarValue::Float64(_) => DataType::Float64,
            ScalarValue::Utf8(_) => DataType::Utf8,
            ScalarValue::Date32(_) => DataType::Date32,
            ScalarValue::Timestamp(_) => types::timestamp_type(),
            ScalarValue::Decimal128(_, p, s) => DataType::Decimal128(*p, *s),
            ScalarValue::DayTime(..) => DataType::Duration(TimeUnit::Microsecond),
            ScalarValue::YearMonth(..) => DataType::Interval(arrow_schema::IntervalUnit::YearMonth),
            ScalarValue::Nested(a) => a.data_type().clone(),
        }
    }

    /// A BINARY value.
    pub fn binary(bytes: &[u8]) -> ScalarValue {
        ScalarValue::Nested(Arc::new(arrow_array::BinaryArray::from_vec(vec![bytes])))
    }

    /// True for NULL.
    pub fn is_null(&self) -> bool {
        matches!(self, ScalarValue::Null(_))
    }

    /// An array of `n` copies.
    pub fn to_array(&self, n: usize) -> ArrayRef {
        match self {
            ScalarValue::Null(t) => new_null_array(t, n),
            ScalarValue::Boolean(v) => Arc::new(BooleanArray::from(vec![*v; n])),
            ScalarValue::Int32(v) => Arc::new(Int32Array::from_value(*v, n)),
            ScalarValue::Int64(v) => Arc::new(Int64Array::from_value(*v, n)),
            ScalarValue::Float64(v) => Arc::new(Float64Array::from_value(*v, n)),
            ScalarValue::Utf8(v) => Arc::new(StringArray::from_iter_values(std::iter::repeat_n(
                v.as_str(),
                n,
            ))),
            ScalarValue::Date32(v) => Arc::new(Date32Array::from_value(*v, n)),
            ScalarValue::Timestamp(v) => {
                Arc::new(TimestampMicrosecondArray::from_value(*v, n).with_timezone("UTC"))
            }
            ScalarValue::Decimal128(v, p, s) => Arc::new(
                Decimal128Array::from_value(*v, n)
                    .with_precision_and_scale(*p, *s)
                    .unwrap_or_else(|_| Decimal128Array::from_value(*v, n)),
            ),
            ScalarValue::DayTime(v, _, _) => Arc::new(DurationMicrosecondArray::from_value(*v, n)),
            ScalarValue::YearMonth(v, _, _) => {
                Arc::new(arrow_array::IntervalYearMonthArray::from_value(*v, n))
            }
            ScalarValue::Nested(a) => {
                let idx = UInt32Array::from(vec![0u32; n]);
                arrow_select::take::take(a.as_ref(), &idx, None)
                    .unwrap_or_else(|_| new_null_array(a.data_type(), n))
            }
        }
    }

    /// The value at `row` of an array (primitive and string types).
    pub fn try_from_array(array: &dyn Array, row: usize) -> Result<ScalarValue> {
        if array.is_null(row) {
            return Ok(ScalarValue::Null(array.data_type().clone()));
        }
        Ok(match array.data_type() {
            DataType::Boolean => ScalarValue::Boolean(array.as_boolean().value(row)),
            DataType::Int8 => {
                ScalarValue::Int32(array.as_primitive::<Int8Type>().value(row) as i32)
            }
            DataType::Int16 => {
                ScalarValue::Int32(array.as_primitive::<Int16Type>().value(row) as i32)
            }
            DataType::Int32 => ScalarValue::Int32(array.as_primitive::<Int32Type>().value(row)),
            DataType::Int64 => ScalarValue::Int64(array.as_primitive::<Int64Type>().value(row)),
            DataType::Float32 => {
                ScalarValue::Float64(array.as_primitive::<Float32Type>().value(row) as f64)
            }
            DataType::Float64 => {
                ScalarValue::Float64(array.as_primitive::<Float64Type>().value(row))
            }
            DataType::Utf8 => ScalarValue::Utf8(array.as_string::<i32>().value(row).to_string()),
            DataType::Date32 => ScalarValue::Date32(array.as_primitive::<Date32Type>().value(row)),
            DataType::Timestamp(TimeUnit::Microsecond, _) => {
                ScalarValue::Timestamp(array.as_primitive::<TimestampMicrosecondType>().value(row))
            }
            DataType::Decimal128(p, s) => {
                ScalarValue::Decimal128(array.as_primitive::<Decimal128Type>().value(row), *p, *s)
            }
            DataType::Null => ScalarValue::Null(DataType::Null),
            _ => ScalarValue::Nested(array.slice(row, 1)),
        })
    }

    /// Spark's ordering of two non-null values of the same type (NaN is largest).
    pub fn compare(&self, other: &ScalarValue) -> Ordering {
        use ScalarValue::*;
        match (self, other) {
            (Boolean(a), Boolean(b)) => a.cmp(b),
            (Int32(a), Int32(b)) => a.cmp(b),
            (Int64(a), Int64(b)) => a.cmp(b),
            (Float64(a), Float64(b)) => a.total_cmp(b),
            (Utf8(a), Utf8(b)) => a.cmp(b),
            (Date32(a), Date32(b)) => a.cmp(b),
            (Timestamp(a), Timestamp(b)) => a.cmp(b),
            (Decimal128(a, _, _), Decimal128(b, _, _)) => a.cmp(b),
            (DayTime(a, _, _), DayTime(b, _, _)) => a.cmp(b),
            (YearMonth(a, _, _), YearMonth(b, _, _)) => a.cmp(b),
            // Structs field by field, arrays element by element, NULLs first (Spark's
            // ordering of nested values).
            (Nested(a), Nested(b)) => {
                arrow_ord::ord::make_comparator(a.as_ref(), b.as_ref(), Default::default())
                    .map(|cmp| cmp(0, 0))
                    .unwrap_or(Ordering::Equal)
            }
            _ => Ordering::Equal,
        }
    }

    /// The SQL text Spark uses for a literal in a column name (`1`, `books`, `0.5`, `NULL`).
    pub fn sql_name(&self) -> String {
        match self {
            ScalarValue::Null(_) => "NULL".into(),
            ScalarValue::Boolean(b) => b.to_string(),
            ScalarValue::Int32(v) => v.to_string(),
            ScalarValue::Int64(v) => format!("{v}"),
            ScalarValue::Float64(v) => java_double(*v),
            ScalarValue::Utf8(s) => s.clone(),
            ScalarValue::Date32(d) => format!("DATE '{}'", temporal::format_date(*d)),
            ScalarValue::Timestamp(t) => format!(
                "TIMESTAMP '{}'",
                temporal::format_timestamp(temporal::session_zone().to_local(*t))
            ),
            ScalarValue::Decimal128(v, _, s) => format_decimal(*v, *s),
            ScalarValue::DayTime(v, start, end) => day_time_sql(*v, *start, *end),
            ScalarValue::YearMonth(v, start, end) => year_month_sql(*v, *start, *end),
            // Spark's Literal of BinaryType: X'7576'.
            ScalarValue::Nested(a) if a.data_type() == &DataType::Binary && !a.is_null(0) => {
                format!("X'{}'", hex_upper(a.as_binary::<i32>().value(0)))
            }
            ScalarValue::Nested(a)
                if matches!(a.data_type(), DataType::Timestamp(_, None)) && !a.is_null(0) =>
            {
                format!("TIMESTAMP_NTZ '{}'", display_value(a.as_ref(), 0))
            }
            ScalarValue::Nested(a) => display_value(a.as_ref(), 0),
        }
    }
}

/// Upper-case hex digits of bytes (Spark's `hex` of a BINARY, its `X'..'` literals).
pub fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// A year-month interval as Spark prints it: `INTERVAL '1' MONTH`, `INTERVAL '1-2' YEAR TO MONTH`.
pub fn year_month_sql(months: i32, start: u8, end: u8) -> String {
    let sign = if months < 0 { "-" } else { "" };
    let m = months.unsigned_abs();
    match (start, end) {
        (0, 0) => format!("INTERVAL '{sign}{}' YEAR", m / 12),
        (1, 1) => format!("INTERVAL '{sign}{m}' MONTH"),
        _ => format!("INTERVAL '{sign}{}-{}' YEAR TO MONTH", m / 12, m % 12),
    }
}

/// A day-time interval as Spark prints it: `INTERVAL '01:30' HOUR TO MINUTE`,
/// `INTERVAL '2' DAY`, `INTERVAL '30' SECOND` (the leading field unpadded for DAY, two
/// digits otherwise; the others two digits; seconds with their fraction).
pub fn day_time_sql(micros: i64, start: u8, end: u8) -> String {
    const NAMES: [&str; 4] = ["DAY", "HOUR", "MINUTE", "SECOND"];
    const UNIT: [i64; 4] = [86_400_000_000, 3_600_000_000, 60_000_000, 1_000_000];
    let neg = micros < 0;
    let mut rest = micros.unsigned_abs() as i128;
    let mut parts = Vec::new();
    for f in start..=end.min(3) {
        let unit = UNIT[f as usize] as i128;
        if f == end {
            let whole = rest / unit;
            let frac = rest % unit;
            let mut p = if f == start && f == 0 {
                whole.to_string()
            } else {
                format!("{whole:02}")
            };
            if f == 3 && frac != 0 {
                let digits = format!("{frac:06}");
                p.push('.');
                p.push_str(digits.trim_end_matches('0'));
            }
            parts.push(p);
        } else {
            let whole = rest / unit;
            rest %= unit;
            parts.push(if f == start && f == 0 {
                whole.to_string()
            } else {
                format!("{whole:02}")
            });
        }
    }
    let sep = |i: usize| {
        if i == 0 {
            ""
        } else if start == 0 && i == 1 {
            " "
        } else {
            ":"
        }
    };
    let body: String = parts
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{}{p}", sep(i)))
        .collect();
    let fields = if start == end {
        NAMES[start as usize].to_string()
    } else {
        format!("{} TO {}", NAMES[start as usize], NAMES[end as usize])
    };
    format!("INTERVAL '{}{body}' {fields}", if neg { "-" } else { "" })
}

/// Java's `Double.toString`: shortest digits that read back, in plain notation for
/// 1e-3 <= |v| < 1e7 and computerized scientific notation (`1.0E10`) otherwise.
pub fn java_double(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 {
            "Infinity".into()
        } else {
            "-Infinity".into()
        };
    }
    if v == 0.0 {
        return if v.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let a = v.abs();
    if (1e-3..1e7).contains(&a) {
        let s = format!("{v}");
        if s.contains('.') { s } else { format!("{s}.0") }
    } else {
        let s = format!("{v:e}");
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let mant = if mant.contains('.') {
            mant.to_string()
        } else {
            format!("{mant}.0")
        };
        format!("{mant}E{exp}")
    }
}

/// Java's `Float.toString`, as for doubles.
pub fn java_float(v: f32) -> String {
    if v.is_nan() || v.is_infinite() || v == 0.0 {
        return java_double(v as f64);
    }
    let a = v.abs();
    if (1e-3..1e7).contains(&a) {
        let s = format!("{v}");
        if s.contains('.') { s } else { format!("{s}.0") }
    } else {
        let s = format!("{v:e}");
        let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
        let mant = if mant.contains('.') {
            mant.to_string()
        } else {
            format!("{mant}.0")
        };
        format!("{mant}E{exp}")
    }
}

/// A decimal's unscaled value with its scale, as text.
pub fn format_decimal(v: i128, scale: i8) -> String {
    if scale <= 0 {
        return v.to_string();
    }
    let neg = v < 0;
    let digits = v.unsigned_abs().to_string();
    let scale = scale as usize;
    let padded = if digits.len() <= scale {
        format!("{}{}", "0".repeat(scale - digits.len() + 1), digits)
    } else {
        digits
    };
    let (i, f) = padded.split_at(padded.len() - scale);
    format!("{}{i}.{f}", if neg { "-" } else { "" })
}

/// A decimal as PySpark hands it to Python and `str(Decimal(...))` writes it (what the
/// oracle's expected.json records): PySpark builds the Python Decimal from Java's
/// `BigDecimal.toEngineeringString()`, so a value written in E-notation keeps an exponent
/// that is a multiple of 3 (`1E-10` at scale 10 arrives as `100E-12`, printed `1.00E-10`).
pub fn python_decimal(v: i128, scale: i8) -> String {
    let coeff = v.unsigned_abs().to_string();
    let neg = v < 0;
    let adjusted = -(scale as i64) + coeff.len() as i64 - 1;
    // Java writes these plainly; Python then prints the same digits plainly too.
    if scale <= 0 || adjusted >= -6 {
        return python_str(neg, &coeff, -(scale as i64));
    }
    // BigDecimal.toEngineeringString's E-notation, as the digits and exponent it means.
    let mut sig = adjusted.rem_euclid(3);
    let adj = adjusted - sig;
    sig += 1;
    let (digits, exp) = if v == 0 {
        match sig {
            1 => ("0".to_string(), adj),
            2 => ("0".to_string(), adj + 1),
            _ => ("0".to_string(), adj + 2),
        }
    } else if sig as usize >= coeff.len() {
        let mut d = coeff.clone();
        d.push_str(&"0".repeat(sig as usize - coeff.len()));
        (d, adj)
    } else {
        (coeff.clone(), adj - (coeff.len() as i64 - sig))
    };
    python_str(neg, &digits, exp)
}

/// Python's `Decimal.__str__` of `digits × 10^exp`.
fn python_str(neg: bool, digits: &str, exp: i64) -> String {
    let digits = match digits.trim_start_matches('0') {
        "" => "0",
        d => d,
    };
    let n = digits.len() as i64;
    let left = exp + n;
    let dot = if exp <= 0 && left > -6 { left } else { 1 };
    let (int, frac) = if dot <= 0 {
        (
            "0".to_string(),
            format!(".{}{digits}", "0".repeat((-dot) as usize)),
        )
    } else if dot >= n {
        (
            format!("{digits}{}", "0".repeat((dot - n) as usize)),
            String::new(),
        )
    } else {
        (
            digits[..dot as usize].to_string(),
            format!(".{}", &digits[dot as usize..]),
        )
    };
    let e = if left == dot {
        String::new()
    } else {
        format!("E{:+}", left - dot)
    };
    format!("{}{int}{frac}{e}", if neg { "-" } else { "" })
}

/// [`display_value`] of a column's value, an interval with its column's own fields
/// (`INTERVAL '03' HOUR`, not `INTERVAL '0 03:00:00' DAY TO SECOND`).
pub fn display_field_value(field: &arrow_schema::Field, array: &dyn Array, row: usize) -> String {
    match crate::types::interval_fields(field) {
        Some((start, end)) if !array.is_null(row) => match array.data_type() {
            DataType::Duration(TimeUnit::Microsecond) => day_time_sql(
                array.as_primitive::<DurationMicrosecondType>().value(row),
                start,
                end,
            ),
            DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => year_month_sql(
                array
                    .as_primitive::<arrow_array::types::IntervalYearMonthType>()
                    .value(row),
                start,
                end,
            ),
            _ => display_value(array, row),
        },
        _ => display_value(array, row),
    }
}

/// How `show()` prints the value at `row` (`NULL`, `2025-03-01 10:00:00`, `{a, b}`, `[x, y]`).
pub fn display_value(array: &dyn Array, row: usize) -> String {
    if array.is_null(row) {
        return "NULL".into();
    }
    match array.data_type() {
        DataType::Boolean => array.as_boolean().value(row).to_string(),
        DataType::Duration(TimeUnit::Microsecond) => day_time_sql(
            array.as_primitive::<DurationMicrosecondType>().value(row),
            0,
            3,
        ),
        DataType::Interval(arrow_schema::IntervalUnit::YearMonth) => year_month_sql(
            array
                .as_primitive::<arrow_array::types::IntervalYearMonthType>()
                .value(row),
            0,
            1,
        ),
        DataType::Int8 => array.as_primitive::<Int8Type>().value(row).to_string(),
        DataType::Int16 => array.as_primitive::<Int16Type>().value(row).to_string(),
        DataType::Int32 => array.as_primitive::<Int32Type>().value(row).to_string(),
        DataType::Int64 => array.as_primitive::<Int64Type>().value(row).to_string(),
        DataType::Float32 => java_float(array.as_primitive::<Float32Type>().value(row)),
        DataType::Float64 => java_double(array.as_primitive::<Float64Type>().value(row)),
        DataType::Utf8 => array.as_string::<i32>().value(row).to_string(),
        DataType::LargeUtf8 => array.as_string::<i64>().value(row).to_string(),
        DataType::Binary => {
            let b = array.as_binary::<i32>().value(row);
            format!(
                "[{}]",
                b.iter()
                    .map(|x| format!("{x:02X}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        }
        DataType::Date32 => temporal::format_date(array.as_primitive::<Date32Type>().value(row)),
        // A TIMESTAMP on the session time zone's clock; a TIMESTAMP_NTZ as it is.
        DataType::Timestamp(TimeUnit::Microsecond, tz) => {
            let v = array.as_primitive::<TimestampMicrosecondType>().value(row);
            temporal::format_timestamp(match tz {
                Some(_) => temporal::session_zone().to_local(v),
                None => v,
            })
        }
        DataType::Decimal128(_, s) => {
            format_decimal(array.as_primitive::<Decimal128Type>().value(row), *s)
        }
        DataType::Struct(_) => {
            let s = array.as_struct();
            let parts: Vec<String> = s
                .columns()
                .iter()
                .map(|c| display_value(c.as_ref(), row))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        DataType::List(_) => {
            let l = array.as_list::<i32>();
            let v = l.value(row);
            let parts: Vec<String> = (0..v.len()).map(|i| display_value(v.as_ref(), i)).collect();
            format!("[{}]", parts.join(", "))
        }
        DataType::Map(_, _) => {
            let m = array.as_map();
            let e = m.value(row);
            let parts: Vec<String> = (0..e.len())
                .map(|i| {
                    format!(
                        "{} -> {}",
                        display_value(e.column(0).as_ref(), i),
                        display_value(e.column(1).as_ref(), i)
                    )
                })
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        DataType::Null => "NULL".into(),
        other => format!("<{other}>"),
    }
}

/// The order in which `new HashMap(n)` filled with these keys iterates them, where Java
/// hashes them as `crate::java_map` does (strings, ints, longs, doubles, floats, bools);
/// the keys' own order otherwise.
fn java_map_order(keys: &dyn Array) -> Vec<usize> {
    use crate::java_map as j;
    let n = keys.len();
    let hashes: Option<Vec<i32>> = match keys.data_type() {
        DataType::Utf8 => Some(
            (0..n)
                .map(|i| j::string_hash(keys.as_string::<i32>().value(i)))
                .collect(),
        ),
        DataType::Int8 => Some(
            (0..n)
                .map(|i| keys.as_primitive::<Int8Type>().value(i) as i32)
                .collect(),
        ),
        DataType::Int16 => Some(
            (0..n)
                .map(|i| keys.as_primitive::<Int16Type>().value(i) as i32)
                .collect(),
        ),
        DataType::Int32 => Some(
            (0..n)
                .map(|i| keys.as_primitive::<Int32Type>().value(i))
                .collect(),
        ),
        DataType::Int64 => Some(
            (0..n)
                .map(|i| j::long_hash(keys.as_primitive::<Int64Type>().value(i)))
                .collect(),
        ),
        DataType::Float64 => Some(
            (0..n)
                .map(|i| j::double_hash(keys.as_primitive::<Float64Type>().value(i)))
                .collect(),
        ),
        DataType::Float32 => Some(
            (0..n)
                .map(|i| j::float_hash(keys.as_primitive::<Float32Type>().value(i)))
                .collect(),
        ),
        DataType::Boolean => Some(
            (0..n)
                .map(|i| j::bool_hash(keys.as_boolean().value(i)))
                .collect(),
        ),
        _ => None,
    };
    match hashes {
        Some(h) => j::to_java_order(&h),
        None => (0..n).collect(),
    }
}

/// Spark's `Row.jsonValue` of the value at `row` (how a progress's `observedMetrics`
/// writes a metric): integers and doubles as numbers, decimals as numbers, dates
/// `yyyy-MM-dd`, timestamps as their string form in the session time zone,
/// binary as base64, arrays as lists, structs as objects, maps with string keys as
/// objects sorted by key and other maps as lists of `{key, value}`.
pub fn row_json_value(array: &dyn Array, row: usize) -> serde_json::Value {
    use base64::Engine;
    use serde_json::Value as J;
    if array.is_null(row) || array.data_type() == &DataType::Null {
        return J::Null;
    }
    let num = |v: f64| {
        serde_json::Number::from_f64(v)
            .map(J::Number)
            .unwrap_or_else(|| {
                J::String(if v.is_nan() {
                    "NaN".into()
                } else if v > 0.0 {
                    "Infinity".into()
                } else {
                    "-Infinity".into()
                })
            })
    };
    match array.data_type() {
        DataType::Float32 => num(array.as_primitive::<Float32Type>().value(row) as f64),
        DataType::Float64 => num(array.as_primitive::<Float64Type>().value(row)),
        DataType::Decimal128(_, s) => {
            let text = python_decimal(array.as_primitive::<Decimal128Type>().value(row), *s);
            text.parse::<f64>().map(num).unwrap_or(J::String(text))
        }
        // In the session time zone (a TIMESTAMP_NTZ as it is), as `show()` prints it.
        DataType::Timestamp(TimeUnit::Microsecond, _) => J::String(display_value(array, row)),
        DataType::Binary => J::String(
            base64::engine::general_purpose::STANDARD.encode(array.as_binary::<i32>().value(row)),
        ),
        DataType::Struct(fields) => {
            let s = array.as_struct();
            let mut m = serde_json::Map::new();
            for (fld, col) in fields.iter().zip(s.columns()) {
                m.insert(fld.name().clone(), row_json_value(col.as_ref(), row));
            }
            J::Object(m)
        }
        DataType::List(_) => {
            let v = array.as_list::<i32>().value(row);
            J::Array(
                (0..v.len())
                    .map(|i| row_json_value(v.as_ref(), i))
                    .collect(),
            )
        }
        DataType::Map(_, _) => {
            let e = array.as_map().value(row);
            let (k, v) = (e.column(0).as_ref(), e.column(1).as_ref());
            if matches!(k.data_type(), DataType::Utf8) {
                let mut pairs: Vec<(String, J)> = (0..e.len())
                    .map(|i| (display_value(k, i), row_json_value(v, i)))
                    .collect();
                pairs.sort_by(|a, b| a.0.cmp(&b.0));
                J::Object(pairs.into_iter().collect())
            } else {
                J::Array(
                    (0..e.len())
                        .map(|i| {
                            let mut m = serde_json::Map::new();
                            m.insert("key".into(), row_json_value(k, i));
                            m.insert("value".into(), row_json_value(v, i));
                            J::Object(m)
                        })
                        .collect(),
                )
            }
        }
        _ => json_value(array, row),
    }
}

/// The oracle files' JSON encoding of the value at `row` (see the oracle README).
pub fn json_value(array: &dyn Array, row: usize) -> serde_json::Value {
    use serde_json::Value as J;
    // A `void` column is all NULL (Arrow's NullArray reports no nulls in its bitmap).
    if array.is_null(row) || array.data_type() == &DataType::Null {
        return J::Null;
    }
    let f = |v: f64| -> J {
        if v.is_nan() {
            J::String("NaN".into())
        } else if v.is_infinite() {
            J::String(if v > 0.0 { "Infinity" } else { "-Infinity" }.into())
        } else {
            serde_json::Number::from_f64(v)
                .map(J::Number)
                .unwrap_or(J::Null)
        }
    };
    match array.data_type() {
        DataType::Boolean => J::Bool(array.as_boolean().value(row)),
        DataType::Int8 => J::from(array.as_primitive::<Int8Type>().value(row)),
        DataType::Int16 => J::from(array.as_primitive::<Int16Type>().value(row)),
        DataType::Int32 => J::from(array.as_primitive::<Int32Type>().value(row)),
        DataType::Int64 => J::from(array.as_primitive::<Int64Type>().value(row)),
        DataType::Float32 => f(array.as_primitive::<Float32Type>().value(row) as f64),
        DataType::Float64 => f(array.as_primitive::<Float64Type>().value(row)),
        DataType::Utf8 => J::String(array.as_string::<i32>().value(row).to_string()),
        DataType::Binary => J::String(
            array
                .as_binary::<i32>()
                .value(row)
                .iter()
                .map(|x| format!("{x:02x}"))
                .collect(),
        ),
        DataType::Date32 => J::String(temporal::format_date(
            array.as_primitive::<Date32Type>().value(row),
        )),
        DataType::Timestamp(TimeUnit::Microsecond, _) => J::String(temporal::format_timestamp_iso(
            array.as_primitive::<TimestampMicrosecondType>().value(row),
        )),
        DataType::Decimal128(_, s) => J::String(python_decimal(
            array.as_primitive::<Decimal128Type>().value(row),
            *s,
        )),
        DataType::Struct(fields) => {
            let s = array.as_struct();
            let mut m = serde_json::Map::new();
            for (fld, col) in fields.iter().zip(s.columns()) {
                m.insert(fld.name().clone(), json_value(col.as_ref(), row));
            }
            J::Object(m)
        }
        DataType::List(_) => {
            let v = array.as_list::<i32>().value(row);
            J::Array((0..v.len()).map(|i| json_value(v.as_ref(), i)).collect())
        }
        DataType::Map(_, _) => {
            // PySpark's `collect()` gets a map through `new HashMap(n)` (Spark's
            // `EvaluatePython.toJava`), so its entries come in that map's order.
            let e = array.as_map().value(row);
            let mut m = serde_json::Map::new();
            for i in java_map_order(e.column(0).as_ref()) {
                m.insert(
                    display_value(e.column(0).as_ref(), i),
                    json_value(e.column(1).as_ref(), i),
                );
            }
            J::Object(m)
        }
        _ => J::String(display_value(array, row)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn java_double_formatting() {
        assert_eq!(java_double(0.8473999999999999), "0.8473999999999999");
        assert_eq!(java_double(17.0), "17.0");
        assert_eq!(java_double(1e10), "1.0E10");
        assert_eq!(java_double(1.5e-5), "1.5E-5");
        // PySpark's str(Decimal) of decimal(38,10) values (recorded with Spark 4.3).
        assert_eq!(python_decimal(1, 10), "1.00E-10");
        assert_eq!(python_decimal(5, 10), "5.00E-10");
        assert_eq!(python_decimal(10, 10), "1.0E-9");
        assert_eq!(python_decimal(0, 10), "0E-10");
        assert_eq!(python_decimal(15_000_000_000, 10), "1.5000000000");
        assert_eq!(python_decimal(-500000000050, 23), "-5.00000000050E-12");
        assert_eq!(python_decimal(0, 9), "0E-9");
        assert_eq!(java_double(12345678.9), "1.23456789E7");
        assert_eq!(format_decimal(-5, 2), "-0.05");
    }
}

/// A little-endian byte codec for state values: [`ScalarValue`]s and the numbers of
/// accumulators. Decoding checks lengths and never panics on short input.
pub mod codec {
    use super::ScalarValue;
    use crate::error::{Result, RunnelError};
    use arrow_array::{ArrayRef, RecordBatch};
    use arrow_schema::DataType;
    use std::sync::Arc;

    fn short() -> RunnelError {
        RunnelError::io("a state value is cut short or does not match the query's state schema")
            .with_condition("STATE_STORE_VALUE_SCHEMA_NOT_COMPATIBLE")
    }

    /// Appends an `i64`.
    pub fn put_i64(out: &mut Vec<u8>, v: i64) {
        out.extend_from_slice(&v.to_le_bytes());
    }

    /// Appends an `i128`.
    pub fn put_i128(out: &mut Vec<u8>, v: i128) {
        out.extend_from_slice(&v.to_le_bytes());
    }

    /// Appends an `f64`.
    pub fn put_f64(out: &mut Vec<u8>, v: f64) {
        out.extend_from_slice(&v.to_le_bytes());
    }

    /// Appends a length-prefixed byte string.
    pub fn put_bytes(out: &mut Vec<u8>, b: &[u8]) {
        put_i64(out, b.len() as i64);
        out.extend_from_slice(b);
    }

    /// Takes `n` bytes.
    pub fn take<'a>(buf: &mut &'a [u8], n: usize) -> Result<&'a [u8]> {
        if buf.len() < n {
            return Err(short());
        }
        let (a, b) = buf.split_at(n);
        *buf = b;
        Ok(a)
    }

    /// Appends an optional `i64` (a flag byte, then the value when present).
    pub fn put_opt_i64(out: &mut Vec<u8>, v: Option<i64>) {
        match v {
            Some(x) => {
                out.push(1);
                put_i64(out, x);
            }
            None => out.push(0),
        }
    }

    /// Takes an optional `i64` written by [`put_opt_i64`].
    pub fn get_opt_i64(buf: &mut &[u8]) -> Result<Option<i64>> {
        Ok(match get_u8(buf)? {
            0 => None,
            _ => Some(get_i64(buf)?),
        })
    }

    /// Takes one byte.
    pub fn get_u8(buf: &mut &[u8]) -> Result<u8> {
        Ok(take(buf, 1)?[0])
    }

    /// Takes an `i64`.
    pub fn get_i64(buf: &mut &[u8]) -> Result<i64> {
        let b = take(buf, 8)?;
        Ok(i64::from_le_bytes(b.try_into().map_err(|_| short())?))
    }

    /// Takes an `i128`.
    pub fn get_i128(buf: &mut &[u8]) -> Result<i128> {
        let b = take(buf, 16)?;
        Ok(i128::from_le_bytes(b.try_into().map_err(|_| short())?))
    }

    /// Takes an `f64`.
    pub fn get_f64(buf: &mut &[u8]) -> Result<f64> {
        Ok(f64::from_bits(get_i64(buf)? as u64))
    }

    /// Takes a length-prefixed byte string.
    pub fn get_bytes<'a>(buf: &mut &'a [u8]) -> Result<&'a [u8]> {
        let n = get_i64(buf)?;
        if n < 0 {
            return Err(short());
        }
        take(buf, n as usize)
    }

    /// Appends a scalar (its type is known to the reader).
    pub fn put_scalar(out: &mut Vec<u8>, v: &ScalarValue) {
        match v {
            ScalarValue::Null(_) => out.push(0),
            ScalarValue::Boolean(b) => out.extend_from_slice(&[1, *b as u8]),
            ScalarValue::Int32(x) => {
                out.push(2);
                put_i64(out, *x as i64)
            }
            ScalarValue::Int64(x) => {
                out.push(3);
                put_i64(out, *x)
            }
            ScalarValue::Float64(x) => {
                out.push(4);
                put_f64(out, *x)
            }
            ScalarValue::Utf8(s) => {
                out.push(5);
                put_bytes(out, s.as_bytes())
            }
            ScalarValue::Date32(x) => {
                out.push(6);
                put_i64(out, *x as i64)
            }
            ScalarValue::Timestamp(x) => {
                out.push(7);
                put_i64(out, *x)
            }
            ScalarValue::Decimal128(x, p, s) => {
                out.extend_from_slice(&[8, *p, *s as u8]);
                put_i128(out, *x)
            }
            ScalarValue::DayTime(x, a, b) => {
                out.extend_from_slice(&[9, *a, *b]);
                put_i64(out, *x)
            }
            ScalarValue::YearMonth(x, a, b) => {
                out.extend_from_slice(&[10, *a, *b]);
                put_i64(out, *x as i64)
            }
            ScalarValue::Nested(a) => {
                out.push(11);
                put_bytes(out, &nested_ipc(a));
            }
        }
    }

    /// A one-row array as an Arrow IPC stream of one column.
    fn nested_ipc(a: &ArrayRef) -> Vec<u8> {
        let schema = Arc::new(arrow_schema::Schema::new(vec![arrow_schema::Field::new(
            "v",
            a.data_type().clone(),
            true,
        )]));
        let mut out = Vec::new();
        let written = RecordBatch::try_new(schema.clone(), vec![a.clone()]).and_then(|b| {
            let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &schema)?;
            w.write(&b)?;
            w.finish()
        });
        if written.is_err() {
            out.clear();
        }
        out
    }

    fn nested_from_ipc(bytes: &[u8]) -> Result<ArrayRef> {
        // Damaged bytes (a state file's) can make arrow-ipc panic: an error instead.
        let first = crate::ipc_check::no_panic(|| {
            let mut r =
                arrow_ipc::reader::StreamReader::try_new(std::io::Cursor::new(bytes), None)?;
            r.next().transpose()
        })
        .map_err(|_| short())?;
        match first {
            Some(b) if b.num_columns() == 1 && b.num_rows() == 1 => Ok(b.column(0).clone()),
            _ => Err(short()),
        }
    }

    /// Takes a scalar written by [`put_scalar`]; `ty` types a NULL.
    pub fn get_scalar(buf: &mut &[u8], ty: &DataType) -> Result<ScalarValue> {
        Ok(match get_u8(buf)? {
            0 => ScalarValue::Null(ty.clone()),
            1 => ScalarValue::Boolean(get_u8(buf)? != 0),
            2 => ScalarValue::Int32(get_i64(buf)? as i32),
            3 => ScalarValue::Int64(get_i64(buf)?),
            4 => ScalarValue::Float64(get_f64(buf)?),
            5 => {
                ScalarValue::Utf8(String::from_utf8(get_bytes(buf)?.to_vec()).map_err(|_| short())?)
            }
            6 => ScalarValue::Date32(get_i64(buf)? as i32),
            7 => ScalarValue::Timestamp(get_i64(buf)?),
            8 => {
                let p = get_u8(buf)?;
                let s = get_u8(buf)? as i8;
                ScalarValue::Decimal128(get_i128(buf)?, p, s)
            }
            9 => {
                let a = get_u8(buf)?;
                let b = get_u8(buf)?;
                ScalarValue::DayTime(get_i64(buf)?, a, b)
            }
            10 => {
                let a = get_u8(buf)?;
                let b = get_u8(buf)?;
                ScalarValue::YearMonth(get_i64(buf)? as i32, a, b)
            }
            11 => ScalarValue::Nested(nested_from_ipc(get_bytes(buf)?)?),
            _ => return Err(short()),
        })
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn scalars_round_trip_and_short_input_is_an_error() {
            let vals = vec![
                ScalarValue::Null(DataType::Utf8),
                ScalarValue::Boolean(true),
                ScalarValue::Int32(-3),
                ScalarValue::Int64(1 << 40),
                ScalarValue::Float64(2.5),
                ScalarValue::Utf8("héllo".into()),
                ScalarValue::Date32(19000),
                ScalarValue::Timestamp(-5),
                ScalarValue::Decimal128(12345, 10, 2),
                // A struct (what max(struct(...)) or first of a struct keeps in state).
                ScalarValue::Nested(Arc::new(arrow_array::StructArray::from(vec![(
                    Arc::new(arrow_schema::Field::new("x", DataType::Int64, true)),
                    Arc::new(arrow_array::Int64Array::from(vec![7])) as ArrayRef,
                )]))),
            ];
            let mut out = Vec::new();
            for v in &vals {
                put_scalar(&mut out, v);
            }
            let mut buf = &out[..];
            for v in &vals {
                assert_eq!(&get_scalar(&mut buf, &DataType::Utf8).unwrap(), v);
            }
            assert!(buf.is_empty());
            let mut cut = &out[..out.len() - 3];
            let r: Result<Vec<_>> = (0..vals.len())
                .map(|_| get_scalar(&mut cut, &DataType::Utf8))
                .collect();
            assert!(r.is_err());
        }
    }
}

/// Spark's `NormalizeFloatingNumbers` for grouping, join and deduplication keys: -0.0
/// becomes 0.0 and every NaN the one NaN, in float columns and in the fields of structs,
/// so that they compare equal (grouping keys also show so in the output).
pub fn normalize_floats(a: &ArrayRef) -> ArrayRef {
    macro_rules! floats {
        ($t:ty, $nan:expr) => {{
            let p = a.as_primitive::<$t>();
            let odd = |v: &_| {
                let v: <$t as ArrowPrimitiveType>::Native = *v;
                (v == 0.0 && v.is_sign_negative()) || (v.is_nan() && v.to_bits() != $nan.to_bits())
            };
            if !p.values().iter().any(odd) {
                return a.clone();
            }
            let fixed: PrimitiveArray<$t> = p.unary(|v| {
                if v == 0.0 {
                    0.0
                } else if v.is_nan() {
                    $nan
                } else {
                    v
                }
            });
            Arc::new(fixed) as ArrayRef
        }};
    }
    match a.data_type() {
        DataType::Float64 => floats!(Float64Type, f64::NAN),
        DataType::Float32 => floats!(Float32Type, f32::NAN),
        DataType::Struct(fields) => {
            let st = a.as_struct();
            let cols: Vec<ArrayRef> = st.columns().iter().map(normalize_floats).collect();
            if cols
                .iter()
                .zip(st.columns())
                .all(|(x, y)| Arc::ptr_eq(x, y))
            {
                return a.clone();
            }
            Arc::new(StructArray::new(fields.clone(), cols, st.nulls().cloned()))
        }
        // An array's elements (arrays compare element by element).
        DataType::List(f) => {
            let l = a.as_list::<i32>();
            let values = normalize_floats(l.values());
            if Arc::ptr_eq(&values, l.values()) {
                return a.clone();
            }
            Arc::new(ListArray::new(
                f.clone(),
                l.offsets().clone(),
                values,
                l.nulls().cloned(),
            ))
        }
        _ => a.clone(),
    }
}
