//! The memory source (rows pushed in by the host: tests, JS, the playground) and
//! the memory sink (Spark's `format("memory")`, a table `spark.sql` can query).

use std::cell::RefCell;
use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::SchemaRef;

use super::sink::Sink;
use super::source::{Offset, Source};
use crate::error::{Result, RunnelError};

/// Rows added from outside, one offset per `add_data` call (Spark's `MemoryStream`).
///
/// Like Spark's, the stream forgets what its readers have committed: a query that runs
/// for hours over rows pushed from a page holds only what it has not processed yet.
/// Each running query is a reader ([`Source::attach_reader`]); a batch is dropped once
/// every attached reader has committed it. A query started later reads from the oldest
/// batch still held (Spark's behaviour too). [`MemoryStream::retain_all`] keeps
/// everything instead (the playground's simulated Kafka topics, which are logs).
pub struct MemoryStream {
    schema: SchemaRef,
    /// The batches held, the first being offset `base`.
    batches: VecDeque<RecordBatch>,
    base: i64,
    /// Attached readers: the last offset each committed (-1: none yet) and the highest
    /// it has asked for (a batch it may replay after a failure).
    readers: BTreeMap<usize, (i64, i64)>,
    next_reader: usize,
    retain: bool,
    name: String,
}

impl MemoryStream {
    /// An empty stream of `schema`.
    pub fn new(schema: SchemaRef, name: &str) -> Self {
        MemoryStream {
            schema,
            batches: VecDeque::new(),
            base: 0,
            readers: BTreeMap::new(),
            next_reader: 1,
            retain: false,
            name: name.to_string(),
        }
    }

    /// Keeps every batch, committed or not (a log, like a Kafka topic).
    pub fn retain_all(&mut self) {
        self.retain = true;
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
        self.batches.push_back(batch);
        Ok(())
    }

    /// Appends the batches of an Arrow IPC stream (columns matched by position, cast
    /// to the stream's types where they differ); returns how many rows. The bytes are
    /// decoded in place ([`super::ipc::read_stream`]): the batches' arrays are slices of
    /// `bytes`. Every batch is decoded and checked before any is added: a bad stream
    /// adds nothing.
    pub fn add_arrow_ipc(&mut self, bytes: Vec<u8>) -> Result<usize> {
        let bad = |e: arrow_schema::ArrowError| {
            RunnelError::analysis_plain(format!(
                "the Arrow IPC stream added to memory stream {} cannot be read: {e}",
                self.name
            ))
        };
        let batches = super::ipc::read_stream(bytes).map_err(bad)?;
        let mut checked = Vec::with_capacity(batches.len());
        for b in batches {
            if b.num_columns() != self.schema.fields().len() {
                return Err(RunnelError::analysis_plain(format!(
                    "the Arrow IPC stream added to memory stream {} has {} columns, the stream has {}",
                    self.name,
                    b.num_columns(),
                    self.schema.fields().len()
                )));
            }
            let cols: Vec<ArrayRef> = b
                .columns()
                .iter()
                .zip(self.schema.fields())
                .map(|(c, f)| {
                    if c.data_type() == f.data_type() {
                        Ok(c.clone())
                    } else {
                        crate::expr::cast::cast_array(c, f.data_type(), false)
                    }
                })
                .collect::<Result<_>>()?;
            checked.push(RecordBatch::try_new(self.schema.clone(), cols)?);
        }
        let rows = checked.iter().map(|b| b.num_rows()).sum();
        self.batches.extend(checked);
        Ok(rows)
    }

    /// Rows held: added and not yet committed by every reader.
    pub fn held_rows(&self) -> usize {
        self.batches.iter().map(|b| b.num_rows()).sum()
    }

    /// Drops the oldest rows that no reader has asked for yet until at most `max_rows`
    /// of them are left (the bound of a live source's buffer); returns how many went.
    /// Their offsets stay (as empty batches), so offsets already logged keep meaning.
    pub fn shed_unread(&mut self, max_rows: usize) -> usize {
        let asked = self
            .readers
            .values()
            .map(|r| r.1)
            .max()
            .unwrap_or(-1)
            .max(self.base - 1);
        let first = (asked + 1 - self.base) as usize;
        let unread: usize = self.batches.iter().skip(first).map(|b| b.num_rows()).sum();
        let mut excess = unread.saturating_sub(max_rows);
        let dropped = excess;
        for b in self.batches.iter_mut().skip(first) {
            if excess == 0 {
                break;
            }
            let k = excess.min(b.num_rows());
            *b = b.slice(k, b.num_rows() - k);
            excess -= k;
        }
        dropped
    }

    fn index(o: Option<&Offset>) -> i64 {
        o.and_then(|v| v.as_i64()).unwrap_or(-1)
    }

    /// Forgets the batches every reader has committed.
    fn trim(&mut self) {
        if self.retain {
            return;
        }
        let Some(done) = self.readers.values().map(|r| r.0).min() else {
            return;
        };
        while self.base <= done && self.batches.pop_front().is_some() {
            self.base += 1;
        }
    }
}

impl Source for MemoryStream {
    fn continuous_read(&self) -> crate::io::source::ContinuousRead {
        // Spark reads this source continuously too.
        crate::io::source::ContinuousRead::Supported
    }
    fn schema(&self) -> SchemaRef {
        self.schema.clone()
    }
    fn latest_offset(&mut self, _start: Option<&Offset>) -> Result<Option<Offset>> {
        let end = self.base + self.batches.len() as i64 - 1;
        Ok((end >= 0).then(|| serde_json::json!(end)))
    }
    fn get_batch(&mut self, start: Option<&Offset>, end: &Offset) -> Result<Vec<RecordBatch>> {
        // Offsets before the oldest batch held were committed and forgotten: read from
        // the oldest held (as Spark's MemoryStream does).
        let s = (Self::index(start) + 1).max(self.base);
        let e = Self::index(Some(end)) + 1;
        let (s, e) = ((s - self.base) as usize, (e - self.base).max(0) as usize);
        Ok(self
            .batches
            .range(s.min(e).min(self.batches.len())..e.min(self.batches.len()))
            .cloned()
            .collect())
    }
    fn attach_reader(&mut self) -> usize {
        let r = self.next_reader;
        self.next_reader += 1;
        self.readers.insert(r, (self.base - 1, self.base - 1));
        r
    }
    fn planned(&mut self, reader: usize, end: &Offset) {
        if let Some(r) = self.readers.get_mut(&reader) {
            r.1 = r.1.max(Self::index(Some(end)));
        }
    }
    fn commit_reader(&mut self, reader: usize, end: &Offset) -> Result<()> {
        if let Some(r) = self.readers.get_mut(&reader) {
            r.0 = r.0.max(Self::index(Some(end)));
            r.1 = r.1.max(r.0);
        }
        self.trim();
        Ok(())
    }
    fn detach_reader(&mut self, reader: usize) {
        self.readers.remove(&reader);
        self.trim();
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
    fn outlives_process(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use arrow_array::cast::AsArray;
    use arrow_array::{Array, Int64Array};
    use arrow_schema::{DataType, Field, Schema};
    use std::sync::Arc;

    /// Arrow IPC from a host (the npm package's `addArrowIPC`) may hold timestamps of any
    /// unit, nested too: they are read as the stream's (microsecond) types, or refused
    /// with the stream named; never a panic.
    #[test]
    fn arrow_ipc_with_nested_timestamps_of_every_unit() {
        use arrow_array::{
            StructArray, TimestampMillisecondArray, TimestampNanosecondArray, TimestampSecondArray,
        };
        let schema = Arc::new(
            crate::types::parse_ddl_schema("s STRUCT<t: TIMESTAMP>, ts TIMESTAMP").unwrap(),
        );
        let units: Vec<ArrayRef> = vec![
            Arc::new(
                TimestampSecondArray::from(vec![Some(1_740_823_260), None]).with_timezone("UTC"),
            ),
            Arc::new(
                TimestampMillisecondArray::from(vec![Some(1_740_823_260_000), None])
                    .with_timezone("UTC"),
            ),
            Arc::new(
                TimestampNanosecondArray::from(vec![Some(1_740_823_260_000_000_000), None])
                    .with_timezone("UTC"),
            ),
        ];
        for t in units {
            let st = StructArray::from(vec![(
                Arc::new(Field::new("t", t.data_type().clone(), true)),
                t.clone(),
            )]);
            let file_schema = Arc::new(Schema::new(vec![
                Field::new("s", st.data_type().clone(), true),
                Field::new("ts", t.data_type().clone(), true),
            ]));
            let batch = RecordBatch::try_new(file_schema.clone(), vec![Arc::new(st), t]).unwrap();
            let mut bytes = Vec::new();
            {
                let mut w =
                    arrow_ipc::writer::StreamWriter::try_new(&mut bytes, &file_schema).unwrap();
                w.write(&batch).unwrap();
                w.finish().unwrap();
            }
            let mut s = MemoryStream::new(schema.clone(), "events");
            match s.add_arrow_ipc(bytes) {
                Ok(n) => {
                    assert_eq!(n, 2);
                    let b = s.batches.back().unwrap();
                    assert_eq!(b.schema().fields(), schema.fields());
                    let ts = b
                        .column(1)
                        .as_primitive::<arrow_array::types::TimestampMicrosecondType>();
                    assert_eq!(ts.value(0), 1_740_823_260_000_000);
                }
                Err(e) => assert!(e.to_string().contains("events"), "{e}"),
            }
        }
    }

    fn stream() -> MemoryStream {
        let schema = Arc::new(Schema::new(vec![Field::new("v", DataType::Int64, true)]));
        MemoryStream::new(schema, "t")
    }

    fn add(s: &mut MemoryStream, v: &[i64]) {
        let b = RecordBatch::try_new(s.schema(), vec![Arc::new(Int64Array::from(v.to_vec()))]);
        s.add_data(b.unwrap()).unwrap();
    }

    fn values(bs: &[RecordBatch]) -> Vec<i64> {
        bs.iter()
            .flat_map(|b| {
                let a = b.column(0).as_any().downcast_ref::<Int64Array>().unwrap();
                a.values().to_vec()
            })
            .collect()
    }

    fn off(n: i64) -> Offset {
        serde_json::json!(n)
    }

    #[test]
    fn committed_batches_go_once_every_reader_has_them() {
        let mut s = stream();
        add(&mut s, &[1]);
        add(&mut s, &[2, 3]);
        let (a, b) = (s.attach_reader(), s.attach_reader());
        s.commit_reader(a, &off(1)).unwrap();
        assert_eq!(s.held_rows(), 3, "reader b has committed nothing");
        s.commit_reader(b, &off(0)).unwrap();
        assert_eq!(s.held_rows(), 2);
        assert_eq!(
            values(&s.get_batch(Some(&off(0)), &off(1)).unwrap()),
            [2, 3]
        );
        add(&mut s, &[4]);
        assert_eq!(s.latest_offset(None).unwrap(), Some(off(2)));
        s.detach_reader(b);
        assert_eq!(s.held_rows(), 1, "only a's view is left: up to 1 committed");
        // A query started now reads from the oldest batch held, as Spark's does.
        assert_eq!(values(&s.get_batch(None, &off(2)).unwrap()), [4]);
        s.detach_reader(a);
        add(&mut s, &[5]);
        assert_eq!(s.held_rows(), 2, "no reader: nothing goes");
    }

    fn string_stream() -> MemoryStream {
        let schema = Arc::new(Schema::new(vec![Field::new("s", DataType::Utf8, true)]));
        MemoryStream::new(schema, "t")
    }

    fn ipc_of(values: &[Option<&str>]) -> Vec<u8> {
        let s = string_stream();
        let col = Arc::new(arrow_array::StringArray::from(values.to_vec()));
        let b = RecordBatch::try_new(s.schema(), vec![col]).unwrap();
        let mut out = Vec::new();
        let mut w = arrow_ipc::writer::StreamWriter::try_new(&mut out, &s.schema()).unwrap();
        w.write(&b).unwrap();
        w.finish().unwrap();
        drop(w);
        out
    }

    /// Replaces the first occurrence of `from` in `bytes` with `to` (same length).
    fn patch(bytes: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
        let at = bytes.windows(from.len()).position(|w| w == from).unwrap();
        let mut out = bytes.to_vec();
        out[at..at + to.len()].copy_from_slice(to);
        out
    }

    #[test]
    fn arrow_ipc_strings_are_validated() {
        let mut s = string_stream();
        assert_eq!(
            s.add_arrow_ipc(ipc_of(&[Some("ab"), None, Some("déf")]))
                .unwrap(),
            3
        );
        assert_eq!(
            s.add_arrow_ipc(ipc_of(&[Some("xyzw"), Some("")])).unwrap(),
            2
        );
        // Invalid UTF-8 in the values.
        let bad = patch(&ipc_of(&[Some("abQd")]), b"abQd", &[b'a', b'b', 0xff, b'd']);
        let e = s.add_arrow_ipc(bad).unwrap_err().to_string();
        assert!(e.contains("memory stream t") && e.contains("UTF-8"), "{e}");
        // Offsets 0, 2, 4 made 0, 3, 2: decreasing.
        let o = |v: &[i32]| v.iter().flat_map(|x| x.to_le_bytes()).collect::<Vec<u8>>();
        let bad = patch(
            &ipc_of(&[Some("ab"), Some("cd")]),
            &o(&[0, 2, 4]),
            &o(&[0, 3, 2]),
        );
        assert!(s.add_arrow_ipc(bad).is_err());
        // An offset inside the two bytes of "é".
        let bad = patch(
            &ipc_of(&[Some("é"), Some("b")]),
            &o(&[0, 2, 3]),
            &o(&[0, 1, 3]),
        );
        assert!(s.add_arrow_ipc(bad).is_err());
        // Past the values.
        let bad = patch(
            &ipc_of(&[Some("ab"), Some("cd")]),
            &o(&[0, 2, 4]),
            &o(&[0, 2, 9]),
        );
        assert!(s.add_arrow_ipc(bad).is_err());
        assert_eq!(s.held_rows(), 5, "nothing of a bad stream is added");
        let got = s.get_batch(None, &off(1)).unwrap();
        let strings: Vec<Option<String>> = got
            .iter()
            .flat_map(|b| {
                let a = b
                    .column(0)
                    .as_any()
                    .downcast_ref::<arrow_array::StringArray>()
                    .unwrap();
                a.iter().map(|v| v.map(String::from)).collect::<Vec<_>>()
            })
            .collect();
        let want = [Some("ab"), None, Some("déf"), Some("xyzw"), Some("")];
        assert_eq!(strings, want.map(|v| v.map(String::from)));
    }

    #[test]
    fn retain_all_keeps_a_log() {
        let mut s = stream();
        s.retain_all();
        add(&mut s, &[1]);
        let r = s.attach_reader();
        s.commit_reader(r, &off(0)).unwrap();
        assert_eq!(values(&s.get_batch(None, &off(0)).unwrap()), [1]);
    }

    #[test]
    fn shedding_drops_the_oldest_rows_no_reader_asked_for() {
        let mut s = stream();
        let r = s.attach_reader();
        add(&mut s, &[1, 2]);
        s.planned(r, &off(0));
        add(&mut s, &[3, 4, 5]);
        add(&mut s, &[6, 7]);
        assert_eq!(s.shed_unread(3), 2);
        // Batch 0 was asked for (it may be replayed): it stays whole.
        assert_eq!(
            values(&s.get_batch(None, &off(2)).unwrap()),
            [1, 2, 5, 6, 7]
        );
        assert_eq!(s.shed_unread(3), 0);
        assert_eq!(s.shed_unread(0), 3);
        assert_eq!(s.latest_offset(None).unwrap(), Some(off(2)), "offsets stay");
        assert_eq!(
            s.get_batch(Some(&off(0)), &off(2)).unwrap()[1].num_rows(),
            0
        );
    }
}
