import type { ParsedItem } from "@/lib/ingest/source";

import type { Bundle, HealthcareService, Location, Organization, Reference, Resource } from "./fhir";

/** One ROR offer with the resources it references, as found in the searchset page. */
export type RorRecord = {
  service: HealthcareService;
  /** The EG (entité géographique) providing the offer, from `_include=HealthcareService:organization`. */
  organization: Organization | null;
  /** The place where the offer is delivered, from `_include=HealthcareService:location`. */
  location: Location | null;
};

/** Splits a searchset page into offers, resolving their references within the page. */
export function* parseRorBundle(bundle: Bundle): Iterable<ParsedItem<RorRecord>> {
  const index = new Map<string, Resource>();
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (!resource?.resourceType || !resource.id) continue;
    index.set(`${resource.resourceType}/${resource.id}`, resource);
    if (entry.fullUrl) index.set(entry.fullUrl, resource);
  }
  for (const entry of bundle.entry ?? []) {
    const resource = entry.resource;
    if (resource?.resourceType !== "HealthcareService") continue;
    if (entry.search?.mode && entry.search.mode !== "match") continue;
    const service = resource as HealthcareService;
    if (!service.id) {
      yield { ok: false, localId: null, reason: "HealthcareService sans identifiant technique (id)" };
      continue;
    }
    const organization = resolve<Organization>(index, service.providedBy, "Organization");
    const location = resolve<Location>(index, service.location?.[0], "Location");
    yield { ok: true, localId: service.id, raw: { service, organization, location } };
  }
}

function resolve<T extends Resource>(index: Map<string, Resource>, reference: Reference | undefined, type: string): T | null {
  const value = reference?.reference;
  if (!value) return null;
  const direct = index.get(value);
  if (direct?.resourceType === type) return direct as T;
  // Absolute references: match on the trailing "Type/id".
  const match = /([A-Za-z]+)\/([^/]+)$/.exec(value);
  const found = match ? index.get(`${match[1]}/${match[2]}`) : undefined;
  return found?.resourceType === type ? (found as T) : null;
}
