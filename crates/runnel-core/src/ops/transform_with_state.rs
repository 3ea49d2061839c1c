//! A stateful processor outside the engine ([`StatefulProcessorFunction`]): Spark's
//! `TransformWithStateExec` (`transformWithStateInPandas` / `transformWithState`). Each
//! batch hands the processor the batch's groups (rows by key, in key order; with
//! event-time timers the late rows dropped first) and the operator's
//! [`KeyValueState`], which the processor reads and writes while it runs (its state
//! variables and timers, laid out by the processor); the changes are checkpointed like
//! every operator's.

use std::rc::Rc;

use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, retype};
use crate::error::{Result, RunnelError};
use crate::logical::plan::{GroupStateClock, StatefulProcessorFunction, TimeMode};
use crate::mode::OutputMode;
use crate::ops::grouping::StateStats;
use crate::state::{KeyValueState, StateRows};

/// The operator.
pub struct TransformWithState {
    id: usize,
    input: Box<dyn Operator>,
    keys: usize,
    func: Rc<dyn StatefulProcessorFunction>,
    schema: SchemaRef,
    state: Option<KeyValueState>,
}

impl TransformWithState {
    pub(super) fn new(
        id: usize,
        input: Box<dyn Operator>,
        keys: usize,
        func: Rc<dyn StatefulProcessorFunction>,
        schema: SchemaRef,
    ) -> Self {
        TransformWithState {
            id,
            input,
            keys,
            func,
            schema,
            state: None,
        }
    }
}

impl Operator for TransformWithState {
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
        let mut rows = StateRows::new();
        if let Some(s) = self.state.as_mut() {
            for (k, v) in s.take_changes() {
                rows.push(&k, v.as_deref());
            }
        }
        rows
    }
    fn entries(&self) -> StateRows {
        let mut rows = StateRows::new();
        if let Some(s) = &self.state {
            for (k, v) in s.entries() {
                rows.push(k, Some(v));
            }
        }
        rows
    }

    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        if cx.mode == OutputMode::Batch {
            // A batch query runs the processor once over fresh state, as Spark does.
            self.state = Some(KeyValueState::default());
        } else if self.state.is_none() {
            let types: Vec<String> = b.schema().fields()[..self.keys]
                .iter()
                .map(|f| crate::types::simple_string(f.data_type()))
                .collect();
            let schema = format!("transformWithState key=[{}]", types.join(","));
            let entries = cx.restore_state(self.id, schema)?;
            self.state = Some(KeyValueState::new(entries, cx.track_state));
        }
        let mut stats = StateStats::default();
        // With event-time timers, rows older than the watermark are late and dropped.
        let b = match (
            self.func.time_mode(),
            cx.input_watermarks(&[self.input.as_ref()]).1,
        ) {
            (TimeMode::EventTime, Some(late_ms)) => {
                let (kept, dropped) = super::group_state::drop_late_rows(b, late_ms)?;
                stats.num_rows_dropped_by_watermark = dropped;
                kept
            }
            _ => b,
        };
        let clock = GroupStateClock {
            batch_ms: crate::expr::functions::batch_timestamp().div_euclid(1000),
            watermark_ms: cx.watermark_ms,
        };
        let key_cols: Vec<ArrayRef> = b.columns()[..self.keys].to_vec();
        let groups: Vec<Vec<u32>> =
            super::external::key_groups(std::slice::from_ref(&key_cols), &[b.num_rows()])?
                .into_iter()
                .map(|g| g.into_iter().next().unwrap_or_default())
                .collect();
        let state = self
            .state
            .as_mut()
            .ok_or_else(|| RunnelError::internal("transformWithState without its state"))?;
        let before = state.len() as i64;
        let out = self.func.apply(&b, &groups, clock, state, &self.schema)?;
        let after = state.len() as i64;
        stats.num_rows_total = after;
        stats.num_rows_updated = (after - before).max(0);
        stats.num_rows_removed = (before - after).max(0);
        cx.state_stats
            .push((self.id, "transformWithStateExec", stats));
        let n = out.num_rows();
        super::with_schema(
            &self.schema,
            retype(&self.schema, out.columns().to_vec())?,
            n,
        )
    }
}
