#!/usr/bin/env python3
"""A second family of random streaming queries: derived columns (when/otherwise,
selectExpr with CASE and arithmetic), grouping by expressions, session windows,
sliding windows with startTime, stream-static joins before aggregations, and
HAVING-like filters; one file per step or maxFilesPerTrigger=1, so that Spark's
recording does not depend on when its trigger fires.

    random_cases2.py OUT_DIR N [SEED]
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from random_cases import gen_rows  # noqa: E402

DERIVED = [
    '.withColumn("band", when(col("value") < 30, "low").when(col("value") < 70, "mid").otherwise("high"))',
    '.selectExpr("timestamp", "category", "value", "CASE WHEN value > 50 THEN 1 ELSE 0 END AS big", "value * 2 AS v2")',
    '.withColumn("cat_up", upper(col("category")))',
    '.withColumn("v10", round_(col("value") / 10, 1))',
]


def make(rng):
    lines = ["from pyspark.sql.functions import col, window, session_window, count, avg, sum as sum_, min as min_, max as max_, lit, when, upper, round as round_, expr"]
    per_step_files = rng.choice([1, 1, 3])
    opt = '.option("maxFilesPerTrigger", 1)' if per_step_files > 1 else ""
    lines.append('df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE, id LONG")%s.load(INPUT)' % opt)
    cur = "df"
    wm = rng.random() < 0.75
    if wm:
        cur += '.withWatermark("timestamp", "%d minutes")' % rng.choice([1, 2, 4])
    d = rng.choice(DERIVED + [""])
    cur += d
    if rng.random() < 0.4:
        cur += rng.choice(['.filter("value IS NOT NULL AND value BETWEEN 5 AND 95")', '.where(col("category") != "toys")', '.filter(~col("category").isin("games"))'])
    if rng.random() < 0.25:
        lines.insert(1, 'dims = spark.createDataFrame([("books", 1), ("music", 2), ("sports", 3)], "category STRING, rank INT")')
        cur += '.join(dims, "category", "%s")' % rng.choice(["inner", "left_outer"])
    keyset = []
    wkind = rng.random()
    if wkind < 0.3:
        keyset.append('window("timestamp", "%d minutes")' % rng.choice([3, 5]))
    elif wkind < 0.5:
        keyset.append('window("timestamp", "6 minutes", "3 minutes", "%d minute")' % rng.choice([1, 2]))
    elif wkind < 0.7:
        keyset.append('session_window("timestamp", "%d minutes")' % rng.choice([1, 2]))
    extra = rng.choice(['"category"', '(col("value") > 50).alias("big")', None, '"category"'])
    if extra and not ("band" in extra and "band" not in d):
        keyset.append(extra)
    if not keyset:
        keyset.append('"category"')
    aggs = rng.sample(['count("*").alias("n")', 'avg("value").alias("a")', 'sum_("value").alias("s")', 'max_("timestamp").alias("last")', 'min_("value").alias("lo")'], rng.randint(1, 3))
    cur += '.groupBy(%s).agg(%s)' % (", ".join(keyset), ", ".join(aggs))
    if rng.random() < 0.2 and 'alias("n")' in cur:
        cur += '.where(col("n") >= 2)'
    session = "session_window" in cur
    has_time_key = wkind < 0.7
    r = rng.random()
    if session:
        mode = "append" if (wm and r < 0.6) else "complete"
    elif wm and has_time_key:
        mode = "append" if r < 0.4 else ("update" if r < 0.8 else "complete")
    else:
        mode = "update" if r < 0.6 else "complete"
    lines.append("result = " + cur)
    lines.append('OUTPUT_MODE = "%s"' % mode)
    steps = []
    for s in range(rng.randint(2, 5)):
        files = [gen_rows(rng, s * 240 + k * 80, 240, rng.randint(3, 9), rng.choice([0.0, 0.2]) if s else 0.0, 0.1, rng.choice([0.0, 0.1])) for k in range(per_step_files)]
        steps.append(files)
    return "\n".join(lines) + "\n", steps


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    for i in range(n):
        q, steps = make(rng)
        d = os.path.join(out, "random2_%d_%03d" % (seed, i))
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
