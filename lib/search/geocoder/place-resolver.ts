import type { PrismaClient } from "@prisma/client";

import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

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
  const trimmed = text.trim();
  const labelled = /^(.*\S)\s*\((\d{5})\)$/.exec(trimmed);
  const wanted = communeSearchName(labelled?.[1] ?? trimmed);
  const exact = (place: Place, index: number) =>
    /^\d{5}$/.test(trimmed) ? place.postalCode === trimmed : communeSearchName(features[index]?.properties.name ?? "") === wanted;
  if (exact(first, 0) || places.length === 1) return { status: "found", place: first, others: labelled ? [] : others };
  return { status: "ambiguous", candidates: places };
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
          // "Nom (code postal)", as the suggestions label places: the name, filtered by the postal code.
          const labelled = /^(.*\S)\s*\((\d{5})\)$/.exec(text.trim());
          const q = labelled?.[1] ?? text.trim();
          return resolutionFromBan(text, await searchMunicipalities(q, SUGGESTION_LIMIT, client, { postcode: labelled?.[2] }));
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
