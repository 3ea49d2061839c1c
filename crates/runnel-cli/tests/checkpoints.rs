//! Checkpoints on disk: a query restarted from its checkpoint resumes where it
//! stopped (same id, next batch, no file written twice), and a checkpoint that is cut
//! short, corrupt, or belongs to another query is refused with an error naming the
//! file and the problem, never silently started over.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use runnel_core::SparkSession;
use runnel_pyspark::{Interpreter, RunAvailable};

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("runnel-ckpt-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("in")).unwrap();
    d
}

fn put_events(root: &Path, n: usize) {
    let mut text = String::new();
    for i in 0..20 {
        let secs = n * 300 + i * 15;
        text.push_str(&format!(
            "{{\"timestamp\": \"2025-03-01T{:02}:{:02}:{:02}Z\", \"category\": \"{}\", \"value\": {}.5}}\n",
            10 + secs / 3600,
            secs / 60 % 60,
            secs % 60,
            ["books", "music"][i % 2],
            i
        ));
    }
    std::fs::write(root.join(format!("in/events-{n:03}.json")), text).unwrap();
}

const WINDOWED: &str = r#"
from pyspark.sql.functions import col, window
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
q = df.withWatermark("timestamp", "5 minutes") \
    .groupBy(window(col("timestamp"), "10 minutes"), "category").AGG \
    .writeStream.format("parquet").outputMode("append") \
    .option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.processAllAvailable()
print("id", q.id, "batches", len(q.recentProgress))
"#;

/// Runs `script` with `/data` mapped to `root`; returns its output or its error.
fn run(root: &Path, script: &str) -> Result<String, String> {
    let session = SparkSession::new();
    runnel_connectors::install(&session);
    session.add_path_map("/data", &root.to_string_lossy());
    let out = Rc::new(std::cell::RefCell::new(String::new()));
    let o = out.clone();
    session.set_output(move |s: &str| o.borrow_mut().push_str(s));
    let it = Interpreter::new(session, Rc::new(RunAvailable));
    it.run(script, "job.py").map_err(|e| e.to_string())?;
    let text = out.borrow().clone();
    Ok(text)
}

fn count_script() -> String {
    WINDOWED.replace("AGG", "count()")
}

fn data_files(root: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(root.join("out"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".parquet"))
        .collect();
    v.sort();
    v
}

#[test]
fn a_restarted_query_resumes_with_its_id_and_writes_nothing_twice() {
    let root = dir("resume");
    put_events(&root, 0);
    put_events(&root, 1);
    let first = run(&root, &count_script()).unwrap();
    let files_before = data_files(&root);
    // Nothing new: the restarted query finds nothing to do and writes nothing.
    let again = run(&root, &count_script()).unwrap();
    assert_eq!(
        again.split_whitespace().nth(1),
        first.split_whitespace().nth(1)
    );
    assert!(again.trim_end().ends_with("batches 0"), "{again}");
    assert_eq!(data_files(&root), files_before);
    // New input: the next batches continue the numbering and close older windows.
    put_events(&root, 2);
    put_events(&root, 3);
    let third = run(&root, &count_script()).unwrap();
    assert!(!third.trim_end().ends_with("batches 0"), "{third}");
    let offsets: Vec<u64> = std::fs::read_dir(root.join("ck/offsets"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_string_lossy().parse().ok())
        .collect();
    let max = offsets.iter().max().copied().unwrap_or(0);
    assert!(max >= 2, "{offsets:?}");
    assert!(data_files(&root).len() > files_before.len());
    let _ = std::fs::remove_dir_all(&root);
}

fn expect_err(root: &Path, script: &str, needles: &[&str]) {
    let e = run(root, script).expect_err("the checkpoint should be refused");
    for n in needles {
        assert!(e.contains(n), "{e:?} should mention {n:?}");
    }
}

#[test]
fn a_cut_offset_log_entry_is_refused_naming_the_file() {
    let root = dir("cut");
    put_events(&root, 0);
    run(&root, &count_script()).unwrap();
    let last = std::fs::read_dir(root.join("ck/offsets"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_string_lossy().parse::<u64>().ok())
        .max()
        .unwrap();
    std::fs::write(
        root.join(format!("ck/offsets/{last}")),
        b"v1\n{\"batchWatermarkMs\":0,",
    )
    .unwrap();
    std::fs::remove_file(root.join(format!("ck/commits/{last}"))).unwrap();
    expect_err(
        &root,
        &count_script(),
        &[&format!("ck/offsets/{last}"), "corrupt"],
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_corrupt_state_file_is_refused_naming_the_file() {
    let root = dir("state");
    put_events(&root, 0);
    run(&root, &count_script()).unwrap();
    let delta = root.join("ck/state/0/0/1.delta");
    let data = std::fs::read(&delta).unwrap();
    std::fs::write(&delta, &data[..data.len() / 3]).unwrap();
    expect_err(&root, &count_script(), &["state/0/0/1.delta", "corrupt"]);
    std::fs::remove_file(&delta).unwrap();
    expect_err(&root, &count_script(), &["state/0/0/1.delta", "missing"]);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_state_file_whose_schema_arrow_cannot_parse_is_an_error_without_a_panic_line() {
    // Bit 4 of byte 120 (in a field's type of the schema message) made arrow-ipc panic
    // (`unimplemented!`): caught, but the default hook printed "thread 'runnel' panicked
    // at" on stderr as if Runnel had crashed (found by the session 17 damage sweep).
    let root = dir("state-schema-bit");
    put_events(&root, 0);
    run(&root, &count_script()).unwrap();
    let delta = root.join("ck/state/0/0/1.delta");
    let mut data = std::fs::read(&delta).unwrap();
    data[120] ^= 1 << 4;
    std::fs::write(&delta, &data).unwrap();
    std::fs::write(root.join("job.py"), count_script()).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
        .arg("submit")
        .arg(format!("--path-map=/data={}", root.display()))
        .arg(root.join("job.py"))
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("state/0/0/1.delta is corrupt") && !err.contains("panicked"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_changed_query_whose_state_no_longer_fits_is_refused() {
    let root = dir("changed");
    put_events(&root, 0);
    run(&root, &count_script()).unwrap();
    put_events(&root, 1);
    let changed = WINDOWED.replace("AGG", "sum(\"value\")");
    expect_err(
        &root,
        &changed,
        &[
            "STATE_STORE_KEY_SCHEMA_NOT_COMPATIBLE",
            "new checkpointLocation",
        ],
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_checkpoint_of_another_query_is_refused() {
    let root = dir("other");
    put_events(&root, 0);
    run(&root, &count_script()).unwrap();
    let two_sources = r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
both = df.union(spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in"))
q = both.writeStream.format("parquet").option("checkpointLocation", "/data/ck").option("path", "/data/out2").start()
q.processAllAvailable()
"#;
    expect_err(&root, two_sources, &["1 source(s)", "this query has 2"]);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn clean_source_archives_files_only_after_their_batch_committed() {
    let root = dir("clean");
    put_events(&root, 0);
    put_events(&root, 1);
    let script = r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE") \
    .option("cleanSource", "archive").option("sourceArchiveDir", "/data/archive") \
    .option("maxFilesPerTrigger", 1).json("/data/in")
q = df.writeStream.format("csv").option("header", "true") \
    .option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.processAllAvailable()
"#;
    run(&root, script).unwrap();
    let left: Vec<_> = std::fs::read_dir(root.join("in"))
        .unwrap()
        .flatten()
        .collect();
    assert!(left.is_empty(), "{left:?}");
    let archived = root
        .join("archive")
        .join(root.join("in").strip_prefix("/").unwrap())
        .join("events-000.json");
    assert!(archived.exists(), "{}", archived.display());
    // Both files' rows are in the CSV output, with a header per file.
    let mut rows = 0;
    let mut all = String::new();
    for e in std::fs::read_dir(root.join("out")).unwrap().flatten() {
        if e.file_name().to_string_lossy().ends_with(".csv") {
            let text = std::fs::read_to_string(e.path()).unwrap();
            assert!(text.starts_with("timestamp,category,value\n"), "{text}");
            rows += text.lines().count() - 1;
            all.push_str(&text);
        }
    }
    assert!(all.contains("2025-03-01T10:00:00.000Z,books,0.5"), "{all}");
    assert_eq!(rows, 40);
    let bad = r#"
df = spark.readStream.schema("a STRING").option("cleanSource", "archive").json("/data/in")
"#;
    expect_err(&root, bad, &["sourceArchiveDir"]);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_restart_runs_the_no_data_batch_the_stopped_run_owed() {
    let root = dir("owed");
    for n in 0..4 {
        put_events(&root, n);
    }
    run(&root, &count_script()).unwrap();
    let files_before = data_files(&root);
    // The last batch is the no-data batch that closed windows: undo it, as if the process
    // died after the previous batch's commit and before planning it.
    let last = std::fs::read_dir(root.join("ck/offsets"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_string_lossy().parse::<u64>().ok())
        .max()
        .unwrap();
    let offsets = |n: u64| {
        let t = std::fs::read_to_string(root.join(format!("ck/offsets/{n}"))).unwrap();
        t.lines().last().unwrap_or_default().to_string()
    };
    assert_eq!(
        offsets(last),
        offsets(last - 1),
        "batch {last} should be a no-data batch"
    );
    for f in [
        format!("ck/offsets/{last}"),
        format!("ck/commits/{last}"),
        format!("ck/state/0/0/{}.delta", last + 1),
        format!("out/_spark_metadata/{last}"),
    ] {
        let _ = std::fs::remove_file(root.join(f));
    }
    for f in &files_before {
        if f.contains(&format!("-{last}-c000")) {
            std::fs::remove_file(root.join("out").join(f)).unwrap();
        }
    }
    assert!(data_files(&root).len() < files_before.len());
    run(&root, &count_script()).unwrap();
    assert_eq!(data_files(&root), files_before);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn files_logged_by_a_stopped_run_make_the_same_batch_after_a_restart() {
    // The process died after the file source logged batch 1's file and before the offset
    // log named it: the restarted query reads that file alone in batch 1, as the run that
    // stopped would have, not together with the files that came since.
    let root = dir("logged");
    let script = r#"
df = spark.readStream.option("maxFilesPerTrigger", 1).schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
q = df.writeStream.format("parquet").option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.processAllAvailable()
for p in q.recentProgress:
    print("rows", p["numInputRows"])
"#;
    for n in 0..2 {
        put_events(&root, n);
    }
    assert_eq!(run(&root, script).unwrap(), "rows 20\nrows 20\n");
    for f in ["ck/offsets/1", "ck/commits/1", "out/_spark_metadata/1"] {
        std::fs::remove_file(root.join(f)).unwrap();
    }
    for f in data_files(&root) {
        if f.contains("-1-c000") {
            std::fs::remove_file(root.join("out").join(f)).unwrap();
        }
    }
    assert!(
        root.join("ck/sources/0/1").exists(),
        "the source log keeps batch 1's file"
    );
    put_events(&root, 2);
    put_events(&root, 3);
    assert_eq!(run(&root, script).unwrap(), "rows 20\nrows 20\nrows 20\n");
    let offsets = std::fs::read_to_string(root.join("ck/offsets/1")).unwrap();
    assert!(offsets.ends_with("{\"logOffset\":1}"), "{offsets}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn dev_zero_as_the_script_is_refused_not_read_forever() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
        .args(["submit", "/dev/zero"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("/dev/zero is not a regular file"), "{err}");
}

#[test]
fn a_script_with_a_nul_byte_is_refused_as_cpython_refuses_it() {
    // Was "invalid Python: Got unexpected token" followed by the raw NUL.
    let root = dir("nul-script");
    let e = run(&root, "print(1)\n\nprint(2)\0\n").unwrap_err();
    assert!(
        e.contains("SyntaxError: source code cannot contain null bytes"),
        "{e:?}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_directory_a_fifo_and_a_17_mb_file_as_the_script_are_refused_naming_the_path() {
    let root = dir("script_paths");
    std::fs::create_dir_all(root.join("adir")).unwrap();
    let fifo = root.join("script.fifo");
    let made_fifo = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let huge = root.join("huge.py");
    std::fs::write(&huge, vec![b'#'; 17_000_000]).unwrap();
    let mut cases = vec![
        (root.join("adir"), "is not a regular file".to_string()),
        (
            huge.clone(),
            "holds 17000000 bytes; a script may hold at most 16777216 (16 MiB)".to_string(),
        ),
    ];
    if made_fifo {
        cases.push((fifo, "is not a regular file".to_string()));
    }
    for (path, want) in cases {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
            .arg("submit")
            .arg(&path)
            .output()
            .unwrap();
        assert!(!out.status.success());
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("{} {want}", path.display())), "{err}");
    }
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_fifo_in_a_source_folder_is_skipped_not_read_forever() {
    let root = dir("fifo");
    std::fs::create_dir_all(root.join("in")).unwrap();
    std::fs::write(root.join("in/a.json"), "{\"a\": 1}\n").unwrap();
    let fifo = root.join("in/p.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let script = format!(
        "df = spark.readStream.schema('a INT').json('{}')\ndf.writeStream.format('console').start().awaitTermination()\n",
        root.join("in").display()
    );
    let out = run(&root, &script).unwrap();
    assert!(out.contains("|  1|"), "{out}");
}

#[test]
fn two_queries_of_one_script_on_one_checkpoint_location_stop_the_first_or_are_refused() {
    // Spark 4.3 (probed): starting a second run of a query (same checkpoint, same id)
    // stops the first (spark.sql.streaming.stopActiveRunOnRestart, true by default);
    // with it false, the second start() is refused. Never two runs writing one checkpoint.
    let root = dir("same-ck");
    put_events(&root, 0);
    let script = r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
a = df.writeStream.format("parquet").option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
b = df.writeStream.format("parquet").option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
print("a", a.isActive, "b", b.isActive, "same id", a.id == b.id)
b.processAllAvailable()
print("rows", spark.read.parquet("/data/out").count())
"#;
    assert_eq!(
        run(&root, script).unwrap(),
        "a False b True same id True\nrows 20\n"
    );
    let _ = std::fs::remove_dir_all(&root);
    let root = dir("same-ck-refused");
    put_events(&root, 0);
    expect_err(
        &root,
        &format!("spark.conf.set('spark.sql.streaming.stopActiveRunOnRestart', 'false')\n{script}"),
        &[
            "another query with same id is already active",
            "stopActiveRunOnRestart",
        ],
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_second_process_writing_the_same_checkpoint_fails_instead_of_losing_or_doubling_rows() {
    // Two sessions (as two processes would) start on one checkpoint before either ran a
    // batch: both plan batch 0; the second finds offsets/0 made by the first and stops
    // with Spark's CONCURRENT_STREAM_LOG_UPDATE.
    let root = dir("two-writers");
    put_events(&root, 0);
    let start = || {
        let session = SparkSession::new();
        runnel_connectors::install(&session);
        session.add_path_map("/data", &root.to_string_lossy());
        let it = Interpreter::new(session.clone(), Rc::new(RunAvailable));
        it.run(
            r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
q = df.writeStream.format("parquet").option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
"#,
            "job.py",
        )
        .unwrap();
        session.queries().pop().unwrap()
    };
    let (first, second) = (start(), start());
    first.process_all_available().unwrap();
    let e = second
        .process_all_available()
        .expect_err("the second writer must fail");
    assert!(
        e.to_string().contains("CONCURRENT_STREAM_LOG_UPDATE")
            && (e.to_string().contains("offsets/0") || e.to_string().contains("sources/0/0")),
        "{e}"
    );
    assert_eq!(
        data_files(&root).len(),
        1,
        "one writer's files: {:?}",
        data_files(&root)
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn parquet_columns_match_names_ignoring_case_and_refuse_other_types() {
    // As Spark 4.3 reads them (probed with PySpark): `CATEGORY` is `category`; an int
    // column reads as bigint or double; a string column is not read as an int.
    let root = dir("pq-types");
    run(
        &root,
        r#"spark.createDataFrame([("a", "x1", 1)], "CATEGORY STRING, s STRING, i INT").write.parquet("/data/pq")
"#,
    )
    .unwrap();
    let out = run(
        &root,
        r#"spark.read.schema("category STRING, i BIGINT, d DOUBLE").parquet("/data/pq").show()
spark.read.schema("i DOUBLE").parquet("/data/pq").show()
"#,
    )
    .unwrap();
    assert!(out.contains("|       a|  1|NULL|"), "{out}");
    assert!(out.contains("|1.0|"), "{out}");
    let e = run(
        &root,
        "spark.read.schema('s INT').parquet('/data/pq').show()\n",
    )
    .unwrap_err();
    assert!(
        e.contains("FAILED_READ_FILE.PARQUET_COLUMN_DATA_TYPE_MISMATCH") && e.contains("column s"),
        "{e}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_zero_length_parquet_file_has_no_rows_as_in_spark() {
    // Spark 4.3 plans no split for a zero-length file (probed with PySpark: a stream
    // over it counts 0, a batch read infers the schema from the other files); it was
    // FAILED_READ_FILE.NO_HINT here.
    let root = dir("pq-empty");
    run(
        &root,
        "spark.createDataFrame([(1,), (2,)], 'v BIGINT').write.parquet('/data/in')\n",
    )
    .unwrap();
    std::fs::write(root.join("in/a-empty.parquet"), b"").unwrap();
    let out = run(
        &root,
        r#"q = spark.readStream.schema("v BIGINT").parquet("/data/in").writeStream.format("memory").queryName("pe").start()
q.processAllAvailable()
print("stream", spark.sql("SELECT count(*) AS n FROM pe").collect()[0].n)
df = spark.read.parquet("/data/in")
print("batch", df.schema.simpleString(), df.count())
"#,
    )
    .unwrap();
    assert!(out.contains("stream 2"), "{out}");
    assert!(out.contains("batch struct<v:bigint> 2"), "{out}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_checkpoint_location_that_is_a_file_is_refused_naming_it() {
    let root = dir("ck-file");
    put_events(&root, 0);
    std::fs::write(root.join("ck"), b"not a folder").unwrap();
    expect_err(
        &root,
        &count_script(),
        &[
            "ck exists and is not a directory",
            "give the query a directory",
        ],
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_missing_source_folder_is_refused_as_spark_refuses_it() {
    let root = dir("missing");
    for fmt in ["json", "csv", "parquet", "text"] {
        let script = format!(
            "spark.readStream.schema('a STRING').format('{fmt}').load('/data/nope').writeStream.format('console').start()\n"
        );
        let e = run(&root, &script).unwrap_err();
        assert!(
            e.contains("[PATH_NOT_FOUND] Path does not exist:"),
            "{fmt}: {e}"
        );
    }
    // A glob may match files that arrive later.
    run(
        &root,
        "spark.readStream.schema('a STRING').json('/data/nope/*.json').writeStream.format('console').start()\n",
    )
    .unwrap();
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_json_gz_file_in_a_stream_is_read_decompressed() {
    use std::io::Write;
    let root = dir("gz");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(b"{\"a\": 1}\n{\"a\": 2}\n").unwrap();
    std::fs::write(root.join("in/f.json.gz"), gz.finish().unwrap()).unwrap();
    let out = run(
        &root,
        "spark.readStream.schema('a INT').json('/data/in').writeStream.format('memory').queryName('gz').start().processAllAvailable()\nprint(spark.sql('SELECT sum(a) AS s FROM gz').collect()[0].s)\n",
    )
    .unwrap();
    assert_eq!(out.trim(), "3");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_deleted_state_folder_or_state_schema_is_refused_not_restarted_empty() {
    // Spark 4.3 refuses a restart whose state folder is gone with
    // STREAMING_STATEFUL_OPERATOR_MISSING_STATE_DIRECTORY (probed with PySpark).
    let root = dir("no-state");
    put_events(&root, 0);
    run(&root, &count_script()).unwrap();
    put_events(&root, 1);
    let saved = root.join("state-saved");
    std::fs::rename(root.join("ck/state"), &saved).unwrap();
    expect_err(
        &root,
        &count_script(),
        &[
            "STREAMING_STATEFUL_OPERATOR_MISSING_STATE_DIRECTORY",
            "ck/state/0",
            "new checkpointLocation",
        ],
    );
    std::fs::rename(&saved, root.join("ck/state")).unwrap();
    std::fs::remove_file(root.join("ck/state/0/_schema")).unwrap();
    expect_err(&root, &count_script(), &["ck/state/0/_schema", "missing"]);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_deleted_source_log_is_refused_not_read_again() {
    // Spark fails too ("batch 0 doesn't exist"); re-reading every file would double
    // the output, and logging batch 0 anew would change what it read.
    for deleted in ["ck/sources", "ck/sources/0/0"] {
        let root = dir("no-sources");
        put_events(&root, 0);
        run(&root, &count_script()).unwrap();
        put_events(&root, 1);
        let p = root.join(deleted);
        if p.is_dir() {
            std::fs::remove_dir_all(&p).unwrap();
        } else {
            std::fs::remove_file(&p).unwrap();
        }
        expect_err(&root, &count_script(), &["ck/sources/0/0", "is missing"]);
        assert!(
            !root.join("ck/sources/0/0").exists(),
            "{deleted}: batch 0's file list must not be logged anew"
        );
        let _ = std::fs::remove_dir_all(&root);
    }
    // An entry in the middle of the log.
    let root = dir("no-sources-mid");
    let script = r#"
df = spark.readStream.option("maxFilesPerTrigger", 1).schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
q = df.writeStream.format("parquet").option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.processAllAvailable()
"#;
    put_events(&root, 0);
    put_events(&root, 1);
    run(&root, script).unwrap();
    std::fs::remove_file(root.join("ck/sources/0/0")).unwrap();
    expect_err(&root, script, &["ck/sources/0/0", "is missing"]);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_source_file_deleted_before_its_logged_batch_ran_fails_naming_it_unless_ignore_missing_files() {
    // The run stopped after logging batch 0 (offsets/0) and before committing it; then
    // one of its files was deleted. Spark: FAILED_READ_FILE.FILE_NOT_EXIST, or with
    // ignoreMissingFiles the batch reads the files that are left. (foreachBatch: a memory
    // sink cannot restart from a checkpoint, in Spark either.)
    let root = dir("deleted-file");
    put_events(&root, 0);
    put_events(&root, 1);
    let script = |opt: &str| {
        format!(
            r#"
df = spark.readStream{opt}.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
q = df.writeStream.foreachBatch(lambda d, e: print("rows", d.count())).option("checkpointLocation", "/data/ck").start()
q.processAllAvailable()
"#
        )
    };
    assert_eq!(run(&root, &script("")).unwrap(), "rows 40\n");
    std::fs::remove_file(root.join("ck/commits/0")).unwrap();
    std::fs::remove_file(root.join("in/events-001.json")).unwrap();
    expect_err(
        &root,
        &script(""),
        &[
            "FAILED_READ_FILE.FILE_NOT_EXIST",
            "in/events-001.json",
            "ignoreMissingFiles",
        ],
    );
    let out = run(&root, &script(".option('ignoreMissingFiles', 'true')")).unwrap();
    assert_eq!(out, "rows 20\n");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_corrupt_gz_file_fails_naming_it_unless_ignore_corrupt_files() {
    let root = dir("corrupt-gz");
    std::fs::write(root.join("in/a.json"), "{\"a\": 1}\n").unwrap();
    std::fs::write(root.join("in/b.json.gz"), "not gzip at all\n").unwrap();
    let script = |opt: &str| {
        format!(
            "spark.readStream{opt}.schema('a INT').json('/data/in').writeStream.format('memory').queryName('t').start().processAllAvailable()\nprint(spark.sql('SELECT sum(a) AS s FROM t').collect()[0].s)\n"
        )
    };
    expect_err(
        &root,
        &script(""),
        &[
            "FAILED_READ_FILE.NO_HINT",
            "in/b.json.gz",
            "ignoreCorruptFiles",
        ],
    );
    let out = run(&root, &script(".option('ignoreCorruptFiles', 'true')")).unwrap();
    assert_eq!(out.trim(), "1");
    let _ = std::fs::remove_dir_all(&root);
}

#[cfg(unix)]
#[test]
fn file_names_that_are_not_utf8_are_read_once_across_restarts() {
    use std::os::unix::ffi::OsStrExt;
    let root = dir("non-utf8");
    let name = |b: &[u8]| root.join("in").join(std::ffi::OsStr::from_bytes(b));
    std::fs::write(name(b"caf\xe9.json"), "{\"a\": 1}\n").unwrap();
    let script = r#"
q = spark.readStream.schema("a INT").json("/data/in").writeStream.format("parquet").option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.processAllAvailable()
print(sorted(r.a for r in spark.read.parquet("/data/out").collect()))
"#;
    assert_eq!(run(&root, script).unwrap(), "[1]\n");
    std::fs::write(name(b"x\xff.json"), "{\"a\": 2}\n").unwrap();
    assert_eq!(run(&root, script).unwrap(), "[1, 2]\n");
    assert_eq!(run(&root, script).unwrap(), "[1, 2]\n");
    let log = std::fs::read_to_string(root.join("ck/sources/0/0")).unwrap();
    assert!(log.contains("caf%E9.json"), "{log}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn timeout_1ms_inside_a_batch_stops_it_before_the_sink_and_a_restart_runs_it() {
    // --timeout is checked between a batch's steps (source reads, operators), not only
    // between batches: a 1 ms timeout strikes inside batch 0. Nothing of the batch is
    // written or committed; the next run replays it from the write-ahead log.
    let root = dir("timeout");
    put_events(&root, 0);
    let script = root.join("job.py");
    std::fs::write(
        &script,
        format!(
            r#"
from pyspark.sql.functions import col
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("{0}/in")
q = df.filter(col("value") > 1).writeStream.format("parquet") \
    .option("checkpointLocation", "{0}/ck").option("path", "{0}/out").start()
q.awaitTermination()
print("stopped", q.isActive)
"#,
            root.display()
        ),
    )
    .unwrap();
    let submit = |extra: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
            .arg("submit")
            .args(extra)
            .arg(&script)
            .output()
            .unwrap()
    };
    let out = submit(&["--timeout", "1ms"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("batch 0: --timeout 1ms reached: the micro-batch was stopped before its sink wrote any row"),
        "{err}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "stopped False\n");
    assert!(root.join("ck/offsets/0").exists());
    assert!(!root.join("ck/commits/0").exists());
    let written = std::fs::read_dir(root.join("out"))
        .map(|d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(".parquet"))
                .count()
        })
        .unwrap_or(0);
    assert_eq!(written, 0, "the stopped batch wrote files");
    let out = submit(&["--once"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(root.join("ck/commits/0").exists());
    assert_eq!(data_files(&root).len(), 1);
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn python_loops_without_end_stop_at_the_timeout_in_a_udf_and_in_the_script() {
    // A UDF looping inside a batch stops the batch at the timeout, as an operator's
    // step would (it ran on: 10^12 iterations); the script's own loop ends 10 s later
    // with a KeyboardInterrupt that `except Exception` does not catch.
    let root = dir("loops");
    put_events(&root, 0);
    let script = root.join("job.py");
    let submit = |text: String, timeout: &str| {
        std::fs::write(&script, text).unwrap();
        let t = std::time::Instant::now();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
            .args(["submit", "--timeout", timeout])
            .arg(&script)
            .output()
            .unwrap();
        (out, t.elapsed())
    };
    let (out, took) = submit(
        format!(
            r#"
from pyspark.sql.functions import udf
@udf("double")
def spin(v):
    for i in range(1000):
        for j in range(1000):
            for k in range(1000):
                for m in range(1000):
                    v += 1
    return v
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("{0}/in")
q = df.select(spin("value")).writeStream.format("console").start()
q.awaitTermination()
print("stopped", q.isActive)
"#,
            root.display()
        ),
        "1s",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("batch 0: --timeout 1s reached: the micro-batch was stopped"),
        "{err}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "stopped False\n");
    assert!(took < std::time::Duration::from_secs(8), "{took:?}");
    let (out, took) = submit(
        "try:\n    for i in range(1000):\n        for j in range(1000):\n            for k in range(1000):\n                for m in range(1000):\n                    pass\nexcept Exception as e:\n    print('caught', e)\n".into(),
        "1ms",
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("KeyboardInterrupt: --timeout 1ms reached, and 10s more"),
        "{err}"
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("caught"));
    assert!(took < std::time::Duration::from_secs(20), "{took:?}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_file_source_offset_that_is_not_a_log_index_is_refused_not_read_from_the_start() {
    let root = dir("bad-offset");
    put_events(&root, 0);
    run(&root, &count_script()).unwrap();
    put_events(&root, 1);
    let last = std::fs::read_dir(root.join("ck/offsets"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_string_lossy().parse::<u64>().ok())
        .max()
        .unwrap();
    let path = root.join(format!("ck/offsets/{last}"));
    let text = std::fs::read_to_string(&path).unwrap();
    for bad in [
        "{\"logOffset\":\"zero\"}",
        "{\"offset\":0}",
        "{\"logOffset\":-7}",
    ] {
        let (head, _) = text.rsplit_once('\n').unwrap();
        std::fs::write(&path, format!("{head}\n{bad}")).unwrap();
        expect_err(&root, &count_script(), &[bad, "not a log index"]);
    }
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_second_process_does_not_replace_the_file_list_the_first_logged_for_a_batch() {
    // Spark's source log is created, never replaced: the second writer fails on
    // sources/0/0 and leaves the first one's list of batch 0 as it was.
    let root = dir("two-writers-source-log");
    put_events(&root, 0);
    let start = || {
        let session = SparkSession::new();
        runnel_connectors::install(&session);
        session.add_path_map("/data", &root.to_string_lossy());
        let it = Interpreter::new(session.clone(), Rc::new(RunAvailable));
        it.run(
            r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
q = df.writeStream.format("parquet").option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
"#,
            "job.py",
        )
        .unwrap();
        session.queries().pop().unwrap()
    };
    let (first, second) = (start(), start());
    first.process_all_available().unwrap();
    let logged = std::fs::read_to_string(root.join("ck/sources/0/0")).unwrap();
    put_events(&root, 1);
    let e = second
        .process_all_available()
        .expect_err("the second writer must fail");
    assert!(
        e.to_string().contains("CONCURRENT_STREAM_LOG_UPDATE")
            && e.to_string().contains("sources/0/0"),
        "{e}"
    );
    assert_eq!(
        std::fs::read_to_string(root.join("ck/sources/0/0")).unwrap(),
        logged
    );
    let _ = std::fs::remove_dir_all(&root);
}

fn delta_commits(root: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root.join("out/_delta_log"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    v.sort();
    v
}

#[test]
fn a_lost_commit_of_the_output_delta_table_is_refused_before_anything_is_written() {
    // The checkpoint committed batch 1, whose Delta commit is then deleted (or emptied):
    // Spark's Delta sink would write batch 2 on top and batch 1's rows would be gone for
    // good; the restart stops instead, naming the table's log and the batch.
    let script = r#"
df = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json("/data/in")
q = df.writeStream.format("delta").option("checkpointLocation", "/data/ck").start("/data/out")
q.processAllAvailable()
print("batches", len(q.recentProgress))
"#;
    for damage in ["delete", "empty"] {
        let root = dir(&format!("delta-lost-{damage}"));
        put_events(&root, 0);
        run(&root, script).unwrap();
        put_events(&root, 1);
        run(&root, script).unwrap();
        let commits = delta_commits(&root);
        let last = commits.last().unwrap().clone();
        if damage == "delete" {
            std::fs::remove_file(&last).unwrap();
        } else {
            std::fs::write(&last, "").unwrap();
        }
        put_events(&root, 2);
        let before = delta_commits(&root);
        expect_err(
            &root,
            script,
            &[
                "_delta_log",
                "checkpoint committed batch 1",
                "Restore the table's _delta_log",
            ],
        );
        assert_eq!(
            delta_commits(&root),
            before,
            "{damage}: nothing may be committed"
        );
        assert!(!root.join("ck/commits/2").exists(), "{damage}");
        let _ = std::fs::remove_dir_all(&root);
    }
    // Undamaged, the same three runs go on (the check does not refuse a good table).
    let root = dir("delta-ok");
    for n in 0..3 {
        put_events(&root, n);
        run(&root, script).unwrap();
    }
    assert!(root.join("ck/commits/2").exists());
    let _ = std::fs::remove_dir_all(&root);
}

/// Runs `runnel submit ARGS` for at most `secs` seconds: its status (None if it was
/// still running and had to be killed), stdout and stderr.
fn submit_for(secs: u64, args: &[&str]) -> (Option<std::process::ExitStatus>, String, String) {
    use std::io::Read;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
        .arg("submit")
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let end = std::time::Instant::now() + std::time::Duration::from_secs(secs);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break Some(s);
        }
        if std::time::Instant::now() >= end {
            child.kill().unwrap();
            child.wait().unwrap();
            break None;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    let (mut out, mut err) = (String::new(), String::new());
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    (status, out, err)
}

#[test]
fn a_script_that_ends_without_awaiting_its_queries_runs_them_on_as_a_notebook_and_says_so() {
    // spark-submit (PySpark 4.3): the script's last line ends the driver, and the rate
    // query it started stops with it, exit status 0. Runnel runs such a query on, as a
    // notebook does after its last cell (the course's scripts never await theirs), and
    // says on stderr what spark-submit would do; --timeout stops it after a time.
    let root = dir("no-await");
    let script = root.join("job.py");
    std::fs::write(
        &script,
        format!(
            r#"
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
q = spark.readStream.format("rate").option("rowsPerSecond", 5).load() \
    .writeStream.format("parquet").option("checkpointLocation", "{0}/ck").start("{0}/out")
print("started")
"#,
            root.display()
        ),
    )
    .unwrap();
    let s = script.to_str().unwrap();
    let (status, out, err) = submit_for(8, &[s]);
    assert!(status.is_none(), "runs on until stopped: {status:?} {err}");
    assert_eq!(out, "started\n");
    assert!(
        err.contains("the script ended with 1 active query: running on as in a notebook until Ctrl-C (spark-submit would stop it here"),
        "{err}"
    );
    assert!(root.join("ck/commits/0").exists(), "it ran batches: {err}");
    let (status, _, err) = submit_for(60, &["--timeout", "2s", s]);
    assert!(status.is_some_and(|s| s.success()), "{status:?} {err}");
    assert!(
        root.join("ck/commits/0").exists(),
        "--timeout drives the query after the last line: {err}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn a_folder_where_the_checkpoint_keeps_a_file_is_refused_naming_it() {
    // Listings skip folders, so `offsets/0` as a folder looked like an empty log and the
    // write of batch 0 then failed as if another query had written it
    // (CONCURRENT_STREAM_LOG_UPDATE). Spark lists it as batch 0 and fails reading it.
    for place in ["ck/offsets/0", "ck/sources/0/0", "ck/commits/0"] {
        let root = dir("folder-in-place");
        put_events(&root, 0);
        std::fs::create_dir_all(root.join(place)).unwrap();
        let e = run(&root, &count_script()).expect_err(place);
        assert!(
            e.contains(&format!(
                "{place} is a folder where the checkpoint keeps a file"
            )),
            "{place}: {e}"
        );
        assert!(!e.contains("CONCURRENT_STREAM_LOG_UPDATE"), "{place}: {e}");
        let _ = std::fs::remove_dir_all(&root);
    }
}
