#!/usr/bin/env bash
# Builds the npm package `runnel` into crates/runnel-wasm/pkg: wasm-pack (with the
# wasm-bindgen-cli of Cargo.lock's version, so nothing is downloaded at build time),
# then (on request) Debian's wasm-opt, then the hand-written PySpark-named wrapper and its types.
# Installs what is missing (wasm32 target, wasm-bindgen-cli, wasm-pack, binaryen).
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/runnel-target}"

rustup target list --installed | grep -q '^wasm32-unknown-unknown$' || rustup target add wasm32-unknown-unknown
wbg_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/, ""); print; exit}' "$root/Cargo.lock")
if ! wasm-bindgen --version 2>/dev/null | grep -q "$wbg_version"; then
  cargo install wasm-bindgen-cli --version "$wbg_version"
fi
command -v wasm-pack >/dev/null || cargo install wasm-pack --locked
if [ -n "${RUNNEL_WASM_OPT:-}" ]; then command -v wasm-opt >/dev/null || apt-get install -y binaryen; fi

rm -rf pkg
# 128-bit SIMD (Chrome 91+, Firefox 89+, Safari 16.4+, Node 16.4+) for the arrow kernels.
# A 16 MiB stack (the default is 1 MiB): Python recursion up to its limit of 1000 calls and
# deeply nested expressions fit, instead of overflowing the stack.
export RUSTFLAGS="${RUNNEL_WASM_RUSTFLAGS:--C target-feature=+simd128 -C link-arg=-zstack-size=16777216}"
wasm-pack build --profile wasm --target web --out-dir pkg --out-name runnel_wasm --no-pack . >&2
# wasm-opt only on request (RUNNEL_WASM_OPT=-Oz, say): cargo already strips, and Debian 12's
# binaryen 108 corrupts wasm-bindgen's externref table when it optimises (seen here).
if [ -n "${RUNNEL_WASM_OPT:-}" ] && [ "${RUNNEL_WASM_OPT}" != 0 ]; then
  wasm-opt "$RUNNEL_WASM_OPT" --enable-simd --enable-bulk-memory --enable-sign-ext \
    --enable-nontrapping-float-to-int --enable-mutable-globals --enable-reference-types \
    --enable-multivalue pkg/runnel_wasm_bg.wasm -o pkg/runnel_wasm_bg.wasm
fi
# The Parquet codec: a module of its own, loaded on first use (spark.loadParquet()), so the
# engine stays within its size budget (with the codec inside it was 2.82 MB gzipped).
rm -rf pkg-parquet
wasm-pack build --profile wasm --target web --out-dir "$PWD/pkg-parquet" --out-name runnel_parquet --no-pack ../runnel-parquet-wasm >&2
cp pkg-parquet/runnel_parquet.js pkg-parquet/runnel_parquet.d.ts pkg-parquet/runnel_parquet_bg.wasm pkg/
rm -rf pkg-parquet
cp js/runnel.js js/runnel.d.ts pkg/
cat > pkg/package.json <<JSON
{
  "name": "runnel",
  "version": "$(awk -F'"' '/^version = /{print $2; exit}' "$root/Cargo.toml")",
  "description": "Spark Structured Streaming in the browser and in Node: PySpark's API over a Rust engine compiled to WebAssembly",
  "license": "Apache-2.0",
  "type": "module",
  "main": "runnel.js",
  "module": "runnel.js",
  "types": "runnel.d.ts",
  "exports": { ".": { "types": "./runnel.d.ts", "default": "./runnel.js" } },
  "files": ["runnel.js", "runnel.d.ts", "runnel_wasm.js", "runnel_wasm.d.ts", "runnel_wasm_bg.wasm", "runnel_wasm_bg.wasm.d.ts", "runnel_parquet.js", "runnel_parquet.d.ts", "runnel_parquet_bg.wasm"],
  "engines": { "node": ">=18" },
  "sideEffects": false
}
JSON
ls -l pkg/runnel_wasm_bg.wasm | awk '{printf "runnel_wasm_bg.wasm: %.2f MB", $5/1e6}' >&2
gzip -9 -c pkg/runnel_wasm_bg.wasm | wc -c | awk '{printf ", %.2f MB gzipped\n", $1/1e6}' >&2
ls -l pkg/runnel_parquet_bg.wasm | awk '{printf "runnel_parquet_bg.wasm (loaded on first use): %.2f MB", $5/1e6}' >&2
gzip -9 -c pkg/runnel_parquet_bg.wasm | wc -c | awk '{printf ", %.2f MB gzipped\n", $1/1e6}' >&2
