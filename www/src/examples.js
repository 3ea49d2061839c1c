// The course examples the playground offers, read from examples/seed at build time, and
// their sample input from examples/data. The course's words are each script's leading
// comment block.

const scripts = import.meta.glob(["../../examples/seed/*.py", "../../examples/ad_clicks_join.py", "../../examples/python_features.py"], { query: "?raw", import: "default", eager: true });
const data = import.meta.glob("../../examples/data/streaming_input/*.json", { query: "?raw", import: "default", eager: true });
const adData = import.meta.glob("../../examples/data/ad_clicks/*.json", { query: "?raw", import: "default", eager: true });

const byName = (m) => Object.fromEntries(Object.entries(m).map(([p, v]) => [p.split("/").pop(), v]));
const SCRIPTS = byName(scripts);

/** The sample input files: name → text, in name order. */
export const SAMPLE_FILES = Object.entries(byName(data)).sort(([a], [b]) => a.localeCompare(b));

/** A file's number (`impressions-03.json` → 3), or null. */
export function fileNumber(name) {
  const m = /-(\d+)\.[a-z]+$/i.exec(name);
  return m ? Number(m[1]) : null;
}

/**
 * The join example's input: impressions-NN.json and clicks-NN.json, pair by pair (the
 * impressions file of each pair first).
 */
export const AD_FILES = Object.entries(byName(adData)).sort(([a], [b]) =>
  (fileNumber(a) ?? 0) - (fileNumber(b) ?? 0) || b.localeCompare(a));

/** The examples that run in a browser, in the order shown. */
export const EXAMPLES = [
  ["ex1", "1 · select & filter", "ex1_select_filter.py"],
  ["ex2", "2 · groupBy sum (complete)", "ex2_groupby_sum_complete.py"],
  ["ex3", "3 · date parts + SQL", "ex3_date_parts_sql.py"],
  ["ex4", "4 · Kafka source (simulated)", "ex4_kafka_source.py"],
  ["ex5", "5 · Kafka sink (simulated)", "ex5_kafka_sink.py"],
  ["ex6", "6 · Delta avg by category (simulated Delta)", "ex6_delta_avg_by_category.py"],
  ["ex7", "7 · window count (update)", "ex7_window_count_update.py"],
  ["ex8", "8 · watermark + window", "ex8_watermark_window_update.py"],
  ["ex9", "9 · Parquet + Delta, checkpoints", "ex9_two_queries_checkpoints.py"],
  ["adclicks", "Ad impressions joined with clicks (stream-stream join)", "ad_clicks_join.py", AD_FILES],
  ["pyfeatures", "Listener class, UDF, comprehension, foreach writer", "python_features.py"],
].map(([id, label, file, files = SAMPLE_FILES]) => ({ id, label, file, files, script: SCRIPTS[file] ?? "" }));

/** Does the script join two streams (two stream readers and a join)? Each Step then drops one file per input. */
export function joinsStreams(script) {
  const code = script.split("\n").filter((l) => !l.trimStart().startsWith("#")).join("\n");
  return (code.match(/readStream/g) || []).length >= 2 && /\.join\(/.test(code);
}

/**
 * The files one Step drops for a join of two streams: the next waiting file and the
 * waiting files with the same number (`impressions-03.json` with `clicks-03.json`).
 */
export function nextGroup(files) {
  const first = files.find((f) => !f.dropped);
  if (!first) return [];
  const n = fileNumber(first.name);
  if (n == null) return [first];
  return files.filter((f) => !f.dropped && fileNumber(f.name) === n);
}

const iso = (ms) => new Date(ms).toISOString().replace(".000Z", "Z");
const line = (o) => JSON.stringify(o).replace(/":/g, '": ').replace(/,"/g, ', "');

/**
 * A pair of generated files for the join example (impressions-NN.json, clicks-NN.json)
 * in the hour after the latest event so far: impressions, most clicked within the hour,
 * one clicked too late to match, and one click more than 3 hours behind (late: dropped).
 */
export function generateAdPair(files, seed = Date.now()) {
  let s = seed % 2147483647 || 1;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  let max = Date.parse("2025-03-01T10:00:00Z");
  let ad = 99;
  let num = -1;
  for (const f of files) {
    for (const m of f.text.matchAll(/"(?:impression|click)Time"\s*:\s*"([^"]+)"/g)) max = Math.max(max, Date.parse(m[1]));
    for (const m of f.text.matchAll(/"impressionAdId"\s*:\s*(\d+)/g)) ad = Math.max(ad, Number(m[1]));
    num = Math.max(num, fileNumber(f.name) ?? -1);
  }
  const start = Math.ceil(max / 3_600_000) * 3_600_000;
  const imps = [];
  const clicks = [];
  for (let i = 0; i < 5; i++) {
    const t = start + Math.floor(i * 12 + rnd() * 11) * 60_000;
    const id = ++ad;
    imps.push({ impressionAdId: id, impressionTime: iso(t) });
    if (i === 2) clicks.push({ clickAdId: id, clickTime: iso(t + (70 + Math.floor(rnd() * 30)) * 60_000) });
    else if (i !== 4) clicks.push({ clickAdId: id, clickTime: iso(t + (1 + Math.floor(rnd() * 50)) * 60_000) });
  }
  clicks.push({ clickAdId: ad - 4, clickTime: iso(start - 4 * 3_600_000) });
  const nn = String(num + 1).padStart(2, "0");
  return [
    { name: `impressions-${nn}.json`, text: imps.map(line).join("\n") + "\n" },
    { name: `clicks-${nn}.json`, text: clicks.map(line).join("\n") + "\n" },
  ];
}

/** The course's text for a script: its leading comment lines, without the `# `. */
export function courseText(script) {
  const out = [];
  for (const line of script.split("\n")) {
    if (!line.startsWith("#")) break;
    out.push(line.replace(/^# ?/, ""));
  }
  return out.join("\n");
}

/** The folder the script's streaming file source reads (where dropped files go). */
export function inputDir(script) {
  const code = script.split("\n").filter((l) => !l.trimStart().startsWith("#")).join("\n");
  // The folder is the load()/json()/... argument or the `path` option of the stream reader.
  const m = /readStream[\s\S]*?(?:\.(?:load|json|csv|text|parquet)\(\s*|\.option\(\s*["']path["']\s*,\s*)["']([^"']+)["']/.exec(code);
  return (m ? m[1] : "dbfs:/mnt/data/data/streaming-json").replace(/\/+$/, "");
}

/** The schema of the sample events (the input files), as DDL. */
export const SAMPLE_DDL = "timestamp TIMESTAMP, category STRING, value DOUBLE";

/** The Delta table the script streams from (where dropped files become versions), or null. */
export function deltaSource(script) {
  const code = script.split("\n").filter((l) => !l.trimStart().startsWith("#")).join("\n");
  const m = /readStream\s*\.format\(\s*["']delta["']\s*\)[^\n]*?(?:\.option\(\s*["']path["']\s*,\s*|\.load\(\s*)["']([^"']+)["']/.exec(code);
  return m ? m[1].replace(/\/+$/, "") : null;
}

/** Does the script write files (file or Delta sinks, checkpoints) worth showing? */
export function writesFiles(script) {
  const code = script.split("\n").filter((l) => !l.trimStart().startsWith("#")).join("\n");
  return /writeStream[\s\S]*?format\(\s*["'](?:parquet|delta|json|csv|text)["']/.test(code) || /checkpointLocation/.test(code);
}

/** The simulated Kafka the script needs: the topic its stream reads, the topics it writes. */
export function kafkaTopics(script) {
  const code = script.split("\n").filter((l) => !l.trimStart().startsWith("#")).join("\n");
  if (!/format\(\s*["']kafka["']\s*\)/.test(code)) return null;
  const src = /readStream[\s\S]*?format\(\s*["']kafka["']\s*\)[\s\S]*?option\(\s*["']subscribe["']\s*,\s*["']([^"']+)["']/.exec(code);
  const sinks = [...code.matchAll(/option\(\s*["']topic["']\s*,\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
  return { source: src ? src[1] : null, sinks };
}

const CATEGORIES = ["books", "games", "music", "sports"];

/**
 * A file of generated events (JSON lines like the sample data) after `maxMs`, the latest
 * event time so far: most a little after it, some 8 to 20 minutes before it — late.
 */
export function generateEvents(maxMs, n = 12, seed = Date.now()) {
  let s = seed % 2147483647 || 1;
  const rnd = () => (s = (s * 48271) % 2147483647) / 2147483647;
  const lines = [];
  for (let i = 0; i < n; i++) {
    const late = i % 4 === 3;
    const t = late ? maxMs - (8 + rnd() * 12) * 60_000 : maxMs + rnd() * 5 * 60_000;
    const ts = new Date(Math.round(t / 1000) * 1000).toISOString().replace(".000Z", "Z");
    const cat = CATEGORIES[Math.floor(rnd() * CATEGORIES.length)];
    lines.push(JSON.stringify({ timestamp: ts, category: cat, value: Math.round(rnd() * 10000) / 100 }).replace(/":/g, '": ').replace(/,"/g, ', "'));
  }
  return lines.join("\n") + "\n";
}

/** The latest `timestamp` in JSON-lines files (0 if none). */
export function latestEventTime(texts) {
  let max = 0;
  for (const text of texts) {
    for (const m of text.matchAll(/"timestamp"\s*:\s*"([^"]+)"/g)) {
      const t = Date.parse(m[1]);
      if (!Number.isNaN(t) && t > max) max = t;
    }
  }
  return max;
}
