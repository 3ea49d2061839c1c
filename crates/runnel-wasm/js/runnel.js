// Runnel for JavaScript: Spark Structured Streaming's API, in PySpark's names, over
// the engine compiled to WebAssembly. Works in browsers (ESM) and in Node >= 18.
//
//   import { SparkSession, functions as F } from "runnel";
//   const spark = await SparkSession.builder().getOrCreate();
//   const input = spark.memoryStream("events", "timestamp TIMESTAMP, category STRING, value DOUBLE");
//   const counts = input.toDF().withWatermark("timestamp", "5 minutes")
//     .groupBy(F.window("timestamp", "10 minutes"), "category").count();
//   const q = counts.writeStream.outputMode("update")
//     .foreachBatch((rows, epochId) => console.log(epochId, rows)).start();
//   input.addData([{ timestamp: "2025-03-01T10:01:00Z", category: "books", value: 12.5 }]);

import init, * as wasm from "./runnel_wasm.js";

let ready = null;
// The module's raw exports (for the shadow stack pointer; see `guard`).
let raw = null;

/** Loads the wasm module once (Node reads the file next to this one; browsers fetch it). */
export async function initRunnel(source) {
  if (!ready) {
    ready = (async () => {
      let src = source;
      if (!src && typeof process !== "undefined" && process.versions && process.versions.node) {
        const fsName = "node:fs/promises"; // computed, so bundlers leave it to Node
        const { readFile } = await import(/* @vite-ignore */ fsName);
        src = await readFile(new URL("./runnel_wasm_bg.wasm", import.meta.url));
      }
      raw = await init(src ? { module_or_path: src } : undefined);
      fillFunctions();
      // current_user(): under Node, the operating system's user (as Spark finds it); a
      // browser has none, and it stays empty there.
      if (typeof process !== "undefined" && process.versions && process.versions.node) {
        try {
          const osName = "node:os"; // computed, so bundlers leave it to Node
          const { userInfo } = await import(/* @vite-ignore */ osName);
          wasm.setOsUser(process.env.USER || process.env.LOGNAME || userInfo().username || "");
        } catch {
          // no user name to be had: current_user() is empty
        }
      }
    })();
  }
  return ready;
}

let parquetReady = null;

/**
 * Loads the Parquet codec once: a wasm module of its own (runnel-parquet-wasm), so pages
 * that never read or write Parquet (or Delta) do not download it.
 */
export async function loadParquetCodec(source) {
  await initRunnel();
  if (!parquetReady) {
    parquetReady = (async () => {
      const m = await import("./runnel_parquet.js");
      let src = source;
      if (!src && typeof process !== "undefined" && process.versions && process.versions.node) {
        const fsName = "node:fs/promises";
        const { readFile } = await import(/* @vite-ignore */ fsName);
        src = await readFile(new URL("./runnel_parquet_bg.wasm", import.meta.url));
      }
      await m.default(src ? { module_or_path: src } : undefined);
      return m;
    })();
  }
  return parquetReady;
}

// A Rust panic aborts the wasm call midway: what it was changing (a session's tables, a
// query's state) may be left half done. Sessions made before a panic are therefore
// closed: their next call throws a RunnelPanic that says so, their queries stop, and a
// new session (SparkSession.builder().getOrCreate()) works as before.
let panics = 0;
let lastPanic = "";

/** Turns a wasm trap into an Error carrying the Rust panic's message. */
function fixError(e) {
  if (typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError) {
    const m = wasm.takePanicMessage();
    panics++;
    lastPanic = m || e.message;
    const err = new Error(`Runnel panicked: ${lastPanic}. This session is closed; create a new one with SparkSession.builder().getOrCreate()`);
    err.name = "RunnelPanic";
    return err;
  }
  // The JS engine's own stack ran out inside the engine (the runner bounds recursion
  // and nesting below this, so this is a last resort): the call was cut short like a
  // panic, so its session is closed the same way.
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    panics++;
    lastPanic = "the JavaScript engine's stack ran out";
    const err = new Error(`RecursionError: maximum recursion depth exceeded (the JavaScript engine's stack ran out). This session is closed; create a new one with SparkSession.builder().getOrCreate()`);
    err.name = "RecursionError";
    return err;
  }
  return e;
}

/** The engine's shadow stack pointer (Rust's frames in linear memory). */
function stackPointer() {
  return raw ? raw.__wbindgen_add_to_stack_pointer(0) >>> 0 : 0;
}

/**
 * Runs a call into the engine for `spark`'s session (if given), mapping traps to Errors.
 * A trap (a panic: wasm32 aborts, it does not unwind) or a JS exception thrown through
 * the engine's frames leaves the shadow stack pointer where the innermost frame had
 * moved it: put it back, or every panic would leak stack until the module overflowed
 * its stack and every later call failed.
 */
function guard(f, spark) {
  if (spark && spark._gen !== panics) {
    const err = new Error(`This session was closed after an internal error (Runnel panicked: ${lastPanic}); create a new one with SparkSession.builder().getOrCreate()`);
    err.name = "RunnelPanic";
    throw err;
  }
  const sp = stackPointer();
  try {
    return f();
  } catch (e) {
    if (raw) raw.__wbindgen_add_to_stack_pointer((sp - stackPointer()) | 0);
    throw fixError(e);
  }
}

/** For tests of panic handling only: the engine's shadow stack pointer. */
export function _engineStackPointer() {
  return stackPointer();
}

/** For benchmarks: the size of the engine's wasm memory in bytes (0 before init). */
export function _engineMemoryBytes() {
  return raw ? raw.memory.buffer.byteLength : 0;
}

// ---------------------------------------------------------------------------------
// Columns: Spark SQL text, parsed by the engine as expr(...) is.

function ident(name) {
  if (name === "*") return "*";
  return name
    .split(".")
    .map((p) => "`" + p.replace(/`/g, "``") + "`")
    .join(".");
}

function literalSql(v) {
  if (v instanceof Column) return v.sql;
  if (v === null || v === undefined) return "NULL";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "bigint") return `${v}L`;
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "CAST('NaN' AS DOUBLE)";
    if (!Number.isFinite(v)) return v > 0 ? "CAST('Infinity' AS DOUBLE)" : "CAST('-Infinity' AS DOUBLE)";
    if (Number.isInteger(v)) return Math.abs(v) > 2147483647 ? `${v}L` : `${v}`;
    return `${v}D`;
  }
  if (v instanceof Date) return `TIMESTAMP '${v.toISOString()}'`;
  return "'" + String(v).replace(/\\/g, "\\\\").replace(/'/g, "\\'") + "'";
}

/** A column or a column name (strings name columns, as in PySpark's functions). */
function colSql(v) {
  if (v instanceof Column) return v.sql;
  if (typeof v === "string") return ident(v);
  return literalSql(v);
}

/** A column expression. */
export class Column {
  constructor(sql) {
    this.sql = sql;
  }
  toString() {
    return `Column<'${this.sql}'>`;
  }
  alias(name) {
    return new Column(`${this.sql} AS ${ident(name)}`);
  }
  name(n) {
    return this.alias(n);
  }
  _bin(op, other) {
    return new Column(`(${this.sql} ${op} ${literalSql(other)})`);
  }
  plus(o) { return this._bin("+", o); }
  minus(o) { return this._bin("-", o); }
  multiply(o) { return this._bin("*", o); }
  divide(o) { return this._bin("/", o); }
  mod(o) { return this._bin("%", o); }
  eq(o) { return this._bin("=", o); }
  equalTo(o) { return this.eq(o); }
  ne(o) { return this._bin("!=", o); }
  notEqual(o) { return this.ne(o); }
  eqNullSafe(o) { return this._bin("<=>", o); }
  lt(o) { return this._bin("<", o); }
  leq(o) { return this._bin("<=", o); }
  gt(o) { return this._bin(">", o); }
  geq(o) { return this._bin(">=", o); }
  and(o) { return this._bin("AND", o); }
  or(o) { return this._bin("OR", o); }
  not() { return new Column(`(NOT ${this.sql})`); }
  isNull() { return new Column(`(${this.sql} IS NULL)`); }
  isNotNull() { return new Column(`(${this.sql} IS NOT NULL)`); }
  isin(...vals) {
    const list = vals.length === 1 && Array.isArray(vals[0]) ? vals[0] : vals;
    return new Column(`(${this.sql} IN (${list.map(literalSql).join(", ")}))`);
  }
  between(lo, hi) { return new Column(`(${this.sql} BETWEEN ${literalSql(lo)} AND ${literalSql(hi)})`); }
  like(p) { return new Column(`(${this.sql} LIKE ${literalSql(p)})`); }
  rlike(p) { return new Column(`(${this.sql} RLIKE ${literalSql(p)})`); }
  cast(type) { return new Column(`CAST(${this.sql} AS ${type})`); }
  astype(type) { return this.cast(type); }
  getField(f) { return new Column(`${this.sql}.${ident(f)}`); }
  getItem(i) { return new Column(`${this.sql}[${literalSql(i)}]`); }
  asc() { return new Column(`${this.sql} ASC`); }
  desc() { return new Column(`${this.sql} DESC`); }
  asc_nulls_first() { return new Column(`${this.sql} ASC NULLS FIRST`); }
  asc_nulls_last() { return new Column(`${this.sql} ASC NULLS LAST`); }
  desc_nulls_first() { return new Column(`${this.sql} DESC NULLS FIRST`); }
  desc_nulls_last() { return new Column(`${this.sql} DESC NULLS LAST`); }
  /** PySpark's `over(window)`: this window function or aggregate over a `WindowSpec`. */
  over(window) {
    const w = window === undefined ? new WindowSpec() : window;
    if (!(w instanceof WindowSpec)) throw new TypeError("over() takes a WindowSpec (Window.partitionBy(...)...)");
    return new Column(`${this.sql} OVER (${w.sql})`);
  }
  when(cond, value) {
    if (!this.sql.startsWith("CASE ")) throw new Error("when() follows functions.when(...)");
    return new Column(`${this.sql.slice(0, -4)} WHEN ${colSqlCond(cond)} THEN ${literalSql(value)} END`);
  }
  otherwise(value) {
    if (!this.sql.startsWith("CASE ")) throw new Error("otherwise() follows functions.when(...)");
    return new Column(`${this.sql.slice(0, -4)} ELSE ${literalSql(value)} END`);
  }
}

/** A frame bound as SQL: PySpark's numbers (negative before the current row). */
function boundSql(v, rows) {
  if (v === Window.unboundedPreceding || v <= -9223372036854775808) return "UNBOUNDED PRECEDING";
  if (v === Window.unboundedFollowing || v >= 9223372036854775807) return "UNBOUNDED FOLLOWING";
  if (v === 0) return "CURRENT ROW";
  if (!Number.isInteger(v)) throw new TypeError(`a frame bound is an integer, got ${v}`);
  // rowsBetween makes an int, rangeBetween a long (as PySpark's JVM side does).
  return `${v}${rows ? "" : "L"} FOLLOWING`;
}

/** PySpark's `WindowSpec`: partitioning, ordering and frame of a window function. */
export class WindowSpec {
  constructor(partition = [], order = [], frame = null) {
    this._partition = partition;
    this._order = order;
    this._frame = frame;
  }
  partitionBy(...cols) { return new WindowSpec(items(cols), this._order, this._frame); }
  orderBy(...cols) { return new WindowSpec(this._partition, items(cols), this._frame); }
  rowsBetween(start, end) {
    return new WindowSpec(this._partition, this._order, `ROWS BETWEEN ${boundSql(start, true)} AND ${boundSql(end, true)}`);
  }
  rangeBetween(start, end) {
    return new WindowSpec(this._partition, this._order, `RANGE BETWEEN ${boundSql(start, false)} AND ${boundSql(end, false)}`);
  }
  /** The window as SQL (inside `OVER (...)`). */
  get sql() {
    const parts = [];
    if (this._partition.length) parts.push(`PARTITION BY ${this._partition.join(", ")}`);
    if (this._order.length) parts.push(`ORDER BY ${this._order.join(", ")}`);
    if (this._frame) parts.push(this._frame);
    return parts.join(" ");
  }
}

/** PySpark's `Window`: where window specifications start. */
export const Window = {
  unboundedPreceding: -Infinity,
  unboundedFollowing: Infinity,
  currentRow: 0,
  partitionBy: (...cols) => new WindowSpec().partitionBy(...cols),
  orderBy: (...cols) => new WindowSpec().orderBy(...cols),
  rowsBetween: (start, end) => new WindowSpec().rowsBetween(start, end),
  rangeBetween: (start, end) => new WindowSpec().rangeBetween(start, end),
};

function colSqlCond(c) {
  return c instanceof Column ? c.sql : String(c);
}

// Which arguments of a function are literals rather than column names: from the
// engine's function registry once the module is loaded (see fillFunctions).
const LITERAL_ARGS = {};

function call(name, args) {
  const lits = LITERAL_ARGS[name] || [];
  const parts = args
    .filter((a) => a !== undefined)
    .map((a, i) => (lits.includes(i) ? literalSql(a) : colSql(a)));
  return new Column(`${name}(${parts.join(", ")})`);
}

/** Spark's functions, as `pyspark.sql.functions` names them. */
export const functions = {
  col: (n) => new Column(ident(n)),
  column: (n) => new Column(ident(n)),
  lit: (v) => new Column(literalSql(v)),
  expr: (sql) => new Column(sql),
  count: (c) => new Column(c === "*" || c === undefined ? "count(1)" : `count(${colSql(c)})`),
  countDistinct: (...cs) => new Column(`count(DISTINCT ${cs.map(colSql).join(", ")})`),
  current_timestamp: () => new Column("current_timestamp()"),
  when: (cond, value) => new Column(`CASE WHEN ${colSqlCond(cond)} THEN ${literalSql(value)} END`),
  asc: (c) => new Column(`${colSql(c)} ASC`),
  desc: (c) => new Column(`${colSql(c)} DESC`),
  asc_nulls_first: (c) => new Column(`${colSql(c)} ASC NULLS FIRST`),
  asc_nulls_last: (c) => new Column(`${colSql(c)} ASC NULLS LAST`),
  desc_nulls_first: (c) => new Column(`${colSql(c)} DESC NULLS FIRST`),
  desc_nulls_last: (c) => new Column(`${colSql(c)} DESC NULLS LAST`),
  // A join hint: the rows are the same with or without it.
  broadcast: (df) => df,
  call_function: (name, ...cols) => call(name, cols),
};

// Every function the engine's registry knows, under the names PySpark has (SQL-only
// aliases such as `len` stay SQL-only), filled in once the wasm module is loaded.
function fillFunctions() {
  for (const f of JSON.parse(wasm.functionCatalog())) {
    LITERAL_ARGS[f.name] = f.literals;
    if (f.py && !(f.name in functions)) functions[f.name] = (...args) => call(f.name, args);
  }
  functions.sum_ = functions.sum;
}

// ---------------------------------------------------------------------------------
// DataFrames

function items(cols) {
  const list = cols.length === 1 && Array.isArray(cols[0]) ? cols[0] : cols;
  return list.map(colSql);
}

/** A DataFrame: batch or streaming. */
export class DataFrame {
  constructor(spark, inner) {
    this.spark = spark;
    this._df = inner;
  }
  _w(f) {
    return new DataFrame(this.spark, guard(f, this.spark));
  }
  select(...cols) { return this._w(() => this._df.select(items(cols))); }
  selectExpr(...exprs) { return this._w(() => this._df.select(exprs.flat())); }
  filter(cond) { return this._w(() => this._df.filter(colSqlCond(cond))); }
  where(cond) { return this.filter(cond); }
  withColumn(name, c) { return this._w(() => this._df.withColumn(name, colSql(c))); }
  withColumnRenamed(a, b) { return this._w(() => this._df.withColumnRenamed(a, b)); }
  drop(...names) { return this._w(() => this._df.drop(names.flat())); }
  withWatermark(c, delay) { return this._w(() => this._df.withWatermark(c, delay)); }
  /**
   * PySpark's `observe(name, *exprs)`: rows pass unchanged; each micro-batch computes the
   * aggregate metrics over its rows here, reported in its progress's `observedMetrics[name]`.
   */
  observe(name, ...cols) {
    if (typeof name !== "string") {
      throw new TypeError("observe(name, ...exprs): name must be a string (PySpark's Observation objects are for batch DataFrames, which the npm package runs as queries)");
    }
    return this._w(() => this._df.observe(name, items(cols)));
  }
  groupBy(...cols) { return new GroupedData(this.spark, guard(() => this._df.groupBy(items(cols)), this.spark)); }
  groupby(...cols) { return this.groupBy(...cols); }
  rollup(...cols) { return new GroupedData(this.spark, guard(() => this._df.rollup(items(cols)), this.spark)); }
  cube(...cols) { return new GroupedData(this.spark, guard(() => this._df.cube(items(cols)), this.spark)); }
  /** PySpark's `groupingSets([[a, b], [a], []], a, b)`: each set's columns among `cols`. */
  groupingSets(sets, ...cols) {
    const keys = items(cols);
    const pos = sets.map((set) => items([set]).map((k) => {
      const i = keys.indexOf(k);
      if (i < 0) throw new Error(`groupingSets: ${k} is not one of the grouping columns; list it after the sets`);
      return i;
    }));
    return new GroupedData(this.spark, guard(() => this._df.groupingSets(keys, JSON.stringify(pos)), this.spark));
  }
  agg(...cols) { return this.groupBy().agg(...cols); }
  dropDuplicates(cols) { return this._w(() => this._df.dropDuplicates(cols || [], false)); }
  drop_duplicates(cols) { return this.dropDuplicates(cols); }
  dropDuplicatesWithinWatermark(cols) { return this._w(() => this._df.dropDuplicates(cols || [], true)); }
  distinct() { return this.dropDuplicates(); }
  /** `fillna(value, subset)`: a number, string or boolean for the columns of its kind, or an object of column → value. */
  fillna(value, subset) {
    const cols = subset === undefined || subset === null ? [] : typeof subset === "string" ? [subset] : subset;
    return this._w(() => this._df.fillna(JSON.stringify(value), cols));
  }
  /** `dropna(how = "any", thresh, subset)`: rows with too few values that are neither null nor NaN go. */
  dropna(how = "any", thresh, subset) {
    const cols = subset === undefined || subset === null ? [] : typeof subset === "string" ? [subset] : subset;
    return this._w(() => this._df.dropna(how ?? "any", thresh ?? -1, cols));
  }
  /** `df.na.fill` / `df.na.drop`, as PySpark's DataFrameNaFunctions. */
  get na() {
    return { fill: (value, subset) => this.fillna(value, subset), drop: (how, thresh, subset) => this.dropna(how, thresh, subset) };
  }
  limit(n) {
    if (!Number.isSafeInteger(n)) throw new TypeError(`[NOT_INT] Argument \`num\` should be an int, got ${typeof n} ${String(n)}.`);
    return this._w(() => this._df.limit(n));
  }
  orderBy(...cols) { return this._w(() => this._df.orderBy(items(cols))); }
  sort(...cols) { return this.orderBy(...cols); }
  union(other) { return this._w(() => this._df.union(other._df)); }
  unionAll(other) { return this.union(other); }
  /**
   * PySpark's `join(other, on, how)`. `on`: a column name or a list of names (the
   * columns both sides share, kept once), a Column condition (`F.expr("a = b AND ...")`,
   * `F.col("a").eq(F.col("b"))`), a list of Column conditions (ANDed, as PySpark does),
   * or nothing. `how`: inner (the default), leftOuter/left/left_outer, rightOuter,
   * fullOuter/outer/full, leftSemi, leftAnti, cross. Joins of two streaming DataFrames
   * are Spark's stream-stream joins (watermarks and time-range conditions for outer joins).
   */
  join(other, on, how) {
    if (!(other instanceof DataFrame)) throw new TypeError("join(other, on, how): other must be a DataFrame");
    const h = how == null ? "inner" : String(how);
    const list = on == null ? [] : Array.isArray(on) ? on : [on];
    if (list.length > 0 && list.every((c) => c instanceof Column)) {
      const cond = list.length === 1 ? list[0].sql : list.map((c) => `(${c.sql})`).join(" AND ");
      return this._w(() => this._df.join(other._df, [], cond, h));
    }
    if (!list.every((c) => typeof c === "string")) {
      throw new TypeError("join(other, on, how): on must be a column name, a list of names, a Column condition or a list of Columns");
    }
    return this._w(() => this._df.join(other._df, list, undefined, h));
  }
  crossJoin(other) { return this.join(other, undefined, "cross"); }
  get columns() { return this._df.columns(); }
  get isStreaming() { return this._df.isStreaming(); }
  get schema() { return this._df.schemaDDL(); }
  printSchema() { this.spark._print(this._df.treeString()); }
  show(n = 20, truncate = true) {
    const t = truncate === true ? 20 : truncate === false ? 0 : truncate;
    this.spark._print(guard(() => this._df.showString(n, t), this.spark));
  }
  collect() { return JSON.parse(guard(() => this._df.collectJson(), this.spark)); }
  toArrowIPC() { return guard(() => this._df.toArrowIPC(), this.spark); }
  count() { return this.collect().length; }
  createOrReplaceTempView(name) { guard(() => this._df.createOrReplaceTempView(name), this.spark); }
  get writeStream() { return new DataStreamWriter(this); }
}

/** `df.groupBy(...)`. */
export class GroupedData {
  constructor(spark, inner) {
    this.spark = spark;
    this._g = inner;
  }
  agg(...cols) {
    if (cols.length === 1 && cols[0] && !(cols[0] instanceof Column) && typeof cols[0] === "object") {
      return new DataFrame(this.spark, guard(() => this._g.aggDict(JSON.stringify(cols[0])), this.spark));
    }
    return new DataFrame(this.spark, guard(() => this._g.agg(items(cols)), this.spark));
  }
  count() { return new DataFrame(this.spark, guard(() => this._g.count(), this.spark)); }
  /** PySpark's `pivot(col, values?)`: one column per value (found from the data when not given). */
  pivot(col, values) {
    const vals = values === undefined || values === null ? undefined : values.map(literalSql);
    return new GroupedData(this.spark, guard(() => this._g.pivot(colSql(col), vals), this.spark));
  }
  sum(...c) { return new DataFrame(this.spark, guard(() => this._g.simple("sum", c), this.spark)); }
  avg(...c) { return new DataFrame(this.spark, guard(() => this._g.simple("avg", c), this.spark)); }
  mean(...c) { return new DataFrame(this.spark, guard(() => this._g.simple("avg", c), this.spark)); }
  min(...c) { return new DataFrame(this.spark, guard(() => this._g.simple("min", c), this.spark)); }
  max(...c) { return new DataFrame(this.spark, guard(() => this._g.simple("max", c), this.spark)); }
}

// ---------------------------------------------------------------------------------
// Readers

let liveSources = 0;

class Reader {
  constructor(spark, streaming) {
    this.spark = spark;
    this.streaming = streaming;
    this._format = streaming ? undefined : "json";
    this._options = {};
    this._schema = undefined;
  }
  format(f) { this._format = f.toLowerCase(); return this; }
  option(k, v) { this._options[k] = String(v); return this; }
  options(o) { for (const [k, v] of Object.entries(o)) this.option(k, v); return this; }
  schema(ddl) { this._schema = ddl; return this; }
  load(path) {
    const fmt = this._format || "json";
    if (this.streaming && (fmt === "http" || fmt === "websocket" || fmt === "sse")) {
      return liveSource(this.spark, fmt, this._options, this._schema);
    }
    const f = this.streaming ? "readStream" : "read";
    return new DataFrame(
      this.spark,
      guard(() => this.spark._s[f](fmt, JSON.stringify(this._options), this._schema, path), this.spark),
    );
  }
  json(path) { return this.format("json").load(path); }
  text(path) { return this.format("text").load(path); }
  csv(path) { return this.format("csv").load(path); }
  parquet(path) { return this.format("parquet").load(path); }
}

function parseRows(text) {
  const t = text.trim();
  if (!t) return [];
  if (t.startsWith("[")) return JSON.parse(t);
  return t.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/**
 * HTTP polling, Server-Sent Events and WebSocket sources. What arrives goes into a
 * memory stream, which forgets rows once they are processed; what is not processed
 * yet is a bounded buffer (`maxBufferedRows`, default 100000): beyond it the oldest
 * rows no batch has started on are dropped and counted in `source.dropped`. Like
 * Spark's socket source, they are not replayable: rows that arrived but were not yet
 * processed are lost when the page or process ends.
 */
function liveSource(spark, fmt, o, ddl) {
  if (!ddl) throw new Error(`the ${fmt} source needs a schema: .schema("...")`);
  if (!o.url) throw new Error(`the ${fmt} source needs .option("url", ...)`);
  const name = `__${fmt}_${++liveSources}`;
  const input = spark.memoryStream(name, ddl);
  const max = Number(o.maxBufferedRows || 100000);
  const state = { dropped: 0, received: 0, closed: false, errors: 0 };
  const push = (rows) => {
    if (!rows.length) return;
    state.received += rows.length;
    if (rows.length > max) {
      state.dropped += rows.length - max;
      rows = rows.slice(rows.length - max);
    }
    input.addData(rows);
    state.dropped += input._m.shedUnread(max);
  };
  if (fmt === "http") {
    const every = Number(o.intervalMs || 1000);
    const poll = async () => {
      if (state.closed) return;
      try {
        const r = await fetch(o.url, { cache: "no-store" });
        if (r.ok) push(parseRows(await r.text()));
        else state.errors++;
      } catch (_) {
        state.errors++;
      }
      if (!state.closed) state.timer = setTimeout(poll, every);
    };
    poll();
  } else if (fmt === "sse") {
    const es = new EventSource(o.url);
    es.onmessage = (ev) => {
      try {
        push(parseRows(ev.data));
      } catch (_) {
        state.errors++;
      }
    };
    es.onerror = () => { state.errors++; }; // EventSource reconnects by itself
    state.close = () => es.close();
  } else {
    let backoff = Number(o.reconnectMs || 250);
    const connect = () => {
      if (state.closed) return;
      const ws = new WebSocket(o.url);
      ws.onopen = () => { backoff = Number(o.reconnectMs || 250); };
      ws.onmessage = (ev) => {
        try {
          push(parseRows(typeof ev.data === "string" ? ev.data : new TextDecoder().decode(ev.data)));
        } catch (_) {
          state.errors++;
        }
      };
      ws.onclose = () => {
        if (state.closed) return;
        setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 10000);
      };
      ws.onerror = () => { state.errors++; };
      state.ws = ws;
    };
    connect();
    state.close = () => state.ws && state.ws.close();
  }
  const df = input.toDF();
  df.source = {
    get received() { return state.received; },
    get dropped() { return state.dropped; },
    get errors() { return state.errors; },
    close() {
      state.closed = true;
      clearTimeout(state.timer);
      if (state.close) state.close();
    },
  };
  spark._sources.push(df.source);
  return df;
}

// ---------------------------------------------------------------------------------
// Rows into wasm memory. JSON text is encoded straight into a staging buffer of the
// stream (wasm-bindgen's string passing copies ASCII one character at a time in JS).
// An array of plain objects is turned into columns here: each field of the stream is
// read from every row and converted as the JSON path (JSON.stringify, then the engine's
// JSON reader) would read it, into views of the stream's staging buffer (one tag byte
// per cell, a float64 slot per numeric cell, a text cell as the number of its string,
// the strings as one text; see
// crates/runnel-wasm/src/columns.rs). Anything it cannot convert with certainty (a row
// that is not a plain object, a nested value, an object with toJSON, a BigInt, an
// integer beyond 2^53, a string with a lone surrogate) sends the whole call through the
// JSON path instead, so both give the same rows.

const encoder = new TextEncoder();

/** Encodes `text` into `input`'s staging buffer; the number of bytes written. */
function stageText(m, text) {
  // One byte per UTF-16 unit fits ASCII; what is left takes at most three per unit.
  let ptr = m.stageText(0, text.length);
  let r = encoder.encodeInto(text, new Uint8Array(raw.memory.buffer, ptr, text.length));
  if (r.read === text.length) return r.written;
  const rest = text.slice(r.read);
  const done = r.written;
  ptr = m.stageText(done, rest.length * 3);
  r = encoder.encodeInto(rest, new Uint8Array(raw.memory.buffer, ptr + done, rest.length * 3));
  return done + r.written;
}

/** Copies JSON `bytes` into `input`'s staging buffer as they are; their number. */
function stageBytes(m, bytes) {
  const ptr = m.stageText(0, bytes.length);
  new Uint8Array(raw.memory.buffer, ptr, bytes.length).set(bytes);
  return bytes.length;
}

/**
 * Whether `bytes` (a Uint8Array) are JSON text rather than an Arrow IPC stream: their
 * first byte after JSON's whitespace opens an object or an array. An IPC stream starts
 * with the continuation marker 0xFFFFFFFF, or, in the format before Arrow 0.15, with its
 * metadata's length (a multiple of 8, little-endian, under 16 MiB: a zero fourth byte,
 * which JSON text cannot have there); anything else goes to the IPC reader, which
 * refuses what is not a stream.
 */
function isJsonText(bytes) {
  let i = 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  if (i === bytes.length || (bytes[i] !== 0x7b && bytes[i] !== 0x5b)) return false;
  return !(bytes.length >= 4 && bytes[3] === 0);
}

const NULL = 0, NUM = 1, MILLIS = 2, SECONDS = 3, TEXT = 4;
// JSON's non-numeric number strings, as the reader takes them in float columns.
const NON_NUMERIC = new Map([["NaN", NaN], ["Infinity", Infinity], ["+Infinity", Infinity],
  ["INF", Infinity], ["+INF", Infinity], ["-Infinity", -Infinity], ["-INF", -Infinity]]);
// The JSON integers a number is written as: digits up to 1e21 (then exponents).
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
// Years 0000-9999: a Date's toISOString() that the reader's timestamp forms take.
const MIN_ISO_MS = -62167219200000, MAX_ISO_MS = 253402300799999;
const INT_RANGE = { i64: [-MAX_SAFE, MAX_SAFE], i32: [-2147483648, 2147483647], i16: [-32768, 32767], i8: [-128, 127] };

// A value JSON.stringify leaves out or writes as null (the field is then NULL).
const absent = (v) => v === undefined || v === null || typeof v === "function" || typeof v === "symbol";

/**
 * A column reader: `(rows, n, nums, tags, codes, strings)` converts field `name` of
 * each row into `nums`/`tags` (a text cell into `codes`, the number of its string in
 * `strings`); false when a value needs the JSON path. One closure per column, so that V8's
 * property caches at `rows[i][name]` each see one name.
 */
function columnReader(name, kind) {
  if (kind === "f64" || kind === "f32") {
    return (rows, n, nums, tags) => {
      for (let i = 0; i < n; i++) {
        const v = rows[i][name];
        if (typeof v === "number") {
          // NaN and the infinities are written as null; -0 as 0.
          if (v - v === 0) { nums[i] = v === 0 ? 0 : v; tags[i] = NUM; } else tags[i] = NULL;
        } else if (typeof v === "string") {
          const f = NON_NUMERIC.get(v);
          if (f === undefined) tags[i] = NULL; else { nums[i] = f; tags[i] = NUM; }
        } else if (absent(v) || typeof v === "boolean") tags[i] = NULL;
        else return false;
      }
      return true;
    };
  }
  if (kind in INT_RANGE) {
    const [lo, hi] = INT_RANGE[kind];
    return (rows, n, nums, tags) => {
      for (let i = 0; i < n; i++) {
        const v = rows[i][name];
        if (typeof v === "number") {
          if (v >= lo && v <= hi && Number.isInteger(v)) { nums[i] = v === 0 ? 0 : v; tags[i] = NUM; }
          // A 64-bit integer beyond 2^53 is read from its shortest decimal form.
          else if (kind === "i64" && Number.isInteger(v) && Math.abs(v) < 1e21) return false;
          else tags[i] = NULL;
        } else if (absent(v) || typeof v === "string" || typeof v === "boolean") tags[i] = NULL;
        else return false;
      }
      return true;
    };
  }
  if (kind === "bool") {
    return (rows, n, nums, tags) => {
      for (let i = 0; i < n; i++) {
        const v = rows[i][name];
        if (typeof v === "boolean") { nums[i] = v ? 1 : 0; tags[i] = NUM; }
        else if (absent(v) || typeof v === "number" || typeof v === "string") tags[i] = NULL;
        else return false;
      }
      return true;
    };
  }
  // Text columns: a text cell's number (`codes[i]`) names its string in `strings`.
  const isDate = (v) => v instanceof Date && v.toJSON === Date.prototype.toJSON;
  if (kind === "str") {
    return (rows, n, nums, tags, codes, strings) => {
      const dict = new Dict();
      for (let i = 0; i < n; i++) {
        let v = rows[i][name];
        if (typeof v !== "string") {
          if (typeof v === "number") v = v - v === 0 ? String(v) : null;
          else if (typeof v === "boolean") v = v ? "true" : "false";
          else if (absent(v)) v = null;
          else if (isDate(v)) v = Number.isNaN(v.getTime()) ? null : v.toISOString();
          else return false;
        }
        if (v === null) tags[i] = NULL;
        else { tags[i] = TEXT; codes[i] = dict.code(strings, v); }
      }
      return true;
    };
  }
  if (kind === "ts") {
    return (rows, n, nums, tags, codes, strings) => {
      const dict = new Dict();
      for (let i = 0; i < n; i++) {
        const v = rows[i][name];
        if (typeof v === "string") { tags[i] = TEXT; codes[i] = dict.code(strings, v); }
        else if (typeof v === "number") {
          // A JSON integer is seconds; a fraction, NaN or an exponent form is not read.
          if (Number.isInteger(v) && Math.abs(v) <= MAX_SAFE) { nums[i] = v; tags[i] = SECONDS; }
          else if (Number.isInteger(v) && Math.abs(v) < 1e21) return false;
          else tags[i] = NULL;
        } else if (absent(v) || typeof v === "boolean") tags[i] = NULL;
        else if (isDate(v)) {
          const ms = v.getTime();
          if (Number.isNaN(ms)) tags[i] = NULL;
          else if (ms >= MIN_ISO_MS && ms <= MAX_ISO_MS) { nums[i] = ms; tags[i] = MILLIS; }
          else { tags[i] = TEXT; codes[i] = strings.add(v.toISOString()); }
        } else return false;
      }
      return true;
    };
  }
  if (kind === "date") {
    return (rows, n, nums, tags, codes, strings) => {
      const dict = new Dict();
      for (let i = 0; i < n; i++) {
        let v = rows[i][name];
        if (typeof v !== "string") {
          if (absent(v) || typeof v === "number" || typeof v === "boolean") v = null;
          else if (isDate(v)) v = Number.isNaN(v.getTime()) ? null : v.toISOString();
          else return false;
        }
        if (v === null) tags[i] = NULL;
        else { tags[i] = TEXT; codes[i] = dict.code(strings, v); }
      }
      return true;
    };
  }
  return null;
}

/** The strings of one call, numbered; `ends[k]` is where string k ends (UTF-16 units). */
class Strings {
  constructor(ends) {
    this.list = [];
    this.pos = 0;
    this.ends = ends;
  }
  add(v) {
    const k = this.list.length;
    this.list.push(v);
    this.ends[k] = this.pos += v.length;
    return k;
  }
}

/**
 * A column's dictionary for one call: equal strings share a number (one copy, and a
 * timestamp parsed once) while at most half of the strings seen differ; past that the
 * column stops looking them up.
 */
class Dict {
  constructor() {
    this.map = new Map();
    this.seen = 0;
  }
  code(strings, v) {
    const map = this.map;
    if (map === null) return strings.add(v);
    let c = map.get(v);
    if (c === undefined) {
      c = strings.add(v);
      map.set(v, c);
    }
    if ((++this.seen & 1023) === 0 && 2 * map.size > this.seen) this.map = null;
    return c;
  }
}

/** The plan for a stream's columns (from the engine's kinds), or null for JSON only. */
function columnPlan(kindsJson) {
  const kinds = JSON.parse(kindsJson);
  if (!kinds) return null;
  const cols = kinds.map(([name, kind]) => ({
    name, kind, read: columnReader(name, kind),
    numeric: kind !== "str" && kind !== "date", textual: kind === "str" || kind === "ts" || kind === "date",
  }));
  if (cols.some((c) => c.read === null)) return null;
  return {
    cols,
    numeric: cols.filter((c) => c.numeric).length,
    textual: cols.filter((c) => c.textual).length,
  };
}

const objectProto = Object.prototype;
// Lone surrogates: a string with one is written as an escape the reader reads differently.
const wellFormed = typeof "".isWellFormed === "function" ? (s) => s.isWellFormed() : (s) => !/\p{Cs}/u.test(s);

/**
 * Stages `rows` (plain objects) as columns and adds them; the number of rows, or -1
 * when they must go through JSON.
 */
function addObjects(m, plan, rows) {
  const n = rows.length;
  for (let i = 0; i < n; i++) {
    const r = rows[i];
    if (typeof r !== "object" || r === null) return -1;
    const p = Object.getPrototypeOf(r);
    if ((p !== objectProto && p !== null) || r.toJSON !== undefined) return -1;
  }
  const ptr = m.stageCells(n);
  const buf = raw.memory.buffer;
  const numeric = n * plan.numeric, textual = n * plan.textual;
  const nums = new Float64Array(buf, ptr, numeric);
  const codes = new Uint32Array(buf, ptr + 8 * numeric, textual);
  const strings = new Strings(new Uint32Array(buf, ptr + 8 * numeric + 4 * textual, textual));
  const tags = new Uint8Array(buf, ptr + 8 * numeric + 8 * textual, n * plan.cols.length);
  let ni = 0, ti = 0;
  for (let c = 0; c < plan.cols.length; c++) {
    const col = plan.cols[c];
    const cn = col.numeric ? nums.subarray(ni * n, ++ni * n) : null;
    const cc = col.textual ? codes.subarray(ti * n, ++ti * n) : null;
    if (!col.read(rows, n, cn, tags.subarray(c * n, (c + 1) * n), cc, strings)) return -1;
  }
  let len = 0;
  if (strings.list.length > 0) {
    const text = strings.list.length === 1 ? strings.list[0] : strings.list.join("");
    if (!wellFormed(text)) return -1;
    len = stageText(m, text);
  }
  return m.addStagedCells(strings.list.length, len);
}

/** Rows pushed from JS into a memory stream. */
export class MemoryInput {
  constructor(spark, inner, ddl) {
    this.spark = spark;
    this._m = inner;
    this.ddl = ddl;
    this._plan = undefined;
    // How the last array of objects went in ("columns" or "json"; for tests).
    this._lastPath = null;
  }
  get name() { return this._m.name; }
  /**
   * Adds rows: an array of plain objects, JSON text, or bytes (a Uint8Array or
   * ArrayBuffer, as fetch and WebSocket give them): an Arrow IPC stream, or JSON text
   * as UTF-8 (see isJsonText).
   */
  addData(rows) {
    const n = this._add(rows);
    for (const q of this.spark._queries) q._wake();
    return n;
  }
  _add(rows) {
    if (rows instanceof ArrayBuffer) rows = new Uint8Array(rows);
    if (rows instanceof Uint8Array) {
      if (isJsonText(rows)) return guard(() => this._m.addStagedJson(stageBytes(this._m, rows)), this.spark);
      return guard(() => this._m.addArrowIPC(rows), this.spark);
    }
    if (typeof rows === "string") return guard(() => this._m.addStagedJson(stageText(this._m, rows)), this.spark);
    if (Array.isArray(rows)) {
      if (this._plan === undefined) this._plan = columnPlan(this._m.columnKinds());
      this._lastPath = "json";
      if (this._plan !== null) {
        const n = guard(() => addObjects(this._m, this._plan, rows), this.spark);
        if (n >= 0) {
          this._lastPath = "columns";
          return n;
        }
      }
    }
    return this._addJson(rows);
  }
  /** Adds rows through JSON.stringify and the engine's JSON reader (what addData falls back to). */
  _addJson(rows) {
    return guard(() => this._m.addJson(JSON.stringify(rows)), this.spark);
  }
  /**
   * Rows held: added and not yet processed by every query reading the stream (what a
   * query has committed is forgotten once every query reading the stream has it, as
   * with Spark's MemoryStream).
   */
  get heldRows() { return this._m.heldRows(); }
  toDF() {
    return this.spark.readStream.format("memory").option("name", this.name).schema(this.ddl).load();
  }
}

// ---------------------------------------------------------------------------------
// Writers and queries

function intervalMs(text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|millisecond|milliseconds|s|sec|second|seconds|m|min|minute|minutes|h|hour|hours)?\s*$/i.exec(String(text));
  if (!m) throw new Error(`cannot read the trigger interval ${JSON.stringify(text)}`);
  const n = Number(m[1]);
  const u = (m[2] || "ms").toLowerCase();
  if (u.startsWith("ms") || u.startsWith("milli")) return n;
  if (u.startsWith("s")) return n * 1000;
  if (u.startsWith("m")) return n * 60000;
  return n * 3600000;
}

/** `df.writeStream`. */
export class DataStreamWriter {
  constructor(df) {
    this.df = df;
    this._mode = "append";
    this._format = "console";
    this._name = undefined;
    this._options = {};
    this._trigger = { ms: 0 };
    this._foreach = undefined;
  }
  outputMode(m) { this._mode = m; return this; }
  format(f) { this._format = f.toLowerCase(); return this; }
  queryName(n) { this._name = n; return this; }
  option(k, v) { this._options[k] = String(v); return this; }
  options(o) { for (const [k, v] of Object.entries(o)) this.option(k, v); return this; }
  trigger(t = {}) {
    if (t.once) this._trigger = { ms: -1 };
    else if (t.availableNow) this._trigger = { ms: 0, availableNow: true };
    else if (t.processingTime !== undefined) this._trigger = { ms: intervalMs(t.processingTime) };
    // Spark's continuous processing: an epoch every interval over what arrived.
    else if (t.continuous !== undefined) this._trigger = { ms: intervalMs(t.continuous), continuous: true };
    return this;
  }
  /** `foreachBatch((rows, epochId, batch) => ...)`: rows as plain objects; `batch.toArrowIPC()`. */
  foreachBatch(fn) {
    this._format = "foreachbatch";
    this._foreach = (batch, epoch) => fn(JSON.parse(batch.rowsJson()), epoch, batch);
    return this;
  }
  start(path) {
    const spark = this.df.spark;
    const q = guard(() =>
      this.df._df.startStream(
        this._mode,
        this._format,
        this._name,
        JSON.stringify(this._options),
        this._trigger.ms,
        !!this._trigger.availableNow,
        !!this._trigger.continuous,
        this._foreach,
        path,
      ), spark);
    const sq = new StreamingQuery(spark, q);
    spark._queries.push(sq);
    sq._schedule();
    return sq;
  }
}

/** A running streaming query, driven by timers (one micro-batch per trigger). */
export class StreamingQuery {
  constructor(spark, inner) {
    this.spark = spark;
    this._q = inner;
    this._listeners = { progress: [], terminated: [] };
    this._done = [];
    this._error = null;
    this._timer = null;
  }
  get id() { return this._q.id; }
  get runId() { return this._q.runId; }
  get name() { return this._q.name; }
  get isActive() { return this._q.isActive; }
  get lastProgress() {
    const t = this._q.lastProgressJson();
    return t ? JSON.parse(t) : null;
  }
  get recentProgress() { return JSON.parse(this._q.recentProgressJson()); }
  get status() { return JSON.parse(this._q.statusJson()); }
  exception() { return this._error; }
  /** `explain(extended)`: prints the physical plan the batches run (after the first batch). */
  explain(extended = false) { this.spark._print(guard(() => this._q.explain(!!extended), this.spark)); }
  /** `on("progress", fn)` after each batch; `on("terminated", fn)` when it stops or fails. */
  on(event, fn) { (this._listeners[event] ||= []).push(fn); return this; }
  addListener(event, fn) { return this.on(event, fn); }
  _emit(event, arg) { for (const f of this._listeners[event] || []) f(arg); }
  _runBatches(limit) {
    let n = 0;
    while (n < limit && guard(() => this._q.step(), this.spark)) n++;
    // Each batch that ran left one progress report (made into JSON only when listened for).
    if (n > 0 && this._listeners.progress.length > 0) {
      for (const p of this.recentProgress.slice(-n)) this._emit("progress", p);
    }
    return n;
  }
  _fail(e) {
    this._error = e;
    this._q.stop();
    this._finish();
  }
  _finish() {
    clearTimeout(this._timer);
    this._timer = null;
    this._finished = true;
    this._emit("terminated", this._error);
    for (const [res, rej] of this._done.splice(0)) (this._error ? rej(this._error) : res(true));
  }
  _schedule() {
    this._ms = this._q.triggerMs();
    this._inTick = false;
    this._soon = false;
    this._finished = false;
    this._arm(0);
  }
  _arm(delay) {
    this._timer = setTimeout(() => this._tick(), delay);
    // In Node a query's timer does not keep the process alive by itself;
    // awaitTermination() does (as in PySpark, where a script ends unless it waits).
    if (this._timer && this._timer.unref) this._timer.unref();
  }
  _tick() {
    this._timer = null;
    if (this._finished) return;
    if (!this._q.isActive) return this._finish();
    const ms = this._ms;
    this._inTick = true;
    try {
      if (ms < 0) {
        // once / availableNow: everything available, then stop.
        this._runBatches(ms === -1 ? 1 : 1e9);
        this._q.stop();
        return this._finish();
      }
      // A continuous query runs one epoch a tick, with or without data.
      const ran = this._runBatches(ms > 0 || this._q.isContinuous() ? 1 : 64);
      // A trigger of 0 runs the next batch at once while there is data, and looks
      // again every 50 ms when idle (or when rows are added to a memory stream: _wake).
      this._arm(ms > 0 ? ms : ran > 0 ? 0 : 50);
    } catch (e) {
      this._fail(e);
    } finally {
      this._inTick = false;
    }
  }
  /**
   * Rows were added to a memory stream: a query with a trigger of 0 that waits for its
   * timer runs its next batch as soon as the caller's code returns (a microtask), not
   * after the idle poll's 50 ms or a browser's clamped zero timeout.
   */
  _wake() {
    if (this._ms !== 0 || this._inTick || this._soon || this._timer === null) return;
    clearTimeout(this._timer);
    this._timer = null;
    this._soon = true;
    queueMicrotask(() => {
      this._soon = false;
      this._tick();
    });
  }
  /** Runs batches now until nothing is left (Spark's `processAllAvailable()`). */
  processAllAvailable() {
    try {
      const n = this._runBatches(this._q.isContinuous() ? 1 : 1e9);
      return n;
    } catch (e) {
      this._fail(e);
      throw e;
    }
  }
  /** Resolves when the query stops (or after `timeoutMs`, with false). */
  awaitTermination(timeoutMs) {
    if (!this.isActive) return this._error ? Promise.reject(this._error) : Promise.resolve(true);
    return new Promise((res, rej) => {
      // keeps Node's event loop alive while someone waits
      const alive = setInterval(() => {}, 1 << 30);
      const done = (f) => (v) => {
        clearInterval(alive);
        f(v);
      };
      this._done.push([done(res), done(rej)]);
      if (timeoutMs !== undefined) setTimeout(done(() => res(false)), timeoutMs);
    });
  }
  stop() {
    this._q.stop();
    this._finish();
  }
}

// ---------------------------------------------------------------------------------
// The session

class Builder {
  constructor() { this._conf = {}; }
  appName(_) { return this; }
  master(_) { return this; }
  config(k, v) { this._conf[k] = String(v); return this; }
  /** Loads the engine (once) and gives a session. */
  async getOrCreate() {
    await initRunnel();
    const s = new SparkSession(new wasm.Session());
    for (const [k, v] of Object.entries(this._conf)) s.conf.set(k, v);
    return s;
  }
}

/** The entry point, as in PySpark. */
export class SparkSession {
  constructor(inner) {
    this._s = inner;
    this._gen = panics;
    this._queries = [];
    this._sources = [];
    this._out = (t) => (typeof process !== "undefined" && process.stdout ? process.stdout.write(t) : console.log(t));
    inner.setOutput((t) => this._out(t));
    const self = this;
    this.conf = {
      set: (k, v) => self._s.confSet(k, String(v)),
      get: (k) => self._s.confGet(k),
    };
    this._listeners = [];
    this._listenerId = null;
    this.streams = {
      get active() { return self._queries.filter((q) => q.isActive); },
      /** The active query with this id, or null. */
      get: (id) => self._queries.find((q) => q.isActive && q.id === id) ?? null,
      awaitAnyTermination: (timeoutMs) =>
        Promise.race(self._queries.map((q) => q.awaitTermination(timeoutMs))),
      /** Forgets terminated queries, so awaitAnyTermination() waits for the next one. */
      resetTerminated: () => { self._queries = self._queries.filter((q) => q.isActive); },
      /**
       * A StreamingQueryListener: an object with any of onQueryStarted,
       * onQueryProgress, onQueryIdle and onQueryTerminated, called with Spark's events
       * for every query of the session (those scripts start too).
       */
      addListener: (listener) => {
        if (!listener || typeof listener !== "object") throw new TypeError("addListener(listener): listener must be an object with onQuery... methods");
        self._listeners.push(listener);
        // The engine makes each batch's report into JSON only while someone listens.
        if (self._listenerId === null) {
          self._listenerId = self._s.addListener((...a) => self._queryEvent(...a));
        }
      },
      removeListener: (listener) => {
        self._listeners = self._listeners.filter((l) => l !== listener);
        if (self._listeners.length === 0 && self._listenerId !== null) {
          self._s.removeListener(self._listenerId);
          self._listenerId = null;
        }
      },
    };
  }
  /** An engine event for the session's listeners, as Spark's event objects. */
  _queryEvent(kind, eventJson) {
    const method = {
      started: "onQueryStarted",
      progress: "onQueryProgress",
      idle: "onQueryIdle",
      terminated: "onQueryTerminated",
    }[kind];
    if (!method) return;
    // The event as Spark serializes it (the engine's QueryEvent::spark_json).
    const event = JSON.parse(eventJson);
    for (const l of this._listeners.slice()) {
      if (typeof l[method] !== "function") continue;
      // A listener's own error does not stop the query (Spark's listener bus logs it).
      try {
        l[method](event);
      } catch (e) {
        console.error(`Error in StreamingQueryListener.${method}:`, e);
      }
    }
  }
  static builder() { return new Builder(); }
  /** Where printed text goes (console sink, show(), printSchema()). */
  setOutput(fn) { this._out = fn; }
  _print(t) { this._out(t); }
  get readStream() { return new Reader(this, true); }
  get read() { return new Reader(this, false); }
  sql(q) { return new DataFrame(this, guard(() => this._s.sql(q), this)); }
  /** `createDataFrame(rows, "a INT, b STRING")` with rows as plain objects. */
  createDataFrame(rows, ddl) {
    return new DataFrame(this, guard(() => this._s.createDataFrame(JSON.stringify(rows), ddl), this));
  }
  /** A memory stream to push rows into from JS. */
  memoryStream(name, ddl) {
    return new MemoryInput(this, guard(() => this._s.memoryStream(name, ddl), this), ddl);
  }
  /** Puts a file (text or bytes) into the virtual file system the file sources read. */
  addFile(path, data) {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    this._s.putFile(path, bytes);
  }
  /** Runs a PySpark script; `files` (path → text) go into the virtual file system first. Returns what it printed. */
  runScript(source, { files = {}, name = "script.py" } = {}) {
    for (const [p, d] of Object.entries(files)) this.addFile(p, d);
    const prev = this._out;
    let text = "";
    this._out = (t) => { text += t; };
    try {
      guard(() => this._s.runScript(source, name), this);
    } finally {
      this._out = prev;
    }
    return text;
  }
  _capture(f) {
    const prev = this._out;
    let text = "";
    this._out = (t) => { text += t; };
    try {
      return [guard(f, this), text];
    } finally {
      this._out = prev;
    }
  }
  /**
   * For teaching tools (the playground): runs a script whose queries the caller then
   * drives batch by batch with `stepTraced()` — `awaitTermination()` returns at once.
   * Returns `{ output, sql }`: what the script printed and the `spark.sql` texts it ran.
   */
  startScript(source, { files = {}, name = "script.py" } = {}) {
    for (const [p, d] of Object.entries(files)) this.addFile(p, d);
    const [r, output] = this._capture(() => this._s.startScript(source, name));
    return { output, sql: JSON.parse(r).sql };
  }
  /**
   * One micro-batch of every active query started by `startScript`. Returns
   * `{ output, queries }` with, per query, `ran`, `progress` (Spark's JSON),
   * `watermarkMs`, `eventTimes` (ms), `rows` (the batch's output), `plan` (the physical
   * plan, as `explain()` prints it), `window` (`{sizeMs, slideMs, startMs}`) and `error`
   * (`{message, condition}`) if it failed.
   */
  stepTraced() {
    const [r, output] = this._capture(() => this._s.stepTraced());
    return { output, queries: JSON.parse(r) };
  }
  /**
   * Makes `format("kafka")` use topics simulated in this page (memory streams with
   * Kafka's schema, one partition, read from the first message): no network.
   */
  simulateKafka() { this._s.simulateKafka(); return this; }
  /** Produces each non-empty line of `text` as one message to a simulated topic. */
  kafkaProduce(topic, text) { return guard(() => this._s.kafkaProduce(topic, text), this); }
  /** The messages of a simulated topic: `{key, value, topic, partition, offset}`, key and value as text. */
  kafkaTopic(topic) { return JSON.parse(guard(() => this._s.kafkaTopicJson(topic), this)); }
  /**
   * Loads the Parquet codec (a module of its own) and plugs it into this session:
   * Parquet sources and sinks, `spark.read.parquet`, and Delta tables need it. Resolves
   * to the session.
   */
  async loadParquet() {
    const m = await loadParquetCodec();
    this._s.setParquetCodec((ipc, c) => m.writeParquet(ipc, c), (d) => m.readParquet(d));
    return this;
  }
  /**
   * The virtual files under `prefix` (all when omitted): `{path, size}` sorted by path —
   * what file sinks, Delta tables and checkpoints wrote (the files live in the page).
   */
  listFiles(prefix = "") { return JSON.parse(this._s.listFiles(prefix)); }
  /** A virtual file's bytes (`Uint8Array`), or its text with `{ text: true }`. */
  readFile(path, { text = false } = {}) {
    const bytes = guard(() => this._s.readFile(path), this);
    return text ? new TextDecoder().decode(bytes) : bytes;
  }
  /**
   * Adds a version to a Delta table simulated in this page (delta-rs does not build for
   * browsers): the JSON lines `text` with the DDL schema `ddl`, as one commit of Parquet
   * data and a `_delta_log` entry. Returns the new version.
   */
  deltaAppend(path, text, ddl) { return guard(() => this._s.deltaAppend(path, text, ddl), this); }
  /** For tests of panic handling only: makes the engine panic with `msg`, `depth` calls deep. */
  _testPanic(msg, depth = 0) { return guard(() => wasm.testPanic(msg, depth), this); }
  stop() {
    for (const q of this._queries) q.stop();
    for (const s of this._sources) s.close();
  }
}

/** Runs a PySpark script in a fresh session; see `SparkSession.runScript`. */
export async function runScript(source, options = {}) {
  const spark = await SparkSession.builder().getOrCreate();
  return spark.runScript(source, options);
}

/** Runs one Spark oracle case (for the conformance tests); returns expected.json's format. */
export async function runOracleCase(queryPy, steps) {
  await initRunnel();
  return JSON.parse(guard(() => wasm.runOracleCase(queryPy, JSON.stringify(steps))));
}

/** compare.py's rules: the first difference, or null. */
export async function compareOracle(expected, actual) {
  await initRunnel();
  return wasm.compareOracle(JSON.stringify(expected), JSON.stringify(actual)) ?? null;
}
