//! Interval constructors: `make_dt_interval(days, hours, mins, secs)` (a day-time
//! interval, microseconds) and `make_ym_interval(years, months)` (a year-month interval).
//! Missing arguments are 0, as Spark fills them in (and prints them in the name); a
//! result past the type's range is Spark's ARITHMETIC_OVERFLOW.

use std::sync::Arc;

use arrow_array::builder::{DurationMicrosecondBuilder, IntervalYearMonthBuilder};
use arrow_array::cast::AsArray;
use arrow_array::types::{Decimal128Type, Int32Type};
use arrow_array::{Array, ArrayRef};
use arrow_schema::{DataType as T, IntervalUnit, TimeUnit};

use super::{Builder, overflow_err};
use crate::error::RunnelError;
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;

pub(super) fn register(r: &mut Builder) {
    r.scalar("make_dt_interval", |c| {
        c.arity(0, 4)?;
        while c.args.len() < 3 {
            c.args.push(PhysExpr::Literal(ScalarValue::Int32(0)));
        }
        if c.args.len() < 4 {
            c.args.push(PhysExpr::Literal(ScalarValue::Int32(0)));
        }
        for i in 0..3 {
            c.coerce(i, &T::Int32)?;
        }
        c.coerce(3, &T::Decimal128(18, 6))?;
        c.props.null_intolerant = true;
        c.kernel(T::Duration(TimeUnit::Microsecond), |a, _, n| {
            let (d, h, m) = (
                a[0].as_primitive::<Int32Type>(),
                a[1].as_primitive::<Int32Type>(),
                a[2].as_primitive::<Int32Type>(),
            );
            let s = a[3].as_primitive::<Decimal128Type>();
            let mut b = DurationMicrosecondBuilder::with_capacity(n);
            for i in 0..n {
                if d.is_null(i) || h.is_null(i) || m.is_null(i) || s.is_null(i) {
                    b.append_null();
                    continue;
                }
                let us = (d.value(i) as i128 * 86_400
                    + h.value(i) as i128 * 3_600
                    + m.value(i) as i128 * 60)
                    * 1_000_000
                    + s.value(i);
                // Spark's IntervalUtils.makeDayTimeInterval (exact long arithmetic)
                let us = i64::try_from(us).map_err(|_| {
                    RunnelError::execution(
                        "INTERVAL_ARITHMETIC_OVERFLOW.WITHOUT_SUGGESTION",
                        "Integer overflow while operating with intervals. Try devising appropriate values for the interval parameters.",
                    )
                })?;
                b.append_value(us);
            }
            Ok(Arc::new(b.finish()) as ArrayRef)
        })
    })
    .py("days=, hours=, mins=, secs=")
    .named(|c| {
        let mut a = c.args.clone();
        while a.len() < 4 {
            a.push("0".to_string());
        }
        format!("{}({})", c.called, a.join(", "))
    });
    r.scalar("make_ym_interval", |c| {
        c.arity(0, 2)?;
        while c.args.len() < 2 {
            c.args.push(PhysExpr::Literal(ScalarValue::Int32(0)));
        }
        c.coerce(0, &T::Int32)?;
        c.coerce(1, &T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Interval(IntervalUnit::YearMonth), |a, _, n| {
            let (y, m) = (
                a[0].as_primitive::<Int32Type>(),
                a[1].as_primitive::<Int32Type>(),
            );
            let mut b = IntervalYearMonthBuilder::with_capacity(n);
            for i in 0..n {
                if y.is_null(i) || m.is_null(i) {
                    b.append_null();
                    continue;
                }
                let v = y
                    .value(i)
                    .checked_mul(12)
                    .and_then(|v| v.checked_add(m.value(i)))
                    .ok_or_else(|| overflow_err("make_ym_interval"))?;
                b.append_value(v);
            }
            Ok(Arc::new(b.finish()) as ArrayRef)
        })
    })
    .py("years=, months=")
    .named(|c| {
        let mut a = c.args.clone();
        while a.len() < 2 {
            a.push("0".to_string());
        }
        format!("{}({})", c.called, a.join(", "))
    });
    for name in ["make_interval", "try_make_interval"] {
        r.unsupported(
            name,
            "make_interval/try_make_interval are not supported: Runnel has no CALENDAR INTERVAL type; use make_ym_interval and make_dt_interval",
        )
        .py("years=, months=, weeks=, days=, hours=, mins=, secs=");
    }
}
