//! CSV text as Spark's univocity parser and writer handle it, shared by the CSV file
//! source (native), the CSV file sink and the CSV functions (`from_csv`, `to_csv`,
//! `schema_of_csv`).
//!
//! Reading: `sep` (default `,`), quote `"`, escape `\`, no whitespace trimming of
//! strings, unescaped quotes kept up to the next delimiter, an empty field (quoted or not)
//! read as NULL. Values convert as Spark's CSV parser does: numbers and timestamps as
//! casts, except that integers are strict (sign and digits only), booleans are `true` or
//! `false` and dates are `yyyy-MM-dd`. Writing: a value with the separator, a quote or a line break is quoted
//! (quotes and escapes inside escaped with `\`), leading and trailing whitespace is
//! trimmed, an empty string is `""` and NULL is nothing.

use std::sync::Arc;

use arrow_array::{Array, ArrayRef, StringArray};
use arrow_schema::DataType;

use crate::error::Result;
use crate::expr::cast::{cast_array, is_java_space, java_trim};

/// The `sep` (or `delimiter`) option of `o` (keys in lower case): `,` when unset, `\t`
/// spelled out as a tab.
pub fn separator(o: &std::collections::BTreeMap<String, String>) -> String {
    o.get("sep")
        .or_else(|| o.get("delimiter"))
        .map(|s| {
            if s == "\\t" {
                "\t".to_string()
            } else {
                s.clone()
            }
        })
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| ",".into())
}

/// Splits one line into fields (None: NULL).
pub fn split_line(line: &str, sep: &str) -> Vec<Option<String>> {
    split_line_trimmed(line, sep, false, false)
}

/// [`split_line`] with the `ignoreLeadingWhiteSpace` / `ignoreTrailingWhiteSpace`
/// options: univocity skips whitespace (any character up to a space) before a field,
/// so a quote after it opens a quoted field, and drops it after an unquoted one.
pub fn split_line_trimmed(line: &str, sep: &str, lead: bool, trail: bool) -> Vec<Option<String>> {
    let ws = is_java_space;
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        if lead {
            while let Some(c) = rest.chars().next()
                && ws(c)
                && !rest.starts_with(sep)
            {
                rest = &rest[c.len_utf8()..];
            }
        }
        let quoted = rest.starts_with('"');
        let (mut field, next) = one_field(rest, sep);
        if trail && !quoted {
            field.truncate(field.trim_end_matches(ws).len());
        }
        out.push(if field.is_empty() { None } else { Some(field) });
        match next {
            Some(n) => rest = n,
            None => break,
        }
    }
    out
}

/// One field from the start of `s`, and what follows its delimiter (None at the end).
fn one_field<'a>(s: &'a str, sep: &str) -> (String, Option<&'a str>) {
    if let Some(body) = s.strip_prefix('"') {
        let mut value = String::new();
        let mut chars = body.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, n)) = chars.next() {
                        value.push(n);
                    }
                }
                '"' => {
                    // Whitespace between the closing quote and the delimiter (or the end)
                    // is not part of the value (univocity).
                    let mut after = &body[i + 1..];
                    while let Some(c) = after.chars().next()
                        && is_java_space(c)
                        && !after.starts_with(sep)
                    {
                        after = &after[c.len_utf8()..];
                    }
                    if after.is_empty() {
                        return (value, None);
                    }
                    if let Some(next) = after.strip_prefix(sep) {
                        return (value, Some(next));
                    }
                    // Text after the closing quote: the raw field, quotes and all, up to
                    // the next delimiter (univocity's STOP_AT_DELIMITER).
                    return raw_field(s, sep);
                }
                c => value.push(c),
            }
        }
        // No closing quote: the rest of the line, as univocity keeps it.
        return (value, None);
    }
    raw_field(s, sep)
}

fn raw_field<'a>(s: &'a str, sep: &str) -> (String, Option<&'a str>) {
    match s.find(sep) {
        Some(i) => (s[..i].to_string(), Some(&s[i + sep.len()..])),
        None => (s.to_string(), None),
    }
}

/// Converts a column of strings to `ty` as Spark's CSV parser does; NULL where a
/// value does not convert.
pub fn convert(values: &StringArray, ty: &DataType) -> Result<ArrayRef> {
    let strict_int = matches!(
        ty,
        DataType::Int8 | DataType::Int16 | DataType::Int32 | DataType::Int64
    );
    let prepared: StringArray = if ty == &DataType::Boolean {
        // Scala's toBoolean: true or false in any case (a cast would also take `y`, `1`).
        values
            .iter()
            .map(|v| {
                v.filter(|s| s.eq_ignore_ascii_case("true") || s.eq_ignore_ascii_case("false"))
            })
            .collect()
    } else if ty == &DataType::Date32 {
        // The default dateFormat, yyyy-MM-dd (a cast would also take `2024` or `1`).
        values
            .iter()
            .map(|v| v.filter(|s| is_iso_date(s)))
            .collect()
    } else if strict_int {
        values
            .iter()
            // Java's Integer.parseInt: an optional sign and digits, nothing else.
            .map(|v| {
                v.filter(|s| {
                    let d = s.strip_prefix(['-', '+']).unwrap_or(s);
                    !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
                })
            })
            .collect()
    } else if matches!(ty, DataType::Decimal128(..)) {
        // Spark's decimalParser: `new BigDecimal(text without its commas)`, which takes
        // no surrounding spaces (a cast would trim them).
        values
            .iter()
            .map(|v| {
                v.filter(|s| !s.starts_with(is_java_space) && !s.ends_with(is_java_space))
                    .map(|s| s.replace(',', ""))
            })
            .collect()
    } else {
        values.clone()
    };
    let arr: ArrayRef = Arc::new(prepared);
    if ty == &DataType::Utf8 {
        return Ok(arr);
    }
    cast_array(&arr, ty, true)
}

/// Java's `Double.parseDouble` (surrounding whitespace allowed, a trailing `d`/`f` too).
fn converts_trimmed_double(v: &str) -> bool {
    let t = java_trim(v);
    let t = t.strip_suffix(['d', 'D', 'f', 'F']).unwrap_or(t);
    !t.is_empty() && t != v && t.parse::<f64>().is_ok()
}

/// `yyyy-MM-dd` (what Spark's default date format reads).
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// One value as Spark's CSV writer writes it (not NULL: NULL is an empty field):
/// trimmed, `""` when empty, quoted when it holds the separator, a quote or a line break.
pub fn csv_field(v: &str, sep: &str) -> String {
    if v.is_empty() {
        return "\"\"".into();
    }
    let v = java_trim(v);
    if v.contains(sep) || v.contains('"') || v.contains('\n') || v.contains('\r') {
        let mut out = String::with_capacity(v.len() + 2);
        out.push('"');
        for c in v.chars() {
            if c == '"' || c == '\\' {
                out.push('\\');
            }
            out.push(c);
        }
        out.push('"');
        out
    } else {
        v.to_string()
    }
}

/// The type Spark's CSVInferSchema gives one field (None for an empty field, which
/// leaves the column a string): int, bigint, decimal (an integer past bigint), double,
/// date (`yyyy-MM-dd`), timestamp, boolean, else string.
pub fn infer_field(v: Option<&str>) -> Option<DataType> {
    let v = v?;
    let int = |s: &str| {
        let d = s.strip_prefix(['-', '+']).unwrap_or(s);
        !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())
    };
    if int(v) {
        if v.parse::<i32>().is_ok() {
            return Some(DataType::Int32);
        }
        if v.parse::<i64>().is_ok() {
            return Some(DataType::Int64);
        }
        let digits = v
            .trim_start_matches(['-', '+'])
            .trim_start_matches('0')
            .len()
            .max(1);
        if digits <= 38 {
            return Some(DataType::Decimal128(digits as u8, 0));
        }
    }
    let one = StringArray::from(vec![v]);
    let converts = |ty: &DataType| convert(&one, ty).is_ok_and(|a| a.null_count() == 0);
    // Java's Double.parseDouble, which also takes surrounding whitespace.
    if converts(&DataType::Float64) || converts_trimmed_double(v) {
        return Some(DataType::Float64);
    }
    for ty in [
        DataType::Date32,
        crate::types::timestamp_type(),
        DataType::Boolean,
    ] {
        if converts(&ty) {
            return Some(ty);
        }
    }
    Some(DataType::Utf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writer_quotes_trims_and_escapes_as_spark() {
        // What Spark 4.3's to_csv wrote for these values (fn18_to_csv).
        assert_eq!(csv_field("", ","), "\"\"");
        assert_eq!(csv_field(" spaced ", ","), "spaced");
        assert_eq!(csv_field("q,uo\"ted", ","), "\"q,uo\\\"ted\"");
        assert_eq!(csv_field("line\nbreak", ";"), "\"line\nbreak\"");
        assert_eq!(csv_field("semi;colon\\back", ","), "semi;colon\\back");
        assert_eq!(csv_field("semi;colon\\back", ";"), "\"semi;colon\\\\back\"");
    }

    #[test]
    fn inference_follows_csv_infer_schema() {
        // schema_of_csv in Spark 4.3 (fn18_schema_of_csv).
        let t = |v: &str| infer_field(Some(v)).unwrap();
        assert_eq!(t("+3"), DataType::Int32);
        assert_eq!(t("12345678901"), DataType::Int64);
        assert_eq!(t("99999999999999999999"), DataType::Decimal128(20, 0));
        assert_eq!(t(" 5 "), DataType::Float64);
        assert_eq!(t("1e3"), DataType::Float64);
        assert_eq!(t("2024-01-01"), DataType::Date32);
        assert_eq!(t("2024-01-01 10:00:00"), crate::types::timestamp_type());
        assert_eq!(t("TRUE"), DataType::Boolean);
        assert_eq!(t("y"), DataType::Utf8);
        assert_eq!(infer_field(None), None);
    }

    #[test]
    fn reader_booleans_and_dates_are_strict() {
        let v = StringArray::from(vec![Some("TRUE"), Some("y"), Some("1")]);
        let b = convert(&v, &DataType::Boolean).unwrap();
        assert_eq!(b.null_count(), 2);
        let v = StringArray::from(vec![Some("2024-02-29"), Some("1"), Some("2024")]);
        let d = convert(&v, &DataType::Date32).unwrap();
        assert!(d.is_valid(0) && d.is_null(1) && d.is_null(2));
    }
}
