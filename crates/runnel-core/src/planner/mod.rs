//! Spark's `UnsupportedOperationChecker`: what a streaming query may not do, refused
//! at `start()` with Spark's error condition and message, before any data moves.

use crate::error::{Result, RunnelError};
use crate::expr::PhysExpr;
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
        let streaming_only_batch = |e: &PhysExpr| {
            let mut found = None;
            e.for_each_node(&mut |x| {
                if let PhysExpr::Scalar { func, .. } = x
                    && func.name == "monotonically_increasing_id"
                {
                    found = Some(func.sql.to_string());
                }
            });
            found
        };
        let exprs: Vec<&PhysExpr> = match &p.node {
            Node::Project { input, exprs } if input.is_streaming() => exprs.iter().collect(),
            Node::Filter { input, predicate } if input.is_streaming() => vec![predicate],
            _ => vec![],
        };
        if let Some(f) = exprs.into_iter().find_map(streaming_only_batch) {
            err = Some(RunnelError::analysis(
                "_LEGACY_ERROR_TEMP_3102",
                format!(
                    "Expression(s): {f} is not supported with streaming DataFrames/Datasets; use it on the batch DataFrame inside foreachBatch, or number rows with an event-time column."
                ),
            ));
            return;
        }
        match &p.node {
            Node::Sort { input, .. } if input.is_streaming() && !complete_agg => {
                err = Some(RunnelError::analysis(
                    "_LEGACY_ERROR_TEMP_3102",
                    "Sorting is not supported on streaming DataFrames/Datasets, unless it is on aggregated DataFrame/Dataset in Complete output mode; sort inside foreachBatch, or aggregate and use outputMode(\"complete\").",
                ));
            }
            Node::Limit { input, offset, .. } if input.is_streaming() && *offset > 0 => {
                err = Some(legacy(
                    "Offset is not supported on streaming DataFrames/Datasets",
                    "skip rows inside foreachBatch, or filter on an event-time column",
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
            // Spark's checks of (flat)MapGroupsWithState's output mode against the query's.
            Node::GroupState { func, .. }
                if mode == OutputMode::Update && func.output_mode() != OutputMode::Update =>
            {
                err = Some(legacy(
                    "flatMapGroupsWithState in append mode is not supported with Update output mode on a streaming DataFrame/Dataset",
                    "declare the function's output mode \"Update\" too, or run the query with outputMode(\"append\")",
                ));
            }
            Node::GroupState { func, .. }
                if mode == OutputMode::Append && func.output_mode() != OutputMode::Append =>
            {
                err = Some(legacy(
                    "flatMapGroupsWithState in update mode is not supported with Append output mode on a streaming DataFrame/Dataset",
                    "declare the function's output mode \"Append\" too, or run the query with outputMode(\"update\")",
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
                    if let Some(e) = stream_join_error(p, mode) {
                        err = Some(e);
                    }
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
    if let Some(e) = global_watermark_error(plan, mode) {
        return Err(e);
    }
    // What Spark finds only when it plans the first batch.
    let mut err = None;
    plan.visit_up(&mut |p| {
        if err.is_none()
            && let Node::Dedup { input, .. } = &p.node
            && input.is_streaming()
        {
            err = multiple_event_times(&input.schema);
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    Ok(())
}

/// Spark's refusals of a stream-stream join (`UnsupportedOperationChecker`,
/// `StreamingJoinStrategy`).
fn stream_join_error(p: &Plan, mode: OutputMode) -> Option<RunnelError> {
    let Node::Join {
        left,
        right,
        how,
        left_keys,
        right_keys,
        condition,
        ..
    } = &p.node
    else {
        return None;
    };
    let outer = matches!(
        how,
        JoinType::LeftOuter | JoinType::RightOuter | JoinType::FullOuter
    );
    if outer && mode != OutputMode::Append {
        return Some(legacy(
            &format!(
                "{} join between two streaming DataFrames/Datasets is not supported in {} output mode, only in Append output mode",
                how.spark_name(),
                if mode == OutputMode::Update {
                    "Update"
                } else {
                    "Complete"
                }
            ),
            "use outputMode(\"append\")",
        ));
    }
    if mode == OutputMode::Complete {
        return Some(legacy(
            &format!(
                "{} join between two streaming DataFrames/Datasets is not supported in Complete output mode, only in Append and Update output modes",
                how.spark_name()
            ),
            "use outputMode(\"append\") or outputMode(\"update\")",
        ));
    }
    let a = stream_join::analyse(
        &left.schema,
        &right.schema,
        left_keys,
        right_keys,
        condition.as_ref(),
    );
    let ranged = match how {
        JoinType::Inner | JoinType::Cross => None,
        JoinType::LeftOuter | JoinType::LeftSemi => Some(a.sides[0].bounded),
        JoinType::RightOuter => Some(a.sides[1].bounded),
        // Spark's checkForStreamStreamJoinWatermark: either side's state value watermark.
        JoinType::FullOuter => Some(a.sides[0].bounded || a.sides[1].bounded),
        JoinType::LeftAnti => {
            return Some(legacy(
                "LeftAnti joins with a streaming DataFrame/Dataset on the right are not supported",
                "join the stream with a static DataFrame instead, or use a left outer join with watermarks and keep the rows whose right side is NULL",
            ));
        }
    };
    if ranged == Some(false) && !a.watermark_in_keys() {
        return Some(legacy(
            &format!(
                "Stream-stream {} join between two streaming DataFrame/Datasets is not supported without a watermark in the join keys, or a watermark on the nullable side and an appropriate range condition",
                how.spark_name()
            ),
            "add withWatermark(...) to both inputs and a condition that bounds the event times of the two sides, e.g. \"rightTime BETWEEN leftTime AND leftTime + interval 1 hour\"",
        ));
    }
    // What Spark finds only when it plans the first batch.
    for side in [left, right] {
        if let Some(e) = multiple_event_times(&side.schema) {
            return Some(e);
        }
    }
    if left_keys.is_empty() {
        return Some(legacy(
            "Stream-stream join without equality predicate is not supported",
            "join on at least one column that is equal on both sides, e.g. expr(\"clickAdId = impressionAdId AND ...\")",
        ));
    }
    None
}

/// Spark's `MULTIPLE_EVENT_TIME_COLUMNS`: a stateful operator's input may carry one
/// event-time column only (a join's output carries both sides').
fn multiple_event_times(schema: &arrow_schema::Schema) -> Option<RunnelError> {
    let times: Vec<&str> = schema
        .fields()
        .iter()
        .filter(|f| crate::types::watermark_delay(f).is_some())
        .map(|f| f.name().as_str())
        .collect();
    (times.len() > 1).then(|| {
        RunnelError::analysis(
            "MULTIPLE_EVENT_TIME_COLUMNS",
            format!(
                "More than one event time columns are available. Please ensure there is at most one event time column per stream. event time columns: ({}). Select only one of them (e.g. drop one side's time column after a join) before this operator.",
                times.join(",")
            ),
        )
    })
}

/// Spark's `PropagateWatermarkSimulator` (multiple stateful operators allowed, Spark's
/// default): a `withWatermark` over a stream whose input already carries a watermark
/// (through any operator: a projection, a stateful operator, a join, a union branch)
/// is refused. Spark simulates the watermark's propagation only for a global watermark
/// above 0, so the error comes once a batch moved it there (when the next trigger asks
/// the last plan whether to run another batch), not at start: a query whose second
/// watermark never sees a row keeps the global watermark at 0 under the `min` policy
/// and runs. Spark's `EliminateEventTimeWatermark` drops a watermark
/// over a static DataFrame, so only streaming inputs count. The error, when it applies.
pub fn redefined_watermark(plan: &Plan) -> Option<RunnelError> {
    fn watermarked(p: &Plan) -> bool {
        matches!(&p.node, Node::Watermark { input, .. } if input.is_streaming())
            || p.inputs().iter().any(|c| watermarked(c))
    }
    let mut found = false;
    plan.visit_up(&mut |p| {
        if let Node::Watermark { input, .. } = &p.node
            && input.is_streaming()
            && watermarked(input)
        {
            found = true;
        }
    });
    found.then(|| {
        RunnelError::analysis_plain(
            "Redefining watermark is disallowed. You can set the config 'spark.sql.streaming.statefulOperator.allowMultiple' to 'false' to restore the previous behavior. Note that multiple stateful operators will be disallowed. Define the watermark once, on the input stream: a later operator's event time (e.g. window_time(window) after a windowed aggregation) keeps it.",
        )
    })
}

/// Spark's `checkStreamingQueryGlobalWatermarkLimit`: a stateful operator above an
/// aggregation that emits rows in update or complete mode could see them as late.
fn global_watermark_error(plan: &Plan, mode: OutputMode) -> Option<RunnelError> {
    if mode == OutputMode::Append {
        return None;
    }
    fn stateful(p: &Plan) -> bool {
        match &p.node {
            Node::Aggregate { input, .. } | Node::Dedup { input, .. } => input.is_streaming(),
            Node::Join { left, right, .. } => left.is_streaming() && right.is_streaming(),
            _ => false,
        }
    }
    fn emits_late(p: &Plan) -> bool {
        matches!(&p.node, Node::Aggregate { input, .. } if input.is_streaming())
            || p.inputs().iter().any(|c| emits_late(c))
    }
    let mut found = false;
    plan.visit_up(&mut |p| {
        if stateful(p) && p.inputs().iter().any(|c| emits_late(c)) {
            found = true;
        }
    });
    found.then(|| legacy(
        "Detected pattern of possible 'correctness' issue due to global watermark. The query contains stateful operation which can emit rows older than the current watermark plus allowed late record delay, which are \"late rows\" in downstream stateful operations and these rows can be discarded. Please refer the programming guide doc for more details. If you understand the possible risk of correctness issue and still need to run the query, you can disable this check by setting the config `spark.sql.streaming.statefulOperator.checkCorrectness.enabled` to false.",
        "use outputMode(\"append\"), where each operator's watermark holds rows back until they are final",
    ))
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

pub mod constraints;
pub mod continuous;
pub mod optimize;
pub mod prune;
pub mod semi_pushdown;
pub mod stream_join;
