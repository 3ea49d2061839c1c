// The npm package's TypeScript types (node --test): `tsc --strict` without skipLibCheck
// over a typed example and a file of misuses the types must refuse, resolving the
// package (what `npm pack` puts in it) as an installed dependency (Node's and a
// bundler's resolution, with and without the DOM library); then the example, compiled
// by tsc, runs in Node and its output is checked, and the types are checked against the
// objects the engine makes (shapes.ts).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const pkg = process.env.RUNNEL_PKG_DIR || join(root, "crates", "runnel-wasm", "pkg");
const typed = join(here, "typed");
const tsc = join(here, "node_modules", ".bin", "tsc");

/** The package as published: `npm pack` of the built package, unpacked once. */
let packed = null;
function published() {
  if (packed) return packed;
  const dir = mkdtempSync(join(tmpdir(), "runnel-pack-"));
  const tgz = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: pkg, encoding: "utf8" }).trim().split("\n").pop();
  execFileSync("tar", ["-xzf", join(dir, tgz), "-C", dir]);
  packed = join(dir, "package");
  return packed;
}

/** `node_modules/runnel` in `dir`: the published files (as `npm install` would put them). */
function install(dir) {
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  rmSync(join(dir, "node_modules", "runnel"), { recursive: true, force: true });
  symlinkSync(published(), join(dir, "node_modules", "runnel"), "dir");
}

function runTsc(args) {
  const r = spawnSync(tsc, args, { cwd: typed, encoding: "utf8" });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

test("the published types pass tsc --strict without skipLibCheck", () => {
  assert.ok(existsSync(join(published(), "runnel_functions.d.ts")), "the package has runnel_functions.d.ts");
  install(typed);
  for (const config of ["tsconfig.json", "tsconfig.bundler.json", "tsconfig.nodom.json", "tsconfig.strictest.json"]) {
    const { status, out } = runTsc(["-p", config]);
    assert.equal(status, 0, `tsc -p ${config}:\n${out}`);
  }
});

test("a misuse the types should refuse is an error (the check can fail)", () => {
  install(typed);
  const dir = mkdtempSync(join(tmpdir(), "runnel-typed-"));
  try {
    install(dir);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
    writeFileSync(
      join(dir, "bad.ts"),
      'import { functions as F } from "runnel";\nconst p: number = F.col("a");\nF.not_a_function("a");\n',
    );
    const r = spawnSync(tsc, ["--strict", "--noEmit", "--module", "nodenext", "--target", "es2022", "--types", "", "bad.ts"], {
      cwd: dir,
      encoding: "utf8",
    });
    const out = `${r.stdout}${r.stderr}`;
    assert.notEqual(r.status, 0, out);
    assert.match(out, /bad\.ts\(2,7\): error TS2322/, out);
    assert.match(out, /bad\.ts\(3,3\): error TS2339: Property 'not_a_function' does not exist/, out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The typed files compiled by tsc into a temporary package that has `runnel` installed. */
let compiled = null;
function compile() {
  if (compiled) return compiled;
  const dir = mkdtempSync(join(tmpdir(), "runnel-typed-"));
  install(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module" }));
  install(typed);
  const { status, out } = runTsc(["-p", "tsconfig.json", "--noEmit", "false", "--outDir", dir]);
  assert.equal(status, 0, out);
  compiled = dir;
  return dir;
}
after(() => {
  rmSync(join(typed, "node_modules"), { recursive: true, force: true });
  if (compiled) rmSync(compiled, { recursive: true, force: true });
  if (packed) rmSync(dirname(packed), { recursive: true, force: true });
});

test("the typed example runs in Node", () => {
  const text = execFileSync(process.execPath, [join(compile(), "example.js")], { encoding: "utf8" });
  const lines = text.trimEnd().split("\n");
  // The window rows the batches emitted (update mode: the groups a batch changed).
  assert.deepEqual(
    lines.filter((l) => l.startsWith("batch ")).map((l) => l.replace(/^batch \d+: /, "")).sort(),
    [
      "2025-03-01T10:00:00Z..2025-03-01T10:10:00Z books total=20 n=2 mean=10",
      "2025-03-01T10:00:00Z..2025-03-01T10:10:00Z music total=3 n=1 mean=3",
      "2025-03-01T10:20:00Z..2025-03-01T10:30:00Z books total=1 n=1 mean=1",
    ],
    text,
  );
  const progress = lines.filter((l) => l.startsWith("progress "));
  assert.ok(progress.length >= 3, text);
  // Each batch that emitted rows has its report.
  for (const l of lines.filter((l) => l.startsWith("batch "))) {
    const id = l.split(":")[0].split(" ")[1];
    assert.ok(progress.some((p) => p.startsWith(`progress ${id}: `) && !/ out=0 /.test(p)), `${l}\n${text}`);
  }
  // The first batch: three rows, two groups out, no watermark yet, the latest event time.
  assert.match(progress[0], /^progress 0: in=3 out=2 watermark=1970-01-01T00:00:00.000Z max=2025-03-01T10:07:00.000Z /, text);
  assert.match(progress[0], /state=\[stateStoreSave rows=2 dropped=0\]/, text);
  assert.match(progress[0], /sources=\[MemoryStream\[events\] null->0\]/, text);
  assert.ok(progress.every((l) => l.endsWith("timed=true")), text);
  // The late row's batch: read, dropped by the watermark (10:24 - 10 minutes), nothing out.
  const late = progress.find((l) => / in=1 out=0 watermark=2025-03-01T10:14:00.000Z /.test(l));
  assert.ok(late, text);
  assert.match(late, /dropped=1\]/, text);
  assert.match(text, /^lastProgress: batch \d+ of totals; recent \d+$/m);
  assert.match(text, /^active: 1, get: totals$/m);
  assert.match(text, /^status: Stopped, active false, data false$/m);
  // The session's listener heard the start, each batch, and the stop, in order.
  const heard = lines.slice(lines.findIndex((l) => l.startsWith("onQueryStarted ")));
  assert.deepEqual(
    heard,
    [
      "onQueryStarted totals two ids",
      ...progress.map((l) => `onQueryProgress batch ${l.split(":")[0].split(" ")[1]}`),
      "onQueryTerminated without error",
      "query.on terminated: stopped",
    ],
    text,
  );
});

test("the types name exactly what the engine emits (progress, status, events)", () => {
  const text = execFileSync(process.execPath, [join(compile(), "shapes.js")], { encoding: "utf8" });
  // shapes.ts throws on a key the type lacks or a required key missing; here: every
  // kind of object was met, with the keys Spark's JSON has.
  const kinds = Object.fromEntries(
    text.trimEnd().split("\n").filter((l) => /^\w+: /.test(l)).map((l) => [l.split(": ")[0], l.split(": ")[1].split(" ")]),
  );
  for (const k of ["StreamingQueryProgress", "EventTimeStats", "StateOperatorProgress", "SourceProgress", "SinkProgress",
    "StreamingQueryStatus", "QueryStartedEvent", "QueryProgressEvent", "QueryTerminatedEvent"]) {
    assert.ok(kinds[k], `${k} not met:\n${text}`);
  }
  assert.ok(kinds.StateOperatorProgress.includes("customMetrics"), text);
  assert.ok(kinds.EventTimeStats.includes("watermark"), text);
  assert.match(text, /^exports: all declared, none absent$/m);
  assert.match(text, /^failed query: USER_RAISED_EXCEPTION; Spark's message$/m);
  // A listener that threw did not stop the queries or the other listener; removed, it was not called.
  assert.match(text, /^throwing listener: heard, then removed$/m);
});
