//! Functions in batch queries, where Spark allows what it refuses on a stream. The
//! expected values are what PySpark 4.3 gave for the same data (recorded with
//! ../shared/spark-oracle; the streaming side is the oracle case
//! f17_listagg_distinct_refused).

use std::rc::Rc;

use runnel_core::SparkSession;
use runnel_pyspark::{Interpreter, RunAvailable};

fn run(script: &str) -> String {
    let session = SparkSession::new();
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

#[test]
fn listagg_distinct_keeps_each_values_first_arrival_in_a_batch_query() {
    let out = run(r#"
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
spark = SparkSession.builder.getOrCreate()
static = spark.createDataFrame([("x", "b"), ("x", "a"), ("x", "b"), ("y", None)], "k STRING, s STRING")
agg = static.groupBy("k").agg(F.listagg_distinct("s").alias("l"), F.string_agg_distinct("s", F.lit("|")).alias("sa"))
for r in agg.orderBy("k").collect():
    print(r.k, r.l, r.sa)
print(agg.columns)
"#);
    assert_eq!(out, "x ba b|a\ny None None\n['k', 'l', 'sa']\n", "{out}");
}
