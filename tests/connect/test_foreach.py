"""foreachBatch and foreach over Spark Connect: the client's function runs in a Python
worker `runnel connect` starts (PySpark's own foreach_batch_worker for foreachBatch,
which calls back into the server with the batch's DataFrame), as Spark Connect does.

The functions run in the worker process, so they report through files the test reads.
"""

import json
import os
import sys
import time
from pathlib import Path

import pytest
from pyspark.errors import StreamingQueryException

from test_connect import running_server, server, spark  # noqa: F401  (fixtures)

SCHEMA = "id INT, category STRING"


def write_rows(folder: Path, name: str, rows) -> None:
    """Places a file atomically, as a file source wants (a half-written file may be read)."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / (name + ".tmp")
    with open(tmp, "w") as f:
        for i, c in rows:
            f.write(json.dumps({"id": i, "category": c}) + "\n")
    tmp.rename(folder / name)


def workers(name: str, parent: int) -> int:
    """Python workers running `name` that the server `parent` started."""
    n = 0
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                stat = open(f"/proc/{pid}/stat").read()
                ppid = int(stat.rsplit(")", 1)[1].split()[1])
                n += ppid == parent and name.encode() in open(f"/proc/{pid}/cmdline", "rb").read()
            except (OSError, ValueError, IndexError):
                pass
    return n


def wait_for(pred, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if pred():
            return True
        time.sleep(0.05)
    return False


def lines(path: Path):
    return [json.loads(x) for x in path.read_text().splitlines()] if path.exists() else []


def test_foreach_batch_sees_each_batch_with_temp_views_and_sql(server, spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    write_rows(src, "a.json", [(1, "x"), (2, "y"), (3, "x")])
    log = tmp_path / "batches.jsonl"

    def per_batch(batch_df, batch_id):
        import json as j

        batch_df.createOrReplaceTempView("this_batch")
        counts = batch_df.sparkSession.sql(
            "SELECT category, count(*) AS n FROM this_batch GROUP BY category ORDER BY category"
        ).collect()
        with open(str(log), "a") as f:
            f.write(
                j.dumps(
                    {
                        "batch": batch_id,
                        "rows": batch_df.count(),
                        "counts": [[r.category, r.n] for r in counts],
                    }
                )
                + "\n"
            )

    q = (
        spark.readStream.schema(SCHEMA)
        .option("maxFilesPerTrigger", 1)
        .json(str(src))
        .writeStream.foreachBatch(per_batch)
        .start()
    )
    try:
        q.processAllAvailable()
        write_rows(src, "b.json", [(4, "y"), (5, "z")])
        q.processAllAvailable()
    finally:
        q.stop()
    assert wait_for(lambda: workers("foreach_batch_worker", server["pid"]) == 0), "the worker outlived its query"
    assert lines(log) == [
        {"batch": 0, "rows": 3, "counts": [["x", 2], ["y", 1]]},
        {"batch": 1, "rows": 2, "counts": [["y", 1], ["z", 1]]},
    ]


def test_foreach_batch_error_fails_the_query(spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    write_rows(src, "a.json", [(1, "x")])

    def broken(batch_df, batch_id):
        raise ValueError("no batches wanted here")

    q = spark.readStream.schema(SCHEMA).json(str(src)).writeStream.foreachBatch(broken).start()
    with pytest.raises(StreamingQueryException) as e:
        q.awaitTermination(60)
    msg = str(e.value)
    assert "FOREACH_BATCH_USER_FUNCTION_ERROR" in msg, msg
    assert "ValueError: no batches wanted here" in msg, msg
    assert not q.isActive


def test_foreach_function_and_writer_in_sparks_order(spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    write_rows(src, "a.json", [(1, "x"), (2, "y")])
    out_fn = tmp_path / "fn.jsonl"
    out_writer = tmp_path / "writer.jsonl"

    def per_row(row):
        with open(str(out_fn), "a") as f:
            f.write(__import__("json").dumps(row.asDict()) + "\n")

    class Writer:
        def open(self, partition_id, epoch_id):
            self.log(["open", partition_id, epoch_id])
            return True

        def process(self, row):
            self.log(["process", row.id, row.category])

        def close(self, error):
            self.log(["close", error])

        def log(self, what):
            with open(str(out_writer), "a") as f:
                f.write(__import__("json").dumps(what) + "\n")

    df = spark.readStream.schema(SCHEMA).option("maxFilesPerTrigger", 1).json(str(src))
    q1 = df.writeStream.foreach(per_row).start()
    q2 = df.writeStream.foreach(Writer()).start()
    try:
        q1.processAllAvailable()
        q2.processAllAvailable()
        write_rows(src, "b.json", [(3, "z")])
        q1.processAllAvailable()
        q2.processAllAvailable()
    finally:
        q1.stop()
        q2.stop()
    assert lines(out_fn) == [
        {"id": 1, "category": "x"},
        {"id": 2, "category": "y"},
        {"id": 3, "category": "z"},
    ]
    assert lines(out_writer) == [
        ["open", 0, 0],
        ["process", 1, "x"],
        ["process", 2, "y"],
        ["close", None],
        ["open", 0, 1],
        ["process", 3, "z"],
        ["close", None],
    ]


def test_foreach_error_fails_the_query(spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    write_rows(src, "a.json", [(1, "x")])

    def per_row(row):
        return 1 // 0

    q = spark.readStream.schema(SCHEMA).json(str(src)).writeStream.foreach(per_row).start()
    with pytest.raises(StreamingQueryException) as e:
        q.awaitTermination(60)
    msg = str(e.value)
    assert "FOREACH_USER_FUNCTION_ERROR" in msg, msg
    assert "ZeroDivisionError" in msg, msg


def test_foreach_batch_without_a_python_for_the_worker_is_refused_at_start(tmp_path):
    from pyspark.sql import SparkSession

    with running_server(tmp_path, env={"PYSPARK_PYTHON": str(tmp_path / "no-such-python")}) as srv:
        s = SparkSession.builder.remote(f"sc://127.0.0.1:{srv['port']}").create()
        try:
            df = s.readStream.format("rate").load()
            with pytest.raises(Exception) as e:
                df.writeStream.foreachBatch(lambda d, i: None).start()
            msg = str(e.value)
            assert "STREAMING_PYTHON_RUNNER_INITIALIZATION_FAILURE" in msg, msg
            assert "PYSPARK_PYTHON" in msg, msg
            assert s.streams.active == []
        finally:
            s.stop()


def test_foreach_batch_may_ask_for_the_sessions_queries(tmp_path):
    # The function's requests about queries are answered while its batch waits for it
    # (they were once left for the main loop, which was waiting for the function). Its
    # own server, so that a hang ends with the server instead of hanging the suite.
    import threading

    from pyspark.sql import SparkSession

    src = tmp_path / "in"
    write_rows(src, "a.json", [(1, "x")])
    log = tmp_path / "seen.jsonl"

    def per_batch(batch_df, batch_id):
        import json as j

        s = batch_df.sparkSession
        names = sorted(q.name or "" for q in s.streams.active)
        status = s.streams.active[0].status["message"]
        with open(str(log), "a") as f:
            f.write(j.dumps({"batch": batch_id, "names": names, "status": bool(status)}) + "\n")

    with running_server(tmp_path) as srv:
        s = SparkSession.builder.remote(f"sc://127.0.0.1:{srv['port']}").create()
        q = (
            s.readStream.schema(SCHEMA)
            .json(str(src))
            .writeStream.queryName("asks")
            .foreachBatch(per_batch)
            .start()
        )
        t = threading.Thread(target=q.processAllAvailable, daemon=True)
        t.start()
        t.join(60)
        if t.is_alive():
            pytest.fail("processAllAvailable did not return: the function's requests were not answered")
        q.stop()
        s.stop()
    assert lines(log) == [{"batch": 0, "names": ["asks"], "status": True}]


def test_a_slow_python_worker_start_does_not_stall_other_sessions(tmp_path):
    # The worker's Python takes 4 s to start (a wrapper that sleeps, then runs this
    # Python). Meanwhile another session's collect() is answered: the engine thread does
    # not wait for Python's start (it was once blocked up to 60 s, stalling every session).
    # Ordering, not timing: the other session's answer comes before start() returns.
    import threading

    from pyspark.sql import SparkSession

    slow = tmp_path / "slow-python"
    slow.write_text(f"#!/bin/sh\nsleep 4\nexec {sys.executable} \"$@\"\n")
    slow.chmod(0o755)
    events = []
    with running_server(tmp_path, env={"PYSPARK_PYTHON": str(slow)}) as srv:
        a = SparkSession.builder.remote(f"sc://127.0.0.1:{srv['port']}").create()
        b = SparkSession.builder.remote(f"sc://127.0.0.1:{srv['port']}").create()
        try:
            b.range(1).collect()  # b's session exists before a's start
            df = a.readStream.format("rate").load()

            def start():
                q = df.writeStream.foreachBatch(lambda d, i: None).start()
                events.append("started")
                q.stop()

            t = threading.Thread(target=start, daemon=True)
            t.start()
            time.sleep(1)  # a's worker is starting (the wrapper sleeps for 4 s)
            assert b.range(3).count() == 3
            events.append("other session answered")
            t.join(120)
            assert not t.is_alive(), "start() did not return"
        finally:
            a.stop()
            b.stop()
    assert events == ["other session answered", "started"], events


def test_a_waiting_foreach_batch_does_not_stall_other_sessions(tmp_path):
    # Session a's foreachBatch function takes 4 s; while its micro-batch waits for the
    # worker, session b's collect() is answered (the engine thread serves other sessions
    # meanwhile; it once served only a's). Ordering, not timing: b's answer comes before
    # a's processAllAvailable() returns.
    import threading

    from pyspark.sql import SparkSession

    src = tmp_path / "in"
    write_rows(src, "a.json", [(1, "x")])
    events = []
    with running_server(tmp_path) as srv:
        a = SparkSession.builder.remote(f"sc://127.0.0.1:{srv['port']}").create()
        b = SparkSession.builder.remote(f"sc://127.0.0.1:{srv['port']}").create()
        try:
            b.range(1).collect()  # b's session exists before a's batch

            def slow(batch_df, batch_id):
                import time as t

                t.sleep(4)

            q = a.readStream.format("json").schema(SCHEMA).load(str(src)).writeStream.foreachBatch(slow).start()

            def wait():
                q.processAllAvailable()
                events.append("a's batch done")

            t = threading.Thread(target=wait, daemon=True)
            t.start()
            time.sleep(1.5)  # a's batch is in its function
            assert b.range(3).count() == 3
            events.append("b answered")
            t.join(120)
            assert not t.is_alive(), "processAllAvailable() did not return"
            q.stop()
        finally:
            a.stop()
            b.stop()
    assert events == ["b answered", "a's batch done"], events
