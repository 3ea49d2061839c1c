"""StreamingQueryListener over Spark Connect: `spark.streams.addListener` opens a
long-lived call on which the server pushes progress and terminated events (the started
event comes back with `start()`'s answer), as Spark Connect's server does."""

import json
import time

from pyspark.sql.streaming import StreamingQueryListener

from test_connect import server, spark  # noqa: F401  (fixtures)


class Recorder(StreamingQueryListener):
    def __init__(self):
        self.events = []

    def onQueryStarted(self, event):
        self.events.append(("started", str(event.id), str(event.runId), event.name))

    def onQueryProgress(self, event):
        p = event.progress
        self.events.append(("progress", str(p.id), p.batchId, p.numInputRows))

    def onQueryIdle(self, event):
        self.events.append(("idle", str(event.id)))

    def onQueryTerminated(self, event):
        self.events.append(("terminated", str(event.id), event.exception))


def put(folder, name, text):
    """Places a file atomically, as a file source wants (a half-written file may be read)."""
    tmp = folder.parent / (name + ".tmp")
    tmp.write_text(text)
    tmp.rename(folder / name)


def wait_for(pred, timeout=30):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if pred():
            return True
        time.sleep(0.05)
    return False


def test_listener_hears_started_progress_and_terminated_in_order(spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    src.mkdir()
    put(src, "a.json", "\n".join(json.dumps({"id": i}) for i in range(3)) + "\n")
    rec = Recorder()
    spark.streams.addListener(rec)
    try:
        q = (
            spark.readStream.schema("id INT")
            .json(str(src))
            .writeStream.format("memory")
            .queryName("heard")
            .start()
        )
        q.processAllAvailable()
        put(src, "b.json", json.dumps({"id": 9}) + "\n")
        q.processAllAvailable()
        q.stop()
        assert wait_for(lambda: any(e[0] == "terminated" for e in rec.events)), rec.events
    finally:
        spark.streams.removeListener(rec)
    qid, run = str(q.id), str(q.runId)
    progress = [e for e in rec.events if e[0] == "progress"]
    # The started event is posted by the client when start() answers, the others come on
    # the listener call's thread: the two may interleave (in Spark Connect too), so the
    # order is checked within the listener call's events.
    assert ("started", qid, run, "heard") in rec.events
    rec.events.remove(("started", qid, run, "heard"))
    assert [(b, n) for _, _, b, n in progress] == [(0, 3), (1, 1)], rec.events
    assert all(e[1] == qid for e in progress)
    assert rec.events[-1] == ("terminated", qid, None)
    # Removed: a later query is not heard.
    before = len(rec.events)
    q2 = spark.readStream.schema("id INT").json(str(src)).writeStream.format("noop").start()
    q2.processAllAvailable()
    q2.stop()
    time.sleep(0.5)
    assert len(rec.events) == before


def test_listener_hears_a_failed_query_with_its_error(spark, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    src.mkdir()
    put(src, "a.json", json.dumps({"a": 1, "b": 0}) + "\n")
    rec = Recorder()
    spark.streams.addListener(rec)
    try:
        q = (
            spark.readStream.schema("a INT, b INT")
            .json(str(src))
            .selectExpr("a / b AS c")
            .writeStream.format("noop")
            .start()
        )
        assert wait_for(lambda: any(e[0] == "terminated" for e in rec.events)), rec.events
    finally:
        spark.streams.removeListener(rec)
    term = [e for e in rec.events if e[0] == "terminated"]
    assert term[0][1] == str(q.id)
    assert "DIVIDE_BY_ZERO" in (term[0][2] or ""), term
