//! Runs a plan over one micro-batch (or once, for a batch query). Stateless
//! operators are plain functions of their input; stateful ones keep their state
//! in [`OpState`] under the plan node's id.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::TimestampMicrosecondType;
use arrow_array::*;
use arrow_row::{RowConverter, SortField};
use arrow_schema::{DataType, Field, SchemaRef};
use arrow_select::concat::concat_batches;
use arrow_select::take::take;

use super::aggregate::{AggSpec, AggState, EmitMode, SessionState, StateStats, normalize_floats};
use crate::error::{Result, RunnelError};
use crate::logical::plan::{GenItem, JoinColumn, JoinType, Node, Plan, SortKey};
use crate::scalar::codec;
use crate::state::{StateChange, StateEntries};
use crate::types;

/// State of a stateful operator.
pub enum OpState {
    /// Streaming aggregation.
    Agg(Box<AggState>),
    /// Session-window aggregation.
    Session(SessionState),
    /// Deduplication.
    Dedup(DedupState),
    /// Streaming limit: rows passed so far.
    Limit(usize),
}

/// Deduplication state: key → event time (or expiry for within-watermark), µs.
pub struct DedupState {
    seen: rustc_hash::FxHashMap<Box<[u8]>, Option<i64>>,
    conv: RowConverter,
    changes: Option<Vec<StateChange>>,
}

fn encode_opt_time(t: Option<i64>) -> Vec<u8> {
    let mut v = Vec::with_capacity(9);
    codec::put_opt_i64(&mut v, t);
    v
}

impl OpState {
    /// Starts recording the keys each batch changes.
    pub fn track_changes(&mut self) {
        match self {
            OpState::Agg(a) => a.track_changes(),
            OpState::Session(s) => s.track_changes(),
            OpState::Dedup(d) => d.changes = Some(Vec::new()),
            OpState::Limit(_) => {}
        }
    }

    /// The keys the last batch changed (key → new value, or removed).
    pub fn take_changes(&mut self) -> Vec<StateChange> {
        match self {
            OpState::Agg(a) => a.take_changes(),
            OpState::Session(s) => s.take_changes(),
            OpState::Dedup(d) => d.changes.as_mut().map(std::mem::take).unwrap_or_default(),
            OpState::Limit(_) => self
                .entries()
                .into_iter()
                .map(|(k, v)| (k, Some(v)))
                .collect(),
        }
    }

    /// Every entry, encoded as the state store keeps it.
    pub fn entries(&self) -> Vec<(Vec<u8>, Vec<u8>)> {
        match self {
            OpState::Agg(a) => a.entries(),
            OpState::Session(s) => s.entries(),
            OpState::Dedup(d) => d
                .seen
                .iter()
                .map(|(k, t)| (k.to_vec(), encode_opt_time(*t)))
                .collect(),
            OpState::Limit(n) => vec![(Vec::new(), (*n as i64).to_le_bytes().to_vec())],
        }
    }
}

/// A new operator state: restored from `ctx.restore` when the query restarts from a
/// checkpoint, and recording its changes when the query has one.
fn init_state(
    ctx: &mut BatchContext,
    id: usize,
    schema: String,
    mut make: impl FnMut(Vec<(Vec<u8>, Vec<u8>)>) -> Result<OpState>,
) -> Result<OpState> {
    let entries = match ctx.restore.remove(&id) {
        Some((found, entries)) => {
            if found != schema {
                return Err(RunnelError::analysis(
                    "STATE_STORE_KEY_SCHEMA_NOT_COMPATIBLE",
                    format!(
                        "the checkpoint's state of this operator has the schema {found}, but the query now needs {schema}. The query changed in a way its state cannot follow: restore the previous query, or start this one with a new checkpointLocation."
                    ),
                ));
            }
            entries
        }
        None => Vec::new(),
    };
    let mut st = make(entries)?;
    if ctx.track_state {
        st.track_changes();
        ctx.state_schemas.insert(id, schema);
    }
    Ok(st)
}

/// Records the event times (ms, nulls left out) of a batch at the traced node.
fn trace_times(
    ctx: &mut BatchContext,
    node: usize,
    times: impl FnOnce() -> Result<ArrayRef>,
) -> Result<()> {
    if let Some((id, out)) = ctx.trace.as_mut()
        && *id == node
    {
        let a = times()?;
        if let Some(ts) = a.as_primitive_opt::<TimestampMicrosecondType>() {
            out.extend(ts.iter().flatten().map(|v| v.div_euclid(1000)));
        }
    }
    Ok(())
}

/// What one run of the plan needs and reports.
pub struct BatchContext<'a> {
    /// Rows read from each streaming source node for this batch.
    pub inputs: &'a HashMap<usize, Vec<RecordBatch>>,
    /// Global watermark for this batch, ms (None when the query has no watermark): evicts state.
    pub watermark_ms: Option<i64>,
    /// The previous batch's watermark, ms: input older than it is late (Spark's
    /// `getInputWatermarkForLateEvents` is the eviction watermark of batch − 1).
    pub late_watermark_ms: Option<i64>,
    /// Output mode (None for a batch query).
    pub mode: EmitMode,
    /// Operator state by node id.
    pub state: &'a mut HashMap<usize, OpState>,
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
    /// When tracing (the playground's timeline): the node whose event times are
    /// recorded, and the event times (ms) of the rows that passed it, in order.
    pub trace: Option<(usize, Vec<i64>)>,
}

impl<'a> BatchContext<'a> {
    /// A context for a batch (non-streaming) query.
    pub fn batch(
        inputs: &'a HashMap<usize, Vec<RecordBatch>>,
        state: &'a mut HashMap<usize, OpState>,
    ) -> Self {
        BatchContext {
            inputs,
            watermark_ms: None,
            late_watermark_ms: None,
            mode: EmitMode::Batch,
            state,
            event_time_max: HashMap::new(),
            event_time_stats: None,
            state_stats: Vec::new(),
            restore: HashMap::new(),
            track_state: false,
            state_schemas: HashMap::new(),
            trace: None,
        }
    }
}

fn concat(schema: &SchemaRef, batches: &[RecordBatch]) -> Result<RecordBatch> {
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

fn with_schema(schema: &SchemaRef, cols: Vec<ArrayRef>, rows: usize) -> Result<RecordBatch> {
    let opts = RecordBatchOptions::new().with_row_count(Some(rows));
    Ok(RecordBatch::try_new_with_options(
        schema.clone(),
        cols,
        &opts,
    )?)
}

/// Runs `plan` and returns its output rows.
pub fn execute(plan: &Plan, ctx: &mut BatchContext) -> Result<RecordBatch> {
    match &plan.node {
        Node::StreamSource { .. } => {
            if ctx.mode == EmitMode::Batch && !ctx.inputs.contains_key(&plan.id) {
                return Err(RunnelError::analysis(
                    "_LEGACY_ERROR_TEMP_3102",
                    "Queries with streaming sources must be executed with writeStream.start(). Start the query with df.writeStream...start() instead of show() or collect().",
                ));
            }
            let batches = ctx.inputs.get(&plan.id).cloned().unwrap_or_default();
            concat(&plan.schema, &batches)
        }
        Node::Static { batches } => concat(&plan.schema, batches),
        Node::MemoryTable { table } => {
            let t = table.borrow();
            concat(&plan.schema, &t.batches)
        }
        Node::Project { input, exprs } => {
            let b = execute(input, ctx)?;
            let cols = exprs
                .iter()
                .map(|e| e.eval(&b))
                .collect::<Result<Vec<_>>>()?;
            let cols = retype(&plan.schema, cols)?;
            with_schema(&plan.schema, cols, b.num_rows())
        }
        Node::Filter { input, predicate } => {
            let b = execute(input, ctx)?;
            let out = predicate.filter_batch(&b)?;
            with_schema(&plan.schema, out.columns().to_vec(), out.num_rows())
        }
        Node::Generate { input, items } => {
            let b = execute(input, ctx)?;
            generate(&plan.schema, &b, items)
        }
        Node::WindowAssign {
            input,
            time,
            size,
            slide,
            start,
        } => {
            let b = execute(input, ctx)?;
            trace_times(ctx, plan.id, || time.eval(&b))?;
            assign_windows(&plan.schema, &b, time, *size, *slide, *start)
        }
        Node::SessionAssign { input, time, gap } => {
            let b = execute(input, ctx)?;
            let ts = time.eval(&b)?;
            trace_times(ctx, plan.id, || Ok(ts.clone()))?;
            let ts = ts.as_primitive::<TimestampMicrosecondType>();
            let ends: TimestampMicrosecondArray = ts.iter().map(|v| v.map(|t| t + gap)).collect();
            let session = window_struct(
                ts.clone().with_timezone("UTC"),
                ends.with_timezone("UTC"),
                ts.nulls().cloned(),
            );
            let mut cols = b.columns().to_vec();
            cols.push(Arc::new(session));
            with_schema(&plan.schema, cols, b.num_rows())
        }
        Node::Watermark { input, column, .. } => {
            let b = execute(input, ctx)?;
            trace_times(ctx, plan.id, || Ok(b.column(*column).clone()))?;
            let ts = b.column(*column).as_primitive::<TimestampMicrosecondType>();
            let max = event_time_stats(ts, &mut ctx.event_time_stats);
            if let Some(m) = max {
                let e = ctx.event_time_max.entry(plan.id).or_insert(m);
                *e = (*e).max(m);
            }
            with_schema(&plan.schema, b.columns().to_vec(), b.num_rows())
        }
        Node::Aggregate {
            input,
            group,
            aggs,
            output,
            inter_schema,
            event_time_key,
            session_key,
        } => {
            let b = execute(input, ctx)?;
            let spec = AggSpec {
                group,
                aggs,
                output,
                inter_schema,
                schema: &plan.schema,
                event_time_key: *event_time_key,
            };
            let mode = ctx.mode;
            let wm = ctx.watermark_ms.map(|m| m * 1000);
            let late = ctx.late_watermark_ms.map(|m| m * 1000);
            let mut local = HashMap::new();
            if mode == EmitMode::Batch || !ctx.state.contains_key(&plan.id) {
                let make = |entries: StateEntries| -> Result<OpState> {
                    Ok(match session_key {
                        Some(sk) => {
                            let mut st = SessionState::new(&spec, *sk)?;
                            st.restore(&spec, entries)?;
                            OpState::Session(st)
                        }
                        None => {
                            let mut st = AggState::new(&spec)?;
                            st.restore(&spec, entries)?;
                            OpState::Agg(Box::new(st))
                        }
                    })
                };
                let st = if mode == EmitMode::Batch {
                    make(Vec::new())?
                } else {
                    let schema = match session_key {
                        Some(sk) => format!("session({sk}) {}", spec.state_schema()),
                        None => spec.state_schema(),
                    };
                    init_state(ctx, plan.id, schema, make)?
                };
                let store = if mode == EmitMode::Batch {
                    &mut local
                } else {
                    &mut *ctx.state
                };
                store.insert(plan.id, st);
            }
            let store = if mode == EmitMode::Batch {
                &mut local
            } else {
                &mut *ctx.state
            };
            let mut stats = StateStats::default();
            let (out, name) = match (store.get_mut(&plan.id), session_key) {
                (Some(OpState::Session(state)), Some(sk)) => (
                    state.process(&spec, *sk, &b, mode, wm, late, &mut stats)?,
                    "sessionWindowStateStoreSaveExec",
                ),
                (Some(OpState::Agg(state)), None) => (
                    state.process(&spec, &b, mode, wm, late, &mut stats)?,
                    "stateStoreSave",
                ),
                _ => crate::internal_err!("aggregate state of the wrong kind"),
            };
            if mode != EmitMode::Batch {
                ctx.state_stats.push((plan.id, name, stats));
            }
            Ok(out)
        }
        Node::Dedup {
            input,
            keys,
            within_delay_ms,
            event_time,
        } => {
            let b = execute(input, ctx)?;
            dedup(plan, &b, keys, *within_delay_ms, *event_time, ctx)
        }
        Node::Join {
            left,
            right,
            how,
            left_keys,
            right_keys,
            condition,
            output,
        } => {
            let l = execute(left, ctx)?;
            let r = execute(right, ctx)?;
            hash_join(
                &plan.schema,
                &l,
                &r,
                *how,
                left_keys,
                right_keys,
                condition.as_ref(),
                output,
            )
        }
        Node::Union { inputs } => {
            let mut parts = Vec::new();
            for i in inputs {
                parts.push(execute(i, ctx)?);
            }
            concat(&plan.schema, &parts)
        }
        Node::Limit { input, n } => {
            let b = execute(input, ctx)?;
            if ctx.mode == EmitMode::Batch || ctx.mode == EmitMode::Complete {
                return Ok(b.slice(0, (*n).min(b.num_rows())));
            }
            if !ctx.state.contains_key(&plan.id) {
                let st = init_state(ctx, plan.id, "limit".into(), |entries| {
                    let n = match entries.first() {
                        Some((_, v)) => codec::get_i64(&mut &v[..])?.max(0) as usize,
                        None => 0,
                    };
                    Ok(OpState::Limit(n))
                })?;
                ctx.state.insert(plan.id, st);
            }
            let seen = match ctx.state.get_mut(&plan.id) {
                Some(OpState::Limit(s)) => s,
                _ => crate::internal_err!("limit state of the wrong kind"),
            };
            let take_n = n.saturating_sub(*seen).min(b.num_rows());
            *seen += take_n;
            Ok(b.slice(0, take_n))
        }
        Node::Sort { input, keys } => {
            let b = execute(input, ctx)?;
            sort_batch(&b, keys)
        }
    }
}

/// Arrays built by kernels sometimes lose a time zone or field metadata; make them match the schema.
fn retype(schema: &SchemaRef, cols: Vec<ArrayRef>) -> Result<Vec<ArrayRef>> {
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

/// A `struct<start, end>` array.
pub fn window_struct(
    start: TimestampMicrosecondArray,
    end: TimestampMicrosecondArray,
    nulls: Option<arrow_buffer::NullBuffer>,
) -> StructArray {
    let DataType::Struct(fields) = types::window_type() else {
        unreachable!("window type is a struct")
    };
    StructArray::new(fields, vec![Arc::new(start), Arc::new(end)], nulls)
}

/// Spark's window start for each time, `t - (t - offset + slide) % slide`. Times come
/// roughly in order: a time in the previous time's window takes its start without a
/// division (where the formula is a floor, `t - offset + slide >= 0`, the window
/// holding `t` is unique).
fn tumbling_starts(times: &[i64], slide: i64, offset: i64) -> Vec<i64> {
    let mut cur = i64::MAX;
    times
        .iter()
        .map(|&t| {
            let floor = t.wrapping_sub(offset).wrapping_add(slide) >= 0;
            if floor && t >= cur && t - cur < slide {
                return cur;
            }
            let s = t - (t - offset + slide) % slide;
            if floor {
                cur = s;
            }
            s
        })
        .collect()
}

/// Folds a batch's event times into `stats` (min, max, sum, count, in ms: Spark keeps
/// event times in ms, truncating toward zero) and returns the batch's max (ms).
fn event_time_stats(
    ts: &TimestampMicrosecondArray,
    stats: &mut Option<(i64, i64, i128, i64)>,
) -> Option<i64> {
    let (mut lo, mut hi, mut sum, mut n) = (i64::MAX, i64::MIN, 0i128, 0i64);
    let mut add = |ms: i64| {
        lo = lo.min(ms);
        hi = hi.max(ms);
        sum += ms as i128;
        n += 1;
    };
    match ts.nulls() {
        None => ts.values().iter().for_each(|&v| add(v / 1000)),
        Some(_) => ts.iter().flatten().for_each(|v| add(v / 1000)),
    }
    if n == 0 {
        return None;
    }
    let s = stats.get_or_insert((lo, hi, 0, 0));
    s.0 = s.0.min(lo);
    s.1 = s.1.max(hi);
    s.2 += sum;
    s.3 += n;
    Some(hi)
}

/// Spark's `TimeWindowing`: each row goes to every window `[start, start + size)`
/// that holds it; rows with a NULL time are dropped.
fn assign_windows(
    schema: &SchemaRef,
    b: &RecordBatch,
    time: &crate::expr::PhysExpr,
    size: i64,
    slide: i64,
    offset: i64,
) -> Result<RecordBatch> {
    let ts = time.eval(b)?;
    let ts = ts.as_primitive::<TimestampMicrosecondType>();
    let per_row = ((size + slide - 1) / slide) as usize;
    // Tumbling windows over times without nulls: one window a row (unless a time
    // before the offset's first window has none; then the general loop below).
    if per_row == 1 && ts.null_count() == 0 {
        let starts = tumbling_starts(ts.values(), slide, offset);
        // (t - s < size, not t < s + size: no overflow at the ends of time.)
        let inside = ts
            .values()
            .iter()
            .zip(&starts)
            .all(|(&t, &s)| s <= t && t - s < size);
        if inside {
            let ends: Vec<i64> = starts.iter().map(|s| s + size).collect();
            let w = window_struct(
                TimestampMicrosecondArray::from(starts).with_timezone("UTC"),
                TimestampMicrosecondArray::from(ends).with_timezone("UTC"),
                None,
            );
            let mut cols = b.columns().to_vec();
            cols.push(Arc::new(w));
            return with_schema(schema, cols, b.num_rows());
        }
    }
    let mut rows: Vec<u32> = Vec::with_capacity(b.num_rows() * per_row);
    let mut starts: Vec<i64> = Vec::with_capacity(b.num_rows() * per_row);
    for (i, v) in ts.iter().enumerate() {
        let Some(t) = v else { continue };
        let last_start = t - (t - offset + slide) % slide;
        for k in 0..per_row as i64 {
            let s = last_start - k * slide;
            if s <= t && t < s + size {
                rows.push(i as u32);
                starts.push(s);
            }
        }
    }
    // Spark emits windows from the earliest start; keep input order within a row.
    // (One window for every row never gets here: the tumbling path above took it.)
    let n = rows.len();
    let idx = UInt32Array::from(rows);
    let mut cols: Vec<ArrayRef> = b
        .columns()
        .iter()
        .map(|c| take(c.as_ref(), &idx, None))
        .collect::<std::result::Result<_, _>>()?;
    let ends: Vec<i64> = starts.iter().map(|s| s + size).collect();
    let w = window_struct(
        TimestampMicrosecondArray::from(starts).with_timezone("UTC"),
        TimestampMicrosecondArray::from(ends).with_timezone("UTC"),
        None,
    );
    cols.push(Arc::new(w));
    with_schema(schema, cols, n)
}

fn generate(schema: &SchemaRef, b: &RecordBatch, items: &[GenItem]) -> Result<RecordBatch> {
    let mut gen_index = None;
    let mut plain: Vec<Option<ArrayRef>> = Vec::new();
    for (i, it) in items.iter().enumerate() {
        match it {
            GenItem::Plain(e) => plain.push(Some(e.eval(b)?)),
            GenItem::Explode { .. } => {
                gen_index = Some(i);
                plain.push(None);
            }
        }
    }
    let gi = gen_index.ok_or_else(|| RunnelError::internal("Generate without a generator"))?;
    let GenItem::Explode {
        arg,
        outer,
        position,
    } = &items[gi]
    else {
        unreachable!()
    };
    let a = arg.eval(b)?;
    let mut row_idx: Vec<u32> = Vec::new();
    let mut elem_idx: Vec<Option<u32>> = Vec::new();
    let mut pos: Vec<Option<i32>> = Vec::new();
    // One output row per element; with `outer`, one NULL row for a NULL or empty input.
    let mut explode = |offsets: &[i32], nulls: Option<&arrow_buffer::NullBuffer>| {
        for r in 0..offsets.len() - 1 {
            let (s, e) = (offsets[r], offsets[r + 1]);
            if nulls.is_some_and(|n| n.is_null(r)) || s == e {
                if *outer {
                    row_idx.push(r as u32);
                    elem_idx.push(None);
                    pos.push(None);
                }
                continue;
            }
            for (k, j) in (s..e).enumerate() {
                row_idx.push(r as u32);
                elem_idx.push(Some(j as u32));
                pos.push(Some(k as i32));
            }
        }
    };
    let (values, keys): (ArrayRef, Option<ArrayRef>) = match a.data_type() {
        DataType::List(_) => {
            let l = a.as_list::<i32>();
            explode(l.value_offsets(), l.nulls());
            (l.values().clone(), None)
        }
        DataType::Map(_, _) => {
            let m = a.as_map();
            explode(m.value_offsets(), m.nulls());
            (m.values().clone(), Some(m.keys().clone()))
        }
        other => {
            return Err(RunnelError::analysis(
                "DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE",
                format!(
                    "explode needs an array or a map, got {}. Explode an array or map column.",
                    types::simple_string(other)
                ),
            ));
        }
    };
    let ri = UInt32Array::from(row_idx);
    let ei = UInt32Array::from(elem_idx);
    let mut cols: Vec<ArrayRef> = Vec::new();
    for (i, p) in plain.into_iter().enumerate() {
        match p {
            Some(c) => cols.push(take(c.as_ref(), &ri, None)?),
            None => {
                if *position {
                    cols.push(Arc::new(Int32Array::from(pos.clone())));
                }
                if let Some(k) = &keys {
                    cols.push(take(k.as_ref(), &ei, None)?);
                }
                cols.push(take(values.as_ref(), &ei, None)?);
                let _ = i;
            }
        }
    }
    let cols = retype(schema, cols)?;
    with_schema(schema, cols, ri.len())
}

fn dedup(
    plan: &Plan,
    b: &RecordBatch,
    keys: &[usize],
    within_delay_ms: Option<i64>,
    event_time: Option<usize>,
    ctx: &mut BatchContext,
) -> Result<RecordBatch> {
    let wm_us = ctx.watermark_ms.map(|m| m * 1000);
    let late_us = ctx.late_watermark_ms.map(|m| m * 1000);
    let batch_mode = ctx.mode == EmitMode::Batch;
    let fields: Vec<SortField> = keys
        .iter()
        .map(|k| SortField::new(b.schema().field(*k).data_type().clone()))
        .collect();
    let make = |entries: Vec<(Vec<u8>, Vec<u8>)>| -> Result<OpState> {
        let mut seen = rustc_hash::FxHashMap::default();
        for (k, v) in entries {
            seen.insert(k.into_boxed_slice(), codec::get_opt_i64(&mut &v[..])?);
        }
        Ok(OpState::Dedup(DedupState {
            seen,
            conv: RowConverter::new(fields.clone())?,
            changes: None,
        }))
    };
    let mut local = HashMap::new();
    if batch_mode {
        local.insert(plan.id, make(Vec::new())?);
    } else if !ctx.state.contains_key(&plan.id) {
        let types: Vec<String> = keys
            .iter()
            .map(|k| types::simple_string(b.schema().field(*k).data_type()))
            .collect();
        let schema = format!("dedup key=[{}] within={within_delay_ms:?}", types.join(","));
        let st = init_state(ctx, plan.id, schema, make)?;
        ctx.state.insert(plan.id, st);
    }
    let store = if batch_mode {
        &mut local
    } else {
        &mut *ctx.state
    };
    let Some(OpState::Dedup(DedupState {
        seen,
        conv,
        changes,
    })) = store.get_mut(&plan.id)
    else {
        crate::internal_err!("dedup state of the wrong kind")
    };
    // Keys as Spark compares them: -0.0 is 0.0, every NaN one NaN.
    let key_cols: Vec<ArrayRef> = keys
        .iter()
        .map(|k| normalize_floats(b.column(*k)))
        .collect();
    let rows = conv.convert_columns(&key_cols)?;
    let times = event_time.map(|c| {
        b.column(c)
            .as_primitive::<TimestampMicrosecondType>()
            .clone()
    });
    let time_in_key = event_time.is_some_and(|c| keys.contains(&c));
    let mut keep = Vec::with_capacity(b.num_rows());
    let mut stats = StateStats::default();
    let mut dropped = 0;
    for i in 0..b.num_rows() {
        let t = times
            .as_ref()
            .and_then(|a| if a.is_null(i) { None } else { Some(a.value(i)) });
        if !batch_mode
            && let (Some(w), Some(t)) = (late_us, t)
            && t <= w
        {
            dropped += 1;
            keep.push(false);
            continue;
        }
        let k = rows.row(i);
        if seen.contains_key(k.as_ref()) {
            keep.push(false);
            continue;
        }
        let expiry = match within_delay_ms {
            // Spark reads a NULL event time as 0, so the entry expires `delay` after the epoch.
            Some(d) => Some(t.unwrap_or(0) + d * 1000),
            None if time_in_key => t,
            None => None,
        };
        seen.insert(k.as_ref().into(), expiry);
        if let Some(c) = changes.as_mut() {
            c.push((k.as_ref().to_vec(), Some(encode_opt_time(expiry))));
        }
        stats.num_rows_updated += 1;
        keep.push(true);
    }
    stats.num_rows_dropped_by_watermark = dropped;
    if !batch_mode && let Some(w) = wm_us {
        let before = seen.len();
        seen.retain(|k, e| {
            let gone = e.is_some_and(|x| x <= w);
            if gone && let Some(c) = changes.as_mut() {
                c.push((k.to_vec(), None));
            }
            !gone
        });
        stats.num_rows_removed = (before - seen.len()) as i64;
    }
    stats.num_rows_total = seen.len() as i64;
    if !batch_mode {
        ctx.state_stats.push((plan.id, "dedupe", stats));
    }
    let mask = BooleanArray::from(keep);
    Ok(arrow_select::filter::filter_record_batch(b, &mask)?)
}

#[allow(clippy::too_many_arguments)]
fn hash_join(
    schema: &SchemaRef,
    l: &RecordBatch,
    r: &RecordBatch,
    how: JoinType,
    left_keys: &[crate::expr::PhysExpr],
    right_keys: &[crate::expr::PhysExpr],
    condition: Option<&crate::expr::PhysExpr>,
    output: &[JoinColumn],
) -> Result<RecordBatch> {
    // Keys as Spark compares them (NormalizeFloatingNumbers): -0.0 meets 0.0, NaN meets NaN.
    let key = |e: &crate::expr::PhysExpr, b: &RecordBatch| e.eval(b).map(|a| normalize_floats(&a));
    let lk: Vec<ArrayRef> = left_keys.iter().map(|e| key(e, l)).collect::<Result<_>>()?;
    let rk: Vec<ArrayRef> = right_keys
        .iter()
        .map(|e| key(e, r))
        .collect::<Result<_>>()?;
    // Key types are aligned at plan time; build on the right (the static side).
    let fields: Vec<SortField> = lk
        .iter()
        .map(|a| SortField::new(a.data_type().clone()))
        .collect();
    let conv = RowConverter::new(fields)?;
    let lrows = conv.convert_columns(&lk)?;
    let rrows = conv.convert_columns(&rk)?;
    let has_null = |cols: &[ArrayRef], i: usize| cols.iter().any(|c| c.is_null(i));
    let mut table: rustc_hash::FxHashMap<&[u8], Vec<u32>> = rustc_hash::FxHashMap::default();
    for j in 0..r.num_rows() {
        if !has_null(&rk, j) {
            table.entry(rrows.row(j).data()).or_default().push(j as u32);
        }
    }
    let mut li: Vec<Option<u32>> = Vec::new();
    let mut ri: Vec<Option<u32>> = Vec::new();
    for i in 0..l.num_rows() {
        let matches = if has_null(&lk, i) {
            None
        } else {
            table.get(lrows.row(i).data())
        };
        if let Some(m) = matches {
            for j in m {
                li.push(Some(i as u32));
                ri.push(Some(*j));
            }
        }
    }
    // Apply the extra condition on candidate pairs.
    if let Some(c) = condition {
        let lidx = UInt32Array::from(li.clone());
        let ridx = UInt32Array::from(ri.clone());
        let mut cols: Vec<ArrayRef> = l
            .columns()
            .iter()
            .map(|c| take(c.as_ref(), &lidx, None))
            .collect::<std::result::Result<_, _>>()?;
        cols.extend(
            r.columns()
                .iter()
                .map(|c| take(c.as_ref(), &ridx, None))
                .collect::<std::result::Result<Vec<_>, _>>()?,
        );
        let mut fields: Vec<Field> = l
            .schema()
            .fields()
            .iter()
            .map(|f| f.as_ref().clone())
            .collect();
        fields.extend(r.schema().fields().iter().map(|f| f.as_ref().clone()));
        let pair_schema = Arc::new(arrow_schema::Schema::new(fields));
        let pairs = with_schema(&pair_schema, cols, lidx.len())?;
        let mask = c.eval(&pairs)?;
        let mask = mask.as_boolean();
        let (mut l2, mut r2) = (Vec::new(), Vec::new());
        for k in 0..li.len() {
            if mask.is_valid(k) && mask.value(k) {
                l2.push(li[k]);
                r2.push(ri[k]);
            }
        }
        li = l2;
        ri = r2;
    }
    let matched_left: HashSet<u32> = li.iter().flatten().copied().collect();
    match how {
        JoinType::Inner | JoinType::Cross => {}
        JoinType::LeftOuter => {
            for i in 0..l.num_rows() as u32 {
                if !matched_left.contains(&i) {
                    li.push(Some(i));
                    ri.push(None);
                }
            }
        }
        JoinType::LeftSemi | JoinType::LeftAnti => {
            let want = how == JoinType::LeftSemi;
            li = (0..l.num_rows() as u32)
                .filter(|i| matched_left.contains(i) == want)
                .map(Some)
                .collect();
            ri = vec![None; li.len()];
        }
        JoinType::RightOuter | JoinType::FullOuter => {
            let matched_right: HashSet<u32> = ri.iter().flatten().copied().collect();
            if how == JoinType::FullOuter {
                for i in 0..l.num_rows() as u32 {
                    if !matched_left.contains(&i) {
                        li.push(Some(i));
                        ri.push(None);
                    }
                }
            }
            for j in 0..r.num_rows() as u32 {
                if !matched_right.contains(&j) {
                    li.push(None);
                    ri.push(Some(j));
                }
            }
        }
    }
    let lidx = UInt32Array::from(li);
    let ridx = UInt32Array::from(ri);
    let mut cols = Vec::with_capacity(output.len());
    for c in output {
        cols.push(match c {
            JoinColumn::Left(i) => take(l.column(*i).as_ref(), &lidx, None)?,
            JoinColumn::Right(i) => take(r.column(*i).as_ref(), &ridx, None)?,
            JoinColumn::Using(a, b) => {
                let lv = take(l.column(*a).as_ref(), &lidx, None)?;
                let rv = take(r.column(*b).as_ref(), &ridx, None)?;
                let rv = if rv.data_type() != lv.data_type() {
                    crate::expr::cast::cast_array(&rv, lv.data_type(), false)?
                } else {
                    rv
                };
                let mask = arrow_arith::boolean::is_not_null(&lv)?;
                arrow_select::zip::zip(&mask, &lv, &rv)?
            }
        });
    }
    let cols = retype(schema, cols)?;
    with_schema(schema, cols, lidx.len())
}

/// Sorts a batch by keys (Spark: NULLs first for ascending, last for descending, unless said).
pub fn sort_batch(b: &RecordBatch, keys: &[SortKey]) -> Result<RecordBatch> {
    if b.num_rows() <= 1 {
        return Ok(b.clone());
    }
    let cols: Vec<arrow_ord::sort::SortColumn> = keys
        .iter()
        .map(|k| {
            Ok(arrow_ord::sort::SortColumn {
                values: k.expr.eval(b)?,
                options: Some(arrow_schema::SortOptions {
                    descending: !k.asc,
                    nulls_first: k.nulls_first,
                }),
            })
        })
        .collect::<Result<_>>()?;
    let idx = arrow_ord::sort::lexsort_to_indices(&cols, None)?;
    let out: Vec<ArrayRef> = b
        .columns()
        .iter()
        .map(|c| take(c.as_ref(), &idx, None))
        .collect::<std::result::Result<_, _>>()?;
    with_schema(&b.schema(), out, idx.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lcg(x: &mut u64) -> u64 {
        *x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *x >> 11
    }

    #[test]
    fn tumbling_starts_follow_sparks_formula() {
        let mut x = 7;
        for (slide, offset) in [(600_000_000i64, 0i64), (7, 3), (10, -4), (1, 0), (5, 12)] {
            let mut times = Vec::new();
            let mut t = -(slide * 3) - 17;
            for _ in 0..2000 {
                t += (lcg(&mut x) % (slide as u64 + 3)) as i64 - (slide / 4);
                times.push(t);
                if lcg(&mut x).is_multiple_of(50) {
                    times.push(-t);
                }
            }
            let got = tumbling_starts(&times, slide, offset);
            for (t, s) in times.iter().zip(got) {
                assert_eq!(
                    s,
                    t - (t - offset + slide) % slide,
                    "t={t} slide={slide} offset={offset}"
                );
            }
        }
    }
}
