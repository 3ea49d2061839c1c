#!/usr/bin/env python3
"""Kafka end-to-end test against a real Kafka-compatible broker (tansu, memory storage,
on 127.0.0.1 with a free port), started and stopped here.

    kafka_test.py --runnel target/debug/runnel --tansu ~/.cargo/bin/tansu [--kills 8]

1. Course examples 4 (Kafka -> CAST key/value AS STRING -> console) and 5 (the same
   stream -> Kafka) run as the course writes them, from the topic's end; what is produced
   after they started is printed by 4 and copied by 5 (read back by confluent-kafka).
   JSON files -> Kafka: the topic holds exactly the sample rows with value > 50.
2. Two jobs are killed with SIGKILL at random moments and restarted from their
   checkpoints until the input is consumed: a windowed count with a watermark
   (Kafka -> Kafka, append) and a filter/projection (Kafka -> Kafka). Their output
   topics, read by confluent-kafka, must hold every expected row exactly once.
Exits 1 if any row is lost or doubled.

tansu 0.6 (memory storage) reports a partition's high watermark as the base offset of
its last record batch + 1, not its last offset + 1 (a batch of 5 records at offset 0
gives 1), so every producer here sends one record per batch: `batch.num.messages=1`,
and `--conf runnel.kafka.batch.num.messages=1` for Runnel's sink. Fetching is right.
"""
import argparse
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone

from confluent_kafka import Consumer, Producer, TopicPartition
from confluent_kafka.admin import AdminClient, NewTopic

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

WINDOWED = """
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, from_json, window, to_json, struct
spark = SparkSession.builder.appName("kafka-windowed").getOrCreate()
raw = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "localhost:9092") \\
    .option("subscribe", "events").option("startingOffsets", "earliest") \\
    .option("maxOffsetsPerTrigger", 150).load()
ev = raw.select(from_json(col("value").cast("string"),
                          "id LONG, timestamp TIMESTAMP, category STRING, value DOUBLE").alias("e")).select("e.*")
counts = ev.withWatermark("timestamp", "10 minutes") \\
    .groupBy(window(col("timestamp"), "5 minutes"), "category").count()
out = counts.select(col("category").alias("key"),
                    to_json(struct(col("window.start").alias("start"), "category", "count")).alias("value"))
q = out.writeStream.format("kafka").outputMode("append") \\
    .option("kafka.bootstrap.servers", "localhost:9092").option("topic", "counts") \\
    .option("checkpointLocation", "CK").start()
q.awaitTermination()
"""

STATELESS = """
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, from_json, to_json, struct
spark = SparkSession.builder.appName("kafka-stateless").getOrCreate()
raw = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "localhost:9092") \\
    .option("subscribe", "events").option("startingOffsets", "earliest") \\
    .option("maxOffsetsPerTrigger", 100).load()
ev = raw.select(col("key"), from_json(col("value").cast("string"),
                "id LONG, timestamp TIMESTAMP, category STRING, value DOUBLE").alias("e"))
out = ev.filter(col("e.value") > 50).select(col("key"), to_json(col("e")).alias("value"))
q = out.writeStream.format("kafka").option("kafka.bootstrap.servers", "localhost:9092") \\
    .option("topic", "big").option("checkpointLocation", "CK").start()
q.awaitTermination()
"""


FILES_TO_KAFKA = """
from pyspark.sql import SparkSession
from pyspark.sql.functions import col, to_json, struct
spark = SparkSession.builder.getOrCreate()
df = spark.readStream.format("json").schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load("INPUT")
out = df.filter(col("value") > 50).select(col("category").alias("key"), to_json(struct("timestamp", "category", "value")).alias("value"))
out.writeStream.format("kafka").option("kafka.bootstrap.servers", "localhost:9092") \\
    .option("topic", "big_events").option("checkpointLocation", "CK").start().awaitTermination()
"""


BATCH = """
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
df = spark.read.format("kafka").option("kafka.bootstrap.servers", "localhost:9092") \\
    .option("subscribe", "big_events").load()
print("ROWS", df.count())
df.selectExpr("key", "value").write.format("kafka") \\
    .option("kafka.bootstrap.servers", "localhost:9092").option("topic", "copy").save()
"""


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_broker(tansu, port, log):
    url = f"tcp://127.0.0.1:{port}"
    p = subprocess.Popen(
        [tansu, "broker", "--listener-url", url, "--advertised-listener-url", url,
         "--storage-engine", "memory://tansu/"],
        stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            AdminClient({"bootstrap.servers": f"127.0.0.1:{port}"}).list_topics(timeout=2)
            return p
        except Exception:
            time.sleep(0.3)
    p.kill()
    sys.exit("tansu did not start; see its log")


def create_topics(bs, topics):
    admin = AdminClient({"bootstrap.servers": bs})
    fs = admin.create_topics([NewTopic(t, num_partitions=n, replication_factor=1) for t, n in topics])
    for t, f in fs.items():
        f.result(30)


def consume_all(bs, topic):
    c = Consumer({"bootstrap.servers": bs, "group.id": f"check-{time.time()}",
                  "enable.auto.commit": False, "auto.offset.reset": "earliest"})
    md = c.list_topics(topic, timeout=10)
    parts = sorted(md.topics[topic].partitions)
    out = []
    for p in parts:
        lo, hi = c.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
        if hi <= lo:
            continue
        c.assign([TopicPartition(topic, p, lo)])
        got = 0
        while got < hi - lo:
            m = c.poll(10)
            if m is None:
                sys.exit(f"timed out reading {topic}-{p}")
            if m.error():
                continue
            got += 1
            out.append(m)
    c.close()
    return out


def make_events(n, seed):
    rng = random.Random(seed)
    base = 1740823200  # 2025-03-01T10:00:00Z
    events = []
    for i in range(n):
        # Event time moves forward with at most 2 minutes of disorder (< the 10 minute watermark delay).
        t = base + i * 3 + rng.randint(-120, 0)
        events.append({"id": i, "timestamp": datetime.fromtimestamp(t, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                       "category": rng.choice(["books", "music", "games"]),
                       "value": round(rng.uniform(0, 100), 2)})
    return events


# Produced before the last run only: a last event far ahead moves the watermark past
# every window of the events above (were it read earlier, they would all be late).
SENTINEL = {"id": -1, "timestamp": "2025-03-02T10:00:00Z", "category": "end", "value": 0.0}


def produce(bs, topic, events):
    p = Producer({"bootstrap.servers": bs, "batch.num.messages": 1})
    for i, e in enumerate(events):
        # Round robin, so partitions move through event time together.
        p.produce(topic, key=e["category"].encode(), value=json.dumps(e).encode(), partition=i % 3)
        p.poll(0)
    p.flush(30)


def broker_conf(bs):
    return ["--conf", f"runnel.kafka.bootstrap.servers={bs}", "--conf", "runnel.kafka.batch.num.messages=1"]


def run_job(runnel, script, work, bs, once, log):
    cmd = [runnel, "submit", script, *broker_conf(bs)]
    if once:
        cmd.append("--once")
    env = dict(os.environ, RUNNEL_LOG=os.environ.get("RUNNEL_LOG", "info"))
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=work, env=env)


def crash_loop(runnel, name, text, work, bs, kills, rng, before_last=None):
    d = os.path.join(work, name)
    os.makedirs(d, exist_ok=True)
    script = os.path.join(d, "job.py")
    with open(script, "w") as f:
        f.write(text.replace("CK", os.path.join(d, "ck")))
    log = open(os.path.join(d, "log.txt"), "w")
    starts = 0
    # First a crash in the middle of writing an epoch (part of it in the topic, no
    # commit): the test hook aborts the process after the first message of the first
    # epoch that has two or more.
    os.environ["RUNNEL_KAFKA_SINK_ABORT_AT"] = "-1:1"
    p = run_job(runnel, script, d, bs, True, log)
    starts += 1
    p.wait(300)
    del os.environ["RUNNEL_KAFKA_SINK_ABORT_AT"]
    if p.returncode == 0:
        sys.exit(f"{name}: the test hook did not abort the job; see {d}/log.txt")
    for _ in range(kills):
        p = run_job(runnel, script, d, bs, False, log)
        starts += 1
        time.sleep(rng.uniform(0.3, 2.5))
        if p.poll() is not None:
            sys.exit(f"{name}: the job stopped by itself (exit {p.returncode}); see {d}/log.txt")
        p.send_signal(signal.SIGKILL)
        p.wait()
    if before_last:
        before_last()
    p = run_job(runnel, script, d, bs, True, log)
    starts += 1
    if p.wait(600) != 0:
        sys.exit(f"{name}: the final run failed; see {d}/log.txt")
    log.close()
    replays = [line for line in open(os.path.join(d, "log.txt")) if "were already written" in line]
    print(f"{name}: {len(replays)} epoch(s) replayed after a crash found part of their output in the topic")
    if not replays:
        sys.exit(f"{name}: no replayed epoch met its own output; the exactly-once path was not exercised")
    return starts


def wait_for(what, test, seconds=90):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if test():
            return True
        time.sleep(0.2)
    print(f"timed out waiting for {what}")
    return False


def course_examples_4_and_5(runnel, work, bs):
    """The course's examples 4 and 5 as written: both read `topic_name` from its end
    (startingOffsets "latest", Spark's default), so the messages are produced once both
    queries have run their first batch. Example 4 prints key, value (strings, named after
    the cast columns) and processed_at, without the messages whose value is null; example 5
    copies the same messages to `output_topic`."""
    create_topics(bs, [("topic_name", 2), ("output_topic", 2)])
    logs = {n: os.path.join(work, f"{n}.txt") for n in ("ex4", "ex5")}
    procs = {}
    for n, f, extra in [("ex4", "ex4_kafka_source.py", []),
                        ("ex5", "ex5_kafka_sink.py", ["--path-map", f"dbfs:/mnt/data={work}/ex5"])]:
        procs[n] = subprocess.Popen(
            [runnel, "submit", os.path.join(ROOT, "examples/seed", f), "--timeout", "120s", *extra, *broker_conf(bs)],
            stdout=open(logs[n], "w"), stderr=subprocess.STDOUT, cwd=work)
    ck5 = os.path.join(work, "ex5/checkpoints")
    started = wait_for("example 4's first batch", lambda: "Batch: 0" in open(logs["ex4"]).read()) and \
        wait_for("example 5's first batch", lambda: os.path.isdir(ck5) and any(
            os.path.exists(os.path.join(ck5, d, "commits/0")) for d in os.listdir(ck5)))
    msgs = [(f"k{i}", None if i % 7 == 3 else f"message {i}") for i in range(40)]
    want = sorted((k, v) for k, v in msgs if v is not None)

    def ex4_rows():
        rows = []
        for line in open(logs["ex4"]):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) == 3 and cells[0].startswith("k") and cells[0] != "key":
                rows.append((cells[0], cells[1]))
        return sorted(rows)

    def topic_rows():
        return sorted(((m.key() or b"").decode(), (m.value() or b"").decode()) for m in consume_all(bs, "output_topic"))

    # Produced 10 at a time, each group once the previous one is printed: the console
    # sink shows 20 rows of a batch, as Spark's does.
    ok = started
    p = Producer({"bootstrap.servers": bs, "batch.num.messages": 1})
    for g in range(0, len(msgs), 10):
        for i, (k, v) in enumerate(msgs[g:g + 10], start=g):
            p.produce("topic_name", key=k.encode(), value=None if v is None else v.encode(), partition=i % 2)
            p.poll(0)
        p.flush(30)
        part = sorted((k, v) for k, v in msgs[:g + 10] if v is not None)
        ok &= wait_for(f"example 4's rows up to message {g + 9}", lambda: ex4_rows() == part)
    ok &= wait_for("example 4's rows", lambda: ex4_rows() == want)
    ok &= wait_for("example 5's messages", lambda: topic_rows() == want)
    for pr in procs.values():
        pr.send_signal(signal.SIGKILL)
        pr.wait()
    text = open(logs["ex4"]).read()
    header = "|key|value|processed_at|" in text.replace(" ", "")
    ok &= header
    print(f"course example 4 (Kafka source, CAST(key AS STRING), current_timestamp, filter, console): "
          f"{len(ex4_rows())} of {len(want)} messages printed, columns key|value|processed_at "
          f"{'yes' if header else 'NO'}: {'ok' if ok else 'FAILED'}")
    n5 = len(topic_rows())
    good5 = topic_rows() == want
    print(f"course example 5 (Kafka to Kafka): {n5} of {len(want)} messages in output_topic: {'ok' if good5 else 'FAILED'}")
    if not ok or not good5:
        print(open(logs["ex4"]).read()[-3000:])
        print(open(logs["ex5"]).read()[-3000:])
    return ok and good5


def check(name, expected, got, starts, kills):
    exp, act = Counter(expected), Counter(got)
    lost = sum((exp - act).values())
    dup = sum((act - exp).values())
    print(f"{name}: {kills} kills, {starts} starts, {sum(exp.values())} rows expected, "
          f"{sum(act.values())} read back, {lost} lost, {dup} duplicated")
    return lost == 0 and dup == 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    ap.add_argument("--tansu", default=shutil.which("tansu") or os.path.expanduser("~/.cargo/bin/tansu"))
    ap.add_argument("--kills", type=int, default=8)
    ap.add_argument("--events", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--work")
    a = ap.parse_args()
    runnel = os.path.abspath(a.runnel)
    work = a.work or tempfile.mkdtemp(prefix="runnel-kafka-")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    port = free_port()
    bs = f"127.0.0.1:{port}"
    broker_log = open(os.path.join(work, "tansu.log"), "w")
    broker = start_broker(a.tansu, port, broker_log)
    ok = True
    try:
        create_topics(bs, [("events", 3), ("big_events", 2), ("counts", 2), ("big", 3), ("copy", 1)])
        events = make_events(a.events, a.seed)
        produce(bs, "events", events)
        print(f"broker tansu on {bs}; {len(events)} events in 3 partitions (seed {a.seed})")

        ok &= course_examples_4_and_5(runnel, work, bs)

        # Files -> filter -> Kafka, read back by confluent-kafka (big_events feeds the batch test).
        log = open(os.path.join(work, "files_to_kafka.txt"), "w")
        script = os.path.join(work, "files_to_kafka.py")
        with open(script, "w") as f:
            f.write(FILES_TO_KAFKA.replace("INPUT", os.path.join(ROOT, "examples/data/streaming_input"))
                    .replace("CK", os.path.join(work, "ck_files")))
        cmd = [runnel, "submit", script, "--once", *broker_conf(bs)]
        if subprocess.run(cmd, stdout=log, stderr=subprocess.STDOUT).returncode != 0:
            sys.exit(f"files to Kafka failed; see {work}/files_to_kafka.txt")
        want = []
        d = os.path.join(ROOT, "examples/data/streaming_input")
        for fn in sorted(os.listdir(d)):
            for line in open(os.path.join(d, fn)):
                if line.strip():
                    r = json.loads(line)
                    if r.get("value") is not None and r["value"] > 50:
                        want.append((r.get("category"), r["value"]))
        got = []
        for m in consume_all(bs, "big_events"):
            v = json.loads(m.value())
            got.append((v.get("category"), v.get("value")))
            if (m.key() or b"").decode() != (v.get("category") or ""):
                print("files to Kafka: key differs from category", m.key(), v)
                ok = False
        ok &= check("files to Kafka", want, got, 1, 0)

        # Batch: spark.read.format("kafka") and df.write.format("kafka").
        script = os.path.join(work, "batch.py")
        with open(script, "w") as f:
            f.write(BATCH)
        out = subprocess.run([runnel, "submit", script, *broker_conf(bs)], capture_output=True, text=True)
        copied = [m.value() for m in consume_all(bs, "copy")]
        good = out.returncode == 0 and f"ROWS {len(want)}" in out.stdout and \
            sorted(copied) == sorted(m.value() for m in consume_all(bs, "big_events"))
        print(f"batch read of big_events and write to copy: {'ok' if good else 'FAILED: ' + out.stdout + out.stderr}")
        ok &= good

        rng = random.Random(a.seed)
        # Windowed count, Kafka -> Kafka, with kill -9 restarts.
        starts = crash_loop(runnel, "windowed", WINDOWED, work, bs, a.kills, rng,
                            before_last=lambda: produce(bs, "events", [SENTINEL]))
        exp = Counter()
        for e in events:
            t = int(datetime.strptime(e["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp())
            start = datetime.fromtimestamp(t - t % 300, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")
            exp[(start, e["category"])] += 1
        expected = [(k[0], k[1], n) for k, n in exp.items()]
        got = []
        for m in consume_all(bs, "counts"):
            v = json.loads(m.value())
            got.append((v["start"], v["category"], v["count"]))
        ok &= check("windowed Kafka -> Kafka", expected, got, starts, a.kills)

        # Filter/projection, Kafka -> Kafka, with kill -9 restarts.
        starts = crash_loop(runnel, "stateless", STATELESS, work, bs, a.kills, rng)
        expected = [e["id"] for e in events if e["value"] > 50]
        got = [json.loads(m.value())["id"] for m in consume_all(bs, "big")]
        ok &= check("stateless Kafka -> Kafka", expected, got, starts, a.kills)
    finally:
        broker.send_signal(signal.SIGTERM)
        try:
            broker.wait(10)
        except subprocess.TimeoutExpired:
            broker.kill()
    if not ok:
        print(f"FAILED; work folder {work}")
        sys.exit(1)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
