# Shapes from Spark's Structured Streaming programming guide (docs/streaming/*.md) where
# Runnel answered differently from PySpark 4.3 before session 16: the socket source made
# without a server (Spark connects when the query starts), `dropDuplicates("guid")` as
# PySpark 4.3 refuses it, `spark.sql("SET key=value")`, `joined.col` after a stream-stream
# join and Spark's refusal of `window(joined.clickTime, ...)`, `print(query.lastProgress)`,
# `spark.streams.get(id)` with the builtin, and the state data sources
# (`format("statestore")`, its change feed, `format("state-metadata")`).
# programming_guide.txt is what PySpark 4.3 printed (see tests/tables/README.md).
import json
import os
import re
import sys
from pyspark.sql import SparkSession
from pyspark.sql import functions as F
from pyspark.sql.functions import expr, window

spark = (SparkSession.builder.master("local[2]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
scratch = sys.argv[1]


def put(d, name, rows):
    os.makedirs(os.path.join(scratch, d), exist_ok=True)
    with open(os.path.join(scratch, d, name), "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")


def condition(e):
    try:
        return e.getCondition()
    except Exception:
        return None


def first_words(e, n=6):
    text = re.sub(r"^\[[A-Z_.0-9]+\] ", "", str(e).strip().splitlines()[0])
    text = re.sub(r"#\d+(-T\d+ms)?", "", text)  # Spark's attribute ids
    return " ".join(text.split()[:n])


def attempt(name, f):
    try:
        out = f()
        print(name + ":", "ok" if out is None else out)
    except Exception as e:
        print(name + ":", type(e).__name__, condition(e), "|", first_words(e))


# -- Input sources: the socket source connects when the query starts, not at load()
# (port 1 on this machine: nothing listens there).
port = 1
socketDF = spark.readStream.format("socket").option("host", "127.0.0.1").option("port", port).load()
print("socket loaded:", socketDF.isStreaming, socketDF.columns)
attempt("socketDF.isStreaming()", lambda: socketDF.isStreaming())
q = socketDF.writeStream.format("memory").queryName("sock").start()
try:
    q.awaitTermination(60)
    print("socket query: still running")
except Exception as e:
    print("socket query:", type(e).__name__, condition(e))
print("socket query active:", q.isActive)
q.stop()

# -- Streaming deduplication as the guide writes it: PySpark 4.3 takes one list.
put("g", "1.json", [
    {"guid": "a", "eventTime": "2024-01-01 10:00:00"},
    {"guid": "a", "eventTime": "2024-01-01 10:00:00"},
    {"guid": "b", "eventTime": "2024-01-01 10:00:01"}])
streamingDf = spark.readStream.schema("guid string, eventTime timestamp").json(os.path.join(scratch, "g"))
attempt("dropDuplicates('guid')", lambda: streamingDf.dropDuplicates("guid") and None)
attempt("dropDuplicates('guid', 'eventTime')",
        lambda: streamingDf.withWatermark("eventTime", "10 seconds").dropDuplicates("guid", "eventTime") and None)
attempt("dropDuplicatesWithinWatermark('guid')",
        lambda: streamingDf.withWatermark("eventTime", "10 hours").dropDuplicatesWithinWatermark("guid") and None)
attempt("dropDuplicates([col])", lambda: streamingDf.dropDuplicates([F.col("guid")]) and None)
q = streamingDf.dropDuplicates(["guid"]).writeStream.format("memory").queryName("dedup").start()
q.processAllAvailable()
print("dropDuplicates(['guid']):", sorted(r.guid for r in spark.sql("select * from dedup").collect()))
q.stop()

# -- Dropwizard metrics: SET as spark.sql runs it.
d = spark.sql("SET spark.sql.streaming.metricsEnabled=true")
d.printSchema()
d.show(truncate=False)
print(spark.conf.get("spark.sql.streaming.metricsEnabled"))
print(spark.sql("SET  my.key =  some value ").collect(), spark.conf.get("my.key"))
print(spark.sql("SET my.key").collect(), spark.sql("SET not.set.key").collect())

# -- A stream-stream join's own columns (`joined.clickTime`), and the guide's
# join-then-aggregate example, which Spark 4.3 refuses (its window column takes
# joined.clickTime's DataFrame reference).
put("imp", "1.json", [
    {"impressionAdId": 1, "impressionTime": "2024-01-01 10:00:00"},
    {"impressionAdId": 2, "impressionTime": "2024-01-01 10:05:00"}])
put("clk", "1.json", [{"clickAdId": 1, "clickTime": "2024-01-01 10:20:00"}])
impressions = spark.readStream.schema("impressionAdId long, impressionTime timestamp").json(os.path.join(scratch, "imp"))
clicks = spark.readStream.schema("clickAdId long, clickTime timestamp").json(os.path.join(scratch, "clk"))
impressionsWithWatermark = impressions.withWatermark("impressionTime", "2 hours")
clicksWithWatermark = clicks.withWatermark("clickTime", "3 hours")
joined = impressionsWithWatermark.join(
  clicksWithWatermark,
  expr("""
    clickAdId = impressionAdId AND
    clickTime >= impressionTime AND
    clickTime <= impressionTime + interval 1 hour
    """),
  "leftOuter"                 # can be "inner", "leftOuter", "rightOuter", "fullOuter", "leftSemi"
)
attempt("joined.groupBy(joined.clickAdId, window(joined.clickTime))",
        lambda: joined.groupBy(joined.clickAdId, window(joined.clickTime, "1 hour")).count() and None)
sel = joined.select(joined.impressionAdId, joined.clickAdId, joined.clickTime)
q = sel.writeStream.format("memory").queryName("sel").start()
q.processAllAvailable()
print("joined.select:", sorted(spark.sql("select * from sel").collect(), key=str))
q.stop()
agg = joined.groupBy("clickAdId", window("clickTime", "1 hour")).count()
q = agg.writeStream.format("memory").queryName("jagg").start()
q.processAllAvailable()
print("joined agg by name: ok", spark.sql("select * from jagg").count())
q.stop()

# -- Reading metrics interactively: print(query.lastProgress) is its prettyJson.
put("in", "1.json", [{"device": "a", "v": 1}, {"device": "b", "v": 2}, {"device": "a", "v": 5}])
src = spark.readStream.schema("device string, v long").json(os.path.join(scratch, "in"))
query = src.writeStream.format("memory").queryName("MyQuery").start()
query.processAllAvailable()
p = query.lastProgress
text = str(p)
print("str(progress) == prettyJson:", text == p.prettyJson, "== repr:", repr(p) == text)
print("lines:", text.splitlines()[0], "|", text.splitlines()[1][:10], "|", text.splitlines()[-1])
print("eventTime shown:", '"eventTime"' in text, "observedMetrics shown:", '"observedMetrics"' in text)
print("json:", p.json[:8], sorted(json.loads(p.json).keys()))
print("sink:", str(p["sink"]).splitlines())
print(sorted(query.status.keys()))  # (its values depend on when the trigger runs)
attempt("spark.streams.get(id)", lambda: spark.streams.get(id))
query.stop()

# -- The state data sources on an aggregation's checkpoint.
put("ev", "1.json", [
    {"device": "a", "ts": "2024-01-01 10:01:00", "v": 1.5},
    {"device": "b", "ts": "2024-01-01 10:02:00", "v": 2.0},
    {"device": "a", "ts": "2024-01-01 10:03:00", "v": 4.0}])
ev = spark.readStream.schema("device string, ts timestamp, v double").json(os.path.join(scratch, "ev"))
cp = os.path.join(scratch, "cp")
aggDF = (ev.withWatermark("ts", "10 minutes")
         .groupBy(window("ts", "5 minutes"), "device")
         .agg(F.count("*").alias("n"), F.sum("v").alias("s"), F.avg("v").alias("a"),
              F.min("v").alias("lo"), F.max("ts").alias("hi")))
q = aggDF.writeStream.format("memory").queryName("agg").outputMode("update").option("checkpointLocation", cp).start()
q.processAllAvailable()
put("ev", "2.json", [{"device": "c", "ts": "2024-01-01 10:04:00", "v": 1.0}, {"device": "a", "ts": "2024-01-01 10:09:00", "v": 3.0}])
q.processAllAvailable()
put("ev", "3.json", [{"device": "a", "ts": "2024-01-01 10:30:00", "v": 7.0}])
q.processAllAvailable()
q.stop()

df = spark \
.read \
.format("statestore") \
.load(cp)
df.printSchema()
df.orderBy("partition_id", "key").show(truncate=False)
spark.read.format("statestore").option("batchId", 0).load(cp).orderBy("key").show(truncate=False)

df = spark \
.read \
.format("statestore") \
.option("readChangeFeed", True) \
.option("changeStartBatchId", 1) \
.load(cp)
df.printSchema()
df.orderBy("batch_id", "key", "change_type").show(truncate=False)

df = spark \
.read \
.format("state-metadata") \
.load(cp)
df.show(truncate=False)
attempt("statestore operatorId 5", lambda: spark.read.format("statestore").option("operatorId", 5).load(cp).collect() and None)

# -- A deduplication's state, and a second query started from the same streaming
# DataFrame after the first stopped (Spark gives each query a source of its own: it
# reads every file again from its own checkpoint).
for name, d in [("d1", streamingDf.dropDuplicates(["guid"])),
                ("d2", streamingDf.withWatermark("eventTime", "10 hours").dropDuplicatesWithinWatermark(["guid"]))]:
    cpd = os.path.join(scratch, "cp_" + name)
    q = d.writeStream.format("memory").queryName(name).option("checkpointLocation", cpd).start()
    q.processAllAvailable()
    print(name, "rows:", spark.sql("select * from " + name).count())
    q.stop()
    s = spark.read.format("statestore").load(cpd)
    s.printSchema()
    s.orderBy("key").show(truncate=False)
    spark.read.format("state-metadata").load(cpd).select("operatorName", "numPartitions").show()
