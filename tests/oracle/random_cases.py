#!/usr/bin/env python3
"""Generates random streaming queries (filters, windows, watermarks, aggregations,
output modes, late rows and nulls) as oracle case folders, for recording with real
Spark (../shared/spark-oracle/run_spark.py) and checking with `runnel oracle-check`.

    random_cases.py OUT_DIR N [SEED]
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

BASE = datetime(2025, 3, 1, 10, 0, 0, tzinfo=timezone.utc)
CATS = ["books", "music", "games", "sports"]


def ts(sec):
    return (BASE + timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")


def gen_rows(rng, start, span, n, late_frac, null_frac, null_ts_frac):
    rows = []
    for _ in range(n):
        t = start + rng.randint(0, span - 1)
        if rng.random() < late_frac:
            t = start - rng.randint(30, 900)
        r = {"timestamp": ts(max(t, 0)), "category": rng.choice(CATS), "value": round(rng.uniform(0, 100), 2), "id": rng.randint(0, 12)}
        if rng.random() < null_frac:
            r["value"] = None
        if rng.random() < null_frac / 2:
            r["category"] = None
        if rng.random() < null_ts_frac:
            r["timestamp"] = None
        rows.append(r)
    return rows


FILTERS = [
    ('col("value") > {v}', "value > {v}"),
    ('col("value") <= {v}', "value <= {v}"),
    ('col("category").isin("books", "music")', "category IN ('books', 'music')"),
    ('col("category") != "games"', "category != 'games'"),
    ('col("value").isNull() | (col("value") > {v})', "value IS NULL OR value > {v}"),
    ('col("category").like("s%")', "category LIKE 's%'"),
    ('(col("value") > {v}) & col("category").isNotNull()', "value > {v} AND category IS NOT NULL"),
    ('col("timestamp") >= "2025-03-01 10:0{m}:00"', "timestamp >= '2025-03-01 10:0{m}:00'"),
]

AGGS = [
    ('count("*").alias("n")', None),
    ('count("value").alias("nv")', None),
    ('sum_("value").alias("s")', None),
    ('avg("value").alias("a")', None),
    ('min_("value").alias("lo")', None),
    ('max_("value").alias("hi")', None),
]


def make(rng, i):
    lines = ["from pyspark.sql.functions import col, window, count, avg, sum as sum_, min as min_, max as max_, lit, when"]
    opts = ""
    if rng.random() < 0.25:
        opts = '.option("maxFilesPerTrigger", %d)' % rng.randint(1, 2)
    lines.append('df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG")%s.load(INPUT)' % opts)
    cur = "df"
    has_wm = rng.random() < 0.7
    wm_first = rng.random() < 0.5

    def add_filter(cur):
        f = rng.choice(FILTERS)
        v = rng.choice([10, 25, 40, 60, 75])
        m = rng.randint(1, 9)
        if rng.random() < 0.5:
            return '%s.filter(%s)' % (cur, f[0].format(v=v, m=m))
        return '%s.filter("%s")' % (cur, f[1].format(v=v, m=m))

    if has_wm and wm_first:
        cur = '%s.withWatermark("timestamp", "%d %s")' % (cur, rng.choice([0, 1, 2, 3, 5]), "minutes")
    if rng.random() < 0.6:
        cur = add_filter(cur)
    if rng.random() < 0.3:
        cur = '%s.withColumn("v2", col("value") * 2)' % cur
    if has_wm and not wm_first:
        cur = '%s.withWatermark("timestamp", "%d minutes")' % (cur, rng.choice([0, 1, 2, 3, 5]))
    kind = rng.choice(["agg", "agg", "agg", "stateless", "dedup"])
    mode = "append"
    if kind == "stateless":
        cur = '%s.select("timestamp", "category", "value")' % cur
        mode = rng.choice(["append", "append", "update"])
    elif kind == "dedup":
        keys = rng.choice(['["id"]', '["id", "timestamp"]', '["category", "timestamp"]'])
        if has_wm and rng.random() < 0.3:
            cur = '%s.dropDuplicatesWithinWatermark(["id"])' % cur
        else:
            cur = '%s.dropDuplicates(%s)' % (cur, keys)
        cur = '%s.select("timestamp", "id", "category")' % cur
        mode = "append"
    else:
        size = rng.choice([2, 5, 10])
        win = rng.random()
        if win < 0.45:
            w = 'window("timestamp", "%d minutes")' % size
        elif win < 0.7:
            w = 'window("timestamp", "%d minutes", "%d minutes")' % (size, rng.choice([s for s in [1, 2, 5] if s <= size]))
        else:
            w = None
        keys = []
        if w:
            keys.append(w)
        if rng.random() < 0.6 or not keys:
            keys.append('"category"')
        if rng.random() < 0.1:
            keys = []
        aggs = rng.sample(AGGS, rng.randint(1, 3))
        cur = '%s.groupBy(%s).agg(%s)' % (cur, ", ".join(keys), ", ".join(a[0] for a in aggs))
        if rng.random() < 0.2 and 'alias("n")' in cur:
            cur = '%s.filter(col("n") > 1)' % cur
        r = rng.random()
        if has_wm and w:
            mode = "append" if r < 0.45 else ("update" if r < 0.85 else "complete")
        else:
            mode = "update" if r < 0.5 else ("complete" if r < 0.9 else "append")
    lines.append("result = " + cur)
    lines.append('OUTPUT_MODE = "%s"' % mode)
    nsteps = rng.randint(2, 5)
    late = rng.choice([0.0, 0.1, 0.25])
    nulls = rng.choice([0.0, 0.1])
    null_ts = rng.choice([0.0, 0.0, 0.1])
    steps = []
    for s in range(nsteps):
        files = []
        for k in range(rng.randint(1, 2)):
            files.append(gen_rows(rng, s * 240 + k * 60, 240, rng.randint(3, 10), late if s else 0.0, nulls, null_ts))
        steps.append(files)
    return "\n".join(lines) + "\n", steps


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    for i in range(n):
        q, steps = make(rng, i)
        d = os.path.join(out, "random_%d_%03d" % (seed, i))
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "query.py"), "w").write(q)
        for si, files in enumerate(steps):
            sd = os.path.join(d, "steps", "%03d" % si)
            os.makedirs(sd, exist_ok=True)
            for fi, rows in enumerate(files):
                with open(os.path.join(sd, "part-%d.json" % fi), "w") as f:
                    for r in rows:
                        f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
