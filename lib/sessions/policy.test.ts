import { describe, expect, it } from "vitest";

import { endedSessionMessage, endReasonOf, judgeSession, TOUCH_INTERVAL_MS } from "./policy";

const limits = { idleMinutes: 30, maxHours: 8 };
const start = new Date("2026-12-06T08:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

describe("judgeSession", () => {
  it.each([
    { name: "fresh session, seen just now", createdAt: start, lastSeenAt: start, now: minutes(0), expected: { active: true, touch: false } },
    { name: "seen 59 s ago: no write", createdAt: start, lastSeenAt: start, now: new Date(start.getTime() + TOUCH_INTERVAL_MS - 1000), expected: { active: true, touch: false } },
    { name: "seen 2 min ago: refresh lastSeenAt", createdAt: start, lastSeenAt: start, now: minutes(2), expected: { active: true, touch: true } },
    { name: "idle 29 min: still active", createdAt: start, lastSeenAt: start, now: minutes(29), expected: { active: true, touch: true } },
    { name: "idle 30 min: ended for inactivity", createdAt: start, lastSeenAt: start, now: minutes(30), expected: { active: false, reason: "inactivite", alreadyEnded: false } },
    { name: "busy but 8 h old: absolute lifetime", createdAt: start, lastSeenAt: minutes(479), now: minutes(480), expected: { active: false, reason: "duree-maximale", alreadyEnded: false } },
    { name: "idle and too old: absolute lifetime named", createdAt: start, lastSeenAt: start, now: minutes(600), expected: { active: false, reason: "duree-maximale", alreadyEnded: false } },
  ])("$name", ({ createdAt, lastSeenAt, now, expected }) => {
    expect(judgeSession({ createdAt, lastSeenAt, endedAt: null, endReason: null }, now, limits)).toEqual(expected);
  });

  it("an ended session stays ended with its stored reason, even when recent", () => {
    expect(judgeSession({ createdAt: start, lastSeenAt: start, endedAt: minutes(1), endReason: "deconnexion" }, minutes(1), limits)).toEqual({
      active: false,
      reason: "deconnexion",
      alreadyEnded: true,
    });
  });

  it("follows the configured limits", () => {
    const short = { idleMinutes: 1, maxHours: 1 };
    expect(judgeSession({ createdAt: start, lastSeenAt: start, endedAt: null, endReason: null }, minutes(1), short)).toMatchObject({ active: false, reason: "inactivite" });
  });
});

describe("endReasonOf", () => {
  it("reads an unknown stored reason as a sign-out", () => {
    expect(endReasonOf("something-else")).toBe("deconnexion");
    expect(endReasonOf("inactivite")).toBe("inactivite");
  });
});

describe("endedSessionMessage", () => {
  it("names the idle time and the lifetime in French words", () => {
    expect(endedSessionMessage("inactivite", limits).description).toContain("après 30 minutes sans activité");
    expect(endedSessionMessage("duree-maximale", limits).description).toContain("au plus 8 heures");
    expect(endedSessionMessage("inactivite", { idleMinutes: 60, maxHours: 1 }).description).toContain("après 1 heure sans activité");
    expect(endedSessionMessage("deconnexion", limits).title).toBe("Vous avez été déconnecté");
  });
});
