import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { partnerClient } from "../identity-provider/config";
import { SANDBOX_SUBS } from "../identity-provider/people";
import { startIdentityProvider, type RunningIdentityProvider } from "../identity-provider/server";
import type { RunningServer } from "../partner-kit/http";
import { TestBrowser, formAction, reservePort, type Hop } from "../partner-kit/test-browser";
import { startViaTrajectoire } from "./server";

// The ViaTrajectoire stand-in signing in at the sandbox identity provider,
// over real HTTP with a cookie-keeping client.

let idp: RunningIdentityProvider;
let vt: RunningServer;
const client = { id: "vt-test", secret: "vt-test-secret" };
const silent = () => {};

beforeAll(async () => {
  const port = await reservePort();
  idp = await startIdentityProvider({ port: 0, clients: [partnerClient(`http://localhost:${port}`, client.id, client.secret, "ViaTrajectoire")] });
  // Webhooks go nowhere (never to a portal that might run on the default port).
  vt = await startViaTrajectoire({ port, issuer: idp.issuer, clientId: client.id, clientSecret: client.secret, log: silent, webhook: { url: "http://127.0.0.1:9/webhooks", retryDelaysMs: [] } });
});

afterAll(async () => {
  await vt?.close();
  await idp?.close();
});

const atIdp = (url: string) => url.startsWith(idp.url);

/** Visits a partner page; stops on the IdP sign-in page if one is shown. */
function visit(browser: TestBrowser, path: string) {
  return browser.browse(`${vt.url}${path}`);
}

/** Chooses a person on the IdP page and follows redirects back into the app. */
async function chooseOnIdp(browser: TestBrowser, loginPage: Hop, sub: string) {
  const action = formAction(loginPage.body, "/login");
  expect(action, "IdP login form").toBeDefined();
  return browser.browse(new URL(action ?? "", idp.url).href, { method: "POST", form: { sub } });
}

async function signedInBrowser(sub: string, path = "/demandes"): Promise<TestBrowser> {
  const browser = new TestBrowser();
  const { final: loginPage } = await visit(browser, path);
  const { final } = await chooseOnIdp(browser, loginPage, sub);
  expect(final.status).toBe(200);
  return browser;
}

describe("sign-in at the identity provider", () => {
  it("sends an unauthenticated deep link to the IdP and lands back on it, signed in", async () => {
    const browser = new TestBrowser();
    const first = await browser.request(`${vt.url}/demandes/VT-2026-004211`);
    expect(first.status).toBe(303);
    const authorize = new URL(first.location ?? "");
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${idp.issuer}/authorize`);
    expect(authorize.searchParams.get("client_id")).toBe(client.id);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${vt.url}/connexion/retour`);
    expect(authorize.searchParams.get("response_type")).toBe("code");
    expect(authorize.searchParams.get("acr_values")).toBe("eidas1");
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")?.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get("nonce")?.length).toBeGreaterThanOrEqual(32);
    expect(authorize.searchParams.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "given_name", "family_name", "preferred_username"]));

    const { final: loginPage } = await browser.browse(first.location ?? "", { stopAt: (url) => !atIdp(url) });
    expect(loginPage.body).toContain("Vous vous connectez à : <strong>ViaTrajectoire</strong>");
    const { final, hops } = await chooseOnIdp(browser, loginPage, SANDBOX_SUBS.jeanneMartin);
    expect(hops.map((hop) => new URL(hop.location ?? hop.url).pathname)).toContain("/connexion/retour");
    expect(final.url).toBe(`${vt.url}/demandes/VT-2026-004211`);
    expect(final.status).toBe(200);
    expect(final.body).toContain("Connecté·e : <strong>Jeanne Martin</strong>");
    expect(final.body).toContain("Demande d’admission en EHPAD — Résidence Les Acacias");
    expect(final.body).toContain("Inscrit·e sur liste d’attente");
    expect(final.body).toContain("<code>72</code>");
  });

  it("keeps its own HttpOnly, SameSite=Lax cookie, distinct from the IdP's", async () => {
    const browser = new TestBrowser();
    const first = await browser.request(`${vt.url}/demandes`);
    expect(first.status).toBe(303);
    const response = await fetch(`${vt.url}/demandes`, { redirect: "manual" });
    const setCookie = response.headers.getSetCookie().join("\n");
    expect(setCookie).toMatch(/^vt_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/m);

    const signedIn = await signedInBrowser(SANDBOX_SUBS.jeanneMartin);
    const names = signedIn.cookieNames();
    expect(names).toContain("vt_session");
    expect(names.some((name) => name.startsWith("idp_session"))).toBe(true);
    expect(names.every((name) => name.startsWith("vt_") || name.startsWith("idp_"))).toBe(true);
  });

  it("forwards login_hint to the IdP and keeps it out of the return path", async () => {
    const browser = new TestBrowser();
    const first = await browser.request(`${vt.url}/demandes?login_hint=${SANDBOX_SUBS.karimBenali}`);
    expect(new URL(first.location ?? "").searchParams.get("login_hint")).toBe(SANDBOX_SUBS.karimBenali);
    const { final: loginPage } = await browser.browse(first.location ?? "", { stopAt: (url) => !atIdp(url) });
    expect(loginPage.body).toMatch(/id="person-karim-benali" name="sub" value="[^"]+" checked/);
    const { final } = await chooseOnIdp(browser, loginPage, SANDBOX_SUBS.karimBenali);
    expect(final.url).toBe(`${vt.url}/demandes`);
    expect(final.body).toContain("Connecté·e : <strong>Karim Benali</strong>");
  });

  it("signs in again when login_hint names someone other than the signed-in person", async () => {
    const browser = await signedInBrowser(SANDBOX_SUBS.jeanneMartin);
    const switched = await browser.request(`${vt.url}/demandes?login_hint=${SANDBOX_SUBS.sophieMartin}`);
    expect(switched.status).toBe(303);
    expect(new URL(switched.location ?? "").searchParams.get("login_hint")).toBe(SANDBOX_SUBS.sophieMartin);
  });

  it("refuses a callback whose state was tampered with", async () => {
    const browser = new TestBrowser();
    const { final: loginPage } = await visit(browser, "/demandes");
    const action = formAction(loginPage.body, "/login") ?? "";
    const { final: backToApp } = await browser.browse(new URL(action, idp.url).href, {
      method: "POST",
      form: { sub: SANDBOX_SUBS.jeanneMartin },
      stopAt: (url) => url.startsWith(`${vt.url}/connexion/retour`),
    });
    const callback = new URL(backToApp.location ?? "");
    callback.searchParams.set("state", `${callback.searchParams.get("state") ?? ""}x`);

    const refused = await browser.request(callback.href);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("Connexion refusée");
    expect(refused.body).not.toContain("Connecté·e");
    const stillAnonymous = await browser.request(`${vt.url}/demandes`);
    expect(stillAnonymous.status).toBe(303);
    expect(stillAnonymous.location).toContain(`${idp.issuer}/authorize`);
  });

  it("refuses a replayed callback (same code and state)", async () => {
    const browser = new TestBrowser();
    const { final: loginPage } = await visit(browser, "/demandes");
    const action = formAction(loginPage.body, "/login") ?? "";
    const { final: backToApp } = await browser.browse(new URL(action, idp.url).href, {
      method: "POST",
      form: { sub: SANDBOX_SUBS.jeanneMartin },
      stopAt: (url) => url.startsWith(`${vt.url}/connexion/retour`),
    });
    const callbackUrl = backToApp.location ?? "";
    const accepted = await browser.request(callbackUrl);
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe(`${vt.url}/demandes`);

    const replayed = await browser.request(callbackUrl);
    expect(replayed.status).toBe(400);
    const elsewhere = await new TestBrowser().request(callbackUrl);
    expect(elsewhere.status).toBe(400);

    // Even paired with a fresh, valid state, the used code is refused by the IdP.
    const fresh = await browser.request(`${vt.url}/demandes?login_hint=${SANDBOX_SUBS.sophieMartin}`);
    const freshState = new URL(fresh.location ?? "").searchParams.get("state") ?? "";
    const reused = new URL(callbackUrl);
    reused.searchParams.set("state", freshState);
    const refused = await browser.request(reused.href);
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("La connexion n’a pas abouti");
    expect(refused.body).toContain("invalid_grant");
  });

  it("explains a cancelled sign-in", async () => {
    const browser = new TestBrowser();
    const { final: loginPage } = await visit(browser, "/demandes");
    const action = formAction(loginPage.body, "/abort") ?? "";
    const { final } = await browser.browse(new URL(action, idp.url).href, { method: "POST" });
    expect(final.url).toContain("/connexion/retour");
    expect(final.body).toContain("Connexion annulée");
  });
});

describe("pages", () => {
  it("lists the person's requests, and an aidant's followed requests", async () => {
    const jeanne = await signedInBrowser(SANDBOX_SUBS.jeanneMartin);
    const { final: list } = await visit(jeanne, "/demandes");
    expect(list.body).toContain("<h1>Mes demandes d’admission</h1>");
    for (const id of ["VT-2026-004211", "VT-2026-004212", "VT-2026-004213"]) expect(list.body).toContain(`href="/demandes/${id}"`);
    expect(list.body).toContain("Admission impossible");

    const sophie = await signedInBrowser(SANDBOX_SUBS.sophieMartin);
    const { final: aidantList } = await visit(sophie, "/demandes");
    expect(aidantList.body).toContain("Demandes des personnes que vous accompagnez");
    expect(aidantList.body).toContain("Jeanne Martin");
    const { final: detail } = await visit(sophie, "/demandes/VT-2026-004212");
    expect(detail.status).toBe(200);
    expect(detail.body).toContain("EHPAD Les Peupliers");
  });

  it("shows an admission proposal to confirm, and the live status after a sandbox change", async () => {
    const jeanne = await signedInBrowser(SANDBOX_SUBS.jeanneMartin);
    const { final: proposal } = await visit(jeanne, "/demandes/VT-2026-004212");
    expect(proposal.body).toContain("L’établissement vous propose une admission");
    expect(proposal.body).toMatch(/Confirmez votre réponse avant le \d/);
    expect(proposal.body).toContain("690000008");

    const moved = await fetch(`${vt.url}/sandbox/demandes/VT-2026-004212/avancer`, { method: "POST" });
    expect(moved.status).toBe(200);
    const { final: entered } = await visit(jeanne, "/demandes/VT-2026-004212");
    expect(entered.body).toContain("<code>47</code>");
    expect(entered.body).not.toContain("L’établissement vous propose une admission");
    await fetch(`${vt.url}/sandbox/reinitialiser`, { method: "POST" });
  });

  it("answers 404 for a request that is not the person's", async () => {
    const karim = await signedInBrowser(SANDBOX_SUBS.karimBenali);
    const { final } = await visit(karim, "/demandes/VT-2026-004211");
    expect(final.status).toBe(404);
    expect(final.body).toContain("Page introuvable");
    expect(final.body).not.toContain("Acacias");
  });

  it("renders accessible pages: lang, unique title, one h1, skip link, main#main", async () => {
    const browser = await signedInBrowser(SANDBOX_SUBS.jeanneMartin);
    const titles = new Set<string>();
    for (const path of ["/demandes", "/demandes/VT-2026-004211", "/demandes/VT-2026-004213", "/deconnexion"]) {
      const { final } = await visit(browser, path);
      expect(final.body).toContain('<html lang="fr"');
      expect(final.body.match(/<h1[\s>]/g), path).toHaveLength(1);
      expect(final.body).toContain('<a class="fr-link" href="#main">');
      expect(final.body).toContain('<main id="main"');
      titles.add(/<title>([^<]+)<\/title>/.exec(final.body)?.[1] ?? "");
    }
    expect(titles.size).toBe(4);
  });

  it("serves the DSFR stylesheet and refuses paths outside it", async () => {
    const css = await fetch(`${vt.url}/dsfr/dsfr.min.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toContain("text/css");
    const escape = await fetch(`${vt.url}/dsfr/..%2F..%2Fpackage.json`);
    expect(escape.status).toBe(404);
  });
});

describe("sign-out", () => {
  it("logs out at the IdP (RP-initiated) and comes back with the state", async () => {
    const browser = await signedInBrowser(SANDBOX_SUBS.jeanneMartin);
    const start = await browser.request(`${vt.url}/deconnexion`, { method: "POST", headers: { origin: vt.url } });
    expect(start.status).toBe(303);
    const endSession = new URL(start.location ?? "");
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${idp.issuer}/session/end`);
    expect(endSession.searchParams.get("id_token_hint")).toBeTruthy();
    expect(endSession.searchParams.get("post_logout_redirect_uri")).toBe(`${vt.url}/deconnexion/retour`);
    expect(endSession.searchParams.get("state")?.length).toBeGreaterThanOrEqual(32);

    const { final } = await browser.browse(start.location ?? "");
    expect(final.url).toContain(`${vt.url}/deconnexion/retour?state=`);
    expect(final.body).toContain("Vous êtes déconnecté·e de ViaTrajectoire et du service d’identité.");

    const { final: again } = await visit(browser, "/demandes");
    expect(again.url.startsWith(idp.url)).toBe(true);
    expect(again.body).toContain("Choisissez une personne fictive");
  });

  it("refuses a cross-site sign-out post", async () => {
    const browser = await signedInBrowser(SANDBOX_SUBS.jeanneMartin);
    const refused = await browser.request(`${vt.url}/deconnexion`, { method: "POST", headers: { origin: "http://evil.example" } });
    expect(refused.status).toBe(403);
    const { final } = await visit(browser, "/demandes");
    expect(final.body).toContain("Connecté·e : <strong>Jeanne Martin</strong>");
  });
});
