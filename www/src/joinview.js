// The picture of a stream-stream join (Spark's StreamingSymmetricHashJoin): event time (x)
// against the batch (y). In each batch's row: the rows each input brought (the left
// side's above the right side's; those the join dropped as late crossed out), and the
// rows the join emitted — a matched pair as a segment from the left row's time to the
// right row's, a NULL-padded row (an outer join's row that never matched) as a ring at
// its time with the time range the watermark has closed. The watermark is a line moving
// right. Beside it: the rows each side holds in the join's state after each batch
// (progress `customMetrics.leftRows` / `rightRows`), and a table of all this per batch.
//
// The sides come from the engine's physical plan (`explain()`, which stepTraced returns):
// the join type, each side's columns and event-time column, and the time range of the
// join condition; the sources in the progress are in the same order (left, then right).

import { clock } from "./timeline.js";

const SVG = "http://www.w3.org/2000/svg";

function el(name, attrs = {}, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (parent) parent.appendChild(e);
  return e;
}

function title(parent, text) {
  el("title", {}, parent).textContent = text;
}

const UNITS = ["DAY", "HOUR", "MINUTE", "SECOND"];
const UNIT_MS = { DAY: 86_400_000, HOUR: 3_600_000, MINUTE: 60_000, SECOND: 1000 };

/** An interval literal as Spark prints it (`'01' HOUR`, `'1:30' HOUR TO MINUTE`) in ms, or null. */
export function intervalMs(value, from, to) {
  const a = UNITS.indexOf(from.toUpperCase());
  const b = to ? UNITS.indexOf(to.toUpperCase()) : a;
  if (a < 0 || b < a) return null;
  const neg = value.trim().startsWith("-");
  const parts = value.trim().replace(/^[-+]/, "").split(/[ :]/).map(Number);
  if (parts.length !== b - a + 1 || parts.some((n) => Number.isNaN(n))) return null;
  const ms = parts.reduce((sum, n, i) => sum + n * UNIT_MS[UNITS[a + i]], 0);
  return neg ? -ms : ms;
}

/**
 * The join in a physical plan: `{how, keys, sides: [{columns, time, delayMs}], range}` —
 * `range` is `{lo, hi}` (ms) when the condition bounds the right side's event time by the
 * left side's (`R >= L + lo AND R <= L + hi`), else null. Null when the plan has no
 * stream-stream join.
 */
export function parseJoinPlan(plan) {
  if (!plan) return null;
  const lines = plan.split("\n");
  const at = lines.findIndex((l) => l.includes("StreamingSymmetricHashJoin ["));
  if (at < 0) return null;
  const head = lines[at];
  const m = /StreamingSymmetricHashJoin \[([^\]]*)\], \[([^\]]*)\], (\w+)/.exec(head);
  if (!m) return null;
  const col = head.indexOf("StreamingSymmetricHashJoin");
  const subtrees = [[], []];
  let side = -1;
  for (const l of lines.slice(at + 1)) {
    const mark = l.slice(col, col + 3);
    if (mark === ":- ") side = 0;
    else if (mark === "+- ") side = 1;
    else if (l.length <= col || !/^[:| ]/.test(mark)) break;
    if (side >= 0) subtrees[side].push(l.slice(col + 3));
  }
  const sides = subtrees.map((ls) => {
    let time = null;
    let delayMs = null;
    let columns = [];
    for (const l of ls) {
      const w = /EventTimeWatermark (\S+), (\d+) ms/.exec(l);
      if (w && time == null) { time = w[1]; delayMs = Number(w[2]); }
      const r = /StreamingRelation .*\[([^[\]]*)\]\s*$/.exec(l);
      if (r && !columns.length) columns = r[1].split(",").map((c) => c.trim()).filter(Boolean);
    }
    return { columns, time, delayMs };
  });
  // The time range: comparisons between the two event-time columns, an interval added.
  let range = null;
  const [L, R] = [sides[0].time, sides[1].time];
  const both = /both = (.*) \]\s*$/.exec(head);
  if (L && R && both) {
    let lo = null;
    let hi = null;
    const cmp = /\((\w+) (<=|<|>=|>) (?:(\w+)|\((\w+) ([+-]) INTERVAL '([^']+)' (\w+)(?: TO (\w+))?\))\)/g;
    for (const c of both[1].matchAll(cmp)) {
      const a = c[1];
      let op = c[2];
      const b = c[3] ?? c[4];
      let off = c[3] ? 0 : intervalMs(c[6], c[7], c[8]);
      if (off == null) continue;
      if (c[5] === "-") off = -off;
      if (a === L && b === R) {
        // L op R + off  ⇔  R op' L - off
        op = { "<=": ">=", "<": ">", ">=": "<=", ">": "<" }[op];
        off = -off;
      } else if (!(a === R && b === L)) {
        continue;
      }
      if (op.startsWith(">")) lo = lo == null ? off : Math.max(lo, off);
      else hi = hi == null ? off : Math.min(hi, off);
    }
    if (lo != null && hi != null) range = { lo, hi };
  }
  return { how: m[3], keys: [m[1], m[2]], sides, range };
}

/** The side (0 left, 1 right) whose columns a file's rows have, by their first row's fields; -1 if none. */
export function sideOfFile(text, join) {
  const first = text.split("\n").find((l) => l.trim());
  if (!first || !join) return -1;
  let keys;
  try { keys = Object.keys(JSON.parse(first)); } catch { return -1; }
  const score = join.sides.map((s) => keys.filter((k) => s.columns.includes(k)).length);
  if (score[0] === score[1]) return -1;
  return score[0] > score[1] ? 0 : 1;
}

/** A JSON-lines file's values of `column` as ms (rows without one skipped). */
export function timesOf(text, column) {
  const out = [];
  for (const l of text.split("\n")) {
    if (!l.trim()) continue;
    try {
      const v = JSON.parse(l)[column];
      const t = v == null ? NaN : Date.parse(v);
      if (!Number.isNaN(t)) out.push(t);
    } catch { /* a malformed line: Spark reads it as NULLs */ }
  }
  return out;
}

function parseTime(v) {
  if (v == null) return null;
  const s = String(v);
  const t = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : s.replace(" ", "T") + "Z");
  return Number.isNaN(t) ? null : t;
}

/**
 * An output row: `matched`, `nullpadded` (the right side all NULL: a left row that never
 * matched) or `nullpadded-left` (the left side all NULL).
 */
export function classifyRow(row, join) {
  const [l, r] = join.sides.map((s) => s.columns);
  const onlyL = l.filter((c) => !r.includes(c) && c in row);
  const onlyR = r.filter((c) => !l.includes(c) && c in row);
  if (onlyR.length && onlyR.every((c) => row[c] == null)) return "nullpadded";
  if (onlyL.length && onlyL.every((c) => row[c] == null)) return "nullpadded-left";
  return "matched";
}

/**
 * The picture's model: input rows per side with their marks, output rows with their kind,
 * the watermark and each side's state rows per batch.
 * batches: [{batchId, watermarkMs, rows, inputs: [[ms...], [ms...]], joinState: {leftRows, rightRows}}]
 */
export function buildJoinModel(batches, join) {
  const inputs = [];
  const outputs = [];
  batches.forEach((b, i) => {
    const lateWm = i > 0 ? batches[i - 1].watermarkMs ?? 0 : 0;
    (b.inputs || [[], []]).forEach((times, side) => {
      const hasWm = join.sides[side].time != null;
      for (const t of times) inputs.push({ side, t, batch: i, late: hasWm && lateWm > 0 && t <= lateWm });
    });
    for (const row of b.rows || []) {
      const kind = classifyRow(row, join);
      const lt = join.sides[0].time ? parseTime(row[join.sides[0].time]) : null;
      const rt = join.sides[1].time ? parseTime(row[join.sides[1].time]) : null;
      outputs.push({ batch: i, kind, lt, rt, row });
    }
  });
  return {
    inputs,
    outputs,
    watermarks: batches.map((b) => b.watermarkMs ?? null),
    state: batches.map((b) => b.joinState ?? null),
  };
}

/** Colours and names of what the join picture shows. */
export const JOIN_KINDS = {
  left: { label: "left input row", color: "#2563eb" },
  right: { label: "right input row", color: "#ea580c" },
  dropped: { label: "input row dropped as late (at or before the previous batch's watermark)", color: "#dc2626" },
  matched: { label: "output: matched pair (left time → right time)", color: "#16a34a" },
  nullpadded: { label: "output: NULL-padded row (never matched; its time range closed by the watermark)", color: "#9f1239" },
  watermark: { label: "watermark", color: "#7c3aed" },
};

/** The legend, with the sides' names. */
export function renderJoinLegend(host, names = ["left", "right"]) {
  host.textContent = "";
  for (const [k, v] of Object.entries(JOIN_KINDS)) {
    const item = document.createElement("span");
    item.className = "legend-item";
    const sw = document.createElement("span");
    sw.className = `swatch swatch-join-${k}`;
    sw.style.background = v.color;
    const label = k === "left" ? `${names[0]} (left input) row` : k === "right" ? `${names[1]} (right input) row` : v.label;
    item.append(sw, document.createTextNode(label));
    host.appendChild(item);
  }
}

function niceStep(spanMs, target) {
  const steps = [60, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400].map((s) => s * 1000);
  return steps.find((s) => spanMs / s <= target) ?? steps[steps.length - 1];
}

/**
 * Draws the join's picture into `host`. `names` are the sides' names (e.g. the input
 * files' prefixes); `selected` the highlighted batch; `onSelect(i)` on a click on a row.
 */
export function renderJoin(host, batches, join, { names = ["left", "right"], selected, onSelect } = {}) {
  host.textContent = "";
  const model = buildJoinModel(batches, join);
  if (!batches.length) {
    host.innerHTML = '<p class="empty">Press <b>Step</b> or <b>Run</b>: each micro-batch becomes a row here.</p>';
    return model;
  }
  const range = join.range;
  const times = [];
  for (const x of model.inputs) times.push(x.t);
  for (const o of model.outputs) {
    if (o.lt != null) times.push(o.lt);
    if (o.rt != null) times.push(o.rt);
    if (o.kind === "nullpadded" && o.lt != null && range) times.push(o.lt + range.hi);
  }
  for (const w of model.watermarks) if (w) times.push(w);
  if (!times.length) {
    host.innerHTML = `<p class="empty">${batches.length} batch(es), no rows with an event time yet.</p>`;
    return model;
  }
  let lo = Math.min(...times);
  let hi = Math.max(...times);
  const pad = Math.max((hi - lo) * 0.03, 60_000);
  lo -= pad;
  hi += pad;
  const W = Math.max(host.clientWidth || 640, 420);
  const left = 70;
  const right = 16;
  const top = 26;
  const rowH = 50;
  const H = top + rowH * batches.length + 8;
  const svg = el("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "timeline join-view" }, host);
  const x = (t) => left + ((t - lo) / (hi - lo)) * (W - left - right);
  const y = (i) => top + i * rowH;
  const lane = { 0: 11, 1: 24, out: 39 };

  batches.forEach((b, i) => {
    const g = el("g", { class: "batch-row" + (i === selected ? " selected" : ""), "data-batch": i }, svg);
    el("rect", { x: 0, y: y(i), width: W, height: rowH, class: "row-bg" }, g);
    el("text", { x: 6, y: y(i) + 16, class: "row-label" }, g).textContent = `batch ${b.batchId}`;
    const s = b.joinState;
    if (s) el("text", { x: 6, y: y(i) + 30, class: "row-sub" }, g).textContent = `state ${s.leftRows}+${s.rightRows}`;
    const nOut = (b.rows || []).length;
    title(g, `batch ${b.batchId}: ${(b.inputs?.[0] || []).length} ${names[0]} and ${(b.inputs?.[1] || []).length} ${names[1]} rows in, ${nOut} rows out; state: ${s ? `${s.leftRows} ${names[0]}, ${s.rightRows} ${names[1]}` : "—"}`);
    g.addEventListener("click", () => onSelect && onSelect(i));
  });

  const step = niceStep(hi - lo, 9);
  const axis = el("g", { class: "axis" }, svg);
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) {
    el("line", { x1: x(t), x2: x(t), y1: top - 4, y2: H - 8, class: "grid" }, axis);
    el("text", { x: x(t), y: top - 8, "text-anchor": "middle", class: "tick" }, axis).textContent = clock(t).slice(0, 5);
  }

  // The watermark: a step line, one vertical segment per batch.
  const wm = model.watermarks;
  if (wm.some((m) => m)) {
    let d = "";
    const xs = [];
    wm.forEach((m, i) => {
      const xm = m && m > lo ? x(m) : left;
      xs.push(Math.round(xm * 10) / 10);
      if (!m) return;
      d += `${d ? "L" : "M"}${xm},${y(i)} L${xm},${y(i) + rowH} `;
    });
    el("path", { d, class: "watermark", id: "watermark-line", stroke: JOIN_KINDS.watermark.color, "data-x": xs.join(","), fill: "none" }, svg);
    const last = wm[wm.length - 1];
    el("text", { x: (last && last > lo ? x(last) : left) + 4, y: y(wm.length - 1) + rowH - 3, class: "wm-label", fill: JOIN_KINDS.watermark.color }, svg)
      .textContent = last ? `watermark ${clock(last)}` : "watermark (none yet)";
  }

  // Input rows: the left side's in the upper lane, the right side's below it.
  const ins = el("g", { class: "join-inputs" }, svg);
  const seen = new Map();
  for (const e of model.inputs) {
    const key = `${e.batch}:${e.side}:${Math.round(x(e.t) / 3)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const cx = x(e.t) + (n % 2 ? 3 : 0);
    const cy = y(e.batch) + lane[e.side] + (n > 1 ? -3 : 0);
    const kind = e.late ? "dropped" : e.side === 0 ? "left" : "right";
    const g = el("g", { class: `jv-in ${e.side === 0 ? "left" : "right"}${e.late ? " dropped" : ""}`, "data-t": e.t, "data-batch": e.batch }, ins);
    if (e.late) {
      el("path", { d: `M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx - 4},${cy + 4}L${cx + 4},${cy - 4}`, stroke: JOIN_KINDS.dropped.color, "stroke-width": 2.2 }, g);
    } else if (e.side === 0) {
      el("circle", { cx, cy, r: 4, fill: JOIN_KINDS.left.color, stroke: "#fff", "stroke-width": 1 }, g);
    } else {
      el("rect", { x: cx - 3.5, y: cy - 3.5, width: 7, height: 7, fill: JOIN_KINDS.right.color, stroke: "#fff", "stroke-width": 1 }, g);
    }
    title(g, `${names[e.side]} row at ${clock(e.t)}, read in batch ${batches[e.batch].batchId}${e.late ? `: dropped as late (at or before the previous batch's watermark ${clock(batches[e.batch - 1].watermarkMs)})` : ""} — ${JOIN_KINDS[kind].label}`);
  }

  // Output rows, in the row of the batch that emitted them.
  const outs = el("g", { class: "join-outputs" }, svg);
  const stack = new Map();
  for (const o of model.outputs) {
    const base = o.lt ?? o.rt;
    if (base == null) continue;
    const k = `${o.batch}:${Math.round(x(base) / 4)}`;
    const n = stack.get(k) ?? 0;
    stack.set(k, n + 1);
    const cy = y(o.batch) + lane.out + ((n % 3) - 1) * 3;
    const g = el("g", { class: `jv-out ${o.kind}`, "data-batch": o.batch, "data-t": base }, outs);
    const desc = Object.entries(o.row).map(([c, v]) => `${c}=${v === null ? "NULL" : typeof v === "object" ? JSON.stringify(v) : v}`).join(", ");
    if (o.kind === "matched") {
      const x1 = x(o.lt ?? o.rt);
      const x2 = x(o.rt ?? o.lt);
      el("line", { x1, x2, y1: cy, y2: cy, stroke: JOIN_KINDS.matched.color, "stroke-width": 2.5, "stroke-linecap": "round" }, g);
      el("circle", { cx: x1, cy, r: 3, fill: JOIN_KINDS.matched.color }, g);
      el("rect", { x: x2 - 2.5, y: cy - 2.5, width: 5, height: 5, fill: JOIN_KINDS.matched.color }, g);
      title(g, `matched, emitted in batch ${batches[o.batch].batchId}: ${desc}`);
    } else {
      const t = o.kind === "nullpadded" ? o.lt : o.rt;
      const cx = x(t);
      if (range && o.kind === "nullpadded") {
        // The left row's range [t + lo, t + hi]: the watermark passed it with no match.
        el("line", { x1: x(t + range.lo), x2: x(t + range.hi), y1: cy, y2: cy, stroke: JOIN_KINDS.nullpadded.color, "stroke-width": 1.5, "stroke-dasharray": "3 2", class: "jv-range" }, g);
        el("line", { x1: x(t + range.hi), x2: x(t + range.hi), y1: cy - 4, y2: cy + 4, stroke: JOIN_KINDS.nullpadded.color, "stroke-width": 1.5 }, g);
      }
      el("circle", { cx, cy, r: 4, fill: "#fff", stroke: JOIN_KINDS.nullpadded.color, "stroke-width": 2 }, g);
      title(g, `NULL-padded (${o.kind === "nullpadded" ? `no ${names[1]} row matched` : `no ${names[0]} row matched`}), emitted in batch ${batches[o.batch].batchId} once the watermark closed its range: ${desc}`);
    }
  }
  return model;
}

/** Each side's state rows after each batch (customMetrics leftRows / rightRows): a line plot. */
export function renderJoinState(host, batches, names = ["left", "right"]) {
  host.textContent = "";
  const pts = batches.map((b, i) => [i, b.joinState]).filter(([, s]) => s);
  if (!pts.length) {
    host.innerHTML = '<p class="empty">No batch yet.</p>';
    return;
  }
  const W = Math.max(host.clientWidth || 640, 420);
  const H = 96;
  const left = 70;
  const maxV = Math.max(1, ...pts.flatMap(([, s]) => [s.leftRows, s.rightRows]));
  const n = Math.max(batches.length - 1, 1);
  const svg = el("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "state-plot join-state" }, host);
  const x = (i) => left + (i / n) * (W - left - 20);
  const yv = (v) => H - 20 - (v / maxV) * (H - 32);
  el("text", { x: 6, y: yv(maxV) + 4, class: "tick" }, svg).textContent = String(maxV);
  el("text", { x: 6, y: yv(0) + 4, class: "tick" }, svg).textContent = "0";
  [["left", "leftRows", JOIN_KINDS.left.color], ["right", "rightRows", JOIN_KINDS.right.color]].forEach(([side, key, c], k) => {
    el("polyline", { points: pts.map(([i, s]) => `${x(i)},${yv(s[key])}`).join(" "), fill: "none", stroke: c, "stroke-width": 2, class: `state-line ${side}` }, svg);
    for (const [i, s] of pts) {
      const d = el("circle", { cx: x(i), cy: yv(s[key]), r: 3, fill: c, class: "state-pt", "data-side": side, "data-batch": batches[i].batchId, "data-rows": s[key] }, svg);
      title(d, `${names[k]} (${side} side): ${s[key]} rows in the join's state after batch ${batches[i].batchId}`);
    }
    el("text", { x: left + 4 + k * 230, y: H - 4, class: "tick", fill: c }, svg).textContent = `${names[k]} held in state (${key})`;
  });
}

/** The batches as a table: rows in per side, rows out by kind, state rows per side, the watermark. */
export function renderJoinTable(host, batches, join, names = ["left", "right"]) {
  host.textContent = "";
  if (!batches.length) return;
  const model = buildJoinModel(batches, join);
  const table = document.createElement("table");
  table.className = "join-table";
  const head = ["batch", `${names[0]} in`, `${names[1]} in`, "late", "matched", "NULL-padded", `${names[0]} held`, `${names[1]} held`, "watermark"];
  table.innerHTML = `<caption>Per batch: rows in from each input (late: dropped by the watermark), rows out (matched pairs, NULL-padded rows), rows each side holds in the join's state, the watermark the batch used</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead>`;
  const body = document.createElement("tbody");
  batches.forEach((b, i) => {
    const ins = model.inputs.filter((e) => e.batch === i);
    const outs = model.outputs.filter((o) => o.batch === i);
    const s = b.joinState || {};
    const cells = [
      b.batchId,
      ins.filter((e) => e.side === 0).length,
      ins.filter((e) => e.side === 1).length,
      ins.filter((e) => e.late).length,
      outs.filter((o) => o.kind === "matched").length,
      outs.filter((o) => o.kind !== "matched").length,
      s.leftRows ?? "",
      s.rightRows ?? "",
      b.watermarkMs ? clock(b.watermarkMs) : "—",
    ];
    const tr = document.createElement("tr");
    tr.dataset.batch = String(b.batchId);
    const keys = ["batch", "left-in", "right-in", "dropped", "matched", "nullpadded", "left-state", "right-state", "watermark"];
    cells.forEach((c, k) => {
      const td = document.createElement("td");
      td.dataset.k = keys[k];
      td.textContent = String(c);
      tr.appendChild(td);
    });
    body.appendChild(tr);
  });
  table.appendChild(body);
  host.appendChild(table);
}
