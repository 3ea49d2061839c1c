#!/usr/bin/env python3
"""Random *expressions* (rather than random query shapes): typed expression trees of
depth 1-4 over a rich, NULL-heavy JSON stream (ints near 2^31, NaN/Infinity doubles,
decimals of several precisions, unicode and blank strings, leap days, timestamps with
microseconds), spelled half in the Column API and half as SQL strings. Most cases are
stateless append-mode projections with filters (also over columns the projection
dropped, and over derived columns); some are memory-sink queries whose SQL sorts the
result; about a quarter group by random expressions in update/complete mode (sorted
in complete mode). About one case in ten carries an expression that makes Spark fail
(ANSI division by zero, overflow, invalid cast or datetime input, out-of-bounds index,
or a type mismatch at analysis), so that the errors are recorded too.

Safe expressions are built so that ANSI mode does not fail on the generated data:
divisors go through nullif(x, 0), narrowing casts are try_cast, int/long products take
a small literal factor, and the columns holding extreme values (j, k) or functions with
wide results (hash, crc32, unix_timestamp) never feed integer arithmetic.

    random_exprs.py OUT_DIR N [SEED] [--deep] [--wide] [--temporal] [--rare] [--undrawn] [--tz ZONE]

`--deep` adds more of the function library (levenshtein, find_in_set, regexp_count/substr/like,
array_distinct, aggregate/transform/exists/forall with lambdas, bit_count, shiftleft, date_part,
extract, unix_date, nvl2, xxhash64, hypot, atan2, bround, try_add/subtract/multiply, soundex,
base64, hex, bin, conv, substring_index, split_part, overlay, btrim, elt, get_json_object of
to_json(named_struct), date_from_unix_date, make_timestamp, timestamp_millis, array_contains);
its cases are named rexpr_d<SEED>_NNN. Without it a seed gives the cases it always gave.
`--tz ZONE` makes each query set `spark.sql.session.timeZone` to ZONE first (the same
expressions, read and printed in that zone; record such cases in an invocation of their
own, one zone per invocation); its cases are named rexpr_tz<SEED>_NNN.
`--temporal` adds datetime differences (timestamp - timestamp, a date or a string on one
side, date - date: intervals), their fields (`extract(HOUR FROM a - b)`), intervals printed
as strings, timestamps ± intervals of whole days and hours (days move the wall-clock time in
the session time zone) and TIMESTAMP_NTZ literals; its cases are named rexpr_t<SEED>_NNN
(with `--tz`, a DST zone shows the local-day arithmetic).
`--wide` adds functions the others do not reach (ascii, octet_length, bit_length, locate,
dayofweek, weekday, weekofyear, quarter, dayofyear, cbrt, signum, degrees, radians, sinh, tanh,
expm1, log2/log10/log1p, mask, chr, sha1, md5, space, last_day, next_day, add_months,
startswith/endswith/contains, ILIKE, equal_null) and shapes that exercise Spark's optimizer
rules (bitwise operators and arithmetic with a numeric string, `named_struct(...).q`,
`(x > n) = true`, `IN` with a repeated value); its cases are named rexpr_w<SEED>_NNN.
`--rare` (session 19) draws, most of the time, the registered functions no other flag reaches
(the RARE table: arrays, maps and lambdas over them, sequences of dates and timestamps, JSON/CSV
and XPath functions, UTF-8 and binary functions, crypto and URL functions, printf's Java formats,
datetime constructors and zone conversions, bitmaps, vectors, the math rest), prints arrays,
maps and structs as they are, puts a generator (explode, posexplode_outer, inline, stack,
json_tuple, unaliased so Spark names its columns) in some projections, aggregates with the rare
aggregates (RARE_AGGS: max_by/min_by with k, regressions, moments, percentiles, bitmaps,
listagg WITHIN GROUP, try_sum/try_avg, vector_sum) and makes a fifth of the cases fail (RARE_ERRORS);
its cases are named rexpr_r<SEED>_NNN. `--undrawn` (session 21) is `--rare` with the
UNDRAWN tables first (char, power, XML functions, collect_union, count_min_sketch,
histogram_numeric: registered functions that run on a stream and no table drew before);
its cases are named rexpr_u<SEED>_NNN. Collations other than UTF8_BINARY are not drawn
(Runnel refuses them).
"""
import json
import os
import random
import re
import sys
from datetime import date, datetime, timedelta

NUM = ("int", "long", "double", "dec")
CATS = ("int", "long", "double", "dec", "str", "date", "ts", "bool")
CAST_TYPE = {"int": "int", "long": "bigint", "double": "double", "str": "string", "date": "date",
             "ts": "timestamp", "bool": "boolean"}


def q(s):
    """A Python string literal."""
    return json.dumps(s, ensure_ascii=False)


class N:
    __slots__ = ("sql", "py", "cat", "wide", "depth")

    def __init__(self, sql, py, cat, wide=False, depth=0):
        self.sql, self.py, self.cat, self.wide, self.depth = sql, py, cat, wide, depth


def pyexpr(sql):
    return "expr(%s)" % q(sql)


def num_result(cats, op=None):
    cats = set(cats)
    if op == "/":
        return "dec" if cats <= {"dec", "int", "long"} and "dec" in cats else "double"
    if "double" in cats:
        return "double"
    if "dec" in cats:
        return "dec"
    if "long" in cats:
        return "long"
    return "int"


# ---------------------------------------------------------------------------------------
# data

S_VALUES = ["", " ", "  lead", "trail  ", " both ", "Hello World", "héllo wörld", "日本語テキスト", "😀 emoji",
            "a,b,c", "MiXeD CaSe", "123", "-4.5", "abc123def", "x", "NULL", "2024-02-29", "tab\there",
            "o'neil", "ÄÖÜ straße", "  ", "spark streaming", "a  b   c", "Zz", "ß", "İstanbul"]
T_VALUES = ["42", " 7 ", "-0", "3.5", "1e3", "2024-02-29", "2024-13-01", "2023-12-31 23:59:59", "abc", "",
            "true", "N", "9999999999", "0", "-17", "2025-03-01T10:05:00", "2024-02-29 12:30", "1,234", "NaN", "yes"]
D_VALUES = [0.0, -0.0, 1.5, -2.25, 0.1, 1e-7, 1e15, 123456.789, 2.5, -2.5, 0.125, 3.0, -1.0,
            "NaN", "Infinity", "-Infinity", 1e308, 0.3]
F_VALUES = [0.1, 1.5, -2.75, 3.4028235e38, 16777217.0, 0.0, -0.5, "NaN", "-Infinity", 2.5, 7.0]
I_VALUES = [0, 1, -1, 2, 3, 7, 10, -7, 12, 31, 59, 100, -100, 365, 29, 2, 5]
J_VALUES = [2147483647, -2147483648, 2147483600, 0, 5, -3, 1000, 123456, -99999, 1]
K_VALUES = [9223372036854775807, -9223372036854775808, 9007199254740993, 1099511627776, 0, -1, 42,
            1700000000, 10 ** 12]
DT_VALUES = ["2024-02-29", "2024-02-28", "2023-02-28", "2024-01-31", "2024-12-31", "2025-03-01", "1970-01-01",
             "2000-02-29", "1969-12-31", "2023-03-31", "2024-03-31", "2021-01-03", "1900-03-01"]
TS_VALUES = ["2024-02-29T23:59:59.999999Z", "2024-03-10T02:30:00Z", "1970-01-01T00:00:00Z",
             "1969-12-31T23:59:59.5Z", "2025-01-01T00:00:00.000001Z", "2023-12-31T12:00:00Z",
             "2024-12-31T23:59:59Z", "2000-01-01T00:00:00.123Z"]

DEC_M = [(10, 2), (12, 4), (7, 0), (18, 6), (10, 2), (38, 10)]
DEC_N = [(5, 3), (4, 1), (9, 5), (20, 0), (5, 3)]


class Dec:
    def __init__(self, text):
        self.text = text


def dec_value(rng, p, s):
    intd = p - s
    r = rng.random()
    if r < 0.1:
        return "0" if s == 0 else "0." + "0" * s
    if r < 0.18:  # the largest value the type holds
        v = "9" * intd + ("." + "9" * s if s else "")
        return ("-" if rng.random() < 0.3 else "") + v
    if r < 0.25 and s:
        return ("-" if rng.random() < 0.5 else "") + "0." + "0" * (s - 1) + "1"
    ip = rng.randint(0, min(10 ** min(intd, 5) - 1, 99999))
    fp = "".join(rng.choice("0123456789") for _ in range(s))
    return ("-" if rng.random() < 0.35 else "") + str(ip) + ("." + fp if s else "")


def rand_date(rng):
    if rng.random() < 0.6:
        return rng.choice(DT_VALUES)
    return (date(2000, 1, 1) + timedelta(days=rng.randint(0, 365 * 30))).isoformat()


def rand_ts(rng):
    if rng.random() < 0.5:
        return rng.choice(TS_VALUES)
    t = datetime(2020, 1, 1) + timedelta(seconds=rng.randint(0, 86400 * 365 * 6))
    us = rng.choice([0, 0, rng.randint(1, 999999), rng.randint(1, 999) * 1000])
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if us:
        s += (".%06d" % us).rstrip("0")
    return s + "Z"


def gen_value(rng, name, typ, p_null):
    if rng.random() < p_null:
        return None
    if name == "i":
        return rng.choice(I_VALUES) if rng.random() < 0.6 else rng.randint(-60, 60)
    if name == "j":
        return rng.choice(J_VALUES) if rng.random() < 0.6 else rng.randint(-1000, 1000)
    if name == "k":
        return rng.choice(K_VALUES)
    if name == "d":
        return rng.choice(D_VALUES) if rng.random() < 0.55 else round(rng.uniform(-1000, 1000), 3)
    if name == "f":
        return rng.choice(F_VALUES)
    if typ.startswith("DECIMAL"):
        p, s = map(int, typ[8:-1].split(","))
        return Dec(dec_value(rng, p, s))
    if name == "s":
        return rng.choice(S_VALUES)
    if name == "t":
        return rng.choice(T_VALUES)
    if name == "b":
        return rng.random() < 0.5
    if name == "dt":
        return rand_date(rng)
    if name == "ts":
        return rand_ts(rng)
    raise ValueError(name)


def dump_row(row):
    parts = []
    for k, v in row.items():
        parts.append("%s: %s" % (json.dumps(k), v.text if isinstance(v, Dec) else json.dumps(v)))
    return "{" + ", ".join(parts) + "}"


# ---------------------------------------------------------------------------------------
# expressions

PATTERNS_DATE = ["yyyy-MM-dd", "dd.MM.yy", "HH:mm:ss", "yyyy-MM-dd HH:mm:ss.SSS", "EEE", "MMM d, yyyy", "Q",
                 "a h:mm", "EEEE", "yyyyMMdd", "D", "yyyy-MM-dd HH:mm:ss.SSSSSS"]
STR_LITS = ["a", "", " ", "x-y", "Hello", "é", "abc", "2024-02-29", "42", "o", "日本"]
LIKES = ["a%", "%o%", "_", "H%", "%e", "% %", "%"]
RLIKES = ["^[A-Z]", "[0-9]+", "o$", "^\\\\s", "[aeiou]{2}", "^$"]
REGEX_REPL = [("[aeiou]", "*"), ("[0-9]+", "#"), (" +", "_"), ("^.", ""), ("(a|b)", "<>")]
REGEX_EXT = [("([a-z]+)", 1), ("([0-9]+)", 1), ("([A-Za-z]+) ([A-Za-z]+)", 2), ("(.)(.)", 0), ("^(\\\\S*)", 1)]
SPLITS = [" ", ",", "[aeiou]", "-", "  *"]
DAYS = ["Mon", "TU", "wednesday", "SUN", "fri"]
TRUNC_D = ["MM", "YEAR", "Q", "WEEK", "mon", "yy"]
TRUNC_TS = ["HOUR", "DAY", "MINUTE", "MONTH", "WEEK", "SECOND", "QUARTER", "yyyy"]
INTERVALS = ["INTERVAL '90' MINUTE", "INTERVAL 1 DAY", "INTERVAL '1 02:03:04.000005' DAY TO SECOND",
             "INTERVAL 1 MONTH", "INTERVAL '1-2' YEAR TO MONTH", "INTERVAL 36 HOURS", "INTERVAL -3 DAYS"]
DATE_INTERVALS = ["INTERVAL 1 DAY", "INTERVAL 1 MONTH", "INTERVAL -10 DAYS", "INTERVAL '1-1' YEAR TO MONTH",
                  "INTERVAL 2 YEARS"]


class Gen:
    def __init__(self, rng, cols):
        self.rng = rng
        self.cols = cols  # name -> (cat, wide)
        self.budget = 14

    # -- helpers ----------------------------------------------------------------------
    def deep(self, prods):
        """Productions of the deeper generator (`--deep`): none otherwise, so that a seed
        gives the cases it always gave."""
        return prods if DEEP else []

    def wide(self, prods):
        """Productions of `--wide` (functions the other flags do not reach): none otherwise."""
        return prods if WIDE else []

    def rare(self, prods):
        """Productions of `--rare` (registered functions no other flag draws): none otherwise."""
        return prods if RARE_FLAG else []

    def f_rare(self, cat, d, narrow):
        """One of RARE[cat], its placeholders filled by expressions of their categories."""
        return self.template(self.ch(RARE[cat]), cat, d)

    def template(self, entry, cat, d):
        """A (SQL, Column API or None) template of RARE, its placeholders filled."""
        sql_t, py_t = entry
        made, wide = {}, False
        for name in re.findall(r"\{([A-Za-z]+[0-9]?)\}", sql_t):
            if name in made:
                continue
            if name.isupper():
                v = self.ch(RARE_SUBST[name])
                made[name] = N(v, v, "lit")
                continue
            c = RARE_CAT[name.rstrip("0123456789")]
            made[name] = self.gen(c, d, narrow=c in NUM)
            wide = wide or made[name].wide

        def fill(t, attr):
            return re.sub(r"\{([A-Za-z]+[0-9]?)\}", lambda m: getattr(made[m.group(1)], attr), t)
        sql = fill(sql_t, "sql")
        py = fill(py_t, "py") if py_t else pyexpr(sql)
        return N(sql, py, cat, wide or cat in RARE_WIDE)

    def temporal(self, prods):
        """Productions of `--temporal` (datetime differences and intervals): none otherwise."""
        return prods if TEMPORAL else []

    def ch(self, xs):
        return self.rng.choice(xs)

    def lit(self, cat, small=False):
        r = self.rng
        if r.random() < 0.05 and not small:
            t = CAST_TYPE.get(cat, "decimal(10,2)") if cat != "dec" else "decimal(10,2)"
            return N("CAST(NULL AS %s)" % t.upper(), 'lit(None).cast("%s")' % t, cat)
        if cat == "int":
            v = r.choice([0, 1, 2, 3, 5, 7, 10, -1, -4, 12, 100]) if not small else r.choice([2, 3, -1, 5, 10, 1, 0])
            return N(str(v), "lit(%d)" % v, "int")
        if cat == "long":
            v = r.choice([0, 1, 3, 1000, -2, 86400])
            return N("%dL" % v, 'lit(%d).cast("bigint")' % v, "long")
        if cat == "double":
            v = r.choice([0.5, 2.0, -1.5, 0.1, 100.0, 1e-3, 3.75])
            if r.random() < 0.05:
                return N("CAST('NaN' AS DOUBLE)", 'lit(float("nan"))', "double")
            return N("%rD" % v, "lit(%r)" % v, "double")
        if cat == "dec":
            v = r.choice(["1.25", "0.5", "-3.10", "100", "0.001", "12.345", "99.99"])
            if "." in v:
                p, s = len(v.replace("-", "").replace(".", "")), len(v.split(".")[1])
            else:
                p, s = len(v), 0
            sql = v + ("BD" if s == 0 else "")
            if r.random() < 0.5:
                return N(sql, pyexpr(sql), "dec")
            return N(sql, 'lit(%s).cast("decimal(%d,%d)")' % (v.lstrip("0") or "0", max(p, 1), s), "dec")
        if cat == "str":
            v = r.choice(STR_LITS)
            return N("'%s'" % v, "lit(%s)" % q(v), "str")
        if cat == "date":
            v = r.choice(["2024-02-29", "2023-12-31", "2025-03-01", "2000-01-01"])
            if r.random() < 0.5:
                return N("DATE'%s'" % v, 'F.to_date(lit("%s"))' % v, "date")
            return N("to_date('%s')" % v, 'F.to_date(lit("%s"))' % v, "date")
        if cat == "ts":
            v = r.choice(["2024-03-01 12:30:00.123456", "2024-02-29 00:00:00", "1999-12-31 23:59:59.999"])
            return N("TIMESTAMP'%s'" % v, 'F.to_timestamp(lit("%s"))' % v, "ts")
        if cat == "bool":
            v = r.random() < 0.5
            return N("true" if v else "false", "lit(%s)" % v, "bool")
        raise ValueError(cat)

    def leaf(self, cat, narrow=False):
        cands = [n for n, (c, w) in self.cols.items() if c == cat and not (narrow and w)]
        if cat == "bool" and self.rng.random() < 0.35:
            return self.pred_leaf()
        if cands and self.rng.random() < 0.85:
            n = self.ch(cands)
            return N(n, 'col("%s")' % n, cat, self.cols[n][1])
        if cat == "bool" and self.rng.random() < 0.8:
            return self.pred_leaf()
        return self.lit(cat, small=narrow)

    def pred_leaf(self):
        """A simple predicate over one column (also where a boolean leaf has no boolean column)."""
        name = self.ch([n for n in self.cols])
        c = self.cols[name][0]
        x = N(name, 'col("%s")' % name, c)
        r = self.rng.random()
        if c == "bool":
            return self.ch([x, N("(NOT %s)" % name, "(~%s)" % x.py, "bool"),
                            N("(%s IS NOT TRUE)" % name, "(~F.coalesce(%s, lit(False)))" % x.py, "bool"),
                            N("(%s IS NOT NULL)" % name, "%s.isNotNull()" % x.py, "bool")])
        if r < 0.3 or c in ("err", "arr"):
            return N("(%s IS NOT NULL)" % name, "%s.isNotNull()" % x.py, "bool")
        v = self.lit(c, small=True)
        op = self.ch([">", "<", "<>", ">=", "<=", "="])
        return N("(%s %s %s)" % (name, op, v.sql), "(%s %s %s)" % (x.py, {"=": "==", "<>": "!="}.get(op, op), v.py), "bool")

    def gen(self, cat, depth, narrow=False, top=False):
        if cat == "arr":
            self.budget -= 1
            node = self.f_rare("arr", max(depth - 1, 0), narrow)
            node.depth = max(depth, 1)
            return node
        if depth <= 0 or self.budget <= 0 or (self.rng.random() < 0.15 and not top):
            return self.leaf(cat, narrow)
        self.budget -= 1
        prods = getattr(self, "p_" + cat)()
        generic = [(3, self.g_case), (1, self.g_coalesce), (1, self.g_nullif), (1, self.g_greatest)]
        if cat == "bool":
            generic = [(1, self.g_case), (1, self.g_coalesce)]
        allp = prods + generic
        total = sum(w for w, _ in allp)
        for _ in range(10):
            x = self.rng.uniform(0, total)
            for w, f in allp:
                x -= w
                if x <= 0:
                    break
            node = f(cat, depth - 1, narrow)
            if node is not None and not (narrow and node.wide):
                node.depth = depth
                return node
        return self.leaf(cat, narrow)

    def nonzero(self, cat, depth):
        """A divisor that is never zero: a non-zero literal or nullif(x, 0)."""
        if self.rng.random() < 0.35:
            v = self.ch(["3", "2", "-4", "7", "10"])
            if cat == "double":
                return N(v + ".0D", "lit(%s.0)" % v, "double")
            if cat == "dec":
                return N(v + ".5", pyexpr(v + ".5"), "dec")
            return N(v, "lit(%s)" % v, "int")
        x = self.gen(cat, depth)
        return N("nullif(%s, 0)" % x.sql, "F.nullif(%s, lit(0))" % x.py, x.cat, x.wide)

    # -- generic --------------------------------------------------------------------------
    def g_case(self, cat, d, narrow):
        r = self.rng
        nb = r.randint(1, 3)
        conds = [self.gen("bool", r.randint(0, d)) for _ in range(nb)]
        vals = [self.gen(cat, r.randint(0, d), narrow) for _ in range(nb)]
        els = self.gen(cat, r.randint(0, d), narrow) if r.random() < 0.8 else None
        c = self.same_cat([v.cat for v in vals] + ([els.cat] if els else []))
        if r.random() < 0.2 and nb <= 2:
            # simple CASE x WHEN v THEN ... (SQL only) or if()
            if r.random() < 0.5:
                subj_cat = self.ch(["int", "str", "bool"])
                subj = self.gen(subj_cat, min(d, 1))
                whens = " ".join("WHEN %s THEN %s" % (self.lit(subj_cat, small=True).sql, v.sql) for v in vals)
                sql = "CASE %s %s%s END" % (subj.sql, whens, " ELSE %s" % els.sql if els else "")
                return N(sql, pyexpr(sql), c, True)
            e2 = els or self.lit(cat)
            sql = "if(%s, %s, %s)" % (conds[0].sql, vals[0].sql, e2.sql)
            py = "F.when(%s, %s).otherwise(%s)" % (conds[0].py, vals[0].py, e2.py)
            return N(sql, py, self.same_cat([vals[0].cat, e2.cat]), any(v.wide for v in vals) or e2.wide)
        sql = "CASE " + " ".join("WHEN %s THEN %s" % (cc.sql, v.sql) for cc, v in zip(conds, vals))
        sql += (" ELSE %s" % els.sql if els else "") + " END"
        py = "F" + "".join(".when(%s, %s)" % (cc.py, v.py) for cc, v in zip(conds, vals))
        if els:
            py += ".otherwise(%s)" % els.py
        return N(sql, py, c, any(v.wide for v in vals) or bool(els and els.wide))

    def same_cat(self, cats):
        cats = set(cats)
        if len(cats) == 1:
            return cats.pop()
        if cats <= set(NUM):
            return num_result(cats)
        if cats <= {"date", "ts"}:
            return "ts"
        return sorted(cats)[0]

    def g_coalesce(self, cat, d, narrow):
        r = self.rng
        k = r.randint(2, 3)
        args = [self.gen(cat, r.randint(0, d), narrow) for _ in range(k - 1)] + [self.lit(cat, small=narrow)]
        c = self.same_cat([a.cat for a in args])
        w = any(a.wide for a in args)
        kind = r.random()
        if kind < 0.5:
            return N("coalesce(%s)" % ", ".join(a.sql for a in args), "F.coalesce(%s)" % ", ".join(a.py for a in args), c, w)
        if kind < 0.75:
            fn = self.ch(["nvl", "ifnull"])
            return N("%s(%s, %s)" % (fn, args[0].sql, args[-1].sql), "F.%s(%s, %s)" % (fn, args[0].py, args[-1].py),
                     self.same_cat([args[0].cat, args[-1].cat]), w)
        x = self.gen(self.ch(CATS), min(d, 1))
        return N("nvl2(%s, %s, %s)" % (x.sql, args[0].sql, args[-1].sql), "F.nvl2(%s, %s, %s)" % (x.py, args[0].py, args[-1].py),
                 self.same_cat([args[0].cat, args[-1].cat]), w)

    def g_nullif(self, cat, d, narrow):
        a = self.gen(cat, d, narrow)
        b = self.lit(a.cat, small=True)
        return N("nullif(%s, %s)" % (a.sql, b.sql), "F.nullif(%s, %s)" % (a.py, b.py), a.cat, a.wide)

    def g_greatest(self, cat, d, narrow):
        if cat == "bool":
            return None
        r = self.rng
        args = [self.gen(cat, r.randint(0, d), narrow) for _ in range(r.randint(2, 3))]
        fn = self.ch(["greatest", "least"])
        return N("%s(%s)" % (fn, ", ".join(a.sql for a in args)), "F.%s(%s)" % (fn, ", ".join(a.py for a in args)),
                 self.same_cat([a.cat for a in args]), any(a.wide for a in args))

    # -- numeric --------------------------------------------------------------------------
    def binop(self, a, op, b, cat=None):
        cat = cat or num_result([a.cat, b.cat], op)
        return N("(%s %s %s)" % (a.sql, op, b.sql), "(%s %s %s)" % (a.py, op, b.py), cat, a.wide or b.wide)

    def f_addsub(self, cat, d, narrow):
        r = self.rng
        if cat in ("int", "long"):
            a = self.gen(cat, r.randint(0, d), True)
            b = self.gen(self.ch(["int", cat]), r.randint(0, d), True)
        elif cat == "double":
            a = self.gen("double", r.randint(0, d))
            b = self.gen(self.ch(NUM), r.randint(0, d), True)
        else:
            a = self.gen("dec", r.randint(0, d))
            b = self.gen(self.ch(["dec", "int", "dec"]), r.randint(0, d), True)
        if r.random() < 0.5:
            a, b = b, a
        n = self.binop(a, self.ch(["+", "-"]), b)
        n.cat = cat if cat != "int" or n.cat == "int" else n.cat
        return n

    def f_mul(self, cat, d, narrow):
        r = self.rng
        if cat in ("int", "long"):
            a = self.gen(cat, r.randint(0, d), True)
            b = self.lit("int", small=True)
        elif cat == "double":
            a = self.gen("double", r.randint(0, d))
            b = self.gen(self.ch(NUM), r.randint(0, d), True)
        else:
            a = self.gen("dec", r.randint(0, d))
            b = self.gen(self.ch(["dec", "int"]), r.randint(0, min(d, 1)), True)
        if r.random() < 0.5:
            a, b = b, a
        return self.binop(a, "*", b, num_result([a.cat, b.cat]))

    def f_div(self, cat, d, narrow):
        r = self.rng
        if cat == "double":
            a = self.gen(self.ch(["double", "int", "long"]), r.randint(0, d), True)
            b = self.nonzero(self.ch(["double", "int"]), r.randint(0, d))
            if "dec" in (a.cat, b.cat) and "double" not in (a.cat, b.cat):
                return None
        elif cat == "dec":
            a = self.gen("dec", r.randint(0, d))
            b = self.nonzero(self.ch(["dec", "int", "dec"]), r.randint(0, d))
        else:
            return None
        return self.binop(a, "/", b, num_result([a.cat, b.cat], "/"))

    def f_mod(self, cat, d, narrow):
        r = self.rng
        a = self.gen(cat, r.randint(0, d), True)
        b = self.nonzero("int" if cat in ("int", "long") else cat, r.randint(0, d))
        kind = r.random()
        c = num_result([a.cat, b.cat])
        if kind < 0.5:
            return self.binop(a, "%", b, c)
        if kind < 0.8:
            return N("pmod(%s, %s)" % (a.sql, b.sql), "F.pmod(%s, %s)" % (a.py, b.py), c, a.wide)
        if cat in ("int", "long"):
            sql = "(%s DIV %s)" % (a.sql, b.sql)
            return N(sql, pyexpr(sql), "long", a.wide) if cat == "long" else None
        return None

    def f_neg(self, cat, d, narrow):
        a = self.gen(cat, d, True)
        if self.rng.random() < 0.5:
            return N("(- %s)" % a.sql, "(-%s)" % a.py, a.cat, a.wide)
        return N("abs(%s)" % a.sql, "F.abs(%s)" % a.py, a.cat, a.wide)

    def f_round(self, cat, d, narrow):
        if cat not in ("double", "dec"):
            return None
        a = self.gen(cat, d)
        fn = self.ch(["round", "round", "bround"])
        k = self.ch([0, 1, 2, -1, 3])
        if self.rng.random() < 0.2 and fn == "round":
            return N("round(%s)" % a.sql, "F.round(%s)" % a.py, a.cat, a.wide)
        return N("%s(%s, %d)" % (fn, a.sql, k), "F.%s(%s, %d)" % (fn, a.py, k), a.cat, a.wide)

    def f_floorceil(self, cat, d, narrow):
        fn = self.ch(["floor", "ceil", "ceiling"])
        if cat == "long":  # floor/ceil of a double overflow on 1e308, +-Infinity and NaN: only on small ones
            a = self.gen("double", max(d - 1, 0))
            a = N("try_divide(%s, 1e300D)" % a.sql, "F.try_divide(%s, lit(1e300))" % a.py, "double") if \
                self.rng.random() < 0.2 else N("round(%s, 3)" % a.sql, "F.round(%s, 3)" % a.py, "double")
            sql = "%s(CASE WHEN abs(%s) < 1e9D THEN %s END)" % (fn, a.sql, a.sql)
            py = "F.%s(F.when(F.abs(%s) < lit(1e9), %s))" % ("ceil" if fn == "ceiling" else fn, a.py, a.py)
            return N(sql, py, "long", True)
        if cat == "dec":
            a = self.gen("dec", d)
            if self.rng.random() < 0.4:
                k = self.ch([1, -1])
                return N("%s(%s, %d)" % (fn, a.sql, k), "F.%s(%s, %d)" % ("ceil" if fn == "ceiling" else fn, a.py, k), "dec")
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % ("ceil" if fn == "ceiling" else fn, a.py), "dec")
        return None

    def f_cast_num(self, cat, d, narrow):
        r = self.rng
        src = self.ch([c for c in CATS if c not in ("date", cat)] + ["int"])
        if cat == "bool":
            src = self.ch(["int", "str", "long"])
        a = self.gen(src, r.randint(0, d))
        if cat == "dec":
            p, s = self.ch([(12, 2), (10, 4), (20, 0), (6, 3), (38, 18), (5, 1)])
            tname = "decimal(%d,%d)" % (p, s)
            safe = src in ("int", "bool") and p - s >= 10
        else:
            tname = CAST_TYPE[cat]
            widening = {("int", "long"), ("int", "double"), ("long", "double"), ("int", "dec"), ("bool", "int"),
                        ("bool", "long"), ("bool", "double"), ("int", "bool"), ("long", "bool"),
                        ("double", "bool"), ("dec", "bool"), ("ts", "long"), ("ts", "double"), ("dec", "double")}
            safe = (src, cat) in widening
            if src == "ts" and cat == "int":
                return None
        if src == "ts" and cat not in ("long", "double"):
            return None
        if src == "bool" and cat == "dec":
            safe = True
        fn = "CAST" if safe else "TRY_CAST"
        sql = "%s(%s AS %s)" % (fn, a.sql, tname.upper())
        py = "%s.%s(%s)" % (a.py, "cast" if safe else "try_cast", q(tname))
        return N(sql, py, cat, not (safe and not a.wide and src in ("int", "bool")))

    def p_int(self):
        return [(4, self.f_addsub), (2, self.f_mul), (2, self.f_mod), (1, self.f_neg),
                (3, self.f_strlen), (3, self.f_datepart), (1, self.f_datediff), (1, self.f_size),
                (1, self.f_hash), (2, self.f_cast_num)] + self.deep([(3, self.f_int_deep), (1, self.f_try_arith)]) + self.wide(
            [(4, self.f_int_wide)]) + self.temporal([(4, self.f_int_temporal)]) + self.rare([(30, lambda c, d, n: self.f_rare('int', d, n))])

    def p_long(self):
        return [(3, self.f_addsub), (1, self.f_mul), (2, self.f_mod), (1, self.f_floorceil),
                (2, self.f_cast_num), (1, self.f_unix_ts), (1, self.f_crc)] + self.deep([(1, self.f_long_deep)]) + self.rare([(8, lambda c, d, n: self.f_rare('long', d, n))])

    def p_double(self):
        return [(3, self.f_addsub), (2, self.f_mul), (3, self.f_div), (3, self.f_math), (2, self.f_round),
                (2, self.f_cast_num), (1, self.f_months_between), (1, self.f_neg)] + self.deep(
            [(2, self.f_double_deep), (1, self.f_try_arith)]) + self.wide([(3, self.f_double_wide)]) + self.rare([(25, lambda c, d, n: self.f_rare('double', d, n))])

    def p_dec(self):
        return [(4, self.f_addsub), (3, self.f_mul), (3, self.f_div), (1, self.f_mod), (3, self.f_round),
                (1, self.f_floorceil), (2, self.f_cast_num), (1, self.f_neg)] + self.deep([(1, self.f_try_arith)]) + self.rare([(8, lambda c, d, n: self.f_rare('dec', d, n))])

    def f_strlen(self, cat, d, narrow):
        a = self.gen("str", d)
        k = self.rng.random()
        if k < 0.35:
            fn = self.ch(["length", "char_length", "length"])
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % ("length" if fn == "length" else "char_length", a.py), "int")
        if k < 0.55:
            sub = self.ch(["o", "a", " ", "é", ""])
            return N("instr(%s, '%s')" % (a.sql, sub), "F.instr(%s, %s)" % (a.py, q(sub)), "int")
        if k < 0.75:
            sub = self.ch(["o", "l", " "])
            pos = self.ch([1, 1, 2, 5])
            if pos == 1 and self.rng.random() < 0.5:
                return N("locate('%s', %s)" % (sub, a.sql), "F.locate(%s, %s)" % (q(sub), a.py), "int")
            return N("locate('%s', %s, %d)" % (sub, a.sql, pos), "F.locate(%s, %s, %d)" % (q(sub), a.py, pos), "int")
        if k < 0.9:
            return N("ascii(%s)" % a.sql, "F.ascii(%s)" % a.py, "int")
        return N("octet_length(%s)" % a.sql, "F.octet_length(%s)" % a.py, "int")

    def f_datepart(self, cat, d, narrow):
        if self.rng.random() < 0.35:
            a = self.gen("ts", d)
            fn = self.ch(["hour", "minute", "second", "year", "month", "dayofmonth"])
        else:
            a = self.gen("date", d)
            fn = self.ch(["year", "month", "dayofmonth", "dayofweek", "weekofyear", "dayofyear", "quarter", "day", "weekday"])
        pyfn = {"day": "dayofmonth"}.get(fn, fn)
        return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (pyfn, a.py), "int")

    def f_datediff(self, cat, d, narrow):
        a, b = self.gen("date", self.rng.randint(0, d)), self.gen(self.ch(["date", "date", "ts"]), self.rng.randint(0, d))
        if self.rng.random() < 0.5:
            a, b = b, a
        return N("datediff(%s, %s)" % (a.sql, b.sql), "F.datediff(%s, %s)" % (a.py, b.py), "int")

    def f_size(self, cat, d, narrow):
        a = self.gen("str", d)
        pat = self.ch(SPLITS)
        return N("size(split(%s, '%s'))" % (a.sql, pat), "F.size(F.split(%s, %s))" % (a.py, q(pat)), "int")

    def f_hash(self, cat, d, narrow):
        if narrow:
            return None
        args = [self.gen(self.ch(CATS), self.rng.randint(0, d)) for _ in range(self.rng.randint(1, 2))]
        return N("hash(%s)" % ", ".join(a.sql for a in args), "F.hash(%s)" % ", ".join(a.py for a in args), "int", True)

    def f_unix_ts(self, cat, d, narrow):
        if narrow:
            return None
        a = self.gen(self.ch(["ts", "date"]), d)
        return N("unix_timestamp(%s)" % a.sql, "F.unix_timestamp(%s)" % a.py, "long", True)

    def f_crc(self, cat, d, narrow):
        if narrow:
            return None
        a = self.gen("str", d)
        return N("crc32(%s)" % a.sql, "F.crc32(%s)" % a.py, "long", True)

    def f_math(self, cat, d, narrow):
        r = self.rng
        k = r.random()
        a = self.gen(self.ch(["double", "double", "int", "dec"]), d)
        if k < 0.2:
            return N("sqrt(%s)" % a.sql, "F.sqrt(%s)" % a.py, "double")
        if k < 0.35:
            e = self.ch(["2", "0.5", "3", "-1"])
            return N("pow(%s, %s)" % (a.sql, e), "F.pow(%s, %s)" % (a.py, e if "." in e else e + ".0"), "double")
        if k < 0.45:
            return N("exp(%s)" % a.sql, "F.exp(%s)" % a.py, "double")
        if k < 0.6:
            if r.random() < 0.5:
                return N("ln(%s)" % a.sql, "F.log(%s)" % a.py, "double")
            return N("log(10, %s)" % a.sql, "F.log(10.0, %s)" % a.py, "double")
        if k < 0.75:
            fn = self.ch(["sign", "signum"])
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (fn, a.py), "double")
        if k < 0.85:
            fn = self.ch(["cbrt", "log2", "log10", "log1p"])
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (fn, a.py), "double")
        if a.cat == "dec":
            a = self.gen("double", d)
        b = self.gen(self.ch(["double", "int"]), r.randint(0, d))
        return N("try_divide(%s, %s)" % (a.sql, b.sql), "F.try_divide(%s, %s)" % (a.py, b.py), "double")

    def f_months_between(self, cat, d, narrow):
        a, b = self.gen(self.ch(["ts", "date"]), d), self.gen(self.ch(["ts", "date"]), self.rng.randint(0, d))
        if self.rng.random() < 0.3:
            return N("months_between(%s, %s, false)" % (a.sql, b.sql), "F.months_between(%s, %s, False)" % (a.py, b.py), "double")
        return N("months_between(%s, %s)" % (a.sql, b.sql), "F.months_between(%s, %s)" % (a.py, b.py), "double")

    # -- strings ---------------------------------------------------------------------------
    def p_str(self):
        return [(3, self.f_concat), (3, self.f_substr), (3, self.f_case_trim), (2, self.f_pad), (3, self.f_replace),
                (1, self.f_repeat), (2, self.f_format), (3, self.f_to_string), (2, self.f_date_format),
                (1, self.f_digest), (2, self.f_split_get)] + self.deep([(4, self.f_str_deep)]) + self.wide(
            [(4, self.f_str_wide)]) + self.temporal([(5, self.f_str_temporal)]) + self.rare([(40, lambda c, d, n: self.f_rare('str', d, n))])

    def f_concat(self, cat, d, narrow):
        r = self.rng
        args = []
        for _ in range(r.randint(2, 3)):
            if r.random() < 0.2:
                x = self.gen(self.ch(["int", "dec", "date"]), r.randint(0, min(d, 1)))
                args.append(N("CAST(%s AS STRING)" % x.sql, '%s.cast("string")' % x.py, "str"))
            else:
                args.append(self.gen("str", r.randint(0, d)))
        if r.random() < 0.6:
            return N("concat(%s)" % ", ".join(a.sql for a in args), "F.concat(%s)" % ", ".join(a.py for a in args), "str")
        sep = self.ch(["-", ", ", "", "|"])
        return N("concat_ws('%s', %s)" % (sep, ", ".join(a.sql for a in args)),
                 "F.concat_ws(%s, %s)" % (q(sep), ", ".join(a.py for a in args)), "str")

    def f_substr(self, cat, d, narrow):
        a = self.gen("str", d)
        k = self.rng.random()
        if k < 0.6:
            pos, ln = self.ch([1, 2, 0, -3, 5]), self.ch([1, 3, 10, 0])
            fn = self.ch(["substring", "substr", "substring"])
            if fn == "substr":
                return N("substr(%s, %d, %d)" % (a.sql, pos, ln), "F.substr(%s, lit(%d), lit(%d))" % (a.py, pos, ln), "str")
            return N("substring(%s, %d, %d)" % (a.sql, pos, ln), "F.substring(%s, %d, %d)" % (a.py, pos, ln), "str")
        fn = self.ch(["left", "right"])
        n = self.ch([1, 2, 4, 0])
        return N("%s(%s, %d)" % (fn, a.sql, n), "F.%s(%s, lit(%d))" % (fn, a.py, n), "str")

    def f_case_trim(self, cat, d, narrow):
        a = self.gen("str", d)
        fn = self.ch(["upper", "lower", "initcap", "reverse", "trim", "ltrim", "rtrim", "trim", "ucase", "lcase"])
        pyfn = {"ucase": "upper", "lcase": "lower"}.get(fn, fn)
        return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (pyfn, a.py), "str")

    def f_pad(self, cat, d, narrow):
        a = self.gen("str", d)
        fn = self.ch(["lpad", "rpad"])
        n, pad = self.ch([0, 3, 6, 8]), self.ch(["*", "ab", " ", "é"])
        return N("%s(%s, %d, '%s')" % (fn, a.sql, n, pad), "F.%s(%s, %d, %s)" % (fn, a.py, n, q(pad)), "str")

    def f_replace(self, cat, d, narrow):
        a = self.gen("str", d)
        k = self.rng.random()
        if k < 0.25:
            x, y = self.ch([("o", "0"), (" ", ""), ("l", "LL"), ("a", "")])
            return N("replace(%s, '%s', '%s')" % (a.sql, x, y), "F.replace(%s, lit(%s), lit(%s))" % (a.py, q(x), q(y)), "str")
        if k < 0.55:
            p, rep = self.ch(REGEX_REPL)
            return N("regexp_replace(%s, '%s', '%s')" % (a.sql, p, rep), "F.regexp_replace(%s, %s, %s)" % (a.py, q(p), q(rep)), "str")
        if k < 0.8:
            p, idx = self.ch(REGEX_EXT)
            return N("regexp_extract(%s, '%s', %d)" % (a.sql, p, idx), "F.regexp_extract(%s, %s, %d)" % (a.py, q(p.replace("\\\\", "\\")), idx), "str")
        x, y = self.ch([("aeiou", "AEI"), ("lo", "01"), (" ", "_"), ("abc", "")])
        return N("translate(%s, '%s', '%s')" % (a.sql, x, y), "F.translate(%s, %s, %s)" % (a.py, q(x), q(y)), "str")

    def f_repeat(self, cat, d, narrow):
        a = self.gen("str", d)
        n = self.ch([0, 1, 2, 3, -1])
        return N("repeat(%s, %d)" % (a.sql, n), "F.repeat(%s, %d)" % (a.py, n), "str")

    def f_format(self, cat, d, narrow):
        r = self.rng
        if r.random() < 0.5:
            a = self.gen(self.ch(["double", "dec", "int", "long"]), d)
            k = self.ch([0, 2, 3])
            return N("format_number(%s, %d)" % (a.sql, k), "F.format_number(%s, %d)" % (a.py, k), "str")
        a = self.gen("str", r.randint(0, d))
        b = self.gen(self.ch(["int", "long"]), r.randint(0, d))
        c = self.gen("double", r.randint(0, d))
        fmt, args = self.ch([("%s-%d", [a, b]), ("[%5s|%-4d]", [a, b]), ("%.2f / %s", [c, a]), ("%d%%", [b]),
                             ("%s", [c]), ("%e", [c])])
        return N("format_string('%s', %s)" % (fmt, ", ".join(x.sql for x in args)),
                 "F.format_string(%s, %s)" % (q(fmt), ", ".join(x.py for x in args)), "str")

    def f_to_string(self, cat, d, narrow):
        a = self.gen(self.ch(["int", "long", "double", "dec", "date", "ts", "bool"]), d)
        if self.rng.random() < 0.3:
            return N("string(%s)" % a.sql, '%s.cast("string")' % a.py, "str")
        return N("CAST(%s AS STRING)" % a.sql, '%s.cast("string")' % a.py, "str")

    def f_date_format(self, cat, d, narrow):
        if self.rng.random() < 0.8:
            a = self.gen(self.ch(["ts", "date"]), d)
            p = self.ch(PATTERNS_DATE)
            return N("date_format(%s, '%s')" % (a.sql, p),
                     "F.date_format(%s, %s)" % (a.py, q(p)), "str")
        a = self.gen(self.ch(["int", "long"]), d, True)
        if self.rng.random() < 0.5:
            return N("from_unixtime(%s)" % a.sql, "F.from_unixtime(%s)" % a.py, "str")
        p = self.ch(["yyyy-MM-dd", "HH:mm", "yyyy-MM-dd HH:mm:ss"])
        return N("from_unixtime(%s, '%s')" % (a.sql, p), "F.from_unixtime(%s, %s)" % (a.py, q(p)), "str")

    def f_digest(self, cat, d, narrow):
        a = self.gen("str", d)
        fn = self.ch(["md5", "sha1", "sha2", "sha2"])
        if fn == "sha2":
            bits = self.ch([256, 224, 512, 0])
            return N("sha2(%s, %d)" % (a.sql, bits), "F.sha2(%s, %d)" % (a.py, bits), "str")
        return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (fn, a.py), "str")

    def f_split_get(self, cat, d, narrow):
        a = self.gen("str", d)
        pat = self.ch(SPLITS)
        k = self.rng.random()
        sp_sql, sp_py = "split(%s, '%s')" % (a.sql, pat), "F.split(%s, %s)" % (a.py, q(pat))
        if k < 0.4:
            i = self.ch([1, 2, -1, 3])
            return N("try_element_at(%s, %d)" % (sp_sql, i), "F.try_element_at(%s, lit(%d))" % (sp_py, i), "str")
        if k < 0.7:
            i = self.ch([0, 1, 2])
            return N("get(%s, %d)" % (sp_sql, i), "F.get(%s, %d)" % (sp_py, i), "str")
        sep = self.ch(["-", "", "/"])
        return N("array_join(%s, '%s')" % (sp_sql, sep), "F.array_join(%s, %s)" % (sp_py, q(sep)), "str")

    # -- dates -----------------------------------------------------------------------------
    def small_int(self, d):
        return self.gen("int", 1 if d and self.rng.random() < 0.3 else 0, True)

    def p_date(self):
        return [(3, self.f_date_add), (2, self.f_add_months), (2, self.f_last_next), (2, self.f_trunc),
                (2, self.f_to_date), (1, self.f_make_date), (1, self.f_date_interval)] + self.deep([(1, self.f_date_deep)]) + self.rare([(4, lambda c, d, n: self.f_rare('date', d, n))])

    def f_date_add(self, cat, d, narrow):
        a = self.gen("date", d)
        n = self.small_int(d)
        fn = self.ch(["date_add", "date_sub", "date_add", "dateadd"])
        pyfn = {"dateadd": "date_add"}.get(fn, fn)
        return N("%s(%s, %s)" % (fn, a.sql, n.sql), "F.%s(%s, %s)" % (pyfn, a.py, n.py), "date")

    def f_add_months(self, cat, d, narrow):
        a = self.gen("date", d)
        n = self.small_int(d)
        return N("add_months(%s, %s)" % (a.sql, n.sql), "F.add_months(%s, %s)" % (a.py, n.py), "date")

    def f_last_next(self, cat, d, narrow):
        a = self.gen("date", d)
        if self.rng.random() < 0.5:
            return N("last_day(%s)" % a.sql, "F.last_day(%s)" % a.py, "date")
        day = self.ch(DAYS)
        return N("next_day(%s, '%s')" % (a.sql, day), "F.next_day(%s, %s)" % (a.py, q(day)), "date")

    def f_trunc(self, cat, d, narrow):
        if cat == "date":
            a = self.gen("date", d)
            f = self.ch(TRUNC_D)
            return N("trunc(%s, '%s')" % (a.sql, f), "F.trunc(%s, %s)" % (a.py, q(f)), "date")
        a = self.gen("ts", d)
        f = self.ch(TRUNC_TS)
        return N("date_trunc('%s', %s)" % (f, a.sql), "F.date_trunc(%s, %s)" % (q(f), a.py), "ts")

    def f_to_date(self, cat, d, narrow):
        k = self.rng.random()
        if k < 0.35:
            a = self.gen("ts", d)
            if self.rng.random() < 0.5:
                return N("to_date(%s)" % a.sql, "F.to_date(%s)" % a.py, "date")
            return N("CAST(%s AS DATE)" % a.sql, '%s.cast("date")' % a.py, "date")
        if k < 0.7:
            # only a column or a literal: a computed string such as '12342' parses as a date in year 12342
            a = self.leaf("str")
            if self.rng.random() < 0.5:
                return N("try_to_date(%s)" % a.sql, "F.try_to_date(%s)" % a.py, "date")
            return N("TRY_CAST(%s AS DATE)" % a.sql, '%s.try_cast("date")' % a.py, "date")
        a = self.gen("date", d)
        p = self.ch(["yyyy-MM-dd", "dd/MM/yyyy", "yyyyMMdd"])
        return N("to_date(date_format(%s, '%s'), '%s')" % (a.sql, p, p),
                 "F.to_date(F.date_format(%s, %s), %s)" % (a.py, q(p), q(p)), "date")

    def f_make_date(self, cat, d, narrow):
        a = self.gen("date", max(d - 1, 0))
        y = self.ch([("year(%s)" % a.sql, "F.year(%s)" % a.py), ("2024", "lit(2024)"), ("2023", "lit(2023)")])
        m = self.ch([("month(%s)" % a.sql, "F.month(%s)" % a.py), ("2", "lit(2)"), ("12", "lit(12)"),
                     ("pmod(i, 12) + 1", 'F.pmod(col("i"), lit(12)) + lit(1)' if "i" in self.cols else None)])
        if m[1] is None:
            m = ("1", "lit(1)")
        dd = self.ch([("1", "lit(1)"), ("28", "lit(28)"), ("least(dayofmonth(%s), 28)" % a.sql, "F.least(F.dayofmonth(%s), lit(28))" % a.py)])
        return N("make_date(%s, %s, %s)" % (y[0], m[0], dd[0]), "F.make_date(%s, %s, %s)" % (y[1], m[1], dd[1]), "date")

    def f_date_interval(self, cat, d, narrow):
        if cat == "date":
            a = self.gen("date", d)
            iv = self.ch(DATE_INTERVALS)
            op = self.ch(["+", "-"])
            return N("(%s %s %s)" % (a.sql, op, iv), "(%s %s expr(%s))" % (a.py, op, q(iv)), "date")
        a = self.gen("ts", d)
        iv = self.ch(INTERVALS)
        op = self.ch(["+", "-"])
        return N("(%s %s %s)" % (a.sql, op, iv), "(%s %s expr(%s))" % (a.py, op, q(iv)), "ts")

    def p_ts(self):
        return [(3, self.f_date_interval), (2, self.f_trunc), (2, self.f_to_ts), (1, self.f_ts_from_num)] + self.deep(
            [(1, self.f_ts_deep)]) + self.temporal([(3, self.f_ts_temporal)]) + self.rare([(6, lambda c, d, n: self.f_rare('ts', d, n))])

    def f_to_ts(self, cat, d, narrow):
        k = self.rng.random()
        if k < 0.35:
            a = self.gen("date", d)
            return N("CAST(%s AS TIMESTAMP)" % a.sql, '%s.cast("timestamp")' % a.py, "ts")
        if k < 0.65:
            a = self.leaf("str")
            if self.rng.random() < 0.5:
                return N("try_to_timestamp(%s)" % a.sql, "F.try_to_timestamp(%s)" % a.py, "ts")
            return N("TRY_CAST(%s AS TIMESTAMP)" % a.sql, '%s.try_cast("timestamp")' % a.py, "ts")
        a = self.gen("ts", d)
        p = self.ch(["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd.MM.yyyy HH:mm:ss.SSSSSS"])
        return N("to_timestamp(date_format(%s, '%s'), '%s')" % (a.sql, p, p),
                 "F.to_timestamp(F.date_format(%s, %s), %s)" % (a.py, q(p), q(p)), "ts")

    def f_ts_from_num(self, cat, d, narrow):
        a = self.gen("int", d, True)
        if self.rng.random() < 0.5:
            return N("timestamp_seconds(%s)" % a.sql, "F.timestamp_seconds(%s)" % a.py, "ts")
        return N("CAST(%s AS TIMESTAMP)" % a.sql, '%s.cast("timestamp")' % a.py, "ts")

    # -- booleans --------------------------------------------------------------------------
    def p_bool(self):
        return [(6, self.f_cmp), (3, self.f_logic), (2, self.f_isnull), (2, self.f_between_in), (2, self.f_like),
                (1, self.f_isnan), (1, self.f_cast_num)] + self.deep([(2, self.f_bool_deep)]) + self.wide(
            [(3, self.f_bool_wide)]) + self.temporal([(2, self.f_bool_temporal)]) + self.rare([(12, lambda c, d, n: self.f_rare('bool', d, n))])

    def f_cmp(self, cat, d, narrow):
        r = self.rng
        k = r.random()
        if k < 0.5:
            a, b = self.gen(self.ch(NUM), r.randint(0, d)), self.gen(self.ch(NUM), r.randint(0, d))
        elif k < 0.7:
            a, b = self.gen("str", r.randint(0, d)), self.gen("str", r.randint(0, d))
        elif k < 0.9:
            a, b = self.gen(self.ch(["date", "ts"]), r.randint(0, d)), self.gen(self.ch(["date", "ts", "date"]), r.randint(0, d))
        else:
            a, b = self.gen("bool", r.randint(0, d)), self.gen("bool", r.randint(0, d))
        if a.sql == b.sql:
            b = self.lit(b.cat, small=True)
        op = self.ch(["=", "<>", "<", "<=", ">", ">=", "<=>", "!="])
        pyop = {"=": "==", "<>": "!="}.get(op, op)
        if op == "<=>":
            return N("(%s <=> %s)" % (a.sql, b.sql), "%s.eqNullSafe(%s)" % (self.paren(a.py), b.py), "bool")
        return N("(%s %s %s)" % (a.sql, op, b.sql), "(%s %s %s)" % (a.py, pyop, b.py), "bool")

    def paren(self, py):
        return py  # every Column-API rendering is a primary (call, attribute or parenthesized)

    def f_logic(self, cat, d, narrow):
        r = self.rng
        if r.random() < 0.25:
            a = self.gen("bool", d)
            return N("(NOT %s)" % a.sql, "(~%s)" % a.py, "bool")
        a, b = self.gen("bool", r.randint(0, d)), self.gen("bool", r.randint(0, d))
        op = self.ch(["AND", "OR"])
        return N("(%s %s %s)" % (a.sql, op, b.sql), "(%s %s %s)" % (a.py, "&" if op == "AND" else "|", b.py), "bool")

    def f_isnull(self, cat, d, narrow):
        a = self.gen(self.ch(CATS), d)
        k = self.rng.random()
        if k < 0.4:
            return N("(%s IS NULL)" % a.sql, "%s.isNull()" % self.paren(a.py), "bool")
        if k < 0.8:
            return N("(%s IS NOT NULL)" % a.sql, "%s.isNotNull()" % self.paren(a.py), "bool")
        return N("isnull(%s)" % a.sql, "F.isnull(%s)" % a.py, "bool")

    def f_between_in(self, cat, d, narrow):
        r = self.rng
        c = self.ch(["int", "double", "dec", "str", "int"])
        a = self.gen(c, d)
        if r.random() < 0.5:
            lo, hi = self.lit(c, small=True), self.lit(c, small=True)
            return N("(%s BETWEEN %s AND %s)" % (a.sql, lo.sql, hi.sql), "%s.between(%s, %s)" % (self.paren(a.py), lo.py, hi.py), "bool")
        vals = [self.lit(c, small=True) for _ in range(r.randint(1, 3))]
        neg = r.random() < 0.25
        sql = "(%s %sIN (%s))" % (a.sql, "NOT " if neg else "", ", ".join(v.sql for v in vals))
        py = "%s.isin(%s)" % (self.paren(a.py), ", ".join(v.py for v in vals))
        return N(sql, "(~%s)" % py if neg else py, "bool")

    def f_like(self, cat, d, narrow):
        a = self.gen("str", d)
        k = self.rng.random()
        pa = self.paren(a.py)
        if k < 0.3:
            p = self.ch(LIKES)
            if self.rng.random() < 0.3:
                return N("(%s ILIKE '%s')" % (a.sql, p), "%s.ilike(%s)" % (pa, q(p)), "bool")
            return N("(%s LIKE '%s')" % (a.sql, p), "%s.like(%s)" % (pa, q(p)), "bool")
        if k < 0.5:
            p = self.ch(RLIKES)
            return N("(%s RLIKE '%s')" % (a.sql, p), "%s.rlike(%s)" % (pa, q(p.replace("\\\\", "\\"))), "bool")
        fn = self.ch(["startswith", "endswith", "contains"])
        v = self.ch(["a", "H", " ", "o", "", "é"])
        return N("%s(%s, '%s')" % (fn, a.sql, v), "%s.%s(%s)" % (pa, fn, q(v)), "bool")

    # -- the deeper generator (--deep): more of the function library -------------------------
    def f_int_deep(self, cat, d, narrow):
        r = self.rng
        a = self.gen("str", d)
        k = r.random()
        if k < 0.12:
            b = self.gen("str", r.randint(0, d))
            return N("levenshtein(%s, %s)" % (a.sql, b.sql), "F.levenshtein(%s, %s)" % (a.py, b.py), "int")
        if k < 0.22:
            v = self.ch(["a", "b", "", "x-y"])
            return N("find_in_set('%s', %s)" % (v, a.sql), "F.find_in_set(lit(%s), %s)" % (q(v), a.py), "int")
        if k < 0.34:
            p = self.ch(["[aeiou]", "o", " ", "[0-9]"])
            return N("regexp_count(%s, '%s')" % (a.sql, p), "F.regexp_count(%s, lit(%s))" % (a.py, q(p)), "int")
        if k < 0.46:
            pat = self.ch(SPLITS)
            return N("size(array_distinct(split(%s, '%s')))" % (a.sql, pat),
                     "F.size(F.array_distinct(F.split(%s, %s)))" % (a.py, q(pat)), "int")
        if k < 0.58:
            return N("aggregate(split(%s, ' '), 0, (acc, x) -> acc + length(x))" % a.sql,
                     'F.aggregate(F.split(%s, " "), lit(0), lambda acc, x: acc + F.length(x))' % a.py, "int")
        if k < 0.68:
            x = self.gen("int", d, True)
            if r.random() < 0.5:
                return N("bit_count(%s)" % x.sql, "F.bit_count(%s)" % x.py, "int")
            n = self.ch([1, 2, 3])
            return N("shiftleft(%s, %d)" % (x.sql, n), "F.shiftleft(%s, %d)" % (x.py, n), "int", x.wide)
        dt = self.gen("date", d)
        if k < 0.8:
            f = self.ch(["YEAR", "MONTH", "DAY", "DOY", "QUARTER", "WEEK", "DOW"])
            if r.random() < 0.5:
                return N("date_part('%s', %s)" % (f, dt.sql), "F.date_part(lit(%s), %s)" % (q(f), dt.py), "int")
            return N("extract(%s FROM %s)" % (f, dt.sql), "F.extract(lit(%s), %s)" % (q(f), dt.py), "int")
        if k < 0.9:
            return N("unix_date(%s)" % dt.sql, "F.unix_date(%s)" % dt.py, "int", True)
        x, y = self.gen("int", d, True), self.gen("int", r.randint(0, d), True)
        return N("nvl2(%s, %s, %s)" % (a.sql, x.sql, y.sql), "F.nvl2(%s, %s, %s)" % (a.py, x.py, y.py), "int")

    def f_long_deep(self, cat, d, narrow):
        if narrow:
            return None
        args = [self.gen(self.ch(CATS), self.rng.randint(0, d)) for _ in range(self.rng.randint(1, 2))]
        return N("xxhash64(%s)" % ", ".join(a.sql for a in args), "F.xxhash64(%s)" % ", ".join(a.py for a in args),
                 "long", True)

    def f_double_deep(self, cat, d, narrow):
        r = self.rng
        a = self.gen(self.ch(["double", "int", "double"]), d)
        k = r.random()
        if k < 0.3:
            b = self.gen(self.ch(["double", "int"]), r.randint(0, d))
            fn = self.ch(["hypot", "atan2"])
            return N("%s(%s, %s)" % (fn, a.sql, b.sql), "F.%s(%s, %s)" % (fn, a.py, b.py), "double")
        if k < 0.6:
            fn = self.ch(["degrees", "radians", "sin", "cos", "tanh", "asinh"])
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (fn, a.py), "double")
        if a.cat != "double":
            a = self.gen("double", d)
        n = self.ch([0, 1, 2, -1])
        return N("bround(%s, %d)" % (a.sql, n), "F.bround(%s, %d)" % (a.py, n), "double")

    def f_try_arith(self, cat, d, narrow):
        """try_add / try_subtract / try_multiply: NULL where the plain operator overflows."""
        r = self.rng
        a, b = self.gen(cat, r.randint(0, d)), self.gen(cat, r.randint(0, d))
        fn = self.ch(["try_add", "try_subtract", "try_multiply"])
        if fn == "try_multiply" and cat == "dec":
            b = self.lit("int", small=True)
        return N("%s(%s, %s)" % (fn, a.sql, b.sql), "F.%s(%s, %s)" % (fn, a.py, b.py), num_result([a.cat, b.cat]))

    def f_str_deep(self, cat, d, narrow):
        r = self.rng
        a = self.gen("str", d)
        k = r.random()
        if k < 0.08:
            return N("soundex(%s)" % a.sql, "F.soundex(%s)" % a.py, "str")
        if k < 0.16:
            return N("base64(%s)" % a.sql, "F.base64(%s)" % a.py, "str")
        if k < 0.24:
            x = self.gen(self.ch(["int", "long"]), d, True)
            fn = self.ch(["hex", "bin"])
            return N("%s(%s)" % (fn, x.sql), "F.%s(%s)" % (fn, x.py), "str")
        if k < 0.3:
            fr, to = self.ch([(10, 16), (10, 2), (16, 10), (36, 10)])
            return N("conv(%s, %d, %d)" % (a.sql, fr, to), "F.conv(%s, %d, %d)" % (a.py, fr, to), "str")
        if k < 0.4:
            sep, n = self.ch([" ", ",", "o"]), self.ch([1, 2, -1, 0])
            return N("substring_index(%s, '%s', %d)" % (a.sql, sep, n),
                     "F.substring_index(%s, %s, %d)" % (a.py, q(sep), n), "str")
        if k < 0.5:
            sep, n = self.ch([" ", ",", "-"]), self.ch([1, 2, -1, 3])
            return N("split_part(%s, '%s', %d)" % (a.sql, sep, n),
                     "F.split_part(%s, lit(%s), lit(%d))" % (a.py, q(sep), n), "str")
        if k < 0.58:
            p = self.ch(["[aeiou]+", "[0-9]+", "[A-Z][a-z]*", "o."])
            return N("regexp_substr(%s, '%s')" % (a.sql, p), "F.regexp_substr(%s, lit(%s))" % (a.py, q(p)), "str")
        if k < 0.64:
            pos, ln = self.ch([1, 2, 4]), self.ch([0, 1, 2])
            return N("overlay(%s PLACING 'xx' FROM %d FOR %d)" % (a.sql, pos, ln),
                     'F.overlay(%s, lit("xx"), lit(%d), lit(%d))' % (a.py, pos, ln), "str")
        if k < 0.7:
            return N("btrim(%s)" % a.sql, "F.btrim(%s)" % a.py, "str")
        if k < 0.77:
            b = self.gen("str", r.randint(0, d))
            n = self.ch([1, 2])
            return N("elt(%d, %s, %s)" % (n, a.sql, b.sql), "F.elt(lit(%d), %s, %s)" % (n, a.py, b.py), "str")
        if k < 0.85:
            fn = self.ch(["upper", "reverse", "initcap"])
            sep = self.ch(["-", ""])
            return N("array_join(transform(split(%s, ' '), x -> %s(x)), '%s')" % (a.sql, fn, sep),
                     'F.array_join(F.transform(F.split(%s, " "), lambda x: F.%s(x)), %s)' % (a.py, fn, q(sep)), "str")
        if k < 0.93:
            x = self.gen(self.ch(["int", "double", "dec", "date", "bool"]), r.randint(0, d))
            key = self.ch(["a", "n"])
            return N("get_json_object(to_json(named_struct('a', %s, 'n', %s)), '$.%s')" % (a.sql, x.sql, key),
                     'F.get_json_object(F.to_json(F.named_struct(lit("a"), %s, lit("n"), %s)), "$.%s")' % (a.py, x.py, key),
                     "str")
        x = self.gen(self.ch(CATS), r.randint(0, d))
        b = self.gen("str", r.randint(0, d))
        return N("nvl2(%s, %s, %s)" % (x.sql, a.sql, b.sql), "F.nvl2(%s, %s, %s)" % (x.py, a.py, b.py), "str")

    def f_date_deep(self, cat, d, narrow):
        n = self.gen("int", d, True)
        return N("date_from_unix_date(%s)" % n.sql, "F.date_from_unix_date(%s)" % n.py, "date")

    def f_ts_deep(self, cat, d, narrow):
        r = self.rng
        if r.random() < 0.5:
            dt = self.gen("date", d)
            h, mi = self.ch(["0", "12", "23"]), self.ch(["0", "30", "59"])
            sec = self.ch(["0", "15.5", "59.999999"])
            return N("make_timestamp(year(%s), month(%s), dayofmonth(%s), %s, %s, %s)" % (dt.sql, dt.sql, dt.sql, h, mi, sec),
                     "F.make_timestamp(F.year(%s), F.month(%s), F.dayofmonth(%s), lit(%s), lit(%s), lit(%s))"
                     % (dt.py, dt.py, dt.py, h, mi, sec if "." not in sec else 'expr("%s")' % sec), "ts")
        x = self.gen("int", d, True)
        return N("timestamp_millis(%s)" % x.sql, "F.timestamp_millis(%s)" % x.py, "ts")

    def f_bool_deep(self, cat, d, narrow):
        r = self.rng
        a = self.gen("str", d)
        k = r.random()
        v = self.ch(["o", "a", "", "b", "Hello"])
        if k < 0.3:
            fn = self.ch(["exists", "forall"])
            return N("%s(split(%s, ' '), x -> x = '%s')" % (fn, a.sql, v),
                     'F.%s(F.split(%s, " "), lambda x: x == lit(%s))' % (fn, a.py, q(v)), "bool")
        if k < 0.6:
            return N("array_contains(split(%s, ','), '%s')" % (a.sql, v),
                     'F.array_contains(F.split(%s, ","), %s)' % (a.py, q(v)), "bool")
        p = self.ch(["^[A-Z]", "[0-9]+", "o$", "[aeiou]{2}"])
        return N("regexp_like(%s, '%s')" % (a.sql, p), "F.regexp_like(%s, lit(%s))" % (a.py, q(p)), "bool")

    # -- `--temporal`: datetime differences, intervals and their fields --------------------
    def diff(self, d):
        """A datetime difference (an interval, as SQL): timestamp - timestamp (or a date or
        a string on one side), date - date."""
        k = self.rng.random()
        if k < 0.5:
            a, b = self.gen("ts", self.rng.randint(0, d)), self.gen("ts", self.rng.randint(0, d))
        elif k < 0.7:
            a, b = self.gen("ts", d), self.gen("date", d)
            if self.rng.random() < 0.5:
                a, b = b, a
        elif k < 0.8:
            a, b = self.gen("ts", d), N("'2024-02-29 23:59:59.5'", None, "str")
        else:
            return "(%s - %s)" % (self.gen("date", d).sql, self.gen("date", d).sql), True
        return "(%s - %s)" % (a.sql, b.sql), False

    def f_int_temporal(self, cat, d, narrow):
        iv, dates = self.diff(d)
        fields = ["DAY"] if dates else ["DAY", "HOUR", "MINUTE"]
        f = self.ch(fields)
        sql = "CAST(extract(%s FROM %s) AS INT)" % (f, iv)
        if self.rng.random() < 0.3:
            sql = "CAST(date_part('%s', %s) AS INT)" % (f.lower() + "s", iv)
        return N(sql, pyexpr(sql), "int")

    def f_str_temporal(self, cat, d, narrow):
        k = self.rng.random()
        if k < 0.5:
            iv, _ = self.diff(d)
            sql = "CAST(%s AS STRING)" % iv
        elif k < 0.65:
            iv, dates = self.diff(d)
            sql = "CAST(extract(SECOND FROM %s) AS STRING)" % iv if not dates else "CAST(-%s AS STRING)" % iv
        elif k < 0.8:
            iv = self.ch(["INTERVAL '3' HOUR", "INTERVAL '1 02:03' DAY TO MINUTE", "INTERVAL '-2' DAY",
                          "INTERVAL '5-7' YEAR TO MONTH", "INTERVAL '90' MINUTE"])
            sql = "CAST(%s AS STRING)" % iv
        else:
            v = self.ch(["2025-03-09 02:30:00", "2024-02-29 23:59:59.999999", "2025-11-02 01:30:00"])
            iv = self.ch(["INTERVAL 1 DAY", "INTERVAL -36 HOURS", "INTERVAL '2 01' DAY TO HOUR"])
            sql = "CAST(TIMESTAMP_NTZ'%s' + %s AS STRING)" % (v, iv)
        return N(sql, pyexpr(sql), "str")

    def f_ts_temporal(self, cat, d, narrow):
        a = self.gen("ts", d)
        k = self.rng.random()
        if k < 0.6:
            iv = self.ch(["INTERVAL 72 HOURS", "INTERVAL -3 DAYS", "INTERVAL '2 12' DAY TO HOUR",
                          "INTERVAL '-1 00:00:01' DAY TO SECOND", "INTERVAL 24 HOURS", "INTERVAL '25:00' HOUR TO MINUTE"])
            op = self.ch(["+", "-"])
            sql = "(%s %s %s)" % (a.sql, op, iv)
        else:
            b, c = self.gen("ts", d), self.gen("ts", d)
            sql = "(%s + (%s - %s))" % (a.sql, b.sql, c.sql)
        return N(sql, pyexpr(sql), "ts")

    def f_bool_temporal(self, cat, d, narrow):
        iv, dates = self.diff(d)
        bound = self.ch(["INTERVAL '1' DAY", "INTERVAL '-2' DAY", "INTERVAL '0' DAY"]) if dates else self.ch(
            ["INTERVAL '1' DAY", "INTERVAL '23:59' HOUR TO MINUTE", "INTERVAL '-36' HOUR"])
        sql = "(%s %s %s)" % (iv, self.ch([">", "<=", "="]), bound)
        return N(sql, pyexpr(sql), "bool")

    # -- `--wide`: more of Spark's library, and the rules these reach in the optimizer -------
    def f_int_wide(self, cat, d, narrow):
        r = self.rng
        k = r.random()
        if k < 0.3:
            a = self.gen("str", d)
            fn = self.ch(["ascii", "octet_length", "bit_length"])
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (fn, a.py), "int")
        if k < 0.45:
            a = self.gen("str", d)
            sub = self.ch(["o", " ", "l"])
            return N("locate('%s', %s)" % (sub, a.sql), "F.locate(%s, %s)" % (q(sub), a.py), "int")
        if k < 0.75:
            a = self.gen("date", d)
            fn = self.ch(["dayofweek", "weekday", "weekofyear", "quarter", "dayofyear"])
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (fn, a.py), "int")
        # bitwise operators, a numeric string among their operands (ANSI string promotion)
        a, b = self.gen("int", d, True), self.ch(["3", "'6'", "-1"])
        op = self.ch(["&", "|", "^"])
        sql = "(%s %s %s)" % (a.sql, op, b)
        return N("CAST(%s AS INT)" % sql, 'F.expr(%s).cast("int")' % q(sql), "int")

    def f_double_wide(self, cat, d, narrow):
        a = self.gen(self.ch(["double", "int", "dec"]), d, True)
        k = self.rng.random()
        if k < 0.5:
            fn = self.ch(["cbrt", "signum", "degrees", "radians", "sinh", "tanh", "expm1"])
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (fn, a.py), "double")
        if k < 0.7:
            fn = self.ch(["log2", "log10", "log1p"])
            return N("%s(abs(%s) + 1)" % (fn, a.sql), "F.%s(F.abs(%s) + lit(1))" % (fn, a.py), "double")
        # a numeric string operand: a DOUBLE next to a fraction
        s = self.ch(["'2.5'", "'-1'", "'1e2'"])
        sql = "(%s * CAST(%s AS DOUBLE))" % (s, a.sql)
        return N(sql, pyexpr(sql), "double")

    def f_str_wide(self, cat, d, narrow):
        r = self.rng
        k = r.random()
        if k < 0.2:
            n = self.ch([0, 1, 3])
            a = self.gen("str", d)
            return N("concat(space(%d), %s)" % (n, a.sql), pyexpr("concat(space(%d), %s)" % (n, a.sql)), "str")
        if k < 0.35:
            a = self.gen("str", d)
            return N("mask(%s)" % a.sql, "F.mask(%s)" % a.py, "str")
        if k < 0.5:
            a = self.gen("int", d, True)
            return N("chr(abs(%s) %% 90 + 32)" % a.sql, pyexpr("chr(abs(%s) %% 90 + 32)" % a.sql), "str")
        if k < 0.65:
            a = self.gen("str", d)
            fn = self.ch(["sha1", "md5"])
            return N("%s(%s)" % (fn, a.sql), "F.%s(%s)" % (fn, a.py), "str")
        if k < 0.8:
            a = self.gen("str", d)
            b = self.gen("str", r.randint(0, d))
            return N("named_struct('p', %s, 'q', %s).q" % (a.sql, b.sql),
                     'F.struct(%s.alias("p"), %s.alias("q")).getField("q")' % (a.py, b.py), "str")
        a = self.gen("date", d)
        fn, arg = self.ch([("last_day", None), ("next_day", "'Mon'"), ("add_months", "1")])
        if arg is None:
            sql = "CAST(last_day(%s) AS STRING)" % a.sql
        else:
            sql = "CAST(%s(%s, %s) AS STRING)" % (fn, a.sql, arg)
        return N(sql, pyexpr(sql), "str")

    def f_bool_wide(self, cat, d, narrow):
        r = self.rng
        a = self.gen("str", d)
        v = self.ch(["o", "H", " ", "", "é"])
        k = r.random()
        if k < 0.3:
            fn = self.ch(["startswith", "endswith", "contains"])
            return N("%s(%s, '%s')" % (fn, a.sql, v), "F.%s(%s, lit(%s))" % (fn, a.py, q(v)), "bool")
        if k < 0.45:
            return N("(%s ILIKE '%%%s%%')" % (a.sql, v), "%s.ilike(%s)" % (a.py, q("%" + v + "%")), "bool")
        if k < 0.6:
            x = self.gen("int", d, True)
            n = self.ch([3, 0, -1])
            return N("equal_null(%s, %d)" % (x.sql, n), "F.equal_null(%s, lit(%d))" % (x.py, n), "bool")
        if k < 0.8:
            x = self.gen("int", d, True)
            n = self.ch([2, 7])
            sql = "((%s > %d) = %s)" % (x.sql, n, self.ch(["true", "false"]))
            return N(sql, pyexpr(sql), "bool")
        x = self.gen("int", d, True)
        n = self.ch([2, 5, 7])
        return N("(%s IN (%d, %d))" % (x.sql, n, n), "%s.isin(%d, %d)" % (x.py, n, n), "bool")

    def f_isnan(self, cat, d, narrow):
        a = self.gen("double", d)
        return N("isnan(%s)" % a.sql, "F.isnan(%s)" % a.py, "bool")


# -- `--rare`: Runnel's registered functions that no other flag draws ---------------------------
# Each entry: (result category, SQL template, Column-API template or None for expr(SQL)).
# Placeholders name a category (i int, l long, d double, m decimal, s string, dt date, ts timestamp,
# b boolean), a trailing digit making another argument of it; one name is one expression in both
# spellings. Result category "arr" is an array, map, struct or binary value printed as it is.
RARE = {
    "int": [
        ("array_max(array({i}, {i2}, 3))", "F.array_max(F.array({i}, {i2}, lit(3)))"),
        ("array_min(array({i}, {i2}, CAST(NULL AS INT)))", "F.array_min(F.array({i}, {i2}, lit(None).cast('int')))"),
        ("size(array_remove(array({i}, {i2}, 1, {i}), {i}))", "F.size(F.array_remove(F.array({i}, {i2}, lit(1), {i}), {i}))"),
        ("character_length({s})", "F.character_length({s})"),
        ("position('o', {s})", "F.position(lit('o'), {s})"),
        ("position({s2}, {s}, 2)", "F.position({s2}, {s}, lit(2))"),
        ("regexp_instr({s}, '[aeiou]')", "F.regexp_instr({s}, lit('[aeiou]'))"),
        ("regexp_instr({s}, '([a-z])([a-z])', 2)", "F.regexp_instr({s}, lit('([a-z])([a-z])'), 2)"),
        ("bit_get({i}, 3)", "F.bit_get({i}, lit(3))"),
        ("getbit(abs({i}) % 100, 0)", "F.getbit(F.abs({i}) % 100, lit(0))"),
        ("bitwise_not({i})", "F.bitwise_not({i})"),
        ("shiftright({i}, 2)", "F.shiftright({i}, 2)"),
        ("shiftrightunsigned({i}, 28)", "F.shiftrightunsigned({i}, 28)"),
        ("shiftright({i}, 33)", "F.shiftright({i}, 33)"),
        ("try_mod({i}, {i2})", "F.try_mod({i}, {i2})"),
        ("negative({i})", "F.negative({i})"),
        ("positive({i})", "F.positive({i})"),
        ("zeroifnull({i})", "F.zeroifnull({i})"),
        ("nullifzero({i})", "F.nullifzero({i})"),
        ("json_array_length(to_json(array({i}, {i2})))", "F.json_array_length(F.to_json(F.array({i}, {i2})))"),
        ("json_array_length({s})", "F.json_array_length({s})"),
        ("size(json_object_keys(to_json(named_struct('a', {i}, 'b', {s}))))",
         "F.size(F.json_object_keys(F.to_json(F.struct({i}.alias('a'), {s}.alias('b')))))"),
        ("array_position(array({s}, 'a', {s2}), 'a')", "F.array_position(F.array({s}, lit('a'), {s2}), 'a')"),
        ("size(sequence(1, abs({i}) % 5 + 1))", "F.size(F.sequence(lit(1), F.abs({i}) % 5 + lit(1)))"),
        ("size(map_keys(str_to_map({s}, ' ', 'l')))", "F.size(F.map_keys(F.str_to_map({s}, lit(' '), lit('l'))))"),
        ("reduce(array({i}, {i2}, 4), 0, (acc, x) -> acc + coalesce(x, 0))",
         "F.reduce(F.array({i}, {i2}, lit(4)), lit(0), lambda acc, x: acc + F.coalesce(x, lit(0)))"),
        ("bitmap_bucket_number(abs({i}))", "F.bitmap_bucket_number(F.abs({i}))"),
        ("bitmap_bit_position({i})", "F.bitmap_bit_position({i})"),
        ("width_bucket({d}, -10.0D, 10.0D, 4)", "F.width_bucket({d}, lit(-10.0), lit(10.0), lit(4))"),
        ("unix_date(make_date(2024, 1, 1)) + {i}", None),
        ("datepart('DAYOFWEEK', {dt})", None),
        ("timestampdiff(HOUR, {ts}, {ts2})", None),
        ("timestamp_diff('MONTH', {ts}, {ts2})", None),
        ("date_diff({dt}, {dt2})", "F.date_diff({dt}, {dt2})"),
        ("tinyint(abs({i}) % 100)", None),
        ("smallint({i})", None),
        ("xpath_int('<a><b>' || {i} || '</b></a>', 'a/b')", None),
        ("xpath_short('<a><b>7</b><b>' || {i} || '</b></a>', 'sum(a/b)')", None),
        ("CAST(array_size(slice(array({i}, {i2}, 3, 4), -2, 5)) AS INT)", "F.array_size(F.slice(F.array({i}, {i2}, lit(3), lit(4)), -2, 5)).cast('int')"),
    ],
    "long": [
        ("factorial(abs({i}) % 25)", "F.factorial(F.abs({i}) % 25)"),
        ("factorial({i})", "F.factorial({i})"),
        ("array_position(array({i}, {i2}, 7), 7)", "F.array_position(F.array({i}, {i2}, lit(7)), 7)"),
        ("unix_seconds({ts})", "F.unix_seconds({ts})"),
        ("unix_millis({ts})", "F.unix_millis({ts})"),
        ("unix_micros({ts})", "F.unix_micros({ts})"),
        ("to_unix_timestamp({ts})", None),
        ("to_unix_timestamp(CAST({dt} AS STRING), 'yyyy-MM-dd')", None),
        ("shiftrightunsigned(CAST({i} AS BIGINT), 1)", "F.shiftrightunsigned({i}.cast('bigint'), 1)"),
        ("bitwise_not(CAST({i} AS BIGINT))", "F.bitwise_not({i}.cast('bigint'))"),
        ("bitmap_count(bitmap_construct_agg_sql_unused)", None),
        ("xpath_long('<a>' || replace(replace({s}, '<', ''), '&', '') || '</a>', 'string-length(a)')", None),
        ("timestamp_diff('SECOND', {ts}, {ts2})", "F.timestamp_diff('SECOND', {ts}, {ts2})"),
        ("timestamp_diff('DAY', {dt}, {ts2})", "F.timestamp_diff('DAY', {dt}, {ts2})"),
        ("try_mod(CAST({i} AS BIGINT), 0L)", None),
    ],
    "double": [
        ("tan({d})", "F.tan({d})"), ("cot(nullif({d}, 0))", "F.cot(F.nullif({d}, lit(0)))"),
        ("csc(nullif({d}, 0))", "F.csc(F.nullif({d}, lit(0)))"),
        ("asin({d} / 1000)", "F.asin({d} / lit(1000))"), ("acos({d})", "F.acos({d})"), ("atan({d})", "F.atan({d})"),
        ("cosh({d} / 100)", "F.cosh({d} / lit(100))"), ("acosh(abs({d}) + 1)", "F.acosh(F.abs({d}) + lit(1))"),
        ("atanh({d} / 2000)", "F.atanh({d} / lit(2000))"), ("pi() * {i}", "F.pi() * {i}"),
        ("rint({d})", "F.rint({d})"), ("rint({m})", "F.rint({m})"),
        ("nanvl({d}, -1.0D)", "F.nanvl({d}, lit(-1.0))"), ("nanvl({d}, {d2})", "F.nanvl({d}, {d2})"),
        ("zeroifnull({d})", "F.zeroifnull({d})"), ("nullifzero({d})", "F.nullifzero({d})"),
        ("negative({d})", "F.negative({d})"),
        ("jaro_winkler_similarity({s}, {s2})", "F.jaro_winkler_similarity({s}, {s2})"),
        ("vector_inner_product(array(CAST({d} AS FLOAT), 1.5F), array(2.0F, CAST({i} AS FLOAT)))", None),
        ("vector_cosine_similarity(array(CAST({d} AS FLOAT), 1.0F), array(1.0F, 1.0F))", None),
        ("vector_l2_distance(array(CAST({i} AS FLOAT), 0.0F), array(3.0F, 4.0F))", None),
        ("vector_norm(array(CAST({i} AS FLOAT), 4.0F), 2.0F)", None),
        ("try_mod({d}, {d2})", "F.try_mod({d}, {d2})"),
        ("try_to_number({s}, 'S999.99')", "F.try_to_number({s}, lit('S999.99'))"),
        ("array_max(array({d}, {d2}, CAST('NaN' AS DOUBLE)))", "F.array_max(F.array({d}, {d2}, lit(float('nan'))))"),
        ("map_values(map('x', {d}))[0]", None),
        ("from_json(to_json(named_struct('v', {d})), 'v DOUBLE').v", None),
        ("xpath_double('<a><b>' || {i} || '</b><b>2.5</b></a>', 'sum(a/b)')", None),
        ("xpath_number('<a><b>' || {d} || '</b></a>', 'a/b * 2')", None),
        ("xpath_float('<a b=\"' || {i} || '\"/>', 'a/@b')", None),
        ("sec({d})", "F.sec({d})"), ("asinh({d})", "F.asinh({d})"), ("e() * {i}", "F.e() * {i}"),
    ],
    "dec": [
        ("try_to_number({s}, '999.99')", None),
        ("to_number(CAST({i} AS STRING), 'S9999')", "F.to_number({i}.cast('string'), lit('S9999'))"),
        ("zeroifnull({m})", "F.zeroifnull({m})"), ("nullifzero({m})", "F.nullifzero({m})"),
        ("negative({m})", "F.negative({m})"), ("positive({m})", "F.positive({m})"),
        ("try_mod({m}, {m2})", "F.try_mod({m}, {m2})"),
    ],
    "str": [
        ("typeof({i})", "F.typeof({i})"), ("typeof({m})", "F.typeof({m})"), ("typeof({dt})", "F.typeof({dt})"),
        ("typeof(array({s}, NULL))", None), ("typeof(map({i}, {ts}))", None),
        ("printf('%s=%d', {s}, {i})", "F.printf(lit('%s=%d'), {s}, {i})"),
        ("printf('%5.2f|%-6s|', {d}, {s})", "F.printf(lit('%5.2f|%-6s|'), {d}, {s})"),
        ("printf('%x %o %08d', {i}, {i2}, {i})", None),
        ("quote({s})", "F.quote({s})"),
        ("array_join(regexp_extract_all({s}, '([a-z]+)', 1), '|')", "F.array_join(F.regexp_extract_all({s}, lit('([a-z]+)'), 1), '|')"),
        ("decode(encode({s}, 'UTF-8'), 'US-ASCII')", "F.decode(F.encode({s}, 'UTF-8'), 'US-ASCII')"),
        ("hex(encode({s}, 'UTF-16LE'))", "F.hex(F.encode({s}, 'UTF-16LE'))"),
        ("hex(to_binary({s}, 'utf-8'))", "F.hex(F.to_binary({s}, lit('utf-8')))"),
        ("hex(try_to_binary({s}, 'hex'))", "F.hex(F.try_to_binary({s}, lit('hex')))"),
        ("hex(try_to_binary({s}, 'base64'))", "F.hex(F.try_to_binary({s}, lit('base64')))"),
        ("url_encode({s})", "F.url_encode({s})"), ("url_decode(url_encode({s}))", "F.url_decode(F.url_encode({s}))"),
        ("try_url_decode({s})", "F.try_url_decode({s})"),
        ("make_valid_utf8({s})", "F.make_valid_utf8({s})"), ("validate_utf8({s})", "F.validate_utf8({s})"),
        ("try_validate_utf8(unhex('61FF62'))", None),
        ("make_valid_utf8(unhex('61FF62C3'))", None),
        ("to_char({m}, '999,999.99')", None), ("to_char({i}, 'S9999')", None),
        ("to_char({dt}, 'yyyy/MM/dd')", "F.to_char({dt}, lit('yyyy/MM/dd'))"),
        ("to_char(encode({s}, 'utf-8'), 'hex')", None),
        ("to_char(encode({s}, 'utf-8'), 'base64')", None),
        ("to_base32(encode({s}, 'utf-8'))", None),
        ("CAST(from_base32(to_base32(encode({s}, 'utf-8'))) AS STRING)", None),
        ("sha({s})", "F.sha({s})"),
        ("CAST(unbase64(base64({s})) AS STRING)", "F.unbase64(F.base64({s})).cast('string')"),
        ("hex(unhex({s}))", "F.hex(F.unhex({s}))"),
        ("hex(hmac('key', {s}))", None), ("hex(hmac({s}, 'msg', 'SHA512'))", None),
        ("CAST(aes_decrypt(aes_encrypt({s}, '0123456789abcdef'), '0123456789abcdef') AS STRING)", None),
        ("base64(aes_encrypt({s}, '0123456789abcdef', 'ECB'))", None),
        ("base64(aes_encrypt({s}, 'abcdefghijklmnop12345678', 'GCM', 'DEFAULT', unhex('000000000000000000000000'), 'aad'))", None),
        ("CAST(try_aes_decrypt(unhex({s}), '0123456789abcdef') AS STRING)", None),
        ("dayname({dt})", "F.dayname({dt})"), ("monthname({ts})", "F.monthname({ts})"),
        ("CAST(timestamp_micros({i}) AS STRING)", None),
        ("CAST(from_utc_timestamp({ts}, 'Asia/Tokyo') AS STRING)", "F.from_utc_timestamp({ts}, 'Asia/Tokyo').cast('string')"),
        ("CAST(to_utc_timestamp({ts}, 'America/New_York') AS STRING)", "F.to_utc_timestamp({ts}, 'America/New_York').cast('string')"),
        ("CAST(convert_timezone('Europe/Paris', CAST({ts} AS TIMESTAMP_NTZ)) AS STRING)", None),
        ("CAST(convert_timezone('UTC', 'Asia/Kolkata', to_timestamp_ntz(date_format({ts}, 'yyyy-MM-dd HH:mm'))) AS STRING)", None),
        ("CAST(to_timestamp_ntz(date_format({ts}, 'yyyy-MM-dd HH:mm:ss')) AS STRING)", None),
        ("CAST(to_timestamp_ltz(date_format({ts}, 'yyyy-MM-dd'), 'yyyy-MM-dd') AS STRING)", None),
        ("CAST(make_timestamp_ntz(2024, abs({i}) % 12 + 1, 29, 10, 30, 45.5) AS STRING)", None),
        ("CAST(try_make_timestamp(2024, {i}, 29, 10, 30, 45.5) AS STRING)", None),
        ("CAST(try_make_timestamp_ntz(2023, 2, {i}, 0, 0, 0) AS STRING)", None),
        ("CAST(try_make_timestamp_ltz(2024, 3, 10, {i}, 30, 0, 'America/New_York') AS STRING)", None),
        ("CAST(make_timestamp_ltz(2024, 3, 10, 2, 30, 0) AS STRING)", None),
        ("CAST(make_dt_interval({i}, 2, 3, 4.5) AS STRING)", None),
        ("CAST(make_ym_interval({i}, 5) AS STRING)", None),
        ("CAST(make_dt_interval({i}) + make_dt_interval(0, {i2}) AS STRING)", None),
        ("CAST(timestampadd(MINUTE, {i}, {ts}) AS STRING)", None),
        ("CAST(timestamp_add('MONTH', {i}, {dt}) AS STRING)", None),
        ("current_timezone()", "F.current_timezone()"),
        ("current_database()", "F.current_database()"), ("current_catalog()", "F.current_catalog()"),
        ("current_schema()", "F.current_schema()"),
        ("parse_url('https://user@spark.apache.org:8080/path/p?query=1&k=' || {s} || '#frag', 'QUERY', 'k')", None),
        ("parse_url('http://a.b/c?x=' || url_encode({s}), '{URLPART}')", None),
        ("try_parse_url({s}, 'HOST')", "F.try_parse_url({s}, lit('HOST'))"),
        ("to_csv(named_struct('a', {i}, 'b', {s}))", "F.to_csv(F.struct({i}.alias('a'), {s}.alias('b')))"),
        ("to_csv(named_struct('d', {dt}, 'x', {d}))", None),
        ("schema_of_csv('1,abc,2.5,true')", "F.schema_of_csv(lit('1,abc,2.5,true'))"),
        ("schema_of_json('{\"a\": [1, 2.5], \"b\": {\"c\": null}}')", None),
        ("to_json(from_csv({s}, 'a INT, b STRING'))", None),
        ("to_json(map_from_arrays(array('a', 'b'), array({i}, {i2})))", None),
        ("to_json(arrays_zip(array({i}, 2), array({s})))", None),
        ("to_json(map_entries(map('k', {s}, 'j', 'v')))", None),
        ("array_join(sentences({s}), '/')", None),
        ("collation({s})", "F.collation({s})"),
        ("collation(collate({s}, 'UTF8_BINARY'))", None),
        ("CAST(binary({s}) AS STRING)", None),
        ("array_join(array_compact(array({s}, NULL, {s2})), ',')", "F.array_join(F.array_compact(F.array({s}, lit(None), {s2})), ',')"),
        ("array_join(array_append(array({s}), {s2}), '+', 'NUL')", "F.array_join(F.array_append(F.array({s}), {s2}), '+', 'NUL')"),
        ("array_join(array_prepend(split({s}, ' '), 'p'), '_')", "F.array_join(F.array_prepend(F.split({s}, ' '), lit('p')), '_')"),
        ("get_json_object(to_json(map_from_entries(array(named_struct('k', 'a', 'v', {i})))), '$.a')", None),
        ("element_at(map_concat(map('a', {s}), map('b', 'x')), 'a')", None),
        ("xpath_string('<a><b>' || replace(replace({s}, '<', ''), '&', '') || '</b></a>', 'a/b')", None),
    ],
    "bool": [
        ("arrays_overlap(array({i}, {i2}), array(1, 2, {i}))", "F.arrays_overlap(F.array({i}, {i2}), F.array(lit(1), lit(2), {i}))"),
        ("arrays_overlap(array({i}), array(CAST(NULL AS INT), 3))", None),
        ("map_contains_key(map({i}, 'a', 3, 'b'), 3)", "F.map_contains_key(F.create_map({i}, lit('a'), lit(3), lit('b')), 3)"),
        ("is_valid_utf8({s})", "F.is_valid_utf8({s})"),
        ("is_valid_utf8(unhex('C328'))", None),
        ("xpath_boolean('<a><b>' || {i} || '</b></a>', 'a/b = 7')", None),
        ("exists(map_keys(map_filter(map('a', {i}, 'b', {i2}), (k, v) -> v > 0)), x -> x = 'a')", None),
        ("({s} COLLATE UTF8_BINARY = 'Hello World')", None),
    ],
    "date": [
        ("sequence({dt}, date_add({dt}, 3), INTERVAL 1 DAY)[1]", None),
        ("element_at(array_sort(array({dt}, {dt2}, DATE'2024-02-29')), 1)", None),
    ],
    "ts": [
        ("timestamp_micros(CAST({i} AS BIGINT) * 1000000000L)", None),
        ("to_timestamp_ltz(CAST({dt} AS STRING))", None),
        ("make_timestamp_ltz(2024, 2, 29, {i}, 0, 0, 'Asia/Tokyo')", None),
        ("try_make_timestamp_ltz(2024, 2, 30, 1, 0, 0)", None),
        ("timestampadd(DAY, {i}, {ts})", None),
        ("timestamp_add('HOUR', {i}, {ts})", None),
        ("convert_timezone('America/Los_Angeles', 'UTC', {ts})", None),
    ],
    "arr": [
        ("array_sort(array({i}, {i2}, NULL, -1))", "F.array_sort(F.array({i}, {i2}, lit(None), lit(-1)))"),
        ("array_sort(array({s}, {s2}, 'b'), (l, r) -> CASE WHEN length(l) < length(r) THEN -1 WHEN length(l) > length(r) THEN 1 ELSE 0 END)", None),
        ("slice(array({i}, {i2}, 3, 4), {SLICE})", None),
        ("array_repeat({s}, abs({i}) % 3)", "F.array_repeat({s}, F.abs({i}) % 3)"),
        ("array_repeat({i}, -1)", "F.array_repeat({i}, -1)"),
        ("flatten(array(array({i}, {i2}), array(), array(NULL)))", None),
        ("flatten(array(array({s}), CAST(NULL AS ARRAY<STRING>)))", None),
        ("arrays_zip(array({i}, 2), array({s}), array())", None),
        ("arrays_zip(split({s}, ' '), sequence(1, 3))", "F.arrays_zip(F.split({s}, ' '), F.sequence(lit(1), lit(3)))"),
        ("array_insert(array({i}, {i2}), {INSPOS}, 9)", None),
        ("array_insert(array('a', 'b', 'c'), -1, {s})", "F.array_insert(F.array(lit('a'), lit('b'), lit('c')), -1, {s})"),
        ("array_union(array({d}, CAST('NaN' AS DOUBLE), {d2}), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D))", None),
        ("array_intersect(array({i}, {i2}, NULL, 1), array(1, NULL, {i}))", "F.array_intersect(F.array({i}, {i2}, lit(None), lit(1)), F.array(lit(1), lit(None), {i}))"),
        ("array_except(array({s}, {s2}, 'a', 'a'), array('a', NULL))", "F.array_except(F.array({s}, {s2}, lit('a'), lit('a')), F.array(lit('a'), lit(None)))"),
        ("sequence({i} % 5, 4)", None),
        ("sequence(5, abs({i}) % 5, -2)", None),
        ("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)", None),
        ("sequence({dt}, date_add({dt}, 2))", "F.sequence({dt}, F.date_add({dt}, 2))"),
        ("map_keys(map({s}, 1, 'k', 2))", None),
        ("map_values(map(1, {dt}, 2, NULL))", None),
        ("map_entries(map({i}, {s}))", None),
        ("map_from_arrays(array('a', 'b'), array({d}, {d2}))", "F.map_from_arrays(F.array(lit('a'), lit('b')), F.array({d}, {d2}))"),
        ("map_from_entries(array(struct({i}, {s}), struct(2, 'two')))", None),
        ("map_concat(map(1, {s}), map(2, {s2}))", "F.map_concat(F.create_map(lit(1), {s}), F.create_map(lit(2), {s2}))"),
        ("str_to_map({s}, ' ', 'l')", "F.str_to_map({s}, lit(' '), lit('l'))"),
        ("str_to_map('a:1,b:2,c:' || {i})", "F.str_to_map(F.concat(lit('a:1,b:2,c:'), {i}))"),
        ("map_filter(map('a', {i}, 'b', {i2}, 'c', 0), (k, v) -> v > 0 OR k = 'c')", "F.map_filter(F.create_map(lit('a'), {i}, lit('b'), {i2}, lit('c'), lit(0)), lambda k, v: (v > 0) | (k == 'c'))"),
        ("transform_keys(map({i}, 'x', 100, 'y'), (k, v) -> k + 1)", None),
        ("transform_values(map('a', {i}, 'b', {i2}), (k, v) -> concat(k, CAST(v AS STRING)))", None),
        ("map_zip_with(map('a', {i}, 'b', 2), map('a', 10, 'c', {i2}), (k, v1, v2) -> coalesce(v1, 0) + coalesce(v2, 0))", None),
        ("zip_with(array({i}, 2, 3), array({i2}, 5), (x, y) -> x * 10 + y)", "F.zip_with(F.array({i}, lit(2), lit(3)), F.array({i2}, lit(5)), lambda x, y: x * 10 + y)"),
        ("regexp_extract_all({s}, '([a-z])([a-z]+)', 2)", "F.regexp_extract_all({s}, lit('([a-z])([a-z]+)'), 2)"),
        ("regexp_extract_all({s}, '[0-9]+', 0)", None),
        ("sentences({s})", "F.sentences({s})"),
        ("sentences('Hello there. How are you? ' || {s}, 'en', 'US')", None),
        ("from_json({s}, 'a INT, b ARRAY<STRING>')", None),
        ("from_json('{\"a\": ' || {i} || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')", None),
        ("from_json('[' || {i} || ', 2]', 'ARRAY<INT>')", None),
        ("from_json('{\"k\": ' || {d} || '}', 'MAP<STRING, DOUBLE>')", None),
        ("from_csv({s}, 'a INT, b STRING, c DOUBLE')", None),
        ("from_csv(concat_ws(';', {i}, {s}), 'x INT, y STRING', map('sep', ';'))", None),
        ("struct({i}, {s} AS name, {dt})", None),
        ("named_struct('x', {i}, 'y', array({s}))", None),
        ("array({i}, NULL)", "F.array({i}, lit(None))"),
        ("encode({s}, 'UTF-8')", "F.encode({s}, 'UTF-8')"),
        ("to_binary({s}, 'utf-8')", None),
        ("hmac('k', {s}, 'SHA256')", None),
        ("bitmap_construct_agg_unused", None),
        ("vector_normalize(array(3.0F, CAST({i} AS FLOAT)), 2.0F)", None),
        ("xpath('<a><b>x</b><b>' || {i} || '</b></a>', 'a/b/text()')", None),
        ("json_object_keys({s})", None),
    ],
}
RARE["arr"] = [e for e in RARE["arr"] if "unused" not in e[0]]
RARE["long"] = [e for e in RARE["long"] if "unused" not in e[0]]
RARE_SUBST = {
    "SLICE": ["1, 2", "-1, 1", "-5, 2", "2, 0", "3, 10"],
    "INSPOS": ["1", "3", "5", "-1", "-4", "2"],
    "URLPART": ["HOST", "PATH", "QUERY", "PROTOCOL", "FILE", "AUTHORITY", "USERINFO", "REF"],
}
# Generators a `--rare` projection may hold (one a select, never aliased: Spark's names for their columns)
RARE_GENERATORS = [
    ("explode(array({i}, {i2}, NULL))", "F.explode(F.array({i}, {i2}, lit(None)))"),
    ("explode_outer(split({s}, ' '))", "F.explode_outer(F.split({s}, ' '))"),
    ("explode(map('a', {i}, 'b', {i2}))", "F.explode(F.create_map(lit('a'), {i}, lit('b'), {i2}))"),
    ("posexplode(sequence(1, abs({i}) % 3))", "F.posexplode(F.sequence(lit(1), F.abs({i}) % 3))"),
    ("posexplode_outer(array_remove(array({s}, 'x'), 'x'))", "F.posexplode_outer(F.array_remove(F.array({s}, lit('x')), 'x'))"),
    ("posexplode_outer(map({i}, {s}))", "F.posexplode_outer(F.create_map({i}, {s}))"),
    ("inline(array(named_struct('x', {i}, 'y', {s}), named_struct('x', 2, 'y', 'b')))", None),
    ("inline_outer(filter(array(struct({i} AS p, {d} AS q)), e -> e.p > 0))", None),
    ("stack(2, {i}, {s}, {i2}, {s2})", None),
    ("stack(3, {dt}, 1, {dt2})", None),
    ("json_tuple(to_json(named_struct('a', {i}, 'b', {s})), 'a', 'b', 'zz')", "F.json_tuple(F.to_json(F.struct({i}.alias('a'), {s}.alias('b'))), 'a', 'b', 'zz')"),
    ("json_tuple({s}, 'a')", "F.json_tuple({s}, 'a')"),
]
RARE_CAT = {"i": "int", "l": "long", "d": "double", "m": "dec", "s": "str", "dt": "date", "ts": "ts", "b": "bool"}
RARE_WIDE = {"long", "dec"}

# Aggregates only a `--rare` seed draws: (SQL, Column API or None, argument categories, result category)
RARE_AGGS = [
    ("max_by({s}, {i})", "F.max_by({s}, {i})"), ("min_by({dt}, {d})", "F.min_by({dt}, {d})"),
    ("round(product({i} % 4), 3)", None), ("round(stddev({d}), 6)", "F.round(F.stddev({d}), 6)"),
    ("round(stddev_samp({i}), 6)", None), ("round(stddev_pop({m}), 6)", None), ("round(variance({i}), 6)", None),
    ("round(var_samp({d}), 4)", None), ("round(var_pop({i}), 6)", "F.round(F.var_pop({i}), 6)"),
    ("round(corr({d}, {i}), 6)", None), ("round(covar_pop({i}, {i2}), 6)", None), ("round(covar_samp({d}, {i}), 4)", None),
    ("regr_count({i}, {d})", "F.regr_count({i}, {d})"), ("round(regr_avgx({i}, {i2}), 6)", None),
    ("round(regr_avgy({d}, {i}), 6)", None), ("round(regr_slope({i}, {i2}), 6)", None),
    ("round(regr_intercept({i}, {i2}), 6)", None), ("round(regr_r2({i}, {i2}), 6)", None),
    ("round(regr_sxx({i}, {i2}), 6)", None), ("round(regr_syy({i}, {i2}), 6)", None), ("round(regr_sxy({i}, {i2}), 6)", None),
    ("round(skewness({i}), 6)", None), ("round(kurtosis({i}), 6)", None), ("median({i})", "F.median({i})"),
    ("median({m})", None),
    ("bit_and({i})", "F.bit_and({i})"), ("bit_or({i})", "F.bit_or({i})"), ("bit_xor({i})", "F.bit_xor({i})"),
    ("try_sum({i})", "F.try_sum({i})"), ("try_sum({m})", None), ("try_avg({i})", "F.try_avg({i})"), ("try_avg({m})", None),
    ("percentile({i}, 0.5)", "F.percentile({i}, 0.5)"), ("percentile({i}, array(0.25, 0.75))", None),
    ("percentile_approx({i}, 0.5)", "F.percentile_approx({i}, 0.5)"), ("percentile_approx({d}, array(0.1, 0.9), 100)", None),
    ("percentile_cont(0.5) WITHIN GROUP (ORDER BY {i})", None), ("percentile_disc(0.25) WITHIN GROUP (ORDER BY {d})", None),
    ("listagg({s}, ',') WITHIN GROUP (ORDER BY {s})", None), ("string_agg(CAST({i} AS STRING), '-') WITHIN GROUP (ORDER BY {i} DESC)", None),
    ("sort_array(collect_list({i}))", "F.sort_array(F.collect_list({i}))"),
    ("any_value({b} IS NOT NULL)", None),
    ("first_value({i}, true)", None), ("last_value({s})", "F.last_value({s})"),
    ("bitmap_count(bitmap_or_agg(unhex(lpad(hex(abs({i}) % 256), 8, '0'))))", None),
    ("substr(hex(bitmap_and_agg(unhex(lpad(hex(abs({i}) % 256), 4, 'F')))), 1, 24)", None),
    ("count(DISTINCT {i}) > -1", None),
    ("substr(hex(bitmap_construct_agg(bitmap_bit_position(abs({i})))), 1, 24)", None),
    ("bitmap_count(bitmap_construct_agg(bitmap_bit_position(abs({i}) % 1000)))", None),
    ("bitmap_count(bitmap_or_agg(bitmap_construct_agg_x))", None),
    ("round(vector_sum(array(CAST({i} AS FLOAT), 1.0F))[0], 3)", None),
    ("vector_avg(array(CAST({i} AS FLOAT), 2.0F))", None),
    ("max_by({s}, {i}, 2)", None),
    ("sort_array(collect_set(named_struct('a', {i}, 'b', {b})))", None),
]
RARE_AGGS = [e for e in RARE_AGGS if "_x)" not in e[0]]

# expressions over rare functions that make Spark fail (sql, py, needs)
RARE_ERRORS = [
    ("negative(j)", 'F.negative(col("j"))', ["j"]),
    ("slice(array(i, 2), 0, 1)", 'F.slice(F.array(col("i"), lit(2)), 0, 1)', ["i"]),
    ("array_insert(array(i), 0, 1)", 'expr("array_insert(array(i), 0, 1)")', ["i"]),
    ("sequence(1, i, 0)", 'expr("sequence(1, i, 0)")', ["i"]),
    ("map_concat(map(1, s), map(1, 'x'))", 'expr("map_concat(map(1, s), map(1, \'x\'))")', ["s"]),
    ("map_from_arrays(array(1, 1), array(s, s))", 'expr("map_from_arrays(array(1, 1), array(s, s))")', ["s"]),
    ("to_number(s, '999')", 'F.to_number(col("s"), lit("999"))', ["s"]),
    ("url_decode(concat(s, '%zz'))", 'F.url_decode(F.concat(col("s"), lit("%zz")))', ["s"]),
    ("to_binary(concat(s, 'zz'), 'hex')", 'F.to_binary(F.concat(col("s"), lit("zz")), lit("hex"))', ["s"]),
    ("tinyint(i * 10)", 'expr("tinyint(i * 10)")', ["i"]),
    ("raise_error(concat('bad ', s))", 'F.raise_error(F.concat(lit("bad "), col("s")))', ["s"]),
    ("assert_true(i < 0)", 'F.assert_true(col("i") < lit(0))', ["i"]),
    ("make_timestamp_ntz(2024, 2, 30, 0, 0, 0)", 'expr("make_timestamp_ntz(2024, 2, 30, 0, 0, 0)")', []),
    ("make_dt_interval(106751992, i)", 'expr("make_dt_interval(106751992, i)")', ["i"]),
    ("aes_decrypt(unhex('00112233445566778899AABBCCDDEEFF'), '0123456789abcdef')", 'expr("aes_decrypt(unhex(\'00112233445566778899AABBCCDDEEFF\'), \'0123456789abcdef\')")', []),
    ("parse_url(concat('http://a b/', s), 'HOST')", 'expr("parse_url(concat(\'http://a b/\', s), \'HOST\')")', ["s"]),
    ("from_base32(encode(s, 'utf-8'))", 'expr("from_base32(encode(s, \'utf-8\'))")', ["s"]),
    ("shiftright(s, 1)", 'F.shiftright(col("s"), 1)', ["s"]),
    ("nanvl(d, s)", 'F.nanvl(col("d"), col("s"))', ["d", "s"]),
    ("bit_get(i, 40)", 'F.bit_get(col("i"), lit(40))', ["i"]),
    ("width_bucket(d, 1.0D, 1.0D, 3)", 'expr("width_bucket(d, 1.0D, 1.0D, 3)")', ["d"]),
    ("map_contains_key(map(i, 1), s)", 'expr("map_contains_key(map(i, 1), s)")', ["i", "s"]),
    ("from_json(s, 'a INT', map('mode', 'FAILFAST'))", 'expr("from_json(s, \'a INT\', map(\'mode\', \'FAILFAST\'))")', ["s"]),
    ("schema_of_json(s)", 'F.schema_of_json(col("s"))', ["s"]),
    ("timestamp_diff('FORTNIGHT', ts, ts)", 'expr("timestamp_diff(\'FORTNIGHT\', ts, ts)")', ["ts"]),
    ("dayname(i)", 'F.dayname(col("i"))', ["i"]),
    ("factorial(d)", 'F.factorial(col("d"))', ["d"]),
    ("encode(s, 'EBCDIC')", 'F.encode(col("s"), "EBCDIC")', ["s"]),
    ("to_char(s, '999')", 'F.to_char(col("s"), lit("999"))', ["s"]),
]


# `--undrawn` (session 21): functions that run on a stream and that no table above drew
# (char, power, current_path, to_xml/from_xml/schema_of_xml; collect_union, count_min_sketch,
# histogram_numeric), put before the RARE tables' entries (three times over, so that about
# a third of a rare draw is one of them). A histogram of at most 9 distinct values in 10 bins
# is exact whatever Spark's partitions; collect_union is sorted.
UNDRAWN = {
    "int": [
        ("ascii(char({i}))", None), ("int(power({i} % 4, 2))", None),
    ],
    "double": [
        ("power({d}, 2)", "F.power({d}, lit(2))"), ("power({i}, {i2} % 5)", "F.power({i}, {i2} % 5)"),
        ("power(abs({d}), 0.5D)", None), ("power({m}, 2)", None), ("power(-2, {i} % 7)", None),
        ("power(0.0D, {i} % 3 - 1)", None),
        ("from_xml('<ROW><v>' || {d} || '</v></ROW>', 'v DOUBLE').v", None),
    ],
    "str": [
        ("current_path()", None), ("char({i})", "F.char({i})"), ("char(CAST({i} AS BIGINT) + 256)", None), ("char({i} % 128 + 32)", None),
        ("to_xml(named_struct('a', {i}, 'b', {s}))", None),
        ("to_xml(named_struct('d', {dt}, 'x', {d}, 'arr', array({i}, {i2})))", None),
        ("to_xml(named_struct('_id', {i}, 'v', {s}, 'n', named_struct('m', {m})), map('rowTag', 'r'))", None),
        ("to_xml(named_struct('t', {ts}, 'b', {b}))", None),
        ("schema_of_xml('<p><a>1</a><b>x</b><c>2.5</c></p>')", None),
        ("schema_of_xml('<p a=\"1\"><b>x</b><b>y</b><c/></p>')", None),
        ("to_json(from_xml('<ROW><a>' || {i} || '</a><b>' || {s} || '</b></ROW>', 'a INT, b STRING'))", None),
        ("to_json(from_xml({s}, 'a INT'))", None),
        ("to_json(from_xml('<ROW><d>' || {dt} || '</d></ROW>', 'd DATE'))", None),
    ],
    "arr": [
        ("from_xml('<ROW><a>' || {i} || '</a><a>2</a></ROW>', 'a ARRAY<INT>')", None),
        ("from_xml('<ROW x=\"' || {i} || '\"><v>' || {d} || '</v></ROW>', '_x INT, v DOUBLE')", None),
        ("from_xml('<ROW><n><m>' || {s} || '</m></n></ROW>', 'n STRUCT<m: STRING>')", None),
    ],
}
UNDRAWN_AGGS = [
    ("sort_array(collect_union(array({i}, {i2})))", None),
    ("sort_array(collect_union(split({s}, ' ')))", None),
    ("size(collect_union(array({i} % 3, NULL)))", None),
    ("hex(count_min_sketch({i}, 0.5D, 0.5D, 1))", None),
    ("hex(count_min_sketch({s}, 0.3D, 0.7D, 7))", None),
    ("hex(count_min_sketch(CAST({i} AS BIGINT), 0.4D, 0.6D, 42))", None),
    ("histogram_numeric({i} % 5, 10)", None),
    ("histogram_numeric(CAST({i} % 4 AS DOUBLE), 8)", None),
]
UNDRAWN_ERRORS = [
    ("from_xml(s, 'a INT', map('mode', 'FAILFAST'))", 'expr("from_xml(s, \'a INT\', map(\'mode\', \'FAILFAST\'))")', ["s"]),
    ("to_xml(s)", 'expr("to_xml(s)")', ["s"]),
    ("schema_of_xml(s)", 'expr("schema_of_xml(s)")', ["s"]),
    ("power(s, 2)", 'F.power(col("s"), lit(2))', ["s"]),
    ("char(s)", 'expr("char(s)")', ["s"]),
    ("integer(i)", 'expr("integer(i)")', ["i"]),
    ("from_xml(s, 'a INT', map('mode', 'DROPMALFORMED'))", 'expr("from_xml(s, \'a INT\', map(\'mode\', \'DROPMALFORMED\'))")', ["s"]),
]


# ---------------------------------------------------------------------------------------
# expressions that make Spark fail: (sql, py, needs) -- `needs` are columns that must exist

ERRORS_RUNTIME = [
    ("(j + 1)", '(col("j") + lit(1))', ["j"]),
    ("abs(j)", 'F.abs(col("j"))', ["j"]),
    ("(i * 100000000)", '(col("i") * lit(100000000))', ["i"]),
    ("CAST(s AS INT)", 'col("s").cast("int")', ["s"]),
    ("CAST(t AS INT)", 'col("t").cast("int")', ["t"]),
    ("CAST(d AS INT)", 'col("d").cast("int")', ["d"]),
    ("(id / i)", '(col("id") / col("i"))', ["i"]),
    ("(m / i)", '(col("m") / col("i"))', ["m", "i"]),
    ("(d / i)", '(col("d") / col("i"))', ["d", "i"]),
    ("(id % i)", '(col("id") % col("i"))', ["i"]),
    ("pmod(id, i)", 'F.pmod(col("id"), col("i"))', ["i"]),
    ("(id DIV i)", 'expr("id DIV i")', ["i"]),
    ("element_at(split(s, ' '), 3)", 'F.element_at(F.split(col("s"), " "), 3)', ["s"]),
    ("split(s, ' ')[2]", 'F.split(col("s"), " ")[2]', ["s"]),
    ("next_day(dt, 'Funday')", 'F.next_day(col("dt"), "Funday")', ["dt"]),
    ("CAST(t AS DATE)", 'col("t").cast("date")', ["t"]),
    ("to_date(t)", 'F.to_date(col("t"))', ["t"]),
    ("to_timestamp(s)", 'F.to_timestamp(col("s"))', ["s"]),
    ("make_date(year(dt), 2, 30)", 'F.make_date(F.year(col("dt")), lit(2), lit(30))', ["dt"]),
    ("make_date(2024, i, 1)", 'F.make_date(lit(2024), col("i"), lit(1))', ["i"]),
    ("CAST(m AS DECIMAL(3,1))", 'col("m").cast("decimal(3,1)")', ["m"]),
    ("CAST(t AS BOOLEAN)", 'col("t").cast("boolean")', ["t"]),
    ("unix_timestamp(s)", 'F.unix_timestamp(col("s"))', ["s"]),
    ("(k * 10)", '(col("k") * lit(10))', ["k"]),
    ("CAST(k AS INT)", 'col("k").cast("int")', ["k"]),
    ("(- j)", '(-col("j"))', ["j"]),
    ("CAST(d AS DECIMAL(6,2))", 'col("d").cast("decimal(6,2)")', ["d"]),
    ("(m * m * m * m * m)", '(col("m") * col("m") * col("m") * col("m") * col("m"))', ["m"]),
    ("(i + j)", '(col("i") + col("j"))', ["i", "j"]),
    ("ceil(d)", 'F.ceil(col("d"))', ["d"]),
    ("floor(d * 1e10D)", 'F.floor(col("d") * lit(1e10))', ["d"]),
]
ERRORS_ANALYSIS = [
    ("(b + 1)", '(col("b") + lit(1))', ["b"]),
    ("year(i)", 'F.year(col("i"))', ["i"]),
    ("md5(i)", 'F.md5(col("i"))', ["i"]),
    ("date_add(dt, d)", 'F.date_add(col("dt"), col("d"))', ["dt", "d"]),
    ("(NOT i)", '(~col("i"))', ["i"]),
    ("(i AND b)", '(col("i") & col("b"))', ["i", "b"]),
    ("(dt > 5)", '(col("dt") > lit(5))', ["dt"]),
    ("greatest(i, s)", 'F.greatest(col("i"), col("s"))', ["i", "s"]),
    ("if(i, 1, 2)", 'F.when(col("i"), lit(1)).otherwise(lit(2))', ["i"]),
    ("CAST(dt AS INT)", 'col("dt").cast("int")', ["dt"]),
    ("round(d, i)", 'F.round(col("d"), col("i"))', ["d", "i"]),
    ("(ts + 1)", '(col("ts") + lit(1))', ["ts"]),
    ("sqrt(dt)", 'F.sqrt(col("dt"))', ["dt"]),
    ("coalesce(dt, i)", 'F.coalesce(col("dt"), col("i"))', ["dt", "i"]),
    ("CASE WHEN i THEN 1 ELSE 0 END", 'F.when(col("i"), 1).otherwise(0)', ["i"]),
    ("datediff(ts, 5)", 'F.datediff(col("ts"), lit(5))', ["ts"]),
    ("substring(s, d, 2)", 'F.substring(col("s"), col("d"), lit(2))', ["s", "d"]),
]


# ---------------------------------------------------------------------------------------
# schema, data and query

def make_schema(rng):
    cols = [("id", "BIGINT")]
    if rng.random() < 0.4:
        cols = [("id", "LONG")]
    cols.append(("i", "INT"))
    if rng.random() < 0.6:
        cols.append(("j", "INT"))
    if rng.random() < 0.4:
        cols.append(("k", "BIGINT"))
    cols.append(("d", "DOUBLE"))
    if rng.random() < 0.3:
        cols.append(("f", "FLOAT"))
    cols.append(("m", "DECIMAL(%d,%d)" % rng.choice(DEC_M)))
    if rng.random() < 0.6:
        cols.append(("n", "DECIMAL(%d,%d)" % rng.choice(DEC_N)))
    cols.append(("s", "STRING"))
    if rng.random() < 0.6:
        cols.append(("t", "STRING"))
    if rng.random() < 0.75:
        cols.append(("b", "BOOLEAN"))
    cols.append(("dt", "DATE"))
    cols.append(("ts", "TIMESTAMP"))
    if rng.random() < 0.3:  # vary the column order
        head, rest = cols[:1], cols[1:]
        rng.shuffle(rest)
        cols = head + rest
    return cols


def col_cat(name, typ):
    if typ in ("BIGINT", "LONG"):
        return "long"
    if typ == "INT":
        return "int"
    if typ in ("DOUBLE", "FLOAT"):
        return "double"
    if typ.startswith("DECIMAL"):
        return "dec"
    return {"STRING": "str", "BOOLEAN": "bool", "DATE": "date", "TIMESTAMP": "ts"}[typ]


def make_data(rng, schema, edge_rows):
    steps = []
    next_id = 1
    nsteps = rng.randint(2, 3)
    p_null = rng.choice([0.2, 0.25, 0.3])
    edge_at = {}
    for e in edge_rows:
        edge_at.setdefault(rng.randrange(nsteps), []).append(e)
    for s in range(nsteps):
        rows = []
        for _ in range(rng.randint(3, 8)):
            r = {}
            for name, typ in schema:
                r[name] = next_id if name == "id" else gen_value(rng, name, typ, p_null)
            next_id += 1
            rows.append(r)
        for e in edge_at.get(s, []):
            r = {}
            for name, typ in schema:
                if name == "id":
                    r[name] = next_id
                elif name in e:
                    v = e[name]
                    if name == "m" and v == "MAX":
                        p, sc = map(int, typ[8:-1].split(","))
                        v = Dec("9" * (p - sc) + ("." + "9" * sc if sc else ""))
                    r[name] = v
                else:
                    r[name] = gen_value(rng, name, typ, 0.0)
            next_id += 1
            rows.insert(rng.randint(0, len(rows)), r)
        steps.append([rows])
    return steps


EDGE_ROWS = [
    {"i": 0, "j": 2147483647, "k": 9223372036854775807, "d": "NaN", "f": "NaN", "m": "MAX", "s": "abc def",
     "t": "abc", "b": True, "dt": "2024-02-29", "ts": "2024-02-29T23:59:59.999999Z"},
    {"i": 50, "j": -2147483648, "k": -9223372036854775808, "d": 1e308, "s": "x y z w", "t": "2024-13-01",
     "b": False, "dt": "2023-01-31"},
]


class Case:
    def __init__(self, rng, seed, k):
        self.rng = rng
        self.lines = ["from pyspark.sql import functions as F", "from pyspark.sql.functions import col, lit, expr"]

    def build(self):
        rng = self.rng
        schema = make_schema(rng)
        names = [n for n, _ in schema]
        cols = {n: (col_cat(n, t), n in ("j", "k")) for n, t in schema}
        g = Gen(rng, cols)
        err = None
        if rng.random() < (0.2 if RARE_FLAG else 0.11):
            pool = ERRORS_RUNTIME if rng.random() < 0.65 else ERRORS_ANALYSIS
            if RARE_FLAG and rng.random() < 0.7:
                pool = RARE_ERRORS
            okay = [e for e in pool if all(c in names for c in e[2])]
            err = rng.choice(okay)
        schema_text = ", ".join("%s %s" % (n, t) for n, t in schema)
        if rng.random() < 0.5:
            self.lines.append('df = spark.readStream.format("json").schema(%s).load(INPUT)' % q(schema_text))
        else:
            self.lines.append('df = spark.readStream.schema(%s).json(INPUT)' % q(schema_text))
        kind = rng.random()
        extra = {}
        if kind < 0.25:
            mode = self.agg_query(g, err, extra)
        else:
            mode = self.stateless_query(g, err, extra, memory=rng.random() < 0.15)
        self.lines.append('OUTPUT_MODE = "%s"' % mode)
        for k, v in extra.items():
            self.lines.append("%s = %s" % (k, v))
        edges = EDGE_ROWS if err or rng.random() < 0.15 else []
        if not err and edges:
            edges = [{k: v for k, v in e.items() if k not in ("j", "k")} for e in edges]  # keep safe cases safe
            edges = [dict(e, i=rng.choice([1, 7])) for e in edges]
        return "\n".join(self.lines) + "\n", make_data(rng, schema, edges)

    # -- pieces -------------------------------------------------------------------------------
    def item(self, g, node, name, spelling, alias=True):
        """A projection item: (select-argument, selectExpr-string)."""
        if spelling == "py":
            return ("%s.alias(%s)" % (g.paren(node.py), q(name)) if alias else node.py)
        if alias and self.rng.random() < 0.5:
            return "expr(%s).alias(%s)" % (q(node.sql), q(name))
        return "expr(%s)" % q(node.sql + (" AS %s" % name if alias else ""))

    def rand_expr(self, g, cats=CATS):
        cat = self.rng.choice(cats)
        if RARE_FLAG and self.rng.random() < 0.3:
            cat = "arr"  # an array, map, struct or binary value, printed as it is
        g.budget = self.rng.randint(4, 14)
        return g.gen(cat, self.rng.randint(1, 4), top=True)

    def filter_expr(self, g, depth):
        """A filter condition over at least one column that keeps a fair share of the rows: a simple
        predicate, a random condition made lenient towards NULL, or a random condition OR a simple one."""
        rng = self.rng
        for _ in range(10):
            g.budget = rng.randint(3, 8)
            r = rng.random()
            if r < 0.3:
                e = g.pred_leaf()
            elif r < 0.65:
                e = g.gen("bool", depth)
                k = rng.random()
                if k < 0.4:
                    e = N("coalesce(%s, true)" % e.sql, "F.coalesce(%s, lit(True))" % e.py, "bool")
                elif k < 0.7:
                    e = N("(NOT coalesce(%s, false))" % e.sql, "(~F.coalesce(%s, lit(False)))" % e.py, "bool")
                else:
                    x = g.leaf(rng.choice([c for c, _ in g.cols.values()]))
                    e = N("(%s OR (%s IS NULL))" % (e.sql, x.sql), "(%s | %s.isNull())" % (e.py, x.py), "bool")
            else:
                e, p = g.gen("bool", depth), g.pred_leaf()
                e = N("(%s OR %s)" % (e.sql, p.sql), "(%s | %s)" % (e.py, p.py), "bool")
            if any(re.search(r"\b%s\b" % c, e.sql) for c in g.cols):
                return e
        return g.pred_leaf()

    def filter_call(self, g, node, spelling):
        fn = self.rng.choice(["filter", "where"])
        if spelling == "py":
            return ".%s(%s)" % (fn, node.py)
        return ".%s(%s)" % (fn, q(node.sql))

    def spelling(self):
        return "py" if self.rng.random() < 0.5 else "sql"

    def stateless_query(self, g, err, extra, memory):
        rng = self.rng
        cur = "df"
        orig_cols = dict(g.cols)
        if rng.random() < 0.3:
            cur += self.filter_call(g, self.filter_expr(g, rng.randint(1, 3)), self.spelling())
        nodes = [self.rand_expr(g) for _ in range(rng.randint(2, 5))]
        if err:
            nodes.insert(rng.randrange(len(nodes) + 1), N(err[0], err[1], "err"))
        shape = rng.random()
        if RARE_FLAG and shape < 0.7 and rng.random() < 0.3:
            g.budget = rng.randint(2, 6)
            node = g.template(rng.choice(RARE_GENERATORS), "gen", rng.randint(0, 2))
            node.depth = 0  # never aliased: Spark names a generator's columns
            nodes.insert(rng.randrange(len(nodes) + 1), node)
        out = {}  # output column -> (cat, wide), for the filters and the SQL over the result
        seen = set()

        def aliased(n):
            if n.cat == "gen":
                return False
            if n.cat == "err" or not 1 <= n.depth <= 2 or n.sql in seen or rng.random() < 0.75:
                return True
            seen.add(n.sql)
            return False

        if shape < 0.7:
            with_id = rng.random() < 0.8 or memory
            items = ['"id"'] if with_id else []
            if with_id:
                out["id"] = orig_cols["id"]
            if rng.random() < 0.2:
                keep = rng.choice([c for c in orig_cols if c != "id"])
                items.append(q(keep))
                out[keep] = orig_cols[keep]
            for ix, n in enumerate(nodes):
                name = "c%d" % (ix + 1)
                alias = aliased(n)
                if shape < 0.4:  # select(...) mixing Column API and expr() items
                    items.append(self.item(g, n, name, self.spelling(), alias))
                else:  # selectExpr(...)
                    items.append(q(n.sql + (" AS %s" % name if alias else "")))
                if alias and n.cat != "err":
                    out[name] = (n.cat, True)
                elif not alias:
                    out["?%d" % ix] = (n.cat, True)
            cur += ".%s(%s)" % ("select" if shape < 0.4 else "selectExpr", ", ".join(items))
        else:
            # withColumn chain; later columns may use earlier ones, some replace an input column
            out = dict(orig_cols)
            for ix, n in enumerate(nodes):
                name = "c%d" % (ix + 1)
                if ix > 0 and n.cat != "err" and rng.random() < 0.4:
                    g.budget = rng.randint(4, 10)
                    n = g.gen(n.cat, rng.randint(1, 3))
                if n.cat != "err" and rng.random() < 0.12:
                    same = [c for c, (cc, _) in orig_cols.items() if cc == n.cat and c != "id"]
                    if same:
                        name = rng.choice(same)
                e = n.py if self.spelling() == "py" else "expr(%s)" % q(n.sql)
                cur += ".withColumn(%s, %s)" % (q(name), e)
                out[name] = (n.cat if n.cat != "err" else "err", True)
                if n.cat != "err":
                    g.cols[name] = (n.cat, True)
            r = rng.random()
            if r < 0.4:
                keep = ["id"] + [c for c in out if c.startswith("c")]
                cur += ".select(%s)" % ", ".join(q(c) for c in keep)
                out = {c: out[c] for c in keep}
            elif r < 0.7:
                drop = [c for c in orig_cols if c != "id" and rng.random() < 0.6 and out.get(c) == orig_cols[c]]
                if drop:
                    cur += ".drop(%s)" % ", ".join(q(c) for c in drop)
                    out = {c: v for c, v in out.items() if c not in drop}
        # a filter after the projection: over a dropped input column, or over a derived one
        r = rng.random()
        if r < 0.3:
            dropped = {c: v for c, v in orig_cols.items() if c not in out}
            if dropped:
                g2 = Gen(rng, dropped)
                cur += self.filter_call(g2, self.filter_expr(g2, rng.randint(1, 2)), self.spelling())
        elif r < 0.45:
            derived = {c: v for c, v in out.items() if c.isidentifier() and v[0] != "err"}
            if derived:
                g2 = Gen(rng, derived)
                cur += self.filter_call(g2, self.filter_expr(g2, rng.randint(1, 2)), self.spelling())
        self.lines.append("result = " + cur)
        if memory and "id" in out:
            extra["QUERY_NAME"] = q("rexpr_q")
            named = [c for c in out if c != "id" and c.isidentifier()]
            sel = "*"
            if named and rng.random() < 0.7:
                sel = ", ".join(rng.sample(named, min(len(named), rng.randint(1, 3))))
            order = "id DESC" if rng.random() < 0.3 else "id"
            sortable = [c for c in named if out[c][0] not in ("err", "arr")]
            if sortable and rng.random() < 0.6:
                c = rng.choice(sortable)
                order = "%s %s NULLS %s, %s" % (c, rng.choice(["ASC", "DESC"]), rng.choice(["FIRST", "LAST"]), order)
            extra["SQL"] = "[%s]" % q("SELECT %s FROM rexpr_q ORDER BY %s" % (sel, order))
        return "append"

    def agg_query(self, g, err, extra):
        rng = self.rng
        mode = "update" if rng.random() < 0.5 else "complete"
        pre = ""
        if rng.random() < 0.3:
            pre = self.filter_call(g, self.filter_expr(g, rng.randint(1, 2)), self.spelling())
        nkeys = 1 if rng.random() < 0.75 else 2
        keys = []
        for ix in range(nkeys):
            if rng.random() < 0.3:
                c = rng.choice([c for c, (cc, _) in g.cols.items() if cc in ("bool", "str", "int", "date") and c != "id"])
                keys.append((c, N(c, 'col("%s")' % c, g.cols[c][0])))
            else:
                cat = rng.choice(["bool", "int", "str", "date", "int", "double"])
                g.budget = 5
                keys.append(("k%d" % (ix + 1), g.gen(cat, rng.randint(1, 2))))
        aggs = []
        for ix in range(rng.randint(2, 4)):
            aggs.append(("a%d" % (ix + 1), self.agg_expr(g)))
        if err:
            aggs.insert(rng.randrange(len(aggs) + 1), ("a%d" % (len(aggs) + 1), N("max(%s)" % err[0], "F.max(%s)" % err[1], "err")))
        sort = mode == "complete" and rng.random() < 0.5
        if rng.random() < 0.35:
            # SQL over a temporary view of the stream
            self.lines.append('df%s.createOrReplaceTempView("src")' % pre)
            ksql = [n.sql + ("" if n.sql == name else " AS %s" % name) for name, n in keys]
            asql = ["%s AS %s" % (n.sql, name) for name, n in aggs]
            if rng.random() < 0.3:
                group = ", ".join(name for name, _ in keys)  # GROUP BY the aliases
            elif rng.random() < 0.2:
                group = ", ".join(str(i + 1) for i in range(len(keys)))  # GROUP BY ordinals
            else:
                group = ", ".join(n.sql for _, n in keys)
            sql = "SELECT %s FROM src GROUP BY %s" % (", ".join(ksql + asql), group)
            if rng.random() < 0.2:
                sql += " HAVING count(*) >= 1"
            if sort:
                sql += " ORDER BY %s" % ", ".join(name for name, _ in keys)
                extra["ORDERED"] = "True"
            self.lines.append("result = spark.sql(%s)" % q(sql))
            return mode
        cur = "df" + pre
        kitems = []
        for name, n in keys:
            if n.sql == name:
                kitems.append(q(name))
            elif self.spelling() == "py":
                kitems.append("%s.alias(%s)" % (g.paren(n.py), q(name)))
            else:
                kitems.append("expr(%s)" % q("%s AS %s" % (n.sql, name)))
        aitems = []
        for name, n in aggs:
            if self.spelling() == "py":
                aitems.append("%s.alias(%s)" % (g.paren(n.py), q(name)))
            else:
                aitems.append("expr(%s)" % q("%s AS %s" % (n.sql, name)))
        cur += ".groupBy(%s).agg(%s)" % (", ".join(kitems), ", ".join(aitems))
        if rng.random() < 0.15:
            cur += '.filter(%s)' % q("a1 IS NOT NULL")
        if sort:
            knames = [name for name, _ in keys]
            if rng.random() < 0.5:
                cur += ".orderBy(%s)" % ", ".join(q(k) for k in knames)
            else:
                cur += ".orderBy(%s)" % ", ".join(['col("a1").desc()'] + ['col(%s).asc_nulls_last()' % q(k) for k in knames])
            extra["ORDERED"] = "True"
        self.lines.append("result = " + cur)
        return mode

    def agg_expr(self, g):
        rng = self.rng
        g.budget = rng.randint(3, 10)
        if RARE_FLAG and rng.random() < 0.6:
            sql_t, py_t = rng.choice(RARE_AGGS)
            made = {}
            for name in re.findall(r"\{([a-z]+[0-9]?)\}", sql_t):
                if name not in made:
                    c = RARE_CAT[name.rstrip("0123456789")]
                    made[name] = g.gen(c, rng.randint(0, 2), narrow=c in NUM)

            def fill(t, attr):
                return re.sub(r"\{([a-z]+[0-9]?)\}", lambda m: getattr(made[m.group(1)], attr), t)
            sql = fill(sql_t, "sql")
            return N(sql, fill(py_t, "py") if py_t else pyexpr(sql), "num")
        k = rng.random()
        if k < 0.2:
            x = g.gen(rng.choice(["int", "double", "dec", "long"]), rng.randint(0, 3), True)
            fn = rng.choice(["sum", "avg", "max", "min"])
            return N("%s(%s)" % (fn, x.sql), "F.%s(%s)" % (fn, x.py), "num")
        if k < 0.35:
            x = g.gen(rng.choice(["int", "double", "dec"]), rng.randint(0, 3), True)
            return N("(max(%s) - min(%s))" % (x.sql, x.sql), "(F.max(%s) - F.min(%s))" % (x.py, x.py), "num")
        if k < 0.5:
            x = g.gen(rng.choice(["double", "dec", "int"]), rng.randint(0, 3), True)
            nd = rng.choice([0, 2, 3])
            return N("round(avg(%s), %d)" % (x.sql, nd), "F.round(F.avg(%s), %d)" % (x.py, nd), "num")
        if k < 0.65:
            x = g.gen("bool", rng.randint(1, 3))
            return N("count_if(%s)" % x.sql, "F.count_if(%s)" % x.py, "long")
        if k < 0.75:
            x = g.gen(rng.choice(["str", "date", "ts"]), rng.randint(0, 2))
            fn = rng.choice(["max", "min"])
            return N("%s(%s)" % (fn, x.sql), "F.%s(%s)" % (fn, x.py), x.cat)
        if k < 0.82:
            x = g.gen(rng.choice(CATS), rng.randint(0, 2))
            return N("count(%s)" % x.sql, "F.count(%s)" % x.py, "long")
        if k < 0.88:
            c, v = g.gen("bool", rng.randint(1, 2)), g.gen(rng.choice(["int", "dec"]), rng.randint(0, 2), True)
            return N("sum(CASE WHEN %s THEN %s ELSE 0 END)" % (c.sql, v.sql),
                     "F.sum(F.when(%s, %s).otherwise(lit(0)))" % (c.py, v.py), "num")
        if k < 0.93:
            x = g.gen("date", rng.randint(0, 2))
            return N("datediff(max(%s), min(%s))" % (x.sql, x.sql), "F.datediff(F.max(%s), F.min(%s))" % (x.py, x.py), "int")
        if k < 0.97:
            x = g.gen("bool", rng.randint(0, 2))
            fn = rng.choice(["bool_or", "bool_and"])
            return N("%s(%s)" % (fn, x.sql), "F.%s(%s)" % (fn, x.py), "bool")
        x = g.gen(rng.choice(["int", "str"]), rng.randint(0, 2))
        return N("sort_array(collect_set(%s))" % x.sql, "F.sort_array(F.collect_set(%s))" % x.py, "arr")


DEEP = False
RARE_FLAG = False
WIDE = False
TEMPORAL = False


def main():
    global DEEP, WIDE, TEMPORAL, RARE_FLAG
    argv = sys.argv[1:]
    zone = None
    if "--tz" in argv:
        i = argv.index("--tz")
        zone = argv[i + 1]
        del argv[i:i + 2]
    WIDE = "--wide" in argv
    TEMPORAL = "--temporal" in argv
    RARE_FLAG = "--rare" in argv or "--undrawn" in argv
    undrawn = "--undrawn" in argv
    if undrawn:
        for cat, entries in UNDRAWN.items():
            RARE[cat] = entries * 3 + RARE[cat]
        RARE_AGGS[:0] = UNDRAWN_AGGS * 4
        RARE_ERRORS[:0] = UNDRAWN_ERRORS * 3
    argv = [a for a in argv if a not in ("--wide", "--temporal", "--rare", "--undrawn")]
    args = [a for a in argv if a != "--deep"]
    DEEP = len(args) < len(argv)
    out, n = args[0], int(args[1])
    seed = int(args[2]) if len(args) > 2 else 1
    rng = random.Random(seed)
    for k in range(n):
        q_text, steps = Case(rng, seed, k).build()
        tag = ("tz" if zone else "") + ("d" if DEEP else "") + ("w" if WIDE else "") + ("t" if TEMPORAL else "") + ("u" if undrawn else "r" if RARE_FLAG else "")
        d = os.path.join(out, "rexpr_%s%d_%03d" % (tag, seed, k))
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "query.py"), "w") as f:
            if zone:
                f.write("spark.conf.set(\"spark.sql.session.timeZone\", %s)\n" % json.dumps(zone))
            f.write(q_text)
        for si, files in enumerate(steps):
            sd = os.path.join(d, "steps", "%03d" % si)
            os.makedirs(sd, exist_ok=True)
            for fi, rows in enumerate(files):
                with open(os.path.join(sd, "part-%d.json" % fi), "w") as f:
                    for r in rows:
                        f.write(dump_row(r) + "\n")


if __name__ == "__main__":
    main()
