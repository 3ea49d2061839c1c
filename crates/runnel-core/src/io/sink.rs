//! The [`Sink`] trait and the foreachBatch sink.

use std::cell::RefCell;
use std::rc::Rc;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use crate::error::Result;

/// A streaming sink. `add_batch` is idempotent per epoch: a replayed epoch must not write twice.
pub trait Sink {
    /// Receives the rows of one micro-batch.
    fn add_batch(&mut self, epoch_id: i64, schema: &SchemaRef, batch: &RecordBatch) -> Result<()>;
    /// A description for progress reports.
    fn description(&self) -> String;
    /// The query has a checkpoint: the sink may keep what it needs for exactly-once
    /// across restarts under `dir` there (a Kafka sink: where each epoch started writing).
    /// `query_id` is the checkpoint's query id, stable across restarts.
    fn attach_log(
        &mut self,
        _store: crate::state::CheckpointRef,
        _dir: &str,
        _query_id: &str,
    ) -> Result<()> {
        Ok(())
    }
    /// What the sink writes outlives the process (files, a topic, a user's function),
    /// so a batch's planned offsets must be durable before it writes (Spark's order:
    /// offsets, then the sink). False for sinks whose rows die with the process.
    fn outlives_process(&self) -> bool {
        true
    }
}

/// A shared handle to a sink.
pub type SinkRef = Rc<RefCell<dyn Sink>>;

/// Calls a function with each micro-batch (Spark's `foreachBatch`).
pub struct ForeachBatchSink<F: FnMut(&RecordBatch, i64) -> Result<()>> {
    f: F,
    last_epoch: Option<i64>,
}

impl<F: FnMut(&RecordBatch, i64) -> Result<()>> ForeachBatchSink<F> {
    /// A sink that calls `f(batch, epoch_id)`.
    pub fn new(f: F) -> Self {
        ForeachBatchSink {
            f,
            last_epoch: None,
        }
    }
}

impl<F: FnMut(&RecordBatch, i64) -> Result<()>> Sink for ForeachBatchSink<F> {
    fn add_batch(&mut self, epoch_id: i64, _schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        if self.last_epoch.is_some_and(|e| e >= epoch_id) {
            return Ok(());
        }
        (self.f)(batch, epoch_id)?;
        self.last_epoch = Some(epoch_id);
        Ok(())
    }
    fn description(&self) -> String {
        "ForeachBatchSink".into()
    }
}

/// Spark's `noop` sink: accepts and drops everything (for benchmarks).
#[derive(Default)]
pub struct NoopSink {
    /// Rows received.
    pub rows: u64,
}

impl Sink for NoopSink {
    fn add_batch(
        &mut self,
        _epoch_id: i64,
        _schema: &SchemaRef,
        batch: &RecordBatch,
    ) -> Result<()> {
        self.rows += batch.num_rows() as u64;
        Ok(())
    }
    fn description(&self) -> String {
        "org.apache.spark.sql.execution.datasources.noop.NoopTable$".into()
    }
    fn outlives_process(&self) -> bool {
        false
    }
}
