#!/usr/bin/env python3
"""PySpark's own function examples through Runnel's runner: the doctest "Examples" of every
function in pyspark 4.3's `pyspark/sql/functions/builtin.py`, one script per function (the
`>>>`/`...` lines in order, with a session prelude), run by `runnel submit` and compared, by
stdout, with what real PySpark 4.3 printed for the same script.

    function_examples.py --runnel target/debug/runnel            # compare (no Spark needed)
    function_examples.py --record [--pyspark-venv /work/pyspark-venv] [--only NAME...]
    function_examples.py --runnel ... --update-pass               # rewrite the pass list
    function_examples.py --skipped-only                            # rewrite SKIPPED from the lists below

--record extracts the scripts from builtin.py and runs them all in one PySpark session
(JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64), writing tests/scripts/function_examples/
NAME.py (the script) and NAME.out (PySpark's stdout, never edited by hand). Comparing only
reads that folder. A bare expression in an example prints its repr, as doctest does.

Prints a per-function table (pass / differs / error) and totals; exits 1 when a function
named in function_examples.pass no longer passes.
"""
import argparse
import ast
import concurrent.futures
import doctest
import glob
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(HERE, "function_examples")
PASS_FILE = os.path.join(HERE, "function_examples.pass")

PRELUDE = """from pyspark.sql import SparkSession
from pyspark.sql.functions import *
spark = SparkSession.builder.getOrCreate()
spark.conf.set("spark.sql.session.timeZone", "UTC")
"""

# Functions whose examples need what Runnel refuses by design, with the reason.
SKIP = {
    "pandas_udf": "pandas", "arrow_udf": "pyarrow/pandas",
    "udtf": "UDTFs", "arrow_udtf": "UDTFs",
    "parse_json": "VARIANT type", "try_parse_json": "VARIANT type", "to_variant_object": "VARIANT type",
    "variant_get": "VARIANT type", "try_variant_get": "VARIANT type", "is_variant_null": "VARIANT type",
    "schema_of_variant": "VARIANT type", "schema_of_variant_agg": "VARIANT type",
    "variant_explode": "VARIANT type", "variant_explode_outer": "VARIANT type",
    "make_time": "TIME type", "current_time": "TIME type", "time_trunc": "TIME type",
    "time_diff": "TIME type", "to_time": "TIME type", "try_to_time": "TIME type",
    "time_from_seconds": "TIME type", "time_from_millis": "TIME type", "time_from_micros": "TIME type",
    "time_to_seconds": "TIME type", "time_to_millis": "TIME type", "time_to_micros": "TIME type",
    "time_bucket": "TIME type",
    "approx_percentile": "rows drawn with randn(seed): Spark's values depend on its partitioning",
    "percentile": "rows drawn with randn(seed): Spark's values depend on its partitioning",
    "percentile_approx": "rows drawn with randn(seed): Spark's values depend on its partitioning",
}
SKIP_PREFIXES = {
    "hll_": "sketches", "kll_": "sketches", "theta_": "sketches", "tuple_": "sketches",
    "approx_top_k": "sketches", "st_": "geospatial types",
}
# Substrings of an example that make it need what Runnel refuses by design.
SKIP_SOURCE = {
    ".rdd": "RDDs", "sparkContext": "RDDs", "sc.": "RDDs", "toPandas": "pandas", "pandas": "pandas",
    "pyarrow": "pyarrow", "VariantVal": "VARIANT type", "parse_json": "VARIANT type",
    "udtf": "UDTFs",
}
# Results that change from run to run (PySpark's output cannot be compared).
NONDETERMINISTIC = {
    "rand", "randn", "uuid", "random", "shuffle", "current_date", "current_timestamp", "now",
    "localtimestamp", "curdate", "current_timezone", "monotonically_increasing_id", "spark_partition_id",
    "input_file_name", "input_file_block_start", "input_file_block_length", "randstr", "uniform",
    "current_user", "user", "session_user", "current_catalog", "current_database", "current_schema",
    "version", "reflect", "java_method", "try_reflect",
}


def builtin_path(venv):
    found = glob.glob(os.path.join(venv, "lib", "python3*", "site-packages", "pyspark", "sql", "functions",
                                   "builtin.py"))
    if not found:
        sys.exit(f"builtin.py not found under {venv}")
    return found[0]


def example_source(ex):
    """One doctest example as script lines: a bare expression prints its repr (doctest does)."""
    src = ex.source
    if ex.exc_msg is not None:
        body = "".join("    " + l + "\n" for l in src.rstrip().splitlines())
        return f"try:\n{body}except Exception as _e:\n    print(type(_e).__name__)\n"
    try:
        tree = ast.parse(src)
    except SyntaxError:
        return src
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
        return f"_r = (\n{src.rstrip()}\n)\nif _r is not None:\n    print(repr(_r))\n"
    return src


def name_skip_reason(name):
    if name in SKIP:
        return SKIP[name]
    for p, why in SKIP_PREFIXES.items():
        if name.startswith(p):
            return why
    if name in NONDETERMINISTIC:
        return "results change from run to run"
    return None


def skip_reason(name, examples):
    if name_skip_reason(name):
        return name_skip_reason(name)
    for ex in examples:
        for s, why in SKIP_SOURCE.items():
            if s in ex.source:
                return why
    return None


def extract(venv):
    """{name: (script or None, skip reason or None)} for every function with examples."""
    tree = ast.parse(open(builtin_path(venv)).read())
    parser = doctest.DocTestParser()
    out = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
            continue
        doc = ast.get_docstring(node, clean=True)
        if not doc:
            continue
        examples = [e for e in parser.get_examples(doc)
                    if not e.options.get(doctest.SKIP)]
        if not examples:
            continue
        why = skip_reason(node.name, examples)
        out[node.name] = (PRELUDE + "".join(example_source(e) for e in examples), why)
    return out


RECORDER = r'''
import contextlib, io, json, os, sys, traceback
os.environ["TZ"] = "UTC"
from pyspark.sql import SparkSession, Column
spark = SparkSession.builder.master("local[1]").config("spark.ui.enabled", "false") \
    .config("spark.sql.shuffle.partitions", "1").getOrCreate()
spark.sparkContext.setLogLevel("OFF")
cache, names = sys.argv[1], sys.argv[2:]
for name in names:
    src = open(os.path.join(cache, name + ".py")).read()
    buf = io.StringIO()
    ok = True
    try:
        with contextlib.redirect_stdout(buf):
            exec(compile(src, name + ".py", "exec"), {"__name__": "__main__"})
    except BaseException as e:
        ok = False
        msg = str(e).splitlines()[0] if str(e) else ""
        buf.write("PYSPARK ERROR: " + type(e).__name__ + ": " + msg)
    for v in spark.catalog.listTables():
        if v.isTemporary:
            spark.catalog.dropTempView(v.name)
    with open(os.path.join(cache, name + (".out" if ok else ".err")), "w") as f:
        f.write(buf.getvalue())
    print(name, "ok" if ok else "error", flush=True)
'''


def record(venv, only):
    os.makedirs(CACHE, exist_ok=True)
    scripts = extract(venv)
    names = []
    for name, (script, why) in sorted(scripts.items()):
        if only and name not in only:
            continue
        if why:
            continue
        for ext in (".py", ".out", ".err"):
            p = os.path.join(CACHE, name + ext)
            if os.path.exists(p):
                os.remove(p)
        with open(os.path.join(CACHE, name + ".py"), "w") as f:
            f.write(script)
        names.append(name)
    env = dict(os.environ, JAVA_HOME=os.environ.get("JAVA_HOME", "/usr/lib/jvm/java-17-openjdk-amd64"), TZ="UTC")
    subprocess.run([os.path.join(venv, "bin", "python"), "-c", RECORDER, CACHE] + names, env=env, check=True,
                   cwd="/tmp")
    write_skipped(scripts)


def write_skipped(scripts):
    """SKIPPED: each function left out, with the reason (and no script or output of it)."""
    skipped = {n: why for n, (_, why) in scripts.items() if why}
    with open(os.path.join(CACHE, "SKIPPED"), "w") as f:
        for n in sorted(skipped):
            f.write(f"{n}: {skipped[n]}\n")
            for ext in (".py", ".out", ".err"):
                p = os.path.join(CACHE, n + ext)
                if os.path.exists(p):
                    os.remove(p)


def run_one(runnel, name):
    script = os.path.join(CACHE, name + ".py")
    try:
        r = subprocess.run([runnel, "submit", script], capture_output=True, text=True, timeout=60, cwd="/tmp",
                           env=dict(os.environ, TZ="UTC"))
    except subprocess.TimeoutExpired:
        return name, "error", "timed out after 60 s"
    want = open(os.path.join(CACHE, name + ".out")).read()
    if r.returncode != 0:
        lines = [l for l in r.stderr.splitlines() if l.strip()] or ["exit status %d" % r.returncode]
        first = next((l for l in lines if "rror" in l), lines[0])
        return name, "error", first[:240]
    if r.stdout == want:
        return name, "pass", ""
    return name, "differs", first_difference(want, r.stdout)


def first_difference(want, got):
    w, g = want.splitlines(), got.splitlines()
    for i in range(max(len(w), len(g))):
        a = w[i] if i < len(w) else "<end>"
        b = g[i] if i < len(g) else "<end>"
        if a != b:
            return f"line {i + 1}: spark {a!r} runnel {b!r}"[:300]
    return "trailing whitespace"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel")
    ap.add_argument("--record", action="store_true")
    ap.add_argument("--pyspark-venv", default="/work/pyspark-venv")
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--update-pass", action="store_true")
    ap.add_argument("--skipped-only", action="store_true", help="rewrite SKIPPED (and drop skipped files)")
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    if args.record:
        record(args.pyspark_venv, set(args.only or []))
        if not args.runnel:
            return
    if args.skipped_only:
        write_skipped(extract(args.pyspark_venv))
        return
    names = sorted(n for n in (os.path.basename(p)[:-4] for p in glob.glob(os.path.join(CACHE, "*.out")))
                   if not name_skip_reason(n))
    if args.only:
        names = [n for n in names if n in args.only]
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = sorted(pool.map(lambda n: run_one(args.runnel, n), names))
    counts = {"pass": 0, "differs": 0, "error": 0}
    for name, status, detail in results:
        counts[status] += 1
        if status != "pass" or args.verbose:
            print(f"{status:8} {name:32} {detail}")
    passing = {n for n, s, _ in results if s == "pass"}
    before = set(open(PASS_FILE).read().split()) if os.path.exists(PASS_FILE) else set()
    regressed = sorted(n for n in before if n in names and n not in passing)
    if args.update_pass and not args.only:
        with open(PASS_FILE, "w") as f:
            f.write("".join(n + "\n" for n in sorted(passing)))
    skipped = len(open(os.path.join(CACHE, "SKIPPED")).read().splitlines()) if os.path.exists(
        os.path.join(CACHE, "SKIPPED")) else 0
    spark_err = len(glob.glob(os.path.join(CACHE, "*.err")))
    print(f"function examples: {counts['pass']} of {len(names)} functions pass, {counts['differs']} differ, "
          f"{counts['error']} Runnel errors ({skipped} skipped by design, {spark_err} where PySpark itself fails)")
    for n in regressed:
        print(f"REGRESSED {n}: passed before (function_examples.pass), fails now")
    sys.exit(1 if regressed else 0)


if __name__ == "__main__":
    main()
