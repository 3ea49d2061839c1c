//! Spark's `UnsupportedOperationChecker`: what a streaming query may not do, refused
//! at `start()` with Spark's error condition and message, before any data moves.

use crate::error::{Result, RunnelError};
use crate::logical::plan::{JoinType, Node, Plan};
use crate::mode::OutputMode;

fn legacy(msg: &str, fix: &str) -> RunnelError {
    RunnelError::analysis("_LEGACY_ERROR_TEMP_3102", format!("{msg}; {fix}"))
}

fn output_mode_error(mode: &str, operation: &str, fix: &str) -> RunnelError {
    RunnelError::analysis(
        "STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION",
        format!(
            "Invalid streaming output mode: {mode}. This output mode is not supported for {operation} on streaming DataFrames/DataSets. {fix}"
        ),
    )
}

/// Checks a streaming plan for `mode`, as Spark does when the query starts.
pub fn check_streaming(plan: &Plan, mode: OutputMode) -> Result<()> {
    if !plan.is_streaming() {
        return Err(legacy(
            "Queries without streaming sources cannot be executed with writeStream.start()",
            "read the input with spark.readStream, or run a batch query with show()/collect()/write",
        ));
    }
    let mut aggregates: Vec<&Plan> = Vec::new();
    collect_aggregates(plan, &mut aggregates);
    let name = mode.name();
    match mode {
        OutputMode::Append => {
            if let Some(agg) = aggregates.first()
                && let Node::Aggregate {
                    event_time_key: None,
                    ..
                } = agg.node
            {
                return Err(output_mode_error(
                    name,
                    "streaming aggregations without watermark",
                    "Add withWatermark(...) on the event-time column and group by it (or by a window over it), or use outputMode(\"update\") or outputMode(\"complete\").",
                ));
            }
        }
        OutputMode::Complete => {
            if aggregates.is_empty() {
                return Err(output_mode_error(
                    name,
                    "no streaming aggregations",
                    "Complete mode needs a groupBy(...).agg(...); use outputMode(\"append\") for queries without aggregation.",
                ));
            }
        }
        OutputMode::Update => {
            if aggregates.iter().any(|a| {
                matches!(
                    a.node,
                    Node::Aggregate {
                        session_key: Some(_),
                        ..
                    }
                )
            }) {
                return Err(output_mode_error(
                    name,
                    "session window streaming aggregations",
                    "Use outputMode(\"append\") or outputMode(\"complete\") with session windows.",
                ));
            }
        }
        OutputMode::Batch => {}
    }
    let global_session = aggregates
        .iter()
        .any(|a| matches!(&a.node, Node::Aggregate { group, session_key: Some(_), .. } if group.len() == 1));
    if global_session {
        return Err(RunnelError::execution(
            "_LEGACY_ERROR_TEMP_3068",
            "Global aggregation with session window in streaming query is not supported. Group by another column too, e.g. groupBy(session_window(...), \"category\").",
        ));
    }
    let complete_agg = !aggregates.is_empty() && mode == OutputMode::Complete;
    let mut err: Option<RunnelError> = None;
    plan.visit_up(&mut |p| {
        if err.is_some() {
            return;
        }
        match &p.node {
            Node::Sort { input, .. } if input.is_streaming() && !complete_agg => {
                err = Some(RunnelError::analysis(
                    "_LEGACY_ERROR_TEMP_3102",
                    "Sorting is not supported on streaming DataFrames/Datasets, unless it is on aggregated DataFrame/Dataset in Complete output mode; sort inside foreachBatch, or aggregate and use outputMode(\"complete\").",
                ));
            }
            Node::Limit { input, .. } if input.is_streaming() && mode == OutputMode::Update => {
                err = Some(legacy(
                    "Limits are not supported on streaming DataFrames/Datasets in Update output mode",
                    "use outputMode(\"append\") or outputMode(\"complete\"), or limit inside foreachBatch",
                ));
            }
            Node::Aggregate { input, aggs, .. } if input.is_streaming()
                && aggs.iter().any(|a| a.distinct) => {
                    err = Some(legacy(
                        "Distinct aggregations are not supported on streaming DataFrames/Datasets. Consider using approx_count_distinct() instead.",
                        "replace countDistinct(...) with approx_count_distinct(...)",
                    ));
                }
            Node::Dedup { input, within_delay_ms: Some(_), event_time: None, .. } if input.is_streaming() => {
                err = Some(legacy(
                    "dropDuplicatesWithinWatermark is not supported on streaming DataFrames/DataSets without watermark",
                    "call withWatermark(...) before dropDuplicatesWithinWatermark",
                ));
            }
            Node::Join { left, right, how, .. } => {
                let (ls, rs) = (left.is_streaming(), right.is_streaming());
                if ls && rs {
                    err = Some(RunnelError::not_supported(
                        "stream-stream joins; join a stream with a static DataFrame (spark.read / createDataFrame)",
                    ));
                    return;
                }
                let bad = match how {
                    JoinType::LeftOuter | JoinType::LeftSemi | JoinType::LeftAnti if rs => Some(format!(
                        "{} join with a streaming DataFrame/Dataset on the right and a static DataFrame/Dataset on the left is not supported",
                        how.spark_name()
                    )),
                    JoinType::RightOuter if ls => Some(
                        "RightOuter join with a streaming DataFrame/Dataset on the left and a static DataFrame/DataSet on the right not supported".to_string(),
                    ),
                    JoinType::FullOuter if ls => Some(
                        "FullOuter joins with streaming DataFrames/Datasets on the left and a static DataFrame/Dataset on the right is not supported".to_string(),
                    ),
                    JoinType::FullOuter if rs => Some(
                        "FullOuter joins with streaming DataFrames/Datasets on the right and a static DataFrame/Dataset on the left is not supported".to_string(),
                    ),
                    _ => None,
                };
                if let Some(m) = bad {
                    err = Some(legacy(&m, "put the stream on the preserved side of the outer join, or use an inner join"));
                }
            }
            _ => {}
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    Ok(())
}

fn collect_aggregates<'a>(p: &'a Plan, out: &mut Vec<&'a Plan>) {
    if let Node::Aggregate { input, .. } = &p.node
        && input.is_streaming()
    {
        out.push(p);
    }
    for c in p.inputs() {
        collect_aggregates(c, out);
    }
}

pub mod optimize;
