#!/usr/bin/env python3
"""The reference figure for `runnel-bench --only join`: the same stream-stream join in
Apache Spark (PySpark, local[2]) over the same files, into the noop sink.

    runnel-bench --only join --dir /tmp/jb          # writes /tmp/jb/ads, prints Runnel's figures
    python spark_join_bench.py /tmp/jb/ads          # needs pyspark 4.3 and Java 17

Prints events/s (input rows of both sides over the wall time of processAllAvailable, the
JVM's start not counted), the joined rows, and the state rows' maximum over the run.
"""
import glob
import os
import sys
import time

from pyspark.sql import SparkSession
from pyspark.sql.functions import expr

data = sys.argv[1]
total = 0
for f in glob.glob(os.path.join(data, "*.json")):
    with open(f, "rb") as fh:
        total += sum(1 for _ in fh)
spark = (
    SparkSession.builder.master("local[2]")
    .config("spark.sql.session.timeZone", "UTC")
    .config("spark.sql.shuffle.partitions", "2")
    .config("spark.ui.enabled", "false")
    .getOrCreate()
)
spark.sparkContext.setLogLevel("ERROR")


def side(glob, ddl):
    return (
        spark.readStream.format("json").option("maxFilesPerTrigger", 1)
        .option("pathGlobFilter", glob).schema(ddl).load(data)
    )


imp = side("*imp.json", "impressionAdId INT, impressionTime TIMESTAMP").withWatermark("impressionTime", "2 hours")
clk = side("*clk.json", "clickAdId INT, clickTime TIMESTAMP").withWatermark("clickTime", "3 hours")
joined = imp.join(clk, expr(
    "clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"))
q = joined.writeStream.format("noop").outputMode("append").start()
t = time.time()
q.processAllAvailable()
secs = time.time() - t
progress = q.recentProgress  # the last 100 batches
rows_in = sum(p["numInputRows"] for p in progress)
rows_out = sum(p["sink"].get("numOutputRows", 0) for p in progress)
state = max((sum(s["numRowsTotal"] for s in p["stateOperators"]) for p in progress), default=0)
batches = progress[-1]["batchId"] + 1 if progress else 0
print(f"Spark {spark.version} local[2] stream-stream join: {total / secs:.0f} events/s ({total} rows, "
      f"{batches} batches in {secs:.1f}s); "
      f"the last {len(progress)} batches read {rows_in} rows and joined {rows_out}; "
      f"state rows max (those batches) {state}")
q.stop()
spark.stop()
