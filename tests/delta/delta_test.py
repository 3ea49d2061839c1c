#!/usr/bin/env python3
"""Delta Lake end-to-end test: tables written by the Python `deltalake` package stream into
Runnel, and the tables Runnel writes are read back by `deltalake` and by duckdb.

    delta_test.py --runnel target/debug/runnel [--work DIR]

1. Course example 6: a Delta table written by deltalake (three commits) -> avg by category
   -> Delta (complete). The output equals the averages computed here; after deltalake
   appends a fourth commit, the restarted query (same checkpoint) updates the table, which
   still holds one row per category. A replayed epoch is not written twice (txn actions).
2. Course example 9: JSON files -> Parquet and -> Delta, each with its checkpoint, run
   twice; the Delta table (deltalake) and the Parquet files (duckdb) hold every event once.
3. Batch: spark.read.format("delta") of the deltalake table and df.write.format("delta")
   with mode overwrite, partitionBy, read back by deltalake.
Exits 1 on any difference.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from datetime import datetime, timezone

import duckdb
import pyarrow as pa
from deltalake import DeltaTable, write_deltalake

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

BATCH = """
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, lit
spark = SparkSession.builder.getOrCreate()
df = spark.read.format("delta").load("WORK/data/delta-table")
print("ROWS", df.count())
df.filter(col("value") > 10).write.format("delta").mode("overwrite").partitionBy("category").save("WORK/out/batch")
df.filter(col("value") > 10).write.format("delta").mode("overwrite").partitionBy("category").save("WORK/out/batch")
df.limit(3).withColumn("extra", lit(7)).write.format("delta").mode("append").option("mergeSchema", "true").save("WORK/out/merged")
df.limit(2).withColumn("extra", lit(7)).withColumn("more", lit("x")).write.format("delta").mode("append").option("mergeSchema", "true").save("WORK/out/merged")
df.limit(1).write.format("delta").mode("append").save("WORK/out/merged")
"""


def events(n, start):
    cats = ["books", "music", "games", None]
    rows = []
    for i in range(n):
        k = start + i
        rows.append({
            "timestamp": datetime.fromtimestamp(1740823200 + k * 7, timezone.utc),
            "category": cats[k % 4],
            "value": None if k % 11 == 0 else float((k * 37) % 100),
        })
    return rows


def table(rows):
    return pa.Table.from_pylist(rows, schema=pa.schema([
        ("timestamp", pa.timestamp("us", tz="UTC")), ("category", pa.string()), ("value", pa.float64())]))


def submit(runnel, script, work, extra=()):
    cmd = [runnel, "submit", script, "--once", "--path-map", f"dbfs:/mnt/data={work}", *extra]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{script} failed:\n{p.stdout}\n{p.stderr}")
    return p.stdout


def expected_avgs(rows):
    acc = {}
    for r in rows:
        s, n = acc.get(r["category"], (0.0, 0))
        if r["value"] is not None:
            s, n = s + r["value"], n + 1
        acc[r["category"]] = (s, n)
    return {c: (round(s / n, 6) if n else None) for c, (s, n) in acc.items()}


def duckdb_rows(path):
    files = [u.removeprefix("file://") for u in DeltaTable(path).file_uris()]
    con = duckdb.connect()
    return con.sql(f"SELECT * FROM read_parquet({files!r}, hive_partitioning = true)").fetchall()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    ap.add_argument("--work")
    a = ap.parse_args()
    runnel = os.path.abspath(a.runnel)
    work = a.work or tempfile.mkdtemp(prefix="runnel-delta-")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    ok = True

    # 1. Example 6 over a table written by deltalake. Its set-up (example 1's stream,
    # unused here) reads data/streaming-json, which must exist as in the course's notebook.
    os.makedirs(os.path.join(work, "data/streaming-json"), exist_ok=True)
    src = os.path.join(work, "data/delta-table")
    rows = []
    for i in range(3):
        part = events(50, i * 50)
        rows += part
        write_deltalake(src, table(part), mode="append")
    ex6 = os.path.join(ROOT, "examples/seed/ex6_delta_avg_by_category.py")
    submit(runnel, ex6, work)
    out = os.path.join(work, "output/delta-aggregated")

    def check6(label):
        t = DeltaTable(out)
        got = {r["category"]: (round(r["avg_value"], 6) if r["avg_value"] is not None else None)
               for r in t.to_pyarrow_table().to_pylist()}
        n = t.to_pyarrow_table().num_rows
        want = expected_avgs(rows)
        dd = {r[0]: (round(r[1], 6) if r[1] is not None else None) for r in duckdb_rows(out)}
        good = got == want and n == len(want) and dd == want
        print(f"example 6 {label}: {n} rows, deltalake {'=' if got == want else '!='} expected, "
              f"duckdb {'=' if dd == want else '!='} expected, version {t.version()}")
        return good

    ok &= check6("(3 source commits)")
    more = events(40, 150)
    rows += more
    write_deltalake(src, table(more), mode="append")
    submit(runnel, ex6, work)
    ok &= check6("(after a 4th commit, restarted)")
    # Each epoch is one commit with a txn action for the query.
    log = os.path.join(out, "_delta_log")
    txns = []
    for fn in sorted(os.listdir(log)):
        if fn.endswith(".json"):
            for line in open(os.path.join(log, fn)):
                a_ = json.loads(line)
                if "txn" in a_:
                    txns.append(a_["txn"]["version"])
    good = txns == sorted(set(txns)) and len(txns) >= 2
    print(f"example 6 txn versions in the log: {txns} ({'ok' if good else 'FAILED'})")
    ok &= good
    # Replaying an epoch the table already has writes nothing: drop the last commit marker.
    ck = os.path.join(work, "checkpoints/delta/commits")
    last = max(int(f) for f in os.listdir(ck) if f.isdigit())
    os.remove(os.path.join(ck, str(last)))
    before = DeltaTable(out).version()
    submit(runnel, ex6, work)
    after = DeltaTable(out).version()
    good = before == after
    print(f"example 6 replayed epoch {last}: table version {before} -> {after} ({'ok' if good else 'FAILED'})")
    ok &= good

    # 2. Example 9: the stream to Parquet and to Delta, each with its checkpoint, run twice
    # (the second run resumes and writes nothing again), in a folder of its own (example 6
    # used checkpoints/delta too).
    w9 = os.path.join(work, "ex9")
    ex9 = os.path.join(ROOT, "examples/seed/ex9_two_queries_checkpoints.py")
    shutil.copytree(os.path.join(ROOT, "examples/data/streaming_input"), os.path.join(w9, "data/streaming-json"))
    want = Counter()
    for fn in sorted(os.listdir(os.path.join(w9, "data/streaming-json"))):
        for line in open(os.path.join(w9, "data/streaming-json", fn)):
            if line.strip():
                r = json.loads(line)
                want[(r["timestamp"].replace("T", " ").replace("Z", ""), r["category"], r["value"])] += 1
    for _ in range(2):
        submit(runnel, ex9, w9)
    t = DeltaTable(os.path.join(w9, "output/delta")).to_pyarrow_table()
    got_d = Counter((str(r["timestamp"]).replace("+00:00", ""), r["category"], r["value"]) for r in t.to_pylist())
    pq = duckdb.sql(f"SELECT CAST(timestamp AS VARCHAR), category, value FROM read_parquet('{w9}/output/parquet/*.parquet')").fetchall()
    got_p = Counter((ts.replace("+00", ""), c, v) for ts, c, v in pq)
    good = got_d == want and got_p == want
    print(f"example 9: {sum(want.values())} events; Delta {sum(got_d.values())} rows ({'=' if got_d == want else '!='}), "
          f"Parquet {sum(got_p.values())} rows ({'=' if got_p == want else '!='}) after two runs: {'ok' if good else 'FAILED'}")
    ok &= good

    # 3. Batch read and write.
    script = os.path.join(work, "batch.py")
    with open(script, "w") as f:
        f.write(BATCH.replace("WORK", work))
    text = submit(runnel, script, work)
    n = len(rows)
    bt = DeltaTable(os.path.join(work, "out/batch"))
    want = sum(1 for r in rows if r["value"] is not None and r["value"] > 10)
    got = bt.to_pyarrow_table().num_rows
    good = f"ROWS {n}" in text and got == want and bt.metadata().partition_columns == ["category"]
    print(f"batch: read {n} rows, wrote {got} (expected {want}) partitioned by category: {'ok' if good else 'FAILED'}")
    ok &= good
    mt = DeltaTable(os.path.join(work, "out/merged")).to_pyarrow_table()
    good = mt.num_rows == 6 and mt.column_names[-2:] == ["extra", "more"] and \
        sorted(mt.column("more").to_pylist(), key=str) == [None, None, None, None, "x", "x"]
    print(f"batch: mergeSchema added columns {mt.column_names[-2:]}, {mt.num_rows} rows: {'ok' if good else 'FAILED'}")
    ok &= good

    if not ok:
        print(f"FAILED; work folder {work}")
        sys.exit(1)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
