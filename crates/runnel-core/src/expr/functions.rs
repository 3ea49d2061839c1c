//! Spark's built-in scalar functions by name: binding (argument types, result
//! type, the column name Spark prints) and evaluation over Arrow arrays.

use std::cell::Cell;
use std::sync::Arc;

use arrow_array::builder::*;
use arrow_array::cast::AsArray;
use arrow_array::types::*;
use arrow_array::*;
use arrow_schema::{DataType, Field, Fields};
use chrono::{Datelike, Timelike};
use regex::Regex;

use super::bind::{
    PhysExpr, cast_if_needed, coerce_to, compile_java_regex, type_mismatch, wider_type,
};
use super::{Expr, LikeKind};
use crate::error::{Result, RunnelError};
use crate::scalar::ScalarValue;
use crate::temporal::{self, US_PER_DAY, US_PER_SEC};
use crate::types::{self, is_integral, is_numeric};

thread_local! {
    static BATCH_TIMESTAMP: Cell<i64> = const { Cell::new(0) };
}

/// Sets the time `current_timestamp()` returns for the batch about to run (Spark fixes it per batch).
pub fn set_batch_timestamp(us: i64) {
    BATCH_TIMESTAMP.with(|c| c.set(us));
}

fn batch_timestamp() -> i64 {
    BATCH_TIMESTAMP.with(|c| c.get())
}

/// Aggregate function names.
pub fn is_aggregate(name: &str) -> bool {
    matches!(
        name,
        "count"
            | "sum"
            | "avg"
            | "mean"
            | "min"
            | "max"
            | "first"
            | "last"
            | "first_value"
            | "last_value"
            | "count_distinct"
            | "countdistinct"
            | "approx_count_distinct"
            | "collect_list"
            | "collect_set"
            | "stddev"
            | "stddev_samp"
            | "stddev_pop"
            | "variance"
            | "var_samp"
            | "var_pop"
            | "any_value"
            | "sum_distinct"
            | "bool_and"
            | "bool_or"
            | "every"
            | "some"
            | "any"
    )
}

/// Generator names (one row in, many out).
pub fn is_generator(name: &str) -> bool {
    matches!(
        name,
        "explode" | "explode_outer" | "posexplode" | "posexplode_outer" | "inline"
    )
}

/// The column name Spark gives a call (`count(1)`, `regexp_replace(a, b, c, 1)`): its
/// pretty SQL, with the defaults Spark fills in and the spelling its expression prints.
pub fn display_name(
    name: &str,
    args: &[Expr],
    distinct: bool,
    schema: Option<&arrow_schema::Schema>,
) -> String {
    let sql = |e: &Expr| e.sql_in(schema);
    let a: Vec<String> = args
        .iter()
        .map(|e| match e {
            Expr::Star(None) if name == "count" => "1".to_string(),
            // Inside struct(...) an alias is printed (`struct(id, s AS z)`).
            Expr::Alias(inner, n) if name == "struct" => format!("{} AS {n}", sql(inner)),
            e => sql(e),
        })
        .collect();
    let first = a.first().cloned().unwrap_or_default();
    let all = a.join(", ");
    let d = if distinct { "DISTINCT " } else { "" };
    match (name, args.len()) {
        ("mean", _) => format!("mean({d}{all})"),
        ("count_distinct" | "countdistinct", _) => format!("count(DISTINCT {all})"),
        ("sum_distinct", _) => format!("sum(DISTINCT {all})"),
        ("array_agg", _) => format!("collect_list({d}{all})"),
        // Optional arguments Spark leaves out of the name.
        ("first" | "last" | "any_value" | "approx_count_distinct", 2) => {
            format!("{name}({d}{first})")
        }
        ("to_json", 2) => format!("to_json({first})"),
        ("from_json", _) => format!("from_json({first})"),
        // Defaults Spark writes into the name.
        ("regexp_replace", 3) => format!("regexp_replace({all}, 1)"),
        ("regexp_extract", 2) => format!("regexp_extract({all}, 1)"),
        ("round" | "bround", 1) => format!("{name}({all}, 0)"),
        ("substring" | "substr", 2) => format!("{name}({all}, 2147483647)"),
        ("split", 2) => format!("split({all}, -1)"),
        ("lpad" | "rpad", 2) => format!("{name}({all},  )"),
        ("locate", 2) => format!("locate({all}, 1)"),
        ("sort_array", 1) => format!("sort_array({all}, true)"),
        ("unix_timestamp", 1) => format!("unix_timestamp({all}, yyyy-MM-dd HH:mm:ss)"),
        ("unix_timestamp", 0) => "unix_timestamp(current_timestamp(), yyyy-MM-dd HH:mm:ss)".into(),
        ("from_unixtime", 1) => format!("from_unixtime({all}, yyyy-MM-dd HH:mm:ss)"),
        ("trim", 2) => format!("TRIM(BOTH {} FROM {first})", a[1]),
        ("log", 1) => format!("LOG(E(), {all})"),
        ("dateadd", _) => format!("date_add({all})"),
        ("isnull", 1) => format!("({first} IS NULL)"),
        ("if", 3) => format!("(IF({all}))"),
        ("rlike" | "regexp_like" | "regexp", 2) => format!("{}({all})", name.to_ascii_uppercase()),
        ("positive", 1) => format!("(+ {first})"),
        ("isnotnull", 1) => format!("({first} IS NOT NULL)"),
        // Expressions whose SQL is upper case.
        ("ceil" | "floor", 1) => format!("{}({all})", name.to_ascii_uppercase()),
        (
            "sqrt" | "exp" | "log10" | "log2" | "log" | "signum" | "sin" | "cos" | "tan" | "asin"
            | "acos" | "atan" | "sinh" | "cosh" | "tanh" | "cot" | "power" | "atan2" | "expm1"
            | "log1p" | "cbrt",
            _,
        ) => format!("{}({all})", name.to_ascii_uppercase()),
        ("spark_partition_id", _) => "SPARK_PARTITION_ID()".into(),
        _ => format!("{name}({d}{all})"),
    }
}

/// A scalar function with its bound parameters.
#[derive(Debug, Clone)]
pub enum ScalarFunc {
    /// from_json(str, schema): a struct parsed with the JSON reader's PERMISSIVE rules
    FromJson(arrow_schema::SchemaRef),
    /// to_json(struct | array | map)
    ToJson,
    /// upper
    Upper,
    /// lower
    Lower,
    /// length / char_length
    Length,
    /// substring(str, pos, len), 1-based
    Substring,
    /// concat (NULL if any argument is NULL)
    Concat,
    /// concat_ws(sep, ...) (skips NULLs)
    ConcatWs,
    /// trim, ltrim, rtrim
    Trim(TrimSide),
    /// regexp_replace(str, regex, replacement)
    RegexpReplace(Arc<Regex>),
    /// regexp_extract(str, regex, group)
    RegexpExtract(Arc<Regex>, usize),
    /// split(str, regex[, limit])
    Split(Arc<Regex>, i32),
    /// lpad / rpad
    Pad(bool),
    /// initcap
    Initcap,
    /// reverse (string)
    Reverse,
    /// coalesce
    Coalesce,
    /// abs
    Abs,
    /// round (HALF_UP) and bround (HALF_EVEN) with a scale
    Round(i32, bool),
    /// floor / ceil
    FloorCeil(bool),
    /// A unary double → double math function.
    Math(MathFn),
    /// pow(x, y)
    Pow,
    /// A date part.
    DatePart(DatePartKind),
    /// to_date(str[, fmt])
    ToDate(Option<String>),
    /// to_timestamp(str[, fmt])
    ToTimestamp(Option<String>),
    /// date_format(ts, fmt)
    DateFormat(String),
    /// unix_timestamp(ts|str[, fmt])
    UnixTimestamp(String),
    /// from_unixtime(seconds[, fmt])
    FromUnixtime(String),
    /// date_trunc(unit, ts)
    DateTrunc(String),
    /// current_timestamp()
    CurrentTimestamp,
    /// current_date()
    CurrentDate,
    /// date_add / date_sub
    DateAdd(bool),
    /// datediff(end, start)
    DateDiff,
    /// size(array)
    Size,
    /// array_contains(array, value)
    ArrayContains,
    /// greatest / least
    GreatestLeast(bool),
    /// nullif(a, b)
    NullIf,
    /// isnan(x)
    IsNan,
    /// struct(...) / named_struct
    Struct(Fields),
    /// array(...)
    MakeArray,
    /// timestamp_seconds / timestamp_millis / timestamp_micros
    TimestampFrom(i64),
    /// unix_seconds / unix_millis / unix_micros of a timestamp
    UnixFrom(i64),
}

/// Which side `trim` works on.
#[derive(Debug, Clone, Copy)]
pub enum TrimSide {
    /// both
    Both,
    /// leading
    Left,
    /// trailing
    Right,
}

/// Unary math functions.
#[derive(Debug, Clone, Copy)]
pub enum MathFn {
    /// sqrt
    Sqrt,
    /// exp
    Exp,
    /// natural log
    Ln,
    /// log10
    Log10,
    /// log2
    Log2,
    /// sin
    Sin,
    /// cos
    Cos,
    /// signum
    Signum,
}

/// Parts of a date or timestamp.
#[derive(Debug, Clone, Copy)]
pub enum DatePartKind {
    /// year
    Year,
    /// quarter
    Quarter,
    /// month
    Month,
    /// day of month
    Day,
    /// hour
    Hour,
    /// minute
    Minute,
    /// second
    Second,
    /// 1 = Sunday ... 7 = Saturday
    DayOfWeek,
    /// 0 = Monday ... 6 = Sunday
    Weekday,
    /// day of year
    DayOfYear,
    /// ISO week of year
    WeekOfYear,
}

fn str_lit(args: &[Expr], i: usize, fname: &str) -> Result<String> {
    match args.get(i) {
        Some(Expr::Literal(ScalarValue::Utf8(s))) => Ok(s.clone()),
        _ => Err(RunnelError::not_supported(format!(
            "argument {} of {fname}() must be a string literal",
            i + 1
        ))),
    }
}

fn int_lit(args: &[Expr], i: usize, fname: &str) -> Result<i64> {
    match args.get(i) {
        Some(Expr::Literal(ScalarValue::Int32(v))) => Ok(*v as i64),
        Some(Expr::Literal(ScalarValue::Int64(v))) => Ok(*v),
        Some(Expr::Negative(e)) => Ok(-int_lit(std::slice::from_ref(e), 0, fname)?),
        _ => Err(RunnelError::not_supported(format!(
            "argument {} of {fname}() must be an integer literal",
            i + 1
        ))),
    }
}

fn arity(name: &str, args: &[PhysExpr], min: usize, max: usize) -> Result<()> {
    if args.len() < min || args.len() > max {
        // Spark's wording: `requires 2`, `requires [2, 3]`, `requires > 1` parameters.
        let expected = if min == max {
            min.to_string()
        } else if max == usize::MAX {
            format!("> {}", min.saturating_sub(1))
        } else {
            format!(
                "[{}]",
                (min..=max)
                    .map(|n| n.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let fix = if max == usize::MAX {
            format!(
                "Pass at least {min} argument{}.",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!("Pass {expected} arguments.")
        };
        return Err(RunnelError::analysis(
            "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
            format!(
                "The `{name}` requires {expected} parameters but the actual number is {}. {fix}",
                args.len()
            ),
        ));
    }
    Ok(())
}

fn scalar(func: ScalarFunc, args: Vec<PhysExpr>, ty: DataType) -> PhysExpr {
    PhysExpr::Scalar { func, args, ty }
}

/// Binds a call of a scalar function by Spark's name.
pub fn bind_function(
    name: &str,
    mut args: Vec<PhysExpr>,
    raw: &[Expr],
    sql: &str,
) -> Result<PhysExpr> {
    use DataType as T;
    let string_arg = |args: &mut Vec<PhysExpr>, i: usize| -> Result<()> {
        let a = args.remove(i);
        args.insert(i, coerce_to(a, &T::Utf8, sql)?);
        Ok(())
    };
    let ts_arg = |args: &mut Vec<PhysExpr>, i: usize| -> Result<()> {
        let a = args.remove(i);
        args.insert(i, coerce_to(a, &types::timestamp_type(), sql)?);
        Ok(())
    };
    Ok(match name {
        "upper" | "ucase" | "lower" | "lcase" | "initcap" | "reverse" => {
            arity(name, &args, 1, 1)?;
            if name == "reverse" && matches!(args[0].data_type(), T::List(_)) {
                return Err(RunnelError::not_supported("reverse() of an array"));
            }
            string_arg(&mut args, 0)?;
            let f = match name {
                "upper" | "ucase" => ScalarFunc::Upper,
                "lower" | "lcase" => ScalarFunc::Lower,
                "initcap" => ScalarFunc::Initcap,
                _ => ScalarFunc::Reverse,
            };
            scalar(f, args, T::Utf8)
        }
        "length" | "char_length" | "character_length" | "len" => {
            arity(name, &args, 1, 1)?;
            string_arg(&mut args, 0)?;
            scalar(ScalarFunc::Length, args, T::Int32)
        }
        "substring" | "substr" => {
            arity(name, &args, 2, 3)?;
            string_arg(&mut args, 0)?;
            if args.len() == 2 {
                args.push(PhysExpr::Literal(ScalarValue::Int32(i32::MAX)));
            }
            for i in 1..3 {
                let a = args.remove(i);
                args.insert(i, coerce_to(a, &T::Int32, sql)?);
            }
            scalar(ScalarFunc::Substring, args, T::Utf8)
        }
        "concat" => {
            if args.iter().any(|a| matches!(a.data_type(), T::List(_))) {
                return Err(RunnelError::not_supported("concat() of arrays"));
            }
            let args = args
                .into_iter()
                .map(|a| coerce_to(a, &T::Utf8, sql))
                .collect::<Result<_>>()?;
            scalar(ScalarFunc::Concat, args, T::Utf8)
        }
        "concat_ws" => {
            if args.is_empty() {
                arity(name, &args, 1, usize::MAX)?;
            }
            let args = args
                .into_iter()
                .map(|a| {
                    if matches!(a.data_type(), T::List(_)) {
                        Ok(a)
                    } else {
                        coerce_to(a, &T::Utf8, sql)
                    }
                })
                .collect::<Result<_>>()?;
            scalar(ScalarFunc::ConcatWs, args, T::Utf8)
        }
        "trim" | "ltrim" | "rtrim" => {
            arity(name, &args, 1, 1)?;
            string_arg(&mut args, 0)?;
            let side = match name {
                "trim" => TrimSide::Both,
                "ltrim" => TrimSide::Left,
                _ => TrimSide::Right,
            };
            scalar(ScalarFunc::Trim(side), args, T::Utf8)
        }
        "regexp_replace" => {
            arity(name, &args, 3, 4)?;
            let re = compile_java_regex(&str_lit(raw, 1, name)?)?;
            string_arg(&mut args, 0)?;
            string_arg(&mut args, 2)?;
            let rep = args.remove(2);
            args.truncate(1);
            args.push(rep);
            scalar(ScalarFunc::RegexpReplace(Arc::new(re)), args, T::Utf8)
        }
        "regexp_extract" => {
            arity(name, &args, 2, 3)?;
            let re = compile_java_regex(&str_lit(raw, 1, name)?)?;
            let idx = if raw.len() > 2 {
                int_lit(raw, 2, name)? as usize
            } else {
                1
            };
            string_arg(&mut args, 0)?;
            args.truncate(1);
            scalar(ScalarFunc::RegexpExtract(Arc::new(re), idx), args, T::Utf8)
        }
        "split" => {
            arity(name, &args, 2, 3)?;
            let re = compile_java_regex(&str_lit(raw, 1, name)?)?;
            let limit = if raw.len() > 2 {
                int_lit(raw, 2, name)? as i32
            } else {
                -1
            };
            string_arg(&mut args, 0)?;
            args.truncate(1);
            scalar(
                ScalarFunc::Split(Arc::new(re), limit),
                args,
                types::list_of(T::Utf8),
            )
        }
        "lpad" | "rpad" => {
            arity(name, &args, 2, 3)?;
            string_arg(&mut args, 0)?;
            let n = args.remove(1);
            args.insert(1, coerce_to(n, &T::Int32, sql)?);
            if args.len() == 2 {
                args.push(PhysExpr::Literal(ScalarValue::Utf8(" ".into())));
            }
            string_arg(&mut args, 2)?;
            scalar(ScalarFunc::Pad(name == "lpad"), args, T::Utf8)
        }
        "coalesce" | "nvl" | "ifnull" => {
            if args.is_empty() {
                arity(name, &args, 1, usize::MAX)?;
            }
            let mut ty = T::Null;
            for a in &args {
                ty = wider_type(&ty, &a.data_type()).ok_or_else(|| {
                    type_mismatch(sql, &types::simple_string(&ty), &a.data_type())
                })?;
            }
            let args = args.into_iter().map(|a| cast_if_needed(a, &ty)).collect();
            scalar(ScalarFunc::Coalesce, args, ty)
        }
        "nullif" => {
            arity(name, &args, 2, 2)?;
            let ty = wider_type(&args[0].data_type(), &args[1].data_type()).ok_or_else(|| {
                type_mismatch(
                    sql,
                    &types::simple_string(&args[0].data_type()),
                    &args[1].data_type(),
                )
            })?;
            let args = args.into_iter().map(|a| cast_if_needed(a, &ty)).collect();
            scalar(ScalarFunc::NullIf, args, ty)
        }
        "greatest" | "least" => {
            arity(name, &args, 2, usize::MAX)?;
            let mut ty = T::Null;
            for a in &args {
                ty = wider_type(&ty, &a.data_type()).ok_or_else(|| {
                    type_mismatch(sql, &types::simple_string(&ty), &a.data_type())
                })?;
            }
            let args = args.into_iter().map(|a| cast_if_needed(a, &ty)).collect();
            scalar(ScalarFunc::GreatestLeast(name == "greatest"), args, ty)
        }
        "abs" => {
            arity(name, &args, 1, 1)?;
            let t = args[0].data_type();
            if !is_numeric(&t) {
                return Err(type_mismatch(sql, "a numeric value", &t));
            }
            scalar(ScalarFunc::Abs, args, t)
        }
        "round" | "bround" => {
            arity(name, &args, 1, 2)?;
            let scale = if raw.len() > 1 {
                int_lit(raw, 1, name)? as i32
            } else {
                0
            };
            args.truncate(1);
            let mut t = args[0].data_type();
            if t == T::Utf8 {
                args[0] = cast_if_needed(args.remove(0), &T::Float64);
                t = T::Float64;
            }
            if !is_numeric(&t) {
                return Err(type_mismatch(sql, "a numeric value", &t));
            }
            scalar(ScalarFunc::Round(scale, name == "round"), args, t)
        }
        "floor" | "ceil" | "ceiling" => {
            arity(name, &args, 1, 1)?;
            let a = coerce_to(args.remove(0), &T::Float64, sql)?;
            scalar(ScalarFunc::FloorCeil(name == "floor"), vec![a], T::Int64)
        }
        "sqrt" | "exp" | "ln" | "log10" | "log2" | "sin" | "cos" | "signum" | "sign" | "log" => {
            if name == "log" && args.len() == 2 {
                return Err(RunnelError::not_supported(
                    "log(base, x); use ln(x) / ln(base)",
                ));
            }
            arity(name, &args, 1, 1)?;
            let a = coerce_to(args.remove(0), &T::Float64, sql)?;
            let f = match name {
                "sqrt" => MathFn::Sqrt,
                "exp" => MathFn::Exp,
                "ln" | "log" => MathFn::Ln,
                "log10" => MathFn::Log10,
                "log2" => MathFn::Log2,
                "sin" => MathFn::Sin,
                "cos" => MathFn::Cos,
                _ => MathFn::Signum,
            };
            scalar(ScalarFunc::Math(f), vec![a], T::Float64)
        }
        "pow" | "power" => {
            arity(name, &args, 2, 2)?;
            let args = args
                .into_iter()
                .map(|a| coerce_to(a, &T::Float64, sql))
                .collect::<Result<_>>()?;
            scalar(ScalarFunc::Pow, args, T::Float64)
        }
        "year" | "quarter" | "month" | "dayofmonth" | "day" | "hour" | "minute" | "second"
        | "dayofweek" | "weekday" | "dayofyear" | "weekofyear" => {
            arity(name, &args, 1, 1)?;
            let time_part = matches!(name, "hour" | "minute" | "second");
            let t = args[0].data_type();
            if t == T::Utf8 || (time_part && t == T::Date32) {
                ts_arg(&mut args, 0)?;
            } else if !matches!(t, T::Date32 | T::Timestamp(..) | T::Null) {
                return Err(type_mismatch(sql, "a date or timestamp", &t));
            }
            let k = match name {
                "year" => DatePartKind::Year,
                "quarter" => DatePartKind::Quarter,
                "month" => DatePartKind::Month,
                "dayofmonth" | "day" => DatePartKind::Day,
                "hour" => DatePartKind::Hour,
                "minute" => DatePartKind::Minute,
                "second" => DatePartKind::Second,
                "dayofweek" => DatePartKind::DayOfWeek,
                "weekday" => DatePartKind::Weekday,
                "dayofyear" => DatePartKind::DayOfYear,
                _ => DatePartKind::WeekOfYear,
            };
            scalar(ScalarFunc::DatePart(k), args, T::Int32)
        }
        "to_date" | "to_timestamp" => {
            arity(name, &args, 1, 2)?;
            let fmt = if raw.len() > 1 {
                Some(str_lit(raw, 1, name)?)
            } else {
                None
            };
            args.truncate(1);
            let t = args[0].data_type();
            if !matches!(t, T::Utf8 | T::Date32 | T::Timestamp(..) | T::Null) {
                return Err(type_mismatch(sql, "a string, date or timestamp", &t));
            }
            if name == "to_date" {
                scalar(ScalarFunc::ToDate(fmt), args, T::Date32)
            } else {
                scalar(ScalarFunc::ToTimestamp(fmt), args, types::timestamp_type())
            }
        }
        "date_format" => {
            arity(name, &args, 2, 2)?;
            let fmt = str_lit(raw, 1, name)?;
            args.truncate(1);
            ts_arg(&mut args, 0)?;
            scalar(ScalarFunc::DateFormat(fmt), args, T::Utf8)
        }
        "unix_timestamp" | "to_unix_timestamp" => {
            arity(name, &args, 0, 2)?;
            let fmt = if raw.len() > 1 {
                str_lit(raw, 1, name)?
            } else {
                "yyyy-MM-dd HH:mm:ss".into()
            };
            args.truncate(1);
            if args.is_empty() {
                args.push(scalar(
                    ScalarFunc::CurrentTimestamp,
                    vec![],
                    types::timestamp_type(),
                ));
            }
            scalar(ScalarFunc::UnixTimestamp(fmt), args, T::Int64)
        }
        "from_unixtime" => {
            arity(name, &args, 1, 2)?;
            let fmt = if raw.len() > 1 {
                str_lit(raw, 1, name)?
            } else {
                "yyyy-MM-dd HH:mm:ss".into()
            };
            args.truncate(1);
            let a = coerce_to(args.remove(0), &T::Int64, sql)?;
            scalar(ScalarFunc::FromUnixtime(fmt), vec![a], T::Utf8)
        }
        "date_trunc" => {
            arity(name, &args, 2, 2)?;
            let unit = str_lit(raw, 0, name)?;
            args.remove(0);
            ts_arg(&mut args, 0)?;
            scalar(ScalarFunc::DateTrunc(unit), args, types::timestamp_type())
        }
        "current_timestamp" | "now" | "localtimestamp" => {
            arity(name, &args, 0, 0)?;
            scalar(ScalarFunc::CurrentTimestamp, args, types::timestamp_type())
        }
        "current_date" | "curdate" => {
            arity(name, &args, 0, 0)?;
            scalar(ScalarFunc::CurrentDate, args, T::Date32)
        }
        "date_add" | "date_sub" => {
            arity(name, &args, 2, 2)?;
            let d = coerce_to(args.remove(0), &T::Date32, sql)?;
            let n = coerce_to(args.remove(0), &T::Int32, sql)?;
            scalar(
                ScalarFunc::DateAdd(name == "date_add"),
                vec![d, n],
                T::Date32,
            )
        }
        "datediff" => {
            arity(name, &args, 2, 2)?;
            let args = args
                .into_iter()
                .map(|a| coerce_to(a, &T::Date32, sql))
                .collect::<Result<_>>()?;
            scalar(ScalarFunc::DateDiff, args, T::Int32)
        }
        "timestamp_seconds" | "timestamp_millis" | "timestamp_micros" => {
            arity(name, &args, 1, 1)?;
            let unit = match name {
                "timestamp_seconds" => US_PER_SEC,
                "timestamp_millis" => 1_000,
                _ => 1,
            };
            let a = coerce_to(args.remove(0), &T::Int64, sql)?;
            scalar(
                ScalarFunc::TimestampFrom(unit),
                vec![a],
                types::timestamp_type(),
            )
        }
        "unix_seconds" | "unix_millis" | "unix_micros" => {
            arity(name, &args, 1, 1)?;
            let unit = match name {
                "unix_seconds" => US_PER_SEC,
                "unix_millis" => 1_000,
                _ => 1,
            };
            ts_arg(&mut args, 0)?;
            scalar(ScalarFunc::UnixFrom(unit), args, T::Int64)
        }
        "size" | "cardinality" | "array_size" => {
            arity(name, &args, 1, 1)?;
            if !matches!(args[0].data_type(), T::List(_) | T::Map(_, _) | T::Null) {
                return Err(type_mismatch(sql, "an array or map", &args[0].data_type()));
            }
            scalar(ScalarFunc::Size, args, T::Int32)
        }
        "get" | "element_at" | "try_element_at" => {
            arity(name, &args, 2, 2)?;
            if !matches!(args[0].data_type(), T::List(_)) {
                return Err(RunnelError::not_supported(format!(
                    "{name}() on {}",
                    types::simple_string(&args[0].data_type())
                )));
            }
            let idx = coerce_to(args.remove(1), &T::Int32, sql)?;
            PhysExpr::Index {
                expr: Box::new(args.remove(0)),
                index: Box::new(idx),
                ansi: name == "element_at",
                one_based: name != "get",
            }
        }
        "array_contains" => {
            arity(name, &args, 2, 2)?;
            let T::List(f) = args[0].data_type() else {
                return Err(type_mismatch(sql, "an array", &args[0].data_type()));
            };
            let v = cast_if_needed(args.remove(1), f.data_type());
            args.push(v);
            scalar(ScalarFunc::ArrayContains, args, T::Boolean)
        }
        "isnan" => {
            arity(name, &args, 1, 1)?;
            let a = coerce_to(args.remove(0), &T::Float64, sql)?;
            scalar(ScalarFunc::IsNan, vec![a], T::Boolean)
        }
        "isnull" | "isnotnull" => {
            arity(name, &args, 1, 1)?;
            PhysExpr::IsNull(Box::new(args.remove(0)), name == "isnotnull")
        }
        "from_json" => {
            arity(name, &args, 2, 3)?;
            let text = str_lit(raw, 1, name)?;
            let schema = match types::parse_ddl_schema(&text) {
                Ok(s) => s,
                Err(e) => match types::parse_data_type(&text) {
                    Ok(T::Struct(f)) => arrow_schema::Schema::new(f),
                    _ => return Err(e),
                },
            };
            args.truncate(1);
            string_arg(&mut args, 0)?;
            let fields = schema.fields().clone();
            scalar(
                ScalarFunc::FromJson(Arc::new(schema)),
                args,
                T::Struct(fields),
            )
        }
        "to_json" => {
            arity(name, &args, 1, 2)?;
            args.truncate(1);
            if !matches!(
                args[0].data_type(),
                T::Struct(_) | T::List(_) | T::Map(_, _)
            ) {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.INVALID_JSON_SCHEMA",
                    format!(
                        "Cannot resolve \"{sql}\" due to data type mismatch: Input schema \"{}\" must be a struct, an array, a map or a variant. Wrap the value in struct(...).",
                        types::sql_name(&args[0].data_type())
                    ),
                ));
            }
            scalar(ScalarFunc::ToJson, args, T::Utf8)
        }
        "struct" | "named_struct" => {
            let (names, vals): (Vec<String>, Vec<PhysExpr>) = if name == "named_struct" {
                let mut n = Vec::new();
                let mut v = Vec::new();
                for (i, a) in args.into_iter().enumerate() {
                    if i % 2 == 0 {
                        n.push(str_lit(raw, i, name)?);
                    } else {
                        v.push(a);
                    }
                }
                (n, v)
            } else {
                let n = raw.iter().enumerate().map(|(i, e)| match e {
                    Expr::Column(_) | Expr::Alias(..) => e.name(),
                    _ => format!("col{}", i + 1),
                });
                (n.collect(), args)
            };
            let fields: Fields = names
                .iter()
                .zip(&vals)
                .map(|(n, v)| Field::new(n, v.data_type(), true))
                .collect();
            scalar(ScalarFunc::Struct(fields.clone()), vals, T::Struct(fields))
        }
        "array" => {
            let mut ty = T::Null;
            for a in &args {
                ty = wider_type(&ty, &a.data_type()).ok_or_else(|| {
                    type_mismatch(sql, &types::simple_string(&ty), &a.data_type())
                })?;
            }
            let ty = if ty == T::Null { T::Utf8 } else { ty };
            let args = args.into_iter().map(|a| cast_if_needed(a, &ty)).collect();
            scalar(ScalarFunc::MakeArray, args, types::list_of(ty))
        }
        "if" | "iff" => {
            arity(name, &args, 3, 3)?;
            let c = coerce_to(args.remove(0), &T::Boolean, sql)?;
            let ty = wider_type(&args[0].data_type(), &args[1].data_type()).ok_or_else(|| {
                type_mismatch(
                    sql,
                    &types::simple_string(&args[0].data_type()),
                    &args[1].data_type(),
                )
            })?;
            let t = cast_if_needed(args.remove(0), &ty);
            let e = cast_if_needed(args.remove(0), &ty);
            PhysExpr::Case {
                branches: vec![(c, t)],
                otherwise: Some(Box::new(e)),
                ty,
            }
        }
        "rlike" | "regexp" | "regexp_like" => {
            arity(name, &args, 2, 2)?;
            let re = compile_java_regex(&str_lit(raw, 1, name)?)?;
            let _ = LikeKind::RLike;
            let v = coerce_to(args.remove(0), &T::Utf8, sql)?;
            PhysExpr::Like {
                expr: Box::new(v),
                regex: Arc::new(re),
                negated: false,
                like: None,
            }
        }
        _ => {
            return Err(RunnelError::analysis(
                "UNRESOLVED_ROUTINE",
                format!(
                    "Cannot resolve routine `{name}` on search path [`system`.`builtin`, `system`.`session`]. Runnel does not know this function: check its name, or see the README for the functions supported."
                ),
            ));
        }
    })
}

fn strings(a: &ArrayRef) -> &StringArray {
    a.as_string::<i32>()
}

fn map_str(a: &ArrayRef, f: impl Fn(&str) -> String) -> ArrayRef {
    let s = strings(a);
    let mut b = StringBuilder::with_capacity(s.len(), s.value_data().len());
    for v in s.iter() {
        match v {
            Some(v) => b.append_value(f(v)),
            None => b.append_null(),
        }
    }
    Arc::new(b.finish())
}

fn ts_values(a: &ArrayRef) -> Vec<Option<i64>> {
    match a.data_type() {
        DataType::Date32 => a
            .as_primitive::<Date32Type>()
            .iter()
            .map(|v| v.map(|d| d as i64 * US_PER_DAY))
            .collect(),
        DataType::Timestamp(..) => a
            .as_primitive::<TimestampMicrosecondType>()
            .iter()
            .collect(),
        _ => vec![None; a.len()],
    }
}

/// The most text a string column of one batch holds (Arrow's 32-bit offsets).
pub const MAX_TEXT_BYTES: usize = i32::MAX as usize;

/// Refuses a string result that would not fit one batch's column, before it is built.
pub fn check_text_size(bytes: usize, what: &str) -> Result<()> {
    if bytes > MAX_TEXT_BYTES {
        return Err(RunnelError::execution_plain(format!(
            "{what} would make {bytes} bytes of text in one column of a batch; a string column holds at most {MAX_TEXT_BYTES} bytes (Arrow's 32-bit offsets). Ask for shorter strings (or fewer rows per batch)."
        )));
    }
    Ok(())
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

/// Evaluates a scalar function over argument arrays of `n` rows.
pub fn eval_function(
    func: &ScalarFunc,
    args: &[ArrayRef],
    ty: &DataType,
    n: usize,
) -> Result<ArrayRef> {
    Ok(match func {
        ScalarFunc::Upper => map_str(&args[0], |s| s.to_uppercase()),
        ScalarFunc::Lower => map_str(&args[0], |s| s.to_lowercase()),
        ScalarFunc::Initcap => map_str(&args[0], |s| {
            let mut out = String::with_capacity(s.len());
            let mut start = true;
            for c in s.chars() {
                if start {
                    out.extend(c.to_uppercase())
                } else {
                    out.extend(c.to_lowercase())
                }
                start = c == ' ';
            }
            out
        }),
        ScalarFunc::Reverse => map_str(&args[0], |s| s.chars().rev().collect()),
        ScalarFunc::Length => Arc::new(
            strings(&args[0])
                .iter()
                .map(|v| v.map(|s| s.chars().count() as i32))
                .collect::<Int32Array>(),
        ),
        ScalarFunc::Substring => {
            let s = strings(&args[0]);
            let p = args[1].as_primitive::<Int32Type>();
            let l = args[2].as_primitive::<Int32Type>();
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) || p.is_null(i) || l.is_null(i) {
                    b.append_null();
                    continue;
                }
                b.append_value(substring(s.value(i), p.value(i), l.value(i)));
            }
            Arc::new(b.finish())
        }
        ScalarFunc::Concat => {
            let cols: Vec<&StringArray> = args.iter().map(strings).collect();
            let mut b = StringBuilder::new();
            for i in 0..n {
                if cols.iter().any(|c| c.is_null(i)) {
                    b.append_null();
                } else {
                    let mut s = String::new();
                    for c in &cols {
                        s.push_str(c.value(i));
                    }
                    b.append_value(s);
                }
            }
            Arc::new(b.finish())
        }
        ScalarFunc::ConcatWs => {
            let sep = strings(&args[0]);
            let mut b = StringBuilder::new();
            for i in 0..n {
                if sep.is_null(i) {
                    b.append_null();
                    continue;
                }
                let mut parts: Vec<String> = Vec::new();
                for a in &args[1..] {
                    match a.data_type() {
                        DataType::List(_) => {
                            let l = a.as_list::<i32>();
                            if !l.is_null(i) {
                                let v = l.value(i);
                                let v = v.as_string::<i32>();
                                parts.extend(v.iter().flatten().map(str::to_string));
                            }
                        }
                        _ => {
                            let s = strings(a);
                            if !s.is_null(i) {
                                parts.push(s.value(i).to_string());
                            }
                        }
                    }
                }
                b.append_value(parts.join(sep.value(i)));
            }
            Arc::new(b.finish())
        }
        ScalarFunc::Trim(side) => map_str(&args[0], |s| {
            match side {
                TrimSide::Both => s.trim_matches(' '),
                TrimSide::Left => s.trim_start_matches(' '),
                TrimSide::Right => s.trim_end_matches(' '),
            }
            .to_string()
        }),
        ScalarFunc::RegexpReplace(re) => {
            let s = strings(&args[0]);
            let r = strings(&args[1]);
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) || r.is_null(i) {
                    b.append_null();
                } else {
                    let rep = java_replacement(r.value(i));
                    b.append_value(re.replace_all(s.value(i), rep.as_str()));
                }
            }
            Arc::new(b.finish())
        }
        ScalarFunc::RegexpExtract(re, g) => map_str(&args[0], |s| {
            re.captures(s)
                .and_then(|c| c.get(*g))
                .map(|m| m.as_str().to_string())
                .unwrap_or_default()
        }),
        ScalarFunc::Split(re, limit) => {
            let s = strings(&args[0]);
            let mut b = ListBuilder::new(StringBuilder::new());
            for v in s.iter() {
                match v {
                    None => b.append(false),
                    Some(v) => {
                        let parts: Vec<&str> = if *limit > 0 {
                            re.splitn(v, *limit as usize).collect()
                        } else {
                            re.split(v).collect()
                        };
                        for p in parts {
                            b.values().append_value(p);
                        }
                        b.append(true);
                    }
                }
            }
            Arc::new(b.finish())
        }
        ScalarFunc::Pad(left) => {
            let s = strings(&args[0]);
            let len = args[1].as_primitive::<Int32Type>();
            let pad = strings(&args[2]);
            // Refused before allocating: the batch's text must fit Arrow's 32-bit offsets.
            let mut total = 0usize;
            for i in 0..n {
                if s.is_null(i) || len.is_null(i) || pad.is_null(i) {
                    continue;
                }
                let (v, p) = (s.value(i), pad.value(i));
                let want = len.value(i).max(0) as usize;
                let have = v.chars().count();
                if have >= want || p.is_empty() {
                    total += v.len();
                    continue;
                }
                let (pc, fill) = (p.chars().count(), want - have);
                let rest: usize = p.chars().take(fill % pc).map(char::len_utf8).sum();
                total = total.saturating_add(v.len() + fill / pc * p.len() + rest);
            }
            check_text_size(total, if *left { "lpad" } else { "rpad" })?;
            let mut b = StringBuilder::new();
            for i in 0..n {
                if s.is_null(i) || len.is_null(i) || pad.is_null(i) {
                    b.append_null();
                    continue;
                }
                let chars: Vec<char> = s.value(i).chars().collect();
                let want = len.value(i).max(0) as usize;
                if chars.len() >= want || pad.value(i).is_empty() {
                    b.append_value(chars[..want.min(chars.len())].iter().collect::<String>());
                    continue;
                }

                let fill: String = pad
                    .value(i)
                    .chars()
                    .cycle()
                    .take(want - chars.len())
                    .collect();
                let body: String = chars.iter().collect();
                b.append_value(if *left {
                    format!("{fill}{body}")
                } else {
                    format!("{body}{fill}")
                });
            }
            Arc::new(b.finish())
        }
        ScalarFunc::Coalesce => {
            let mut out = args[0].clone();
            for a in &args[1..] {
                let mask = arrow_arith::boolean::is_not_null(&out)?;
                out = arrow_select::zip::zip(&mask, &out, a)?;
            }
            out
        }
        ScalarFunc::NullIf => {
            let eq = arrow_ord::cmp::eq(&args[0], &args[1])?;
            let eq = super::eval::true_mask(&eq);
            let nulls = new_null_array(ty, n);
            arrow_select::zip::zip(&eq, &nulls, &args[0])?
        }
        ScalarFunc::GreatestLeast(greatest) => {
            let mut out = args[0].clone();
            for a in &args[1..] {
                // NULLs are skipped: take `a` where out is NULL or a is better.
                let better = if *greatest {
                    arrow_ord::cmp::gt(a, &out)?
                } else {
                    arrow_ord::cmp::lt(a, &out)?
                };
                let out_null = arrow_arith::boolean::is_null(&out)?;
                let take_a = arrow_arith::boolean::or(&super::eval::true_mask(&better), &out_null)?;
                out = arrow_select::zip::zip(&take_a, a, &out)?;
            }
            out
        }
        ScalarFunc::Abs => match ty {
            DataType::Int32 => Arc::new(
                args[0]
                    .as_primitive::<Int32Type>()
                    .try_unary::<_, Int32Type, RunnelError>(|v| {
                        v.checked_abs().ok_or_else(|| overflow_err("abs"))
                    })?,
            ),
            DataType::Int64 => Arc::new(
                args[0]
                    .as_primitive::<Int64Type>()
                    .try_unary::<_, Int64Type, RunnelError>(|v| {
                        v.checked_abs().ok_or_else(|| overflow_err("abs"))
                    })?,
            ),
            DataType::Float64 => Arc::new(
                args[0]
                    .as_primitive::<Float64Type>()
                    .unary::<_, Float64Type>(f64::abs),
            ),
            _ => {
                let f = super::cast::cast_array(&args[0], &DataType::Float64, false)?;
                let f: ArrayRef = Arc::new(
                    f.as_primitive::<Float64Type>()
                        .unary::<_, Float64Type>(f64::abs),
                );
                super::cast::cast_array(&f, ty, false)?
            }
        },
        ScalarFunc::Round(scale, half_up) => match ty {
            DataType::Float64 => Arc::new(
                args[0]
                    .as_primitive::<Float64Type>()
                    .unary::<_, Float64Type>(|v| round_double(v, *scale, *half_up)),
            ),
            DataType::Float32 => Arc::new(
                args[0]
                    .as_primitive::<Float32Type>()
                    .unary::<_, Float32Type>(|v| round_double(v as f64, *scale, *half_up) as f32),
            ),
            t if is_integral(t) => {
                let a = super::cast::cast_array(&args[0], &DataType::Int64, false)?;
                let r: ArrayRef = Arc::new(
                    a.as_primitive::<Int64Type>()
                        .unary::<_, Int64Type>(|v| round_int(v, *scale, *half_up)),
                );
                super::cast::cast_array(&r, ty, false)?
            }
            _ => {
                let f = super::cast::cast_array(&args[0], &DataType::Float64, false)?;
                let r: ArrayRef = Arc::new(
                    f.as_primitive::<Float64Type>()
                        .unary::<_, Float64Type>(|v| round_double(v, *scale, *half_up)),
                );
                super::cast::cast_array(&r, ty, false)?
            }
        },
        ScalarFunc::FloorCeil(floor) => Arc::new(
            args[0]
                .as_primitive::<Float64Type>()
                .unary::<_, Int64Type>(|v| {
                    if *floor {
                        v.floor() as i64
                    } else {
                        v.ceil() as i64
                    }
                }),
        ),
        ScalarFunc::Math(f) => {
            let a = args[0].as_primitive::<Float64Type>();
            let out: Float64Array = a
                .iter()
                .map(|v| {
                    v.and_then(|x| {
                        let r = match f {
                            MathFn::Sqrt => x.sqrt(),
                            MathFn::Exp => x.exp(),
                            MathFn::Ln if x <= 0.0 => return None,
                            MathFn::Ln => x.ln(),
                            MathFn::Log10 if x <= 0.0 => return None,
                            MathFn::Log10 => x.log10(),
                            MathFn::Log2 if x <= 0.0 => return None,
                            MathFn::Log2 => x.log2(),
                            MathFn::Sin => x.sin(),
                            MathFn::Cos => x.cos(),
                            MathFn::Signum => {
                                if x.is_nan() {
                                    x
                                } else if x == 0.0 {
                                    0.0
                                } else {
                                    x.signum()
                                }
                            }
                        };
                        Some(r)
                    })
                })
                .collect();
            Arc::new(out)
        }
        ScalarFunc::Pow => Arc::new(arrow_arith::arity::binary::<_, _, _, Float64Type>(
            args[0].as_primitive::<Float64Type>(),
            args[1].as_primitive::<Float64Type>(),
            f64::powf,
        )?),
        ScalarFunc::DatePart(k) => {
            let vals = ts_values(&args[0]);
            let out: Int32Array = vals
                .iter()
                .map(|v| {
                    v.map(|us| {
                        let dt = temporal::micros_to_datetime(us);
                        match k {
                            DatePartKind::Year => dt.year(),
                            DatePartKind::Quarter => (dt.month() as i32 - 1) / 3 + 1,
                            DatePartKind::Month => dt.month() as i32,
                            DatePartKind::Day => dt.day() as i32,
                            DatePartKind::Hour => dt.hour() as i32,
                            DatePartKind::Minute => dt.minute() as i32,
                            DatePartKind::Second => dt.second() as i32,
                            DatePartKind::DayOfWeek => {
                                dt.weekday().num_days_from_sunday() as i32 + 1
                            }
                            DatePartKind::Weekday => dt.weekday().num_days_from_monday() as i32,
                            DatePartKind::DayOfYear => dt.ordinal() as i32,
                            DatePartKind::WeekOfYear => dt.iso_week().week() as i32,
                        }
                    })
                })
                .collect();
            Arc::new(out)
        }
        ScalarFunc::ToDate(fmt) => match (args[0].data_type(), fmt) {
            (DataType::Utf8, None) => {
                let out: Date32Array = strings(&args[0])
                    .iter()
                    .map(|v| v.and_then(temporal::parse_date))
                    .collect();
                Arc::new(out)
            }
            (DataType::Utf8, Some(f)) => {
                let mut b = Date32Builder::new();
                for v in strings(&args[0]).iter() {
                    b.append_option(parse_fmt(v, f)?.map(|us| us.div_euclid(US_PER_DAY) as i32));
                }
                Arc::new(b.finish())
            }
            _ => super::cast::cast_array(&args[0], &DataType::Date32, false)?,
        },
        ScalarFunc::ToTimestamp(fmt) => match (args[0].data_type(), fmt) {
            (DataType::Utf8, None) => {
                let out: TimestampMicrosecondArray = strings(&args[0])
                    .iter()
                    .map(|v| v.and_then(temporal::parse_timestamp))
                    .collect();
                Arc::new(out.with_timezone("UTC"))
            }
            (DataType::Utf8, Some(f)) => {
                let mut b = TimestampMicrosecondBuilder::new();
                for v in strings(&args[0]).iter() {
                    b.append_option(parse_fmt(v, f)?);
                }
                Arc::new(b.finish().with_timezone("UTC"))
            }
            _ => super::cast::cast_array(&args[0], &types::timestamp_type(), false)?,
        },
        ScalarFunc::DateFormat(fmt) => {
            let mut b = StringBuilder::new();
            for v in ts_values(&args[0]) {
                match v {
                    Some(us) => b.append_value(temporal::format_with_pattern(us, fmt)?),
                    None => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        ScalarFunc::UnixTimestamp(fmt) => {
            let vals: Vec<Option<i64>> = match args[0].data_type() {
                DataType::Utf8 => strings(&args[0])
                    .iter()
                    .map(|v| parse_fmt(v, fmt))
                    .collect::<Result<_>>()?,
                _ => ts_values(&args[0]),
            };
            Arc::new(
                vals.into_iter()
                    .map(|v| v.map(|us| us.div_euclid(US_PER_SEC)))
                    .collect::<Int64Array>(),
            )
        }
        ScalarFunc::FromUnixtime(fmt) => {
            let mut b = StringBuilder::new();
            for v in args[0].as_primitive::<Int64Type>().iter() {
                match v {
                    Some(s) => b.append_value(temporal::format_with_pattern(s * US_PER_SEC, fmt)?),
                    None => b.append_null(),
                }
            }
            Arc::new(b.finish())
        }
        ScalarFunc::DateTrunc(unit) => {
            let out: TimestampMicrosecondArray = ts_values(&args[0])
                .into_iter()
                .map(|v| v.and_then(|us| temporal::truncate_timestamp(us, unit)))
                .collect();
            Arc::new(out.with_timezone("UTC"))
        }
        ScalarFunc::CurrentTimestamp => Arc::new(
            TimestampMicrosecondArray::from_value(batch_timestamp(), n).with_timezone("UTC"),
        ),
        ScalarFunc::CurrentDate => Arc::new(Date32Array::from_value(
            batch_timestamp().div_euclid(US_PER_DAY) as i32,
            n,
        )),
        ScalarFunc::DateAdd(add) => {
            let d = args[0].as_primitive::<Date32Type>();
            let k = args[1].as_primitive::<Int32Type>();
            Arc::new(arrow_arith::arity::binary::<_, _, _, Date32Type>(
                d,
                k,
                // Spark adds days as Java ints: out-of-range dates wrap.
                |d, k| {
                    if *add {
                        d.wrapping_add(k)
                    } else {
                        d.wrapping_sub(k)
                    }
                },
            )?)
        }
        ScalarFunc::DateDiff => {
            let a = args[0].as_primitive::<Date32Type>();
            let b = args[1].as_primitive::<Date32Type>();
            Arc::new(arrow_arith::arity::binary::<_, _, _, Int32Type>(
                a,
                b,
                |a, b| a - b,
            )?)
        }
        ScalarFunc::TimestampFrom(unit) => {
            let a = args[0].as_primitive::<Int64Type>();
            Arc::new(
                a.unary::<_, TimestampMicrosecondType>(|v| v.saturating_mul(*unit))
                    .with_timezone("UTC"),
            )
        }
        ScalarFunc::UnixFrom(unit) => {
            let a = args[0].as_primitive::<TimestampMicrosecondType>();
            Arc::new(a.unary::<_, Int64Type>(|v| v.div_euclid(*unit)))
        }
        ScalarFunc::Size => match args[0].data_type() {
            DataType::List(_) => {
                let l = args[0].as_list::<i32>();
                Arc::new(
                    (0..n)
                        .map(|i| {
                            if l.is_null(i) {
                                None
                            } else {
                                Some(l.value_length(i))
                            }
                        })
                        .collect::<Int32Array>(),
                )
            }
            DataType::Map(_, _) => {
                let m = args[0].as_map();
                Arc::new(
                    (0..n)
                        .map(|i| {
                            if m.is_null(i) {
                                None
                            } else {
                                Some(m.value_length(i))
                            }
                        })
                        .collect::<Int32Array>(),
                )
            }
            _ => new_null_array(&DataType::Int32, n),
        },
        ScalarFunc::ArrayContains => {
            let l = args[0].as_list::<i32>();
            let mut b = BooleanBuilder::new();
            for i in 0..n {
                if l.is_null(i) || args[1].is_null(i) {
                    b.append_null();
                    continue;
                }
                let vals = l.value(i);
                let needle = args[1].slice(i, 1);
                let probe =
                    arrow_select::concat::concat(&[needle.as_ref()].repeat(vals.len().max(1)))?;
                let eq = arrow_ord::cmp::eq(&vals, &probe.slice(0, vals.len()))?;
                let found = eq.iter().any(|v| v == Some(true));
                let has_null = vals.null_count() > 0;
                if found {
                    b.append_value(true)
                } else if has_null {
                    b.append_null()
                } else {
                    b.append_value(false)
                }
            }
            Arc::new(b.finish())
        }
        ScalarFunc::IsNan => Arc::new(
            args[0]
                .as_primitive::<Float64Type>()
                .iter()
                .map(|v| Some(v.is_some_and(f64::is_nan)))
                .collect::<BooleanArray>(),
        ),
        ScalarFunc::FromJson(schema) => {
            let input = args[0].as_string::<i32>();
            let mut dec = crate::io::json::JsonDecoder::new(
                schema.clone(),
                crate::io::json::JsonOptions::default(),
            );
            for i in 0..n {
                let line = if input.is_null(i) {
                    b"{}".as_slice()
                } else {
                    input.value(i).as_bytes()
                };
                dec.decode_line(line, "from_json", i + 1)?;
            }
            let batch = dec.flush()?;
            Arc::new(StructArray::try_new(
                schema.fields().clone(),
                batch.columns().to_vec(),
                input.nulls().cloned(),
            )?)
        }
        ScalarFunc::ToJson => {
            let a = &args[0];
            let mut b = StringBuilder::new();
            let mut text = String::new();
            for i in 0..n {
                if a.is_null(i) {
                    b.append_null();
                } else {
                    text.clear();
                    crate::io::json_write::json_value_into(a.as_ref(), i, &mut text);
                    b.append_value(&text);
                }
            }
            Arc::new(b.finish())
        }
        ScalarFunc::Struct(fields) if fields.is_empty() => {
            // struct(): a struct without fields on every row, as Spark gives.
            Arc::new(StructArray::new_empty_fields(n, None))
        }
        ScalarFunc::Struct(fields) => {
            Arc::new(StructArray::try_new(fields.clone(), args.to_vec(), None)?)
        }
        ScalarFunc::MakeArray => {
            let DataType::List(f) = ty else {
                crate::internal_err!("array() without a list type")
            };
            if args.is_empty() {
                return Ok(Arc::new(ListArray::new(
                    f.clone(),
                    arrow_buffer::OffsetBuffer::new(vec![0i32; n + 1].into()),
                    new_empty_array(f.data_type()),
                    None,
                )));
            }
            let k = args.len();
            let refs: Vec<&dyn Array> = args.iter().map(|a| a.as_ref()).collect();
            let idx: Vec<(usize, usize)> =
                (0..n).flat_map(|r| (0..k).map(move |c| (c, r))).collect();
            let values = arrow_select::interleave::interleave(&refs, &idx)?;
            let offsets: Vec<i32> = (0..=n).map(|i| (i * k) as i32).collect();
            Arc::new(ListArray::try_new(
                f.clone(),
                arrow_buffer::OffsetBuffer::new(offsets.into()),
                values,
                None,
            )?)
        }
    })
}

fn parse_fmt(v: Option<&str>, fmt: &str) -> Result<Option<i64>> {
    match v {
        None => Ok(None),
        Some(s) => temporal::parse_with_pattern(s, fmt),
    }
}

fn overflow_err(what: &str) -> RunnelError {
    RunnelError::execution(
        "ARITHMETIC_OVERFLOW",
        format!(
            "{what} overflowed. Use a wider type (cast to bigint or double) to avoid the overflow."
        ),
    )
}

/// Spark's `substring` (1-based; a negative position counts from the end).
pub fn substring(s: &str, pos: i32, len: i32) -> String {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len() as i64;
    let len = len as i64;
    let start: i64 = if pos > 0 {
        pos as i64 - 1
    } else if pos < 0 {
        n + pos as i64
    } else {
        0
    };
    let end = if len < 0 {
        start
    } else {
        start.saturating_add(len)
    };
    let (s0, e0) = (start.clamp(0, n), end.clamp(0, n));
    if s0 >= e0 {
        String::new()
    } else {
        chars[s0 as usize..e0 as usize].iter().collect()
    }
}

/// Java replacement strings use `$1` like Rust's regex, but `\$` for a literal dollar.
fn java_replacement(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    let mut chars = r.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(n) = chars.next() {
                    if n == '$' {
                        out.push_str("$$");
                    } else {
                        out.push(n);
                    }
                }
            }
            '$' => {
                let mut num = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    num.push(*d);
                    chars.next();
                }
                if num.is_empty() {
                    out.push_str("$$");
                } else {
                    out.push_str(&format!("${{{num}}}"));
                }
            }
            c => out.push(c),
        }
    }
    out
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

    #[test]
    fn substring_like_spark() {
        assert_eq!(substring("books", 2, 3), "ook");
        assert_eq!(substring("books", -3, 2), "ok");
        assert_eq!(substring("books", 0, 2), "bo");
        assert_eq!(java_replacement("a$1\\$"), "a${1}$$");
    }
}
