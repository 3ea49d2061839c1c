#!/usr/bin/env python3
"""A fifth family of random streaming queries: nested input (arrays of structs, maps,
structs) and what users do with it before an aggregation (explode, inline, element_at,
map lookups, higher-order functions), the aggregate function library in streaming state
(count_if, bool_and/or, percentile/median, variance and moments, corr/covar/regr_*,
bit_and/or/xor, count/sum DISTINCT, min_by/max_by over unique keys, sorted collect_list,
max of structs), written either with the Column API or as SQL over a temporary view of
the stream (`createOrReplaceTempView` + `spark.sql`). One file a step, so each step is one
micro-batch in Spark's recording.

    random_cases5.py OUT_DIR N [SEED] [--no-distinct]

`--no-distinct` leaves out count/sum DISTINCT, which Spark refuses on a stream (a seed without
it gives the cases it always gave, about one in five a recorded refusal); its cases are named
random5_n<SEED>_NNN.
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

BASE = datetime(2025, 6, 1, 8, 0, 0, tzinfo=timezone.utc)
SKUS = ["p1", "p2", "p3", "p4"]
REGIONS = ["eu", "us", "apac"]
KEYS = ["color", "size", "promo"]

SCHEMA = ("ts TIMESTAMP, id LONG, region STRING, amount DOUBLE, qty INT, "
          "items ARRAY<STRUCT<sku: STRING, qty: INT, price: DOUBLE>>, attrs MAP<STRING, STRING>, "
          "geo STRUCT<lat: DOUBLE, lon: DOUBLE>, flags INT")

HEAD = [
    "from pyspark.sql import functions as F",
    'df = spark.readStream.format("json").schema("%s").load(INPUT)' % SCHEMA,
]

# (Column API form, SQL form, column names it adds)
PRE = [
    ('.withColumn("item", F.explode("items")).withColumn("sku", F.col("item.sku")).withColumn("iq", F.col("item.qty"))',
     "explode(items) AS item", ["item", "sku", "iq"]),
    ('.withColumn("first_sku", F.element_at(F.col("items"), 1).getField("sku"))',
     "element_at(items, 1).sku AS first_sku", ["first_sku"]),
    ('.withColumn("color", F.coalesce(F.col("attrs").getItem("color"), F.lit("none")))',
     "coalesce(attrs['color'], 'none') AS color", ["color"]),
    ('.withColumn("nitems", F.size(F.col("items")))',
     "size(items) AS nitems", ["nitems"]),
    ('.withColumn("spend", F.aggregate(F.col("items"), F.lit(0.0), lambda acc, x: acc + x.qty * x.price))',
     "aggregate(items, 0D, (acc, x) -> acc + x.qty * x.price) AS spend", ["spend"]),
    ('.withColumn("cheap", F.size(F.filter(F.col("items"), lambda x: x.price < 5)))',
     "size(filter(items, x -> x.price < 5)) AS cheap", ["cheap"]),
    ('.withColumn("north", F.col("geo.lat") > 0)',
     "geo.lat > 0 AS north", ["north"]),
    ('.withColumn("nkeys", F.size(F.map_keys(F.col("attrs"))))',
     "size(map_keys(attrs)) AS nkeys", ["nkeys"]),
]

# (Column API, SQL) aggregate expressions, each aliased
AGGS = [
    ('F.count_if(F.col("amount") > 50).alias("big")', "count_if(amount > 50) AS big"),
    ('F.bool_and(F.col("qty") > 0).alias("allpos")', "bool_and(qty > 0) AS allpos"),
    ('F.bool_or(F.col("qty") > 3).alias("anybig")', "bool_or(qty > 3) AS anybig"),
    ('F.percentile(F.col("qty"), 0.5).alias("p50")', "percentile(qty, 0.5) AS p50"),
    ('F.median("amount").alias("med")', "median(amount) AS med"),
    ('F.round(F.var_pop("amount"), 6).alias("vp")', "round(var_pop(amount), 6) AS vp"),
    ('F.round(F.var_samp("qty"), 6).alias("vs")', "round(var_samp(qty), 6) AS vs"),
    ('F.round(F.skewness("amount"), 6).alias("sk")', "round(skewness(amount), 6) AS sk"),
    ('F.round(F.kurtosis("qty"), 6).alias("ku")', "round(kurtosis(qty), 6) AS ku"),
    ('F.round(F.corr("amount", "qty"), 6).alias("co")', "round(corr(amount, qty), 6) AS co"),
    ('F.round(F.covar_pop("amount", "qty"), 6).alias("cv")', "round(covar_pop(amount, qty), 6) AS cv"),
    ('F.round(F.regr_slope("amount", "qty"), 6).alias("sl")', "round(regr_slope(amount, qty), 6) AS sl"),
    ('F.bit_or("flags").alias("bo")', "bit_or(flags) AS bo"),
    ('F.bit_and("flags").alias("ba")', "bit_and(flags) AS ba"),
    ('F.bit_xor("flags").alias("bx")', "bit_xor(flags) AS bx"),
    ('F.count_distinct("qty").alias("dq")', "count(DISTINCT qty) AS dq"),
    ('F.sum_distinct("qty").alias("sq")', "sum(DISTINCT qty) AS sq"),
    ('F.max_by("id", "amount").alias("top")', "max_by(id, amount) AS top"),
    ('F.min_by("id", "id").alias("low")', "min_by(id, id) AS low"),
    ('F.array_sort(F.collect_list("qty")).alias("qs")', "array_sort(collect_list(qty)) AS qs"),
    ('F.max(F.struct("amount", "id")).alias("mx")', "max(struct(amount, id)) AS mx"),
    ('F.avg("qty").alias("aq")', "avg(qty) AS aq"),
    ('F.sum(F.col("amount").cast("decimal(10,2)")).alias("sd")', "sum(CAST(amount AS DECIMAL(10,2))) AS sd"),
    ('F.count("attrs").alias("na")', "count(attrs) AS na"),
    ('F.max(F.col("geo.lon")).alias("lon")', "max(geo.lon) AS lon"),
]


def ts(sec):
    return (BASE + timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(rng, start, n, late, nulls, next_id):
    out = []
    for _ in range(n):
        t = start + rng.randint(0, 239)
        if rng.random() < late:
            t = max(0, start - rng.randint(60, 900))
        items = [{"sku": rng.choice(SKUS), "qty": rng.randint(1, 4), "price": round(rng.uniform(1, 9), 2)}
                 for _ in range(rng.randint(0, 3))]
        attrs = {k: rng.choice(["red", "blue", "s", "m", "yes"]) for k in rng.sample(KEYS, rng.randint(0, 2))}
        r = {"ts": ts(t), "id": next_id, "region": rng.choice(REGIONS), "amount": round(rng.uniform(0, 100), 2),
             "qty": rng.randint(0, 6), "items": items, "attrs": attrs,
             "geo": {"lat": round(rng.uniform(-60, 60), 3), "lon": round(rng.uniform(-170, 170), 3)},
             "flags": rng.randint(0, 15)}
        next_id += 1
        if rng.random() < nulls:
            r[rng.choice(["amount", "qty", "items", "attrs", "geo", "region", "flags"])] = None
        out.append(r)
    return out, next_id


NO_DISTINCT = False


def make(rng):
    lines = list(HEAD)
    wm = rng.random() < 0.5
    pre = rng.sample(PRE, rng.randint(0, 2))
    added = [c for p in pre for c in p[2]]
    # an exploded item column cannot be grouped on; keep the scalar ones
    groupable = ["region"] + [c for c in added if c not in ("item",)]
    pool = [a for a in AGGS if "distinct" not in a[0]] if NO_DISTINCT else AGGS
    aggs = rng.sample(pool, rng.randint(1, 3))
    key = rng.choice(groupable)
    use_window = wm and rng.random() < 0.6
    sql = rng.random() < 0.5
    if use_window:
        r = rng.random()
        mode = "append" if r < 0.4 else ("update" if r < 0.8 else "complete")
    else:
        mode = "update" if rng.random() < 0.6 else "complete"
    if sql:
        src = "df"
        if wm:
            src += '.withWatermark("ts", "%d minutes")' % rng.choice([2, 5])
        lines.append(src + '.createOrReplaceTempView("events")')
        inner = "events"
        if pre:
            inner = "(SELECT *, %s FROM events) e" % ", ".join(p[1] for p in pre)
        keys = ["window(ts, '%d minutes')" % rng.choice([4, 10])] if use_window else []
        keys.append(key)
        sel = ", ".join(keys + [a[1] for a in aggs])
        q = "SELECT %s FROM %s GROUP BY %s" % (sel, inner, ", ".join(keys))
        if rng.random() < 0.2 and "big" in sel:
            q += " HAVING big > 0"
        lines.append('result = spark.sql("%s")' % q.replace('"', '\\"'))
    else:
        cur = "df"
        if wm:
            cur += '.withWatermark("ts", "%d minutes")' % rng.choice([2, 5])
        cur += "".join(p[0] for p in pre)
        keys = ['F.window("ts", "%d minutes")' % rng.choice([4, 10])] if use_window else []
        keys.append('"%s"' % key)
        cur += ".groupBy(%s).agg(%s)" % (", ".join(keys), ", ".join(a[0] for a in aggs))
        lines.append("result = " + cur)
    lines.append('OUTPUT_MODE = "%s"' % mode)
    nsteps = rng.randint(2, 5)
    late = rng.choice([0.0, 0.1, 0.25])
    nulls = rng.choice([0.0, 0.15])
    steps = []
    next_id = 1
    for s in range(nsteps):
        rs, next_id = rows(rng, s * 240, rng.randint(3, 9), late if s else 0.0, nulls, next_id)
        steps.append(rs)
    return "\n".join(lines) + "\n", steps


def main():
    global NO_DISTINCT
    args = [a for a in sys.argv[1:] if a != "--no-distinct"]
    NO_DISTINCT = len(args) < len(sys.argv) - 1
    out, n = args[0], int(args[1])
    seed = int(args[2]) if len(args) > 2 else 1
    rng = random.Random(seed)
    for i in range(n):
        q, steps = make(rng)
        d = os.path.join(out, "random5_%s%d_%03d" % ("n" if NO_DISTINCT else "", seed, i))
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
