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
    with open(HERE / "pandas_expected.json", "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    os.environ.setdefault("PYARROW_IGNORE_TIMEZONE", "1")
    main()
