// The types against what the engine emits: for each typed object, a table of its keys
// (tsc makes the table name every key of the type and no other; `true` where the type
// requires the key), and real objects from queries in Node checked against it — no key
// the type lacks, every key it requires. Run by typed.test.mjs; prints one line per
// kind of object checked, or throws.

import * as runnel from "runnel";
import { SparkSession, functions as F } from "runnel";
import type {
  EventTimeStats,
  QueryProgressEvent,
  QueryStartedEvent,
  QueryTerminatedEvent,
  SinkProgress,
  SourceProgress,
  StateOperatorProgress,
  StreamingQueryProgress,
  StreamingQueryStatus,
} from "runnel";

type Keys<T> = { [K in keyof T]-?: undefined extends T[K] ? false : true };

const progressKeys: Keys<StreamingQueryProgress> = {
  id: true,
  runId: true,
  name: true,
  timestamp: true,
  batchId: true,
  batchDuration: true,
  numInputRows: true,
  inputRowsPerSecond: false,
  processedRowsPerSecond: false,
  durationMs: true,
  eventTime: false,
  stateOperators: true,
  sources: true,
  sink: true,
  observedMetrics: false,
};
const eventTimeKeys: Keys<EventTimeStats> = { avg: false, max: false, min: false, watermark: false };
const stateKeys: Keys<StateOperatorProgress> = {
  operatorName: true,
  numRowsTotal: true,
  numRowsUpdated: true,
  allUpdatesTimeMs: true,
  numRowsRemoved: true,
  allRemovalsTimeMs: true,
  commitTimeMs: true,
  memoryUsedBytes: true,
  numRowsDroppedByWatermark: true,
  numShufflePartitions: true,
  numStateStoreInstances: true,
  customMetrics: false,
};
const sourceKeys: Keys<SourceProgress> = {
  description: true,
  startOffset: true,
  endOffset: true,
  latestOffset: true,
  numInputRows: true,
  inputRowsPerSecond: false,
  processedRowsPerSecond: false,
  metrics: false,
};
const sinkKeys: Keys<SinkProgress> = { description: true, numOutputRows: true, metrics: false };
const statusKeys: Keys<StreamingQueryStatus> = { message: true, isDataAvailable: true, isTriggerActive: true };
const startedKeys: Keys<QueryStartedEvent> = { id: true, runId: true, name: true, timestamp: true, jobTags: true };
const progressEventKeys: Keys<QueryProgressEvent> = { progress: true };
const terminatedKeys: Keys<QueryTerminatedEvent> = { id: true, runId: true, exception: true, errorClassOnException: true };

// The values the types say the module exports (tsc: all of them, no other), against
// what it exports (a class declared but not exported would compile and fail at run time).
const exported: Record<keyof typeof runnel, true> = {
  initRunnel: true,
  loadParquetCodec: true,
  Column: true,
  Window: true,
  WindowSpec: true,
  functions: true,
  GroupedData: true,
  DataFrame: true,
  MemoryInput: true,
  DataStreamWriter: true,
  StreamingQuery: true,
  SparkSession: true,
  runScript: true,
  runOracleCase: true,
  compareOracle: true,
};
const actual = Object.keys(runnel).filter((k) => !k.startsWith("_"));
const undeclared = actual.filter((k) => !(k in exported));
const absent = Object.keys(exported).filter((k) => !actual.includes(k));
console.log(`exports: ${undeclared.length ? `undeclared ${undeclared.join(" ")}` : "all declared"}, ${absent.length ? `absent ${absent.join(" ")}` : "none absent"}`);

const seen = new Map<string, Set<string>>();
const terminated: QueryTerminatedEvent[] = [];

/** `obj` has no key `keys` lacks and every key it requires; records which keys were seen. */
function check(what: string, obj: object, keys: Record<string, boolean>): void {
  const have = Object.keys(obj);
  const extra = have.filter((k) => !(k in keys));
  const missing = Object.keys(keys).filter((k) => keys[k] && !have.includes(k));
  if (extra.length || missing.length) {
    throw new Error(`${what}: keys the type lacks ${JSON.stringify(extra)}, required keys missing ${JSON.stringify(missing)} in ${JSON.stringify(obj)}`);
  }
  const s = seen.get(what) ?? new Set<string>();
  for (const k of have) s.add(k);
  seen.set(what, s);
}

function checkProgress(p: StreamingQueryProgress): void {
  check("StreamingQueryProgress", p, progressKeys);
  if (p.eventTime) check("EventTimeStats", p.eventTime, eventTimeKeys);
  for (const o of p.stateOperators) check("StateOperatorProgress", o, stateKeys);
  for (const s of p.sources) check("SourceProgress", s, sourceKeys);
  check("SinkProgress", p.sink, sinkKeys);
}

const spark = await SparkSession.builder().getOrCreate();
spark.streams.addListener({
  onQueryStarted: (e) => check("QueryStartedEvent", e, startedKeys),
  onQueryProgress: (e) => {
    check("QueryProgressEvent", e, progressEventKeys);
    checkProgress(e.progress);
  },
  onQueryTerminated: (e) => {
    check("QueryTerminatedEvent", e, terminatedKeys);
    terminated.push(e);
  },
});

// A listener that throws: logged, and the queries and the other listeners go on (Spark's
// listener bus); removed before the end, it hears nothing more.
let thrown = 0;
const throwing = {
  onQueryProgress(): void {
    thrown++;
    throw new Error("a listener's own error");
  },
};
spark.streams.addListener(throwing);
const quietError = console.error;
console.error = () => {};

// A watermarked windowed count, a deduplication, and a stream-stream join (customMetrics).
const imp = spark.memoryStream("impressions", "adId INT, impressionTime TIMESTAMP");
const clk = spark.memoryStream("clicks", "clickAdId INT, clickTime TIMESTAMP");
const queries = [
  imp.toDF().withWatermark("impressionTime", "1 hour").groupBy(F.window("impressionTime", "10 minutes")).count()
    .writeStream.outputMode("append").format("memory").queryName("counts").start(),
  imp.toDF().dropDuplicates(["adId"]).writeStream.format("noop").start(),
  imp.toDF().withWatermark("impressionTime", "2 hours")
    .join(clk.toDF().withWatermark("clickTime", "3 hours"),
      F.expr("clickAdId = adId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"), "leftOuter")
    .writeStream.foreachBatch(() => {}).start(),
];
imp.addData([{ adId: 1, impressionTime: "2025-03-01T10:00:00Z" }, { adId: 2, impressionTime: "2025-03-01T10:05:00Z" }]);
clk.addData([{ clickAdId: 1, clickTime: "2025-03-01T10:20:00Z" }]);
for (const q of queries) q.processAllAvailable();
console.error = quietError;
spark.streams.removeListener(throwing);
const thrownBefore = thrown;
imp.addData([{ adId: 3, impressionTime: "2025-03-01T13:10:00Z" }]);
for (const q of queries) {
  q.processAllAvailable();
  for (const p of q.recentProgress) checkProgress(p);
  const last = q.lastProgress;
  if (last !== null) checkProgress(last);
  check("StreamingQueryStatus", q.status, statusKeys);
}
// A query that fails: its terminated event carries the error and its condition.
const bad = spark.memoryStream("bad", "v INT");
const failing = bad.toDF().select(F.expr("assert_true(v > 0)")).writeStream.format("noop").start();
bad.addData([{ v: 0 }]);
let failed: Error | null = null;
try {
  failing.processAllAvailable();
} catch (e) {
  failed = e as Error;
}
if (failed === null || failing.exception() === null) throw new Error("the failing query did not fail");
const end = terminated.find((e) => e.id === failing.id);
console.log(`failed query: ${end?.errorClassOnException ?? "no condition"}; ${end?.exception?.includes("terminated with exception") ? "Spark's message" : end?.exception ?? "no exception"}`);
for (const q of queries) q.stop();
console.log(`throwing listener: ${thrownBefore > 0 ? "heard, then" : "never heard,"} ${thrown === thrownBefore ? "removed" : "still called"}`);

for (const [what, keys] of [...seen.entries()].sort()) console.log(`${what}: ${[...keys].sort().join(" ")}`);
