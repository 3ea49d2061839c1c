// Benchmark of the npm package (prints figures next to references measured in the same
// run; no assertions). The windowed, watermarked count (update mode, 10-minute windows
// by category, 5-minute watermark) over 1M events pushed into a memory stream in
// 100,000-row calls, in Node and in headless Chromium: as Arrow IPC batches; as plain JS
// objects (columns converted in JS, next to the JSON.stringify path they replaced); as
// JSON lines (next to hand-written JS doing the same count with JSON.parse and a Map).
// Then the time from page load to the first result of course example 7 in Chromium, and
// the micro-batch latencies of 1,000-row batches (synchronous, and event to sink with a
// processingTime trigger of 0). When the native bench binary is built (`cargo build
// --release --bin runnel-bench`), its figure for the same events is measured in rounds
// alternating with Chromium's (this machine's speed drifts by tens of percent over
// minutes) and the ratio printed. The load average is printed at the start and end.
//
// `--join`: the stream-stream join of Spark's guide (impressions ⋈ clicks, --events rows
// a side as Arrow IPC batches of 10,000 a side, watermarks 2 and 3 hours, the 1-hour
// range, append into noop), in Node and Chromium, next to the native `runnel-bench
// --only join` on the same rows from JSON files. `--latency`: the latencies only.
//
// `--profile [json | bytes]`: the Arrow IPC (or JSON text, as strings or UTF-8 bytes) passes in Chromium under the CDP profiler (see profileMain);
// `--ratio`: only the Arrow IPC rounds against native. `--text [--against DIR]`: only the
// JSON text passes in Chromium (strings, UTF-8 bytes, the hand-written JS), with DIR's
// package (another build) in the same rounds.
//
//   node tests/wasm/bench.mjs [--events 1000000] [--batches 2000] [--join | --latency | --profile | --ratio | --text]
import { createServer } from "node:http";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { loadavg, cpus } from "node:os";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkgDir = process.env.RUNNEL_PKG_DIR || join(root, "crates", "runnel-wasm", "pkg");
const arg = (k, d) => {
  const i = process.argv.indexOf(k);
  return i > 0 ? process.argv[i + 1] : d;
};
const EVENTS = Number(arg("--events", 1000000));
// `--text --against DIR`: a second package (say main's build) measured in the same rounds.
const pkgDirB = arg("--against", null);
const ROUNDS = Number(arg("--rounds", 5));
const BATCHES = Number(arg("--batches", 2000));

// The benchmark itself, as a function source that runs in Node and in the page.
const BENCH = async (mod, events, ipcOnly = false) => {
  const { SparkSession, functions: F } = mod;
  const spark = await SparkSession.builder().getOrCreate();
  const ddl = "timestamp TIMESTAMP, category STRING, value DOUBLE";
  const cats = ["books", "music", "games", "sports", "garden", "toys", "food", "tools"];
  const base = Date.parse("2025-03-01T10:00:00Z");
  const chunk = 100000;
  let x = 0x2545f491;
  const makeChunk = (c) => {
    const rows = new Array(chunk);
    for (let i = 0; i < chunk; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      const n = c * chunk + i;
      rows[i] = {
        timestamp: new Date(base + Math.floor(n / 20) * 1000 - (x % 120) * 1000).toISOString(),
        category: cats[x % 8],
        value: (x % 10000) / 100,
      };
    }
    return rows;
  };
  // The Arrow batches are made from the same rows, which are then let go: a million
  // live JS objects would make every garbage collection during the run slow.
  const ipc = [];
  for (let c = 0; c < events / chunk; c++) ipc.push(spark.createDataFrame(makeChunk(c), ddl).toArrowIPC());
  const run = (name, feed, given, add) => {
    const input = given || spark.memoryStream(name, ddl);
    const push = add || ((rows) => input.addData(rows));
    const q = input.toDF().withWatermark("timestamp", "5 minutes")
      .groupBy(F.window("timestamp", "10 minutes"), "category").count()
      .writeStream.outputMode("update").format("noop").start();
    const t = performance.now();
    for (let c = 0; c < events / chunk; c++) {
      push(feed(c));
      q.processAllAvailable();
    }
    const secs = (performance.now() - t) / 1000;
    q.stop();
    return Math.round(events / secs);
  };
  // Hand-written JS on JSON lines: JSON.parse per line, the 10-minute window's start
  // from Date.parse, a count per window and category in a Map, the 5-minute watermark
  // dropping late rows and old windows, and the updated groups of each chunk collected
  // (what update mode emits).
  const handCount = (texts) => {
    const counts = new Map();
    let maxTs = -Infinity;
    let watermark = -Infinity;
    let emitted = 0;
    const t = performance.now();
    for (const chunkText of texts) {
      const updated = new Set();
      for (const line of chunkText.split("\n")) {
        const o = JSON.parse(line);
        const ts = Date.parse(o.timestamp);
        if (ts < watermark) continue;
        if (ts > maxTs) maxTs = ts;
        const start = ts - (ts % 600000);
        if (start + 600000 <= watermark) continue;
        const key = start + "|" + o.category;
        counts.set(key, (counts.get(key) || 0) + 1);
        updated.add(key);
      }
      emitted += updated.size;
      watermark = maxTs - 300000;
      for (const k of counts.keys()) if (Number(k.slice(0, k.indexOf("|"))) + 600000 <= watermark) counts.delete(k);
    }
    const secs = (performance.now() - t) / 1000;
    if (emitted === 0) throw new Error("the hand-written count emitted nothing");
    return Math.round(events / secs);
  };
  if (ipcOnly) {
    let n = 0;
    globalThis.runnelIpcPass = () => run(`bench_ipc_only${n++}`, (c) => ipc[c]);
    // The same events as JSON lines, 100,000 a call (for `--profile json`).
    x = 0x2545f491;
    const lines = [];
    for (let c = 0; c < events / chunk; c++) lines.push(makeChunk(c).map((r) => JSON.stringify(r)).join("\n"));
    globalThis.runnelTextPass = () => run(`bench_text_only${n++}`, (c) => lines[c]);
    // The same as UTF-8 bytes (what fetch and WebSocket give), and the hand-written JS.
    const bytes = lines.map((t) => new TextEncoder().encode(t));
    globalThis.runnelBytesPass = () => run(`bench_bytes_only${n++}`, (c) => bytes[c]);
    globalThis.runnelHandPass = () => handCount(lines);
    // The string path's first step alone: TextEncoder.encodeInto of each chunk into a
    // Uint8Array (what runnel.js does into wasm memory), as a rate of events.
    const encoded = new Uint8Array(Math.max(...lines.map((t) => t.length)));
    const encoder = new TextEncoder();
    globalThis.runnelEncodePass = () => {
      const t = performance.now();
      for (const l of lines) encoder.encodeInto(l, encoded);
      return Math.round(events / ((performance.now() - t) / 1000));
    };
    return { ready: true };
  }
  // The first pass runs while the engine's wasm is still being tiered up from the
  // baseline compiler (V8's Liftoff) to the optimising one; then five steady passes,
  // each a new query over a new stream (median and range), as the native bench does.
  const arrowCold = run("bench_ipc_cold", (c) => ipc[c]);
  const passes = [0, 1, 2, 3, 4].map((p) => run(`bench_ipc${p}`, (c) => ipc[c])).sort((a, b) => a - b);
  const median3 = (f) => [0, 1, 2].map(f).sort((a, b) => a - b)[1];
  x = 0x2545f491;
  let chunks = [];
  for (let c = 0; c < events / chunk; c++) chunks.push(makeChunk(c));
  // JS objects: as columns converted in JS (addData's way), and, for reference, through
  // JSON.stringify and the engine's JSON reader (the way before; addData's fallback).
  run("bench_obj_warm", (c) => chunks[c]);
  const objects = median3((p) => run(`bench_obj${p}`, (c) => chunks[c]));
  const runJson = (name) => {
    const input = spark.memoryStream(name, ddl);
    return run(name, (c) => chunks[c], input, (rows) => input._addJson(rows));
  };
  const objectsJson = median3((p) => runJson(`bench_objjson${p}`));
  // JSON lines, 100,000 a chunk, as strings and as UTF-8 bytes; and the hand-written JS
  // (handCount) on the same text.
  const texts = chunks.map((rows) => rows.map((r) => JSON.stringify(r)).join("\n"));
  chunks = null;
  const text = median3((p) => run(`bench_text${p}`, (c) => texts[c]));
  const handJs = median3(() => handCount(texts));
  const bytes = texts.map((t) => new TextEncoder().encode(t));
  const textBytes = median3((p) => run(`bench_bytes${p}`, (c) => bytes[c]));
  let more = 0;
  globalThis.runnelIpcPass = () => run(`bench_ipc_more${more++}`, (c) => ipc[c]);
  return { arrow: passes[2], arrowLo: passes[0], arrowHi: passes[4], arrowCold, objects, objectsJson, text, textBytes, handJs };
};

// Micro-batch latency, as a function source that runs in Node and the page: the same
// windowed count over batches of 1,000 rows. (1) Synchronous: addData then
// processAllAvailable, timed together per batch, rows as JS objects and as JSON text.
// (2) Event to sink: a query with a processingTime trigger of 0 and a foreachBatch
// sink; each batch of rows is added from a fresh task (the next is added once the
// sink has seen the last), the time from just before addData to the sink's callback.
const LATENCY = async (mod, batches) => {
  const { SparkSession, functions: F } = mod;
  const spark = await SparkSession.builder().getOrCreate();
  const ddl = "timestamp TIMESTAMP, category STRING, value DOUBLE";
  const cats = ["books", "music", "games", "sports", "garden", "toys", "food", "tools"];
  const base = Date.parse("2025-03-01T10:00:00Z");
  const size = 1000;
  const warm = 200;
  let x = 0x2545f491;
  const make = (b) => {
    const rows = new Array(size);
    for (let i = 0; i < size; i++) {
      x = (x * 1103515245 + 12345) >>> 0;
      const n = b * size + i;
      rows[i] = {
        timestamp: new Date(base + Math.floor(n / 20) * 1000 - (x % 120) * 1000).toISOString(),
        category: cats[x % 8],
        value: (x % 10000) / 100,
      };
    }
    return rows;
  };
  // Each batch is made right before it is added (untimed), as a live page gets its rows:
  // a million pre-made rows in the JS heap would make every collection slow.
  const asText = (rows) => rows.map((r) => JSON.stringify(r)).join("\n");
  const pct = (ms) => {
    ms.sort((a, b) => a - b);
    const at = (p) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))];
    return { p50: at(0.5), p90: at(0.9), p99: at(0.99), max: ms[ms.length - 1] };
  };
  const query = (input) => input.toDF().withWatermark("timestamp", "5 minutes")
    .groupBy(F.window("timestamp", "10 minutes"), "category").count().writeStream.outputMode("update");
  // What the slow batches had in common, to tell the outliers apart: a garbage
  // collection of the JS heap during the batch (Node: the `gc` performance entries; a
  // page: its JS heap shrinking over the batch, with --enable-precise-memory-info), the
  // engine's wasm memory growing, the state evicting rows (the watermark closing
  // windows), the main thread preempted (Linux, Node only).
  const perf = typeof process !== "undefined" && process.getBuiltinModule ? process.getBuiltinModule("node:perf_hooks") : null;
  const gcs = [];
  const gcObserver = perf ? new perf.PerformanceObserver((l) => { for (const e of l.getEntries()) gcs.push([e.startTime, e.startTime + e.duration]); }) : null;
  gcObserver?.observe({ entryTypes: ["gc"] });
  const heap = () => (globalThis.performance && performance.memory ? performance.memory.usedJSHeapSize : null);
  const wasmBytes = () => (mod._engineMemoryBytes ? mod._engineMemoryBytes() : null);
  const sync = (name, feed) => {
    const input = spark.memoryStream(name, ddl);
    const q = query(input).format("noop").start();
    const ms = [];
    // In Node, the process's CPU time per batch too: on a loaded machine the wall
    // time's tail is mostly the scheduler running someone else.
    const cpuNow = typeof process !== "undefined" && process.cpuUsage ? () => process.cpuUsage() : null;
    // And on Linux, whether the main thread was preempted during a batch (its
    // involuntary context switches, read before and after, untimed).
    const fs = typeof process !== "undefined" && process.getBuiltinModule ? process.getBuiltinModule("node:fs") : null;
    const preempted = () => {
      try {
        return Number(/nonvoluntary_ctxt_switches:\s+(\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]);
      } catch {
        return null;
      }
    };
    const cpu = [];
    let slow = 0;
    let slowPreempted = 0;
    // The batches over 1 ms (wall, and in Node CPU time) with what happened in them.
    const slowOnes = [];
    x = 0x2545f491;
    for (let b = 0; b < warm + batches; b++) {
      const rows = feed(make(b));
      const s0 = fs && preempted();
      const h0 = heap();
      const w0 = wasmBytes();
      const c = cpuNow && cpuNow();
      const t = performance.now();
      input.addData(rows);
      q.processAllAvailable();
      const wall = performance.now() - t;
      if (b >= warm) {
        ms.push(wall);
        let cpuMs = null;
        if (c) {
          const d = process.cpuUsage(c);
          cpuMs = (d.user + d.system) / 1000;
          cpu.push(cpuMs);
        }
        const pre = wall > 1 && s0 !== null && s0 !== false && preempted() > s0;
        if (wall > 1 && s0 !== null && s0 !== false) {
          slow++;
          if (pre) slowPreempted++;
        }
        if (wall > 1 || cpuMs > 1) {
          const h1 = heap();
          const st = q.lastProgress?.stateOperators?.[0];
          slowOnes.push({ t, wall, cpu: cpuMs, preempted: pre, heapShrank: h0 !== null && h1 < h0,
            wasmGrew: w0 !== null && wasmBytes() > w0, evicted: !!st && st.numRowsRemoved > 0 });
        }
      }
    }
    q.stop();
    return { ...pct(ms), cpu: cpu.length ? pct(cpu) : null, slow, slowPreempted: fs ? slowPreempted : null, slowOnes };
  };
  // Each slow batch's causes (a batch may have several; "none" when none of these).
  const why = (ones, key) => {
    const list = ones.filter((o) => o[key] > 1);
    const n = { gc: 0, wasmGrew: 0, evicted: 0, preempted: 0, none: 0 };
    for (const o of list) {
      o.gc = gcs.some(([a, z]) => z >= o.t && a <= o.t + o.wall) || o.heapShrank;
      for (const k of ["gc", "wasmGrew", "evicted", "preempted"]) if (o[k]) n[k]++;
      if (!o.gc && !o.wasmGrew && !o.evicted && !o.preempted) n.none++;
    }
    return { count: list.length, ...n };
  };
  const objects = sync("lat_obj", (rows) => rows);
  const text = sync("lat_text", asText);
  // The GC entries of the timed batches arrive after this task.
  await new Promise((r) => setTimeout(r, 10));
  gcObserver?.disconnect();
  for (const r of [objects, text]) {
    r.why = { wall: why(r.slowOnes, "wall"), cpu: r.cpu ? why(r.slowOnes, "cpu") : null };
    delete r.slowOnes;
  }
  // Event to sink, trigger 0.
  const input = spark.memoryStream("lat_trigger", ddl);
  let seen = null;
  const q = query(input).trigger({ processingTime: "0 seconds" })
    .foreachBatch((rows) => { if (seen && rows.length > 0) seen(performance.now()); }).start();
  const ms = [];
  x = 0x2545f491;
  for (let b = 0; b < warm + batches; b++) {
    const rows = make(b);
    await new Promise((r) => setTimeout(r, 0));
    const t = performance.now();
    const done = await new Promise((resolve) => {
      seen = resolve;
      input.addData(rows);
    });
    seen = null;
    if (b >= warm) ms.push(done - t);
  }
  q.stop();
  return { objects, text, trigger: pct(ms) };
};

// The guide's stream-stream join, as a function source that runs in Node and the page:
// one impression every 0.864 s and one click per impression 0-80 minutes later (the
// native bench's data), fed 10,000 rows a side per micro-batch.
const JOIN_BENCH = async (mod, events) => {
  const { SparkSession, functions: F } = mod;
  const spark = await SparkSession.builder().getOrCreate();
  const base = Date.parse("2025-03-01T10:00:00Z");
  const chunk = 10000;
  let x = 0x9e3779b9;
  const imp = [];
  const clk = [];
  for (let c = 0; c < events / chunk; c++) {
    const a = new Array(chunk);
    const b = new Array(chunk);
    for (let i = 0; i < chunk; i++) {
      const n = c * chunk + i;
      const t = base + n * 864;
      x = (x * 1103515245 + 12345) >>> 0;
      a[i] = { impressionAdId: n, impressionTime: new Date(t).toISOString() };
      b[i] = { clickAdId: n, clickTime: new Date(t + (x % 4800000)).toISOString() };
    }
    imp.push(spark.createDataFrame(a, "impressionAdId INT, impressionTime TIMESTAMP").toArrowIPC());
    clk.push(spark.createDataFrame(b, "clickAdId INT, clickTime TIMESTAMP").toArrowIPC());
  }
  const run = (name) => {
    const i = spark.memoryStream(`${name}_imp`, "impressionAdId INT, impressionTime TIMESTAMP");
    const k = spark.memoryStream(`${name}_clk`, "clickAdId INT, clickTime TIMESTAMP");
    const q = i.toDF().withWatermark("impressionTime", "2 hours")
      .join(k.toDF().withWatermark("clickTime", "3 hours"),
        F.expr("clickAdId = impressionAdId AND clickTime >= impressionTime AND clickTime <= impressionTime + interval 1 hour"))
      .writeStream.outputMode("append").format("noop").start();
    const t = performance.now();
    let state = 0;
    for (let c = 0; c < imp.length; c++) {
      i.addData(imp[c]);
      k.addData(clk[c]);
      q.processAllAvailable();
      const p = q.lastProgress;
      if (p) state = Math.max(state, p.stateOperators[0].numRowsTotal);
    }
    const secs = (performance.now() - t) / 1000;
    q.stop();
    return { rate: Math.round((2 * events) / secs), state };
  };
  run("join_cold");
  const passes = [0, 1, 2].map((p) => run(`join${p}`)).sort((a, b) => a.rate - b.rate);
  return { rate: passes[1].rate, lo: passes[0].rate, hi: passes[2].rate, state: passes[1].state };
};

// The native join bench's rate, or null when not built.
function nativeJoin() {
  const target = process.env.CARGO_TARGET_DIR || join(process.env.HOME || "", ".cache", "runnel-target");
  const bin = join(target, "release", "runnel-bench");
  if (!existsSync(bin)) return null;
  const out = execFileSync(bin, ["--only", "join", "--events", String(EVENTS), "--dir", "/tmp/runnel-bench-join"], { encoding: "utf8" });
  const m = /stream-stream join \(inner, append\) :\s+(\d+) events\/s/.exec(out);
  return m ? Number(m[1]) : null;
}

function fmt(n) {
  return n.toLocaleString("en-US");
}

/** Prints one environment's throughput figures, each next to its reference from the same run. */
function report(where, r) {
  const x = (a, b) => `${(a / b).toFixed(2)}x`;
  console.log(`${where} : Arrow IPC batches ${fmt(r.arrow)} events/s (median of 5: ${fmt(r.arrowLo)}-${fmt(r.arrowHi)}; first pass ${fmt(r.arrowCold)})`);
  console.log(`${where} : JS objects ${fmt(r.objects)} events/s (median of 3; target >= 3,000,000); through JSON.stringify and the JSON reader ${fmt(r.objectsJson)}: ${x(r.objects, r.objectsJson)}`);
  console.log(`${where} : JSON text, 100,000 lines a call ${fmt(r.text)} events/s (median of 3; target >= 5,000,000 and >= 3x the hand-written JS); hand-written JS (JSON.parse per line + Map) ${fmt(r.handJs)}: ${x(r.text, r.handJs)}`);
  console.log(`${where} : JSON text as UTF-8 bytes (Uint8Array, as fetch gives it) ${fmt(r.textBytes)} events/s (median of 3): ${x(r.textBytes, r.handJs)} the hand-written JS`);
}

function fmtMs(p) {
  return `p50 ${p.p50.toFixed(3)} ms, p90 ${p.p90.toFixed(3)}, p99 ${p.p99.toFixed(3)}, max ${p.max.toFixed(2)}`;
}

/** Prints one environment's micro-batch latencies. */
function reportLatency(where, r, batches) {
  const cpu = (p) => (p.cpu ? ` (the process's CPU time: ${fmtMs(p.cpu)})` : "")
    + (p.slowPreempted !== null && p.slowPreempted !== undefined ? `; of the ${p.slow} batches over 1 ms, ${p.slowPreempted} had the main thread preempted` : "");
  console.log(`${where} : 1,000-row batches, addData + processAllAvailable, ${batches} batches (target p50 <= 0.3 ms, p99 <= 1 ms):`);
  // What the batches over 1 ms had in common (see LATENCY's `why`).
  const causes = (w, what) => w && w.count > 0
    ? `\n${where} :     of the ${w.count} batches over 1 ms ${what}: ${w.gc} with a JS garbage collection, ${w.wasmGrew} with wasm memory grown, ${w.evicted} with state rows evicted, ${w.preempted} preempted, ${w.none} with none of these`
    : "";
  for (const [name, p] of [["JS objects", r.objects], ["JSON text ", r.text]]) {
    console.log(`${where} :   ${name} ${fmtMs(p)}${cpu(p)}${causes(p.why.wall, "wall")}${causes(p.why.cpu, "of CPU time")}`);
  }
  console.log(`${where} : event to sink, processingTime trigger of 0, foreachBatch, 1,000-row batches added one task apart: ${fmtMs(r.trigger)}`);
}

// The native engine's rate on the same events (median of 5), or null when not built.
function native() {
  const target = process.env.CARGO_TARGET_DIR || join(process.env.HOME || "", ".cache", "runnel-target");
  const bin = join(target, "release", "runnel-bench");
  if (!existsSync(bin)) return null;
  const out = execFileSync(bin, ["--only", "memory", "--events", String(EVENTS)], { encoding: "utf8" });
  const m = /windowed count: (\d+) events\/s/.exec(out);
  return m ? Number(m[1]) : null;
}

// The page server: the package, the course data, and one page per bench function.
function startServer() {
  const page = (fn, name, arg, pkg = "pkg") => `<!doctype html><script type="module">
import * as mod from "/${pkg}/runnel.js";
const F = ${fn.toString()};
window.__result = await F(mod, ${arg});
</script>`;
  const server = createServer((req, res) => {
    // Cross-origin isolated pages get performance.now() at 5 µs instead of 100 µs.
    res.setHeader("cross-origin-opener-policy", "same-origin");
    res.setHeader("cross-origin-embedder-policy", "require-corp");
    const url = new URL(req.url, "http://x");
    const pkgPath = url.pathname.startsWith("/pkg/") ? [pkgDir, 5] : url.pathname.startsWith("/pkg-b/") ? [pkgDirB, 7] : null;
    if (pkgPath) {
      const f = join(pkgPath[0], url.pathname.slice(pkgPath[1]));
      if (!existsSync(f)) return res.writeHead(404).end();
      const type = { ".js": "text/javascript", ".wasm": "application/wasm" }[extname(f)] || "text/plain";
      return res.writeHead(200, { "content-type": type }).end(readFileSync(f));
    }
    if (url.pathname.startsWith("/data/")) {
      const f = join(root, "examples", "data", "streaming_input", url.pathname.slice(6));
      return res.writeHead(200).end(readFileSync(f));
    }
    const html = (t) => res.writeHead(200, { "content-type": "text/html" }).end(t);
    if (url.pathname === "/bench.html") return html(page(BENCH, "BENCH", EVENTS));
    if (url.pathname === "/ipc.html") return html(page(BENCH, "BENCH", `${EVENTS}, true`));
    if (url.pathname === "/ipc-b.html") return html(page(BENCH, "BENCH", `${EVENTS}, true`, "pkg-b"));
    if (url.pathname === "/join.html") return html(page(JOIN_BENCH, "JOIN_BENCH", EVENTS));
    if (url.pathname === "/latency.html") return html(page(LATENCY, "LATENCY", BATCHES));
    if (url.pathname === "/example.html") {
      const files = readdirSync(join(root, "examples", "data", "streaming_input"));
      const src = readFileSync(join(root, "examples", "seed", "ex8_watermark_window_update.py"), "utf8")
        .replaceAll("dbfs:/mnt/data", "/data");
      return html(`<!doctype html><script type="module">
const t0 = performance.timeOrigin;
const { SparkSession } = await import("/pkg/runnel.js");
const spark = await SparkSession.builder().getOrCreate();
const files = {};
await Promise.all(${JSON.stringify(files)}.map(async (f) => { files["/data/data/streaming-json/" + f] = await (await fetch("/data/" + f)).text(); }));
const out = spark.runScript(${JSON.stringify(src)}, { files });
window.__firstResultMs = performance.now();
window.__ok = out.includes("Batch: 0");
</script>`);
    }
    res.writeHead(404).end();
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

/** Headless Chromium and the page server; `fn(browser, origin)`, then both closed. */
async function withChromium(fn) {
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--enable-precise-memory-info",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    return await fn(browser, `http://127.0.0.1:${server.address().port}`);
  } finally {
    await browser.close();
    server.close();
  }
}

/** Opens `path` and waits for its `window.__result`. */
async function pageResult(browser, origin, path, timeout = 600000) {
  const page = await browser.newPage();
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  page.on("crash", () => console.error("the page crashed"));
  await page.goto(`${origin}${path}`);
  await page.waitForFunction(() => window.__result, null, { timeout });
  return { page, result: await page.evaluate(() => window.__result) };
}

const loadNow = () => `load average ${loadavg().map((l) => l.toFixed(2)).join(", ")} (${cpus().length} cores)`;

async function main() {
  const mod = await import(join(pkgDir, "runnel.js"));
  if (process.argv.includes("--join")) return joinMain(mod);
  if (process.argv.includes("--latency")) return latencyMain(mod);
  if (process.argv.includes("--profile")) return profileMain();
  if (process.argv.includes("--ratio")) return ratioMain();
  if (process.argv.includes("--text")) return textMain();
  console.log(`at the start: ${loadNow()}`);
  const node = await BENCH(mod, EVENTS);
  report("node    ", node);
  await withChromium(async (browser, origin) => {
    const { page, result: r } = await pageResult(browser, origin, "/bench.html", 300000);
    report("chromium", r);
    await ratioRounds(page);
    await page.close();
    const times = [];
    for (let i = 0; i < 3; i++) {
      const p = await browser.newPage();
      await p.goto(`${origin}/example.html`);
      await p.waitForFunction(() => window.__firstResultMs, null, { timeout: 60000 });
      const { ms, ok } = await p.evaluate(() => ({ ms: window.__firstResultMs, ok: window.__ok }));
      if (!ok) throw new Error("example 7 printed no batch");
      times.push(ms);
      await p.close();
    }
    times.sort((a, b) => a - b);
    console.log(`chromium : page load to the first result of course example 7: ${Math.round(times[1])} ms (median of 3; target <= 1500 ms)`);
  });
  await latencyMain(mod);
  console.log(`at the end: ${loadNow()}`);
}

// `--latency`: only the micro-batch latencies, in Node and Chromium.
async function latencyMain(mod) {
  reportLatency("node    ", await LATENCY(mod, BATCHES), BATCHES);
  await withChromium(async (browser, origin) => {
    const { result } = await pageResult(browser, origin, "/latency.html");
    reportLatency("chromium", result, BATCHES);
  });
}

// Against native, in alternating rounds (native median of 5 passes, then Chromium median
// of 3, in `page`, which defines runnelIpcPass): this machine's speed drifts by tens of
// percent over seconds, so each round's ratio is taken between neighbours, and the median
// of the rounds kept.
async function ratioRounds(page) {
  if (native() === null) {
    console.log("native   : not built (cargo build --release --bin runnel-bench) - no ratio");
    return;
  }
  const rounds = [];
  for (let i = 0; i < 7; i++) {
    const nat = native();
    const web = await page.evaluate(() => [runnelIpcPass(), runnelIpcPass(), runnelIpcPass()].sort((a, b) => a - b)[1]);
    rounds.push({ nat, web, ratio: web / nat });
  }
  const by = (k) => rounds.map((x) => x[k]).sort((a, b) => a - b);
  const [nat, web, ratio] = [by("nat"), by("web"), by("ratio")];
  console.log(`native   : the same events as Arrow batches, ${fmt(nat[3])} events/s (median of 7 rounds, ${fmt(nat[0])}-${fmt(nat[6])}); chromium in the same rounds ${fmt(web[3])} (${fmt(web[0])}-${fmt(web[6])})`);
  console.log(`ratio    : chromium / native, round by round: median ${Math.round(100 * ratio[3])}% (${Math.round(100 * ratio[0])}-${Math.round(100 * ratio[6])}%; target >= 70%)`);
}

// `--ratio`: only the Arrow IPC rounds against native (after 3 warm-up passes in Chromium).
async function ratioMain() {
  console.log(`at the start: ${loadNow()}`);
  await withChromium(async (browser, origin) => {
    const { page } = await pageResult(browser, origin, "/ipc.html");
    await page.evaluate(() => [runnelIpcPass(), runnelIpcPass(), runnelIpcPass()]);
    await ratioRounds(page);
  });
  console.log(`at the end: ${loadNow()}`);
}

// `--text [--against DIR] [--rounds 5]`: only JSON text in Chromium, in rounds each of a
// string pass, a UTF-8 bytes pass and the hand-written JS (after 2 warm-up passes), each
// as a wall-clock rate and per CPU-second of the page's main thread; with `--against`,
// the same passes of a second package in each round (A/B in one run).
async function textMain() {
  console.log(`at the start: ${loadNow()}`);
  await withChromium(async (browser, origin) => {
    const open = async (name, path) => {
      const { page } = await pageResult(browser, origin, path);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Performance.enable");
      return { name, page, cdp };
    };
    const pages = [await open("this package", "/ipc.html")];
    if (pkgDirB) pages.push(await open(pkgDirB, "/ipc-b.html"));
    // A package from before JSON bytes were taken has no bytes figure (NaN).
    const bytesPass = () => { try { return runnelBytesPass(); } catch { return NaN; } };
    const passes = { text: "runnelTextPass()", bytes: `(${bytesPass})()`, hand: "runnelHandPass()", encode: "runnelEncodePass()" };
    // One pass: its wall-clock rate, and its rate per CPU-second of the page's main
    // thread (CDP's ThreadTime): on a loaded machine the wall time is mostly waiting.
    const thread = async (cdp) => (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime").value;
    const pass = async ({ page, cdp }, expr) => {
      const t0 = await thread(cdp);
      const wall = await page.evaluate(expr);
      const cpu = (await thread(cdp)) - t0;
      return { wall, cpu: Number.isNaN(wall) ? NaN : Math.round(EVENTS / cpu) };
    };
    for (const p of pages) for (const e of [passes.text, passes.bytes]) await pass(p, e);
    const rows = pages.map(() => ({ text: [], bytes: [], hand: [] }));
    const encode = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (let i = 0; i < pages.length; i++) {
        for (const k of ["text", "bytes", "hand"]) rows[i][k].push(await pass(pages[i], passes[k]));
      }
      encode.push(await pass(pages[0], passes.encode));
    }
    const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];
    const range = (a) => `${fmt(Math.min(...a))}-${fmt(Math.max(...a))}`;
    pages.forEach(({ name }, i) => {
      for (const how of ["wall", "cpu"]) {
        const r = Object.fromEntries(Object.entries(rows[i]).map(([k, v]) => [k, v.map((x) => x[how])]));
        const per = how === "wall" ? "events/s" : "events per CPU-second of the page's main thread";
        console.log(`chromium : ${name}, ${per}: JSON text ${fmt(med(r.text))} (median of ${ROUNDS}, ${range(r.text)}), as UTF-8 bytes ${fmt(med(r.bytes))} (${range(r.bytes)}); hand-written JS ${fmt(med(r.hand))} (${range(r.hand)}): ${(med(r.text) / med(r.hand)).toFixed(2)}x and ${(med(r.bytes) / med(r.hand)).toFixed(2)}x (target >= 5,000,000 and >= 3x)`);
      }
    });
    const e = encode.map((x) => x.cpu);
    console.log(`chromium : TextEncoder.encodeInto of the same strings alone (the string path's copy into wasm memory, not in the bytes path): ${fmt(med(e))} events per CPU-second (${range(e)})`);
  });
  console.log(`at the end: ${loadNow()}`);
}

// `--profile`: the Arrow IPC windowed count in Chromium under V8's sampling profiler
// (CDP through playwright-core), after 3 warm-up passes: the 40 functions with the most
// self time (wasm functions by their Rust names when the engine was built with its name
// section, `CARGO_PROFILE_WASM_STRIP=false bash crates/runnel-wasm/build.sh`).
async function profileMain() {
  console.log(`at the start: ${loadNow()}`);
  await withChromium(async (browser, origin) => {
    const { page } = await pageResult(browser, origin, "/ipc.html");
    const what = process.argv[process.argv.indexOf("--profile") + 1];
    const json = what === "json" || what === "bytes";
    const pass = what === "bytes" ? () => runnelBytesPass() : json ? () => runnelTextPass() : () => runnelIpcPass();
    const warm = await page.evaluate(`[${pass}, ${pass}, ${pass}].map((f) => f())`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    const rates = await page.evaluate(`[0, 1, 2, 3, 4].map(() => (${pass})())`);
    const { profile } = await cdp.send("Profiler.stop");
    const self = new Map();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const counts = new Map();
    for (const id of profile.samples) counts.set(id, (counts.get(id) || 0) + 1);
    let total = 0;
    for (const [id, c] of counts) {
      const f = byId.get(id).callFrame;
      const name = f.functionName || `(anonymous ${f.url.split("/").pop()}:${f.lineNumber})`;
      self.set(name, (self.get(name) || 0) + c);
      total += c;
    }
    console.log(`chromium : ${what === "bytes" ? "JSON text as UTF-8 bytes" : json ? "JSON text" : "Arrow IPC"} passes under the profiler ${rates.map(fmt).join(", ")} events/s (warm-up ${warm.map(fmt).join(", ")})`);
    console.log(`chromium : self time of ${total} samples:`);
    for (const [name, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
      console.log(`${(100 * c / total).toFixed(1).padStart(6)}%  ${name.slice(0, 150)}`);
    }
  });
  console.log(`at the end: ${loadNow()}`);
}

// `--join`: only the stream-stream join, in Node, Chromium and natively.
async function joinMain(mod) {
  const node = await JOIN_BENCH(mod, EVENTS);
  console.log(`node     : stream-stream join ${fmt(node.rate)} events/s (median of 3: ${fmt(node.lo)}-${fmt(node.hi)}; state rows after each step at most ${fmt(node.state)})`);
  await withChromium(async (browser, origin) => {
    const { result: r } = await pageResult(browser, origin, "/join.html");
    console.log(`chromium : stream-stream join ${fmt(r.rate)} events/s (median of 3: ${fmt(r.lo)}-${fmt(r.hi)}; state rows after each step at most ${fmt(r.state)})`);
  });
  const nat = nativeJoin();
  console.log(nat === null ? "native   : not built (cargo build --release --bin runnel-bench)"
    : `native   : stream-stream join from JSON files ${fmt(nat)} events/s (runnel-bench --only join); Spark 4.3 local[2] on those files: see README`);
}

await main();
