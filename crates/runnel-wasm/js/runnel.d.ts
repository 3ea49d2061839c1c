// Types of Runnel's JavaScript API (PySpark's names). Hand-written, except the
// functions of Spark's registry (`runnel_functions.d.ts`, which build.sh generates from
// the engine's function catalog). They hold under `tsc --strict` without
// `skipLibCheck`, with or without the DOM library (tests/wasm/typed checks both).

import type { RegistryFunctions } from "./runnel_functions.js";

/** A row as a plain object: column name → value (JSON's types; timestamps as ISO text). */
export type Row = Record<string, unknown>;
/** A Column, or a column name (`"a"`, `"a.b"` for a struct field, `"*"`). */
export type ColumnOrName = Column | string;
/** A value written into the query as a literal: here a string is text, not a column name. */
export type Literal = string | number | bigint | boolean | Date | null | Column;
/**
 * A function's column argument: a Column, a column name (a string always names a
 * column), or a number, bigint, boolean, Date or null taken as a literal.
 */
export type ColumnLike = Column | string | number | bigint | boolean | Date | null;
/** A JSON value (sources' offsets, oracle cases). */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** Where the engine's wasm comes from: its bytes, a URL (text or `URL`). */
export type InitInput = ArrayBuffer | ArrayBufferView | string | { readonly href: string };

/** Loads the engine once (Node reads the .wasm next to runnel.js; browsers fetch it). */
export declare function initRunnel(source?: InitInput): Promise<void>;
/** Loads the Parquet codec module once (sessions use it through `spark.loadParquet()`). */
export declare function loadParquetCodec(source?: InitInput): Promise<unknown>;

/** A column expression (Spark SQL text, parsed by the engine as `expr()` is). */
/** PySpark's `WindowSpec`: partitioning, ordering and frame of a window function. */
export declare class WindowSpec {
  private constructor();
  partitionBy(...cols: ColumnLike[]): WindowSpec;
  partitionBy(cols: ColumnLike[]): WindowSpec;
  orderBy(...cols: ColumnLike[]): WindowSpec;
  orderBy(cols: ColumnLike[]): WindowSpec;
  /** Rows before (negative) and after the current one; `Window.unboundedPreceding` etc. */
  rowsBetween(start: number, end: number): WindowSpec;
  /** Order-key distances (one numeric ORDER BY key). */
  rangeBetween(start: number, end: number): WindowSpec;
  /** The window as SQL (inside `OVER (...)`). */
  readonly sql: string;
}

/** PySpark's `Window`: where window specifications start. */
export declare const Window: {
  readonly unboundedPreceding: number;
  readonly unboundedFollowing: number;
  readonly currentRow: number;
  partitionBy(...cols: ColumnLike[]): WindowSpec;
  orderBy(...cols: ColumnLike[]): WindowSpec;
  rowsBetween(start: number, end: number): WindowSpec;
  rangeBetween(start: number, end: number): WindowSpec;
};

export declare class Column {
  private constructor();
  /** The expression's SQL text. */
  readonly sql: string;
  alias(name: string): Column;
  name(name: string): Column;
  // Operands: a Column, or a literal (a string is text here, as in PySpark's operators).
  plus(other: Literal): Column;
  minus(other: Literal): Column;
  multiply(other: Literal): Column;
  divide(other: Literal): Column;
  mod(other: Literal): Column;
  eq(other: Literal): Column;
  equalTo(other: Literal): Column;
  ne(other: Literal): Column;
  notEqual(other: Literal): Column;
  eqNullSafe(other: Literal): Column;
  lt(other: Literal): Column;
  leq(other: Literal): Column;
  gt(other: Literal): Column;
  geq(other: Literal): Column;
  and(other: Column | boolean): Column;
  or(other: Column | boolean): Column;
  not(): Column;
  isNull(): Column;
  isNotNull(): Column;
  isin(...values: Literal[]): Column;
  isin(values: Literal[]): Column;
  between(lowerBound: Literal, upperBound: Literal): Column;
  like(pattern: string): Column;
  rlike(pattern: string): Column;
  /** `cast("int")`, `cast("timestamp")`, `cast("array<string>")`: a Spark SQL type. */
  cast(dataType: string): Column;
  astype(dataType: string): Column;
  getField(name: string): Column;
  getItem(key: Literal): Column;
  asc(): Column;
  desc(): Column;
  /** After `functions.when(...)`: another branch (a string condition is SQL text). */
  when(condition: Column | string, value: Literal): Column;
  /** After `functions.when(...)`: the value when no branch holds. */
  otherwise(value: Literal): Column;
  toString(): string;
  asc_nulls_first(): Column;
  asc_nulls_last(): Column;
  desc_nulls_first(): Column;
  desc_nulls_last(): Column;
  /** PySpark's `over(window)`: this window function or aggregate over a window. */
  over(window?: WindowSpec): Column;
}

/** The functions `functions` defines itself (the rest come from the engine's registry). */
export interface CoreFunctions {
  col(name: string): Column;
  column(name: string): Column;
  lit(value: Literal): Column;
  /** A Spark SQL expression: `expr("value * 2 AS doubled")`. */
  expr(sql: string): Column;
  /** `count()` or `count("*")` counts rows; `count(col)` the non-null values. */
  count(col?: ColumnOrName): Column;
  countDistinct(col: ColumnOrName, ...cols: ColumnOrName[]): Column;
  current_timestamp(): Column;
  /** `when(condition, value)` (a string condition is SQL text); chain `.when()` / `.otherwise()`. */
  when(condition: Column | string, value: Literal): Column;
  asc(col: ColumnOrName): Column;
  desc(col: ColumnOrName): Column;
  asc_nulls_first(col: ColumnOrName): Column;
  asc_nulls_last(col: ColumnOrName): Column;
  desc_nulls_first(col: ColumnOrName): Column;
  desc_nulls_last(col: ColumnOrName): Column;
  /** A join hint: returns the DataFrame (the rows are the same with or without it). */
  broadcast<T>(df: T): T;
  /** A function of Spark's by its name: `call_function("upper", "s")`. */
  call_function(funcName: string, ...cols: ColumnOrName[]): Column;
  /** Tumbling (`"10 minutes"`) or sliding (with `slideDuration`) event-time windows, for `groupBy`. */
  window(timeColumn: ColumnOrName, windowDuration: string, slideDuration?: string, startTime?: string): Column;
  /** Session windows closed by a gap of inactivity, for `groupBy`. */
  session_window(timeColumn: ColumnOrName, gapDuration: string | Column): Column;
  /** The last instant of a window (`window.end` minus one microsecond), an event time again. */
  window_time(windowColumn: ColumnOrName): Column;
  /** `sum`, under the name Python code uses beside the builtin. */
  sum_(col: ColumnOrName): Column;
}

/** Spark's functions, as `pyspark.sql.functions` names them. */
export interface Functions extends CoreFunctions, Omit<RegistryFunctions, keyof CoreFunctions> {}
/** Spark's functions, as `pyspark.sql.functions` names them (filled in by `initRunnel`). */
export declare const functions: Functions;

export type JoinHow = "inner" | "cross" | "outer" | "full" | "fullouter" | "full_outer" | "fullOuter"
  | "left" | "leftouter" | "left_outer" | "leftOuter" | "right" | "rightouter" | "right_outer" | "rightOuter"
  | "semi" | "leftsemi" | "left_semi" | "leftSemi" | "anti" | "leftanti" | "left_anti" | "leftAnti";

/** `df.groupBy(...)`. */
export declare class GroupedData {
  private constructor();
  /** Aggregate Columns (`F.sum("v").alias("total")`), or `{column: "sum" | "avg" | ...}`. */
  agg(exprs: Record<string, string>): DataFrame;
  agg(...cols: Column[]): DataFrame;
  agg(cols: Column[]): DataFrame;
  count(): DataFrame;
  /** One column per value of `col` (and aggregate); without values, the column's distinct values, sorted. */
  pivot(col: ColumnOrName, values?: Literal[]): GroupedData;
  sum(...cols: string[]): DataFrame;
  avg(...cols: string[]): DataFrame;
  mean(...cols: string[]): DataFrame;
  min(...cols: string[]): DataFrame;
  max(...cols: string[]): DataFrame;
}

/** What the http, sse and websocket sources received, dropped and failed to read. */
export interface LiveSource {
  readonly received: number;
  readonly dropped: number;
  readonly errors: number;
  close(): void;
}

/** A DataFrame: batch or streaming. */
export declare class DataFrame {
  private constructor();
  readonly spark: SparkSession;
  readonly columns: string[];
  readonly isStreaming: boolean;
  /** The schema as DDL text. */
  readonly schema: string;
  /** Set on DataFrames from the http, sse and websocket sources. */
  source?: LiveSource;
  select(...cols: ColumnOrName[]): DataFrame;
  select(cols: ColumnOrName[]): DataFrame;
  selectExpr(...exprs: (string | string[])[]): DataFrame;
  /** A Column condition, or SQL text (`"value > 10"`). */
  filter(condition: Column | string): DataFrame;
  where(condition: Column | string): DataFrame;
  withColumn(colName: string, col: Column): DataFrame;
  withColumnRenamed(existing: string, newName: string): DataFrame;
  drop(...cols: (string | string[])[]): DataFrame;
  /** `withWatermark("timestamp", "10 minutes")`. */
  withWatermark(eventTime: string, delayThreshold: string): DataFrame;
  /**
   * `observe("metrics", F.count(F.lit(1)).alias("rows"), F.sum("n").alias("total"))`: rows pass
   * unchanged; each micro-batch's metrics (aggregates over its rows) are in its progress's
   * `observedMetrics`.
   */
  observe(name: string, ...exprs: Column[]): DataFrame;
  observe(name: string, exprs: Column[]): DataFrame;
  groupBy(...cols: ColumnOrName[]): GroupedData;
  groupBy(cols: ColumnOrName[]): GroupedData;
  rollup(...cols: ColumnOrName[]): GroupedData;
  cube(...cols: ColumnOrName[]): GroupedData;
  /** Each set's columns among `cols` (`groupingSets([["k"], []], "k")`). */
  groupingSets(sets: ColumnOrName[][], ...cols: ColumnOrName[]): GroupedData;
  groupby(...cols: ColumnOrName[]): GroupedData;
  groupby(cols: ColumnOrName[]): GroupedData;
  agg(...cols: Column[]): DataFrame;
  agg(exprs: Record<string, string>): DataFrame;
  dropDuplicates(subset?: string[]): DataFrame;
  drop_duplicates(subset?: string[]): DataFrame;
  dropDuplicatesWithinWatermark(subset?: string[]): DataFrame;
  distinct(): DataFrame;
  /** A number fills the numeric columns (NaN too), a string the string ones, a boolean the boolean ones; an object fills its columns. */
  fillna(value: number | string | boolean | Record<string, number | string | boolean>, subset?: string | string[]): DataFrame;
  /** Drops rows with fewer than `thresh` values that are neither null nor NaN (all of them for "any", one for "all"). */
  dropna(how?: "any" | "all", thresh?: number, subset?: string | string[]): DataFrame;
  readonly na: {
    fill(value: number | string | boolean | Record<string, number | string | boolean>, subset?: string | string[]): DataFrame;
    drop(how?: "any" | "all", thresh?: number, subset?: string | string[]): DataFrame;
  };
  limit(num: number): DataFrame;
  orderBy(...cols: ColumnOrName[]): DataFrame;
  orderBy(cols: ColumnOrName[]): DataFrame;
  sort(...cols: ColumnOrName[]): DataFrame;
  sort(cols: ColumnOrName[]): DataFrame;
  union(other: DataFrame): DataFrame;
  unionAll(other: DataFrame): DataFrame;
  /**
   * `on`: column name(s) both sides share, a Column condition, or Column conditions (ANDed).
   * Two streaming DataFrames make a stream-stream join (outer joins need watermarks and a time range).
   */
  join(other: DataFrame, on?: string | string[] | Column | Column[] | null, how?: JoinHow): DataFrame;
  crossJoin(other: DataFrame): DataFrame;
  printSchema(): void;
  show(n?: number, truncate?: boolean | number): void;
  collect(): Row[];
  count(): number;
  toArrowIPC(): Uint8Array;
  createOrReplaceTempView(name: string): void;
  readonly writeStream: DataStreamWriter;
}

/** Rows pushed from JS into a memory stream (`spark.memoryStream(name, ddl)`). */
export declare class MemoryInput {
  private constructor();
  readonly name: string;
  /** The schema as DDL text. */
  readonly ddl: string;
  /**
   * Plain objects, JSON text (an array or JSON lines), or bytes: JSON text as UTF-8 when
   * its first character is `{` or `[` (what fetch's arrayBuffer() and a binary WebSocket
   * message give), else an Arrow IPC stream; returns the rows added.
   */
  addData(rows: Row[] | string | Uint8Array | ArrayBuffer): number;
  /** Rows added and not yet processed by every query reading the stream (the rest is forgotten). */
  readonly heldRows: number;
  toDF(): DataFrame;
}

/** A micro-batch as `foreachBatch` hands it over, beside its rows. */
export interface BatchHandle {
  toArrowIPC(): Uint8Array;
  numRows(): number;
}

/** The formats `spark.readStream` / `spark.read` know (others fail at `load()` with Spark's error). */
export type SourceFormat = "memory" | "rate" | "json" | "text" | "csv" | "parquet" | "delta" | "kafka"
  | "http" | "sse" | "websocket" | (string & {});
/** The sinks `writeStream.format()` knows. */
export type SinkFormat = "console" | "memory" | "noop" | "json" | "csv" | "text" | "parquet" | "delta"
  | "kafka" | (string & {});

/** `spark.readStream` and `spark.read`. */
export interface DataStreamReader {
  format(source: SourceFormat): this;
  option(key: string, value: string | number | boolean): this;
  options(options: Record<string, string | number | boolean>): this;
  /** The schema as DDL text: `"timestamp TIMESTAMP, word STRING"`. */
  schema(schema: string): this;
  load(path?: string): DataFrame;
  json(path: string): DataFrame;
  text(path: string): DataFrame;
  csv(path: string): DataFrame;
  parquet(path: string): DataFrame;
}

export type OutputMode = "append" | "update" | "complete";

/** `df.writeStream`. */
export declare class DataStreamWriter {
  private constructor();
  outputMode(outputMode: OutputMode): this;
  format(source: SinkFormat): this;
  queryName(queryName: string): this;
  option(key: string, value: string | number | boolean): this;
  options(options: Record<string, string | number | boolean>): this;
  /** One of: `{ processingTime: "5 seconds" }`, `{ once: true }`, `{ availableNow: true }`, `{ continuous: "1 second" }` (Spark's continuous processing: map-like queries only, an epoch every interval). */
  trigger(trigger?: { processingTime?: string; once?: boolean; availableNow?: boolean; continuous?: string }): this;
  /** Calls `fn` with each micro-batch's rows (plain objects) and its id. */
  foreachBatch(fn: (rows: Row[], epochId: number, batch: BatchHandle) => void): this;
  start(path?: string): StreamingQuery;
}

// ---------------------------------------------------------------------------------
// Progress, status and listener events: Spark's JSON (progress.scala, listener.py).

/** Event-time statistics of a batch (ISO-8601 UTC text); keys are there when known. */
export interface EventTimeStats {
  /** The average event time of the batch's rows. */
  avg?: string;
  /** The latest event time of the batch's rows. */
  max?: string;
  /** The earliest event time of the batch's rows. */
  min?: string;
  /** The watermark the batch used (queries with `withWatermark`). */
  watermark?: string;
}

/** Spark's `StateOperatorProgress`: one stateful operator's state after a batch. */
export interface StateOperatorProgress {
  /** `stateStoreSave` (aggregation), `dedupe`, `symmetricHashJoin`, `sessionWindowStateStoreSaveExec`, .... */
  operatorName: string;
  numRowsTotal: number;
  numRowsUpdated: number;
  allUpdatesTimeMs: number;
  numRowsRemoved: number;
  allRemovalsTimeMs: number;
  commitTimeMs: number;
  memoryUsedBytes: number;
  numRowsDroppedByWatermark: number;
  numShufflePartitions: number;
  numStateStoreInstances: number;
  /** Operator-specific counters, by name (a join's `leftRows` / `rightRows`, ...). Spark leaves an empty map out. */
  customMetrics?: Record<string, number>;
}

/** Spark's `SourceProgress`: one source's part of a batch. */
export interface SourceProgress {
  description: string;
  /** The offset before the batch, as the source writes it (null before the first). */
  startOffset: JsonValue;
  endOffset: JsonValue;
  latestOffset: JsonValue;
  numInputRows: number;
  /** Left out by Spark when not finite. */
  inputRowsPerSecond?: number;
  processedRowsPerSecond?: number;
  /** Source-specific metrics; Spark leaves an empty map out. */
  metrics?: Record<string, string>;
}

/** Spark's `SinkProgress`. */
export interface SinkProgress {
  description: string;
  /** Rows written (-1 when a sink does not count them). */
  numOutputRows: number;
  /** Sink-specific metrics; Spark leaves an empty map out. */
  metrics?: Record<string, string>;
}

/** Spark's `StreamingQueryProgress` (its JSON): one micro-batch's report. */
export interface StreamingQueryProgress {
  id: string;
  runId: string;
  /** `queryName`, or null. */
  name: string | null;
  /** When the batch started (ISO-8601 UTC). */
  timestamp: string;
  batchId: number;
  batchDuration: number;
  numInputRows: number;
  /** Left out by Spark when not finite. */
  inputRowsPerSecond?: number;
  processedRowsPerSecond?: number;
  /** Milliseconds per phase (`triggerExecution`, `addBatch`, `latestOffset`, ...). */
  durationMs: Record<string, number>;
  /** Spark leaves it out when empty (no event time and no watermark). */
  eventTime?: EventTimeStats;
  stateOperators: StateOperatorProgress[];
  sources: SourceProgress[];
  sink: SinkProgress;
  /** `df.observe(name, ...)`'s metrics by name, a row each. */
  observedMetrics?: Record<string, Row>;
}

/** Spark's `StreamingQueryStatus`. */
export interface StreamingQueryStatus {
  message: string;
  isDataAvailable: boolean;
  isTriggerActive: boolean;
}

/** `onQueryStarted`'s event. */
export interface QueryStartedEvent {
  id: string;
  runId: string;
  name: string | null;
  /** When it started (ISO-8601 UTC, milliseconds). */
  timestamp: string;
  jobTags: string[];
}

/** `onQueryProgress`'s event. */
export interface QueryProgressEvent {
  progress: StreamingQueryProgress;
}

/** `onQueryIdle`'s event: a trigger found no new data. */
export interface QueryIdleEvent {
  id: string;
  runId: string;
  timestamp: string;
}

/** `onQueryTerminated`'s event. */
export interface QueryTerminatedEvent {
  id: string;
  runId: string;
  /** The error that stopped the query, or null when it was stopped or finished. */
  exception: string | null;
  /** The error's condition (`DIVIDE_BY_ZERO`, ...), when it has one. */
  errorClassOnException: string | null;
}

/**
 * `spark.streams.addListener(listener)`: Spark's `StreamingQueryListener`, hearing every
 * query of the session (including those a script started). A method may be left out.
 * What a method throws is logged with `console.error`; the query goes on, as in Spark.
 */
export interface StreamingQueryListener {
  onQueryStarted?(event: QueryStartedEvent): void;
  onQueryProgress?(event: QueryProgressEvent): void;
  onQueryIdle?(event: QueryIdleEvent): void;
  onQueryTerminated?(event: QueryTerminatedEvent): void;
}

/** The events `query.on(...)` takes, with what their listeners receive. */
export interface StreamingQueryEvents {
  /** After each micro-batch: its progress report. */
  progress: StreamingQueryProgress;
  /** When the query stops or fails: the error, or null. */
  terminated: Error | null;
}

/** A running streaming query, driven by timers (one micro-batch per trigger). */
export declare class StreamingQuery {
  private constructor();
  readonly spark: SparkSession;
  readonly id: string;
  readonly runId: string;
  readonly name: string | undefined;
  readonly isActive: boolean;
  readonly lastProgress: StreamingQueryProgress | null;
  readonly recentProgress: StreamingQueryProgress[];
  readonly status: StreamingQueryStatus;
  exception(): Error | null;
  /** Prints the physical plan the batches run (Spark's "No physical plan. Waiting for data." before the first). */
  explain(extended?: boolean): void;
  on<E extends keyof StreamingQueryEvents>(event: E, listener: (arg: StreamingQueryEvents[E]) => void): this;
  addListener<E extends keyof StreamingQueryEvents>(event: E, listener: (arg: StreamingQueryEvents[E]) => void): this;
  /** Runs batches now until nothing is left; returns how many ran. */
  processAllAvailable(): number;
  /** Resolves when the query stops (true), or after `timeoutMs` (false); rejects when it fails. */
  awaitTermination(timeoutMs?: number): Promise<boolean>;
  stop(): void;
}

/** `spark.streams`. */
export interface StreamingQueryManager {
  readonly active: StreamingQuery[];
  /** The active query with this id, or null. */
  get(id: string): StreamingQuery | null;
  /** Resolves when any query started so far stops (true), or after `timeoutMs` (false). */
  awaitAnyTermination(timeoutMs?: number): Promise<boolean>;
  /** Forgets terminated queries, so `awaitAnyTermination()` waits for the next one. */
  resetTerminated(): void;
  addListener(listener: StreamingQueryListener): void;
  removeListener(listener: StreamingQueryListener): void;
}

/** `SparkSession.builder()`. */
export interface Builder {
  appName(name: string): this;
  master(master: string): this;
  config(key: string, value: string | number | boolean): this;
  /** Loads the engine (once) and gives a session. */
  getOrCreate(): Promise<SparkSession>;
}

export interface RuntimeConfig {
  set(key: string, value: string | number | boolean): void;
  get(key: string): string | undefined;
}

export interface ScriptOptions {
  /** Files (path → text or bytes) put into the virtual file system first. */
  files?: Record<string, string | Uint8Array>;
  /** The script's file name in messages. */
  name?: string;
}

/** The entry point, as in PySpark. */
export declare class SparkSession {
  private constructor();
  static builder(): Builder;
  readonly conf: RuntimeConfig;
  readonly streams: StreamingQueryManager;
  readonly readStream: DataStreamReader;
  readonly read: DataStreamReader;
  /** Where printed text goes (console sink, `show()`, `printSchema()`). */
  setOutput(fn: (text: string) => void): void;
  sql(sqlQuery: string): DataFrame;
  createDataFrame(rows: Row[], schema: string): DataFrame;
  /** A memory stream to push rows into from JS; `schema` as DDL text. */
  memoryStream(name: string, schema: string): MemoryInput;
  /** Puts a file (text or bytes) into the virtual file system the file sources read. */
  addFile(path: string, data: string | Uint8Array): void;
  /** Runs a PySpark script; returns what it printed. */
  runScript(source: string, options?: ScriptOptions): string;
  /** `format("kafka")` reads and writes topics simulated in this page (no network; one partition). */
  simulateKafka(): this;
  /** Produces each non-empty line of `text` as one message to a simulated topic; returns how many. */
  kafkaProduce(topic: string, text: string): number;
  /** The messages of a simulated topic, key and value as text. */
  kafkaTopic(topic: string): KafkaMessage[];
  /** Loads the Parquet codec (a wasm module of its own, fetched on first use) for Parquet sources and sinks and Delta tables. */
  loadParquet(): Promise<this>;
  /** The virtual files under `prefix` (sink outputs, `_spark_metadata`, `_delta_log`, checkpoints), sorted by path. */
  listFiles(prefix?: string): { path: string; size: number }[];
  /** A virtual file's bytes, or its text with `{ text: true }`. */
  readFile(path: string, options?: { text?: false }): Uint8Array;
  readFile(path: string, options: { text: true }): string;
  /** Adds a version (JSON lines with a DDL schema) to a Delta table simulated in this page; returns the version. */
  deltaAppend(path: string, text: string, schema: string): number;
  /** Teaching tools: runs a script whose queries `stepTraced()` then drives batch by batch. */
  startScript(source: string, options?: ScriptOptions): { output: string; sql: string[] };
  /** One micro-batch of every active query started by `startScript`, with what a picture of it needs. */
  stepTraced(): { output: string; queries: TracedStep[] };
  /** Stops every query and closes the live sources. */
  stop(): void;
}

export interface KafkaMessage {
  key: string | null;
  value: string | null;
  topic: string;
  partition: number;
  offset: number;
}

export interface TracedStep {
  id: string;
  name: string | null;
  ran: boolean;
  outputMode: OutputMode;
  progress?: StreamingQueryProgress;
  watermarkMs?: number | null;
  eventTimes?: number[] | null;
  rows?: Row[];
  /** The physical plan, as `explain()` prints it (a join's sides, in the order of `progress.sources`). */
  plan?: string;
  window?: { sizeMs: number; slideMs: number; startMs: number };
  error?: { message: string; condition: string | null; exception: string; line?: number; column?: number };
}

/** Runs a PySpark script in a fresh session; returns what it printed. */
export declare function runScript(source: string, options?: ScriptOptions): Promise<string>;
/** Runs one Spark oracle case (the conformance tests); returns expected.json's format. */
export declare function runOracleCase(queryPy: string, steps: { name: string; files: { name: string; text: string }[] }[]): Promise<JsonValue>;
/** compare.py's rules: the first difference, or null. */
export declare function compareOracle(expected: JsonValue, actual: JsonValue): Promise<string | null>;
