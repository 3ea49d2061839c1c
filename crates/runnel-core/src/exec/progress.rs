//! `StreamingQueryProgress`, with Spark's JSON field names.

use serde_json::{Value, json};

use crate::ops::grouping::StateStats;
use crate::temporal;

/// One source's part of a progress report.
#[derive(Debug, Clone)]
pub struct SourceProgress {
    /// Description.
    pub description: String,
    /// Offset before the batch.
    pub start_offset: Option<Value>,
    /// Offset after the batch.
    pub end_offset: Option<Value>,
    /// Rows read.
    pub num_input_rows: i64,
}

/// A micro-batch's progress.
#[derive(Debug, Clone)]
pub struct Progress {
    /// Query id.
    pub id: String,
    /// Run id.
    pub run_id: String,
    /// Query name.
    pub name: Option<String>,
    /// When the batch started, ms since the epoch.
    pub timestamp_ms: i64,
    /// Batch id.
    pub batch_id: i64,
    /// Rows read from all sources.
    pub num_input_rows: i64,
    /// Rows handed to the sink.
    pub num_output_rows: i64,
    /// Wall time of the batch, ms.
    pub duration_ms: i64,
    /// The watermark the batch used, ms (None when the query has none).
    pub watermark_ms: Option<i64>,
    /// Event-time min, max, avg (ms) over the batch's rows.
    pub event_time: Option<(i64, i64, i64)>,
    /// Stateful operators.
    pub state_operators: Vec<(&'static str, StateStats)>,
    /// Sources.
    pub sources: Vec<SourceProgress>,
    /// Sink description.
    pub sink: String,
    /// The event times (ms) of the batch's rows, when the query is traced.
    pub event_times: Option<Vec<i64>>,
    /// The rows the batch handed to the sink, when the query is traced.
    pub output: Option<arrow_array::RecordBatch>,
}

impl Progress {
    /// The report as Spark's `StreamingQueryProgress.json`.
    pub fn to_json(&self) -> Value {
        let secs = self.duration_ms.max(1) as f64 / 1000.0;
        let mut event_time = serde_json::Map::new();
        if let Some((min, max, avg)) = self.event_time {
            event_time.insert("avg".into(), json!(temporal::format_watermark(avg)));
            event_time.insert("max".into(), json!(temporal::format_watermark(max)));
            event_time.insert("min".into(), json!(temporal::format_watermark(min)));
        }
        if let Some(w) = self.watermark_ms {
            event_time.insert("watermark".into(), json!(temporal::format_watermark(w)));
        }
        json!({
            "id": self.id,
            "runId": self.run_id,
            "name": self.name,
            "timestamp": temporal::format_watermark(self.timestamp_ms),
            "batchId": self.batch_id,
            "batchDuration": self.duration_ms,
            "numInputRows": self.num_input_rows,
            "inputRowsPerSecond": 0.0,
            "processedRowsPerSecond": self.num_input_rows as f64 / secs,
            "durationMs": { "triggerExecution": self.duration_ms },
            "eventTime": Value::Object(event_time),
            "stateOperators": self.state_operators.iter().map(|(name, s)| json!({
                "operatorName": name,
                "numRowsTotal": s.num_rows_total,
                "numRowsUpdated": s.num_rows_updated,
                "numRowsRemoved": s.num_rows_removed,
                "numRowsDroppedByWatermark": s.num_rows_dropped_by_watermark,
                "numShufflePartitions": 1,
                "numStateStoreInstances": 1,
                "customMetrics": s.custom.iter().map(|(k, v)| ((*k).to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
            })).collect::<Vec<_>>(),
            "sources": self.sources.iter().map(|s| json!({
                "description": s.description,
                "startOffset": s.start_offset,
                "endOffset": s.end_offset,
                "latestOffset": s.end_offset,
                "numInputRows": s.num_input_rows,
                "inputRowsPerSecond": 0.0,
                "processedRowsPerSecond": s.num_input_rows as f64 / secs,
            })).collect::<Vec<_>>(),
            "sink": { "description": self.sink, "numOutputRows": self.num_output_rows },
        })
    }
}
