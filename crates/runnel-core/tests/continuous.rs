//! Spark's continuous trigger on a clock the test moves: an epoch per trigger over what
//! the rate source made by then (every value delivered, in order per partition, with the
//! continuous rate source's timestamps), empty epochs handed to the sink too, the epochs'
//! offsets and commits in Spark's layout, no progress reports, and a restart that resumes
//! after the last committed epoch, reading again what an uncommitted one had read
//! (at-least-once).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use arrow_array::{Int64Array, RecordBatch, TimestampMicrosecondArray};
use arrow_schema::SchemaRef;
use runnel_core::SparkSession;
use runnel_core::error::Result;
use runnel_core::exec::executor::Trigger;
use runnel_core::io::Sink;

/// Each epoch's id and its (value, timestamp ms) rows.
type Seen = Rc<RefCell<Vec<(i64, Vec<(i64, i64)>)>>>;

/// A sink keeping each epoch's rows.
#[derive(Default)]
struct Epochs(Seen);

impl Sink for Epochs {
    fn add_batch(&mut self, epoch_id: i64, _schema: &SchemaRef, batch: &RecordBatch) -> Result<()> {
        let ts = batch
            .column(0)
            .as_any()
            .downcast_ref::<TimestampMicrosecondArray>()
            .unwrap();
        let v = batch
            .column(1)
            .as_any()
            .downcast_ref::<Int64Array>()
            .unwrap();
        let rows = (0..batch.num_rows())
            .map(|i| (v.value(i), ts.value(i) / 1000))
            .collect();
        self.0.borrow_mut().push((epoch_id, rows));
        Ok(())
    }
    fn description(&self) -> String {
        "Epochs".into()
    }
}

fn start(session: &SparkSession, location: &str) -> (runnel_core::StreamingQuery, Seen) {
    let df = session
        .read_stream()
        .format("rate")
        .option("rowsPerSecond", "4")
        .option("numPartitions", "2")
        .load(None)
        .unwrap();
    let seen = Rc::new(RefCell::new(Vec::new()));
    let q = df
        .write_stream()
        .sink(Rc::new(RefCell::new(Epochs(seen.clone()))))
        .option("checkpointLocation", location)
        .trigger(Trigger::Continuous(1000))
        .start(None)
        .unwrap();
    (q, seen)
}

fn file(session: &SparkSession, location: &str, path: &str) -> Option<String> {
    let store = session.checkpoint_store(location).unwrap();
    store
        .read(path)
        .unwrap()
        .map(|b| String::from_utf8(b).unwrap())
}

#[test]
fn epochs_deliver_every_value_commit_as_spark_and_resume_after_the_last_commit() {
    let session = SparkSession::new();
    let now = Rc::new(Cell::new(1_000_000i64));
    let n = now.clone();
    session.set_clock(move || n.get());
    let (q, seen) = start(&session, "ck");
    // Epoch 0 right at the start: nothing made yet, but the epoch runs and commits.
    q.step().unwrap();
    now.set(1_001_200);
    assert!(q.step().unwrap());
    now.set(1_002_200);
    assert!(q.step().unwrap());
    assert!(q.last_progress().is_none() && q.recent_progress().is_empty());
    assert_eq!(q.status()["message"], "Committing epoch 2");
    {
        let seen = seen.borrow();
        assert_eq!(seen.len(), 3);
        assert_eq!(seen[0], (0, vec![]));
        // Partition p makes p, p+2, ... one every 500 ms after the start.
        assert_eq!(
            seen[1],
            (
                1,
                vec![
                    (0, 1_000_500),
                    (2, 1_001_000),
                    (1, 1_000_500),
                    (3, 1_001_000)
                ]
            )
        );
        assert_eq!(
            seen[2],
            (
                2,
                vec![
                    (4, 1_001_500),
                    (6, 1_002_000),
                    (5, 1_001_500),
                    (7, 1_002_000)
                ]
            )
        );
    }
    // Spark's layout: each epoch's offsets without a metadata line, then its commit.
    assert_eq!(
        file(&session, "ck", "offsets/0").unwrap(),
        "v1\n\n{\"0\":{\"value\":-2,\"runTimeMs\":1000000},\"1\":{\"value\":-1,\"runTimeMs\":1000000}}"
    );
    assert_eq!(
        file(&session, "ck", "offsets/2").unwrap(),
        "v1\n\n{\"0\":{\"value\":6,\"runTimeMs\":1002000},\"1\":{\"value\":7,\"runTimeMs\":1002000}}"
    );
    assert_eq!(
        file(&session, "ck", "commits/2").unwrap(),
        "v1\n{\"nextBatchWatermarkMs\":0}"
    );
    q.stop();

    // A crash between epoch 2's offsets and its commit: the restart drops the epoch's
    // offsets (Spark's purgeAfter), resumes after epoch 1 and reads 4.. again.
    let store = session.checkpoint_store("ck").unwrap();
    store.delete("commits/2").unwrap();
    now.set(1_003_200);
    let (q, seen) = start(&session, "ck");
    assert!(q.step().unwrap());
    let seen = seen.borrow();
    assert_eq!(
        seen[0].0, 2,
        "the restart's first epoch is the uncommitted one"
    );
    let values: Vec<i64> = seen[0].1.iter().map(|(v, _)| *v).collect();
    assert_eq!(values, vec![4, 6, 8, 10, 5, 7, 9, 11]);
    assert_eq!(
        file(&session, "ck", "offsets/2").unwrap(),
        "v1\n\n{\"0\":{\"value\":10,\"runTimeMs\":1003000},\"1\":{\"value\":11,\"runTimeMs\":1003000}}"
    );
    assert!(file(&session, "ck", "commits/2").is_some());
}

#[test]
fn continuous_refusals_are_sparks() {
    let session = SparkSession::new();
    let rate = || session.read_stream().format("rate").load(None).unwrap();
    let err = |df: runnel_core::DataFrame, format: &str, mode: &str| {
        df.write_stream()
            .format(format)
            .output_mode(mode)
            .trigger(Trigger::Continuous(1000))
            .start(None)
            .err()
            .unwrap()
    };
    let e = err(
        rate()
            .group_by(vec![runnel_core::expr::col("value")])
            .count()
            .unwrap(),
        "console",
        "complete",
    );
    assert_eq!(e.condition.as_deref(), Some("_LEGACY_ERROR_TEMP_3102"));
    assert!(
        e.message
            .starts_with("Continuous processing does not support Aggregate operations.;")
    );
    let e = err(rate(), "foreachbatch", "append");
    assert_eq!(e.condition.as_deref(), Some("_LEGACY_ERROR_TEMP_1195"));
    let mb = session
        .read_stream()
        .format("rate-micro-batch")
        .option("rowsPerBatch", "5")
        .load(None)
        .unwrap();
    let e = err(mb, "console", "append");
    assert_eq!(e.condition.as_deref(), Some("_LEGACY_ERROR_TEMP_2253"));
    assert_eq!(e.exception, "UnsupportedOperationException");
}
