#!/usr/bin/env python3
"""Record Spark's `observedMetrics` for oracle cases that use `df.observe`.

Runs each case exactly as the oracle harness does (../shared/spark-oracle/run_spark.py:
files step by step, processAllAvailable, foreachBatch or memory sink) and writes its
expected.json with one more field per batch: `observed_metrics`, the `observedMetrics`
object of that batch's StreamingQueryProgress JSON as Spark wrote it (absent when Spark's
JSON has none). `runnel oracle-check` compares it when present.

    cd /tmp && /work/pyspark-venv/bin/python tests/oracle/record_observed.py CASE_DIR...

HARNESS (environment) names the folder of run_spark.py; default ../shared/spark-oracle
next to the repository.
"""
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HARNESS = Path(os.environ.get("HARNESS", ROOT / ".." / "shared" / "spark-oracle")).resolve()
sys.path.insert(0, str(HARNESS))

import run_spark as rs  # noqa: E402  (the harness: stepping, encoding, errors)
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql.streaming.query import StreamingQuery  # noqa: E402

# batch id -> Spark's observedMetrics JSON, for the case being recorded
SEEN = {}
_recent = StreamingQuery.recentProgress


def _recording_recent(self):
    progress = _recent.fget(self)
    for p in progress:
        j = json.loads(p.json)
        if "observedMetrics" in j:
            SEEN[j["batchId"]] = j["observedMetrics"]
    return progress


StreamingQuery.recentProgress = property(_recording_recent)


def main():
    spark = (SparkSession.builder.master("local[2]").appName("oracle-observed")
             .config("spark.sql.session.timeZone", "UTC")
             .config("spark.sql.shuffle.partitions", "2")
             .config("spark.driver.extraJavaOptions", "-Duser.timezone=UTC")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.streaming.minBatchesToRetain", "100")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    for case in sys.argv[1:]:
        t = time.time()
        SEEN.clear()
        res = rs.run_case(spark, case)
        for step in res.get("steps", []):
            for b in step["batches"]:
                if b["batch_id"] in SEEN:
                    b["observed_metrics"] = SEEN[b["batch_id"]]
        with open(os.path.join(case, "expected.json"), "w") as f:
            json.dump(res, f, indent=1, sort_keys=False)
            f.write("\n")
        nb = sum(len(s["batches"]) for s in res.get("steps", []))
        what = f"error {res['error']['condition']}" if "error" in res else f"{nb} batches"
        print(f"{os.path.basename(case.rstrip('/'))}: {what} ({time.time() - t:.1f}s)", flush=True)


if __name__ == "__main__":
    main()
