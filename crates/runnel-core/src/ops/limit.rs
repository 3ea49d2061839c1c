//! `limit`: in a stream, at most `n` rows over the whole run (the count is state).

use arrow_array::RecordBatch;

use super::{BatchContext, Operator};
use crate::error::Result;
use crate::mode::OutputMode;
use crate::scalar::codec;
use crate::state::StateRows;

/// Spark's `StreamingGlobalLimitExec` (and a plain limit in batch or complete mode).
pub struct Limit {
    pub(super) id: usize,
    pub(super) input: Box<dyn Operator>,
    pub(super) n: usize,
    /// Rows skipped first (`offset`; batch queries only).
    pub(super) offset: usize,
    /// Rows passed so far (streaming).
    pub(super) seen: Option<usize>,
}

impl Operator for Limit {
    fn describe(&self) -> String {
        match (self.n, self.offset) {
            (usize::MAX, o) if o > 0 => format!("Offset {o}"),
            (n, 0) => format!("GlobalLimit {n}"),
            (n, o) => format!("GlobalLimitAndOffset {n}, {o}"),
        }
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn state_node(&self) -> Option<usize> {
        self.seen.is_some().then_some(self.id)
    }
    fn take_changes(&mut self) -> StateRows {
        self.entries()
    }
    fn entries(&self) -> StateRows {
        let mut rows = StateRows::new();
        if let Some(n) = self.seen {
            rows.push(&[], Some(&(n as i64).to_le_bytes()));
        }
        rows
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        if cx.mode == OutputMode::Batch || cx.mode == OutputMode::Complete {
            let start = self.offset.min(b.num_rows());
            return Ok(b.slice(start, self.n.min(b.num_rows() - start)));
        }
        if self.seen.is_none() {
            let entries = cx.restore_state(self.id, "limit".into())?;
            self.seen = Some(match entries.first() {
                Some((_, v)) => codec::get_i64(&mut &v[..])?.max(0) as usize,
                None => 0,
            });
        }
        let seen = self.seen.get_or_insert(0);
        let take_n = self.n.saturating_sub(*seen).min(b.num_rows());
        *seen += take_n;
        Ok(b.slice(0, take_n))
    }
}
