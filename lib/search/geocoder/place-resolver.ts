import type { PrismaClient } from "@prisma/client";

import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

import { parsePlaceText, type PlaceText } from "../communes/place-text";
import { communeSearchName } from "../communes/search-name";
import { resolvePlace, suggestPlaces, SUGGESTION_LIMIT, type Place, type PlaceResolution } from "../communes/resolve-place";

import { searchMunicipalities, type BanClientOptions, type BanFeature } from "./ban-client";

/** Where "Où ?" finds places: the portal's commune index, or the Base Adresse Nationale (GEOCODER=ban). */
export type PlaceResolver = {
  resolve(text: string): Promise<PlaceResolution>;
  suggest(text: string): Promise<Place[]>;
};

export function localPlaceResolver(prisma: PrismaClient): PlaceResolver {
  return { resolve: (text) => resolvePlace(prisma, text), suggest: (text) => suggestPlaces(prisma, text) };
}

/** A BAN municipality as a place of the search; the commune's main postal code labels it, as in the local index. */
export function placeFromBan(feature: BanFeature): Place {
  const { name, city, postcode, citycode } = feature.properties;
  const [longitude, latitude] = feature.geometry.coordinates;
  const label = postcode ? `${city ?? name} (${postcode})` : (city ?? name);
  return { label, communeCode: citycode, postalCode: postcode ?? null, latitude, longitude };
}

/** The BAN does not say "ambiguous": a name or postal code matched exactly, or a single answer, is found; several others are candidates. */
export function resolutionFromBan(text: string, features: readonly BanFeature[]): PlaceResolution {
  const places = features.map(placeFromBan);
  const [first, ...others] = places;
  if (!first) return { status: "not-found" };
  const parsed = parsePlaceText(text);
  const exact = (place: Place, index: number) =>
    parsed.kind === "postal-code"
      ? place.postalCode === parsed.postalCode
      : communeSearchName(features[index]?.properties.name ?? "") === communeSearchName(parsed.name);
  const withPostalCode = parsed.kind === "name-and-postal-code";
  if (exact(first, 0) || places.length === 1) return { status: "found", place: first, others: withPostalCode ? [] : others };
  return { status: "ambiguous", candidates: places };
}

/** The BAN query for what was typed: a name with its postal code is the name, filtered by the postal code. */
function banQuery(parsed: PlaceText): { q: string; postcode?: string } {
  switch (parsed.kind) {
    case "postal-code":
      return { q: parsed.postalCode };
    case "name-and-postal-code":
      return { q: parsed.name, postcode: parsed.postalCode };
    case "arrondissement":
    case "name":
      return { q: parsed.name };
  }
}

/**
 * The BAN search API, with the local index as a fallback: a failure (timeout,
 * HTTP error, unexpected body) is logged in English and the local answer given.
 */
export function banPlaceResolver(client: BanClientOptions, fallback: PlaceResolver): PlaceResolver {
  async function withFallback<T>(operation: string, text: string, work: () => Promise<T>, local: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      // The text typed is a place: not personal, but not needed in the logs either.
      logger.warn(`BAN ${operation} failed, using the local commune index`, { ...errorContext(error), length: text.length });
      return local();
    }
  }
  return {
    resolve: (text) =>
      withFallback(
        "place resolution",
        text,
        async () => {
          const { q, postcode } = banQuery(parsePlaceText(text));
          const resolution = resolutionFromBan(text, await searchMunicipalities(q, SUGGESTION_LIMIT, client, { postcode }));
          // Nothing found: the local index answers the same way as without the BAN ("Vouliez-vous dire … ?").
          return resolution.status === "not-found" ? fallback.resolve(text) : resolution;
        },
        () => fallback.resolve(text),
      ),
    suggest: async (text) => {
      // The BAN wants at least 3 characters; the local index answers shorter prefixes.
      if (text.trim().length < 3) return fallback.suggest(text);
      return withFallback("suggestion", text, async () => (await searchMunicipalities(text.trim(), SUGGESTION_LIMIT, client)).map(placeFromBan), () => fallback.suggest(text));
    },
  };
}

/** The resolver chosen by GEOCODER (lib/env.ts). */
export function placeResolver(prisma: PrismaClient): PlaceResolver {
  const local = localPlaceResolver(prisma);
  const { GEOCODER, BAN_API_URL } = env();
  return GEOCODER === "ban" ? banPlaceResolver({ baseUrl: BAN_API_URL }, local) : local;
}
