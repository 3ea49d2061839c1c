#!/usr/bin/env python3
"""A third family of random streaming queries, of the programming guide's stateful shapes:
stream-stream joins (every join type, equi-join plus an event-time range, watermarks on
both sides), aggregations after a join, chained window aggregations (`window_time`),
deduplication (within the watermark or with the event time) before an aggregation or a
join, unions of two streams, joins of two windowed aggregations, and the output modes
Spark refuses for them. Two streams read the same folder (`*a.json` and `*b.json`), one
file a step (the streams take turns), so that each step is one micro-batch in Spark's
recording.

    random_cases3.py OUT_DIR N [SEED]
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

BASE = datetime(2025, 3, 1, 10, 0, 0, tzinfo=timezone.utc)
CATS = ["x", "y", "z"]

HEAD = [
    "from pyspark.sql.functions import col, expr, window, window_time, count, sum as sum_, max as max_, min as min_, avg, lit",
    'A = spark.readStream.format("json").schema("aId INT, aTime TIMESTAMP, aVal DOUBLE, cat STRING").option("pathGlobFilter", "*a.json").load(INPUT)',
    'B = spark.readStream.format("json").schema("bId INT, bTime TIMESTAMP, bVal DOUBLE").option("pathGlobFilter", "*b.json").load(INPUT)',
]


def ts(sec):
    return (BASE + timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(rng, side, start, n, late, nulls):
    out = []
    for _ in range(n):
        t = start + rng.randint(0, 239)
        if rng.random() < late:
            t = max(0, start - rng.randint(60, 900))
        if side == "a":
            r = {"aId": rng.randint(0, 6), "aTime": ts(t), "aVal": round(rng.uniform(0, 10), 1), "cat": rng.choice(CATS)}
            if rng.random() < nulls:
                r["aVal"] = None
        else:
            r = {"bId": rng.randint(0, 6), "bTime": ts(t), "bVal": round(rng.uniform(0, 10), 1)}
            if rng.random() < nulls:
                r["bVal"] = None
        out.append(r)
    return out


def wm(rng, side):
    return '.withWatermark("%sTime", "%d minutes")' % (side, rng.choice([1, 2, 5, 10]))


def join_cond(rng):
    c = "aId = bId"
    r = rng.random()
    if r < 0.7:
        lo, hi = rng.choice([(0, 2), (0, 5), (1, 3)]), None
        c += " AND bTime >= aTime + interval %d minutes AND bTime <= aTime + interval %d minutes" % lo
    elif r < 0.85:
        c += " AND bTime BETWEEN aTime - interval %d minutes AND aTime + interval %d minutes" % (rng.choice([1, 2]), rng.choice([2, 4]))
    return c


def make(rng):
    lines = list(HEAD)
    shape = rng.choice(["join", "join", "join_agg", "chained", "dedup", "union", "agg_join", "dedup_join"])
    mode = "append"
    if shape in ("join", "join_agg", "dedup_join"):
        how = rng.choice(["inner", "leftOuter", "rightOuter", "fullOuter", "left_semi", "left_anti", "inner"])
        a = "A" + wm(rng, "a")
        b = "B" + (wm(rng, "b") if rng.random() < 0.9 else "")
        if shape == "dedup_join":
            a += rng.choice(['.dropDuplicatesWithinWatermark(["aId"])', '.dropDuplicates(["aId", "aTime"])'])
        cur = '%s.join(%s, expr("%s"), "%s")' % (a, b, join_cond(rng), how)
        if shape == "join_agg":
            cur += '.groupBy(window("aTime", "%d minutes")).agg(count("*").alias("n"), sum_("aVal").alias("s"))' % rng.choice([2, 5])
        elif rng.random() < 0.3:
            cur += '.where("aVal IS NULL OR aVal > 2")'
        if rng.random() < 0.12:
            mode = rng.choice(["update", "complete"])
    elif shape == "chained":
        cur = ('A' + wm(rng, "a") + '.groupBy(window("aTime", "%d minutes"), "cat").agg(count("*").alias("n"), sum_("aVal").alias("s"))' % rng.choice([1, 2])
               + '.groupBy(window(window_time(col("window")), "%d minutes")).agg(sum_("n").alias("total"), max_("s").alias("top"))' % rng.choice([4, 6]))
        if rng.random() < 0.15:
            mode = "update"
    elif shape == "dedup":
        d = rng.choice(['.dropDuplicatesWithinWatermark(["aId"])', '.dropDuplicatesWithinWatermark(["aId", "cat"])', '.dropDuplicates(["aId", "aTime"])', '.dropDuplicates(["cat", "aTime"])'])
        cur = "A" + wm(rng, "a") + d
        if rng.random() < 0.6:
            cur += '.groupBy(window("aTime", "%d minutes")).agg(count("*").alias("n"), min_("aVal").alias("lo"))' % rng.choice([2, 5])
            mode = rng.choice(["append", "append", "update"])
    elif shape == "union":
        lines.append('A2 = A.select(col("aId").alias("id"), col("aTime").alias("t"), col("aVal").alias("v"))')
        lines.append('B2 = B.select(col("bId").alias("id"), col("bTime").alias("t"), col("bVal").alias("v"))')
        cur = 'A2.union(B2).withWatermark("t", "%d minutes")' % rng.choice([1, 2, 5])
        cur += '.groupBy(window("t", "%d minutes")).agg(count("*").alias("n"), avg("v").alias("m"))' % rng.choice([2, 5])
        mode = rng.choice(["append", "update", "complete"])
    else:  # agg_join: a join of two windowed aggregations on their window
        size = rng.choice([2, 5])
        lines.append('aggA = A%s.groupBy(window("aTime", "%d minutes")).agg(count("*").alias("na"))' % (wm(rng, "a"), size))
        lines.append('aggB = B%s.groupBy(window("bTime", "%d minutes")).agg(sum_("bVal").alias("sb"))' % (wm(rng, "b"), size))
        cur = 'aggA.join(aggB, "window", "%s")' % rng.choice(["inner", "inner", "leftOuter"])
    lines.append("result = " + cur)
    lines.append('OUTPUT_MODE = "%s"' % mode)
    # One file a step (the harness moves a step's files in one by one while Spark's trigger
    # runs, so two files of a step may land in two micro-batches): the streams take turns,
    # and a step's rows are one micro-batch in Spark's recording too.
    nsteps = rng.randint(4, 7)
    late = rng.choice([0.0, 0.1, 0.2])
    nulls = rng.choice([0.0, 0.1])
    uses_b = "B" in cur or "B2" in cur or "aggB" in cur
    steps = []
    for s in range(nsteps):
        side = ("a" if s % 2 == 0 else "b") if uses_b else "a"
        if uses_b and rng.random() < 0.25:
            side = rng.choice("ab")
        start = (s // 2 if uses_b else s) * 240
        steps.append({side: rows(rng, side, start, rng.randint(2, 8), late if s > 1 else 0.0, nulls)})
    return "\n".join(lines) + "\n", steps


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    rng = random.Random(seed)
    for i in range(n):
        q, steps = make(rng)
        d = os.path.join(out, "random3_%d_%03d" % (seed, i))
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "query.py"), "w").write(q)
        for si, files in enumerate(steps):
            sd = os.path.join(d, "steps", "%03d" % si)
            os.makedirs(sd, exist_ok=True)
            for side, rs in files.items():
                with open(os.path.join(sd, "s%d-%s.json" % (si, side)), "w") as f:
                    for r in rs:
                        f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
