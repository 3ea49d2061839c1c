// Browser test (node --test): headless Debian Chromium, driven by playwright-core,
// loads a page from a local server on 127.0.0.1 that imports the npm package and runs
// a windowed, watermarked count over events streamed by the same server, over HTTP
// polling, over Server-Sent Events and over a WebSocket, with late rows among them. The server hands
// out the next chunk only after the page reports a batch with data, so every chunk is
// one micro-batch, as in the native run it is compared with (`runnel oracle-check`
// over the same chunks as steps): the emitted rows must be the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFileSync, mkdirSync, writeFileSync, rmSync, existsSync } from "node:fs";
import { join, dirname, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { WebSocketServer } from "ws";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkgDir = process.env.RUNNEL_PKG_DIR || join(root, "crates", "runnel-wasm", "pkg");
const targetDir = process.env.CARGO_TARGET_DIR || join(process.env.HOME, ".cache", "runnel-target");
const runnel = process.env.RUNNEL_BIN || join(targetDir, "debug", "runnel");

// 8 chunks of events, 10-minute windows, a 5-minute watermark, late rows in chunks 4 and 6.
function chunks() {
  const out = [];
  const base = Date.parse("2025-03-01T10:00:00Z");
  const cats = ["books", "music", "games"];
  let x = 12345;
  const rnd = (n) => ((x = (x * 1103515245 + 12345) % 2147483648), x % n);
  for (let c = 0; c < 8; c++) {
    const rows = [];
    for (let i = 0; i < 50; i++) {
      let t = base + c * 6 * 60000 + i * 7000;
      if ((c === 4 || c === 6) && i % 10 === 0) t -= 25 * 60000; // late
      rows.push({ timestamp: new Date(t).toISOString(), category: cats[rnd(3)], value: rnd(1000) / 10 });
    }
    out.push(rows);
  }
  return out;
}

const QUERY = `events.withWatermark("timestamp", "5 minutes")
  .groupBy(window("timestamp", "10 minutes"), "category").count()`;

function nativeRows(data) {
  const dir = join(tmpdir(), `runnel-browser-case-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  data.forEach((rows, i) => {
    const s = join(dir, "steps", String(i).padStart(3, "0"));
    mkdirSync(s, { recursive: true });
    writeFileSync(join(s, "chunk.json"), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
  });
  writeFileSync(
    join(dir, "query.py"),
    `from pyspark.sql.functions import window
events = spark.readStream.schema("timestamp TIMESTAMP, category STRING, value DOUBLE").json(INPUT)
result = ${QUERY.replace(/\n/g, " ")}
OUTPUT_MODE = "append"
`,
  );
  const out = join(dir, "out");
  try {
    execFileSync(runnel, ["oracle-check", "--out", out, dir], { stdio: "pipe" });
  } catch (_) {
    // no expected.json: oracle-check reports a failure, the actual output is still written
  }
  const actual = JSON.parse(readFileSync(join(out, `runnel-browser-case-${process.pid}`, "actual.json"), "utf8"));
  rmSync(dir, { recursive: true, force: true });
  return actual.steps.flatMap((s) => s.batches.flatMap((b) => b.rows));
}

const PAGE = (source) => `<!doctype html><meta charset="utf-8"><title>runnel test</title>
<script type="module">
import { SparkSession, functions as F } from "/pkg/runnel.js";
const t0 = performance.now();
const spark = await SparkSession.builder().getOrCreate();
window.__loadMs = performance.now() - t0;
const events = spark.readStream.format("${source}")
  .option("url", "${source === "http" ? "/events" : source === "sse" ? "/sse" : "ws://" + "HOST" + "/ws"}")
  .option("intervalMs", 20)
  .schema("timestamp TIMESTAMP, category STRING, value DOUBLE").load();
const window_ = F.window;
const rows = [];
const q = events.withWatermark("timestamp", "5 minutes")
  .groupBy(window_("timestamp", "10 minutes"), "category").count()
  .writeStream.outputMode("append").trigger({ processingTime: "10 milliseconds" })
  .foreachBatch((r) => rows.push(...r)).start();
// After a batch with data, run the no-data batch the watermark asks for before the
// next chunk comes, as processAllAvailable() does natively between steps.
q.on("progress", (p) => { if (p.numInputRows > 0) { q.processAllAvailable(); fetch("/ack?batch=" + p.batchId); } });
window.__rows = rows;
window.__query = q;
window.__done = () => { q.stop(); events.source.close(); return { rows, batches: q.recentProgress.length, received: events.source.received }; };
</script>`;

async function serve(data) {
  let released = 1; // chunks handed out so far (chunk 0 at once)
  let acks = 0;
  let wsSent = 0;
  const sockets = new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname.startsWith("/pkg/")) {
      if (url.pathname === "/pkg/runnel_parquet_bg.wasm") server.parquetFetches++;
      const f = join(pkgDir, url.pathname.slice(5));
      if (!existsSync(f)) return res.writeHead(404).end();
      const type = { ".js": "text/javascript", ".wasm": "application/wasm" }[extname(f)] || "application/octet-stream";
      return res.writeHead(200, { "content-type": type }).end(readFileSync(f));
    }
    if (url.pathname === "/http.html" || url.pathname === "/ws.html" || url.pathname === "/sse.html") {
      const src = { "/http.html": "http", "/ws.html": "websocket", "/sse.html": "sse" }[url.pathname];
      const page = PAGE(src).replace("HOST", req.headers.host);
      return res.writeHead(200, { "content-type": "text/html" }).end(page);
    }
    if (url.pathname === "/parquet-fetches") {
      return res.writeHead(200, { "content-type": "application/json" }).end(String(server.parquetFetches));
    }
    if (url.pathname === "/parquet.html") {
      return res.writeHead(200, { "content-type": "text/html" }).end(PARQUET_PAGE);
    }
    if (url.pathname === "/events") {
      // each poll gets the chunks released since its last poll (one at a time)
      const i = server.httpServed;
      if (i < released && i < data.length) {
        server.httpServed++;
        return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(data[i]));
      }
      return res.writeHead(200, { "content-type": "application/json" }).end("[]");
    }
    if (url.pathname === "/sse") {
      // Server-Sent Events: one event per chunk, each a JSON array of rows.
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache", connection: "keep-alive" });
      const client = { res, sent: 0 };
      sseClients.add(client);
      sendSse(client);
      req.on("close", () => sseClients.delete(client));
      return;
    }
    if (url.pathname === "/ack") {
      acks++;
      if (released < data.length && acks >= released) {
        released++;
        for (const ws of sockets) sendWs(ws);
        for (const c of sseClients) sendSse(c);
      }
      return res.writeHead(204).end();
    }
    res.writeHead(404).end();
  });
  server.httpServed = 0;
  server.parquetFetches = 0;
  const sseClients = new Set();
  const sendSse = (c) => {
    while (c.sent < released && c.sent < data.length) c.res.write(`data: ${JSON.stringify(data[c.sent++])}\n\n`);
  };
  const sendWs = (ws) => {
    while (wsSent < released && wsSent < data.length) ws.send(JSON.stringify(data[wsSent++]));
  };
  const wss = new WebSocketServer({ server, path: "/ws" });
  wss.on("connection", (ws) => {
    sockets.add(ws);
    sendWs(ws);
    ws.on("close", () => sockets.delete(ws));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  return {
    port: server.address().port,
    get released() { return released; },
    get parquetFetches() { return server.parquetFetches; },
    close: () => { for (const c of sseClients) c.res.end(); wss.close(); server.close(); },
  };
}

const key = (r) => `${r.window.start}|${r.category}|${r.count}`;

// The Parquet codec is a wasm module of its own, fetched on first use: a page that writes
// and reads Parquet after `await spark.loadParquet()` (and is refused before it).
const PARQUET_PAGE = `<!doctype html><meta charset="utf-8"><title>runnel parquet</title>
<script type="module">
import { SparkSession } from "/pkg/runnel.js";
const first = await SparkSession.builder().getOrCreate();
const out = {};
try {
  const early = first.memoryStream("early", "k STRING, v BIGINT");
  const q0 = early.toDF().writeStream.format("parquet").option("checkpointLocation", "/ck/early").option("path", "/out/early").start();
  early.addData([{ k: "x", v: 0 }]);
  q0.processAllAvailable();
  out.before = "written";
} catch (e) {
  out.before = e.message;
}
out.fetchesBefore = await (await fetch("/parquet-fetches")).json();
const spark = await SparkSession.builder().getOrCreate();
await spark.loadParquet();
const input = spark.memoryStream("rows", "k STRING, v BIGINT");
const q = input.toDF().writeStream.format("parquet").option("checkpointLocation", "/ck/p").option("path", "/out/p").start();
input.addData([{ k: "b", v: 2 }, { k: "a", v: 1 }]);
q.processAllAvailable();
input.addData([{ k: "c", v: 3 }]);
q.processAllAvailable();
q.stop();
out.rows = spark.read.format("parquet").load("/out/p").orderBy("k").collect();
out.files = spark.listFiles("/out/p").map((f) => f.path);
window.__result = out;
</script>`;

test("the Parquet codec, a lazily loaded wasm module, is fetched on first use in Chromium and writes and reads Parquet", async () => {
  const srv = await serve([]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${srv.port}/parquet.html`);
    await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 60000 });
    const r = await page.evaluate(() => window.__result);
    assert.deepEqual(errors, []);
    assert.match(r.before, /loadParquet/, "Parquet before the codec is loaded is refused with what to do");
    assert.equal(r.fetchesBefore, 0, "the codec module is not fetched with the engine");
    assert.equal(srv.parquetFetches, 1, "the codec module is fetched once, by loadParquet()");
    assert.deepEqual(r.rows, [{ k: "a", v: 1 }, { k: "b", v: 2 }, { k: "c", v: 3 }]);
    assert.ok(r.files.some((f) => /^\/out\/p\/part-.*\.parquet$/.test(f)), r.files.join(", "));
  } finally {
    await browser.close();
    srv.close();
  }
});

for (const source of ["http", "ws", "sse"]) {
  test(`windowed count over ${source} in Chromium equals the native run`, async () => {
    const data = chunks();
    const expected = nativeRows(data).map((r) => `${r[0].start}|${r[1]}|${r[2]}`).sort();
    assert.ok(expected.length > 10);
    const srv = await serve(data);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${srv.port}/${source}.html`);
      await page.waitForFunction(() => window.__query !== undefined, null, { timeout: 20000 });
      const deadline = Date.now() + 30000;
      while (srv.released < data.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300)); // the last chunk's batch and its no-data batch
      const got = await page.evaluate(() => window.__done());
      assert.deepEqual(errors, []);
      assert.equal(got.received, 400);
      const actual = got.rows.map(key).sort();
      assert.deepEqual(actual, expected);
    } finally {
      await browser.close();
      srv.close();
    }
  });
}
