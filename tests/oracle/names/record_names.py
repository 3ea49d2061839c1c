#!/usr/bin/env python3
"""Records the column names (and types) Spark gives to unaliased expressions.

Each non-blank, non-comment line of cases.txt is one Python expression over
`df`, `F` (pyspark.sql.functions) and `spark` (temp view `t` = df) that
evaluates to a DataFrame. Only its schema is taken (analysis); nothing is run.
Writes names.json next to this script:
    /work/pyspark-venv/bin/python tests/oracle/names/record_names.py
"""
import json
import logging
import os
import tempfile

from pyspark.logger import PySparkLogger
from pyspark.sql import SparkSession
from pyspark.sql import functions as F

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = ("id INT, l BIGINT, d DOUBLE, s STRING, ts TIMESTAMP, dt DATE, b BOOLEAN, "
          "arr ARRAY<INT>, m MAP<STRING,INT>, st STRUCT<x: INT, y: STRING>, dec DECIMAL(10,2), "
          "key STRING, value STRING, category STRING, timestamp TIMESTAMP")
INPUT = json.dumps({
    "id": 1, "l": 1700000000, "d": 2.5, "s": "a,b", "ts": "2024-03-01T10:15:30Z",
    "dt": "2024-03-01", "b": True, "arr": [1, 2], "m": {"a": 1}, "st": {"x": 7, "y": "q"},
    "dec": 12.34, "key": "k1", "value": "{\"a\": 1, \"b\": \"x\"}", "category": "books",
    "timestamp": "2024-03-01T10:16:00Z",
})


def error_name(e):
    for attr in ("getCondition", "getErrorClass"):
        cond = getattr(e, attr, None)
        if callable(cond) and cond():
            return cond()
    return type(e).__name__


def main():
    spark = (SparkSession.builder.master("local[1]")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.shuffle.partitions", "1")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    for name in ("DataFrameQueryContextLogger", "SQLQueryContextLogger"):  # refusals are expected
        PySparkLogger.getLogger(name).setLevel(logging.CRITICAL)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "input.json")
        with open(path, "w") as f:
            f.write(INPUT + "\n")
        df = spark.read.schema(SCHEMA).json(path)
        df.createOrReplaceTempView("t")
        with open(os.path.join(HERE, "cases.txt")) as f:
            codes = [ln.strip() for ln in f if ln.strip() and not ln.lstrip().startswith("#")]
        cases = []
        for code in codes:
            try:
                fields = eval(code, {"df": df, "F": F, "spark": spark}).schema.fields
                cases.append({"code": code, "columns": [x.name for x in fields],
                              "types": [x.dataType.simpleString() for x in fields]})
            except Exception as e:  # noqa: BLE001 - every refusal is recorded
                cases.append({"code": code, "error": error_name(e)})
    version = spark.version
    spark.stop()
    out = {"spark_version": version, "schema": SCHEMA, "input": INPUT, "cases": cases}
    with open(os.path.join(HERE, "names.json"), "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print(f"{len(cases)} cases, {sum('error' in c for c in cases)} errors")


if __name__ == "__main__":
    main()
