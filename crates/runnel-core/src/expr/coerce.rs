//! Spark's implicit type coercion: the wider of two types, and the casts it inserts.

use arrow_schema::DataType;
use regex::Regex;

use super::phys::PhysExpr;
use crate::error::{Result, RunnelError};
use crate::scalar::ScalarValue;
use crate::types::{self, is_integral, is_numeric};

/// Spark's DATATYPE_MISMATCH error.
pub fn type_mismatch(what: &str, expected: &str, got: &DataType) -> RunnelError {
    RunnelError::analysis(
        "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
        format!(
            "Cannot resolve \"{what}\" due to data type mismatch: expected {expected}, got {}. Cast the value with .cast(...) to the type wanted.",
            types::simple_string(got)
        ),
    )
}

/// Spark's ANSI string promotion for a binary operator (`AnsiStringPromotionTypeCoercion`,
/// `findWiderTypeForString`): a string next to an integral operand is read as BIGINT, next
/// to a fractional one (decimal, float, double) as DOUBLE — both operands then take that
/// type (`'3' + 5` is a BIGINT, `'3' * 2.5` a DOUBLE). None unless exactly one side is a
/// string and the other a number.
pub fn string_promotion(a: &DataType, b: &DataType) -> Option<DataType> {
    let number = match (a, b) {
        (DataType::Utf8, t) | (t, DataType::Utf8) if t != &DataType::Utf8 => t,
        _ => return None,
    };
    if types::is_integral(number) {
        Some(DataType::Int64)
    } else if types::is_numeric(number) {
        Some(DataType::Float64)
    } else {
        None
    }
}

fn numeric_rank(t: &DataType) -> Option<u8> {
    Some(match t {
        DataType::Int8 => 1,
        DataType::Int16 => 2,
        DataType::Int32 => 3,
        DataType::Int64 => 4,
        DataType::Decimal128(_, _) => 5,
        DataType::Float32 => 6,
        DataType::Float64 => 7,
        _ => return None,
    })
}

/// Spark's widest common type of two types (for CASE, IN, coalesce, comparisons, union).
pub fn wider_type(a: &DataType, b: &DataType) -> Option<DataType> {
    if a == b {
        return Some(a.clone());
    }
    match (a, b) {
        (DataType::Null, t) | (t, DataType::Null) => Some(t.clone()),
        // Spark's wider decimal (boundedPreferIntegralDigits): past 38 digits the
        // integral digits stay and the scale gives way.
        (DataType::Decimal128(p1, s1), DataType::Decimal128(p2, s2)) => {
            let s = (*s1).max(*s2) as i16;
            let ip = (*p1 as i16 - *s1 as i16).max(*p2 as i16 - *s2 as i16);
            if ip + s > 38 {
                Some(DataType::Decimal128(38, (38 - ip).max(0) as i8))
            } else {
                Some(DataType::Decimal128((ip + s) as u8, s as i8))
            }
        }
        // ANSI: an int or bigint meets a float as a double (a float holds neither exactly).
        (DataType::Int32 | DataType::Int64, DataType::Float32)
        | (DataType::Float32, DataType::Int32 | DataType::Int64) => Some(DataType::Float64),
        // A decimal meets a float or double as a double.
        (DataType::Decimal128(..), DataType::Float32 | DataType::Float64)
        | (DataType::Float32 | DataType::Float64, DataType::Decimal128(..)) => {
            Some(DataType::Float64)
        }
        (DataType::Decimal128(p, s), i) | (i, DataType::Decimal128(p, s)) if is_integral(i) => {
            let digits: i16 = match i {
                DataType::Int8 => 3,
                DataType::Int16 => 5,
                DataType::Int32 => 10,
                _ => 20,
            };
            let ip = (*p as i16 - *s as i16).max(digits);
            Some(DataType::Decimal128((ip + *s as i16).min(38) as u8, *s))
        }
        (x, y) if numeric_rank(x).is_some() && numeric_rank(y).is_some() => {
            if numeric_rank(x) >= numeric_rank(y) {
                Some(x.clone())
            } else {
                Some(y.clone())
            }
        }
        (DataType::Date32, DataType::Timestamp(..))
        | (DataType::Timestamp(..), DataType::Date32) => Some(types::timestamp_type()),
        (DataType::Timestamp(..), DataType::Timestamp(..)) => Some(types::timestamp_type()),
        // ANSI: a string meets another atomic type by becoming that type.
        (DataType::Utf8, t) | (t, DataType::Utf8)
            if !matches!(t, DataType::Struct(_) | DataType::List(_)) =>
        {
            Some(t.clone())
        }
        (DataType::List(x), DataType::List(y)) => wider_type(x.data_type(), y.data_type())
            .map(|t| types::list_of_n(t, x.is_nullable() || y.is_nullable())),
        // Maps: the wider key and value types (`map()`'s void keys meet any), NULL
        // values if either has them (Spark's findTypeForComplex).
        (DataType::Map(x, _), DataType::Map(y, _)) => {
            let (DataType::Struct(a), DataType::Struct(b)) = (x.data_type(), y.data_type()) else {
                return None;
            };
            if a.len() != 2 || b.len() != 2 {
                return None;
            }
            let k = if types::same_type(a[0].data_type(), b[0].data_type()) {
                a[0].data_type().clone()
            } else {
                wider_type(a[0].data_type(), b[0].data_type())?
            };
            wider_type(a[1].data_type(), b[1].data_type())
                .map(|v| types::map_of_n(k, v, a[1].is_nullable() || b[1].is_nullable()))
        }
        // findTypeForComplex: structs of the same field names (any case), field by field
        // (`struct(1, NULL)` meets `struct(2, 'b')` as struct<col1:int,col2:string>).
        (DataType::Struct(x), DataType::Struct(y))
            if x.len() == y.len()
                && x.iter()
                    .zip(y.iter())
                    .all(|(f, g)| f.name().eq_ignore_ascii_case(g.name())) =>
        {
            let fields = x
                .iter()
                .zip(y.iter())
                .map(|(f, g)| {
                    let name = if f.name() == g.name() {
                        f.name().clone()
                    } else {
                        f.name().to_lowercase()
                    };
                    wider_type(f.data_type(), g.data_type()).map(|t| {
                        arrow_schema::Field::new(name, t, f.is_nullable() || g.is_nullable())
                    })
                })
                .collect::<Option<Vec<_>>>()?;
            Some(DataType::Struct(fields.into()))
        }
        _ => None,
    }
}

/// Wraps `e` in a cast to `to` unless it already has that type.
pub fn cast_if_needed(e: PhysExpr, to: &DataType) -> PhysExpr {
    if &e.data_type() == to || *to == DataType::Null {
        e
    } else if let PhysExpr::Literal(ScalarValue::Null(_)) = e {
        PhysExpr::Literal(ScalarValue::Null(to.clone()))
    } else {
        PhysExpr::Cast {
            expr: Box::new(e),
            to: to.clone(),
            try_: false,
        }
    }
}

/// Implicitly casts `e` to `to` where Spark would, or fails with DATATYPE_MISMATCH.
pub fn coerce_to(e: PhysExpr, to: &DataType, what: &str) -> Result<PhysExpr> {
    let t = e.data_type();
    if types::same_type(&t, to) || t == DataType::Null {
        return Ok(cast_if_needed(e, to));
    }
    let ok = match to {
        DataType::Boolean => t == DataType::Utf8,
        // A BINARY becomes a string where a string is expected (Spark's implicit cast:
        // `lpad(s, 6, X'7576')`, `upper(b)`).
        DataType::Utf8 => !matches!(
            t,
            DataType::Struct(_) | DataType::List(_) | DataType::Map(_, _)
        ),
        t2 if is_numeric(t2) => is_numeric(&t) || t == DataType::Utf8,
        DataType::Timestamp(..) => matches!(
            t,
            DataType::Date32 | DataType::Utf8 | DataType::Timestamp(..)
        ),
        DataType::Date32 => matches!(t, DataType::Utf8 | DataType::Timestamp(..)),
        _ => false,
    };
    if ok {
        Ok(cast_if_needed(e, to))
    } else {
        Err(type_mismatch(what, &types::simple_string(to), &t))
    }
}

/// Translates a SQL LIKE pattern to an anchored regular expression.
pub fn like_to_regex(p: &str, case_insensitive: bool) -> Result<Regex> {
    like_to_regex_escaped(p, case_insensitive, '\\')
}

/// [`like_to_regex`] with the escape character `esc` (`like(str, pattern, escapeChar)`).
pub fn like_to_regex_escaped(p: &str, case_insensitive: bool, esc: char) -> Result<Regex> {
    let mut re = String::from(if case_insensitive { "(?is)^" } else { "(?s)^" });
    let mut chars = p.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c == esc => match chars.next() {
                Some(n) => re.push_str(&regex::escape(&n.to_string())),
                None => re.push_str("\\\\"),
            },
            '%' => re.push_str(".*"),
            '_' => re.push('.'),
            c => re.push_str(&regex::escape(&c.to_string())),
        }
    }
    re.push('$');
    Regex::new(&re)
        .map_err(|e| RunnelError::execution_plain(format!("invalid LIKE pattern {p:?}: {e}")))
}

/// Compiles a Java regular expression (the common subset Rust's `regex` shares).
pub fn compile_java_regex(p: &str) -> Result<Regex> {
    Regex::new(p).map_err(|e| {
        RunnelError::execution(
            "INVALID_PARAMETER_VALUE.PATTERN",
            format!("The value of parameter `regexp` is invalid: {p:?} ({e}). Fix the regular expression."),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_schema::{Field, Fields};

    #[test]
    fn a_string_next_to_a_number_is_bigint_or_double() {
        // Spark 4.3: typeof('3' + 5) is bigint, typeof('3' * 2.5) double.
        let s = DataType::Utf8;
        assert_eq!(
            string_promotion(&s, &DataType::Int32),
            Some(DataType::Int64)
        );
        assert_eq!(string_promotion(&DataType::Int8, &s), Some(DataType::Int64));
        assert_eq!(
            string_promotion(&s, &DataType::Decimal128(2, 1)),
            Some(DataType::Float64)
        );
        assert_eq!(string_promotion(&s, &s), None);
        assert_eq!(string_promotion(&s, &DataType::Null), None);
        assert_eq!(string_promotion(&DataType::Int32, &DataType::Int64), None);
    }

    #[test]
    fn structs_widen_field_by_field() {
        // array(struct(1, NULL), struct(2, 'b')) is array<struct<col1:int,col2:string>>.
        let st = |t: DataType| {
            DataType::Struct(Fields::from(vec![
                Field::new("col1", DataType::Int32, false),
                Field::new("col2", t, true),
            ]))
        };
        assert_eq!(
            wider_type(&st(DataType::Null), &st(DataType::Utf8)),
            Some(st(DataType::Utf8))
        );
        let other = DataType::Struct(Fields::from(vec![
            Field::new("a", DataType::Int32, false),
            Field::new("col2", DataType::Utf8, true),
        ]));
        assert_eq!(wider_type(&st(DataType::Utf8), &other), None);
    }
}
