"""pandas and Arrow functions over DataFrames (mapInPandas, mapInArrow, applyInPandas,
applyInArrow, grouped aggregate pandas_udf, cogroup().applyInPandas): each case is a
function of a SparkSession and a scratch folder that returns a DataFrame (its rows are the
answer) or raises (the error is the answer). record_pandas.py runs them on classic PySpark
4.3 and writes pandas_expected.json; test_pandas.py runs them against `runnel connect`
through pyspark-client and compares.
"""

import json
import os

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf
from pyspark.sql.types import DoubleType, StringType

CASES = {}


def case(f):
    CASES[f.__name__] = f
    return f


def people(spark):
    return spark.createDataFrame(
        [(1, "ann", 1.5), (2, None, None), (1, "bob", 7.0), (3, "cy", 2.0), (2, "dee", 4.0)],
        "id INT, name STRING, v DOUBLE",
    )


def scores(spark):
    return spark.createDataFrame(
        [(1, "x", 10), (3, "y", 30), (3, "z", 31), (4, "w", 40)],
        "id INT, tag STRING, score BIGINT",
    )


def stream_of(spark, work, rows_per_file, schema="id INT, name STRING, v DOUBLE"):
    """A file stream of JSON lines (id, name, v), one file per list of rows."""
    src = os.path.join(work, "in")
    os.makedirs(src, exist_ok=True)
    for i, rows in enumerate(rows_per_file):
        path = os.path.join(src, f"part-{i}.json")
        with open(path, "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
        # One file a batch, in this order (the source takes the oldest first).
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
    return spark.readStream.schema(schema).option("maxFilesPerTrigger", 1).json(src)


def run_stream(spark, df, work, name, mode="append"):
    """Runs a streaming DataFrame to the end of its files into a memory table; its rows."""
    q = (
        df.writeStream.format("memory")
        .queryName(name)
        .outputMode(mode)
        .option("checkpointLocation", os.path.join(work, "ckpt"))
        .trigger(availableNow=True)
        .start()
    )
    q.awaitTermination()
    return spark.sql(f"SELECT * FROM {name}")


# ---- mapInPandas / mapInArrow ----


@case
def map_in_pandas_filters_and_adds_a_column(spark, work):
    def f(it):
        for pdf in it:
            pdf = pdf[pdf.id > 1]
            yield pdf.assign(w=pdf.v * 2)

    return people(spark).mapInPandas(f, "id INT, name STRING, v DOUBLE, w DOUBLE")


@case
def map_in_pandas_columns_by_name_and_cast(spark, work):
    def f(it):
        for pdf in it:
            yield pd.DataFrame({"n": pdf.name.str.upper(), "id": pdf.id})

    return people(spark).mapInPandas(f, "id BIGINT, n STRING")


@case
def map_in_pandas_yields_more_rows_than_it_reads(spark, work):
    def f(it):
        for pdf in it:
            yield pdf
            yield pdf.assign(id=pdf.id * 10)

    return people(spark).select("id").mapInPandas(f, "id INT")


@case
def map_in_pandas_yields_nothing(spark, work):
    def f(it):
        for _ in it:
            pass
        return iter([])

    return people(spark).mapInPandas(f, "id INT")


@case
def map_in_pandas_struct_and_timestamp_columns(spark, work):
    def f(it):
        for pdf in it:
            yield pd.DataFrame({"s": pdf.s.map(lambda d: d["a"] * 2), "t": pdf.t + pd.Timedelta(hours=1)})

    df = spark.sql(
        "SELECT named_struct('a', id) AS s, timestamp'2024-03-01 10:00:00' + make_dt_interval(id) AS t FROM range(3)"
    )
    return df.mapInPandas(f, "s BIGINT, t TIMESTAMP")


@case
def map_in_pandas_raises(spark, work):
    def f(it):
        for pdf in it:
            raise ValueError("no rows wanted")
        yield from ()

    return people(spark).mapInPandas(f, "id INT")


@case
def map_in_pandas_missing_result_column(spark, work):
    def f(it):
        for pdf in it:
            yield pdf[["id"]]

    return people(spark).mapInPandas(f, "id INT, other STRING")


@case
def map_in_arrow_filters_batches(spark, work):
    def f(it):
        for b in it:
            yield b.filter(pc.greater(b["id"], 1)).select(["name", "id"])

    return people(spark).mapInArrow(f, "name STRING, id INT")


@case
def map_in_pandas_on_a_stream(spark, work):
    def f(it):
        for pdf in it:
            yield pdf.assign(v=pdf.v.fillna(0) + 100)

    src = stream_of(
        spark,
        work,
        [[{"id": 1, "name": "a", "v": 1.0}, {"id": 2, "name": "b"}], [{"id": 3, "name": "c", "v": 3.5}]],
    )
    return run_stream(spark, src.mapInPandas(f, "id INT, name STRING, v DOUBLE"), work, "mip_stream")


@case
def map_in_arrow_on_a_stream(spark, work):
    def f(it):
        for b in it:
            yield pa.RecordBatch.from_pydict({"n": pc.utf8_upper(b["name"]), "id": b["id"]})

    src = stream_of(spark, work, [[{"id": 1, "name": "a"}], [{"id": 2, "name": "b"}, {"id": 3, "name": "c"}]])
    return run_stream(spark, src.mapInArrow(f, "n STRING, id INT"), work, "mia_stream")


# ---- applyInPandas / applyInArrow ----


@case
def apply_in_pandas_centres_each_group(spark, work):
    def f(pdf):
        return pdf.assign(v=pdf.v - pdf.v.mean())

    return people(spark).groupBy("id").applyInPandas(f, "id INT, name STRING, v DOUBLE")


@case
def apply_in_pandas_with_the_key(spark, work):
    def f(key, pdf):
        return pd.DataFrame({"id": [key[0]], "n": [len(pdf)], "names": [",".join(sorted(pdf.name.dropna()))]})

    return people(spark).groupBy("id").applyInPandas(f, "id INT, n BIGINT, names STRING")


@case
def apply_in_pandas_grouped_by_an_expression(spark, work):
    def f(key, pdf):
        return pd.DataFrame({"odd": [key[0]], "ids": [int(pdf.id.sum())], "cols": [",".join(pdf.columns)]})

    return people(spark).groupBy((F.col("id") % 2).alias("odd")).applyInPandas(f, "odd INT, ids BIGINT, cols STRING")


@case
def apply_in_pandas_null_key_group(spark, work):
    def f(key, pdf):
        return pd.DataFrame({"k": [key[0]], "n": [len(pdf)]})

    return people(spark).groupBy("name").applyInPandas(f, "k STRING, n BIGINT")


@case
def apply_in_pandas_then_filter_and_order(spark, work):
    def f(pdf):
        return pdf[["id"]].assign(total=pdf.v.sum())

    return people(spark).groupBy("id").applyInPandas(f, "id INT, total DOUBLE").where("total > 2").orderBy("id")


@case
def apply_in_pandas_on_a_stream_groups_each_micro_batch(spark, work):
    def f(key, pdf):
        return pd.DataFrame({"id": [key[0]], "n": [len(pdf)], "v": [pdf.v.sum()]})

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "name": "a", "v": 1.0}, {"id": 1, "name": "b", "v": 2.0}, {"id": 2, "name": "c", "v": 5.0}],
            [{"id": 1, "name": "d", "v": 10.0}],
        ],
    )
    return run_stream(spark, src.groupBy("id").applyInPandas(f, "id INT, n BIGINT, v DOUBLE"), work, "aip_stream")


@case
def apply_in_arrow_counts_each_group(spark, work):
    def f(key, table):
        return pa.table({"id": pa.array([key[0].as_py()], pa.int32()), "n": [table.num_rows]})

    return people(spark).groupBy("id").applyInArrow(f, "id INT, n BIGINT")


@case
def apply_in_arrow_result_of_another_type(spark, work):
    def f(key, table):
        return pa.table({"id": [key[0].as_py()], "n": [table.num_rows]})

    return people(spark).groupBy("id").applyInArrow(f, "id INT, n BIGINT")


# ---- grouped aggregate pandas_udf ----


@pandas_udf(DoubleType())
def mean_udf(v: pd.Series) -> float:
    return v.mean()


@pandas_udf(StringType())
def joined_udf(s: pd.Series) -> str:
    return "|".join(sorted(s.dropna()))


@case
def grouped_agg_pandas_udf_per_group(spark, work):
    return people(spark).groupBy("id").agg(mean_udf("v").alias("m"), joined_udf(F.col("name")))


@case
def grouped_agg_pandas_udf_global(spark, work):
    return people(spark).agg(mean_udf(F.col("v") * 2))


@case
def grouped_agg_pandas_udf_global_over_no_rows(spark, work):
    return people(spark).where("id > 100").agg(mean_udf("v").alias("m"))


@case
def grouped_agg_pandas_udf_by_an_expression_key(spark, work):
    return people(spark).groupBy((F.col("id") * 10).alias("k"), "name").agg(mean_udf("v"))


@case
def grouped_agg_pandas_udf_mixed_with_a_builtin_aggregate(spark, work):
    return people(spark).groupBy("id").agg(mean_udf("v"), F.count("*"))


# ---- cogroup ----


@case
def cogroup_apply_in_pandas_merges_each_key(spark, work):
    def f(left, right):
        ids = sorted(set(left.id) | set(right.id))
        return pd.DataFrame(
            {"id": ids, "names": [len(left)] * len(ids), "scores": [int(right.score.sum())] * len(ids)}
        )

    return (
        people(spark)
        .groupBy("id")
        .cogroup(scores(spark).groupBy("id"))
        .applyInPandas(f, "id INT, names BIGINT, scores BIGINT")
    )


@case
def cogroup_apply_in_pandas_with_the_key(spark, work):
    def f(key, left, right):
        return pd.DataFrame({"k": [key[0]], "l": [len(left)], "r": [len(right)]})

    return people(spark).groupBy("id").cogroup(scores(spark).groupBy("id")).applyInPandas(f, "k INT, l BIGINT, r BIGINT")


# ---- applyInPandasWithState ----


@case
def apply_in_pandas_with_state_running_count_and_remove(spark, work):
    from pyspark.sql.streaming.state import GroupStateTimeout

    def f(key, pdfs, state):
        n = state.get[0] if state.exists else 0
        for pdf in pdfs:
            n += len(pdf)
        if n >= 3:
            state.remove()
        else:
            state.update((n,))
        yield pd.DataFrame({"id": [key[0]], "n": [n], "done": [n >= 3]})

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
            [{"id": 1, "name": "c"}, {"id": 1, "name": "d"}],
            [{"id": 1, "name": "e"}, {"id": 2, "name": "f"}],
        ],
    )
    df = src.groupBy("id").applyInPandasWithState(
        f, "id INT, n BIGINT, done BOOLEAN", "n BIGINT", "Update", GroupStateTimeout.NoTimeout
    )
    return run_stream(spark, df, work, "aipws_count", "update")


@case
def apply_in_pandas_with_state_event_time_timeout(spark, work):
    from pyspark.sql.streaming.state import GroupStateTimeout

    def f(key, pdfs, state):
        if state.hasTimedOut:
            (n,) = state.get
            state.remove()
            yield pd.DataFrame({"id": [key[0]], "n": [n], "timed_out": [True]})
        else:
            n = state.get[0] if state.exists else 0
            latest = None
            for pdf in pdfs:
                n += len(pdf)
                m = pdf.ts.max()
                latest = m if latest is None else max(latest, m)
            state.update((n,))
            state.setTimeoutTimestamp(int(latest.timestamp() * 1000) + 5000)
            yield pd.DataFrame({"id": [key[0]], "n": [n], "timed_out": [False]})

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "ts": "2024-01-01T10:00:00Z"}, {"id": 2, "ts": "2024-01-01T10:00:01Z"}],
            [{"id": 1, "ts": "2024-01-01T10:00:30Z"}],
            [{"id": 3, "ts": "2024-01-01T10:01:00Z"}],
            # Older than the watermark (10:00:50): late, dropped.
            [{"id": 2, "ts": "2024-01-01T10:00:10Z"}, {"id": 3, "ts": "2024-01-01T10:01:01Z"}],
        ],
        "id INT, ts TIMESTAMP",
    )
    df = src.withWatermark("ts", "10 seconds").groupBy("id").applyInPandasWithState(
        f, "id INT, n BIGINT, timed_out BOOLEAN", "n BIGINT", "Update", GroupStateTimeout.EventTimeTimeout
    )
    return run_stream(spark, df, work, "aipws_event", "update")


@case
def apply_in_pandas_with_state_state_of_a_timestamp_and_string(spark, work):
    from pyspark.sql.streaming.state import GroupStateTimeout

    def f(key, pdfs, state):
        names, first = (state.get[0], state.get[1]) if state.exists else ("", None)
        for pdf in pdfs:
            names = names + "".join(pdf.name)
            m = pdf.ts.min()
            first = m if first is None else min(first, m)
        state.update((names, first))
        yield pd.DataFrame({"id": [key[0]], "names": [names], "first": [first]})

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "name": "a", "ts": "2024-01-01T10:00:05Z"}],
            [{"id": 1, "name": "b", "ts": "2024-01-01T10:00:01Z"}],
        ],
        "id INT, name STRING, ts TIMESTAMP",
    )
    df = src.groupBy("id").applyInPandasWithState(
        f, "id INT, names STRING, first TIMESTAMP", "names STRING, first TIMESTAMP", "Update", GroupStateTimeout.NoTimeout
    )
    return run_stream(spark, df, work, "aipws_types", "update")


@case
def apply_in_pandas_with_state_restarts_from_its_checkpoint(spark, work):
    from pyspark.sql.streaming.state import GroupStateTimeout

    def f(key, pdfs, state):
        n = state.get[0] if state.exists else 0
        for pdf in pdfs:
            n += len(pdf)
        state.update((n,))
        yield pd.DataFrame({"id": [key[0]], "n": [n]})

    def run(files):
        src = stream_of(spark, work, files)
        df = src.groupBy("id").applyInPandasWithState(
            f, "id INT, n BIGINT", "n BIGINT", "Append", GroupStateTimeout.NoTimeout
        )
        q = (
            df.writeStream.format("json")
            .option("path", os.path.join(work, "out"))
            .option("checkpointLocation", os.path.join(work, "ckpt"))
            .trigger(availableNow=True)
            .start()
        )
        q.awaitTermination()

    first = [[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}], [{"id": 1, "name": "c"}]]
    run(first)
    # The query again on its checkpoint, with one more file: the counts go on.
    run(first + [[{"id": 1, "name": "d"}, {"id": 2, "name": "e"}]])
    return spark.read.schema("id INT, n BIGINT").json(os.path.join(work, "out"))


@case
def apply_in_pandas_with_state_update_function_in_an_append_query(spark, work):
    from pyspark.sql.streaming.state import GroupStateTimeout

    def f(key, pdfs, state):
        yield pd.DataFrame({"id": [key[0]]})

    src = stream_of(spark, work, [[{"id": 1, "name": "a"}]])
    df = src.groupBy("id").applyInPandasWithState(f, "id INT", "n BIGINT", "Update", GroupStateTimeout.NoTimeout)
    return run_stream(spark, df, work, "aipws_modes", "append")


@case
def apply_in_pandas_with_state_append_function_in_an_update_query(spark, work):
    from pyspark.sql.streaming.state import GroupStateTimeout

    def f(key, pdfs, state):
        yield pd.DataFrame({"id": [key[0]]})

    src = stream_of(spark, work, [[{"id": 1, "name": "a"}]])
    df = src.groupBy("id").applyInPandasWithState(f, "id INT", "n BIGINT", "Append", GroupStateTimeout.NoTimeout)
    return run_stream(spark, df, work, "aipws_modes2", "update")


@case
def apply_in_pandas_with_state_on_a_batch_dataframe(spark, work):
    from pyspark.sql.streaming.state import GroupStateTimeout

    def f(key, pdfs, state):
        yield pd.DataFrame({"id": [key[0]]})

    return people(spark).groupBy("id").applyInPandasWithState(
        f, "id INT", "n BIGINT", "Update", GroupStateTimeout.NoTimeout
    )


# Cases whose row order is part of the answer.
ORDERED = {"apply_in_pandas_then_filter_and_order"}


def result_of(spark, name, rs):
    """The case's answer as recorded: columns and rows (canonical, via the oracle harness
    `rs`), or the error."""
    import shutil
    import tempfile

    work = tempfile.mkdtemp(prefix="pandas-case-")
    try:
        df = CASES[name](spark, work)
        columns = [[f.name, f.dataType.simpleString()] for f in df.schema.fields]
        return {"columns": columns, "rows": rs.rows_of(df, name in ORDERED)}
    except Exception as e:  # the error is the answer
        err = rs.error_of(e)
        return {"error": {k: err[k] for k in ("class", "condition", "cause_condition") if err.get(k)}}
    finally:
        shutil.rmtree(work, ignore_errors=True)
