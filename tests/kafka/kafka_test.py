#!/usr/bin/env python3
"""Kafka end-to-end test against a real Kafka-compatible broker (tansu, memory storage,
on 127.0.0.1 with a free port), started and stopped here.

    kafka_test.py --runnel target/debug/runnel --tansu ~/.cargo/bin/tansu [--kills 20] [--parts examples,crash] [--jobs windowed,stateless,copy]

1. Course examples 4 (Kafka -> CAST key/value AS STRING -> console) and 5 (the same
   stream -> Kafka) run as the course writes them, from the topic's end; what is produced
   after they started is printed by 4 and copied by 5 (read back by confluent-kafka).
   JSON files -> Kafka: the topic holds exactly the sample rows with value > 50.
   pyspark 4.3's own structured_kafka_wordcount.py (BOOTSTRAP subscribe TOPIC), run
   verbatim: the running word counts of its last printed batch equal the words produced.
   The programming guide's continuous Kafka-to-Kafka example (trigger(continuous=...)),
   killed and restarted: every message reaches the output topic (at-least-once).
2. Three jobs are killed with SIGKILL at random moments (20 times each in tests/run_all.sh)
   and restarted from their checkpoints until the input is consumed: a windowed count with
   a watermark (Kafka -> Kafka, append), a filter/projection (Kafka -> Kafka) and the
   course's example 5 shape (CAST key/value, 3 partitions, maxOffsetsPerTrigger 200, input
   arriving in parts between restarts). Each first run is aborted by a test hook in the
   middle of an epoch (after 1, 20 and 100 of its messages). Their sinks send many messages
   per produce request; their output topics, read by confluent-kafka (read_committed),
   must hold every expected row exactly once.
Exits 1 if any row is lost or doubled.

tansu 0.6 (memory storage) reports a partition's end offset (ListOffsets) as the base offset
of its last record batch + 1, not its last offset + 1 (a batch of 5 records at offset 0
gives 1), and a fetch from inside a record batch returns nothing. Fetch responses carry
the right high watermark, so this test reads topics until the partition-EOF event, as the
sink's replay does. Runnel's source, like Spark's, reads up to the end offsets ListOffsets
reports, so every topic a Runnel source reads is produced one record per request:
`batch.num.messages=1`, and `--conf runnel.kafka.batch.num.messages=1` for Runnel's sink.
"""
import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone

from confluent_kafka import OFFSET_BEGINNING, Consumer, KafkaError, Producer, TopicPartition
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

# The course's example 5 shape: Kafka -> CAST(key/value AS STRING) -> Kafka, 3 partitions.
COPY = """
from pyspark.sql import SparkSession
spark = SparkSession.builder.appName("kafka-copy").getOrCreate()
raw = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "localhost:9092") \\
    .option("subscribe", "in5").option("startingOffsets", "earliest") \\
    .option("maxOffsetsPerTrigger", 200).load()
out = raw.selectExpr("CAST(key AS STRING) AS key", "CAST(value AS STRING) AS value")
q = out.writeStream.format("kafka").option("kafka.bootstrap.servers", "localhost:9092") \\
    .option("topic", "copy5").option("checkpointLocation", "CK").start()
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


def consume_all(bs, topic, isolation="read_committed"):
    """Every message of `topic`, each partition read until the broker has nothing more
    (the partition-EOF event, from the fetch's high watermark), not until the end offset
    ListOffsets reports: tansu 0.6 answers that with the base offset of the last batch + 1."""
    c = Consumer({"bootstrap.servers": bs, "group.id": f"check-{time.time()}",
                  "enable.auto.commit": False, "auto.offset.reset": "earliest",
                  "enable.partition.eof": True, "isolation.level": isolation})
    md = c.list_topics(topic, timeout=10)
    parts = sorted(md.topics[topic].partitions)
    out = []
    c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in parts])
    open_parts = set(parts)
    deadline = time.time() + 60
    while open_parts:
        if time.time() > deadline:
            sys.exit(f"timed out reading {topic}, partitions {sorted(open_parts)}")
        m = c.poll(1)
        if m is None:
            continue
        if m.error():
            if m.error().code() == KafkaError._PARTITION_EOF:
                open_parts.discard(m.partition())
            continue
        out.append(m)
    c.close()
    return out


def reported_end(bs, topic):
    """The sum over partitions of the end offsets ListOffsets reports."""
    c = Consumer({"bootstrap.servers": bs, "group.id": f"ends-{time.time()}"})
    md = c.list_topics(topic, timeout=10)
    n = sum(c.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in md.topics[topic].partitions)
    c.close()
    return n


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


def produce_values(bs, topic, values):
    p = Producer({"bootstrap.servers": bs, "batch.num.messages": 1})
    for v in values:
        p.produce(topic, value=v.encode())
        p.poll(0)
    p.flush(30)


def broker_conf(bs, one_per_request=True):
    """The broker's address; with `one_per_request`, Runnel's sink sends one message per
    produce request, for topics a Runnel source reads back (tansu's ListOffsets quirk)."""
    conf = ["--conf", f"runnel.kafka.bootstrap.servers={bs}"]
    if one_per_request:
        return conf + ["--conf", "runnel.kafka.batch.num.messages=1"]
    # Many messages per produce request (librdkafka batches what is sent within linger.ms).
    return conf + ["--conf", "runnel.kafka.linger.ms=20"]


def run_job(runnel, script, work, bs, once, log):
    # The crash jobs' sinks send many messages per produce request.
    cmd = [runnel, "submit", script, *broker_conf(bs, one_per_request=False)]
    if once:
        cmd.append("--once")
    env = dict(os.environ, RUNNEL_LOG=os.environ.get("RUNNEL_LOG", "info"))
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=work, env=env)


def crash_loop(runnel, name, text, work, bs, kills, rng, before_last=None, before_each=None, abort_after=1):
    """Runs the job killed `kills` times; `before_each(i)` is called before start i."""
    d = os.path.join(work, name)
    os.makedirs(d, exist_ok=True)
    script = os.path.join(d, "job.py")
    with open(script, "w") as f:
        f.write(text.replace("CK", os.path.join(d, "ck")))
    log = open(os.path.join(d, "log.txt"), "w")
    starts = 0
    # First a crash in the middle of writing an epoch (part of it in the topic, no
    # commit): the test hook aborts the process once `abort_after` messages of the first
    # epoch that has more are in the topic (many of them sent in one produce request).
    os.environ["RUNNEL_KAFKA_SINK_ABORT_AT"] = f"-1:{abort_after}"
    if before_each:
        before_each(starts)
    p = run_job(runnel, script, d, bs, True, log)
    starts += 1
    p.wait(300)
    del os.environ["RUNNEL_KAFKA_SINK_ABORT_AT"]
    if p.returncode == 0:
        sys.exit(f"{name}: the test hook did not abort the job; see {d}/log.txt")
    for _ in range(kills):
        if before_each:
            before_each(starts)
        p = run_job(runnel, script, d, bs, False, log)
        starts += 1
        time.sleep(rng.uniform(0.3, 2.5))
        if p.poll() is not None:
            sys.exit(f"{name}: the job stopped by itself (exit {p.returncode}); see {d}/log.txt")
        p.send_signal(signal.SIGKILL)
        p.wait()
    if before_last:
        before_last()
    if before_each:
        before_each(starts)
    p = run_job(runnel, script, d, bs, True, log)
    starts += 1
    if p.wait(600) != 0:
        sys.exit(f"{name}: the final run failed; see {d}/log.txt")
    log.close()
    replays = [line for line in open(os.path.join(d, "log.txt")) if "were already written" in line]
    found = [re.search(r"epoch (\d+) replayed; (\d+ of its \d+)", line) for line in replays]
    print(f"{name}: {len(replays)} epoch(s) replayed after a crash found part of their output in the topic"
          f" ({', '.join(f'epoch {m[1]}: {m[2]}' for m in found if m)})")
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


def spark_kafka_wordcount(runnel, work, bs):
    """pyspark 4.3's structured_kafka_wordcount.py, verbatim, from the pyspark install
    spark_examples_test.py uses: it reads the topic from its end (Spark's default), so
    lines are produced once its first batch is printed, in two rounds, each once the
    previous one's counts show."""
    sys.path.insert(0, os.path.join(ROOT, "tests/scripts"))
    from spark_examples_test import examples_dir, tables
    venv = os.path.expanduser(os.environ.get("RUNNEL_PYSPARK_VENV", "~/.cache/runnel-pyspark-venv"))
    script = os.path.join(examples_dir(venv), "structured_kafka_wordcount.py")
    create_topics(bs, [("wordcount_in", 2)])
    log = os.path.join(work, "kafka_wordcount.txt")
    proc = subprocess.Popen([runnel, "submit", "--timeout", "120s", script, bs, "subscribe", "wordcount_in"],
                            stdout=open(log, "w"), stderr=subprocess.PIPE, text=True, cwd=work)
    ok = wait_for("the word count's first batch", lambda: "Batch: 0" in open(log).read())
    p = Producer({"bootstrap.servers": bs, "batch.num.messages": 1})
    sent = []
    for lines in (["apache spark", "apache kafka spark", "runnel streams kafka"], ["spark spark", "hello runnel"]):
        for i, line in enumerate(lines):
            p.produce("wordcount_in", value=line.encode(), partition=i % 2)
            p.poll(0)
        p.flush(30)
        sent += lines
        want = dict(Counter(w for l in sent for w in l.split(" ")))

        def last_counts():
            t = tables(open(log).read())
            return {r[0]: int(r[1]) for r in t[-1][1]} if t else {}
        ok &= wait_for(f"the counts of {len(sent)} lines", lambda: last_counts() == want)
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
    n = len(tables(open(log).read()))
    print(f"pyspark's structured_kafka_wordcount.py {bs} subscribe wordcount_in: {n} batches, last one = the words "
          f"produced: {'ok' if ok else 'FAILED'}")
    if not ok:
        print(open(log).read()[-3000:], proc.stderr.read()[-3000:])
    return ok


CONTINUOUS = """
from pyspark.sql import SparkSession
spark = SparkSession.builder.appName("kafka-continuous").getOrCreate()
df = spark \\
  .readStream \\
  .format("kafka") \\
  .option("kafka.bootstrap.servers", "BS") \\
  .option("subscribe", "topic1") \\
  .load()
df.selectExpr("CAST(key AS STRING)", "CAST(value AS STRING)") \\
  .writeStream \\
  .format("kafka") \\
  .option("kafka.bootstrap.servers", "BS") \\
  .option("topic", "topic2") \\
  .option("checkpointLocation", "CK") \\
  .trigger(continuous="1 second") \\
  .start() \\
  .awaitTermination()
"""


def continuous_kafka(runnel, work, bs):
    """The programming guide's continuous Kafka-to-Kafka example (its own lines, with a
    checkpoint): the messages produced while it runs reach topic2; killed with SIGKILL
    and restarted, it goes on after the last committed epoch, so the messages produced
    in between arrive too (at-least-once: an epoch cut short is read again)."""
    create_topics(bs, [("topic1", 2), ("topic2", 2)])
    d = os.path.join(work, "continuous")
    os.makedirs(d)
    script = os.path.join(d, "job.py")
    with open(script, "w") as f:
        f.write(CONTINUOUS.replace("BS", bs).replace("CK", os.path.join(d, "ck")))
    log = open(os.path.join(d, "log.txt"), "w")

    def start():
        return subprocess.Popen([runnel, "submit", script, *broker_conf(bs)], stdout=log,
                                stderr=subprocess.STDOUT, cwd=d)

    p = Producer({"bootstrap.servers": bs, "batch.num.messages": 1})

    def send(lo, hi):
        for i in range(lo, hi):
            p.produce("topic1", key=f"k{i}".encode(), value=f"message {i}".encode(), partition=i % 2)
            p.poll(0)
        p.flush(30)

    def got():
        return Counter(((m.key() or b"").decode(), (m.value() or b"").decode()) for m in consume_all(bs, "topic2"))

    ck = os.path.join(d, "ck")
    proc = start()
    ok = wait_for("the continuous query's first epoch", lambda: os.path.exists(os.path.join(ck, "commits/0")))
    send(0, 10)
    first = {(f"k{i}", f"message {i}") for i in range(10)}
    ok &= wait_for("the first ten messages in topic2", lambda: set(got()) == first)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    send(10, 15)
    proc = start()
    every = {(f"k{i}", f"message {i}") for i in range(15)}
    ok &= wait_for("all fifteen after the restart", lambda: set(got()) == every)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    log.close()
    c = got()
    offsets = sorted(int(n) for n in os.listdir(os.path.join(ck, "offsets")) if n.isdigit())
    last = open(os.path.join(ck, "offsets", str(offsets[-1]))).read().splitlines() if offsets else []
    layout = len(last) == 3 and last[0] == "v1" and json.loads(last[2]).get("topic1") is not None
    ok &= layout
    print(f"the guide's continuous Kafka-to-Kafka example, killed and restarted: {len(c)} of 15 distinct "
          f"messages in topic2 ({sum(c.values())} with the ones an epoch cut short sent again), "
          f"offsets/N in Spark's continuous layout {'yes' if layout else 'NO'}: {'ok' if ok else 'FAILED'}")
    if not ok:
        print(open(os.path.join(d, "log.txt")).read()[-3000:])
    return ok


def check(name, expected, got, starts, kills):
    exp, act = Counter(expected), Counter(got)
    lost = sum((exp - act).values())
    dup = sum((act - exp).values())
    print(f"{name}: {kills} kills, {starts} starts, {sum(exp.values())} rows expected, "
          f"{sum(act.values())} read back, {lost} lost, {dup} duplicated")
    return lost == 0 and dup == 0


def crash_jobs(runnel, work, bs, a, events):
    """Kafka -> Kafka jobs killed with SIGKILL `a.kills` times each, their sinks sending many
    messages per produce request; every output row must be in its topic exactly once."""
    ok = True
    rng = random.Random(a.seed)
    jobs = a.jobs.split(",")
    in_topic = list(events)

    def multi(topic, n):
        # Proof that produce requests held many messages: tansu's ListOffsets then reports
        # less than what a consumer reads (base offset of the last batch + 1).
        ends = reported_end(bs, topic)
        print(f"{topic}: {n} messages read, end offsets reported by ListOffsets sum to {ends}"
              f"{' (multi-message produce requests)' if ends < n else ''}")

    if "windowed" in jobs:
        def sentinel():
            produce(bs, "events", [SENTINEL])
            in_topic.append(SENTINEL)
        # Windowed count, Kafka -> Kafka, with kill -9 restarts.
        starts = crash_loop(runnel, "windowed", WINDOWED, work, bs, a.kills, rng, before_last=sentinel)
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

    if "stateless" in jobs:
        # Filter/projection, Kafka -> Kafka, with kill -9 restarts.
        starts = crash_loop(runnel, "stateless", STATELESS, work, bs, a.kills, rng, abort_after=20)
        expected = [e["id"] for e in in_topic if e["value"] > 50]
        got = [json.loads(m.value())["id"] for m in consume_all(bs, "big")]
        ok &= check("stateless Kafka -> Kafka", expected, got, starts, a.kills)

    if "copy" in jobs:
        # The course's example 5 shape (CAST key and value, 3 partitions, maxOffsetsPerTrigger 200).
        # Its input arrives in parts, one before each start, so that most kills find work
        # in progress (one message per produce request: Runnel's source, like Spark's,
        # reads up to the end offsets ListOffsets reports).
        n = a.kills + 2

        def feed(i):
            produce(bs, "in5", events[i * len(events) // n:(i + 1) * len(events) // n])
        starts = crash_loop(runnel, "copy", COPY, work, bs, a.kills, rng, before_each=feed, abort_after=100)
        expected = [(e["category"], json.dumps(e)) for e in events]
        msgs = consume_all(bs, "copy5")
        got = [((m.key() or b"").decode(), (m.value() or b"").decode()) for m in msgs]
        multi("copy5", len(msgs))
        ok &= check("example 5 shape Kafka -> Kafka", expected, got, starts, a.kills)
    return ok


LOSSY = """
from pyspark.sql import SparkSession
spark = SparkSession.builder.getOrCreate()
df = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "localhost:9092") \\
    .option("subscribe", "lossy").option("startingOffsets", "earliest").OPTIONS.load()
df.selectExpr("CAST(value AS STRING) AS value").writeStream.format("json") \\
    .option("checkpointLocation", "CK").start("OUT").awaitTermination()
"""


def stop_broker(broker):
    broker.send_signal(signal.SIGTERM)
    try:
        broker.wait(10)
    except subprocess.TimeoutExpired:
        broker.kill()
        broker.wait()


def data_loss(runnel, tansu, work):
    """The broker loses its topic under a query (tansu's memory storage forgets everything
    when it restarts): the checkpoint's offsets are past the new topic's end. As in Spark,
    the restart fails with KAFKA_DATA_LOSS.PARTITION_OFFSET_CHANGED, or with
    failOnDataLoss false goes on from the topic's new end (what was produced in between is
    lost, as in Spark). Then the broker goes away under a running query: it fails naming
    Kafka instead of hanging."""
    d = os.path.join(work, "lossy")
    os.makedirs(d, exist_ok=True)
    port = free_port()
    bs = f"127.0.0.1:{port}"
    log = open(os.path.join(d, "tansu.log"), "w")
    ok = True

    def run(options="", timeout=120, once=True):
        script = os.path.join(d, "job.py")
        with open(script, "w") as f:
            f.write(LOSSY.replace("CK", os.path.join(d, "ck")).replace("OUT", os.path.join(d, "out"))
                    .replace(".OPTIONS", options))
        cmd = [runnel, "submit", script, *broker_conf(bs)] + (["--once"] if once else [])
        return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)

    def rows():
        out = []
        for fn in sorted(os.listdir(os.path.join(d, "out"))):
            if fn.endswith(".json"):
                out += [json.loads(l)["value"] for l in open(os.path.join(d, "out", fn)) if l.strip()]
        return sorted(out)

    def say(name, good, detail=""):
        print(f"Kafka data loss: {name}: {'ok' if good else 'FAILED ' + detail}")
        return good

    broker = start_broker(tansu, port, log)
    try:
        create_topics(bs, [("lossy", 1)])
        produce_values(bs, "lossy", [f"a{i}" for i in range(5)])
        r = run()
        ok &= say("first run reads 5", r.returncode == 0 and rows() == [f"a{i}" for i in range(5)], r.stderr[-2000:])
        stop_broker(broker)
        broker = start_broker(tansu, port, log)
        create_topics(bs, [("lossy", 1)])
        produce_values(bs, "lossy", ["b0", "b1"])
        r = run()
        ok &= say("offsets past the end fail (failOnDataLoss true)", r.returncode != 0
                  and "KAFKA_DATA_LOSS.PARTITION_OFFSET_CHANGED" in r.stderr
                  and "lossy-0 offset was changed from 5 to 2" in r.stderr
                  and "failOnDataLoss to false" in r.stderr, r.stderr[-2000:])
        r = run('.option("failOnDataLoss", "false")')
        ok &= say("failOnDataLoss false goes on", r.returncode == 0 and len(rows()) == 5, r.stderr[-2000:])
        produce_values(bs, "lossy", ["c0", "c1", "c2"])
        r = run('.option("failOnDataLoss", "false")')
        ok &= say("then reads what comes after the new end", r.returncode == 0
                  and rows() == sorted([f"a{i}" for i in range(5)] + ["c0", "c1", "c2"]), f"{rows()} {r.stderr[-2000:]}")
        # The topic deleted under the stopped query (tansu cannot add partitions, so the
        # partition count changes by deleting it and creating it again with more).
        admin = AdminClient({"bootstrap.servers": bs})
        fs = admin.delete_topics(["lossy"])
        for f in fs.values():
            f.result(30)
        r = run()
        ok &= say("a deleted topic fails (failOnDataLoss true)", r.returncode != 0
                  and "KAFKA_DATA_LOSS.PARTITIONS_DELETED" in r.stderr and "lossy-0" in r.stderr, r.stderr[-2000:])
        r = run('.option("failOnDataLoss", "false")')
        ok &= say("failOnDataLoss false goes on without it", r.returncode == 0 and len(rows()) == 8, r.stderr[-2000:])
        create_topics(bs, [("lossy", 3)])
        produce_values(bs, "lossy", [f"d{i}" for i in range(6)])
        r = run('.option("failOnDataLoss", "false")')
        ok &= say("the topic created again with 3 partitions is read from its start", r.returncode == 0
                  and rows() == sorted([f"a{i}" for i in range(5)] + ["c0", "c1", "c2"] + [f"d{i}" for i in range(6)]),
                  f"{rows()} {r.stderr[-2000:]}")
        # The broker goes away under a running query.

        def later():
            time.sleep(8)
            stop_broker(broker)
        import threading
        t = threading.Thread(target=later)
        t.start()
        t0 = time.time()
        try:
            r = run('.option("failOnDataLoss", "false")', timeout=300, once=False)
            took = time.time() - t0
            last = next((l for l in r.stderr.splitlines() if l.startswith("error:")), "")[:300]
            ok &= say(f"broker gone mid-run fails in {took:.0f} s ({last})", r.returncode != 0 and "Kafka" in r.stderr,
                      r.stderr[-2000:])
        except subprocess.TimeoutExpired:
            ok &= say("broker gone mid-run", False, "still running after 300 s")
        t.join()
    finally:
        stop_broker(broker)
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runnel", required=True)
    ap.add_argument("--tansu", default=shutil.which("tansu") or os.path.expanduser("~/.cargo/bin/tansu"))
    ap.add_argument("--kills", type=int, default=20)
    ap.add_argument("--events", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--work")
    ap.add_argument("--parts", default="examples,crash,dataloss",
                    help="examples (course examples 4 and 5, files and batch), crash (the kill -9 jobs), "
                    "dataloss (the broker loses the topic, then goes away)")
    ap.add_argument("--jobs", default="windowed,stateless,copy", help="crash jobs: windowed, stateless, copy")
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
        create_topics(bs, [("events", 3), ("big_events", 2), ("counts", 2), ("big", 3), ("copy", 1), ("in5", 3), ("copy5", 3)])
        events = make_events(a.events, a.seed)
        produce(bs, "events", events)
        print(f"broker tansu on {bs}; {len(events)} events in 3 partitions (seed {a.seed})")

        parts = a.parts.split(",")
        if "examples" in parts:
            ok &= course_examples_4_and_5(runnel, work, bs)
            ok &= spark_kafka_wordcount(runnel, work, bs)
            ok &= continuous_kafka(runnel, work, bs)

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

        if "crash" in parts:
            ok &= crash_jobs(runnel, work, bs, a, events)
        if "dataloss" in parts:
            ok &= data_loss(runnel, a.tansu, work)
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
