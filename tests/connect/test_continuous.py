"""trigger(continuous=...) over Spark Connect: PySpark's client sends the trigger, the
server runs epochs as `runnel submit` does (planner/continuous.rs): rows of the rate
source reach the memory sink epoch by epoch, no progress is reported, status is
ContinuousExecution's, and what Spark refuses under a continuous trigger is refused at
start() with Spark's condition."""

import pytest
from pyspark.errors import AnalysisException

from test_connect import server, spark  # noqa: F401  (fixtures)
from test_foreach import wait_for


def test_continuous_rate_to_memory(spark):  # noqa: F811
    df = spark.readStream.format("rate").option("rowsPerSecond", 20).option("numPartitions", 1).load()
    q = (
        df.selectExpr("value", "value % 2 AS odd")
        .writeStream.format("memory")
        .queryName("cont_rate")
        .trigger(continuous="500 milliseconds")
        .start()
    )
    try:
        assert wait_for(lambda: spark.sql("SELECT count(*) FROM cont_rate").collect()[0][0] >= 10, 20)
        rows = [r.value for r in spark.sql("SELECT value FROM cont_rate").collect()]
        # The continuous rate source's partition 0 of 1 makes 0, 1, 2, ... each once.
        assert sorted(rows) == list(range(len(rows)))
        assert q.isActive
        assert q.lastProgress is None and q.recentProgress == []
        assert q.status["message"].startswith(("Running", "Committing epoch"))
    finally:
        q.stop()
    assert not q.isActive


def test_continuous_refuses_an_aggregate_at_start(spark):  # noqa: F811
    df = spark.readStream.format("rate").load()
    with pytest.raises(AnalysisException) as e:
        df.groupBy("value").count().writeStream.format("memory").queryName("cont_agg").outputMode(
            "complete"
        ).trigger(continuous="1 second").start()
    assert "Continuous processing does not support Aggregate operations" in str(e.value)


def test_continuous_refuses_foreach_batch(spark):  # noqa: F811
    df = spark.readStream.format("rate").load()
    with pytest.raises(AnalysisException) as e:
        df.writeStream.foreachBatch(lambda b, i: None).trigger(continuous="1 second").start()
    assert "'foreachBatch' is not supported with continuous trigger" in str(e.value)
