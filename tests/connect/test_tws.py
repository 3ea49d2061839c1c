"""transformWithStateInPandas / transformWithState through Spark Connect: every case of
tws_cases.py runs against `runnel connect` (pyspark-client 4.2's worker talking to Runnel's
state server) and must give what classic PySpark 4.3 gave (tws_expected.json, written by
record_tws.py): every micro-batch's rows with their batch id, or the same error class and
condition.
"""

import json
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str((HERE / ".." / ".." / ".." / "shared" / "spark-oracle").resolve()))

import run_spark as rs  # noqa: E402  (the oracle harness: canon, rows_of, error_of)
import tws_cases  # noqa: E402

from test_connect import server, spark  # noqa: E402,F401  (fixtures)
from test_pandas import over_connect  # noqa: E402

EXPECTED = json.loads((HERE / "tws_expected.json").read_text())["cases"]


@pytest.mark.parametrize("name", sorted(tws_cases.CASES))
def test_case_gives_what_spark_gave(spark, name):  # noqa: F811
    got = tws_cases.result_of(spark, name, rs)
    assert got == over_connect(EXPECTED[name])


def test_every_case_was_recorded():
    assert sorted(EXPECTED) == sorted(tws_cases.CASES)


def test_an_event_time_column_on_the_output_is_refused_naming_it(spark, tmp_path):  # noqa: F811
    """eventTimeColumnName (Spark re-assigns the watermark to an output column) is not
    supported yet: the query is refused before it runs, naming the parameter."""
    from pyspark.sql.streaming import StatefulProcessor

    class Echo(StatefulProcessor):
        def init(self, handle):
            pass

        def handleInputRows(self, key, rows, timerValues):
            for pdf in rows:
                yield pdf

        def close(self):
            pass

    src = tws_cases.stream_of(spark, str(tmp_path), [[{"id": 1, "ts": "2024-01-01T10:00:00Z"}]], "id INT, ts TIMESTAMP")
    df = (
        src.withWatermark("ts", "10 seconds")
        .groupBy("id")
        .transformWithStateInPandas(
            Echo(), "id INT, ts TIMESTAMP", "Append", "EventTime", eventTimeColumnName="ts"
        )
    )
    with pytest.raises(Exception, match="eventTimeColumnName"):
        q = df.writeStream.format("memory").queryName("tws_etc").outputMode("append").start()
        try:
            q.processAllAvailable()
        finally:
            q.stop()
