//! What a session's listeners hear: Spark's `onQueryIdle` rule (ProgressReporter's
//! `updateIdleness`): a trigger that runs no batch is reported once
//! `spark.sql.streaming.noDataProgressEventInterval` has passed since the last batch or
//! idle report, never before the run's first report point.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch, StringArray};
use runnel_core::SparkSession;
use runnel_core::logical::readwrite::SchemaSpec;
use runnel_core::query::QueryEvent;

fn words(ws: &[&str]) -> RecordBatch {
    let schema = Arc::new(runnel_core::types::parse_ddl_schema("w STRING").unwrap());
    let col: StringArray = ws.iter().map(|w| Some(*w)).collect();
    RecordBatch::try_new(schema, vec![Arc::new(col) as ArrayRef]).unwrap()
}

/// Runs triggers at the given clock times (pushing rows first where asked) and returns
/// the events heard, each with the clock time it was heard at.
fn events_at(interval: Option<&str>, triggers: &[(i64, bool)]) -> Vec<String> {
    let session = SparkSession::new();
    let now = Rc::new(Cell::new(1_000_000i64));
    let n = now.clone();
    session.set_clock(move || n.get());
    if let Some(v) = interval {
        session
            .conf_set("spark.sql.streaming.noDataProgressEventInterval", v)
            .unwrap();
    }
    let heard = Rc::new(RefCell::new(Vec::new()));
    let h = heard.clone();
    let n = now.clone();
    session.add_listener(Rc::new(move |_q, ev: &QueryEvent| {
        let what = match ev {
            QueryEvent::Started => "started".to_string(),
            QueryEvent::Progress(p) => format!("progress {}", p["batchId"]),
            QueryEvent::Idle(ts) => format!("idle {ts}"),
            QueryEvent::Terminated(_) => "terminated".to_string(),
        };
        h.borrow_mut().push(format!("{} {what}", n.get()));
    }));
    let df = session
        .read_stream()
        .format("memory")
        .option("name", "words")
        .schema(SchemaSpec::Ddl("w STRING".into()))
        .unwrap()
        .load(None)
        .unwrap();
    let stream = session.memory_stream("words", None).unwrap();
    let q = df.write_stream().format("noop").start(None).unwrap();
    for (t, push) in triggers {
        now.set(*t);
        if *push {
            stream.borrow_mut().add_data(words(&["a", "b"])).unwrap();
        }
        q.step().unwrap();
    }
    q.stop();
    heard.borrow().clone()
}

#[test]
fn on_query_idle_is_heard_after_ten_idle_seconds_by_default_and_not_before() {
    let ev = events_at(
        None,
        &[
            (1_000_000, false),
            (1_001_000, true),
            (1_005_000, false),
            (1_010_999, false),
            (1_011_000, false),
            (1_015_000, false),
            (1_021_000, false),
        ],
    );
    assert_eq!(
        ev,
        vec![
            "1000000 started",
            "1001000 progress 0",
            "1011000 idle 1970-01-01T00:16:51.000Z",
            "1021000 idle 1970-01-01T00:17:01.000Z",
            "1021000 terminated",
        ]
    );
}

#[test]
fn the_first_idle_trigger_of_a_run_only_starts_the_interval_and_a_short_one_is_honoured() {
    // Spark starts lastNoExecutionProgressEventTime at Long.MinValue: the first idle
    // trigger records its time without an event; 100 ms later the next is reported.
    let ev = events_at(
        Some("100ms"),
        &[
            (2_000_000, false),
            (2_000_050, false),
            (2_000_100, false),
            (2_000_150, false),
            (2_000_200, false),
        ],
    );
    assert_eq!(
        ev,
        vec![
            "1000000 started",
            "2000100 idle 1970-01-01T00:33:20.100Z",
            "2000200 idle 1970-01-01T00:33:20.200Z",
            "2000200 terminated",
        ]
    );
}

/// A checkpoint store whose background sync fails (a disk that filled up after the
/// batch's files were handed over): what a durable store natively reports from `sync`.
struct FailingSync(runnel_core::state::MemoryCheckpointStore);

impl runnel_core::state::CheckpointStore for FailingSync {
    fn read(&self, path: &str) -> runnel_core::error::Result<Option<Vec<u8>>> {
        self.0.read(path)
    }
    fn write(&self, path: &str, data: &[u8]) -> runnel_core::error::Result<()> {
        self.0.write(path, data)
    }
    fn list(&self, dir: &str) -> runnel_core::error::Result<Vec<String>> {
        self.0.list(dir)
    }
    fn delete(&self, path: &str) -> runnel_core::error::Result<()> {
        self.0.delete(path)
    }
    fn describe(&self, path: &str) -> String {
        self.0.describe(path)
    }
    fn sync(&self) -> runnel_core::error::Result<()> {
        Err(runnel_core::error::RunnelError::execution_plain(
            "No space left on device: commits/0",
        ))
    }
}

#[test]
fn a_once_query_whose_last_checkpoint_write_fails_ends_with_that_error() {
    // Trigger.Once ends with its one batch: it may say it terminated cleanly only once
    // that batch's checkpoint is on disk, else a restart would run the batch again after
    // the job reported success.
    use runnel_core::mode::Trigger;
    let session = SparkSession::new();
    session.set_checkpoint_factory(Rc::new(|_| {
        Ok(Rc::new(FailingSync(Default::default())) as runnel_core::state::CheckpointRef)
    }));
    let heard = Rc::new(RefCell::new(Vec::new()));
    let h = heard.clone();
    session.add_listener(Rc::new(move |_q, ev: &QueryEvent| {
        if let QueryEvent::Terminated(e) = ev {
            h.borrow_mut().push(e.as_ref().map(|e| e.to_string()));
        }
    }));
    let df = session
        .read_stream()
        .format("memory")
        .option("name", "once_words")
        .schema(SchemaSpec::Ddl("w STRING".into()))
        .unwrap()
        .load(None)
        .unwrap();
    let stream = session.memory_stream("once_words", None).unwrap();
    stream.borrow_mut().add_data(words(&["a"])).unwrap();
    let q = df
        .write_stream()
        .format("noop")
        .trigger(Trigger::Once)
        .option("checkpointLocation", "/ck/once")
        .start(None)
        .unwrap();
    let err = q.step().expect_err("the failed sync must fail the query");
    assert!(err.to_string().contains("No space left"), "{err}");
    assert!(!q.is_active());
    assert!(q.exception().is_some());
    let heard = heard.borrow();
    assert_eq!(heard.len(), 1, "{heard:?}");
    assert!(
        heard[0]
            .as_deref()
            .is_some_and(|e| e.contains("No space left")),
        "{heard:?}"
    );
}
