"""Python UDFs over Spark Connect: the client's pickled function runs in PySpark's own
worker (`pyspark.worker`) that `runnel connect` starts and speaks Spark's PythonRunner
protocol to (pickled rows for `udf`, Arrow for `useArrow=True` and `pandas_udf`), one
task per engine batch, as Spark's executors run it.
"""

import datetime
import json
from pathlib import Path

import pandas as pd
import pytest
from pyspark.errors import PythonException, StreamingQueryException
from pyspark.sql import Row
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf, udf
from pyspark.sql.types import ArrayType, DateType, IntegerType, MapType, StringType

from test_connect import running_server, server, spark  # noqa: F401  (fixtures)


@pytest.fixture
def people(spark):  # noqa: F811
    return spark.createDataFrame(
        [(1, "ann", 1.5), (2, None, None), (3, "bob", 7.0), (4, "cy", 2.0)],
        "id INT, name STRING, v DOUBLE",
    )


def test_udf_in_projection_filter_and_aggregate_input(people):
    plus1 = udf(lambda x: None if x is None else x + 1, IntegerType())
    upper = udf(lambda s: s.upper() if s is not None else None)  # StringType by default
    even = udf(lambda i: i % 2 == 0, "boolean")
    rows = people.select("id", plus1("id").alias("p"), upper("name")).orderBy("id").collect()
    assert [(r.id, r.p, r["<lambda>(name)"]) for r in rows] == [
        (1, 2, "ANN"),
        (2, 3, None),
        (3, 4, "BOB"),
        (4, 5, "CY"),
    ]
    assert sorted(r.id for r in people.filter(even("id")).collect()) == [2, 4]
    agg = people.groupBy(even("id").alias("e")).agg(F.sum(plus1("id")).alias("s")).orderBy("e").collect()
    assert [(r.e, r.s) for r in agg] == [(False, 6), (True, 8)]


def test_udf_results_converted_as_spark_does(people):
    # A value that does not fit the declared type is NULL (SQL_BATCHED_UDF), a
    # non-string value of a string UDF its Java toString; nested and date results.
    wrong = udf(lambda i: "not an int", IntegerType())
    text = udf(lambda v: v)
    words = udf(lambda s: s and list(s), ArrayType(StringType()))
    lens = udf(lambda s: s and {s: len(s)}, MapType(StringType(), IntegerType()))
    day = udf(lambda i: datetime.date(2024, 1, i), DateType())
    pair = udf(lambda i: (str(i), i * 10), "struct<a:string,b:int>")
    r = people.where("id = 1").select(
        wrong("id").alias("w"),
        text("v").alias("t"),
        words("name").alias("ws"),
        lens("name").alias("m"),
        day("id").alias("d"),
        pair("id").alias("p"),
    ).first()
    assert r.w is None
    assert r.t == "1.5"
    assert r.ws == ["a", "n", "n"]
    assert r.m == {"ann": 3}
    assert r.d == datetime.date(2024, 1, 1)
    assert r.p == Row(a="1", b=10)


def test_registered_udf_called_by_name_in_sql_expr_and_call_udf(spark, people):  # noqa: F811
    spark.udf.register("shout", lambda s: None if s is None else s.upper() + "!", StringType())
    people.createOrReplaceTempView("people")
    got = spark.sql("SELECT id, shout(name) AS s FROM people WHERE shout(name) IS NOT NULL ORDER BY id").collect()
    assert [(r.id, r.s) for r in got] == [(1, "ANN!"), (3, "BOB!"), (4, "CY!")]
    assert people.select(F.expr("shout(name)").alias("s")).where("id = 3").first().s == "BOB!"
    assert people.select(F.call_udf("shout", "name").alias("s")).where("id = 4").first().s == "CY!"


def test_a_registered_udf_belongs_to_its_session(server, spark):  # noqa: F811
    from pyspark.errors import AnalysisException
    from pyspark.sql import SparkSession

    spark.udf.register("mine_only", lambda s: s, StringType())
    assert spark.sql("SELECT mine_only('a') AS x").first().x == "a"
    other = SparkSession.builder.remote(f"sc://127.0.0.1:{server['port']}").create()
    try:
        with pytest.raises(AnalysisException) as e:
            other.sql("SELECT mine_only('a')").collect()
        assert e.value.getCondition() == "UNRESOLVED_ROUTINE"
    finally:
        other.stop()


def test_arrow_udf_and_scalar_pandas_udf(people):
    times3 = udf(lambda i: i * 3, IntegerType(), useArrow=True)

    @pandas_udf("double")
    def halve(v: pd.Series) -> pd.Series:
        return v / 2

    rows = people.select("id", times3("id").alias("t"), halve("v").alias("h")).orderBy("id").collect()
    assert [(r.t, r.h) for r in rows] == [(3, 0.75), (6, None), (9, 3.5), (12, 1.0)]


def test_one_worker_task_per_batch_not_per_row(spark):  # noqa: F811
    # The worker runs one task per engine batch: every row of a 500-row batch sees the
    # same TaskContext, and a pandas UDF gets the whole batch as one Series.
    def task_of(_):
        from pyspark import TaskContext

        return TaskContext.get().taskAttemptId()

    @pandas_udf("long")
    def batch_len(v: pd.Series) -> pd.Series:
        return pd.Series([len(v)] * len(v))

    df = spark.range(500)
    tasks = df.select(udf(task_of, "long")("id").alias("t")).distinct().collect()
    assert len(tasks) == 1
    assert {r.n for r in df.select(batch_len("id").alias("n")).collect()} == {500}


def test_udf_exception_raises_python_exception(people):
    boom = udf(lambda i: 1 // (i - 3), IntegerType())
    with pytest.raises(PythonException) as e:
        people.select(boom("id")).collect()
    assert "ZeroDivisionError" in str(e.value)
    # The worker that failed is gone; the next UDF gets another one.
    assert people.select(udf(lambda i: i, IntegerType())("id").alias("x")).count() == 4


def write_rows(folder: Path, name: str, rows) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / (name + ".tmp")
    with open(tmp, "w") as f:
        for i, c in rows:
            f.write(json.dumps({"id": i, "category": c}) + "\n")
    tmp.rename(folder / name)


def test_udfs_in_a_streaming_aggregation(spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    write_rows(src, "a.json", [(1, "x"), (2, "y"), (3, "x")])
    tag = udf(lambda c: None if c is None else c.upper(), StringType())
    odd = udf(lambda i: i % 2 == 1, "boolean")
    df = spark.readStream.format("json").schema("id INT, category STRING").load(str(src))
    q = (
        df.filter(odd("id"))
        .groupBy(tag("category").alias("c"))
        .agg(F.sum(udf(lambda i: i * 10, IntegerType())("id")).alias("s"))
        .writeStream.format("memory")
        .queryName("udf_agg")
        .outputMode("complete")
        .start()
    )
    try:
        q.processAllAvailable()
        assert [(r.c, r.s) for r in spark.sql("SELECT * FROM udf_agg ORDER BY c").collect()] == [("X", 40)]
        write_rows(src, "b.json", [(5, "y"), (7, "x"), (8, "x")])
        q.processAllAvailable()
        got = spark.sql("SELECT * FROM udf_agg ORDER BY c").collect()
        assert [(r.c, r.s) for r in got] == [("X", 110), ("Y", 50)]
    finally:
        q.stop()


def test_udf_error_fails_the_streaming_query(spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    write_rows(src, "a.json", [(1, "x")])
    bad = udf(lambda c: c.no_such_method(), StringType())
    df = spark.readStream.format("json").schema("id INT, category STRING").load(str(src))
    q = df.select(bad("category")).writeStream.format("memory").queryName("udf_bad").start()
    try:
        with pytest.raises(StreamingQueryException) as e:
            q.processAllAvailable()
        assert "AttributeError" in str(e.value)
    finally:
        q.stop()


def test_no_suitable_python_refuses_the_udf_saying_what_to_set(tmp_path):
    from pyspark.sql import SparkSession

    with running_server(tmp_path, env={"PYSPARK_PYTHON": str(tmp_path / "no-such-python")}) as srv:
        s = SparkSession.builder.remote(f"sc://127.0.0.1:{srv['port']}").create()
        try:
            with pytest.raises(Exception) as e:
                s.range(2).select(udf(lambda i: i, "long")("id")).collect()
            assert "PYSPARK_PYTHON" in str(e.value)
        finally:
            s.stop()


def test_a_worker_left_idle_past_the_socket_timeout_still_answers(people):
    # pyspark's worker socket times out after SPARK_AUTH_SOCKET_TIMEOUT (15 s) unless told
    # otherwise; a pooled worker waits idle between tasks for as long as it takes.
    import time

    plus1 = udf(lambda x: x + 1, IntegerType())
    assert people.where("id = 1").select(plus1("id").alias("p")).first().p == 2
    time.sleep(16)
    assert people.where("id = 2").select(plus1("id").alias("p")).first().p == 3
