// Copies MapLibre's web worker to public/maplibre/ (gitignored), where the map
// loads it with setWorkerUrl: bundlers (Turbopack) do not serve the worker that
// maplibre-gl resolves next to its own module, so without this copy the map
// stays blank. Run before `next dev` and `next build` (predev/prebuild).
import { copyFileSync, mkdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "..");
const source = require.resolve("maplibre-gl/dist/maplibre-gl-worker.mjs");
const targetDir = path.join(root, "public", "maplibre");
const target = path.join(targetDir, "maplibre-gl-worker.mjs");
const { version } = require("maplibre-gl/package.json");

mkdirSync(targetDir, { recursive: true });
copyFileSync(source, target);
console.log(`MapLibre ${version} worker copied to ${path.relative(root, target)} (${Math.round(statSync(target).size / 1024)} kB)`);
