//! The [`Source`] trait.

use std::cell::RefCell;
use std::rc::Rc;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use crate::error::Result;

/// A source's position, serialised into the offset log as JSON.
pub type Offset = serde_json::Value;

/// What a decoding task hands back: a decoded [`RecordBatch`], or what a [`ChunkFn`]
/// made of one.
pub type TaskOutput = Box<dyn std::any::Any + Send>;

/// Work done on each decoded chunk by the task that decoded it, on that task's thread:
/// a query's row-by-row steps and partial aggregation (`ops::split`).
pub type ChunkFn = std::sync::Arc<dyn Fn(RecordBatch) -> Result<TaskOutput> + Send + Sync>;

/// How a source runs under a continuous trigger, as Spark tells its sources apart there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContinuousRead {
    /// A table with Spark's `CONTINUOUS_READ` (rate, socket, Kafka, memory).
    Supported,
    /// A V2 table that reads in micro-batches only (`rate-micro-batch`, Python data
    /// sources): Spark refuses it with `_LEGACY_ERROR_TEMP_2253`, naming the format.
    MicroBatchOnly(String),
    /// A V1 source (files, Delta, tables): Spark's `StreamingRelation`, refused as an
    /// unsupported operation.
    V1,
}

/// A streaming source. Replayable sources (memory, files, Kafka, Delta) return the
/// same rows for the same offsets, which makes exactly-once possible.
pub trait Source {
    /// The rows' schema.
    fn schema(&self) -> SchemaRef;
    /// The newest offset available after `start`, respecting the source's per-trigger
    /// limit (`maxFilesPerTrigger`, `rowsPerSecond`...). `None` when there is no data at all.
    fn latest_offset(&mut self, start: Option<&Offset>) -> Result<Option<Offset>>;
    /// The rows in `(start, end]`.
    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>>;
    /// The rows in `(start, end]` decoded in chunks, `then` run on each chunk by the task
    /// that decoded it (on the host's threads): the outputs in row order, or `None`
    /// when this source does not read in chunks (then [`Source::get_batch`] reads).
    fn get_batch_chunked(
        &mut self,
        _start: Option<&Offset>,
        _end: &Offset,
        _then: &ChunkFn,
    ) -> Result<Option<Vec<TaskOutput>>> {
        Ok(None)
    }
    /// The `latestOffset` a progress report shows after [`Source::latest_offset`] gave
    /// `end`: Spark's `reportLatestOffset`. A source without admission control reports the
    /// offset it gave (the default); one with it (the file, Delta and `rate-micro-batch`
    /// sources) reports null unless it knows the newest offset before its per-trigger
    /// limit (Kafka).
    fn reported_latest_offset(&self, end: Option<&Offset>) -> Option<Offset> {
        end.cloned()
    }
    /// Everything up to `end` is committed and may be forgotten.
    fn commit(&mut self, _end: &Offset) -> Result<()> {
        Ok(())
    }
    /// What [`Source::commit`] does outlives the process (input files deleted or moved,
    /// messages acknowledged elsewhere), so the batch's commit must be durable before it
    /// runs: a batch replayed after a crash must find its input again.
    fn commit_outlives_process(&self) -> bool {
        false
    }
    /// A query starts reading this source (one source object may feed several
    /// queries, a memory stream say): a token for the calls below.
    fn attach_reader(&mut self) -> usize {
        0
    }
    /// The reader's next batch covers offsets up to `end`.
    fn planned(&mut self, _reader: usize, _end: &Offset) {}
    /// The reader committed everything up to `end` (by default, [`Source::commit`]).
    fn commit_reader(&mut self, _reader: usize, end: &Offset) -> Result<()> {
        self.commit(end)
    }
    /// The reader stopped: what it alone held may go.
    fn detach_reader(&mut self, _reader: usize) {}
    /// The query has a checkpoint: the source keeps what it must remember across
    /// restarts (a file source: which files each offset covers) under `dir` there, and
    /// reads back what an earlier run wrote.
    fn attach_log(&mut self, _store: crate::state::CheckpointRef, _dir: &str) -> Result<()> {
        Ok(())
    }
    /// The query reads only the columns flagged here (one flag per column of
    /// [`Source::schema`], from the planner's pruning pass (planner/prune.rs), once when a query is planned):
    /// a source may leave the others NULL instead of decoding them, as Spark's file
    /// readers do with the `requiredSchema` they are given. The schema stays as it is.
    /// When several queries read one source, each call widens what is read.
    fn prune_columns(&mut self, _required: &[bool]) {}
    /// The query is about to run its first batch under `trigger`: a source with
    /// admission control reads everything available under `Trigger.Once` (Spark asks
    /// it with `ReadAllAvailable`), and prepares for `Trigger.AvailableNow` (Spark's
    /// `prepareForTriggerAvailableNow`, or its wrapper for sources without one: the
    /// offset available now, read in one batch).
    fn prepare_for_trigger(&mut self, _trigger: crate::mode::Trigger) -> Result<()> {
        Ok(())
    }
    /// A description for progress reports (`FileStreamSource[file:/data]`).
    fn description(&self) -> String;
    /// Whether a continuous query may read this source (a V1 source unless it says so).
    fn continuous_read(&self) -> ContinuousRead {
        ContinuousRead::V1
    }
}

/// A shared, single-threaded handle to a source.
pub type SourceRef = Rc<RefCell<dyn Source>>;
