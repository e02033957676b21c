import { env } from "@/lib/env";

import { getPartnerJson, type PartnerApiConfig } from "../json-api";
import { vtDemandeSchema, vtPersonRequestsSchema, type VtDemande, type VtOrientation } from "./wire";

// ViaTrajectoire's JSON API (docs/adr/0006-requests-api-and-webhooks.md): raw
// wire types only; ./map.ts turns them into domain types.

export function viaTrajectoireApiConfig(overrides: Partial<PartnerApiConfig> = {}): PartnerApiConfig {
  const config = env();
  return { partner: "via-trajectoire", baseUrl: config.VIA_TRAJECTOIRE_URL, apiKey: config.VIA_TRAJECTOIRE_API_KEY, ...overrides };
}

/** Every admission request and orientation of one person (an unknown person gets empty lists). */
export async function fetchViaTrajectoireRequests(
  config: PartnerApiConfig,
  subject: string,
): Promise<{ demandes: VtDemande[]; orientations: VtOrientation[]; genereLe: string }> {
  const body = await getPartnerJson(config, `/api/v1/personnes/${encodeURIComponent(subject)}/demandes`, vtPersonRequestsSchema);
  if (!body) throw new Error("unreachable: list answers are never null");
  return body;
}

/** One admission request by id, or null when the partner does not know it. */
export async function fetchViaTrajectoireRequest(config: PartnerApiConfig, id: string): Promise<VtDemande | null> {
  return getPartnerJson(config, `/api/v1/demandes/${encodeURIComponent(id)}`, vtDemandeSchema, { nullOn404: true });
}
