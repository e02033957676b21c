import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";

import { toOffersFeatureCollection } from "@/lib/map/feature-collection";
import { searchAreaCollection, searchBounds } from "@/lib/map/geometry";
import { fontStackFor, OVERLAY_SOURCES, offersSource, overlayLayers, searchAreaSource } from "@/lib/map/layers";
import { PALETTES } from "@/lib/map/palette";
import { BASEMAP_SOURCES, EMBEDDED_BASEMAP_PATH, embeddedStyle, placeLabelsUrl } from "@/lib/map/style";
import { maplibreWorkerUrl } from "@/lib/map/worker";

import { freePort } from "./child-process";
import { forwardToPortal } from "./forward";

/**
 * The first map's floor: a static page with MapLibre alone (the same ESM build the portal bundles, the
 * same worker file), the same embedded basemap, commune names and points (`/api/carte` of the same search),
 * drawn with the same layers (`lib/map`), in a box of the same size, and nothing else: no Next.js, no React,
 * no DSFR. Its server answers the page and MapLibre's module itself and forwards every other request to
 * the portal, so the data and the basemap come from the same origin and the same server as on the portal.
 * The page marks `portail-map-ready` the same way: the points set, the map idle.
 */
export type MapFloor = { url: string; close(): Promise<void> };

type SearchAnswer = { recherche: { centre: [number, number]; rayonKm: number } };

function floorHtml(options: { dataPath: string; area: SearchAnswer["recherche"]; origin: string; version: string }): string {
  const palette = PALETTES.light;
  const style = embeddedStyle(palette, { basemapUrl: `${options.origin}${EMBEDDED_BASEMAP_PATH}` });
  const setup = {
    style,
    bounds: searchBounds(options.area.centre, options.area.rayonKm),
    workerUrl: maplibreWorkerUrl(options.version),
    dataPath: options.dataPath,
    placesUrl: `${options.origin}${placeLabelsUrl(options.area.centre, options.area.rayonKm)}`,
    sources: { [OVERLAY_SOURCES.searchArea]: searchAreaSource(searchAreaCollection(options.area.centre, options.area.rayonKm)), [OVERLAY_SOURCES.offers]: offersSource() },
    layers: overlayLayers(palette, fontStackFor(style)),
    offers: OVERLAY_SOURCES.offers,
    places: BASEMAP_SOURCES.places,
  };
  // Data, style and MapLibre all start at once; the points go in as soon as both the map and the data are there.
  return `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Plancher MapLibre</title>
<link rel="stylesheet" href="/plancher/maplibre-gl.css">
<style>body{margin:0;padding:1rem}#carte{height:min(65vh,34rem);min-height:20rem}</style>
</head><body><div id="carte"></div>
<script type="module">
import * as maplibregl from "/plancher/maplibre-gl.mjs";
const setup = ${JSON.stringify(setup).replace(/</g, "\\u003c")};
// The endpoint answers compact rows: the same conversion to GeoJSON as the portal's (lib/map), or MapLibre gets no points.
const toOffersFeatureCollection = ${toOffersFeatureCollection.toString()};
const data = fetch(setup.dataPath).then((response) => response.json()).then(toOffersFeatureCollection);
maplibregl.setWorkerUrl(setup.workerUrl);
const map = new maplibregl.Map({ container: "carte", style: setup.style, bounds: setup.bounds, fitBoundsOptions: { padding: 16 } });
map.on("load", async () => {
  for (const [id, source] of Object.entries(setup.sources)) map.addSource(id, source);
  for (const layer of setup.layers) map.addLayer(layer);
  map.getSource(setup.places).setData(setup.placesUrl);
  map.getSource(setup.offers).setData(await data);
  map.once("idle", () => {
    document.getElementById("carte").dataset.mapState = "ready";
    performance.mark("portail-map-ready");
  });
});
</script></body></html>`;
}

/** Serves the floor page for `searchQuery` (as on /recherche/carte) beside the portal at `portalBase`. */
export async function startMapFloor(portalBase: string, searchQuery: string): Promise<MapFloor> {
  const require = createRequire(import.meta.url);
  const { version } = require("maplibre-gl/package.json") as { version: string };
  const files: Record<string, { path: string; type: string }> = {
    "/plancher/maplibre-gl.mjs": { path: require.resolve("maplibre-gl/dist/maplibre-gl.mjs"), type: "text/javascript" },
    "/plancher/maplibre-gl.css": { path: require.resolve("maplibre-gl/dist/maplibre-gl.css"), type: "text/css" },
  };
  const dataPath = `/api/carte${searchQuery}`;
  const answer = (await (await fetch(`${portalBase}${dataPath}`)).json()) as SearchAnswer;
  const port = await freePort();
  const origin = `http://localhost:${port}`;
  const html = floorHtml({ dataPath, area: answer.recherche, origin, version });
  const server: Server = createServer((request, response) => {
    const url = request.url ?? "/";
    const file = files[url.split("?")[0] ?? url];
    if (url === "/") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(html);
    } else if (file) {
      void readFile(file.path).then((body) => response.writeHead(200, { "content-type": file.type }).end(body));
    } else {
      // Everything else (data, basemap, commune names, worker) from the portal, as the portal's page gets it.
      forwardToPortal(portalBase, request, response);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `${origin}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
