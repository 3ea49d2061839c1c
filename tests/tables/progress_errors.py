# A streaming query's progress reports are dicts (PySpark 4's StreamingQueryProgress and
# its SourceProgress/SinkProgress are dict subclasses with attributes), and PySpark's
# exceptions carry Spark's condition, SQLSTATE and message parameters.
# progress_errors.txt is what PySpark 4.3 printed for this script (see README.md here).
import json
import os
import sys

from pyspark.errors import AnalysisException
from pyspark.sql import SparkSession

spark = (SparkSession.builder.master("local[1]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
spark.sparkContext.setLogLevel("ERROR") if hasattr(spark, "sparkContext") else None
scratch = sys.argv[1]
inp = os.path.join(scratch, "in")
os.makedirs(inp, exist_ok=True)
with open(os.path.join(inp, "a.json"), "w") as f:
    f.write('{"a": 1}\n{"a": 2}\n{"a": 3}\n')

df = spark.readStream.schema("a LONG").json(inp)
q = df.groupBy().count().writeStream.format("memory").queryName("t").outputMode("complete").start()
q.processAllAvailable()
p = q.lastProgress
print("isinstance dict", isinstance(p, dict))
print("batchId", p["batchId"], p.batchId, "numInputRows", p["numInputRows"], p.numInputRows)
print("keys", sorted(k for k in p.keys() if k in ("batchId", "id", "name", "numInputRows", "sources", "sink", "stateOperators")))
print("in", "batchId" in p, "nope" in p, "len>10", len(p) > 10)
print("items", sorted(k for k, v in p.items() if k == "batchId"))
print("values has batchId", 0 in list(p.values()))
print("source", p.sources[0]["numInputRows"], p.sources[0].numInputRows, isinstance(p.sources[0], dict))
print("sink", p.sink["description"], p.sink.description)
print("state", p.stateOperators[0]["numRowsTotal"], p.stateOperators[0].numRowsTotal)
print("get", p.get("batchId"), p.get("nope", "default"))
print("json", json.loads(p.json)["batchId"], json.loads(p.prettyJson)["numInputRows"])
print("recent", len(q.recentProgress), q.recentProgress[0]["batchId"], isinstance(q.recentProgress[0], dict))
st = q.status
print("status", sorted(st.keys()), st["isDataAvailable"], isinstance(st, dict))
print("types", type(p).__name__, type(p.sources[0]).__name__, type(p.sink).__name__,
      type(p.stateOperators[0]).__name__, type(st).__name__, type(p.durationMs).__name__, type(p) == dict)
print(type(p))
# A file source has admission control: Spark reports no latest offset for it.
print("offsets", p.sources[0].startOffset, p.sources[0].endOffset, p.sources[0].latestOffset)
q.stop()

try:
    spark.sql("select nope from t").collect()
except AnalysisException as e:
    print("hasattr", hasattr(e, "getCondition"), hasattr(e, "getSqlState"), hasattr(e, "nope"))
    print("condition", e.getCondition(), e.getErrorClass(), e.getSqlState())
    print("parameters", sorted(e.getMessageParameters().items()))
try:
    spark.sql("select 1/0").collect()
except Exception as e:
    print("divide", type(e).__name__, e.getCondition(), e.getSqlState())
try:
    spark.table("no_such_table")
except AnalysisException as e:
    print("table", e.getCondition(), e.getSqlState(), sorted(e.getMessageParameters().items()))

# Inside a batch (a foreachBatch function), the query's status is Spark's status while a
# trigger processes data, and lastProgress the previous batch's report.
seen = []


def inside(batch_df, batch_id):
    q2 = spark.streams.active[0]
    st = q2.status
    lp = q2.lastProgress
    seen.append((batch_id, st["message"], st["isDataAvailable"], st["isTriggerActive"],
                 None if lp is None else lp["batchId"], q2.isActive))


inp2 = os.path.join(scratch, "in2")
os.makedirs(inp2, exist_ok=True)
with open(os.path.join(inp2, "a.json"), "w") as f:
    f.write('{"a": 1}\n')
q = spark.readStream.schema("a LONG").json(inp2).writeStream.foreachBatch(inside).start()
q.processAllAvailable()
with open(os.path.join(inp2, "b.json"), "w") as f:
    f.write('{"a": 2}\n')
q.processAllAvailable()
q.stop()
for s in seen:
    print("inside batch", *s)
print("after stop", q.status["message"], q.status["isTriggerActive"])
