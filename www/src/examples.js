// The course examples the playground offers, read from examples/seed at build time, and
// their sample input from examples/data. The course's words are each script's leading
// comment block.

const scripts = import.meta.glob("../../examples/seed/*.py", { query: "?raw", import: "default", eager: true });
const data = import.meta.glob("../../examples/data/streaming_input/*.json", { query: "?raw", import: "default", eager: true });

const byName = (m) => Object.fromEntries(Object.entries(m).map(([p, v]) => [p.split("/").pop(), v]));
const SCRIPTS = byName(scripts);

/** The sample input files: name → text, in name order. */
export const SAMPLE_FILES = Object.entries(byName(data)).sort(([a], [b]) => a.localeCompare(b));

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
].map(([id, label, file]) => ({ id, label, file, script: SCRIPTS[file] ?? "" }));

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
