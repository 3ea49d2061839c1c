#!/usr/bin/env python3
"""Writes Runnel's own oracle cases (query.py + steps/) into tests/oracle/cases/.

The inputs are generated here from a fixed seed; the expected output is never
written by hand: record it with real Spark,
    ../shared/spark-oracle/run_spark.py tests/oracle/cases/*   (PySpark 4.3, Java 17)
which writes each case's expected.json.
"""
import json
import os
import random
import shutil
import sys
from datetime import datetime, timedelta, timezone

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases")
BASE = datetime(2025, 3, 1, 10, 0, 0, tzinfo=timezone.utc)
CATS = ["books", "music", "games", "sports"]
SCHEMA = "timestamp TIMESTAMP, category STRING, value DOUBLE"


def ts(sec):
    return (BASE + timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")


def events(rng, start, end, n, late=0, nulls=0.0, null_ts=0.0, cats=CATS):
    """n events in [start, end) seconds, `late` of them 5-15 minutes before start."""
    out = []
    for i in range(n):
        if i < late:
            t = start - rng.randint(300, 900)
        else:
            t = rng.randint(start, end - 1)
        row = {"timestamp": ts(t), "category": rng.choice(cats), "value": round(rng.uniform(0, 100), 2)}
        if rng.random() < nulls:
            row["value"] = None
        if rng.random() < null_ts:
            row["timestamp"] = None
        if rng.random() < nulls / 2:
            row["category"] = None
        out.append(row)
    rng.shuffle(out)
    return out


def write_case(name, query, steps):
    d = os.path.join(ROOT, name)
    if os.path.exists(d):
        # keep a recorded expected.json only if inputs are unchanged
        shutil.rmtree(os.path.join(d, "steps"), ignore_errors=True)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "query.py"), "w") as f:
        f.write(query.strip() + "\n")
    for i, files in enumerate(steps):
        sd = os.path.join(d, "steps", "%03d" % i)
        os.makedirs(sd, exist_ok=True)
        for j, rows in enumerate(files):
            with open(os.path.join(sd, "part-%d.json" % j), "w") as f:
                for r in rows:
                    f.write((r if isinstance(r, str) else json.dumps(r)) + "\n")


def stream_steps(seed, nsteps=4, per=10, span=300, late=2, nulls=0.1, null_ts=0.0, files=1):
    rng = random.Random(seed)
    steps = []
    for s in range(nsteps):
        fs = []
        for k in range(files):
            fs.append(events(rng, s * span + k * (span // files), s * span + (k + 1) * (span // files), per,
                             late=late if s > 0 else 0, nulls=nulls, null_ts=null_ts))
        steps.append(fs)
    return steps


def main():
    cases = {}
    read = 'df = spark.readStream.format("json").schema("%s").load(INPUT)\n' % SCHEMA
    readf = 'df = spark.readStream.format("json").schema("%s").option("maxFilesPerTrigger", 1).load(INPUT)\n' % SCHEMA

    cases["sliding_window_update"] = (read + """
from pyspark.sql.functions import window, col
result = df.withWatermark("timestamp", "4 minutes").groupBy(window(col("timestamp"), "10 minutes", "5 minutes"), "category").count()
OUTPUT_MODE = "update"
""", stream_steps(11))
    cases["sliding_window_append_sum"] = (read + """
from pyspark.sql.functions import window, sum as sum_, count
result = df.withWatermark("timestamp", "2 minutes").groupBy(window("timestamp", "6 minutes", "2 minutes")).agg(sum_("value").alias("s"), count("value").alias("n"))
OUTPUT_MODE = "append"
""", stream_steps(12))
    cases["window_start_time_complete"] = (read + """
from pyspark.sql.functions import window
result = df.groupBy(window("timestamp", "10 minutes", "10 minutes", "3 minutes"), "category").count()
OUTPUT_MODE = "complete"
""", stream_steps(13, nsteps=3))
    cases["session_window_append"] = (read + """
from pyspark.sql.functions import session_window, count, sum as sum_
result = df.withWatermark("timestamp", "2 minutes").groupBy(session_window("timestamp", "1 minute"), "category").agg(count("*").alias("n"), sum_("value").alias("s"))
OUTPUT_MODE = "append"
""", stream_steps(14, per=8))
    cases["session_window_complete"] = (read + """
from pyspark.sql.functions import session_window
result = df.groupBy(session_window("timestamp", "2 minutes"), "category").count()
OUTPUT_MODE = "complete"
""", stream_steps(15, nsteps=3, per=8))
    cases["late_rows_update_mode"] = (read + """
from pyspark.sql.functions import window, count, max as max_
result = df.withWatermark("timestamp", "1 minute").groupBy(window("timestamp", "5 minutes"), "category").agg(count("*").alias("n"), max_("value").alias("top"))
OUTPUT_MODE = "update"
""", stream_steps(16, late=4))
    cases["watermark_on_derived_column"] = ("""
from pyspark.sql.functions import to_timestamp, col, window
df = spark.readStream.format("json").schema("ts STRING, category STRING, value DOUBLE").load(INPUT)
events = df.withColumn("event_time", to_timestamp(col("ts"), "yyyy-MM-dd HH:mm:ss"))
result = events.withWatermark("event_time", "3 minutes").groupBy(window("event_time", "5 minutes")).count()
OUTPUT_MODE = "append"
""", [[[{"ts": r["timestamp"].replace("T", " ").replace("Z", "") if r["timestamp"] else None, "category": r["category"], "value": r["value"]} for r in f] for f in step] for step in stream_steps(17)])
    cases["dedup_without_watermark"] = ("""
df = spark.readStream.schema("timestamp TIMESTAMP, id LONG, category STRING, value DOUBLE").json(INPUT)
result = df.dropDuplicates(["id"]).select("id", "category")
OUTPUT_MODE = "append"
""", [[[{"timestamp": ts(i * 10), "id": i % 7, "category": CATS[i % 4], "value": float(i)} for i in range(s * 6, s * 6 + 9)]] for s in range(3)])
    cases["dedup_all_columns_watermark"] = ("""
df = spark.readStream.schema("timestamp TIMESTAMP, id LONG, category STRING").json(INPUT)
result = df.withWatermark("timestamp", "2 minutes").dropDuplicates()
OUTPUT_MODE = "append"
""", [[[{"timestamp": ts((s * 5 + i % 5) * 60), "id": i % 3, "category": CATS[i % 2]} for i in range(8)]] for s in range(3)])
    cases["filter_pushed_below_watermark"] = (read + """
from pyspark.sql.functions import col, window
result = df.withWatermark("timestamp", "2 minutes").filter(col("category") == "books").groupBy(window("timestamp", "5 minutes")).count()
OUTPUT_MODE = "append"
""", stream_steps(18, per=12))
    cases["filter_on_event_time_and_value"] = (read + """
from pyspark.sql.functions import col, window, avg
result = df.withWatermark("timestamp", "2 minutes").filter((col("timestamp") > "2025-03-01 10:01:00") & (col("value") > 20)).groupBy(window("timestamp", "5 minutes"), "category").agg(avg("value").alias("mean"))
OUTPUT_MODE = "update"
""", stream_steps(19, per=12))
    cases["having_filter_update"] = (read + """
from pyspark.sql.functions import col, count
result = df.groupBy("category").agg(count("*").alias("n")).filter(col("n") > 3)
OUTPUT_MODE = "update"
""", stream_steps(20, nsteps=3))
    cases["global_aggregate_complete"] = (read + """
from pyspark.sql.functions import count, sum as sum_, min as min_, max as max_
result = df.filter("value > 30").agg(count("*").alias("n"), sum_("value").alias("s"), min_("timestamp").alias("first"), max_("category").alias("last_cat"))
OUTPUT_MODE = "complete"
""", stream_steps(21, nsteps=3))
    cases["window_select_no_agg"] = (read + """
from pyspark.sql.functions import window, col
result = df.select(window("timestamp", "5 minutes").alias("w"), col("value")).filter(col("value") < 50)
OUTPUT_MODE = "append"
""", stream_steps(22, nsteps=2, null_ts=0.2))
    cases["null_timestamps_window_complete"] = (read + """
from pyspark.sql.functions import window
result = df.groupBy(window("timestamp", "5 minutes")).count()
OUTPUT_MODE = "complete"
""", stream_steps(23, nsteps=3, null_ts=0.2))
    cases["two_keys_many_aggs_update"] = ("""
from pyspark.sql.functions import window, count, sum as sum_, avg, min as min_, max as max_, col, when
df = spark.readStream.format("json").schema("%s").load(INPUT)
flagged = df.withColumn("big", when(col("value") > 50, "yes").otherwise("no"))
result = flagged.withWatermark("timestamp", "3 minutes").groupBy(window("timestamp", "5 minutes"), "category", "big").agg(count("*").alias("n"), count("value").alias("nv"), sum_("value").alias("s"), avg("value").alias("a"), min_("value").alias("lo"), max_("value").alias("hi"))
OUTPUT_MODE = "update"
""" % SCHEMA, stream_steps(24, per=14))
    cases["stream_limit_append"] = (read + """
result = df.select("category", "value").limit(7)
OUTPUT_MODE = "append"
""", stream_steps(25, nsteps=3, late=0))
    cases["agg_on_timestamp_append"] = (read + """
from pyspark.sql.functions import date_trunc, col, count
result = df.withWatermark("timestamp", "1 minute").groupBy("timestamp").agg(count("*").alias("n"))
OUTPUT_MODE = "append"
""", [[[{"timestamp": ts((s * 4 + i % 4) * 60), "category": "a", "value": 1.0} for i in range(10)]] for s in range(3)])
    cases["agg_without_event_time_key_update"] = (read + """
from pyspark.sql.functions import count
result = df.withWatermark("timestamp", "1 minute").groupBy("category").agg(count("*").alias("n"))
OUTPUT_MODE = "update"
""", stream_steps(26, nsteps=3))
    cases["left_outer_join_then_aggregate"] = (read + """
from pyspark.sql.functions import col, sum as sum_, coalesce, lit
dims = spark.createDataFrame([("books", "paper"), ("music", "audio")], "category STRING, kind STRING")
joined = df.join(dims, on="category", how="left_outer").withColumn("kind", coalesce(col("kind"), lit("other")))
result = joined.groupBy("kind").agg(sum_("value").alias("total"))
OUTPUT_MODE = "complete"
""", stream_steps(27, nsteps=3))
    cases["max_files_sliding_update"] = (readf + """
from pyspark.sql.functions import window
result = df.withWatermark("timestamp", "1 minute").groupBy(window("timestamp", "4 minutes", "2 minutes")).count()
OUTPUT_MODE = "update"
""", stream_steps(28, nsteps=2, files=3, per=5))
    cases["string_and_date_functions"] = (read + """
from pyspark.sql.functions import col, date_format, to_date, dayofweek, minute, split, lpad, initcap, unix_timestamp, date_trunc
result = df.select(date_format("timestamp", "yyyy/MM/dd HH:mm").alias("f"), to_date("timestamp").alias("d"), dayofweek("timestamp").alias("dow"),
                   minute("timestamp").alias("m"), split(col("category"), "o").alias("parts"), lpad("category", 8, "*").alias("p"),
                   initcap(col("category")).alias("ic"), unix_timestamp("timestamp").alias("u"), date_trunc("hour", "timestamp").alias("h"))
OUTPUT_MODE = "append"
""", stream_steps(29, nsteps=2, late=0))
    cases["arithmetic_and_casts"] = ("""
from pyspark.sql.functions import col, abs as abs_, round as round_, floor, ceil
df = spark.readStream.schema("timestamp TIMESTAMP, n INT, m LONG, value DOUBLE, s STRING").json(INPUT)
result = df.select((col("n") + col("m")).alias("a"), (col("n") * 3).alias("b"), (col("m") % 4).alias("c"), (col("n") / 4).alias("d"),
                   abs_(col("value") - 50).alias("e"), round_(col("value"), 1).alias("f"), floor("value").alias("g"), ceil("value").alias("h"),
                   col("s").cast("int").alias("i"), col("value").cast("long").alias("j"), (col("n") > col("value")).alias("k"),
                   col("value").cast("string").alias("l"))
OUTPUT_MODE = "append"
""", [[[{"timestamp": ts(i), "n": i - 3, "m": i * 1000000007, "value": [0.5, 2.675, -1.25, 99.99, 1e10, None][i % 6], "s": str(i * 7)} for i in range(12)]]])
    cases["runtime_error_cast_invalid"] = (read + """
result = df.selectExpr("CAST(category AS INT) AS c")
OUTPUT_MODE = "append"
""", [[[{"timestamp": ts(0), "category": "12", "value": 1.0}]], [[{"timestamp": ts(1), "category": "abc", "value": 1.0}]]])
    cases["runtime_error_divide_by_zero"] = ("""
from pyspark.sql.functions import col
df = spark.readStream.schema("timestamp TIMESTAMP, a INT, b INT").json(INPUT)
result = df.select((col("a") % col("b")).alias("r"))
OUTPUT_MODE = "append"
""", [[[{"timestamp": ts(0), "a": 5, "b": 2}]], [[{"timestamp": ts(1), "a": 5, "b": 0}]]])
    cases["error_count_distinct_stream"] = (read + """
from pyspark.sql.functions import countDistinct
result = df.groupBy("category").agg(countDistinct("value"))
OUTPUT_MODE = "complete"
""", stream_steps(30, nsteps=1))
    cases["error_limit_update_mode"] = (read + """
from pyspark.sql.functions import count
result = df.groupBy("category").agg(count("*").alias("n")).limit(2)
OUTPUT_MODE = "update"
""", stream_steps(31, nsteps=1))
    cases["error_session_window_update"] = (read + """
from pyspark.sql.functions import session_window
result = df.withWatermark("timestamp", "1 minute").groupBy(session_window("timestamp", "1 minute")).count()
OUTPUT_MODE = "update"
""", stream_steps(32, nsteps=1))
    cases["error_append_agg_watermark_not_in_key"] = (read + """
result = df.withWatermark("timestamp", "1 minute").groupBy("category").count()
OUTPUT_MODE = "append"
""", stream_steps(33, nsteps=1))
    cases["error_dedup_within_watermark_no_watermark"] = (read + """
result = df.dropDuplicatesWithinWatermark(["category"])
OUTPUT_MODE = "append"
""", stream_steps(34, nsteps=1))
    cases["error_window_on_string"] = ("""
from pyspark.sql.functions import window
df = spark.readStream.schema("ts STRING, value DOUBLE").json(INPUT)
result = df.groupBy(window("ts", "5 minutes")).count()
OUTPUT_MODE = "complete"
""", [[[{"ts": "2025-03-01 10:00:00", "value": 1.0}]]])
    cases["error_unknown_function_column"] = (read + """
from pyspark.sql.functions import col
result = df.select(col("valu") * 2)
OUTPUT_MODE = "append"
""", stream_steps(35, nsteps=1))
    cases["error_sort_after_agg_update"] = (read + """
result = df.groupBy("category").count().orderBy("count")
OUTPUT_MODE = "update"
""", stream_steps(36, nsteps=1))
    cases["sort_after_agg_complete"] = (read + """
from pyspark.sql.functions import col
result = df.groupBy("category").count().orderBy(col("count").desc(), "category")
OUTPUT_MODE = "complete"
ORDERED = True
""", stream_steps(37, nsteps=2))
    only = set(sys.argv[1:])
    for name, (q, steps) in cases.items():
        if not only or name in only:
            write_case(name, q, steps)
    print("wrote %d cases under %s" % (len(cases), ROOT))


if __name__ == "__main__":
    main()
