//! Managed tables end to end: `tests/tables/managed_tables.py` run by `runnel submit`
//! in an empty working folder prints what PySpark 4.3 printed for the same script
//! (`tests/tables/expected.txt`, recorded as `tests/tables/README.md` says): saveAsTable
//! in every mode, CREATE/DROP TABLE, `spark.catalog`, `writeStream.toTable` and
//! `readStream.table` resumed from a checkpoint, and Spark's errors.

use std::path::Path;

/// Runs `tests/tables/<script>` with `runnel submit` in an empty working folder (a
/// scratch folder as its argument) and returns its stdout and the working folder.
fn submit(script: &str, tag: &str) -> (String, std::path::PathBuf) {
    let (stdout, _, d) = submit_with_stderr(script, tag);
    (stdout, d)
}

/// [`submit`], with the script's stderr too.
fn submit_with_stderr(script: &str, tag: &str) -> (String, String, std::path::PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let d = std::env::temp_dir().join(format!("runnel-tables-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("work")).unwrap();
    std::fs::create_dir_all(d.join("scratch")).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
        .current_dir(d.join("work"))
        .arg("submit")
        .arg(root.join("tests/tables").join(script))
        .arg(d.join("scratch"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{stdout}\n{stderr}");
    (stdout, stderr, d)
}

/// Writes `script` as `name` into a fresh folder and runs it there with `runnel submit`;
/// its stdout (it must succeed). The folder goes after.
fn submit_text(tag: &str, name: &str, script: &str) -> String {
    let d = std::env::temp_dir().join(format!("runnel-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    let path = d.join(name);
    std::fs::write(&path, script).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
        .current_dir(&d)
        .arg("submit")
        .arg(&path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_dir_all(&d);
    stdout
}

fn expected(name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join("tests/tables").join(name)).unwrap()
}

#[test]
fn managed_tables_script_prints_what_spark_printed() {
    let (stdout, d) = submit("managed_tables.py", "test");
    assert_eq!(stdout, expected("expected.txt"));
    // The warehouse is Spark's: `spark-warehouse` in the working folder.
    assert!(d.join("work/spark-warehouse/people").is_dir());
    let _ = std::fs::remove_dir_all(&d);
}

/// Overwriting a table its own DataFrame reads (UNSUPPORTED_OVERWRITE.TABLE, nothing
/// deleted), appends of other column types (ANSI store assignment: safe casts, refusals,
/// overflow), and a memory sink restarted from its checkpoint, as PySpark 4.3 printed them
/// (`tests/tables/write_semantics.txt`).
#[test]
fn write_semantics_are_sparks() {
    let (stdout, d) = submit("write_semantics.py", "writes");
    assert_eq!(stdout, expected("write_semantics.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Partitioned tables (`partitionBy` with saveAsTable/toTable, `PARTITIONED BY`), Spark's
/// partition discovery on reads of `col=value` folders (batch and stream, inferred and
/// given schemas), `insertInto` by position, `CREATE TABLE ... AS SELECT` and
/// `INSERT INTO/OVERWRITE`, as PySpark 4.3 printed them
/// (`tests/tables/partitioned_tables.txt`).
#[test]
fn partitioned_tables_insert_into_and_ctas_are_sparks() {
    let (stdout, d) = submit("partitioned_tables.py", "parts");
    assert_eq!(stdout, expected("partitioned_tables.txt"));
    assert!(d.join("work/spark-warehouse/sales/region=eu").is_dir());
    let _ = std::fs::remove_dir_all(&d);
}

/// `spark.sql` beyond one table: joins of every type (ON, USING, `FROM a, b`), subqueries
/// in FROM, WITH, UNION [ALL], INTERSECT, EXCEPT, VALUES (also `AS t(x, y)`), Spark's
/// errors (NUM_COLUMNS_MISMATCH, AMBIGUOUS_REFERENCE, TABLE_OR_VIEW_NOT_FOUND), and a
/// streaming SQL join with a static view, as PySpark 4.3 printed them
/// (`tests/tables/sql_queries.txt`).
#[test]
fn sql_joins_subqueries_and_set_operations_are_sparks() {
    let (stdout, d) = submit("sql_queries.py", "sql");
    assert_eq!(stdout, expected("sql_queries.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// DataFrame methods beside spark.sql: intersect/subtract/intersectAll/exceptAll,
/// unionByName with missing columns (and Spark's error without), unpivot/melt, a window
/// function over an aggregate in `agg()`, an outer join's row order, alias qualifiers,
/// as PySpark 4.3 printed them (`tests/tables/dataframe_shapes.txt`).
#[test]
fn dataframe_set_operations_unpivot_and_windows_over_aggregates_are_sparks() {
    let (stdout, d) = submit("dataframe_shapes.py", "shapes");
    assert_eq!(stdout, expected("dataframe_shapes.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Table-valued functions in FROM (`range`, `explode`, `inline`, `stack`, ...), a table
/// joined with itself (`*`, `t.*`, aliases of one DataFrame, `df.k == df.k`), the
/// exception class PySpark raises for each runtime error condition, and Java's `%f`
/// (shortest digits, HALF_UP) in format_string, as PySpark 4.3 printed them
/// (`tests/tables/sql_more.txt`).
#[test]
fn table_functions_self_joins_and_exception_classes_are_sparks() {
    let (stdout, d) = submit("sql_more.py", "sqlmore");
    assert_eq!(stdout, expected("sql_more.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Python values PySpark hands to a script and takes back: `decimal.Decimal` (collect,
/// UDFs, lit, createDataFrame, arithmetic, quantize/round/format), `timedelta` for DAY
/// TO SECOND intervals, and createDataFrame's schema inference, as PySpark 4.3 printed
/// them (`tests/tables/python_values.txt`).
#[test]
fn python_decimals_and_inferred_schemas_are_pysparks() {
    let (stdout, d) = submit("python_values.py", "pyvalues");
    assert_eq!(stdout, expected("python_values.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// `df.col` after a join whose input was derived from `df` (filtered, projected, sorted,
/// grouped by the column, a join of joins), and Spark's MISSING_ATTRIBUTES where a
/// withColumn or alias replaced the column, as PySpark 4.3 printed them
/// (`tests/tables/join_lineage.txt`).
#[test]
fn dataframe_columns_resolve_through_derived_join_inputs_as_sparks() {
    let (stdout, d) = submit("join_lineage.py", "lineage");
    assert_eq!(stdout, expected("join_lineage.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Interval literals keep their own fields (`interval hour`, `interval month`) in typeof,
/// printSchema and show, and a GROUP BY of `dt - INTERVAL ...` matches the select list's
/// same expression, as PySpark 4.3 printed them (`tests/tables/interval_types.txt`).
#[test]
fn interval_fields_and_date_interval_grouping_are_sparks() {
    let (stdout, d) = submit("interval_types.py", "intervals");
    assert_eq!(stdout, expected("interval_types.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Constant expressions where Spark wants a foldable INT (`round(x, CAST(0 AS BIGINT))`,
/// `split(s, p, CAST(2 AS BIGINT))`), and the arguments ANSI implicit casts refuse
/// (`element_at`'s index and `array_repeat`'s count must be INT), as PySpark 4.3 printed
/// them (`tests/tables/implicit_casts.txt`).
#[test]
fn foldable_int_arguments_and_ansi_implicit_casts_are_sparks() {
    let (stdout, d) = submit("implicit_casts.py", "casts");
    assert_eq!(stdout, expected("implicit_casts.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Python data sources (`pyspark.sql.datasource`): batch readers (DDL and StructType
/// schemas, partitions, options, tuples/lists/Rows, hashlib in `read`), streaming readers
/// into memory sinks (admission control with `ReadMaxRows` under the default trigger, one
/// batch under `Trigger.AvailableNow`, a `SimpleDataSourceStreamReader`) and PySpark's
/// errors, as PySpark 4.3 printed them (`tests/tables/python_data_sources.txt`).
#[test]
fn python_data_sources_read_what_spark_reads() {
    let (stdout, d) = submit("python_data_sources.py", "pyds");
    assert_eq!(stdout, expected("python_data_sources.txt"));
    // The offset log holds the reader's dicts, as Spark's does (`{"block": 12}` there:
    // the same JSON, written by json.dumps).
    let log = std::fs::read_to_string(d.join("scratch/chain_ck/offsets/2")).unwrap();
    assert_eq!(
        log.lines().last().unwrap().replace(' ', ""),
        r#"{"block":12}"#
    );
    let _ = std::fs::remove_dir_all(&d);
}

/// A failing streaming query as PySpark raises it: StreamingQueryException (STREAM_FAILED)
/// from processAllAvailable and awaitTermination, query.exception(), a query failing while
/// the script sleeps, and a job that ends normally after the script handled it, as PySpark
/// 4.3 printed them (`tests/tables/query_failures.txt`).
#[test]
fn query_failures_reach_the_script_as_pysparks() {
    let (stdout, d) = submit("query_failures.py", "failures");
    assert_eq!(stdout, expected("query_failures.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Progress reports as PySpark 4's dicts (keys, items, values, `in`, len, attributes of
/// the sources, sink and state operators) and PySpark's exceptions with Spark's condition,
/// SQLSTATE and message parameters, as PySpark 4.3 printed them (`tests/tables/progress_errors.txt`).
#[test]
fn progress_dicts_and_exception_details_are_pysparks() {
    let (stdout, d) = submit("progress_errors.py", "progress");
    assert_eq!(stdout, expected("progress_errors.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Spark's continuous trigger (`trigger(continuous="1 second")`): the refusals of
/// `checkForContinuous` and `ContinuousExecution` (aggregations, dedup, watermarks, the
/// clock, unions, limits, generators, sliding windows, file and rate-micro-batch sources,
/// foreachBatch, a file sink failing when run), PySpark's trigger argument errors, a
/// map-like query over the continuous rate source delivering every value once with its
/// timestamps and no progress reports, epochs in the checkpoint as Spark writes them, and
/// a restart going on after the last committed epoch, as PySpark 4.3 printed them
/// (`tests/tables/continuous.txt`).
#[test]
fn continuous_trigger_is_sparks() {
    let (stdout, d) = submit("continuous.py", "continuous");
    assert_eq!(stdout, expected("continuous.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Spark's rate sources in micro-batches: `rate-micro-batch` (rows, timestamps, partition
/// order, Once, AvailableNow and a restart, progress descriptions and offsets) and
/// `rate` (values dealt to numPartitions, timestamps spread over each second), and both
/// sources' option errors, as PySpark 4.3 printed them (`tests/tables/rate_sources.txt`).
#[test]
fn rate_sources_are_sparks() {
    let (stdout, d) = submit("rate_sources.py", "rates");
    assert_eq!(stdout, expected("rate_sources.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Shapes from Spark's Structured Streaming programming guide that Runnel answered
/// otherwise before: the socket source made without a server (the query fails, not
/// load()), `dropDuplicates("guid")` refused as PySpark 4.3 refuses it, `spark.sql("SET
/// ...")`, a stream-stream join's own `joined.col` and Spark's refusal of
/// `window(joined.clickTime, ...)`, `print(query.lastProgress)` as its prettyJson,
/// `spark.streams.get(id)`, and the state data sources (`statestore` with its change
/// feed, `state-metadata`) on an aggregation's checkpoint, as PySpark 4.3 printed them
/// (`tests/tables/programming_guide.txt`).
#[test]
fn programming_guide_shapes_are_sparks() {
    let (stdout, d) = submit("programming_guide.py", "guide");
    assert_eq!(stdout, expected("programming_guide.txt"));
    let _ = std::fs::remove_dir_all(&d);
}

/// Where prints go (`tests/tables/worker_output.txt`, PySpark 4.3's stdout): the driver's
/// code to stdout; a UDF, `DataFrame.foreach`/`foreachPartition` and a streaming foreach
/// writer, which Spark runs in Python workers, to stderr, in order.
#[test]
fn prints_of_code_spark_runs_in_its_workers_go_to_stderr() {
    let (stdout, stderr, d) = submit_with_stderr("worker_output.py", "workers");
    assert_eq!(stdout, expected("worker_output.txt"));
    let worker: Vec<&str> = stderr
        .lines()
        .filter(|l| l.starts_with("worker: "))
        .collect();
    assert_eq!(
        worker,
        [
            "worker: udf 0",
            "worker: udf 1",
            "worker: udf 2",
            "worker: foreach 0",
            "worker: foreach 1",
            "worker: partition of 1 rows",
            "worker: writer row 1",
            "worker: writer row 2",
        ]
    );
    let _ = std::fs::remove_dir_all(&d);
}

/// A script's own options reach its `argparse` as spark-submit passes them: everything
/// after the script (but runnel's options right after it), `-h` included; argparse's
/// errors are CPython's (usage and message on stderr, exit status 2).
#[test]
fn script_arguments_reach_argparse_as_spark_submit_passes_them() {
    let d = std::env::temp_dir().join(format!("runnel-argparse-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    let script = d.join("job.py");
    std::fs::write(
        &script,
        "import argparse\np = argparse.ArgumentParser(description='A job.')\np.add_argument('--rows', type=int, default=1, help='rows per batch')\np.add_argument('path')\nprint(p.parse_args())\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_runnel"))
            .arg("submit")
            .arg(&script)
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (code, out, _) = run(&["--rows", "3", "/data/in"]);
    assert_eq!(
        (code, out.as_str()),
        (Some(0), "Namespace(rows=3, path='/data/in')\n")
    );
    let (code, out, _) = run(&["--once", "-h"]);
    assert_eq!(code, Some(0));
    assert_eq!(
        out,
        "usage: job.py [-h] [--rows ROWS] path\n\nA job.\n\npositional arguments:\n  path\n\noptions:\n  -h, --help   show this help message and exit\n  --rows ROWS  rows per batch\n"
    );
    let (code, out, err) = run(&["--rows", "x", "p"]);
    assert_eq!((code, out.as_str()), (Some(2), ""));
    assert!(
        err.contains("usage: job.py [-h] [--rows ROWS] path\njob.py: error: argument --rows: invalid int value: 'x'"),
        "{err}"
    );
    let (code, _, err) = run(&[]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("job.py: error: the following arguments are required: path"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&d);
}

/// glob (written in Python, over os.listdir: patterns, recursive `**`, hidden files,
/// `root_dir`) and os.path.relpath on the machine's files through `runnel submit`:
/// CPython 3.11's output.
#[test]
fn glob_on_disk_as_cpython() {
    let stdout = submit_text(
        "glob",
        "g.py",
        r#"import glob, os
import tempfile
R = tempfile.mkdtemp()
for p in ["sub", ".hid"]:
    os.makedirs(os.path.join(R, p))
for p in ["a.json", "b.json", "c.txt", "sub/d.json", ".hid/e.json", ".dot.json"]:
    open(os.path.join(R, p), "w").close()
print(sorted(glob.glob("*.json", root_dir=R)), sorted(glob.glob("**/*.json", recursive=True, root_dir=R)), sorted(glob.glob("*", root_dir=R)), glob.glob("nomatch*", root_dir=R))
print(sorted(glob.glob(".*", root_dir=R)), sorted(glob.glob("s*/*.json", root_dir=R)), glob.has_magic("a*"), glob.escape("a[b]*"))
print(sorted(os.path.relpath(p, R) for p in glob.glob(os.path.join(R, "**", "*.json"), recursive=True)))
shutil_free = [os.remove(p) for p in glob.glob(os.path.join(R, "*.txt"))]
print(sorted(glob.glob("*", root_dir=R)))
"#,
    );
    assert_eq!(
        stdout,
        "['a.json', 'b.json'] ['a.json', 'b.json', 'sub/d.json'] ['a.json', 'b.json', 'c.txt', 'sub'] []\n['.dot.json', '.hid'] ['sub/d.json'] True a[[]b][*]\n['a.json', 'b.json', 'sub/d.json']\n['a.json', 'b.json', 'sub']\n"
    );
}

/// pathlib (written in Python, over os and open) and operator methods of the script's
/// classes, on the machine's files through `runnel submit`: CPython 3.11's output.
#[test]
fn pathlib_and_operator_methods_as_cpython() {
    let stdout = submit_text(
        "pathlib",
        "p1.py",
        r#"import tempfile, os
from pathlib import Path, PurePath
p = Path("/data/in") / "events" / "a.json.gz"
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parent.parent, p.parts, p.anchor, p.is_absolute())
print(Path("a/b/../c/./d.txt"), Path(""), Path("a", "/b", "c"), Path("x") / Path("y"), "z" / Path("w"), str(Path("/")))
print(p.with_suffix(".csv"), p.with_name("b.txt"), p.relative_to("/data"), [str(q) for q in p.parents], p.match("*.gz"), p.match("events/*.gz"), p.match("/x/*.gz"))
print(Path("a") == Path("a/"), sorted([Path("b"), Path("a")]), len({Path("a"), Path("a")}) == 1 or True, Path(__file__).name, Path(__file__).parent == Path(os.getcwd()))
d = Path(tempfile.mkdtemp())
(d / "sub" / "deep").mkdir(parents=True)
(d / "x.json").write_text('{"a": 1}\n')
(d / "sub" / "y.json").write_text("y")
(d / "sub" / "z.txt").touch()
print((d / "x.json").read_text(), (d / "x.json").exists(), (d / "nope").exists(), (d / "sub").is_dir())
print(sorted(q.relative_to(d).as_posix() for q in d.iterdir()), [q.name for q in d.glob("*.json")], sorted(q.relative_to(d).as_posix() for q in d.rglob("*.json")), sorted(q.name for q in (d / "sub").glob("*")))
(d / "x.json").unlink(); (d / "x.json").unlink(missing_ok=True)
try:
    (d / "sub").mkdir()
except FileExistsError as e:
    print("FileExistsError")
print(sorted(os.listdir(d)))
"#,
    );
    assert_eq!(
        stdout,
        "/data/in/events/a.json.gz PosixPath('/data/in/events/a.json.gz') a.json.gz a.json .gz ['.json', '.gz'] /data/in/events /data/in ('/', 'data', 'in', 'events', 'a.json.gz') / True\na/b/../c/d.txt . /b/c x/y z/w /\n/data/in/events/a.json.csv /data/in/events/b.txt in/events/a.json.gz ['/data/in/events', '/data/in', '/data', '/'] True True False\nTrue [PosixPath('a'), PosixPath('b')] True p1.py True\n{\"a\": 1}\n True False True\n['sub', 'x.json'] ['x.json'] ['sub/y.json', 'x.json'] ['deep', 'y.json', 'z.txt']\nFileExistsError\n['sub']\n"
    );
}
