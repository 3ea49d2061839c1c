"""pandas and Arrow functions over DataFrames through Spark Connect (mapInPandas,
mapInArrow, applyInPandas, applyInArrow, grouped aggregate pandas_udf,
cogroup().applyInPandas): every case of pandas_cases.py runs against `runnel connect` and
must give what classic PySpark 4.3 gave (pandas_expected.json, written by
record_pandas.py): the same columns and rows (as the oracle harness canonicalises them;
order only where the case orders), or the same error class and condition.
"""

import json
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str((HERE / ".." / ".." / ".." / "shared" / "spark-oracle").resolve()))

import pandas_cases  # noqa: E402
import run_spark as rs  # noqa: E402  (the oracle harness: canon, rows_of, error_of)

import session_window_example as example  # noqa: E402
from test_connect import running_server, server, spark  # noqa: E402,F401  (fixtures)

RECORDED = json.loads((HERE / "pandas_expected.json").read_text())
EXPECTED = RECORDED["cases"]


def over_connect(expected: dict) -> dict:
    """The recorded answer as pyspark-client can show it: its PythonException carries no
    condition whatever the server sends (pyspark.errors.exceptions.connect.
    convert_exception builds it from the message alone), so classic PySpark's
    PYTHON_EXCEPTION is left out; the condition the worker raised (cause_condition) stays."""
    err = expected.get("error")
    if err and err["class"] == "PythonException":
        return {"error": {k: v for k, v in err.items() if k != "condition"}}
    return expected


@pytest.mark.parametrize("name", sorted(pandas_cases.CASES))
def test_case_gives_what_spark_gave(spark, name):  # noqa: F811
    got = pandas_cases.result_of(spark, name, rs)
    assert got == over_connect(EXPECTED[name])


def test_every_case_was_recorded():
    assert sorted(EXPECTED) == sorted(pandas_cases.CASES)


def test_spark_session_window_example_runs_verbatim_over_a_socket(tmp_path):
    """PySpark's own structured_network_wordcount_session_window.py (applyInPandasWithState,
    GroupStateTimeout.ProcessingTimeTimeout, the socket source, the console sink), unchanged,
    with SPARK_REMOTE pointing at `runnel connect`: the sessions it prints once they time
    out are the ones classic PySpark 4.3 printed for the same lines."""
    with running_server(tmp_path) as s:
        env = {**os.environ, "SPARK_REMOTE": f"sc://127.0.0.1:{s['port']}"}
        example.run_example(sys.executable, env)
        printed = s["log"].read_text(errors="replace")
    assert example.sessions(printed) == RECORDED["session_window_example"]
