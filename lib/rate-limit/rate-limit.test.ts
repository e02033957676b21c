import { describe, expect, it } from "vitest";

import { clientAddress, UNKNOWN_ADDRESS } from "./client-ip";
import { frenchWait, parseLimitSpec } from "./limit-spec";
import { tooManyRequestsJson, tooManyRequestsPage } from "./responses";

const forwarded = (value: string | null) => new Headers(value === null ? {} : { "x-forwarded-for": value });

describe("parseLimitSpec", () => {
  it.each([
    ["120/1min", { points: 120, durationSeconds: 60 }],
    ["5/1h", { points: 5, durationSeconds: 3600 }],
    ["600/30s", { points: 600, durationSeconds: 30 }],
    [" 30/10min ", { points: 30, durationSeconds: 600 }],
  ])("reads %s", (text, spec) => expect(parseLimitSpec(text)).toEqual(spec));

  it.each(["", "120", "120/min", "0/1h", "5/0s", "5/1d", "-1/1h", "5/1000h", "lots"])("refuses %j", (text) => expect(parseLimitSpec(text)).toBeNull());
});

describe("frenchWait", () => {
  it.each([
    [1, "1 minute"],
    [60, "1 minute"],
    [61, "2 minutes"],
    [3600, "60 minutes"],
    [3 * 3600, "3 heures"],
  ])("%i s reads « %s »", (seconds, text) => expect(frenchWait(seconds)).toBe(text));
});

describe("clientAddress", () => {
  it("without a trusted proxy, reads the address Next.js recorded for the connection", () => {
    expect(clientAddress(forwarded("127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddress(forwarded("::ffff:192.0.2.4"), 0)).toBe("192.0.2.4");
  });

  it("behind one proxy, ignores what the client wrote before the proxy's entry", () => {
    expect(clientAddress(forwarded("10.9.9.9, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(forwarded("1.1.1.1, 10.9.9.9, 203.0.113.7"), 1)).toBe("203.0.113.7");
  });

  it("behind two proxies, takes the address the outer proxy saw", () => {
    expect(clientAddress(forwarded("1.1.1.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
    // Fewer entries than proxies (a misconfigured chain): the first one, never nothing.
    expect(clientAddress(forwarded("203.0.113.7"), 2)).toBe("203.0.113.7");
  });

  it("counts an IPv6 subscriber's /64 as one address and strips ports", () => {
    expect(clientAddress(forwarded("2001:db8:1:2:aaaa::1"), 0)).toBe("2001:db8:1:2::/64");
    expect(clientAddress(forwarded("2001:db8:1:2:bbbb:cccc:dddd:eeee"), 0)).toBe("2001:db8:1:2::/64");
    expect(clientAddress(forwarded("[2001:db8::5]:443"), 0)).toBe("2001:db8:0:0::/64");
    expect(clientAddress(forwarded("203.0.113.9:51234"), 0)).toBe("203.0.113.9");
  });

  it("puts unreadable or missing addresses in one shared bucket", () => {
    expect(clientAddress(forwarded(null), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(forwarded("not-an-ip"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(forwarded("<script>"), 1)).toBe(UNKNOWN_ADDRESS);
  });
});

describe("429 responses", () => {
  it("JSON: Retry-After in seconds and a French message under « erreur »", async () => {
    const response = tooManyRequestsJson(125);
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("125");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ erreur: "Trop de tentatives. Réessayez dans 3 minutes." });
  });

  it("form: a French page with a DSFR error alert, the wait, and a way back", async () => {
    const response = tooManyRequestsPage(3600, { href: "/aidant/accepter", label: "Revenir à la saisie du code" });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("3600");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toMatch(/<div class="fr-alert fr-alert--error" role="alert">\s*<p>Trop de tentatives\. Réessayez dans 60 minutes\.<\/p>/);
    expect(html).toContain('<a class="fr-link" href="/aidant/accepter">Revenir à la saisie du code</a>');
    expect(html).not.toMatch(/<script|style=/);
  });
});
