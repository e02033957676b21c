/**
 * The Base Adresse Nationale search API (api-adresse.data.gouv.fr, now served
 * by the Géoplateforme), municipality search only: the wire format as raw types.
 * `GET {base}/search/?q=…&type=municipality&limit=…` answers a GeoJSON
 * FeatureCollection of WGS84 points, best score first.
 */

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
  let response: Response;
  try {
    response = await fetcher(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: "application/json" } });
  } catch (error) {
    const reason = error instanceof Error && error.name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : error instanceof Error ? error.message : String(error);
    throw new BanApiError(`BAN search failed: ${reason}`);
  }
  if (!response.ok) throw new BanApiError(`BAN search answered HTTP ${response.status}`, response.status);
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new BanApiError("BAN search answered a body that is not JSON", response.status);
  }
  const features = (body as Partial<BanFeatureCollection> | null)?.features;
  if (!Array.isArray(features)) throw new BanApiError("BAN search answered no FeatureCollection", response.status);
  return features.filter(isFeature);
}
