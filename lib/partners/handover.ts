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

const PARTNER_IDS: readonly PartnerId[] = ["via-trajectoire", "mdph-en-ligne"];
const REQUEST_ID = /^[A-Za-z0-9-]{1,80}$/;

/**
 * « Continuer sur … » as a portal address (`/continuer/<partner>/demandes[/<id>]`):
 * the portal records the hand-over there for single logout (ADR 0008), then
 * redirects to `partnerDeepLink(partner, requestId)`.
 */
export function handoverPath(partner: PartnerId, requestId?: string): string {
  return `/continuer/${partner}/demandes${requestId ? `/${encodeURIComponent(requestId)}` : ""}`;
}

/** « Continuer sur … » to a draft the portal created at the partner (`/continuer/<partner>/demandes/brouillons/<id>`, docs/adr/0011). */
export function draftHandoverPath(partner: PartnerId, draftId: string): string {
  return `/continuer/${partner}/demandes/brouillons/${encodeURIComponent(draftId)}`;
}

/** The partner page behind a `handoverPath` or `draftHandoverPath`, or null for anything else (no open redirect). */
export function continueTarget(partner: string, segments: readonly string[]): { partner: PartnerId; url: string } | null {
  const known = PARTNER_IDS.find((id) => id === partner);
  if (!known || segments[0] !== "demandes") return null;
  if (segments.length === 3 && segments[1] === "brouillons") {
    const draftId = segments[2] ?? "";
    return REQUEST_ID.test(draftId) ? { partner: known, url: `${partnerBaseUrl(known)}/demandes/brouillons/${encodeURIComponent(draftId)}` } : null;
  }
  if (segments.length > 2) return null;
  const requestId = segments[1];
  if (requestId !== undefined && !REQUEST_ID.test(requestId)) return null;
  return { partner: known, url: partnerDeepLink(known, requestId) };
}
