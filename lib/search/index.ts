/**
 * The server entry of lib/search: everything code outside this folder may use, for server
 * components, route handlers, other lib modules and scripts. It re-exports the client-safe
 * entry (client.ts), so server code needs only this one. Client components import
 * `@/lib/search/client` instead: this file reaches Prisma and the catalogue snapshot.
 */
export * from "./client";

// Query string → validated query (zod; French messages) → catalogue search → the page's data.
export { parseSearchParams, type ParsedSearch } from "./search-params";
export { resolveSearch, type ResolvedSearch } from "./resolve-search";
export { loadSearchPage, type SearchPageData } from "./load-search-page";

// The in-memory catalogue: the only search (docs/adr/0007).
export { catalogueSnapshot, invalidateCatalogueSnapshot, loadCatalogueSnapshot, searchSnapshot, snapshotMapPoints, type CatalogueSnapshot } from "./catalogue-snapshot";

// Places: what was typed → a commune (local index or the BAN), and the index's import.
export { placeResolver, type PlaceResolver } from "./geocoder/place-resolver";
export { communeIndex, type Place } from "./communes/resolve-place";
export { communeSearchName } from "./communes/search-name";
export { importCommunes, UnknownCommuneFileLayoutError, type CommuneImportReport } from "./communes/import-communes";

// Offer pages and the comparison table (read from the database, not the snapshot).
export { getOfferDetails, getOffersForComparison, handledByViaTrajectoire, offerJsonLd, type OfferDetails } from "./offer-details";
