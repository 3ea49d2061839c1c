//! Property tests: for random events split into random micro-batches, complete mode
//! ends with the batch aggregation of all rows, and append mode with a watermark
//! emits every window at most once, and only after the watermark passed its end.
//! With a checkpoint, a query stopped at random points (cleanly, or as if it died
//! between its offset log entry and its commit) and restarted gives, epoch by epoch,
//! the output of a run that never stopped. A stream-stream inner join with watermarks
//! and a range condition gives, over the run, the batch join of the rows that were not
//! late, each joined row once.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use arrow_array::cast::AsArray;
use arrow_array::types::{Float64Type, Int64Type, TimestampMicrosecondType};
use arrow_array::{
    Array, ArrayRef, Float64Array, RecordBatch, StringArray, TimestampMicrosecondArray,
};
use proptest::prelude::*;
use runnel_core::expr::{Expr, col, func, lit};
use runnel_core::io::Sink;
use runnel_core::logical::readwrite::SchemaSpec;
use runnel_core::scalar::ScalarValue;
use runnel_core::{DataFrame, SparkSession};

const BASE: i64 = 1_740_823_200_000_000;

#[derive(Debug, Clone)]
struct Event {
    secs: i64,
    cat: u8,
    value: Option<f64>,
}

fn batch(events: &[Event]) -> RecordBatch {
    let ts: TimestampMicrosecondArray = events
        .iter()
        .map(|e| Some(BASE + e.secs * 1_000_000))
        .collect();
    let cats: StringArray = events.iter().map(|e| Some(format!("c{}", e.cat))).collect();
    let vals: Float64Array = events.iter().map(|e| e.value).collect();
    let schema = Arc::new(
        runnel_core::types::parse_ddl_schema("timestamp TIMESTAMP, category STRING, value DOUBLE")
            .unwrap(),
    );
    RecordBatch::try_new(
        schema,
        vec![
            Arc::new(ts.with_timezone("UTC")) as ArrayRef,
            Arc::new(cats),
            Arc::new(vals),
        ],
    )
    .unwrap()
}

struct Collect(Rc<RefCell<Vec<RecordBatch>>>);

/// Output by epoch; a replayed epoch replaces what it wrote (an idempotent sink).
struct ByEpoch(Rc<RefCell<std::collections::BTreeMap<i64, Vec<Row>>>>);

impl Sink for ByEpoch {
    fn add_batch(
        &mut self,
        e: i64,
        _s: &arrow_schema::SchemaRef,
        b: &RecordBatch,
    ) -> runnel_core::Result<()> {
        self.0.borrow_mut().insert(e, rows(std::slice::from_ref(b)));
        Ok(())
    }
    fn description(&self) -> String {
        "by-epoch".into()
    }
}

/// Runs the windowed query over `chunks` (one chunk per batch), stopping after the
/// batches listed in `stops` (`true`: as if killed before the commit), and restarting
/// from the checkpoint each time. Returns the output by epoch.
fn run_with_restarts(
    chunks: &[Vec<Event>],
    mode: &str,
    stops: &[(usize, bool)],
) -> std::collections::BTreeMap<i64, Vec<Row>> {
    let s = SparkSession::new();
    let df = s
        .read_stream()
        .format("memory")
        .option("name", "events")
        .schema(SchemaSpec::Ddl(
            "timestamp TIMESTAMP, category STRING, value DOUBLE".into(),
        ))
        .unwrap()
        .load(None)
        .unwrap();
    let stream = s.memory_stream("events", None).unwrap();
    // The simulated crash below rewinds the checkpoint, not the stream (a real crash
    // loses both): the stream keeps what the first run committed, to be replayed.
    stream.borrow_mut().retain_all();
    let out = Rc::new(RefCell::new(std::collections::BTreeMap::new()));
    let start = || {
        windowed(&df.with_watermark("timestamp", "5 minutes").unwrap())
            .write_stream()
            .output_mode(mode)
            .option("checkpointLocation", "/ck")
            .sink(Rc::new(RefCell::new(ByEpoch(out.clone()))))
            .start(None)
            .unwrap()
    };
    let mut q = start();
    for (i, c) in chunks.iter().enumerate() {
        stream.borrow_mut().add_data(batch(c)).unwrap();
        q.process_all_available().unwrap();
        if let Some((_, killed)) = stops.iter().find(|(at, _)| *at == i) {
            q.stop();
            if *killed {
                // The process died after the batch ran but before `commits/N` was written.
                let store = s.checkpoint_store("/ck").unwrap();
                let last = runnel_core::state::numbered_files(store.as_ref(), "commits", "")
                    .unwrap()
                    .last()
                    .map(|(n, _)| *n);
                if let Some(n) = last {
                    store.delete(&format!("commits/{n}")).unwrap();
                }
            }
            q = start();
        }
    }
    q.process_all_available().unwrap();
    out.take()
}

impl Sink for Collect {
    fn add_batch(
        &mut self,
        _e: i64,
        _s: &arrow_schema::SchemaRef,
        b: &RecordBatch,
    ) -> runnel_core::Result<()> {
        self.0.borrow_mut().push(b.clone());
        Ok(())
    }
    fn description(&self) -> String {
        "collect".into()
    }
}

fn windowed(df: &DataFrame) -> DataFrame {
    df.group_by(vec![
        func(
            "window",
            vec![
                col("timestamp"),
                lit(ScalarValue::Utf8("10 minutes".into())),
            ],
        ),
        col("category"),
    ])
    .agg(vec![
        func("count", vec![Expr::Star(None)]).alias("n"),
        func("sum", vec![col("value")]).alias("s"),
    ])
    .unwrap()
}

type Row = (i64, String, i64, Option<f64>);

/// (window start µs, category, count, sum) rows, sorted.
fn rows(batches: &[RecordBatch]) -> Vec<Row> {
    let mut out = Vec::new();
    for b in batches {
        let w = b.column(0).as_struct();
        let start = w.column(0).as_primitive::<TimestampMicrosecondType>();
        let cat = b.column(1).as_string::<i32>();
        let n = b.column(2).as_primitive::<Int64Type>();
        let s = b.column(3).as_primitive::<Float64Type>();
        for i in 0..b.num_rows() {
            out.push((
                start.value(i),
                cat.value(i).to_string(),
                n.value(i),
                if s.is_null(i) { None } else { Some(s.value(i)) },
            ));
        }
    }
    out.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    out
}

fn events() -> impl Strategy<Value = (Vec<Event>, Vec<usize>)> {
    let ev = (0i64..3_600, 0u8..4, proptest::option::of(0.0f64..100.0))
        .prop_map(|(secs, cat, value)| Event { secs, cat, value });
    (
        proptest::collection::vec(ev, 1..120),
        proptest::collection::vec(1usize..40, 1..8),
    )
}

fn stream(events: &[Event], splits: &[usize]) -> (SparkSession, DataFrame) {
    let s = SparkSession::new();
    let df = s
        .read_stream()
        .format("memory")
        .option("name", "events")
        .schema(SchemaSpec::Ddl(
            "timestamp TIMESTAMP, category STRING, value DOUBLE".into(),
        ))
        .unwrap()
        .load(None)
        .unwrap();
    let stream = s.memory_stream("events", None).unwrap();
    let mut at = 0;
    for k in splits.iter().chain(std::iter::once(&usize::MAX)) {
        if at >= events.len() {
            break;
        }
        let end = at.saturating_add(*k).min(events.len());
        stream
            .borrow_mut()
            .add_data(batch(&events[at..end]))
            .unwrap();
        at = end;
    }
    (s, df)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn restarts_from_a_checkpoint_change_nothing(
        (evs, splits) in events(),
        stops in proptest::collection::vec((0usize..8, any::<bool>()), 0..4),
        append in any::<bool>(),
    ) {
        let mut chunks = Vec::new();
        let mut at = 0;
        for k in splits.iter().chain(std::iter::once(&usize::MAX)) {
            if at >= evs.len() {
                break;
            }
            let end = at.saturating_add(*k).min(evs.len());
            chunks.push(evs[at..end].to_vec());
            at = end;
        }
        let mode = if append { "append" } else { "update" };
        let plain = run_with_restarts(&chunks, mode, &[]);
        let restarted = run_with_restarts(&chunks, mode, &stops);
        prop_assert_eq!(restarted, plain);
    }

    #[test]
    fn complete_mode_equals_the_batch_aggregation((evs, splits) in events()) {
        let (s, df) = stream(&evs, &splits);
        let out = Rc::new(RefCell::new(Vec::new()));
        let q = windowed(&df).write_stream().output_mode("complete").sink(Rc::new(RefCell::new(Collect(out.clone())))).start(None).unwrap();
        q.process_all_available().unwrap();
        let last: Vec<RecordBatch> = out.borrow().last().cloned().into_iter().collect();
        let all = s.create_data_frame_from_batches(batch(&evs).schema(), vec![batch(&evs)]);
        let expected = windowed(&all).collect().unwrap();
        let (a, e) = (rows(&last), rows(&expected));
        prop_assert_eq!(a.len(), e.len());
        for (x, y) in a.iter().zip(&e) {
            prop_assert_eq!((x.0, &x.1, x.2), (y.0, &y.1, y.2));
            match (x.3, y.3) {
                (Some(p), Some(q)) => prop_assert!((p - q).abs() <= 1e-9 * p.abs().max(q.abs()).max(1.0)),
                (p, q) => prop_assert_eq!(p, q),
            }
        }
    }

    #[test]
    fn append_mode_emits_each_window_once_after_the_watermark((evs, splits) in events()) {
        let (_s, df) = stream(&evs, &splits);
        let out = Rc::new(RefCell::new(Vec::new()));
        let q = windowed(&df.with_watermark("timestamp", "5 minutes").unwrap())
            .write_stream().output_mode("append").sink(Rc::new(RefCell::new(Collect(out.clone())))).start(None).unwrap();
        q.process_all_available().unwrap();
        let emitted = rows(&out.borrow());
        let mut keys: Vec<(i64, String)> = emitted.iter().map(|r| (r.0, r.1.clone())).collect();
        let n = keys.len();
        keys.dedup();
        prop_assert_eq!(keys.len(), n, "a window was emitted twice");
        let max_ts = evs.iter().map(|e| BASE + e.secs * 1_000_000).max().unwrap_or(0);
        for r in &emitted {
            // emitted only once the watermark (max event time − 5 min) passed the window end
            prop_assert!(r.0 + 600_000_000 <= max_ts - 300_000_000);
        }
    }
}

/// An hour of event time in append mode: the watermark evicts closed windows, so the
/// state stays at the few open windows instead of growing with the hour.
#[test]
fn state_stays_flat_over_an_hour_of_append_mode() {
    let s = SparkSession::new();
    let df = s
        .read_stream()
        .format("memory")
        .option("name", "hour")
        .schema(SchemaSpec::Ddl(
            "timestamp TIMESTAMP, category STRING, value DOUBLE".into(),
        ))
        .unwrap()
        .load(None)
        .unwrap();
    let stream = s.memory_stream("hour", None).unwrap();
    let out = Rc::new(RefCell::new(Vec::new()));
    let q = windowed(&df.with_watermark("timestamp", "1 minute").unwrap())
        .write_stream()
        .output_mode("append")
        .sink(Rc::new(RefCell::new(Collect(out.clone()))))
        .start(None)
        .unwrap();
    let mut peak = 0;
    for b in 0..360i64 {
        // 10 seconds of events per batch, 4 categories
        let evs: Vec<Event> = (0..40)
            .map(|i| Event {
                secs: b * 10 + i / 4,
                cat: (i % 4) as u8,
                value: Some(1.0),
            })
            .collect();
        stream.borrow_mut().add_data(batch(&evs)).unwrap();
        q.process_all_available().unwrap();
        let total: i64 = q
            .progress()
            .last()
            .map(|p| {
                p.state_operators
                    .iter()
                    .map(|(_, s)| s.num_rows_total)
                    .sum()
            })
            .unwrap_or(0);
        peak = peak.max(total);
    }
    // 10-minute windows: at most two windows per category are open at a time.
    assert!(peak <= 8, "state grew to {peak} groups");
    let emitted = rows(&out.borrow());
    assert!(emitted.len() >= 5 * 4, "{} windows emitted", emitted.len());
}

/// The checkpoint keeps operator `i`'s state under `state/i/`, `i` counted in the
/// plan's order: two scripts that build the same query with their independent lines
/// swapped give each operator the same folder.
#[test]
fn stateful_operator_ids_follow_the_plan_not_the_script_order() {
    let s = SparkSession::new();
    let load = |name: &str| {
        s.read_stream()
            .format("memory")
            .option("name", name)
            .schema(SchemaSpec::Ddl("k STRING, v INT".into()))
            .unwrap()
            .load(None)
            .unwrap()
    };
    let (a, b) = (load("a"), load("b"));
    // Built a first, then b.
    let da = a.drop_duplicates(Some(vec!["k".into()]), false).unwrap();
    let db = b.drop_duplicates(Some(vec!["v".into()]), false).unwrap();
    let first = da.union(&db).unwrap();
    // Built b first, then a: the same query.
    let db2 = b.drop_duplicates(Some(vec!["v".into()]), false).unwrap();
    let da2 = a.drop_duplicates(Some(vec!["k".into()]), false).unwrap();
    let second = da2.union(&db2).unwrap();
    let ids1 = runnel_core::exec::executor::stateful_nodes(&first.plan);
    let ids2 = runnel_core::exec::executor::stateful_nodes(&second.plan);
    assert_eq!(ids1, vec![da.plan.id, db.plan.id]);
    assert_eq!(ids2, vec![da2.plan.id, db2.plan.id]);
    // Node ids themselves follow creation: sorting them (the old rule) would swap.
    assert!(db2.plan.id < da2.plan.id);
}

/// One side of the random stream-stream join: (seconds, key, id).
type Side = Vec<(i64, u8, u32)>;

fn side_batch(ddl: &str, rows: &[(i64, u8, u32)]) -> RecordBatch {
    let schema = Arc::new(runnel_core::types::parse_ddl_schema(ddl).unwrap());
    let ts: TimestampMicrosecondArray = rows.iter().map(|r| Some(BASE + r.0 * 1_000_000)).collect();
    RecordBatch::try_new(
        schema,
        vec![
            Arc::new(ts.with_timezone("UTC")) as ArrayRef,
            Arc::new(arrow_array::Int32Array::from_iter_values(
                rows.iter().map(|r| r.1 as i32),
            )),
            Arc::new(arrow_array::Int32Array::from_iter_values(
                rows.iter().map(|r| r.2 as i32),
            )),
        ],
    )
    .unwrap()
}

fn join_sides() -> impl Strategy<Value = (Vec<Side>, Vec<Side>)> {
    // Per micro-batch, a few rows on each side; times drift forward with some late rows.
    let rows = |n| proptest::collection::vec((0i64..600, 0u8..3), 0..n);
    proptest::collection::vec((rows(6), rows(6), 0i64..900), 1..8).prop_map(|batches| {
        let (mut l, mut r) = (Vec::new(), Vec::new());
        let mut id = 0u32;
        for (k, (a, b, drift)) in batches.into_iter().enumerate() {
            let base = k as i64 * 900 + drift;
            let mut side = |v: Vec<(i64, u8)>| -> Side {
                v.into_iter()
                    .map(|(s, key)| {
                        id += 1;
                        (base + s - 300, key, id)
                    })
                    .collect()
            };
            l.push(side(a));
            r.push(side(b));
        }
        (l, r)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// For random two-stream inputs split into random micro-batches, the inner join's
    /// output over the run equals the batch join of all rows that were not late, under
    /// the range condition, and each output row appears once.
    #[test]
    fn stream_stream_inner_join_equals_the_batch_join_of_rows_not_late((left, right) in join_sides()) {
        let s = SparkSession::new();
        let open = |name: &str, ddl: &str| {
            s.read_stream()
                .format("memory")
                .option("name", name)
                .schema(SchemaSpec::Ddl(ddl.into()))
                .unwrap()
                .load(None)
                .unwrap()
        };
        let (lddl, rddl) = ("lt TIMESTAMP, lk INT, lid INT", "rt TIMESTAMP, rk INT, rid INT");
        let l = open("l", lddl).with_watermark("lt", "2 minutes").unwrap();
        let r = open("r", rddl).with_watermark("rt", "3 minutes").unwrap();
        let cond = runnel_core::expr::sql::parse_expression(
            "lk = rk AND rt >= lt AND rt <= lt + interval 5 minutes",
        )
        .unwrap();
        let joined = l
            .join(&r, runnel_core::logical::dataframe::JoinOn::Condition(cond), "inner")
            .unwrap()
            .select(vec![col("lid"), col("rid")])
            .unwrap();
        let out = Rc::new(RefCell::new(Vec::new()));
        let q = joined
            .write_stream()
            .output_mode("append")
            .sink(Rc::new(RefCell::new(Collect(out.clone()))))
            .start(None)
            .unwrap();
        let (ls, rs) = (s.memory_stream("l", None).unwrap(), s.memory_stream("r", None).unwrap());
        // The model: the query's watermark (min of both sides, a side without data
        // counting 0) after each batch; a row is late when at or below it on arrival.
        let (mut lmax, mut rmax): (Option<i64>, Option<i64>) = (None, None);
        let mut wm = 0i64;
        let (mut kept_l, mut kept_r) = (Vec::new(), Vec::new());
        for (a, b) in left.iter().zip(&right) {
            ls.borrow_mut().add_data(side_batch(lddl, a)).unwrap();
            rs.borrow_mut().add_data(side_batch(rddl, b)).unwrap();
            q.process_all_available().unwrap();
            let us = |secs: i64| BASE + secs * 1_000_000;
            kept_l.extend(a.iter().filter(|x| us(x.0) > wm * 1000).cloned());
            kept_r.extend(b.iter().filter(|x| us(x.0) > wm * 1000).cloned());
            if let Some(m) = a.iter().map(|x| us(x.0) / 1000).max() {
                lmax = Some(lmax.map_or(m, |o: i64| o.max(m)));
            }
            if let Some(m) = b.iter().map(|x| us(x.0) / 1000).max() {
                rmax = Some(rmax.map_or(m, |o: i64| o.max(m)));
            }
            let lw = lmax.map_or(0, |m| m - 120_000);
            let rw = rmax.map_or(0, |m| m - 180_000);
            wm = wm.max(lw.min(rw));
        }
        let mut got: Vec<(i32, i32)> = Vec::new();
        for b in out.borrow().iter() {
            let (x, y) = (b.column(0).as_primitive::<arrow_array::types::Int32Type>(), b.column(1).as_primitive::<arrow_array::types::Int32Type>());
            for i in 0..b.num_rows() {
                got.push((x.value(i), y.value(i)));
            }
        }
        got.sort();
        let mut want: Vec<(i32, i32)> = Vec::new();
        for a in &kept_l {
            for b in &kept_r {
                if a.1 == b.1 && b.0 >= a.0 && b.0 <= a.0 + 300 {
                    want.push((a.2 as i32, b.2 as i32));
                }
            }
        }
        want.sort();
        let mut dedup = got.clone();
        dedup.dedup();
        prop_assert_eq!(dedup.len(), got.len(), "a joined row came out twice");
        prop_assert_eq!(got, want);
    }
}

/// A redefined watermark (a `withWatermark` over a watermarked stream) fails once the
/// global watermark is above 0: in a run, at the trigger after the batch that moved it
/// (Spark asks that batch's plan whether to run another). A query restarted from such
/// a checkpoint has no plan to ask, so, as in Spark, it waits quietly (no error, no
/// batch: not even the no-data batch the stopped run owed) until new data comes, and
/// fails when it plans that batch.
#[test]
fn a_redefined_watermark_after_a_restart_fails_at_the_first_batch_with_data() {
    let s = SparkSession::new();
    let df = s
        .read_stream()
        .format("memory")
        .option("name", "rewm")
        .schema(SchemaSpec::Ddl(
            "timestamp TIMESTAMP, category STRING, value DOUBLE".into(),
        ))
        .unwrap()
        .load(None)
        .unwrap();
    let stream = s.memory_stream("rewm", None).unwrap();
    let out = Rc::new(RefCell::new(Vec::new()));
    let start = || {
        df.with_watermark("timestamp", "10 minutes")
            .unwrap()
            .with_column("t2", col("timestamp"))
            .unwrap()
            .with_watermark("t2", "5 minutes")
            .unwrap()
            .write_stream()
            .output_mode("append")
            .option("checkpointLocation", "/ck-rewm")
            .sink(Rc::new(RefCell::new(Collect(out.clone()))))
            .start(None)
            .unwrap()
    };
    let ev = |secs| Event {
        secs,
        cat: 0,
        value: Some(1.0),
    };
    let n_rows = |o: &Rc<RefCell<Vec<RecordBatch>>>| -> usize {
        o.borrow().iter().map(|b| b.num_rows()).sum()
    };
    let q = start();
    stream.borrow_mut().add_data(batch(&[ev(3600)])).unwrap();
    let err = q.process_all_available().unwrap_err().to_string();
    assert!(err.contains("Redefining watermark"), "{err}");
    assert_eq!(n_rows(&out), 1, "batch 0 ran");
    q.stop();
    // Restarted: the checkpoint's watermark is above 0, yet nothing fails or runs
    // until a batch is planned.
    let q = start();
    assert_eq!(q.process_all_available().unwrap(), 0);
    assert_eq!(q.process_all_available().unwrap(), 0);
    assert!(q.exception().is_none());
    stream.borrow_mut().add_data(batch(&[ev(7200)])).unwrap();
    let err = q.process_all_available().unwrap_err().to_string();
    assert!(err.contains("Redefining watermark"), "{err}");
    assert_eq!(n_rows(&out), 1, "the batch with data failed at its plan");
}
