#!/usr/bin/env bash
# Builds the npm package `runnel` into crates/runnel-wasm/pkg: wasm-pack (with the
# wasm-bindgen-cli of Cargo.lock's version, so nothing is downloaded at build time),
# then Debian's wasm-opt, then the hand-written PySpark-named wrapper and its types.
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
command -v wasm-opt >/dev/null || apt-get install -y binaryen

rm -rf pkg
wasm-pack build --profile wasm --target web --out-dir pkg --out-name runnel_wasm --no-pack . >&2
# Rust 1.95's wasm32 output uses these features; wasm-opt must accept them.
# RUNNEL_WASM_OPT=0 skips it (Debian 12's binaryen 108 mis-rewrites wasm-bindgen's
# externref table when it optimises, so by default only -O0 passes run: it strips).
if [ "${RUNNEL_WASM_OPT:-strip}" != 0 ]; then
  level=$([ "${RUNNEL_WASM_OPT:-strip}" = strip ] && echo -O0 || echo "$RUNNEL_WASM_OPT")
  wasm-opt "$level" --strip-debug --strip-producers --enable-bulk-memory --enable-sign-ext \
    --enable-nontrapping-float-to-int --enable-mutable-globals --enable-reference-types \
    --enable-multivalue pkg/runnel_wasm_bg.wasm -o pkg/runnel_wasm_bg.wasm
fi
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
  "files": ["runnel.js", "runnel.d.ts", "runnel_wasm.js", "runnel_wasm.d.ts", "runnel_wasm_bg.wasm", "runnel_wasm_bg.wasm.d.ts"],
  "engines": { "node": ">=18" },
  "sideEffects": false
}
JSON
ls -l pkg/runnel_wasm_bg.wasm | awk '{printf "runnel_wasm_bg.wasm: %.2f MB", $5/1e6}' >&2
gzip -9 -c pkg/runnel_wasm_bg.wasm | wc -c | awk '{printf ", %.2f MB gzipped\n", $1/1e6}' >&2
