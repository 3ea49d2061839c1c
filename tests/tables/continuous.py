# Spark's continuous trigger (trigger(continuous="1 second")) as PySpark 4.3 answers it:
# the refusals of UnsupportedOperationChecker.checkForContinuous and ContinuousExecution,
# a map-like query over the rate source delivering every value once with the continuous
# rate source's timestamps, no progress reports, epochs in the checkpoint as Spark writes
# them, and a restart that goes on from the last committed epoch.
# continuous.txt is what PySpark 4.3 printed (see tests/tables/README.md).
import json
import os
import re
import sys
import time
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

spark = (SparkSession.builder.master("local[4]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
scratch = sys.argv[1]
C = {"continuous": "1 second"}


def sentence(e):
    # The error's first line without its condition prefix and SQLSTATE, up to a ";" (Spark
    # ends its legacy messages so; Runnel says how to fix the query after one).
    first = str(e).strip().splitlines()[0]
    first = re.sub(r"^\[[A-Z_.0-9]+\] ", "", first).split(" SQLSTATE")[0]
    return ". ".join(first.split(";")[0].strip().rstrip(".").split(". ")[:2])


def condition(e):
    try:
        return e.getCondition()
    except Exception:
        return None


def refused(name, f):
    try:
        q = f()
    except Exception as e:
        print(name + ":", type(e).__name__, condition(e), "|", sentence(e))
        return
    try:
        q.awaitTermination(60)
        print(name + ": still running")
    except Exception as e:
        print(name + ": failed when run:", type(e).__name__, condition(e),
              "Unknown type of trigger: ContinuousTrigger(1000)" in str(e))
    q.stop()


def rate(**opts):
    r = spark.readStream.format("rate")
    for k, v in {"rowsPerSecond": 4, "numPartitions": 2, **opts}.items():
        r = r.option(k, v)
    return r.load()


def console(df, mode="append"):
    return df.writeStream.format("console").outputMode(mode).trigger(**C).start()


refused("aggregation", lambda: console(rate().groupBy("value").count(), "complete"))
refused("aggregation in append", lambda: console(rate().groupBy("value").count()))
refused("complete without aggregation", lambda: console(rate(), "complete"))
refused("dropDuplicates", lambda: console(rate().dropDuplicates(["value"])))
refused("withWatermark", lambda: console(rate().withWatermark("timestamp", "1 second")))
refused("current_timestamp", lambda: console(rate().select(F.current_timestamp())))
refused("current_date", lambda: console(rate().select("value", F.current_date())))
refused("union", lambda: console(rate().union(rate())))
refused("limit", lambda: console(rate().limit(3)))
refused("explode", lambda: console(rate().select(F.explode(F.array("value", "value")))))
refused("sort", lambda: console(rate().orderBy("value")))
refused("sliding window", lambda: console(rate().select(F.window("timestamp", "2 seconds", "1 second"))))
os.makedirs(os.path.join(scratch, "in"), exist_ok=True)
with open(os.path.join(scratch, "in", "a.json"), "w") as f:
    f.write('{"a": 1}\n')
refused("file source", lambda: console(spark.readStream.schema("a INT").json(os.path.join(scratch, "in"))))
refused("rate-micro-batch source", lambda: console(
    spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 5).load()))
from pyspark.sql.datasource import DataSource, DataSourceStreamReader, InputPartition


class Counter(DataSource):
    @classmethod
    def name(cls):
        return "counter"

    def schema(self):
        return "n INT"

    def streamReader(self, schema):
        return CounterReader()


class CounterReader(DataSourceStreamReader):
    def initialOffset(self):
        return {"n": 0}

    def latestOffset(self):
        return {"n": 3}

    def partitions(self, start, end):
        return [InputPartition(0)]

    def read(self, partition):
        yield (1,)


spark.dataSource.register(Counter)
refused("Python data source", lambda: console(spark.readStream.format("counter").load()))
refused("foreachBatch sink", lambda: rate().writeStream.foreachBatch(lambda d, i: None).trigger(**C).start())
refused("json sink", lambda: rate().writeStream.format("json")
        .option("path", os.path.join(scratch, "out"))
        .option("checkpointLocation", os.path.join(scratch, "out_ck")).trigger(**C).start())
for bad in [{"continuous": 0}, {"continuous": ""}, {"continuous": "abc"}, {"continuous": "10"},
            {"continuous": "-1 second"}, {"continuous": "1 second", "once": True}]:
    try:
        rate().writeStream.format("console").trigger(**bad).start().stop()
        print("trigger", bad, "accepted")
    except Exception as e:
        print("trigger", bad, type(e).__name__, condition(e), "|", sentence(e))

# A map-like query: every value once, the continuous rate source's timestamps.
ck = os.path.join(scratch, "ck")
df = rate().where("value % 3 != 1").selectExpr("value", "value * 10 AS ten", "timestamp")
q = df.writeStream.format("memory").queryName("cont").option("checkpointLocation", ck).trigger(**C).start()
print("awaitTermination(1):", q.awaitTermination(1))
for _ in range(240):
    if spark.sql("SELECT count(*) FROM cont").collect()[0][0] >= 8:
        break
    time.sleep(0.5)
print("isActive:", q.isActive, "lastProgress:", q.lastProgress, "recentProgress:", q.recentProgress)
st = q.status
print("status:", st["message"].split(" ")[0] in ("Running", "Committing"), st["isDataAvailable"], st["isTriggerActive"])
q.stop()
print("after stop:", q.isActive, q.status["message"])
rows = spark.sql("SELECT value, ten, timestamp FROM cont").collect()
vals = sorted(r.value for r in rows)
print("rows:", len(rows) >= 8, "each once:", len(vals) == len(set(vals)),
      "no gap:", vals == [v for v in range(vals[-1] + 1) if v % 3 != 1],
      "ten:", all(r.ten == r.value * 10 for r in rows))
# Partition p makes p, p+2, p+4, ... one every 1000 / (4 / 2) = 500 ms.
t0 = {r.value: r.timestamp for r in rows if r.value in (0, 2)}
steps = [(r.timestamp - t0[0]).total_seconds() * 1000 - (r.value // 2) * 500 for r in rows if r.value % 2 == 0]
print("timestamps 500 ms apart per partition:", set(steps) == {0.0})
print("checkpoint:", sorted(n for n in os.listdir(ck) if not n.startswith(".")))
offsets = sorted(int(n) for n in os.listdir(os.path.join(ck, "offsets")) if n.isdigit())
commits = sorted(int(n) for n in os.listdir(os.path.join(ck, "commits")) if n.isdigit())
print("epochs from 0, each committed:", offsets[0] == 0, offsets == list(range(len(offsets))),
      set(commits) <= set(offsets), len(commits) >= len(offsets) - 1)
text = open(os.path.join(ck, "offsets", str(commits[-1]))).read().split("\n")
last = json.loads(text[2])
print("offset entry:", text[0], repr(text[1]), sorted(last), sorted(last["0"]))
print("commit entry:", repr(open(os.path.join(ck, "commits", str(commits[-1]))).read()))
try:
    df.writeStream.format("memory").queryName("cont2").option("checkpointLocation", ck).trigger(**C).start()
except Exception as e:
    print("memory sink restart:", type(e).__name__, sentence(e).split(". Delete")[0])
# Restart (noop sink): epochs go on after the last committed one, values after its offsets.
q = df.writeStream.format("noop").option("checkpointLocation", ck).trigger(**C).start()
for _ in range(240):
    now = sorted(int(n) for n in os.listdir(os.path.join(ck, "commits")) if n.isdigit())
    if len(now) >= len(commits) + 3:
        break
    time.sleep(0.5)
q.stop()
again = sorted(int(n) for n in os.listdir(os.path.join(ck, "commits")) if n.isdigit())
print("restart: epochs go on:", again[:len(commits)] == commits, again == list(range(len(again))))
later = json.loads(open(os.path.join(ck, "offsets", str(again[-1]))).read().split("\n")[2])
print("restart: values go on:", all(later[p]["value"] > last[p]["value"] for p in ("0", "1")))
print("done")
