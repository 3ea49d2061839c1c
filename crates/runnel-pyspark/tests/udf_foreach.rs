//! Python UDFs run by the interpreter and the `foreach` sink. The expected tables are
//! what PySpark 4.3 printed for the same scripts (local[1], its default non-Arrow UDFs).

use std::rc::Rc;

use runnel_core::SparkSession;
use runnel_core::io::file::MemoryFileSystem;
use runnel_pyspark::{Interpreter, RunAvailable};

fn run(script: &str, files: &[(&str, &str)]) -> String {
    let fs = Rc::new(MemoryFileSystem::new());
    for (p, d) in files {
        fs.put(p, d.as_bytes().to_vec());
    }
    let session = SparkSession::new();
    session.set_file_system(fs);
    let out = Rc::new(std::cell::RefCell::new(String::new()));
    let o = out.clone();
    session.set_output(move |s: &str| o.borrow_mut().push_str(s));
    let it = Interpreter::new(session, Rc::new(RunAvailable));
    let r = it.run(script, "job.py");
    let mut text = out.borrow().clone();
    if let Err(e) = r {
        text.push_str(&format!("error: {e}\n"));
    }
    text
}

const SETUP: &str = r#"
from pyspark.sql import SparkSession
from pyspark.sql.functions import udf, col, expr
from pyspark.sql.types import *
spark = SparkSession.builder.getOrCreate()
df = spark.createDataFrame([(1, "a", 1.5), (2, None, None), (3, "ccc", -2.0)], "id INT, s STRING, x DOUBLE")
"#;

#[test]
fn udf_results_and_return_types_match_pyspark() {
    let script = format!(
        "{SETUP}{}",
        r#"
@udf(returnType=IntegerType())
def plus1(v):
    return None if v is None else v + 1
@udf("string")
def shout(s):
    return None if s is None else s.upper() + "!"
slen = udf(lambda s: len(s) if s is not None else -1, IntegerType())
def half(v):
    return v / 2
spark.udf.register("half", half, DoubleType())
bad_int = udf(lambda v: "str", IntegerType())
float_as_int = udf(lambda v: 1.5, IntegerType())
int_as_double = udf(lambda v: 3, DoubleType())
int_as_long = udf(lambda v: 3, LongType())
bool_as_int = udf(lambda v: True, IntegerType())
int_as_string = udf(lambda v: v, StringType())
float_as_string = udf(lambda v: v, StringType())
list_udf = udf(lambda v: [v, v], ArrayType(IntegerType()))
dict_udf = udf(lambda v: {"k": v}, MapType(StringType(), IntegerType()))
str_as_bool = udf(lambda v: "yes", BooleanType())
int_as_bool = udf(lambda v: 1, BooleanType())
default_type = udf(lambda v: v * 2)
big_int = udf(lambda v: 2**40, IntegerType())
res = df.select(plus1("id"), shout(col("s")), slen("s").alias("n"), expr("half(id)"), bad_int("id"), float_as_int("id"),
                int_as_double("id"), int_as_long("id"), bool_as_int("id"), int_as_string("id"), float_as_string("x"),
                list_udf("id"), dict_udf("id"), str_as_bool("id"), int_as_bool("id"), default_type("id"), big_int("id"))
res.printSchema()
res.show(truncate=False)
"#
    );
    // PySpark 4.3's output for the same script.
    let expected = r#"root
 |-- plus1(id): integer (nullable = true)
 |-- shout(s): string (nullable = true)
 |-- n: integer (nullable = true)
 |-- half(id): double (nullable = true)
 |-- <lambda>(id): integer (nullable = true)
 |-- <lambda>(id): integer (nullable = true)
 |-- <lambda>(id): double (nullable = true)
 |-- <lambda>(id): long (nullable = true)
 |-- <lambda>(id): integer (nullable = true)
 |-- <lambda>(id): string (nullable = true)
 |-- <lambda>(x): string (nullable = true)
 |-- <lambda>(id): array (nullable = true)
 |    |-- element: integer (containsNull = true)
 |-- <lambda>(id): map (nullable = true)
 |    |-- key: string
 |    |-- value: integer (valueContainsNull = true)
 |-- <lambda>(id): boolean (nullable = true)
 |-- <lambda>(id): boolean (nullable = true)
 |-- <lambda>(id): string (nullable = true)
 |-- <lambda>(id): integer (nullable = true)

+---------+--------+---+--------+------------+------------+------------+------------+------------+------------+-----------+------------+------------+------------+------------+------------+------------+
|plus1(id)|shout(s)|n  |half(id)|<lambda>(id)|<lambda>(id)|<lambda>(id)|<lambda>(id)|<lambda>(id)|<lambda>(id)|<lambda>(x)|<lambda>(id)|<lambda>(id)|<lambda>(id)|<lambda>(id)|<lambda>(id)|<lambda>(id)|
+---------+--------+---+--------+------------+------------+------------+------------+------------+------------+-----------+------------+------------+------------+------------+------------+------------+
|2        |A!      |1  |0.5     |NULL        |NULL        |NULL        |3           |NULL        |1           |1.5        |[1, 1]      |{k -> 1}    |NULL        |NULL        |2           |0           |
|3        |NULL    |-1 |1.0     |NULL        |NULL        |NULL        |3           |NULL        |2           |NULL       |[2, 2]      |{k -> 2}    |NULL        |NULL        |4           |0           |
|4        |CCC!    |3  |1.5     |NULL        |NULL        |NULL        |3           |NULL        |3           |-2.0       |[3, 3]      |{k -> 3}    |NULL        |NULL        |6           |0           |
+---------+--------+---+--------+------------+------------+------------+------------+------------+------------+-----------+------------+------------+------------+------------+------------+------------+

"#;
    assert_eq!(run(&script, &[]), expected);
}

#[test]
fn udfs_in_sql_filter_and_with_column() {
    let script = format!(
        "{SETUP}{}",
        r#"
@udf(returnType=IntegerType())
def plus1(v):
    return None if v is None else v + 1
spark.udf.register("half", lambda v: v / 2, DoubleType())
spark.createDataFrame([(4,), (5,)], "id INT").createOrReplaceTempView("t")
spark.sql("SELECT half(id) AS h, id FROM t WHERE half(id) > 2").show()
df.filter(plus1("id") > 2).withColumn("p", plus1(col("id"))).show()
print(plus1.__name__, plus1.returnType, df.select(plus1("id")).columns)
"#
    );
    assert_eq!(
        run(&script, &[]),
        "+---+---+\n|  h| id|\n+---+---+\n|2.5|  5|\n+---+---+\n\n+---+----+----+---+\n| id|   s|   x|  p|\n+---+----+----+---+\n|  2|NULL|NULL|  3|\n|  3| ccc|-2.0|  4|\n+---+----+----+---+\n\nplus1 IntegerType() ['plus1(id)']\n"
    );
}

#[test]
fn udf_errors_are_python_exceptions_at_the_udfs_line() {
    let script = format!(
        "{SETUP}{}",
        r#"
def boom(v):
    return 1 / (v - 2)
boomu = udf(boom, DoubleType())
try:
    df.select(boomu("id")).collect()
except Exception as e:
    print("caught", type(e).__name__, e.getCondition())
df.select(boomu("id")).show()
"#
    );
    assert_eq!(
        run(&script, &[]),
        "caught PythonException PYTHON_EXCEPTION\nerror: job.py:9:12: [PYTHON_EXCEPTION] An exception was thrown from the Python worker: ZeroDivisionError: division by zero\n"
    );
}

#[test]
fn pandas_udf_is_refused_with_the_reason() {
    let script = format!(
        "{SETUP}{}",
        r#"
from pyspark.sql.functions import pandas_udf
@pandas_udf("long")
def pu(s):
    return s + 1
"#
    );
    assert_eq!(
        run(&script, &[]),
        "error: job.py:9:2: pandas_udf (Runnel's runner has no pandas or Arrow batches in Python) is not supported by Runnel; write the function for one row and wrap it with udf(f, returnType)\n"
    );
}

const ROWS: &str = "{\"n\":1,\"w\":\"a\"}\n{\"n\":2,\"w\":\"b\"}\n{\"n\":3,\"w\":\"c\"}\n";

#[test]
fn foreach_writer_runs_open_process_close_in_sparks_order() {
    let out = run(
        r#"
from pyspark.sql.functions import udf
class W:
    def open(self, partition_id, epoch_id):
        print("open", partition_id, epoch_id)
        return True
    def process(self, row):
        print("process", row)
    def close(self, error):
        print("close", repr(error))
src = spark.readStream.schema("n INT, w STRING").json("/in")
q = src.writeStream.foreach(W()).start()
q.awaitTermination()
class Skip:
    def open(self, partition_id, epoch_id):
        return False
    def process(self, row):
        print("never")
    def close(self, error):
        print("closed without rows")
q = src.writeStream.foreach(Skip()).start()
q.awaitTermination()
dbl = udf(lambda n: n * 2, "int")
q = src.select(dbl("n").alias("d")).writeStream.foreach(lambda row: print("row", row.d)).start()
q.awaitTermination()
"#,
        &[("/in/a.json", ROWS)],
    );
    assert_eq!(
        out,
        "open 0 0\nprocess Row(n=1, w='a')\nprocess Row(n=2, w='b')\nprocess Row(n=3, w='c')\nclose None\nclosed without rows\nrow 2\nrow 4\nrow 6\n"
    );
}

#[test]
fn foreach_errors_reach_close_and_fail_the_query_at_their_line() {
    let out = run(
        r#"
class W:
    def open(self, partition_id, epoch_id):
        return True
    def process(self, row):
        print("process", row.n)
        if row.n == 2:
            raise ValueError("bad row 2")
    def close(self, error):
        print("close", repr(error))
src = spark.readStream.schema("n INT, w STRING").json("/in")
q = src.writeStream.foreach(W()).start()
q.awaitTermination()
"#,
        &[("/in/a.json", ROWS)],
    );
    // As PySpark raises it: STREAM_FAILED around the worker's error.
    assert!(
        out.starts_with("process 1\nprocess 2\nclose ValueError('bad row 2')\nerror: job.py:8:13: [STREAM_FAILED] Query [id = "),
        "{out}"
    );
    assert!(
        out.ends_with("terminated with exception: [PYTHON_EXCEPTION] An exception was thrown from the Python worker: ValueError: bad row 2\n"),
        "{out}"
    );
}

#[test]
fn dataframe_transform_and_python_lambdas_in_higher_order_functions() {
    let script = format!(
        "{SETUP}{}",
        r#"
from pyspark.sql import functions as F
def with_double(d, factor=2):
    return d.withColumn("xx", col("x") * factor)
arrs = spark.createDataFrame([(1,), (2,)], "id INT").selectExpr("id", "CASE WHEN id = 1 THEN array(1, 2, NULL) END AS a")
df.transform(with_double).transform(with_double, factor=10).select("id", "xx").show()
arrs.select("id", F.transform("a", lambda x: x * 10).alias("t"), F.exists("a", lambda x: x.isNull()).alias("e"),
    F.aggregate("a", F.lit(0), lambda acc, x: acc + F.coalesce(x, F.lit(0))).alias("s"),
    F.expr("filter(a, (x, i) -> i > 0)").alias("f")).show()
try:
    df.transform(lambda d: 1)
except Exception as e:
    print("refused:", str(e)[:60])
try:
    arrs.select(F.transform("a", lambda x: 1)).show()
except Exception as e:
    print("refused:", str(e)[:70])
"#
    );
    let out = run(&script, &[]);
    assert!(out.contains("| id|   xx|"), "{out}");
    assert!(out.contains("|  1| 15.0|"), "{out}");
    assert!(
        out.contains("|  1|[10, 20, NULL]|true|   3|[2, NULL]|"),
        "{out}"
    );
    assert!(
        out.contains("|  2|          NULL|NULL|NULL|     NULL|"),
        "{out}"
    );
    assert!(
        out.contains("refused: [INVALID_TYPE] Function `<lambda>` should return a DataFrame"),
        "{out}"
    );
    assert!(
        out.contains("refused: [HIGHER_ORDER_FUNCTION_SHOULD_RETURN_COLUMN]"),
        "{out}"
    );
}

#[test]
fn streaming_query_listener_hears_started_progress_and_terminated() {
    let script = r#"
from pyspark.sql import SparkSession
from pyspark.sql.streaming import StreamingQueryListener
spark = SparkSession.builder.getOrCreate()
class L(StreamingQueryListener):
    def onQueryStarted(self, event):
        print("started", event.name, len(event.id), event.timestamp[-1:])
    def onQueryProgress(self, event):
        p = event.progress
        print("progress", p.batchId, p.numInputRows, p.name, "numInputRows" in p.json, p.prettyJson.startswith("{"))
    def onQueryTerminated(self, event):
        print("terminated", event.exception)
class Broken(StreamingQueryListener):
    def onQueryStarted(self, event):
        print(undefined_name)
    def onQueryProgress(self, event):
        pass
    def onQueryTerminated(self, event):
        pass
l = L()
spark.streams.addListener(l)
spark.streams.addListener(Broken())
df = spark.readStream.schema("w STRING").json("/in")
q = df.groupBy("w").count().writeStream.outputMode("complete").format("memory").queryName("counts").start()
q.processAllAvailable()
q.stop()
spark.streams.removeListener(l)
q2 = df.writeStream.format("memory").queryName("rows").start()
q2.processAllAvailable()
q2.stop()
print("done")
"#;
    let out = run(script, &[("/in/a.json", "{\"w\":\"a\"}\n{\"w\":\"b\"}\n")]);
    assert_eq!(
        out.lines()
            .filter(|l| !l.starts_with("Error in"))
            .collect::<Vec<_>>(),
        vec![
            "started counts 36 Z",
            "progress 0 2 counts True True",
            "terminated None",
            "done"
        ],
        "{out}"
    );
    // A listener's own error does not stop the query (Spark logs it): reported, once
    // for each query's start.
    assert_eq!(
        out.matches("Error in StreamingQueryListener.onQueryStarted: job.py:15:15: NameError")
            .count(),
        2,
        "{out}"
    );
}

#[test]
fn on_query_idle_gets_spark_s_event_when_a_trigger_finds_no_data() {
    // With noDataProgressEventInterval 0 every idle trigger after a batch is reported:
    // processAllAvailable's last trigger finds nothing new.
    let script = r#"
from pyspark.sql.streaming import StreamingQueryListener
spark.conf.set("spark.sql.streaming.noDataProgressEventInterval", "0")
class L(StreamingQueryListener):
    def onQueryStarted(self, event):
        self.id = event.id
    def onQueryProgress(self, event):
        print("progress", event.progress.batchId)
    def onQueryIdle(self, event):
        print("idle", event.id == self.id, len(event.runId), event.timestamp)
    def onQueryTerminated(self, event):
        print("terminated")
spark.streams.addListener(L())
q = spark.readStream.schema("w STRING").json("/in").writeStream.format("noop").start()
q.processAllAvailable()
q.stop()
"#;
    let out = run(script, &[("/in/a.json", "{\"w\":\"a\"}\n")]);
    assert_eq!(
        out,
        "progress 0\nidle True 36 1970-01-01T00:00:00.000Z\nterminated\n"
    );
}

#[test]
fn table_commands_run_once_and_are_not_among_the_queries_shown_after_each_batch() {
    let session = SparkSession::new();
    session.set_file_system(Rc::new(MemoryFileSystem::new()));
    let it = Interpreter::new(session, Rc::new(RunAvailable));
    it.run(
        "spark.sql(\"DROP TABLE IF EXISTS t\")\nspark.range(2).createOrReplaceTempView(\"v\")\nspark.sql(\"SELECT id FROM v\")\nspark.sql(\"drop view v\")\n",
        "job.py",
    )
    .unwrap();
    assert_eq!(it.sql_queries(), vec!["SELECT id FROM v".to_string()]);
}

/// `spark.streams`: `active`, `get(id)` (the active query, else None; a malformed id is
/// Java's IllegalArgumentException), `awaitAnyTermination`, `resetTerminated`, and a
/// query's `status` as a dict. The expected text is what PySpark 4.3 printed for it.
#[test]
fn streaming_query_manager_as_pysparks() {
    let out = run(
        r#"
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
q = spark.readStream.format("rate").option("rowsPerSecond", 1).load().writeStream.format("memory").queryName("r").start()
print([x.name for x in spark.streams.active])
print(spark.streams.get(q.id).name)
spark.streams.resetTerminated()
print(q.status["isDataAvailable"] in (True, False), q.isActive)
q.stop()
print(spark.streams.active, spark.streams.awaitAnyTermination(0.1))
print(q.recentProgress is not None, q.exception())
print(q.status)
print(spark.streams.get("00000000-0000-0000-0000-000000000000"))
try:
    spark.streams.get("nope")
except Exception as e:
    print(type(e).__name__, str(e)[:25])
"#,
        &[],
    );
    assert_eq!(
        out,
        "['r']
r
True True
[] True
True None
{'message': 'Stopped', 'isDataAvailable': False, 'isTriggerActive': False}
None
IllegalArgumentException Invalid UUID string: nope
"
    );
}

/// A Python streaming reader whose method fails stops its query with Spark's
/// PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR (PySpark's NOT_IMPLEMENTED in its text),
/// caught as a StreamingQueryException; one whose `read` fails, with PYTHON_EXCEPTION.
#[test]
fn python_stream_reader_errors_stop_the_query_as_sparks() {
    let script = r#"
from pyspark.sql import SparkSession
from pyspark.sql.datasource import DataSource, DataSourceStreamReader, InputPartition
spark = SparkSession.builder.getOrCreate()
class NoOffsets(DataSourceStreamReader):
    def read(self, partition):
        yield (1,)
class BadRead(NoOffsets):
    def initialOffset(self):
        return {"n": 0}
    def latestOffset(self, start, limit):
        return {"n": 1}
    def partitions(self, start, end):
        return [InputPartition(0)]
    def read(self, partition):
        yield (1 / 0,)
class Partial(DataSource):
    def schema(self):
        return "x INT"
    def streamReader(self, schema):
        return BadRead() if self.options.get("bad") else NoOffsets()
spark.dataSource.register(Partial)
for bad in [None, "yes"]:
    r = spark.readStream.format("Partial")
    if bad:
        r = r.option("bad", bad)
    q = r.load().writeStream.format("memory").queryName("partial").start()
    try:
        q.processAllAvailable()
    except Exception as e:
        print(type(e).__name__, e.getCondition(), "NOT_IMPLEMENTED" in str(e), "ZeroDivisionError" in str(e))
    q.stop()
"#;
    let out = run(script, &[]);
    assert!(
        out.starts_with(
            "StreamingQueryException STREAM_FAILED True False\nStreamingQueryException STREAM_FAILED False True\n"
        ),
        "{out}"
    );
}

/// PySpark's data source helper classes as CPython with pyspark 4.3 shows them:
/// InputPartition (its `value`, and the fields of a subclass) and the ReadLimit
/// dataclasses.
#[test]
fn input_partitions_and_read_limits_show_as_pysparks() {
    let out = run(
        r#"from pyspark.sql.datasource import InputPartition
from pyspark.sql.streaming.datasource import ReadMaxRows, ReadAllAvailable
class P(InputPartition):
    pass
class Q(InputPartition):
    def __init__(self, a, b):
        self.a = a
        self.b = b
print(ReadMaxRows(20), repr(ReadAllAvailable()), InputPartition(3), P(4), P(value="x").value, Q(1, "z"), [Q(2, None)])
print(ReadMaxRows(20).max_rows, isinstance(ReadMaxRows(5), ReadAllAvailable), isinstance(P(1), InputPartition))
"#,
        &[],
    );
    assert_eq!(
        out,
        "ReadMaxRows(max_rows=20) ReadAllAvailable() InputPartition(value=3) P(value=4) x Q(a=1, b='z') [Q(a=2, b=None)]\n20 False True\n"
    );
}

/// A foreachBatch function that sleeps or asks for its own query's plan, status or
/// progress runs inside that query's batch: nothing there may re-enter the busy
/// executor (it panicked), and processAllAvailable() from inside is refused (Spark would
/// wait for itself forever).
#[test]
fn a_foreach_batch_function_can_sleep_and_ask_its_own_query() {
    let script = r#"
import time
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
def f(df, bid):
    time.sleep(0.05)
    q = spark.streams.active[0]
    print("batch", bid, df.count(), q.status["message"], q.lastProgress, len(q.recentProgress))
    print("explain", "Physical Plan" in str(q.explain()) or True)
    try:
        q.processAllAvailable()
    except Exception as e:
        print("refused", type(e).__name__, "foreachBatch" in str(e))
q = spark.readStream.schema("a LONG").json("/in").writeStream.foreachBatch(f).start()
q.processAllAvailable()
print("after", q.status["message"], q.lastProgress["batchId"])
q.stop()
"#;
    let out = run(script, &[("/in/a.json", "{\"a\": 1}\n{\"a\": 2}\n")]);
    assert!(
        out.contains("batch 0 2 Processing new data None 0\n"),
        "{out}"
    );
    assert!(
        out.contains("refused SparkRuntimeException True\n"),
        "{out}"
    );
    assert!(
        out.contains("after Waiting for data to arrive 0\n"),
        "{out}"
    );
    assert!(!out.contains("error:"), "{out}");
}
