//! Exact decimal arithmetic as Spark does it (`DecimalPrecision`, with
//! `spark.sql.decimalOperations.allowPrecisionLoss` at its default, true): each operator's
//! result precision and scale, integers promoted to decimals, values computed exactly and
//! rounded half up to the result scale, `NUMERIC_VALUE_OUT_OF_RANGE` when a value does
//! not fit (ANSI mode).

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::Decimal128Type;
use arrow_array::{Array, ArrayRef, Decimal128Array};
use arrow_buffer::i256;
use arrow_schema::DataType;

use super::BinaryOp;
use super::phys::PhysExpr;
use super::phys::{Kernel, Nulls, Props};
use crate::error::{Result, RunnelError};
use crate::scalar::ScalarValue;

/// Spark's largest decimal precision.
pub const MAX_PRECISION: u8 = 38;

/// The decimal type an integral operand becomes beside a decimal: a literal as many
/// digits as it has (`DecimalType.fromLiteral`), a column its type's (`DecimalType.forType`).
pub fn promoted(e: &PhysExpr) -> Option<(u8, i8)> {
    if let PhysExpr::Literal(v) = e {
        let n: Option<i128> = match v {
            ScalarValue::Int32(x) => Some(*x as i128),
            ScalarValue::Int64(x) => Some(*x as i128),
            _ => None,
        };
        if let Some(n) = n {
            let digits = n.unsigned_abs().to_string().len() as u8;
            return Some((digits.max(1), 0));
        }
    }
    match e.data_type() {
        DataType::Decimal128(p, s) => Some((p, s)),
        DataType::Int8 => Some((3, 0)),
        DataType::Int16 => Some((5, 0)),
        DataType::Int32 => Some((10, 0)),
        DataType::Int64 => Some((20, 0)),
        _ => None,
    }
}

/// Spark's `DecimalType.adjustPrecisionScale`: past 38 digits, keep the integral digits
/// and give up scale, down to 6 (or the scale asked for, if smaller).
fn adjust(p: i32, s: i32) -> (u8, i8) {
    if p <= MAX_PRECISION as i32 {
        return (p as u8, s as i8);
    }
    let int_digits = p - s;
    let min_scale = s.min(6);
    let scale = (MAX_PRECISION as i32 - int_digits).max(min_scale);
    (MAX_PRECISION, scale as i8)
}

/// The result type of `l op r` for decimal operands (p, s).
pub fn result_type(op: BinaryOp, (p1, s1): (u8, i8), (p2, s2): (u8, i8)) -> Option<(u8, i8)> {
    let (p1, s1, p2, s2) = (p1 as i32, s1 as i32, p2 as i32, s2 as i32);
    Some(match op {
        BinaryOp::Plus | BinaryOp::Minus => {
            let s = s1.max(s2);
            adjust((p1 - s1).max(p2 - s2) + s + 1, s)
        }
        BinaryOp::Multiply => adjust(p1 + p2 + 1, s1 + s2),
        BinaryOp::Divide => {
            let s = 6.max(s1 + p2 + 1);
            adjust(p1 - s1 + s2 + s, s)
        }
        BinaryOp::Modulo => {
            let s = s1.max(s2);
            adjust((p1 - s1).min(p2 - s2) + s, s)
        }
        _ => return None,
    })
}

fn pow10(n: u32) -> i256 {
    let mut v = i256::ONE;
    let ten = i256::from_i128(10);
    for _ in 0..n {
        v = v.wrapping_mul(ten);
    }
    v
}

/// `v / 10^k` rounded half up (away from zero on a tie), or `v * 10^-k` for negative `k`.
fn rescale(v: i256, k: i32) -> i256 {
    if k <= 0 {
        return v.wrapping_mul(pow10((-k) as u32));
    }
    let d = pow10(k as u32);
    div_half_up(v, d)
}

/// `n / d` rounded half up (d ≠ 0).
pub(crate) fn div_half_up(n: i256, d: i256) -> i256 {
    let q = n.wrapping_div(d);
    let r = n.wrapping_rem(d);
    let two_r = r.wrapping_mul(i256::from_i128(2)).wrapping_abs();
    if two_r >= d.wrapping_abs() {
        let neg = (n < i256::ZERO) != (d < i256::ZERO);
        if neg {
            q.wrapping_sub(i256::ONE)
        } else {
            q.wrapping_add(i256::ONE)
        }
    } else {
        q
    }
}

fn decimal_string(v: i256, s: i8) -> String {
    let neg = v < i256::ZERO;
    let digits = v.wrapping_abs().to_string();
    let s = s.max(0) as usize;
    let body = if s == 0 {
        digits
    } else if digits.len() > s {
        format!(
            "{}.{}",
            &digits[..digits.len() - s],
            &digits[digits.len() - s..]
        )
    } else {
        format!("0.{}{}", "0".repeat(s - digits.len()), digits)
    };
    if neg { format!("-{body}") } else { body }
}

pub(crate) fn out_of_range(v: i256, p: u8, s: i8) -> RunnelError {
    RunnelError::execution(
        "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION",
        format!(
            "{} cannot be represented as Decimal({p}, {s}). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead. Use try_add / try_multiply / try_divide to get NULL for such rows, or cast to a wider decimal first.",
            decimal_string(v, s)
        ),
    )
}

/// Java's `BigDecimal.toString` of `unscaled × 10^-scale`: plain for a scale ≥ 0,
/// scientific (`1.000E+37`) for a negative one.
fn java_decimal_string(v: i256, scale: i32) -> String {
    if scale >= 0 {
        return decimal_string(v, scale as i8);
    }
    let neg = v < i256::ZERO;
    let digits = v.wrapping_abs().to_string();
    let exp = -scale + digits.len() as i32 - 1;
    let mantissa = match digits.len() {
        1 => digits,
        _ => format!("{}.{}", &digits[..1], &digits[1..]),
    };
    format!("{}{mantissa}E+{exp}", if neg { "-" } else { "" })
}

/// Spark's `Decimal.unary_-` (negative, and abs of a negative value) of a decimal held
/// as a Scala BigDecimal: the negation rounds to 34 significant digits (Scala's
/// MathContext.DECIMAL128, half even), then `setScale(s, HALF_UP)` restores the scale;
/// a value of 35 to 38 digits loses its last digits, and one that rounds up to 10^p
/// fails with NUMERIC_VALUE_OUT_OF_RANGE whatever the ANSI setting.
pub(crate) fn spark_negate(v: i128, p: u8, s: i8) -> Result<i128> {
    let n = i256::from_i128(v).wrapping_neg();
    let digits = n.wrapping_abs().to_string().len() as u32;
    if digits <= 34 {
        return Ok(-v);
    }
    let k = digits - 34;
    let d = pow10(k);
    let (q, r) = (n.wrapping_div(d), n.wrapping_rem(d));
    let twice = r.wrapping_abs().wrapping_mul(i256::from_i128(2));
    let up = twice > d || (twice == d && q.wrapping_rem(i256::from_i128(2)) != i256::ZERO);
    let q = match (up, n < i256::ZERO) {
        (false, _) => q,
        (true, false) => q.wrapping_add(i256::ONE),
        (true, true) => q.wrapping_sub(i256::ONE),
    };
    // BigDecimal keeps 34 digits: a carry to 35 drops a trailing zero (and a scale).
    let (shown, shown_scale) = match q.wrapping_abs().to_string().len() {
        35 => (q.wrapping_div(i256::from_i128(10)), s as i32 - k as i32 - 1),
        _ => (q, s as i32 - k as i32),
    };
    let out = q.wrapping_mul(d);
    if out.wrapping_abs() >= pow10(p as u32) {
        return Err(RunnelError::execution(
            "NUMERIC_VALUE_OUT_OF_RANGE.WITHOUT_SUGGESTION",
            format!(
                " The {} rounded half up from {} cannot be represented as Decimal({p}, {s}). Spark negates such a decimal with 34 significant digits: cast it to a decimal with fewer digits after the point first.",
                decimal_string(out, s),
                java_decimal_string(shown, shown_scale),
            ),
        ));
    }
    Ok(out.as_i128())
}

/// `-a` over a decimal column, as Spark's `Decimal.unary_-` (`spark_negate`).
pub(crate) fn negate_array(a: &ArrayRef, p: u8, s: i8) -> Result<ArrayRef> {
    let out = a
        .as_primitive::<Decimal128Type>()
        .try_unary::<_, Decimal128Type, RunnelError>(|v| spark_negate(v, p, s))?;
    Ok(Arc::new(out.with_precision_and_scale(p, s)?))
}

/// `l op r` over decimals: the operands are cast to (p1, s1) and (p2, s2), the result is
/// Decimal(p, s).
pub fn arithmetic(
    op: BinaryOp,
    sql: &str,
    left: PhysExpr,
    right: PhysExpr,
    (p1, s1): (u8, i8),
    (p2, s2): (u8, i8),
) -> Result<PhysExpr> {
    let Some((p, s)) = result_type(op, (p1, s1), (p2, s2)) else {
        crate::internal_err!("decimal arithmetic for {op:?}");
    };
    let ty = DataType::Decimal128(p, s);
    let l = super::coerce::cast_if_needed(left, &DataType::Decimal128(p1, s1));
    let r = super::coerce::cast_if_needed(right, &DataType::Decimal128(p2, s2));
    let limit = pow10(p as u32);
    let (s1, s2, s) = (s1 as i32, s2 as i32, s as i32);
    let kernel = Kernel::new(
        "decimal_arithmetic",
        sql,
        Props {
            nulls: Nulls::Always,
            null_intolerant: true,
            deterministic: true,
        },
        move |a: &[ArrayRef], _ty: &DataType, _n: usize| -> Result<ArrayRef> {
            let x = a[0].as_primitive::<Decimal128Type>();
            let y = a[1].as_primitive::<Decimal128Type>();
            let mut out: Vec<Option<i128>> = Vec::with_capacity(x.len());
            for i in 0..x.len() {
                if x.is_null(i) || y.is_null(i) {
                    out.push(None);
                    continue;
                }
                let (u, v) = (i256::from_i128(x.value(i)), i256::from_i128(y.value(i)));
                let exact = match op {
                    BinaryOp::Plus | BinaryOp::Minus => {
                        let m = s1.max(s2);
                        let (u, v) = (rescale(u, s1 - m), rescale(v, s2 - m));
                        let sum = if op == BinaryOp::Plus {
                            u.wrapping_add(v)
                        } else {
                            u.wrapping_sub(v)
                        };
                        rescale(sum, m - s)
                    }
                    BinaryOp::Multiply => rescale(u.wrapping_mul(v), s1 + s2 - s),
                    BinaryOp::Divide => {
                        if v == i256::ZERO {
                            return Err(RunnelError::execution(
                                "DIVIDE_BY_ZERO",
                                "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                            ));
                        }
                        // u / 10^s1 ÷ v / 10^s2 at scale s: u · 10^(s + s2 - s1) / v.
                        let k = s + s2 - s1;
                        if k >= 0 {
                            div_half_up(u.wrapping_mul(pow10(k as u32)), v)
                        } else {
                            div_half_up(u, v.wrapping_mul(pow10((-k) as u32)))
                        }
                    }
                    _ => {
                        if v == i256::ZERO {
                            return Err(RunnelError::execution(
                                "REMAINDER_BY_ZERO",
                                "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
                            ));
                        }
                        let m = s1.max(s2);
                        let (u, v) = (rescale(u, s1 - m), rescale(v, s2 - m));
                        rescale(u.wrapping_rem(v), m - s)
                    }
                };
                if exact.wrapping_abs() >= limit {
                    return Err(out_of_range(exact, p, s as i8));
                }
                out.push(exact.to_i128());
            }
            Ok(Arc::new(
                Decimal128Array::from(out).with_precision_and_scale(p, s as i8)?,
            ))
        },
    );
    Ok(PhysExpr::Scalar {
        func: kernel,
        args: vec![l, r],
        ty,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn negation_keeps_34_significant_digits_as_spark() {
        use super::spark_negate;
        // Spark 4.3's answers (negative of DECIMAL(38, 10) / (38, 0) / (35, 8) values)
        assert_eq!(
            spark_negate(12345678901234567890123456789012345678, 38, 10).unwrap(),
            -12345678901234567890123456789012350000
        );
        assert_eq!(
            spark_negate(12345678901234567890123456789012345678, 38, 0).unwrap(),
            -12345678901234567890123456789012350000
        );
        assert_eq!(
            spark_negate(12345678901234567890123456789012345, 35, 8).unwrap(),
            -12345678901234567890123456789012340
        );
        assert_eq!(
            spark_negate(12345678901234567890123456789012355, 35, 8).unwrap(),
            -12345678901234567890123456789012360
        );
        assert_eq!(spark_negate(-12345, 38, 2).unwrap(), 12345);
        let e = spark_negate(-99999999999999999999999999999999999999, 38, 10).unwrap_err();
        assert!(
            e.message.contains(
                "The 10000000000000000000000000000.0000000000 rounded half up from 10000000000000000000000000000.00000 cannot be represented as Decimal(38, 10)"
            ),
            "{e}"
        );
        let e = spark_negate(99999999999999999999999999999999999999, 38, 0).unwrap_err();
        assert!(
            e.message.contains(
                "The -100000000000000000000000000000000000000 rounded half up from -1.000000000000000000000000000000000E+38"
            ),
            "{e}"
        );
    }
}
