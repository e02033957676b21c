import { onlineManager, QueryClient, QueryObserver, type QueryObserverResult } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";

import type { OffersFeatureCollection } from "@/lib/map/feature-collection";
import { LOAD_MESSAGES } from "@/lib/map/load-offers";

import { mapDataQuery, mapDataState } from "./map-data";

const recherche = { lieu: "Lyon", centre: [4.8, 45.7], rayonKm: 20 };
const answer = { recherche, types: ["EHPAD"], offres: [["ror--1", "Les Tilleuls", 0, 4.8, 45.7]] };
const respond = (status: number, body: unknown) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } }));

// The query as the map runs it: an observer, as useQuery creates one, on a real query client (no DOM needed).
function observe(query: string, fetcher: typeof fetch) {
  const observer = new QueryObserver(new QueryClient(), mapDataQuery(query, fetcher));
  const settled = () =>
    new Promise<QueryObserverResult<OffersFeatureCollection, Error>>((resolve) => {
      const unsubscribe = observer.subscribe((result) => {
        if (result.fetchStatus === "idle" && result.status !== "pending") {
          unsubscribe();
          resolve(result);
        }
      });
    });
  return { observer, settled };
}

async function run(query: string, fetcher: typeof fetch) {
  return mapDataState(await observe(query, fetcher).settled());
}

describe("the map's points query", () => {
  it("gives the points of the search, ready for MapLibre", async () => {
    const state = await run("?lieu=Lyon", respond(200, answer));
    expect(state.status).toBe("ready");
    expect(state.status === "ready" && state.data.features.map((feature) => feature.properties.nom)).toEqual(["Les Tilleuls"]);
  });

  it("shows the server's French message when the search is refused, after one attempt only", async () => {
    const fetcher = respond(404, { message: "Nous n'avons pas trouvé le lieu « Lyyon »." });
    expect(await run("?lieu=Lyyon", fetcher)).toEqual({ status: "error", message: "Nous n'avons pas trouvé le lieu « Lyyon »." });
    // The person gets the message and the retry button at once, not after silent retries.
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it("says to check the connection when the network fails", async () => {
    const fetcher = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await run("?lieu=Lyon", fetcher)).toEqual({ status: "error", message: LOAD_MESSAGES.network });
  });

  it("says to check the connection at once when the browser is offline, instead of waiting", async () => {
    onlineManager.setOnline(false);
    try {
      const fetcher = vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      });
      expect(await run("?lieu=Lyon", fetcher)).toEqual({ status: "error", message: LOAD_MESSAGES.network });
    } finally {
      onlineManager.setOnline(true);
    }
  });

  it("shares one answer between the pages of the list", () => {
    expect(mapDataQuery("?lieu=Lyon&page=3").queryKey).toEqual(mapDataQuery("?lieu=Lyon").queryKey);
    expect(mapDataQuery("?lieu=Lyon&groupe=a-domicile").queryKey).not.toEqual(mapDataQuery("?lieu=Lyon").queryKey);
  });
});

describe("retrying after a failure", () => {
  it("shows the map as loading again until the new answer arrives", async () => {
    const fetcher = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(new Response(JSON.stringify({ message: "Le service est momentanément indisponible." }), { status: 503 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(answer), { status: 200 }));
    const { observer, settled } = observe("?lieu=Lyon", fetcher);
    expect(mapDataState(await settled())).toEqual({ status: "error", message: "Le service est momentanément indisponible." });
    const next = settled();
    void observer.refetch();
    expect(mapDataState(observer.getCurrentResult())).toEqual({ status: "loading" });
    expect(mapDataState((await next)).status).toBe("ready");
  });
});

describe("mapDataState", () => {
  it("is loading while the query waits for its first answer (also when a retry follows a failure)", () => {
    expect(mapDataState({ status: "pending" })).toEqual({ status: "loading" });
  });

  it("gives the generic French sentence for an error that is not a map answer", () => {
    expect(mapDataState({ status: "error", error: new Error("boom") })).toEqual({ status: "error", message: LOAD_MESSAGES.unexpected });
  });
});
