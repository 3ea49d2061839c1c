//! `df.observe` and `Observation` in the PySpark runner, and `QueryStartedEvent.jobTags`.
//! The expected values and error conditions are what PySpark 4.3 (local[2]) gave for the
//! same calls; the per-batch metrics of streaming queries are checked against Spark's
//! recordings by the oracle cases `tests/oracle/cases/observe_*`.

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
from pyspark.sql import SparkSession, Observation
from pyspark.sql import functions as F
spark = SparkSession.builder.getOrCreate()
df = spark.range(10)
"#;

/// An Observation on a batch DataFrame holds its metrics after the action, as a dict
/// (an unaliased metric named as Spark names the column); over no rows count is 0 and
/// the others NULL / empty.
#[test]
fn observation_get_gives_the_metrics_of_the_action() {
    let script = format!(
        "{SETUP}{}",
        r#"
o = Observation("o1")
print(df.observe(o, F.count(F.lit(1)).alias("cnt"), F.sum("id").alias("s"), F.max("id")).count())
print(o.get)
e = Observation("e2")
df.filter("id > 100").observe(e, F.count(F.lit(1)).alias("c"), F.sum("id").alias("s"), F.avg("id").alias("a"), F.collect_list("id").alias("l"), F.min("id").alias("mn")).collect()
print(e.get)
"#
    );
    assert_eq!(
        run(&script, &[]),
        "10\n{'cnt': 10, 's': 45, 'max(id)': 9}\n{'c': 0, 's': None, 'a': None, 'l': [], 'mn': None}\n"
    );
}

/// Spark's analysis errors for bad metrics, and PySpark's for misused Observations.
#[test]
fn bad_metrics_are_refused_with_sparks_conditions() {
    let script = format!(
        "{SETUP}{}",
        r#"
o = Observation("o1")
df.observe(o, F.count(F.lit(1)).alias("c")).collect()
cases = [
    ("nonagg", lambda: df.observe("m", F.col("id").alias("x"))),
    ("nonagg2", lambda: df.observe("m", (F.col("id") + 1).alias("x"))),
    ("nested", lambda: df.observe("m", F.sum(F.count("id")).alias("x"))),
    ("distinct", lambda: df.observe("m", F.count_distinct("id").alias("x"))),
    ("rand", lambda: df.observe("m", (F.rand() + F.sum("id")).alias("x"))),
    ("emptyname", lambda: df.observe("", F.count("id").alias("x"))),
    ("dup", lambda: df.observe("m", F.count("id").alias("x")).observe("m", F.sum("id").alias("y"))),
    ("dup same", lambda: df.observe("m", F.count("id").alias("x")).observe("m", F.count("id").alias("x"))),
    ("noexprs", lambda: df.observe("m")),
    ("get before", lambda: Observation("z").get),
    ("reuse", lambda: df.observe(o, F.count("id").alias("c"))),
    ("stream", lambda: spark.readStream.format("rate").load().observe(Observation("s"), F.count(F.lit(1)))),
]
for label, f in cases:
    try:
        f()
        print(label, "OK")
    except Exception as ex:
        print(label, type(ex).__name__, str(ex).split("]")[0] + "]" if str(ex).startswith("[") else str(ex)[:40])
"#
    );
    assert_eq!(
        run(&script, &[]),
        "nonagg AnalysisException [INVALID_OBSERVED_METRICS.NON_AGGREGATE_FUNC_ARG_IS_ATTRIBUTE]
nonagg2 AnalysisException [INVALID_OBSERVED_METRICS.NON_AGGREGATE_FUNC_ARG_IS_ATTRIBUTE]
nested AnalysisException [INVALID_OBSERVED_METRICS.NESTED_AGGREGATES_UNSUPPORTED]
distinct AnalysisException [INVALID_OBSERVED_METRICS.AGGREGATE_EXPRESSION_WITH_DISTINCT_UNSUPPORTED]
rand AnalysisException [INVALID_OBSERVED_METRICS.NON_AGGREGATE_FUNC_ARG_IS_NON_DETERMINISTIC]
emptyname AnalysisException [INVALID_OBSERVED_METRICS.MISSING_NAME]
dup AnalysisException [DUPLICATED_METRICS_NAME]
dup same AnalysisException [DUPLICATED_METRICS_NAME]
noexprs PySparkValueError [CANNOT_BE_EMPTY]
get before PySparkAssertionError [NO_OBSERVE_BEFORE_GET]
reuse PySparkAssertionError [REUSE_OBSERVATION]
stream IllegalArgumentException Observation does not support streaming D
"
    );
}

/// A streaming query's metrics per batch: `lastProgress["observedMetrics"]` and the
/// listener's `event.progress.observedMetrics` (Rows), Spark's JSON in `progress.json`;
/// a query without observe has `{}` and no `observedMetrics` in its JSON; the started
/// event's `jobTags` are the SparkContext's job tags at start.
#[test]
fn streaming_metrics_reach_progress_listeners_and_json() {
    let script = r#"
import json
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.streaming import StreamingQueryListener
spark = SparkSession.builder.getOrCreate()
class L(StreamingQueryListener):
    def onQueryStarted(self, e):
        print("started", sorted(e.jobTags), type(e.jobTags).__name__)
    def onQueryProgress(self, e):
        m = e.progress.observedMetrics
        print("progress", e.progress.batchId, {k: (v.rows, v["total"]) for k, v in m.items()})
    def onQueryTerminated(self, e):
        pass
spark.sparkContext.addJobTag("nightly")
spark.sparkContext.addJobTag("etl")
spark.streams.addListener(L())
df = spark.readStream.schema("w STRING, n LONG").json("/in")
q = df.observe("m", F.count(F.lit(1)).alias("rows"), F.sum("n").alias("total")).writeStream.format("memory").queryName("t").start()
q.processAllAvailable()
p = q.lastProgress
print(p["observedMetrics"]["m"]["rows"], p.observedMetrics["m"].total)
print(json.loads(p.json)["observedMetrics"])
spark.sparkContext.clearJobTags()
q.stop()
q2 = df.writeStream.format("memory").queryName("t2").start()
q2.processAllAvailable()
print(q2.lastProgress["observedMetrics"], "observedMetrics" in json.loads(q2.lastProgress.json))
q2.stop()
"#;
    let out = run(
        script,
        &[(
            "/in/a.json",
            "{\"w\":\"a\",\"n\":2}\n{\"w\":\"b\",\"n\":5}\n",
        )],
    );
    assert_eq!(
        out,
        "started ['etl', 'nightly'] set
progress 0 {'m': (2, 7)}
2 7
{'m': {'rows': 2, 'total': 7}}
started [] set
progress 0 {}
{} False
"
    );
}
