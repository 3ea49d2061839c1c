//! `runnel-bench`: prints throughput figures next to their reference points.
//!
//! Generates 1M JSON events (timestamp, category, value) in 10 files, then measures
//! 1. arrow-json decoding the same bytes alone (the ceiling),
//! 2. the seed's stateless pipeline (select, filter value > 10, withColumn value/100),
//!    read with maxFilesPerTrigger=1 into the noop sink,
//! 3. the windowed, watermarked count (withWatermark 5 min, 10-minute windows by
//!    category, update mode), issue #21's headline workload: medians of wall and CPU time,
//!    next to DuckDB's and Polars' batch query over the same files (run by the Python of
//!    `~/.cache/runnel-venv`, or `RUNNEL_BENCH_PYTHON`, 2 threads each), with peak RSS,
//! 4. state scaling: a count per key with 1K, 100K and 1M distinct keys, and the cost of
//!    a checkpoint at 1M, durable (the default) and without fsync (medians of 5
//!    alternating rounds, the checkpoint under `--dir`), and the kernel's part of it: the
//!    run's checkpoint files written again, durably and not, with nothing to encode.
//!    `RUNNEL_BENCH_PROFILE=plain|durable|nofsync` with `--only keys=N`: that run alone,
//!    10 times, to profile (`perf record --delay 2500`, past the files' generation).
//!
//! `--only latency`: event-to-sink latency percentiles of 1,000-row batches (windowed
//! count, update, default trigger `processingTime` 0), with the slowest batches' page
//! faults and preemptions; then the same through the runner's own trigger loop, the
//! batches arriving on a socket source from another thread. `--only statemem=N`: the resident memory per key of a count
//! over N distinct keys.
//!
//! 5. (`--only kafka=HOST:PORT`, a running broker) Kafka: the events produced to a
//!    topic of 3 partitions, read by a plain rdkafka consumer, then by the windowed
//!    count read from Kafka (from_json) and written to Parquet.
//!
//! 6. (`--only delta`) the Delta sink's cost per epoch: the windowed count in append mode
//!    (one file per trigger, 10 epochs) into Delta, against the same into noop.
//!
//! 7. (`--only join`) the stream-stream join of Spark's guide: impressions ⋈ clicks, N rows
//!    each in 100 files a side (one file a side per trigger), watermarks 2 and 3 hours, the
//!    1-hour range condition, append into noop; events/s, peak RSS, and the join's state
//!    rows over the run (the maximum up to 10%, 50% and 100% of the batches).
//!
//! 8. (`--only soak`) a windowed count in append mode (watermark 10 s, 1-minute windows by
//!    `value % 10`) over a rate source for 1 hour of event time (`--hours H`) at full speed:
//!    a simulated clock moves 10 s per trigger (`--rate R` rows a second, default 1,000),
//!    with a checkpoint. Prints VmRSS every 30 triggers and the flatness check: the
//!    largest RSS of the run's second half within 10% of the first half's.
//!
//! `runnel-bench [--events N] [--dir DIR] [--only windowed|stateless|scaling|keys=N|statemem=N|latency|memory|kafka=HOST:PORT|delta|join|soak]`

use std::cell::RefCell;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;
use std::time::Instant;

use runnel_core::expr::{BinaryOp, Expr, col, func, lit};
use runnel_core::logical::readwrite::SchemaSpec;
use runnel_core::scalar::ScalarValue;
use runnel_core::{DataFrame, SparkSession};

const SCHEMA: &str = "timestamp TIMESTAMP, category STRING, value DOUBLE";

fn generate(dir: &Path, events: usize, files: usize, keys: Option<usize>) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let cats = [
        "books", "music", "games", "sports", "garden", "toys", "food", "tools",
    ];
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let base = 1_740_823_200i64; // 2025-03-01T10:00:00Z
    let per = events / files;
    let mut bytes = 0u64;
    for f in 0..files {
        let path = dir.join(format!("part-{f:02}.json"));
        let mut w = BufWriter::new(std::fs::File::create(&path)?);
        for i in 0..per {
            let n = (f * per + i) as i64;
            let jitter = (next() % 120) as i64;
            let t = base + n / 20 - jitter;
            let secs = t.rem_euclid(86_400);
            let days = t.div_euclid(86_400);
            let date = chrono_date(days);
            let v = (next() % 10_000) as f64 / 100.0;
            let line = match keys {
                None => format!(
                    "{{\"timestamp\": \"{date}T{:02}:{:02}:{:02}Z\", \"category\": \"{}\", \"value\": {v}}}\n",
                    secs / 3600,
                    secs / 60 % 60,
                    secs % 60,
                    cats[(next() % 8) as usize]
                ),
                Some(k) => format!(
                    "{{\"timestamp\": \"{date}T{:02}:{:02}:{:02}Z\", \"category\": \"k{}\", \"value\": {v}}}\n",
                    secs / 3600,
                    secs / 60 % 60,
                    secs % 60,
                    n as usize % k
                ),
            };
            bytes += line.len() as u64;
            w.write_all(line.as_bytes())?;
        }
        w.flush()?;
    }
    Ok(bytes)
}

fn chrono_date(days: i64) -> String {
    runnel_core::temporal::format_date(days as i32)
}

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// The resident set now (VmRSS), MB.
fn rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// The soak run (see the file's doc, item 8); true when RSS stayed flat.
fn soak(root: &Path, rate: i64, hours: f64) -> bool {
    const STEP_MS: i64 = 10_000;
    let s = session();
    // Event time moves only when the bench moves this clock: as fast as the query runs.
    let now = std::rc::Rc::new(std::cell::Cell::new(1_740_823_200_000i64));
    let clock = now.clone();
    s.set_clock(move || clock.get());
    let df = s
        .read_stream()
        .format("rate")
        .option("rowsPerSecond", &rate.to_string())
        .load(None)
        .and_then(|d| d.select_expr(&["timestamp", "value % 10 AS k"]))
        .and_then(|d| d.with_watermark("timestamp", "10 seconds"))
        .and_then(|d| {
            d.group_by(vec![
                func(
                    "window",
                    vec![col("timestamp"), lit(ScalarValue::Utf8("1 minute".into()))],
                ),
                col("k"),
            ])
            .count()
        })
        .expect("soak query");
    let q = df
        .write_stream()
        .format("noop")
        .output_mode("append")
        .option("checkpointLocation", &root.join("ck").to_string_lossy())
        .start(None)
        .expect("start");
    let triggers = ((hours * 3_600_000.0) / STEP_MS as f64).round().max(2.0) as usize;
    println!(
        "soak: windowed count (append, checkpoint) over a rate source of {rate} rows/s, {hours} h of event time in {triggers} triggers of {} s",
        STEP_MS / 1000
    );
    let t = Instant::now();
    q.process_all_available().expect("first trigger");
    let mut samples: Vec<(usize, f64)> = Vec::new();
    let every = 30.min(triggers / 4).max(1);
    // Rows in and out and the state's rows, from the progress of every batch.
    let (mut last_batch, mut rows_in, mut rows_out, mut state) = (-1i64, 0i64, 0i64, 0i64);
    for i in 1..=triggers {
        now.set(now.get() + STEP_MS);
        q.process_all_available().expect("trigger");
        let seen = last_batch;
        for p in q.progress().iter().filter(|p| p.batch_id > seen) {
            last_batch = p.batch_id;
            rows_in += p.num_input_rows;
            rows_out += p.num_output_rows;
            state = p.state_operators.iter().map(|o| o.1.num_rows_total).sum();
        }
        if i % every == 0 || i == triggers {
            let r = rss_mb();
            samples.push((i, r));
            println!(
                "  trigger {i:>5}  event time {:>6.1} min  rows in {rows_in:>10}  out {rows_out:>5}  state rows {state:>4}  VmRSS {r:>7.1} MB  ({:.1} s)",
                i as f64 * STEP_MS as f64 / 60_000.0,
                t.elapsed().as_secs_f64()
            );
        }
    }
    let secs = t.elapsed().as_secs_f64();
    let rows = rows_in;
    let half = samples.len() / 2;
    let max = |v: &[(usize, f64)]| v.iter().map(|x| x.1).fold(0.0, f64::max);
    let (first, second) = (max(&samples[..half]), max(&samples[half..]));
    let flat = second <= first * 1.10;
    println!(
        "soak: {rows} rows in {secs:.1} s ({:.0} rows/s); max VmRSS first half {first:.1} MB, second half {second:.1} MB ({:+.1}%): {}",
        rows as f64 / secs,
        100.0 * (second - first) / first.max(f64::MIN_POSITIVE),
        if flat {
            "flat (within 10%)"
        } else {
            "GROWING (more than 10%)"
        }
    );
    flat
}

fn session() -> SparkSession {
    let s = SparkSession::new();
    runnel_connectors::install(&s);
    s
}

/// The windowed count in append mode into Parquet, with or without a checkpoint.
fn windowed_to_parquet(data: &Path, out: &Path, checkpoint: Option<&Path>) -> f64 {
    let s = session();
    let df = windowed_count(&s, data);
    let mut w = df
        .write_stream()
        .format("parquet")
        .output_mode("append")
        .option("path", &out.to_string_lossy());
    if let Some(c) = checkpoint {
        w = w.option("checkpointLocation", &c.to_string_lossy());
    }
    let q = w.start(None).expect("start");
    let t = Instant::now();
    q.process_all_available().expect("run");
    t.elapsed().as_secs_f64()
}

fn windowed_count(s: &SparkSession, data: &Path) -> DataFrame {
    windowed_over(source(s, data))
}

/// withWatermark 5 minutes, then a count per 10-minute window and category.
fn windowed_over(df: DataFrame) -> DataFrame {
    df.with_watermark("timestamp", "5 minutes")
        .and_then(|d| {
            d.group_by(vec![
                func(
                    "window",
                    vec![
                        col("timestamp"),
                        lit(ScalarValue::Utf8("10 minutes".into())),
                    ],
                ),
                col("category"),
            ])
            .count()
        })
        .expect("windowed")
}

fn source(s: &SparkSession, dir: &Path) -> DataFrame {
    s.read_stream()
        .format("json")
        .option("maxFilesPerTrigger", "1")
        .schema(SchemaSpec::Ddl(SCHEMA.into()))
        .and_then(|r| r.load(Some(&dir.to_string_lossy())))
        .expect("source")
}

fn run(df: DataFrame, mode: &str) -> (f64, i64) {
    let q = df
        .write_stream()
        .format("noop")
        .output_mode(mode)
        .start(None)
        .expect("start");
    let t = Instant::now();
    q.process_all_available().expect("run");
    let rows: i64 = q.progress().iter().map(|p| p.num_input_rows).sum();
    (t.elapsed().as_secs_f64(), rows)
}

fn arrow_json_rate(dir: &Path) -> (f64, usize) {
    // arrow-json needs an offset time zone without the chrono-tz feature; "+00:00" is UTC.
    let schema = Arc::new(arrow_schema::Schema::new(vec![
        arrow_schema::Field::new(
            "timestamp",
            arrow_schema::DataType::Timestamp(
                arrow_schema::TimeUnit::Microsecond,
                Some("+00:00".into()),
            ),
            true,
        ),
        arrow_schema::Field::new("category", arrow_schema::DataType::Utf8, true),
        arrow_schema::Field::new("value", arrow_schema::DataType::Float64, true),
    ]));
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    files.sort();
    let datas: Vec<Vec<u8>> = files
        .iter()
        .map(|f| std::fs::read(f).expect("read"))
        .collect();
    let t = Instant::now();
    let mut rows = 0;
    for d in &datas {
        let reader = arrow_json::ReaderBuilder::new(schema.clone())
            .with_batch_size(8192)
            .build(std::io::Cursor::new(d))
            .expect("reader");
        for b in reader {
            rows += b.expect("batch").num_rows();
        }
    }
    (t.elapsed().as_secs_f64(), rows)
}

fn main() {
    runnel_cli::tune_allocator();
    let args: Vec<String> = std::env::args().collect();
    let arg = |k: &str| {
        args.iter()
            .position(|a| a == k)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let events: usize = arg("--events")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let root = PathBuf::from(arg("--dir").unwrap_or_else(|| {
        std::env::temp_dir()
            .join("runnel-bench")
            .to_string_lossy()
            .into_owned()
    }));
    let only = arg("--only");
    if only.as_deref() == Some("soak") {
        let rate: i64 = arg("--rate").and_then(|v| v.parse().ok()).unwrap_or(1_000);
        let hours: f64 = arg("--hours").and_then(|v| v.parse().ok()).unwrap_or(1.0);
        let _ = std::fs::remove_dir_all(&root);
        let flat = soak(&root, rate, hours);
        let _ = std::fs::remove_dir_all(&root);
        std::process::exit(if flat { 0 } else { 1 });
    }
    if let Some(k) = only.as_deref().and_then(|o| o.strip_prefix("statemem=")) {
        state_memory(k.parse().expect("--only statemem=N"));
        return;
    }
    if only.as_deref() == Some("latency") {
        latency(events);
        trigger_latency(2_000);
        return;
    }
    if only.as_deref() == Some("memory") {
        // In-memory batches only: no JSON files to write first.
        arrow_windowed(events);
        return;
    }
    if only.as_deref() == Some("join") {
        let _ = std::fs::remove_dir_all(&root);
        join_bench(&root, events);
        return;
    }
    let data = root.join("events");
    let _ = std::fs::remove_dir_all(&root);
    let bytes = generate(&data, events, 10, None).expect("generate");
    println!(
        "runnel-bench: {events} events, {:.1} MB in 10 JSON files",
        bytes as f64 / 1e6
    );

    if only.as_deref() == Some("scaling") {
        state_scaling(&root, events, &[1_000, 100_000, 1_000_000]);
        return;
    }
    if let Some(k) = only.as_deref().and_then(|o| o.strip_prefix("keys=")) {
        let keys: usize = k.parse().expect("--only keys=N");
        state_scaling(&root, events, &[keys]);
        return;
    }
    if only.as_deref() == Some("delta") {
        delta_bench(&data, &root);
        return;
    }
    if let Some(b) = only.as_deref().and_then(|o| o.strip_prefix("kafka=")) {
        kafka_bench(b, &data, &root, events);
        return;
    }
    if only.as_deref() == Some("windowed") {
        issue_workload(&data, events, 5);
        return;
    }
    if only.as_deref() == Some("stateless") {
        stateless_workload(&data, events, 5);
        return;
    }
    let (secs, rows) = arrow_json_rate(&data);
    let ceiling = rows as f64 / secs;
    println!(
        "arrow-json decode alone           : {:>10.0} rows/s  ({rows} rows, {secs:.2}s)",
        ceiling
    );

    let s = session();
    let (secs, rows) = run(stateless_pipeline(&s, &data), "append");
    let stateless = events as f64 / secs;
    println!(
        "stateless seed pipeline            : {:>10.0} events/s  ({:.0}% of the arrow-json rate, target >= 50%; {rows} rows counted after the pushed filter)",
        stateless,
        100.0 * stateless / ceiling
    );
    println!(
        "  Spark 4.3 local[2] on this machine: ~80,000 events/s (measured by the project; JVM ~790 MB, 8-11 s start)"
    );

    issue_workload(&data, events, 3);
    println!(
        "  Spark 4.3 local[2] on this machine: 46-59k events/s (measured by the project); issue #21's target: >= 10M events/s, DuckDB's rate"
    );
    println!(
        "peak RSS so far                    : {:>10.1} MB  (target <= 200 MB; Spark's JVM ~790 MB)",
        peak_rss_mb()
    );

    // Medians of 3 alternating runs: each run is short and fsync times vary.
    let (mut plains, mut ckpts) = (Vec::new(), Vec::new());
    for i in 0..3 {
        let out = root.join(format!("out-plain-{i}"));
        plains.push(windowed_to_parquet(&data, &out, None));
        let out = root.join(format!("out-ckpt-{i}"));
        let ck = root.join(format!("ckpt-{i}"));
        ckpts.push(windowed_to_parquet(&data, &out, Some(&ck)));
    }
    plains.sort_by(f64::total_cmp);
    ckpts.sort_by(f64::total_cmp);
    let (plain, ckpt) = (plains[1], ckpts[1]);
    println!(
        "windowed append -> Parquet         : {:>10.0} events/s without a checkpoint, {:.0} with one (medians of 3; checkpointing costs {:.1}%, target <= 15%)",
        events as f64 / plain,
        events as f64 / ckpt,
        100.0 * (ckpt - plain) / plain
    );

    state_scaling(&root, events, &[1_000, 100_000, 1_000_000]);
    let _ = std::fs::remove_dir_all(&root);
}

/// A count per key, update mode, over 10 JSON files with `keys` distinct keys; per-row
/// cost against the first key count, and for 1M keys or more the cost of a checkpoint.
fn state_scaling(root: &Path, events: usize, key_counts: &[usize]) {
    let mut first: Option<(f64, f64)> = None;
    for &keys in key_counts {
        let dir = root.join(format!("keys-{keys}"));
        let n = events.max(keys);
        generate(&dir, n, 10, Some(keys)).expect("generate");
        // `fsync`: the default durable checkpoint, or (false) Spark's local-disk writes.
        let timed = |checkpoint: Option<&Path>, fsync: bool| {
            let s = session();
            if !fsync {
                s.conf_set(runnel_connectors::checkpoint_dir::FSYNC_CONF, "false")
                    .expect("conf");
            }
            let df = source(&s, &dir)
                .group_by(vec![col("category")])
                .agg(vec![func("count", vec![Expr::Star(None)]).alias("n")])
                .expect("agg");
            let mut w = df.write_stream().format("noop").output_mode("update");
            if let Some(c) = checkpoint {
                let _ = std::fs::remove_dir_all(c);
                w = w.option("checkpointLocation", &c.to_string_lossy());
            }
            let q = w.start(None).expect("start");
            let (t, c) = (Instant::now(), cpu_secs());
            q.process_all_available().expect("run");
            (t.elapsed().as_secs_f64(), cpu_secs() - c)
        };
        // `RUNNEL_BENCH_PROFILE=plain|durable|nofsync`: that run alone, 10 times (to
        // profile it: `perf record --delay` past the files' generation).
        if let Ok(which) = std::env::var("RUNNEL_BENCH_PROFILE") {
            let ck = root.join(format!("keys-{keys}-ckpt"));
            let ck = (which != "plain").then_some(ck.as_path());
            let (w, c): (Vec<f64>, Vec<f64>) =
                (0..10).map(|_| timed(ck, which != "nofsync")).unzip();
            println!("{which}, {keys} keys: wall {w:.3?} s, CPU {c:.3?} s");
            continue;
        }
        // Medians of 3 runs: single runs vary by ±20% on this machine. CPU time (both
        // threads) is steadier than wall time when other processes share the cores.
        let (mut walls, mut cpus): (Vec<f64>, Vec<f64>) = (0..3).map(|_| timed(None, true)).unzip();
        let ns = median(&mut walls) * 1e9 / n as f64;
        let cpu_ns = median(&mut cpus) * 1e9 / n as f64;
        let (base, cpu_base) = *first.get_or_insert((ns, cpu_ns));
        println!(
            "state scaling, {keys:>9} keys        : {ns:>10.0} ns/row wall, {cpu_ns:.0} ns/row CPU (medians of 3; {:.2}x and {:.2}x the first, target <= 1.5x; load average {})",
            ns / base,
            cpu_ns / cpu_base,
            load_average()
        );
        if keys >= 1_000_000 {
            let ck = root.join(format!("keys-{keys}-ckpt"));
            // Five alternating rounds: no checkpoint, the durable one (the default: files
            // fsynced on the store's background thread), and Spark's local-disk writes
            // (no fsync); checkpoint costs swing with the other load.
            let (mut plain, mut plain_cpu) = (Vec::new(), Vec::new());
            let (mut ckpt, mut ckpt_cpu) = (Vec::new(), Vec::new());
            let (mut nofs, mut nofs_cpu) = (Vec::new(), Vec::new());
            for _ in 0..5 {
                let (w, c) = timed(None, true);
                plain.push(w);
                plain_cpu.push(c);
                let (w, c) = timed(Some(&ck), true);
                ckpt.push(w);
                ckpt_cpu.push(c);
                let (w, c) = timed(Some(&ck), false);
                nofs.push(w);
                nofs_cpu.push(c);
            }
            let (p, c, f) = (median(&mut plain), median(&mut ckpt), median(&mut nofs));
            let (pc, cc, fc) = (
                median(&mut plain_cpu),
                median(&mut ckpt_cpu),
                median(&mut nofs_cpu),
            );
            println!(
                "  with a checkpoint (durable)     : {:>10.0} ns/row (medians of 5 alternating runs: checkpointing costs {:.1}% of the wall time, target <= 10%, and {:.1}% of the CPU time; wall {p:.3} s -> {c:.3} s, CPU {pc:.3} s -> {cc:.3} s; checkpoint in {}; load average {})",
                c * 1e9 / n as f64,
                100.0 * (c - p) / p,
                100.0 * (cc - pc) / pc,
                root.display(),
                load_average()
            );
            println!(
                "  without fsync (as Spark on disk): {:>10.0} ns/row ({:.1}% of the wall time, {:.1}% of the CPU time; wall {f:.3} s, CPU {fc:.3} s)",
                f * 1e9 / n as f64,
                100.0 * (f - p) / p,
                100.0 * (fc - pc) / pc,
            );
            let (durable, plain_writes, files, bytes) = checkpoint_floor(&ck, &root.join("floor"));
            println!(
                "  the kernel's part               : the run's {files} checkpoint files ({:.1} MB) written again as the durable store writes them (temporary file, write, fsync, rename, fsync of the folder) take CPU {durable:.3} s = {:.1}% of the CPU time without a checkpoint, {plain_writes:.3} s = {:.1}% without fsync (medians of 5): what no encoding can save",
                bytes as f64 / 1e6,
                100.0 * durable / pc,
                100.0 * plain_writes / pc,
            );
            let _ = std::fs::remove_dir_all(&ck);
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// The CPU time (this process's, medians of 5 alternating rounds) of writing the files of
/// the checkpoint at `ck` again under `to`, durably (a temporary file, write, fsync,
/// rename, fsync of the folder, as `checkpoint_dir`'s durable store) and without fsync;
/// and how many files and bytes.
fn checkpoint_floor(ck: &Path, to: &Path) -> (f64, f64, usize, u64) {
    fn files(dir: &Path, out: &mut Vec<(PathBuf, Vec<u8>)>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                files(&p, out);
            } else if let Ok(b) = std::fs::read(&p) {
                out.push((p, b));
            }
        }
    }
    let mut all = Vec::new();
    files(ck, &mut all);
    let bytes = all.iter().map(|(_, b)| b.len() as u64).sum();
    let write = |fsync: bool| {
        let _ = std::fs::remove_dir_all(to);
        std::fs::create_dir_all(to).expect("floor dir");
        let c = cpu_secs();
        for (i, (_, b)) in all.iter().enumerate() {
            let tmp = to.join(format!(".{i}.tmp"));
            let mut f = std::fs::File::create(&tmp).expect("create");
            f.write_all(b).expect("write");
            if fsync {
                f.sync_all().expect("fsync");
            }
            drop(f);
            std::fs::rename(&tmp, to.join(format!("{i}"))).expect("rename");
            if fsync {
                std::fs::File::open(to)
                    .and_then(|d| d.sync_all())
                    .expect("fsync dir");
            }
        }
        cpu_secs() - c
    };
    let (mut durable, mut plain): (Vec<f64>, Vec<f64>) =
        (0..5).map(|_| (write(true), write(false))).unzip();
    let _ = std::fs::remove_dir_all(to);
    (median(&mut durable), median(&mut plain), all.len(), bytes)
}

/// The state's memory: `keys` distinct keys (`k<n>`) counted, update mode, pushed as
/// 100K-row Arrow batches into a memory stream (so input does not pile up); the growth
/// of the resident set per key, and the time per row.
fn state_memory(keys: usize) {
    use arrow_array::{ArrayRef, RecordBatch, StringArray};
    let schema = Arc::new(runnel_core::types::parse_ddl_schema("category STRING").expect("ddl"));
    let s = session();
    let stream = s
        .memory_stream("keys", Some(schema.clone()))
        .expect("stream");
    let q = s
        .read_stream()
        .format("memory")
        .option("name", "keys")
        .load(None)
        .and_then(|d| d.group_by(vec![col("category")]).count())
        .expect("count")
        .write_stream()
        .format("noop")
        .output_mode("update")
        .start(None)
        .expect("start");
    let before = rss_mb();
    let t = Instant::now();
    let chunk = 100_000;
    for c in (0..keys).step_by(chunk) {
        let names: Vec<String> = (c..(c + chunk).min(keys))
            .map(|k| format!("k{k}"))
            .collect();
        let col: ArrayRef = Arc::new(StringArray::from(names));
        let b = RecordBatch::try_new(schema.clone(), vec![col]).expect("batch");
        stream.borrow_mut().add_data(b).expect("add");
        q.process_all_available().expect("run");
    }
    let secs = t.elapsed().as_secs_f64();
    let grown_mb = rss_mb() - before;
    let grown = grown_mb * 1024.0 * 1024.0;
    let state: i64 = q
        .progress()
        .last()
        .map(|p| p.state_operators.iter().map(|o| o.1.num_rows_total).sum())
        .unwrap_or(0);
    println!(
        "state memory, {keys} keys (count per key, update): {state} keys in state, VmRSS grew {:.0} MB = {:.0} bytes per key (target: 10M keys in <= 1 GB, ~107 bytes per key); {:.0} ns per row incl. making the batches; peak RSS {:.0} MB",
        grown_mb,
        grown / keys as f64,
        secs * 1e9 / keys as f64,
        peak_rss_mb()
    );
}

/// The windowed count over 100K-row Arrow batches pushed into a memory stream: the
/// native side of the npm package's benchmark (`tests/wasm/bench.mjs` makes the same
/// events with the same generator).
fn arrow_windowed(events: usize) {
    let batches = arrow_events(events, 100_000);
    let schema = batches[0].schema();
    // Five passes, each a new query over a new stream; the median and the range.
    let mut rates: Vec<f64> = (0..5)
        .map(|pass| {
            let s = session();
            let name = format!("bench{pass}");
            let stream = s
                .memory_stream(&name, Some(schema.clone()))
                .expect("stream");
            let df = windowed_over(
                s.read_stream()
                    .format("memory")
                    .option("name", &name)
                    .load(None)
                    .expect("memory stream"),
            );
            let q = df
                .write_stream()
                .format("noop")
                .output_mode("update")
                .start(None)
                .expect("start");
            let t = Instant::now();
            for b in &batches {
                stream.borrow_mut().add_data(b.clone()).expect("add");
                q.process_all_available().expect("run");
            }
            events as f64 / t.elapsed().as_secs_f64()
        })
        .collect();
    rates.sort_by(f64::total_cmp);
    println!(
        "native   : Arrow batches into a memory stream, windowed count: {:.0} events/s (median of 5; {:.0}-{:.0})",
        rates[2], rates[0], rates[4]
    );
}

/// The bench's events as Arrow batches of `chunk` rows (timestamp, category, value; the
/// same generator as `tests/wasm/bench.mjs`).
fn arrow_events(events: usize, chunk: usize) -> Vec<arrow_array::RecordBatch> {
    use arrow_array::{
        ArrayRef, Float64Array, RecordBatch, StringArray, TimestampMicrosecondArray,
    };
    let cats = [
        "books", "music", "games", "sports", "garden", "toys", "food", "tools",
    ];
    let base_ms = 1_740_823_200_000i64;
    let schema = Arc::new(
        runnel_core::types::parse_ddl_schema("timestamp TIMESTAMP, category STRING, value DOUBLE")
            .expect("ddl"),
    );
    let mut x: u32 = 0x2545_f491;
    let mut batches = Vec::new();
    for c in 0..events / chunk {
        let (mut ts, mut cat, mut val) = (Vec::new(), Vec::new(), Vec::new());
        for i in 0..chunk {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            let n = (c * chunk + i) as i64;
            ts.push((base_ms + (n / 20) * 1000 - (x % 120) as i64 * 1000) * 1000);
            cat.push(cats[(x % 8) as usize]);
            val.push((x % 10_000) as f64 / 100.0);
        }
        let cols: Vec<ArrayRef> = vec![
            Arc::new(TimestampMicrosecondArray::from(ts).with_timezone("UTC")),
            Arc::new(StringArray::from(cat)),
            Arc::new(Float64Array::from(val)),
        ];
        batches.push(RecordBatch::try_new(schema.clone(), cols).expect("batch"));
    }
    batches
}

/// Process CPU time so far (user + system, all threads), seconds.
fn cpu_secs() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let u = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut u);
        u
    };
    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    tv(u.ru_utime) + tv(u.ru_stime)
}

/// Minor page faults and involuntary context switches so far (this thread).
fn faults_and_preemptions() -> (i64, i64) {
    // SAFETY: getrusage only writes the struct it is given.
    let u = unsafe {
        let mut u: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_THREAD, &mut u);
        u
    };
    (u.ru_minflt, u.ru_nivcsw)
}

/// How long this thread has been runnable but waiting for a core (µs; the second field
/// of `/proc/thread-self/schedstat`), 0 where the kernel does not say.
fn run_delay_us() -> i64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|t| t.split_whitespace().nth(1)?.parse::<i64>().ok())
        .map_or(0, |ns| ns / 1000)
}

/// The 1-minute load average (`/proc/loadavg`), to print next to timings.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|s| s.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

/// Issue #21's headline workload: the windowed watermarked count (update, noop) over the
/// 10 JSON files, maxFilesPerTrigger=1, in this process; medians of `runs` runs of wall
/// and CPU time. Then DuckDB's (and Polars', when installed) batch query over the same
/// files, measured by their own Python packages in the same minutes.
/// The seed's stateless pipeline: select timestamp, value; filter value > 10;
/// withColumn normalized_value = value / 100.
fn stateless_pipeline(s: &SparkSession, data: &Path) -> DataFrame {
    source(s, data)
        .select(vec![col("timestamp"), col("value")])
        .and_then(|d| d.filter(col("value").binary(BinaryOp::Gt, lit(ScalarValue::Int32(10)))))
        .and_then(|d| {
            d.with_column(
                "normalized_value",
                col("value").binary(BinaryOp::Divide, lit(ScalarValue::Int32(100))),
            )
        })
        .expect("pipeline")
}

/// `--only stateless`: the stateless pipeline's wall and CPU time, medians of `runs`.
fn stateless_workload(data: &Path, events: usize, runs: usize) {
    let (mut walls, mut cpus) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let s = session();
        let df = stateless_pipeline(&s, data);
        let c = cpu_secs();
        let (secs, _) = run(df, "append");
        walls.push(secs);
        cpus.push(cpu_secs() - c);
    }
    let (wall, cpu) = (median(&mut walls), median(&mut cpus));
    println!(
        "stateless pipeline, JSON files, maxFilesPerTrigger=1: {:>10.0} events/s  ({wall:.3} s wall, {cpu:.3} s CPU on 2 threads = {:.0} events per CPU-second; median of {runs}; load average {})",
        events as f64 / wall,
        events as f64 / cpu,
        load_average()
    );
}

fn issue_workload(data: &Path, events: usize, runs: usize) {
    let (mut walls, mut cpus) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let s = session();
        let df = windowed_count(&s, data);
        let c = cpu_secs();
        let (secs, rows) = run(df, "update");
        assert_eq!(rows as usize, events, "the query read every event");
        walls.push(secs);
        cpus.push(cpu_secs() - c);
    }
    let (wall, cpu) = (median(&mut walls), median(&mut cpus));
    println!(
        "windowed count, JSON files, maxFilesPerTrigger=1: {:>10.0} events/s  ({wall:.3} s wall, {cpu:.3} s CPU on 2 threads = {:.0} events per CPU-second; median of {runs}; load average {})",
        events as f64 / wall,
        events as f64 / cpu,
        load_average()
    );
    let python = std::env::var("RUNNEL_BENCH_PYTHON").unwrap_or_else(|_| {
        std::env::var("HOME").unwrap_or_default() + "/.cache/runnel-venv/bin/python"
    });
    let out = std::process::Command::new(&python)
        .arg("-c")
        .arg(REFERENCE_QUERIES)
        .arg(data.join("*.json"))
        .arg(runs.to_string())
        .output();
    match out {
        Ok(o) if o.status.success() => {
            for line in String::from_utf8_lossy(&o.stdout).lines() {
                // "<engine> <wall s> <cpu s> <rows out>"
                let f: Vec<&str> = line.split_whitespace().collect();
                let (Some(name), Some(w), Some(c)) = (f.first(), f.get(1), f.get(2)) else {
                    continue;
                };
                let (w, c): (f64, f64) =
                    (w.parse().unwrap_or(f64::NAN), c.parse().unwrap_or(f64::NAN));
                println!(
                    "  {name:<8} batch query, same files, 2 threads: {:>10.0} rows/s  ({w:.3} s wall, {c:.3} s CPU = {:.0} rows per CPU-second; Runnel's rate {:.0}% of it, per CPU-second {:.0}%; groups out {})",
                    events as f64 / w,
                    events as f64 / c,
                    100.0 * w / wall,
                    100.0 * c / cpu,
                    f.get(3).unwrap_or(&"?")
                );
            }
        }
        Ok(o) => println!(
            "  (the reference queries failed under {python}: {})",
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .last()
                .unwrap_or("")
        ),
        Err(e) => println!("  (no reference: cannot run {python}: {e}; set RUNNEL_BENCH_PYTHON)"),
    }
}

/// DuckDB's and Polars' batch form of the windowed count over the JSON files (argv[1] a
/// glob, argv[2] runs): the median wall and CPU time of the query alone (connection made
/// and module imported before), printed as `<engine> <wall s> <cpu s> <groups>`.
const REFERENCE_QUERIES: &str = r#"
import sys, time, statistics
glob, runs = sys.argv[1], int(sys.argv[2])
def timed(f):
    walls, cpus, n = [], [], None
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        n = f()
        walls.append(time.perf_counter() - w); cpus.append(time.process_time() - c)
    return statistics.median(walls), statistics.median(cpus), n
try:
    import duckdb
    con = duckdb.connect()
    con.execute("SET threads = 2")
    q = f"""SELECT time_bucket(INTERVAL 10 MINUTE, timestamp) AS w, category, count(*) AS n
            FROM read_json('{glob}', format = 'newline_delimited',
                 columns = {{'timestamp': 'TIMESTAMP', 'category': 'VARCHAR', 'value': 'DOUBLE'}})
            GROUP BY ALL"""
    w, c, n = timed(lambda: len(con.execute(q).fetchall()))
    print("DuckDB", w, c, n, flush=True)
except ImportError:
    pass
try:
    import os
    os.environ.setdefault("POLARS_MAX_THREADS", "2")
    import polars as pl
    # Read as a string and parsed with the format: a Datetime in the schema takes Polars
    # 2.1 a slow path on these "...Z" strings (9 s instead of 0.45 s here).
    schema = {"timestamp": pl.Utf8, "category": pl.Utf8, "value": pl.Float64}
    ts = pl.col("timestamp").str.to_datetime("%Y-%m-%dT%H:%M:%SZ", time_zone="UTC")
    def polars_query():
        return (pl.scan_ndjson(glob, schema=schema)
                .group_by(ts.dt.truncate("10m"), "category").len()
                .collect().height)
    w, c, n = timed(polars_query)
    print("Polars", w, c, n, flush=True)
except ImportError:
    pass
"#;

/// A sink that notes when each epoch's rows arrive.
struct ArrivalSink {
    arrived: Rc<RefCell<Vec<(i64, Instant)>>>,
}

impl runnel_core::io::sink::Sink for ArrivalSink {
    fn add_batch(
        &mut self,
        epoch_id: i64,
        _schema: &arrow_schema::SchemaRef,
        _batch: &arrow_array::RecordBatch,
    ) -> runnel_core::error::Result<()> {
        self.arrived.borrow_mut().push((epoch_id, Instant::now()));
        Ok(())
    }
    fn description(&self) -> String {
        "ArrivalSink".into()
    }
}

/// Event-to-sink latency: 1,000-row batches pushed one at a time into a memory stream,
/// the windowed count (update) with the default trigger (processingTime 0) writing to a
/// sink that notes each batch's arrival; latency is from just before the batch is added
/// to its rows reaching the sink. Percentiles over the second pass (the first warms
/// the allocator and code), and the slowest batches with their page faults and
/// involuntary context switches (preemption by other processes).
fn latency(events: usize) {
    let rows = 1_000usize;
    let batches = arrow_events(events, rows);
    let schema = batches[0].schema();
    let mut report = Vec::new();
    for pass in 0..2 {
        let s = session();
        let name = format!("latency{pass}");
        let stream = s
            .memory_stream(&name, Some(schema.clone()))
            .expect("stream");
        let arrived = Rc::new(RefCell::new(Vec::new()));
        let sink: runnel_core::io::sink::SinkRef = Rc::new(RefCell::new(ArrivalSink {
            arrived: arrived.clone(),
        }));
        let q = windowed_over(
            s.read_stream()
                .format("memory")
                .option("name", &name)
                .load(None)
                .expect("memory stream"),
        )
        .write_stream()
        .output_mode("update")
        .sink(sink)
        .start(None)
        .expect("start");
        report.clear();
        for (i, b) in batches.iter().enumerate() {
            let (f0, p0) = faults_and_preemptions();
            let t = Instant::now();
            stream.borrow_mut().add_data(b.clone()).expect("add");
            q.process_all_available().expect("run");
            let (f1, p1) = faults_and_preemptions();
            let at = arrived
                .borrow()
                .last()
                .map(|a| a.1)
                .expect("the batch reached the sink");
            report.push((
                at.duration_since(t).as_secs_f64() * 1e6,
                i,
                f1 - f0,
                p1 - p0,
            ));
        }
    }
    let mut us: Vec<f64> = report.iter().map(|r| r.0).collect();
    us.sort_by(f64::total_cmp);
    let pct = |p: f64| us[((us.len() as f64 * p).ceil() as usize).clamp(1, us.len()) - 1];
    println!(
        "latency, 1,000-row batches, windowed count (update), event to sink: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms over {} batches  (targets p50 <= 0.3 ms, p99 <= 1 ms; Spark: ~100 ms per micro-batch; load average {})",
        pct(0.5) / 1e3,
        pct(0.9) / 1e3,
        pct(0.99) / 1e3,
        us[us.len() - 1] / 1e3,
        us.len(),
        load_average()
    );
    let mut calm: Vec<f64> = report.iter().filter(|r| r.3 == 0).map(|r| r.0).collect();
    calm.sort_by(f64::total_cmp);
    if !calm.is_empty() {
        let at = |p: f64| calm[((calm.len() as f64 * p).ceil() as usize).clamp(1, calm.len()) - 1];
        println!(
            "  the {} batches no other process preempted: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({} were preempted)",
            calm.len(),
            at(0.5) / 1e3,
            at(0.99) / 1e3,
            calm[calm.len() - 1] / 1e3,
            report.len() - calm.len()
        );
    }
    report.sort_by(|a, b| b.0.total_cmp(&a.0));
    let typical_faults = {
        let mut f: Vec<f64> = report.iter().map(|r| r.2 as f64).collect();
        median(&mut f)
    };
    println!("  slowest batches (median batch: {typical_faults:.0} page faults):");
    for (us, i, faults, preempted) in report.iter().take(5) {
        println!(
            "    batch {i:>5}: {:.3} ms, {faults} page faults, {preempted} involuntary context switches",
            us / 1e3
        );
    }
}

/// When a batch reached the sink, and the runner thread's involuntary context switches
/// and µs waiting for a core until then.
type Arrival = (Instant, i64, i64);

/// A sink that notes when each `end<i>` key of the socket latency bench reaches it.
struct MarkerSink {
    /// Per batch: when its `end<i>` arrived, and the runner thread's involuntary context
    /// switches and time waiting for a core (µs) so far.
    arrived: Rc<RefCell<Vec<Option<Arrival>>>>,
    acked: Arc<std::sync::atomic::AtomicUsize>,
}

impl runnel_core::io::sink::Sink for MarkerSink {
    fn add_batch(
        &mut self,
        _epoch_id: i64,
        schema: &arrow_schema::SchemaRef,
        batch: &arrow_array::RecordBatch,
    ) -> runnel_core::error::Result<()> {
        use arrow_array::cast::AsArray;
        let now = (Instant::now(), faults_and_preemptions().1, run_delay_us());
        let i = schema.index_of("value").expect("a value column");
        let mut arrived = self.arrived.borrow_mut();
        for v in batch.column(i).as_string::<i32>().iter().flatten() {
            if let Some(n) = v.strip_prefix("end").and_then(|n| n.parse::<usize>().ok())
                && n < arrived.len()
            {
                arrived[n] = Some(now);
                self.acked
                    .fetch_max(n + 1, std::sync::atomic::Ordering::SeqCst);
            }
        }
        Ok(())
    }
    fn description(&self) -> String {
        "MarkerSink".into()
    }
}

/// Event-to-sink latency under the native runner's own trigger loop (`runnel submit`'s
/// driver, `processingTime` 0): a thread serves a socket source 1,000 lines at a time
/// (999 of 50 categories, then `end<i>`), each batch once the previous one reached the
/// sink; the query counts lines by 10-minute window (the reader's timestamps, watermark
/// 5 minutes) and key, update mode. Latency is from just before the batch's bytes are
/// written to the socket to its `end<i>` row reaching the sink; the first 10% warm up.
fn trigger_latency(batches: usize) {
    use runnel_cli::driver::{CliHost, DriverOptions};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;
    let warm = batches / 10;
    let total = batches + warm;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("listen");
    let port = listener.local_addr().expect("port").port();
    let acked = Arc::new(AtomicUsize::new(0));
    let sent: Arc<std::sync::Mutex<Vec<Instant>>> = Arc::default();
    let producer = {
        let (acked, sent) = (acked.clone(), sent.clone());
        std::thread::spawn(move || {
            let (mut conn, _) = listener.accept().expect("accept");
            let _ = conn.set_nodelay(true);
            for i in 0..total {
                let mut text = String::with_capacity(8_000);
                for j in 0..999 {
                    text.push_str(&format!("c{}\n", (i * 7 + j) % 50));
                }
                text.push_str(&format!("end{i}\n"));
                while acked.load(Ordering::SeqCst) < i {
                    std::thread::sleep(Duration::from_micros(50));
                }
                // A pause, so the runner is idle (waiting for data) when the batch comes.
                std::thread::sleep(Duration::from_micros(300));
                sent.lock().expect("sent").push(Instant::now());
                conn.write_all(text.as_bytes()).expect("send");
            }
            while acked.load(Ordering::SeqCst) < total {
                std::thread::sleep(Duration::from_millis(1));
            }
        })
    };
    let s = session();
    let df = s
        .read_stream()
        .format("socket")
        .option("host", "127.0.0.1")
        .option("port", &port.to_string())
        .option("includeTimestamp", "true")
        .load(None)
        .expect("socket source");
    let counted = df
        .with_watermark("timestamp", "5 minutes")
        .and_then(|d| {
            d.group_by(vec![
                func(
                    "window",
                    vec![
                        col("timestamp"),
                        lit(ScalarValue::Utf8("10 minutes".into())),
                    ],
                ),
                col("value"),
            ])
            .count()
        })
        .expect("windowed");
    let arrived = Rc::new(RefCell::new(vec![None; total]));
    let sink: runnel_core::io::sink::SinkRef = Rc::new(RefCell::new(MarkerSink {
        arrived: arrived.clone(),
        acked: acked.clone(),
    }));
    let q = counted
        .write_stream()
        .output_mode("update")
        .sink(sink)
        .start(None)
        .expect("start");
    let host = CliHost::new(DriverOptions {
        once: false,
        deadline: None,
    });
    let started = Instant::now();
    while acked.load(Ordering::SeqCst) < total && started.elapsed() < Duration::from_secs(600) {
        host.drive(
            std::slice::from_ref(&q),
            Some(Instant::now() + Duration::from_millis(100)),
        )
        .expect("drive");
    }
    q.stop();
    producer.join().expect("producer");
    let sent = sent.lock().expect("sent");
    let arrived = arrived.borrow();
    // Per batch: latency (µs), and whether the runner thread was preempted since the
    // previous batch reached the sink (its wait for data, then this batch).
    let mut report: Vec<(f64, usize, i64, i64)> = (warm..total)
        .filter_map(|i| {
            let (at, switches, delay) = arrived[i]?;
            let before = i
                .checked_sub(1)
                .and_then(|j| arrived[j])
                .map_or((switches, delay), |a| (a.1, a.2));
            Some((
                at.duration_since(sent[i]).as_secs_f64() * 1e6,
                i,
                switches - before.0,
                delay - before.1,
            ))
        })
        .collect();
    let mut us: Vec<f64> = report.iter().map(|r| r.0).collect();
    us.sort_by(f64::total_cmp);
    let pct = |p: f64| us[((us.len() as f64 * p).ceil() as usize).clamp(1, us.len()) - 1];
    println!(
        "latency, runner's trigger loop (processingTime 0), socket source, 1,000 lines a batch, windowed count (update), event to sink: p50 {:.3} ms, p90 {:.3} ms, p99 {:.3} ms, max {:.3} ms over {} batches  (targets p50 <= 0.3 ms, p99 <= 1 ms; Spark polls every 10 ms when idle; load average {})",
        pct(0.5) / 1e3,
        pct(0.9) / 1e3,
        pct(0.99) / 1e3,
        us[us.len() - 1] / 1e3,
        us.len(),
        load_average()
    );
    let mut calm: Vec<f64> = report.iter().filter(|r| r.2 == 0).map(|r| r.0).collect();
    calm.sort_by(f64::total_cmp);
    if !calm.is_empty() {
        let at = |p: f64| calm[((calm.len() as f64 * p).ceil() as usize).clamp(1, calm.len()) - 1];
        println!(
            "  the {} batches whose runner thread no other process preempted: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
            calm.len(),
            at(0.5) / 1e3,
            at(0.99) / 1e3,
            calm[calm.len() - 1] / 1e3,
        );
    }
    report.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("  slowest batches:");
    for (us, i, preempted, waited) in report.iter().take(5) {
        println!(
            "    batch {i:>5}: {:.3} ms, the runner thread preempted {preempted} times and runnable but waiting for a core {:.3} ms",
            us / 1e3,
            *waited as f64 / 1e3
        );
    }
}

/// Kafka → windowed count → Parquet against a plain rdkafka consumer of the same topic.
fn kafka_bench(bootstrap: &str, data: &Path, root: &Path, events: usize) {
    use rdkafka::config::ClientConfig;
    use rdkafka::consumer::{BaseConsumer, Consumer};
    use rdkafka::producer::{BaseProducer, BaseRecord, Producer};
    use std::time::Duration;

    let topic = std::env::var("RUNNEL_BENCH_TOPIC")
        .unwrap_or_else(|_| format!("bench-{}", std::process::id()));
    let producer: BaseProducer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        // One record per batch: tansu 0.6 reports the high watermark of a multi-record
        // batch as its base offset + 1, which would hide records from every reader.
        .set("batch.num.messages", "1")
        .create()
        .expect("producer");
    let t = Instant::now();
    let mut n = 0usize;
    let skip_produce = std::env::var("RUNNEL_BENCH_FILLED").is_ok();
    let mut files: Vec<_> = std::fs::read_dir(data)
        .expect("data")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    for f in files {
        let text = std::fs::read_to_string(f).expect("read");
        for line in text.lines() {
            if skip_produce {
                n += 1;
                continue;
            }
            let part = (n % 3) as i32;
            let mut rec = BaseRecord::<[u8], [u8]>::to(&topic)
                .payload(line.as_bytes())
                .partition(part);
            loop {
                match producer.send(rec) {
                    Ok(()) => break,
                    Err((
                        rdkafka::error::KafkaError::MessageProduction(
                            rdkafka::types::RDKafkaErrorCode::QueueFull,
                        ),
                        r,
                    )) => {
                        rec = r;
                        producer.poll(Duration::from_millis(10));
                    }
                    Err((e, _)) => panic!(
                        "kafka: cannot produce to {topic} (create it with 3 partitions first): {e}"
                    ),
                }
            }
            n += 1;
        }
    }
    producer.flush(Duration::from_secs(120)).expect("flush");
    println!(
        "kafka: produced {n} events to {topic} (3 partitions) in {:.1} s",
        t.elapsed().as_secs_f64()
    );

    // A plain consumer: every message of every partition, payload bytes summed.
    let consumer: BaseConsumer = ClientConfig::new()
        .set("bootstrap.servers", bootstrap)
        .set("group.id", format!("bench-plain-{}", std::process::id()))
        .set("enable.auto.commit", "false")
        .set("auto.offset.reset", "earliest")
        .create()
        .expect("consumer");
    let mut plain = Vec::new();
    for _ in 0..3 {
        let t = Instant::now();
        let mut tpl = rdkafka::TopicPartitionList::new();
        for p in 0..3 {
            tpl.add_partition_offset(&topic, p, rdkafka::Offset::Beginning)
                .expect("tpl");
        }
        consumer.assign(&tpl).expect("assign");
        let (mut got, mut bytes) = (0usize, 0usize);
        while got < n {
            if let Some(Ok(m)) = consumer.poll(Duration::from_millis(500)) {
                use rdkafka::message::Message;
                bytes += m.payload().map(|p| p.len()).unwrap_or(0);
                got += 1;
            }
        }
        std::hint::black_box(bytes);
        plain.push(n as f64 / t.elapsed().as_secs_f64());
    }

    let mut runnel = Vec::new();
    for i in 0..3 {
        let s = session();
        // Spark's default: no maxOffsetsPerTrigger (RUNNEL_BENCH_MAX_OFFSETS sets one).
        let mut reader = s.read_stream();
        if let Ok(m) = std::env::var("RUNNEL_BENCH_MAX_OFFSETS") {
            reader = reader.option("maxOffsetsPerTrigger", &m);
        }
        let raw = reader
            .format("kafka")
            .option("kafka.bootstrap.servers", bootstrap)
            .option("subscribe", &topic)
            .option("startingOffsets", "earliest")
            .load(None)
            .expect("kafka source");
        let ev = raw
            .select(vec![
                func(
                    "from_json",
                    vec![
                        Expr::Cast {
                            expr: Box::new(col("value")),
                            to: arrow_schema::DataType::Utf8,
                            try_: false,
                        },
                        lit(ScalarValue::Utf8(SCHEMA.into())),
                    ],
                )
                .alias("e"),
            ])
            .and_then(|d| d.select(vec![Expr::Star(Some("e".into()))]))
            .expect("from_json");
        let counts = windowed_over(ev);
        let out = root.join(format!("kafka-out-{i}"));
        let q = counts
            .write_stream()
            .format("parquet")
            .output_mode("append")
            .option("path", &out.to_string_lossy())
            .start(None)
            .expect("start");
        let t = Instant::now();
        q.process_all_available().expect("run");
        let rows: i64 = q.progress().iter().map(|p| p.num_input_rows).sum();
        assert_eq!(rows as usize, n, "the query read every event");
        runnel.push(n as f64 / t.elapsed().as_secs_f64());
    }
    let med = |v: &mut Vec<f64>| {
        v.sort_by(|a, b| a.total_cmp(b));
        v[v.len() / 2]
    };
    let (p, r) = (med(&mut plain), med(&mut runnel));
    println!("kafka: plain rdkafka consumer {p:.0} messages/s (median of 3)");
    println!(
        "kafka: Kafka -> from_json -> windowed count -> Parquet {r:.0} events/s (median of 3), {:.0}% of the plain consumer",
        100.0 * r / p
    );
    let _ = events;
}

/// The Delta sink's cost per epoch: the windowed count into Delta against the same into noop.
fn delta_bench(data: &Path, root: &Path) {
    let mut per_epoch = Vec::new();
    let mut epochs_seen = 0;
    for i in 0..3 {
        let timed = |format: &str| -> (f64, usize) {
            let s = session();
            let df = windowed_count(&s, data);
            let mut w = df.write_stream().format(format).output_mode("append");
            if format == "delta" {
                w = w.option("path", &root.join(format!("delta-{i}")).to_string_lossy());
            }
            let q = w.start(None).expect("start");
            let t = Instant::now();
            q.process_all_available().expect("run");
            (t.elapsed().as_secs_f64(), q.progress().len())
        };
        let (noop, _) = timed("noop");
        let (delta, epochs) = timed("delta");
        epochs_seen = epochs;
        per_epoch.push((delta - noop) * 1000.0 / epochs.max(1) as f64);
    }
    per_epoch.sort_by(|a, b| a.total_cmp(b));
    println!(
        "delta: the Delta sink adds {:.1} ms per epoch (median of 3; {epochs_seen} epochs of the windowed count, append: Parquet file + commit with txn)",
        per_epoch[1]
    );
}

/// Impressions (`impressionAdId`, `impressionTime`: one every 0.864 s, ten days for a
/// million) and one click per impression (`clickAdId`, `clickTime`: 0 to 80 minutes
/// later, so about three in four fall inside the 1-hour range), `files` files a side in
/// time order. Returns the bytes written.
fn generate_ad_events(dir: &Path, events: usize, files: usize) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let base_ms = 1_740_823_200_000i64; // 2025-03-01T10:00:00Z
    let stamp = |ms: i64| {
        let t = ms.div_euclid(1000);
        let secs = t.rem_euclid(86_400);
        format!(
            "{}T{:02}:{:02}:{:02}.{:03}Z",
            chrono_date(t.div_euclid(86_400)),
            secs / 3600,
            secs / 60 % 60,
            secs % 60,
            ms.rem_euclid(1000)
        )
    };
    let per = events.div_ceil(files);
    let mut bytes = 0u64;
    for f in 0..files {
        let mut imp = BufWriter::new(std::fs::File::create(
            dir.join(format!("part-{f:03}-imp.json")),
        )?);
        let mut clk = BufWriter::new(std::fs::File::create(
            dir.join(format!("part-{f:03}-clk.json")),
        )?);
        for n in f * per..((f + 1) * per).min(events) {
            let t = base_ms + n as i64 * 864;
            let line = format!(
                "{{\"impressionAdId\": {n}, \"impressionTime\": \"{}\"}}\n",
                stamp(t)
            );
            bytes += line.len() as u64;
            imp.write_all(line.as_bytes())?;
            let c = t + (next() % 4_800_000) as i64;
            let line = format!("{{\"clickAdId\": {n}, \"clickTime\": \"{}\"}}\n", stamp(c));
            bytes += line.len() as u64;
            clk.write_all(line.as_bytes())?;
        }
        imp.flush()?;
        clk.flush()?;
    }
    Ok(bytes)
}

fn join_bench(root: &Path, events: usize) {
    let data = root.join("ads");
    let bytes = generate_ad_events(&data, events, 100).expect("generate");
    println!(
        "runnel-bench join: {events} impressions and {events} clicks, {:.1} MB in 200 JSON files",
        bytes as f64 / 1e6
    );
    let s = session();
    let side = |glob: &str, ddl: &str| {
        s.read_stream()
            .format("json")
            .option("maxFilesPerTrigger", "1")
            .option("pathGlobFilter", glob)
            .schema(SchemaSpec::Ddl(ddl.into()))
            .and_then(|r| r.load(Some(&data.to_string_lossy())))
            .expect("source")
    };
    let imp = side("*imp.json", "impressionAdId INT, impressionTime TIMESTAMP")
        .with_watermark("impressionTime", "2 hours")
        .expect("watermark");
    let clk = side("*clk.json", "clickAdId INT, clickTime TIMESTAMP")
        .with_watermark("clickTime", "3 hours")
        .expect("watermark");
    let cond = runnel_core::expr::sql::parse_expression(
        "clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour",
    )
    .expect("condition");
    let joined = imp
        .join(
            &clk,
            runnel_core::logical::dataframe::JoinOn::Condition(cond),
            "inner",
        )
        .expect("join");
    let q = joined
        .write_stream()
        .format("noop")
        .output_mode("append")
        .start(None)
        .expect("start");
    // Batch by batch, to keep every batch's figures (the progress list keeps 100).
    let (mut input, mut output, mut state, mut batches) = (0i64, 0i64, Vec::new(), 0usize);
    let t = Instant::now();
    while q.step().expect("run") {
        if let Some(p) = q.progress().last() {
            input += p.num_input_rows;
            output += p.num_output_rows;
            state.push(
                p.state_operators
                    .iter()
                    .map(|(_, s)| s.num_rows_total)
                    .sum::<i64>(),
            );
        }
        batches += 1;
    }
    let secs = t.elapsed().as_secs_f64();
    let upto = |frac: f64| {
        let k = ((state.len() as f64 * frac).ceil() as usize).clamp(1, state.len().max(1));
        state.iter().take(k).copied().max().unwrap_or(0)
    };
    println!(
        "stream-stream join (inner, append) : {:>10.0} events/s  ({input} rows in, {output} joined, {} batches, {secs:.2}s; Spark 4.3 local[2] on the same files: see README)",
        input as f64 / secs,
        batches
    );
    println!(
        "join state rows, max up to 10% / 50% / 100% of the run: {} / {} / {}  (bounded by the watermark: flat, not growing with the run)",
        upto(0.1),
        upto(0.5),
        upto(1.0)
    );
    println!(
        "peak RSS                           : {:>10.1} MB",
        peak_rss_mb()
    );
}
