import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { partnerClient } from "../identity-provider/config";
import { SANDBOX_SUBS } from "../identity-provider/people";
import { startIdentityProvider, type RunningIdentityProvider } from "../identity-provider/server";
import type { RunningServer } from "../partner-kit/http";
import { TestBrowser, formAction, reservePort } from "../partner-kit/test-browser";
import { startViaTrajectoire } from "../via-trajectoire/server";
import { startMdphEnLigne } from "./server";

// MDPH en ligne stand-in, and the hand-over between the two partner apps:
// signed in once at the identity provider, the person moves from
// ViaTrajectoire to MDPH en ligne without any sign-in form.

let idp: RunningIdentityProvider;
let vt: RunningServer;
let mdphel: RunningServer;
const silent = () => {};

beforeAll(async () => {
  const [vtPort, mdphelPort] = [await reservePort(), await reservePort()];
  idp = await startIdentityProvider({
    port: 0,
    clients: [
      partnerClient(`http://localhost:${vtPort}`, "vt-test", "vt-secret", "ViaTrajectoire"),
      partnerClient(`http://localhost:${mdphelPort}`, "mdphel-test", "mdphel-secret", "MDPH en ligne"),
    ],
  });
  vt = await startViaTrajectoire({ port: vtPort, issuer: idp.issuer, clientId: "vt-test", clientSecret: "vt-secret", log: silent, webhook: { url: "http://127.0.0.1:9/webhooks", retryDelaysMs: [] } });
  // Webhooks go nowhere (never to a portal that might run on the default port).
  mdphel = await startMdphEnLigne({ port: mdphelPort, issuer: idp.issuer, clientId: "mdphel-test", clientSecret: "mdphel-secret", log: silent, webhook: { url: "http://127.0.0.1:9/webhooks", retryDelaysMs: [] } });
});

afterAll(async () => {
  await mdphel?.close();
  await vt?.close();
  await idp?.close();
});

async function signIn(browser: TestBrowser, appUrl: string, path: string, sub: string) {
  const { final: loginPage } = await browser.browse(`${appUrl}${path}`);
  const action = formAction(loginPage.body, "/login");
  expect(action, "IdP login form").toBeDefined();
  return browser.browse(new URL(action ?? "", idp.url).href, { method: "POST", form: { sub } });
}

describe("MDPH en ligne", () => {
  it("signs in on a deep link and shows the request with its step", async () => {
    const browser = new TestBrowser();
    const { final } = await signIn(browser, mdphel.url, "/demandes/MDPH-13-2026-004417", SANDBOX_SUBS.karimBenali);
    expect(final.url).toBe(`${mdphel.url}/demandes/MDPH-13-2026-004417`);
    expect(final.status).toBe(200);
    expect(final.body).toContain("Connecté·e : <strong>Karim Benali</strong>");
    expect(final.body).toContain("<h1>Renouvellement de l’AAH et demande de PCH</h1>");
    expect(final.body).toContain("Étape 3 sur 5");
    expect(final.body).toContain("Décision de la CDAPH");
    expect(final.body).toContain("Allocation aux adultes handicapés (AAH)");
    expect(browser.cookieNames()).toContain("mdphel_session");
    expect(browser.cookieNames().every((name) => name.startsWith("mdphel_") || name.startsWith("idp_"))).toBe(true);
  });

  it("lists an aidant's followed requests and hides other people's", async () => {
    const sophie = new TestBrowser();
    const { final: list } = await signIn(sophie, mdphel.url, "/demandes", SANDBOX_SUBS.sophieMartin);
    expect(list.body).toContain("<h1>Mes demandes à la MDPH</h1>");
    expect(list.body).not.toContain("Vous n’avez aucune demande");
    expect(list.body).toContain('href="/demandes/MDPH-69-2026-002305"');
    expect(list.body).not.toContain("MDPH-13-2026-004417");
    const { final: other } = await sophie.browse(`${mdphel.url}/demandes/MDPH-13-2026-004417`);
    expect(other.status).toBe(404);
  });

  it("shows pieces asked for, the legal deadline and decisions, and the live state after a sandbox change", async () => {
    const jeanne = new TestBrowser();
    const { final: before } = await signIn(jeanne, mdphel.url, "/demandes/MDPH-69-2026-002305", SANDBOX_SUBS.jeanneMartin);
    expect(before.body).toContain("La MDPH attend des pièces de votre part");
    expect(before.body).toContain("Certificat médical de moins d’un an : en attente");
    expect(before.body).toContain("Date limite de réponse");
    expect(before.body).toContain("En attente de décision");

    const moved = await fetch(`${mdphel.url}/sandbox/demandes/MDPH-69-2026-002305/avancer`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ code: "notification" }) });
    expect(moved.status).toBe(200);
    const { final: after } = await jeanne.browse(`${mdphel.url}/demandes/MDPH-69-2026-002305`);
    expect(after.body).toContain("Étape 5 sur 5");
    expect(after.body).not.toContain("La MDPH attend des pièces de votre part");
    expect(after.body).toMatch(/Accordé le .+, jusqu’au /);
    await fetch(`${mdphel.url}/sandbox/reinitialiser`, { method: "POST" });
  });
});

describe("hand-over between partner apps", () => {
  it("moves from ViaTrajectoire to MDPH en ligne without signing in again", async () => {
    const browser = new TestBrowser();
    const { final: vtPage } = await signIn(browser, vt.url, "/demandes", SANDBOX_SUBS.karimBenali);
    expect(vtPage.body).toContain("Connecté·e : <strong>Karim Benali</strong>");

    const { final, hops } = await browser.browse(`${mdphel.url}/demandes/MDPH-13-2026-004417?login_hint=${SANDBOX_SUBS.karimBenali}`);
    for (const hop of hops.slice(0, -1)) {
      expect(hop.status, hop.url).toBe(303);
      expect(hop.body).not.toMatch(/<form/i);
    }
    expect(hops.some((hop) => hop.url.startsWith(`${idp.issuer}/authorize`))).toBe(true);
    expect(hops.some((hop) => hop.url.includes("/interaction/"))).toBe(false);
    expect(final.url).toBe(`${mdphel.url}/demandes/MDPH-13-2026-004417`);
    expect(final.body).toContain("Connecté·e : <strong>Karim Benali</strong>");

    // Both apps keep their own session cookie next to the IdP's.
    const names = browser.cookieNames();
    expect(names).toEqual(expect.arrayContaining(["vt_session", "mdphel_session"]));
  });

  it("after signing out of one app, the next app asks the IdP for a sign-in again", async () => {
    const browser = new TestBrowser();
    await signIn(browser, vt.url, "/demandes", SANDBOX_SUBS.karimBenali);
    await browser.browse(`${mdphel.url}/demandes`);

    const { final: signedOut } = await browser.browse(`${mdphel.url}/deconnexion`, { method: "POST" });
    expect(signedOut.body).toContain("Vous êtes déconnecté·e de MDPH en ligne et du service d’identité.");

    const { final: mdphelAgain } = await browser.browse(`${mdphel.url}/demandes`);
    expect(mdphelAgain.body).toContain("Choisissez une personne fictive");
    // ViaTrajectoire keeps its own session until it expires (FranceConnect has no single logout either).
    const { final: vtAgain } = await browser.browse(`${vt.url}/demandes`);
    expect(vtAgain.body).toContain("Connecté·e : <strong>Karim Benali</strong>");

    // Signing out there too comes straight back, although the IdP session is already gone.
    const { final: vtSignedOut, hops } = await browser.browse(`${vt.url}/deconnexion`, { method: "POST" });
    expect(hops.every((hop) => !/<form/i.test(hop.body) || hop === hops.at(-1))).toBe(true);
    expect(vtSignedOut.body).toContain("Vous êtes déconnecté·e de ViaTrajectoire et du service d’identité.");
  });
});
