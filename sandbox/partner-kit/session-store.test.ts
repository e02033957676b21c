import { describe, expect, it } from "vitest";

import { parseCookies, serializeCookie } from "./http";
import { MemorySessionStore } from "./session-store";

describe("MemorySessionStore", () => {
  it("creates unguessable ids, expires idle sessions and rotates ids", () => {
    let now = 0;
    const store = new MemorySessionStore<{ n: number }>({ idleTtlSeconds: 60, now: () => now });
    const id = store.create({ n: 1 });
    expect(id).toMatch(/^[\w-]{43}$/);
    expect(store.get(id)).toEqual({ n: 1 });

    now = 59_000;
    expect(store.get(id)).toEqual({ n: 1 }); // touching extends the idle window
    now = 59_000 + 60_001;
    expect(store.get(id)).toBeUndefined();

    const first = store.create({ n: 2 });
    const second = store.rotate(first, { n: 3 });
    expect(second).not.toBe(first);
    expect(store.get(first)).toBeUndefined();
    expect(store.get(second)).toEqual({ n: 3 });
    expect(store.get(undefined)).toBeUndefined();
  });
});

describe("cookies", () => {
  it("serializes HttpOnly, SameSite=Lax cookies and deletes with Max-Age=0", () => {
    expect(serializeCookie("vt_session", "a b")).toBe("vt_session=a%20b; Path=/; HttpOnly; SameSite=Lax");
    expect(serializeCookie("vt_session", "", { maxAgeSeconds: 0, secure: true })).toBe(
      "vt_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure",
    );
  });

  it("parses a Cookie header, keeping the first of duplicate names", () => {
    const cookies = parseCookies("vt_session=abc; idp_session=def; vt_session=other; broken; x=%E0");
    expect(cookies.get("vt_session")).toBe("abc");
    expect(cookies.get("idp_session")).toBe("def");
    expect(cookies.get("x")).toBe("%E0");
    expect(parseCookies(undefined).size).toBe(0);
  });

  it("ends every session of one identity provider session (back-channel logout) and only those", () => {
    const store = new MemorySessionStore<{ sid?: string }>({ idleTtlSeconds: 60 });
    const kept = store.create({ sid: "other" });
    const first = store.create({ sid: "ended" });
    const second = store.create({ sid: "ended" });
    expect(store.deleteWhere((data) => data.sid === "ended")).toBe(2);
    expect(store.get(first)).toBeUndefined();
    expect(store.get(second)).toBeUndefined();
    expect(store.get(kept)).toEqual({ sid: "other" });
    expect([...store.values()]).toEqual([{ sid: "other" }]);
  });
});
