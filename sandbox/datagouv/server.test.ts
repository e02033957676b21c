import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ingestConfigFromEnv } from "@/lib/ingest/config";
import { finessSource } from "@/lib/ingest/sources/finess";
import { franceServicesSource } from "@/lib/ingest/sources/france-services";
import { prixEhpadSource } from "@/lib/ingest/sources/prix-ehpad";
import type { MapResult, SourceDefinition } from "@/lib/ingest/source";
import { distanceMeters } from "@/lib/geo/distance";

import { startDatagouvSandbox, type DatagouvSandbox } from "./server";

async function readAll(source: SourceDefinition<unknown>, url: string) {
  const config = ingestConfigFromEnv({});
  const results: Array<MapResult | { status: "unreadable"; reason: string }> = [];
  for await (const item of source.read(config, { mode: "full", since: null, file: null, url, signal: new AbortController().signal, onProgress: () => {} })) {
    results.push(item.ok ? source.map(item.raw, { fetchedAt: new Date() }) : { status: "unreadable", reason: item.reason });
  }
  return results;
}

describe("data.gouv.fr sandbox files", () => {
  let sandbox: DatagouvSandbox;
  beforeAll(async () => {
    sandbox = await startDatagouvSandbox({ port: 0, offers: 800, franceServices: 40 });
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  it("serves a Latin-1 FINESS extraction the importer reads line for line", async () => {
    const response = await fetch(sandbox.files.finess);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=windows-1252");
    const results = await readAll(finessSource as SourceDefinition<unknown>, sandbox.files.finess);
    const sites = sandbox.catalogue.sites.filter((site) => site.finessEt && site.categorie);
    expect(results).toHaveLength(sites.length);
    expect(results.filter((result) => result.status === "unreadable" || result.status === "rejected")).toEqual([]);
    const hospitals = sites.filter((site) => site.categorie === "355").length;
    expect(results.filter((result) => result.status === "skipped")).toHaveLength(hospitals);
    // Accents survive Latin-1 and the Lambert-93 round trip lands within a metre.
    const mapped = results.flatMap((result) => (result.status === "mapped" && result.record.kind === "offer" ? [result.record.offer] : []));
    const site = sites.find((s) => s.categorie === "500")!;
    const offer = mapped.find((o) => o.localId === site.finessEt)!;
    expect(offer.name).toBe(site.name.toUpperCase());
    expect(distanceMeters({ latitude: offer.location.latitude!, longitude: offer.location.longitude! }, site)).toBeLessThan(1);
    expect(offer.location.communeCode).toBe(site.commune.code);
  });

  it("serves France Services and CNSA prices in their layouts", async () => {
    const fs = await readAll(franceServicesSource as SourceDefinition<unknown>, sandbox.files.franceServices);
    expect(fs).toHaveLength(40);
    expect(fs.every((result) => result.status === "mapped")).toBe(true);
    const prices = await readAll(prixEhpadSource as SourceDefinition<unknown>, sandbox.files.prixEhpad);
    const ehpads = sandbox.catalogue.sites.filter((site) => site.cnsaPrices).length;
    expect(prices).toHaveLength(ehpads);
    expect(prices.every((result) => result.status === "mapped")).toBe(true);
  });

  it("serves a postal code file in La Poste's layout with the communes' sandbox points", async () => {
    const text = await (await fetch(sandbox.files.codesPostaux)).text();
    const lines = text.trim().split("\n");
    expect(lines[0]).toBe("Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps");
    const site = sandbox.catalogue.sites[0]!;
    const line = lines.find((l) => l.startsWith(`${site.commune.code};`));
    expect(line?.endsWith(`;${site.commune.latitude},${site.commune.longitude}`)).toBe(true);
  });

  it("answers 404 for unknown files", async () => {
    expect((await fetch(`${sandbox.url}/inconnu.csv`)).status).toBe(404);
  });
});
