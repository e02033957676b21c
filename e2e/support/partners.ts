import { expect, type APIRequestContext } from "@playwright/test";

import { SANDBOX_SUBS } from "../../sandbox/identity-provider/people";

// The partner stand-ins' sandbox controls (ADR 0006): move a request on (and
// send its webhook), simulate an outage for one person, reset a person's data.

export const partnerUrls = {
  "via-trajectoire": process.env.VIA_TRAJECTOIRE_URL ?? "http://localhost:4120",
  "mdph-en-ligne": process.env.MDPH_EN_LIGNE_URL ?? "http://localhost:4130",
} as const;

export type SandboxPartner = keyof typeof partnerUrls;

export const subs = SANDBOX_SUBS;

export async function advanceRequest(request: APIRequestContext, partner: SandboxPartner, id: string): Promise<{ webhook: { resultat: string } }> {
  const response = await request.post(`${partnerUrls[partner]}/sandbox/demandes/${id}/avancer`, { data: {} });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as { webhook: { resultat: string } };
}

export async function setOutage(request: APIRequestContext, partner: SandboxPartner, active: boolean, personneSub: string): Promise<void> {
  const response = await request.post(`${partnerUrls[partner]}/sandbox/panne`, { data: { active, personneSub } });
  expect(response.status()).toBe(200);
}

export async function resetPerson(request: APIRequestContext, personneSub: string): Promise<void> {
  for (const base of Object.values(partnerUrls)) {
    const response = await request.post(`${base}/sandbox/reinitialiser`, { data: { personneSub } });
    expect(response.status()).toBe(200);
  }
}
