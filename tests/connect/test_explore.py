"""DataFrame exploration over Spark Connect: the StatDescribe, StatSummary, Tail, StatCorr and
StatCov relations give what PySpark 4.3 (classic, one partition) gives for the same calls
(crates/runnel-pyspark/tests/python/describe.out holds its full output)."""

from test_connect import server, spark  # noqa: F401  (fixtures)


def test_describe_summary_tail_corr_cov(spark):  # noqa: F811
    df = spark.createDataFrame(
        [(1, "a", 2.0), (2, "2.5", 3.5), (3, "a", None), (4, "7", 1.0)], "id INT, k STRING, v DOUBLE"
    )
    rows = [tuple(r) for r in df.describe().collect()]
    assert rows == [
        ("count", "4", "4", "3"),
        ("mean", "2.5", "4.75", "2.1666666666666665"),
        ("stddev", "1.2909944487358056", "3.181980515339464", "1.2583057392117916"),
        ("min", "1", "2.5", "1.0"),
        ("max", "4", "a", "3.5"),
    ]
    assert [tuple(r) for r in df.summary("count", "50%", "count_distinct").collect()] == [
        ("count", "4", "4", "3"),
        ("50%", "2", "2.5", "2.0"),
        ("count_distinct", "4", "3", "3"),
    ]
    assert [tuple(r) for r in df.describe("id").collect()][0] == ("count", "4")
    assert [tuple(r) for r in df.tail(2)] == [(3, "a", None), (4, "7", 1.0)]
    assert df.tail(0) == []
    assert df.corr("id", "v") == -0.562039011517252
    assert df.stat.cov("id", "v") == -1.0833333333333333
