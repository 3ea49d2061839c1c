//! A batch's row-by-row work done where its chunks are decoded (Spark's partial
//! aggregation before the exchange, and its pipelined stages): when a query reads one
//! stream source through filters, projections, window assignment and `withWatermark`
//! only, up to an aggregate whose accumulators merge exactly (or up to a node whose
//! rows need nothing else), [`analyse`] finds that part of the plan and [`ChunkPlan`]
//! runs it on each decoded chunk, inside the source's decoding tasks (threads
//! natively; the core has none). The executor hands what the chunks made to the plan
//! node through [`super::Chunked`]; the rest of the batch runs as always.
//!
//! Everything here is plain data and pure functions over a chunk's rows: the chunks'
//! results, concatenated (rows) or merged in row order (partial aggregates), are exactly
//! those of the batch in one piece. Anything that could tell the difference keeps the
//! ordinary path: non-deterministic expressions, aggregates whose merge is not exact,
//! session windows, `observe`, anything that reads more than one input. A chunk whose
//! work fails gives up the whole batch to the ordinary path, which raises the error (or
//! keeps the rows before it) exactly as it would have.

use std::sync::Arc;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::grouping::{self, PartialAgg};
use super::{project, timestamps, watermark, window, with_schema};
use crate::error::{Result, RunnelError};
use crate::expr::PhysExpr;
use crate::expr::functions::AggCall;
use crate::io::file::{ChunkFn, TaskOutput};
use crate::logical::plan::{Node, Plan};

/// One row-by-row step of the split part, bottom up.
enum Step {
    /// A filter pushed into the source's read (`filter_batch` as the source's reader).
    Pushed(PhysExpr),
    Filter(PhysExpr, SchemaRef),
    Project {
        exprs: Vec<PhysExpr>,
        common: Vec<PhysExpr>,
        schema: SchemaRef,
    },
    Window {
        time: PhysExpr,
        size: i64,
        slide: i64,
        start: i64,
        schema: SchemaRef,
    },
    Watermark {
        column: usize,
        schema: SchemaRef,
    },
}

/// Where the split part ends.
enum Target {
    /// The rows of this node.
    Rows,
    /// Partial aggregates for this aggregate node (its group keys and calls).
    Agg {
        group: Vec<PhysExpr>,
        aggs: Vec<AggCall>,
    },
}

/// The part of a plan run chunk by chunk.
pub struct ChunkPlan {
    /// The stream source node read in chunks.
    pub source: usize,
    /// The node whose work the chunks do (an aggregate, or a node whose rows they make).
    pub target: usize,
    /// The `withWatermark` node among the steps, if any.
    pub watermark: Option<usize>,
    steps: Arc<[Step]>,
    kind: Arc<Target>,
}

/// What one chunk made.
pub struct ChunkOut {
    /// Rows the source gave (after a pushed filter).
    pub rows_in: usize,
    /// Event times (ms) at the `withWatermark` step: min, max, sum, count.
    pub event_times: Option<(i64, i64, i128, i64)>,
    out: Made,
}

enum Made {
    Rows(RecordBatch),
    Partial(PartialAgg),
}

/// The split part of `plan`, if it has one: down from the root through nodes with one
/// input, the first node that is an aggregate over steps, or is itself a step, over a
/// stream source.
pub fn analyse(plan: &Plan) -> Option<ChunkPlan> {
    let mut p = plan;
    loop {
        if let Some(c) = aggregate_over_steps(p).or_else(|| rows_of_steps(p)) {
            return Some(c);
        }
        match p.inputs().as_slice() {
            [one] => p = one,
            _ => return None,
        }
    }
}

fn aggregate_over_steps(p: &Plan) -> Option<ChunkPlan> {
    let Node::Aggregate {
        input,
        group,
        aggs,
        session_key: None,
        ..
    } = &p.node
    else {
        return None;
    };
    let args_ok = aggs
        .iter()
        .all(|a| a.arg.as_ref().is_none_or(|e| e.is_deterministic()));
    if !input.is_streaming()
        || !grouping::merges_exactly(aggs)
        || !grouping::partial_keys_supported(group)
        || !group.iter().all(|g| g.is_deterministic())
        || !args_ok
    {
        return None;
    }
    let (source, steps, watermark) = steps_down(input)?;
    Some(ChunkPlan {
        source,
        target: p.id,
        watermark,
        steps: steps.into(),
        kind: Arc::new(Target::Agg {
            group: group.clone(),
            aggs: aggs.clone(),
        }),
    })
}

fn rows_of_steps(p: &Plan) -> Option<ChunkPlan> {
    let (source, steps, watermark) = steps_down(p)?;
    if steps.is_empty() {
        return None;
    }
    Some(ChunkPlan {
        source,
        target: p.id,
        watermark,
        steps: steps.into(),
        kind: Arc::new(Target::Rows),
    })
}

/// The steps from a stream source up to `p` (bottom up), the source's node id and the
/// `withWatermark` node among them; None when anything else is in between.
fn steps_down(p: &Plan) -> Option<(usize, Vec<Step>, Option<usize>)> {
    let (step, input) = match &p.node {
        Node::StreamSource { .. } => return Some((p.id, Vec::new(), None)),
        Node::Filter { input, predicate } if predicate.is_deterministic() => {
            (Step::Filter(predicate.clone(), p.schema.clone()), input)
        }
        Node::Project { input, exprs } if exprs.iter().all(|e| e.is_deterministic()) => (
            Step::Project {
                exprs: exprs.clone(),
                common: project::common_subexpressions(exprs),
                schema: p.schema.clone(),
            },
            input,
        ),
        Node::WindowAssign {
            input,
            time,
            size,
            slide,
            start,
        } if time.is_deterministic() => (
            Step::Window {
                time: time.clone(),
                size: *size,
                slide: *slide,
                start: *start,
                schema: p.schema.clone(),
            },
            input,
        ),
        Node::Watermark { input, column, .. } => (
            Step::Watermark {
                column: *column,
                schema: p.schema.clone(),
            },
            input,
        ),
        _ => return None,
    };
    let (source, mut steps, wm) = steps_down(input)?;
    let wm = match (&step, wm) {
        (Step::Watermark { .. }, Some(_)) => return None,
        (Step::Watermark { .. }, None) => Some(p.id),
        (_, wm) => wm,
    };
    steps.push(step);
    Some((source, steps, wm))
}

impl ChunkPlan {
    /// The work for each chunk: `pushed` is the filter pushed into the source's read,
    /// `now_us` the batch's `current_timestamp()`.
    pub fn chunk_fn(&self, pushed: Option<&PhysExpr>, now_us: i64) -> ChunkFn {
        let (steps, kind) = (self.steps.clone(), self.kind.clone());
        let pushed = pushed.cloned();
        Arc::new(move |b: RecordBatch| -> Result<TaskOutput> {
            crate::expr::functions::swap_batch_timestamp(now_us);
            let b = match &pushed {
                Some(p) => Step::Pushed(p.clone()).run(b, &mut None)?,
                None => b,
            };
            let rows_in = b.num_rows();
            let mut event_times = None;
            let mut b = b;
            for s in steps.iter() {
                b = s.run(b, &mut event_times)?;
            }
            let out = match kind.as_ref() {
                Target::Rows => Made::Rows(b),
                Target::Agg { group, aggs } => {
                    Made::Partial(grouping::partial_aggregate(group, aggs, &b)?)
                }
            };
            Ok(Box::new(ChunkOut {
                rows_in,
                event_times,
                out,
            }))
        })
    }

    /// The chunks' outputs as the target node takes them.
    pub fn gather(&self, outs: Vec<ChunkOut>) -> Result<super::Chunked> {
        let mut rows = Vec::new();
        let mut parts = Vec::new();
        for o in outs {
            match o.out {
                Made::Rows(b) => rows.push(b),
                Made::Partial(p) => parts.push(p),
            }
        }
        Ok(match self.kind.as_ref() {
            Target::Rows => {
                let schema = match rows.first() {
                    Some(b) => b.schema(),
                    None => return Err(RunnelError::internal("a split batch without chunks")),
                };
                super::Chunked::Rows(super::concat(&schema, &rows)?)
            }
            Target::Agg { .. } => super::Chunked::Partials(parts),
        })
    }
}

/// A task's output that is a [`ChunkOut`].
pub fn chunk_out(o: TaskOutput) -> Result<ChunkOut> {
    o.downcast::<ChunkOut>()
        .map(|c| *c)
        .map_err(|_| RunnelError::internal("a chunk task returned something else"))
}

impl Step {
    fn run(
        &self,
        b: RecordBatch,
        times: &mut Option<(i64, i64, i128, i64)>,
    ) -> Result<RecordBatch> {
        match self {
            Step::Pushed(p) => p.filter_batch(&b),
            Step::Filter(p, schema) => {
                let out = p.filter_batch(&b)?;
                with_schema(schema, out.columns().to_vec(), out.num_rows())
            }
            Step::Project {
                exprs,
                common,
                schema,
            } => project::project(common, exprs, schema, &b),
            Step::Window {
                time,
                size,
                slide,
                start,
                schema,
            } => window::assign_windows(schema, &b, time, *size, *slide, *start),
            Step::Watermark { column, schema } => {
                watermark::event_time_stats(timestamps(b.column(*column))?, times);
                with_schema(schema, b.columns().to_vec(), b.num_rows())
            }
        }
    }
}
