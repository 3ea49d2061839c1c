#!/usr/bin/env python3
"""Every function's result type and nullability as Spark 4.3 reports them (`df.schema`,
`printSchema()`), against Runnel's.

For each function in Runnel's registry (the README's function table, generated from it) the
calls are Spark's own SQL examples (`DESCRIBE FUNCTION EXTENDED name`), each asked in a few
forms: as written (literal arguments), each argument in turn as a column of a one-row inline
table (a non-nullable column) and of a two-row table whose second row is NULL (a nullable
column), and every argument as such a nullable column; an example that reads an inline table
(`FROM VALUES ... AS t(a, b)`) is also asked with a row of NULLs added.

    function_schemas.py --record [--pyspark-venv /work/pyspark-venv]   # ask PySpark 4.3
    function_schemas.py --runnel target/debug/runnel [-v] [--only NAME...] [--full]

--record writes tests/scripts/function_schemas.json (each case's SQL and the schema PySpark
4.3 gave it, as `df.schema.jsonValue()`; never edited by hand; a form Spark refuses is left
out). Comparing runs the same SQL through `runnel submit` and compares each result column's
type and nullability (top level: the type without the nullability of its nested parts, and
the column's own nullability; --full: nested nullability too). Column names are not compared.
Prints each difference, then the totals; exits 1 when a function listed in
function_schemas.pass no longer matches.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
RECORD_FILE = os.path.join(HERE, "function_schemas.json")
PASS_FILE = os.path.join(HERE, "function_schemas.pass")

# Names whose examples need what Runnel refuses by design, or whose results change with the run.
SKIP_PREFIXES = ("hll_", "kll_", "theta_", "tuple_", "approx_top_k", "st_", "variant", "try_variant",
                 "parse_json", "try_parse_json", "is_variant", "schema_of_variant", "to_variant", "time_",
                 "to_time", "try_to_time", "make_time", "current_time")
MAX_EXAMPLES = 4
# Calls of functions Spark gives no example of (the casts by a type's name, timestampadd).
EXTRA = {
    "bigint": ["SELECT bigint('12')"], "binary": ["SELECT binary('ab')"],
    "boolean": ["SELECT boolean('true')", "SELECT boolean(1)"], "date": ["SELECT date('2020-01-02')"],
    "decimal": ["SELECT decimal('1.5')", "SELECT decimal(12)"], "double": ["SELECT double('1.5')", "SELECT double(1)"],
    "float": ["SELECT float('1.5')"], "int": ["SELECT int('12')", "SELECT int(1.5)", "SELECT int(12L)"],
    "smallint": ["SELECT smallint('12')"], "string": ["SELECT string(12)", "SELECT string(DATE'2020-01-02')"],
    "timestamp": ["SELECT timestamp('2020-01-02 03:04:05')", "SELECT timestamp(DATE'2020-01-02')"],
    "tinyint": ["SELECT tinyint('12')", "SELECT tinyint(12)"],
    "timestampadd": ["SELECT timestampadd(HOUR, 1, TIMESTAMP'2020-01-01 00:00:00')"],
    "timestampdiff": ["SELECT timestampdiff(DAY, TIMESTAMP'2020-01-01 00:00:00', TIMESTAMP'2020-01-03 00:00:00')"],
}


def registry_names():
    """Function names of Runnel's registry, from the README's generated function table."""
    names = []
    for line in open(os.path.join(ROOT, "README.md")):
        m = re.match(r"\| [a-z_]+ \| `([^`]+)` \| ([^|]*)\| ([^|]+) \|", line)
        if not m or m.group(3).strip().startswith(("column helper", "refused")):
            continue
        names.append(m.group(1))
        names.extend(re.findall(r"`([^`]+)`", m.group(2)))
    return [n for n in dict.fromkeys(names) if re.fullmatch(r"[a-z_][a-z0-9_]*", n)
            and not n.startswith(SKIP_PREFIXES)]


def examples(describe_lines):
    """The SQL of each `> SELECT ...;` example of DESCRIBE FUNCTION EXTENDED's text."""
    out, cur = [], None
    for line in "\n".join(describe_lines).splitlines():
        s = line.strip()
        if s.startswith("> "):
            cur = s[2:]
        elif cur is not None and not s.startswith(">"):
            if cur.rstrip().endswith(";"):
                out.append(cur.rstrip()[:-1].strip())
                cur = None
            elif s:
                cur += " " + s
            continue
        else:
            continue
        if cur.rstrip().endswith(";"):
            out.append(cur.rstrip()[:-1].strip())
            cur = None
    return [e for e in out if e.upper().startswith("SELECT ")]


def split_top(s, sep=","):
    """`s` split at top-level `sep` (outside quotes and brackets), or None if unbalanced."""
    parts, depth, quote, start, i = [], 0, None, 0, 0
    while i < len(s):
        c = s[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif c == sep and depth == 0:
            parts.append(s[start:i].strip())
            start = i + 1
        i += 1
    if depth or quote:
        return None
    parts.append(s[start:].strip())
    return parts


def call_args(sql, name):
    """The arguments of `SELECT name(args)` (the whole query one call), or None."""
    m = re.match(r"SELECT\s+" + re.escape(name) + r"\s*\((.*)\)\s*$", sql, re.I | re.S)
    if not m:
        return None
    args = split_top(m.group(1))
    if args is None or args == [""]:
        return None
    return args


def replaceable(arg):
    """A literal-ish argument a column can stand for (no keywords, lambdas or bare words)."""
    if "->" in arg or not arg:
        return False
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", arg) and arg.upper() not in ("NULL", "TRUE", "FALSE"):
        return False
    outside = re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|\([^()]*\)", "", arg)
    return not re.search(r"\b(FROM|AS|FOR|IN|USING|PLACING|BOTH|LEADING|TRAILING)\b", outside, re.I)


def forms(name, sql):
    """[(form, sql)] of one example."""
    out = [("lit", sql)]
    args = call_args(sql, name)
    if args:
        idx = [i for i, a in enumerate(args) if replaceable(a) and a.upper() != "NULL"]
        for i in idx:
            call = ", ".join("c" if j == i else a for j, a in enumerate(args))
            out.append((f"col{i}", f"SELECT {name}({call}) FROM VALUES ({args[i]}) AS t(c)"))
            out.append((f"ncol{i}", f"SELECT {name}({call}) FROM VALUES ({args[i]}), (NULL) AS t(c)"))
        if len(idx) > 1:
            call = ", ".join(f"c{j}" if j in idx else a for j, a in enumerate(args))
            vals = ", ".join(args[j] for j in idx)
            nulls = ", ".join("NULL" for _ in idx)
            cols = ", ".join(f"c{j}" for j in idx)
            out.append(("ncols", f"SELECT {name}({call}) FROM VALUES ({vals}), ({nulls}) AS t({cols})"))
    m = re.search(r"\bFROM\s+VALUES\s*\(", sql, re.I)
    t = re.search(r"\bAS\s+\w+\s*\(([^()]*)\)", sql[m.end():], re.I) if m else None
    if m and t:
        k = len(t.group(1).split(","))
        nulls = "(" + ", ".join("NULL" for _ in range(k)) + "), "
        out.append(("nullrow", sql[:m.end() - 1] + nulls + sql[m.end() - 1:]))
    return out


RECORDER = r'''
import json, sys
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false") \
    .config("spark.sql.session.timeZone", "UTC").getOrCreate()
spark.sparkContext.setLogLevel("OFF")
names = json.load(open(sys.argv[1]))
for name in names:
    try:
        lines = [r[0] for r in spark.sql("DESCRIBE FUNCTION EXTENDED `%s`" % name).collect()]
    except Exception:
        continue
    print(json.dumps({"name": name, "describe": lines}), flush=True)
'''

ASKER = r'''
import json, sys
from pyspark.sql import SparkSession
spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false") \
    .config("spark.sql.session.timeZone", "UTC").getOrCreate()
spark.sparkContext.setLogLevel("OFF")
for line in open(sys.argv[1]):
    sql = json.loads(line)
    try:
        r = spark.sql(sql).schema.jsonValue()["fields"]
    except Exception as e:
        r = None
    print(json.dumps(r), flush=True)
'''


def spark_run(venv, code, arg):
    env = dict(os.environ, JAVA_HOME=os.environ.get("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64"), TZ="UTC")
    r = subprocess.run([os.path.join(venv, "bin", "python"), "-c", code, arg], env=env, cwd="/tmp",
                       capture_output=True, text=True, check=True)
    return [l for l in r.stdout.splitlines() if l.startswith(("{", "[", "null"))]


def record(venv):
    names = registry_names()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(names, f)
    described = {}
    for line in spark_run(venv, RECORDER, f.name):
        d = json.loads(line)
        described[d["name"]] = d["describe"]
    cases = []
    for name in names:
        for ex in examples(described.get(name, []))[:MAX_EXAMPLES] + EXTRA.get(name, []):
            for form, sql in forms(name, ex):
                cases.append({"function": name, "form": form, "sql": sql})
    seen, unique = set(), []
    for c in cases:
        if (c["function"], c["sql"]) not in seen:
            seen.add((c["function"], c["sql"]))
            unique.append(c)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for c in unique:
            f.write(json.dumps(c["sql"]) + "\n")
    answers = spark_run(venv, ASKER, f.name)
    assert len(answers) == len(unique), (len(answers), len(unique))
    kept = []
    for c, a in zip(unique, answers):
        a = json.loads(a)
        if a is not None:
            kept.append(dict(c, schema=a))
    without = sorted(n for n in names if not any(c["function"] == n for c in kept))
    doc = {"about": "Written by tests/scripts/function_schemas.py --record from PySpark 4.3; not edited by hand.",
           "functions": len(names), "cases": kept, "refused_by_spark": len(unique) - len(kept),
           "without_cases": without}
    # One case a line (a diff shows which changed).
    with open(RECORD_FILE, "w") as f:
        head = {k: v for k, v in doc.items() if k != "cases"}
        f.write(json.dumps(head, sort_keys=True)[:-1] + ', "cases": [\n')
        f.write(",\n".join(json.dumps(c, sort_keys=True) for c in kept))
        f.write("\n]}\n")
    print(f"recorded {len(kept)} cases of {len(names) - len(without)} functions "
          f"({len(unique) - len(kept)} forms Spark refuses left out; {len(without)} functions without cases)")


RUNNER = r'''
import json
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
for i, sql in CASES:
    try:
        r = spark.sql(sql).schema.jsonValue()["fields"]
    except Exception as e:
        r = "ERROR " + (str(e).splitlines() or [""])[0][:200]
    print("@@" + json.dumps([i, r]))
'''


def strip_nested(t):
    """A jsonValue type without the nullability of its nested parts."""
    if isinstance(t, dict):
        return {k: strip_nested(v) for k, v in t.items() if k not in ("containsNull", "valueContainsNull",
                                                                        "nullable", "metadata")}
    if isinstance(t, list):
        return [strip_nested(v) for v in t]
    return t


def shape(fields, full):
    if full:
        return [(f["type"], f["nullable"]) for f in fields]
    return [(strip_nested(f["type"]), f["nullable"]) for f in fields]


def short(fields):
    def ty(t):
        if isinstance(t, str):
            return t
        if t["type"] == "array":
            return f"array<{ty(t['elementType'])}{'' if t['containsNull'] else ' NOT NULL'}>"
        if t["type"] == "map":
            return f"map<{ty(t['keyType'])},{ty(t['valueType'])}{'' if t['valueContainsNull'] else ' NOT NULL'}>"
        if t["type"] == "struct":
            return "struct<" + ",".join(f"{f['name']}:{ty(f['type'])}{'' if f['nullable'] else ' NOT NULL'}"
                                        for f in t["fields"]) + ">"
        return json.dumps(t)
    return ", ".join(ty(f["type"]) + ("" if f["nullable"] else " NOT NULL") for f in fields)


def run_chunk(runnel, chunk):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as f:
        f.write("CASES = " + repr(chunk) + "\n" + RUNNER)
    try:
        r = subprocess.run([runnel, "submit", f.name], capture_output=True, text=True, timeout=600, cwd="/tmp",
                           env=dict(os.environ, TZ="UTC"))
    except subprocess.TimeoutExpired:
        return {i: "ERROR timed out" for i, _ in chunk}
    finally:
        os.unlink(f.name)
    got = {}
    for line in r.stdout.splitlines():
        if line.startswith("@@"):
            i, v = json.loads(line[2:])
            got[i] = v
    for i, _ in chunk:
        if i not in got:
            got[i] = "ERROR runner stopped: " + ((r.stderr.strip().splitlines() or ["?"])[-1])[:200]
    return got


def compare(runnel, only, verbose, full):
    doc = json.load(open(RECORD_FILE))
    cases = [c for c in doc["cases"] if not only or c["function"] in only]
    indexed = list(enumerate(cases))
    chunks = [[(i, c["sql"]) for i, c in indexed[k:k + 150]] for k in range(0, len(indexed), 150)]
    got = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        for g in pool.map(lambda ch: run_chunk(runnel, ch), chunks):
            got.update(g)
    by_fn, differs, errors = {}, 0, 0
    for i, c in indexed:
        r = got[i]
        st = by_fn.setdefault(c["function"], [0, 0, 0])
        if isinstance(r, str):
            errors += 1
            st[2] += 1
            if verbose:
                print(f"error    {c['function']:24} {c['form']:6} {c['sql'][:120]}\n         {r}")
        elif shape(r, full) != shape(c["schema"], full):
            differs += 1
            st[1] += 1
            print(f"differs  {c['function']:24} {c['form']:6} {c['sql'][:150]}\n"
                  f"         spark  {short(c['schema'])}\n         runnel {short(r)}")
        else:
            st[0] += 1
    fns_ok = sorted(n for n, (_, d, _) in by_fn.items() if d == 0)
    n_ok = sum(1 for i, _ in indexed if not isinstance(got[i], str)) - differs
    print(f"function schemas{' (full)' if full else ''}: {n_ok} of {len(cases)} cases match "
          f"({differs} differ, {errors} Runnel errors); functions with no difference {len(fns_ok)} of {len(by_fn)}")
    # function_schemas.pass lists the functions whose top-level schemas match.
    before = set(open(PASS_FILE).read().split()) if os.path.exists(PASS_FILE) and not full else set()
    regressed = sorted(n for n in before if n in by_fn and n not in fns_ok)
    for n in regressed:
        print(f"REGRESSED {n}: matched before (function_schemas.pass), differs now")
    return fns_ok, regressed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("--pyspark-venv", default="/work/pyspark-venv")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--full", action="store_true", help="compare nested nullability too")
    ap.add_argument("--update-pass", action="store_true")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    if args.record:
        record(args.pyspark_venv)
    if not args.runnel:
        return
    fns_ok, regressed = compare(args.runnel, set(args.only or []), args.verbose, args.full)
    if args.update_pass and not args.only and not args.full:
        with open(PASS_FILE, "w") as f:
            f.write("".join(n + "\n" for n in fns_ok))
    sys.exit(1 if regressed else 0)


if __name__ == "__main__":
    main()
