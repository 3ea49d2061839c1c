#!/usr/bin/env bash
# Builds the playground into www/dist (a static site: any static server can serve it)
# and prints its size, gzipped. `--serve` then serves it on http://127.0.0.1:4173.
# Builds the npm package first when crates/runnel-wasm/pkg is missing (or RUNNEL_REBUILD_PKG=1);
# installs the site's npm packages (package-lock.json) when missing.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f ../crates/runnel-wasm/pkg/runnel_wasm_bg.wasm ] || [ -n "${RUNNEL_REBUILD_PKG:-}" ]; then
  bash ../crates/runnel-wasm/build.sh
fi
command -v node >/dev/null || { echo "node not found: install Node.js >= 20.19" >&2; exit 1; }
[ -d node_modules/vite ] || npm ci --no-audit --no-fund
npx vite build --logLevel warn
total=0; gz=0
while IFS= read -r f; do
  total=$((total + $(wc -c < "$f")))
  gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
done < <(find dist -type f)
awk -v t="$total" -v g="$gz" 'BEGIN { printf "playground site (www/dist): %.2f MB, %.2f MB gzipped\n", t/1e6, g/1e6 }'
if [ "${1:-}" = "--serve" ]; then
  echo "serving the playground on http://127.0.0.1:4173/"
  exec npx vite preview --host 127.0.0.1 --port 4173 --strictPort
fi
