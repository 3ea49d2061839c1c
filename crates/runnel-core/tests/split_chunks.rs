//! Queries whose row-by-row part and partial aggregation run where the JSON source
//! decodes its chunks (`ops::split`, used when the host gives a parallel runner) give,
//! batch by batch, the rows, errors and progress counters of the ordinary path (no
//! runner): late rows, NULLs, windows, update/append/complete, stateless pipelines.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use arrow_array::RecordBatch;
use runnel_core::expr::{Expr, col, func, lit};
use runnel_core::io::Sink;
use runnel_core::io::file::{DecodeTask, MemoryFileSystem, ParallelFn};
use runnel_core::logical::readwrite::SchemaSpec;
use runnel_core::scalar::ScalarValue;
use runnel_core::{DataFrame, SparkSession};

/// Output by epoch.
struct ByEpoch(Rc<RefCell<BTreeMap<i64, RecordBatch>>>);

impl Sink for ByEpoch {
    fn add_batch(
        &mut self,
        e: i64,
        _s: &arrow_schema::SchemaRef,
        b: &RecordBatch,
    ) -> runnel_core::Result<()> {
        self.0.borrow_mut().insert(e, b.clone());
        Ok(())
    }
    fn description(&self) -> String {
        "by-epoch".into()
    }
}

/// A JSON-lines file of `n` events (over 1 MB for n ≥ 16,000, so it is decoded in
/// chunks): times mostly rising with some far behind (late), 7 categories, NULLs.
fn file(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed;
    let mut next = || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        x >> 33
    };
    let mut out = String::new();
    for i in 0..n {
        let r = next();
        let base = seed as i64 * 1800 + (i as i64 * 1800) / n as i64;
        let secs = if r % 50 == 0 { base - 3600 } else { base };
        let ts = 1_740_823_200 + secs;
        let (h, m, s) = ((ts / 3600) % 24, (ts / 60) % 60, ts % 60);
        let cat = match r % 9 {
            7 => "null".to_string(),
            k => format!("\"c{k}\""),
        };
        let value = match (r >> 8) % 11 {
            0 => "null".to_string(),
            v => format!("{}.{}", v * 3, r % 10),
        };
        out.push_str(&format!(
            "{{\"timestamp\": \"2025-03-01 {h:02}:{m:02}:{s:02}\", \"category\": {cat}, \"value\": {value}, \"pad\": \"{}\"}}\n",
            "x".repeat((r % 13) as usize)
        ));
    }
    out.into_bytes()
}

/// Runs `query` over four files, one a batch, with or without a parallel runner (an
/// in-order one here); the output by epoch, the progress reports' counters, the error
/// if the query failed, and how many tasks returned chunk work (not a batch).
#[allow(clippy::type_complexity)]
fn run(
    parallel: bool,
    mode: &str,
    query: &dyn Fn(&DataFrame) -> DataFrame,
) -> (
    BTreeMap<i64, RecordBatch>,
    Vec<serde_json::Value>,
    Option<String>,
    usize,
) {
    let s = SparkSession::new();
    let fs = Rc::new(MemoryFileSystem::new());
    for i in 0..4u64 {
        fs.put(&format!("/in/f{i}.json"), file(i + 1, 18_000));
    }
    s.set_file_system(fs.clone());
    let chunked = Rc::new(Cell::new(0usize));
    if parallel {
        let c = chunked.clone();
        let runner: ParallelFn = Rc::new(move |tasks: Vec<DecodeTask>| {
            let outs: Vec<_> = tasks.into_iter().map(|t| t()).collect();
            let n = outs
                .iter()
                .filter(|o| o.as_ref().is_ok_and(|o| !o.is::<RecordBatch>()))
                .count();
            c.set(c.get() + n);
            outs
        });
        s.set_parallel(runner);
    }
    let df = s
        .read_stream()
        .format("json")
        .option("maxFilesPerTrigger", "1")
        .schema(SchemaSpec::Ddl(
            "timestamp TIMESTAMP, category STRING, value DOUBLE, pad STRING".into(),
        ))
        .unwrap()
        .load(Some("/in"))
        .unwrap();
    let out = Rc::new(RefCell::new(BTreeMap::new()));
    let q = query(&df)
        .write_stream()
        .output_mode(mode)
        .sink(Rc::new(RefCell::new(ByEpoch(out.clone()))))
        .start(None)
        .unwrap();
    let err = q.process_all_available().err().map(|e| e.to_string());
    let counters = q
        .recent_progress()
        .into_iter()
        .map(|p| {
            serde_json::json!([
                p["batchId"],
                p["numInputRows"],
                p["eventTime"],
                p["stateOperators"],
                p["sources"][0]["numInputRows"]
            ])
        })
        .collect();
    let got = out.take();
    (got, counters, err, chunked.get())
}

/// Runs `query` both ways, checks they agree (and whether chunk work was done); the
/// progress counters and the error.
fn same_either_way(
    mode: &str,
    split: bool,
    query: &dyn Fn(&DataFrame) -> DataFrame,
) -> (Vec<serde_json::Value>, Option<String>) {
    let (rows, progress, err, _) = run(false, mode, query);
    let (rows2, progress2, err2, chunked) = run(true, mode, query);
    assert_eq!(err, err2, "the same error");
    assert_eq!(progress, progress2, "the same progress counters");
    assert_eq!(rows.len(), rows2.len(), "as many epochs");
    for ((e, a), (_, b)) in rows.iter().zip(&rows2) {
        assert_eq!(a, b, "epoch {e}");
    }
    assert!(rows.values().any(|b| b.num_rows() > 0) || err.is_some());
    assert_eq!(chunked > 0, split, "chunk work done: {chunked} tasks");
    (progress, err)
}

fn window(d: &str) -> Expr {
    func(
        "window",
        vec![col("timestamp"), lit(ScalarValue::Utf8(d.into()))],
    )
}

fn count() -> Expr {
    func("count", vec![Expr::Star(None)]).alias("n")
}

#[test]
fn windowed_watermarked_count_in_update_mode_is_the_same_aggregated_in_chunks() {
    let (progress, _) = same_either_way("update", true, &|df| {
        df.with_watermark("timestamp", "5 minutes")
            .unwrap()
            .group_by(vec![window("10 minutes"), col("category")])
            .agg(vec![count()])
            .unwrap()
    });
    let dropped: i64 = progress
        .iter()
        .filter_map(|p| p[3][0]["numRowsDroppedByWatermark"].as_i64())
        .sum();
    assert!(dropped > 0, "late rows were dropped: {progress:?}");
}

#[test]
fn append_mode_min_max_count_of_sliding_windows_after_a_filter_is_the_same_in_chunks() {
    same_either_way("append", true, &|df| {
        df.filter_sql("value IS NOT NULL")
            .unwrap()
            .with_watermark("timestamp", "5 minutes")
            .unwrap()
            .group_by(vec![window_sliding(), col("category")])
            .agg(vec![
                count(),
                func("min", vec![col("value")]).alias("lo"),
                func("max", vec![col("category")]).alias("hi"),
                func("count", vec![col("value")]).alias("nv"),
            ])
            .unwrap()
    });
}

fn window_sliding() -> Expr {
    func(
        "window",
        vec![
            col("timestamp"),
            lit(ScalarValue::Utf8("10 minutes".into())),
            lit(ScalarValue::Utf8("5 minutes".into())),
        ],
    )
}

#[test]
fn complete_mode_count_per_key_without_a_watermark_is_the_same_in_chunks() {
    same_either_way("complete", true, &|df| {
        df.group_by(vec![col("category")])
            .agg(vec![count()])
            .unwrap()
    });
}

#[test]
fn a_sum_is_not_split_and_gives_the_same_rows() {
    same_either_way("complete", false, &|df| {
        df.group_by(vec![col("category")])
            .agg(vec![func("sum", vec![col("value")]).alias("s")])
            .unwrap()
    });
}

#[test]
fn the_stateless_pipeline_is_the_same_run_in_chunks() {
    same_either_way("append", true, &|df| {
        df.select(vec![col("timestamp"), col("value")])
            .unwrap()
            .filter_sql("value > 10")
            .unwrap()
            .select_expr(&["timestamp", "value", "value / 100 AS normalized_value"])
            .unwrap()
    });
}

#[test]
fn an_error_in_a_chunk_is_raised_as_the_ordinary_path_raises_it() {
    // ANSI cast of a category ("c3") to an int fails on its first row.
    let (_, err) = same_either_way("append", false, &|df| {
        df.select_expr(&["timestamp", "value", "CAST(category AS INT) AS bad"])
            .unwrap()
            .filter_sql("value > 10")
            .unwrap()
    });
    assert!(err.is_some_and(|e| e.contains("CAST_INVALID_INPUT")));
}

#[test]
fn mostly_distinct_keys_with_repeats_and_late_rows_are_the_same_in_chunks() {
    // (timestamp, value): ~10 rows a second with ~100 values, so a chunk's first rows
    // are mostly distinct keys (each row its own partial group) that repeat now and
    // then, within a chunk and across chunks; NULL values, and late rows dropped.
    let (progress, _) = same_either_way("update", true, &|df| {
        df.with_watermark("timestamp", "1 minute")
            .unwrap()
            .group_by(vec![col("timestamp"), col("value")])
            .agg(vec![count(), func("max", vec![col("pad")]).alias("p")])
            .unwrap()
    });
    let dropped: i64 = progress
        .iter()
        .filter_map(|p| p[3][0]["numRowsDroppedByWatermark"].as_i64())
        .sum();
    assert!(dropped > 0, "late rows were dropped: {progress:?}");
}
