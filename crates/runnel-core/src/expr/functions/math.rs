//! Math functions.

use std::sync::Arc;

use arrow_array::builder::{BinaryBuilder, StringBuilder};
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
        if !is_numeric(&t) && !crate::types::is_ansi_interval(&t) {
            return Err(type_mismatch(c.sql, "a numeric value", &t));
        }
        c.props.null_intolerant = true;
        c.kernel(t, |a, ty, _| abs(&a[0], ty))
    })
    .py("col");
    r.scalar("round", |c| round(c, true))
        .always_nullable()
        .literals(&[1])
        .py("col, scale=")
        .named(|c| c.with_default(1, "0"));
    r.scalar("bround", |c| round(c, false))
        .always_nullable()
        .literals(&[1])
        .py("col, scale=")
        .named(|c| c.with_default(1, "0"));
    r.scalar("floor", |c| floor_ceil(c, f64::floor, false))
        .always_nullable()
        .literals(&[1])
        .py("col, scale=")
        .named(|c| {
            if c.args.len() > 1 {
                c.plain()
            } else {
                c.upper()
            }
        });
    r.scalar("ceil", |c| floor_ceil(c, f64::ceil, true))
        .always_nullable()
        .alias(&["ceiling"])
        .literals(&[1])
        .py("col, scale=")
        .named(|c| match c.called {
            _ if c.args.len() > 1 => c.plain(),
            "ceiling" => c.plain(),
            _ => c.upper(),
        });
    r.scalar("sqrt", |c| unary(c, f64::sqrt))
        .py("col")
        .named(super::upper_name);
    r.scalar("exp", |c| unary(c, libm::exp))
        .py("col")
        .named(super::upper_name);
    r.scalar("ln", |c| unary_partial(c, libm::log)).py("col");
    // Spark computes exp, expm1, ln, log, log2 and log1p with java.lang.StrictMath (fdlibm):
    // the libm crate's ports of the same FreeBSD/fdlibm routines give its last digits
    // (f64::exp(1) is 2.718281828459045, StrictMath's 2.7182818284590455).
    // log(x) is ln(x); log(base, x) is ln(x) / ln(base), NULL when either is <= 0.
    r.scalar("log", |c| {
        if c.args.len() == 2 {
            c.coerce_all(&T::Float64)?;
            c.props.nulls = super::Nulls::Always;
            c.props.null_intolerant = true;
            return c.kernel(T::Float64, |a, _, n| {
                let (b, x) = (
                    a[0].as_primitive::<Float64Type>(),
                    a[1].as_primitive::<Float64Type>(),
                );
                Ok(Arc::new(
                    (0..n)
                        .map(|i| {
                            if b.is_null(i) || x.is_null(i) {
                                return None;
                            }
                            let (b, x) = (b.value(i), x.value(i));
                            // Spark: NULL at or below 0 (a NaN goes through as NaN).
                            ((b > 0.0 || b.is_nan()) && (x > 0.0 || x.is_nan()))
                                .then(|| libm::log(x) / libm::log(b))
                        })
                        .collect::<Float64Array>(),
                ))
            });
        }
        unary_partial(c, libm::log)
    })
    .py("arg1, arg2=")
    .named(|c| match c.args.len() {
        1 => format!("LOG(E(), {})", c.all()),
        _ => c.upper(),
    });
    r.scalar("log10", |c| unary_partial(c, f64::log10))
        .py("col")
        .named(super::upper_name);
    r.scalar("log2", |c| {
        unary_partial(c, |x| libm::log(x) / libm::log(2.0))
    })
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
    r.scalar("cosh", |c| unary(c, strict_cosh))
        .py("col")
        .named(super::upper_name);
    r.scalar("tanh", |c| unary(c, f64::tanh))
        .py("col")
        .named(super::upper_name);
    r.scalar("asinh", |c| unary(c, spark_asinh))
        .py("col")
        .named(super::upper_name);
    r.scalar("acosh", |c| unary(c, spark_acosh))
        .py("col")
        .named(super::upper_name);
    r.scalar("atanh", |c| {
        unary(c, |x| 0.5 * (libm::log1p(x) - libm::log1p(-x)))
    })
    .py("col")
    .named(super::upper_name);
    r.scalar("cbrt", |c| unary(c, f64::cbrt))
        .py("col")
        .named(super::upper_name);
    r.scalar("expm1", |c| unary(c, libm::expm1))
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
                    .map(|v| v.and_then(|x| (x > -1.0 || x.is_nan()).then(|| libm::log1p(x))))
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
            // Java's Math.signum: NaN and ±0.0 are themselves (`signum(-0.0)` is -0.0).
            if x.is_nan() || x == 0.0 {
                x
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
        c.props.null_intolerant = true;
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
        // Decimals: exact, `r = a % n; if r < 0 then (r + n) % n else r`, of Remainder's
        // result type (Spark's Pmod).
        let (t0, t1) = (c.ty(0), c.ty(1));
        let dec = |t: &T| matches!(t, T::Decimal128(..));
        let exactish = |t: &T| dec(t) || is_integral(t) || *t == T::Null;
        if (dec(&t0) || dec(&t1)) && exactish(&t0) && exactish(&t1) {
            use crate::expr::BinaryOp as B;
            use crate::expr::decimal::{arithmetic, promoted};
            let (a, n) = (c.args[0].clone(), c.args[1].clone());
            let (Some(pa), Some(pn)) = (promoted(&a), promoted(&n)) else {
                return Err(type_mismatch(c.sql, "a numeric value", &t0));
            };
            let dec_of = |e: &PhysExpr| match e.data_type() {
                T::Decimal128(p, s) => Ok((p, s)),
                t => Err(type_mismatch(c.sql, "a decimal", &t)),
            };
            let r = arithmetic(B::Modulo, c.sql, a, n.clone(), pa, pn)?;
            let pr = dec_of(&r)?;
            let sum = arithmetic(B::Plus, c.sql, r.clone(), n.clone(), pr, pn)?;
            let ps = dec_of(&sum)?;
            let adj = arithmetic(B::Modulo, c.sql, sum, n, ps, pn)?;
            let rt = r.data_type();
            let neg = PhysExpr::Binary {
                op: B::Lt,
                left: Box::new(r.clone()),
                right: Box::new(PhysExpr::Literal(crate::scalar::ScalarValue::Decimal128(
                    0, pr.0, pr.1,
                ))),
                ty: T::Boolean,
            };
            return Ok(PhysExpr::Case {
                branches: vec![(neg, cast_if_needed(adj, &rt))],
                otherwise: Some(Box::new(r)),
                ty: rt,
            });
        }
        let ty = super::widen_all(c)?;
        if !is_numeric(&ty) && ty != T::Null {
            return Err(type_mismatch(c.sql, "a numeric value", &ty));
        }
        // Spark's Pmod keeps its operands' common type: `pmod` of two TINYINTs is a TINYINT
        // (its result is smaller than the divisor, so it always fits).
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
                T::Int8 | T::Int16 | T::Int32 | T::Int64 => {
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
                        // In the type's own width: Java's `(r + n) % n` wraps an int
                        // (`pmod(-1, -2147483648)` is 2147483647).
                        out.push(Some(if *ty == T::Int32 {
                            let (p, q) = (p as i32, q as i32);
                            let r = p.wrapping_rem(q);
                            (if r < 0 { r.wrapping_add(q).wrapping_rem(q) } else { r }) as i64
                        } else {
                            let r = p.wrapping_rem(q);
                            if r < 0 { r.wrapping_add(q).wrapping_rem(q) } else { r }
                        }));
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
    .always_nullable()
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
    register_bits(r);
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
        T::Duration(_) => Arc::new(
            a.as_primitive::<arrow_array::types::DurationMicrosecondType>()
                .try_unary::<_, arrow_array::types::DurationMicrosecondType, crate::error::RunnelError>(|v| {
                    v.checked_abs().ok_or_else(|| overflow_err("abs"))
                })?,
        ),
        T::Interval(arrow_schema::IntervalUnit::YearMonth) => Arc::new(
            a.as_primitive::<arrow_array::types::IntervalYearMonthType>()
                .try_unary::<_, arrow_array::types::IntervalYearMonthType, crate::error::RunnelError>(|v| {
                    v.checked_abs().ok_or_else(|| overflow_err("abs"))
                })?,
        ),
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
        T::Float32 => Arc::new(
            a.as_primitive::<Float32Type>()
                .unary::<_, Float32Type>(f32::abs),
        ),
        T::Int16 => Arc::new(
            a.as_primitive::<Int16Type>()
                .try_unary::<_, Int16Type, crate::error::RunnelError>(|v| {
                    v.checked_abs().ok_or_else(|| overflow_err("abs"))
                })?,
        ),
        T::Int8 => Arc::new(
            a.as_primitive::<Int8Type>()
                .try_unary::<_, Int8Type, crate::error::RunnelError>(|v| {
                    v.checked_abs().ok_or_else(|| overflow_err("abs"))
                })?,
        ),
        // A negative decimal is negated as Spark's `Decimal.abs` does (`unary_-`: 34
        // significant digits, see decimal::spark_negate); others stay exact.
        T::Decimal128(p, s) => Arc::new(
            a.as_primitive::<Decimal128Type>()
                .try_unary::<_, Decimal128Type, crate::error::RunnelError>(|v| match v < 0 {
                    true => crate::expr::decimal::spark_negate(v, *p, *s),
                    false => Ok(v),
                })?
                .with_precision_and_scale(*p, *s)?,
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
    if matches!(t, T::Decimal128(..)) {
        let mode = if half_up {
            RoundMode::HalfUp
        } else {
            RoundMode::HalfEven
        };
        return decimal_round_kernel(c, scale, mode, None);
    }
    // (Spark's RoundBase is not NullIntolerant: no IS NOT NULL is inferred through it.)
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

/// How a decimal is rounded.
#[derive(Clone, Copy)]
pub(super) enum RoundMode {
    HalfUp,
    HalfEven,
    Ceiling,
    Floor,
}

/// `v` (scaled by 10^s) rounded to `d` digits after the point, at scale max(d, 0)
/// (the digits below are zero for a negative `d`).
pub(super) fn round_decimal(v: i128, s: i32, d: i32, mode: RoundMode) -> Option<i128> {
    if d >= s {
        return Some(v);
    }
    let k = (s - d) as u32;
    let unit = 10i128.checked_pow(k)?;
    let (q, r) = (v.div_euclid(unit), v.rem_euclid(unit));
    // q is the floor of v / unit; r in [0, unit).
    let q = match mode {
        RoundMode::Floor => q,
        RoundMode::Ceiling => q + (r != 0) as i128,
        RoundMode::HalfUp | RoundMode::HalfEven => {
            let twice = r * 2;
            if twice > unit {
                q + 1
            } else if twice < unit {
                q
            } else {
                match mode {
                    // A tie goes away from zero.
                    RoundMode::HalfUp => {
                        if v >= 0 {
                            q + 1
                        } else {
                            q
                        }
                    }
                    _ => q + (q.rem_euclid(2) != 0) as i128,
                }
            }
        }
    };
    if d < 0 {
        q.checked_mul(10i128.checked_pow((-d) as u32)?)
    } else {
        Some(q)
    }
}

/// Spark's result type of round/bround/ceil/floor of a decimal(p, s) to `d` digits.
fn rounded_type(p: u8, s: i8, d: i32) -> (u8, i8) {
    let (p, s) = (p as i32, s as i32);
    let int_digits = p - s + 1;
    if d < 0 {
        // Room for the rounded value's digits too (round(0.5, -1) is 0 or 10).
        (int_digits.max(1 - d).min(38) as u8, 0)
    } else {
        let ns = s.min(d);
        ((int_digits + ns).min(38) as u8, ns as i8)
    }
}

/// A decimal argument rounded exactly (Spark's RoundBase over DecimalType); `ty` the
/// result type when the caller knows better than [`rounded_type`].
fn decimal_round_kernel(
    c: &mut Call,
    d: i32,
    mode: RoundMode,
    ty: Option<(u8, i8)>,
) -> Result<PhysExpr> {
    let T::Decimal128(p, s) = c.ty(0) else {
        crate::internal_err!("decimal rounding of a non-decimal");
    };
    let whole = ty.is_some();
    let (rp, rs) = ty.unwrap_or_else(|| rounded_type(p, s, d));
    let ty = T::Decimal128(rp, rs);
    let sql = c.sql.to_string();
    // CEIL / FLOOR (a UnaryMathExpression) are NullIntolerant; round, bround and
    // ceil/floor with a scale (RoundBase) are not.
    c.props.null_intolerant = whole;
    c.kernel(ty, move |a, _, _| {
        let x = a[0].as_primitive::<Decimal128Type>();
        let limit = 10i128.pow(rp as u32);
        let mut out = Vec::with_capacity(x.len());
        for i in 0..x.len() {
            if x.is_null(i) {
                out.push(None);
                continue;
            }
            let v = round_decimal(x.value(i), s as i32, d, mode)
                .filter(|v| v.unsigned_abs() < limit as u128)
                .ok_or_else(|| {
                    crate::error::RunnelError::execution(
                        "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION",
                        format!("{sql} cannot be represented as Decimal({rp}, {rs}). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error, and return NULL instead."),
                    )
                })?;
            out.push(Some(v));
        }
        Ok(Arc::new(
            Decimal128Array::from(out).with_precision_and_scale(rp, rs)?,
        ))
    })
}

fn floor_ceil(c: &mut Call, f: fn(f64) -> f64, up: bool) -> Result<PhysExpr> {
    c.arity(1, 2)?;
    let mode = if up {
        RoundMode::Ceiling
    } else {
        RoundMode::Floor
    };
    if c.raw.len() > 1 {
        // ceil(x, scale): a decimal (a double or integer argument becomes one first).
        let d = c.int_lit(1)? as i32;
        c.args.truncate(1);
        match c.ty(0) {
            T::Decimal128(..) => {}
            T::Float64 | T::Float32 | T::Utf8 => c.coerce(0, &T::Decimal128(30, 15))?,
            T::Int64 => c.coerce(0, &T::Decimal128(20, 0))?,
            t if is_integral(&t) => c.coerce(0, &T::Decimal128(10, 0))?,
            t => return Err(type_mismatch(c.sql, "a numeric value", &t)),
        }
        // Spark's RoundCeil / RoundFloor: the type of round(x, scale).
        return decimal_round_kernel(c, d, mode, None);
    }
    if let T::Decimal128(p, s) = c.ty(0) {
        // CEIL / FLOOR of a decimal: (p - s + 1, 0), a whole decimal as it is.
        let ty = if s == 0 {
            (p, 0)
        } else {
            ((p as i32 - s as i32 + 1).min(38) as u8, 0)
        };
        return decimal_round_kernel(c, 0, mode, Some(ty));
    }
    c.coerce(0, &T::Float64)?;
    c.props.null_intolerant = true;
    c.kernel(T::Int64, move |a, _, _| {
        // ANSI: a whole number beyond bigint's range is ARITHMETIC_OVERFLOW (NaN is 0).
        Ok(Arc::new(
            a[0].as_primitive::<Float64Type>()
                .try_unary::<_, Int64Type, crate::error::RunnelError>(|v| {
                    let w = f(v);
                    if w.is_nan() || (w >= i64::MIN as f64 && w <= i64::MAX as f64) {
                        Ok(w as i64)
                    } else {
                        Err(crate::error::RunnelError::execution(
                            "ARITHMETIC_OVERFLOW",
                            "overflow. If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error. Use floor/ceil with a scale (a decimal result) or keep the double.",
                        ))
                    }
                })?,
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
    // Spark rounds through a BigDecimal, whose zero has no sign: a result of zero is 0.0.
    let r = round_double_signed(v, scale, half_up);
    if r == 0.0 { 0.0 } else { r }
}

fn round_double_signed(v: f64, scale: i32, half_up: bool) -> f64 {
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

/// Values of an integral argument as i64 (NULL as None).
/// A bitwise operator over two integers, in the wider of their types.
fn bitwise(c: &mut Call, op: fn(i64, i64) -> i64) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    // A string next to a number takes the promoted type on both sides (BIGINT next to
    // an integer); then the two sides must have one type, and an integral one.
    if let Some(p) = crate::expr::coerce::string_promotion(&c.ty(0), &c.ty(1)) {
        c.coerce(0, &p)?;
        c.coerce(1, &p)?;
    }
    let (lt, rt) = (c.ty(0), c.ty(1));
    let int_or_null = |t: &T| is_integral(t) || *t == T::Null;
    if lt != rt && !(int_or_null(&lt) && int_or_null(&rt)) && lt != T::Null && rt != T::Null {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.BINARY_OP_DIFF_TYPES",
            format!(
                "Cannot resolve \"{}\" due to data type mismatch: the left and right operands of the binary operator have incompatible types (\"{}\" and \"{}\"). Cast both operands to one integral type.",
                c.sql,
                crate::types::sql_name(&lt),
                crate::types::sql_name(&rt)
            ),
        ));
    }
    if let Some(t) = [&lt, &rt].into_iter().find(|t| !int_or_null(t)) {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.BINARY_OP_WRONG_TYPE",
            format!(
                "Cannot resolve \"{}\" due to data type mismatch: the binary operator requires the input type \"INTEGRAL\", not \"{}\". Cast the operands to an integral type.",
                c.sql,
                crate::types::sql_name(t)
            ),
        ));
    }
    let (l, r) = (integral_arg(c, 0)?, integral_arg(c, 1)?);
    let rank = |t: &T| match t {
        T::Int8 => 0,
        T::Int16 => 1,
        T::Int32 => 2,
        _ => 3,
    };
    let t = if rank(&l) >= rank(&r) { l } else { r };
    c.props.null_intolerant = true;
    c.kernel(t, move |a, ty, _| {
        let (x, y) = (int_values(&a[0])?, int_values(&a[1])?);
        let r: ArrayRef = Arc::new(
            x.into_iter()
                .zip(y)
                .map(|(x, y)| Some(op(x?, y?)))
                .collect::<Int64Array>(),
        );
        cast_array(&r, ty, false)
    })
}

fn int_values(a: &ArrayRef) -> Result<Vec<Option<i64>>> {
    let x = cast_array(a, &T::Int64, false)?;
    Ok(x.as_primitive::<Int64Type>().iter().collect())
}

/// The integral type of argument `i` (an error for anything else).
fn integral_arg(c: &mut Call, i: usize) -> Result<T> {
    match c.ty(i) {
        T::Null => {
            c.coerce(i, &T::Int32)?;
            Ok(T::Int32)
        }
        t if is_integral(&t) => Ok(t),
        t => Err(type_mismatch(c.sql, "an integral value", &t)),
    }
}

/// Java's `StrictMath.cosh` (fdlibm's `__ieee754_cosh`), which Spark's `cosh` calls: its
/// last digits differ from Rust's (`cosh(1)` is 1.543080634815244, not ...437).
fn strict_cosh(x: f64) -> f64 {
    let a = x.abs();
    let ix = (a.to_bits() >> 32) as u32;
    if ix >= 0x7ff0_0000 {
        return x * x;
    }
    // |x| in [0, ln2/2]: 1 + expm1(|x|)^2 / (2 exp(|x|)).
    if ix < 0x3fd6_2e43 {
        let t = libm::expm1(a);
        let w = 1.0 + t;
        if ix < 0x3c80_0000 {
            return w;
        }
        return 1.0 + (t * t) / (w + w);
    }
    // |x| in [ln2/2, 22]: (exp(|x|) + 1/exp(|x|)) / 2.
    if ix < 0x4036_0000 {
        let t = libm::exp(a);
        return 0.5 * t + 0.5 / t;
    }
    // |x| in [22, log(MAX)]: exp(|x|) / 2.
    if ix < 0x4086_2e42 {
        return 0.5 * libm::exp(a);
    }
    // Up to the overflow threshold: exp(|x|/2)^2 / 2, without overflowing on the way.
    if a.to_bits() <= 0x4086_33ce_8fb9_f87d {
        let w = libm::exp(0.5 * a);
        return 0.5 * w * w;
    }
    f64::INFINITY
}

/// Spark 4.3's `ExpressionImplUtils.asinh` (fdlibm's `s_asinh.c` with StrictMath's log):
/// exact for tiny and huge arguments (`asinh(1e308)` is 709.889355822726, where
/// `log(x + sqrt(x*x + 1))` overflows).
fn spark_asinh(x: f64) -> f64 {
    let a = x.abs();
    let w = if a.is_infinite() || a.is_nan() || a < 3.725290298461914E-9 {
        a
    } else if a > 2.68435456E8 {
        libm::log(a) + libm::log(2.0)
    } else if a > 2.0 {
        libm::log(2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a))
    } else {
        let t = x * x;
        libm::log1p(a + t / (1.0 + (1.0 + t).sqrt()))
    };
    w.copysign(x)
}

/// Spark 4.3's `ExpressionImplUtils.acosh` (fdlibm's `e_acosh.c` with StrictMath's log).
fn spark_acosh(x: f64) -> f64 {
    if x < 1.0 {
        return f64::NAN;
    }
    if x >= 2.68435456E8 {
        return libm::log(x) + libm::log(2.0);
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        return libm::log(2.0 * x - 1.0 / (x + (x * x - 1.0).sqrt()));
    }
    let t = x - 1.0;
    libm::log1p(t + (2.0 * t + t * t).sqrt())
}

/// Spark's `NumberConverter.convert` (`conv`): None for a base out of range or an
/// empty number; Err on overflow (ANSI).
fn conv(n: &str, from: i32, to: i32) -> std::result::Result<Option<String>, ()> {
    if !(2..=36).contains(&from) || !(2..=36).contains(&to.abs()) {
        return Ok(None);
    }
    let n = n.trim_matches(' ');
    if n.is_empty() {
        return Ok(None);
    }
    let (mut negative, digits) = match n.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, n),
    };
    let mut v: u64 = 0;
    for ch in digits.chars() {
        let Some(d) = ch.to_digit(from as u32) else {
            break;
        };
        v = v
            .checked_mul(from as u64)
            .and_then(|x| x.checked_add(d as u64))
            .ok_or(())?;
    }
    let mut v = v as i64;
    if negative && to > 0 {
        v = if v < 0 { -1 } else { v.wrapping_neg() };
    }
    if to < 0 && v < 0 {
        v = v.wrapping_neg();
        negative = true;
    }
    let radix = to.unsigned_abs() as u64;
    let mut u = v as u64;
    let mut out = Vec::new();
    while u != 0 {
        let d = (u % radix) as u32;
        out.push(
            char::from_digit(d, radix as u32)
                .unwrap_or('0')
                .to_ascii_uppercase(),
        );
        u /= radix;
    }
    if out.is_empty() {
        out.push('0');
    }
    if negative && to < 0 {
        out.push('-');
    }
    Ok(Some(out.into_iter().rev().collect()))
}

/// Spark's `WidthBucket.computeBucketNumber`.
fn width_bucket(v: f64, min: f64, max: f64, k: i64) -> Option<i64> {
    if k <= 0 || k == i64::MAX || v.is_nan() || min == max || !min.is_finite() || !max.is_finite() {
        return None;
    }
    let (lo, hi) = (min.min(max), min.max(max));
    Some(if min < max {
        if v < lo {
            0
        } else if v >= hi {
            k + 1
        } else {
            (k as f64 * (v - lo) / (hi - lo)) as i64 + 1
        }
    } else if v > hi {
        0
    } else if v <= lo {
        k + 1
    } else {
        (k as f64 * (hi - v) / (hi - lo)) as i64 + 1
    })
}

/// shiftleft / shiftright / shiftrightunsigned: Java's shifts of an int or a bigint
/// (the shift count taken modulo the width).
fn shift(c: &mut Call, op: u8) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    let t = integral_arg(c, 0)?;
    let t = if t == T::Int64 { T::Int64 } else { T::Int32 };
    c.coerce(0, &t)?;
    c.coerce(1, &T::Int32)?;
    c.props.null_intolerant = true;
    c.kernel(t, move |a, ty, n| {
        let s = a[1].as_primitive::<Int32Type>();
        Ok(if *ty == T::Int64 {
            let x = a[0].as_primitive::<Int64Type>();
            Arc::new(
                (0..n)
                    .map(|i| {
                        (x.is_valid(i) && s.is_valid(i)).then(|| {
                            let (v, k) = (x.value(i), (s.value(i) & 63) as u32);
                            match op {
                                b'l' => v.wrapping_shl(k),
                                b'r' => v.wrapping_shr(k),
                                _ => ((v as u64) >> k) as i64,
                            }
                        })
                    })
                    .collect::<Int64Array>(),
            ) as ArrayRef
        } else {
            let x = a[0].as_primitive::<Int32Type>();
            Arc::new(
                (0..n)
                    .map(|i| {
                        (x.is_valid(i) && s.is_valid(i)).then(|| {
                            let (v, k) = (x.value(i), (s.value(i) & 31) as u32);
                            match op {
                                b'l' => v.wrapping_shl(k),
                                b'r' => v.wrapping_shr(k),
                                _ => ((v as u32) >> k) as i32,
                            }
                        })
                    })
                    .collect::<Int32Array>(),
            )
        })
    })
}

fn bit_get(c: &mut Call) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    let t = integral_arg(c, 0)?;
    let bits = match t {
        T::Int8 => 8,
        T::Int16 => 16,
        T::Int32 => 32,
        _ => 64,
    };
    c.coerce(1, &T::Int32)?;
    c.props.null_intolerant = true;
    let fname = c.name.to_string();
    c.kernel(T::Int8, move |a, _, n| {
        let x = int_values(&a[0])?;
        let p = a[1].as_primitive::<Int32Type>();
        let mut out = Vec::with_capacity(n);
        for (i, v) in x.into_iter().enumerate() {
            let (Some(v), true) = (v, p.is_valid(i)) else {
                out.push(None);
                continue;
            };
            let pos = p.value(i);
            if pos < 0 || pos >= bits {
                return Err(RunnelError::execution(
                    "INVALID_PARAMETER_VALUE.BIT_POSITION_RANGE",
                    format!(
                        "The value of parameter(s) `pos` in `{fname}` is invalid: expects an integer value in [0, {bits}), but got {pos}. Ask for a bit the value has."
                    ),
                ));
            }
            out.push(Some(((v >> pos) & 1) as i8));
        }
        Ok(Arc::new(Int8Array::from(out)))
    })
}

fn register_bits(r: &mut Builder) {
    // hex(x): a bigint's two's complement digits, or the bytes of a string or binary,
    // in upper-case hex.
    r.scalar("hex", |c| {
        c.arity(1, 1)?;
        match c.ty(0) {
            T::Utf8 | T::Binary => {}
            T::Null => c.coerce(0, &T::Int64)?,
            t if is_numeric(&t) => c.coerce(0, &T::Int64)?,
            t => return Err(type_mismatch(c.sql, "a bigint, binary or string", &t)),
        }
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let mut b = StringBuilder::new();
            for i in 0..n {
                if a[0].is_null(i) {
                    b.append_null();
                } else if let Some(x) = a[0].as_primitive_opt::<Int64Type>() {
                    b.append_value(format!("{:X}", x.value(i) as u64));
                } else {
                    b.append_option(super::bytes_at(&a[0], i).map(crate::scalar::hex_upper));
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col");
    // unhex(str): the bytes the hex digits spell; NULL when one is not a hex digit.
    r.scalar("unhex", |c| {
        c.arity(1, 1)?;
        c.string_arg(0)?;
        c.props.nulls = super::Nulls::Always;
        c.props.null_intolerant = true;
        c.kernel(T::Binary, |a, _, _| {
            let s = super::strings(&a[0])?;
            let mut b = BinaryBuilder::new();
            for v in s.iter() {
                b.append_option(v.and_then(super::hash::unhex_str));
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .py("col");
    // conv(num, fromBase, toBase): the number's digits in another base (a negative
    // toBase prints it signed); overflow is Spark's ARITHMETIC_OVERFLOW (ANSI).
    r.scalar("conv", |c| {
        c.arity(3, 3)?;
        c.string_arg(0)?;
        c.coerce(1, &T::Int32)?;
        c.coerce(2, &T::Int32)?;
        c.props.nulls = super::Nulls::Always;
        c.props.null_intolerant = true;
        c.kernel(T::Utf8, |a, _, n| {
            let s = super::strings(&a[0])?;
            let (f, t) = (a[1].as_primitive::<Int32Type>(), a[2].as_primitive::<Int32Type>());
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) || f.is_null(i) || t.is_null(i) {
                    b.append_null();
                    continue;
                }
                let v = conv(s.value(i), f.value(i), t.value(i)).map_err(|_| {
                    RunnelError::execution(
                        "ARITHMETIC_OVERFLOW",
                        "Overflow in function conv(). If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error. Use a number that fits 64 bits.",
                    )
                })?;
                b.append_option(v);
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1, 2])
    .py("col, fromBase, toBase");
    // width_bucket(v, min, max, n): which of n equal buckets over [min, max) v falls in
    // (0 below, n + 1 above); NULL for n <= 0 or min = max.
    r.scalar("width_bucket", |c| {
        c.arity(4, 4)?;
        for i in 0..3 {
            c.coerce(i, &T::Float64)?;
        }
        c.coerce(3, &T::Int64)?;
        c.props.nulls = super::Nulls::Always;
        c.props.null_intolerant = true;
        c.kernel(T::Int64, |a, _, n| {
            let (v, lo, hi) = (
                a[0].as_primitive::<Float64Type>(),
                a[1].as_primitive::<Float64Type>(),
                a[2].as_primitive::<Float64Type>(),
            );
            let k = a[3].as_primitive::<Int64Type>();
            Ok(Arc::new(
                (0..n)
                    .map(|i| {
                        if v.is_null(i) || lo.is_null(i) || hi.is_null(i) || k.is_null(i) {
                            return None;
                        }
                        width_bucket(v.value(i), lo.value(i), hi.value(i), k.value(i))
                    })
                    .collect::<Int64Array>(),
            ))
        })
    })
    .py("v, min, max, numBucket");
    // bit_count(x): the one bits of the value as a bigint (a negative int counts its
    // sign extension), or 1 / 0 for a boolean.
    r.scalar("bit_count", |c| {
        c.arity(1, 1)?;
        if c.ty(0) != T::Boolean {
            integral_arg(c, 0)?;
        }
        c.props.null_intolerant = true;
        c.kernel(T::Int32, |a, _, _| {
            if let Some(b) = a[0].as_boolean_opt() {
                return Ok(Arc::new(
                    b.iter().map(|v| v.map(i32::from)).collect::<Int32Array>(),
                ));
            }
            Ok(Arc::new(
                int_values(&a[0])?
                    .into_iter()
                    .map(|v| v.map(|v| v.count_ones() as i32))
                    .collect::<Int32Array>(),
            ))
        })
    })
    .py("col");
    r.scalar("bit_get", bit_get).py("col, pos");
    r.scalar("getbit", bit_get).py("col, pos");
    r.scalar("bitwise_not", |c| {
        c.arity(1, 1)?;
        let t = integral_arg(c, 0)?;
        c.props.null_intolerant = true;
        c.kernel(t, |a, ty, _| {
            let r: ArrayRef = Arc::new(
                int_values(&a[0])?
                    .into_iter()
                    .map(|v| v.map(|v| !v))
                    .collect::<Int64Array>(),
            );
            cast_array(&r, ty, false)
        })
    })
    .py("col")
    .named(|c| format!("~{}", c.first()));
    // `a & b`, `a | b`, `a ^ b` (SQL operators; `bitwiseAND`/`bitwiseOR`/`bitwiseXOR` on a
    // Column): Spark's BitwiseAnd / BitwiseOr / BitwiseXor, integers of the wider type.
    r.scalar("__bitwise_and", |c| bitwise(c, |a, b| a & b))
        .named(|c| format!("({} & {})", c.first(), c.args.get(1).map_or("", |s| s)));
    r.scalar("__bitwise_or", |c| bitwise(c, |a, b| a | b))
        .named(|c| format!("({} | {})", c.first(), c.args.get(1).map_or("", |s| s)));
    r.scalar("__bitwise_xor", |c| bitwise(c, |a, b| a ^ b))
        .named(|c| format!("({} ^ {})", c.first(), c.args.get(1).map_or("", |s| s)));
    r.scalar("shiftleft", |c| shift(c, b'l'))
        .literals(&[1])
        .py("col, numBits");
    r.scalar("shiftright", |c| shift(c, b'r'))
        .literals(&[1])
        .py("col, numBits");
    r.scalar("shiftrightunsigned", |c| shift(c, b'u'))
        .literals(&[1])
        .py("col, numBits");
}

#[cfg(test)]
mod tests {

    #[test]
    fn cosh_gives_java_strictmath_digits() {
        // Spark 4.3's cosh(x) for these x (PySpark collect(), repr).
        let spark = [
            (1e-10, 1.0),
            (0.1, 1.0050041680558035),
            (0.3, 1.0453385141288605),
            (0.34657359, 1.060660171680836),
            (0.35, 1.0618778191559852),
            (0.5, 1.1276259652063807),
            (1.0, 1.543080634815244),
            (-1.0, 1.543080634815244),
            (2.5, 6.132289479663686),
            (10.0, 11013.232920103324),
            (21.9, 1621881641.788824),
            (22.0, 1792456423.065796),
            (23.5, 8033232360.311239),
            (100.0, 1.3440585709080678e43),
            (709.0, 4.109203730777486e307),
            (709.9, 1.0107010280597818e308),
            (710.4, 1.6663642832806494e308),
            (711.0, f64::INFINITY),
            (-3.3, 13.574761044029561),
        ];
        for (x, want) in spark {
            assert_eq!(super::strict_cosh(x), want, "cosh({x})");
        }
        assert!(super::strict_cosh(f64::NAN).is_nan());
    }

    #[test]
    fn inverse_hyperbolics_as_spark_4_3() {
        // Spark 4.3's answers (ExpressionImplUtils.asinh/acosh, atanh with StrictMath.log1p)
        let asinh = [
            (1e308, 709.889355822726),
            (-1e308, -709.889355822726),
            (1e200, 461.2101657793691),
            (1e-300, 1e-300),
            (1e-9, 1e-9),
            (0.5, 0.48121182505960347),
            (3.7, 2.0192606561549606),
            (-1.5, -1.1947632172871094),
            (1e9, 21.416413017506354),
            (f64::INFINITY, f64::INFINITY),
        ];
        for (x, want) in asinh {
            assert_eq!(super::spark_asinh(x), want, "asinh({x})");
        }
        assert!(super::spark_asinh(-0.0).is_sign_negative());
        let acosh = [
            (1e308, 709.889355822726),
            (1.5, 0.9624236501192069),
            (3.3, 1.8632793511534487),
            (1e10, 23.7189981105004),
            (1.0, 0.0),
            (2.0, 1.3169578969248166),
        ];
        for (x, want) in acosh {
            assert_eq!(super::spark_acosh(x), want, "acosh({x})");
        }
        assert!(super::spark_acosh(0.5).is_nan());
    }
    use super::*;

    #[test]
    fn round_is_half_up_on_the_decimal_form() {
        assert_eq!(round_double(2.675, 2, true), 2.68);
        // a zero result has no sign (BigDecimal): round(-0.0) and round(-0.0001, 3) are 0.0
        assert!(round_double(-0.0, 3, true).is_sign_positive());
        assert!(round_double(-0.0001, 3, false).is_sign_positive());
        assert_eq!(round_double(29.29333, 2, true), 29.29);
        assert_eq!(round_double(0.25, 1, false), 0.2);
        assert_eq!(round_double(-1.5, 0, true), -2.0);
        assert_eq!(round_double(1.694, 1, true), 1.7);
        assert_eq!(round_int(15, -1, true), 20);
    }
}
