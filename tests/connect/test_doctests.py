"""PySpark's own doctests of its Spark Connect streaming modules, against `runnel connect`.

`pyspark.sql.connect.streaming.query` and `.readwriter` are run as their `_test()`
runs them (see doctest_runner.py), each in a fresh Python process against one
server. The test prints how many examples pass and fails on any failure that is
not in KNOWN below, where each remaining failure is explained (Spark 4.3's own
Connect server, measured with the same client: 204 of 206 pass; its two failures
are foreachBatch's).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_connect import server  # noqa: F401  (the fixture: one runnel connect on 127.0.0.1)

HERE = Path(__file__).resolve().parent

# (module, docstring name, source of the example's first line) -> why it fails here.
Q = "pyspark.sql.connect.streaming.query"
KNOWN = {
    (Q, f"{Q}.StreamingQuery.lastProgress", "sq.lastProgress"): (
        "timing: the example reads lastProgress right after start() and expects None; Spark's first "
        "micro-batch (rate source, 0 rows) takes long enough to plan that none has finished, "
        "Runnel's has finished within milliseconds"
    ),
}

MODULES = ["pyspark.sql.connect.streaming.query", "pyspark.sql.connect.streaming.readwriter"]


def run_module(port: int, module: str, spark_home: Path) -> dict:
    env = dict(os.environ)
    env["SPARK_HOME"] = str(spark_home)
    env["SPARK_CONNECT_TESTING_REMOTE"] = f"sc://127.0.0.1:{port}"
    done = subprocess.run(
        [sys.executable, str(HERE / "doctest_runner.py"), module],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, f"{module}: the doctest runner failed:\n{done.stderr[-3000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_pyspark_connect_streaming_doctests(server, tmp_path):  # noqa: F811
    attempted = 0
    unexplained = []
    explained = []
    for module in MODULES:
        home = tmp_path / module.rsplit(".", 1)[1]
        home.mkdir()
        result = run_module(server["port"], module, home)
        attempted += result["attempted"]
        for f in result["failed"]:
            key = (module, f["test"], f["source"].splitlines()[0])
            (explained if key in KNOWN else unexplained).append((key, f))
    failed = len(explained) + len(unexplained)
    summary = f"PySpark's Connect streaming doctests: {attempted - failed} of {attempted} examples pass"
    print("\n" + summary)
    if os.environ.get("RUNNEL_DOCTEST_SUMMARY"):
        Path(os.environ["RUNNEL_DOCTEST_SUMMARY"]).write_text(
            summary + "".join(f"\n  known: {k[1]}: {KNOWN[k]}" for k, _ in explained) + "\n"
        )
    for key, f in explained:
        print(f"  known: {key[1]} line {f['line']}: {KNOWN[key]}")
    assert not unexplained, "doctest examples failing without an explanation:\n" + "\n\n".join(
        f"{k[1]} (line {f['line']}): {f['source']}\n{f['what']}" for k, f in unexplained
    )
    assert attempted >= 200, f"only {attempted} examples found: did the client's modules change?"
