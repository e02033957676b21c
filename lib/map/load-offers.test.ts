import { describe, expect, it } from "vitest";

import { LOAD_MESSAGES, loadMapData, mapDataUrl } from "./load-offers";

describe("mapDataUrl", () => {
  it.each([
    ["?lieu=Lyon&groupe=en-etablissement", "/api/carte?lieu=Lyon&groupe=en-etablissement"],
    ["lieu=Lyon", "/api/carte?lieu=Lyon"],
    ["?lieu=Lyon&page=3", "/api/carte?lieu=Lyon"],
    ["?type=ehpad&type=mas&lieu=Lyon", "/api/carte?type=ehpad&type=mas&lieu=Lyon"],
    ["", "/api/carte"],
  ])("%j → %s", (query, url) => {
    expect(mapDataUrl(query)).toBe(url);
  });
});

const recherche = { lieu: "Lyon", centre: [4.8, 45.7], rayonKm: 20 };
const answer = { recherche, bbox: [4.8, 45.7, 4.9, 45.8], types: ["EHPAD"], offres: [["ror--1", "Les Tilleuls", 0, 4.8, 45.7], ["ror--2", "Le Verger", 0, 4.9, 45.8]] };
const respond = (status: number, body: unknown) => async () =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

describe("loadMapData", () => {
  it("returns the offers as the GeoJSON MapLibre clusters", async () => {
    const result = await loadMapData("?lieu=Lyon", { fetcher: respond(200, answer) });
    expect(result).toEqual({
      ok: true,
      data: {
        type: "FeatureCollection",
        features: [
          { type: "Feature", geometry: { type: "Point", coordinates: [4.8, 45.7] }, properties: { id: "ror--1", nom: "Les Tilleuls", type: "EHPAD" } },
          { type: "Feature", geometry: { type: "Point", coordinates: [4.9, 45.8] }, properties: { id: "ror--2", nom: "Le Verger", type: "EHPAD" } },
        ],
        bbox: [4.8, 45.7, 4.9, 45.8],
        recherche,
      },
    });
  });

  it.each([
    ["a row with a type index out of range", { ...answer, offres: [["ror--1", "Les Tilleuls", 3, 4.8, 45.7]] }],
    ["a row without coordinates", { ...answer, offres: [["ror--1", "Les Tilleuls", 0]] }],
    ["a row with a text coordinate", { ...answer, offres: [["ror--1", "Les Tilleuls", 0, "4.8", 45.7]] }],
    ["a GeoJSON collection", { type: "FeatureCollection", features: [], recherche }],
  ])("refuses %s with its French message rather than breaking the map", async (_, body) => {
    expect(await loadMapData("?lieu=Lyon", { fetcher: respond(200, body) })).toEqual({ ok: false, status: 200, message: LOAD_MESSAGES.unexpected });
  });

  it("shows the server's French message on an error answer", async () => {
    const result = await loadMapData("?lieu=Nullepart", { fetcher: respond(404, { message: "Nous n'avons pas trouvé la commune « Nullepart »." }) });
    expect(result).toEqual({ ok: false, status: 404, message: "Nous n'avons pas trouvé la commune « Nullepart »." });
  });

  it("falls back to its own French message when the answer is not ours", async () => {
    expect(await loadMapData("", { fetcher: respond(502, "<html>Bad gateway</html>") })).toEqual({ ok: false, status: 502, message: LOAD_MESSAGES.unexpected });
    expect(await loadMapData("", { fetcher: respond(200, { type: "Feature" }) })).toMatchObject({ ok: false, message: LOAD_MESSAGES.unexpected });
  });

  it("explains a network failure", async () => {
    const offline = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await loadMapData("?lieu=Lyon", { fetcher: offline })).toEqual({ ok: false, message: LOAD_MESSAGES.network });
  });

  it("lets an aborted request reject, so a stale answer never replaces a newer one", async () => {
    const controller = new AbortController();
    controller.abort();
    const aborting = async () => {
      throw new DOMException("Aborted", "AbortError");
    };
    await expect(loadMapData("?lieu=Lyon", { fetcher: aborting, signal: controller.signal })).rejects.toThrow("Aborted");
  });
});
