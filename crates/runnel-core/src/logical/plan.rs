//! The logical plan: a tree of operators whose names and types are resolved when
//! each node is built (Spark analyses eagerly too, so a bad column name fails at
//! the DataFrame call that names it).

use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use crate::expr::PhysExpr;
use crate::expr::functions::AggCall;
use crate::expr::window::WindowCall;
use crate::io::SourceRef;
use crate::io::memory::MemoryTableRef;

static NEXT_ID: AtomicUsize = AtomicUsize::new(1);

/// A fresh node id.
pub fn next_id() -> usize {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

/// A plan node with its output schema.
#[derive(Clone)]
pub struct Plan {
    /// Unique id; stateful operators keep their state under it.
    pub id: usize,
    /// The operator.
    pub node: Node,
    /// Output schema.
    pub schema: SchemaRef,
}

/// Shared plan handle.
pub type PlanRef = Rc<Plan>;

/// How a join combines rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinType {
    /// inner
    Inner,
    /// left outer
    LeftOuter,
    /// right outer
    RightOuter,
    /// full outer
    FullOuter,
    /// left semi
    LeftSemi,
    /// left anti
    LeftAnti,
    /// cross
    Cross,
}

impl JoinType {
    /// Parses Spark's `how` names.
    pub fn parse(how: &str) -> Option<Self> {
        Some(match how.to_ascii_lowercase().replace('_', "").as_str() {
            "inner" => JoinType::Inner,
            "left" | "leftouter" => JoinType::LeftOuter,
            "right" | "rightouter" => JoinType::RightOuter,
            "outer" | "full" | "fullouter" => JoinType::FullOuter,
            "semi" | "leftsemi" => JoinType::LeftSemi,
            "anti" | "leftanti" => JoinType::LeftAnti,
            "cross" => JoinType::Cross,
            _ => return None,
        })
    }
    /// Spark's name for the join type, as its messages print it.
    pub fn spark_name(&self) -> &'static str {
        match self {
            JoinType::Inner => "Inner",
            JoinType::LeftOuter => "LeftOuter",
            JoinType::RightOuter => "RightOuter",
            JoinType::FullOuter => "FullOuter",
            JoinType::LeftSemi => "LeftSemi",
            JoinType::LeftAnti => "LeftAnti",
            JoinType::Cross => "Cross",
        }
    }
}

/// One item of a select that may hold a generator (`explode`).
#[derive(Clone)]
pub enum GenItem {
    /// A plain expression.
    Plain(PhysExpr),
    /// explode / explode_outer / posexplode of an array or map.
    Explode {
        /// The array or map.
        arg: PhysExpr,
        /// Keep rows whose array is NULL or empty (with NULLs).
        outer: bool,
        /// Also output the position.
        position: bool,
        /// `inline`: the elements are structs, output as one column per field.
        inline: bool,
    },
}

/// A function outside the engine that makes a run's output rows from its input rows:
/// the Connect server's Python workers for `mapInPandas`, `applyInPandas`, grouped
/// aggregate pandas UDFs and `cogroup().applyInPandas` (Spark's `MapInBatchExec`,
/// `FlatMapGroupsInPandasExec`, `AggregateInPandasExec`, `FlatMapCoGroupsInPandasExec`).
/// It holds no state between runs: over a stream it sees one micro-batch at a time.
pub trait ExternalFunction {
    /// The operator's name as Spark's explain prints it (`MapInPandas`).
    fn name(&self) -> String;
    /// The output rows (of `schema`) of one run, given each input's rows in the run (a
    /// micro-batch, or a batch query's whole input).
    fn apply(&self, inputs: Vec<RecordBatch>, schema: &SchemaRef) -> crate::Result<RecordBatch>;
}

/// Spark's `GroupStateTimeout`: when a group's state times out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupStateTimeout {
    /// Never.
    NoTimeout,
    /// When the batch's processing time passes the timestamp the function set
    /// (`setTimeoutDuration`).
    ProcessingTimeTimeout,
    /// When the watermark passes the timestamp the function set (`setTimeoutTimestamp`).
    EventTimeTimeout,
}

/// A group the function is called for in one batch.
pub struct GroupStateCall<'a> {
    /// The group's key (arrow-row bytes): the function gives it back with the update.
    pub key: &'a [u8],
    /// Its rows of the batch's input (a timed-out group: one row with the key and NULLs).
    pub rows: Vec<u32>,
    /// Its state's value as the function stored it, when it has one.
    pub value: Option<&'a [u8]>,
    /// Called because its timeout passed (no new rows).
    pub timed_out: bool,
}

/// What the function left of a group's state after a call (Spark's `GroupStateImpl`).
pub struct GroupStateUpdate {
    /// The group's key, as it was given.
    pub key: Vec<u8>,
    /// The state's value (None when it has none).
    pub value: Option<Vec<u8>>,
    /// `update` was called.
    pub updated: bool,
    /// `remove` was called.
    pub removed: bool,
    /// The timeout timestamp it set (ms), or -1 for none.
    pub timeout_ms: i64,
}

/// The time a batch runs at, for a grouped-state function.
#[derive(Clone, Copy, Debug)]
pub struct GroupStateClock {
    /// The batch's processing time, ms.
    pub batch_ms: i64,
    /// The watermark, ms, when the query has one.
    pub watermark_ms: Option<i64>,
}

/// A function outside the engine called per group with the group's state, which the
/// engine keeps (Spark's `FlatMapGroupsInPandasWithStateExec`: `applyInPandasWithState`
/// through the Connect server's Python workers).
pub trait GroupStateFunction {
    /// The operator's name as Spark's explain prints it.
    fn name(&self) -> String;
    /// When states time out.
    fn timeout(&self) -> GroupStateTimeout;
    /// The output mode the function was declared with (Append or Update).
    fn output_mode(&self) -> crate::mode::OutputMode;
    /// Calls the function for `calls` (groups of `input`'s rows; the first `keys`
    /// columns are the keys): its output rows (of `schema`) and each group's state after
    /// the call.
    fn apply(
        &self,
        input: &RecordBatch,
        calls: &[GroupStateCall],
        clock: GroupStateClock,
        schema: &SchemaRef,
    ) -> crate::Result<(RecordBatch, Vec<GroupStateUpdate>)>;
}

/// Spark's `TimeMode` of `transformWithState`: which clock its timers run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeMode {
    /// No timers.
    None,
    /// Timers fire when the batch's processing time passes them.
    ProcessingTime,
    /// Timers fire when the watermark passes them; late rows are dropped.
    EventTime,
}

/// A stateful processor outside the engine (Spark's `TransformWithStateExec`:
/// `transformWithStateInPandas` / `transformWithState` through the Connect server's
/// Python workers). The engine keeps its state as ordered key-value pairs the processor
/// lays out itself (state variables, timers), checkpointed like every operator's.
pub trait StatefulProcessorFunction {
    /// The operator's name as Spark's explain prints it.
    fn name(&self) -> String;
    /// Its timers' clock.
    fn time_mode(&self) -> TimeMode;
    /// The output mode it was declared with (Append or Update).
    fn output_mode(&self) -> crate::mode::OutputMode;
    /// One batch: the processor called for `groups` (rows of `input`, whose first `keys`
    /// columns are the keys, in key order), then for its expired timers; its output rows
    /// (of `schema`). `state` is read and written during the call.
    fn apply(
        &self,
        input: &RecordBatch,
        groups: &[Vec<u32>],
        clock: GroupStateClock,
        state: &mut crate::state::KeyValueState,
        schema: &SchemaRef,
    ) -> crate::Result<RecordBatch>;
}

/// A sort key.
#[derive(Clone)]
pub struct SortKey {
    /// The key.
    pub expr: PhysExpr,
    /// Ascending.
    pub asc: bool,
    /// NULLs first.
    pub nulls_first: bool,
}

/// The operators.
#[derive(Clone)]
pub enum Node {
    /// A streaming source.
    StreamSource {
        /// The source.
        source: SourceRef,
        /// Filters pushed into the scan (Spark's data source filters): rows that fail them
        /// are not read, and not counted in `numInputRows`.
        pushed: Option<PhysExpr>,
        /// A limit right above the scan: Spark reads at most this many rows a batch.
        local_limit: Option<usize>,
    },
    /// Rows known up front (`createDataFrame`, `spark.read`).
    Static {
        /// The rows.
        batches: Vec<RecordBatch>,
        /// The files they were read from (`inputFiles()`), as `file://` URIs.
        files: Vec<String>,
    },
    /// A memory-sink table, read when the query runs.
    MemoryTable {
        /// The table.
        table: MemoryTableRef,
    },
    /// select.
    Project {
        /// Input.
        input: PlanRef,
        /// One expression per output column.
        exprs: Vec<PhysExpr>,
    },
    /// filter / where.
    Filter {
        /// Input.
        input: PlanRef,
        /// Boolean predicate.
        predicate: PhysExpr,
    },
    /// select with one generator.
    Generate {
        /// Input.
        input: PlanRef,
        /// Items in output order; the explode may produce two columns (pos/key).
        items: Vec<GenItem>,
    },
    /// Adds a `window` struct column for each window a row falls into.
    WindowAssign {
        /// Input.
        input: PlanRef,
        /// The event time (timestamp).
        time: PhysExpr,
        /// Window length, µs.
        size: i64,
        /// Slide, µs.
        slide: i64,
        /// Start offset, µs.
        start: i64,
    },
    /// Adds a `session_window` struct column `[ts, ts + gap)` per row; sessions merge in the aggregate.
    SessionAssign {
        /// Input.
        input: PlanRef,
        /// The event time.
        time: PhysExpr,
        /// Gap, µs.
        gap: i64,
        /// A gap computed per row (`when(...).otherwise("5 minutes")`): a duration string
        /// or an interval; rows whose gap is NULL or not positive are dropped, as Spark's.
        gap_expr: Option<PhysExpr>,
    },
    /// withWatermark: tracks the maximum event time; rows pass unchanged.
    Watermark {
        /// Input.
        input: PlanRef,
        /// Event-time column.
        column: usize,
        /// Delay, ms.
        delay_ms: i64,
    },
    /// groupBy().agg() and global aggregates.
    Aggregate {
        /// Input.
        input: PlanRef,
        /// Grouping expressions over the input.
        group: Vec<PhysExpr>,
        /// Aggregate calls over the input.
        aggs: Vec<AggCall>,
        /// Output expressions over `[group..., aggs...]`.
        output: Vec<PhysExpr>,
        /// Schema of `[group..., aggs...]`.
        inter_schema: SchemaRef,
        /// Position of the event-time grouping key (watermarked), and whether it is a window struct.
        event_time_key: Option<(usize, bool)>,
        /// A session window key that must be merged.
        session_key: Option<usize>,
    },
    /// dropDuplicates / dropDuplicatesWithinWatermark.
    Dedup {
        /// Input.
        input: PlanRef,
        /// Key columns.
        keys: Vec<usize>,
        /// Within-watermark flavour (delay, ms, of the event-time column).
        within_delay_ms: Option<i64>,
        /// Watermarked event-time column of the input, if any.
        event_time: Option<usize>,
    },
    /// A join.
    Join {
        /// Left.
        left: PlanRef,
        /// Right.
        right: PlanRef,
        /// Type.
        how: JoinType,
        /// Equi-join keys, left side.
        left_keys: Vec<PhysExpr>,
        /// Equi-join keys, right side.
        right_keys: Vec<PhysExpr>,
        /// Extra condition over `[left..., right...]`.
        condition: Option<PhysExpr>,
        /// Output columns: (0 = left / 1 = right, index), in order; a USING key coalesces both sides.
        output: Vec<JoinColumn>,
    },
    /// unionAll / unionByName (inputs already aligned to the first schema).
    Union {
        /// Inputs.
        inputs: Vec<PlanRef>,
    },
    /// limit (and offset: the rows `offset..offset + n`; `offset(m)` alone is `n`
    /// `usize::MAX`).
    Limit {
        /// Input.
        input: PlanRef,
        /// Rows.
        n: usize,
        /// Rows skipped first.
        offset: usize,
    },
    /// orderBy / sort.
    Sort {
        /// Input.
        input: PlanRef,
        /// Keys.
        keys: Vec<SortKey>,
    },
    /// rollup / cube / grouping sets (Spark's `Expand`): each row once per grouping set,
    /// one projection per set.
    Expand {
        /// Input.
        input: PlanRef,
        /// One projection per grouping set, each of the schema's columns.
        projections: Vec<Vec<PhysExpr>>,
    },
    /// Window functions (Spark's `Window`): the input's rows, sorted within partitions,
    /// with one column per function (the schema's last ones). Batch only.
    Window {
        /// Input.
        input: PlanRef,
        /// PARTITION BY.
        partition: Vec<PhysExpr>,
        /// ORDER BY.
        order: Vec<SortKey>,
        /// The functions, in output order.
        calls: Vec<WindowCall>,
    },
    /// `observe(name, *metrics)` (Spark's `CollectMetrics`): rows pass unchanged; the
    /// metrics (a global aggregate) are computed over the rows of each batch here.
    CollectMetrics {
        /// Input.
        input: PlanRef,
        /// The metrics' name.
        name: String,
        /// Aggregate calls over the input.
        aggs: Vec<AggCall>,
        /// One expression per metric over `[aggs...]`.
        output: Vec<PhysExpr>,
        /// Schema of `[aggs...]`.
        inter_schema: SchemaRef,
        /// The metrics' row: one field per metric.
        metrics: SchemaRef,
    },
    /// A function outside the engine called per group with the group's state
    /// (`applyInPandasWithState`); streaming only.
    GroupState {
        /// The input: its first `keys` columns are the grouping keys.
        input: PlanRef,
        /// How many.
        keys: usize,
        /// The function.
        func: Rc<dyn GroupStateFunction>,
    },
    /// A stateful processor outside the engine (`transformWithStateInPandas`);
    /// streaming only.
    TransformWithState {
        /// The input: its first `keys` columns are the grouping keys.
        input: PlanRef,
        /// How many.
        keys: usize,
        /// The processor.
        func: Rc<dyn StatefulProcessorFunction>,
    },
    /// Rows made by a function outside the engine from its inputs' rows of each run.
    External {
        /// The inputs (one; two for a cogroup).
        inputs: Vec<PlanRef>,
        /// The function.
        func: Rc<dyn ExternalFunction>,
    },
}

/// Where a join output column comes from.
#[derive(Clone, Copy, Debug)]
pub enum JoinColumn {
    /// From the left input.
    Left(usize),
    /// From the right input.
    Right(usize),
    /// A USING key: the left value, or the right one when the left is NULL.
    Using(usize, usize),
}

impl Node {
    /// This node over other inputs (as many, in the order of [`Plan::inputs`]).
    pub fn with_inputs(&self, inputs: Vec<PlanRef>) -> Node {
        let mut it = inputs.into_iter();
        let mut next = |old: &PlanRef| it.next().unwrap_or_else(|| old.clone());
        let mut node = self.clone();
        match &mut node {
            Node::StreamSource { .. } | Node::Static { .. } | Node::MemoryTable { .. } => {}
            Node::Project { input, .. }
            | Node::Filter { input, .. }
            | Node::Generate { input, .. }
            | Node::WindowAssign { input, .. }
            | Node::SessionAssign { input, .. }
            | Node::Watermark { input, .. }
            | Node::Aggregate { input, .. }
            | Node::Dedup { input, .. }
            | Node::Limit { input, .. }
            | Node::Sort { input, .. }
            | Node::Window { input, .. }
            | Node::Expand { input, .. }
            | Node::CollectMetrics { input, .. }
            | Node::GroupState { input, .. }
            | Node::TransformWithState { input, .. } => *input = next(input),
            Node::Join { left, right, .. } => {
                *left = next(left);
                *right = next(right);
            }
            Node::Union { inputs } | Node::External { inputs, .. } => {
                inputs.iter_mut().for_each(|i| *i = next(i))
            }
        }
        node
    }
}

impl Plan {
    /// A new node.
    pub fn new(node: Node, schema: SchemaRef) -> PlanRef {
        Rc::new(Plan {
            id: next_id(),
            node,
            schema,
        })
    }

    /// Children.
    pub fn inputs(&self) -> Vec<&PlanRef> {
        match &self.node {
            Node::StreamSource { .. } | Node::Static { .. } | Node::MemoryTable { .. } => vec![],
            Node::Project { input, .. }
            | Node::Filter { input, .. }
            | Node::Generate { input, .. }
            | Node::WindowAssign { input, .. }
            | Node::SessionAssign { input, .. }
            | Node::Watermark { input, .. }
            | Node::Aggregate { input, .. }
            | Node::Dedup { input, .. }
            | Node::Limit { input, .. }
            | Node::Sort { input, .. }
            | Node::Window { input, .. }
            | Node::Expand { input, .. }
            | Node::CollectMetrics { input, .. }
            | Node::GroupState { input, .. }
            | Node::TransformWithState { input, .. } => vec![input],
            Node::Join { left, right, .. } => vec![left, right],
            Node::Union { inputs } | Node::External { inputs, .. } => inputs.iter().collect(),
        }
    }

    /// True when a streaming source is below.
    pub fn is_streaming(&self) -> bool {
        matches!(self.node, Node::StreamSource { .. })
            || self.inputs().iter().any(|p| p.is_streaming())
    }

    /// A name two different `observe` nodes of the plan share (Spark's
    /// DUPLICATED_METRICS_NAME; one node reached twice, as in a self-join, is fine).
    pub fn duplicate_metrics_name(&self) -> Option<String> {
        let mut seen: Vec<(String, usize)> = Vec::new();
        let mut dup = None;
        self.visit_up(&mut |p| {
            if let Node::CollectMetrics { name, .. } = &p.node {
                if seen.iter().any(|(n, id)| n == name && *id != p.id) {
                    dup.get_or_insert_with(|| name.clone());
                }
                seen.push((name.clone(), p.id));
            }
        });
        dup
    }

    /// Calls `f` on every node, children first.
    pub fn visit_up(&self, f: &mut dyn FnMut(&Plan)) {
        for c in self.inputs() {
            c.visit_up(f);
        }
        f(self);
    }

    /// The logical plan as Spark's `explain(True)` prints it.
    pub fn tree_string(&self) -> String {
        render_tree(self, &|p: &Plan| p.describe(), &|p: &Plan| {
            p.inputs().into_iter().map(|r| r.as_ref()).collect()
        })
    }

    /// One line of the logical plan: the operator and its arguments.
    pub fn describe(&self) -> String {
        let cols = |s: &SchemaRef| {
            s.fields()
                .iter()
                .map(|f| f.name().clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let exprs = |v: &[PhysExpr]| {
            v.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let args = match &self.node {
            Node::StreamSource { source, pushed, .. } => {
                let mut s = format!("{} [{}]", source.borrow().description(), cols(&self.schema));
                if let Some(p) = pushed {
                    s.push_str(&format!(", PushedFilters: [{p}]"));
                }
                s
            }
            Node::Static { .. } | Node::MemoryTable { .. } => format!("[{}]", cols(&self.schema)),
            Node::Project { exprs: e, .. } => format!("[{}]", exprs(e)),
            Node::Filter { predicate, .. } => predicate.to_string(),
            Node::Generate { .. } => format!("[{}]", cols(&self.schema)),
            Node::WindowAssign {
                time,
                size,
                slide,
                start,
                ..
            } => {
                format!("window({time}, {size} us, {slide} us, {start} us)")
            }
            Node::SessionAssign {
                time,
                gap,
                gap_expr,
                ..
            } => match gap_expr {
                Some(g) => format!("session_window({time}, {g})"),
                None => format!("session_window({time}, {gap} us)"),
            },
            Node::Watermark {
                column, delay_ms, ..
            } => {
                format!("{}: {delay_ms} ms", self.schema.field(*column).name())
            }
            Node::Aggregate { group, .. } => {
                format!("[{}], [{}]", exprs(group), cols(&self.schema))
            }
            Node::Dedup { keys, .. } => {
                let names: Vec<&str> = keys
                    .iter()
                    .map(|k| self.schema.field(*k).name().as_str())
                    .collect();
                format!("[{}]", names.join(", "))
            }
            Node::Join { how, condition, .. } => match condition {
                Some(c) => format!("{how:?}, {c}"),
                None => format!("{how:?}"),
            },
            Node::Union { .. } => String::new(),
            Node::External { .. } | Node::GroupState { .. } | Node::TransformWithState { .. } => {
                format!("[{}]", cols(&self.schema))
            }
            Node::Limit { n, offset, .. } if *offset > 0 && *n == usize::MAX => offset.to_string(),
            Node::Limit { n, .. } => n.to_string(),
            Node::Sort { keys, .. } => keys
                .iter()
                .map(|k| format!("{} {}", k.expr, if k.asc { "ASC" } else { "DESC" }))
                .collect::<Vec<_>>()
                .join(", "),
            Node::CollectMetrics { name, metrics, .. } => {
                format!("{name}, [{}]", cols(metrics))
            }
            Node::Expand { projections, .. } => {
                let sets: Vec<String> = projections
                    .iter()
                    .map(|p| format!("[{}]", exprs(p)))
                    .collect();
                format!("[{}], [{}]", sets.join(", "), cols(&self.schema))
            }
            Node::Window {
                partition,
                order,
                calls,
                ..
            } => {
                let n = self.schema.fields().len() - calls.len();
                let names: Vec<&str> = self.schema.fields()[n..]
                    .iter()
                    .map(|f| f.name().as_str())
                    .collect();
                let keys: Vec<String> = order
                    .iter()
                    .map(|k| format!("{} {}", k.expr, if k.asc { "ASC" } else { "DESC" }))
                    .collect();
                format!(
                    "[{}], [{}], [{}]",
                    names.join(", "),
                    exprs(partition),
                    keys.join(", ")
                )
            }
        };
        let name = match &self.node {
            Node::External { func, .. } => func.name(),
            Node::GroupState { func, .. } => func.name(),
            Node::TransformWithState { func, .. } => func.name(),
            _ => self.name().to_string(),
        };
        if args.is_empty() {
            name
        } else {
            format!("{name} {args}")
        }
    }

    /// The operator's name as Spark's explain prints it.
    pub fn name(&self) -> &'static str {
        match &self.node {
            Node::StreamSource { .. } => "StreamingRelation",
            Node::Static { .. } => "LocalRelation",
            Node::MemoryTable { .. } => "MemoryTable",
            Node::Project { .. } => "Project",
            Node::Filter { .. } => "Filter",
            Node::Generate { .. } => "Generate",
            Node::WindowAssign { .. } => "Expand",
            Node::SessionAssign { .. } => "Project",
            Node::Watermark { .. } => "EventTimeWatermark",
            Node::Aggregate { .. } => "Aggregate",
            Node::Dedup { .. } => "Deduplicate",
            Node::Join { .. } => "Join",
            Node::Union { .. } => "Union",
            Node::Limit { n, offset, .. } if *offset > 0 && *n == usize::MAX => "Offset",
            Node::Limit { .. } => "GlobalLimit",
            Node::Sort { .. } => "Sort",
            Node::CollectMetrics { .. } => "CollectMetrics",
            Node::Window { .. } => "Window",
            Node::Expand { .. } => "Expand",
            Node::External { .. } => "External",
            Node::GroupState { .. } => "GroupState",
            Node::TransformWithState { .. } => "TransformWithState",
        }
    }
}

/// A tree in Spark's `explain` layout: a child under its parent after `+- ` (the last
/// child) or `:- ` (the others), deeper levels indented under `:  ` or `   `.
pub fn render_tree<T: ?Sized>(
    root: &T,
    label: &dyn Fn(&T) -> String,
    children: &dyn Fn(&T) -> Vec<&T>,
) -> String {
    fn walk<T: ?Sized>(
        node: &T,
        prefix: &str,
        out: &mut String,
        label: &dyn Fn(&T) -> String,
        children: &dyn Fn(&T) -> Vec<&T>,
    ) {
        let kids = children(node);
        let n = kids.len();
        for (i, c) in kids.into_iter().enumerate() {
            let last = i + 1 == n;
            out.push_str(prefix);
            out.push_str(if last { "+- " } else { ":- " });
            out.push_str(&label(c));
            out.push('\n');
            let deeper = format!("{prefix}{}", if last { "   " } else { ":  " });
            walk(c, &deeper, out, label, children);
        }
    }
    let mut out = label(root);
    out.push('\n');
    walk(root, "", &mut out, label, children);
    out
}
