import { env } from "@/lib/env";

// Hand-over to partner services relies on single sign-on at the shared identity
// provider (docs/adr/0003-handover-sso.md): the portal only links to the
// partner's own page; the partner signs the person in with its own OIDC client,
// and the identity provider answers without a form while its session lives.

import { type PartnerId } from "./partner-names";

export { partnerNames, type PartnerId } from "./partner-names";

function partnerBaseUrl(partner: PartnerId): string {
  const config = env();
  return partner === "via-trajectoire" ? config.VIA_TRAJECTOIRE_URL : config.MDPH_EN_LIGNE_URL;
}

/**
 * ViaTrajectoire's new admission request to one establishment, by its FINESS ET
 * number (the stand-in's `/demandes/nouvelle/<FINESS>`); its list of requests without one.
 */
export function admissionRequestLink(finessEt: string | null): string {
  return finessEt ? `${partnerBaseUrl("via-trajectoire")}/demandes/nouvelle/${encodeURIComponent(finessEt)}` : partnerDeepLink("via-trajectoire");
}

/** The partner page for one request, or the partner's list of requests. */
export function partnerDeepLink(partner: PartnerId, requestId?: string): string {
  const path = requestId ? `/demandes/${encodeURIComponent(requestId)}` : "/demandes";
  return `${partnerBaseUrl(partner)}${path}`;
}
