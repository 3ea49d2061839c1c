//! Physical operators: the planner lowers a logical [`Plan`] into a tree of these
//! ([`lower`]), one file per operator, each behind the [`Operator`] trait. The
//! executor only drives the trait: one call of [`Operator::execute`] on the root runs a
//! micro-batch (each operator pulls its inputs' rows, works, and returns its own);
//! stateful operators own their state, react to the watermark inside the batch (emit,
//! evict), and hand the store the keys they changed ([`Operator::take_changes`]).
//!
//! A new operator is one new file here plus its arm in [`lower`].

mod aggregate;
mod dedup;
mod expand;
pub mod external;
mod filter;
mod generate;
mod group_state;
pub mod grouping;
mod join;
mod limit;
mod observe;
mod project;
mod scan;
mod session;
mod sort;
pub mod split;
mod stream_join;
mod transform_with_state;
mod union;
mod watermark;
mod window;
mod window_function;

use arrow_array::cast::AsArray;
use arrow_array::types::TimestampMicrosecondType;
use arrow_array::*;
use arrow_schema::SchemaRef;
use arrow_select::concat::concat_batches;
use std::collections::HashMap;

use crate::error::{Result, RunnelError};
use crate::logical::plan::{Node, Plan};
use crate::mode::OutputMode;
use crate::ops::grouping::StateStats;
use crate::state::{StateEntries, StateRows};
use crate::types;

pub use sort::sort_batch;
pub use window::window_struct;

/// One operator of a running query.
pub trait Operator {
    /// The operator's name as Spark's physical plan prints it, with its arguments.
    fn describe(&self) -> String;

    /// The operators it reads from.
    fn children(&self) -> Vec<&dyn Operator>;

    /// True for an operator Spark's plan has no node for (a projection that passes every
    /// column through as it is, only dropping Runnel's hidden field metadata):
    /// `explain()` prints its input in its place.
    fn transparent(&self) -> bool {
        false
    }

    /// The same, to drive them.
    fn children_mut(&mut self) -> Vec<&mut dyn Operator>;

    /// Runs one micro-batch (or, for a batch query, the whole input): reads the
    /// inputs' rows and returns this operator's output rows.
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch>;

    /// For a stateful operator, its plan node's id (the checkpoint keeps its state
    /// under the index of this id among the plan's stateful nodes).
    fn state_node(&self) -> Option<usize> {
        None
    }

    /// The keys the last batch changed (key → new value, or removed).
    fn take_changes(&mut self) -> StateRows {
        StateRows::new()
    }

    /// Every state entry, encoded as the state store keeps it (for snapshots).
    fn entries(&self) -> StateRows {
        StateRows::new()
    }

    /// True for `withWatermark`: the query's watermark starts here.
    fn defines_watermark(&self) -> bool {
        false
    }

    /// True when the watermark this operator passes up differs from the one it gets
    /// (a stream-stream join with a range condition holds rows back).
    fn shifts_watermark(&self) -> bool {
        false
    }

    /// The watermark (ms) this operator passes to the operators above it, given the one
    /// its inputs pass it (Spark's `produceOutputWatermark`); None when it passes none
    /// (the operators above then have no watermark).
    fn output_watermark(&self, input_ms: i64) -> Option<i64> {
        Some(input_ms)
    }
}

/// The watermark (ms) `op` passes up when the query's watermark is `global` (Spark's
/// `PropagateWatermarkSimulator`): `withWatermark` passes the query's; an operator the
/// least of its inputs', changed as it changes it; None below any `withWatermark`.
pub(crate) fn propagate_watermark(op: &dyn Operator, global: i64) -> Option<i64> {
    let input = if op.defines_watermark() {
        Some(global)
    } else {
        op.children()
            .into_iter()
            .filter_map(|c| propagate_watermark(c, global))
            .min()
    };
    input.and_then(|w| op.output_watermark(w))
}

fn shifts_below(op: &dyn Operator) -> bool {
    op.shifts_watermark() || op.children().into_iter().any(shifts_below)
}

/// Calls `f` on every stateful operator of the tree.
pub fn for_each_stateful(
    op: &mut dyn Operator,
    f: &mut dyn FnMut(&mut dyn Operator) -> Result<()>,
) -> Result<()> {
    for c in op.children_mut() {
        for_each_stateful(c, f)?;
    }
    if op.state_node().is_some() {
        f(op)?;
    }
    Ok(())
}

/// The physical plan as Spark's `explain()` prints it (the layout of
/// [`crate::logical::plan::render_tree`]).
pub fn tree_string(op: &dyn Operator) -> String {
    fn shown(mut op: &dyn Operator) -> &dyn Operator {
        while op.transparent() {
            match op.children().first() {
                Some(c) => op = *c,
                None => break,
            }
        }
        op
    }
    fn walk(op: &dyn Operator, prefix: &str, out: &mut String) {
        let kids: Vec<&dyn Operator> = op.children().into_iter().map(shown).collect();
        let n = kids.len();
        for (i, c) in kids.into_iter().enumerate() {
            let last = i + 1 == n;
            out.push_str(&format!(
                "{prefix}{}{}\n",
                if last { "+- " } else { ":- " },
                c.describe()
            ));
            walk(
                c,
                &format!("{prefix}{}", if last { "   " } else { ":  " }),
                out,
            );
        }
    }
    let op = shown(op);
    let mut out = format!("{}\n", op.describe());
    walk(op, "", &mut out);
    out
}

/// Lowers a logical plan into its operators.
pub fn lower(plan: &Plan) -> Box<dyn Operator> {
    Box::new(SafePoints(lower_node(plan), plan.id))
}

/// An operator whose step is bracketed by safe points where a running batch may be
/// stopped ([`crate::exec::interrupt`]): before it pulls its inputs and after it made
/// its rows (before the operator above works on them). When the batch's rows of its
/// plan node (the second field) were made chunk by chunk ([`Chunked::Rows`]), it
/// returns them instead of running.
struct SafePoints(Box<dyn Operator>, usize);

impl Operator for SafePoints {
    fn describe(&self) -> String {
        self.0.describe()
    }
    fn children(&self) -> Vec<&dyn Operator> {
        self.0.children()
    }
    fn transparent(&self) -> bool {
        self.0.transparent()
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        self.0.children_mut()
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        crate::exec::interrupt::check()?;
        if let Some(Chunked::Rows(_)) = cx.chunked.get(&self.1)
            && let Some(Chunked::Rows(b)) = cx.chunked.remove(&self.1)
        {
            return Ok(b);
        }
        let out = self.0.execute(cx)?;
        crate::exec::interrupt::check()?;
        Ok(out)
    }
    fn state_node(&self) -> Option<usize> {
        self.0.state_node()
    }
    fn take_changes(&mut self) -> StateRows {
        self.0.take_changes()
    }
    fn entries(&self) -> StateRows {
        self.0.entries()
    }
    fn defines_watermark(&self) -> bool {
        self.0.defines_watermark()
    }
    fn shifts_watermark(&self) -> bool {
        self.0.shifts_watermark()
    }
    fn output_watermark(&self, input_ms: i64) -> Option<i64> {
        self.0.output_watermark(input_ms)
    }
}

fn lower_node(plan: &Plan) -> Box<dyn Operator> {
    let id = plan.id;
    let schema = plan.schema.clone();
    match &plan.node {
        Node::StreamSource { .. } | Node::Static { .. } | Node::MemoryTable { .. } => {
            Box::new(scan::Scan::new(plan))
        }
        Node::Project { input, exprs } => Box::new(project::Project {
            input: lower(input),
            common: project::common_subexpressions(exprs),
            exprs: exprs.clone(),
            identity: project::is_identity(exprs, input.schema.fields().len(), &schema),
            schema,
        }),
        Node::Filter { input, predicate } => Box::new(filter::Filter {
            input: lower(input),
            predicate: predicate.clone(),
            schema,
        }),
        Node::Generate { input, items } => Box::new(generate::Generate {
            input: lower(input),
            items: items.clone(),
            schema,
        }),
        Node::WindowAssign {
            input,
            time,
            size,
            slide,
            start,
        } => Box::new(window::WindowAssign {
            id,
            input: lower(input),
            time: time.clone(),
            size: *size,
            slide: *slide,
            start: *start,
            schema,
        }),
        Node::SessionAssign {
            input,
            time,
            gap,
            gap_expr,
        } => Box::new(session::SessionAssign {
            id,
            input: lower(input),
            time: time.clone(),
            gap: *gap,
            gap_expr: gap_expr.clone(),
            schema,
        }),
        Node::Watermark {
            input,
            column,
            delay_ms,
        } => Box::new(watermark::Watermark {
            id,
            input: lower(input),
            column: *column,
            delay_ms: *delay_ms,
            schema,
        }),
        Node::Aggregate { input, .. } => Box::new(aggregate::Aggregate::new(plan, lower(input))),
        Node::Dedup {
            input,
            keys,
            within_delay_ms,
            event_time,
        } => Box::new(dedup::Dedup::new(
            id,
            lower(input),
            keys.clone(),
            *within_delay_ms,
            *event_time,
        )),
        Node::Join {
            left,
            right,
            how,
            left_keys,
            right_keys,
            condition,
            output,
        } if left.is_streaming() && right.is_streaming() => Box::new(
            stream_join::SymmetricHashJoin::new(plan, lower(left), lower(right)),
        ),
        Node::Join {
            left,
            right,
            how,
            left_keys,
            right_keys,
            condition,
            output,
        } => Box::new(join::HashJoin {
            left: lower(left),
            right: lower(right),
            how: *how,
            left_keys: left_keys.clone(),
            right_keys: right_keys.clone(),
            condition: condition.clone(),
            output: output.clone(),
            schema,
            streaming: [left.is_streaming(), right.is_streaming()],
        }),
        Node::Union { inputs } => Box::new(union::Union {
            inputs: inputs.iter().map(|i| lower(i)).collect(),
            schema,
        }),
        Node::Limit { input, n, offset } => Box::new(limit::Limit {
            offset: *offset,
            id,
            input: lower(input),
            n: *n,
            seen: None,
        }),
        Node::Sort { input, keys } => Box::new(sort::Sort {
            input: lower(input),
            keys: keys.clone(),
        }),
        Node::Expand { input, projections } => Box::new(expand::Expand {
            input: lower(input),
            projections: projections.clone(),
            schema,
        }),
        Node::Window {
            input,
            partition,
            order,
            calls,
        } => Box::new(window_function::WindowExec {
            input: lower(input),
            partition: partition.clone(),
            order: order.clone(),
            calls: calls.clone(),
            schema,
        }),
        Node::CollectMetrics {
            input,
            name,
            aggs,
            output,
            inter_schema,
            metrics,
        } => Box::new(observe::CollectMetrics {
            input: lower(input),
            name: name.clone(),
            aggs: aggs.clone(),
            output: output.clone(),
            inter_schema: inter_schema.clone(),
            metrics: metrics.clone(),
        }),
        Node::GroupState { input, keys, func } => Box::new(group_state::GroupState::new(
            id,
            lower(input),
            *keys,
            func.clone(),
            schema,
        )),
        Node::TransformWithState { input, keys, func } => {
            Box::new(transform_with_state::TransformWithState::new(
                id,
                lower(input),
                *keys,
                func.clone(),
                schema,
            ))
        }
        Node::External { inputs, func } => Box::new(external::External {
            inputs: inputs.iter().map(|i| lower(i)).collect(),
            func: func.clone(),
            schema,
        }),
    }
}

/// What the `observe` nodes of a plan computed in one run: (name, one row), parents first.
pub type ObservedMetrics = Vec<(String, RecordBatch)>;

/// What the tasks that decoded a batch's chunks made of it (`exec::split`), by the plan
/// node whose work it is.
pub enum Chunked {
    /// The node's output rows for the batch.
    Rows(RecordBatch),
    /// The rows the aggregate node reads, aggregated chunk by chunk (in row order).
    Partials(Vec<grouping::PartialAgg>),
}

/// What one run of the operators needs and reports.
pub struct BatchContext<'a> {
    /// Rows read from each streaming source node for this batch.
    pub inputs: &'a HashMap<usize, Vec<RecordBatch>>,
    /// Global watermark for this batch, ms (None when the query has no watermark): evicts state.
    pub watermark_ms: Option<i64>,
    /// The previous batch's watermark, ms: input older than it is late (Spark's
    /// `getInputWatermarkForLateEvents` is the eviction watermark of batch − 1).
    pub late_watermark_ms: Option<i64>,
    /// Output mode (Batch for a batch query).
    pub mode: OutputMode,
    /// Max event time (ms) seen by each watermark node in this batch.
    pub event_time_max: HashMap<usize, i64>,
    /// Event-time statistics (ms) over all watermark nodes: min, max, sum, count.
    pub event_time_stats: Option<(i64, i64, i128, i64)>,
    /// State counters by stateful node id.
    pub state_stats: Vec<(usize, &'static str, StateStats)>,
    /// State loaded from a checkpoint, by node id: its schema and entries; taken by
    /// the operator when it creates its state.
    pub restore: HashMap<usize, (String, StateEntries)>,
    /// Whether operators record their changes (the query has a checkpoint).
    pub track_state: bool,
    /// The state schema of each operator created in this run, by node id.
    pub state_schemas: HashMap<usize, String>,
    /// Spark's description of an operator's state (for Spark's state data sources), by
    /// node id, where the operator gives one.
    pub spark_state: HashMap<usize, crate::state::spark_meta::SparkStateMeta>,
    /// When tracing (the playground's timeline): the node whose event times are
    /// recorded, and the event times (ms) of the rows that passed it, in order.
    pub trace: Option<(usize, Vec<i64>)>,
    /// An error a filter met at a row: the rows before it went on up the plan, and the
    /// error is raised after them (an operator above failing on an earlier row answers
    /// first, as in Spark's row-by-row stage).
    pub pending_error: Option<crate::error::RunnelError>,
    /// The metrics each `observe` computed in this run: (name, one row), in plan order
    /// (parents first, as Spark lists them).
    pub observed: ObservedMetrics,
    /// Work already done on the batch's chunks, by plan node id.
    pub chunked: HashMap<usize, Chunked>,
}

/// The first row of `b` at which `fails` (run on a prefix of rows) starts to fail, by
/// bisection: Spark runs a stage row by row, so the first failing row's error is the one
/// it raises. None when the whole batch does not fail.
pub(crate) fn first_failing_row(
    b: &RecordBatch,
    fails: &dyn Fn(&RecordBatch) -> bool,
) -> Option<usize> {
    let (mut lo, mut hi) = (0, b.num_rows());
    if hi == 0 || !fails(b) {
        return None;
    }
    // Invariant: the prefix of `hi` rows fails, that of `lo` rows does not.
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if fails(&b.slice(0, mid)) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Some(hi - 1)
}

impl<'a> BatchContext<'a> {
    /// A context for a batch (non-streaming) query.
    pub fn batch(inputs: &'a HashMap<usize, Vec<RecordBatch>>) -> Self {
        BatchContext {
            inputs,
            watermark_ms: None,
            late_watermark_ms: None,
            mode: OutputMode::Batch,
            event_time_max: HashMap::new(),
            event_time_stats: None,
            state_stats: Vec::new(),
            restore: HashMap::new(),
            track_state: false,
            state_schemas: HashMap::new(),
            spark_state: HashMap::new(),
            trace: None,
            pending_error: None,
            observed: Vec::new(),
            chunked: HashMap::new(),
        }
    }

    /// The entries a new operator state starts from: restored from the checkpoint when
    /// the query restarts from one (its schema must be `schema`), else none. Records
    /// the schema for the checkpoint.
    pub fn restore_state(&mut self, id: usize, schema: String) -> Result<StateEntries> {
        let entries = match self.restore.remove(&id) {
            Some((found, entries)) => {
                if found != schema {
                    return Err(RunnelError::analysis(
                        "STATE_STORE_KEY_SCHEMA_NOT_COMPATIBLE",
                        format!(
                            "the checkpoint's state of this operator (the _schema file of its folder under state/) has the schema {}, but the query now needs {schema}. The query changed in a way its state cannot follow (or the file was damaged): restore the previous query or the file, or start this one with a new checkpointLocation.",
                            if found.trim().is_empty() {
                                "(an empty file)"
                            } else {
                                found.as_str()
                            }
                        ),
                    ));
                }
                entries
            }
            None => Vec::new(),
        };
        if self.track_state {
            self.state_schemas.insert(id, schema);
        }
        Ok(entries)
    }

    /// The watermarks (ms) a stateful operator reading `inputs` works with: the one that
    /// evicts state this batch, and the one older rows are late by (each None without a
    /// watermark). Both are the query's, unless a join below holds the watermark back.
    pub fn input_watermarks(&self, inputs: &[&dyn Operator]) -> (Option<i64>, Option<i64>) {
        if !inputs.iter().any(|c| shifts_below(*c)) {
            return (self.watermark_ms, self.late_watermark_ms);
        }
        let at = |g: Option<i64>| {
            g.and_then(|g| {
                inputs
                    .iter()
                    .filter_map(|c| propagate_watermark(*c, g))
                    .min()
            })
        };
        (at(self.watermark_ms), at(self.late_watermark_ms))
    }

    /// Records the event times (ms, nulls left out) of a batch at the traced node.
    fn trace_times(&mut self, node: usize, times: impl FnOnce() -> Result<ArrayRef>) -> Result<()> {
        if let Some((id, out)) = self.trace.as_mut()
            && *id == node
        {
            let a = times()?;
            if let Some(ts) = a.as_primitive_opt::<TimestampMicrosecondType>() {
                out.extend(ts.iter().flatten().map(|v| v.div_euclid(1000)));
            }
        }
        Ok(())
    }
}

/// The batches as one batch of `schema`.
pub(crate) fn concat(schema: &SchemaRef, batches: &[RecordBatch]) -> Result<RecordBatch> {
    if batches.len() == 1 && batches[0].schema().fields() == schema.fields() {
        return Ok(batches[0].clone());
    }
    let fixed: Vec<RecordBatch> = batches
        .iter()
        .map(|b| {
            let opts = RecordBatchOptions::new().with_row_count(Some(b.num_rows()));
            RecordBatch::try_new_with_options(schema.clone(), b.columns().to_vec(), &opts)
        })
        .collect::<std::result::Result<_, _>>()?;
    Ok(concat_batches(schema, &fixed)?)
}

/// Columns as a batch of `schema` with `rows` rows.
pub(crate) fn with_schema(
    schema: &SchemaRef,
    cols: Vec<ArrayRef>,
    rows: usize,
) -> Result<RecordBatch> {
    let opts = RecordBatchOptions::new().with_row_count(Some(rows));
    Ok(RecordBatch::try_new_with_options(
        schema.clone(),
        cols,
        &opts,
    )?)
}

/// Arrays built by kernels sometimes lose a time zone or field metadata; make them match the schema.
pub(crate) fn retype(schema: &SchemaRef, cols: Vec<ArrayRef>) -> Result<Vec<ArrayRef>> {
    cols.into_iter()
        .zip(schema.fields())
        .map(|(c, f)| {
            if c.data_type() == f.data_type() {
                Ok(c)
            } else {
                crate::expr::cast::cast_array(&c, f.data_type(), false)
            }
        })
        .collect()
}

/// An event-time array, checked: the binder gives every event-time column Spark's
/// timestamp type, so another type here is a bug, reported as one (never a panic).
pub(crate) fn timestamps(a: &ArrayRef) -> Result<&TimestampMicrosecondArray> {
    a.as_primitive_opt::<TimestampMicrosecondType>()
        .ok_or_else(|| {
            RunnelError::internal(format!(
                "an event time of type {} reached an operator; expected {}",
                a.data_type(),
                types::simple_string(&types::timestamp_type())
            ))
        })
}
