// The playground is a static site: `npm run build` writes www/dist, which any static
// server can serve. The engine comes from the npm package built into
// crates/runnel-wasm/pkg (crates/runnel-wasm/build.sh), the examples and their data
// from examples/.
import { defineConfig } from "vite";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export default defineConfig({
  base: "./",
  resolve: {
    alias: { runnel: fileURLToPath(new URL("../crates/runnel-wasm/pkg/runnel.js", import.meta.url)) },
  },
  server: { host: "127.0.0.1", fs: { allow: [root] } },
  preview: { host: "127.0.0.1" },
  build: { target: "es2022", chunkSizeWarningLimit: 2000, assetsInlineLimit: 0 },
});
