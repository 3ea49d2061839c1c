"""transformWithStateInPandas / transformWithState (Spark 4's arbitrary stateful operator in
Python): each case is a function of a SparkSession and a scratch folder that returns a
DataFrame (its rows are the answer: every micro-batch's output with its batch id) or raises
(the error is the answer). record_tws.py runs them on classic PySpark 4.3 and writes
tws_expected.json; test_tws.py runs them against `runnel connect` through pyspark-client.

The processors are defined inside the cases so that cloudpickle ships them by value (the
server's Python worker cannot import this module).
"""

import json
import os

import pandas as pd
from pyspark.sql import functions as F

CASES = {}

ROCKSDB = "org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider"


def case(f):
    CASES[f.__name__] = f
    return f


def stream_of(spark, work, rows_per_file, schema="id INT, name STRING, v DOUBLE", sub="in"):
    """A file stream of JSON lines, one file (one micro-batch) per list of rows."""
    src = os.path.join(work, sub)
    os.makedirs(src, exist_ok=True)
    for i, rows in enumerate(rows_per_file):
        path = os.path.join(src, f"part-{i}.json")
        if os.path.exists(path):
            continue
        with open(path, "w") as f:
            for r in rows:
                f.write(json.dumps(r) + "\n")
        os.utime(path, (1_700_000_000 + i, 1_700_000_000 + i))
    return spark.readStream.schema(schema).option("maxFilesPerTrigger", 1).json(src)


def run_batches(spark, df, work, mode="update", rocksdb=True):
    """Runs the stream to the end of its files; every batch's rows with a `batch` column.
    (No case has processing-time timers: in that mode Spark 4.3 runs a batch every trigger,
    so neither availableNow nor processAllAvailable() ever ends.)"""
    if rocksdb:
        spark.conf.set("spark.sql.streaming.stateStore.providerClass", ROCKSDB)
    out = os.path.join(work, "out")

    def each(bdf, bid):
        from pyspark.sql import functions as F

        bdf.withColumn("batch", F.lit(bid)).write.mode("append").parquet(out)

    q = (
        df.writeStream.foreachBatch(each)
        .outputMode(mode)
        .option("checkpointLocation", os.path.join(work, "ckpt"))
        .trigger(availableNow=True)
        .start()
    )
    q.awaitTermination()
    return spark.read.parquet(out)


@case
def tws_value_state_running_count(spark, work):
    from pyspark.sql.streaming import StatefulProcessor
    from pyspark.sql.types import LongType, StructField, StructType

    class Count(StatefulProcessor):
        def init(self, handle):
            self.count = handle.getValueState("count", StructType([StructField("n", LongType())]))

        def handleInputRows(self, key, rows, timerValues):
            n = self.count.get()[0] if self.count.exists() else 0
            for pdf in rows:
                n += len(pdf)
            self.count.update((n,))
            yield pd.DataFrame({"id": [key[0]], "n": [n]})

        def close(self):
            pass

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
            [{"id": 1, "name": "c"}, {"id": 1, "name": "d"}],
            [{"id": 3, "name": "e"}, {"id": 2, "name": "f"}],
        ],
    )
    df = src.groupBy("id").transformWithStateInPandas(
        Count(), "id INT, n BIGINT", "Update", "None"
    )
    return run_batches(spark, df, work)


@case
def tws_value_state_clear_and_string_key(spark, work):
    """A string key; the state cleared at 3 rows (the next row starts from 0 again)."""
    from pyspark.sql.streaming import StatefulProcessor

    class Count(StatefulProcessor):
        def init(self, handle):
            self.count = handle.getValueState("count", "n BIGINT, names STRING")

        def handleInputRows(self, key, rows, timerValues):
            n, names = self.count.get() if self.count.exists() else (0, "")
            for pdf in rows:
                n += len(pdf)
                names += "".join(sorted(pdf.name))
            if n >= 3:
                self.count.clear()
            else:
                self.count.update((n, names))
            yield pd.DataFrame({"name": [key[0]], "n": [n], "names": [names]})

        def close(self):
            pass

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "name": "a"}, {"id": 2, "name": "a"}],
            [{"id": 1, "name": "b"}, {"id": 1, "name": "a"}],
            [{"id": 3, "name": "a"}, {"id": 2, "name": "b"}],
        ],
    )
    df = (
        src.select(F.col("name").alias("k"), F.col("id").cast("string").alias("name"))
        .groupBy("k")
        .transformWithStateInPandas(Count(), "name STRING, n BIGINT, names STRING", "Update", "None")
    )
    return run_batches(spark, df, work)


@case
def tws_list_and_map_state(spark, work):
    from pyspark.sql.streaming import StatefulProcessor

    class Lists(StatefulProcessor):
        def init(self, handle):
            self.seen = handle.getListState("seen", "name STRING")
            self.counts = handle.getMapState("counts", "name STRING", "c INT")

        def handleInputRows(self, key, rows, timerValues):
            had = self.seen.exists()
            for pdf in rows:
                for name in pdf.name:
                    self.seen.appendValue((name,))
                    c = self.counts.getValue((name,))
                    self.counts.updateValue((name,), ((c[0] if c else 0) + 1,))
            names = sorted(r[0] for r in self.seen.get())
            if len(names) > 3:
                # Keep the last two only; forget the first name's count.
                self.seen.put([(n,) for n in names[-2:]])
                self.counts.removeKey((names[0],))
            pairs = sorted(f"{k[0]}={v[0]}" for k, v in self.counts.iterator())
            keys = sorted(k[0] for k in self.counts.keys())
            values = sorted(v[0] for v in self.counts.values())
            yield pd.DataFrame(
                {
                    "id": [key[0]],
                    "had": [had],
                    "names": [",".join(names)],
                    "pairs": [",".join(pairs)],
                    "keys": [",".join(keys)],
                    "total": [sum(values)],
                    "has_a": [self.counts.containsKey(("a",))],
                }
            )

        def close(self):
            pass

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"id": 1, "name": "a"}],
            [{"id": 1, "name": "c"}, {"id": 1, "name": "d"}],
            [{"id": 2, "name": "e"}, {"id": 1, "name": "f"}],
        ],
    )
    df = src.groupBy("id").transformWithStateInPandas(
        Lists(),
        "id INT, had BOOLEAN, names STRING, pairs STRING, keys STRING, total BIGINT, has_a BOOLEAN",
        "Update",
        "None",
    )
    return run_batches(spark, df, work)


@case
def tws_clear_list_and_map_and_delete_state(spark, work):
    from pyspark.sql.streaming import StatefulProcessor

    class Clears(StatefulProcessor):
        def init(self, handle):
            self.handle = handle
            self.items = handle.getListState("items", "v INT")
            self.m = handle.getMapState("m", "k INT", "v INT")

        def handleInputRows(self, key, rows, timerValues):
            n = 0
            for pdf in rows:
                n += len(pdf)
            before = (self.items.exists(), self.m.exists())
            if n > 1:
                self.items.clear()
                self.m.clear()
            else:
                self.items.appendList([(n,), (n + 1,)])
                self.m.updateValue((n,), (n * 10,))
            after = (self.items.exists(), self.m.exists())
            yield pd.DataFrame(
                {
                    "id": [key[0]],
                    "before": [f"{before}"],
                    "after": [f"{after}"],
                    "items": [len(list(self.items.get()))],
                }
            )

        def close(self):
            pass

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1}, {"id": 2}],
            [{"id": 1}, {"id": 1}],
            [{"id": 1}, {"id": 2}],
        ],
        "id INT",
    )
    df = src.groupBy("id").transformWithStateInPandas(
        Clears(), "id INT, before STRING, after STRING, items BIGINT", "Update", "None"
    )
    return run_batches(spark, df, work)


@case
def tws_event_time_timers(spark, work):
    """Event-time timers: each key's timer 5 s after its latest row fires when the watermark
    (10 s behind the latest row) passes it; listTimers, deleteTimer, late rows dropped."""
    from pyspark.sql.streaming import StatefulProcessor

    class Sessions(StatefulProcessor):
        def init(self, handle):
            self.handle = handle
            self.n = handle.getValueState("n", "n BIGINT")

        def handleInputRows(self, key, rows, timerValues):
            n = self.n.get()[0] if self.n.exists() else 0
            latest = None
            for pdf in rows:
                n += len(pdf)
                m = pdf.ts.max()
                latest = m if latest is None else max(latest, m)
            for t in list(self.handle.listTimers()):
                self.handle.deleteTimer(t)
            self.handle.registerTimer(int(latest.timestamp() * 1000) + 5000)
            self.n.update((n,))
            yield pd.DataFrame(
                {
                    "id": [key[0]],
                    "n": [n],
                    "fired": [False],
                    "wm": [timerValues.getCurrentWatermarkInMs()],
                }
            )

        def handleExpiredTimer(self, key, timerValues, expiredTimerInfo):
            n = self.n.get()[0]
            self.n.clear()
            yield pd.DataFrame(
                {
                    "id": [key[0]],
                    "n": [n],
                    "fired": [True],
                    "wm": [expiredTimerInfo.getExpiryTimeInMs()],
                }
            )

        def close(self):
            pass

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
    df = (
        src.withWatermark("ts", "10 seconds")
        .groupBy("id")
        .transformWithStateInPandas(
            Sessions(), "id INT, n BIGINT, fired BOOLEAN, wm BIGINT", "Update", "EventTime"
        )
    )
    return run_batches(spark, df, work)


@case
def tws_ttl_needs_processing_time_mode(spark, work):
    """TTL outside timeMode "ProcessingTime": Spark 4.3 fails the query. (With it, a batch
    runs every trigger and availableNow never ends, so TTL's expiry has no recorded case;
    tws.rs's unit tests cover it.)"""
    from pyspark.sql.streaming import StatefulProcessor

    class Ttl(StatefulProcessor):
        def init(self, handle):
            self.short = handle.getValueState("short", "n BIGINT", 1)
            self.long = handle.getValueState("long", "n BIGINT", 3_600_000)
            self.items = handle.getListState("items", "v INT", 1)
            self.m = handle.getMapState("m", "k INT", "v INT", 3_600_000)

        def handleInputRows(self, key, rows, timerValues):
            n = 0
            for pdf in rows:
                n += len(pdf)
            seen = (self.short.exists(), self.long.exists(), self.items.exists(), self.m.exists())
            self.short.update((n,))
            self.long.update((n,))
            self.items.appendValue((n,))
            self.m.updateValue((n,), (n,))
            yield pd.DataFrame(
                {"id": [key[0]], "seen": [f"{seen}"], "keys": [len(list(self.m.keys()))]}
            )

        def close(self):
            pass

    src = stream_of(
        spark,
        work,
        [[{"id": 1}], [{"id": 1}, {"id": 1}], [{"id": 1}]],
        "id INT",
    )
    df = src.groupBy("id").transformWithStateInPandas(
        Ttl(), "id INT, seen STRING, keys INT", "Update", "None"
    )
    return run_batches(spark, df, work)


@case
def tws_initial_state(spark, work):
    from pyspark.sql.streaming import StatefulProcessor

    class Count(StatefulProcessor):
        def init(self, handle):
            self.count = handle.getValueState("count", "n BIGINT")

        def handleInitialState(self, key, initialState, timerValues):
            self.count.update((int(initialState.n.sum()),))

        def handleInputRows(self, key, rows, timerValues):
            n = self.count.get()[0] if self.count.exists() else 0
            for pdf in rows:
                n += len(pdf)
            self.count.update((n,))
            yield pd.DataFrame({"id": [key[0]], "n": [n]})

        def close(self):
            pass

    init = spark.createDataFrame([(1, 100), (2, 200), (4, 400)], "id INT, n BIGINT")
    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "name": "a"}, {"id": 3, "name": "b"}],
            [{"id": 1, "name": "c"}, {"id": 2, "name": "d"}, {"id": 4, "name": "e"}],
        ],
    )
    df = src.groupBy("id").transformWithStateInPandas(
        Count(), "id INT, n BIGINT", "Update", "None", initialState=init.groupBy("id")
    )
    return run_batches(spark, df, work)


@case
def tws_restarts_from_its_checkpoint(spark, work):
    from pyspark.sql.streaming import StatefulProcessor

    class Count(StatefulProcessor):
        def init(self, handle):
            self.count = handle.getValueState("count", "n BIGINT")
            self.names = handle.getListState("names", "name STRING")

        def handleInputRows(self, key, rows, timerValues):
            n = self.count.get()[0] if self.count.exists() else 0
            for pdf in rows:
                n += len(pdf)
                for name in pdf.name:
                    self.names.appendValue((name,))
            self.count.update((n,))
            names = ",".join(sorted(r[0] for r in self.names.get()))
            yield pd.DataFrame({"id": [key[0]], "n": [n], "names": [names]})

        def close(self):
            pass

    first = [[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}], [{"id": 1, "name": "c"}]]
    src = stream_of(spark, work, first)
    df = src.groupBy("id").transformWithStateInPandas(
        Count(), "id INT, n BIGINT, names STRING", "Append", "None"
    )
    run_batches(spark, df, work, "append")
    # The query again on its checkpoint, with one more file: the state goes on.
    src = stream_of(spark, work, first + [[{"id": 1, "name": "d"}, {"id": 2, "name": "e"}]])
    df = src.groupBy("id").transformWithStateInPandas(
        Count(), "id INT, n BIGINT, names STRING", "Append", "None"
    )
    return run_batches(spark, df, work, "append")


@case
def tws_row_based_transform_with_state(spark, work):
    """Spark 4.1's row-based transformWithState: rows in, Rows out."""
    from pyspark.sql import Row
    from pyspark.sql.streaming import StatefulProcessor

    class Count(StatefulProcessor):
        def init(self, handle):
            self.count = handle.getValueState("count", "n BIGINT")

        def handleInputRows(self, key, rows, timerValues):
            n = self.count.get()[0] if self.count.exists() else 0
            names = []
            for r in rows:
                n += 1
                names.append(r.name)
            self.count.update((n,))
            yield Row(id=key[0], n=n, names=",".join(sorted(names)))

        def close(self):
            pass

    src = stream_of(
        spark,
        work,
        [
            [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
            [{"id": 1, "name": "c"}, {"id": 1, "name": "d"}],
        ],
    )
    df = src.groupBy("id").transformWithState(
        Count(), "id INT, n BIGINT, names STRING", "Update", "None"
    )
    return run_batches(spark, df, work)


@case
def tws_row_based_grouped_by_an_expression(spark, work):
    """A grouping key that is not a column of the input: Spark 4.3 refuses it (it resolves
    transformWithState's grouping expressions by name among the input's columns)."""
    from pyspark.sql import Row
    from pyspark.sql.streaming import StatefulProcessor

    class Columns(StatefulProcessor):
        def init(self, handle):
            pass

        def handleInputRows(self, key, rows, timerValues):
            for r in rows:
                yield Row(k=int(key[0]), cols=",".join(r.asDict().keys()), name=r.name)

        def close(self):
            pass

    src = stream_of(spark, work, [[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"id": 3, "name": "c"}]])
    by_expr = src.groupBy((F.col("id") % 2).alias("m")).transformWithState(
        Columns(), "k INT, cols STRING, name STRING", "Update", "None"
    )
    return run_batches(spark, by_expr, work)


def _echo_ids(spark, work, function_mode, query_mode):
    from pyspark.sql.streaming import StatefulProcessor

    class Echo(StatefulProcessor):
        def init(self, handle):
            pass

        def handleInputRows(self, key, rows, timerValues):
            yield pd.DataFrame({"id": [key[0]]})

        def close(self):
            pass

    src = stream_of(spark, work, [[{"id": 1, "name": "a"}], [{"id": 1, "name": "b"}]])
    df = src.groupBy("id").transformWithStateInPandas(Echo(), "id INT", function_mode, "None")
    return run_batches(spark, df, work, query_mode)


@case
def tws_update_function_in_an_append_query(spark, work):
    return _echo_ids(spark, work, "Update", "append")


@case
def tws_append_function_in_an_update_query(spark, work):
    return _echo_ids(spark, work, "Append", "update")


@case
def tws_state_variable_outside_init(spark, work):
    """A state variable asked for in handleInputRows (after init): Spark fails the query."""
    from pyspark.sql.streaming import StatefulProcessor

    class Late(StatefulProcessor):
        def init(self, handle):
            self.handle = handle

        def handleInputRows(self, key, rows, timerValues):
            self.handle.getValueState("n", "n BIGINT")
            yield pd.DataFrame({"id": [key[0]]})

        def close(self):
            pass

    src = stream_of(spark, work, [[{"id": 1, "name": "a"}]])
    df = src.groupBy("id").transformWithStateInPandas(Late(), "id INT", "Update", "None")
    return run_batches(spark, df, work)


@case
def tws_timer_in_init(spark, work):
    """A timer registered in init(): Spark fails the query."""
    from pyspark.sql.streaming import StatefulProcessor

    class Early(StatefulProcessor):
        def init(self, handle):
            handle.registerTimer(1000)

        def handleInputRows(self, key, rows, timerValues):
            yield pd.DataFrame({"id": [key[0]]})

        def close(self):
            pass

    src = stream_of(spark, work, [[{"id": 1, "name": "a"}]])
    df = src.groupBy("id").transformWithStateInPandas(Early(), "id INT", "Update", "ProcessingTime")
    return run_batches(spark, df, work)


@case
def tws_without_rocksdb(spark, work):
    """The default (HDFS-backed) state store provider."""
    from pyspark.sql.streaming import StatefulProcessor

    class Nothing(StatefulProcessor):
        def init(self, handle):
            pass

        def handleInputRows(self, key, rows, timerValues):
            yield pd.DataFrame({"id": [key[0]]})

        def close(self):
            pass

    spark.conf.unset("spark.sql.streaming.stateStore.providerClass")
    src = stream_of(spark, work, [[{"id": 1, "name": "a"}]])
    df = src.groupBy("id").transformWithStateInPandas(Nothing(), "id INT", "Update", "None")
    return run_batches(spark, df, work, rocksdb=False)


@case
def tws_on_a_batch_dataframe(spark, work):
    from pyspark.sql.streaming import StatefulProcessor

    class Count(StatefulProcessor):
        def init(self, handle):
            self.count = handle.getValueState("count", "n BIGINT")

        def handleInputRows(self, key, rows, timerValues):
            n = 0
            for pdf in rows:
                n += len(pdf)
            yield pd.DataFrame({"id": [key[0]], "n": [n]})

        def close(self):
            pass

    spark.conf.set("spark.sql.streaming.stateStore.providerClass", ROCKSDB)
    df = spark.createDataFrame([(1, "a"), (2, "b"), (1, "c")], "id INT, name STRING")
    return df.groupBy("id").transformWithStateInPandas(Count(), "id INT, n BIGINT", "Update", "None")


# Cases whose row order is part of the answer.
ORDERED = set()


def result_of(spark, name, rs):
    """The case's answer: columns and rows (canonical, via the oracle harness `rs`), or the
    error."""
    import shutil
    import tempfile

    work = tempfile.mkdtemp(prefix="tws-case-")
    try:
        df = CASES[name](spark, work)
        columns = [[f.name, f.dataType.simpleString()] for f in df.schema.fields]
        return {"columns": columns, "rows": rs.rows_of(df, name in ORDERED)}
    except Exception as e:  # the error is the answer
        err = rs.error_of(e)
        return {"error": {k: err[k] for k in ("class", "condition", "cause_condition") if err.get(k)}}
    finally:
        spark.conf.unset("spark.sql.streaming.stateStore.providerClass")
        shutil.rmtree(work, ignore_errors=True)
