// Types of Runnel's JavaScript API (PySpark's names). Hand-written: the generated
// bindings underneath take SQL text and JSON.

export type Row = Record<string, unknown>;
export type ColumnOrName = Column | string;

export declare function initRunnel(source?: BufferSource | URL | string): Promise<void>;
/** Loads the Parquet codec module once (sessions use it through `spark.loadParquet()`). */
export declare function loadParquetCodec(source?: BufferSource | URL | string): Promise<unknown>;

export declare class Column {
  readonly sql: string;
  alias(name: string): Column;
  name(name: string): Column;
  plus(o: unknown): Column; minus(o: unknown): Column; multiply(o: unknown): Column;
  divide(o: unknown): Column; mod(o: unknown): Column;
  eq(o: unknown): Column; equalTo(o: unknown): Column; ne(o: unknown): Column; notEqual(o: unknown): Column;
  eqNullSafe(o: unknown): Column; lt(o: unknown): Column; leq(o: unknown): Column;
  gt(o: unknown): Column; geq(o: unknown): Column; and(o: Column): Column; or(o: Column): Column; not(): Column;
  isNull(): Column; isNotNull(): Column; isin(...values: unknown[]): Column; between(lo: unknown, hi: unknown): Column;
  like(pattern: string): Column; rlike(pattern: string): Column; cast(type: string): Column; astype(type: string): Column;
  getField(name: string): Column; getItem(i: unknown): Column; asc(): Column; desc(): Column;
  when(cond: Column | string, value: unknown): Column; otherwise(value: unknown): Column;
}

type Fn = (...args: unknown[]) => Column;
export type JoinHow = "inner" | "cross" | "outer" | "full" | "fullouter" | "full_outer" | "fullOuter"
  | "left" | "leftouter" | "left_outer" | "leftOuter" | "right" | "rightouter" | "right_outer" | "rightOuter"
  | "semi" | "leftsemi" | "left_semi" | "leftSemi" | "anti" | "leftanti" | "left_anti" | "leftAnti";
export declare const functions: {
  col(name: string): Column; column(name: string): Column; lit(v: unknown): Column; expr(sql: string): Column;
  count(c?: ColumnOrName): Column; countDistinct(...c: ColumnOrName[]): Column; current_timestamp(): Column;
  when(cond: Column | string, value: unknown): Column; asc(c: ColumnOrName): Column; desc(c: ColumnOrName): Column;
  window(timeColumn: ColumnOrName, windowDuration: string, slideDuration?: string, startTime?: string): Column;
  session_window(timeColumn: ColumnOrName, gapDuration: string | Column): Column;
  /** The last instant of a window (`window.end` minus one microsecond), an event time again. */
  window_time(windowColumn: ColumnOrName): Column;
  sum: Fn; avg: Fn; mean: Fn; min: Fn; max: Fn; first: Fn; last: Fn; collect_list: Fn; collect_set: Fn;
  [name: string]: Fn;
};

export declare class GroupedData {
  agg(...cols: (Column | Record<string, string>)[]): DataFrame;
  count(): DataFrame; sum(...cols: string[]): DataFrame; avg(...cols: string[]): DataFrame;
  mean(...cols: string[]): DataFrame; min(...cols: string[]): DataFrame; max(...cols: string[]): DataFrame;
}

export interface LiveSource { readonly received: number; readonly dropped: number; readonly errors: number; close(): void; }

export declare class DataFrame {
  readonly columns: string[];
  readonly isStreaming: boolean;
  /** The schema as DDL text. */
  readonly schema: string;
  /** Set on DataFrames from the http, sse and websocket sources. */
  source?: LiveSource;
  select(...cols: ColumnOrName[]): DataFrame; selectExpr(...sql: string[]): DataFrame;
  filter(cond: Column | string): DataFrame; where(cond: Column | string): DataFrame;
  withColumn(name: string, c: Column): DataFrame; withColumnRenamed(a: string, b: string): DataFrame;
  drop(...names: string[]): DataFrame; withWatermark(eventTime: string, delay: string): DataFrame;
  groupBy(...cols: ColumnOrName[]): GroupedData; agg(...cols: Column[]): DataFrame;
  dropDuplicates(cols?: string[]): DataFrame; dropDuplicatesWithinWatermark(cols?: string[]): DataFrame;
  distinct(): DataFrame; limit(n: number): DataFrame; orderBy(...cols: ColumnOrName[]): DataFrame; sort(...cols: ColumnOrName[]): DataFrame;
  union(other: DataFrame): DataFrame;
  /**
   * `on`: column name(s) both sides share, a Column condition, or Column conditions (ANDed).
   * Two streaming DataFrames make a stream-stream join (outer joins need watermarks and a time range).
   */
  join(other: DataFrame, on?: string | string[] | Column | Column[] | null, how?: JoinHow): DataFrame;
  crossJoin(other: DataFrame): DataFrame;
  printSchema(): void; show(n?: number, truncate?: boolean | number): void;
  collect(): Row[]; count(): number; toArrowIPC(): Uint8Array; createOrReplaceTempView(name: string): void;
  readonly writeStream: DataStreamWriter;
}

export declare class MemoryInput {
  readonly name: string;
  /** Plain objects, JSON text, or an Arrow IPC stream; returns the rows added. */
  addData(rows: Row[] | string | Uint8Array): number;
  /** Rows added and not yet processed by every query reading the stream (the rest is forgotten). */
  readonly heldRows: number;
  toDF(): DataFrame;
}

export interface BatchHandle { toArrowIPC(): Uint8Array; numRows(): number; }

export declare class DataStreamReader {
  format(f: "memory" | "http" | "sse" | "websocket" | "rate" | "json" | "text" | string): this;
  option(k: string, v: unknown): this; options(o: Record<string, unknown>): this; schema(ddl: string): this;
  load(path?: string): DataFrame; json(path: string): DataFrame; text(path: string): DataFrame;
}

export declare class DataStreamWriter {
  outputMode(m: "append" | "update" | "complete"): this;
  format(f: "memory" | "console" | "noop" | string): this;
  queryName(n: string): this; option(k: string, v: unknown): this; options(o: Record<string, unknown>): this;
  trigger(t: { processingTime?: string; once?: boolean; availableNow?: boolean }): this;
  foreachBatch(fn: (rows: Row[], epochId: number, batch: BatchHandle) => void): this;
  start(path?: string): StreamingQuery;
}

export declare class StreamingQuery {
  readonly id: string; readonly runId: string; readonly name: string | undefined; readonly isActive: boolean;
  readonly lastProgress: Record<string, any> | null; readonly recentProgress: Record<string, any>[];
  readonly status: Record<string, any>;
  exception(): Error | null;
  /** Prints the physical plan the batches run (Spark's "No physical plan. Waiting for data." before the first). */
  explain(extended?: boolean): void;
  on(event: "progress", fn: (p: Record<string, any>) => void): this;
  on(event: "terminated", fn: (e: Error | null) => void): this;
  addListener(event: string, fn: (arg: any) => void): this;
  processAllAvailable(): number;
  awaitTermination(timeoutMs?: number): Promise<boolean>;
  stop(): void;
}

export declare class SparkSession {
  static builder(): { appName(n: string): any; master(m: string): any; config(k: string, v: unknown): any; getOrCreate(): Promise<SparkSession> };
  readonly conf: { set(k: string, v: unknown): void; get(k: string): string | undefined };
  readonly streams: { readonly active: StreamingQuery[]; awaitAnyTermination(timeoutMs?: number): Promise<boolean> };
  readonly readStream: DataStreamReader;
  readonly read: DataStreamReader;
  setOutput(fn: (text: string) => void): void;
  sql(query: string): DataFrame;
  createDataFrame(rows: Row[], ddl: string): DataFrame;
  memoryStream(name: string, ddl: string): MemoryInput;
  addFile(path: string, data: string | Uint8Array): void;
  runScript(source: string, options?: { files?: Record<string, string | Uint8Array>; name?: string }): string;
  /** `format("kafka")` reads and writes topics simulated in this page (no network; one partition). */
  simulateKafka(): this;
  /** Produces each non-empty line of `text` as one message to a simulated topic; returns how many. */
  kafkaProduce(topic: string, text: string): number;
  /** The messages of a simulated topic, key and value as text. */
  kafkaTopic(topic: string): { key: string | null; value: string | null; topic: string; partition: number; offset: number }[];
  /** Loads the Parquet codec (a wasm module of its own, fetched on first use) for Parquet sources and sinks and Delta tables. */
  loadParquet(): Promise<this>;
  /** The virtual files under `prefix` (sink outputs, `_spark_metadata`, `_delta_log`, checkpoints), sorted by path. */
  listFiles(prefix?: string): { path: string; size: number }[];
  /** A virtual file's bytes, or its text with `{ text: true }`. */
  readFile(path: string): Uint8Array;
  readFile(path: string, options: { text: true }): string;
  /** Adds a version (JSON lines with a DDL schema) to a Delta table simulated in this page; returns the version. */
  deltaAppend(path: string, text: string, ddl: string): number;
  /** Teaching tools: runs a script whose queries `stepTraced()` then drives batch by batch. */
  startScript(source: string, options?: { files?: Record<string, string | Uint8Array>; name?: string }): { output: string; sql: string[] };
  /** One micro-batch of every active query started by `startScript`, with what a picture of it needs. */
  stepTraced(): { output: string; queries: TracedStep[] };
  stop(): void;
}

export interface TracedStep {
  id: string; name: string | null; ran: boolean; outputMode: "append" | "update" | "complete";
  progress?: Record<string, any>; watermarkMs?: number | null; eventTimes?: number[] | null; rows?: Row[];
  /** The physical plan, as `explain()` prints it (a join's sides, in the order of `progress.sources`). */
  plan?: string;
  window?: { sizeMs: number; slideMs: number; startMs: number };
  error?: { message: string; condition: string | null; exception: string; line?: number; column?: number };
}

export declare function runScript(source: string, options?: { files?: Record<string, string | Uint8Array>; name?: string }): Promise<string>;
export declare function runOracleCase(queryPy: string, steps: { name: string; files: { name: string; text: string }[] }[]): Promise<any>;
export declare function compareOracle(expected: any, actual: any): Promise<string | null>;
