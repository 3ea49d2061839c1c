//! `spark.sql(...)`: a SELECT over a temp view or memory table, turned into DataFrame calls.

use super::dataframe::DataFrame;
use crate::error::{Result, RunnelError};
use crate::expr::Expr;
use crate::expr::sql::parse_query;
use crate::session::SparkSession;

/// Runs `spark.sql(text)`.
pub fn run_sql(session: &SparkSession, text: &str) -> Result<DataFrame> {
    let q = parse_query(text)?;
    let mut df = match &q.from {
        Some(t) => session.table(t)?,
        // SELECT without FROM: one row of no columns (Spark's OneRowRelation).
        None => {
            let schema = std::sync::Arc::new(arrow_schema::Schema::empty());
            let opts = arrow_array::RecordBatchOptions::new().with_row_count(Some(1));
            let row =
                arrow_array::RecordBatch::try_new_with_options(schema.clone(), vec![], &opts)?;
            session.create_data_frame_from_batches(schema, vec![row])
        }
    };
    if let Some(w) = q.selection {
        df = df.filter(w)?;
    }
    let has_agg = q.projection.iter().any(|e| e.contains_aggregate()) || !q.group_by.is_empty();
    if has_agg {
        let out = if q.projection.iter().any(|e| matches!(e, Expr::Star(_))) {
            return Err(RunnelError::analysis_plain(
                "SELECT * with GROUP BY: list the grouping columns and aggregates",
            ));
        } else {
            q.projection.clone()
        };
        // GROUP BY 1, 2 (ordinals of the select list) and GROUP BY a select alias
        // (spark.sql.groupByOrdinal / groupByAliases, both on by default).
        let input = df.schema();
        let group: Vec<Expr> = q
            .group_by
            .iter()
            .map(|g| match g {
                Expr::Literal(crate::scalar::ScalarValue::Int32(k)) => {
                    let k = *k as usize;
                    if k >= 1 && k <= out.len() {
                        Ok(out[k - 1].clone().strip_alias())
                    } else {
                        Err(RunnelError::analysis(
                            "GROUP_BY_POS_OUT_OF_RANGE",
                            format!(
                                "GROUP BY position {k} is not in select list (valid range is [1, {}]). Group by a position of the select list, or by the expression.",
                                out.len()
                            ),
                        ))
                    }
                }
                Expr::Column(n)
                    if crate::expr::bind::resolve_column(n, &input).is_err() =>
                {
                    Ok(out
                        .iter()
                        .find(|o| matches!(o, Expr::Alias(_, a) if a.eq_ignore_ascii_case(n)))
                        .map(|o| o.clone().strip_alias())
                        .unwrap_or_else(|| g.clone()))
                }
                other => Ok(other.clone()),
            })
            .collect::<Result<_>>()?;
        // `GROUP BY i, i`: the same key once (only the select list is output).
        let group: Vec<Expr> = group
            .iter()
            .enumerate()
            .filter(|(k, g)| !group[..*k].contains(g))
            .map(|(_, g)| g.clone())
            .collect();
        // HAVING may name aggregates the select list does not compute: they are computed
        // as hidden columns, filtered on, and dropped.
        let mut full = out.clone();
        let having = q.having.map(|h| {
            let h = having_over_output(h, &out);
            hide_aggregates(h, &mut full)
        });
        let hidden = full.len() > out.len();
        df = df.aggregate(group, full, having)?;
        if hidden {
            let names: Vec<Expr> = df
                .columns()
                .into_iter()
                .take(out.len())
                .map(|c| Expr::Column(format!("`{}`", c.replace('`', "``"))))
                .collect();
            df = df.select(names)?;
        }
    } else {
        if q.having.is_some() {
            return Err(RunnelError::analysis_plain(
                "HAVING without GROUP BY or aggregates",
            ));
        }
        df = df.select(q.projection.clone())?;
    }
    if q.distinct {
        df = df.distinct()?;
    }
    if !q.order_by.is_empty() {
        df = df.order_by(q.order_by.clone())?;
    }
    if let Some(n) = q.limit {
        df = df.limit(n as i64)?;
    }
    Ok(df)
}

/// The aggregates of a HAVING condition that are not output columns yet become hidden
/// output columns (`__having0`, ...), referred to by name.
fn hide_aggregates(h: Expr, full: &mut Vec<Expr>) -> Expr {
    match h {
        Expr::Function { ref name, .. } if crate::expr::functions::is_aggregate(name) => {
            let n = format!("__having{}", full.len());
            full.push(h.alias(&n));
            Expr::Column(n)
        }
        Expr::Binary(l, op, r) => Expr::Binary(
            Box::new(hide_aggregates(*l, full)),
            op,
            Box::new(hide_aggregates(*r, full)),
        ),
        Expr::Not(x) => Expr::Not(Box::new(hide_aggregates(*x, full))),
        Expr::IsNull(x) => Expr::IsNull(Box::new(hide_aggregates(*x, full))),
        Expr::IsNotNull(x) => Expr::IsNotNull(Box::new(hide_aggregates(*x, full))),
        other => other,
    }
}

/// HAVING may name aggregates that the select list computes: refer to their output columns.
fn having_over_output(h: Expr, out: &[Expr]) -> Expr {
    for o in out {
        let bare = o.clone().strip_alias();
        if bare == h && bare.contains_aggregate() {
            return Expr::Column(o.name());
        }
    }
    match h {
        Expr::Binary(l, op, r) => Expr::Binary(
            Box::new(having_over_output(*l, out)),
            op,
            Box::new(having_over_output(*r, out)),
        ),
        Expr::Not(x) => Expr::Not(Box::new(having_over_output(*x, out))),
        other => other,
    }
}
