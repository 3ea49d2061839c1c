"""Real PySpark (the PyPI client pyspark-client 4.2.0) against `runnel connect`.

Run with the venv the test script makes (tests/run_all.sh):

    RUNNEL_BIN=$CARGO_TARGET_DIR/debug/runnel ~/.cache/runnel-connect-venv/bin/python -m pytest tests/connect

Each test talks to one server started on 127.0.0.1 on a free port.
"""

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path

import pytest
from pyspark.errors import AnalysisException, StreamingQueryException
from pyspark.sql import Row, SparkSession
from pyspark.sql import functions as F

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = "timestamp TIMESTAMP, category STRING, value DOUBLE"


def runnel_bin() -> str:
    if os.environ.get("RUNNEL_BIN"):
        return os.environ["RUNNEL_BIN"]
    target = os.environ.get("CARGO_TARGET_DIR", os.path.expanduser("~/.cache/runnel-target"))
    return os.path.join(target, "debug", "runnel")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(out: Path, env=None):
    """`runnel connect` on 127.0.0.1 (a free port), its log in `out`. foreachBatch and
    foreach workers run with this Python (PYSPARK_PYTHON), which has pyspark-client."""
    port = free_port()
    log = open(out / "server.log", "w")
    course = ROOT / "examples" / "data" / "streaming_input"
    proc = subprocess.Popen(
        [
            runnel_bin(),
            "connect",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--path-map",
            f"dbfs:/mnt/data/data/streaming-json={course}",
            "--path-map",
            f"dbfs:/mnt/data={out / 'dbfs'}",
            "--warehouse",
            str(out / "warehouse"),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=ROOT,
        env={**os.environ, "PYSPARK_PYTHON": sys.executable, **(env or {})},
    )
    deadline = time.time() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                log.close()
                raise RuntimeError(
                    "runnel connect did not start:\n" + (out / "server.log").read_text()
                )
            time.sleep(0.1)
    try:
        yield {"port": port, "log": out / "server.log", "warehouse": out / "warehouse", "pid": proc.pid}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with running_server(tmp_path_factory.mktemp("server")) as s:
        yield s


@pytest.fixture(scope="module")
def spark(server):
    s = SparkSession.builder.remote(f"sc://127.0.0.1:{server['port']}").getOrCreate()
    yield s
    s.stop()


def write_events(folder: Path, rows) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "events-00.json", "w") as f:
        for ts, cat, val in rows:
            f.write(json.dumps({"timestamp": ts, "category": cat, "value": val}) + "\n")


EVENTS = [
    ("2025-03-01T10:01:00Z", "books", 1.0),
    ("2025-03-01T10:04:00Z", "books", 2.0),
    ("2025-03-01T10:05:00Z", "sports", 3.0),
    ("2025-03-01T10:12:00Z", "books", 4.0),
    ("2025-03-01T10:19:59Z", "sports", 5.0),
    ("2025-03-01T10:21:00Z", "sports", 6.0),
]


def utc(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00")).astimezone(timezone.utc).replace(tzinfo=None)


def test_version_and_config(spark):
    assert spark.version.startswith("4.")
    spark.conf.set("spark.sql.shuffle.partitions", "4")
    assert spark.conf.get("spark.sql.shuffle.partitions") == "4"
    assert spark.conf.get("no.such.key", "fallback") == "fallback"
    spark.conf.unset("spark.sql.shuffle.partitions")
    assert spark.conf.get("spark.sql.shuffle.partitions") == "200"


def test_sql_set_answers_its_key_and_value(spark):
    """The programming guide's `spark.sql("SET spark.sql.streaming.metricsEnabled=true")`:
    Spark's SetCommand sets the configuration and answers one (key, value) row; `SET key`
    reads it (`<undefined>` when never set)."""
    from pyspark.sql import Row

    d = spark.sql("SET spark.sql.streaming.metricsEnabled=true")
    assert d.columns == ["key", "value"]
    assert d.collect() == [Row(key="spark.sql.streaming.metricsEnabled", value="true")]
    assert spark.conf.get("spark.sql.streaming.metricsEnabled") == "true"
    assert spark.sql("SET never.set.key").collect() == [Row(key="never.set.key", value="<undefined>")]


def test_ddl_schema_strings_keep_not_null(spark, tmp_path):
    """AnalyzePlan's DdlParse is Spark's `parseDatatypeString` (`parseTableSchema`, else a
    data type): `NOT NULL` is kept at any depth, as classic `DataType.fromDDL` keeps it
    (the answers below are PySpark 4.3's classic ones). A streaming source's schema string
    is made nullable, as Spark makes it."""
    from pyspark.sql.types import (
        ArrayType,
        DataType,
        DoubleType,
        IntegerType,
        LongType,
        MapType,
        StringType,
        StructField,
        StructType,
    )

    a = StructField("a", IntegerType(), False)
    assert DataType.fromDDL("a INT NOT NULL, b STRING") == StructType([a, StructField("b", StringType(), True)])
    assert DataType.fromDDL("a INT NOT NULL, b STRUCT<c: INT NOT NULL, d: STRING>") == StructType(
        [
            a,
            StructField(
                "b",
                StructType([StructField("c", IntegerType(), False), StructField("d", StringType(), True)]),
                True,
            ),
        ]
    )
    assert DataType.fromDDL("struct<a: int not null>") == StructType([a])
    assert DataType.fromDDL("a: int not null") == StructType([a])
    assert DataType.fromDDL("map<string, struct<a:int not null>>") == MapType(StringType(), StructType([a]), True)
    assert DataType.fromDDL("a ARRAY<STRUCT<x: INT NOT NULL>> NOT NULL") == StructType(
        [StructField("a", ArrayType(StructType([StructField("x", IntegerType(), False)]), True), False)]
    )
    assert DataType.fromDDL("int") == IntegerType()
    df = spark.createDataFrame([(1, "x")], "a INT NOT NULL, b STRING")
    assert df.schema == StructType([a, StructField("b", StringType(), True)])
    assert df.selectExpr("a + 1 AS c", "b").schema == StructType(
        [StructField("c", IntegerType(), False), StructField("b", StringType(), True)]
    )
    assert spark.createDataFrame([(1, (2,))], "a INT NOT NULL, b STRUCT<c: INT NOT NULL>").schema == StructType(
        [a, StructField("b", StructType([StructField("c", IntegerType(), False)]), True)]
    )
    ids = spark.createDataFrame([(1, 2.0)], "id LONG, v DOUBLE")
    out = StructType([StructField("id", LongType(), False), StructField("v", DoubleType(), True)])
    assert ids.groupBy("id").applyInPandas(lambda p: p, "id LONG NOT NULL, v DOUBLE").schema == out
    assert ids.mapInPandas(lambda it: it, "id LONG NOT NULL, v DOUBLE").schema == out
    src = spark.readStream.schema("a INT NOT NULL, b STRING").json(str(tmp_path))
    assert src.schema == StructType([StructField("a", IntegerType(), True), StructField("b", StringType(), True)])


def test_bitwise_column_methods(spark):
    """`bitwiseAND`/`bitwiseOR`/`bitwiseXOR` (sent as `&`, `|`, `^`) are Spark's
    BitwiseAnd/Or/Xor, of the wider type and named `(a & b)` (as PySpark 4.3 answers)."""
    df = spark.createDataFrame([(12, 10)], "a INT, b BIGINT")
    r = df.select(F.col("a").bitwiseAND(F.col("b")), F.col("a").bitwiseOR(3), F.col("a").bitwiseXOR(F.col("b")))
    assert r.columns == ["(a & b)", "(a | 3)", "(a ^ b)"]
    assert [f.dataType.simpleString() for f in r.schema.fields] == ["bigint", "int", "bigint"]
    assert r.first() == Row(**{"(a & b)": 8, "(a | 3)": 15, "(a ^ b)": 6})


def test_year_month_interval_schema(spark):
    """A year-month interval column's type is Connect's YearMonthInterval with its own fields
    (as PySpark 4.3 answers; it was an unparsed type the client refused). Its values cannot be
    collected by pyspark-client 4.2.0 (no Arrow month_interval conversion), as against Spark."""
    from pyspark.sql.types import StructField, StructType, YearMonthIntervalType

    d = spark.sql("SELECT make_ym_interval(1, 2) AS x, INTERVAL '1' YEAR AS y, INTERVAL '3' MONTH AS z")
    assert d.schema == StructType(
        [
            StructField("x", YearMonthIntervalType(0, 1), False),
            StructField("y", YearMonthIntervalType(0, 0), False),
            StructField("z", YearMonthIntervalType(1, 1), False),
        ]
    )


def test_local_rows_collect(spark):
    df = spark.createDataFrame([(1, "a", 1.5), (2, "b", None), (3, "c", 4.0)], ["id", "name", "x"])
    assert df.columns == ["id", "name", "x"]
    assert [tuple(r) for r in df.collect()] == [(1, "a", 1.5), (2, "b", None), (3, "c", 4.0)]
    out = (
        df.filter(F.col("id") > 1)
        .withColumn("y", F.col("x") * 2)
        .select("name", "y", F.upper("name").alias("u"))
        .orderBy(F.col("name").desc())
        .collect()
    )
    assert out == [Row(name="c", y=8.0, u="C"), Row(name="b", y=None, u="B")]
    assert df.count() == 3
    agg = df.groupBy().agg(F.sum("id").alias("s"), F.max("x").alias("m")).collect()
    assert agg == [Row(s=6, m=4.0)]
    assert spark.createDataFrame([Row(a=1)]).selectExpr("a + 1 AS b").first().b == 2


def test_higher_order_functions_with_python_lambdas(spark):
    df = spark.createDataFrame([(1,), (2,)], ["id"]).selectExpr(
        "id", "CASE WHEN id = 1 THEN array(1, 2, NULL) END AS a"
    )
    out = (
        df.select(
            "id",
            F.transform("a", lambda x: x * 10).alias("t"),
            F.filter("a", lambda x, i: i > 0).alias("f"),
            F.aggregate("a", F.lit(0), lambda acc, x: acc + F.coalesce(x, F.lit(0))).alias("s"),
            F.expr("exists(a, x -> x IS NULL)").alias("e"),
        )
        .orderBy("id")
        .collect()
    )
    assert out == [
        Row(id=1, t=[10, 20, None], f=[2, None], s=3, e=True),
        Row(id=2, t=None, f=None, s=None, e=None),
    ]


def test_joins_and_literals(spark):
    a = spark.createDataFrame([(1, "x", 10.0), (2, "y", 20.0), (3, "x", None)], ["id", "k", "v"])
    b = spark.createDataFrame([(1, "one"), (2, "two")], ["id", "name"])
    # Columns named through their DataFrame (plan ids) tell the two `id`s apart.
    j = a.join(b, a.id == b.id).select(a.id, b.name, "k").orderBy(a.id).collect()
    assert j == [Row(id=1, name="one", k="x"), Row(id=2, name="two", k="y")]
    left = a.join(b, a.id == b.id, "left").select(a.id, b.id.alias("bid")).orderBy(a.id)
    assert [tuple(r) for r in left.collect()] == [(1, 1), (2, 2), (3, None)]
    assert a.join(b, "id").count() == 2
    lit = spark.range(1).select(
        F.lit(Decimal("1.25")).alias("d"),
        F.lit(datetime(2025, 1, 1, 12, 0)).alias("t"),
        F.when(F.lit(1) > 2, "a").otherwise("b").alias("w"),
    )
    assert lit.collect() == [Row(d=Decimal("1.25"), t=datetime(2025, 1, 1, 12, 0), w="b")]


def test_json_folder_as_batch(spark, tmp_path):
    write_events(tmp_path / "in", EVENTS)
    df = spark.read.schema(SCHEMA).json(str(tmp_path / "in"))
    assert not df.isStreaming
    rows = df.collect()
    assert len(rows) == len(EVENTS)
    assert rows[0].timestamp == utc(EVENTS[0][0])
    assert rows[0].category == "books"
    counts = {r.category: r["count"] for r in df.groupBy("category").count().collect()}
    assert counts == {"books": 3, "sports": 3}


def test_json_folder_as_stream_windowed_count(spark, tmp_path):
    write_events(tmp_path / "in", EVENTS)
    df = spark.readStream.format("json").schema(SCHEMA).option("path", str(tmp_path / "in")).load()
    assert df.isStreaming
    counts = (
        df.withWatermark("timestamp", "5 minutes")
        .groupBy(F.window(F.col("timestamp"), "10 minutes"), "category")
        .count()
    )
    q = counts.writeStream.outputMode("update").format("memory").queryName("win_counts").start()
    try:
        assert q.isActive
        assert q.name == "win_counts"
        q.processAllAvailable()
        rows = spark.sql("select * from win_counts").collect()
        got = sorted((r.window.start, r.window.end, r.category, r["count"]) for r in rows)
        expected = sorted(
            [
                (utc("2025-03-01T10:00:00Z"), utc("2025-03-01T10:10:00Z"), "books", 2),
                (utc("2025-03-01T10:00:00Z"), utc("2025-03-01T10:10:00Z"), "sports", 1),
                (utc("2025-03-01T10:10:00Z"), utc("2025-03-01T10:20:00Z"), "books", 1),
                (utc("2025-03-01T10:10:00Z"), utc("2025-03-01T10:20:00Z"), "sports", 1),
                (utc("2025-03-01T10:20:00Z"), utc("2025-03-01T10:30:00Z"), "sports", 1),
            ]
        )
        assert got == expected
        last = q.lastProgress
        assert last is not None and "numInputRows" in last
        assert sum(p["numInputRows"] for p in q.recentProgress) == len(EVENTS)
        assert last["name"] == "win_counts"
        assert q.status["isTriggerActive"] is False
        assert [a.name for a in spark.streams.active] == ["win_counts"]
        assert spark.streams.get(q.id).name == "win_counts"
        assert q.exception() is None
        assert q.awaitTermination(0.2) is False
    finally:
        q.stop()
    assert not q.isActive
    assert q.awaitTermination(5) is True


def test_a_failed_query_raises_streaming_query_exception(spark, tmp_path):
    write_events(tmp_path / "in", EVENTS)
    df = spark.readStream.schema(SCHEMA).json(str(tmp_path / "in"))
    bad = df.select((F.col("value") / F.lit(0)).alias("x"))
    q = bad.writeStream.format("memory").queryName("fails").start()
    with pytest.raises(StreamingQueryException) as ei:
        q.awaitTermination(60)
    assert ei.value.getCondition() == "STREAM_FAILED"
    assert "[DIVIDE_BY_ZERO]" in str(ei.value)
    assert not q.isActive
    assert "DIVIDE_BY_ZERO" in str(q.exception())
    spark.streams.resetTerminated()


def test_interrupt_all_ends_a_waiting_await_termination(spark, tmp_path):
    write_events(tmp_path / "in", EVENTS)
    df = spark.readStream.schema(SCHEMA).json(str(tmp_path / "in"))
    q = df.writeStream.format("noop").start()
    errors = []

    def wait():
        try:
            q.awaitTermination()
        except Exception as e:  # the call ends with the interrupt
            errors.append(e)

    t = threading.Thread(target=wait)
    t.start()
    time.sleep(1)
    interrupted = spark.interruptAll()
    t.join(30)
    assert not t.is_alive()
    assert len(errors) == 1 and len(interrupted) == 1
    assert q.isActive
    q.stop()


def test_unknown_column_is_an_analysis_exception(spark):
    df = spark.createDataFrame([(1, "a")], ["value", "name"])
    with pytest.raises(AnalysisException) as ei:
        df.select("valeu").collect()
    e = ei.value
    assert e.getCondition() == "UNRESOLVED_COLUMN.WITH_SUGGESTION"
    assert e.getSqlState() == "42703"
    assert e.getMessageParameters()["objectName"] == "`valeu`"
    assert "valeu" in str(e)


def test_streaming_refusal_has_sparks_condition(spark, tmp_path):
    write_events(tmp_path / "in", EVENTS)
    df = spark.readStream.schema(SCHEMA).json(str(tmp_path / "in"))
    agg = df.groupBy("category").count()
    with pytest.raises(AnalysisException) as ei:
        agg.writeStream.outputMode("append").format("memory").queryName("refused").start()
    assert ei.value.getCondition().startswith("STREAMING_OUTPUT_MODE")


def test_course_example_7_runs_unchanged(server):
    env = dict(os.environ, SPARK_REMOTE=f"sc://127.0.0.1:{server['port']}")
    r = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "seed" / "ex7_window_count_update.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    assert "|window|category|count|" in r.stdout.replace(" ", ""), r.stdout


def test_save_as_table_modes_and_sparks_errors(spark, server):
    spark.sql("DROP TABLE IF EXISTS people")
    people = spark.createDataFrame([(1, "ann"), (2, "bob")], "id INT, name STRING")
    people.write.saveAsTable("people")
    assert (server["warehouse"] / "people").is_dir()
    with pytest.raises(AnalysisException) as ei:
        people.write.saveAsTable("people")
    assert ei.value.getCondition() == "TABLE_OR_VIEW_ALREADY_EXISTS"
    assert ei.value.getSqlState() == "42P07"
    people.write.mode("append").saveAsTable("people")
    spark.createDataFrame([("cy", 3)], "name STRING, id INT").write.mode("append").saveAsTable("people")
    assert sorted((r.id, r.name) for r in spark.table("people").collect()) == [
        (1, "ann"), (1, "ann"), (2, "bob"), (2, "bob"), (3, "cy")]
    spark.range(5).write.mode("ignore").saveAsTable("people")
    assert spark.read.table("people").count() == 5
    spark.range(2).write.mode("overwrite").format("json").saveAsTable("people")
    assert sorted(r.id for r in spark.table("people").collect()) == [0, 1]
    assert spark.catalog.tableExists("people")
    assert ("people", "MANAGED", False) in [
        (t.name, t.tableType, t.isTemporary) for t in spark.catalog.listTables()]
    # DDL runs once, when spark.sql is called (collecting its result does not run it again).
    assert spark.sql("DROP TABLE people").collect() == []
    assert not (server["warehouse"] / "people").exists()
    assert not spark.catalog.tableExists("people")
    with pytest.raises(AnalysisException) as ei:
        spark.sql("DROP TABLE people")
    assert ei.value.getCondition() == "TABLE_OR_VIEW_NOT_FOUND"
    assert ei.value.getMessageParameters()["relationName"] == "`spark_catalog`.`default`.`people`"
    with pytest.raises(AnalysisException) as ei:
        spark.read.table("people").collect()
    assert ei.value.getCondition() == "TABLE_OR_VIEW_NOT_FOUND"


def test_to_table_then_read_stream_table_resumes_from_its_checkpoint(spark, tmp_path):
    spark.sql("DROP TABLE IF EXISTS events_t")
    spark.sql("DROP TABLE IF EXISTS events_copy")
    write_events(tmp_path / "in", EVENTS)
    src = spark.readStream.schema(SCHEMA).json(str(tmp_path / "in"))
    q = src.writeStream.option("checkpointLocation", str(tmp_path / "c1")).toTable("events_t")
    q.processAllAvailable()
    q.stop()
    assert spark.table("events_t").count() == len(EVENTS)
    assert spark.table("events_t").columns == ["timestamp", "category", "value"]
    stream = spark.readStream.table("events_t")
    assert stream.isStreaming
    copy = stream.writeStream.trigger(availableNow=True).option(
        "checkpointLocation", str(tmp_path / "c2")).toTable("events_copy")
    copy.awaitTermination(60)
    assert spark.table("events_copy").count() == len(EVENTS)
    # More rows through the first query (its checkpoint); the copy picks up only those.
    with open(tmp_path / "in" / "events-01.json", "w") as f:
        f.write(json.dumps({"timestamp": "2025-03-01T11:00:00Z", "category": "toys", "value": 7.0}) + "\n")
    q = src.writeStream.option("checkpointLocation", str(tmp_path / "c1")).toTable("events_t")
    q.processAllAvailable()
    q.stop()
    copy = spark.readStream.table("events_t").writeStream.trigger(availableNow=True).option(
        "checkpointLocation", str(tmp_path / "c2")).toTable("events_copy")
    copy.awaitTermination(60)
    assert sorted(r.value for r in spark.table("events_copy").collect()) == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
    with pytest.raises(AnalysisException) as ei:
        src.writeStream.format("json").option(
            "checkpointLocation", str(tmp_path / "c3")).toTable("events_t")
    assert "different from the table events_t's data source provider(parquet)" in str(ei.value)
    spark.sql("DROP TABLE events_t")
    spark.sql("DROP TABLE events_copy")


def test_tables_are_shared_between_sessions_and_temp_views_are_not(spark, server):
    spark.sql("DROP TABLE IF EXISTS shared_t")
    spark.range(3).write.saveAsTable("shared_t")
    spark.range(1).createOrReplaceTempView("mine_only")
    other = SparkSession.builder.remote(f"sc://127.0.0.1:{server['port']}").create()
    try:
        assert other.table("shared_t").count() == 3
        assert not other.catalog.tableExists("mine_only")
        other.sql("DROP TABLE shared_t")
    finally:
        other.stop()
    assert not spark.catalog.tableExists("shared_t")
    assert spark.catalog.dropTempView("mine_only")
