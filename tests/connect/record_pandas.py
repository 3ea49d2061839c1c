"""Records the answers of pandas_cases.py with classic PySpark 4.3 (local mode, as the
oracle harness runs Spark) into pandas_expected.json:

    cd /tmp && /work/pyspark-venv/bin/python /work/wt-cpandas/tests/connect/record_pandas.py
"""

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, "/work/shared/spark-oracle")

import run_spark as rs  # noqa: E402  (the harness: canon, rows_of, error_of; sets TZ=UTC)
from pyspark.sql import SparkSession  # noqa: E402

import pandas_cases  # noqa: E402


def main():
    # Spark's Python workers run this Python (pandas and pyarrow installed).
    os.environ["PYSPARK_PYTHON"] = sys.executable
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("pandas-oracle")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.extraJavaOptions", "-Duser.timezone=UTC")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    out = {"spark_version": spark.version, "cases": {}}
    for name in pandas_cases.CASES:
        t = time.time()
        out["cases"][name] = r = pandas_cases.result_of(spark, name, rs)
        print(f"{name}: {r.get('error') or len(r['rows'])} ({time.time() - t:.1f}s)", flush=True)
    spark.stop()
    # The example's recording (record_example) stays.
    path = HERE / "pandas_expected.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    path.write_text(json.dumps({**old, **out}, indent=1) + "\n")




def record_example():
    """The sessions Spark's session-window example prints with classic PySpark 4.3."""
    import session_window_example as ex

    # Two shuffle partitions (not 200) so that local Spark's batches take seconds, not
    # minutes, on a small machine; the example itself runs unchanged.
    env = {
        **os.environ,
        "PYSPARK_PYTHON": sys.executable,
        "TZ": "UTC",
        "PYSPARK_SUBMIT_ARGS": "--conf spark.sql.shuffle.partitions=2 pyspark-shell",
    }
    env.pop("SPARK_REMOTE", None)
    out = ex.run_example(sys.executable, env, seconds=180)
    got = ex.sessions(out)
    print("session window example:", got, flush=True)
    path = HERE / "pandas_expected.json"
    doc = json.loads(path.read_text())
    doc["session_window_example"] = got
    path.write_text(json.dumps(doc, indent=1) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("PYARROW_IGNORE_TIMEZONE", "1")
    if sys.argv[1:] == ["--example"]:
        record_example()
    else:
        main()
