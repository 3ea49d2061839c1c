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
    r.aggregate("first_value").py("col, ignoreNulls=");
    r.aggregate("any_value")
        .py("col, ignoreNulls=")
        .named(first_only);
    r.aggregate("last")
        .py("col, ignorenulls=")
        .named(first_only);
    r.aggregate("last_value").py("col, ignoreNulls=");
    r.aggregate("collect_list")
        .alias(&["array_agg"])
        .py("col")
        .named(|c| format!("collect_list({}{})", c.d(), c.all()));
    r.aggregate("collect_set").py("col");
    r.aggregate("stddev").alias(&["std"]).py("col");
    r.aggregate("stddev_samp").py("col");
    r.aggregate("stddev_pop").py("col");
    r.aggregate("variance").py("col");
    r.aggregate("var_samp").py("col");
    r.aggregate("var_pop").py("col");
    r.aggregate("bool_and").alias(&["every"]).py("col");
    r.aggregate("bool_or")
        .alias(&["some"])
        .sql_alias(&["any"])
        .py("col");
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
    /// product(x), in double
    Product,
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
            AggFunc::StddevSamp => "StddevSamp".into(),
            AggFunc::StddevPop => "StddevPop".into(),
            AggFunc::VarSamp => "VarSamp".into(),
            AggFunc::VarPop => "VarPop".into(),
            AggFunc::BoolAnd => "BoolAnd".into(),
            AggFunc::BoolOr => "BoolOr".into(),
            AggFunc::ApproxCountDistinct => "ApproxCountDistinct".into(),
            AggFunc::MaxBy => "MaxBy".into(),
            AggFunc::MinBy => "MinBy".into(),
            AggFunc::Product => "Product".into(),
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
}

impl AggCall {
    /// Binds an aggregate call by Spark's name.
    pub fn bind(name: &str, args: Vec<PhysExpr>, distinct: bool, sql: &str) -> Result<AggCall> {
        let mut args = args;
        // max_by(x, ord) / min_by(x, ord): the argument is struct(x, ord).
        if name == "max_by" || name == "min_by" {
            super::arity(name, args.len(), 2, 2)?;
            let x = args.remove(0);
            let ord = args.remove(0);
            let ty = x.data_type();
            let fields: arrow_schema::Fields = vec![
                arrow_schema::Field::new("x", ty.clone(), true),
                arrow_schema::Field::new("ord", ord.data_type(), true),
            ]
            .into();
            let f2 = fields.clone();
            let pair = PhysExpr::Scalar {
                func: super::Kernel::new("struct", sql, super::Props::default(), move |a, _, _| {
                    Ok(std::sync::Arc::new(arrow_array::StructArray::try_new(
                        f2.clone(),
                        a.to_vec(),
                        None,
                    )?))
                }),
                args: vec![x, ord],
                ty: DataType::Struct(fields),
            };
            return Ok(AggCall {
                func: if name == "max_by" {
                    AggFunc::MaxBy
                } else {
                    AggFunc::MinBy
                },
                arg: Some(pair),
                distinct,
                ty,
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
            });
        }
        let arg = if args.is_empty() {
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
        let (func, ty) = match name {
            "count" => (AggFunc::Count, DataType::Int64),
            "count_distinct" | "countdistinct" => {
                return Ok(AggCall {
                    func: AggFunc::Count,
                    arg,
                    distinct: true,
                    ty: DataType::Int64,
                });
            }
            "approx_count_distinct" => (AggFunc::ApproxCountDistinct, DataType::Int64),
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
            "min" => (AggFunc::Min, at.clone()),
            "max" => (AggFunc::Max, at.clone()),
            "first" | "first_value" | "any_value" => {
                (AggFunc::First(ignore_nulls(&args)), at.clone())
            }
            "last" | "last_value" => (AggFunc::Last(ignore_nulls(&args)), at.clone()),
            "collect_list" | "array_agg" => (AggFunc::CollectList, types::list_of(at.clone())),
            "collect_set" => (AggFunc::CollectSet, types::list_of(at.clone())),
            "stddev" | "stddev_samp" | "std" => (AggFunc::StddevSamp, DataType::Float64),
            "stddev_pop" => (AggFunc::StddevPop, DataType::Float64),
            "variance" | "var_samp" => (AggFunc::VarSamp, DataType::Float64),
            "var_pop" => (AggFunc::VarPop, DataType::Float64),
            "product" => {
                need_numeric(&at)?;
                (AggFunc::Product, DataType::Float64)
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
        })
    }
}

fn ignore_nulls(rest: &[PhysExpr]) -> bool {
    matches!(
        rest.first(),
        Some(PhysExpr::Literal(ScalarValue::Boolean(true)))
    )
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
