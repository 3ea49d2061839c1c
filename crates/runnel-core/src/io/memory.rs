//! The memory source (rows pushed in by the host: tests, JS, the playground) and
//! the memory sink (Spark's `format("memory")`, a table `spark.sql` can query).

use std::cell::RefCell;
use std::rc::Rc;

use arrow_array::RecordBatch;
use arrow_schema::SchemaRef;

use super::sink::Sink;
use super::source::{Offset, Source};
use crate::error::{Result, RunnelError};

/// Rows added from outside, one offset per `add_data` call (Spark's `MemoryStream`).
pub struct MemoryStream {
    schema: SchemaRef,
    batches: Vec<RecordBatch>,
    name: String,
}

impl MemoryStream {
    /// An empty stream of `schema`.
    pub fn new(schema: SchemaRef, name: &str) -> Self {
        MemoryStream {
            schema,
            batches: Vec::new(),
            name: name.to_string(),
        }
    }

    /// Appends rows; they become visible to the next micro-batch.
    pub fn add_data(&mut self, batch: RecordBatch) -> Result<()> {
        if batch.schema().fields().len() != self.schema.fields().len() {
            return Err(RunnelError::analysis_plain(format!(
                "rows added to memory stream {} have {} columns, the stream has {}",
                self.name,
                batch.num_columns(),
                self.schema.fields().len()
            )));
        }
        let batch = RecordBatch::try_new(self.schema.clone(), batch.columns().to_vec())?;
        self.batches.push(batch);
        Ok(())
    }

    fn index(o: Option<&Offset>) -> i64 {
        o.and_then(|v| v.as_i64()).unwrap_or(-1)
    }
}

impl Source for MemoryStream {
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }
    fn latest_offset(&mut self, _start: Option<&Offset>) -> Result<Option<Offset>> {
        Ok(if self.batches.is_empty() {
            None
        } else {
            Some(serde_json::json!(self.batches.len() as i64 - 1))
        })
    }
    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        let s = (Self::index(start) + 1) as usize;
        let e = (Self::index(Some(end)) + 1) as usize;
        Ok(self
            .batches
            .get(s..e.min(self.batches.len()))
            .map(|b| b.to_vec())
            .unwrap_or_default())
    }
    fn description(&self) -> String {
        format!("MemoryStream[{}]", self.name)
    }
}

/// A memory table: what a memory sink has received.
#[derive(Debug)]
pub struct MemoryTable {
    /// Schema.
    pub schema: SchemaRef,
    /// Rows.
    pub batches: Vec<RecordBatch>,
    /// Last epoch written (replays are ignored).
    pub last_epoch: Option<i64>,
}

/// Shared handle to a memory table.
pub type MemoryTableRef = Rc<RefCell<MemoryTable>>;

/// Spark's memory sink: append and update modes add rows, complete mode replaces them.
pub struct MemorySink {
    table: MemoryTableRef,
    complete: bool,
}

impl MemorySink {
    /// A sink writing into `table`.
    pub fn new(table: MemoryTableRef, complete: bool) -> Self {
        MemorySink { table, complete }
    }
}

impl Sink for MemorySink {
    fn add_batch(&mut self, epoch_id: i64, _schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        let mut t = self.table.borrow_mut();
        if t.last_epoch.is_some_and(|e| e >= epoch_id) {
            return Ok(());
        }
        if self.complete {
            t.batches.clear();
        }
        if batch.num_rows() > 0 {
            t.batches.push(batch.clone());
        }
        t.last_epoch = Some(epoch_id);
        Ok(())
    }
    fn description(&self) -> String {
        "MemorySink".into()
    }
}
