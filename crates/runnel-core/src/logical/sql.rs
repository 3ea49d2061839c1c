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
        let having = q.having.map(|h| having_over_output(h, &out));
        df = df.aggregate(q.group_by.clone(), out, having)?;
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
