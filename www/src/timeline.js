// The timeline: event time (x) against arrival (the batch, y). Each event is a dot,
// marked late or dropped; each time window is a band, open → emitted → evicted; the
// watermark is a line that moves right, batch by batch. Pure SVG, no library.
//
// Spark's rules, as the engine applies them (and as the dots are marked):
// - batch b evicts state with the watermark shown in b's progress (`eventTime.watermark`);
// - batch b drops input as late with the previous batch's watermark: a row whose windows
//   all end at or before it (or, with no window, whose event time is at or before it).

const SVG = "http://www.w3.org/2000/svg";

/** One traced micro-batch, as the page keeps it. */
// { batchId, eventTimes: number[], watermarkMs: number|null, rows: object[], state: [{name, total}] }

function el(name, attrs = {}, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (parent) parent.appendChild(e);
  return e;
}

function title(parent, text) {
  const t = el("title", {}, parent);
  t.textContent = text;
}

/** HH:MM:SS in UTC (the engine's session time zone). */
export function clock(ms) {
  return new Date(ms).toISOString().slice(11, 19);
}

/** Start times of the windows containing `t` (Spark's window(): start ≤ t < start + size). */
export function windowsOf(t, w) {
  const starts = [];
  const last = t - (((t - w.startMs) % w.slideMs) + w.slideMs) % w.slideMs;
  for (let s = last; s + w.sizeMs > t; s -= w.slideMs) starts.push(s);
  return starts;
}

function parseTime(v) {
  if (v == null) return null;
  const s = String(v);
  return Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : s.replace(" ", "T") + "Z");
}

/**
 * The picture's model from the batches so far: events with their marks, windows with
 * their state per batch, the watermark per batch, state rows per operator.
 */
export function buildModel(batches, window, outputMode) {
  const hasWm = batches.some((b) => b.watermarkMs != null);
  const events = [];
  const wins = new Map();
  const win = (start) => {
    let x = wins.get(start);
    if (!x) {
      x = { start, end: start + window.sizeMs, first: Infinity, emitted: new Set(), evicted: null };
      wins.set(start, x);
    }
    return x;
  };
  batches.forEach((b, i) => {
    const lateWm = hasWm ? (i > 0 ? batches[i - 1].watermarkMs ?? 0 : 0) : null;
    for (const t of b.eventTimes || []) {
      const starts = window ? windowsOf(t, window) : [];
      let dropped = false;
      if (lateWm != null && lateWm > 0) {
        dropped = window ? starts.every((s) => s + window.sizeMs <= lateWm) : t <= lateWm;
      }
      const late = lateWm != null && lateWm > 0 && t <= lateWm;
      events.push({ t, batch: i, kind: dropped ? "dropped" : late ? "late" : "ontime" });
      if (!dropped) for (const s of starts) { const x = win(s); x.first = Math.min(x.first, i); }
    }
    if (window) {
      for (const r of b.rows || []) {
        const w = r.window;
        if (!w || typeof w !== "object") continue;
        const s = parseTime(w.start);
        if (s == null || Number.isNaN(s)) continue;
        const x = win(s);
        x.first = Math.min(x.first, i);
        x.emitted.add(i);
      }
    }
  });
  if (window && hasWm && outputMode !== "complete") {
    for (const x of wins.values()) {
      for (let i = Math.max(0, x.first); i < batches.length; i++) {
        if ((batches[i].watermarkMs ?? 0) >= x.end) { x.evicted = i; break; }
      }
    }
  }
  const windows = [...wins.values()].filter((x) => x.first !== Infinity).sort((a, b) => a.start - b.start);
  return { events, windows, hasWm, watermarks: batches.map((b) => b.watermarkMs ?? null) };
}

/** Colours and names of what the picture shows, for the legend and the marks. */
export const KINDS = {
  ontime: { label: "event, on time", color: "#2563eb" },
  late: { label: "late event, window still open: counted", color: "#f59e0b" },
  dropped: { label: "late event, dropped (its windows had closed)", color: "#dc2626" },
  open: { label: "window in state (open)", color: "#dbeafe" },
  emitted: { label: "window emitted this batch", color: "#86efac" },
  evicted: { label: "window evicted (watermark passed its end)", color: "#d4d4d8" },
  watermark: { label: "watermark", color: "#7c3aed" },
};

/** The legend, as HTML. */
export function renderLegend(host) {
  host.textContent = "";
  for (const [k, v] of Object.entries(KINDS)) {
    const item = document.createElement("span");
    item.className = "legend-item";
    const sw = document.createElement("span");
    sw.className = `swatch swatch-${k}`;
    sw.style.background = v.color;
    item.append(sw, document.createTextNode(v.label));
    host.appendChild(item);
  }
}

function niceStep(spanMs, target) {
  const steps = [1, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 86400].map((s) => s * 1000);
  return steps.find((s) => spanMs / s <= target) ?? steps[steps.length - 1];
}

/**
 * Draws the timeline into `host` for `batches` (see buildModel). `selected` is the batch
 * highlighted; `onSelect(i)` is called when a batch row is clicked.
 */
export function renderTimeline(host, batches, { window, outputMode, selected, onSelect } = {}) {
  host.textContent = "";
  const model = buildModel(batches, window, outputMode);
  const times = model.events.map((e) => e.t);
  for (const w of model.windows) times.push(w.start, w.end);
  for (const m of model.watermarks) if (m) times.push(m);
  if (batches.length === 0) {
    host.innerHTML = '<p class="empty">Press <b>Step</b> or <b>Run</b>: each micro-batch becomes a row here.</p>';
    return model;
  }
  if (times.length === 0) {
    host.innerHTML = `<p class="empty">${batches.length} batch(es). This query has no event time (no <code>withWatermark</code> and no <code>window</code>), so there is nothing to place on a time axis; its rows are in the Console tab.</p>`;
    return model;
  }
  let lo = Math.min(...times);
  let hi = Math.max(...times);
  const pad = Math.max((hi - lo) * 0.04, 30_000);
  lo -= pad;
  hi += pad;
  const W = Math.max(host.clientWidth || 640, 420);
  const left = 70;
  const right = 16;
  const top = 26;
  const rowH = 30;
  const H = top + rowH * batches.length + 8;
  const svg = el("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "timeline" }, host);
  const x = (t) => left + ((t - lo) / (hi - lo)) * (W - left - right);
  const y = (i) => top + i * rowH;

  // Rows (clickable: select the batch).
  batches.forEach((b, i) => {
    const g = el("g", { class: "batch-row" + (i === selected ? " selected" : ""), "data-batch": i }, svg);
    el("rect", { x: 0, y: y(i), width: W, height: rowH, class: "row-bg" }, g);
    const label = el("text", { x: 6, y: y(i) + rowH / 2 + 4, class: "row-label" }, g);
    label.textContent = `batch ${b.batchId}`;
    title(g, `batch ${b.batchId}: ${b.eventTimes ? b.eventTimes.length : 0} events in, ${(b.rows || []).length} rows out`);
    g.addEventListener("click", () => onSelect && onSelect(i));
  });

  // Time axis.
  const step = niceStep(hi - lo, 8);
  const axis = el("g", { class: "axis" }, svg);
  for (let t = Math.ceil(lo / step) * step; t <= hi; t += step) {
    el("line", { x1: x(t), x2: x(t), y1: top - 4, y2: H - 8, class: "grid" }, axis);
    const lab = el("text", { x: x(t), y: top - 8, "text-anchor": "middle", class: "tick" }, axis);
    lab.textContent = clock(t).slice(0, step % 60000 === 0 ? 5 : 8);
  }

  // Window bands: one rectangle per window and batch, coloured by its state then.
  const bands = el("g", { class: "bands" }, svg);
  const last = batches.length - 1;
  for (const w of model.windows) {
    const end = w.evicted ?? last;
    for (let i = w.first; i <= end; i++) {
      const kind = w.evicted === i ? "evicted" : w.emitted.has(i) ? "emitted" : "open";
      // Emitted and evicted in the same batch (update mode's last word on a window):
      // the emitted colour with the evicted (dashed) edge.
      const both = kind === "evicted" && w.emitted.has(i);
      const r = el("rect", {
        x: x(w.start) + 1, y: y(i) + 3, width: Math.max(x(w.end) - x(w.start) - 2, 1), height: rowH - 6,
        rx: 3, class: `win ${kind}${both ? " emitted" : ""}`, fill: KINDS[both ? "emitted" : kind].color,
        "data-start": w.start, "data-batch": i,
      }, bands);
      title(r, `window [${clock(w.start)}, ${clock(w.end)}): ${both ? "emitted, then evicted" : kind} in batch ${batches[i].batchId}`);
    }
  }

  // The watermark: a step line, one vertical segment per batch.
  if (model.hasWm) {
    // Batches before the first watermark (0: none yet) have no segment.
    let d = "";
    const xs = [];
    model.watermarks.forEach((m, i) => {
      const xm = m && m > lo ? x(m) : left;
      xs.push(Math.round(xm * 10) / 10);
      if (!m) return;
      d += `${d ? "L" : "M"}${xm},${y(i)} L${xm},${y(i) + rowH} `;
    });
    el("path", { d, class: "watermark", id: "watermark-line", stroke: KINDS.watermark.color, "data-x": xs.join(","), fill: "none" }, svg);
    const lm = model.watermarks[last];
    const lab = el("text", { x: (lm && lm > lo ? x(lm) : left) + 4, y: y(last) + rowH - 4, class: "wm-label", fill: KINDS.watermark.color }, svg);
    lab.textContent = lm ? `watermark ${clock(lm)}` : "watermark (none yet)";
  }

  // Events.
  const dots = el("g", { class: "events" }, svg);
  const seen = new Map();
  for (const e of model.events) {
    const key = `${e.batch}:${Math.round(x(e.t))}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const cy = y(e.batch) + rowH / 2 + ((n % 3) - 1) * 6;
    const cx = x(e.t);
    const g = el("g", { class: `ev ${e.kind}`, "data-t": e.t, "data-batch": e.batch }, dots);
    if (e.kind === "dropped") {
      el("path", { d: `M${cx - 4},${cy - 4}L${cx + 4},${cy + 4}M${cx - 4},${cy + 4}L${cx + 4},${cy - 4}`, stroke: KINDS.dropped.color, "stroke-width": 2.2 }, g);
    } else {
      el("circle", { cx, cy, r: 4, fill: KINDS[e.kind].color, stroke: "#fff", "stroke-width": 1 }, g);
    }
    title(g, `event at ${clock(e.t)}, arrived in batch ${batches[e.batch].batchId}: ${KINDS[e.kind].label}`);
  }
  return model;
}

/** State rows per operator and batch: a small line plot. */
export function renderStatePlot(host, batches) {
  host.textContent = "";
  const ops = new Map();
  batches.forEach((b, i) => (b.state || []).forEach((s, j) => {
    const k = `${j}: ${s.name}`;
    if (!ops.has(k)) ops.set(k, []);
    ops.get(k).push([i, s.total]);
  }));
  if (ops.size === 0) {
    host.innerHTML = '<p class="empty">No stateful operator (or no batch yet).</p>';
    return;
  }
  const W = Math.max(host.clientWidth || 640, 420);
  const H = 90;
  const left = 70;
  const maxV = Math.max(1, ...[...ops.values()].flat().map((p) => p[1]));
  const n = Math.max(batches.length - 1, 1);
  const svg = el("svg", { width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "state-plot" }, host);
  const x = (i) => left + (i / n) * (W - left - 20);
  const y = (v) => H - 18 - (v / maxV) * (H - 30);
  el("text", { x: 6, y: y(maxV) + 4, class: "tick" }, svg).textContent = String(maxV);
  el("text", { x: 6, y: y(0) + 4, class: "tick" }, svg).textContent = "0";
  const colors = ["#0f766e", "#9333ea", "#b45309", "#1d4ed8"];
  [...ops.entries()].forEach(([name, pts], k) => {
    const c = colors[k % colors.length];
    el("polyline", { points: pts.map(([i, v]) => `${x(i)},${y(v)}`).join(" "), fill: "none", stroke: c, "stroke-width": 2 }, svg);
    for (const [i, v] of pts) {
      const d = el("circle", { cx: x(i), cy: y(v), r: 3, fill: c, class: "state-pt" }, svg);
      title(d, `${name}: ${v} rows after batch ${batches[i].batchId}`);
    }
    el("text", { x: left + 4 + k * 160, y: H - 3, class: "tick", fill: c }, svg).textContent = `operator ${name}`;
  });
}
