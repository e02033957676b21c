import { createLocalJWKSet, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";

import { BACKCHANNEL_LOGOUT_EVENT, logoutSigningKey, publicJwks } from "./logout-token";
import { notifyPartners, type LogoutPartner } from "./single-logout";

const partners: LogoutPartner[] = [
  { partner: "via-trajectoire", clientId: "vt-client", backchannelLogoutUrl: "http://vt.test/deconnexion/canal-arriere", signOutUrl: "http://vt.test/deconnexion" },
  { partner: "mdph-en-ligne", clientId: "mdph-client", backchannelLogoutUrl: "http://mdph.test/deconnexion/canal-arriere", signOutUrl: "http://mdph.test/deconnexion" },
];

describe("notifyPartners", () => {
  it("posts one logout token per partner, for its own audience, and reports who closed and who did not answer", async () => {
    const key = await logoutSigningKey({ authSecret: "a-local-secret-of-at-least-32-characters" });
    const now = new Date();
    const posted: { url: string; token: string }[] = [];
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      posted.push({ url: String(url), token: new URLSearchParams(String(init?.body)).get("logout_token") ?? "" });
      expect(new Headers(init?.headers).get("content-type")).toBe("application/x-www-form-urlencoded");
      return String(url).startsWith("http://vt.test") ? new Response("{}", { status: 200 }) : new Response("{}", { status: 503 });
    }) as typeof fetch;

    const outcome = await notifyPartners({ sid: "idp-sid", issuer: "http://portal.test", key, partners, now, sessionId: "s1", fetch: fakeFetch });

    expect(outcome).toEqual({ "via-trajectoire": "fermee", "mdph-en-ligne": "injoignable" });
    // Partners are told in parallel: the order of the posts is not part of the contract.
    expect(posted.map((call) => call.url).sort()).toEqual(partners.map((partner) => partner.backchannelLogoutUrl).sort());
    for (const call of posted) {
      const partner = partners.find((candidate) => candidate.backchannelLogoutUrl === call.url);
      const { payload } = await jwtVerify(call.token, createLocalJWKSet(publicJwks(key)), { issuer: "http://portal.test", audience: partner?.clientId });
      expect(payload).toMatchObject({ sid: "idp-sid", events: { [BACKCHANNEL_LOGOUT_EVENT]: {} } });
    }
  });

  it("counts a partner that cannot be reached as not closed, without failing the sign-out", async () => {
    const key = await logoutSigningKey({ authSecret: "a-local-secret-of-at-least-32-characters" });
    const refused = (async () => {
      throw new TypeError("fetch failed");
    }) as typeof fetch;
    await expect(notifyPartners({ sid: "s", issuer: "http://portal.test", key, partners, now: new Date(), sessionId: "s2", fetch: refused })).resolves.toEqual({
      "via-trajectoire": "injoignable",
      "mdph-en-ligne": "injoignable",
    });
  });
});
