// The Runnel playground: a PySpark streaming script in an editor, its input files beside
// it, and Run / Step / Stop. Each Step drops the next input file (if none was dropped
// since the last batch) and runs one micro-batch of every query the script started; the
// page shows the console, the memory tables and spark.sql results, the progress JSON, and
// the timeline of event time against arrival (for a join of two streams, both inputs, the
// join's state per side and its matched and NULL-padded rows). Everything runs in this page.

import { SparkSession, initRunnel } from "runnel";
import { EditorView, basicSetup } from "codemirror";
import { python } from "@codemirror/lang-python";
import { setDiagnostics, lintGutter } from "@codemirror/lint";
import { keymap } from "@codemirror/view";
import { Prec } from "@codemirror/state";
import { renderTimeline, renderLegend, renderStatePlot } from "./timeline.js";
import { parseJoinPlan, sideOfFile, timesOf, renderJoin, renderJoinLegend, renderJoinState, renderJoinTable } from "./joinview.js";
import { EXAMPLES, SAMPLE_FILES, SAMPLE_DDL, courseText, inputDir, deltaSource, writesFiles, generateEvents, latestEventTime, kafkaTopics, joinsStreams, nextGroup, generateAdPair } from "./examples.js";

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);

/** Everything the page knows; the session is recreated on Reset and on Run after an edit. */
const st = {
  example: null,
  files: [], // { name, text, dropped: bool, batch: number|null }
  selectedFile: 0,
  spark: null,
  freshDrop: false,
  queries: new Map(), // id → { name, outputMode, window, batches: [] }
  sql: [],
  selectedBatch: null,
  timer: null,
  running: false,
  firstBatchMs: null,
};
window.__runnel = st;

// ---------------------------------------------------------------------------------
// Editor

const runKeys = Prec.highest(keymap.of([
  { key: "Mod-Enter", run: () => { run(); return true; } },
  { key: "Mod-.", run: () => { step(); return true; } },
  { key: "Escape", run: () => { stop(); return false; } },
]));

const editor = new EditorView({
  parent: $("editor"),
  extensions: [
    basicSetup,
    python(),
    lintGutter(),
    runKeys,
    EditorView.contentAttributes.of({ "aria-label": "PySpark script" }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged) {
        clearError();
        if (st.spark) setStatus("Script edited: Run or Step starts a fresh session.");
        st.dirty = true;
      }
    }),
  ],
});
window.__runnelEditor = editor;

function setScript(text) {
  editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: text } });
  st.dirty = false;
}

// ---------------------------------------------------------------------------------
// Status, errors, output

function setStatus(text) {
  $("status").textContent = text;
}

function clearError() {
  $("error").hidden = true;
  $("error").textContent = "";
  editor.dispatch(setDiagnostics(editor.state, []));
}

/** Shows an error under the editor and, when it names a line of the script, at that line. */
function showError(e, where = "") {
  const msg = (e && e.message) || String(e);
  const cond = e && e.condition ? ` [${e.condition}]` : "";
  const box = $("error");
  box.hidden = false;
  box.textContent = "";
  const head = document.createElement("strong");
  head.textContent = `${(e && (e.name || e.exception)) || "Error"}${cond}${where}`;
  const body = document.createElement("div");
  body.className = "error-message";
  body.textContent = msg;
  box.append(head, body);
  const line = e && Number(e.line);
  if (line && line <= editor.state.doc.lines) {
    const l = editor.state.doc.line(line);
    const from = Math.min(l.from + Math.max(Number(e.column) || 1, 1) - 1, l.to);
    const to = Math.max(l.to, from);
    editor.dispatch(setDiagnostics(editor.state, [{ from, to, severity: "error", message: msg, source: "runnel" }]));
    box.dataset.line = String(line);
    box.dataset.column = String(e.column || 1);
    editor.dispatch({ effects: EditorView.scrollIntoView(from, { y: "center" }) });
  } else {
    delete box.dataset.line;
  }
  setStatus("Error");
}

function appendConsole(text) {
  if (!text) return;
  const pre = $("tab-console");
  pre.textContent += text;
  pre.scrollTop = pre.scrollHeight;
}

// ---------------------------------------------------------------------------------
// Files

function renderFiles() {
  const list = $("file-list");
  list.textContent = "";
  st.files.forEach((f, i) => {
    const li = document.createElement("li");
    const b = document.createElement("button");
    b.className = "file" + (f.dropped ? " dropped" : "") + (i === st.selectedFile ? " selected" : "");
    b.textContent = f.name;
    b.setAttribute("aria-pressed", i === st.selectedFile ? "true" : "false");
    b.addEventListener("click", () => { st.selectedFile = i; renderFiles(); });
    const tag = document.createElement("span");
    tag.className = "file-tag";
    tag.textContent = f.dropped ? (f.batch != null ? `read in batch ${f.batch}` : "dropped, not read yet") : "waiting";
    li.append(b, tag);
    list.appendChild(li);
  });
  const f = st.files[st.selectedFile];
  const ta = $("file-text");
  ta.value = f ? f.text : "";
  ta.readOnly = !f || f.dropped;
  $("drop").disabled = !st.files.some((x) => !x.dropped);
  const script = editor.state.doc.toString();
  const kafka = kafkaTopics(script);
  const delta = deltaSource(script);
  $("input-dir").textContent = kafka && kafka.source ? `Kafka topic ${kafka.source}` : delta ? `Delta table ${delta}` : inputDir(script);
  const note = $("kafka-note");
  const notes = [];
  if (kafka) {
    notes.push(`Kafka is simulated in this page: each topic is an in-page memory stream with Kafka's schema (one partition). ${kafka.source ? `Each dropped file is produced to topic “${kafka.source}”, one message per line. ` : ""}${kafka.sinks.length ? `What the query writes to ${kafka.sinks.map((t) => `“${t}”`).join(", ")} is shown under Memory tables. ` : ""}kafka.bootstrap.servers and the other client options are ignored; to run against a real broker use runnel submit.`);
  }
  if (/format\(\s*["']delta["']/.test(script)) {
    notes.push(`Delta Lake is simulated in this page (delta-rs does not build for browsers): a Delta table is a folder of the page's files with Parquet data files and a _delta_log of JSON commits written by Runnel's in-page writer, one commit per micro-batch. ${delta ? `Each dropped file becomes a new version of ${delta}. ` : ""}Parquet files and checkpoints are real, written to the page's files: see the Files tab. To write real Delta tables use runnel submit.`);
  } else if (writesFiles(script)) {
    notes.push("Files (Parquet, _spark_metadata, checkpoints) are written to the page's virtual file system: see the Files tab.");
  }
  note.hidden = !notes.length;
  note.textContent = notes.join(" ");
}

$("file-text").addEventListener("input", (ev) => {
  const f = st.files[st.selectedFile];
  if (f && !f.dropped) f.text = ev.target.value;
});

/** Puts the next waiting file into the input folder. */
function dropNext() {
  const f = st.files.find((x) => !x.dropped);
  if (!f || !st.spark) return false;
  dropFile(f);
  renderFiles();
  return true;
}

function dropFile(f) {
  const script = editor.state.doc.toString();
  const kafka = kafkaTopics(script);
  const delta = deltaSource(script);
  if (kafka && kafka.source) st.spark.kafkaProduce(kafka.source, f.text);
  else if (delta) st.spark.deltaAppend(delta, f.text, SAMPLE_DDL);
  else st.spark.addFile(`${inputDir(script)}/${f.name}`, f.text);
  f.dropped = true;
  st.freshDrop = true;
  st.selectedFile = st.files.indexOf(f);
}

/**
 * What a Step drops: the next file, or for a join of two streams the next file of each
 * input (`impressions-03.json` with `clicks-03.json`).
 */
function dropForStep() {
  if (!st.spark) return false;
  const group = joinsStreams(editor.state.doc.toString()) ? nextGroup(st.files) : st.files.filter((f) => !f.dropped).slice(0, 1);
  for (const f of group) dropFile(f);
  renderFiles();
  return group.length > 0;
}

function addGenerated() {
  if (joinsStreams(editor.state.doc.toString())) {
    // A join's inputs: a pair of files (impressions and clicks), one of its clicks late.
    const pair = generateAdPair(st.files, st.files.length * 7919 + 17);
    for (const f of pair) st.files.push({ ...f, dropped: false, batch: null });
    st.selectedFile = st.files.length - 2;
    renderFiles();
    return;
  }
  const max = latestEventTime(st.files.map((f) => f.text)) || Date.parse("2025-03-01T10:00:00Z");
  const n = st.files.filter((f) => f.name.startsWith("generated-")).length;
  st.files.push({ name: `generated-${String(n).padStart(2, "0")}.json`, text: generateEvents(max, 12, max / 1000 + n), dropped: false, batch: null });
  st.selectedFile = st.files.length - 1;
  renderFiles();
}

// ---------------------------------------------------------------------------------
// Running

function resetSession() {
  stopTimer();
  if (st.spark) { try { st.spark.stop(); } catch { /* already stopped */ } }
  st.spark = null;
  st.queries = new Map();
  st.sql = [];
  st.selectedBatch = null;
  st.freshDrop = false;
  for (const f of st.files) { f.dropped = false; f.batch = null; }
  $("tab-console").textContent = "";
  $("tab-tables").textContent = "";
  $("file-tree").textContent = "";
  $("file-view").textContent = "";
  st.fileSizes = new Map();
  $("progress-json").textContent = "";
  $("progress-batch").textContent = "";
  clearError();
  renderFiles();
  render();
}

/** Starts the script in a fresh session (its queries wait for the page's steps). */
async function ensureStarted() {
  if (st.spark && !st.dirty) return true;
  resetSession();
  st.dirty = false;
  setStatus("Loading the engine…");
  const spark = await SparkSession.builder().getOrCreate();
  if (kafkaTopics(editor.state.doc.toString())) spark.simulateKafka();
  // Parquet (and the simulated Delta's data files) need the codec module, loaded on first use.
  if (/format\(\s*["'](?:parquet|delta)["']/.test(editor.state.doc.toString())) await spark.loadParquet();
  st.spark = spark;
  // A Delta source needs its table to exist when the query starts: the first file is its
  // version 0 (the first Step then reads it).
  if (deltaSource(editor.state.doc.toString()) && !st.files.some((f) => f.dropped)) dropNext();
  st.spark = null;
  try {
    const r = spark.startScript(editor.state.doc.toString(), { name: "script.py" });
    appendConsole(r.output);
    st.sql = r.sql;
  } catch (e) {
    appendConsole(`\n${e.name || "Error"}: ${e.message}\n`);
    showError(e);
    return false;
  }
  st.spark = spark;
  setStatus("Started: each Step runs one micro-batch.");
  return true;
}

/** One micro-batch (dropping the next file first unless one was just dropped). */
async function step() {
  if (!(await ensureStarted())) return false;
  if (!st.freshDrop) dropForStep();
  let r;
  try {
    r = st.spark.stepTraced();
  } catch (e) {
    showError(e, " (while running a batch)");
    stopTimer();
    return false;
  }
  st.freshDrop = false;
  appendConsole(r.output);
  let ran = false;
  let failed = false;
  for (const q of r.queries) {
    let rec = st.queries.get(q.id);
    if (!rec) {
      rec = { name: q.name, outputMode: q.outputMode, window: q.window ?? null, batches: [] };
      st.queries.set(q.id, rec);
    }
    if (q.error) {
      failed = true;
      appendConsole(`\n${q.error.exception}: ${q.error.message}\n`);
      showError(q.error, " (in a micro-batch)");
    }
    if (!q.ran) continue;
    ran = true;
    const p = q.progress;
    if (rec.join === undefined) startJoin(rec, q.plan);
    const joinOp = (p.stateOperators || []).find((o) => o.operatorName === "symmetricHashJoin");
    rec.batches.push({
      batchId: p.batchId,
      eventTimes: q.eventTimes ?? [],
      watermarkMs: q.watermarkMs ?? null,
      rows: q.rows ?? [],
      numInputRows: p.numInputRows,
      state: (p.stateOperators || []).map((o) => ({ name: o.operatorName, total: o.numRowsTotal })),
      progress: p,
      inputs: rec.join ? joinInputs(rec, p) : null,
      joinState: joinOp && joinOp.customMetrics ? { leftRows: joinOp.customMetrics.leftRows ?? 0, rightRows: joinOp.customMetrics.rightRows ?? 0 } : null,
    });
    if (!rec.join) for (const f of st.files) if (f.dropped && f.batch == null) f.batch = p.batchId;
  }
  if (ran) {
    if (st.firstBatchMs == null) {
      st.firstBatchMs = performance.now();
      document.body.dataset.firstBatchMs = String(Math.round(st.firstBatchMs));
    }
    const main = mainQuery();
    st.selectedBatch = main ? main.batches.length - 1 : null;
    refreshTables();
  }
  refreshVirtualFiles();
  renderFiles();
  render();
  const left = st.files.filter((f) => !f.dropped).length;
  if (!failed) setStatus(ran ? `Batch done. ${left} file(s) waiting.` : left ? "No batch ran." : "Nothing new: every file is read and the watermark has settled.");
  if (failed) stopTimer();
  return ran && !failed;
}

/**
 * A query's join of two streams, from its physical plan: the sides (columns, event-time
 * column), the time range of the condition, and the sides' names (their files' prefixes).
 */
function startJoin(rec, plan) {
  rec.join = parseJoinPlan(plan);
  if (!rec.join) return;
  rec.names = [0, 1].map((i) => {
    const f = st.files.find((x) => sideOfFile(x.text, rec.join) === i);
    return f ? f.name.replace(/[-_]?\d*\.[a-z]+$/i, "") : i === 0 ? "left" : "right";
  });
}

/**
 * The event times each input of a join read in this batch. The sources in the progress
 * are the plan's, left then right; a source whose offset moved read its oldest waiting
 * files (at most maxFilesPerTrigger of them), as Spark's file source does.
 */
function joinInputs(rec, p) {
  const script = editor.state.doc.toString();
  const m = /maxFilesPerTrigger["']\s*,\s*["']?(\d+)/.exec(script);
  const max = m ? Number(m[1]) : Infinity;
  const out = [[], []];
  (p.sources || []).slice(0, 2).forEach((src, i) => {
    if (JSON.stringify(src.startOffset ?? null) === JSON.stringify(src.endOffset ?? null)) return;
    const waiting = st.files.filter((f) => f.dropped && f.batch == null && sideOfFile(f.text, rec.join) === i);
    for (const f of waiting.slice(0, max)) {
      f.batch = p.batchId;
      if (rec.join.sides[i].time) out[i].push(...timesOf(f.text, rec.join.sides[i].time));
    }
  });
  return out;
}

function stopTimer() {
  if (st.timer) clearTimeout(st.timer);
  st.timer = null;
  st.running = false;
  document.body.dataset.running = "false";
}

/** Runs batch after batch (one file each) until nothing is left to do. */
async function run() {
  stopTimer();
  if (st.dirty || !st.spark) { if (!(await ensureStarted())) return; }
  st.running = true;
  document.body.dataset.running = "true";
  const delay = Number(params.get("delay") ?? 450);
  const tick = async () => {
    if (!st.running) return;
    const ran = await step();
    const left = st.files.some((f) => !f.dropped);
    if ((ran || left) && st.running) st.timer = setTimeout(tick, delay);
    else { stopTimer(); if (!$("error").hidden) return; setStatus("Run finished."); document.body.dataset.done = "true"; }
  };
  tick();
}

function stop() {
  if (st.running) setStatus("Stopped.");
  stopTimer();
}

// ---------------------------------------------------------------------------------
// Views

function mainQuery() {
  return [...st.queries.values()][0] ?? null;
}

function render() {
  const q = mainQuery();
  const batches = q ? q.batches : [];
  const onSelect = (i) => { st.selectedBatch = i; render(); showTab("progress"); };
  const table = $("join-table");
  if (q && q.join) {
    // A join of two streams: both inputs, the output rows by kind, each side's state.
    renderJoinLegend($("legend"), q.names);
    renderJoin($("timeline"), batches, q.join, { names: q.names, selected: st.selectedBatch, onSelect });
    $("state-title").textContent = `Join state: rows each side holds after each batch (${q.join.how} join)`;
    renderJoinState($("state-plot"), batches, q.names);
    renderJoinTable(table, batches, q.join, q.names);
    table.hidden = false;
  } else {
    renderLegend($("legend"));
    renderTimeline($("timeline"), batches, {
      window: q && q.window,
      outputMode: q && q.outputMode,
      selected: st.selectedBatch,
      onSelect,
    });
    $("state-title").textContent = "State rows per operator";
    renderStatePlot($("state-plot"), batches);
    table.hidden = true;
    table.textContent = "";
  }
  const sel = $("progress-batch");
  sel.textContent = "";
  batches.forEach((b, i) => {
    const o = document.createElement("option");
    o.value = String(i);
    o.textContent = `batch ${b.batchId}`;
    if (i === st.selectedBatch) o.selected = true;
    sel.appendChild(o);
  });
  const b = batches[st.selectedBatch ?? batches.length - 1];
  $("progress-json").textContent = b ? JSON.stringify(b.progress, null, 2) : "";
}

$("progress-batch").addEventListener("change", (e) => { st.selectedBatch = Number(e.target.value); render(); });

/**
 * The page's virtual files the queries wrote (sink outputs, _spark_metadata, _delta_log,
 * checkpoints' offsets/commits/state), as a tree; files new since the last batch marked.
 */
function refreshVirtualFiles() {
  const host = $("file-tree");
  if (!st.spark) return;
  const input = inputDir(editor.state.doc.toString());
  const files = st.spark.listFiles("").filter((f) => !f.path.startsWith(`${input}/`));
  const before = st.fileSizes || new Map();
  st.fileSizes = new Map(files.map((f) => [f.path, f.size]));
  host.textContent = "";
  if (!files.length) {
    host.innerHTML = '<p class="empty">No files written yet: file sinks, Delta tables and checkpoints appear here.</p>';
    return;
  }
  let lastDir = null;
  for (const f of files) {
    const cut = f.path.lastIndexOf("/");
    const dir = f.path.slice(0, cut);
    if (dir !== lastDir) {
      const h = document.createElement("div");
      h.className = "dir";
      h.textContent = `${dir}/`;
      host.appendChild(h);
      lastDir = dir;
    }
    const b = document.createElement("button");
    b.className = "vfile" + (before.has(f.path) ? "" : " new");
    b.dataset.path = f.path;
    b.textContent = `${f.path.slice(cut + 1)}  (${f.size} B)${before.has(f.path) ? "" : "  new"}`;
    b.addEventListener("click", () => showVirtualFile(f.path));
    host.appendChild(b);
  }
}

/** A virtual file's content: text as it is, Parquet read back by the engine, other bytes described. */
function showVirtualFile(path) {
  const view = $("file-view");
  try {
    if (path.endsWith(".parquet")) {
      const [, text] = st.spark._capture(() => st.spark.read.format("parquet").load(path).show(20, false));
      view.textContent = `${path}: read back with spark.read.parquet\n${text}`;
    } else {
      const bytes = st.spark.readFile(path);
      const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      view.textContent = `${path}\n${text}`;
    }
  } catch {
    view.textContent = `${path}: ${st.spark.readFile(path).length} bytes (binary: Arrow IPC state of a stateful operator)`;
  }
  view.dataset.path = path;
}

/** The memory sinks' tables and the script's spark.sql queries, as show() prints them. */
function refreshTables() {
  const host = $("tab-tables");
  host.textContent = "";
  const spark = st.spark;
  const block = (title, fn) => {
    const h = document.createElement("h3");
    h.textContent = title;
    const pre = document.createElement("pre");
    pre.className = "out table";
    try {
      const [, text] = spark._capture(fn);
      pre.textContent = text;
    } catch (e) {
      pre.textContent = `${e.name}: ${e.message}`;
      pre.classList.add("err");
    }
    host.append(h, pre);
  };
  for (const q of st.queries.values()) {
    if (!q.name) continue;
    block(`memory table ${q.name}`, () => spark.sql(`SELECT * FROM \`${q.name}\``).show());
  }
  for (const s of st.sql) block(`spark.sql("${s}")`, () => spark.sql(s).show());
  const kafka = kafkaTopics(editor.state.doc.toString());
  for (const t of kafka ? kafka.sinks : []) {
    const h = document.createElement("h3");
    h.textContent = `Kafka topic ${t} (simulated in this page)`;
    const pre = document.createElement("pre");
    pre.className = "out table kafka-topic";
    pre.dataset.topic = t;
    const rows = spark.kafkaTopic(t).map((m) => [String(m.offset), m.key ?? "null", m.value ?? "null"]);
    pre.textContent = textTable(["offset", "key", "value"], rows);
    host.append(h, pre);
  }
  if (!host.childElementCount) host.innerHTML = '<p class="empty">This script has no memory sink and runs no <code>spark.sql</code>.</p>';
}

/** A table as show(truncate=false) draws it. */
function textTable(head, rows) {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = "+" + w.map((n) => "-".repeat(n)).join("+") + "+\n";
  const fmt = (r) => "|" + r.map((c, i) => c.padEnd(w[i])).join("|") + "|\n";
  return line + fmt(head) + line + rows.map(fmt).join("") + line + `${rows.length} message(s)\n`;
}

function showTab(name) {
  for (const b of document.querySelectorAll("[role=tab]")) {
    const on = b.dataset.tab === name;
    b.setAttribute("aria-selected", on ? "true" : "false");
    $(`tab-${b.dataset.tab}`).hidden = !on;
  }
}
for (const b of document.querySelectorAll("[role=tab]")) b.addEventListener("click", () => showTab(b.dataset.tab));

// ---------------------------------------------------------------------------------
// Examples and sharing

function loadExample(ex, files = null) {
  st.example = ex ? ex.id : null;
  for (const b of document.querySelectorAll("#examples button")) b.setAttribute("aria-pressed", b.dataset.id === st.example ? "true" : "false");
  st.files = (files ?? (ex ? ex.files : SAMPLE_FILES).map(([name, text]) => ({ name, text }))).map((f) => ({ ...f, dropped: false, batch: null }));
  st.selectedFile = 0;
  setScript(ex ? ex.script : files ? st.sharedScript : "");
  $("course-text").textContent = courseText(editor.state.doc.toString()) || "A shared script.";
  resetSession();
  setStatus("Ready: Step (Ctrl+.) runs one micro-batch, Run (Ctrl+Enter) runs them all.");
}

function renderExamples() {
  const nav = $("examples");
  for (const ex of EXAMPLES) {
    const b = document.createElement("button");
    b.textContent = ex.label;
    b.dataset.id = ex.id;
    b.addEventListener("click", () => loadExample(ex));
    nav.appendChild(b);
  }
}

async function bytesThrough(bytes, stream) {
  const s = new Blob([bytes]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(s).arrayBuffer());
}

function b64url(bytes) {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function unb64url(text) {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The share link: script and files, deflated, in the URL's fragment (never sent to a server). */
async function shareLink() {
  const payload = JSON.stringify({ v: 1, script: editor.state.doc.toString(), files: st.files.map((f) => [f.name, f.text]) });
  const packed = await bytesThrough(new TextEncoder().encode(payload), new CompressionStream("deflate-raw"));
  const url = `${location.origin}${location.pathname}#share=${b64url(packed)}`;
  history.replaceState(null, "", url);
  try { await navigator.clipboard.writeText(url); setStatus("Link copied: it holds the script and the files."); } catch { setStatus("Link in the address bar: it holds the script and the files."); }
  return url;
}

async function loadShared(hash) {
  const raw = await bytesThrough(unb64url(hash), new DecompressionStream("deflate-raw"));
  const p = JSON.parse(new TextDecoder().decode(raw));
  st.sharedScript = p.script;
  loadExample(null, p.files.map(([name, text]) => ({ name, text })));
}

// ---------------------------------------------------------------------------------
// Wiring

$("run").addEventListener("click", run);
$("step").addEventListener("click", step);
$("stop").addEventListener("click", stop);
$("reset").addEventListener("click", () => { resetSession(); setStatus("Reset: a fresh session starts with the next Step or Run."); });
$("share").addEventListener("click", shareLink);
$("drop").addEventListener("click", async () => { if (await ensureStarted()) { dropNext(); setStatus("File dropped: Step reads it."); } });
$("gen").addEventListener("click", addGenerated);
document.addEventListener("keydown", (e) => {
  if (e.target && e.target.closest && e.target.closest(".cm-editor")) return; // the editor's keymap has these
  if ((e.ctrlKey || e.metaKey) && e.key === "Enter") { e.preventDefault(); run(); }
  else if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key === ">") { e.preventDefault(); $("drop").click(); }
  else if ((e.ctrlKey || e.metaKey) && e.key === ".") { e.preventDefault(); step(); }
  else if ((e.ctrlKey || e.metaKey) && e.shiftKey && e.key === "Backspace") { e.preventDefault(); $("reset").click(); }
  else if (e.key === "Escape") stop();
});
window.addEventListener("resize", () => render());

renderExamples();
const shared = location.hash.startsWith("#share=") ? location.hash.slice(7) : null;
if (shared) {
  loadShared(shared).catch((e) => { loadExample(EXAMPLES[4]); showError(new Error(`The share link could not be read: ${e.message}`)); });
} else {
  loadExample(EXAMPLES.find((x) => x.id === params.get("example")) ?? EXAMPLES.find((x) => x.id === "ex8"));
}
// Load the engine now, so the first Step does not wait for it.
initRunnel().then(() => {
  document.body.dataset.engine = "ready";
  if (params.get("autostep")) step();
});
