//! The micro-batch executor: Spark's `MicroBatchExecution`, one synchronous
//! [`MicroBatchExecutor::step`] at a time, so that a thread, a browser timer or a
//! test can drive it and every run is deterministic.

use std::collections::{BTreeMap, HashMap};

use arrow_array::RecordBatch;

use super::interrupt;
use super::progress::{Progress, SourceProgress};

/// The recent progress reports (at most 100), shared by the executor and its query.
pub type ProgressLog = std::rc::Rc<std::cell::RefCell<Vec<Progress>>>;
use crate::error::{Result, RunnelError};
use crate::expr::functions::set_batch_timestamp;
use crate::io::ClockFn;
use crate::io::{Offset, SinkRef, SourceRef};
use crate::logical::plan::{Node, PlanRef};
use crate::mode::OutputMode;
use crate::ops::{self, BatchContext, Operator};
use crate::state::{
    CheckpointRef, CommitEntry, OffsetEntry, QueryCheckpoint, StateEntries, StateStore,
};

/// A query's checkpoint while it runs: the logs, the state stores by node id, and the
/// batch being re-run after a restart, if any.
struct Checkpointing {
    log: QueryCheckpoint,
    stores: HashMap<usize, StateStore>,
    schemas_written: std::collections::HashSet<usize>,
    conf: BTreeMap<String, String>,
    /// The planned but uncommitted batch found at restart: it runs again with the
    /// same offsets, watermark and timestamp.
    replay: Option<OffsetEntry>,
    /// Spark's state maintenance (snapshots, pruning old versions) runs every this many
    /// ms of the query's clock (`maintenanceInterval`, 60 s), after the batch that
    /// passes it, the first an interval after the start.
    maintenance_interval_ms: i64,
    last_maintenance_ms: i64,
}

pub use crate::mode::Trigger;

/// Runs a streaming plan batch by batch.
pub struct MicroBatchExecutor {
    plan: PlanRef,
    sink: SinkRef,
    mode: OutputMode,
    sources: Vec<(
        usize,
        SourceRef,
        Option<crate::expr::PhysExpr>,
        Option<usize>,
    )>,
    committed: Vec<Option<Offset>>,
    /// This query's reader token at each source ([`crate::io::Source::attach_reader`]).
    readers: Vec<usize>,
    batch_id: i64,
    watermark_ms: i64,
    op_watermarks: BTreeMap<usize, i64>,
    watermark_delays: Vec<usize>,
    max_policy: bool,
    /// The physical operators (they own the state).
    root: Box<dyn Operator>,
    /// The part of the plan run on each chunk where the source decodes it, if any.
    split: Option<ops::split::ChunkPlan>,
    last_batch_watermark: Option<i64>,
    /// A batch was planned in this run (Spark's `lastExecution`, which a restarted
    /// query does not have until it plans one).
    planned_in_run: bool,
    runs_no_data_batches: bool,
    /// A batch runs every trigger, with or without data (processing-time timeouts).
    runs_every_trigger: bool,
    /// See [`MicroBatchExecutor::ran_only_for_timeouts`].
    ran_without_data: bool,
    no_data_enabled: bool,
    /// `spark.sql.streaming.noDataProgressEventInterval` (10 s by default): how long a
    /// query stays idle before listeners hear `onQueryIdle`.
    pub idle_interval_ms: i64,
    /// Identity, for progress reports.
    pub id: String,
    /// Run id.
    pub run_id: String,
    /// Query name.
    pub name: Option<String>,
    /// Trigger.
    pub trigger: Trigger,
    clock: ClockFn,
    /// The recent progress reports, shared with the query's handle (which reads them
    /// while a batch runs: a foreachBatch function asking `query.lastProgress`).
    progress: ProgressLog,
    checkpoint: Option<Checkpointing>,
    restore: HashMap<usize, (String, StateEntries)>,
    /// Tracing (the playground): the node whose event times are recorded, if any.
    trace: Option<Option<usize>>,
    /// An error the first step fails with (a continuous trigger over a sink that writes
    /// micro-batches only, which Spark's execution refuses on its first trigger).
    fail_first: Option<RunnelError>,
    /// `planner::redefined_watermark`'s error: raised by the first batch whose watermark
    /// is above 0.
    redefined_watermark: Option<RunnelError>,
    /// The session time zone the query started with, and its id: batches read and
    /// print timestamps in it.
    pub time_zone: (crate::temporal::Zone, String),
    /// `spark.sql.mapKeyDedupPolicy` is LAST_WIN (the session's, when the query started).
    pub map_key_last_win: bool,
}

impl Drop for MicroBatchExecutor {
    fn drop(&mut self) {
        self.detach();
    }
}

/// The window a query groups by, for pictures of it (µs).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WindowSpec {
    /// Window length.
    pub size: i64,
    /// Slide (the length for tumbling windows).
    pub slide: i64,
    /// Start offset.
    pub start: i64,
}

/// Node ids of the plan's stateful operators, in plan order (see
/// `MicroBatchExecutor::stateful_nodes`).
pub fn stateful_nodes(plan: &crate::logical::plan::Plan) -> Vec<usize> {
    let mut ids = Vec::new();
    plan.visit_up(&mut |p| match &p.node {
        Node::Aggregate { input, .. }
        | Node::Dedup { input, .. }
        | Node::Limit { input, .. }
        | Node::GroupState { input, .. }
        | Node::TransformWithState { input, .. }
            if input.is_streaming() =>
        {
            ids.push(p.id)
        }
        Node::Join { left, right, .. } if left.is_streaming() && right.is_streaming() => {
            ids.push(p.id)
        }
        _ => {}
    });
    ids
}

/// Conf keys a restarted query takes from its checkpoint, as Spark does.
const LOGGED_CONF: &[&str] = &[
    "spark.sql.streaming.multiplewatermarkpolicy",
    "spark.sql.shuffle.partitions",
];

impl MicroBatchExecutor {
    /// Tells every source the query's trigger (see [`crate::io::Source::prepare_for_trigger`]).
    pub fn prepare_sources_for_trigger(&self) -> Result<()> {
        for (_, src, _, _) in &self.sources {
            src.borrow_mut().prepare_for_trigger(self.trigger)?;
        }
        Ok(())
    }

    /// An executor for `plan` writing to `sink` in `mode` (not Batch).
    pub fn new(
        plan: PlanRef,
        sink: SinkRef,
        mode: OutputMode,
        clock: ClockFn,
        conf: &BTreeMap<String, String>,
    ) -> Self {
        crate::planner::prune::prune_sources(&plan);
        let mut sources = Vec::new();
        let mut watermark_delays = Vec::new();
        let mut runs_no_data_batches = false;
        let mut runs_every_trigger = false;
        plan.visit_up(&mut |p| match &p.node {
            Node::StreamSource {
                source,
                pushed,
                local_limit,
            } => sources.push((p.id, source.clone(), pushed.clone(), *local_limit)),
            Node::Watermark { .. } => watermark_delays.push(p.id),
            // Spark's StateStoreSaveExec / dedup: when the watermark their input gets moves
            // (a left semi join without an event-time column passes none up).
            Node::Aggregate { input, .. }
                if input.is_streaming()
                    && matches!(mode, OutputMode::Append | OutputMode::Update)
                    && watermark_reaches(input) =>
            {
                runs_no_data_batches = true;
            }
            Node::Dedup { input, .. } if input.is_streaming() && watermark_reaches(input) => {
                runs_no_data_batches = true
            }
            // Spark's FlatMapGroupsWithStateExec.shouldRunAnotherBatch: processing-time
            // timeouts are checked by a batch every trigger, event-time ones when the
            // watermark moves.
            Node::GroupState { func, .. } => match func.timeout() {
                crate::logical::plan::GroupStateTimeout::ProcessingTimeTimeout => {
                    runs_every_trigger = true
                }
                crate::logical::plan::GroupStateTimeout::EventTimeTimeout => {
                    runs_no_data_batches = true
                }
                crate::logical::plan::GroupStateTimeout::NoTimeout => {}
            },
            // Spark's TransformWithStateExec.shouldRunAnotherBatch: every trigger with
            // processing-time timers, else when the watermark moves.
            Node::TransformWithState { func, .. } => match func.time_mode() {
                crate::logical::plan::TimeMode::ProcessingTime => runs_every_trigger = true,
                _ => runs_no_data_batches = true,
            },
            Node::Join {
                left,
                right,
                left_keys,
                right_keys,
                condition,
                ..
            } if left.is_streaming() && right.is_streaming() => {
                // Spark's join asks for a batch without data only when the watermark
                // evicts its state.
                let a = crate::planner::stream_join::analyse(
                    &left.schema,
                    &right.schema,
                    left_keys,
                    right_keys,
                    condition.as_ref(),
                );
                if a.sides
                    .iter()
                    .any(|s| s.eviction != crate::planner::stream_join::Eviction::Never)
                {
                    runs_no_data_batches = true
                }
            }
            _ => {}
        });
        // `allowMultiple=false` is Spark's single-watermark propagator, which lets a
        // watermark be redefined.
        let redefined_watermark = conf
            .get("spark.sql.streaming.statefuloperator.allowmultiple")
            .is_none_or(|v| !v.eq_ignore_ascii_case("false"))
            .then(|| crate::planner::redefined_watermark(&plan))
            .flatten();
        let committed = vec![None; sources.len()];
        let readers = sources
            .iter()
            .map(|(_, src, _, _)| src.borrow_mut().attach_reader())
            .collect();
        let flag = |k: &str, default: bool| {
            conf.get(k)
                .map(|v| v.eq_ignore_ascii_case("true"))
                .unwrap_or(default)
        };
        MicroBatchExecutor {
            root: ops::lower(&plan),
            split: ops::split::analyse(&plan),
            plan,
            sink,
            mode,
            sources,
            committed,
            readers,
            batch_id: 0,
            watermark_ms: 0,
            op_watermarks: BTreeMap::new(),
            watermark_delays,
            max_policy: conf
                .get("spark.sql.streaming.multiplewatermarkpolicy")
                .is_some_and(|v| v.eq_ignore_ascii_case("max")),
            last_batch_watermark: None,
            planned_in_run: false,
            runs_no_data_batches,
            runs_every_trigger,
            ran_without_data: false,
            no_data_enabled: flag("spark.sql.streaming.nodatamicrobatches.enabled", true),
            idle_interval_ms: conf
                .get("spark.sql.streaming.nodataprogresseventinterval")
                .and_then(|v| crate::temporal::time_string_ms(v))
                .unwrap_or(10_000),
            id: String::new(),
            run_id: String::new(),
            name: None,
            trigger: Trigger::ProcessingTime(0),
            clock,
            progress: ProgressLog::default(),
            checkpoint: None,
            restore: HashMap::new(),
            trace: None,
            fail_first: None,
            redefined_watermark,
            time_zone: (crate::temporal::Zone::UTC, "UTC".to_string()),
            map_key_last_win: false,
        }
    }

    /// The first step fails with `e` (and the query with it), as Spark's execution fails
    /// on its first trigger for a query it cannot run.
    pub fn fail_first_step(&mut self, e: RunnelError) {
        self.fail_first = Some(e);
    }

    /// True under `trigger(continuous=...)`: each step is an epoch.
    pub fn is_continuous(&self) -> bool {
        matches!(self.trigger, Trigger::Continuous(_))
    }

    /// Records each batch's event times and output in its progress
    /// (`Progress::event_times`, `Progress::output`): the times of the watermark's
    /// column, else of the window's time column (none when the query has neither).
    pub fn trace(&mut self) {
        let mut wm = None;
        let mut win = None;
        self.plan.visit_up(&mut |p| match &p.node {
            Node::Watermark { .. } => wm = wm.or(Some(p.id)),
            Node::WindowAssign { .. } | Node::SessionAssign { .. } => win = win.or(Some(p.id)),
            _ => {}
        });
        self.trace = Some(wm.or(win));
    }

    /// What `StreamingQuery.explain()` prints: the physical plan the batches run
    /// (Spark's text before the first batch when none ran yet).
    pub fn explain_string(&self, extended: bool) -> String {
        if self.batch_id == 0 && self.progress.borrow().is_empty() {
            return "No physical plan. Waiting for data.\n".into();
        }
        let physical = ops::tree_string(self.root.as_ref());
        if extended {
            // Spark's four sections; Runnel's plan is resolved as it is built, so the
            // parsed, analyzed and optimized plans print alike.
            let plan = self.plan.tree_string();
            format!(
                "== Parsed Logical Plan ==\n{plan}\n== Analyzed Logical Plan ==\n{}\n{plan}\n== Optimized Logical Plan ==\n{plan}\n== Physical Plan ==\n{physical}",
                crate::types::schema_line(&self.plan.schema)
            )
        } else {
            format!("== Physical Plan ==\n{physical}")
        }
    }

    /// The output mode's name (`append`, `update`, `complete`).
    pub fn output_mode(&self) -> &'static str {
        self.mode.name()
    }

    /// The (first) time window the query assigns rows to.
    pub fn window_spec(&self) -> Option<WindowSpec> {
        let mut spec = None;
        self.plan.visit_up(&mut |p| {
            if let Node::WindowAssign {
                size, slide, start, ..
            } = &p.node
            {
                spec = spec.or(Some(WindowSpec {
                    size: *size,
                    slide: *slide,
                    start: *start,
                }));
            }
        });
        spec
    }

    /// Node ids of the stateful operators, in the plan's order (inputs before the
    /// operator that reads them, left to right, as Spark numbers its stateful
    /// operators): operator `i` keeps its state under `state/i/` of the checkpoint. The
    /// order follows the plan's shape, not the order the script built its parts in.
    fn stateful_nodes(&self) -> Vec<usize> {
        stateful_nodes(&self.plan)
    }

    /// Runs the query against a checkpoint: a new one is initialised with this query's
    /// id; an existing one gives the id back, and the query resumes after its last
    /// committed batch, re-running a batch that was planned but not committed with the
    /// same offsets. Source positions, the watermark and operator state are restored.
    pub fn attach_checkpoint(
        &mut self,
        store: CheckpointRef,
        conf: &BTreeMap<String, String>,
    ) -> Result<()> {
        let num = |k: &str, d: u64| conf.get(k).and_then(|v| v.parse::<u64>().ok()).unwrap_or(d);
        let retain = num("spark.sql.streaming.minbatchestoretain", 100);
        let snapshot_every = num("spark.sql.streaming.statestore.mindeltasforsnapshot", 10);
        let log = QueryCheckpoint::new(store.clone(), retain);
        match log.query_id()? {
            Some(id) => self.id = id,
            None => log.write_query_id(&self.id)?,
        }
        let nodes = self.stateful_nodes();
        let stores: HashMap<usize, StateStore> = nodes
            .iter()
            .enumerate()
            .map(|(i, id)| {
                (
                    *id,
                    StateStore::new(store.clone(), i, snapshot_every, retain),
                )
            })
            .collect();
        let mut logged_conf: BTreeMap<String, String> = LOGGED_CONF
            .iter()
            .filter_map(|k| conf.get(*k).map(|v| (k.to_string(), v.clone())))
            .collect();
        let mut replay = None;
        let mut state_version = 0u64;
        let (mut last_offsets, last_commit) = log.latest_batches()?;
        if self.is_continuous() && last_offsets.is_some() && last_offsets != last_commit {
            // Spark's ContinuousExecution.getStartOffsets: the query resumes after its last
            // committed epoch; epochs logged after it are dropped (offsetLog.purgeAfter) and
            // their rows read again (at-least-once).
            log.purge_offsets_after(last_commit)?;
            last_offsets = last_commit;
        }
        if let Some(n) = last_offsets {
            let entry = log.offsets(n)?.ok_or_else(|| {
                RunnelError::io(format!(
                    "{} vanished while reading",
                    store.describe(&format!("offsets/{n}"))
                ))
            })?;
            if entry.offsets.len() != self.sources.len() {
                return Err(RunnelError::analysis_plain(format!(
                    "the checkpoint at {} belongs to a query with {} source(s), but this query has {}. Use a new checkpointLocation for a different query.",
                    store.describe(""),
                    entry.offsets.len(),
                    self.sources.len()
                )));
            }
            // The checkpoint's settings win, as in Spark.
            for (k, v) in &entry.conf {
                logged_conf.insert(k.clone(), v.clone());
            }
            self.max_policy = logged_conf
                .get("spark.sql.streaming.multiplewatermarkpolicy")
                .is_some_and(|v| v.eq_ignore_ascii_case("max"));
            match last_commit {
                Some(c) if c == n => {
                    let commit = log.commit(n)?.unwrap_or(CommitEntry {
                        next_watermark_ms: entry.watermark_ms,
                        operator_watermarks_ms: Vec::new(),
                    });
                    self.restore_operator_watermarks(&commit);
                    self.committed = entry.offsets.clone();
                    self.batch_id = n as i64 + 1;
                    self.watermark_ms = commit.next_watermark_ms;
                    self.last_batch_watermark = Some(entry.watermark_ms);
                    state_version = n + 1;
                    // Spark runs no no-data batch right after a restart (it has no previous
                    // plan to ask); Runnel runs the one the stopped run still owed (the
                    // watermark moved in the last committed batch), so that a restarted
                    // query's output is exactly that of a run that never stopped.
                }
                Some(c) if c + 1 != n => {
                    return Err(RunnelError::io(format!(
                        "the checkpoint at {} is inconsistent: the last committed batch is {c} but the offset log goes up to {n}; restore it, or use a new checkpointLocation",
                        store.describe("")
                    )));
                }
                _ => {
                    if n > 0 {
                        let prev = log.offsets(n - 1)?.ok_or_else(|| {
                            RunnelError::io(format!(
                                "{} is missing; the checkpoint cannot resume batch {n}",
                                store.describe(&format!("offsets/{}", n - 1))
                            ))
                        })?;
                        self.committed = prev.offsets.clone();
                        self.last_batch_watermark = Some(prev.watermark_ms);
                        if let Some(commit) = log.commit(n - 1)? {
                            self.restore_operator_watermarks(&commit);
                        }
                    }
                    self.batch_id = n as i64;
                    self.watermark_ms = entry.watermark_ms;
                    state_version = n;
                    replay = Some(entry);
                }
            }
        } else if last_commit.is_some() {
            return Err(RunnelError::io(format!(
                "the checkpoint at {} has commits but no offset log; restore it, or use a new checkpointLocation",
                store.describe("")
            )));
        }
        for (i, (_, src, _, _)) in self.sources.iter().enumerate() {
            src.borrow_mut()
                .attach_log(store.clone(), &format!("sources/{i}"))?;
        }
        self.sink
            .borrow_mut()
            .attach_log(store.clone(), "sinks/0", &self.id)?;
        let mut schemas_written = std::collections::HashSet::new();
        if state_version > 0 {
            // Every stateful operator wrote a version of its state in each committed
            // batch: a missing version (a deleted `state/`) fails, naming the file,
            // rather than starting over with empty state.
            for (id, st) in &stores {
                st.check_directory(state_version)?;
                let schema = st.read_schema()?;
                let entries = st.load(state_version)?;
                match schema {
                    Some(schema) => {
                        self.restore
                            .insert(*id, (schema, entries.into_iter().collect()));
                        schemas_written.insert(*id);
                    }
                    None if entries.is_empty() => {}
                    None => return Err(st.missing_schema(state_version)),
                }
            }
        }
        self.checkpoint = Some(Checkpointing {
            log,
            stores,
            schemas_written,
            conf: logged_conf,
            replay,
            maintenance_interval_ms: conf
                .get("spark.sql.streaming.statestore.maintenanceinterval")
                .and_then(|v| crate::temporal::time_string_ms(v))
                .unwrap_or(60_000),
            last_maintenance_ms: (self.clock)(),
        });
        Ok(())
    }

    /// True when the query has a watermark.
    pub fn has_watermark(&self) -> bool {
        !self.watermark_delays.is_empty()
    }

    /// The current global watermark, ms.
    pub fn watermark_ms(&self) -> i64 {
        self.watermark_ms
    }

    /// The next batch id.
    pub fn batch_id(&self) -> i64 {
        self.batch_id
    }

    /// The query stopped: its sources may forget what only it was holding.
    /// Idempotent; also done when the executor is dropped.
    pub fn detach(&mut self) {
        // Stopped: the checkpoint's files in place (an error here was the last batch's,
        // which then runs again at restart).
        let _ = self.sync_checkpoint();
        for ((_, src, _, _), r) in self.sources.iter().zip(std::mem::take(&mut self.readers)) {
            if let Ok(mut s) = src.try_borrow_mut() {
                s.detach_reader(r);
            }
        }
    }

    /// Waits until the checkpoint's files written so far are durable and in place
    /// (a store that syncs them in the background; see `CheckpointStore::sync`).
    pub fn sync_checkpoint(&self) -> Result<()> {
        match &self.checkpoint {
            Some(c) => c.log.store.sync(),
            None => Ok(()),
        }
    }

    /// The query's clock (ms since the epoch).
    pub fn now(&self) -> i64 {
        (self.clock)()
    }

    /// Progress of recent batches, oldest first (up to 100), as a handle that outlives a
    /// borrow of the executor (the query reads it while a batch runs).
    pub fn progress_log(&self) -> ProgressLog {
        self.progress.clone()
    }

    /// Runs one micro-batch if there is new data or the watermark asks for one.
    /// Returns false (and does nothing) when idle.
    pub fn step(&mut self) -> Result<bool> {
        if let Some(e) = self.fail_first.take() {
            return Err(e);
        }
        let started = (self.clock)();
        if self.is_continuous() {
            return self.run_epoch(started);
        }
        // Spark's constructNextBatch asks the last batch's plan whether to run another
        // (`IncrementalExecution.shouldRunAnotherBatch`), which propagates the new
        // watermark through it first: a redefined watermark fails there, new data or not.
        // A restarted query has no such plan until its first batch (one with new data).
        if self.no_data_enabled
            && self.planned_in_run
            && self.last_batch_watermark.is_some()
            && self.watermark_ms > 0
            && let Some(e) = self.redefined_watermark.clone()
        {
            return Err(e);
        }
        if let Some(entry) = self.checkpoint.as_mut().and_then(|c| c.replay.take()) {
            self.run_batch(entry.offsets.clone(), entry.timestamp_ms, true)?;
            return Ok(true);
        }
        let mut ends = Vec::with_capacity(self.sources.len());
        let mut has_data = false;
        for (i, (_, src, _, _)) in self.sources.iter().enumerate() {
            let latest = src.borrow_mut().latest_offset(self.committed[i].as_ref())?;
            if latest.is_some() && latest != self.committed[i] {
                has_data = true;
            }
            ends.push(latest);
        }
        if !has_data {
            // (The no-data batch a stopped run owed is not run under a redefined
            // watermark: its plan would fail, where Spark, with no plan to ask after the
            // restart, runs nothing and fails at the first batch with new data.)
            let watermark_moved = self
                .last_batch_watermark
                .is_some_and(|w| self.watermark_ms > w)
                && (self.planned_in_run || self.redefined_watermark.is_none());
            // (A processing-time timeout asks for a batch every trigger, as Spark's
            // shouldRunAnotherBatch: only under a processing-time trigger; an AvailableNow
            // query ends when its data is read.)
            let every_trigger =
                self.runs_every_trigger && matches!(self.trigger, Trigger::ProcessingTime(_));
            let no_data = self.no_data_enabled
                && ((self.runs_no_data_batches && watermark_moved) || every_trigger)
                && self.trigger != Trigger::Once;
            if !no_data {
                self.sync_checkpoint()?;
                return Ok(false);
            }
            // Run for the timeouts alone: no new data, and the batch says so.
            self.ran_without_data =
                every_trigger && !(self.runs_no_data_batches && watermark_moved);
        } else {
            self.ran_without_data = false;
        }
        self.run_batch(ends, started, false)?;
        Ok(true)
    }

    /// One epoch of a continuous query (Spark's `ContinuousExecution`): whatever each
    /// source has after the last epoch, run through the plan and handed to the sink, an
    /// empty epoch too (Spark's console prints it). Spark's tasks run for the query's
    /// life and write rows as they come, marking epochs every trigger interval; Runnel
    /// reads at each epoch's end instead, so a row reaches the sink up to one interval
    /// after it arrived. The checkpoint's layout is Spark's: `offsets/N` (each source's
    /// end offset, no metadata line) when the epoch's rows are read, `commits/N` after
    /// the sink took them. No progress is reported, as in Spark. True when a source
    /// had new data (the epoch runs either way).
    fn run_epoch(&mut self, started: i64) -> Result<bool> {
        let mut ends = Vec::with_capacity(self.sources.len());
        let mut moved = false;
        for (i, (_, src, _, _)) in self.sources.iter().enumerate() {
            let latest = src.borrow_mut().latest_offset(self.committed[i].as_ref())?;
            moved |= latest.is_some() && latest != self.committed[i];
            ends.push(latest.or_else(|| self.committed[i].clone()));
        }
        self.ran_without_data = false;
        self.run_batch(ends, started, false)?;
        Ok(moved)
    }

    /// The last `step` ran a batch only because a processing-time timeout asks for one
    /// every trigger (no new data, no watermark to move): `processAllAvailable` is done.
    pub fn ran_only_for_timeouts(&self) -> bool {
        self.ran_without_data
    }

    /// Reads the batch's rows from every source (from the committed offsets to `ends`),
    /// with the pushed-down filters and limits applied: the rows by scan node, each
    /// source's progress, and the number of rows read.
    #[allow(clippy::type_complexity)]
    fn read_sources(
        &self,
        ends: &[Option<Offset>],
    ) -> Result<(HashMap<usize, Vec<RecordBatch>>, Vec<SourceProgress>, i64)> {
        let mut inputs: HashMap<usize, Vec<RecordBatch>> = HashMap::new();
        let mut source_progress = Vec::new();
        let mut num_input = 0i64;
        for (i, (node, src, pushed, local_limit)) in self.sources.iter().enumerate() {
            interrupt::check()?;
            let start = self.committed[i].clone();
            let mut batches = match &ends[i] {
                Some(end) if Some(end) != start.as_ref() => {
                    let mut src = src.borrow_mut();
                    src.planned(self.readers[i], end);
                    src.get_batch(start.as_ref(), end)?
                }
                _ => Vec::new(),
            };
            if let Some(p) = pushed {
                batches = batches
                    .iter()
                    .map(|b| p.filter_batch(b))
                    .collect::<Result<_>>()?;
            }
            if let Some(n) = local_limit {
                let mut left = *n;
                batches = batches
                    .into_iter()
                    .map(|b| {
                        let k = left.min(b.num_rows());
                        left -= k;
                        b.slice(0, k)
                    })
                    .collect();
            }
            let rows: i64 = batches.iter().map(|b| b.num_rows() as i64).sum();
            num_input += rows;
            source_progress.push(SourceProgress {
                description: src.borrow().description(),
                start_offset: start,
                latest_offset: src.borrow().reported_latest_offset(ends[i].as_ref()),
                end_offset: ends[i].clone(),
                num_input_rows: rows,
            });
            inputs.insert(*node, batches);
        }
        Ok((inputs, source_progress, num_input))
    }

    /// Reads the batch in chunks and runs the plan's split part on each
    /// ([`ops::split`]), when the plan has one, its one source reads in chunks, and no
    /// trace is taken: [`MicroBatchExecutor::read_sources`]' rows by scan node (none:
    /// the split part's target takes the chunks' work), progress and row count, and the
    /// target node, its work and the event times at the watermark. None otherwise, and
    /// when any chunk failed: the batch then runs the ordinary way, which raises the
    /// error as it would have.
    #[allow(clippy::type_complexity)]
    fn read_chunked(
        &self,
        ends: &[Option<Offset>],
        now_us: i64,
    ) -> Option<(
        HashMap<usize, Vec<RecordBatch>>,
        Vec<SourceProgress>,
        i64,
        Option<(usize, ops::Chunked, Option<(i64, i64, i128, i64)>)>,
    )> {
        let split = self.split.as_ref().filter(|_| self.trace.is_none())?;
        let [(node, src, pushed, None)] = self.sources.as_slice() else {
            return None;
        };
        let start = self.committed[0].clone();
        let end = ends[0].as_ref().filter(|e| Some(*e) != start.as_ref())?;
        if *node != split.source {
            return None;
        }
        let then = split.chunk_fn(pushed.as_ref(), now_us);
        let outs = {
            let mut s = src.borrow_mut();
            s.planned(self.readers[0], end);
            s.get_batch_chunked(start.as_ref(), end, &then).ok()??
        };
        let outs: Vec<ops::split::ChunkOut> = outs
            .into_iter()
            .map(ops::split::chunk_out)
            .collect::<Result<_>>()
            .ok()?;
        let rows: i64 = outs.iter().map(|o| o.rows_in as i64).sum();
        let mut times: Option<(i64, i64, i128, i64)> = None;
        for t in outs.iter().filter_map(|o| o.event_times) {
            let s = times.get_or_insert((t.0, t.1, 0, 0));
            s.0 = s.0.min(t.0);
            s.1 = s.1.max(t.1);
            s.2 += t.2;
            s.3 += t.3;
        }
        let work = split.gather(outs).ok()?;
        let progress = SourceProgress {
            description: src.borrow().description(),
            start_offset: start,
            latest_offset: src.borrow().reported_latest_offset(Some(end)),
            end_offset: Some(end.clone()),
            num_input_rows: rows,
        };
        Some((
            HashMap::from([(*node, Vec::new())]),
            vec![progress],
            rows,
            Some((split.target, work, times)),
        ))
    }

    fn run_batch(&mut self, ends: Vec<Option<Offset>>, started: i64, replay: bool) -> Result<()> {
        let _zone = crate::temporal::ZoneScope::enter(self.time_zone.0, &self.time_zone.1);
        crate::expr::functions::set_map_key_last_win(self.map_key_last_win);
        let batch_id = self.batch_id;
        set_batch_timestamp(started * 1000);
        let continuous = self.is_continuous();
        if let Some(c) = self.checkpoint.as_mut()
            && !replay
            && !continuous
        {
            // The write-ahead log: the batch is planned before it runs.
            c.log.write_offsets(
                batch_id as u64,
                &OffsetEntry {
                    watermark_ms: self.watermark_ms,
                    timestamp_ms: started,
                    conf: c.conf.clone(),
                    offsets: ends.clone(),
                },
            )?;
        }
        // Spark plans the batch after logging its offsets; a redefined watermark fails
        // the plan once the global watermark is above 0 (see `redefined_watermark`; with
        // no-data batches on, `step` finds it first).
        if self.watermark_ms > 0
            && let Some(e) = self.redefined_watermark.clone()
        {
            return Err(e);
        }
        self.planned_in_run = true;
        // The sources and operators run armed: a host's check (`--timeout`) may stop the
        // batch between their steps, before the sink sees any row (crate::exec::interrupt).
        let (inputs, source_progress, num_input, chunked) =
            match self.read_chunked(&ends, started * 1000) {
                Some(read) => read,
                None => {
                    let (inputs, progress, n) = interrupt::armed(|| self.read_sources(&ends))
                        .map_err(|e| match interrupt::is_interrupt(&e) {
                            true => e.context(format!("batch {batch_id}")),
                            false => e,
                        })?;
                    (inputs, progress, n, None)
                }
            };
        let (chunked, chunk_times) = match chunked {
            Some((target, work, times)) => (HashMap::from([(target, work)]), times),
            None => (HashMap::new(), None),
        };
        let has_wm = self.has_watermark();
        let watermark = self.watermark_ms;
        let (
            out,
            traced,
            event_time_max,
            event_stats,
            state_stats,
            state_schemas,
            spark_state,
            observed,
        ) = {
            let mut ctx = BatchContext {
                inputs: &inputs,
                watermark_ms: if has_wm { Some(watermark) } else { None },
                late_watermark_ms: if has_wm {
                    Some(self.last_batch_watermark.unwrap_or(0))
                } else {
                    None
                },
                mode: self.mode,
                event_time_max: match (chunk_times, self.split.as_ref().and_then(|s| s.watermark)) {
                    (Some(t), Some(wm)) => HashMap::from([(wm, t.1)]),
                    _ => HashMap::new(),
                },
                event_time_stats: chunk_times,
                state_stats: Vec::new(),
                restore: std::mem::take(&mut self.restore),
                track_state: self.checkpoint.is_some(),
                state_schemas: HashMap::new(),
                spark_state: HashMap::new(),
                trace: self.trace.flatten().map(|id| (id, Vec::new())),
                pending_error: None,
                observed: Vec::new(),
                chunked,
            };
            let root = &mut self.root;
            let out = interrupt::armed(|| root.execute(&mut ctx))
                .and_then(|out| match ctx.pending_error.take() {
                    Some(e) => Err(e),
                    None => Ok(out),
                })
                .map_err(|e| e.context(format!("batch {batch_id}")))?;
            (
                out,
                ctx.trace.map(|(_, t)| t),
                ctx.event_time_max,
                ctx.event_time_stats,
                ctx.state_stats,
                ctx.state_schemas,
                ctx.spark_state,
                ctx.observed,
            )
        };
        if let Some(c) = self.checkpoint.as_mut() {
            for (id, schema) in &state_schemas {
                if c.schemas_written.insert(*id)
                    && let Some(st) = c.stores.get(id)
                {
                    st.write_schema(schema)?;
                    // Spark's own description too (its state data sources read it),
                    // with the query's shuffle partitions as Spark's numPartitions.
                    if let Some(meta) = spark_state.get(id) {
                        let partitions = c
                            .conf
                            .get("spark.sql.shuffle.partitions")
                            .and_then(|v| v.trim().parse().ok())
                            .unwrap_or(200);
                        st.write_spark_metadata(meta, partitions)?;
                    }
                }
            }
        }
        if continuous && let Some(c) = self.checkpoint.as_mut() {
            c.log.write_epoch_offsets(batch_id as u64, &ends)?;
        }
        if let Some(c) = self.checkpoint.as_ref()
            && self.sink.borrow().outlives_process()
        {
            // Spark's order: the batch's offsets are durable before the sink writes it.
            c.log.store.sync()?;
        }
        self.sink
            .borrow_mut()
            .add_batch(batch_id, &self.plan.schema, &out)?;
        for (i, end) in ends.iter().enumerate() {
            if end.is_some() {
                self.committed[i] = end.clone();
            }
        }
        // Watermark: per operator max(previous, max event time − delay), global min (or max).
        for id in &self.watermark_delays {
            if let Some(max) = event_time_max.get(id) {
                let delay = self.delay_of(*id);
                let new = max - delay;
                let e = self.op_watermarks.entry(*id).or_insert(new);
                *e = (*e).max(new);
            } else {
                // Spark's WatermarkTracker: a watermark that has seen no data yet counts
                // as 0 (so under the min policy the query's watermark waits for every input).
                self.op_watermarks.entry(*id).or_insert(0);
            }
        }
        if !self.op_watermarks.is_empty() {
            let vals = self.op_watermarks.values().copied();
            let chosen = if self.max_policy {
                vals.max()
            } else {
                vals.min()
            }
            .unwrap_or(0);
            if chosen > self.watermark_ms {
                self.watermark_ms = chosen;
            }
        }
        self.last_batch_watermark = Some(watermark);
        if let Some(c) = self.checkpoint.as_mut() {
            let version = batch_id as u64 + 1;
            let now = (self.clock)();
            let maintenance =
                now.saturating_sub(c.last_maintenance_ms) >= c.maintenance_interval_ms;
            if maintenance {
                c.last_maintenance_ms = now;
            }
            let stores = &c.stores;
            ops::for_each_stateful(self.root.as_mut(), &mut |op| {
                if let Some(st) = op.state_node().and_then(|id| stores.get(&id)) {
                    let changes = op.take_changes();
                    let op_ref: &dyn Operator = op;
                    st.commit(version, changes, &mut || Ok(op_ref.entries()), maintenance)?;
                }
                Ok(())
            })?;
            c.log.write_commit(
                batch_id as u64,
                &CommitEntry {
                    next_watermark_ms: self.watermark_ms,
                    operator_watermarks_ms: self
                        .watermark_delays
                        .iter()
                        .map(|id| self.op_watermarks.get(id).copied())
                        .collect(),
                },
            )?;
            c.log.purge(batch_id as u64)?;
        }
        // Sources may forget (or clean up) what is committed only once the commit log
        // says so: a batch replayed after a crash must find its input again.
        if let Some(c) = self.checkpoint.as_ref()
            && self.sources.iter().zip(&ends).any(|((_, src, _, _), end)| {
                end.is_some() && src.borrow().commit_outlives_process()
            })
        {
            // ...and says so durably, before a source's commit deletes or moves input.
            c.log.store.sync()?;
        }
        for (i, (_, src, _, _)) in self.sources.iter().enumerate() {
            if let Some(end) = &ends[i] {
                src.borrow_mut().commit_reader(self.readers[i], end)?;
            }
        }
        if continuous {
            // Spark's continuous execution reports no progress (lastProgress stays None).
            self.batch_id += 1;
            return Ok(());
        }
        let ended = (self.clock)();
        let mut log = self.progress.borrow_mut();
        log.push(Progress {
            id: self.id.clone(),
            run_id: self.run_id.clone(),
            name: self.name.clone(),
            timestamp_ms: started,
            batch_id,
            num_input_rows: num_input,
            num_output_rows: out.num_rows() as i64,
            duration_ms: ended - started,
            watermark_ms: if has_wm { Some(watermark) } else { None },
            event_time: event_stats
                .map(|(min, max, sum, n)| (min, max, (sum / n.max(1) as i128) as i64)),
            state_operators: state_stats.into_iter().map(|(_, n, s)| (n, s)).collect(),
            sources: source_progress,
            sink: self.sink.borrow().description(),
            event_times: traced,
            output: self.trace.is_some().then(|| out.clone()),
            observed_metrics: observed,
        });
        if log.len() > 100 {
            log.remove(0);
        }
        drop(log);
        self.batch_id += 1;
        Ok(())
    }

    /// Each `withWatermark`'s own watermark as the commit log recorded it (Runnel's
    /// field beside Spark's): a restarted query then moves its watermark as the run
    /// that stopped would have (Spark starts them from nothing and holds the query's
    /// watermark until every input has data again).
    fn restore_operator_watermarks(&mut self, commit: &CommitEntry) {
        if commit.operator_watermarks_ms.len() != self.watermark_delays.len() {
            return;
        }
        for (id, w) in self
            .watermark_delays
            .iter()
            .zip(&commit.operator_watermarks_ms)
        {
            if let Some(w) = w {
                self.op_watermarks.insert(*id, *w);
            }
        }
    }

    fn delay_of(&self, id: usize) -> i64 {
        let mut d = 0;
        self.plan.visit_up(&mut |p| {
            if p.id == id
                && let Node::Watermark { delay_ms, .. } = p.node
            {
                d = delay_ms;
            }
        });
        d
    }

    /// Runs batches until idle (Spark's `processAllAvailable`).
    pub fn process_all_available(&mut self) -> Result<usize> {
        let mut n = 0;
        while self.step()? {
            n += 1;
            if n > 1_000_000 {
                return Err(RunnelError::internal(
                    "processAllAvailable did not become idle",
                ));
            }
        }
        Ok(n)
    }
}

/// True when a watermark reaches the output of `p` (Spark's `PropagateWatermarkSimulator`):
/// some `withWatermark` below it, unless a left semi join on the way has no event-time
/// column in its output (Spark 4.3's join then produces no watermark).
fn watermark_reaches(p: &crate::logical::plan::Plan) -> bool {
    match &p.node {
        Node::Watermark { .. } => true,
        Node::Join {
            left, right, how, ..
        } if *how == crate::logical::plan::JoinType::LeftSemi
            && left.is_streaming()
            && right.is_streaming() =>
        {
            p.schema
                .fields()
                .iter()
                .any(|f| crate::types::watermark_delay(f).is_some())
                && (watermark_reaches(left) || watermark_reaches(right))
        }
        _ => p.inputs().into_iter().any(|c| watermark_reaches(c)),
    }
}
