// What the types must refuse: each line below an `@ts-expect-error` is an error, or
// `tsc` fails with "Unused '@ts-expect-error' directive" (so `any` creeping back into
// progress, events or functions, or an index signature on `functions`, fails the check).

import { SparkSession, functions as F } from "runnel";
import type { QueryIdleEvent, StreamingQueryListener, StreamingQueryProgress } from "runnel";

export async function misuse(): Promise<void> {
  const spark = await SparkSession.builder().getOrCreate();
  const q = spark.memoryStream("m", "v INT").toDF().writeStream.format("memory").start();

  // @ts-expect-error: no such function (functions has no index signature)
  F.no_such_function("v");
  // @ts-expect-error: regexp_replace takes (string, pattern, replacement)
  F.regexp_replace("v");
  // @ts-expect-error: a registry function gives a Column
  const n: number = F.upper("v");
  // @ts-expect-error: window's duration is text
  F.window("t", 10);

  const p = q.lastProgress;
  // @ts-expect-error: lastProgress may be null
  p.batchId;
  if (p !== null) {
    // @ts-expect-error: batchId is a number
    const id: string = p.batchId;
    // @ts-expect-error: no such field in Spark's progress
    p.numOutputRows;
    // @ts-expect-error: eventTime may be left out
    p.eventTime.watermark;
    // @ts-expect-error: the sink's row count is a number
    const out: string = p.sink.numOutputRows;
    // @ts-expect-error: a state operator's name is text
    const op: number = p.stateOperators[0].operatorName;
    void id, out, op;
  }
  // @ts-expect-error: progress listeners get a StreamingQueryProgress
  q.on("progress", (r: string) => r);
  // @ts-expect-error: no such event
  q.on("finished", () => {});
  // @ts-expect-error: status fields are typed
  const active: string = q.status.isTriggerActive;

  const listener: StreamingQueryListener = {
    onQueryIdle(e: QueryIdleEvent) {
      // @ts-expect-error: an idle event has no progress
      e.progress;
    },
    // @ts-expect-error: a progress event is { progress }, not the progress itself
    onQueryProgress(e: StreamingQueryProgress) {
      void e;
    },
  };
  spark.streams.addListener(listener);
  // @ts-expect-error: output modes are Spark's three
  spark.sql("SELECT 1").writeStream.outputMode("replace");
  void n, active;
}
