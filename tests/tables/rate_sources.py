# Spark's rate sources in micro-batches, as PySpark 4.3 answers: `rate-micro-batch`
# (rowsPerBatch rows a batch whatever the clock, numPartitions, startTimestamp,
# advanceMillisPerBatch; Trigger.Once and AvailableNow, a restart from the checkpoint)
# and `rate` (values dealt to numPartitions, timestamps spread evenly over each second,
# progress descriptions and offsets), and both sources' option errors.
# rate_sources.txt is what PySpark 4.3 printed (see tests/tables/README.md).
import json
import os
import re
import sys
import time
from pyspark.sql import SparkSession

spark = (SparkSession.builder.master("local[2]")
         .config("spark.ui.enabled", "false")
         .config("spark.sql.session.timeZone", "UTC")
         .config("spark.sql.shuffle.partitions", "2")
         .getOrCreate())
scratch = sys.argv[1]


def sentence(e):
    # The error's first line without its condition prefix and SQLSTATE, up to a ";" (Spark
    # ends its legacy messages so; Runnel says how to fix the query after one).
    first = str(e).strip().splitlines()[0]
    first = re.sub(r"^\[[A-Z_.0-9]+\] ", "", first).split(" SQLSTATE")[0]
    return ". ".join(first.split(";")[0].strip().rstrip(".").split(". ")[:2])


def rmb(**opts):
    r = spark.readStream.format("rate-micro-batch")
    for k, v in opts.items():
        r = r.option(k, v)
    return r.load()


def run(df, until, **trigger):
    got = {}

    def keep(d, epoch):
        got[epoch] = [(r.value, r.timestamp.isoformat()) for r in d.collect()]
    w = df.writeStream.foreachBatch(keep)
    if trigger.get("checkpoint"):
        w = w.option("checkpointLocation", trigger.pop("checkpoint"))
    if trigger:
        w = w.trigger(**trigger)
    q = w.start()
    if trigger:
        q.awaitTermination()
    else:
        for _ in range(400):
            if len(got) >= until:
                break
            time.sleep(0.1)
        q.stop()
    return q, got


opts = {"rowsPerBatch": 5, "numPartitions": 2, "startTimestamp": 1000, "advanceMillisPerBatch": 250}
q, got = run(rmb(**opts), 3)
for b in range(3):
    print("rate-micro-batch batch", b, got[b])
p = q.recentProgress[-1]
print("progress:", p["numInputRows"], p["sources"][0]["description"])
start, end = p["sources"][0]["startOffset"], p["sources"][0]["endOffset"]
print("offsets:", type(start).__name__, sorted(json.loads(start)))
start, end = json.loads(start), json.loads(end)
print("offsets advance:", end["offset"] - start["offset"], end["timestamp"] - start["timestamp"],
      start["timestamp"] == 1000 + 250 * p["batchId"], start["offset"] == 5 * p["batchId"])
q, got = run(rmb(rowsPerBatch=3, numPartitions=3), 2)
print("defaults:", got[0], got[1])
q, got = run(rmb(**opts), 0, once=True)
print("once:", got)
ck = os.path.join(scratch, "rmb_ck")
q, got = run(rmb(**opts), 0, availableNow=True, checkpoint=ck)
print("availableNow:", got)
q, got = run(rmb(**opts), 0, availableNow=True, checkpoint=ck)
print("availableNow again:", got)
for bad in [{}, {"rowsPerBatch": 0}, {"rowsPerBatch": "x"}, {"rowsPerBatch": 1, "numPartitions": 0},
            {"rowsPerBatch": 1, "startTimestamp": -1}, {"rowsPerBatch": 1, "advanceMillisPerBatch": -1}]:
    try:
        q = rmb(**bad).writeStream.format("noop").start()
        q.awaitTermination(2)
        print("rate-micro-batch", bad, "started", q.exception() is None)
        q.stop()
    except Exception as e:
        print("rate-micro-batch", bad, type(e).__name__, sentence(e))

# rate: values dealt to partitions round robin, timestamps round(v * 1000 / rowsPerSecond)
# after the start.
df = spark.readStream.format("rate").option("rowsPerSecond", 10).option("numPartitions", 3).load()
q, got = run(df, 3)
rows = [r for b in sorted(got) for r in got[b]]
vals = sorted(v for v, _ in rows)
print("rate: every value once:", len(vals) >= 10, vals == list(range(len(vals))))
ordered = True
for b, rs in got.items():
    if rs:
        lo = min(v for v, _ in rs)
        ordered &= [v for v, _ in rs] == sorted((v for v, _ in rs), key=lambda v: ((v - lo) % 3, v))
print("rate: partition by partition:", ordered)
import datetime as dt
ts = {v: dt.datetime.fromisoformat(t) for v, t in rows}
print("rate: timestamps:", all((ts[v] - ts[0]).total_seconds() * 1000 == round(v * 100) for v in ts))
p = [x for x in q.recentProgress if x["numInputRows"] > 0][0]
print("rate progress:", p["sources"][0]["description"], type(p["sources"][0]["endOffset"]).__name__)
for bad in [{"rowsPerSecond": 0}, {"rowsPerSecond": "x"}, {"numPartitions": 0}, {"rampUpTime": "-1s"}]:
    try:
        r = spark.readStream.format("rate")
        for k, v in bad.items():
            r = r.option(k, v)
        q = r.load().writeStream.format("noop").start()
        q.awaitTermination(2)
        print("rate", bad, "started", q.exception() is None)
        q.stop()
    except Exception as e:
        print("rate", bad, type(e).__name__, sentence(e))
print("done")
