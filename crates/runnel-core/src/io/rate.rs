//! Spark's `rate` source: `rowsPerSecond` rows a second with `timestamp` and `value`.

use std::sync::Arc;

use arrow_array::{Int64Array, RecordBatch, TimestampMicrosecondArray};
use arrow_schema::{DataType, Field, Schema, SchemaRef};

use super::ClockFn;
use super::source::{Offset, Source};
use crate::error::Result;
use crate::types;

/// The most rows one micro-batch of a rate source makes (and its largest `rowsPerSecond`).
pub const MAX_ROWS_PER_BATCH: i64 = 10_000_000;

/// Generates `rows_per_second` rows for every second since the query started.
pub struct RateSource {
    rows_per_second: i64,
    start_ms: Option<i64>,
    clock: ClockFn,
}

impl RateSource {
    /// A rate source reading time from `clock` (ms since the epoch).
    pub fn new(rows_per_second: i64, clock: ClockFn) -> Self {
        RateSource {
            rows_per_second: rows_per_second.max(0),
            start_ms: None,
            clock,
        }
    }

    /// The rate source's schema.
    pub fn schema_of() -> SchemaRef {
        Arc::new(Schema::new(vec![
            Field::new("timestamp", types::timestamp_type(), true),
            Field::new("value", DataType::Int64, true),
        ]))
    }
}

impl Source for RateSource {
    fn schema(&self) -> SchemaRef {
        Self::schema_of()
    }
    fn latest_offset(&mut self, start: Option<&Offset>) -> Result<Option<Offset>> {
        let now = (self.clock)();
        let begin = *self.start_ms.get_or_insert(now);
        let secs = (now - begin) / 1000;
        // A batch that fell behind (a long batch, a paused process) catches up over several
        // batches of at most MAX_ROWS_PER_BATCH rows, rather than one that does not fit.
        let from = start.and_then(|v| v.as_i64()).unwrap_or(0);
        let most = (MAX_ROWS_PER_BATCH / self.rows_per_second.max(1)).max(1);
        Ok(Some(serde_json::json!(secs.min(from.saturating_add(most)))))
    }
    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let s = start.and_then(|v| v.as_i64()).unwrap_or(0);
        let e = end.as_i64().unwrap_or(0);
        let base = self.start_ms.unwrap_or(0);
        let n = self.rows_per_second;
        let from = s * n;
        let to = e * n;
        let values: Vec<i64> = (from..to).collect();
        let ts: Vec<i64> = (from..to)
            .map(|v| (base + v * 1000 / n.max(1)) * 1000)
            .collect();
        let batch = RecordBatch::try_new(
            Self::schema_of(),
            vec![
                Arc::new(TimestampMicrosecondArray::from(ts).with_timezone("UTC")),
                Arc::new(Int64Array::from(values)),
            ],
        )?;
        Ok(vec![batch])
    }
    fn description(&self) -> String {
        format!(
            "RateStreamV2[rowsPerSecond={}, rampUpTimeSeconds=0, numPartitions=default",
            self.rows_per_second
        )
    }
}
