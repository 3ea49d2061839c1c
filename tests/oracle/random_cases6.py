#!/usr/bin/env python3
"""A sixth family of random streaming queries: SQL as users write it over a temporary view
of a stream — CTEs and derived tables, aggregates with FILTER (WHERE ...), a DISTINCT
aggregate (which Spark refuses on streams), expressions over aggregates (CASE, ratios, concat_ws), GROUP BY expressions,
ordinals and ALL, HAVING, sliding windows and `window.start`, joins with a static view
(inner and left outer, in SQL), a view of a deduplicated stream (dropDuplicates /
dropDuplicatesWithinWatermark), UNION ALL of two filters of the stream, stateless SELECTs
with WHERE over LIKE/IN/BETWEEN/rlike, and ORDER BY in complete mode. One file a step, so
each step is one micro-batch in Spark's recording. (No first()/last(): after the shuffle of a
deduplication Spark's answer depends on its partitions' order.)

    random_cases6.py OUT_DIR N [SEED] [--more]

`--more` (cases named random6_m<SEED>_NNN; a seed without it gives the cases it always gave)
leaves out the DISTINCT aggregate and adds what session 16 taught the engine: numeric
strings and bitwise operators in arithmetic (`'10' - qty`, `qty & 3`), `space`, fields of
`named_struct(...)`, comparisons with a boolean literal, IN lists with repeats, filters
that share a factor, and `first`/`last` with FILTER (WHERE ...) where no deduplication
or join comes before them (seed 6 was drawn by a draft that let a join come first).
"""
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone

BASE = datetime(2025, 9, 1, 12, 0, 0, tzinfo=timezone.utc)
REGIONS = ["eu", "us", "apac", "latam"]
CHANNELS = ["web", "app", "store"]
USERS = ["ann", "bob", "cy", "dee", "Eve", "f_x"]

HEAD = [
    'df = spark.readStream.format("json").schema("ts TIMESTAMP, id LONG, user STRING, region STRING, '
    'channel STRING, amount DOUBLE, qty INT, note STRING").load(INPUT)',
]
DIMS = ('spark.createDataFrame([("eu", "gold", 1.1), ("us", "silver", 0.9), ("apac", "gold", 1.3)], '
        '"region STRING, tier STRING, fx DOUBLE").createOrReplaceTempView("dims")')

# Derived columns a CTE or derived table adds: (SQL, name)
DERIVED = [
    ("CASE WHEN amount >= 50 THEN 'big' WHEN amount >= 10 THEN 'mid' ELSE 'small' END", "band"),
    ("upper(substr(user, 1, 1))", "initial"),
    ("qty * 2 + 1", "q2"),
    ("round(amount * 1.2, 2)", "gross"),
    ("coalesce(note, 'none')", "note2"),
    ("length(user) % 3", "ulen"),
    ("date_format(ts, 'HH')", "hr"),
    ("concat(region, ':', channel)", "rc"),
    ("amount > 20 AND qty > 1", "hot"),
    ("nvl(qty, 0) % 2 = 0", "even"),
]

WHERE = [
    "amount IS NOT NULL",
    "qty BETWEEN 1 AND 4",
    "region IN ('eu', 'us')",
    "user LIKE '%e%'",
    "channel <> 'store'",
    "user RLIKE '^[a-d]'",
    "NOT (region = 'apac' AND qty > 3)",
    "coalesce(note, '') NOT LIKE 'x%'",
    "amount > 5 OR qty IS NULL",
]

# Aggregate expressions (SQL), each with its alias; some use FILTER (WHERE ...).
AGGS = [
    ("count(*)", "cnt"),
    ("count(*) FILTER (WHERE amount > 50)", "nbig"),
    ("sum(qty) FILTER (WHERE channel = 'web')", "webq"),
    ("round(avg(amount), 3)", "avga"),
    ("round(sum(amount), 2)", "suma"),
    ("max(amount)", "maxa"),
    ("min(user)", "minu"),
    ("count(DISTINCT user)", "du"),
    ("approx_count_distinct(channel)", "acd"),
    ("max_by(user, amount)", "maxu"),
    ("round(sum(amount) / count(*), 2)", "per"),
    ("CASE WHEN count(*) > 3 THEN 'many' ELSE 'few' END", "howmany"),
    ("concat_ws('/', min(channel), max(channel))", "span"),
    ("max(qty) - min(qty)", "qrange"),
    ("array_sort(collect_set(channel))", "chans"),
    ("count(note)", "nnotes"),
    ("sum(CASE WHEN qty > 2 THEN 1 ELSE 0 END)", "q3"),
    ("bool_or(amount > 80)", "anyhuge"),
    ("round(stddev_samp(amount), 4)", "sd"),
    ("max(struct(amount, user)).user", "topuser"),
    ("count_if(note IS NULL)", "nonote"),
]

# Stateless projections for append-mode SELECTs.
PROJ = [
    "id", "user", "upper(region) AS r", "round(amount / nullif(qty, 0), 3) AS unit",
    "concat_ws('-', user, channel) AS uc", "initcap(user) AS iu", "ts + INTERVAL 1 HOUR AS later",
    "date_trunc('MINUTE', ts) AS minute", "CASE channel WHEN 'web' THEN 1 WHEN 'app' THEN 2 END AS ch",
    "abs(qty - 3) AS dq", "nvl2(note, 'y', 'n') AS hasnote", "greatest(qty, 2) AS g",
    "regexp_replace(user, '[aeiou]', '*') AS masked", "split_part(concat(region, '.', channel), '.', 2) AS part",
]

# `--more`: added to the lists above.
MORE = False
DERIVED_MORE = [
    ("qty & 3", "qbits"),
    ("'10' - qty", "qleft"),
    ("concat(space(qty % 3), user)", "padded"),
    ("named_struct('r', region, 'c', channel).c", "ch2"),
    ("(amount > 50) = true", "big"),
]
WHERE_MORE = [
    "qty IN (2, 2)",
    "(amount > 10) = true",
    "named_struct('a', amount, 'u', user).a > 30",
    "(region = 'eu' OR qty > 2) AND (channel = 'web' OR region = 'eu')",
    "(qty | 1) = 3",
    "'3' < qty",
]
AGGS_MORE = [
    ("sum(qty & 1)", "odd"),
    ("max(named_struct('a', amount, 'u', user)).u", "top2"),
    ("count(*) FILTER (WHERE qty IN (1, 1))", "ones"),
]
# first/last over what no deduplication or join reshuffled
AGGS_FIRST = [
    ("first(amount) FILTER (WHERE channel = 'web')", "fweb"),
    ("last(qty) FILTER (WHERE amount > 20)", "lq"),
]
PROJ_MORE = ["qty & 2 AS b2", "'3' + qty AS q3s", "space(qty) AS sp", "user IN ('bob', 'bob') AS isbob",
             "(qty > 2) = false AS small"]


def q(s):
    return json.dumps(s)


def ts(sec):
    return (BASE + timedelta(seconds=sec)).strftime("%Y-%m-%dT%H:%M:%SZ")


def rows(rng, start, n, late, nulls, next_id, dup):
    out = []
    for _ in range(n):
        t = start + rng.randint(0, 239)
        if rng.random() < late:
            t = max(0, start - rng.randint(60, 900))
        r = {"ts": ts(t), "id": next_id, "user": rng.choice(USERS), "region": rng.choice(REGIONS),
             "channel": rng.choice(CHANNELS), "amount": round(rng.uniform(0, 100), 2),
             "qty": rng.randint(0, 6), "note": rng.choice([None, "gift", "xmas", "", "rush"])}
        next_id += 1
        if dup and out and rng.random() < 0.3:
            prev = rng.choice(out)
            r["id"] = prev["id"]
            if rng.random() < 0.5:
                r["ts"] = prev["ts"]
        if rng.random() < nulls:
            r[rng.choice(["amount", "qty", "region", "user", "channel"])] = None
        out.append(r)
    return out, next_id


def make(rng):
    lines = list(HEAD)
    wm = rng.random() < 0.55
    wm_min = rng.choice([2, 5])
    src = "df"
    if wm:
        src += '.withWatermark("ts", "%d minutes")' % wm_min
    dedup = rng.random() < 0.2
    if dedup:
        if wm and rng.random() < 0.5:
            src += '.dropDuplicatesWithinWatermark(["id"])'
        elif wm:
            src += '.dropDuplicates(["id", "ts"])'
        else:
            src += '.dropDuplicates(["id"])'
    lines.append(src + '.createOrReplaceTempView("events")')
    shape = rng.random()
    where_pool = WHERE + WHERE_MORE if MORE else WHERE
    derived_pool = DERIVED + DERIVED_MORE if MORE else DERIVED
    proj_pool = PROJ + PROJ_MORE if MORE else PROJ
    aggs_pool = AGGS
    if MORE:
        aggs_pool = [a for a in AGGS if "DISTINCT" not in a[0]] + AGGS_MORE + ([] if dedup else AGGS_FIRST)
    where = " AND ".join(rng.sample(where_pool, rng.randint(0, 2)))
    mode = None
    if shape < 0.2 and not dedup:
        # A stateless SELECT (append), maybe over a derived table or a UNION ALL.
        proj = rng.sample(proj_pool, rng.randint(2, 4))
        if rng.random() < 0.3:
            a, b = rng.sample(where_pool, 2)
            frm = "(SELECT * FROM events WHERE %s UNION ALL SELECT * FROM events WHERE %s) u" % (a, b)
        elif rng.random() < 0.4:
            d = rng.choice(derived_pool)
            frm = "(SELECT *, %s AS %s FROM events) e" % d
            proj.append(d[1])
        else:
            frm = "events"
        sql = "SELECT %s FROM %s" % (", ".join(proj), frm)
        if where:
            sql += " WHERE " + where
        mode = "append"
    else:
        ders = rng.sample(derived_pool, rng.randint(0, 2))
        join = rng.random() < 0.25
        use_window = wm and rng.random() < 0.6
        cols = ["region", "channel", "user"] + [d[1] for d in ders]
        if join:
            lines.insert(1, DIMS)
            cols += ["tier"]
        key = rng.choice(cols)
        keys = []
        if use_window:
            w = rng.choice(["window(ts, '10 minutes')", "window(ts, '10 minutes', '5 minutes')",
                            "window(ts, '4 minutes')"])
            keys.append(w)
        keys.append(key)
        # (first/last after a join's shuffle follow Spark's partitions too)
        pool = [a for a in aggs_pool if not (join and a in AGGS_FIRST)]
        aggs = rng.sample(pool, rng.randint(1, 3))
        body = "events"
        if ders:
            body = "(SELECT *, %s FROM events)" % ", ".join("%s AS %s" % d for d in ders)
        cte = rng.random() < 0.35
        pre = ""
        where_sql = (" WHERE " + where) if where else ""
        if cte:
            src_sql = body if body == "events" else body + " ev"
            pre = "WITH base AS (SELECT * FROM %s%s) " % (src_sql, where_sql)
            body, where_sql = "base", ""
        elif join and where:
            # the static view has a region too: filter the stream before the join
            body = "(SELECT * FROM %s%s)" % (body if body == "events" else body + " ev", where_sql)
            where_sql = ""
        if join:
            kind = rng.choice(["JOIN", "LEFT JOIN"])
            frm = "%s b %s dims d ON b.region = d.region" % (body, kind)
            keys = ["d.tier" if k == "tier" else ("b.%s" % k if k == "region" else k) for k in keys]
        else:
            frm = body if body in ("events", "base") else body + " ev"
        sel_keys = []
        for k in keys:
            if k.startswith("window("):
                if rng.random() < 0.5:
                    sel_keys.append("%s AS w" % k)
                else:
                    sel_keys.append("%s.start AS wstart" % k)
            else:
                sel_keys.append(k)
        group_by = ", ".join(keys)
        if rng.random() < 0.2 and not any(k.startswith("window(") for k in keys):
            group_by = ", ".join(str(i + 1) for i in range(len(keys)))
        elif rng.random() < 0.15:
            group_by = "ALL"
        sql = "%sSELECT %s, %s FROM %s%s GROUP BY %s" % (
            pre, ", ".join(sel_keys), ", ".join("%s AS %s" % a for a in aggs), frm, where_sql, group_by)
        if rng.random() < 0.25:
            sql += " HAVING count(*) > %d" % rng.choice([1, 2])
        r = rng.random()
        if use_window:
            mode = "append" if r < 0.4 else ("update" if r < 0.8 else "complete")
        else:
            mode = "update" if r < 0.6 else "complete"
        if mode == "complete" and rng.random() < 0.5:
            sql += " ORDER BY %s DESC NULLS LAST" % aggs[0][1]
    lines.append("result = spark.sql(%s)" % q(sql))
    lines.append('OUTPUT_MODE = "%s"' % mode)
    nsteps = rng.randint(2, 5)
    late = rng.choice([0.0, 0.1, 0.25])
    nulls = rng.choice([0.0, 0.15])
    steps = []
    next_id = 1
    for s in range(nsteps):
        rs, next_id = rows(rng, s * 240, rng.randint(3, 9), late if s else 0.0, nulls, next_id, dedup)
        steps.append(rs)
    return "\n".join(lines) + "\n", steps


def main():
    global MORE
    args = [a for a in sys.argv[1:] if a != "--more"]
    MORE = len(args) < len(sys.argv) - 1
    out, n = args[0], int(args[1])
    seed = int(args[2]) if len(args) > 2 else 1
    rng = random.Random(seed)
    for i in range(n):
        qtext, steps = make(rng)
        d = os.path.join(out, "random6_%s%d_%03d" % ("m" if MORE else "", seed, i))
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "query.py"), "w").write(qtext)
        for si, rs in enumerate(steps):
            sd = os.path.join(d, "steps", "%03d" % si)
            os.makedirs(sd, exist_ok=True)
            with open(os.path.join(sd, "part-%d.json" % si), "w") as f:
                for r in rs:
                    f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
