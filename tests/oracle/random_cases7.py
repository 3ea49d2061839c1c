#!/usr/bin/env python3
"""A seventh family of random streaming queries: more than one stateful step, or two streams.

- stream-stream joins of two file streams in one folder (`pathGlobFilter` splits them): inner,
  left/right/full outer, left semi (and the refused left anti; not `cross` with a condition, which
  fails inside Spark 4.3 with an internal `requirement failed`), written as an expr()
  string or Column conditions, with or without watermarks on each side, a time-range condition
  (BETWEEN, >=/<=, strict bounds, lower bound only, none) and sometimes a non-key value
  condition; then a projection, or an aggregation after the join (a window over one side's
  event time, or a key count in update mode);
- windowed aggregations on both streams joined on the window column;
- chained aggregations: a window over window_time(window) of a first windowed count;
- deduplication then aggregation: dropDuplicates on (key, time) or dropDuplicatesWithinWatermark
  on the key, then a time window or a session window;
- session windows (fixed gap) by key, append and update, and a window over
  window_time(session_window);
- joins in SQL over temporary views (JOIN, LEFT/RIGHT/FULL OUTER, LEFT SEMI/ANTI);
- both streams tumbled into windows and joined on the window column;
- deduplicated streams joined, and the union of the two streams aggregated;
- (seed 3 on) a third stream joined to a join, a stream joined with itself, Spark's
  `multipleWatermarkPolicy` = max now and then, a stream with no rows in a step, times with seconds;
- join then deduplication, a join after an aggregation, outer joins in update mode, complete
  mode: Spark's refusals are cases too.

Rows are small (keys 1-4, minute timestamps, a few late rows, some NULL values), one file per
stream a step, so each step is one micro-batch in Spark's recording. Duplicates that a dedup must
drop are exact copies, so the row kept does not depend on Spark's partitions.

    random_cases7.py OUT_DIR N [--seed SEED] [--guide]

`--guide` (cases named random7_g<SEED>_NNN; a seed without it gives the cases it always gave)
draws only the programming guide's shapes the draws above miss: a join then
dropDuplicatesWithinWatermark, a windowed aggregation joined with a stream (inner, outer, left
semi), a left semi or left anti join of a join with a third stream on the right input's columns
(Spark pushes it to the right branch) or the left one's, a join's result joined with a static
DataFrame (left anti and left semi), and chains of three stateful steps (dedup, window, window
over window_time).

(tests/oracle/cases/random7_1_* were made by the first version of this file, before the SQL,
window-key, dedup-join, union and session-chain shapes were added; random7_2_* by the second,
before the three-stream/self-join shapes; seeds 3 and up by this one.)
"""
import argparse
import json
import os
import random
from datetime import datetime, timedelta, timezone

BASE = datetime(2025, 10, 1, 9, 0, 0, tzinfo=timezone.utc)
NAMES = ["ann", "bob", "cy", "dee"]

LEFT = ('left = spark.readStream.format("json").schema("lk INT, lt TIMESTAMP, lv INT, lname STRING")'
        '.option("pathGlobFilter", "*-l.json").load(INPUT)')
RIGHT = ('right = spark.readStream.format("json").schema("rk INT, rt TIMESTAMP, rv INT, rname STRING")'
         '.option("pathGlobFilter", "*-r.json").load(INPUT)')
ONE = 'df = spark.readStream.format("json").schema("k INT, ts TIMESTAMP, v INT, s STRING").load(INPUT)'
IMPORTS = ("from pyspark.sql.functions import expr, col, window, window_time, session_window, "
           "count, sum as sum_, max as max_, min as min_, avg, lit")

DELAYS = ["0 seconds", "5 minutes", "10 minutes", "20 minutes", "1 hour"]
HOWS = {
    "inner": ["inner", "inner", "inner"],
    "left": ["left", "left_outer", "leftouter"],
    "right": ["right", "right_outer", "rightouter"],
    "full": ["full", "full_outer", "outer", "fullouter"],
    "semi": ["left_semi", "leftsemi", "semi"],
    "anti": ["left_anti", "anti"],
    }


def ts(minutes):
    return (BASE + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def side_rows(rng, prefix, start, n, late, nulls, secs=False):
    rows = []
    for _ in range(n):
        m = start + rng.randint(0, 25)
        if rng.random() < late:
            m -= rng.randint(20, 70)
        if secs:
            m += rng.choice([0, 0, 1, 59]) / 60.0
        r = {prefix + "k": rng.randint(1, 4), prefix + "t": ts(m),
             prefix + "v": None if rng.random() < nulls else rng.randint(0, 9),
             prefix + "name": rng.choice(NAMES)}
        rows.append(r)
    return rows


def one_rows(rng, start, n, late, nulls, dups):
    rows = []
    for _ in range(n):
        m = start + rng.randint(0, 25)
        if rng.random() < late:
            m -= rng.randint(15, 60)
        r = {"k": rng.randint(1, 4), "ts": ts(m), "v": None if rng.random() < nulls else rng.randint(0, 9),
             "s": rng.choice(NAMES)}
        rows.append(r)
        if rng.random() < dups:
            rows.append(dict(r))
    if dups and rows and rng.random() < 0.5:
        # an exact copy of an earlier step's row may come again later (dedup across batches)
        rows.append(dict(rng.choice(rows)))
    return rows


def time_cond(rng):
    """A time-range condition between rt and lt, as (expr string, Column text)."""
    a, b = rng.choice([5, 10, 15, 30]), rng.choice([10, 20, 30, 60])
    kind = rng.choice(["between", "range", "strict", "lower", "none", "range"])
    if kind == "between":
        return ("rt BETWEEN lt AND lt + interval %d minutes" % b,
                'col("rt").between(col("lt"), col("lt") + expr("interval %d minutes"))' % b)
    if kind == "range":
        return ("rt >= lt AND rt <= lt + interval %d minutes" % b,
                '(col("rt") >= col("lt")) & (col("rt") <= col("lt") + expr("interval %d minutes"))' % b)
    if kind == "strict":
        return ("rt > lt - interval %d minutes AND rt < lt + interval %d minutes" % (a, b),
                '(col("rt") > col("lt") - expr("interval %d minutes")) & (col("rt") < col("lt") + expr("interval %d minutes"))' % (a, b))
    if kind == "lower":
        return ("rt >= lt - interval %d minutes" % a, '(col("rt") >= col("lt") - expr("interval %d minutes"))' % a)
    return (None, None)


def make_join(rng, lines):
    lines += [LEFT, RIGHT]
    how_kind = rng.choices(list(HOWS), weights=[5, 4, 3, 3, 3, 1])[0]
    how = rng.choice(HOWS[how_kind])
    wl = rng.random() < 0.8
    wr = rng.random() < 0.8
    if wl:
        lines.append('left = left.withWatermark("lt", "%s")' % rng.choice(DELAYS))
    if wr:
        lines.append('right = right.withWatermark("rt", "%s")' % rng.choice(DELAYS))
    if rng.random() < 0.3:
        lines.append("left = left.where(%s)" % rng.choice(['"lv IS NULL OR lv < 8"', 'col("lname") != "dee"', '"lk < 4"']))
    tc_expr, tc_col = time_cond(rng)
    extra = rng.random() < 0.25
    if rng.random() < 0.5:
        parts = ["rk = lk"]
        if tc_expr:
            parts.append(tc_expr)
        if extra:
            parts.append(rng.choice(["rv >= lv", "rname <> lname", "rv + lv < 12"]))
        cond = 'expr("%s")' % " AND ".join(parts)
    else:
        parts = ['(col("rk") == col("lk"))']
        if tc_col:
            parts.append(tc_col)
        if extra:
            parts.append(rng.choice(['(col("rv") >= col("lv"))', '(col("rname") != col("lname"))']))
        cond = " & ".join(parts)
    lines.append('joined = left.join(right, %s, "%s")' % (cond, how))
    after = rng.random()
    mode = "append"
    if after < 0.45:
        if how_kind in ("semi", "anti"):
            cols = ['"lk"', '"lt"', '"lname"', 'expr("lv * 2 AS lv2")']
        else:
            cols = ['"lk"', '"lt"', '"rt"', '"lname"', '"rname"', 'expr("coalesce(lv, -1) + coalesce(rv, -1) AS vsum")',
                    'expr("rk IS NULL AS unmatched")']
        picked = rng.sample(cols, rng.randint(2, len(cols)))
        lines.append("result = joined.select(%s)" % ", ".join(picked))
    elif after < 0.75:
        tcol = "lt" if how_kind in ("inner", "left", "semi", "anti") or rng.random() < 0.3 else "rt"
        w = rng.choice(["10 minutes", "30 minutes", "1 hour"])
        aggs = ['count("*").alias("n")']
        if how_kind not in ("semi", "anti"):
            aggs.append(rng.choice(['sum_("rv").alias("srv")', 'max_("rname").alias("mx")', 'count("rk").alias("nr")']))
        else:
            aggs.append('sum_("lv").alias("slv")')
        lines.append('result = joined.groupBy(window("%s", "%s")).agg(%s)' % (tcol, w, ", ".join(aggs)))
        mode = rng.choice(["append", "append", "update"])
    elif after < 0.85:
        lines.append('result = joined.groupBy("lk").agg(count("*").alias("n"))')
        mode = rng.choice(["update", "complete", "append"])
    elif after < 0.92:
        lines.append('result = joined.dropDuplicates(["lk"])')
    else:
        lines.append("result = joined")
    r = rng.random()
    if r < 0.07:
        mode = "update"
    elif r < 0.1:
        mode = "complete"
    lines.append('OUTPUT_MODE = "%s"' % mode)
    return two_steps(rng)


def two_steps(rng, third=False):
    """Steps of two (or three) streams; now and then a stream has no rows in a step, and times
    may carry seconds (a row a second inside or outside a bound)."""
    steps = []
    late = rng.choice([0.0, 0.1, 0.25])
    nulls = rng.choice([0.0, 0.15])
    secs = rng.random() < 0.3
    for s in range(rng.randint(3, 5)):
        n_l = 0 if s and rng.random() < 0.12 else rng.randint(2, 6)
        n_r = 0 if s and rng.random() < 0.12 else rng.randint(2, 6)
        files = {
            "a-l.json": side_rows(rng, "l", s * 20, n_l, late if s else 0.0, nulls, secs),
            "a-r.json": side_rows(rng, "r", s * 20 + rng.choice([0, 5, 10]), n_r, late if s else 0.0, nulls, secs),
        }
        if third:
            files["a-m.json"] = side_rows(rng, "m", s * 20, rng.randint(1, 4), late if s else 0.0, 0.0, secs)
        steps.append(files)
    return steps


def make_agg_join_agg(rng, lines):
    lines += [LEFT, RIGHT]
    w = rng.choice(["10 minutes", "20 minutes"])
    d = rng.choice(DELAYS[:4])
    by_key = rng.random() < 0.4
    lk = ', "lk"' if by_key else ""
    rk = ', "rk"' if by_key else ""
    lines.append('la = left.withWatermark("lt", "%s").groupBy(window("lt", "%s")%s).agg(count("*").alias("nl"))' % (d, w, lk))
    lines.append('ra = right.withWatermark("rt", "%s").groupBy(window("rt", "%s")%s).agg(sum_("rv").alias("sr"))' % (d, w, rk))
    how = rng.choice(["inner", "inner", "left", "full"])
    if by_key:
        lines.append('result = la.join(ra.withColumnRenamed("rk", "lk"), ["window", "lk"], "%s")' % how)
    else:
        lines.append('result = la.join(ra, "window", "%s")' % how)
    lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "append", "update"]))
    return two_steps(rng)


def one_steps(rng, dups=0.0):
    steps = []
    late = rng.choice([0.0, 0.1, 0.25])
    nulls = rng.choice([0.0, 0.15])
    for s in range(rng.randint(3, 5)):
        steps.append({"a.json": one_rows(rng, s * 20, rng.randint(3, 8), late if s else 0.0, nulls, dups)})
    return steps


def make_window_time(rng, lines):
    lines.append(ONE)
    d = rng.choice(DELAYS[:4])
    w1 = rng.choice(["5 minutes", "10 minutes"])
    slide = rng.random() < 0.25
    w1s = '"%s", "5 minutes"' % w1 if slide and w1 == "10 minutes" else '"%s"' % w1
    key = rng.random() < 0.5
    k = ', "k"' if key else ""
    lines.append('first = df.withWatermark("ts", "%s").groupBy(window("ts", %s)%s).agg(count("*").alias("cnt"), sum_("v").alias("sv"))'
                 % (d, w1s, k))
    w2 = rng.choice(["20 minutes", "30 minutes", "1 hour"])
    second_key = ', "k"' if key and rng.random() < 0.6 else ""
    aggs = rng.sample(['sum_("cnt").alias("total")', 'max_("sv").alias("msv")', 'count("*").alias("nwin")',
                       'min_(col("window.start")).alias("first_start")'], rng.randint(1, 3))
    lines.append('result = first.groupBy(window(window_time(col("window")), "%s")%s).agg(%s)' % (w2, second_key, ", ".join(aggs)))
    lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "append", "append", "update"]))
    return one_steps(rng)


def make_dedup_agg(rng, lines):
    lines.append(ONE)
    d = rng.choice(DELAYS[:4])
    within = rng.random() < 0.45
    lines.append('wm = df.withWatermark("ts", "%s")' % d)
    if within:
        lines.append('dd = wm.dropDuplicatesWithinWatermark(%s)' % rng.choice(['["k"]', '["k", "s"]', '["s"]']))
    else:
        lines.append('dd = wm.dropDuplicates(%s)' % rng.choice(['["k", "ts"]', '["k", "ts", "s"]', '']))
    kind = rng.random()
    if kind < 0.55:
        w = rng.choice(['"10 minutes"', '"20 minutes"', '"10 minutes", "5 minutes"'])
        k = ', "k"' if rng.random() < 0.4 else ""
        lines.append('result = dd.groupBy(window("ts", %s)%s).agg(count("*").alias("n"), sum_("v").alias("sv"))' % (w, k))
    elif kind < 0.8:
        gap = rng.choice(["5 minutes", "10 minutes"])
        lines.append('result = dd.groupBy(session_window("ts", "%s"), "k").agg(count("*").alias("n"))' % gap)
    else:
        lines.append('result = dd.groupBy("k").agg(count("*").alias("n"))')
        lines.append('OUTPUT_MODE = "%s"' % rng.choice(["update", "complete", "append"]))
        return one_steps(rng, dups=0.3)
    lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "append", "update"]))
    return one_steps(rng, dups=0.3)


def make_session(rng, lines):
    lines.append(ONE)
    d = rng.choice(DELAYS[:4])
    gap = rng.choice(['"5 minutes"', '"10 minutes"', '"7 minutes"',
                      'expr("CASE WHEN k = 1 THEN interval 3 minutes ELSE interval 10 minutes END")',
                      'expr("CASE WHEN k = 1 THEN \'3 minutes\' WHEN v > 5 THEN \'4 minutes\' ELSE \'10 minutes\' END")'])
    k = rng.choice(['"k"', '"s"', '"k"'])
    aggs = rng.sample(['count("*").alias("n")', 'sum_("v").alias("sv")', 'max_("v").alias("mv")',
                       'min_("ts").alias("first_ts")', 'avg("v").alias("av")'], rng.randint(1, 3))
    w = rng.random() < 0.3
    src = 'df.withWatermark("ts", "%s")' % d
    if w:
        src += '.where("v IS NULL OR v > 1")'
    lines.append('result = %s.groupBy(session_window("ts", %s), %s).agg(%s)' % (src, gap, k, ", ".join(aggs)))
    if rng.random() < 0.3:
        lines.append('result = result.select(col("session_window.start").alias("ss"), '
                     'col("session_window.end").alias("se"), *[c for c in result.columns if c != "session_window"])')
    lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "update", "append", "complete"]))
    return one_steps(rng)


def make_join_sql(rng, lines):
    """The join written in SQL over two temporary views."""
    lines += [LEFT, RIGHT]
    lines.append('left.withWatermark("lt", "%s").createOrReplaceTempView("l")' % rng.choice(DELAYS))
    lines.append('right.withWatermark("rt", "%s").createOrReplaceTempView("r")' % rng.choice(DELAYS))
    kind = rng.choice(["JOIN", "INNER JOIN", "LEFT JOIN", "LEFT OUTER JOIN", "RIGHT JOIN", "FULL OUTER JOIN",
                       "LEFT SEMI JOIN", "LEFT ANTI JOIN"])
    b = rng.choice([10, 15, 30])
    on = rng.choice(["r.rk = l.lk AND r.rt BETWEEN l.lt AND l.lt + INTERVAL %d MINUTES" % b,
                     "l.lk = r.rk AND r.rt >= l.lt - INTERVAL 5 MINUTES AND r.rt <= l.lt + INTERVAL '%d' MINUTE" % b,
                     "l.lk = r.rk AND l.lt BETWEEN r.rt - INTERVAL %d MINUTES AND r.rt" % b,
                     "l.lk = r.rk"])
    semi = "SEMI" in kind or "ANTI" in kind
    if rng.random() < 0.4:
        sel = ("window(l.lt, '20 minutes').start AS ws, count(*) AS n" if semi else
               "window(l.lt, '20 minutes').start AS ws, count(*) AS n, count(r.rk) AS nr")
        sql = "SELECT %s FROM l %s r ON %s GROUP BY window(l.lt, '20 minutes')" % (sel, kind, on)
    else:
        sel = "l.lk, l.lt, l.lname" if semi else "l.lk, l.lt, r.rt, l.lv + r.rv AS vs, r.rname"
        sql = "SELECT %s FROM l %s r ON %s" % (sel, kind, on)
    lines.append('result = spark.sql("%s")' % sql)
    lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "append", "append", "update"]))
    return two_steps(rng)


def make_window_key_join(rng, lines):
    """Both sides tumbled into windows, joined on the window (a watermarked join key)."""
    lines += [LEFT, RIGHT]
    w = rng.choice(["10 minutes", "20 minutes"])
    d1, d2 = rng.choice(DELAYS[:4]), rng.choice(DELAYS[:4])
    lines.append('lw = left.withWatermark("lt", "%s").select("lk", "lv", window("lt", "%s").alias("w"))' % (d1, w))
    lines.append('rw = right.withWatermark("rt", "%s").select("rk", "rv", window("rt", "%s").alias("w2"))' % (d2, w))
    how = rng.choice(["inner", "left", "right", "full", "left_semi"])
    cond = rng.choice(['(col("w") == col("w2")) & (col("lk") == col("rk"))', 'col("w") == col("w2")'])
    lines.append('result = lw.join(rw, %s, "%s")' % (cond, how))
    if rng.random() < 0.3:
        lines.append('result = result.select(col("w.start").alias("ws"), *[c for c in result.columns if c not in ("w", "w2")])')
    lines.append('OUTPUT_MODE = "append"')
    return two_steps(rng)


def make_dedup_join(rng, lines):
    """Deduplicated streams joined, or a union of the two streams aggregated."""
    lines += [LEFT, RIGHT]
    d = rng.choice(DELAYS[:4])
    if rng.random() < 0.5:
        lines.append('ld = left.withWatermark("lt", "%s").dropDuplicates(["lk", "lt"])' % d)
        lines.append('rd = right.withWatermark("rt", "%s").%s' % (
            d, rng.choice(['dropDuplicates(["rk", "rt"])', 'dropDuplicatesWithinWatermark(["rk"])', 'where("rv IS NOT NULL")'])))
        how = rng.choice(["inner", "left", "full"])
        lines.append('result = ld.join(rd, expr("rk = lk AND rt BETWEEN lt - interval 10 minutes AND lt + interval 20 minutes"), "%s")' % how)
        lines.append('OUTPUT_MODE = "append"')
    else:
        lines.append('u = left.select(col("lk").alias("k"), col("lt").alias("t"), col("lv").alias("v"))'
                     '.unionByName(right.select(col("rk").alias("k"), col("rt").alias("t"), col("rv").alias("v")))')
        lines.append('u = u.withWatermark("t", "%s")' % d)
        if rng.random() < 0.5:
            lines.append('u = u.dropDuplicates(["k", "t"])')
        lines.append('result = u.groupBy(window("t", "%s"), "k").agg(count("*").alias("n"), max_("v").alias("mv"))'
                     % rng.choice(["10 minutes", "20 minutes"]))
        lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "update"]))
    return two_steps(rng)


def make_session_chain(rng, lines):
    """Session windows, then a window over window_time(session_window)."""
    lines.append(ONE)
    d = rng.choice(DELAYS[:4])
    gap = rng.choice(["5 minutes", "10 minutes"])
    lines.append('s1 = df.withWatermark("ts", "%s").groupBy(session_window("ts", "%s"), "k").agg(count("*").alias("n"))' % (d, gap))
    lines.append('result = s1.groupBy(window(window_time(col("session_window")), "%s")).agg(sum_("n").alias("total"), count("*").alias("sessions"))'
                 % rng.choice(["20 minutes", "1 hour"]))
    lines.append('OUTPUT_MODE = "append"')
    return one_steps(rng)


def make_three_or_self(rng, lines):
    """A third stream joined to a join, or a stream joined with itself."""
    lines += [LEFT, RIGHT]
    d = rng.choice(DELAYS[:4])
    if rng.random() < 0.5:
        lines.append('mid = spark.readStream.format("json").schema("mk INT, mt TIMESTAMP, mv INT, mname STRING")'
                     '.option("pathGlobFilter", "*-m.json").load(INPUT).withWatermark("mt", "%s")' % d)
        lines.append('left = left.withWatermark("lt", "%s")' % d)
        lines.append('right = right.withWatermark("rt", "%s")' % d)
        how1 = rng.choice(["inner", "inner", "left"])
        how2 = rng.choice(["inner", "left", "left_semi"])
        lines.append('j1 = left.join(right, expr("rk = lk AND rt BETWEEN lt - interval 10 minutes AND lt + interval 15 minutes"), "%s")' % how1)
        lines.append('result = j1.join(mid, expr("mk = lk AND mt BETWEEN lt - interval 20 minutes AND lt + interval 20 minutes"), "%s")' % how2)
        lines.append('OUTPUT_MODE = "append"')
        return two_steps(rng, third=True)
    lines.append('a = left.withWatermark("lt", "%s").alias("a")' % d)
    lines.append('b = left.withWatermark("lt", "%s").alias("b")' % d)
    how = rng.choice(["inner", "left", "left_semi"])
    lines.append('result = a.join(b, expr("a.lk = b.lk AND a.lname <> b.lname AND b.lt BETWEEN a.lt AND a.lt + interval 15 minutes"), "%s")' % how)
    if how != "left_semi":
        lines.append('result = result.select(col("a.lk"), col("a.lt"), col("b.lt").alias("blt"), col("b.lname").alias("bn"))')
    lines.append('OUTPUT_MODE = "append"')
    return two_steps(rng)


def make(rng):
    if rng.random() < 0.15:
        # the guide's multipleWatermarkPolicy: the global watermark is the largest, not the smallest
        pass_max = True
    else:
        pass_max = False
    qtext, steps = make_one(rng)
    if pass_max and "withWatermark" in qtext:
        qtext = 'spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "max")\n' + qtext
    else:
        qtext = 'spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "min")\n' + qtext
    return qtext, steps


def make_one(rng):
    lines = [IMPORTS]
    r = rng.random()
    if rng.random() < 0.12:
        steps = make_three_or_self(rng, lines)
    elif r < 0.12:
        steps = make_join_sql(rng, lines)
    elif r < 0.2:
        steps = make_window_key_join(rng, lines)
    elif r < 0.28:
        steps = make_dedup_join(rng, lines)
    elif r < 0.32:
        steps = make_session_chain(rng, lines)
    elif r < 0.5:
        steps = make_join(rng, lines)
    elif r < 0.6:
        steps = make_agg_join_agg(rng, lines)
    elif r < 0.72:
        steps = make_window_time(rng, lines)
    elif r < 0.88:
        steps = make_dedup_agg(rng, lines)
    else:
        steps = make_session(rng, lines)
    return "\n".join(lines) + "\n", steps


MID = ('mid = spark.readStream.format("json").schema("mk INT, mt TIMESTAMP, mv INT, mname STRING")'
       '.option("pathGlobFilter", "*-m.json").load(INPUT)')
STATIC = 'st = spark.createDataFrame([(1, "ann"), (2, "x"), (3, "cy"), (5, "bob")], "sk INT, sname STRING")'


def g_join_dedup(rng, lines):
    """A stream-stream join, then dropDuplicatesWithinWatermark (or dropDuplicates with the time)."""
    lines += [LEFT, RIGHT]
    lines.append('left = left.withWatermark("lt", "%s")' % rng.choice(DELAYS[:4]))
    lines.append('right = right.withWatermark("rt", "%s")' % rng.choice(DELAYS[:4]))
    how = rng.choice(["inner", "inner", "left", "right"])
    tc, _ = time_cond(rng)
    if tc is None or how != "inner" and "lower" in tc:
        tc = "rt BETWEEN lt - interval 5 minutes AND lt + interval 15 minutes"
    lines.append('joined = left.join(right, expr("rk = lk AND %s"), "%s")' % (tc, how))
    sel = rng.random() < 0.5
    if sel:
        lines.append('joined = joined.select("lk", "lt", "rt", "lname", "rname")')
    lines.append("result = joined.%s" % rng.choice([
        'dropDuplicatesWithinWatermark(["lk"])', 'dropDuplicatesWithinWatermark(["lk", "rname"])',
        'dropDuplicatesWithinWatermark(["lname"])', 'dropDuplicates(["lk", "lt"])']))
    lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "append", "update"]))
    return two_steps(rng)


def g_agg_join_stream(rng, lines):
    """A windowed aggregation joined with a raw stream (inner, outer or left semi)."""
    lines += [LEFT, RIGHT]
    d = rng.choice(DELAYS[:4])
    w = rng.choice(["10 minutes", "20 minutes"])
    lines.append('la = left.withWatermark("lt", "%s").groupBy(window("lt", "%s").alias("w"), "lk").agg(count("*").alias("nl"), max_("lv").alias("ml"))' % (d, w))
    lines.append('right = right.withWatermark("rt", "%s")' % rng.choice(DELAYS[:4]))
    how = rng.choice(["inner", "inner", "left", "right", "left_semi", "left_semi", "full"])
    cond = rng.choice(['expr("rk = lk AND rt >= w.start AND rt < w.end")',
                       'expr("rk = lk AND rt BETWEEN w.start AND w.end + interval 10 minutes")',
                       '(col("rk") == col("lk")) & (col("rt") >= col("w.end")) & (col("rt") <= col("w.end") + expr("interval 15 minutes"))'])
    lines.append('result = la.join(right, %s, "%s")' % (cond, how))
    if how != "left_semi" and rng.random() < 0.5:
        lines.append('result = result.select(col("w.start").alias("ws"), "lk", "nl", "rt", "rv")')
    lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "append", "append", "update"]))
    return two_steps(rng)


def g_semi_anti_of_join(rng, lines):
    """(left JOIN right) LEFT SEMI/ANTI JOIN mid, on right's columns (Spark's right-branch push)
    or left's, or on both (no push)."""
    lines += [LEFT, RIGHT, MID]
    d = rng.choice(DELAYS[:4])
    for side, t in (("left", "lt"), ("right", "rt"), ("mid", "mt")):
        lines.append('%s = %s.withWatermark("%s", "%s")' % (side, side, t, d))
    how1 = rng.choice(["inner", "inner", "right", "left"])
    how2 = rng.choice(["left_semi", "left_semi", "left_semi", "left_anti"])
    lines.append('j1 = left.join(right, expr("rk = lk AND rt BETWEEN lt - interval 10 minutes AND lt + interval 15 minutes"), "%s")' % how1)
    on = rng.choice(["mk = rk AND mt BETWEEN rt - interval 20 minutes AND rt + interval 20 minutes",
                     "mk = rk AND mt BETWEEN rt - interval 20 minutes AND rt + interval 20 minutes AND mv <> rv",
                     "mk = lk AND mt BETWEEN lt - interval 20 minutes AND lt + interval 20 minutes",
                     "mk = lk AND mt BETWEEN rt - interval 20 minutes AND rt + interval 20 minutes"])
    lines.append('result = j1.join(mid, expr("%s"), "%s")' % (on, how2))
    if rng.random() < 0.5:
        lines.append('result = result.select("lk", "rk", "rt", "rname")')
    lines.append('OUTPUT_MODE = "append"')
    return two_steps(rng, third=True)


def g_join_static(rng, lines):
    """A stream-stream join's result joined with a static DataFrame (left anti, left semi, inner)."""
    lines += [LEFT, RIGHT, STATIC]
    d = rng.choice(DELAYS[:4])
    lines.append('left = left.withWatermark("lt", "%s")' % d)
    lines.append('right = right.withWatermark("rt", "%s")' % d)
    how1 = rng.choice(["inner", "left", "right"])
    lines.append('j1 = left.join(right, expr("rk = lk AND rt BETWEEN lt - interval 10 minutes AND lt + interval 15 minutes"), "%s")' % how1)
    how2 = rng.choice(["left_anti", "left_anti", "left_semi", "inner"])
    on = rng.choice(['expr("sk = lk")', 'expr("sk = rk")', 'expr("sname = rname")', 'expr("sk = lk AND sname <> lname")'])
    lines.append('result = j1.join(st, %s, "%s")' % (on, how2))
    if rng.random() < 0.4:
        lines.append('result = result.groupBy(window("lt", "20 minutes")).agg(count("*").alias("n"))')
    lines.append('OUTPUT_MODE = "append"')
    return two_steps(rng)


def g_three_chain(rng, lines):
    """Three stateful steps: dedup, a window, then a window over window_time (or a key count)."""
    lines.append(ONE)
    d = rng.choice(DELAYS[:4])
    lines.append('wm = df.withWatermark("ts", "%s")' % d)
    lines.append('dd = wm.%s' % rng.choice(['dropDuplicates(["k", "ts"])', 'dropDuplicatesWithinWatermark(["k", "s"])',
                                           'dropDuplicates()']))
    w1 = rng.choice(['"5 minutes"', '"10 minutes"', '"10 minutes", "5 minutes"'])
    k = rng.random() < 0.5
    lines.append('first = dd.groupBy(window("ts", %s)%s).agg(count("*").alias("cnt"), sum_("v").alias("sv"))' % (w1, ', "k"' if k else ""))
    r = rng.random()
    if r < 0.6:
        lines.append('result = first.groupBy(window(window_time(col("window")), "%s")).agg(sum_("cnt").alias("total"), max_("sv").alias("msv"))'
                     % rng.choice(["20 minutes", "30 minutes"]))
    elif r < 0.8:
        lines.append('second = first.groupBy(window(window_time(col("window")), "20 minutes")).agg(sum_("cnt").alias("total"))')
        lines.append('result = second.groupBy(window(window_time(col("window")), "1 hour")).agg(sum_("total").alias("t2"), count("*").alias("nw"))')
    else:
        lines.append('result = first.select(window_time(col("window")).alias("wt"), "cnt").withWatermark("wt", "0 seconds")'
                     '.groupBy(window("wt", "30 minutes")).agg(sum_("cnt").alias("total"))')
    lines.append('OUTPUT_MODE = "%s"' % rng.choice(["append", "append", "append", "update"]))
    return one_steps(rng, dups=0.3)


def make_guide(rng):
    lines = [IMPORTS]
    steps = rng.choices([g_join_dedup, g_agg_join_stream, g_semi_anti_of_join, g_join_static, g_three_chain],
                        weights=[2, 2, 3, 2, 2])[0](rng, lines)
    pre = "max" if rng.random() < 0.15 else "min"
    return 'spark.conf.set("spark.sql.streaming.multipleWatermarkPolicy", "%s")\n' % pre + "\n".join(lines) + "\n", steps


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--guide", action="store_true", help="only the guide's shapes the other draws miss")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    for i in range(a.n):
        qtext, steps = make_guide(rng) if a.guide else make(rng)
        d = os.path.join(a.out, "random7_%s%d_%03d" % ("g" if a.guide else "", a.seed, i))
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "query.py"), "w").write(qtext)
        for si, files in enumerate(steps):
            sd = os.path.join(d, "steps", "%03d" % si)
            os.makedirs(sd, exist_ok=True)
            for name, rs in files.items():
                with open(os.path.join(sd, name), "w") as f:
                    for r in rs:
                        f.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
