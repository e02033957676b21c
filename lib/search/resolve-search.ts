import type { Place } from "./communes/resolve-place";
import type { OfferSearch } from "./offer-search";
import type { PlaceResolver } from "./geocoder/place-resolver";
import type { SearchQuery } from "./search-params";

export type ResolvedSearch =
  | { status: "ready"; search: OfferSearch; place: Place; otherPlaces: Place[] }
  | { status: "needs-place" }
  | { status: "place-not-found"; lieu: string; didYouMean?: Place }
  | { status: "place-ambiguous"; lieu: string; candidates: Place[] };

/** Turns a validated query into a catalogue search: where (commune, postal code or position) and which filters. */
export async function resolveSearch(places: PlaceResolver, query: SearchQuery): Promise<ResolvedSearch> {
  let place: Place;
  let otherPlaces: Place[] = [];
  if (query.lat !== undefined && query.lon !== undefined) {
    place = { label: "votre position", communeCode: "", postalCode: null, latitude: query.lat, longitude: query.lon };
  } else if (query.lieu) {
    const resolution = await places.resolve(query.lieu);
    if (resolution.status === "not-found") return { status: "place-not-found", lieu: query.lieu, didYouMean: resolution.didYouMean };
    if (resolution.status === "ambiguous") return { status: "place-ambiguous", lieu: query.lieu, candidates: resolution.candidates };
    place = resolution.place;
    otherPlaces = resolution.others;
  } else {
    return { status: "needs-place" };
  }
  return {
    status: "ready",
    place,
    otherPlaces,
    search: {
      origin: { latitude: place.latitude, longitude: place.longitude },
      radiusKm: query.rayon,
      groupe: query.groupe,
      types: query.type,
      public: query.public,
      temporalite: query.temporalite,
      prixMax: query.prixMax,
      aideSociale: query.aideSociale === "oui",
      accessible: query.accessible === "oui",
      texte: query.q,
      sort: query.tri,
    },
  };
}
