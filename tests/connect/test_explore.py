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


def test_offset_to_colregex_metadata_json(spark):  # noqa: F811
    from pyspark.sql import types as T

    df = spark.createDataFrame([(1, "a", 1.5), (2, "b", None), (3, "a", 2.5)], "id INT, s STRING, x DOUBLE")
    assert [r.id for r in df.offset(1).collect()] == [2, 3]
    assert [r.id for r in df.limit(2).offset(1).collect()] == [2]
    to = df.to(T.StructType([T.StructField("x", T.StringType()), T.StructField("ID", T.LongType())]))
    assert to.schema.simpleString() == "struct<x:string,ID:bigint>"
    assert [tuple(r) for r in to.collect()] == [("1.5", 1), (None, 2), ("2.5", 3)]
    assert df.select(df.colRegex("`(id|x)`")).columns == ["id", "x"]
    assert df.withMetadata("id", {"a": 1}).schema["id"].metadata == {"a": 1}
    assert df.toJSON().collect()[1].value == '{"id":2,"s":"b"}'


def test_crosstab_freqitems_approxquantile(spark):  # noqa: F811
    df = spark.createDataFrame(
        [(1, "a", 1.5), (2, "b", None), (3, "a", 2.5), (4, None, 3.5), (5, "b", 1.5)], "id INT, s STRING, x DOUBLE"
    )
    rows = [tuple(r) for r in df.crosstab("s", "id").orderBy("s_id").collect()]
    assert rows == [("a", 1, 0, 1, 0, 0), ("b", 0, 1, 0, 0, 1), ("null", 0, 0, 0, 1, 0)]
    assert [tuple(r) for r in df.freqItems(["id", "s", "x"]).collect()] == [
        ([1, 2, 3, 4, 5], [None, "a", "b"], [None, 1.5, 2.5, 3.5])
    ]
    assert df.approxQuantile("x", [0.0, 0.25, 0.5, 0.75, 1.0], 0.0) == [1.5, 1.5, 1.5, 2.5, 3.5]
    assert df.approxQuantile(["id", "x"], [0.5], 0.1) == [[3.0], [1.5]]


def test_sample_randomsplit_sampleby(spark):  # noqa: F811
    from pyspark.sql import functions as F

    r = spark.range(20)
    assert [x.id for x in r.sample(0.5, 3).collect()] == [0, 4, 5, 8, 10, 15, 16, 17]
    assert [x.id for x in r.sample(True, 0.5, 7).collect()] == [0, 3, 7, 7, 9, 10, 11, 11, 15, 17]
    assert [[x.id for x in d.collect()] for d in r.randomSplit([1.0, 2.0], 5)] == [
        [0, 1, 5, 6, 8, 9, 11, 15, 16],
        [2, 3, 4, 7, 10, 12, 13, 14, 17, 18, 19],
    ]
    kept = r.withColumn("k", F.col("id") % 3).sampleBy("k", {0: 0.5, 1: 1.0}, 9)
    assert [x.id for x in kept.collect()] == [1, 3, 4, 7, 9, 10, 12, 13, 16, 19]


def test_transpose_semantics_checkpoint(spark):  # noqa: F811
    from pyspark.sql import functions as F

    d = spark.createDataFrame([("b", 1, 2), ("a", 3, 4), (None, 5, 6)], "k STRING, x INT, y LONG")
    t = d.transpose()
    assert t.schema.simpleString() == "struct<key:string,a:bigint,b:bigint>"
    assert [tuple(r) for r in t.collect()] == [("x", 3, 1), ("y", 4, 2)]
    assert [tuple(r) for r in d.transpose(F.col("k")).collect()] == [("x", 3, 1), ("y", 4, 2)]
    assert d.sameSemantics(d.select("k", "x", "y"))
    assert not d.sameSemantics(d.filter("x > 1"))
    assert isinstance(d.semanticHash(), int)
    c = d.localCheckpoint()
    assert [r.x for r in c.filter("x > 1").collect()] == [3, 5]
    assert d.checkpoint().count() == 3


def test_input_files(spark, tmp_path):  # noqa: F811
    p = str(tmp_path / "j")
    spark.createDataFrame([(1,), (2,)], "a INT").write.json(p)
    files = spark.read.json(p).filter("a > 1").inputFiles()
    assert files and all(f.startswith("file://") and f.endswith(".json") for f in files)
    assert spark.range(3).inputFiles() == []


def test_random_split_sorts_first(spark):  # noqa: F811
    # PySpark 4.3 (classic, one partition) for the same rows in another order.
    df = spark.createDataFrame([(i * 7 % 20,) for i in range(20)], "id LONG")
    assert [sorted(x.id for x in d.collect()) for d in df.randomSplit([1.0, 2.0], 5)] == [
        [0, 1, 5, 6, 8, 9, 11, 15, 16],
        [2, 3, 4, 7, 10, 12, 13, 14, 17, 18, 19],
    ]


def test_lateral_join_without_outer_references(spark):  # noqa: F811
    from pyspark.sql import functions as F

    lt, rt = spark.range(3).alias("t"), spark.range(2).alias("u")
    assert lt.lateralJoin(rt).count() == 6
    rows = lt.lateralJoin(rt, on=F.col("t.id") == F.col("u.id"), how="left").collect()
    assert [tuple(r) for r in rows] == [(0, 0), (1, 1), (2, None)]
