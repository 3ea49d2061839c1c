#!/usr/bin/env python3
"""A fourth family of random streaming queries: the DataFrame calls users chain around an
aggregation — explode of split strings, struct columns and their fields, na.fill/dropna,
renames and drops, expressions as grouping keys, arithmetic over aggregates, collect_list/
collect_set/first/last/stddev/approx_count_distinct, filters after aggregations, sort in
complete mode, dropDuplicates without a watermark, and a stream unioned with a
filtered copy of itself. One file a step, so each step is one micro-batch in Spark's
recording.

    random_cases4.py OUT_DIR N [SEED]
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

BASE = datetime(2025, 3, 1, 10, 0, 0, tzinfo=timezone.utc)
CATS = ["books", "music", "games"]
TAGS = ["a", "b", "c", "a,b", "b,c", "", None]

HEAD = [
    "from pyspark.sql import functions as F",
    'df = spark.readStream.format("json").schema("ts TIMESTAMP, cat STRING, v DOUBLE, n LONG, tags STRING").load(INPUT)',
]

PRE = [
    '.withColumn("tag", F.explode(F.split(F.col("tags"), ",")))',
    '.withColumn("s", F.struct(F.col("cat").alias("c"), (F.col("n") % 3).alias("m"))).select("ts", "v", "n", "s", F.col("s.c").alias("cat"), "tags")',
    '.na.fill({"v": 0.0, "cat": "none"})',
    '.dropna(subset=["v"])',
    '.withColumnRenamed("n", "k").withColumn("n", F.col("k") * 2).drop("k")',
    '.withColumn("band", F.when(F.col("v") < 3, "lo").when(F.col("v") < 7, "mid").otherwise("hi"))',
    '.filter(F.coalesce(F.col("v"), F.lit(0.0)) > 1.5)',
    '.selectExpr("ts", "cat", "v", "n", "tags", "CASE WHEN n % 2 = 0 THEN \'even\' ELSE \'odd\' END AS parity")',
]

AGGS = [
    'F.count("*").alias("cnt")',
    'F.sum("v").alias("sv")',
    '(F.sum("v") / F.count("*")).alias("mean")',
    'F.max("n").alias("mx")',
    'F.array_sort(F.collect_list("n")).alias("ns")',
    'F.array_sort(F.collect_set("cat")).alias("cats")',
    'F.approx_count_distinct("cat").alias("dc")',
    'F.round(F.stddev("v"), 3).alias("sd")',
    'F.min(F.struct("v", "n")).alias("lo")',
    'F.sum(F.when(F.col("v") > 5, 1).otherwise(0)).alias("big")',
]


def ts(sec):
    return (BASE + timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(rng, start, n, late, nulls):
    out = []
    for _ in range(n):
        t = start + rng.randint(0, 179)
        if rng.random() < late:
            t = max(0, start - rng.randint(60, 600))
        r = {"ts": ts(t), "cat": rng.choice(CATS), "v": round(rng.uniform(0, 10), 1), "n": rng.randint(0, 9), "tags": rng.choice(TAGS)}
        if rng.random() < nulls:
            r[rng.choice(["v", "cat", "n"])] = None
        out.append(r)
    return out


def make(rng):
    lines = list(HEAD)
    cur = "df"
    wm = rng.random() < 0.5
    if wm:
        cur += '.withWatermark("ts", "%d minutes")' % rng.choice([1, 3, 5])
    pre = rng.sample(PRE, rng.randint(0, 2))
    cur += "".join(pre)
    cols = "ts cat v n tags".split()
    if "tag" in "".join(pre):
        cols.append("tag")
    if '"band"' in "".join(pre):
        cols.append("band")
    if "parity" in "".join(pre):
        cols.append("parity")
    shape = rng.random()
    mode = "update"
    if shape < 0.15:
        # stateless
        cur += '.select(%s)' % ", ".join('"%s"' % c for c in rng.sample([c for c in cols if c != "tags"], 2))
        mode = "append"
    elif shape < 0.25:
        d = rng.choice(['["cat"]', '["cat", "n"]', '["n"]'])
        cur += '.dropDuplicates(%s)' % d
        if wm:
            cur = cur.replace('.dropDuplicates(%s)' % d, '.dropDuplicates(%s)' % d.replace("]", ', "ts"]'))
        mode = "append"
    elif shape < 0.35:
        lines.append("other = df.filter(F.col(\"v\") > 5).withColumn(\"cat\", F.upper(\"cat\"))")
        cur = "df.select(\"cat\", \"v\").union(other.select(\"cat\", \"v\"))"
        cur += '.groupBy("cat").agg(%s)' % ", ".join(rng.sample(AGGS[:4], 2))
        mode = rng.choice(["update", "complete"])
    else:
        keys = []
        if wm and rng.random() < 0.6:
            keys.append('F.window("ts", "%d minutes")' % rng.choice([2, 5]))
        extra = [c for c in ["cat", "tag", "band", "parity"] if c in cols]
        keys.append(rng.choice(['"%s"' % rng.choice(extra), 'F.expr("n %% %d").alias("g")' % rng.choice([2, 3])]))
        aggs = rng.sample(AGGS, rng.randint(1, 3))
        cur += '.groupBy(%s).agg(%s)' % (", ".join(keys), ", ".join(aggs))
        r = rng.random()
        if any("window" in k for k in keys):
            mode = "append" if r < 0.4 else ("update" if r < 0.8 else "complete")
        else:
            mode = "update" if r < 0.6 else "complete"
        if rng.random() < 0.25 and 'alias("cnt")' in cur:
            cur += '.filter(F.col("cnt") > 1)'
        if mode == "complete" and rng.random() < 0.5:
            first = aggs[0].rsplit('alias("', 1)[1].rstrip('")')
            cur += '.orderBy(F.col("%s").desc_nulls_last())' % first
    lines.append("result = " + cur)
    lines.append('OUTPUT_MODE = "%s"' % mode)
    nsteps = rng.randint(2, 5)
    late = rng.choice([0.0, 0.1, 0.25])
    nulls = rng.choice([0.0, 0.15])
    steps = [rows(rng, s * 180, rng.randint(3, 9), late if s else 0.0, nulls) for s in range(nsteps)]
    return "\n".join(lines) + "\n", steps


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    for i in range(n):
        q, steps = make(rng)
        d = os.path.join(out, "random4_%d_%03d" % (seed, i))
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "query.py"), "w").write(q)
        for si, rs in enumerate(steps):
            sd = os.path.join(d, "steps", "%03d" % si)
            os.makedirs(sd, exist_ok=True)
            with open(os.path.join(sd, "part-%d.json" % si), "w") as f:
                for r in rs:
                    f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
