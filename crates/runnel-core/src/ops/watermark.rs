//! `withWatermark`: tracks the maximum event time of the batch; rows pass unchanged.

use arrow_array::{RecordBatch, TimestampMicrosecondArray};
use arrow_schema::SchemaRef;

use super::{BatchContext, Operator, timestamps, with_schema};
use crate::error::Result;

/// Spark's `EventTimeWatermarkExec`.
pub struct Watermark {
    pub(super) id: usize,
    pub(super) input: Box<dyn Operator>,
    pub(super) column: usize,
    pub(super) delay_ms: i64,
    pub(super) schema: SchemaRef,
}

impl Operator for Watermark {
    fn describe(&self) -> String {
        format!(
            "EventTimeWatermark {}, {} ms",
            self.schema.field(self.column).name(),
            self.delay_ms
        )
    }
    fn defines_watermark(&self) -> bool {
        true
    }
    fn children(&self) -> Vec<&dyn Operator> {
        vec![self.input.as_ref()]
    }
    fn children_mut(&mut self) -> Vec<&mut dyn Operator> {
        vec![self.input.as_mut()]
    }
    fn execute(&mut self, cx: &mut BatchContext) -> Result<RecordBatch> {
        let b = self.input.execute(cx)?;
        let col = b.column(self.column).clone();
        cx.trace_times(self.id, || Ok(col.clone()))?;
        let max = event_time_stats(timestamps(&col)?, &mut cx.event_time_stats);
        if let Some(m) = max {
            let e = cx.event_time_max.entry(self.id).or_insert(m);
            *e = (*e).max(m);
        }
        with_schema(&self.schema, b.columns().to_vec(), b.num_rows())
    }
}

/// Folds a batch's event times into `stats` (min, max, sum, count, in ms: Spark keeps
/// event times in ms, truncating toward zero) and returns the batch's max (ms).
pub(super) fn event_time_stats(
    ts: &TimestampMicrosecondArray,
    stats: &mut Option<(i64, i64, i128, i64)>,
) -> Option<i64> {
    use arrow_array::Array;
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
