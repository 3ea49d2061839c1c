"""Records the answers of tws_cases.py (all, or the ones named) with classic PySpark 4.3 (local mode, as the
oracle harness runs Spark) into tws_expected.json:

    cd /tmp && TWS_WORKER_PYTHON=~/.cache/runnel-connect-venv/bin/python \
        /work/pyspark-venv/bin/python /work/wt-tws/tests/connect/record_tws.py [CASE...]
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

import tws_cases  # noqa: E402


def main():
    # Spark's Python workers need pandas, pyarrow and protobuf (the state server's
    # messages): TWS_WORKER_PYTHON names such a Python when this one lacks protobuf (the
    # workers import pyspark from Spark's own pyspark.zip whatever the Python).
    os.environ["PYSPARK_PYTHON"] = os.environ.get("TWS_WORKER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("tws-oracle")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.extraJavaOptions", "-Duser.timezone=UTC")
        .config("spark.ui.enabled", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    out = {"spark_version": spark.version, "cases": {}}
    for name in sys.argv[1:] or tws_cases.CASES:
        t = time.time()
        out["cases"][name] = r = tws_cases.result_of(spark, name, rs)
        print(f"{name}: {r.get('error') or len(r['rows'])} ({time.time() - t:.1f}s)", flush=True)
    spark.stop()
    path = HERE / "tws_expected.json"
    old = json.loads(path.read_text()) if path.exists() else {}
    out["cases"] = {**old.get("cases", {}), **out["cases"]}
    path.write_text(json.dumps({**old, **out}, indent=1) + "\n")


if __name__ == "__main__":
    os.environ.setdefault("PYARROW_IGNORE_TIMEZONE", "1")
    main()
