// A web developer's use of the npm package, in TypeScript: a memory stream, an
// event-time window with a watermark, groupBy/agg, a foreachBatch sink, a query's
// progress listener and a session's StreamingQueryListener, each reading typed fields.
// typed.test.mjs checks it with `tsc --strict` (no skipLibCheck) and runs it in Node.

import { SparkSession, functions as F } from "runnel";
import type {
  QueryProgressEvent,
  QueryStartedEvent,
  QueryTerminatedEvent,
  Row,
  StreamingQueryListener,
  StreamingQueryProgress,
} from "runnel";

const spark = await SparkSession.builder().appName("typed example").getOrCreate();
spark.conf.set("spark.sql.session.timeZone", "UTC");

const events = spark.memoryStream("events", "timestamp TIMESTAMP, category STRING, value DOUBLE");

const heard: string[] = [];
const listener: StreamingQueryListener = {
  onQueryStarted(e: QueryStartedEvent) {
    heard.push(`onQueryStarted ${e.name ?? "(no name)"} ${e.id === e.runId ? "same ids" : "two ids"}`);
  },
  onQueryProgress(e: QueryProgressEvent) {
    heard.push(`onQueryProgress batch ${e.progress.batchId}`);
  },
  onQueryTerminated(e: QueryTerminatedEvent) {
    heard.push(`onQueryTerminated ${e.exception ?? "without error"}`);
  },
};
spark.streams.addListener(listener);

const totals = events
  .toDF()
  .withWatermark("timestamp", "10 minutes")
  .groupBy(F.window("timestamp", "10 minutes"), "category")
  .agg(F.sum("value").alias("total"), F.count("*").alias("n"), F.round(F.avg(F.col("value")), 1).alias("mean"));

const batches: { epochId: number; rows: Row[] }[] = [];
const query = totals.writeStream
  .outputMode("update")
  .queryName("totals")
  .foreachBatch((rows, epochId) => {
    batches.push({ epochId, rows });
  })
  .start();

const reports: StreamingQueryProgress[] = [];
query.on("progress", (p) => reports.push(p));
query.on("terminated", (error) => heard.push(`query.on terminated: ${error === null ? "stopped" : error.message}`));

events.addData([
  { timestamp: "2025-03-01T10:01:00Z", category: "books", value: 12.5 },
  { timestamp: "2025-03-01T10:03:00Z", category: "music", value: 3 },
  { timestamp: "2025-03-01T10:07:00Z", category: "books", value: 7.5 },
]);
query.processAllAvailable();
events.addData([{ timestamp: "2025-03-01T10:24:00Z", category: "books", value: 1 }]);
query.processAllAvailable();
// Late: its window ended before the watermark (10:24 - 10 minutes).
events.addData([{ timestamp: "2025-03-01T10:02:00Z", category: "books", value: 100 }]);
query.processAllAvailable();

for (const b of batches) {
  for (const r of b.rows) {
    const w = r.window as { start: string; end: string };
    console.log(`batch ${b.epochId}: ${w.start}..${w.end} ${String(r.category)} total=${String(r.total)} n=${String(r.n)} mean=${String(r.mean)}`);
  }
}
for (const p of reports) {
  const state = p.stateOperators.map((o) => `${o.operatorName} rows=${o.numRowsTotal} dropped=${o.numRowsDroppedByWatermark}`);
  const offsets = p.sources.map((s) => `${s.description} ${JSON.stringify(s.startOffset)}->${JSON.stringify(s.endOffset)}`);
  console.log(
    `progress ${p.batchId}: in=${p.numInputRows} out=${p.sink.numOutputRows} watermark=${p.eventTime?.watermark ?? "none"} ` +
      `max=${p.eventTime?.max ?? "none"} state=[${state.join("; ")}] sources=[${offsets.join("; ")}] ` +
      `timed=${typeof p.durationMs.triggerExecution === "number"}`,
  );
}
const last = query.lastProgress;
console.log(`lastProgress: ${last === null ? "none" : `batch ${last.batchId} of ${last.name ?? "?"}`}; recent ${query.recentProgress.length}`);
console.log(`active: ${spark.streams.active.length}, get: ${spark.streams.get(query.id)?.name ?? "none"}`);
query.stop();
console.log(`status: ${query.status.message}, active ${query.isActive}, data ${query.status.isDataAvailable}`);
spark.streams.removeListener(listener);
console.log(heard.join("\n"));
