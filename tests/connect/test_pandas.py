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


RUNNEL = os.environ.get("RUNNEL_BIN")


@pytest.mark.skipif(not RUNNEL, reason="RUNNEL_BIN not set")
def test_spark_session_window_example_runs_verbatim_with_runnel_submit():
    """The same example through `runnel submit` (as spark-submit runs it): the script needs
    pandas (applyInPandasWithState), so Runnel runs it on this CPython against its own
    Spark Connect server; the console sink prints on runnel's standard output. Stopped by
    --timeout, which stops the query so that awaitTermination returns: status 0."""
    cmd = [RUNNEL, "submit", "--timeout", f"{example.RUN_SECONDS - 5}s", "--python", sys.executable]
    printed = example.run_example(sys.executable, dict(os.environ), example.RUN_SECONDS + 15, prefix=cmd)
    assert example.sessions(printed) == RECORDED["session_window_example"], printed[-3000:]
    assert "quer" in printed and "stopped" in printed, printed[-3000:]


@pytest.mark.skipif(not RUNNEL, reason="RUNNEL_BIN not set")
def test_runnel_submit_runs_a_pandas_batch_script_on_cpython(tmp_path):
    """A batch script with a scalar pandas_udf and toPandas(), found by `needs_cpython` and
    run on the Python named by RUNNEL_PYTHON: its own prints and show()'s table, status 3
    from sys.exit(3) passed on. Its builder names a master, as scripts written for
    spark-submit do (PySpark's Connect client alone refuses one beside SPARK_REMOTE)."""
    import subprocess

    script = tmp_path / "job.py"
    script.write_text(
        "import sys\n"
        "import pandas as pd\n"
        "from pyspark.sql import SparkSession\n"
        "from pyspark.sql.functions import pandas_udf\n"
        "spark = SparkSession.builder.master('local[2]').appName('x').getOrCreate()\n"
        "@pandas_udf('long')\n"
        "def plus_one(s: pd.Series) -> pd.Series:\n"
        "    return s + 1\n"
        "df = spark.range(3).select(plus_one('id').alias('v'))\n"
        "df.show()\n"
        "print('total', int(df.toPandas()['v'].sum()), sys.argv[1:])\n"
        "sys.exit(3)\n"
    )
    env = {**os.environ, "RUNNEL_PYTHON": sys.executable}
    r = subprocess.run([RUNNEL, "submit", str(script), "a", "b"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 3, r.stderr
    assert "|  v|" in r.stdout and "|  3|" in r.stdout, r.stdout
    assert "total 6 ['a', 'b']" in r.stdout, r.stdout


@pytest.mark.skipif(not RUNNEL, reason="RUNNEL_BIN not set")
def test_runnel_submit_without_a_python_for_pandas_says_how_to_get_one(tmp_path):
    """No Python with pandas and pyspark's Connect client: refused before anything runs,
    naming the line that needs it and what to install."""
    import subprocess

    script = tmp_path / "job.py"
    script.write_text("from pyspark.sql import SparkSession\nimport pandas as pd\n")
    env = {**os.environ, "RUNNEL_PYTHON": str(tmp_path / "no-such-python")}
    r = subprocess.run([RUNNEL, "submit", str(script)], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 1, r.stderr
    assert f"{script}:2:8: `import pandas` needs pandas" in r.stderr, r.stderr
    assert "pip install pyspark-client==4.2.0" in r.stderr and "--python" in r.stderr, r.stderr


@pytest.mark.skipif(not RUNNEL, reason="RUNNEL_BIN not set")
def test_runnel_submit_once_runs_a_pandas_stream_to_its_end(tmp_path):
    """`--once` with a stream through mapInPandas: one batch of the file there, then the
    query stops (awaitTermination returns, the script's last line runs) and the worker
    ends quietly with the server."""
    import subprocess

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.json").write_text('{"a":1}\n{"a":2}\n')
    script = tmp_path / "stream.py"
    script.write_text(
        "from pyspark.sql import SparkSession\n"
        "spark = SparkSession.builder.getOrCreate()\n"
        f"df = spark.readStream.schema('a LONG').json({str(tmp_path / 'in')!r})\n"
        "def f(it):\n"
        "    for p in it:\n"
        "        yield p.assign(b=p.a * 10)\n"
        "q = df.mapInPandas(f, 'a LONG, b LONG').writeStream.format('console').start()\n"
        "q.awaitTermination()\n"
        "print('done', q.isActive)\n"
    )
    r = subprocess.run([RUNNEL, "submit", "--once", "--python", sys.executable, str(script)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "|  1| 10|" in r.stdout and "|  2| 20|" in r.stdout and "done False" in r.stdout, r.stdout
    assert "Traceback" not in r.stderr, r.stderr
