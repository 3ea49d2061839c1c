//! Date and time functions.

use std::cell::Cell;
use std::sync::Arc;

use arrow_array::builder::*;
use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_schema::DataType as T;
use chrono::{Datelike, Timelike};

use super::{Builder, Call, Nulls, local_values, strings, ts_values};
use crate::error::{Result, RunnelError};
use crate::expr::cast::cast_array;
use crate::expr::coerce::type_mismatch;
use crate::expr::phys::PhysExpr;
use crate::temporal::{self, US_PER_DAY, US_PER_SEC, Zone};
use crate::types;

thread_local! {
    static BATCH_TIMESTAMP: Cell<i64> = const { Cell::new(0) };
}

/// Sets the time `current_timestamp()` returns for the batch about to run (Spark fixes it per batch).
pub fn set_batch_timestamp(us: i64) {
    BATCH_TIMESTAMP.with(|c| c.set(us));
    super::random::next_batch();
}

/// Sets the time `current_timestamp()` returns and gives back the one it replaces (a
/// batch query run while a micro-batch runs puts the micro-batch's back afterwards).
pub fn swap_batch_timestamp(us: i64) -> i64 {
    BATCH_TIMESTAMP.with(|c| c.replace(us))
}

pub(crate) fn batch_timestamp() -> i64 {
    BATCH_TIMESTAMP.with(|c| c.get())
}

const DEFAULT_FORMAT: &str = "yyyy-MM-dd HH:mm:ss";

pub(super) fn register(r: &mut Builder) {
    r.scalar("year", |c| part(c, |d| d.year())).py("col");
    r.scalar("quarter", |c| part(c, |d| (d.month() as i32 - 1) / 3 + 1))
        .py("col");
    r.scalar("month", |c| part(c, |d| d.month() as i32))
        .py("col");
    r.scalar("dayofmonth", |c| part(c, |d| d.day() as i32))
        .py("col");
    r.scalar("day", |c| part(c, |d| d.day() as i32)).py("col");
    r.scalar("hour", |c| part(c, |d| d.hour() as i32)).py("col");
    r.scalar("minute", |c| part(c, |d| d.minute() as i32))
        .py("col");
    r.scalar("second", |c| part(c, |d| d.second() as i32))
        .py("col");
    r.scalar("dayofweek", |c| {
        part(c, |d| d.weekday().num_days_from_sunday() as i32 + 1)
    })
    .py("col");
    r.scalar("weekday", |c| {
        part(c, |d| d.weekday().num_days_from_monday() as i32)
    })
    .py("col");
    r.scalar("dayofyear", |c| part(c, |d| d.ordinal() as i32))
        .py("col");
    r.scalar("weekofyear", |c| part(c, |d| d.iso_week().week() as i32))
        .py("col");
    r.scalar("to_date", |c| {
        // to_date(s) is Spark's Cast (NULL-intolerant).
        c.props.null_intolerant = c.args.len() == 1;
        let with_format = c.args.len() == 2;
        let fmt = parse_args(c)?;
        // With a format it is Spark's GetTimestamp, which under ANSI fails on text that
        // does not parse: NULL only for a NULL argument.
        if with_format {
            c.props.nulls = Nulls::AnyArg;
        }
        c.kernel(T::Date32, move |a, _, n| {
            Ok(match a[0].data_type() {
                // Without a format, Spark 4 casts (ANSI: CAST_INVALID_INPUT on bad text).
                T::Utf8 if !fmt.given() => cast_array(&a[0], &T::Date32, false)?,
                T::Utf8 => {
                    let zone = temporal::session_zone();
                    let s = strings(&a[0])?;
                    let mut b = Date32Builder::new();
                    for i in 0..n {
                        let Some(f) = fmt.at(a, 1, i)? else {
                            b.append_null();
                            continue;
                        };
                        let v = s.is_valid(i).then(|| s.value(i));
                        b.append_option(
                            parse_fmt_ansi(v, f, "try_to_date")?
                                .map(|us| zone.to_local(us).div_euclid(US_PER_DAY) as i32),
                        );
                    }
                    Arc::new(b.finish())
                }
                _ => cast_array(&a[0], &T::Date32, false)?,
            })
        })
    })
    .literals(&[1])
    .py("col, format=");
    r.scalar("to_timestamp", |c| {
        c.props.null_intolerant = c.args.len() == 1;
        let fmt = parse_args(c)?;
        c.kernel(types::timestamp_type(), move |a, _, n| {
            Ok(match a[0].data_type() {
                // Without a format, Spark 4 casts (ANSI: CAST_INVALID_INPUT on bad text).
                T::Utf8 if !fmt.given() => cast_array(&a[0], &types::timestamp_type(), false)?,
                T::Utf8 => {
                    let s = strings(&a[0])?;
                    let mut b = TimestampMicrosecondBuilder::new();
                    for i in 0..n {
                        let Some(f) = fmt.at(a, 1, i)? else {
                            b.append_null();
                            continue;
                        };
                        let v = s.is_valid(i).then(|| s.value(i));
                        b.append_option(parse_fmt_ansi(v, f, "try_to_timestamp")?);
                    }
                    Arc::new(b.finish().with_timezone("UTC"))
                }
                _ => cast_array(&a[0], &types::timestamp_type(), false)?,
            })
        })
    })
    .literals(&[1])
    .py("col, format=");
    r.scalar("date_format", |c| {
        c.props.null_intolerant = true;
        c.arity(2, 2)?;
        let fmt = c.str_lit(1)?;
        c.args.truncate(1);
        c.ts_arg(0)?;
        c.kernel(T::Utf8, move |a, _, _| {
            let zone = temporal::session_zone();
            let mut b = StringBuilder::new();
            for v in ts_values(&a[0])? {
                match v {
                    Some(us) => b.append_value(temporal::format_with_pattern(us, &fmt, zone)?),
                    None => b.append_null(),
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .literals(&[1])
    .py("date, format");
    r.scalar("unix_timestamp", unix_timestamp)
        .literals(&[1])
        .py("timestamp=, format=")
        .named(unix_timestamp_name);
    r.scalar("to_unix_timestamp", unix_timestamp)
        .py("timestamp, format=")
        .named(unix_timestamp_name);
    r.scalar("from_unixtime", |c| {
        c.props.null_intolerant = true;
        c.arity(1, 2)?;
        let fmt = c.opt_str_lit(1)?.unwrap_or_else(|| DEFAULT_FORMAT.into());
        c.args.truncate(1);
        c.coerce(0, &T::Int64)?;
        c.kernel(T::Utf8, move |a, _, _| {
            let zone = temporal::session_zone();
            let mut b = StringBuilder::new();
            for v in a[0].as_primitive::<Int64Type>().iter() {
                match v {
                    Some(s) => b.append_value(temporal::format_with_pattern(
                        s.saturating_mul(US_PER_SEC),
                        &fmt,
                        zone,
                    )?),
                    None => b.append_null(),
                }
            }
            Ok(Arc::new(b.finish()))
        })
    })
    .always_nullable()
    .literals(&[1])
    .py("timestamp, format=")
    .named(|c| c.with_default(1, DEFAULT_FORMAT));
    r.scalar("date_trunc", |c| {
        c.arity(2, 2)?;
        let unit = c.str_lit(0)?;
        c.args.remove(0);
        c.ts_arg(0)?;
        c.props.nulls = Nulls::Always;
        c.kernel(types::timestamp_type(), move |a, _, _| {
            let zone = temporal::session_zone();
            Ok(Arc::new(
                ts_values(&a[0])?
                    .into_iter()
                    .map(|v| v.and_then(|us| temporal::truncate_timestamp(us, &unit, zone)))
                    .collect::<TimestampMicrosecondArray>()
                    .with_timezone("UTC"),
            ))
        })
    })
    .literals(&[0])
    .py("format, timestamp");
    r.scalar("current_timestamp", |c| {
        c.arity(0, 0)?;
        Ok(current_timestamp(c.sql))
    })
    .alias(&["now"])
    .py_none();
    // Spark's LocalTimestamp: the query's start as the session time zone's wall clock,
    // a TIMESTAMP_NTZ.
    r.scalar("localtimestamp", |c| {
        c.arity(0, 0)?;
        c.props.nulls = Nulls::Never;
        c.props.deterministic = false;
        c.kernel(
            T::Timestamp(arrow_schema::TimeUnit::Microsecond, None),
            |_, _, n| {
                let local = temporal::session_zone().to_local(batch_timestamp());
                Ok(Arc::new(TimestampMicrosecondArray::from_value(local, n)))
            },
        )
    })
    .py_none();
    r.scalar("current_date", |c| {
        c.arity(0, 0)?;
        c.props.nulls = Nulls::Never;
        c.props.deterministic = false;
        c.kernel(T::Date32, |_, _, n| {
            let today = temporal::session_zone().to_local(batch_timestamp());
            Ok(Arc::new(Date32Array::from_value(
                today.div_euclid(US_PER_DAY) as i32,
                n,
            )))
        })
    })
    .alias(&["curdate"])
    .py_none();
    r.scalar("date_add", |c| date_add(c, i32::wrapping_add))
        .alias(&["dateadd"])
        // PySpark 4: days is a column, a column's name or an int.
        .py("start, days")
        .named(|c| format!("date_add({})", c.all()));
    r.scalar("date_sub", |c| date_add(c, i32::wrapping_sub))
        .py("start, days");
    r.scalar("timestamp_diff", |c| {
        c.arity(3, 3)?;
        let unit = timestamp_unit(&c.str_lit(0)?)?;
        c.args.remove(0);
        c.ts_arg(0)?;
        c.ts_arg(1)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int64, move |a, _, _| {
            // Spark counts on the session time zone's wall clock (LocalDateTime.until).
            let (s, e) = (local_values(&a[0])?, local_values(&a[1])?);
            Ok(Arc::new(
                s.into_iter()
                    .zip(e)
                    .map(|(s, e)| Some(timestamp_diff(unit, s?, e?)))
                    .collect::<Int64Array>(),
            ))
        })
    })
    .sql_alias(&["timestampdiff"])
    .literals(&[0])
    .py("unit, start, end")
    // Spark prints TimestampDiff/TimestampAdd under their SQL names.
    .named(|c| format!("timestampdiff({})", c.all()));
    r.scalar("timestamp_add", |c| {
        c.arity(3, 3)?;
        let unit = timestamp_unit(&c.str_lit(0)?)?;
        c.args.remove(0);
        c.coerce(0, &T::Int64)?;
        // A TIMESTAMP_NTZ stays one, its units counted on its own wall clock (UTC).
        let ntz = matches!(c.ty(1), T::Timestamp(_, None));
        if !ntz {
            c.ts_arg(1)?;
        }
        c.props.null_intolerant = true;
        let sql = c.sql.to_string();
        let out_ty = c.ty(1);
        c.kernel(out_ty, move |a, _, _| {
            let zone = match ntz {
                true => temporal::Zone::UTC,
                false => temporal::session_zone(),
            };
            let q = a[0].as_primitive::<Int64Type>();
            let t = ts_values(&a[1])?;
            let mut out = Vec::with_capacity(t.len());
            for (i, t) in t.into_iter().enumerate() {
                out.push(match (q.is_valid(i).then(|| q.value(i)), t) {
                    (Some(q), Some(t)) => {
                        Some(timestamp_add(unit, q, t, zone).ok_or_else(|| {
                            RunnelError::execution(
                                "DATETIME_OVERFLOW",
                                format!(
                                    "Datetime operation overflow: {sql}. Use smaller quantities."
                                ),
                            )
                        })?)
                    }
                    _ => None,
                });
            }
            let out = TimestampMicrosecondArray::from(out);
            Ok(match ntz {
                true => Arc::new(out),
                false => Arc::new(out.with_timezone("UTC")),
            })
        })
    })
    .sql_alias(&["timestampadd"])
    .literals(&[0])
    .py("unit, quantity, ts")
    // Spark prints TimestampDiff/TimestampAdd under their SQL names.
    .named(|c| format!("timestampadd({})", c.all()));
    r.scalar("add_months", |c| {
        c.arity(2, 2)?;
        c.coerce(0, &T::Date32)?;
        c.coerce(1, &T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Date32, |a, _, _| {
            Ok(Arc::new(arrow_arith::arity::binary::<_, _, _, Date32Type>(
                a[0].as_primitive::<Date32Type>(),
                a[1].as_primitive::<Int32Type>(),
                add_months,
            )?))
        })
    })
    .py("start, months");
    r.scalar("last_day", |c| {
        date_to_date(c, |d| {
            let (y, m, _) = temporal::civil_from_days(d as i64);
            let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
            (temporal::days_from_civil(ny, nm, 1) - 1) as i32
        })
    })
    .py("date");
    r.scalar("unix_date", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Date32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int32, |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<Date32Type>()
                    .reinterpret_cast::<Int32Type>(),
            ))
        })
    })
    .py("col");
    r.scalar("date_from_unix_date", |c| {
        c.arity(1, 1)?;
        c.coerce(0, &T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Date32, |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<Int32Type>()
                    .reinterpret_cast::<Date32Type>(),
            ))
        })
    })
    .py("days");
    r.scalar("dayname", |c| {
        date_to_str(c, |d| {
            const N: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
            N[temporal::days_to_date(d).weekday().num_days_from_monday() as usize].to_string()
        })
    })
    .py("col");
    r.scalar("monthname", |c| {
        date_to_str(c, |d| {
            const N: [&str; 12] = [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ];
            N[temporal::days_to_date(d).month0() as usize].to_string()
        })
    })
    .py("col");
    // next_day(date, dayOfWeek): the first later date on that day ("Mon", "monday", "MO").
    r.scalar("next_day", |c| {
        c.arity(2, 2)?;
        c.coerce(0, &T::Date32)?;
        c.string_arg(1)?;
        c.props.nulls = Nulls::Always;
        // (NULL in, NULL out: Spark's NextDay is NullIntolerant.)
        c.props.null_intolerant = true;
        c.kernel(T::Date32, |a, _, n| {
            let (d, w) = (a[0].as_primitive::<Date32Type>(), strings(&a[1])?);
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                if d.is_null(i) || w.is_null(i) {
                    out.push(None);
                    continue;
                }
                let Some(target) = day_of_week(w.value(i)) else {
                    return Err(crate::error::RunnelError::execution(
                        "ILLEGAL_DAY_OF_WEEK",
                        format!(
                            "Illegal input for day of week: {}. Use a day name (Mon, Monday, MO, ...).",
                            w.value(i)
                        ),
                    ));
                };
                let cur = temporal::days_to_date(d.value(i))
                    .weekday()
                    .num_days_from_monday() as i32;
                let ahead = (target - cur).rem_euclid(7);
                out.push(Some(d.value(i) + if ahead == 0 { 7 } else { ahead }));
            }
            Ok(Arc::new(Date32Array::from(out)))
        })
    })
    .literals(&[1])
    .py("date, dayOfWeek");
    // trunc(date, format): the first day of its year, quarter, month or week; NULL for
    // another format.
    r.scalar("trunc", |c| {
        c.arity(2, 2)?;
        c.coerce(0, &T::Date32)?;
        c.string_arg(1)?;
        c.props.nulls = Nulls::Always;
        c.kernel(T::Date32, |a, _, n| {
            let (d, f) = (a[0].as_primitive::<Date32Type>(), strings(&a[1])?);
            Ok(Arc::new(
                (0..n)
                    .map(|i| {
                        if d.is_null(i) || f.is_null(i) {
                            return None;
                        }
                        let day = d.value(i);
                        let (y, m, _) = temporal::civil_from_days(day as i64);
                        Some(match f.value(i).to_ascii_lowercase().as_str() {
                            "year" | "yyyy" | "yy" => temporal::days_from_civil(y, 1, 1) as i32,
                            "quarter" => {
                                temporal::days_from_civil(y, (m - 1) / 3 * 3 + 1, 1) as i32
                            }
                            "month" | "mon" | "mm" => temporal::days_from_civil(y, m, 1) as i32,
                            "week" => {
                                day - temporal::days_to_date(day).weekday().num_days_from_monday()
                                    as i32
                            }
                            _ => return None,
                        })
                    })
                    .collect::<Date32Array>(),
            ))
        })
    })
    .literals(&[1])
    .py("date, format");
    // make_date(year, month, day): an invalid date is Spark's DATETIME_FIELD_OUT_OF_BOUNDS
    // (ANSI).
    r.scalar("make_date", |c| {
        c.arity(3, 3)?;
        c.coerce_all(&T::Int32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Date32, |a, _, n| {
            let (y, m, d) = (
                a[0].as_primitive::<Int32Type>(),
                a[1].as_primitive::<Int32Type>(),
                a[2].as_primitive::<Int32Type>(),
            );
            let mut out = Vec::with_capacity(n);
            for i in 0..n {
                if y.is_null(i) || m.is_null(i) || d.is_null(i) {
                    out.push(None);
                    continue;
                }
                let (yy, mm, dd) = (y.value(i), m.value(i), d.value(i));
                match chrono::NaiveDate::from_ymd_opt(yy, mm.max(0) as u32, dd.max(0) as u32) {
                    Some(date) => out.push(Some(temporal::date_to_days(date))),
                    None => {
                        let (field, v, range) = if !(1..=12).contains(&mm) {
                            ("MonthOfYear", mm, "1 - 12")
                        } else {
                            ("DayOfMonth", dd, "1 - 28/31")
                        };
                        return Err(crate::error::RunnelError::execution(
                            "DATETIME_FIELD_OUT_OF_BOUNDS.WITHOUT_SUGGESTION",
                            format!(
                                "Invalid value for {field} (valid values {range}): {v}. Check the year, month and day ({yy}-{mm}-{dd})."
                            ),
                        ));
                    }
                }
            }
            Ok(Arc::new(Date32Array::from(out)))
        })
    })
    .py("year, month, day");
    // date_part(field, source) / extract(field FROM source): YEAR, QUARTER, MONTH, WEEK,
    // DAY, DAYOFWEEK/DOW (Sunday 1), DOY, HOUR, MINUTE as ints.
    r.scalar("date_part", date_part)
        .literals(&[0])
        .py("field, source");
    // Spark prints `datepart(f, x)` as `datepart(f FROM x)` (a column name in a stream's
    // projection too).
    r.scalar("datepart", date_part)
        .literals(&[0])
        .py("field, source")
        .named(|c| field_from_name("datepart", c));
    r.scalar("extract", date_part)
        .literals(&[0])
        .py("field, source")
        .named(|c| field_from_name("extract", c));
    // months_between(end, start[, roundOff]): whole months when both days are the same
    // day of month or both month ends, else with the day and time difference over 31
    // days; rounded to 8 digits unless roundOff is false.
    r.scalar("months_between", |c| {
        c.arity(2, 3)?;
        let round = match c.raw.get(2) {
            None => true,
            Some(crate::expr::Expr::Literal(crate::scalar::ScalarValue::Boolean(b))) => *b,
            Some(_) => {
                return Err(crate::error::RunnelError::not_supported(
                    "argument 3 of months_between() must be a boolean literal",
                ));
            }
        };
        c.args.truncate(2);
        c.ts_arg(0)?;
        c.ts_arg(1)?;
        c.props.null_intolerant = true;
        c.props.null_intolerant = true;
        c.kernel(T::Float64, move |a, _, _| {
            let (x, y) = (local_values(&a[0])?, local_values(&a[1])?);
            Ok(Arc::new(
                x.iter()
                    .zip(&y)
                    .map(|(p, q)| Some(months_between(((*p)?, (*q)?), round)))
                    .collect::<Float64Array>(),
            ))
        })
    })
    .literals(&[2])
    .py("date1, date2, roundOff=")
    .named(|c| c.with_default(2, "true"));
    r.scalar("datediff", |c| {
        c.props.null_intolerant = true;
        c.arity(2, 2)?;
        c.coerce_all(&T::Date32)?;
        c.kernel(T::Int32, |a, _, _| {
            Ok(Arc::new(arrow_arith::arity::binary::<_, _, _, Int32Type>(
                a[0].as_primitive::<Date32Type>(),
                a[1].as_primitive::<Date32Type>(),
                |a, b| a - b,
            )?))
        })
    })
    .py("end, start");
    r.scalar("timestamp_seconds", |c| timestamp_from(c, US_PER_SEC))
        .py("col");
    r.scalar("timestamp_millis", |c| timestamp_from(c, 1_000))
        .py("col");
    r.scalar("timestamp_micros", |c| timestamp_from(c, 1))
        .py("col");
    r.scalar("unix_seconds", |c| unix_from(c, US_PER_SEC))
        .py("col");
    r.scalar("unix_millis", |c| unix_from(c, 1_000)).py("col");
    r.scalar("unix_micros", |c| unix_from(c, 1)).py("col");
    register_extra(r);
}

fn current_timestamp(sql: &str) -> PhysExpr {
    let mut c = Call {
        name: "current_timestamp",
        args: Vec::new(),
        raw: &[],
        sql,
        props: super::Props {
            nulls: Nulls::Never,
            null_intolerant: false,
            deterministic: false,
        },
    };
    c.kernel(types::timestamp_type(), |_, _, n| {
        Ok(Arc::new(
            TimestampMicrosecondArray::from_value(batch_timestamp(), n).with_timezone("UTC"),
        ))
    })
    .expect("a kernel without arguments binds")
}

/// A part of a date or timestamp, as an int.
fn part(c: &mut Call, f: fn(&chrono::NaiveDateTime) -> i32) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    let time_part = matches!(c.name, "hour" | "minute" | "second");
    let t = c.ty(0);
    if t == T::Utf8 || (time_part && t == T::Date32) {
        c.ts_arg(0)?;
    } else if !matches!(t, T::Date32 | T::Timestamp(..) | T::Null) {
        return Err(type_mismatch(c.sql, "a date or timestamp", &t));
    }
    c.props.null_intolerant = true;
    // Spark reads a date part of a TIMESTAMP_NTZ through a cast to DATE, which it
    // declares nullable (`Cast.forceNullable`).
    if !time_part && matches!(t, T::Timestamp(_, None)) {
        c.props.nulls = Nulls::Always;
    }
    c.kernel(T::Int32, move |a, _, _| {
        Ok(Arc::new(
            local_values(&a[0])?
                .iter()
                .map(|v| v.map(|us| f(&temporal::micros_to_datetime(us))))
                .collect::<Int32Array>(),
        ))
    })
}

/// `to_date` / `to_timestamp`: the value and its optional format literal.
/// A datetime pattern argument: a literal (or none), or a column whose rows each give
/// theirs (Spark formats with a per-row formatter when the pattern is not foldable).
#[derive(Clone)]
enum Fmt {
    Lit(Option<String>),
    Column,
}

impl Fmt {
    /// Argument `i` of `c` (or `default` when absent); a column stays an argument.
    fn bind(c: &mut Call, i: usize, default: Option<&str>) -> Result<Fmt> {
        let fmt = match c.raw.get(i) {
            None => Fmt::Lit(default.map(String::from)),
            Some(crate::expr::Expr::Literal(crate::scalar::ScalarValue::Utf8(s))) => {
                Fmt::Lit(Some(s.clone()))
            }
            Some(_) => {
                c.string_arg(i)?;
                Fmt::Column
            }
        };
        c.args
            .truncate(if matches!(fmt, Fmt::Column) { i + 1 } else { i });
        Ok(fmt)
    }

    /// Whether a pattern is given.
    fn given(&self) -> bool {
        !matches!(self, Fmt::Lit(None))
    }

    /// Row `i`'s pattern (the column is argument `col`); None where it is NULL.
    fn at<'a>(&'a self, a: &'a [ArrayRef], col: usize, i: usize) -> Result<Option<&'a str>> {
        Ok(match self {
            Fmt::Lit(f) => f.as_deref(),
            Fmt::Column => {
                let s = strings(&a[col])?;
                s.is_valid(i).then(|| s.value(i))
            }
        })
    }
}

fn parse_args(c: &mut Call) -> Result<Fmt> {
    c.arity(1, 2)?;
    let fmt = Fmt::bind(c, 1, None)?;
    let t = c.ty(0);
    if !matches!(t, T::Utf8 | T::Date32 | T::Timestamp(..) | T::Null) {
        return Err(type_mismatch(c.sql, "a string, date or timestamp", &t));
    }
    c.props.nulls = Nulls::Always;
    Ok(fmt)
}

/// As [`parse_fmt`], under ANSI: text that does not parse is Spark's CANNOT_PARSE_TIMESTAMP.
fn parse_fmt_ansi(v: Option<&str>, fmt: &str, try_name: &str) -> Result<Option<i64>> {
    match (v, parse_fmt(v, fmt, temporal::session_zone())?) {
        (Some(s), None) => Err(RunnelError::execution(
            "CANNOT_PARSE_TIMESTAMP",
            format!(
                "Text '{s}' could not be parsed at index 0. Use `{try_name}` to tolerate invalid input string and return NULL instead."
            ),
        )),
        (_, r) => Ok(r),
    }
}

/// Text parsed with a pattern, in `zone` when it names none.
fn parse_fmt(v: Option<&str>, fmt: &str, zone: Zone) -> Result<Option<i64>> {
    match v {
        None => Ok(None),
        Some(s) => temporal::parse_with_pattern(s, fmt, zone),
    }
}

fn date_add(c: &mut Call, f: fn(i32, i32) -> i32) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    c.coerce(0, &T::Date32)?;
    // Spark's DateAdd expects (it does not cast to) an int, smallint or tinyint; only a
    // string literal is cast (StringLiteralCoercion). A bigint or a double is refused.
    let days = c.args[1].data_type();
    let literal_string = days == T::Utf8 && matches!(c.args[1], crate::expr::PhysExpr::Literal(_));
    if !matches!(days, T::Int8 | T::Int16 | T::Int32 | T::Null) && !literal_string {
        return Err(crate::expr::coerce::type_mismatch(
            c.sql,
            "(\"INT\" or \"SMALLINT\" or \"TINYINT\")",
            &days,
        ));
    }
    c.coerce(1, &T::Int32)?;
    c.props.null_intolerant = true;
    // Spark adds days as Java ints: out-of-range dates wrap.
    c.kernel(T::Date32, move |a, _, _| {
        Ok(Arc::new(arrow_arith::arity::binary::<_, _, _, Date32Type>(
            a[0].as_primitive::<Date32Type>(),
            a[1].as_primitive::<Int32Type>(),
            f,
        )?))
    })
}

fn timestamp_from(c: &mut Call, unit: i64) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    // Spark's SecondsToTimestamp keeps a fraction of a second (`1230219000.123`): a
    // decimal exactly, a double through `(v * 1e6).toLong` (NaN and infinities are NULL,
    // so it is nullable).
    if unit == US_PER_SEC && matches!(c.ty(0), T::Float32 | T::Float64 | T::Decimal128(..)) {
        c.props.null_intolerant = true;
        if c.ty(0) == T::Float32 {
            c.coerce(0, &T::Float64)?;
        }
        if c.ty(0) == T::Float64 {
            c.props.nulls = Nulls::Always;
        }
        return c.kernel(types::timestamp_type(), |a, _, _| {
            let out: TimestampMicrosecondArray = match a[0].data_type() {
                T::Float64 => a[0]
                    .as_primitive::<Float64Type>()
                    .iter()
                    .map(|v| v.filter(|x| x.is_finite()).map(|x| (x * 1e6) as i64))
                    .collect(),
                T::Decimal128(_, scale) => {
                    let scale = *scale;
                    a[0].as_primitive::<arrow_array::types::Decimal128Type>()
                        .iter()
                        .map(|v| v.map(|d| decimal_seconds_to_micros(d, scale)).transpose())
                        .collect::<Result<_>>()?
                }
                _ => crate::internal_err!("timestamp_seconds of {}", a[0].data_type()),
            };
            Ok(Arc::new(out.with_timezone("UTC")))
        });
    }
    c.coerce(0, &T::Int64)?;
    // NULL in, NULL out (Spark's IntegralToTimestampBase / TimestampToLongBase are
    // NullIntolerant: a filter on it implies its input IS NOT NULL).
    c.props.null_intolerant = true;
    c.kernel(types::timestamp_type(), move |a, _, _| {
        Ok(Arc::new(
            a[0].as_primitive::<Int64Type>()
                .unary::<_, TimestampMicrosecondType>(|v| v.saturating_mul(unit))
                .with_timezone("UTC"),
        ))
    })
}

/// Spark's `SecondsToTimestamp` of a DECIMAL: `toJavaBigDecimal.multiply(1e6).longValueExact()`
/// — a fraction finer than a microsecond is Java's "Rounding necessary", a value beyond a
/// long DATETIME_OVERFLOW.
fn decimal_seconds_to_micros(d: i128, scale: i8) -> Result<i64> {
    let overflow = || {
        RunnelError::execution(
            "DATETIME_OVERFLOW",
            format!(
                "Datetime operation overflow: create a TIMESTAMP from {}BD seconds since the epoch. Use a number of seconds a timestamp can hold (years 0001 to 9999).",
                crate::scalar::format_decimal(d, scale)
            ),
        )
        .with_exception("ArithmeticException")
    };
    let micros = if scale > 6 {
        let f = 10i128.pow((scale - 6) as u32);
        if d % f != 0 {
            return Err(RunnelError::execution_plain("Rounding necessary")
                .with_exception("ArithmeticException"));
        }
        d / f
    } else {
        d.checked_mul(10i128.pow((6 - scale) as u32))
            .ok_or_else(overflow)?
    };
    i64::try_from(micros).map_err(|_| overflow())
}

fn unix_from(c: &mut Call, unit: i64) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.ts_arg(0)?;
    // NULL in, NULL out (Spark's IntegralToTimestampBase / TimestampToLongBase are
    // NullIntolerant: a filter on it implies its input IS NOT NULL).
    c.props.null_intolerant = true;
    c.kernel(T::Int64, move |a, _, _| {
        Ok(Arc::new(
            a[0].as_primitive::<TimestampMicrosecondType>()
                .unary::<_, Int64Type>(|v| v.div_euclid(unit)),
        ))
    })
}

fn unix_timestamp(c: &mut Call) -> Result<PhysExpr> {
    c.arity(0, 2)?;
    if c.args.is_empty() {
        c.args.push(current_timestamp(c.sql));
    }
    let fmt = Fmt::bind(c, 1, Some(DEFAULT_FORMAT))?;
    // Spark's UnixTimestamp fails under ANSI on text that does not parse: NULL only for a
    // NULL argument.
    c.props.nulls = Nulls::AnyArg;
    c.kernel(T::Int64, move |a, _, n| {
        let vals: Vec<Option<i64>> = match a[0].data_type() {
            T::Utf8 => {
                let s = strings(&a[0])?;
                (0..n)
                    .map(|i| match fmt.at(a, 1, i)? {
                        None => Ok(None),
                        Some(f) => {
                            parse_fmt_ansi(s.is_valid(i).then(|| s.value(i)), f, "try_to_timestamp")
                        }
                    })
                    .collect::<Result<_>>()?
            }
            // A date's midnight in the session time zone.
            T::Date32 => ts_values(&cast_array(&a[0], &types::timestamp_type(), false)?)?,
            _ => ts_values(&a[0])?,
        };
        Ok(Arc::new(
            vals.into_iter()
                .map(|v| v.map(|us| us / US_PER_SEC))
                .collect::<Int64Array>(),
        ))
    })
}

fn unix_timestamp_name(c: &super::NameCall) -> String {
    match c.args.len() {
        0 => format!("{}(current_timestamp(), {DEFAULT_FORMAT})", c.called),
        _ => c.with_default(1, DEFAULT_FORMAT),
    }
}

/// Spark's `add_months`: the same day of the month, or the month's last day.
pub(crate) fn add_months(d: i32, k: i32) -> i32 {
    let (y, m, day) = temporal::civil_from_days(d as i64);
    let total = y * 12 + (m as i64 - 1) + k as i64;
    let (ny, nm) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u32);
    let (fy, fm) = if nm == 12 { (ny + 1, 1) } else { (ny, nm + 1) };
    let last = (temporal::days_from_civil(fy, fm, 1) - temporal::days_from_civil(ny, nm, 1)) as u32;
    temporal::days_from_civil(ny, nm, day.min(last)) as i32
}

/// Monday = 0 ... Sunday = 6, from Spark's accepted names.
fn day_of_week(s: &str) -> Option<i32> {
    Some(match s.to_ascii_uppercase().as_str() {
        "MO" | "MON" | "MONDAY" => 0,
        "TU" | "TUE" | "TUESDAY" => 1,
        "WE" | "WED" | "WEDNESDAY" => 2,
        "TH" | "THU" | "THURSDAY" => 3,
        "FR" | "FRI" | "FRIDAY" => 4,
        "SA" | "SAT" | "SATURDAY" => 5,
        "SU" | "SUN" | "SUNDAY" => 6,
        _ => return None,
    })
}

/// A date -> date function.
fn date_to_date(c: &mut Call, f: fn(i32) -> i32) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.coerce(0, &T::Date32)?;
    c.props.null_intolerant = true;
    c.kernel(T::Date32, move |a, _, _| {
        Ok(Arc::new(
            a[0].as_primitive::<Date32Type>().unary::<_, Date32Type>(f),
        ))
    })
}

/// A date -> string function.
fn date_to_str(c: &mut Call, f: fn(i32) -> String) -> Result<PhysExpr> {
    c.arity(1, 1)?;
    c.coerce(0, &T::Date32)?;
    c.props.null_intolerant = true;
    c.kernel(T::Utf8, move |a, _, _| {
        Ok(Arc::new(
            a[0].as_primitive::<Date32Type>()
                .iter()
                .map(|v| v.map(f))
                .collect::<StringArray>(),
        ))
    })
}

fn date_part(c: &mut Call) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    let field = c.str_lit(0)?;
    let second = matches!(
        field.to_ascii_uppercase().as_str(),
        "SECOND" | "S" | "SEC" | "SECONDS" | "SECS"
    );
    let f: fn(&chrono::NaiveDateTime) -> i32 = match field.to_ascii_uppercase().as_str() {
        // Spark's SecondWithFraction (DECIMAL(8,6)), computed below.
        _ if second => |_| 0,
        "YEAR" | "Y" | "YEARS" | "YR" | "YRS" => |d| d.year(),
        "QUARTER" | "QTR" => |d| (d.month() as i32 - 1) / 3 + 1,
        "MONTH" | "MON" | "MONS" | "MONTHS" => |d| d.month() as i32,
        "WEEK" | "W" | "WEEKS" => |d| d.iso_week().week() as i32,
        "DAY" | "D" | "DAYS" => |d| d.day() as i32,
        "DAYOFWEEK" | "DOW" => |d| d.weekday().num_days_from_sunday() as i32 + 1,
        "DAYOFWEEK_ISO" | "DOW_ISO" => |d| d.weekday().num_days_from_monday() as i32 + 1,
        "DOY" => |d| d.ordinal() as i32,
        "HOUR" | "H" | "HOURS" | "HR" | "HRS" => |d| d.hour() as i32,
        "MINUTE" | "M" | "MIN" | "MINS" | "MINUTES" => |d| d.minute() as i32,
        _ => {
            return Err(crate::error::RunnelError::analysis(
                "INVALID_EXTRACT_FIELD",
                format!(
                    "Cannot extract `{field}` from \"{}\". Use YEAR, QUARTER, MONTH, WEEK, DAY, DAYOFWEEK, DOY, HOUR, MINUTE or SECOND.",
                    c.raw.get(1).map(|a| a.name()).unwrap_or_default()
                ),
            ));
        }
    };
    c.args.remove(0);
    let t = c.ty(0);
    if matches!(
        t,
        T::Duration(_) | T::Interval(arrow_schema::IntervalUnit::YearMonth)
    ) {
        return interval_part(c, &field);
    }
    if t == T::Utf8 {
        c.ts_arg(0)?;
    } else if !matches!(t, T::Date32 | T::Timestamp(..) | T::Null) {
        return Err(type_mismatch(c.sql, "a date or timestamp", &t));
    }
    c.props.null_intolerant = true;
    if second {
        // The seconds with their microseconds, as DECIMAL(8,6) (a date's are 0).
        return c.kernel(T::Decimal128(8, 6), |a, _, _| {
            Ok(Arc::new(
                local_values(&a[0])?
                    .iter()
                    .map(|v| v.map(|us| us.rem_euclid(60 * US_PER_SEC) as i128))
                    .collect::<Decimal128Array>()
                    .with_precision_and_scale(8, 6)?,
            ))
        });
    }
    c.kernel(T::Int32, move |a, _, _| {
        Ok(Arc::new(
            local_values(&a[0])?
                .iter()
                .map(|v| v.map(|us| f(&temporal::micros_to_datetime(us))))
                .collect::<Int32Array>(),
        ))
    })
}

/// `extract(field FROM interval)`, Spark's ExtractANSIInterval*: a day-time interval's
/// DAY (INT), HOUR and MINUTE (TINYINT) and SECOND (DECIMAL(8,6)), a year-month one's
/// YEAR (INT) and MONTH (TINYINT), each truncated toward zero as Java's `/` and `%`;
/// a field outside the interval type's own (`HOUR` of an `interval day`) is refused.
fn interval_part(c: &mut Call, field: &str) -> Result<PhysExpr> {
    const US_PER_MINUTE: i64 = 60 * US_PER_SEC;
    let ym = matches!(c.ty(0), T::Interval(_));
    // 0 day, 1 hour, 2 minute, 3 second; 0 year, 1 month (Spark's field numbers).
    let unit = match field.to_ascii_uppercase().as_str() {
        "YEAR" | "Y" | "YEARS" | "YR" | "YRS" if ym => Some(0),
        "MONTH" | "MON" | "MONS" | "MONTHS" if ym => Some(1),
        "DAY" | "D" | "DAYS" if !ym => Some(0),
        "HOUR" | "H" | "HOURS" | "HR" | "HRS" if !ym => Some(1),
        "MINUTE" | "M" | "MIN" | "MINS" | "MINUTES" if !ym => Some(2),
        "SECOND" | "S" | "SEC" | "SECONDS" | "SECS" if !ym => Some(3),
        _ => None,
    };
    let (start, end) = crate::expr::phys::interval_fields_of(&c.args[0]).unwrap_or(if ym {
        (0, 1)
    } else {
        (0, 3)
    });
    let Some(unit) = unit.filter(|u| (start..=end).contains(u)) else {
        return Err(RunnelError::analysis(
            "INVALID_EXTRACT_FIELD",
            format!(
                "Cannot extract `{}` from {}. Extract a field the interval type has (DAY, HOUR, MINUTE, SECOND of a day-time interval; YEAR, MONTH of a year-month one).",
                field.to_ascii_uppercase(),
                c.sql
            ),
        ));
    };
    c.props.null_intolerant = true;
    if ym {
        return if unit == 0 {
            c.kernel(T::Int32, |a, _, _| {
                Ok(Arc::new(
                    a[0].as_primitive::<IntervalYearMonthType>()
                        .unary::<_, Int32Type>(|m| m / 12),
                ))
            })
        } else {
            c.kernel(T::Int8, |a, _, _| {
                Ok(Arc::new(
                    a[0].as_primitive::<IntervalYearMonthType>()
                        .unary::<_, Int8Type>(|m| (m % 12) as i8),
                ))
            })
        };
    }
    match unit {
        0 => c.kernel(T::Int32, |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<DurationMicrosecondType>()
                    .unary::<_, Int32Type>(|us| (us / US_PER_DAY) as i32),
            ))
        }),
        1 | 2 => c.kernel(T::Int8, move |a, _, _| {
            let (per, modulo) = if unit == 1 {
                (60 * US_PER_MINUTE, 24)
            } else {
                (US_PER_MINUTE, 60)
            };
            Ok(Arc::new(
                a[0].as_primitive::<DurationMicrosecondType>()
                    .unary::<_, Int8Type>(|us| ((us / per) % modulo) as i8),
            ))
        }),
        _ => c.kernel(T::Decimal128(8, 6), |a, _, _| {
            Ok(Arc::new(
                a[0].as_primitive::<DurationMicrosecondType>()
                    .unary::<_, Decimal128Type>(|us| (us % US_PER_MINUTE) as i128)
                    .with_precision_and_scale(8, 6)?,
            ))
        }),
    }
}

/// Spark's `MonthsBetween`: `end`, `start` as wall-clock microseconds.
fn months_between((end, start): (i64, i64), round: bool) -> f64 {
    let (a, b) = (
        temporal::micros_to_datetime(end),
        temporal::micros_to_datetime(start),
    );
    let month_diff =
        (a.year() as i64 * 12 + a.month() as i64) - (b.year() as i64 * 12 + b.month() as i64);
    let last = |d: &chrono::NaiveDateTime| {
        let (y, m) = (d.year() as i64, d.month());
        let (ny, nm) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
        (temporal::days_from_civil(ny, nm, 1) - temporal::days_from_civil(y, m, 1)) as u32
            == d.day()
    };
    if a.day() == b.day() || (last(&a) && last(&b)) {
        return month_diff as f64;
    }
    // Spark counts the time of day in whole seconds.
    let secs = |d: &chrono::NaiveDateTime| {
        (d.day() as i64 - 1) * 86_400 + d.num_seconds_from_midnight() as i64
    };
    let diff = secs(&a) - secs(&b);
    let v = month_diff as f64 + diff as f64 / (31.0 * 86_400.0);
    if round { (v * 1e8).round() / 1e8 } else { v }
}

/// A unit of `timestampdiff` / `timestampadd`: microseconds per unit, or months per unit
/// (negative: -1 month, -3 quarter, -12 year).
fn timestamp_unit(u: &str) -> Result<i64> {
    Ok(match u.to_ascii_uppercase().as_str() {
        "MICROSECOND" => 1,
        "MILLISECOND" => 1_000,
        "SECOND" => 1_000_000,
        "MINUTE" => 60_000_000,
        "HOUR" => 3_600_000_000,
        "DAY" | "DAYOFYEAR" => US_PER_DAY,
        "WEEK" => 7 * US_PER_DAY,
        "MONTH" => -1,
        "QUARTER" => -3,
        "YEAR" => -12,
        other => {
            return Err(RunnelError::analysis(
                "INVALID_PARAMETER_VALUE.DATETIME_UNIT",
                format!(
                    "The value of parameter(s) `unit` in `timestampdiff` is invalid: expects one of the units without quotes YEAR, QUARTER, MONTH, WEEK, DAY, DAYOFYEAR, HOUR, MINUTE, SECOND, MILLISECOND, MICROSECOND, but got the string literal '{other}'."
                ),
            ));
        }
    })
}

/// Spark's `timestampDiff` on wall-clock times: whole units from `s` to `e`, toward zero; months as
/// `LocalDateTime.until` counts them (a month is whole once the day and time reach the start's).
fn timestamp_diff(unit: i64, s: i64, e: i64) -> i64 {
    if unit > 0 {
        return (e as i128 - s as i128)
            .checked_div(unit as i128)
            .unwrap_or(0) as i64;
    }
    let split = |us: i64| {
        let days = us.div_euclid(US_PER_DAY);
        let (y, m, d) = temporal::civil_from_days(days);
        (y * 12 + m as i64 - 1, (d, us.rem_euclid(US_PER_DAY)))
    };
    let ((sm, sr), (em, er)) = (split(s), split(e));
    let mut months = em - sm;
    if months > 0 && er < sr {
        months -= 1;
    } else if months < 0 && er > sr {
        months += 1;
    }
    months / -unit
}

/// Spark's `timestampAdd` in `zone`; None on overflow. Units below a day add to the
/// instant; days, weeks and months to the wall-clock time, keeping the offset in an
/// overlap (`ZonedDateTime.plusDays`, `plusMonths`).
pub(crate) fn timestamp_add(unit: i64, q: i64, t: i64, zone: Zone) -> Option<i64> {
    if unit > 0 && unit < US_PER_DAY {
        return q.checked_mul(unit)?.checked_add(t);
    }
    if unit > 0 {
        let days = i32::try_from(q.checked_mul(unit / US_PER_DAY)?).ok()?;
        return zone.plus_days(t, days as i64);
    }
    let offset = zone.offset_at(t);
    let local = t.checked_add(offset * US_PER_SEC)?;
    let days = local.div_euclid(US_PER_DAY);
    let rest = local.rem_euclid(US_PER_DAY);
    let months = i32::try_from(q.checked_mul(-unit)?).ok()?;
    let d = add_months(i32::try_from(days).ok()?, months) as i64;
    let out = d.checked_mul(US_PER_DAY)?.checked_add(rest)?;
    Some(zone.from_local_keeping(out, offset))
}

/// Spark's `MakeTimestamp` as a wall-clock time (microseconds since the local epoch):
/// Err(message) for fields out of range; 60 seconds is the next minute when it has no
/// fraction.
fn make_timestamp(f: [i64; 5], sec_us: i64) -> std::result::Result<i64, String> {
    let [y, mo, d, h, mi] = f;
    let (mut secs, frac) = (sec_us.div_euclid(US_PER_SEC), sec_us.rem_euclid(US_PER_SEC));
    let mut plus_minute = false;
    if secs == 60 {
        if frac != 0 {
            return Err(format!(
                "INVALID_FRACTION_OF_SECOND|Valid range for seconds is [0, 60] (inclusive), but the requested value is {}.{frac:06}.",
                secs
            ));
        }
        secs = 0;
        plus_minute = true;
    }
    let field = |name: &str, range: &str, v: i64| {
        format!(
            "DATETIME_FIELD_OUT_OF_BOUNDS.WITHOUT_SUGGESTION|Invalid value for {name} (valid values {range}): {v}"
        )
    };
    if !(-290_000..=290_000).contains(&y) {
        return Err(field("Year", "-999999999 - 999999999", y));
    }
    if !(1..=12).contains(&mo) {
        return Err(field("MonthOfYear", "1 - 12", mo));
    }
    if !(1..=31).contains(&d) {
        return Err(field("DayOfMonth", "1 - 28/31", d));
    }
    if !(0..=23).contains(&h) {
        return Err(field("HourOfDay", "0 - 23", h));
    }
    if !(0..=59).contains(&mi) {
        return Err(field("MinuteOfHour", "0 - 59", mi));
    }
    if !(0..=59).contains(&secs) {
        return Err(field("SecondOfMinute", "0 - 59", secs));
    }
    let Some(date) = chrono::NaiveDate::from_ymd_opt(y as i32, mo as u32, d as u32) else {
        return Err(format!(
            "DATETIME_FIELD_OUT_OF_BOUNDS.WITHOUT_SUGGESTION|Invalid date '{}' {d}",
            [
                "",
                "JANUARY",
                "FEBRUARY",
                "MARCH",
                "APRIL",
                "MAY",
                "JUNE",
                "JULY",
                "AUGUST",
                "SEPTEMBER",
                "OCTOBER",
                "NOVEMBER",
                "DECEMBER"
            ][mo as usize]
        ));
    };
    let days = temporal::date_to_days(date) as i64;
    let us = days * US_PER_DAY
        + (h * 3600 + mi * 60 + secs + if plus_minute { 60 } else { 0 }) * US_PER_SEC
        + frac;
    Ok(us)
}

/// make_timestamp / make_timestamp_ltz / make_timestamp_ntz and their try_ forms.
fn make_timestamp_call(c: &mut Call, ntz: bool, try_: bool) -> Result<PhysExpr> {
    c.arity(6, if ntz { 6 } else { 7 })?;
    // The zone argument, or the session time zone; an unknown zone fails when a row is
    // made, as Spark's INVALID_TIMEZONE. A zone column (Err(None)) gives each row's.
    let zone_arg: Option<std::result::Result<Zone, Option<String>>> = match c.raw.get(6) {
        None => None,
        Some(crate::expr::Expr::Literal(crate::scalar::ScalarValue::Utf8(z))) => {
            Some(Zone::parse(z).ok_or_else(|| Some(z.clone())))
        }
        Some(_) => {
            c.string_arg(6)?;
            Some(Err(None))
        }
    };
    if !matches!(zone_arg, Some(Err(None))) {
        c.args.truncate(6);
    }
    for i in 0..5 {
        c.coerce(i, &T::Int32)?;
    }
    c.coerce(5, &T::Decimal128(16, 6))?;
    if try_ {
        c.props.nulls = Nulls::Always;
    }
    c.props.null_intolerant = true;
    let ty = if ntz {
        T::Timestamp(arrow_schema::TimeUnit::Microsecond, None)
    } else {
        types::timestamp_type()
    };
    c.kernel(ty, move |a, ty, n| {
        let f: Vec<&Int32Array> = a[..5]
            .iter()
            .map(|x| x.as_primitive::<Int32Type>())
            .collect();
        let s = a[5].as_primitive::<Decimal128Type>();
        let zone = match (&zone_arg, ty) {
            (_, T::Timestamp(_, None)) => None,
            (None, _) => Some(temporal::session_zone()),
            (Some(Ok(z)), _) => Some(*z),
            (Some(Err(Some(id))), _) => {
                if n > 0 {
                    return Err(temporal::invalid_timezone(id));
                }
                None
            }
            (Some(Err(None)), _) => None,
        };
        let zone_col = match a.get(6) {
            Some(z) => Some(strings(z)?),
            None => None,
        };
        let mut zones = ZoneCache(Default::default());
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            if f.iter().any(|x| x.is_null(i))
                || s.is_null(i)
                || zone_col.is_some_and(|z| z.is_null(i))
            {
                out.push(None);
                continue;
            }
            let zone = match zone_col {
                Some(z) => Some(zones.get(z.value(i))?),
                None => zone,
            };
            let fields = [0, 1, 2, 3, 4].map(|k| f[k].value(i) as i64);
            match make_timestamp(fields, s.value(i) as i64) {
                Ok(local) => out.push(Some(zone.map_or(local, |z| z.from_local(local)))),
                Err(_) if try_ => out.push(None),
                Err(e) => {
                    let (cond, msg) = e
                        .split_once('|')
                        .unwrap_or(("DATETIME_FIELD_OUT_OF_BOUNDS.WITHOUT_SUGGESTION", &e));
                    return Err(RunnelError::execution(
                        cond,
                        format!(
                            "{msg}. Use try_make_timestamp to get NULL for such fields instead."
                        ),
                    ));
                }
            }
        }
        let arr = TimestampMicrosecondArray::from(out);
        Ok(match ty {
            T::Timestamp(_, Some(_)) => Arc::new(arr.with_timezone("UTC")),
            _ => Arc::new(arr),
        })
    })
}

/// try_to_timestamp / to_timestamp_ntz / to_timestamp_ltz: text parsed as
/// `to_timestamp` does (NULL where it does not parse for `try_`), a date or timestamp cast.
fn to_timestamp_call(c: &mut Call, ntz: bool, try_: bool) -> Result<PhysExpr> {
    // Without a format it is Spark's Cast (a try_cast for try_to_timestamp), which is
    // NULL-intolerant: a filter on it infers `isnotnull` of its argument.
    c.props.null_intolerant = c.args.len() == 1;
    let fmt = parse_args(c)?;
    let ty = if ntz {
        T::Timestamp(arrow_schema::TimeUnit::Microsecond, None)
    } else {
        types::timestamp_type()
    };
    c.kernel(ty, move |a, ty, n| {
        // A TIMESTAMP_NTZ keeps the text's wall-clock time.
        let zone = match ty {
            T::Timestamp(_, Some(_)) => temporal::session_zone(),
            _ => Zone::UTC,
        };
        let vals: Vec<Option<i64>> = match a[0].data_type() {
            T::Utf8 if !fmt.given() => {
                let mut out = Vec::new();
                for v in strings(&a[0])?.iter() {
                    let x = v.and_then(|v| temporal::parse_timestamp_in(v, zone));
                    if let (Some(v), None, false) = (v, x, try_) {
                        return Err(RunnelError::execution(
                            "CAST_INVALID_INPUT",
                            format!(
                                "The value '{v}' of the type \"STRING\" cannot be cast to \"{}\" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead.",
                                types::simple_string(ty).to_ascii_uppercase()
                            ),
                        ));
                    }
                    out.push(x);
                }
                out
            }
            T::Utf8 => {
                let s = strings(&a[0])?;
                let mut out = Vec::new();
                for i in 0..n {
                    let Some(f) = fmt.at(a, 1, i)? else {
                        out.push(None);
                        continue;
                    };
                    let v = s.is_valid(i).then(|| s.value(i));
                    out.push(match parse_fmt(v, f, zone) {
                        // ANSI: text the pattern does not read fails (Spark's
                        // CANNOT_PARSE_TIMESTAMP), as to_timestamp's
                        Ok(None) if !try_ && v.is_some() => {
                            return Err(RunnelError::execution(
                                "CANNOT_PARSE_TIMESTAMP",
                                format!(
                                    "Text '{}' could not be parsed at index 0. Use `try_to_timestamp` to tolerate invalid input string and return NULL instead.",
                                    v.unwrap_or_default()
                                ),
                            ));
                        }
                        Ok(x) => x,
                        Err(_) if try_ => None,
                        Err(e) => return Err(e),
                    });
                }
                out
            }
            _ => ts_values(&cast_array(&a[0], ty, false)?)?,
        };
        let arr = TimestampMicrosecondArray::from(vals);
        Ok(match ty {
            T::Timestamp(_, Some(_)) => Arc::new(arr.with_timezone("UTC")),
            _ => Arc::new(arr),
        })
    })
}

/// Zones read from a string column, each text parsed once per batch.
struct ZoneCache(std::collections::HashMap<String, Zone>);

impl ZoneCache {
    fn get(&mut self, id: &str) -> Result<Zone> {
        if let Some(z) = self.0.get(id) {
            return Ok(*z);
        }
        let z = Zone::parse_arg(id)?;
        self.0.insert(id.to_string(), z);
        Ok(z)
    }
}

/// from_utc_timestamp (`from_utc`) and to_utc_timestamp.
fn utc_shift(c: &mut Call, from_utc: bool) -> Result<PhysExpr> {
    c.arity(2, 2)?;
    c.ts_arg(0)?;
    c.string_arg(1)?;
    c.props.null_intolerant = true;
    c.kernel(types::timestamp_type(), move |a, _, n| {
        let t = ts_values(&a[0])?;
        let z = strings(&a[1])?;
        let mut zones = ZoneCache(Default::default());
        let mut out = Vec::with_capacity(n);
        for (i, t) in t.into_iter().enumerate() {
            out.push(match (t, z.is_valid(i)) {
                (Some(t), true) => {
                    let zone = zones.get(z.value(i))?;
                    Some(if from_utc {
                        zone.to_local(t)
                    } else {
                        zone.from_local(t)
                    })
                }
                _ => None,
            });
        }
        Ok(Arc::new(
            TimestampMicrosecondArray::from(out).with_timezone("UTC"),
        ))
    })
}

fn convert_timezone(c: &mut Call) -> Result<PhysExpr> {
    c.arity(2, 3)?;
    let ntz = T::Timestamp(arrow_schema::TimeUnit::Microsecond, None);
    let last = c.args.len() - 1;
    c.coerce(last, &ntz)?;
    for i in 0..last {
        c.string_arg(i)?;
    }
    c.props.null_intolerant = true;
    c.kernel(ntz, move |a, _, n| {
        let t = ts_values(&a[a.len() - 1])?;
        let target = strings(&a[a.len() - 2])?;
        let source = if a.len() == 3 {
            Some(strings(&a[0])?)
        } else {
            None
        };
        let session = temporal::session_zone();
        let mut zones = ZoneCache(Default::default());
        let mut out = Vec::with_capacity(n);
        for (i, t) in t.into_iter().enumerate() {
            let src = match source {
                Some(s) if s.is_null(i) => None,
                Some(s) => Some(zones.get(s.value(i))?),
                None => Some(session),
            };
            out.push(match (t, src, target.is_valid(i)) {
                (Some(t), Some(src), true) => {
                    let dst = zones.get(target.value(i))?;
                    Some(dst.to_local(src.from_local(t)))
                }
                _ => None,
            });
        }
        Ok(Arc::new(TimestampMicrosecondArray::from(out)))
    })
}

pub(super) fn register_extra(r: &mut Builder) {
    r.scalar("date_diff", |c| {
        c.arity(2, 2)?;
        c.coerce_all(&T::Date32)?;
        c.props.null_intolerant = true;
        c.kernel(T::Int32, |a, _, _| {
            Ok(Arc::new(arrow_arith::arity::binary::<_, _, _, Int32Type>(
                a[0].as_primitive::<Date32Type>(),
                a[1].as_primitive::<Date32Type>(),
                |a, b| a - b,
            )?))
        })
    })
    .py("end, start");
    // current_timezone(): the session time zone as set (`spark.sql.session.timeZone`).
    r.scalar("current_timezone", |c| {
        c.arity(0, 0)?;
        c.props.nulls = Nulls::Never;
        c.kernel(T::Utf8, |_, _, n| {
            Ok(Arc::new(StringArray::from(vec![
                temporal::session_zone_id();
                n
            ])))
        })
    })
    .py_none();
    // from_utc_timestamp(ts, tz) / to_utc_timestamp(ts, tz): the instant whose UTC
    // wall-clock time is ts's wall-clock time in tz, and back (Spark's convertTz).
    r.scalar("from_utc_timestamp", |c| utc_shift(c, true))
        .literals(&[1])
        .py("timestamp, tz");
    r.scalar("to_utc_timestamp", |c| utc_shift(c, false))
        .literals(&[1])
        .py("timestamp, tz");
    // convert_timezone([sourceTz, ]targetTz, sourceTs): a TIMESTAMP_NTZ's wall-clock time
    // in sourceTz (the session time zone when not given) as it reads in targetTz.
    r.scalar("convert_timezone", convert_timezone)
        .py("sourceTz, targetTz, sourceTs")
        .named(|c| match c.args.len() {
            2 => format!(
                "convert_timezone(current_timezone(), {}, {})",
                c.args[0], c.args[1]
            ),
            _ => c.plain(),
        });
    r.scalar("make_timestamp", |c| make_timestamp_call(c, false, false))
        .py("years=, months=, days=, hours=, mins=, secs=, timezone=, date=, time=");
    r.scalar("make_timestamp_ltz", |c| {
        make_timestamp_call(c, false, false)
    })
    .py("years, months, days, hours, mins, secs, timezone=");
    r.scalar("make_timestamp_ntz", |c| {
        make_timestamp_call(c, true, false)
    })
    .py("years=, months=, days=, hours=, mins=, secs=, date=, time=");
    r.scalar("try_make_timestamp", |c| {
        make_timestamp_call(c, false, true)
    })
    .py("years=, months=, days=, hours=, mins=, secs=, timezone=, date=, time=")
    // Spark 4.3 names it without the time zone (`try_make_timestamp(y, m, d, h, mi, s)`).
    .named(|c| match c.args.len() {
        7 => format!("{}({})", c.called, c.args[..6].join(", ")),
        _ => c.plain(),
    });
    r.scalar("try_make_timestamp_ltz", |c| {
        make_timestamp_call(c, false, true)
    })
    .py("years, months, days, hours, mins, secs, timezone=");
    r.scalar("try_make_timestamp_ntz", |c| {
        make_timestamp_call(c, true, true)
    })
    .py("years=, months=, days=, hours=, mins=, secs=, date=, time=");
    r.scalar("try_to_timestamp", |c| to_timestamp_call(c, false, true))
        .py("col, format=");
    r.scalar("to_timestamp_ltz", |c| to_timestamp_call(c, false, false))
        .py("timestamp, format=");
    // try_to_date(str[, format]): to_date, NULL where the text does not parse.
    r.scalar("try_to_date", |c| {
        let fmt = parse_args(c)?;
        c.kernel(T::Date32, move |a, _, n| {
            Ok(match a[0].data_type() {
                T::Utf8 if !fmt.given() => Arc::new(
                    strings(&a[0])?
                        .iter()
                        .map(|v| v.and_then(temporal::parse_date))
                        .collect::<Date32Array>(),
                ),
                T::Utf8 => {
                    let zone = temporal::session_zone();
                    let s = strings(&a[0])?;
                    Arc::new(
                        (0..n)
                            .map(|i| {
                                let f = fmt.at(a, 1, i)?;
                                let v = s.is_valid(i).then(|| s.value(i));
                                Ok(f.and_then(|f| parse_fmt(v, f, zone).ok().flatten())
                                    .map(|us| zone.to_local(us).div_euclid(US_PER_DAY) as i32))
                            })
                            .collect::<Result<Date32Array>>()?,
                    )
                }
                _ => cast_array(&a[0], &T::Date32, false)?,
            })
        })
    })
    .literals(&[1])
    .py("col, format=");
    r.scalar("to_timestamp_ntz", |c| to_timestamp_call(c, true, false))
        .py("timestamp, format=");
    // Nanosecond timestamps (TIMESTAMP_LTZ(9)), which Spark 4.3 has behind a flag.
    for name in ["timestamp_nanos", "unix_nanos"] {
        r.unsupported(
            name,
            "nanosecond timestamps (TIMESTAMP_LTZ(9), timestamp_nanos/unix_nanos) are not supported: Runnel's timestamps are microseconds; use timestamp_micros/unix_micros",
        )
        .py("col");
    }
}

/// `datepart(f FROM x)` / `extract(f FROM x)`: how Spark names both (the field as written).
fn field_from_name(name: &str, c: &super::NameCall) -> String {
    let f = match c.raw.first() {
        Some(crate::expr::Expr::Literal(crate::scalar::ScalarValue::Utf8(s))) => s.clone(),
        _ => c.first().to_string(),
    };
    format!(
        "{name}({f} FROM {})",
        c.args.get(1).cloned().unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    /// What PySpark 4.3 gives for `timestamp_seconds` of decimals: exact micros, Java's
    /// "Rounding necessary" below a microsecond (`1.1234567BD`), DATETIME_OVERFLOW past a
    /// long (`CAST(1e20 AS DECIMAL(38,0))`).
    #[test]
    fn timestamp_seconds_of_decimals_as_spark() {
        use super::decimal_seconds_to_micros as f;
        assert_eq!(f(1_230_219_000_123, 3).unwrap(), 1_230_219_000_123_000);
        assert_eq!(f(-15, 1).unwrap(), -1_500_000);
        assert_eq!(f(1_123_456_000, 9).unwrap(), 1_123_456);
        let e = f(11_234_567, 7).unwrap_err();
        assert!(e.to_string().contains("Rounding necessary"), "{e}");
        let e = f(100_000_000_000_000_000_000, 0).unwrap_err();
        assert_eq!(e.condition.as_deref(), Some("DATETIME_OVERFLOW"));
        assert!(
            e.to_string()
                .contains("from 100000000000000000000BD seconds"),
            "{e}"
        );
    }
}
