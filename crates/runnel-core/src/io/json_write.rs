//! Values as Spark writes them in JSON (`to_json`, the JSON file sink) and as text
//! (CSV fields, partition folder names).

use arrow_array::Array;
use arrow_array::cast::AsArray;
use arrow_schema::DataType;

use crate::scalar::{display_value, java_double};

/// A JSON string literal.
pub fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

/// A value as Spark's text writers print it (CSV fields, partition folders).
pub fn text_value(a: &dyn Array, r: usize) -> String {
    match a.data_type() {
        DataType::Timestamp(_, tz) => {
            let us = a
                .as_primitive::<arrow_array::types::TimestampMicrosecondType>()
                .value(r);
            // A TIMESTAMP in the session time zone; a TIMESTAMP_NTZ's wall clock as it is.
            let zone = match tz {
                Some(_) => crate::temporal::session_zone(),
                None => crate::temporal::Zone::UTC,
            };
            spark_timestamp(us, zone)
        }
        _ => display_value(a, r),
    }
}

/// `2025-03-01T10:00:00.000Z`, Spark's default JSON and CSV timestamp format
/// (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`) in `zone` (`2025-03-01T02:00:00.000-08:00` in Los
/// Angeles).
pub fn spark_timestamp(us: i64, zone: crate::temporal::Zone) -> String {
    let offset = zone.offset_at(us);
    let local = us.saturating_add(offset * 1_000_000);
    let base = crate::temporal::format_timestamp_iso(local - local.rem_euclid(1_000_000));
    let ms = local.rem_euclid(1_000_000) / 1000;
    let suffix = match offset {
        0 => "Z".to_string(),
        o => crate::temporal::offset_text(o, true, true),
    };
    format!("{}.{ms:03}{suffix}", base.trim_end_matches('Z'))
}

/// Appends the JSON of row `r` of `a` (non-null) to `out`: nulls inside structs are
/// left out, doubles as Java prints them, NaN and infinities as strings.
pub fn json_value_into(a: &dyn Array, r: usize, out: &mut String) {
    json_value_with(a, r, true, out)
}

/// Whether row `r` of `a` is NULL, a NULL-typed column's rows included (arrow's
/// `NullArray` keeps no validity buffer, so `is_null` alone says no).
fn null_at(a: &dyn Array, r: usize) -> bool {
    matches!(a.data_type(), DataType::Null) || a.is_null(r)
}

/// As [`json_value_into`]; with `ignore_null_fields` false a struct's NULL field is
/// written `null` (Spark's `ignoreNullFields` option) instead of left out.
pub fn json_value_with(a: &dyn Array, r: usize, ignore_null_fields: bool, out: &mut String) {
    match a.data_type() {
        DataType::Utf8 => out.push_str(&json_str(a.as_string::<i32>().value(r))),
        DataType::Float64 => {
            let v = a.as_primitive::<arrow_array::types::Float64Type>().value(r);
            if v.is_finite() {
                out.push_str(&java_double(v));
            } else {
                out.push_str(&json_str(&java_double(v)));
            }
        }
        // Jackson's writeBinary: base64 (Spark's JSON writer).
        DataType::Binary => {
            use base64::Engine;
            let b = base64::engine::general_purpose::STANDARD.encode(a.as_binary::<i32>().value(r));
            out.push_str(&json_str(&b));
        }
        DataType::Boolean
        | DataType::Int8
        | DataType::Int16
        | DataType::Int32
        | DataType::Int64
        | DataType::Decimal128(..) => out.push_str(&display_value(a, r)),
        DataType::Struct(fields) => {
            let s = a.as_struct();
            out.push('{');
            let mut first = true;
            for (f, c) in fields.iter().zip(s.columns()) {
                let null = null_at(c.as_ref(), r);
                if null && ignore_null_fields {
                    continue;
                }
                if !first {
                    out.push(',');
                }
                first = false;
                out.push_str(&json_str(f.name()));
                out.push(':');
                if null {
                    out.push_str("null");
                } else {
                    json_value_with(c.as_ref(), r, ignore_null_fields, out);
                }
            }
            out.push('}');
        }
        DataType::List(_) => {
            let v = a.as_list::<i32>().value(r);
            out.push('[');
            for i in 0..v.len() {
                if i > 0 {
                    out.push(',');
                }
                if null_at(v.as_ref(), i) {
                    out.push_str("null");
                } else {
                    json_value_with(v.as_ref(), i, ignore_null_fields, out);
                }
            }
            out.push(']');
        }
        // Spark's JacksonGenerator: a map is an object of its keys' internal text (a
        // date's days, a timestamp's microseconds) and its values, `null` kept.
        DataType::Map(_, _) => {
            let m = a.as_map();
            let (s, e) = (
                m.value_offsets()[r] as usize,
                m.value_offsets()[r + 1] as usize,
            );
            let (keys, values) = (m.keys(), m.values());
            out.push('{');
            for j in s..e {
                if j > s {
                    out.push(',');
                }
                out.push_str(&json_str(&map_key_text(keys.as_ref(), j)));
                out.push(':');
                if null_at(values.as_ref(), j) {
                    out.push_str("null");
                } else {
                    json_value_with(values.as_ref(), j, ignore_null_fields, out);
                }
            }
            out.push('}');
        }
        _ => out.push_str(&json_str(&text_value(a, r))),
    }
}

/// A map key as Spark's JSON writer names it: the key's internal value as text (Java's
/// `toString` of Spark's internal value: an array or a struct `[1,x,null]` of its parts,
/// a date its days, a timestamp its microseconds; a binary is a Java `byte[]`, printed
/// `[B@` and an identity hash, which here is a hash of its bytes).
fn map_key_text(a: &dyn Array, r: usize) -> String {
    let part = |x: &dyn Array, i: usize| {
        if null_at(x, i) {
            "null".to_string()
        } else {
            map_key_text(x, i)
        }
    };
    match a.data_type() {
        DataType::List(_) => {
            let v = a.as_list::<i32>().value(r);
            let items: Vec<String> = (0..v.len()).map(|i| part(v.as_ref(), i)).collect();
            format!("[{}]", items.join(","))
        }
        DataType::Struct(_) => {
            let s = a.as_struct();
            let items: Vec<String> = s.columns().iter().map(|c| part(c.as_ref(), r)).collect();
            format!("[{}]", items.join(","))
        }
        DataType::Binary => {
            let h = a
                .as_binary::<i32>()
                .value(r)
                .iter()
                .fold(0x811c_9dc5u32, |h, b| {
                    (h ^ *b as u32).wrapping_mul(0x0100_0193)
                });
            format!("[B@{h:x}")
        }
        DataType::Float32 => {
            crate::scalar::java_float(a.as_primitive::<arrow_array::types::Float32Type>().value(r))
        }
        DataType::Utf8 => a.as_string::<i32>().value(r).to_string(),
        DataType::Float64 => {
            java_double(a.as_primitive::<arrow_array::types::Float64Type>().value(r))
        }
        DataType::Date32 => a
            .as_primitive::<arrow_array::types::Date32Type>()
            .value(r)
            .to_string(),
        DataType::Timestamp(..) => a
            .as_primitive::<arrow_array::types::TimestampMicrosecondType>()
            .value(r)
            .to_string(),
        _ => display_value(a, r),
    }
}
