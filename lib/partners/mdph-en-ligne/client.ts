import { env } from "@/lib/env";

import { getPartnerJson, type PartnerApiConfig } from "../json-api";
import { mdphDemandeSchema, mdphPersonRequestsSchema, type MdphDemande } from "./wire";

// MDPH en ligne's JSON API (docs/adr/0006-requests-api-and-webhooks.md): raw
// wire types only; ./map.ts turns them into domain types.

export function mdphEnLigneApiConfig(overrides: Partial<PartnerApiConfig> = {}): PartnerApiConfig {
  const config = env();
  return { partner: "mdph-en-ligne", baseUrl: config.MDPH_EN_LIGNE_URL, apiKey: config.MDPH_EN_LIGNE_API_KEY, ...overrides };
}

/** Every request of one person (an unknown person gets empty lists). */
export async function fetchMdphRequests(config: PartnerApiConfig, subject: string): Promise<{ demandes: MdphDemande[]; genereLe: string }> {
  const body = await getPartnerJson(config, `/api/v1/personnes/${encodeURIComponent(subject)}/demandes`, mdphPersonRequestsSchema);
  if (!body) throw new Error("unreachable: list answers are never null");
  return { demandes: body.demandes, genereLe: body.genereLe };
}

/** One request by id, or null when the partner does not know it. */
export async function fetchMdphRequest(config: PartnerApiConfig, id: string): Promise<MdphDemande | null> {
  return getPartnerJson(config, `/api/v1/demandes/${encodeURIComponent(id)}`, mdphDemandeSchema, { nullOn404: true });
}
