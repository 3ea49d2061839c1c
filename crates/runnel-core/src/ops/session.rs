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
    pub(super) gap_expr: Option<PhysExpr>,
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
        let mut b = self.input.execute(cx)?;
        if let Some(g) = &self.gap_expr {
            return self.dynamic(cx, &mut b, g);
        }
        let mut ts = self.time.eval(&b)?;
        // A row without a time has no session: Spark's SessionWindowing filters it out
        // (IsNotNull on the time column), in a plain select too.
        if ts.null_count() > 0 {
            let keep = arrow_arith::boolean::is_not_null(ts.as_ref())?;
            b = arrow_select::filter::filter_record_batch(&b, &keep)?;
            ts = arrow_select::filter::filter(ts.as_ref(), &keep)?;
        }
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

impl SessionAssign {
    /// A gap per row: rows whose gap is NULL or not positive are dropped (Spark filters
    /// sessions whose end is not after their start).
    fn dynamic(
        &self,
        cx: &mut BatchContext,
        b: &mut RecordBatch,
        g: &PhysExpr,
    ) -> Result<RecordBatch> {
        use arrow_array::cast::AsArray;
        let gaps = g.eval(b)?;
        let ts_all = self.time.eval(b)?;
        let ts_all = timestamps(&ts_all)?;
        let n = b.num_rows();
        let mut gap_us: Vec<Option<i64>> = Vec::with_capacity(n);
        for i in 0..n {
            gap_us.push(if gaps.is_null(i) {
                None
            } else {
                match gaps.data_type() {
                    arrow_schema::DataType::Duration(_) => Some(
                        gaps.as_primitive::<arrow_array::types::DurationMicrosecondType>()
                            .value(i),
                    ),
                    _ => {
                        let text = gaps.as_string::<i32>().value(i);
                        match crate::temporal::parse_interval(text) {
                            Ok(iv) if iv.months == 0 => iv.checked_micros_month_31(),
                            _ => None,
                        }
                    }
                }
            });
        }
        let keep = BooleanArray::from(
            (0..n)
                .map(|i| ts_all.is_valid(i) && gap_us[i].is_some_and(|g| g > 0))
                .collect::<Vec<_>>(),
        );
        let kept = arrow_select::filter::filter_record_batch(b, &keep)?;
        let gap_kept: Vec<i64> = (0..n)
            .filter(|&i| keep.value(i))
            .map(|i| gap_us[i].unwrap_or(0))
            .collect();
        let ts = self.time.eval(&kept)?;
        cx.trace_times(self.id, || Ok(ts.clone()))?;
        let ts = timestamps(&ts)?;
        let ends: TimestampMicrosecondArray = ts
            .iter()
            .zip(&gap_kept)
            .map(|(v, g)| v.map(|t| t.saturating_add(*g)))
            .collect();
        let session = window_struct(
            ts.clone().with_timezone("UTC"),
            ends.with_timezone("UTC"),
            ts.nulls().cloned(),
        );
        let mut cols = kept.columns().to_vec();
        cols.push(Arc::new(session));
        with_schema(&self.schema, cols, kept.num_rows())
    }
}
