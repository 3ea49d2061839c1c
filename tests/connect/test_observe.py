"""df.observe over Spark Connect: the CollectMetrics relation; a batch Observation gets its
metrics from `ExecutePlanResponse.observed_metrics`; a streaming query's metrics are in
its progress (`lastProgress`, the listener's `event.progress.observedMetrics`)."""

import json
import time

import pytest
from pyspark.errors import AnalysisException
from pyspark.sql import Observation
from pyspark.sql import functions as F
from pyspark.sql.streaming import StreamingQueryListener

from test_connect import server, spark  # noqa: F401  (fixtures)
from test_listener import put, wait_for


def test_observation_on_a_batch_dataframe_gets_the_metrics(spark):  # noqa: F811
    o = Observation("conn_obs")
    df = spark.range(10).observe(o, F.count(F.lit(1)).alias("cnt"), F.sum("id").alias("s"), F.max("id"))
    assert df.count() == 10
    # What PySpark 4.3 (classic) gives for the same call.
    assert o.get == {"cnt": 10, "s": 45, "max(id)": 9}
    e = Observation("conn_empty")
    spark.range(10).filter("id > 100").observe(
        e, F.count(F.lit(1)).alias("c"), F.sum("id").alias("s"), F.avg("id").alias("a"), F.min("id").alias("mn")
    ).collect()
    assert e.get == {"c": 0, "s": None, "a": None, "mn": None}


def test_bad_metrics_are_refused_with_sparks_conditions(spark):  # noqa: F811
    df = spark.range(3)
    for metric, cond in [
        (F.col("id").alias("x"), "INVALID_OBSERVED_METRICS.NON_AGGREGATE_FUNC_ARG_IS_ATTRIBUTE"),
        (F.sum(F.count("id")).alias("x"), "INVALID_OBSERVED_METRICS.NESTED_AGGREGATES_UNSUPPORTED"),
        (F.count_distinct("id").alias("x"), "INVALID_OBSERVED_METRICS.AGGREGATE_EXPRESSION_WITH_DISTINCT_UNSUPPORTED"),
    ]:
        with pytest.raises(AnalysisException) as ex:
            df.observe("m", metric).collect()
        assert ex.value.getCondition() == cond
    with pytest.raises(AnalysisException) as ex:
        df.observe("m", F.count("id").alias("x")).observe("m", F.sum("id").alias("y")).collect()
    assert ex.value.getCondition() == "DUPLICATED_METRICS_NAME"


class Metrics(StreamingQueryListener):
    def __init__(self):
        self.seen = []
        self.terminated = False

    def onQueryStarted(self, event):
        pass

    def onQueryProgress(self, event):
        m = event.progress.observedMetrics
        self.seen.append((event.progress.batchId, {k: (v.rows, v.total) for k, v in m.items()}))

    def onQueryIdle(self, event):
        pass

    def onQueryTerminated(self, event):
        self.terminated = True


def test_streaming_metrics_are_in_the_progress_and_the_listener_events(spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    src.mkdir()
    put(src, "a.json", "\n".join(json.dumps({"n": i}) for i in range(1, 4)) + "\n")
    rec = Metrics()
    spark.streams.addListener(rec)
    try:
        q = (
            spark.readStream.schema("n LONG")
            .json(str(src))
            .observe("m", F.count(F.lit(1)).alias("rows"), F.sum("n").alias("total"))
            .writeStream.format("memory")
            .queryName("observed")
            .start()
        )
        q.processAllAvailable()
        put(src, "b.json", json.dumps({"n": 10}) + "\n")
        q.processAllAvailable()
        p = q.lastProgress
        assert p.observedMetrics["m"].rows == 1 and p.observedMetrics["m"]["total"] == 10
        assert json.loads(p.json)["observedMetrics"] == {"m": {"rows": 1, "total": 10}}
        q.stop()
        # Wait for the last event too: PySpark's removeListener holds the listener bus lock
        # while it joins the thread that delivers events, so an event arriving after it
        # started would deadlock the client (pyspark/sql/connect/streaming/query.py).
        assert wait_for(lambda: len(rec.seen) >= 2 and rec.terminated), rec.seen
    finally:
        spark.streams.removeListener(rec)
    assert rec.seen[:2] == [(0, {"m": (3, 6)}), (1, {"m": (1, 10)})]
