//! `session_window(...)` in a grouping: each row opens a session `[t, t + gap)`;
//! the session aggregation merges overlapping ones.

use std::sync::Arc;

use arrow_array::*;
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, timestamps, window_struct, with_schema};
use crate::error::Result;
use crate::expr::PhysExpr;

/// Adds the `session_window` column.
pub struct SessionAssign {
    pub(super) id: usize,
    pub(super) input: Box<dyn Operator>,
    pub(super) time: PhysExpr,
    pub(super) gap: i64,
    pub(super) schema: SchemaRef,
}

impl Operator for SessionAssign {
    fn describe(&self) -> String {
        format!("Project session_window(gap {} us)", self.gap)
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        let ts = self.time.eval(&b)?;
        cx.trace_times(self.id, || Ok(ts.clone()))?;
        let ts = timestamps(&ts)?;
        let gap = self.gap;
        let ends: TimestampMicrosecondArray = ts.iter().map(|v| v.map(|t| t + gap)).collect();
        let session = window_struct(
            ts.clone().with_timezone("UTC"),
            ends.with_timezone("UTC"),
            ts.nulls().cloned(),
        );
        let mut cols = b.columns().to_vec();
        cols.push(Arc::new(session));
        with_schema(&self.schema, cols, b.num_rows())
    }
}
