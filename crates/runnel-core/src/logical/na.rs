//! Spark's `DataFrameNaFunctions`: `df.na.fill` / `fillna`, `df.na.drop` / `dropna`, as
//! projections and filters over the DataFrame (so they run on streams too, stateless).

use arrow_schema::DataType;

use super::dataframe::DataFrame;
use crate::error::{Result, RunnelError};
use crate::expr::{Expr, func};
use crate::scalar::ScalarValue;

/// What `fillna` replaces NULLs with.
#[derive(Debug, Clone)]
pub enum NaFill {
    /// One value for every column of its kind (a number for numeric columns, a string
    /// for string columns, a boolean for boolean ones): Spark's `fillValue`.
    Value(ScalarValue),
    /// A value per column, cast to the column's type: Spark's `fillMap`.
    PerColumn(Vec<(String, ScalarValue)>),
}

pub(crate) fn quoted(c: &str) -> Expr {
    Expr::Column(format!("`{}`", c.replace('`', "``")))
}

/// The input column `name` refers to (case-insensitive), or Spark's error.
pub(crate) fn resolve(df: &DataFrame, name: &str) -> Result<String> {
    let cols = df.columns();
    cols.iter()
        .find(|c| c.eq_ignore_ascii_case(name.trim_matches('`')))
        .cloned()
        .ok_or_else(|| {
            RunnelError::analysis(
                "UNRESOLVED_COLUMN.WITH_SUGGESTION",
                format!(
                    "A column, variable, or function parameter with name `{name}` cannot be resolved. Did you mean one of the following? [{}]. Name a column of the DataFrame.",
                    cols.iter().map(|c| format!("`{c}`")).collect::<Vec<_>>().join(", ")
                ),
            )
        })
}

/// `coalesce(nanvl(c, NULL), CAST(v AS type))`: Spark's `fillCol` (NaN counts as NULL in
/// float and double columns).
fn fill_col(name: &str, dt: &DataType, v: &ScalarValue) -> Expr {
    let c = quoted(name);
    let c = match dt {
        DataType::Float64 | DataType::Float32 => func(
            "nanvl",
            vec![c, Expr::Literal(ScalarValue::Null(dt.clone()))],
        ),
        _ => c,
    };
    let value = Expr::Cast {
        expr: Box::new(Expr::Literal(v.clone())),
        to: dt.clone(),
        try_: false,
    };
    func("coalesce", vec![c, value]).alias(name)
}

/// Whether a single `fillna` value applies to a column of `dt` (Spark's target type:
/// numbers fill numeric columns, strings string columns, booleans boolean ones).
fn fills(v: &ScalarValue, dt: &DataType) -> bool {
    match v {
        ScalarValue::Boolean(_) => dt == &DataType::Boolean,
        ScalarValue::Utf8(_) => dt == &DataType::Utf8,
        ScalarValue::Int32(_) | ScalarValue::Int64(_) | ScalarValue::Float64(_) => dt.is_numeric(),
        _ => false,
    }
}

/// `df.na.fill(value, subset)` / `df.fillna(...)`.
pub fn fill(df: &DataFrame, what: &NaFill, subset: Option<&[String]>) -> Result<DataFrame> {
    let schema = df.schema();
    let chosen: Vec<(String, ScalarValue)> = match what {
        NaFill::Value(v) => {
            if !matches!(
                v,
                ScalarValue::Boolean(_)
                    | ScalarValue::Utf8(_)
                    | ScalarValue::Int32(_)
                    | ScalarValue::Int64(_)
                    | ScalarValue::Float64(_)
            ) {
                return Err(RunnelError::analysis_plain(format!(
                    "value should be a float, int, string, bool or dict; got {}. Pass one of those to fillna.",
                    v.sql_name()
                ))
                .with_exception("PySparkTypeError"));
            }
            let names: Vec<String> = match subset {
                Some(s) => s.iter().map(|n| resolve(df, n)).collect::<Result<_>>()?,
                None => df.columns(),
            };
            names.into_iter().map(|n| (n, v.clone())).collect()
        }
        NaFill::PerColumn(m) => m
            .iter()
            .map(|(n, v)| Ok((resolve(df, n)?, v.clone())))
            .collect::<Result<_>>()?,
    };
    let per_column = matches!(what, NaFill::PerColumn(_));
    let cols = schema
        .fields()
        .iter()
        .map(|f| {
            let hit = chosen
                .iter()
                .rev()
                .find(|(n, v)| n == f.name() && (per_column || fills(v, f.data_type())));
            match hit {
                Some((_, v)) => fill_col(f.name(), f.data_type(), v),
                None => quoted(f.name()),
            }
        })
        .collect();
    df.select(cols)
}

/// `df.na.drop(how, thresh, subset)` / `df.dropna(...)`: rows with fewer than `min_non_nulls`
/// values that are neither NULL nor NaN in the columns (Spark's `AtLeastNNonNulls`); by
/// default every column must have one (`how="any"`), `how="all"` keeps rows with one.
pub fn drop(
    df: &DataFrame,
    how: &str,
    thresh: Option<usize>,
    subset: Option<&[String]>,
) -> Result<DataFrame> {
    let names: Vec<String> = match subset {
        Some(s) => s.iter().map(|n| resolve(df, n)).collect::<Result<_>>()?,
        None => df.columns(),
    };
    let min = match (thresh, how.to_ascii_lowercase().as_str()) {
        (Some(t), _) => t,
        (None, "any") => names.len(),
        (None, "all") => 1,
        (None, other) => {
            return Err(RunnelError::analysis_plain(format!(
                "how ('{other}') should be 'any' or 'all'"
            ))
            .with_exception("PySparkValueError"));
        }
    };
    let mut args = vec![Expr::Literal(ScalarValue::Int64(min as i64))];
    args.extend(names.iter().map(|n| quoted(n)));
    df.filter(func("__at_least_n_non_nulls", args))
}
