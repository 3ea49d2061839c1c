//! The micro-batch executor: Spark's `MicroBatchExecution`, one synchronous
//! [`MicroBatchExecutor::step`] at a time, so that a thread, a browser timer or a
//! test can drive it and every run is deterministic.

use std::collections::{BTreeMap, HashMap};

use arrow_array::RecordBatch;

use super::aggregate::EmitMode;
use super::progress::{Progress, SourceProgress};
use super::run::{BatchContext, OpState, execute};
use crate::error::{Result, RunnelError};
use crate::expr::functions::set_batch_timestamp;
use crate::io::{Offset, SinkRef, SourceRef};
use crate::logical::plan::{Node, PlanRef};
use crate::session::ClockFn;

/// When micro-batches run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trigger {
    /// Every `ms` milliseconds (0: as fast as data comes).
    ProcessingTime(i64),
    /// One batch with everything available, then stop.
    Once,
    /// Everything available (in as many batches as the limits say), then stop.
    AvailableNow,
}

/// Runs a streaming plan batch by batch.
pub struct MicroBatchExecutor {
    plan: PlanRef,
    sink: SinkRef,
    mode: EmitMode,
    sources: Vec<(
        usize,
        SourceRef,
        Option<crate::expr::PhysExpr>,
        Option<usize>,
    )>,
    committed: Vec<Option<Offset>>,
    batch_id: i64,
    watermark_ms: i64,
    op_watermarks: BTreeMap<usize, i64>,
    watermark_delays: Vec<usize>,
    max_policy: bool,
    state: HashMap<usize, OpState>,
    last_batch_watermark: Option<i64>,
    runs_no_data_batches: bool,
    no_data_enabled: bool,
    /// Identity, for progress reports.
    pub id: String,
    /// Run id.
    pub run_id: String,
    /// Query name.
    pub name: Option<String>,
    /// Trigger.
    pub trigger: Trigger,
    clock: ClockFn,
    progress: Vec<Progress>,
}

impl MicroBatchExecutor {
    /// An executor for `plan` writing to `sink` in `mode` (not Batch).
    pub fn new(
        plan: PlanRef,
        sink: SinkRef,
        mode: EmitMode,
        clock: ClockFn,
        conf: &BTreeMap<String, String>,
    ) -> Self {
        let mut sources = Vec::new();
        let mut watermark_delays = Vec::new();
        let mut runs_no_data_batches = false;
        plan.visit_up(&mut |p| match &p.node {
            Node::StreamSource {
                source,
                pushed,
                local_limit,
            } => sources.push((p.id, source.clone(), pushed.clone(), *local_limit)),
            Node::Watermark { .. } => watermark_delays.push(p.id),
            Node::Aggregate { input, .. } if input.is_streaming() => {
                if matches!(mode, EmitMode::Append | EmitMode::Update) {
                    runs_no_data_batches = true;
                }
            }
            Node::Dedup { input, .. } if input.is_streaming() => runs_no_data_batches = true,
            _ => {}
        });
        let committed = vec![None; sources.len()];
        let flag = |k: &str, default: bool| {
            conf.get(k)
                .map(|v| v.eq_ignore_ascii_case("true"))
                .unwrap_or(default)
        };
        MicroBatchExecutor {
            plan,
            sink,
            mode,
            sources,
            committed,
            batch_id: 0,
            watermark_ms: 0,
            op_watermarks: BTreeMap::new(),
            watermark_delays,
            max_policy: conf
                .get("spark.sql.streaming.multiplewatermarkpolicy")
                .is_some_and(|v| v.eq_ignore_ascii_case("max")),
            state: HashMap::new(),
            last_batch_watermark: None,
            runs_no_data_batches,
            no_data_enabled: flag("spark.sql.streaming.nodatamicrobatches.enabled", true),
            id: String::new(),
            run_id: String::new(),
            name: None,
            trigger: Trigger::ProcessingTime(0),
            clock,
            progress: Vec::new(),
        }
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

    /// Progress of recent batches, oldest first (up to 100).
    pub fn recent_progress(&self) -> &[Progress] {
        &self.progress
    }

    /// Runs one micro-batch if there is new data or the watermark asks for one.
    /// Returns false (and does nothing) when idle.
    pub fn step(&mut self) -> Result<bool> {
        let started = (self.clock)();
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
            let watermark_moved = self
                .last_batch_watermark
                .is_some_and(|w| self.watermark_ms > w);
            let no_data = self.no_data_enabled
                && self.runs_no_data_batches
                && watermark_moved
                && self.trigger != Trigger::Once;
            if !no_data {
                return Ok(false);
            }
        }
        self.run_batch(ends, started)?;
        Ok(true)
    }

    fn run_batch(&mut self, ends: Vec<Option<Offset>>, started: i64) -> Result<()> {
        let batch_id = self.batch_id;
        set_batch_timestamp(started * 1000);
        let mut inputs: HashMap<usize, Vec<RecordBatch>> = HashMap::new();
        let mut source_progress = Vec::new();
        let mut num_input = 0i64;
        for (i, (node, src, pushed, local_limit)) in self.sources.iter().enumerate() {
            let start = self.committed[i].clone();
            let mut batches = match &ends[i] {
                Some(end) if Some(end) != start.as_ref() => {
                    src.borrow_mut().get_batch(start.as_ref(), end)?
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
                end_offset: ends[i].clone(),
                num_input_rows: rows,
            });
            inputs.insert(*node, batches);
        }
        let has_wm = self.has_watermark();
        let watermark = self.watermark_ms;
        let (out, event_time_max, event_stats, state_stats) = {
            let mut ctx = BatchContext {
                inputs: &inputs,
                watermark_ms: if has_wm { Some(watermark) } else { None },
                late_watermark_ms: if has_wm {
                    Some(self.last_batch_watermark.unwrap_or(0))
                } else {
                    None
                },
                mode: self.mode,
                state: &mut self.state,
                event_time_max: HashMap::new(),
                event_time_stats: None,
                state_stats: Vec::new(),
            };
            let out = execute(&self.plan, &mut ctx)
                .map_err(|e| e.context(format!("batch {batch_id}")))?;
            (
                out,
                ctx.event_time_max,
                ctx.event_time_stats,
                ctx.state_stats,
            )
        };
        self.sink
            .borrow_mut()
            .add_batch(batch_id, &self.plan.schema, &out)?;
        for (i, (_, src, _, _)) in self.sources.iter().enumerate() {
            if let Some(end) = &ends[i] {
                src.borrow_mut().commit(end)?;
            }
            if ends[i].is_some() {
                self.committed[i] = ends[i].clone();
            }
        }
        // Watermark: per operator max(previous, max event time − delay), global min (or max).
        for id in &self.watermark_delays {
            if let Some(max) = event_time_max.get(id) {
                let delay = self.delay_of(*id);
                let new = max - delay;
                let e = self.op_watermarks.entry(*id).or_insert(new);
                *e = (*e).max(new);
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
        let ended = (self.clock)();
        self.progress.push(Progress {
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
        });
        if self.progress.len() > 100 {
            self.progress.remove(0);
        }
        self.batch_id += 1;
        Ok(())
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
