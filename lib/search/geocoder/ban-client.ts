/**
 * The Base Adresse Nationale search API (api-adresse.data.gouv.fr, now served
 * by the Géoplateforme), municipality search only: the wire format as raw types.
 * `GET {base}/search/?q=…&type=municipality&limit=…` answers a GeoJSON
 * FeatureCollection of WGS84 points, best score first.
 */
import { z } from "zod";

import { HttpBodyError, HttpNetworkError, HttpStatusError, httpJson } from "@/lib/http";

export type BanMunicipalityProperties = {
  label: string;
  score: number;
  /** INSEE code of the commune. */
  citycode: string;
  postcode?: string;
  name: string;
  city?: string;
  type: string;
  population?: number;
  context?: string;
};

export type BanFeature = {
  type: "Feature";
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: BanMunicipalityProperties;
};

export type BanFeatureCollection = { type: "FeatureCollection"; features: BanFeature[]; query?: string };

export class BanApiError extends Error {
  override name = "BanApiError";
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

// Features are checked one by one (isFeature): one odd feature must not hide the others.
const featureCollectionSchema = z.object({ features: z.array(z.unknown()) });

export type BanClientOptions = { baseUrl: string; timeoutMs?: number; fetcher?: typeof fetch };

export const BAN_TIMEOUT_MS = 1_500;

function isFeature(value: unknown): value is BanFeature {
  const feature = value as Partial<BanFeature> | null;
  const coordinates = feature?.geometry?.coordinates;
  const properties = feature?.properties;
  return (
    Array.isArray(coordinates) &&
    typeof coordinates[0] === "number" &&
    typeof coordinates[1] === "number" &&
    typeof properties?.citycode === "string" &&
    typeof properties.name === "string" &&
    typeof properties.score === "number"
  );
}

/** Municipalities matching `q`, best first; throws BanApiError on a timeout, an HTTP error or an unexpected body. */
export async function searchMunicipalities(
  q: string,
  limit: number,
  { baseUrl, timeoutMs = BAN_TIMEOUT_MS, fetcher = fetch }: BanClientOptions,
  filters: { postcode?: string } = {},
): Promise<BanFeature[]> {
  const url = new URL(`${baseUrl.replace(/\/+$/, "")}/search/`);
  url.searchParams.set("q", q);
  url.searchParams.set("type", "municipality");
  url.searchParams.set("limit", String(limit));
  if (filters.postcode) url.searchParams.set("postcode", filters.postcode);
  try {
    const body = await httpJson(url, featureCollectionSchema, { timeoutMs, fetch: fetcher });
    return (body?.features ?? []).filter(isFeature);
  } catch (error) {
    if (error instanceof HttpStatusError) throw new BanApiError(`BAN search answered HTTP ${error.status}`, error.status);
    if (error instanceof HttpBodyError) throw new BanApiError(`BAN search answered an unexpected body: ${error.reason}`, error.status);
    if (error instanceof HttpNetworkError) throw new BanApiError(`BAN search failed: ${error.reason}`);
    throw error;
  }
}
