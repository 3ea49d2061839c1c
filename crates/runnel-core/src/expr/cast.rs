//! `CAST` with Spark's ANSI rules: a value that does not fit fails the query with
//! CAST_INVALID_INPUT / CAST_OVERFLOW unless the cast is a `try_cast`.

use std::sync::Arc;

use arrow_array::builder::*;
use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_cast::cast::{CastOptions, cast_with_options};
use arrow_schema::DataType;

use crate::error::{Result, RunnelError};
use crate::scalar::{display_value, java_double, java_float};
use crate::temporal::{self, US_PER_DAY, US_PER_SEC};
use crate::types::{self, is_numeric};

/// Checks that Spark allows casting `from` to `to`.
pub fn check_cast(from: &DataType, to: &DataType, sql: &str) -> Result<()> {
    let ok = from == to
        || *from == DataType::Null
        || *to == DataType::Utf8
        || (*from == DataType::Utf8
            && !matches!(
                to,
                DataType::Struct(_) | DataType::List(_) | DataType::Map(_, _)
            ))
        || (is_numeric(from)
            && (is_numeric(to) || *to == DataType::Boolean || types::is_timestamp(to)))
        || (*from == DataType::Boolean && is_numeric(to))
        || (types::is_timestamp(from)
            && (matches!(to, DataType::Date32 | DataType::Int64 | DataType::Float64)
                || types::is_timestamp(to)))
        || (*from == DataType::Date32 && types::is_timestamp(to))
        || matches!(
            (from, to),
            (DataType::List(_), DataType::List(_)) | (DataType::Map(..), DataType::Map(..))
        )
        || matches!((from, to), (DataType::Struct(a), DataType::Struct(b)) if a.len() == b.len());
    // A NULL cannot become a value of a NOT NULL field (Spark's ANSI `canAnsiCast`:
    // `resolvableNullability`): `CAST(s AS STRUCT<a: INT NOT NULL>)` of a nullable `a`.
    let ok = ok && nullability_fits(from, to);
    // Spark names the function that does what such a cast would.
    let func = match (from, to) {
        (DataType::Date32, t) if is_numeric(t) => Some("UNIX_DATE"),
        (f, DataType::Date32) if is_numeric(f) => Some("DATE_FROM_UNIX_DATE"),
        _ => None,
    };
    if !ok && let Some(func) = func {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.CAST_WITH_FUNC_SUGGESTION",
            format!(
                "Cannot resolve \"{sql}\" due to data type mismatch: cannot cast \"{}\" to \"{}\". To convert values from \"{}\" to \"{}\", you can use the function `{func}` instead.",
                types::sql_name(from),
                types::sql_name(to),
                types::sql_name(from),
                types::sql_name(to)
            ),
        ));
    }
    if ok {
        Ok(())
    } else {
        Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.CAST_WITHOUT_SUGGESTION",
            format!(
                "Cannot resolve \"{sql}\" due to data type mismatch: cannot cast \"{}\" to \"{}\". Convert the value another way (a function) or cast to a type Spark allows.",
                types::sql_name(from),
                types::sql_name(to)
            ),
        ))
    }
}

/// Whether every nested field, element and value `to` declares NOT NULL is so in `from`.
fn nullability_fits(from: &DataType, to: &DataType) -> bool {
    use DataType as T;
    match (from, to) {
        (T::List(a), T::List(b)) => {
            (!a.is_nullable() || b.is_nullable()) && nullability_fits(a.data_type(), b.data_type())
        }
        (T::Map(a, _), T::Map(b, _)) => nullability_fits(a.data_type(), b.data_type()),
        (T::Struct(a), T::Struct(b)) => a.iter().zip(b.iter()).all(|(x, y)| {
            (!x.is_nullable() || y.is_nullable()) && nullability_fits(x.data_type(), y.data_type())
        }),
        _ => true,
    }
}

/// Spark's `Cast.nullable`: a cast's result may be NULL when its input may, when the cast
/// is a `try_cast` that can fail, or when casting a non-NULL `from` value to `to` can
/// give NULL (`Cast.forceNullable`: a string parsed as a number, a date from a number).
pub fn cast_nullable(from: &DataType, to: &DataType, input_nullable: bool, try_: bool) -> bool {
    if !try_ {
        return input_nullable || force_nullable(from, to);
    }
    match (from, to) {
        (DataType::Utf8, DataType::Binary) => input_nullable,
        (DataType::Decimal128(..), t) if types::is_integral(t) => true,
        _ if can_up_cast(from, to) => input_nullable,
        _ => true,
    }
}

/// Spark's `Cast.forceNullable`.
fn force_nullable(from: &DataType, to: &DataType) -> bool {
    use DataType as T;
    let ltz = |t: &T| matches!(t, T::Timestamp(_, Some(_)));
    match (from, to) {
        (T::Null, _) => false,
        _ if from == to => false,
        (T::Utf8, T::Binary | T::Utf8) => false,
        (T::Utf8, _) => true,
        (_, T::Utf8) => false,
        (f, T::Int8 | T::Int16 | T::Int32) if ltz(f) => true,
        (T::Float32 | T::Float64, t) if ltz(t) => true,
        (f, T::Date32) if ltz(f) => false,
        (_, T::Date32) => true,
        (T::Date32, t) if ltz(t) => false,
        (T::Date32, _) => true,
        (_, T::Decimal128(p, s)) => !null_safe_to_decimal(from, *p, *s),
        (T::Float32 | T::Float64 | T::Decimal128(..), t) if types::is_integral(t) => true,
        _ => false,
    }
}

/// The (precision, scale) Spark's `DecimalType.forType` gives an integral type.
pub(crate) fn integral_decimal(t: &DataType) -> Option<(u8, i8)> {
    match t {
        DataType::Int8 => Some((3, 0)),
        DataType::Int16 => Some((5, 0)),
        DataType::Int32 => Some((10, 0)),
        DataType::Int64 => Some((20, 0)),
        _ => None,
    }
}

/// Spark's `Cast.canNullSafeCastToDecimal`.
fn null_safe_to_decimal(from: &DataType, p: u8, s: i8) -> bool {
    let wider = |fp: u8, fs: i8| (p as i32 - s as i32) >= (fp as i32 - fs as i32) && s >= fs;
    match from {
        DataType::Boolean => wider(1, 0),
        DataType::Decimal128(fp, fs) => {
            wider(*fp, *fs) || (p as i32 - s as i32) > (*fp as i32 - *fs as i32)
        }
        t => integral_decimal(t).is_some_and(|(fp, fs)| wider(fp, fs)),
    }
}

/// Spark's `Cast.canUpCast`: a cast that never loses information.
fn can_up_cast(from: &DataType, to: &DataType) -> bool {
    use DataType as T;
    let rank = types::int_float_rank;
    match (from, to) {
        _ if from == to => true,
        (T::Null, _) => true,
        (T::Decimal128(fp, fs), T::Decimal128(p, s)) => {
            (*p as i32 - *s as i32) >= (*fp as i32 - *fs as i32) && s >= fs
        }
        (f, T::Decimal128(p, s)) => integral_decimal(f)
            .is_some_and(|(fp, fs)| (*p as i32 - *s as i32) >= (fp as i32 - fs as i32) && *s >= fs),
        (T::Decimal128(..), T::Float32 | T::Float64) => true,
        (f, t) if rank(f).is_some() && rank(t).is_some() => rank(f) <= rank(t),
        (T::Date32, T::Timestamp(..)) => true,
        (T::Timestamp(_, None), T::Timestamp(_, Some(_))) => true,
        (_, T::Utf8) => !matches!(from, T::Binary),
        (T::List(a), T::List(b)) => {
            can_up_cast(a.data_type(), b.data_type()) && (!a.is_nullable() || b.is_nullable())
        }
        (T::Struct(a), T::Struct(b)) => {
            a.len() == b.len()
                && a.iter().zip(b.iter()).all(|(x, y)| {
                    can_up_cast(x.data_type(), y.data_type())
                        && (!x.is_nullable() || y.is_nullable())
                })
        }
        _ => false,
    }
}

fn invalid_input(value: &str, from: &DataType, to: &DataType) -> RunnelError {
    RunnelError::execution(
        "CAST_INVALID_INPUT",
        format!(
            "The value '{value}' of the type \"{}\" cannot be cast to \"{}\" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead.",
            types::sql_name(from),
            types::sql_name(to)
        ),
    )
}

fn overflow(value: &str, from: &DataType, to: &DataType) -> RunnelError {
    RunnelError::execution(
        "CAST_OVERFLOW",
        format!(
            "The value {value} of the type \"{}\" cannot be cast to \"{}\" due to an overflow. Use `try_cast` to tolerate overflow and return NULL instead.",
            types::sql_name(from),
            types::sql_name(to)
        ),
    )
}

/// Casts an array with Spark's rules.
pub fn cast_array(array: &ArrayRef, to: &DataType, try_: bool) -> Result<ArrayRef> {
    let from = array.data_type();
    if from == to {
        return Ok(array.clone());
    }
    if *from == DataType::Null {
        return Ok(new_null_array(to, array.len()));
    }
    // Timestamps of another unit (from a host's Arrow data, a Parquet file) become
    // Spark's microseconds first; the arms below read microseconds.
    if let DataType::Timestamp(unit, tz) = from
        && *unit != arrow_schema::TimeUnit::Microsecond
    {
        let us = DataType::Timestamp(arrow_schema::TimeUnit::Microsecond, tz.clone());
        let a = cast_with_options(array, &us, &CastOptions::default())?;
        return cast_array(&a, to, try_);
    }
    if let DataType::Timestamp(unit, _) = to
        && *unit != arrow_schema::TimeUnit::Microsecond
    {
        return Ok(cast_with_options(array, to, &CastOptions::default())?);
    }
    match (from, to) {
        (_, DataType::Utf8) => to_string(array),
        (DataType::Utf8, _) => from_string(array.as_string::<i32>(), to, try_),
        (f, DataType::Boolean) if is_numeric(f) => {
            let a = cast_with_options(array, &DataType::Float64, &CastOptions::default())?;
            Ok(Arc::new(
                a.as_primitive::<Float64Type>()
                    .iter()
                    .map(|v| v.map(|x| x != 0.0))
                    .collect::<BooleanArray>(),
            ))
        }
        (DataType::Boolean, t) if is_numeric(t) => {
            let a: Int32Array = array
                .as_boolean()
                .iter()
                .map(|v| v.map(i32::from))
                .collect();
            numeric_cast(&(Arc::new(a) as ArrayRef), t, try_)
        }
        // A timestamp's date, a date's midnight, and a timestamp with or without a time
        // zone as the other: on the session time zone's wall clock (a TIMESTAMP_NTZ is
        // one already).
        (DataType::Timestamp(_, tz), DataType::Date32) => {
            let a = array.as_primitive::<TimestampMicrosecondType>();
            let zone = tz.as_ref().map(|_| temporal::session_zone());
            Ok(Arc::new(a.unary::<_, Date32Type>(|v| {
                let local = zone.map_or(v, |z| z.to_local(v));
                local.div_euclid(US_PER_DAY) as i32
            })))
        }
        (DataType::Date32, DataType::Timestamp(_, tz)) => {
            let a = array.as_primitive::<Date32Type>();
            let zone = tz.as_ref().map(|_| temporal::session_zone());
            Ok(Arc::new(
                a.unary::<_, TimestampMicrosecondType>(|d| {
                    let local = d as i64 * US_PER_DAY;
                    zone.map_or(local, |z| z.from_local(local))
                })
                .with_timezone_opt(tz.clone()),
            ))
        }
        (DataType::Timestamp(_, from_tz), DataType::Timestamp(_, to_tz)) => {
            let a = array.as_primitive::<TimestampMicrosecondType>();
            let zone = temporal::session_zone();
            let a = match (from_tz, to_tz) {
                (None, Some(_)) => a.unary(|v| zone.from_local(v)),
                (Some(_), None) => a.unary(|v| zone.to_local(v)),
                _ => a.clone(),
            };
            Ok(Arc::new(a.with_timezone_opt(to_tz.clone())))
        }
        (DataType::Timestamp(..), DataType::Int64) => {
            let a = array.as_primitive::<TimestampMicrosecondType>();
            Ok(Arc::new(
                a.unary::<_, Int64Type>(|v| v.div_euclid(US_PER_SEC)),
            ))
        }
        (DataType::Timestamp(..), DataType::Float64) => {
            let a = array.as_primitive::<TimestampMicrosecondType>();
            Ok(Arc::new(
                a.unary::<_, Float64Type>(|v| v as f64 / US_PER_SEC as f64),
            ))
        }
        (f, DataType::Timestamp(..)) if types::is_integral(f) => {
            // Seconds to microseconds, saturating as Java's TimeUnit.toMicros (Spark's
            // CAST(9223372036854775807 AS TIMESTAMP) is +294247-01-10 04:00:54.775807).
            let a = cast_with_options(array, &DataType::Int64, &CastOptions::default())?;
            let out: TimestampMicrosecondArray = a
                .as_primitive::<Int64Type>()
                .unary(|x| x.saturating_mul(US_PER_SEC));
            Ok(Arc::new(out.with_timezone("UTC")))
        }
        (f, DataType::Timestamp(..)) if is_numeric(f) => {
            let a = cast_with_options(array, &DataType::Float64, &CastOptions::default())?;
            let out: TimestampMicrosecondArray = a
                .as_primitive::<Float64Type>()
                .iter()
                .map(|v| v.map(|x| (x * US_PER_SEC as f64) as i64))
                .collect();
            Ok(Arc::new(out.with_timezone("UTC")))
        }
        (f, t) if is_numeric(f) && is_numeric(t) => numeric_cast(array, t, try_),
        (DataType::List(_), DataType::List(ef)) => {
            let l = array.as_list::<i32>();
            let values = cast_array(l.values(), ef.data_type(), try_)?;
            Ok(Arc::new(ListArray::try_new(
                ef.clone(),
                l.offsets().clone(),
                values,
                l.nulls().cloned(),
            )?))
        }
        (DataType::Struct(_), DataType::Struct(tf)) => {
            let s = array.as_struct();
            if s.num_columns() != tf.len() {
                return Err(RunnelError::analysis_plain(
                    "cannot cast between structs with different numbers of fields",
                ));
            }
            let cols: Vec<ArrayRef> = s
                .columns()
                .iter()
                .zip(tf.iter())
                .map(|(c, f)| cast_array(c, f.data_type(), try_))
                .collect::<Result<_>>()?;
            Ok(Arc::new(StructArray::try_new(
                tf.clone(),
                cols,
                s.nulls().cloned(),
            )?))
        }
        // A map's keys and values each cast (Spark's Cast of MapType).
        (DataType::Map(..), DataType::Map(tf, sorted)) => {
            let m = array.as_map();
            let DataType::Struct(kv) = tf.data_type() else {
                crate::internal_err!("map without entries")
            };
            let keys = cast_array(m.keys(), kv[0].data_type(), try_)?;
            let values = cast_array(m.values(), kv[1].data_type(), try_)?;
            let entries = StructArray::try_new(kv.clone(), vec![keys, values], None)?;
            Ok(Arc::new(MapArray::try_new(
                tf.clone(),
                m.offsets().clone(),
                entries,
                m.nulls().cloned(),
                *sorted,
            )?))
        }
        _ => Err(RunnelError::not_supported(format!(
            "cast from {} to {}",
            types::simple_string(from),
            types::simple_string(to)
        ))),
    }
}

fn numeric_cast(array: &ArrayRef, to: &DataType, try_: bool) -> Result<ArrayRef> {
    let from = array.data_type().clone();
    if matches!(from, DataType::Float32 | DataType::Float64)
        && !matches!(
            to,
            DataType::Float32 | DataType::Float64 | DataType::Decimal128(..)
        )
    {
        // Truncate toward zero; NaN and out-of-range values overflow.
        let f = cast_with_options(array, &DataType::Float64, &CastOptions::default())?;
        let f = f.as_primitive::<Float64Type>();
        let (lo, hi) = match to {
            DataType::Int8 => (i8::MIN as f64, i8::MAX as f64),
            DataType::Int16 => (i16::MIN as f64, i16::MAX as f64),
            DataType::Int32 => (i32::MIN as f64, i32::MAX as f64),
            _ => (i64::MIN as f64, i64::MAX as f64),
        };
        let mut b = Int64Builder::with_capacity(f.len());
        for v in f.iter() {
            match v {
                None => b.append_null(),
                Some(x) if x.is_nan() || x.trunc() < lo || x.trunc() > hi => {
                    if try_ {
                        b.append_null()
                    } else {
                        return Err(overflow(&java_double(x), &from, to));
                    }
                }
                Some(x) => b.append_value(x.trunc() as i64),
            }
        }
        let out: ArrayRef = Arc::new(b.finish());
        return Ok(cast_with_options(&out, to, &CastOptions::default())?);
    }
    // A double becomes a decimal through its shortest decimal text, as Spark's
    // Decimal(d) (a BigDecimal of Double.toString), rounded HALF_UP to the scale: 1e15
    // is 1000000000000000 exactly, not the product of a double by 10^scale.
    if let (DataType::Float32 | DataType::Float64, DataType::Decimal128(p, s)) = (&from, to) {
        let f = cast_with_options(array, &DataType::Float64, &CastOptions::default())?;
        let f = f.as_primitive::<Float64Type>();
        let mut out = Vec::with_capacity(f.len());
        for v in f.iter() {
            // NaN and infinity are NULL, even under ANSI (Decimal(d) fails to parse them).
            let Some(x) = v.filter(|x| x.is_finite()) else {
                out.push(None);
                continue;
            };
            match double_to_decimal(x, *p, *s) {
                Some(d) => out.push(Some(d)),
                None if try_ => out.push(None),
                None => {
                    return Err(RunnelError::execution(
                        "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION",
                        format!(
                            "{} cannot be represented as Decimal({p}, {s}). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead. Use try_cast to get NULL, or cast to a wider decimal.",
                            java_double(x)
                        ),
                    ));
                }
            }
        }
        return Ok(Arc::new(
            Decimal128Array::from(out).with_precision_and_scale(*p, *s)?,
        ));
    }
    let nan_free;
    let array = if matches!(from, DataType::Float32 | DataType::Float64)
        && matches!(to, DataType::Decimal128(..))
    {
        let f = cast_with_options(array, &DataType::Float64, &CastOptions::default())?;
        let f = f.as_primitive::<Float64Type>();
        nan_free = Arc::new(
            f.iter()
                .map(|v| v.filter(|x| x.is_finite()))
                .collect::<Float64Array>(),
        ) as ArrayRef;
        &nan_free
    } else {
        array
    };
    let opts = CastOptions {
        safe: try_,
        ..Default::default()
    };
    cast_with_options(array, to, &opts).map_err(|_| {
        // Find the first value that does not fit, for the message.
        let bad = (0..array.len())
            .find(|i| {
                !array.is_null(*i)
                    && cast_with_options(&array.slice(*i, 1), to, &CastOptions::default())
                        .map(|a| a.is_null(0))
                        .unwrap_or(true)
            })
            .map(|i| display_value(array.as_ref(), i))
            .unwrap_or_default();
        if let (true, DataType::Decimal128(p, s)) = (types::is_numeric(&from), to) {
            // A number that does not fit a decimal: Spark's decimal precision change fails
            // with its own condition.
            return RunnelError::execution(
                "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION",
                format!(
                    "{bad} cannot be represented as Decimal({p}, {s}). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead. Use try_cast to get NULL, or cast to a wider decimal."
                ),
            );
        }
        overflow(&bad, &from, to)
    })
}

fn to_string(array: &ArrayRef) -> Result<ArrayRef> {
    let mut b = StringBuilder::with_capacity(array.len(), array.len() * 8);
    match array.data_type() {
        DataType::Float64 => {
            for v in array.as_primitive::<Float64Type>().iter() {
                b.append_option(v.map(java_double));
            }
        }
        DataType::Float32 => {
            for v in array.as_primitive::<Float32Type>().iter() {
                b.append_option(v.map(java_float));
            }
        }
        DataType::Binary => {
            // Spark decodes the bytes as UTF-8, replacing what is not.
            for v in array.as_binary::<i32>().iter() {
                b.append_option(v.map(String::from_utf8_lossy));
            }
        }
        _ => {
            for i in 0..array.len() {
                if array.is_null(i) {
                    b.append_null();
                } else {
                    b.append_value(display_value(array.as_ref(), i));
                }
            }
        }
    }
    Ok(Arc::new(b.finish()))
}

/// Parses a string as Spark's integral cast does in ANSI mode, which `try_cast` shares
/// (`UTF8String.toLongExact`): trimmed, an optional sign and digits; a fraction (`3.5`,
/// `5.`) or an exponent is malformed.
pub fn parse_integral(s: &str) -> Option<i64> {
    s.trim().parse::<i64>().ok()
}

/// A finite double as decimal(p, s) the way Spark's cast does: the shortest decimal
/// text of the double (what Java's Double.toString denotes), rounded HALF_UP to `s`
/// digits; None when it needs more than `p` digits.
fn double_to_decimal(x: f64, p: u8, s: i8) -> Option<i128> {
    let text = format!("{}", x.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let s = s.max(0) as usize;
    let mut v: i128 = 0;
    for c in int
        .chars()
        .chain(frac.chars().chain(std::iter::repeat('0')).take(s))
    {
        v = v.checked_mul(10)?.checked_add(c.to_digit(10)? as i128)?;
    }
    // HALF_UP on the first dropped digit.
    if frac.as_bytes().get(s).is_some_and(|d| *d >= b'5') {
        v = v.checked_add(1)?;
    }
    if v >= 10i128.checked_pow(p as u32)? {
        return None;
    }
    Some(if x < 0.0 { -v } else { v })
}

/// Why a string is not a decimal of the cast's type.
#[derive(Debug, PartialEq)]
pub(crate) enum DecimalText {
    /// Not Java's BigDecimal syntax (CAST_INVALID_INPUT).
    Malformed,
    /// More than 38 digits before the point (NUMERIC_OUT_OF_SUPPORTED_RANGE).
    TooManyDigits,
    /// Does not fit the precision once rounded (NUMERIC_VALUE_OUT_OF_RANGE).
    Overflow,
}

/// Java's `String.trim`: every character up to U+0020 off both ends.
pub(crate) fn java_trim(s: &str) -> &str {
    s.trim_matches(is_java_space)
}

/// What Java's `String.trim` (and univocity's CSV parser) takes for whitespace: any
/// character up to U+0020.
pub(crate) fn is_java_space(c: char) -> bool {
    c <= ' '
}

/// A string as decimal(p, s) the way Spark's cast reads it (`Decimal.fromStringANSI`):
/// the trimmed text as `new java.math.BigDecimal(text)` (a sign, digits with an optional
/// point, an optional exponent; no `_`, `NaN` or `Infinity`), exact, then rounded
/// HALF_UP to `s` digits (`changePrecision`).
pub(crate) fn parse_decimal(text: &str, p: u8, s: i8) -> std::result::Result<i128, DecimalText> {
    let t = java_trim(text);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let (mant, exp) = match body.find(['e', 'E']) {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
    let digits = |x: &str| x.bytes().all(|b| b.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
        return Err(DecimalText::Malformed);
    }
    let exp: i64 = match exp {
        None => 0,
        Some(e) => {
            let d = e.strip_prefix(['+', '-']).unwrap_or(e);
            if d.is_empty() || !digits(d) {
                return Err(DecimalText::Malformed);
            }
            e.parse::<i32>().map_err(|_| DecimalText::Malformed)? as i64
        }
    };
    // The value is `all × 10^(exp - frac.len())`, `all` the digits without leading zeros.
    let all = format!("{int}{frac}");
    let all = all.trim_start_matches('0');
    let point = exp - frac.len() as i64;
    if all.is_empty() {
        return Ok(0);
    }
    if all.len() as i64 + point > 38 {
        return Err(DecimalText::TooManyDigits);
    }
    // Digits kept at scale `s`: shift by `point + s`, half up on the first dropped digit.
    let shift = point + s as i64;
    let kept: i128 = if shift >= 0 {
        let n = all.len() as i64 + shift;
        if n > p as i64 {
            return Err(DecimalText::Overflow);
        }
        let v: i128 = all.parse().map_err(|_| DecimalText::Overflow)?;
        v * 10i128.pow(shift as u32)
    } else {
        let drop = (-shift) as usize;
        let (head, tail) = match drop >= all.len() {
            true => ("", &all[..0]),
            false => all.split_at(all.len() - drop),
        };
        let first_dropped = match drop.cmp(&all.len()) {
            std::cmp::Ordering::Greater => b'0',
            std::cmp::Ordering::Equal => all.as_bytes()[0],
            std::cmp::Ordering::Less => tail.as_bytes()[0],
        };
        if head.len() > 39 {
            return Err(DecimalText::Overflow);
        }
        let v: i128 = match head {
            "" => 0,
            h => h.parse().map_err(|_| DecimalText::Overflow)?,
        };
        v + (first_dropped >= b'5') as i128
    };
    if kept >= 10i128.pow(p as u32) {
        return Err(DecimalText::Overflow);
    }
    Ok(if neg { -kept } else { kept })
}

/// Parses a string as Spark's fractional cast does: Java's number syntax, then the special
/// literals in any case (Cast.processFloatingPointSpecialLiterals: `NAN`, `-INF`, `infinity`).
pub fn parse_double(s: &str) -> Option<f64> {
    let t = s.trim();
    match t.to_ascii_lowercase().as_str() {
        "nan" => return Some(f64::NAN),
        "inf" | "+inf" | "infinity" | "+infinity" => return Some(f64::INFINITY),
        "-inf" | "-infinity" => return Some(f64::NEG_INFINITY),
        _ => {}
    }
    let t = t.strip_suffix(['d', 'D', 'f', 'F']).unwrap_or(t);
    if t.chars()
        .any(|c| c.is_ascii_alphabetic() && c != 'e' && c != 'E')
    {
        return None;
    }
    t.parse::<f64>().ok()
}

fn from_string(a: &StringArray, to: &DataType, try_: bool) -> Result<ArrayRef> {
    let from = DataType::Utf8;
    macro_rules! parse_loop {
        ($builder:expr, $parse:expr) => {{
            let mut b = $builder;
            for v in a.iter() {
                match v {
                    None => b.append_null(),
                    Some(s) => match $parse(s) {
                        Some(x) => b.append_value(x),
                        None if try_ => b.append_null(),
                        None => return Err(invalid_input(s, &from, to)),
                    },
                }
            }
            b.finish()
        }};
    }
    Ok(match to {
        DataType::Boolean => Arc::new(parse_loop!(BooleanBuilder::new(), |s: &str| {
            match s.trim().to_ascii_lowercase().as_str() {
                "true" | "t" | "yes" | "y" | "1" => Some(true),
                "false" | "f" | "no" | "n" | "0" => Some(false),
                _ => None,
            }
        })),
        DataType::Int8 => Arc::new(parse_loop!(Int8Builder::new(), |s: &str| parse_integral(s)
            .and_then(|v| i8::try_from(v).ok()))),
        DataType::Int16 => Arc::new(parse_loop!(Int16Builder::new(), |s: &str| parse_integral(
            s
        )
        .and_then(|v| i16::try_from(v).ok()))),
        DataType::Int32 => Arc::new(parse_loop!(Int32Builder::new(), |s: &str| parse_integral(
            s
        )
        .and_then(|v| i32::try_from(v).ok()))),
        DataType::Int64 => Arc::new(parse_loop!(Int64Builder::new(), parse_integral)),
        DataType::Float64 => Arc::new(parse_loop!(Float64Builder::new(), parse_double)),
        DataType::Float32 => Arc::new(parse_loop!(Float32Builder::new(), |s: &str| parse_double(
            s
        )
        .map(|v| v as f32))),
        DataType::Date32 => Arc::new(parse_loop!(Date32Builder::new(), temporal::parse_date)),
        DataType::Timestamp(_, tz) => {
            // Text without an offset is in the session time zone; a TIMESTAMP_NTZ keeps
            // the wall-clock time and ignores an offset (Spark's
            // stringToTimestampWithoutTimeZone).
            let zone = temporal::session_zone();
            let arr = match tz {
                Some(_) => parse_loop!(TimestampMicrosecondBuilder::new(), |s: &str| {
                    temporal::parse_timestamp_in(s, zone)
                }),
                None => parse_loop!(TimestampMicrosecondBuilder::new(), |s: &str| {
                    temporal::parse_local_timestamp(s).map(|(local, _)| local)
                }),
            };
            Arc::new(arr.with_timezone_opt(tz.clone()))
        }
        DataType::Decimal128(p, sc) => {
            let mut b = Vec::with_capacity(a.len());
            for v in a.iter() {
                b.push(match v.map(|t| (t, parse_decimal(t, *p, *sc))) {
                    None => None,
                    Some((_, Ok(x))) => Some(x),
                    Some(_) if try_ => None,
                    Some((t, Err(DecimalText::Malformed))) => {
                        return Err(invalid_input(t, &from, to));
                    }
                    Some((t, Err(DecimalText::TooManyDigits))) => {
                        return Err(RunnelError::execution(
                            "NUMERIC_OUT_OF_SUPPORTED_RANGE",
                            format!(
                                "The value {} cannot be interpreted as a numeric since it has more than 38 digits. Use a value of at most 38 digits.",
                                java_trim(t)
                            ),
                        ));
                    }
                    Some((t, Err(DecimalText::Overflow))) => {
                        return Err(RunnelError::execution(
                            "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION",
                            format!(
                                " {} cannot be represented as Decimal({p}, {sc}). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead. Use try_cast to get NULL, or cast to a wider decimal.",
                                java_trim(t)
                            ),
                        ));
                    }
                });
            }
            Arc::new(Decimal128Array::from(b).with_precision_and_scale(*p, *sc)?)
        }
        DataType::Binary => {
            let v: BinaryArray = a.iter().map(|s| s.map(|s| s.as_bytes())).collect();
            Arc::new(v)
        }
        other => {
            return Err(RunnelError::not_supported(format!(
                "cast from string to {}",
                types::simple_string(other)
            )));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_to_decimal_is_exact_as_javas_bigdecimal() {
        // Spark 4.3's answers (cast(s AS DECIMAL(p, s)))
        let ok = [
            (
                "1234567890123456789012345678.9012345678",
                38,
                10,
                12345678901234567890123456789012345678,
            ),
            ("  1.5  ", 10, 2, 150),
            ("\t3\n", 10, 2, 300),
            ("1e3", 10, 2, 100000),
            ("1E-3", 10, 2, 0),
            ("1E-3", 38, 10, 10000000),
            ("+7.25", 10, 2, 725),
            ("-.5", 10, 2, -50),
            ("5.", 10, 2, 500),
            ("0.125", 10, 2, 13),
            ("-0.135", 10, 2, -14),
            ("99999999.995", 38, 10, 999999999950000000),
            ("1e-50", 38, 10, 0),
            ("-0", 10, 2, 0),
        ];
        for (t, p, sc, want) in ok {
            assert_eq!(parse_decimal(t, p, sc), Ok(want), "{t:?} as ({p}, {sc})");
        }
        for t in [
            "1.5d", "Infinity", "NaN", "", "1_0", "1,5", "0x10", "1e", ".",
        ] {
            assert_eq!(
                parse_decimal(t, 10, 2),
                Err(DecimalText::Malformed),
                "{t:?}"
            );
        }
        assert_eq!(
            parse_decimal("99999999.995", 10, 2),
            Err(DecimalText::Overflow)
        );
        assert_eq!(
            parse_decimal("12345678901234567890123456789012345678901", 38, 10),
            Err(DecimalText::TooManyDigits)
        );
    }

    #[test]
    fn string_to_double_reads_special_literals_in_any_case_and_nothing_else() {
        assert!(parse_double("NAN").unwrap().is_nan());
        assert!(parse_double(" nan ").unwrap().is_nan());
        assert_eq!(parse_double("-INF"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_double("+Infinity"), Some(f64::INFINITY));
        assert_eq!(parse_double("1.5d"), Some(1.5));
        assert_eq!(parse_double("NaNd"), None);
        assert_eq!(parse_double("infinit"), None);
    }

    #[test]
    fn ansi_cast_fails_on_bad_input_and_try_cast_gives_null() {
        let a: ArrayRef = Arc::new(StringArray::from(vec![Some(" 12 "), Some("x"), None]));
        let e = cast_array(&a, &DataType::Int32, false).unwrap_err();
        assert_eq!(e.condition.as_deref(), Some("CAST_INVALID_INPUT"));
        let ok = cast_array(&a, &DataType::Int32, true).unwrap();
        assert_eq!(
            ok.as_primitive::<Int32Type>().iter().collect::<Vec<_>>(),
            vec![Some(12), None, None]
        );
    }

    #[test]
    fn string_to_int_rejects_a_fraction_as_ansi_and_try_cast_do() {
        let a: ArrayRef = Arc::new(StringArray::from(vec!["-4.5", "5.", "+7", "-0", "1e3"]));
        let e = cast_array(&a, &DataType::Int64, false).unwrap_err();
        assert_eq!(e.condition.as_deref(), Some("CAST_INVALID_INPUT"));
        let ok = cast_array(&a, &DataType::Int64, true).unwrap();
        assert_eq!(
            ok.as_primitive::<Int64Type>().iter().collect::<Vec<_>>(),
            vec![None, None, Some(7), Some(0), None]
        );
    }

    #[test]
    fn double_to_decimal_goes_through_the_shortest_text_half_up() {
        // 1e15 at scale 18: exactly 10^15 (a double product would give 999…9.9455…).
        assert_eq!(double_to_decimal(1e15, 38, 18), Some(10i128.pow(33)));
        assert_eq!(double_to_decimal(2.675, 10, 2), Some(268)); // "2.675" HALF_UP
        assert_eq!(double_to_decimal(-0.125, 10, 2), Some(-13));
        assert_eq!(double_to_decimal(1e-7, 10, 2), Some(0));
        assert_eq!(double_to_decimal(123.0, 4, 2), None); // 12300 needs 5 digits
        let a: ArrayRef = Arc::new(Float64Array::from(vec![Some(1e15), Some(f64::NAN), None]));
        let d = cast_array(&a, &DataType::Decimal128(38, 18), true).unwrap();
        let d = d.as_primitive::<Decimal128Type>();
        assert_eq!(d.value(0), 10i128.pow(33));
        assert!(d.is_null(1) && d.is_null(2));
    }

    #[test]
    fn double_to_int_truncates_and_overflows() {
        let a: ArrayRef = Arc::new(Float64Array::from(vec![87.79, -1.5]));
        let out = cast_array(&a, &DataType::Int32, false).unwrap();
        assert_eq!(
            out.as_primitive::<Int32Type>().values().to_vec(),
            vec![87, -1]
        );
        let big: ArrayRef = Arc::new(Float64Array::from(vec![1e20]));
        assert_eq!(
            cast_array(&big, &DataType::Int32, false)
                .unwrap_err()
                .condition
                .as_deref(),
            Some("CAST_OVERFLOW")
        );
    }

    #[test]
    fn values_to_string_like_spark() {
        let a: ArrayRef = Arc::new(BooleanArray::from(vec![true, false]));
        let s = cast_array(&a, &DataType::Utf8, false).unwrap();
        assert_eq!(s.as_string::<i32>().value(0), "true");
        let d: ArrayRef = Arc::new(Float64Array::from(vec![1.0, 1e10]));
        let s = cast_array(&d, &DataType::Utf8, false).unwrap();
        assert_eq!(s.as_string::<i32>().value(1), "1.0E10");
    }
}
