//! Aggregate functions: their names, and binding a call (argument and result types).
//! The accumulators that run them are the aggregation operator's.

use arrow_schema::DataType;

use super::Builder;
use crate::error::{Result, RunnelError};
use crate::expr::Expr;
use crate::expr::phys::PhysExpr;
use crate::scalar::ScalarValue;
use crate::types::{self, is_integral, is_numeric};

pub(super) fn register(r: &mut Builder) {
    r.aggregate("count").py("col").named(|c| {
        let a: Vec<String> = c
            .raw
            .iter()
            .zip(&c.args)
            .map(|(e, s)| match e {
                Expr::Star(None) => "1".to_string(),
                _ => s.clone(),
            })
            .collect();
        format!("count({}{})", c.d(), a.join(", "))
    });
    r.aggregate("count_if").py("col");
    r.aggregate("max_by").py("col, ord, k=");
    r.aggregate("min_by").py("col, ord, k=");
    r.aggregate("product").py("col");
    r.aggregate("count_distinct")
        .sql_alias(&["countdistinct"])
        .py("col, *cols")
        .named(|c| format!("count(DISTINCT {})", c.all()));
    r.aggregate("histogram_numeric")
        .literals(&[1])
        .py("col, nBins");
    r.aggregate("count_min_sketch")
        .literals(&[1, 2, 3])
        .py("col, eps, confidence, seed=");
    r.aggregate("approx_count_distinct")
        .literals(&[1])
        .py("col, rsd=")
        .named(first_only);
    r.aggregate("sum").py("col");
    r.aggregate("sum_distinct")
        .py("col")
        .named(|c| format!("sum(DISTINCT {})", c.all()));
    r.aggregate("avg").alias(&["mean"]).py("col");
    r.aggregate("min").py("col");
    r.aggregate("max").py("col");
    r.aggregate("first")
        .py("col, ignorenulls=")
        .named(first_only);
    r.aggregate("first_value")
        .py("col, ignoreNulls=")
        .named(first_only);
    r.aggregate("any_value")
        .py("col, ignoreNulls=")
        .named(first_only);
    r.aggregate("last")
        .py("col, ignorenulls=")
        .named(first_only);
    r.aggregate("last_value")
        .py("col, ignoreNulls=")
        .named(first_only);
    r.aggregate("collect_list")
        .alias(&["array_agg"])
        .py("col")
        .named(|c| format!("collect_list({}{})", c.d(), c.all()));
    r.aggregate("collect_set").py("col");
    // collect_union(arr): the distinct non-NULL elements of the arrays, in order of arrival.
    r.aggregate("collect_union").py("col");
    // Bitmaps of 32,768 bits (Spark's BitmapExpressionUtils): built from bit positions, or
    // OR-ed / AND-ed; a group of NULLs gives the empty (or, for AND, the full) bitmap.
    r.aggregate("bitmap_construct_agg").py("col");
    r.aggregate("bitmap_or_agg").py("col");
    r.aggregate("bitmap_and_agg").py("col");
    // Element-wise sum / mean of array<float> vectors; NULL vectors are skipped.
    r.aggregate("vector_sum").py("col");
    r.aggregate("vector_avg").py("col");
    r.aggregate("stddev").alias(&["std"]).py("col");
    r.aggregate("stddev_samp").py("col");
    r.aggregate("stddev_pop").py("col");
    r.aggregate("variance").py("col");
    r.aggregate("var_samp").py("col");
    r.aggregate("var_pop").py("col");
    for (name, py) in [
        ("corr", "col1, col2"),
        ("covar_pop", "col1, col2"),
        ("covar_samp", "col1, col2"),
        ("regr_count", "y, x"),
        ("regr_avgx", "y, x"),
        ("regr_avgy", "y, x"),
        ("regr_slope", "y, x"),
        ("regr_intercept", "y, x"),
        ("regr_r2", "y, x"),
        ("regr_sxx", "y, x"),
        ("regr_syy", "y, x"),
        ("regr_sxy", "y, x"),
        ("skewness", "col"),
        ("kurtosis", "col"),
        ("median", "col"),
        ("bit_and", "col"),
        ("bit_or", "col"),
        ("bit_xor", "col"),
        ("try_sum", "col"),
        ("try_avg", "col"),
    ] {
        r.aggregate(name).py(py);
    }
    // mode(col, true) is Spark's Mode with reverseOpt = Some(true), which prints as the
    // ordered-set form; mode(col, false) prints as mode(col).
    r.aggregate("mode")
        .py("col, deterministic=")
        .named(|c| match c.raw.get(1) {
            Some(Expr::Literal(ScalarValue::Boolean(true))) => {
                format!("mode() WITHIN GROUP (ORDER BY {} DESC)", c.first())
            }
            _ => format!("mode({})", c.first()),
        });
    r.aggregate("percentile")
        .literals(&[1, 2])
        .py("col, percentage, frequency=")
        .named(|c| c.with_default(2, "1"));
    r.aggregate("percentile_approx")
        .alias(&["approx_percentile"])
        .literals(&[1, 2])
        .py("col, percentage, accuracy=")
        .named(|c| c.with_default(2, "10000"));
    r.aggregate("string_agg")
        .alias(&["listagg"])
        .literals(&[1])
        .py("col, delimiter=")
        .named(|c| c.with_default(1, "NULL"));
    // listagg_distinct / string_agg_distinct: string_agg(DISTINCT ...), named so.
    for name in ["listagg_distinct", "string_agg_distinct"] {
        r.aggregate(name)
            .literals(&[1])
            .py("col, delimiter=")
            .named(|c| {
                let base = c.called.trim_end_matches("_distinct");
                let sep = c.args.get(1).map_or("NULL", String::as_str);
                format!("{base}(DISTINCT {}, {sep})", c.first())
            });
    }
    // grouping(k) / grouping_id(...): read from the grouping id of rollup / cube /
    // grouping sets (`DataFrame::aggregate_sets` rewrites them); anywhere else an error.
    r.scalar("grouping", grouping_outside_sets).py("col");
    r.scalar("grouping_id", grouping_outside_sets).py("*cols");
    r.aggregate("bool_and").alias(&["every"]).py("col");
    r.aggregate("bool_or")
        .alias(&["some"])
        .sql_alias(&["any"])
        .py("col");
}

fn grouping_outside_sets(c: &mut super::Call) -> Result<PhysExpr> {
    Err(RunnelError::analysis(
        "UNSUPPORTED_GROUPING_EXPRESSION",
        format!(
            "grouping()/grouping_id() can only be used with GroupingSets/Cube/Rollup: {}. Group with rollup(...), cube(...) or GROUPING SETS.",
            c.sql
        ),
    ))
}

/// Optional arguments Spark leaves out of the name (`first(x)` for `first(x, true)`).
fn first_only(c: &super::NameCall) -> String {
    match c.args.len() {
        2 => format!("{}({}{})", c.called, c.d(), c.first()),
        _ => c.plain(),
    }
}

/// An aggregate function.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AggFunc {
    /// count(x) / count(*)
    Count,
    /// sum
    Sum,
    /// avg / mean
    Avg,
    /// min
    Min,
    /// max
    Max,
    /// first (ignore nulls?)
    First(bool),
    /// last (ignore nulls?)
    Last(bool),
    /// collect_list
    CollectList,
    /// collect_set
    CollectSet,
    /// collect_union: the distinct elements of arrays
    CollectUnion,
    /// stddev_samp
    StddevSamp,
    /// stddev_pop
    StddevPop,
    /// var_samp
    VarSamp,
    /// var_pop
    VarPop,
    /// bool_and / every
    BoolAnd,
    /// bool_or / any / some
    BoolOr,
    /// approx_count_distinct (exact here)
    ApproxCountDistinct,
    /// max_by(x, ord): x of the row with the greatest ord
    MaxBy,
    /// min_by(x, ord): x of the row with the least ord
    MinBy,
    /// max_by(x, ord, k): the x of the k rows with the greatest ord (Spark's MaxMinByK)
    MaxByK,
    /// min_by(x, ord, k): the x of the k rows with the least ord
    MinByK,
    /// product(x), in double
    Product,
    /// A statistic of the rows where both arguments are non-NULL (`corr`, `regr_slope`).
    Pair(PairStat),
    /// skewness
    Skewness,
    /// kurtosis
    Kurtosis,
    /// percentile / median (exact, interpolated) or percentile_approx (an element).
    Percentile {
        /// percentile_approx
        approx: bool,
    },
    /// mode: the most frequent value
    Mode,
    /// histogram_numeric(x, nb): Spark's NumericHistogram (`lits`: nb)
    HistogramNumeric,
    /// count_min_sketch(x, eps, confidence, seed): Spark's serialized CountMinSketch
    /// (`lits`: eps, confidence, seed)
    CountMinSketch,
    /// bit_and / bit_or / bit_xor
    Bits(BitOp),
    /// string_agg / listagg
    StringAgg,
    /// string_agg(DISTINCT ...) / listagg_distinct: each value's first arrival
    StringAggDistinct,
    /// bitmap_construct_agg: a 4,096-byte bitmap with the positions' bits set
    BitmapConstruct,
    /// bitmap_or_agg: the bitmaps OR-ed
    BitmapOr,
    /// bitmap_and_agg: the bitmaps AND-ed
    BitmapAnd,
    /// vector_sum: element-wise sums of float vectors
    VectorSum,
    /// vector_avg: element-wise means of float vectors
    VectorAvg,
    /// try_sum: NULL instead of an overflow error
    TrySum,
    /// try_avg: NULL instead of an overflow error
    TryAvg,
}

/// The statistics of two columns Runnel keeps one running state for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairStat {
    /// corr(a, b)
    Corr,
    /// covar_pop(a, b)
    CovarPop,
    /// covar_samp(a, b)
    CovarSamp,
    /// regr_count(y, x)
    RegrCount,
    /// regr_avgx(y, x)
    RegrAvgX,
    /// regr_avgy(y, x)
    RegrAvgY,
    /// regr_slope(y, x)
    RegrSlope,
    /// regr_intercept(y, x)
    RegrIntercept,
    /// regr_r2(y, x)
    RegrR2,
    /// regr_sxx(y, x)
    RegrSxx,
    /// regr_syy(y, x)
    RegrSyy,
    /// regr_sxy(y, x)
    RegrSxy,
}

/// A bitwise aggregate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BitOp {
    /// bit_and
    And,
    /// bit_or
    Or,
    /// bit_xor
    Xor,
}

impl AggFunc {
    /// The name the checkpoint's state schema records (fixed text: renaming a variant
    /// must not break restarts; these are the names checkpoints were written with).
    pub fn state_name(self) -> String {
        match self {
            AggFunc::Count => "Count".into(),
            AggFunc::Sum => "Sum".into(),
            AggFunc::Avg => "Avg".into(),
            AggFunc::Min => "Min".into(),
            AggFunc::Max => "Max".into(),
            AggFunc::First(n) => format!("First({n})"),
            AggFunc::Last(n) => format!("Last({n})"),
            AggFunc::CollectList => "CollectList".into(),
            AggFunc::CollectSet => "CollectSet".into(),
            AggFunc::CollectUnion => "CollectUnion".into(),
            AggFunc::StddevSamp => "StddevSamp".into(),
            AggFunc::StddevPop => "StddevPop".into(),
            AggFunc::VarSamp => "VarSamp".into(),
            AggFunc::VarPop => "VarPop".into(),
            AggFunc::BoolAnd => "BoolAnd".into(),
            AggFunc::BoolOr => "BoolOr".into(),
            AggFunc::ApproxCountDistinct => "ApproxCountDistinct".into(),
            AggFunc::MaxBy => "MaxBy".into(),
            AggFunc::MinBy => "MinBy".into(),
            AggFunc::MaxByK => "MaxByK".into(),
            AggFunc::MinByK => "MinByK".into(),
            AggFunc::Product => "Product".into(),
            AggFunc::Pair(p) => format!("Pair({p:?})"),
            AggFunc::Skewness => "Skewness".into(),
            AggFunc::Kurtosis => "Kurtosis".into(),
            AggFunc::Percentile { approx } => format!("Percentile({approx})"),
            AggFunc::Mode => "Mode".into(),
            AggFunc::HistogramNumeric => "HistogramNumeric".into(),
            AggFunc::CountMinSketch => "CountMinSketch".into(),
            AggFunc::Bits(b) => format!("Bits({b:?})"),
            AggFunc::StringAgg => "StringAgg".into(),
            AggFunc::StringAggDistinct => "StringAggDistinct".into(),
            AggFunc::BitmapConstruct => "BitmapConstruct".into(),
            AggFunc::BitmapOr => "BitmapOr".into(),
            AggFunc::BitmapAnd => "BitmapAnd".into(),
            AggFunc::VectorSum => "VectorSum".into(),
            AggFunc::VectorAvg => "VectorAvg".into(),
            AggFunc::TrySum => "TrySum".into(),
            AggFunc::TryAvg => "TryAvg".into(),
        }
    }
}

/// A bound aggregate call.
#[derive(Debug, Clone)]
pub struct AggCall {
    /// The function.
    pub func: AggFunc,
    /// Argument (None for `count(*)`).
    pub arg: Option<PhysExpr>,
    /// `DISTINCT`.
    pub distinct: bool,
    /// Result type.
    pub ty: DataType,
    /// Literal arguments after the column: a percentile's fractions, string_agg's delimiter.
    pub lits: Vec<ScalarValue>,
}

impl AggCall {
    /// Whether the result may be NULL: Spark's Count, HyperLogLogPlusPlus, Collect
    /// (collect_list/collect_set/collect_union), CountMinSketchAgg, the bitmap aggregates
    /// and regr_count (a Count) never are.
    pub fn nullable(&self) -> bool {
        !matches!(
            self.func,
            AggFunc::Count
                | AggFunc::ApproxCountDistinct
                | AggFunc::CollectList
                | AggFunc::CollectSet
                | AggFunc::CollectUnion
                | AggFunc::CountMinSketch
                | AggFunc::BitmapConstruct
                | AggFunc::BitmapOr
                | AggFunc::BitmapAnd
                | AggFunc::Pair(PairStat::RegrCount)
        )
    }

    /// Binds an aggregate call by Spark's name.
    pub fn bind(name: &str, args: Vec<PhysExpr>, distinct: bool, sql: &str) -> Result<AggCall> {
        let mut args = args;
        let (name, distinct) = match name {
            "listagg_distinct" => ("listagg", true),
            "string_agg_distinct" => ("string_agg", true),
            n => (n, distinct),
        };
        // max_by(x, ord) / min_by(x, ord): the argument is struct(x, ord).
        if name == "max_by" || name == "min_by" {
            super::arity(name, args.len(), 2, 3)?;
            if args.len() == 3 {
                return by_k(name, args, distinct, sql);
            }
            let ty = args[0].data_type();
            let pair = struct_arg(sql, &["x", "ord"], std::mem::take(&mut args), false);
            return Ok(AggCall {
                func: if name == "max_by" {
                    AggFunc::MaxBy
                } else {
                    AggFunc::MinBy
                },
                arg: Some(pair),
                distinct,
                ty,
                lits: vec![],
            });
        }
        // Two columns, as struct(a, b) of doubles: corr, covar_*, regr_*.
        if let Some(stat) = pair_stat(name) {
            super::arity(name, args.len(), 2, 2)?;
            let mut pair = Vec::new();
            for a in args.drain(..) {
                let t = a.data_type();
                if !is_numeric(&t) && t != DataType::Null {
                    return Err(crate::expr::coerce::type_mismatch(
                        sql,
                        "a numeric value",
                        &t,
                    ));
                }
                pair.push(crate::expr::coerce::cast_if_needed(a, &DataType::Float64));
            }
            let arg = struct_arg(sql, &["a", "b"], pair, false);
            let ty = if stat == PairStat::RegrCount {
                DataType::Int64
            } else {
                DataType::Float64
            };
            return Ok(AggCall {
                func: AggFunc::Pair(stat),
                arg: Some(arg),
                distinct,
                ty,
                lits: vec![],
            });
        }
        // count_if(cond): the rows where cond is true, as count(CASE WHEN cond THEN 1 END).
        if name == "count_if" {
            super::arity(name, args.len(), 1, 1)?;
            let cond = crate::expr::coerce::coerce_to(args.remove(0), &DataType::Boolean, sql)?;
            return Ok(AggCall {
                func: AggFunc::Count,
                arg: Some(PhysExpr::Case {
                    branches: vec![(cond, PhysExpr::Literal(ScalarValue::Int32(1)))],
                    otherwise: None,
                    ty: DataType::Int32,
                }),
                distinct,
                ty: DataType::Int64,
                lits: vec![],
            });
        }
        // count(a, b) / count(DISTINCT a, b): the rows (distinct tuples) where none is NULL.
        if matches!(name, "count" | "count_distinct" | "countdistinct") && args.len() > 1 {
            let names: Vec<String> = (0..args.len()).map(|i| format!("c{i}")).collect();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            args = vec![struct_arg(sql, &names, std::mem::take(&mut args), true)];
        }
        check_arity(name, args.len())?;
        let mut arg = if args.is_empty() {
            None
        } else {
            Some(args.remove(0))
        };
        let at = arg
            .as_ref()
            .map(|a| a.data_type())
            .unwrap_or(DataType::Null);
        let need_numeric = |t: &DataType| -> Result<()> {
            if is_numeric(t) || *t == DataType::Null || *t == DataType::Utf8 {
                Ok(())
            } else {
                Err(crate::expr::coerce::type_mismatch(
                    sql,
                    "a numeric value",
                    t,
                ))
            }
        };
        let mut lits = vec![];
        let (func, ty) = match name {
            "count" => (AggFunc::Count, DataType::Int64),
            "count_distinct" | "countdistinct" => {
                return Ok(AggCall {
                    func: AggFunc::Count,
                    arg,
                    distinct: true,
                    ty: DataType::Int64,
                    lits: vec![],
                });
            }
            "approx_count_distinct" => {
                // rsd: a constant, Spark's relative standard deviation (0.05).
                let rsd = match args.first() {
                    None => 0.05,
                    Some(PhysExpr::Literal(v)) => match v {
                        ScalarValue::Float64(r) => *r,
                        ScalarValue::Int32(i) => *i as f64,
                        ScalarValue::Int64(i) => *i as f64,
                        ScalarValue::Decimal128(u, _, s) => *u as f64 / 10f64.powi(*s as i32),
                        _ => 0.05,
                    },
                    Some(_) => {
                        return Err(RunnelError::analysis(
                            "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                            format!(
                                "Cannot resolve \"{sql}\" due to data type mismatch: the input `rsd` should be a foldable \"DOUBLE\" expression. Give a constant."
                            ),
                        ));
                    }
                };
                super::hll::precision(rsd)?;
                lits = vec![ScalarValue::Float64(rsd)];
                (AggFunc::ApproxCountDistinct, DataType::Int64)
            }
            "sum" | "sum_distinct" => {
                need_numeric(&at)?;
                let ty = match &at {
                    t if is_integral(t) => DataType::Int64,
                    DataType::Decimal128(p, s) => DataType::Decimal128((*p + 10).min(38), *s),
                    _ => DataType::Float64,
                };
                (AggFunc::Sum, ty)
            }
            "avg" | "mean" => {
                need_numeric(&at)?;
                let ty = match &at {
                    DataType::Decimal128(p, s) => {
                        DataType::Decimal128((*p + 4).min(38), (*s + 4).min(38))
                    }
                    _ => DataType::Float64,
                };
                (AggFunc::Avg, ty)
            }
            "min" | "max" if !orderable(&at) => {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.INVALID_ORDERING_TYPE",
                    format!(
                        "Cannot resolve \"{sql}\" due to data type mismatch: The `{name}` does not support ordering on type \"{}\". Aggregate something orderable (the map's entries, or a value of it).",
                        crate::types::sql_name(&at)
                    ),
                ));
            }
            "min" => (AggFunc::Min, at.clone()),
            "max" => (AggFunc::Max, at.clone()),
            "first" | "first_value" | "any_value" => {
                (AggFunc::First(ignore_nulls(&args)), at.clone())
            }
            "last" | "last_value" => (AggFunc::Last(ignore_nulls(&args)), at.clone()),
            // Spark's Collect: NULLs are skipped, the elements are never NULL.
            "collect_list" | "array_agg" => {
                (AggFunc::CollectList, types::list_of_n(at.clone(), false))
            }
            "collect_set" => (AggFunc::CollectSet, types::list_of_n(at.clone(), false)),
            "bitmap_construct_agg" => {
                super::arity(name, usize::from(arg.is_some()) + args.len(), 1, 1)?;
                let Some(arg) = arg else {
                    crate::internal_err!("bitmap_construct_agg without its argument")
                };
                if !is_integral(&at) && at != DataType::Null {
                    return Err(crate::expr::coerce::type_mismatch(sql, "a bigint", &at));
                }
                let a = crate::expr::coerce::cast_if_needed(arg, &DataType::Int64);
                return Ok(AggCall {
                    func: AggFunc::BitmapConstruct,
                    arg: Some(a),
                    distinct,
                    ty: DataType::Binary,
                    lits: vec![],
                });
            }
            "bitmap_or_agg" | "bitmap_and_agg" => {
                if at != DataType::Binary {
                    return Err(crate::expr::coerce::type_mismatch(sql, "a binary", &at));
                }
                let f = if name == "bitmap_or_agg" {
                    AggFunc::BitmapOr
                } else {
                    AggFunc::BitmapAnd
                };
                (f, DataType::Binary)
            }
            "vector_sum" | "vector_avg" => {
                let fl = types::list_of(DataType::Float32);
                if !matches!(&at, DataType::List(f) if f.data_type() == &DataType::Float32) {
                    return Err(RunnelError::analysis(
                        "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                        format!(
                            "Cannot resolve \"{sql}\" due to data type mismatch: The first parameter requires the \"ARRAY<FLOAT>\" type, however it has the type \"{}\". Cast it with .cast(\"array<float>\").",
                            types::simple_string(&at).to_ascii_uppercase()
                        ),
                    ));
                }
                let f = if name == "vector_sum" {
                    AggFunc::VectorSum
                } else {
                    AggFunc::VectorAvg
                };
                (f, fl)
            }
            "collect_union" => match &at {
                // Spark's collect_union keeps the arrays' element nullability.
                DataType::List(f) => (
                    AggFunc::CollectUnion,
                    types::list_of_n(f.data_type().clone(), f.is_nullable()),
                ),
                t => {
                    return Err(crate::expr::coerce::type_mismatch(sql, "an array", t));
                }
            },
            "stddev" | "stddev_samp" | "std" => (AggFunc::StddevSamp, DataType::Float64),
            "stddev_pop" => (AggFunc::StddevPop, DataType::Float64),
            "variance" | "var_samp" => (AggFunc::VarSamp, DataType::Float64),
            "var_pop" => (AggFunc::VarPop, DataType::Float64),
            "product" => {
                need_numeric(&at)?;
                (AggFunc::Product, DataType::Float64)
            }
            "try_sum" => {
                need_numeric(&at)?;
                let ty = match &at {
                    t if is_integral(t) => DataType::Int64,
                    DataType::Decimal128(p, s) => DataType::Decimal128((*p + 10).min(38), *s),
                    _ => DataType::Float64,
                };
                (AggFunc::TrySum, ty)
            }
            "try_avg" => {
                need_numeric(&at)?;
                let ty = match &at {
                    DataType::Decimal128(p, s) => {
                        DataType::Decimal128((*p + 4).min(38), (*s + 4).min(38))
                    }
                    _ => DataType::Float64,
                };
                (AggFunc::TryAvg, ty)
            }
            "skewness" | "kurtosis" => {
                need_numeric(&at)?;
                let f = if name == "skewness" {
                    AggFunc::Skewness
                } else {
                    AggFunc::Kurtosis
                };
                (f, DataType::Float64)
            }
            "median" => {
                need_numeric(&at)?;
                lits = vec![ScalarValue::Float64(0.5)];
                (AggFunc::Percentile { approx: false }, DataType::Float64)
            }
            "percentile" | "percentile_approx" | "approx_percentile" => {
                let approx = name != "percentile";
                let ok = if approx {
                    is_numeric(&at)
                        || matches!(
                            at,
                            DataType::Date32 | DataType::Timestamp(..) | DataType::Null
                        )
                } else {
                    is_numeric(&at) || at == DataType::Null
                };
                if !ok {
                    return Err(crate::expr::coerce::type_mismatch(
                        sql,
                        "a numeric value",
                        &at,
                    ));
                }
                let (fractions, many) = percentages(name, args.first(), sql)?;
                lits = fractions.into_iter().map(ScalarValue::Float64).collect();
                let elem = if approx {
                    at.clone()
                } else {
                    DataType::Float64
                };
                let ty = if many { types::list_of(elem) } else { elem };
                (AggFunc::Percentile { approx }, ty)
            }
            "mode" => (AggFunc::Mode, at.clone()),
            "bit_and" | "bit_or" | "bit_xor" => {
                if !is_integral(&at) && at != DataType::Null {
                    return Err(crate::expr::coerce::type_mismatch(
                        sql,
                        "an integral value",
                        &at,
                    ));
                }
                let op = match name {
                    "bit_and" => BitOp::And,
                    "bit_or" => BitOp::Or,
                    _ => BitOp::Xor,
                };
                (AggFunc::Bits(op), at.clone())
            }
            "string_agg" | "listagg" => {
                // BINARY values join into a BINARY with a BINARY delimiter; anything
                // else is a string with a string delimiter.
                let binary = at == DataType::Binary;
                let sep = match args.first() {
                    None | Some(PhysExpr::Literal(ScalarValue::Null(_))) => None,
                    Some(PhysExpr::Literal(v)) if v.data_type() == DataType::Binary => {
                        Some((v.clone(), DataType::Binary))
                    }
                    Some(PhysExpr::Literal(v @ ScalarValue::Utf8(_))) => {
                        Some((v.clone(), DataType::Utf8))
                    }
                    Some(_) => {
                        return Err(RunnelError::analysis_plain(format!(
                            "{sql}: the delimiter of {name} must be a string or binary literal."
                        )));
                    }
                };
                let sep = match sep {
                    None if binary => ScalarValue::binary(&[]),
                    None => ScalarValue::Utf8(String::new()),
                    Some((v, t)) if (t == DataType::Binary) == binary => v,
                    Some((_, t)) => {
                        return Err(RunnelError::analysis(
                            "DATATYPE_MISMATCH.DATA_DIFF_TYPES",
                            format!(
                                "Cannot resolve \"{sql}\" due to data type mismatch: Input to `{name}` should all be the same type, but it's (\"{}\" or \"{}\"). Give the values and the delimiter the same type (cast one of them).",
                                types::sql_name(&at),
                                types::sql_name(&t)
                            ),
                        ));
                    }
                };
                lits = vec![sep];
                let f = if distinct {
                    AggFunc::StringAggDistinct
                } else {
                    AggFunc::StringAgg
                };
                (
                    f,
                    if binary {
                        DataType::Binary
                    } else {
                        DataType::Utf8
                    },
                )
            }
            "histogram_numeric" => {
                super::arity(name, args.len() + 1, 2, 2)?;
                let nb = match &args[0] {
                    PhysExpr::Literal(ScalarValue::Null(_)) => {
                        return Err(RunnelError::analysis(
                            "DATATYPE_MISMATCH.UNEXPECTED_NULL",
                            format!(
                                "Cannot resolve \"{sql}\" due to data type mismatch: The nb must not be null. Give a number of bins."
                            ),
                        ));
                    }
                    PhysExpr::Literal(ScalarValue::Int32(n)) => *n as i64,
                    PhysExpr::Literal(ScalarValue::Int64(n)) => *n,
                    _ => {
                        return Err(RunnelError::analysis(
                            "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                            format!(
                                "Cannot resolve \"{sql}\" due to data type mismatch: the input `nb` should be a foldable \"INT\" expression. Give an integer literal."
                            ),
                        ));
                    }
                };
                if !(2..=i32::MAX as i64).contains(&nb) {
                    return Err(RunnelError::analysis(
                        "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                        format!(
                            "Cannot resolve \"{sql}\" due to data type mismatch: The nb must be between [2, 2147483647] (current value = {nb}). Use at least 2 bins."
                        ),
                    ));
                }
                // Spark's ImplicitCastInputTypes: a string is read as a double.
                let xt = match &at {
                    DataType::Utf8 | DataType::Null => {
                        arg = arg
                            .map(|a| super::super::coerce::cast_if_needed(a, &DataType::Float64));
                        DataType::Float64
                    }
                    t if is_numeric(t)
                        || matches!(
                            t,
                            DataType::Date32
                                | DataType::Timestamp(..)
                                | DataType::Duration(_)
                                | DataType::Interval(arrow_schema::IntervalUnit::YearMonth)
                        ) =>
                    {
                        t.clone()
                    }
                    t => {
                        return Err(crate::expr::coerce::type_mismatch(
                            sql,
                            "a numeric, date, timestamp or interval value",
                            t,
                        ));
                    }
                };
                lits = vec![ScalarValue::Int64(nb)];
                let bin = DataType::Struct(arrow_schema::Fields::from(vec![
                    arrow_schema::Field::new("x", xt, true),
                    arrow_schema::Field::new("y", DataType::Float64, true),
                ]));
                (AggFunc::HistogramNumeric, types::list_of(bin))
            }
            "count_min_sketch" => {
                super::arity(name, args.len() + 1, 3, 4)?;
                if !(is_integral(&at)
                    || matches!(at, DataType::Utf8 | DataType::Binary | DataType::Null))
                {
                    return Err(crate::expr::coerce::type_mismatch(
                        sql,
                        "an integral, string or binary value",
                        &at,
                    ));
                }
                // Spark's CountMinSketchAgg expects a DOUBLE eps and confidence (no
                // implicit cast: `0.5` in SQL is a DECIMAL and refused; write `0.5D`) and
                // an integral seed.
                let ordinal = ["second", "third", "fourth"];
                let num = |i: usize, what: &str| -> Result<f64> {
                    let e = &args[i];
                    let want = if i == 2 {
                        "\"INT\" or \"BIGINT\""
                    } else {
                        "\"DOUBLE\""
                    };
                    let t = e.data_type();
                    let ok = if i == 2 {
                        matches!(t, DataType::Int32 | DataType::Int64)
                    } else {
                        t == DataType::Float64
                    };
                    if !ok {
                        return Err(RunnelError::analysis(
                            "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                            format!(
                                "Cannot resolve \"{sql}\" due to data type mismatch: The {} parameter requires the {want} type, however the {what} has the type \"{}\". Write it as a double (`0.5D` in SQL).",
                                ordinal[i],
                                types::sql_name(&t)
                            ),
                        ));
                    }
                    match e {
                        PhysExpr::Literal(ScalarValue::Float64(v)) => Ok(*v),
                        PhysExpr::Literal(ScalarValue::Int32(v)) => Ok(*v as f64),
                        PhysExpr::Literal(ScalarValue::Int64(v)) => Ok(*v as f64),
                        _ => Err(RunnelError::analysis(
                            "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
                            format!(
                                "Cannot resolve \"{sql}\" due to data type mismatch: the input `{what}` should be a foldable \"DOUBLE\" expression. Give a number."
                            ),
                        )),
                    }
                };
                let eps = num(0, "eps")?;
                let confidence = num(1, "confidence")?;
                let seed = match args.get(2) {
                    None => 0,
                    Some(PhysExpr::Literal(ScalarValue::Int64(v))) => *v,
                    Some(_) => num(2, "seed")? as i64,
                };
                // Spark's messages: the value as its SQL literal (`0.0D`).
                let lit = |v: f64| format!("{}D", ScalarValue::Float64(v).sql_name());
                if eps <= 0.0 || eps.is_nan() {
                    return Err(RunnelError::analysis(
                        "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                        format!(
                            "Cannot resolve \"{sql}\" due to data type mismatch: The eps must be between (0.0, 1.7976931348623157E308] (current value = {}). Give a positive relative error.",
                            lit(eps)
                        ),
                    ));
                }
                if !(confidence > 0.0 && confidence < 1.0) {
                    return Err(RunnelError::analysis(
                        "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                        format!(
                            "Cannot resolve \"{sql}\" due to data type mismatch: The confidence must be between (0.0, 1.0] (current value = {}). Give a confidence below 1.",
                            lit(confidence)
                        ),
                    ));
                }
                lits = vec![
                    ScalarValue::Float64(eps),
                    ScalarValue::Float64(confidence),
                    ScalarValue::Int64(seed),
                ];
                (AggFunc::CountMinSketch, DataType::Binary)
            }
            "bool_and" | "every" => (AggFunc::BoolAnd, DataType::Boolean),
            "bool_or" | "any" | "some" => (AggFunc::BoolOr, DataType::Boolean),
            other => {
                return Err(RunnelError::not_supported(format!(
                    "the aggregate function {other}"
                )));
            }
        };
        if arg.is_none() && func != AggFunc::Count {
            return Err(RunnelError::analysis(
                "WRONG_NUM_ARGS.WITHOUT_SUGGESTION",
                format!(
                    "The `{name}` requires 1 parameters but the actual number is 0. Pass one column."
                ),
            ));
        }
        Ok(AggCall {
            func,
            arg,
            distinct: distinct || name == "sum_distinct",
            ty,
            lits,
        })
    }
}

/// Spark's one-parameter aggregates refuse more (`max(a, 3)`: WRONG_NUM_ARGS), when
/// the function is resolved (before any other check of the query).
pub fn check_arity(name: &str, args: usize) -> Result<()> {
    if args > 1 && ONE_PARAMETER.contains(&name) {
        super::arity(name, args, 1, 1)?;
    }
    Ok(())
}

/// Aggregates of exactly one parameter in Spark.
const ONE_PARAMETER: &[&str] = &[
    "sum",
    "avg",
    "mean",
    "min",
    "max",
    "collect_list",
    "array_agg",
    "collect_set",
    "stddev",
    "stddev_samp",
    "std",
    "stddev_pop",
    "variance",
    "var_samp",
    "var_pop",
    "product",
    "try_sum",
    "try_avg",
    "skewness",
    "kurtosis",
    "median",
    "bit_and",
    "bit_or",
    "bit_xor",
    "bool_and",
    "every",
    "bool_or",
    "any",
    "some",
];

/// The most values `max_by(x, ord, k)` / `min_by(x, ord, k)` keep (Spark's MaxMinByK.MAX_K).
const MAX_BY_K: i64 = 100_000;

/// `max_by(x, ord, k)` / `min_by(x, ord, k)`: an array of the `x` of the `k` rows with the
/// greatest (least) `ord`, best first (Spark 4.2's MaxMinByK). `k` is a constant integer in
/// [1, 100000]; the argument is struct(x, ord) and `lits` holds k.
fn by_k(name: &str, mut args: Vec<PhysExpr>, distinct: bool, sql: &str) -> Result<AggCall> {
    let k_expr = args
        .pop()
        .unwrap_or(PhysExpr::Literal(ScalarValue::Null(DataType::Null)));
    let kt = k_expr.data_type();
    if !is_integral(&kt) && kt != DataType::Null {
        return Err(crate::expr::coerce::type_mismatch(sql, "an integer", &kt));
    }
    let mut reads_column = false;
    k_expr.for_each_column(&mut |_| reads_column = true);
    if reads_column || !k_expr.is_deterministic() {
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
            format!(
                "Cannot resolve \"{sql}\" due to data type mismatch: the input `k` should be a foldable \"{}\" expression. Pass k as an integer literal.",
                types::sql_name(&kt)
            ),
        ));
    }
    let kv = k_expr.eval_constant()?;
    let kv = crate::expr::cast::cast_array(&kv, &DataType::Int64, false)?;
    let kv = arrow_array::cast::AsArray::as_primitive::<arrow_array::types::Int64Type>(&kv);
    let k = kv.iter().next().flatten();
    let Some(k) = k.filter(|k| (1..=MAX_BY_K).contains(k)) else {
        let shown = k.map_or("NULL".to_string(), |k| k.to_string());
        return Err(RunnelError::analysis(
            "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
            format!(
                "Cannot resolve \"{sql}\" due to data type mismatch: The `k` must be between [1, {MAX_BY_K}] (current value = {shown}). Pass a k in that range."
            ),
        ));
    };
    let ty = types::list_of(args[0].data_type());
    let pair = struct_arg(sql, &["x", "ord"], args, false);
    Ok(AggCall {
        func: if name == "max_by" {
            AggFunc::MaxByK
        } else {
            AggFunc::MinByK
        },
        arg: Some(pair),
        distinct,
        ty,
        lits: vec![ScalarValue::Int64(k)],
    })
}

/// `struct(args)` as one aggregate argument (fields named `names`); with `null_if_any`,
/// NULL where any of them is (count(a, b) counts the rows where none is).
fn struct_arg(sql: &str, names: &[&str], args: Vec<PhysExpr>, null_if_any: bool) -> PhysExpr {
    let fields: arrow_schema::Fields = args
        .iter()
        .zip(names)
        .map(|(a, n)| arrow_schema::Field::new(*n, a.data_type(), true))
        .collect();
    let f2 = fields.clone();
    PhysExpr::Scalar {
        func: super::Kernel::new("struct", sql, super::Props::default(), move |a, _, _| {
            let nulls = if null_if_any {
                a.iter().fold(None, |n, c| {
                    arrow_buffer::NullBuffer::union(n.as_ref(), c.logical_nulls().as_ref())
                })
            } else {
                None
            };
            Ok(std::sync::Arc::new(arrow_array::StructArray::try_new(
                f2.clone(),
                a.to_vec(),
                nulls,
            )?))
        }),
        args,
        ty: DataType::Struct(fields),
    }
}

fn pair_stat(name: &str) -> Option<PairStat> {
    Some(match name {
        "corr" => PairStat::Corr,
        "covar_pop" => PairStat::CovarPop,
        "covar_samp" => PairStat::CovarSamp,
        "regr_count" => PairStat::RegrCount,
        "regr_avgx" => PairStat::RegrAvgX,
        "regr_avgy" => PairStat::RegrAvgY,
        "regr_slope" => PairStat::RegrSlope,
        "regr_intercept" => PairStat::RegrIntercept,
        "regr_r2" => PairStat::RegrR2,
        "regr_sxx" => PairStat::RegrSxx,
        "regr_syy" => PairStat::RegrSyy,
        "regr_sxy" => PairStat::RegrSxy,
        _ => return None,
    })
}

/// A percentile's fractions (a constant number or array of numbers in [0, 1]), and
/// whether it was an array.
fn percentages(name: &str, p: Option<&PhysExpr>, sql: &str) -> Result<(Vec<f64>, bool)> {
    let bad = || {
        RunnelError::analysis(
            "DATATYPE_MISMATCH.NON_FOLDABLE_INPUT",
            format!(
                "Cannot resolve \"{sql}\": the percentage of {name} must be a constant number or array of numbers between 0.0 and 1.0."
            ),
        )
    };
    let Some(p) = p else {
        return Err(super::arity(name, 1, 2, 3).err().unwrap_or_else(bad));
    };
    let mut reads_column = false;
    p.for_each_column(&mut |_| reads_column = true);
    if reads_column || !p.is_deterministic() {
        return Err(bad());
    }
    let v = p.eval_constant().map_err(|_| bad())?;
    let (vals, many) = match v.data_type() {
        DataType::List(_) => {
            let l = arrow_array::cast::AsArray::as_list::<i32>(&v);
            (l.value(0), true)
        }
        _ => (v, false),
    };
    let f = crate::expr::cast::cast_array(&vals, &DataType::Float64, false).map_err(|_| bad())?;
    let f = arrow_array::cast::AsArray::as_primitive::<arrow_array::types::Float64Type>(&f);
    let mut out = Vec::new();
    for x in f.iter() {
        match x {
            Some(x) if (0.0..=1.0).contains(&x) => out.push(x),
            _ => {
                return Err(RunnelError::analysis(
                    "DATATYPE_MISMATCH.VALUE_OUT_OF_RANGE",
                    format!(
                        "Cannot resolve \"{sql}\" due to data type mismatch: The percentage must be between 0.0 and 1.0. Give fractions such as 0.5 or array(0.25, 0.75)."
                    ),
                ));
            }
        }
    }
    Ok((out, many))
}

fn ignore_nulls(rest: &[PhysExpr]) -> bool {
    matches!(
        rest.first(),
        Some(PhysExpr::Literal(ScalarValue::Boolean(true)))
    )
}

/// Spark's `RowOrdering.isOrderable`: every type but a map, and arrays and structs of
/// orderable ones.
fn orderable(t: &DataType) -> bool {
    match t {
        DataType::Map(..) => false,
        DataType::List(f) | DataType::LargeList(f) | DataType::FixedSizeList(f, _) => {
            orderable(f.data_type())
        }
        DataType::Struct(fs) => fs.iter().all(|f| orderable(f.data_type())),
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::AggFunc;

    #[test]
    fn state_names_are_the_ones_checkpoints_hold() {
        // Checkpoints written before the names were fixed text hold these.
        for (f, name) in [
            (AggFunc::Count, "Count"),
            (AggFunc::First(true), "First(true)"),
            (AggFunc::Last(false), "Last(false)"),
            (AggFunc::ApproxCountDistinct, "ApproxCountDistinct"),
            (AggFunc::VarPop, "VarPop"),
        ] {
            assert_eq!(f.state_name(), name);
        }
    }
}
