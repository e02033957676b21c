import { createHash, randomBytes } from "node:crypto";

import { createLocalJWKSet, decodeJwt, jwtVerify, type JSONWebKeySet } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { FRANCECONNECT_SCOPES } from "../partner-kit/identity-claims";
import { TestBrowser, formAction, type Hop } from "../partner-kit/test-browser";
import type { OidcClientConfig } from "./config";
import { SANDBOX_PEOPLE, SANDBOX_SUBS } from "./people";
import { startIdentityProvider, type RunningIdentityProvider } from "./server";

// Drives the sandbox identity provider over real HTTP, as a relying party and
// a browser would, to check it behaves like FranceConnect v2.

const PORTAL: OidcClientConfig = {
  clientId: "portal-test",
  clientSecret: "portal-test-secret",
  name: "Portail Autonomie",
  redirectUris: ["http://localhost:39001/api/auth/callback/franceconnect"],
  postLogoutRedirectUris: ["http://localhost:39001/"],
};
const PARTNER: OidcClientConfig = {
  clientId: "partner-test",
  clientSecret: "partner-test-secret",
  name: "ViaTrajectoire",
  redirectUris: ["http://localhost:39002/connexion/retour"],
  postLogoutRedirectUris: ["http://localhost:39002/deconnexion/retour"],
};

const random = () => randomBytes(32).toString("base64url"); // 43 characters
const JEANNE = SANDBOX_SUBS.jeanneMartin;

let idp: RunningIdentityProvider;
let jwks: ReturnType<typeof createLocalJWKSet>;

beforeAll(async () => {
  idp = await startIdentityProvider({ port: 0, clients: [PORTAL, PARTNER] });
  const keys = (await (await fetch(`${idp.issuer}/jwks`)).json()) as JSONWebKeySet;
  jwks = createLocalJWKSet(keys);
});

afterAll(async () => {
  await idp.close();
});

interface AuthorizationRequest {
  client: OidcClientConfig;
  state: string;
  nonce: string;
  codeVerifier: string;
  url: string;
}

function authorizationRequest(client: OidcClientConfig, overrides: Record<string, string | undefined> = {}): AuthorizationRequest {
  const state = random();
  const nonce = random();
  const codeVerifier = random();
  const params: Record<string, string | undefined> = {
    response_type: "code",
    client_id: client.clientId,
    redirect_uri: client.redirectUris[0],
    scope: FRANCECONNECT_SCOPES.join(" "),
    acr_values: "eidas1",
    state,
    nonce,
    code_challenge: createHash("sha256").update(codeVerifier).digest("base64url"),
    code_challenge_method: "S256",
    ...overrides,
  };
  const search = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return { client, state: overrides.state ?? state, nonce: overrides.nonce ?? nonce, codeVerifier, url: `${idp.issuer}/authorize?${search}` };
}

const atClient = (client: OidcClientConfig) => (url: string) => client.redirectUris.some((uri) => url.startsWith(uri)) || client.postLogoutRedirectUris.some((uri) => url.startsWith(uri));

/** Follows the authorization request until the IdP redirects back to the client (or shows a page). */
async function authorize(browser: TestBrowser, request: AuthorizationRequest) {
  return browser.browse(request.url, { stopAt: atClient(request.client) });
}

/** Signs in on the IdP login page shown by `page` and returns the redirect back to the client. */
async function submitLogin(browser: TestBrowser, page: Hop, client: OidcClientConfig, sub: string) {
  const action = formAction(page.body, "/login");
  expect(action, "login form").toBeDefined();
  return browser.browse(new URL(action ?? "", idp.url).href, { method: "POST", form: { sub }, stopAt: atClient(client) });
}

function callbackParams(hop: Hop): URLSearchParams {
  expect(hop.status).toBe(303);
  return new URL(hop.location ?? "").searchParams;
}

async function exchangeCode(client: OidcClientConfig, code: string, codeVerifier: string) {
  const response = await fetch(`${idp.issuer}/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      grant_type: "authorization_code",
      code,
      redirect_uri: client.redirectUris[0] ?? "",
      client_id: client.clientId,
      client_secret: client.clientSecret,
      code_verifier: codeVerifier,
    }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Full sign-in of `sub` for `client`; returns the tokens. */
async function signIn(browser: TestBrowser, client: OidcClientConfig, sub = JEANNE) {
  const request = authorizationRequest(client);
  const { final: loginPage } = await authorize(browser, request);
  const { final } = await submitLogin(browser, loginPage, client, sub);
  const params = callbackParams(final);
  const tokens = await exchangeCode(client, params.get("code") ?? "", request.codeVerifier);
  expect(tokens.status).toBe(200);
  return { request, tokens: tokens.body as { id_token: string; access_token: string } };
}

describe("discovery", () => {
  it("publishes a FranceConnect v2-shaped configuration", async () => {
    const response = await fetch(`${idp.issuer}/.well-known/openid-configuration`);
    expect(response.status).toBe(200);
    const discovery = (await response.json()) as Record<string, unknown>;
    expect(discovery.issuer).toBe(idp.issuer);
    expect(idp.issuer).toMatch(/^http:\/\/localhost:\d+\/api\/v2$/);
    expect(discovery).toMatchObject({
      authorization_endpoint: `${idp.issuer}/authorize`,
      token_endpoint: `${idp.issuer}/token`,
      userinfo_endpoint: `${idp.issuer}/userinfo`,
      jwks_uri: `${idp.issuer}/jwks`,
      end_session_endpoint: `${idp.issuer}/session/end`,
      acr_values_supported: ["eidas1"],
      response_types_supported: ["code"],
      token_endpoint_auth_methods_supported: ["client_secret_post"],
    });
    expect(discovery.scopes_supported).toEqual(expect.arrayContaining([...FRANCECONNECT_SCOPES]));
    expect(discovery.claims_supported).toEqual(
      expect.arrayContaining(["sub", "given_name", "family_name", "birthdate", "birthplace", "birthcountry", "gender", "email", "preferred_username", "acr"]),
    );
    expect(discovery.code_challenge_methods_supported).toContain("S256");
    expect(discovery.userinfo_signing_alg_values_supported).toEqual(expect.arrayContaining(["RS256", "ES256"]));
    expect(discovery.id_token_signing_alg_values_supported).toEqual(expect.arrayContaining(["RS256", "ES256"]));
  });
});

describe("authorization code flow with PKCE", () => {
  it("shows an accessible French sign-in page, then issues verifiable tokens with the requested claims", async () => {
    const browser = new TestBrowser();
    const request = authorizationRequest(PORTAL);
    const { final: loginPage, hops } = await authorize(browser, request);

    expect(hops[0]?.status).toBe(303);
    expect(new URL(hops[0]?.location ?? "").pathname).toMatch(/^\/api\/v2\/interaction\/[\w-]+$/);
    expect(loginPage.status).toBe(200);
    expect(loginPage.body).toContain('<html lang="fr"');
    expect(loginPage.body.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(loginPage.body).toMatch(/<title>[^<]+<\/title>/);
    expect(loginPage.body).toContain('href="#main"');
    expect(loginPage.body).toContain('id="main"');
    for (const person of SANDBOX_PEOPLE) {
      expect(loginPage.body).toContain(`for="person-${person.key}"`);
      expect(loginPage.body).toContain(`id="person-${person.key}"`);
    }
    expect(loginPage.body).toContain("Jeanne Martin, 84 ans");
    expect(browser.cookieNames().every((name) => name.startsWith("idp_"))).toBe(true);

    const { final } = await submitLogin(browser, loginPage, PORTAL, JEANNE);
    const params = callbackParams(final);
    expect(params.get("state")).toBe(request.state);
    expect(params.get("iss")).toBe(idp.issuer);
    const code = params.get("code") ?? "";
    expect(code).not.toBe("");

    const { status, body } = await exchangeCode(PORTAL, code, request.codeVerifier);
    expect(status).toBe(200);
    expect(body.token_type).toBe("Bearer");

    const { payload: idToken, protectedHeader } = await jwtVerify(String(body.id_token), jwks, { issuer: idp.issuer, audience: PORTAL.clientId });
    expect(protectedHeader.alg).toBe("RS256");
    expect(idToken).toMatchObject({
      sub: JEANNE,
      nonce: request.nonce,
      acr: "eidas1",
      given_name: "Jeanne Marie",
      family_name: "Girard",
      preferred_username: "Martin",
      birthdate: "1942-04-17",
      birthplace: "69383",
      birthcountry: "99100",
      gender: "female",
      email: "jeanne.martin@example.org",
    });

    const userinfo = await fetch(`${idp.issuer}/userinfo`, { headers: { authorization: `Bearer ${String(body.access_token)}` } });
    expect(userinfo.status).toBe(200);
    expect(userinfo.headers.get("content-type")).toMatch(/^application\/jwt/);
    const { payload: claims } = await jwtVerify(await userinfo.text(), jwks, { issuer: idp.issuer, audience: PORTAL.clientId });
    expect(claims).toMatchObject({ sub: JEANNE, given_name: "Jeanne Marie", family_name: "Girard", birthcountry: "99100" });
  });

  it("only releases the claims of the requested scopes", async () => {
    const browser = new TestBrowser();
    const request = authorizationRequest(PORTAL, { scope: "openid given_name" });
    const { final: loginPage } = await authorize(browser, request);
    const { final } = await submitLogin(browser, loginPage, PORTAL, SANDBOX_SUBS.karimBenali);
    const { body } = await exchangeCode(PORTAL, callbackParams(final).get("code") ?? "", request.codeVerifier);
    const idToken = decodeJwt(String(body.id_token));
    expect(idToken.given_name).toBe("Karim");
    expect(idToken.family_name).toBeUndefined();
    expect(idToken.birthdate).toBeUndefined();
  });

  it("refuses a wrong PKCE code_verifier", async () => {
    const browser = new TestBrowser();
    const request = authorizationRequest(PORTAL);
    const { final: loginPage } = await authorize(browser, request);
    const { final } = await submitLogin(browser, loginPage, PORTAL, JEANNE);
    const result = await exchangeCode(PORTAL, callbackParams(final).get("code") ?? "", random());
    expect(result.status).toBe(400);
    expect(result.body.error).toBe("invalid_grant");
  });

  it("refuses a replayed authorization code", async () => {
    const browser = new TestBrowser();
    const request = authorizationRequest(PORTAL);
    const { final: loginPage } = await authorize(browser, request);
    const { final } = await submitLogin(browser, loginPage, PORTAL, JEANNE);
    const code = callbackParams(final).get("code") ?? "";
    const first = await exchangeCode(PORTAL, code, request.codeVerifier);
    expect(first.status).toBe(200);
    const replay = await exchangeCode(PORTAL, code, request.codeVerifier);
    expect(replay.status).toBe(400);
    expect(replay.body.error).toBe("invalid_grant");
    // The tokens issued from the first exchange are revoked too.
    const userinfo = await fetch(`${idp.issuer}/userinfo`, { headers: { authorization: `Bearer ${String(first.body.access_token)}` } });
    expect(userinfo.status).toBe(401);
  });

  it("answers access_denied when the person cancels", async () => {
    const browser = new TestBrowser();
    const request = authorizationRequest(PORTAL);
    const { final: loginPage } = await authorize(browser, request);
    const action = formAction(loginPage.body, "/abort") ?? "";
    const { final } = await browser.browse(new URL(action, idp.url).href, { method: "POST", stopAt: atClient(PORTAL) });
    const params = callbackParams(final);
    expect(params.get("error")).toBe("access_denied");
    expect(params.get("state")).toBe(request.state);
  });

  it("re-displays the form with an error when nobody is chosen", async () => {
    const browser = new TestBrowser();
    const { final: loginPage } = await authorize(browser, authorizationRequest(PORTAL));
    const action = formAction(loginPage.body, "/login") ?? "";
    const result = await browser.request(new URL(action, idp.url).href, { method: "POST", form: { sub: "somebody-else" } });
    expect(result.status).toBe(400);
    expect(result.body).toContain("Veuillez choisir une personne");
    expect(result.body).toContain("fr-fieldset--error");
  });
});

describe("request validation", () => {
  it.each([
    ["state", { state: "a".repeat(31) }],
    ["nonce", { nonce: "n".repeat(31) }],
    ["nonce", { nonce: undefined }],
    ["state", { state: undefined }],
  ])("rejects a missing or short %s with invalid_request", async (name, overrides) => {
    const browser = new TestBrowser();
    const request = authorizationRequest(PORTAL, overrides);
    const { final } = await authorize(browser, request);
    const params = callbackParams(final);
    expect(params.get("error")).toBe("invalid_request");
    expect(params.get("error_description")).toContain(name);
    expect(params.get("code")).toBeNull();
  });

  it("accepts state and nonce of exactly 32 characters", async () => {
    const browser = new TestBrowser();
    const { final } = await authorize(browser, authorizationRequest(PORTAL, { state: "s".repeat(32), nonce: "n".repeat(32) }));
    expect(final.status).toBe(200);
    expect(final.body).toContain("Choisissez une personne fictive");
  });

  it("rejects an unregistered redirect_uri without redirecting", async () => {
    const browser = new TestBrowser();
    const { final, hops } = await authorize(browser, authorizationRequest(PORTAL, { redirect_uri: "http://localhost:39001/elsewhere" }));
    expect(hops).toHaveLength(1);
    expect(final.status).toBe(400);
    expect(final.location).toBeUndefined();
    expect(final.body).toContain("redirect_uri");
    expect(final.body).toContain('<html lang="fr"');
  });

  it("rejects another client's redirect_uri", async () => {
    const browser = new TestBrowser();
    const { final } = await authorize(browser, authorizationRequest(PORTAL, { redirect_uri: PARTNER.redirectUris[0] }));
    expect(final.status).toBe(400);
    expect(final.location).toBeUndefined();
  });
});

describe("single sign-on", () => {
  it("serves a second client a code without any form once signed in", async () => {
    const browser = new TestBrowser();
    await signIn(browser, PORTAL);

    const request = authorizationRequest(PARTNER);
    const { final, hops } = await authorize(browser, request);
    for (const hop of hops) {
      expect(hop.status, hop.url).toBe(303);
      expect(hop.body).not.toMatch(/<form/i);
      expect(hop.location ?? "").not.toContain("/interaction/");
    }
    const params = callbackParams(final);
    expect(params.get("state")).toBe(request.state);
    const tokens = await exchangeCode(PARTNER, params.get("code") ?? "", request.codeVerifier);
    expect(tokens.status).toBe(200);
    const idToken = await jwtVerify(String(tokens.body.id_token), jwks, { issuer: idp.issuer, audience: PARTNER.clientId });
    expect(idToken.payload.sub).toBe(JEANNE);
    expect(idToken.payload.acr).toBe("eidas1");
  });

  it("gives every client of one SSO session the same sid (the key of single logout), and another session another sid", async () => {
    const browser = new TestBrowser();
    const { tokens: portalTokens } = await signIn(browser, PORTAL);
    const request = authorizationRequest(PARTNER);
    const { final } = await authorize(browser, request);
    const partnerTokens = await exchangeCode(PARTNER, callbackParams(final).get("code") ?? "", request.codeVerifier);
    const portalSid = (await jwtVerify(portalTokens.id_token, jwks, { issuer: idp.issuer, audience: PORTAL.clientId })).payload.sid;
    const partnerSid = (await jwtVerify(String(partnerTokens.body.id_token), jwks, { issuer: idp.issuer, audience: PARTNER.clientId })).payload.sid;
    expect(portalSid).toEqual(expect.any(String));
    expect(partnerSid).toBe(portalSid);
    const { tokens: elsewhere } = await signIn(new TestBrowser(), PORTAL);
    expect((await jwtVerify(elsewhere.id_token, jwks, { issuer: idp.issuer, audience: PORTAL.clientId })).payload.sid).not.toBe(portalSid);
  });

  it("answers prompt=none with a code when signed in and login_required otherwise", async () => {
    const signedIn = new TestBrowser();
    await signIn(signedIn, PORTAL);
    const silent = await authorize(signedIn, authorizationRequest(PARTNER, { prompt: "none" }));
    expect(callbackParams(silent.final).get("code")).not.toBeNull();

    const anonymous = new TestBrowser();
    const refused = await authorize(anonymous, authorizationRequest(PARTNER, { prompt: "none" }));
    expect(callbackParams(refused.final).get("error")).toBe("login_required");
  });

  it("honours login_hint: preselects the person, and asks again when the session is someone else's", async () => {
    const browser = new TestBrowser();
    const { final: loginPage } = await authorize(browser, authorizationRequest(PORTAL, { login_hint: SANDBOX_SUBS.karimBenali }));
    expect(loginPage.body).toMatch(/id="person-karim-benali" name="sub" value="[^"]+" checked/);

    await signIn(browser, PORTAL, JEANNE);
    const same = await authorize(browser, authorizationRequest(PARTNER, { login_hint: JEANNE }));
    expect(callbackParams(same.final).get("code")).not.toBeNull();
    const other = await authorize(browser, authorizationRequest(PARTNER, { login_hint: SANDBOX_SUBS.sophieMartin }));
    expect(other.final.status).toBe(200);
    expect(other.final.body).toMatch(/id="person-sophie-martin" name="sub" value="[^"]+" checked/);
    const silent = await authorize(browser, authorizationRequest(PARTNER, { login_hint: SANDBOX_SUBS.sophieMartin, prompt: "none" }));
    expect(callbackParams(silent.final).get("error")).toBe("login_required");
  });
});

describe("logout", () => {
  function logoutUrl(params: Record<string, string>): string {
    return `${idp.issuer}/session/end?${new URLSearchParams(params)}`;
  }

  it("ends the session with id_token_hint, state and a registered post_logout_redirect_uri, then asks to sign in again", async () => {
    const browser = new TestBrowser();
    const { tokens } = await signIn(browser, PORTAL);
    const state = random();
    const { final, hops } = await browser.browse(
      logoutUrl({ id_token_hint: tokens.id_token, state, post_logout_redirect_uri: PORTAL.postLogoutRedirectUris[0] ?? "" }),
      { stopAt: atClient(PORTAL) },
    );
    expect(hops).toHaveLength(1);
    expect(final.status).toBe(303);
    expect(final.body).not.toMatch(/<form/i);
    const target = new URL(final.location ?? "");
    expect(`${target.origin}${target.pathname}`).toBe(PORTAL.postLogoutRedirectUris[0]);
    expect(target.searchParams.get("state")).toBe(state);
    expect(browser.cookieNames()).not.toContain("idp_session");

    const again = await authorize(browser, authorizationRequest(PARTNER));
    expect(again.final.status).toBe(200);
    expect(again.final.body).toContain("Choisissez une personne fictive");
    const userinfo = await fetch(`${idp.issuer}/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } });
    expect(userinfo.status).toBe(401);
  });

  it("redirects straight back when there is no session left to end, after the same checks", async () => {
    const browser = new TestBrowser();
    const { tokens } = await signIn(browser, PORTAL);
    const params = { id_token_hint: tokens.id_token, post_logout_redirect_uri: PORTAL.postLogoutRedirectUris[0] ?? "" };
    await browser.request(logoutUrl({ ...params, state: random() }));

    const state = random();
    const { final, hops } = await browser.browse(logoutUrl({ ...params, state }), { stopAt: atClient(PORTAL) });
    expect(hops).toHaveLength(1);
    expect(final.status).toBe(303);
    expect(new URL(final.location ?? "").searchParams.get("state")).toBe(state);
    const fromElsewhere = await new TestBrowser().request(logoutUrl({ ...params, state }));
    expect(fromElsewhere.status).toBe(303);

    const unregistered = await new TestBrowser().request(logoutUrl({ ...params, state, post_logout_redirect_uri: "http://localhost:39001/ailleurs" }));
    expect(unregistered.status).toBe(400);
    const forged = await new TestBrowser().request(logoutUrl({ ...params, state, id_token_hint: `${tokens.id_token.slice(0, -4)}AAAA` }));
    expect(forged.status).toBe(400);
    expect(forged.body).toContain("id_token_hint");
  });

  it.each([
    ["an unregistered post_logout_redirect_uri", { post_logout_redirect_uri: "http://localhost:39001/ailleurs" }],
    ["another client's post_logout_redirect_uri", { post_logout_redirect_uri: PARTNER.postLogoutRedirectUris[0] ?? "" }],
    ["a missing state", { state: "" }],
    ["a missing post_logout_redirect_uri", { post_logout_redirect_uri: "" }],
  ])("refuses %s and keeps the session", async (_case, overrides) => {
    const browser = new TestBrowser();
    const { tokens } = await signIn(browser, PORTAL);
    const params: Record<string, string> = {
      id_token_hint: tokens.id_token,
      state: random(),
      post_logout_redirect_uri: PORTAL.postLogoutRedirectUris[0] ?? "",
      ...overrides,
    };
    const refused = await browser.request(logoutUrl(Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ""))));
    expect(refused.status).toBe(400);
    expect(refused.location).toBeUndefined();
    expect(refused.body).toContain("invalid_request");

    const stillSignedIn = await authorize(browser, authorizationRequest(PARTNER));
    expect(callbackParams(stillSignedIn.final).get("code")).not.toBeNull();
  });
});
