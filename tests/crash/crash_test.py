#!/usr/bin/env python3
"""Crash test: `runnel submit` killed at random moments (SIGKILL, Ctrl-C's SIGINT and
SIGTERM in turn), restarted from its checkpoint until the input is consumed; then its Parquet output, read back by pyarrow
and by duckdb, must equal the output of the same job run once without a crash.

    crash_test.py --runnel target/release/runnel [--kills 20] [--work DIR] [--seed N]

Jobs: JSON files -> windowed count with a watermark (append) -> Parquet;
JSON files -> filter/projection -> Parquet (partitioned by category); JSON files read as two
streams -> stream-stream left outer join with watermarks (`join`) -> Parquet; and (`--jobs delta`)
JSON files -> windowed count -> Delta table, read back by the deltalake package and duckdb. Prints, per job,
the kills, the rows expected, lost and duplicated; exits 1 if any row is lost or doubled.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter

import duckdb
import pyarrow.dataset as ds

JOBS = {
    "windowed": """
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, window
spark = SparkSession.builder.appName("crash-windowed").getOrCreate()
spark.conf.set("spark.sql.streaming.stateStore.minDeltasForSnapshot", "3")
spark.conf.set("spark.sql.streaming.stateStore.maintenanceInterval", "100ms")
spark.conf.set("spark.sql.streaming.minBatchesToRetain", "5")
df = spark.readStream.format("json").option("maxFilesPerTrigger", 1) \\
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load("/data/in")
counts = df.withWatermark("timestamp", "5 minutes") \\
    .groupBy(window(col("timestamp"), "10 minutes"), "category") \\
    .agg({"value": "sum", "*": "count"})
q = counts.writeStream.format("parquet").outputMode("append") \\
    .option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.awaitTermination()
""",
    "stateless": """
from pyspark.sql import SparkSession
from pyspark.sql.functions import col
spark = SparkSession.builder.appName("crash-stateless").getOrCreate()
df = spark.readStream.format("json").option("maxFilesPerTrigger", 2) \\
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load("/data/in")
out = df.filter(col("value") > 10).withColumn("half", col("value") / 2)
q = out.writeStream.format("parquet").partitionBy("category") \\
    .option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.awaitTermination()
""",
    "delta": """
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, window
spark = SparkSession.builder.appName("crash-delta").getOrCreate()
df = spark.readStream.format("json").option("maxFilesPerTrigger", 1) \\
    .schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load("/data/in")
counts = df.withWatermark("timestamp", "5 minutes") \\
    .groupBy(window(col("timestamp"), "10 minutes"), "category").count()
q = counts.select(col("window.start").alias("start"), "category", "count") \\
    .writeStream.format("delta").outputMode("append") \\
    .option("checkpointLocation", "/data/ck").start("/data/out")
q.awaitTermination()
""",
    "join": """
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, expr
spark = SparkSession.builder.appName("crash-join").getOrCreate()
spark.conf.set("spark.sql.streaming.stateStore.minDeltasForSnapshot", "3")
spark.conf.set("spark.sql.streaming.stateStore.maintenanceInterval", "100ms")
schema = "timestamp TIMESTAMP, category STRING, value DOUBLE"
a = spark.readStream.format("json").option("maxFilesPerTrigger", 1).schema(schema).load("/data/in") \\
    .select(col("timestamp").alias("a_ts"), col("category").alias("a_cat"), col("value").alias("a_value")) \\
    .withWatermark("a_ts", "1 minute")
b = spark.readStream.format("json").option("maxFilesPerTrigger", 2).schema(schema).load("/data/in") \\
    .select(col("timestamp").alias("b_ts"), col("category").alias("b_cat"), col("value").alias("b_value")) \\
    .withWatermark("b_ts", "2 minutes")
joined = a.join(b, expr("a_cat = b_cat AND b_ts BETWEEN a_ts AND a_ts + interval 20 seconds"), "leftOuter")
q = joined.writeStream.format("parquet").outputMode("append") \\
    .option("checkpointLocation", "/data/ck").option("path", "/data/out").start()
q.awaitTermination()
""",
}


def make_input(d, files, per_file, seed):
    rng = random.Random(seed)
    os.makedirs(d, exist_ok=True)
    base = 1740823200  # 2025-03-01T10:00:00Z
    t = 0
    for f in range(files):
        lines = []
        for _ in range(per_file):
            t += rng.randint(0, 3)
            late = rng.random() < 0.05
            ts = base + t - (rng.randint(400, 1500) if late else rng.randint(0, 60))
            row = {
                "timestamp": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts)),
                "category": rng.choice(["books", "music", "games", None]),
                "value": None if rng.random() < 0.03 else round(rng.uniform(0, 100), 2),
            }
            lines.append(json.dumps(row))
        path = os.path.join(d, f"events-{f:03d}.json")
        with open(path, "w") as fh:
            fh.write("\n".join(lines) + "\n")
        # distinct modification times, in file order
        os.utime(path, (1_700_000_000 + f, 1_700_000_000 + f))


def submit(runnel, root, job):
    return subprocess.Popen(
        [runnel, "submit", os.path.join(root, "job.py"), "--path-map", f"/data={root}", "--once"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def is_delta(out):
    return os.path.isdir(os.path.join(out, "_delta_log"))


def rows_pyarrow(out):
    if is_delta(out):
        # A Delta table: the Python deltalake package reads only committed files.
        from deltalake import DeltaTable
        t = DeltaTable(out).to_pyarrow_table()
    else:
        t = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    cols = sorted(t.column_names)
    return Counter(tuple(json.dumps(r[c], default=str, sort_keys=True) for c in cols) for r in t.to_pylist())


def rows_duckdb(out):
    con = duckdb.connect()
    if is_delta(out):
        # duckdb over the files the Delta log holds (its delta extension would be a
        # download at run time, which the tests do not do).
        from deltalake import DeltaTable
        files = [u.removeprefix("file://") for u in DeltaTable(out).file_uris()]
        rel = con.sql(f"SELECT * FROM read_parquet({files!r}, hive_partitioning = true)")
    else:
        rel = con.sql(f"SELECT * FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true)")
    cols = sorted(rel.columns)
    res = Counter()
    for r in rel.fetchall():
        d = dict(zip(rel.columns, r))
        res[tuple(json.dumps(d[c], default=str, sort_keys=True) for c in cols)] += 1
    return res


def run_job(runnel, work, name, kills, seed):
    root_ref = os.path.join(work, name, "reference")
    root_crash = os.path.join(work, name, "crashed")
    for root in (root_ref, root_crash):
        shutil.rmtree(root, ignore_errors=True)
        make_input(os.path.join(root, "in"), files=40, per_file=400, seed=seed)
        with open(os.path.join(root, "job.py"), "w") as fh:
            fh.write(JOBS[name])
    t0 = time.time()
    p = submit(runnel, root_ref, name)
    _, err = p.communicate()
    if p.returncode != 0:
        sys.exit(f"reference run failed: {err.decode()}")
    full = time.time() - t0

    rng = random.Random(seed)
    killed = 0
    runs = 0
    while True:
        runs += 1
        p = submit(runnel, root_crash, name)
        if killed < kills:
            time.sleep(rng.uniform(0.0, full))
            if p.poll() is None:
                # In turn: a kill, Ctrl-C, a polite stop (runnel has no handler for either:
                # they end the process where it is, as SIGKILL does).
                p.send_signal([signal.SIGKILL, signal.SIGINT, signal.SIGTERM][killed % 3])
                p.wait()
                killed += 1
                continue
        _, err = p.communicate()
        if p.returncode != 0:
            sys.exit(f"run {runs} after {killed} kills failed: {err.decode()}")
        if killed >= kills:
            break
        # it finished before the kill: start over from scratch to keep killing
        shutil.rmtree(os.path.join(root_crash, "ck"), ignore_errors=True)
        shutil.rmtree(os.path.join(root_crash, "out"), ignore_errors=True)

    report = {"job": name, "kills": killed, "runs": runs, "reference_seconds": round(full, 2)}
    ok = True
    for reader, fn in (("pyarrow", rows_pyarrow), ("duckdb", rows_duckdb)):
        ref = fn(os.path.join(root_ref, "out"))
        got = fn(os.path.join(root_crash, "out"))
        lost = sum((ref - got).values())
        dup = sum((got - ref).values())
        report[reader] = {"expected": sum(ref.values()), "lost": lost, "duplicated": dup}
        ok = ok and lost == 0 and dup == 0 and sum(ref.values()) > 0
    print(json.dumps(report))
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--work", default="/tmp/runnel-crash")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", default="windowed,stateless")
    a = ap.parse_args()
    ok = True
    for name in a.jobs.split(","):
        ok = run_job(os.path.abspath(a.runnel), a.work, name, a.kills, a.seed) and ok
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
