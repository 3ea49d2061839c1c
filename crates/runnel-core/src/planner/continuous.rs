//! Spark's `UnsupportedOperationChecker.checkForContinuous` and the checks
//! `ContinuousExecution` makes of its sources: what a query under
//! `trigger(continuous=...)` may do. Run after [`super::check_streaming`], as Spark runs
//! `checkForStreaming` first.

use crate::error::{Result, RunnelError};
use crate::expr::PhysExpr;
use crate::io::source::ContinuousRead;
use crate::logical::plan::{Node, Plan};

const FIX: &str = "Continuous processing runs map-like queries only (select, filter, withColumn, UDFs over a rate, socket, Kafka or memory source); use trigger(processingTime=...) for this query";

fn unsupported(what: &str) -> RunnelError {
    RunnelError::analysis(
        "_LEGACY_ERROR_TEMP_3102",
        format!("Continuous processing does not support {what} operations.; {FIX}."),
    )
}

/// Spark's logical node name for a node `checkForContinuous` refuses, or `None` when it
/// is one of the map-like nodes it allows (`Project`, `Filter`, ... and a V2 source).
fn refused_node_name(p: &Plan) -> Option<String> {
    Some(match &p.node {
        Node::Project { .. } | Node::Filter { .. } => return None,
        // A tumbling window is a Project and a Filter in Spark's plan; a sliding one an Expand.
        Node::WindowAssign { size, slide, .. } if size == slide => return None,
        Node::WindowAssign { .. } | Node::Expand { .. } => "Expand".into(),
        // session_window is a Project too; its Aggregate is refused above it.
        Node::SessionAssign { .. } => return None,
        Node::StreamSource { source, .. } => match source.borrow().continuous_read() {
            ContinuousRead::V1 => "StreamingRelation".into(),
            _ => return None,
        },
        Node::Static { .. } => "LocalRelation".into(),
        Node::MemoryTable { .. } => "LocalRelation".into(),
        Node::Generate { .. } => "Generate".into(),
        Node::Watermark { .. } => "EventTimeWatermark".into(),
        Node::Aggregate { .. } => "Aggregate".into(),
        Node::Dedup {
            within_delay_ms: Some(_),
            ..
        } => "DeduplicateWithinWatermark".into(),
        Node::Dedup { .. } => "Deduplicate".into(),
        Node::Join { .. } => "Join".into(),
        Node::Union { .. } => "Union".into(),
        // Spark's GlobalLimit(LocalLimit(...)): the walk meets LocalLimit first.
        Node::Limit { .. } => "LocalLimit".into(),
        Node::Sort { .. } => "Sort".into(),
        Node::Window { .. } => "Window".into(),
        Node::CollectMetrics { .. } => "CollectMetrics".into(),
        Node::GroupState { .. } => "FlatMapGroupsInPandasWithState".into(),
        Node::TransformWithState { .. } => "TransformWithStateInPySpark".into(),
        Node::External { func, .. } => func.name(),
    })
}

/// True when `e` reads the clock (`current_timestamp`, `now`, `current_date`, ...).
fn reads_current_time(e: &PhysExpr) -> bool {
    let mut found = false;
    e.for_each_node(&mut |x| {
        if let PhysExpr::Scalar { func, .. } = x
            && matches!(
                func.name,
                "current_timestamp" | "now" | "localtimestamp" | "current_date" | "curdate"
            )
        {
            found = true;
        }
    });
    found
}

/// Checks a streaming plan for a continuous trigger, as Spark does at `start()`: the
/// nodes bottom-up (a node's inputs before it, left before right), each node's own
/// expressions after it, then the sources' support for continuous reads.
pub fn check_continuous(plan: &Plan) -> Result<()> {
    let mut err: Option<RunnelError> = None;
    plan.visit_up(&mut |p| {
        if err.is_some() {
            return;
        }
        if let Some(name) = refused_node_name(p) {
            err = Some(unsupported(&name));
            return;
        }
        let exprs: Vec<&PhysExpr> = match &p.node {
            Node::Project { exprs, .. } => exprs.iter().collect(),
            Node::Filter { predicate, .. } => vec![predicate],
            Node::WindowAssign { time, .. } | Node::SessionAssign { time, .. } => vec![time],
            _ => vec![],
        };
        if exprs.into_iter().any(reads_current_time) {
            err = Some(unsupported("current time"));
        }
    });
    if let Some(e) = err {
        return Err(e);
    }
    // ContinuousExecution.logicalPlan: a V2 source without continuous reads.
    let mut refused = None;
    plan.visit_up(&mut |p| {
        if let Node::StreamSource { source, .. } = &p.node
            && let ContinuousRead::MicroBatchOnly(name) = source.borrow().continuous_read()
        {
            refused.get_or_insert(name);
        }
    });
    if let Some(name) = refused {
        return Err(RunnelError::execution(
            "_LEGACY_ERROR_TEMP_2253",
            format!(
                "Data source {name} does not support continuous processing; read a rate, socket, Kafka or memory source, or use trigger(processingTime=...) for this query."
            ),
        )
        .with_exception("UnsupportedOperationException"));
    }
    Ok(())
}

/// Spark's refusal of a sink a continuous query cannot write (`DataStreamWriter` for
/// `foreachBatch`); other sinks without continuous writes fail when the query runs.
pub fn check_continuous_sink(format: &str) -> Result<()> {
    if format == "foreachbatch" {
        return Err(RunnelError::analysis(
            "_LEGACY_ERROR_TEMP_1195",
            "'foreachBatch' is not supported with continuous trigger; use foreach(...) to handle rows one by one, or trigger(processingTime=...) with foreachBatch.",
        ));
    }
    Ok(())
}

/// True for the sinks Spark's continuous execution writes (V2 tables with
/// `STREAMING_WRITE` and continuous writers): console, memory, noop, foreach and Kafka,
/// and a host's own sink.
pub fn sink_writes_continuously(format: &str) -> bool {
    matches!(format, "console" | "memory" | "noop" | "kafka" | "custom")
}
