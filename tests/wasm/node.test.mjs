// Node tests of the npm package (node --test): every oracle case through the wasm
// engine, and the JS API on memory sources.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkg = process.env.RUNNEL_PKG || join(root, "crates", "runnel-wasm", "pkg", "runnel.js");
const { SparkSession, Window, functions: F, runOracleCase, compareOracle, _engineStackPointer } = await import(pkg);

function cases() {
  const dirs = [join(root, "..", "shared", "spark-oracle", "cases"), join(root, "tests", "oracle", "cases")];
  const out = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const c of readdirSync(d).sort()) {
      if (existsSync(join(d, c, "query.py"))) out.push(join(d, c));
    }
  }
  return out;
}

function readCase(dir) {
  const query = readFileSync(join(dir, "query.py"), "utf8");
  const stepsDir = join(dir, "steps");
  const steps = existsSync(stepsDir)
    ? readdirSync(stepsDir).sort().map((name) => ({
        name,
        files: readdirSync(join(stepsDir, name)).sort().map((f) => ({
          name: f,
          text: readFileSync(join(stepsDir, name, f), "utf8"),
        })),
      }))
    : [];
  const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  return { query, steps, expected };
}

test("every oracle case gives Spark's output in Node", async () => {
  const failures = [];
  let passed = 0;
  let native = 0;
  let joins = 0; // the stream-stream join cases: two file sources over one folder, told apart by pathGlobFilter
  for (const dir of cases()) {
    const { query, steps, expected } = readCase(dir);
    // CSV, Parquet, ORC and XML files are native-only formats (runnel-connectors).
    if (/format\("(csv|parquet|orc|xml)"\)|\.(csv|parquet|orc|xml)\(/.test(query)) {
      native++;
      continue;
    }
    const actual = await runOracleCase(query, steps);
    const diff = await compareOracle(expected, actual);
    if (diff) failures.push(`${dir}: ${diff}`);
    else {
      passed++;
      if (/\.join\(/.test(query) && (query.match(/readStream/g) || []).length >= 2) joins++;
    }
  }
  console.log(`oracle cases in Node: ${passed} passed (${joins} stream-stream joins), ${failures.length} failed, ${native} native-only`);
  assert.deepEqual(failures, []);
  assert.ok(passed > 200);
  assert.ok(joins >= 40, `stream-stream join cases run: ${joins}`);
});

test("the JS API: memory stream, watermark, windows, update mode, foreachBatch", async () => {
  const spark = await SparkSession.builder().appName("t").getOrCreate();
  const input = spark.memoryStream("events", "timestamp TIMESTAMP, category STRING, value DOUBLE");
  const counts = input
    .toDF()
    .withWatermark("timestamp", "5 minutes")
    .groupBy(F.window("timestamp", "10 minutes"), "category")
    .agg(F.count("*").alias("n"), F.sum("value").alias("total"));
  assert.deepEqual(counts.columns, ["window", "category", "n", "total"]);
  const seen = [];
  const q = counts.writeStream
    .outputMode("update")
    .foreachBatch((rows, epoch, batch) => seen.push({ epoch, rows, ipc: batch.toArrowIPC().length }))
    .start();
  input.addData([
    { timestamp: "2025-03-01T10:01:00Z", category: "books", value: 12.5 },
    { timestamp: "2025-03-01T10:02:00Z", category: "books", value: 7.5 },
    { timestamp: "2025-03-01T10:03:00Z", category: "music", value: 1 },
  ]);
  q.processAllAvailable();
  input.addData([{ timestamp: "2025-03-01T10:31:00Z", category: "books", value: 2 }]);
  q.processAllAvailable();
  // late: the watermark is 10:26 after the second batch
  input.addData([{ timestamp: "2025-03-01T10:04:00Z", category: "books", value: 100 }]);
  q.processAllAvailable();
  const books = seen[0].rows.find((r) => r.category === "books");
  assert.deepEqual(books, {
    window: { start: "2025-03-01T10:00:00Z", end: "2025-03-01T10:10:00Z" },
    category: "books",
    n: 2,
    total: 20,
  });
  assert.ok(seen[0].ipc > 0);
  assert.equal(q.lastProgress.eventTime.watermark, "2025-03-01T10:26:00.000Z");
  assert.equal(q.lastProgress.stateOperators[0].numRowsDroppedByWatermark, 1);
  q.stop();
  assert.equal(q.isActive, false);
});

test("observe: each batch's metrics in the progress's observedMetrics, Spark's errors for bad metrics", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const input = spark.memoryStream("observed", "w STRING, n BIGINT");
  const seen = [];
  const q = input
    .toDF()
    .observe("m", F.count(F.lit(1)).alias("rows"), F.sum("n").alias("total"), F.max("w"))
    .writeStream.format("memory").queryName("observed_rows").start();
  q.on("progress", (p) => seen.push(p.observedMetrics));
  input.addData([{ w: "a", n: 2 }, { w: "b", n: 5 }]);
  q.processAllAvailable();
  input.addData([{ w: "c", n: 1 }]);
  q.processAllAvailable();
  assert.deepEqual(q.recentProgress.map((p) => p.observedMetrics), [
    { m: { rows: 2, total: 7, "max(w)": "b" } },
    { m: { rows: 1, total: 1, "max(w)": "c" } },
  ]);
  assert.deepEqual(seen, q.recentProgress.map((p) => p.observedMetrics));
  q.stop();
  const plain = input.toDF().writeStream.format("memory").queryName("plain_rows").start();
  input.addData([{ w: "d", n: 3 }]);
  plain.processAllAvailable();
  assert.equal("observedMetrics" in plain.lastProgress, false, "Spark's JSON leaves an empty map out");
  plain.stop();
  assert.throws(() => input.toDF().observe("m", F.col("n")), /INVALID_OBSERVED_METRICS\.NON_AGGREGATE_FUNC_ARG_IS_ATTRIBUTE/);
  assert.throws(() => input.toDF().observe("m", F.count("n")).observe("m", F.sum("n")), /DUPLICATED_METRICS_NAME/);
  assert.throws(() => input.toDF().observe({ name: "o" }, F.count("n")), TypeError);
});

test("a started event's jobTags are the job tags a script added", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const tags = [];
  const listener = { onQueryStarted: (e) => tags.push(e.jobTags) };
  spark.streams.addListener(listener);
  spark.runScript(
    "spark.sparkContext.addJobTag('nightly')\n" +
    "q = spark.readStream.format('rate').load().writeStream.format('memory').queryName('tagged').start()\n" +
    "q.stop()\n",
  );
  spark.streams.removeListener(listener);
  assert.deepEqual(tags, [["nightly"]]);
});

test("memory sink + spark.sql, Column expressions and Spark's names", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const input = spark.memoryStream("s2", "category STRING, value DOUBLE");
  const df = input
    .toDF()
    .filter(F.col("value").gt(10))
    .withColumn("half", F.col("value").divide(2))
    .groupBy("category")
    .agg(F.sum("half"), F.max(F.col("value")).alias("top"));
  assert.deepEqual(df.columns, ["category", "sum(half)", "top"]);
  const q = df.writeStream.outputMode("complete").format("memory").queryName("totals").start();
  input.addData([
    { category: "a", value: 12 },
    { category: "a", value: 30 },
    { category: "b", value: 5 },
  ]);
  q.processAllAvailable();
  const rows = spark.sql("SELECT * FROM totals ORDER BY category").collect();
  assert.deepEqual(rows, [{ category: "a", "sum(half)": 21, top: 30 }]);
});

test("window functions in JS: Window specs, over(), Spark's names, frames; refused on a stream", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const df = spark.createDataFrame(
    [
      { k: "a", ts: 1, v: 10 },
      { k: "a", ts: 2, v: 20 },
      { k: "a", ts: 2, v: 25 },
      { k: "b", ts: 5, v: 1 },
    ],
    "k STRING, ts INT, v INT",
  );
  const w = Window.partitionBy("k").orderBy(F.col("ts").desc());
  const latest = df.withColumn("rn", F.row_number().over(w)).filter("rn = 1").drop("rn").orderBy("k");
  assert.deepEqual(latest.collect(), [{ k: "a", ts: 2, v: 20 }, { k: "b", ts: 5, v: 1 }]);
  const byTs = Window.partitionBy("k").orderBy("ts");
  const out = df
    .select(
      "k", "v",
      F.rank().over(byTs),
      F.lag("v", 1, 0).over(byTs.orderBy("ts", "v")).alias("prev"),
      F.sum("v").over(byTs).alias("running"),
      F.sum("v").over(byTs.orderBy("ts", "v").rowsBetween(-1, Window.currentRow)).alias("pair"),
      F.count("*").over(byTs.rangeBetween(Window.currentRow, Window.unboundedFollowing)).alias("rest"),
    )
    .orderBy("k", "v");
  assert.deepEqual(out.columns, [
    "k", "v",
    "RANK() OVER (PARTITION BY k ORDER BY ts ASC NULLS FIRST ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)",
    "prev", "running", "pair", "rest",
  ]);
  const rank = out.columns[2];
  assert.deepEqual(out.collect(), [
    { k: "a", v: 10, [rank]: 1, prev: 0, running: 10, pair: 10, rest: 3 },
    { k: "a", v: 20, [rank]: 2, prev: 10, running: 55, pair: 30, rest: 2 },
    { k: "a", v: 25, [rank]: 2, prev: 20, running: 55, pair: 45, rest: 2 },
    { k: "b", v: 1, [rank]: 1, prev: 0, running: 1, pair: 1, rest: 1 },
  ]);
  const input = spark.memoryStream("win_s", "k STRING");
  assert.throws(
    () => input.toDF().withColumn("rn", F.row_number().over(Window.partitionBy("k").orderBy("k"))),
    (e) => e.condition === "NON_TIME_WINDOW_NOT_SUPPORTED_IN_STREAMING",
  );
  assert.throws(() => df.withColumn("rn", F.row_number().over(Window.partitionBy("k"))), (e) => e.condition === "WINDOW_FUNCTION_FRAME_NOT_ORDERED");
});

test("rollup, cube, groupingSets and pivot in JS, with grouping_id() and Spark's pivot column names", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const df = spark.createDataFrame(
    [
      { k: "a", c: "x", v: 1 },
      { k: "a", c: "y", v: 2 },
      { k: "b", c: "x", v: 4 },
    ],
    "k STRING, c STRING, v INT",
  );
  const r = df.rollup("k").agg(F.sum("v").alias("s"), F.grouping_id().alias("g")).orderBy("g", "k");
  assert.deepEqual(r.collect(), [{ k: "a", s: 3, g: 0 }, { k: "b", s: 4, g: 0 }, { k: null, s: 7, g: 1 }]);
  assert.equal(df.cube("k", "c").count().count(), 3 + 2 + 2 + 1);
  const gs = df.groupingSets([["c"], []], "k", "c").agg(F.count(F.lit(1)).alias("n")).orderBy("c");
  assert.deepEqual(gs.collect(), [{ k: null, c: null, n: 3 }, { k: null, c: "x", n: 2 }, { k: null, c: "y", n: 1 }]);
  const p = df.groupBy("k").pivot("c", ["x", "y"]).agg(F.sum("v")).orderBy("k");
  assert.deepEqual(p.columns, ["k", "x", "y"]);
  assert.deepEqual(p.collect(), [{ k: "a", x: 1, y: 2 }, { k: "b", x: 4, y: null }]);
  assert.deepEqual(df.groupBy("k").pivot("c").agg(F.max("v").alias("m"), F.count("v")).columns, ["k", "x_m", "x_count(v)", "y_m", "y_count(v)"]);
  assert.throws(() => df.groupBy("k").pivot("c").agg(F.expr("count(*)")), (e) => e.condition === "INVALID_USAGE_OF_STAR_OR_REGEX");
});

test("fillna / dropna / df.na in JS, as PySpark's DataFrameNaFunctions", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const df = spark.createDataFrame(
    [
      { s: null, i: null, d: 1.5 },
      { s: "x", i: 3, d: null },
      { s: null, i: null, d: null },
    ],
    "s STRING, i INT, d DOUBLE",
  );
  assert.deepEqual(df.fillna(2.7).collect(), [{ s: null, i: 2, d: 1.5 }, { s: "x", i: 3, d: 2.7 }, { s: null, i: 2, d: 2.7 }]);
  assert.deepEqual(df.na.fill({ s: "none" }).select("s").collect(), [{ s: "none" }, { s: "x" }, { s: "none" }]);
  assert.equal(df.dropna().count(), 0);
  assert.equal(df.dropna("all").count(), 2);
  assert.equal(df.na.drop("any", 1, ["s", "d"]).count(), 2);
  assert.throws(() => df.fillna(0, "nosuch"), (e) => e.condition === "UNRESOLVED_COLUMN.WITH_SUGGESTION");
});

test("errors reach JS with Spark's condition, and the session still works after one", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const input = spark.memoryStream("s3", "timestamp TIMESTAMP, category STRING");
  const agg = input.toDF().groupBy("category").count();
  assert.throws(
    () => agg.writeStream.outputMode("append").format("memory").queryName("x").start(),
    (e) => e.condition === "STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION" && /withWatermark/.test(e.message),
  );
  assert.throws(() => input.toDF().select(F.col("nope")), (e) => e.condition === "UNRESOLVED_COLUMN.WITH_SUGGESTION");
  assert.throws(() => input.addData(new Uint8Array([1, 2, 3])), Error);
  assert.throws(() => input.toDF().limit(-1), (e) => e.condition === "INVALID_LIMIT_LIKE_EXPRESSION.IS_NEGATIVE");
  assert.throws(() => input.toDF().limit(2.5), (e) => e instanceof TypeError && /NOT_INT/.test(e.message));
  assert.equal(input.toDF().limit(3_000_000_000).isStreaming, true);
  const q = agg.writeStream.outputMode("complete").format("memory").queryName("ok").start();
  input.addData([{ timestamp: "2025-03-01T10:00:00Z", category: "a" }]);
  q.processAllAvailable();
  assert.deepEqual(spark.sql("SELECT * FROM ok").collect(), [{ category: "a", count: 1 }]);
});

test("Arrow IPC into a memory stream: decoded in place, cast by position, a broken stream adds nothing", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const rows = [
    { timestamp: "2025-03-01T10:01:00Z", category: "a", value: 1.5 },
    { timestamp: "2025-03-01T10:02:00Z", category: null, value: 2 },
    { timestamp: "2025-03-01T10:12:00Z", category: "a", value: null },
  ];
  const ipc = spark.createDataFrame(rows, "timestamp TIMESTAMP, category STRING, value DOUBLE").toArrowIPC();
  // The stream's third column is a string: Arrow's double is cast to it, by position.
  const input = spark.memoryStream("ipc1", "ts TIMESTAMP, cat STRING, v STRING");
  const q = input.toDF().writeStream.format("memory").queryName("ipc_out").start();
  assert.equal(input.addData(ipc), 3);
  assert.throws(() => input.addData(ipc.subarray(0, ipc.length - 20)), Error);
  assert.equal(input.addData(ipc.subarray(0, ipc.length)), 3);
  q.processAllAvailable();
  const got = spark.sql("SELECT cat, v, count(*) AS n FROM ipc_out GROUP BY cat, v ORDER BY cat, v").collect();
  assert.deepEqual(got, [
    { cat: null, v: "2.0", n: 2 },
    { cat: "a", v: null, n: 2 },
    { cat: "a", v: "1.5", n: 2 },
  ]);
});

test("JSON lines as UTF-8 bytes (Uint8Array, ArrayBuffer) add the rows their text adds; bytes that are not UTF-8 are a malformed row", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const ddl = "ts TIMESTAMP, cat STRING, v DOUBLE, _corrupt_record STRING";
  const text = [
    '{"ts": "2025-03-01T10:01:00.000Z", "cat": "b\u00fcch\u00e9r \u2713", "v": 1.5}',
    '{"ts": "2025-03-01T10:01:00.000Z", "cat": "a", "v": 2}',
    "",
    '{"ts": "2025-03-01 10:02:00", "cat": "a", "v": "x"}',
  ].join("\n");
  const bytes = new TextEncoder().encode(text);
  const collect = (name, feed) => {
    const input = spark.memoryStream(name, ddl);
    const q = input.toDF().writeStream.format("memory").queryName(`${name}_out`).start();
    const n = feed(input);
    q.processAllAvailable();
    q.stop();
    return { n, rows: spark.sql(`SELECT * FROM ${name}_out`).collect() };
  };
  const fromText = collect("jb_text", (i) => i.addData(text));
  assert.equal(fromText.n, 3);
  assert.deepEqual(collect("jb_u8", (i) => i.addData(bytes)), fromText);
  assert.deepEqual(collect("jb_ab", (i) => i.addData(bytes.slice().buffer)), fromText);
  // A string with a byte that is not UTF-8: the line is malformed (PERMISSIVE: its text,
  // lossily, in _corrupt_record); the other lines are read.
  const bad = new Uint8Array([...new TextEncoder().encode('{"cat": "a'), 0xff, ...new TextEncoder().encode('", "v": 1}\n{"cat": "c", "v": 3}')]);
  const got = collect("jb_bad", (i) => i.addData(bad));
  assert.equal(got.n, 2);
  assert.deepEqual(got.rows.map((r) => [r.cat, r.v, r._corrupt_record]), [
    [null, null, '{"cat": "a\ufffd", "v": 1}'],
    ["c", 3, null],
  ]);
  // Arrow IPC bytes still go to the IPC reader.
  const ipc = spark.createDataFrame([{ ts: "2025-03-01T10:01:00Z", cat: "z", v: 9 }], ddl).toArrowIPC();
  assert.equal(collect("jb_ipc", (i) => i.addData(ipc)).rows[0].cat, "z");
});

test("managed tables in the page's memory: saveAsTable, toTable, readStream.table, DROP TABLE", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const files = { "/in/a.json": '{"n": 1}\n{"n": 2}\n' };
  const out = spark.runScript(
    [
      "spark.range(3).write.format('json').saveAsTable('t')",
      "print(sorted(r.id for r in spark.table('t').collect()))",
      "q = spark.readStream.schema('n INT').json('/in').writeStream.format('json').option('checkpointLocation', '/ck').toTable('s')",
      "q.processAllAvailable()",
      "c = spark.readStream.table('s').writeStream.format('memory').queryName('m').start()",
      "c.processAllAvailable()",
      "print(sorted(r.n for r in spark.table('m').collect()), spark.catalog.tableExists('s'))",
      "spark.sql('DROP TABLE s')",
      "print(spark.catalog.tableExists('s'), [t.name for t in spark.catalog.listTables()])",
      "try:",
      "    spark.range(1).write.format('json').saveAsTable('t')",
      "except Exception as e:",
      "    print(e.getCondition())",
      "",
    ].join("\n"),
    { files },
  );
  assert.equal(out, "[0, 1, 2]\n[1, 2] True\nFalse ['t', 'm']\nTABLE_OR_VIEW_ALREADY_EXISTS\n");
});

test("runScript runs a course example over virtual files", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const files = {};
  const data = join(root, "examples", "data", "streaming_input");
  for (const f of readdirSync(data)) files[`/data/data/streaming-json/${f}`] = readFileSync(join(data, f), "utf8");
  const src = readFileSync(join(root, "examples", "seed", "ex8_watermark_window_update.py"), "utf8").replaceAll(
    "dbfs:/mnt/data",
    "/data",
  );
  const out = spark.runScript(src, { files });
  assert.match(out, /Batch: 0/);
  assert.match(out, /\|\s*window\|category\|count\|/);
});

test("runScript runs examples/python_features.py (listener class, UDF, comprehension, foreach writer) as runnel submit does", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const files = {};
  const data = join(root, "examples", "data", "streaming_input");
  for (const f of readdirSync(data)) files[`/data/data/streaming-json/${f}`] = readFileSync(join(data, f), "utf8");
  const src = readFileSync(join(root, "examples", "python_features.py"), "utf8").replaceAll("dbfs:/mnt/data", "/data");
  const out = spark.runScript(src, { files }).split("\n");
  // PySpark 4.3's foreach lines for the same script (tests/scripts/python_features.spark.txt).
  const spark43 = readFileSync(join(root, "tests", "scripts", "python_features.spark.txt"), "utf8").split("\n");
  const epochs = (ls) => ls.filter((l) => l.startsWith("epoch "));
  assert.deepEqual(epochs(out), epochs(spark43));
  assert.deepEqual(out.filter((l) => l.startsWith("batch ")), [0, 1, 2, 3, 4, 5, 6, 7].map((i) => `batch ${i}: 12 rows`));
  assert.equal(out[0], "started alerts");
  // As the playground runs it: startScript, then one file and one stepTraced at a time (the
  // UDF, writer and listener call back into the script's interpreter after it returned).
  const paged = await SparkSession.builder().getOrCreate();
  let printed = paged.startScript(readFileSync(join(root, "examples", "python_features.py"), "utf8")).output ?? "";
  for (const f of readdirSync(data).sort()) {
    paged.addFile(`dbfs:/mnt/data/data/streaming-json/${f}`, readFileSync(join(data, f), "utf8"));
    const step = paged.stepTraced();
    assert.equal(step.queries[0].error, undefined, JSON.stringify(step.queries[0].error));
    printed += step.output;
  }
  assert.deepEqual(epochs(printed.split("\n")), epochs(spark43));
});

test("startScript + stepTraced: one batch at a time, with event times, watermark and output rows", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const src = readFileSync(join(root, "examples", "seed", "ex8_watermark_window_update.py"), "utf8");
  const r = spark.startScript(src);
  assert.deepEqual(r.sql, []);
  const data = join(root, "examples", "data", "streaming_input");
  const times = [];
  for (const [i, f] of readdirSync(data).sort().slice(0, 2).entries()) {
    const text = readFileSync(join(data, f), "utf8");
    spark.addFile(`dbfs:/mnt/data/data/streaming-json/${f}`, text);
    const want = [...text.matchAll(/"timestamp": "([^"]+)"/g)].map((m) => Date.parse(m[1]));
    const s = spark.stepTraced();
    assert.match(s.output, new RegExp(`Batch: ${i}`));
    const [q] = s.queries;
    assert.equal(q.ran, true);
    assert.equal(q.outputMode, "update");
    assert.deepEqual(q.eventTimes, want, "the batch's event times, in file order");
    assert.deepEqual(q.window, { sizeMs: 600000, slideMs: 600000, startMs: 0 });
    assert.ok(q.rows.length > 0 && q.rows.every((row) => row.window && row.category && row.count > 0));
    // The watermark a batch uses is the previous batches' max event time − 5 minutes.
    const expectWm = times.length ? Math.max(...times) - 300000 : 0;
    assert.equal(q.watermarkMs, expectWm);
    times.push(...want);
  }
  const idle = spark.stepTraced();
  assert.equal(idle.queries[0].ran, true, "a no-data batch: the watermark moved");
  assert.equal(spark.stepTraced().queries[0].ran, false);
  assert.throws(() => spark.startScript("x = 1\ny = spark.readStream.format('json').load('/nowhere')\n"), (e) => e.line === 2 && e.column > 1 && e.condition === "_LEGACY_ERROR_TEMP_2048");
});

test("simulated Kafka: produce to a topic, a stream reads it, a sink writes another", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  spark.simulateKafka();
  spark.startScript(`from pyspark.sql.functions import col, from_json, to_json, struct
df = spark.readStream.format("kafka").option("kafka.bootstrap.servers", "ignored:9092").option("subscribe", "in").load()
e = df.select(from_json(col("value").cast("string"), "n INT").alias("e")).select("e.*")
q = e.filter(col("n") > 1).select(to_json(struct("n")).alias("value")).writeStream.format("kafka").option("topic", "out").option("checkpointLocation", "/cp").start()
`);
  assert.equal(spark.kafkaProduce("in", '{"n": 1}\n{"n": 2}\n\n{"n": 3}\n'), 3);
  assert.equal(spark.stepTraced().queries[0].ran, true);
  assert.deepEqual(spark.kafkaTopic("out").map((m) => [m.offset, m.value]), [[0, '{"n":2}'], [1, '{"n":3}']]);
  assert.equal(spark.read.format("kafka").option("subscribe", "in").load().count(), 3);
  assert.throws(() => spark.readStream.format("kafka").schema("a INT").option("subscribe", "in").load(), /fixed schema/);
});

test("a panic reaches JS with its message; that session closes cleanly, a new one works", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const input = spark.memoryStream("before_panic", "n INT");
  const q = input.toDF().writeStream.format("memory").queryName("before_panic_t").trigger({ processingTime: "10 milliseconds" }).start();
  assert.throws(() => spark._testPanic("boom at the test's request"), (e) => e.name === "RunnelPanic" && /boom at the test's request/.test(e.message));
  assert.throws(() => spark.createDataFrame([{ n: 1 }], "n INT").collect(), (e) => e.name === "RunnelPanic" && /closed/.test(e.message) && /getOrCreate/.test(e.message));
  assert.throws(() => input.addData([{ n: 1 }]), (e) => e.name === "RunnelPanic");
  await assert.rejects(q.awaitTermination(2000), (e) => e.name === "RunnelPanic");
  assert.equal(q.isActive, false);
  const fresh = await SparkSession.builder().getOrCreate();
  assert.deepEqual(fresh.createDataFrame([{ n: 1 }], "n INT").collect(), [{ n: 1 }]);
  const out = fresh.runScript("spark.createDataFrame([(2,)], 'two INT').show()\n");
  assert.match(out, /\|two\|/);
});

test("triggers run on timers and awaitTermination resolves", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const input = spark.memoryStream("s4", "v INT");
  const got = [];
  const q = input.toDF().writeStream.trigger({ processingTime: "10 milliseconds" })
    .foreachBatch((rows) => got.push(...rows.map((r) => r.v))).start();
  const progress = [];
  q.on("progress", (p) => progress.push(p.batchId));
  input.addData([{ v: 1 }, { v: 2 }]);
  await new Promise((r) => setTimeout(r, 60));
  input.addData([{ v: 3 }]);
  await new Promise((r) => setTimeout(r, 60));
  q.stop();
  assert.equal(await q.awaitTermination(), true);
  assert.deepEqual(got, [1, 2, 3]);
  assert.deepEqual(progress, [0, 1]);
});

test("a memory stream forgets what every query reading it committed", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const input = spark.memoryStream("held", "v INT");
  const seen = { a: [], b: [] };
  const qa = input.toDF().writeStream.foreachBatch((rows) => seen.a.push(...rows.map((r) => r.v))).start();
  const qb = input.toDF().writeStream.foreachBatch((rows) => seen.b.push(...rows.map((r) => r.v))).start();
  input.addData([{ v: 1 }, { v: 2 }]);
  input.addData([{ v: 3 }]);
  assert.equal(input.heldRows, 3);
  qa.processAllAvailable();
  assert.equal(input.heldRows, 3, "query b has not read them yet");
  qb.processAllAvailable();
  assert.equal(input.heldRows, 0);
  input.addData([{ v: 4 }]);
  qb.processAllAvailable();
  qa.stop();
  assert.equal(input.heldRows, 0, "a stopped query holds nothing back");
  assert.deepEqual(seen, { a: [1, 2, 3], b: [1, 2, 3, 4] });
});

test("an HTTP source's buffer is bounded: the oldest unprocessed rows are dropped and counted", async () => {
  const { createServer } = await import("node:http");
  let n = 0;
  const server = createServer((req, res) => {
    const rows = Array.from({ length: 10 }, () => ({ v: n++ }));
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(rows));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  try {
    const spark = await SparkSession.builder().getOrCreate();
    const df = spark.readStream.format("http")
      .option("url", `http://127.0.0.1:${server.address().port}/`)
      .option("intervalMs", 5).option("maxBufferedRows", 25).schema("v INT").load();
    // No query runs while the rows arrive: they all wait in the buffer.
    while (df.source.received < 60) await new Promise((r) => setTimeout(r, 5));
    df.source.close();
    await new Promise((r) => setTimeout(r, 20));
    const got = [];
    const q = df.writeStream.foreachBatch((rows) => got.push(...rows.map((r) => r.v))).start();
    q.processAllAvailable();
    q.stop();
    const received = df.source.received;
    assert.ok(got.length <= 25 && got.length >= 20, `kept ${got.length} of ${received}`);
    assert.equal(got.length + df.source.dropped, received, "every row is processed or counted as dropped");
    // What is left is the newest rows, in order.
    assert.deepEqual(got, Array.from({ length: got.length }, (_, i) => received - got.length + i));
  } finally {
    server.close();
  }
});

test("file sinks, checkpoints and a simulated Delta table in the virtual files; Parquet through its own module", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const input = spark.memoryStream("files1", "k STRING, v BIGINT");
  const start = () => input.toDF().writeStream.format("parquet").option("checkpointLocation", "/ck/p").option("path", "/out/p").start();
  // Before the codec module is loaded, Parquet is refused with what to do.
  assert.throws(() => { start(); input.addData([{ k: "x", v: 0 }]); spark.streams.active.forEach((q) => q.processAllAvailable()); },
    (e) => /loadParquet/.test(e.message));
  const fresh = await SparkSession.builder().getOrCreate();
  await fresh.loadParquet();
  const rows = fresh.memoryStream("files2", "k STRING, v BIGINT");
  const q = rows.toDF().writeStream.format("parquet").option("checkpointLocation", "/ck/p").option("path", "/out/p").start();
  rows.addData([{ k: "a", v: 1 }, { k: "b", v: 2 }]);
  q.processAllAvailable();
  rows.addData([{ k: "c", v: 3 }]);
  q.processAllAvailable();
  const files = fresh.listFiles("").map((f) => f.path);
  for (const f of ["/out/p/_spark_metadata/0", "/out/p/_spark_metadata/1", "/ck/p/offsets/1", "/ck/p/commits/1", "/ck/p/metadata"]) {
    assert.ok(files.includes(f), `${f} in ${files.join(", ")}`);
  }
  assert.match(fresh.readFile("/out/p/_spark_metadata/1", { text: true }), /^v1\n\{"path":"file:\/\/\/out\/p\/part-00000-/);
  assert.deepEqual(fresh.read.format("parquet").load("/out/p").orderBy("k").collect(), [{ k: "a", v: 1 }, { k: "b", v: 2 }, { k: "c", v: 3 }]);
  // A Delta table simulated in the page: versions become micro-batches.
  assert.equal(fresh.deltaAppend("/t", '{"k":"d","v":4}\n', "k STRING, v BIGINT"), 0);
  const d = fresh.readStream.format("delta").load("/t").writeStream.format("memory").queryName("delta_rows").start();
  d.processAllAvailable();
  assert.equal(fresh.deltaAppend("/t", '{"k":"e","v":5}\n{"k":"f","v":6}\n', "k STRING, v BIGINT"), 1);
  d.processAllAvailable();
  assert.deepEqual(fresh.sql("SELECT k FROM delta_rows ORDER BY k").collect().map((r) => r.k), ["d", "e", "f"]);
  assert.match(fresh.readFile("/t/_delta_log/00000000000000000001.json", { text: true }), /"add":\{"path":"part-00000-/);
});

test("1000 panics 100 calls deep in one page: the shadow stack is put back each time, and a script runs after them", async () => {
  // wasm32 aborts on a panic (no unwinding): without the wrapper putting the stack
  // pointer back, each panic leaked its frames' stack and after a few hundred the
  // engine could not even make a session.
  const before = (await SparkSession.builder().getOrCreate(), _engineStackPointer());
  for (let i = 0; i < 1000; i++) {
    const spark = await SparkSession.builder().getOrCreate();
    assert.throws(() => spark._testPanic(`boom ${i}`, 100), (e) => e.name === "RunnelPanic" && new RegExp(`boom ${i}\\b`).test(e.message));
  }
  assert.equal(_engineStackPointer(), before);
  const spark = await SparkSession.builder().getOrCreate();
  assert.equal(spark.runScript("print(sum(range(10)))\n"), "45\n");
});

test("hostile scripts of #19 through runScript: ints beyond 64 bits, division by zero, lit(2**64), recursion in foreachBatch, 100000 nots, 2000 method calls, lists nested deep", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  assert.equal(spark.runScript("print(2**64, 10**30 // 7, -2**63 - 1, 2**53 + 1 == 2.0**53)\n"), "18446744073709551616 142857142857142857142857142857 -9223372036854775809 False\n");
  assert.throws(() => spark.runScript("print(1/0)\n"), (e) => e.name === "ZeroDivisionError" && /division by zero/.test(e.message));
  assert.equal(spark.runScript("try:\n    1.0 % 0.0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n"), "caught float modulo\n");
  assert.throws(() => spark.runScript("from pyspark.sql.functions import lit\nspark.range(1).select(lit(2**64)).show()\n"), (e) => /NumberFormatException: For input string: "18446744073709551616"/.test(e.message));
  assert.throws(
    () => spark.runScript("def f(df, i):\n    return f(df, i + 1)\nq = spark.readStream.format('rate').load().writeStream.foreachBatch(f).start()\nq.processAllAvailable()\n"),
    // As PySpark raises it: the query's StreamingQueryException (STREAM_FAILED) around the
    // foreachBatch function's RecursionError.
    (e) => e.name === "StreamingQueryException" && /STREAM_FAILED/.test(e.message) && /FOREACH_BATCH_USER_FUNCTION_ERROR/.test(e.message) && /RecursionError/.test(e.message),
  );
  const compileError = (e) => e.name === "RecursionError" && /maximum recursion depth exceeded during compilation/.test(e.message);
  assert.throws(() => spark.runScript("x = " + "not ".repeat(100000) + "1\n"), compileError);
  assert.throws(() => spark.runScript("x = 1" + " + 1".repeat(100000) + "\n"), compileError);
  assert.throws(() => spark.runScript("x = 'a'" + ".upper()".repeat(2000) + "\n"), compileError);
  // The browser's limits are lower than CPython's (V8's stack is about 1 MB): 150 levels
  // of syntax, 200 of evaluation, 100 of repr.
  assert.equal(spark.runScript("x = 'a'" + ".upper()".repeat(60) + "\nprint(x)\n"), "A\n");
  assert.throws(() => spark.runScript("x = 'a'" + ".upper()".repeat(100) + "\n"), compileError);
  assert.equal(spark.runScript("x = 1" + " + 1".repeat(140) + "\nprint(x)\n"), "141\n");
  assert.throws(
    () => spark.runScript("def f(n):\n    return 0 if n == 0 else (f(n - 1)" + " + 1".repeat(100) + ")\nprint(f(5))\n"),
    (e) => e.name === "RecursionError" && /200 expressions and statements nested/.test(e.message),
  );
  assert.equal(spark.runScript("x = []\nfor i in range(80):\n    x = [x]\nprint(str(x)[:4])\na = [1]\na.append(a)\nprint(a)\n"), "[[[[\n[1, [...]]\n");
  assert.throws(() => spark.runScript("x = []\nfor i in range(2000):\n    x = [x]\nprint(x)\n"), (e) => e.name === "RecursionError" && /getting the repr/.test(e.message));
  assert.equal(spark.runScript("print(sum(range(10)))\n"), "45\n");
});

test("hostile scripts end cleanly in wasm: recursion, deep nesting, deep expressions; the session keeps working", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  assert.throws(() => spark.runScript("def f(n):\n    return f(n + 1)\nf(0)\n"), (e) => e.name === "RecursionError" && /maximum recursion depth/.test(e.message));
  assert.throws(() => spark.runScript("x = " + "(".repeat(800) + "1" + ")".repeat(800) + "\n"), (e) => /too many nested parentheses/.test(e.message));
  assert.throws(
    () => spark.runScript("from pyspark.sql.functions import *\nc = col('a')\nfor i in range(3000):\n    c = c + 1\nspark.createDataFrame([(1,)], 'a INT').select(c).show()\n"),
    (e) => /nested more than 500 levels/.test(e.message),
  );
  assert.equal(spark.runScript("def f(n):\n    return 0 if n == 0 else f(n - 1)\nprint(f(30))\n"), "0\n");
  assert.equal(spark.runScript("print(1 + 1)\n"), "2\n");
});

// ---------------------------------------------------------------------------------
// Stream-stream joins and window_time through the JS API, against Spark's batches

/** Spark's batches of an oracle case (expected.json), one list across its steps. */
function sparkBatches(dir) {
  const e = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8"));
  return { columns: e.columns.map(([c]) => c), batches: e.steps.flatMap((s) => s.batches) };
}

/** Rows as value lists in `columns`' order, sorted (a batch's row order is not Spark's contract). */
function rowValues(rows, columns) {
  return rows.map((r) => columns.map((c) => r[c])).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Runs a query step by step; returns what each batch wrote and its progress. */
function collectBatches(df, feed, steps, mode = "append") {
  const out = new Map();
  const q = df.writeStream.outputMode(mode).foreachBatch((rows, epoch) => out.set(epoch, rows)).start();
  for (const s of steps) {
    feed(s);
    q.processAllAvailable();
  }
  const progress = q.recentProgress;
  let plan = "";
  df.spark.setOutput((t) => { plan += t; });
  q.explain();
  q.stop();
  const got = progress.map((p) => ({ p, rows: out.get(p.batchId) ?? [] }));
  got.plan = plan;
  return got;
}

const CASES = join(root, "tests", "oracle", "cases");
const stepNames = (dir) => readdirSync(join(dir, "steps")).sort();
const stepFile = (dir, step, suffix) => {
  const f = readdirSync(join(dir, "steps", step)).find((n) => n.endsWith(suffix));
  return f ? readFileSync(join(dir, "steps", step, f), "utf8") : "";
};
const AD_JOIN = "clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour";

test("a stream-stream join in JS: impressions ⋈ clicks, leftOuter, watermarks, two JSON sources over one folder — Spark's batches", async () => {
  const dir = join(CASES, "ssjoin_left_outer_wm_range");
  const want = sparkBatches(dir);
  const spark = await SparkSession.builder().getOrCreate();
  const source = (ddl, glob) => spark.readStream.format("json").schema(ddl).option("pathGlobFilter", glob).load("/ads");
  const impressions = source("impressionAdId INT, impressionTime TIMESTAMP", "*imp.json").withWatermark("impressionTime", "2 hours");
  const clicks = source("clickAdId INT, clickTime TIMESTAMP", "*clk.json").withWatermark("clickTime", "3 hours");
  const joined = impressions.join(clicks, F.expr(AD_JOIN), "leftOuter");
  assert.equal(joined.isStreaming, true);
  assert.deepEqual(joined.columns, want.columns);
  const got = collectBatches(joined, (s) => {
    // As the oracle runner does: each step's files at once (the virtual files' modification times follow the order they are added).
    for (const f of readdirSync(join(dir, "steps", s)).sort()) spark.addFile(`/ads/${s}-${f}`, readFileSync(join(dir, "steps", s, f), "utf8"));
  }, stepNames(dir));
  assert.equal(got.length, want.batches.length, "as many batches as Spark ran (no-data batches included)");
  want.batches.forEach((b, i) => {
    const { p, rows } = got[i];
    const at = `batch ${b.batch_id}`;
    assert.equal(p.batchId, b.batch_id, at);
    assert.equal(p.numInputRows, b.num_input_rows, at);
    assert.equal(p.eventTime.watermark, b.watermark, at);
    const [join] = p.stateOperators;
    assert.equal(join.operatorName, "symmetricHashJoin", at);
    assert.equal(join.numRowsTotal, b.state_rows, at);
    assert.equal(join.customMetrics.leftRows + join.customMetrics.rightRows, join.numRowsTotal, `${at}: state rows per side`);
    assert.deepEqual(rowValues(rows, want.columns), rowValues(b.rows.map((r) => Object.fromEntries(want.columns.map((c, k) => [c, r[k]]))), want.columns), at);
  });
  assert.match(got.plan, /^== Physical Plan ==\nStreamingSymmetricHashJoin \[impressionAdId\], \[clickAdId\], LeftOuter/);
  // NULL-padded rows came out once the watermark passed their impression's hour.
  assert.ok(got.some(({ rows }) => rows.some((r) => r.clickAdId === null && r.impressionTime !== null)));
  // Each side's state: after batch 0, 7 impressions and 5 clicks (the click with a NULL ad id can never match).
  assert.deepEqual(got[0].p.stateOperators[0].customMetrics, { leftRows: 7, rightRows: 5 });
});

test("a stream-stream join in JS over memory streams, the condition as Columns (a list, ANDed) and how=\"left_outer\"", async () => {
  const dir = join(CASES, "ssjoin_left_outer_wm_range");
  const want = sparkBatches(dir);
  const spark = await SparkSession.builder().getOrCreate();
  const imp = spark.memoryStream("impressions", "impressionAdId INT, impressionTime TIMESTAMP");
  const clk = spark.memoryStream("clicks", "clickAdId INT, clickTime TIMESTAMP");
  const c = F.col;
  const joined = imp.toDF().withWatermark("impressionTime", "2 hours").join(
    clk.toDF().withWatermark("clickTime", "3 hours"),
    [c("clickAdId").eq(c("impressionAdId")), c("clickTime").geq(c("impressionTime")),
      c("clickTime").leq(c("impressionTime").plus(F.expr("interval 1 hour")))],
    "left_outer");
  const got = collectBatches(joined, (s) => {
    imp.addData(stepFile(dir, s, "imp.json"));
    clk.addData(stepFile(dir, s, "clk.json"));
  }, stepNames(dir));
  assert.deepEqual(got.map(({ p }) => p.eventTime.watermark), want.batches.map((b) => b.watermark));
  assert.deepEqual(got.map(({ p }) => p.stateOperators[0].numRowsTotal), want.batches.map((b) => b.state_rows));
  assert.deepEqual(got.map(({ rows }) => rowValues(rows, want.columns)),
    want.batches.map((b) => rowValues(b.rows.map((r) => Object.fromEntries(want.columns.map((col, k) => [col, r[k]]))), want.columns)));
  // An outer join without watermarks and a time range is refused at start(), as Spark refuses it.
  const bare = spark.memoryStream("clicks2", "clickAdId INT, clickTime TIMESTAMP").toDF();
  assert.throws(() => imp.toDF().join(bare, F.expr("clickAdId = impressionAdId"), "leftOuter").writeStream.format("memory").queryName("nope").start(),
    (e) => e.name === "AnalysisException" && e.condition === "_LEGACY_ERROR_TEMP_3102" && /LeftOuter join between two streaming/.test(e.message));
  assert.throws(() => imp.toDF().join(bare, [F.col("clickAdId"), "x"]), TypeError);
});

test("functions.window_time in JS: the guide's chained window aggregation (10-minute counts rolled up per hour), Spark's batches", async () => {
  const dir = join(CASES, "ssjoin_chained_window_time_by_word");
  const want = sparkBatches(dir);
  const spark = await SparkSession.builder().getOrCreate();
  assert.equal(typeof F.window_time, "function");
  const words = spark.memoryStream("words", "timestamp TIMESTAMP, word STRING");
  const windowedCounts = words.toDF().withWatermark("timestamp", "10 minutes")
    .groupBy(F.window("timestamp", "10 minutes", "5 minutes"), "word").count();
  const hourly = windowedCounts.groupBy(F.window(F.window_time(F.col("window")), "1 hour"), "word")
    .agg(F.sum("count").alias("total"));
  assert.deepEqual(hourly.columns, want.columns);
  const got = collectBatches(hourly, (s) => words.addData(stepFile(dir, s, ".json")), stepNames(dir));
  assert.deepEqual(got.map(({ p }) => p.eventTime.watermark), want.batches.map((b) => b.watermark));
  assert.deepEqual(got.map(({ rows }) => rowValues(rows, want.columns)),
    want.batches.map((b) => rowValues(b.rows.map((r) => Object.fromEntries(want.columns.map((col, k) => [col, r[k]]))), want.columns)));
  // window_time's value and Spark's name for it.
  const t = spark.createDataFrame([{ t: "2025-03-01T10:04:00Z" }], "t TIMESTAMP")
    .select(F.window("t", "10 minutes").alias("window")).select(F.window_time("window"), F.window_time(F.col("window")).alias("wt"));
  assert.deepEqual(t.collect(), [{ "window_time(window)": "2025-03-01T10:09:59.999999Z", wt: "2025-03-01T10:09:59.999999Z" }]);
});

test("startScript + stepTraced on a stream-stream join: the plan names both sides, progress has each side's state rows", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const src = readFileSync(join(root, "examples", "ad_clicks_join.py"), "utf8");
  spark.startScript(src);
  const data = join(root, "examples", "data", "ad_clicks");
  const add = (n) => spark.addFile(`examples/data/ad_clicks/${n}`, readFileSync(join(data, n), "utf8"));
  add("impressions-00.json");
  add("clicks-00.json");
  const [q] = spark.stepTraced().queries;
  assert.equal(q.ran, true);
  assert.match(q.plan, /StreamingSymmetricHashJoin \[impressionAdId\], \[clickAdId\], LeftOuter/);
  assert.match(q.plan, /EventTimeWatermark impressionTime[\s\S]*EventTimeWatermark clickTime/);
  assert.deepEqual(q.progress.sources.map((s) => s.numInputRows), [5, 2], "the sources in the plan's order: impressions, clicks");
  assert.deepEqual(q.progress.stateOperators[0].customMetrics, { leftRows: 5, rightRows: 2 });
  assert.equal(q.rows.length, 2);
  assert.ok(q.rows.every((r) => r.clickAdId === r.impressionAdId), "batch 0: two impressions clicked within the hour");
});

// Rows as JS objects go in as columns converted in JS; the JSON path (JSON.stringify and
// the engine's reader) is the reference. Both streams get the same rows, and their
// memory sinks must hold the same Arrow bytes.
function fastAndJson(spark, name, ddl) {
  const fast = spark.memoryStream(`${name}_fast`, ddl);
  const json = spark.memoryStream(`${name}_json`, ddl);
  const qf = fast.toDF().writeStream.format("memory").queryName(`${name}_fast_out`).start();
  const qj = json.toDF().writeStream.format("memory").queryName(`${name}_json_out`).start();
  return {
    fast,
    add(rows) {
      const threw = [];
      for (const f of [() => fast.addData(rows), () => json._addJson(rows)]) {
        try {
          f();
          threw.push(null);
        } catch (e) {
          threw.push(String(e));
        }
      }
      assert.equal(threw[0], threw[1], "both paths fail alike");
      return fast._lastPath;
    },
    check() {
      qf.processAllAvailable();
      qj.processAllAvailable();
      const a = spark.sql(`SELECT * FROM ${name}_fast_out`);
      const b = spark.sql(`SELECT * FROM ${name}_json_out`);
      assert.deepEqual(a.collect(), b.collect());
      assert.deepEqual(Buffer.from(a.toArrowIPC()), Buffer.from(b.toArrowIPC()));
      return a.collect();
    },
  };
}

const TRICKY_DDL = "s STRING, d DOUBLE, f FLOAT, l BIGINT, i INT, sh SMALLINT, b TINYINT, flag BOOLEAN, t TIMESTAMP, day DATE";
const MISSING = Symbol("missing");
const TRICKY = {
  s: ["plain", "", "é😀 ünïcode", 12.5, 1e21, -0, NaN, Infinity, true, false, null, undefined, MISSING,
    new Date(Date.UTC(2025, 2, 1, 10)), new Date(NaN), () => 1, 'with "quotes", \\ and\nnewline', "\u0000"],
  d: [1.5, -0, NaN, Infinity, -Infinity, "NaN", "Infinity", "-INF", "+INF", "INF", "+Infinity", "-Infinity",
    "1.5", true, null, undefined, MISSING, 1e308, 5e-324, -123456.789, "__proto__", "constructor"],
  f: [1.1, 3.4e39, -3.4e39, "NaN", 0.1, 16777217, null, "x"],
  l: [0, -1, 2 ** 53 - 1, -(2 ** 53 - 1), 1.5, 1e21, 1e22, "5", true, NaN, -0, null, MISSING],
  i: [2147483647, 2147483648, -2147483648, -2147483649, 3.0, 3.5, -0, 1e21, "7", null],
  sh: [32767, 32768, -32768, -32769, 12, 1.25],
  b: [127, 128, -128, -129, 0, false],
  flag: [true, false, 1, 0, "true", null, MISSING, undefined],
  t: ["2025-03-01T10:00:00Z", "2025-03-01 10:00:00", "2025-03-01", "2025", "", "garbage", 1700000000, 1.5, -5,
    new Date(Date.UTC(2025, 2, 1, 10, 0, 0, 123)), new Date(NaN), new Date(-62198755200000), new Date(253402300800000),
    new Date(-62167219200000), "2025-03-01T10:00:00.123456789+02:00", " 2025-03-01T10:00:00Z ", 1e21, 2 ** 53 - 1, false, null, MISSING],
  day: ["2025-03-01", "2025-03-01T10:00:00Z", "bad", 20000, new Date(Date.UTC(2025, 2, 1)), true, null, "2025-3-1"],
};

function trickyRows(n) {
  const rows = [];
  for (let k = 0; k < n; k++) {
    const r = { extra: { nested: [k] } };
    for (const [col, vals] of Object.entries(TRICKY)) {
      const v = vals[(k + col.length) % vals.length];
      if (v !== MISSING) r[col] = v;
    }
    rows.push(r);
  }
  return rows;
}

test("JS objects go in as columns with the same rows as through JSON: NULLs, missing fields, casts, non-numeric floats, timestamps, dates, Unicode", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const t = fastAndJson(spark, "tricky", TRICKY_DDL);
  // Every value of each list meets every other column's values in some row.
  assert.equal(t.add(trickyRows(2000)), "columns");
  assert.equal(t.add([]), "columns");
  assert.equal(t.add([{}, Object.create(null)]), "columns");
  // Equal strings share one copy while few differ; a column of mostly distinct strings
  // stops looking them up part way (here after 2048 repeated ones), with the same rows.
  const many = Array.from({ length: 6000 }, (_, k) => {
    const j = k < 2048 ? k % 3 : k;
    return { s: `v${j}`, t: new Date(Date.UTC(2025, 2, 1) + j * 1000).toISOString(), day: `2025-03-${1 + (j % 28)}` };
  });
  assert.equal(t.add(many), "columns");
  const rows = t.check();
  assert.equal(rows.length, 8002);
  // Spot checks of what both paths give.
  assert.equal(rows.filter((r) => r.l === 2 ** 53 - 1).length > 0, true);
  assert.equal(rows.filter((r) => r.i === 2147483647).length > 0, true);
  assert.ok(rows.some((r) => r.t === null) && rows.some((r) => r.t === "2025-03-01T10:00:00Z"));
});

test("JS objects the columns cannot take with certainty go through JSON, with the same rows or the same error", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const t = fastAndJson(spark, "fallback", "s STRING, l BIGINT, t TIMESTAMP");
  class Row {
    constructor() {
      this.s = "own";
    }
    get l() {
      return 5;
    }
  }
  const cases = [
    [{ s: { nested: 1 } }], // a nested value in a string column: its JSON text
    [{ s: [1, "a"] }],
    [{ l: 2 ** 60 }], // beyond 2^53: the JSON reader takes its shortest decimal form
    [{ l: -(2 ** 53) - 2 }],
    [{ t: 2 ** 60 }],
    [{ s: "lone \uD800 surrogate" }],
    [{ s: "a\uD83D" }, { s: "\uDE00b" }], // a pair split across two cells
    [new Row()], // a getter on the prototype is not in JSON
    [{ s: "x", toJSON: () => ({ s: "y" }) }],
    [{ s: "x" }, null], // a row that is not an object: all NULL
    [{ s: "x" }, 5],
    [{ t: { toJSON: () => "2025-03-01T10:00:00Z" } }],
    [{ l: 1n }], // a BigInt: JSON.stringify throws
    [{ s: new String("boxed") }],
  ];
  for (const rows of cases) assert.equal(t.add(rows), "json", JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? `${v}n` : v)));
  assert.equal(t.add([{ s: "a😀", l: 2 ** 53 - 1, t: new Date(0) }]), "columns");
  const rows = t.check();
  assert.ok(rows.some((r) => r.s === '{"nested":1}'));
  assert.ok(rows.some((r) => r.s === "own" && r.l === null));
});

test("a stream whose schema has a nested type or a corrupt-record column takes JS objects through JSON", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  for (const [name, ddl, row] of [
    ["nested_in", "a STRUCT<x: INT>, s STRING", { a: { x: 1 }, s: "k" }],
    ["corrupt_in", "l BIGINT, _corrupt_record STRING", { l: "nope" }],
  ]) {
    const t = fastAndJson(spark, name, ddl);
    assert.equal(t.add([row]), "json");
    t.check();
  }
});

test("a trigger of 0 runs the batch as soon as the code that added rows returns; a processingTime trigger waits for its interval", async () => {
  const spark = await SparkSession.builder().getOrCreate();
  const input = spark.memoryStream("wake_in", "k STRING, v INT");
  const fast = [];
  const slow = [];
  const q0 = input.toDF().writeStream.foreachBatch((rows) => fast.push(...rows)).start();
  const q1 = input.toDF().writeStream.trigger({ processingTime: "1 hour" }).foreachBatch((rows) => slow.push(...rows)).start();
  // Both queries have run their first (empty) look and wait on timers.
  await new Promise((r) => setTimeout(r, 20));
  input.addData([{ k: "a", v: 1 }]);
  assert.equal(fast.length, 0, "not within addData itself");
  await Promise.resolve();
  assert.deepEqual(fast, [{ k: "a", v: 1 }]);
  assert.deepEqual(slow, []);
  q0.stop();
  q1.stop();
  input.addData([{ k: "b", v: 2 }]);
  await Promise.resolve();
  assert.equal(fast.length, 1, "a stopped query is not woken");
});
