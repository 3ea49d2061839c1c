"""The oracle cases through Spark Connect: each case's query.py runs under CPython with
pyspark-client against `runnel connect`, step by step as ../shared/spark-oracle/run_spark.py
runs it against Spark, and the result is compared with the case's expected.json by the
reference compare.py.

    oracle_connect.py --runnel PATH [--every N] CASE_DIR...

Per-batch rows come from a foreachBatch function as in run_spark.py; over Spark Connect it
runs in the server's Python worker, so it writes each batch's rows to a file the runner reads
(run_spark's `rows_of` / `canon` do the encoding in the worker too: the harness folder is on
the worker's PYTHONPATH). Prints PASS/FAIL per case and "N passed, M failed".
"""

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HARNESS = (ROOT / ".." / "shared" / "spark-oracle").resolve()
sys.path.insert(0, str(HARNESS))

import compare  # noqa: E402  (the reference comparison)
import run_spark as rs  # noqa: E402  (the harness: canon, rows_of, error_of)


# Cases whose recorded answer cannot come through Spark Connect's Arrow results, with why.
KNOWN = {
    "rexpr_r106_030": (
        "a YEAR TO MONTH interval column (make_ym_interval) in the batch rows: over Spark Connect "
        "its values arrive as Arrow's month_interval (Spark's ArrowUtils sends YearMonthIntervalType "
        "as Interval(YEAR_MONTH)), which pyspark-client 4.2.0's from_arrow_type cannot convert, so "
        "collect() in the foreachBatch function raises UNSUPPORTED_DATA_TYPE_FOR_ARROW_CONVERSION "
        "before any row reaches Python (the schema itself comes through: YearMonthIntervalType(0, 1))"
    ),
    "observe_errors_streaming_observation": (
        "an Observation on a streaming DataFrame: classic PySpark (the recording) gets the JVM's "
        "IllegalArgumentException without a condition; pyspark-client refuses it itself, before "
        "any request, as IllegalArgumentException UNSUPPORTED_OPERATION (its own "
        "Observation._on), so no server can change that answer"
    ),
}
# Functions new in PySpark 4.3, which the Connect venv's pyspark-client 4.2.0 does not have
# (its `functions` module raises AttributeError before anything reaches the server).
for _case, _fn in [
    ("f17_bitmap_vector", "vector_cosine_similarity"),
    ("f17_collect_union", "collect_union"),
    ("f17_crypto_base32", "to_base32"),
    ("f17_from_base32_invalid", "from_base32"),
    ("f17_hmac_sha1", "hmac"),
    ("f17_names", "to_base32"),
    ("f17_vector_agg", "vector_sum"),
    ("f17_vector_double", "vector_inner_product"),
    ("rexpr_r111_016", "jaro_winkler_similarity"),
]:
    KNOWN[_case] = f"pyspark-client 4.2.0 has no functions.{_fn} (new in PySpark 4.3)"
# Parameters new in PySpark 4.3, which pyspark-client 4.2.0's functions refuse with a
# TypeError before anything reaches the server.
for _case, _sig in [
    ("fn_instr_mapcast", "instr(str, substr, start, occurrence)"),
    ("fn_regex_columns", "regexp_replace(string, pattern, replacement, position)"),
]:
    KNOWN[_case] = f"pyspark-client 4.2.0 has no {_sig} (new in PySpark 4.3)"


def batch_writer(capdir: str, ordered: bool):
    def fb(df, epoch):
        import json as j
        import os as o

        import run_spark

        rows = run_spark.rows_of(df, ordered)
        tmp = o.path.join(capdir, f"{epoch}.tmp")
        with open(tmp, "w") as f:
            j.dump(rows, f)
        o.replace(tmp, o.path.join(capdir, f"{epoch}.json"))

    return fb


def run_case(spark, case: str) -> dict:
    """run_spark.run_case, with the foreachBatch rows read back from the worker's files."""
    work = tempfile.mkdtemp(prefix="oracle-connect-")
    inp = os.path.join(work, "input")
    os.makedirs(inp)
    ckpt = os.path.join(work, "ckpt")
    capdir = os.path.join(work, "batches")
    os.makedirs(capdir)
    g = {"spark": spark, "INPUT": inp, "__name__": "__case__"}
    src = open(os.path.join(case, "query.py")).read()
    out = {"spark_version": spark.version}
    steps_dir = os.path.join(case, "steps")
    steps = sorted(os.listdir(steps_dir)) if os.path.isdir(steps_dir) else []
    clock = [1_700_000_000]

    def place(step):
        names = []
        for f in sorted(os.listdir(os.path.join(steps_dir, step))):
            tmp = os.path.join(work, "tmp-" + f)
            shutil.copy(os.path.join(steps_dir, step, f), tmp)
            clock[0] += 1
            os.utime(tmp, (clock[0], clock[0]))
            os.rename(tmp, os.path.join(inp, step + "-" + f))
            names.append(step + "/" + f)
        return names

    def captured(bid):
        p = os.path.join(capdir, f"{bid}.json")
        return json.load(open(p)) if os.path.exists(p) else []

    first_files = place(steps[0]) if steps else []
    try:
        exec(compile(src, os.path.join(case, "query.py"), "exec"), g)
        result = g["result"]
        mode = g["OUTPUT_MODE"]
        out["output_mode"] = mode
        out["columns"] = [[f.name, f.dataType.simpleString()] for f in result.schema.fields]
        ordered = bool(g.get("ORDERED", False))
        if ordered:
            out["ordered"] = True
        qname = g.get("QUERY_NAME")
        # A trigger that never comes due by itself: batches run when processAllAvailable asks,
        # as in `runnel oracle-check`. (The server drives queries between requests, so with
        # the default trigger a batch could start while a step's files are still being
        # moved in, one at a time, and split them over two batches.)
        w = (
            result.writeStream.outputMode(mode)
            .option("checkpointLocation", ckpt)
            .trigger(processingTime="1 day")
        )
        if qname:
            w = w.format("memory").queryName(qname)
        else:
            w = w.foreachBatch(batch_writer(capdir, ordered))
        q = w.start()
    except Exception as e:
        out["error"] = rs.error_of(e)
        shutil.rmtree(work, ignore_errors=True)
        return out
    out["steps"] = []
    seen = set()
    try:
        for i, step in enumerate(steps):
            files = first_files if i == 0 else place(step)
            q.processAllAvailable()
            rec = {"step": step, "files": files, "batches": []}
            for p in q.recentProgress:
                bid = p.batchId
                if bid in seen:
                    continue
                seen.add(bid)
                b = {"batch_id": bid, "num_input_rows": p.numInputRows}
                ev = p.eventTime or {}
                if "watermark" in ev:
                    b["watermark"] = ev["watermark"]
                ops = p.stateOperators or []
                if ops:
                    b["state_rows"] = sum(o.numRowsTotal for o in ops)
                if not qname:
                    b["rows"] = captured(bid)
                om = json.loads(p.json).get("observedMetrics")
                if om is not None:
                    b["observed_metrics"] = om
                rec["batches"].append(b)
            if qname:
                rec["sql"] = []
                for s in g.get("SQL", []):
                    d = spark.sql(s)
                    rec["sql"].append(
                        {
                            "query": s,
                            # the result's column types, which the recording does not hold
                            # (classic_collect_forms reads them; compare.py does not)
                            "columns": [[f.name, f.dataType.simpleString()] for f in d.schema.fields],
                            "rows": rs.rows_of(d, "ORDER BY" in s.upper() or ordered),
                        }
                    )
            out["steps"].append(rec)
    except Exception as e:
        out["runtime_error"] = rs.error_of(e)
    finally:
        try:
            q.stop()
        except Exception:
            pass
        shutil.rmtree(work, ignore_errors=True)
    return out


def observed_differs(expected: dict, actual: dict):
    """`observe`'s metrics per batch (what tests/oracle/record_observed.py recorded from
    Spark), which compare.py does not look at: equal as parsed JSON, doubles within 1e-9."""

    def close(a, b):
        if isinstance(a, float) or isinstance(b, float):
            return isinstance(a, (int, float)) and isinstance(b, (int, float)) and abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1)
        if isinstance(a, dict) and isinstance(b, dict):
            return a.keys() == b.keys() and all(close(a[k], b[k]) for k in a)
        if isinstance(a, list) and isinstance(b, list):
            return len(a) == len(b) and all(close(x, y) for x, y in zip(a, b))
        return a == b

    for se, sa in zip(expected.get("steps", []), actual.get("steps", [])):
        for be, ba in zip(se.get("batches", []), sa.get("batches", [])):
            e, a = be.get("observed_metrics"), ba.get("observed_metrics")
            if not close(e, a):
                return f"batch {be.get('batch_id')}: observed_metrics {a}, expected {e}"
    return None


def classic_collect_forms(expected: dict, actual: dict) -> None:
    """Where a result row differs from a recorded one only in what classic PySpark's
    collect() (the recording) does to values on their way out of the JVM, the actual
    row takes the recorded text:

    - top-level DECIMAL columns by value: collect() hands Python the JVM's BigDecimal
      (`-1.00E-10` for -0.0000000001 in a DECIMAL(38,10)), where over Spark Connect
      every value arrives as Arrow decimal128 of the column's type (`-1E-10`, as
      Spark's own Connect server sends it);
    - maps by content: collect() passes each map through a Java `new HashMap(n)`
      (`EvaluatePython.toJava`), so its entries come in that HashMap's order, where over
      Spark Connect they arrive as Spark holds them (Arrow map entries in order).

    One rule for both kinds of result: a foreachBatch's rows, whose column types are the
    recorded `columns`, and a memory sink's SQL results, whose column types are the actual
    result's (the recording holds none; run_case records them beside the rows). The column
    types are still compared as they are, and so is everything else."""
    from decimal import Decimal, InvalidOperation

    def decimal_columns(columns) -> set:
        return {i for i, (_, t) in enumerate(columns or []) if str(t).startswith("decimal")}

    def same_decimal(a, b) -> bool:
        try:
            return isinstance(a, str) and isinstance(b, str) and Decimal(a) == Decimal(b)
        except InvalidOperation:
            return False

    def same(a, b) -> bool:
        if isinstance(a, dict) and isinstance(b, dict):
            return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
        if isinstance(a, list) and isinstance(b, list):
            return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
        return compare.close(a, b)

    def settle(want_rows, got_rows, dec_cols) -> None:
        pool = list(want_rows)
        for n, row in enumerate(got_rows):
            for w in pool:
                if len(w) == len(row) and all(
                    same(w[i], row[i]) or (i in dec_cols and same_decimal(w[i], row[i])) for i in range(len(row))
                ):
                    got_rows[n] = w
                    pool.remove(w)
                    break

    batch_decimals = decimal_columns(expected.get("columns"))
    for se, sa in zip(expected.get("steps") or [], actual.get("steps") or []):
        for be, ba in zip(se.get("batches") or [], sa.get("batches") or []):
            settle(be.get("rows") or [], ba.get("rows") or [], batch_decimals)
        for qe, qa in zip(se.get("sql") or [], sa.get("sql") or []):
            settle(qe.get("rows") or [], qa.get("rows") or [], decimal_columns(qa.get("columns")))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    ap.add_argument("--every", type=int, default=1, help="run every Nth case (by name)")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    cases = []
    for c in args.cases:
        p = Path(c)
        cases += sorted(d for d in p.iterdir() if (d / "query.py").exists()) if not (p / "query.py").exists() else [p]
    cases = sorted(cases, key=lambda d: d.name)[:: args.every]
    port = free_port()
    env = {
        **os.environ,
        "PYSPARK_PYTHON": sys.executable,
        "PYTHONPATH": os.pathsep.join([str(HARNESS), os.environ.get("PYTHONPATH", "")]),
    }
    log = open(os.path.join(tempfile.gettempdir(), "runnel-oracle-connect-server.log"), "w")
    server = subprocess.Popen(
        [args.runnel, "connect", "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT, env=env
    )
    try:
        deadline = time.time() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.time() > deadline:
                    sys.exit("runnel connect did not start (see runnel-oracle-connect-server.log)")
                time.sleep(0.1)
        from pyspark.sql import SparkSession

        passed = failed = 0
        t0 = time.time()
        for case in cases:
            spark = SparkSession.builder.remote(f"sc://127.0.0.1:{port}").create()
            try:
                actual = run_case(spark, str(case))
            finally:
                spark.stop()
            expected = json.load(open(case / "expected.json"))
            classic_collect_forms(expected, actual)
            verdict = compare.compare(expected, actual, bool(expected.get("ordered")))
            if verdict is None:
                verdict = observed_differs(expected, actual)
            if verdict is None:
                passed += 1
                print(f"PASS {case.name}", flush=True)
            elif case.name in KNOWN:
                print(f"KNOWN {case.name}: {verdict}; {KNOWN[case.name]}", flush=True)
            else:
                failed += 1
                print(f"FAIL {case.name}: {str(verdict)[:300]}", flush=True)
        print(f"{passed} passed, {failed} failed ({time.time() - t0:.0f} s through Spark Connect)")
        sys.exit(1 if failed else 0)
    finally:
        server.terminate()
        server.wait(timeout=20)


if __name__ == "__main__":
    main()
