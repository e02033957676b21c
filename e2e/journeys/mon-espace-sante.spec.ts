import type { APIRequestContext, Page } from "@playwright/test";

import { expect, test } from "../support/csp-violations";

import { expectNoAxeViolationsInBothThemes } from "../support/axe";
import { advanceRequest, partnerUrls, resetPerson, subs } from "../support/partners";
import { people, signIn } from "../support/sign-in";

// Mon espace santé (issue #13): Yves Perrin pairs his account and consents to
// the agenda only; his admission request's dated step appears in the MES
// agenda, then moves; he consents to documents and the CDAPH decision arrives
// as a PDF; while MES is down the portal shows « En attente » and delivers once
// MES is back; once he withdraws his consent nothing more is sent. His own
// person: this journey changes partner and MES state.

const MES = process.env.MON_ESPACE_SANTE_URL ?? "http://localhost:4140";
const VT_ID = "VT-2026-007310";
const MDPH_ID = "MDPH-34-2026-002710";
const vtEvent = `via-trajectoire/${VT_ID}/prochaine-etape`;

type Held = {
  services?: { client: string; flux: string[] }[];
  agenda: { id: string; version: number; status: string; start: string; identifier: { value: string }[] }[];
  documents: { description: string; content: { attachment: { url: string; contentType: string } }[] }[];
};

async function heldAtMes(request: APIRequestContext): Promise<Held> {
  const response = await request.get(`${MES}/sandbox/etat?personneSub=${subs.yvesPerrin}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Held;
}

const eventOf = (held: Held) => held.agenda.find((event) => event.identifier.some((id) => id.value === vtEvent));

async function mesControl(request: APIRequestContext, path: "panne" | "reinitialiser", data: Record<string, unknown>): Promise<void> {
  const response = await request.post(`${MES}/sandbox/${path}`, { data: { personneSub: subs.yvesPerrin, ...data } });
  expect(response.status()).toBe(200);
}

/** On MES: signed in through the shared identity provider, the consent screen lists the flows asked for. */
async function consentAtMes(page: Page, flows: RegExp[]): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "Autoriser Portail Autonomie à alimenter votre espace" })).toBeVisible();
  for (const flow of flows) await expect(page.getByRole("listitem").filter({ hasText: flow })).toBeVisible();
  await page.getByRole("button", { name: "Autoriser" }).click();
  await expect(page).toHaveURL(/\/mon-compte\/mon-espace-sante\?resultat=connecte$/);
}

test.describe.configure({ timeout: 180_000 });
test.skip(({ isMobile }) => isMobile, "changes partner and MES state: desktop only");

test("a person pairs with Mon espace santé; dates and decisions follow, once, and stop when consent is withdrawn", async ({ page, request }) => {
  await resetPerson(request, subs.yvesPerrin);
  await mesControl(request, "reinitialiser", {});
  await signIn(page, people.yves);

  await page.goto("/mon-compte/mon-espace-sante");
  await expect(page.getByRole("heading", { level: 1, name: "Mon espace santé" })).toBeVisible();
  // A developer's re-run against a reused portal: start from an unpaired account.
  const disconnect = page.getByRole("button", { name: "Ne plus relier mon compte à Mon espace santé" });
  if (await disconnect.isVisible()) await disconnect.click();
  await expect(page.getByRole("checkbox", { name: "Ajouter les dates de mes démarches à mon agenda" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Déposer les décisions dans mes documents" })).not.toBeChecked();
  await page.getByRole("button", { name: "Relier mon compte à Mon espace santé" }).click();
  await consentAtMes(page, [/Ajouter des rendez-vous et des dates à votre agenda/]);
  await expect(page.getByRole("heading", { name: "Votre compte est relié à Mon espace santé" })).toBeVisible();

  // A step of the admission request with a date (waiting list, place expected in about 60 days).
  await advanceRequest(request, "via-trajectoire", VT_ID);
  await expect.poll(async () => eventOf(await heldAtMes(request))?.status, { timeout: 20_000 }).toBe("proposed");
  const first = eventOf(await heldAtMes(request));
  // The establishment proposes a place: the date moves (answer within 14 days), same event.
  await advanceRequest(request, "via-trajectoire", VT_ID);
  await expect.poll(async () => eventOf(await heldAtMes(request))?.version, { timeout: 20_000 }).toBe(2);
  const moved = eventOf(await heldAtMes(request));
  expect(moved?.id).toBe(first?.id);
  expect(moved?.start).not.toBe(first?.start);
  expect((await heldAtMes(request)).documents).toEqual([]);

  // Consent to documents too: MES asks again, then the CDAPH decision arrives as a PDF.
  await page.getByRole("checkbox", { name: "Déposer les décisions dans mes documents" }).check({ force: true });
  await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
  await consentAtMes(page, [/agenda/, /documents/]);
  const response = await request.post(`${partnerUrls["mdph-en-ligne"]}/sandbox/demandes/${MDPH_ID}/avancer`, { data: { code: "notification" } });
  expect(response.status()).toBe(200);
  await expect.poll(async () => (await heldAtMes(request)).documents.map((document) => document.description).filter((text) => text.startsWith("Décision de la CDAPH")), { timeout: 20_000 }).toHaveLength(1);
  const decision = (await heldAtMes(request)).documents.find((document) => document.description.startsWith("Décision de la CDAPH"));
  const pdf = await request.get(`${MES}/sandbox/binaire/${decision?.content[0]?.attachment.url.replace("Binary/", "") ?? ""}`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  await page.reload();
  await expect(page.getByRole("rowheader", { name: /^Décision de la CDAPH du/ })).toBeVisible();
  // The signed-in page in its full state (switches, FALC explanations, the table of what was sent).
  await expectNoAxeViolationsInBothThemes(page);

  // MES down: the person enters the establishment, the event is cancelled… « en attente » until MES is back, then sent once.
  await mesControl(request, "panne", { active: true });
  await advanceRequest(request, "via-trajectoire", VT_ID);
  await page.reload();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Annulé : Confirmation/ }) });
  await expect(row.getByText("En attente")).toBeVisible();
  await mesControl(request, "panne", { active: false });
  await expect.poll(async () => eventOf(await heldAtMes(request))?.status, { timeout: 45_000 }).toBe("cancelled");
  expect(eventOf(await heldAtMes(request))?.version).toBe(3);
  await page.reload();
  await expect(row.getByText("Envoyé", { exact: true })).toBeVisible();

  // Consent withdrawn: a new dated step (an appeal, answer within 2 months) is not sent.
  await page.getByRole("checkbox", { name: "Ajouter les dates de mes démarches à mon agenda" }).uncheck({ force: true });
  await page.getByRole("checkbox", { name: "Déposer les décisions dans mes documents" }).uncheck({ force: true });
  await page.getByRole("button", { name: "Enregistrer mes choix" }).click();
  await expect(page.getByRole("heading", { name: "Vos choix sont enregistrés" })).toBeVisible();
  const before = await heldAtMes(request);
  const appeal = await request.post(`${partnerUrls["mdph-en-ligne"]}/sandbox/demandes/${MDPH_ID}/avancer`, { data: { code: "recours" } });
  expect(appeal.status()).toBe(200);
  await page.waitForTimeout(4_000);
  expect(await heldAtMes(request)).toEqual(before);

  await page.getByRole("button", { name: "Ne plus relier mon compte à Mon espace santé" }).click();
  await expect(page.getByRole("heading", { name: "Votre compte n’est plus relié à Mon espace santé" })).toBeVisible();
  expect((await heldAtMes(request)).services ?? []).toEqual([]);
  await resetPerson(request, subs.yvesPerrin);
  await mesControl(request, "reinitialiser", {});
});
