//! Math functions.

use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_schema::DataType as T;

use super::{Builder, Call, overflow_err};
use crate::error::{Result, RunnelError};
use crate::expr::cast::cast_array;
use crate::expr::coerce::{cast_if_needed, type_mismatch};
use crate::expr::phys::PhysExpr;
use crate::types::{is_integral, is_numeric};

pub(super) fn register(r: &mut Builder) {
    r.scalar("abs", |c| {
        c.arity(1, 1)?;
        let t = c.ty(0);
        if !is_numeric(&t) {
            return Err(type_mismatch(c.sql, "a numeric value", &t));
        }
        c.props.null_intolerant = true;
        c.kernel(t, |a, ty, _| abs(&a[0], ty))
    })
    .py("col");
    r.scalar("round", |c| round(c, true))
        .literals(&[1])
        .py("col, scale=")
        .named(|c| c.with_default(1, "0"));
    r.scalar("bround", |c| round(c, false))
        .literals(&[1])
        .py("col, scale=")
        .named(|c| c.with_default(1, "0"));
    r.scalar("floor", |c| floor_ceil(c, f64::floor))
        .py("col, scale=")
        .named(super::upper_name);
    r.scalar("ceil", |c| floor_ceil(c, f64::ceil))
        .alias(&["ceiling"])
        .py("col, scale=")
        .named(|c| match c.called {
            "ceiling" => c.plain(),
            _ => c.upper(),
        });
    r.scalar("sqrt", |c| unary(c, f64::sqrt))
        .py("col")
        .named(super::upper_name);
    r.scalar("exp", |c| unary(c, f64::exp))
        .py("col")
        .named(super::upper_name);
    r.scalar("ln", |c| unary_partial(c, f64::ln)).py("col");
    r.scalar("log", |c| {
        if c.args.len() == 2 {
            return Err(RunnelError::not_supported(
                "log(base, x); use ln(x) / ln(base)",
            ));
        }
        unary_partial(c, f64::ln)
    })
    .py("arg1, arg2=")
    .named(|c| match c.args.len() {
        1 => format!("LOG(E(), {})", c.all()),
        _ => c.upper(),
    });
    r.scalar("log10", |c| unary_partial(c, f64::log10))
        .py("col")
        .named(super::upper_name);
    r.scalar("log2", |c| unary_partial(c, f64::log2))
        .py("col")
        .named(super::upper_name);
    r.scalar("sin", |c| unary(c, f64::sin))
        .py("col")
        .named(super::upper_name);
    r.scalar("cos", |c| unary(c, f64::cos))
        .py("col")
        .named(super::upper_name);
    r.scalar("tan", |c| unary(c, f64::tan))
        .py("col")
        .named(super::upper_name);
    r.scalar("cot", |c| unary(c, |x| 1.0 / x.tan()))
        .py("col")
        .named(super::upper_name);
    r.scalar("sec", |c| unary(c, |x| 1.0 / x.cos()))
        .py("col")
        .named(super::upper_name);
    r.scalar("csc", |c| unary(c, |x| 1.0 / x.sin()))
        .py("col")
        .named(super::upper_name);
    r.scalar("asin", |c| unary(c, f64::asin))
        .py("col")
        .named(super::upper_name);
    r.scalar("acos", |c| unary(c, f64::acos))
        .py("col")
        .named(super::upper_name);
    r.scalar("atan", |c| unary(c, f64::atan))
        .py("col")
        .named(super::upper_name);
    r.scalar("sinh", |c| unary(c, f64::sinh))
        .py("col")
        .named(super::upper_name);
    r.scalar("cosh", |c| unary(c, f64::cosh))
        .py("col")
        .named(super::upper_name);
    r.scalar("tanh", |c| unary(c, f64::tanh))
        .py("col")
        .named(super::upper_name);
    r.scalar("asinh", |c| unary(c, f64::asinh))
        .py("col")
        .named(super::upper_name);
    r.scalar("acosh", |c| unary(c, f64::acosh))
        .py("col")
        .named(super::upper_name);
    r.scalar("atanh", |c| unary(c, f64::atanh))
        .py("col")
        .named(super::upper_name);
    r.scalar("cbrt", |c| unary(c, f64::cbrt))
        .py("col")
        .named(super::upper_name);
    r.scalar("expm1", |c| unary(c, f64::exp_m1))
        .py("col")
        .named(super::upper_name);
    r.scalar("degrees", |c| unary(c, f64::to_degrees))
        .py("col")
        .named(super::upper_name);
    r.scalar("radians", |c| unary(c, f64::to_radians))
        .py("col")
        .named(super::upper_name);
    // log1p: NULL at or below -1 (Spark's yAsymptote).
    r.scalar("log1p", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Float64)?;
        c.props.nulls = super::Nulls::Always;
        c.props.null_intolerant = true;
        c.kernel(T::Float64, |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<Float64Type>()
                    .iter()
                    .map(|v| v.and_then(|x| (x > -1.0).then(|| x.ln_1p())))
                    .collect::<Float64Array>(),
            ))
        })
    })
    .py("col")
    .named(super::upper_name);
    r.scalar("atan2", |c| binary(c, f64::atan2))
        .py("col1, col2")
        .named(super::upper_name);
    r.scalar("hypot", |c| binary(c, f64::hypot))
        .py("col1, col2")
        .named(super::upper_name);
    r.scalar("signum", |c| {
        unary(c, |x| {
            if x.is_nan() {
                x
            } else if x == 0.0 {
                0.0
            } else {
                x.signum()
            }
        })
    })
    .alias(&["sign"])
    .py("col")
    .named(|c| match c.called {
        "signum" => c.upper(),
        _ => c.plain(),
    });
    r.scalar("power", |c| {
        c.arity(2, 2)?;
        c.coerce_all(&T::Float64)?;
        c.props.null_intolerant = true;
        c.kernel(T::Float64, |a, _, _| {
            Ok(Arc::new(
                arrow_arith::arity::binary::<_, _, _, Float64Type>(
                    a[0].as_primitive::<Float64Type>(),
                    a[1].as_primitive::<Float64Type>(),
                    f64::powf,
                )?,
            ))
        })
    })
    .alias(&["pow"])
    .py("col1, col2")
    .named(|c| match c.called {
        "power" => c.upper(),
        _ => c.plain(),
    });
    r.scalar("isnan", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Float64)?;
        c.props.nulls = super::Nulls::Never;
        c.kernel(T::Boolean, |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<Float64Type>()
                    .iter()
                    .map(|v| Some(v.is_some_and(f64::is_nan)))
                    .collect::<BooleanArray>(),
            ))
        })
    })
    .py("col");
    r.scalar("pi", |c| {
        c.arity(0, 0)?;
        Ok(PhysExpr::Literal(crate::scalar::ScalarValue::Float64(
            std::f64::consts::PI,
        )))
    })
    .py_none()
    .named(|_| "PI()".into());
    r.scalar("e", |c| {
        c.arity(0, 0)?;
        Ok(PhysExpr::Literal(crate::scalar::ScalarValue::Float64(
            std::f64::consts::E,
        )))
    })
    .py_none()
    .named(|_| "E()".into());
    // rint(x): the nearest integer (ties to even), as a double.
    r.scalar("rint", |c| unary(c, f64::round_ties_even))
        .py("col");
    // bin(x): the binary digits of a bigint (two's complement for negatives).
    r.scalar("bin", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Int64)?;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<Int64Type>()
                    .iter()
                    .map(|v| v.map(|x| format!("{:b}", x as u64)))
                    .collect::<StringArray>(),
            ))
        })
    })
    .py("col");
    // factorial(n): n! for 0 <= n <= 20, else NULL.
    r.scalar("factorial", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Int32)?;
        c.props.nulls = super::Nulls::Always;
        c.kernel(T::Int64, |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<Int32Type>()
                    .iter()
                    .map(|v| {
                        v.filter(|n| (0..=20).contains(n))
                            .map(|n| (1..=n as i64).product::<i64>())
                    })
                    .collect::<Int64Array>(),
            ))
        })
    })
    .py("col");
    // pmod(a, b): the remainder with the sign of b made positive; b = 0 is Spark's
    // REMAINDER_BY_ZERO under ANSI.
    r.scalar("pmod", |c| {
        c.arity(2, 2)?;
        let ty = super::widen_all(c)?;
        if !is_numeric(&ty) && ty != T::Null {
            return Err(type_mismatch(c.sql, "a numeric value", &ty));
        }
        let ty = if is_integral(&ty) && ty != T::Int64 && ty != T::Int32 { T::Int32 } else { ty };
        let ty = if ty == T::Null { T::Int32 } else { ty };
        let args = std::mem::take(&mut c.args);
        c.args = args.into_iter().map(|a| cast_if_needed(a, &ty)).collect();
        c.props.null_intolerant = true;
        c.kernel(ty, |a, ty, n| {
            let zero = || {
                crate::error::RunnelError::execution(
                    "REMAINDER_BY_ZERO",
                    "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead.",
                )
            };
            Ok(match ty {
                T::Int32 | T::Int64 => {
                    let (x, y) = (cast_array(&a[0], &T::Int64, false)?, cast_array(&a[1], &T::Int64, false)?);
                    let (x, y) = (x.as_primitive::<Int64Type>(), y.as_primitive::<Int64Type>());
                    let mut out = Vec::with_capacity(n);
                    for i in 0..n {
                        if x.is_null(i) || y.is_null(i) {
                            out.push(None);
                            continue;
                        }
                        let (p, q) = (x.value(i), y.value(i));
                        if q == 0 {
                            return Err(zero());
                        }
                        let r = p.wrapping_rem(q);
                        out.push(Some(if r < 0 { (r.wrapping_add(q)).wrapping_rem(q) } else { r }));
                    }
                    let r: ArrayRef = Arc::new(Int64Array::from(out));
                    cast_array(&r, ty, false)?
                }
                _ => {
                    let (x, y) = (cast_array(&a[0], &T::Float64, false)?, cast_array(&a[1], &T::Float64, false)?);
                    let (x, y) = (x.as_primitive::<Float64Type>(), y.as_primitive::<Float64Type>());
                    let mut out = Vec::with_capacity(n);
                    for i in 0..n {
                        if x.is_null(i) || y.is_null(i) {
                            out.push(None);
                            continue;
                        }
                        let (p, q) = (x.value(i), y.value(i));
                        if q == 0.0 {
                            return Err(zero());
                        }
                        let r = p % q;
                        out.push(Some(if r < 0.0 { (r + q) % q } else { r }));
                    }
                    let r: ArrayRef = Arc::new(Float64Array::from(out));
                    cast_array(&r, ty, false)?
                }
            })
        })
    })
    .py("dividend, divisor");
    for (name, py) in [
        ("try_add", "left, right"),
        ("try_subtract", "left, right"),
        ("try_multiply", "left, right"),
        ("try_divide", "left, right"),
        ("try_mod", "left, right"),
    ] {
        r.operator(name).py(py);
    }
    r.operator("negative")
        .alias(&["negate"])
        .py("col")
        .named(|c| format!("negative({})", c.all()));
    r.operator("positive")
        .py("col")
        .named(|c| format!("(+ {})", c.first()));
}

fn abs(a: &ArrayRef, ty: &T) -> Result<ArrayRef> {
    Ok(match ty {
        T::Int32 => Arc::new(
            a.as_primitive::<Int32Type>()
                .try_unary::<_, Int32Type, crate::error::RunnelError>(|v| {
                    v.checked_abs().ok_or_else(|| overflow_err("abs"))
                })?,
        ),
        T::Int64 => Arc::new(
            a.as_primitive::<Int64Type>()
                .try_unary::<_, Int64Type, crate::error::RunnelError>(|v| {
                    v.checked_abs().ok_or_else(|| overflow_err("abs"))
                })?,
        ),
        T::Float64 => Arc::new(
            a.as_primitive::<Float64Type>()
                .unary::<_, Float64Type>(f64::abs),
        ),
        _ => {
            let f = cast_array(a, &T::Float64, false)?;
            let f: ArrayRef = Arc::new(
                f.as_primitive::<Float64Type>()
                    .unary::<_, Float64Type>(f64::abs),
            );
            cast_array(&f, ty, false)?
        }
    })
}

fn round(c: &mut Call, half_up: bool) -> Result<PhysExpr> {
    c.arity(1, 2)?;
    let scale = if c.raw.len() > 1 {
        c.int_lit(1)? as i32
    } else {
        0
    };
    c.args.truncate(1);
    let mut t = c.ty(0);
    if t == T::Utf8 {
        let a = c.args.remove(0);
        c.args.push(cast_if_needed(a, &T::Float64));
        t = T::Float64;
    }
    if !is_numeric(&t) {
        return Err(type_mismatch(c.sql, "a numeric value", &t));
    }
    c.props.null_intolerant = true;
    c.kernel(t, move |a, ty, _| {
        Ok(match ty {
            T::Float64 => Arc::new(
                a[0].as_primitive::<Float64Type>()
                    .unary::<_, Float64Type>(|v| round_double(v, scale, half_up)),
            ),
            T::Float32 => Arc::new(
                a[0].as_primitive::<Float32Type>()
                    .unary::<_, Float32Type>(|v| round_double(v as f64, scale, half_up) as f32),
            ),
            t if is_integral(t) => {
                let x = cast_array(&a[0], &T::Int64, false)?;
                let r: ArrayRef = Arc::new(
                    x.as_primitive::<Int64Type>()
                        .unary::<_, Int64Type>(|v| round_int(v, scale, half_up)),
                );
                cast_array(&r, ty, false)?
            }
            _ => {
                let f = cast_array(&a[0], &T::Float64, false)?;
                let r: ArrayRef = Arc::new(
                    f.as_primitive::<Float64Type>()
                        .unary::<_, Float64Type>(|v| round_double(v, scale, half_up)),
                );
                cast_array(&r, ty, false)?
            }
        })
    })
}

fn floor_ceil(c: &mut Call, f: fn(f64) -> f64) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.coerce(0, &T::Float64)?;
    c.props.null_intolerant = true;
    c.kernel(T::Int64, move |a, _, _| {
        Ok(Arc::new(
            a[0].as_primitive::<Float64Type>()
                .unary::<_, Int64Type>(|v| f(v) as i64),
        ))
    })
}

/// A double → double function.
fn unary(c: &mut Call, f: fn(f64) -> f64) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.coerce(0, &T::Float64)?;
    c.props.nulls = super::Nulls::Always;
    c.props.null_intolerant = true;
    c.kernel(T::Float64, move |a, _, _| {
        Ok(Arc::new(
            a[0].as_primitive::<Float64Type>()
                .unary::<_, Float64Type>(f),
        ))
    })
}

/// A (double, double) → double function.
fn binary(c: &mut Call, f: fn(f64, f64) -> f64) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    c.coerce_all(&T::Float64)?;
    c.props.null_intolerant = true;
    c.kernel(T::Float64, move |a, _, _| {
        Ok(Arc::new(
            arrow_arith::arity::binary::<_, _, _, Float64Type>(
                a[0].as_primitive::<Float64Type>(),
                a[1].as_primitive::<Float64Type>(),
                f,
            )?,
        ))
    })
}

/// A logarithm: NULL for x <= 0, as Spark gives.
fn unary_partial(c: &mut Call, f: fn(f64) -> f64) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.coerce(0, &T::Float64)?;
    c.props.nulls = super::Nulls::Always;
    c.props.null_intolerant = true;
    c.kernel(T::Float64, move |a, _, _| {
        Ok(Arc::new(
            a[0].as_primitive::<Float64Type>()
                .iter()
                .map(|v| v.and_then(|x| if x <= 0.0 { None } else { Some(f(x)) }))
                .collect::<Float64Array>(),
        ))
    })
}

/// Spark's `round` of a double: HALF_UP (or HALF_EVEN for `bround`) on the shortest decimal form.
pub fn round_double(v: f64, scale: i32, half_up: bool) -> f64 {
    if !v.is_finite() {
        return v;
    }
    let s = format!("{:e}", v);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    // value = 0.d1d2d3... * 10^(exp+1)
    let point = exp as i64 + 1; // digits before the decimal point
    let keep = point + scale as i64; // digits to keep
    if keep < 0 {
        return 0.0 * v.signum();
    }
    let keep = keep as usize;
    if keep >= digits.len() {
        return v;
    }
    let mut kept: Vec<u8> = digits.as_bytes()[..keep].iter().map(|b| b - b'0').collect();
    let rest = &digits.as_bytes()[keep..];
    let first = rest[0] - b'0';
    let round_up = if half_up {
        first >= 5
    } else {
        first > 5
            || (first == 5
                && (rest[1..].iter().any(|d| *d != b'0')
                    || kept.last().is_some_and(|d| d % 2 == 1)))
    };
    let mut point = point;
    if round_up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                point += 1;
                break;
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    if kept.is_empty() {
        return 0.0;
    }
    let digits: String = kept.iter().map(|d| (d + b'0') as char).collect();
    let text = format!("{}0.{}e{}", if neg { "-" } else { "" }, digits, point);
    text.parse().unwrap_or(v)
}

fn round_int(v: i64, scale: i32, half_up: bool) -> i64 {
    if scale >= 0 {
        return v;
    }
    let p = 10i64.checked_pow(scale.unsigned_abs()).unwrap_or(i64::MAX);
    let q = v / p;
    let r = v % p;
    let half = p / 2;
    let up = if half_up {
        r.abs() >= half
    } else {
        r.abs() > half || (r.abs() == half && q % 2 != 0)
    };
    (q + if up { v.signum() } else { 0 }) * p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_is_half_up_on_the_decimal_form() {
        assert_eq!(round_double(2.675, 2, true), 2.68);
        assert_eq!(round_double(29.29333, 2, true), 29.29);
        assert_eq!(round_double(0.25, 1, false), 0.2);
        assert_eq!(round_double(-1.5, 0, true), -2.0);
        assert_eq!(round_double(1.694, 1, true), 1.7);
        assert_eq!(round_int(15, -1, true), 20);
    }
}
