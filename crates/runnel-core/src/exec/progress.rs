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
    /// What the source reported as its newest offset (null for sources with admission
    /// control that do not know it, as Spark's file source).
    pub latest_offset: Option<Value>,
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
    /// What each `observe` of the plan computed over the batch: (name, one row).
    pub observed_metrics: Vec<(String, arrow_array::RecordBatch)>,
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
        let mut out = json!({
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
            // Always here, `{}` when empty (Spark's JSON leaves an empty map out; PySpark's
            // progress object has `{}` then, which scripts read).
            "eventTime": event_time,
            "stateOperators": self.state_operators.iter().map(|(name, s)| {
                let mut custom = s.custom.clone();
                custom.sort_by_key(|(k, _)| *k);
                json!({
                    "operatorName": name,
                    "numRowsTotal": s.num_rows_total,
                    "numRowsUpdated": s.num_rows_updated,
                    // Spark's timings and memory, which Runnel does not measure (0):
                    // every client's StreamingQueryProgress reads these fields.
                    "allUpdatesTimeMs": 0,
                    "numRowsRemoved": s.num_rows_removed,
                    "allRemovalsTimeMs": 0,
                    "commitTimeMs": 0,
                    "memoryUsedBytes": 0,
                    "numRowsDroppedByWatermark": s.num_rows_dropped_by_watermark,
                    "numShufflePartitions": 1,
                    "numStateStoreInstances": 1,
                    // Sorted by name, as Spark writes them.
                    "customMetrics": custom.into_iter().map(|(k, v)| (k.to_string(), json!(v))).collect::<serde_json::Map<_, _>>(),
                })
            }).collect::<Vec<_>>(),
            "sources": self.sources.iter().map(|s| json!({
                "description": s.description,
                "startOffset": s.start_offset,
                "endOffset": s.end_offset,
                "latestOffset": s.latest_offset,
                "numInputRows": s.num_input_rows,
                "inputRowsPerSecond": 0.0,
                "processedRowsPerSecond": s.num_input_rows as f64 / secs,
            })).collect::<Vec<_>>(),
            "sink": { "description": self.sink, "numOutputRows": self.num_output_rows },
        });
        // Spark's JSON leaves an empty map out.
        if !self.observed_metrics.is_empty() {
            out["observedMetrics"] = observed_json(&self.observed_metrics);
        }
        out
    }
}

/// Observed metrics as Spark's progress JSON writes them: `{name: row}`, each row as
/// Spark's `Row.jsonValue` (an object of its fields).
pub fn observed_json(metrics: &[(String, arrow_array::RecordBatch)]) -> Value {
    let mut m = serde_json::Map::new();
    for (name, row) in metrics {
        let mut fields = serde_json::Map::new();
        if row.num_rows() > 0 {
            for (f, c) in row.schema().fields().iter().zip(row.columns()) {
                fields.insert(
                    f.name().clone(),
                    crate::scalar::row_json_value(c.as_ref(), 0),
                );
            }
        }
        m.insert(name.clone(), Value::Object(fields));
    }
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(stats: StateStats, watermark_ms: Option<i64>) -> Value {
        Progress {
            id: "q".into(),
            run_id: "r".into(),
            name: None,
            timestamp_ms: 0,
            batch_id: 3,
            num_input_rows: 4,
            num_output_rows: 2,
            duration_ms: 8,
            watermark_ms,
            event_time: None,
            state_operators: vec![("stateStoreSave", stats)],
            sources: vec![],
            sink: "MemorySink".into(),
            event_times: None,
            output: None,
            observed_metrics: vec![],
        }
        .to_json()
    }

    /// A state operator has every field of Spark's `StateOperatorProgress.jsonValue`, in
    /// its order (PySpark's `StateOperatorProgress.fromJson` reads all of them), and its
    /// custom metrics sorted by name.
    #[test]
    fn state_operator_fields_are_sparks() {
        let stats = StateStats {
            num_rows_total: 5,
            custom: vec![("rightRows", 1), ("leftRows", 2)],
            ..Default::default()
        };
        let v = report(stats, Some(60_000));
        let op = v["stateOperators"][0].as_object().unwrap();
        let keys: Vec<&str> = op.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "operatorName",
                "numRowsTotal",
                "numRowsUpdated",
                "allUpdatesTimeMs",
                "numRowsRemoved",
                "allRemovalsTimeMs",
                "commitTimeMs",
                "memoryUsedBytes",
                "numRowsDroppedByWatermark",
                "numShufflePartitions",
                "numStateStoreInstances",
                "customMetrics",
            ]
        );
        let custom: Vec<&str> = op["customMetrics"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(custom, ["leftRows", "rightRows"]);
        assert_eq!(v["eventTime"]["watermark"], "1970-01-01T00:01:00.000Z");
        assert_eq!(v["sink"]["numOutputRows"], 2);
    }
}
