//! A function outside the engine called per group with the group's state
//! ([`GroupStateFunction`]): Spark's `FlatMapGroupsInPandasWithStateExec`. Each batch calls
//! it for the groups with new rows (in key order), then for the groups whose timeout
//! passed (the batch's processing time, or the watermark); after each call the state is
//! written as Spark's `callFunctionAndUpdateState` writes it: removed (and no timeout
//! set) deletes it, else an update, a removal or a changed timeout stores the value and
//! the timeout. The state (key → timeout and value bytes) is checkpointed like every
//! operator's.

use std::rc::Rc;
use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch, new_null_array};
use arrow_row::{RowConverter, SortField};
use arrow_schema::{Schema, SchemaRef};
use rustc_hash::FxHashMap;

use super::{BatchContext, Operator, retype};
use crate::error::{Result, RunnelError};
use crate::logical::plan::{
    GroupStateCall, GroupStateClock, GroupStateFunction, GroupStateTimeout, GroupStateUpdate,
};
use crate::mode::OutputMode;
use crate::ops::grouping::StateStats;
use crate::scalar::codec;
use crate::state::{StateChange, StateRows};

/// Spark's `NO_TIMESTAMP`.
const NO_TIMESTAMP: i64 = -1;

/// One group's state: its timeout (ms, or -1) and value.
#[derive(Clone)]
struct Entry {
    timeout_ms: i64,
    value: Option<Vec<u8>>,
}

fn encode(e: &Entry) -> Vec<u8> {
    let mut out = Vec::new();
    codec::put_i64(&mut out, e.timeout_ms);
    match &e.value {
        Some(v) => {
            out.push(1);
            codec::put_bytes(&mut out, v);
        }
        None => out.push(0),
    }
    out
}

fn decode(mut b: &[u8]) -> Result<Entry> {
    let timeout_ms = codec::get_i64(&mut b)?;
    let value = match codec::get_u8(&mut b)? {
        0 => None,
        _ => Some(codec::get_bytes(&mut b)?.to_vec()),
    };
    Ok(Entry { timeout_ms, value })
}

/// `b` without its rows whose event time (the column with a watermark) is at or before
/// `late_ms` (Spark's `applyRemovingRowsOlderThanWatermark`), and how many were dropped.
pub(super) fn drop_late_rows(b: RecordBatch, late_ms: i64) -> Result<(RecordBatch, i64)> {
    let Some(c) = b
        .schema()
        .fields()
        .iter()
        .position(|f| crate::types::watermark_delay(f).is_some())
    else {
        return Ok((b, 0));
    };
    let times = super::timestamps(b.column(c))?;
    let keep: arrow_array::BooleanArray = times
        .iter()
        .map(|t| Some(t.is_none_or(|t| t > late_ms * 1000)))
        .collect();
    let dropped = (b.num_rows() - keep.true_count()) as i64;
    Ok((
        arrow_select::filter::filter_record_batch(&b, &keep)?,
        dropped,
    ))
}

/// The operator.
pub struct GroupState {
    id: usize,
    input: Box<dyn Operator>,
    keys: usize,
    func: Rc<dyn GroupStateFunction>,
    schema: SchemaRef,
    state: Option<FxHashMap<Vec<u8>, Entry>>,
    changes: Vec<StateChange>,
    track: bool,
}

impl GroupState {
    pub(super) fn new(
        id: usize,
        input: Box<dyn Operator>,
        keys: usize,
        func: Rc<dyn GroupStateFunction>,
        schema: SchemaRef,
    ) -> Self {
        GroupState {
            id,
            input,
            keys,
            func,
            schema,
            state: None,
            changes: Vec::new(),
            track: false,
        }
    }

    /// Applies the function's updates to the state (Spark's `callFunctionAndUpdateState`).
    fn write(&mut self, updates: Vec<GroupStateUpdate>, stats: &mut StateStats) {
        let Some(state) = self.state.as_mut() else {
            return;
        };
        for u in updates {
            let old_timeout = state.get(&u.key).map_or(NO_TIMESTAMP, |e| e.timeout_ms);
            if u.removed && u.timeout_ms == NO_TIMESTAMP {
                if state.remove(&u.key).is_some() {
                    stats.num_rows_removed += 1;
                }
                if self.track {
                    self.changes.push((u.key, None));
                }
            } else if u.updated || u.removed || u.timeout_ms != old_timeout {
                let e = Entry {
                    timeout_ms: u.timeout_ms,
                    value: if u.removed { None } else { u.value },
                };
                if self.track {
                    self.changes.push((u.key.clone(), Some(encode(&e))));
                }
                stats.num_rows_updated += 1;
                state.insert(u.key, e);
            }
        }
    }
}

impl Operator for GroupState {
    fn describe(&self) -> String {
        let names: Vec<&str> = self
            .schema
            .fields()
            .iter()
            .map(|f| f.name().as_str())
            .collect();
        format!("{} [{}]", self.func.name(), names.join(", "))
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn state_node(&self) -> Option<usize> {
        Some(self.id)
    }
    fn take_changes(&mut self) -> StateRows {
        std::mem::take(&mut self.changes).into_iter().collect()
    }
    fn entries(&self) -> StateRows {
        let mut rows = StateRows::new();
        if let Some(s) = &self.state {
            for (k, e) in s {
                rows.push(k, Some(&encode(e)));
            }
        }
        rows
    }

    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        if cx.mode == OutputMode::Batch {
            return Err(RunnelError::execution(
                "_LEGACY_ERROR_TEMP_3176",
                "applyInPandasWithState is unsupported in batch query. Use applyInPandas instead.",
            )
            .with_exception("UnsupportedOperationException"));
        }
        let mut stats_dropped = 0;
        let key_types: Vec<SortField> = b.schema().fields()[..self.keys]
            .iter()
            .map(|f| SortField::new(f.data_type().clone()))
            .collect();
        if self.state.is_none() {
            let types: Vec<String> = b.schema().fields()[..self.keys]
                .iter()
                .map(|f| crate::types::simple_string(f.data_type()))
                .collect();
            let schema = format!("group state key=[{}]", types.join(","));
            let mut state = FxHashMap::default();
            for (k, v) in cx.restore_state(self.id, schema)? {
                state.insert(k, decode(&v)?);
            }
            self.state = Some(state);
            self.track = cx.track_state;
        }
        // With event-time timeouts, rows older than the watermark are late and dropped
        // (Spark's `applyRemovingRowsOlderThanWatermark`).
        let b = match (
            self.func.timeout(),
            cx.input_watermarks(&[self.input.as_ref()]).1,
        ) {
            (GroupStateTimeout::EventTimeTimeout, Some(late_ms)) => {
                let (kept, dropped) = drop_late_rows(b, late_ms)?;
                stats_dropped = dropped;
                kept
            }
            _ => b,
        };
        let clock = GroupStateClock {
            batch_ms: crate::expr::functions::batch_timestamp().div_euclid(1000),
            watermark_ms: cx.watermark_ms,
        };
        let mut stats = StateStats {
            num_rows_dropped_by_watermark: stats_dropped,
            ..StateStats::default()
        };
        let mut outputs = Vec::new();

        // The groups with new rows, in key order.
        let key_cols: Vec<ArrayRef> = b.columns()[..self.keys].to_vec();
        let groups = super::external::key_groups(std::slice::from_ref(&key_cols), &[b.num_rows()])?;
        if !groups.is_empty() {
            let conv = RowConverter::new(key_types.clone())?;
            let normalized: Vec<ArrayRef> = key_cols
                .iter()
                .map(crate::scalar::normalize_floats)
                .collect();
            let rows = conv.convert_columns(&normalized)?;
            let keys: Vec<Vec<u8>> = groups
                .iter()
                .map(|g| rows.row(g[0][0] as usize).as_ref().to_vec())
                .collect();
            let state = self.state.as_ref();
            let calls: Vec<GroupStateCall> = groups
                .into_iter()
                .zip(&keys)
                .map(|(g, k)| GroupStateCall {
                    key: k,
                    rows: g.into_iter().next().unwrap_or_default(),
                    value: state
                        .and_then(|s| s.get(k))
                        .and_then(|e| e.value.as_deref()),
                    timed_out: false,
                })
                .collect();
            let (out, updates) = self.func.apply(&b, &calls, clock, &self.schema)?;
            outputs.push(out);
            self.write(updates, &mut stats);
        }

        // The groups whose timeout passed.
        let threshold = match self.func.timeout() {
            GroupStateTimeout::NoTimeout => None,
            GroupStateTimeout::ProcessingTimeTimeout => Some(clock.batch_ms),
            GroupStateTimeout::EventTimeTimeout => cx.watermark_ms,
        };
        if let (Some(t), Some(state)) = (threshold, self.state.as_ref()) {
            let mut due: Vec<(&Vec<u8>, &Entry)> = state
                .iter()
                .filter(|(_, e)| e.timeout_ms != NO_TIMESTAMP && e.timeout_ms < t)
                .collect();
            due.sort_by(|a, b| a.0.cmp(b.0));
            if !due.is_empty() {
                // One row per group: its key, NULL elsewhere.
                let conv = RowConverter::new(key_types)?;
                let parsed = conv.parser();
                let key_rows: Vec<_> = due.iter().map(|(k, _)| parsed.parse(k)).collect();
                let mut cols = conv.convert_rows(key_rows)?;
                for f in &b.schema().fields()[self.keys..] {
                    cols.push(new_null_array(f.data_type(), due.len()));
                }
                // NULL in the other columns, which the input may declare non-nullable (an
                // exploded key column again, say): they are nullable in these rows' schema.
                let schema: SchemaRef = Arc::new(Schema::new_with_metadata(
                    b.schema()
                        .fields()
                        .iter()
                        .enumerate()
                        .map(|(i, f)| match i < self.keys {
                            true => f.as_ref().clone(),
                            false => f.as_ref().clone().with_nullable(true),
                        })
                        .collect::<Vec<_>>(),
                    b.schema().metadata().clone(),
                ));
                let cols = retype(&schema, cols)?;
                let keyed = super::with_schema(&schema, cols, due.len())?;
                let calls: Vec<GroupStateCall> = due
                    .iter()
                    .enumerate()
                    .map(|(i, (k, e))| GroupStateCall {
                        key: k,
                        rows: vec![i as u32],
                        value: e.value.as_deref(),
                        timed_out: true,
                    })
                    .collect();
                let (out, updates) = self.func.apply(&keyed, &calls, clock, &self.schema)?;
                outputs.push(out);
                self.write(updates, &mut stats);
            }
        }
        stats.num_rows_total = self.state.as_ref().map_or(0, |s| s.len() as i64);
        cx.state_stats
            .push((self.id, "flatMapGroupsWithState", stats));
        let n: usize = outputs.iter().map(|o| o.num_rows()).sum();
        if outputs.is_empty() {
            return Ok(RecordBatch::new_empty(self.schema.clone()));
        }
        let out = super::concat(&self.schema, &outputs)?;
        super::with_schema(
            &self.schema,
            retype(&self.schema, out.columns().to_vec())?,
            n,
        )
    }
}
