//! `dropDuplicates` / `dropDuplicatesWithinWatermark`: the first row of each key
//! passes; keys are kept until the watermark passes their event time (or expiry).

use arrow_array::*;
use arrow_row::{RowConverter, SortField};
use rustc_hash::FxHashMap;

use super::{BatchContext, Operator, timestamps};
use crate::error::Result;
use crate::mode::OutputMode;
use crate::ops::grouping::{StateStats, normalize_floats};
use crate::scalar::codec;
use crate::state::{StateChange, StateRows};
use crate::types;

/// Deduplication state: key → event time (or expiry for within-watermark), µs.
struct DedupState {
    seen: FxHashMap<Box<[u8]>, Option<i64>>,
    conv: RowConverter,
    changes: Option<Vec<StateChange>>,
}

/// Spark's `StreamingDeduplicateExec` (and `...WithinWatermarkExec`).
pub struct Dedup {
    id: usize,
    input: Box<dyn Operator>,
    keys: Vec<usize>,
    within_delay_ms: Option<i64>,
    event_time: Option<usize>,
    state: Option<DedupState>,
}

fn encode_opt_time(t: Option<i64>) -> Vec<u8> {
    let mut v = Vec::with_capacity(9);
    codec::put_opt_i64(&mut v, t);
    v
}

impl Dedup {
    pub(super) fn new(
        id: usize,
        input: Box<dyn Operator>,
        keys: Vec<usize>,
        within_delay_ms: Option<i64>,
        event_time: Option<usize>,
    ) -> Self {
        Dedup {
            id,
            input,
            keys,
            within_delay_ms,
            event_time,
            state: None,
        }
    }

    fn make_state(&self, b: &RecordBatch, cx: &mut BatchContext) -> Result<DedupState> {
        let fields: Vec<SortField> = self
            .keys
            .iter()
            .map(|k| SortField::new(b.schema().field(*k).data_type().clone()))
            .collect();
        let entries = if cx.mode == OutputMode::Batch {
            Vec::new()
        } else {
            let types: Vec<String> = self
                .keys
                .iter()
                .map(|k| types::simple_string(b.schema().field(*k).data_type()))
                .collect();
            // Fixed text, as checkpoints were written with it (not Debug output).
            let within = match self.within_delay_ms {
                Some(d) => format!("Some({d})"),
                None => "None".into(),
            };
            let schema = format!("dedup key=[{}] within={within}", types.join(","));
            let entries = cx.restore_state(self.id, schema)?;
            if cx.track_state {
                // Spark's StreamingDeduplicateExec state: the keys, and a NULL
                // `__dummy__` (or `expiresAtMicros` within the watermark).
                use crate::state::spark_meta::{SparkStateMeta, schema_of};
                let key = self
                    .keys
                    .iter()
                    .map(|k| {
                        let f = b.schema().field(*k).clone();
                        arrow_schema::Field::new(f.name(), f.data_type().clone(), true)
                    })
                    .collect();
                let (name, value) = match self.within_delay_ms {
                    Some(_) => (
                        "dedupeWithinWatermark",
                        arrow_schema::Field::new(
                            "expiresAtMicros",
                            arrow_schema::DataType::Int64,
                            true,
                        ),
                    ),
                    None => (
                        "dedupe",
                        arrow_schema::Field::new("__dummy__", arrow_schema::DataType::Null, true),
                    ),
                };
                cx.spark_state.insert(
                    self.id,
                    SparkStateMeta {
                        operator_name: name.into(),
                        key: schema_of(key),
                        value: schema_of(vec![value]),
                    },
                );
            }
            entries
        };
        let mut seen = FxHashMap::default();
        for (k, v) in entries {
            seen.insert(k.into_boxed_slice(), codec::get_opt_i64(&mut &v[..])?);
        }
        Ok(DedupState {
            seen,
            conv: RowConverter::new(fields)?,
            changes: (cx.mode != OutputMode::Batch && cx.track_state).then(Vec::new),
        })
    }
}

impl Operator for Dedup {
    fn describe(&self) -> String {
        match self.within_delay_ms {
            Some(_) => format!("StreamingDeduplicateWithinWatermark keys={:?}", self.keys),
            None => format!("StreamingDeduplicate keys={:?}", self.keys),
        }
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
        self.state
            .as_mut()
            .and_then(|s| s.changes.as_mut().map(std::mem::take))
            .unwrap_or_default()
            .into_iter()
            .collect()
    }
    fn entries(&self) -> StateRows {
        let mut rows = StateRows::new();
        if let Some(s) = &self.state {
            for (k, t) in s.seen.iter() {
                rows.push(k, Some(&encode_opt_time(*t)));
            }
        }
        rows
    }

    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        let batch_mode = cx.mode == OutputMode::Batch;
        if batch_mode || self.state.is_none() {
            self.state = Some(self.make_state(&b, cx)?);
        }
        let (wm, late) = cx.input_watermarks(&[self.input.as_ref()]);
        let wm_us = wm.map(|m| m * 1000);
        let late_us = late.map(|m| m * 1000);
        let Some(DedupState {
            seen,
            conv,
            changes,
        }) = self.state.as_mut()
        else {
            crate::internal_err!("dedup without state")
        };
        // Keys as Spark compares them: -0.0 is 0.0, every NaN one NaN.
        let key_cols: Vec<ArrayRef> = self
            .keys
            .iter()
            .map(|k| normalize_floats(b.column(*k)))
            .collect();
        let rows = conv.convert_columns(&key_cols)?;
        let times = match self.event_time {
            Some(c) => Some(timestamps(b.column(c))?.clone()),
            None => None,
        };
        let time_in_key = self.event_time.is_some_and(|c| self.keys.contains(&c));
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
            // No key columns (`df.select().distinct()`): every row has the empty key.
            let row = (!key_cols.is_empty()).then(|| rows.row(i));
            let k: &[u8] = row.as_ref().map_or(&[], |r| r.as_ref());
            if seen.contains_key(k) {
                keep.push(false);
                continue;
            }
            let expiry = match self.within_delay_ms {
                // Spark reads a NULL event time as 0, so the entry expires `delay` after the epoch.
                Some(d) => Some(t.unwrap_or(0) + d * 1000),
                None if time_in_key => t,
                None => None,
            };
            seen.insert(k.into(), expiry);
            if let Some(c) = changes.as_mut() {
                c.push((k.to_vec(), Some(encode_opt_time(expiry))));
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
            cx.state_stats.push((self.id, "dedupe", stats));
        }
        let mask = BooleanArray::from(keep);
        Ok(arrow_select::filter::filter_record_batch(&b, &mask)?)
    }
}
