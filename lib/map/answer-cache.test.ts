import { describe, expect, it } from "vitest";

import { AnswerCache } from "./answer-cache";

type Snapshot = { version: number };
const answer = (snapshot: Snapshot, bytes: number) => ({ snapshot, body: "x".repeat(bytes) });

describe("AnswerCache", () => {
  it("serves an answer only on the catalogue copy it was computed on", () => {
    const cache = new AnswerCache<Snapshot, ReturnType<typeof answer>>({ entries: 10, bytes: 1_000 });
    const first = { version: 1 };
    cache.set("lyon", answer(first, 10));
    expect(cache.get("lyon", first)?.body).toHaveLength(10);
    expect(cache.get("lyon", { version: 2 })).toBeUndefined();
  });

  it("drops every answer of the previous catalogue copy as soon as one is computed on a new copy", () => {
    const cache = new AnswerCache<Snapshot, ReturnType<typeof answer>>({ entries: 10, bytes: 1_000 });
    const before = { version: 1 };
    const after = { version: 2 };
    cache.set("lyon", answer(before, 100));
    cache.set("paris", answer(before, 100));
    cache.set("lyon", answer(after, 50));
    expect(cache.size).toEqual({ entries: 1, bytes: 50 });
    expect(cache.get("paris", before)).toBeUndefined();
  });

  it("evicts the least recently stored answers beyond the byte limit, and beyond the entry limit", () => {
    const snapshot = { version: 1 };
    const byBytes = new AnswerCache<Snapshot, ReturnType<typeof answer>>({ entries: 10, bytes: 250 });
    for (const key of ["a", "b", "c"]) byBytes.set(key, answer(snapshot, 100));
    expect(byBytes.get("a", snapshot)).toBeUndefined();
    expect(byBytes.size).toEqual({ entries: 2, bytes: 200 });

    const byEntries = new AnswerCache<Snapshot, ReturnType<typeof answer>>({ entries: 2, bytes: 10_000 });
    for (const key of ["a", "b", "c"]) byEntries.set(key, answer(snapshot, 1));
    expect(byEntries.get("a", snapshot)).toBeUndefined();
    expect(byEntries.get("c", snapshot)).toBeDefined();
  });

  it("keeps one answer larger than the byte limit (the search just asked for), replacing it on the next", () => {
    const snapshot = { version: 1 };
    const cache = new AnswerCache<Snapshot, ReturnType<typeof answer>>({ entries: 10, bytes: 100 });
    cache.set("paris-100-km", answer(snapshot, 500));
    expect(cache.get("paris-100-km", snapshot)).toBeDefined();
    cache.set("lyon", answer(snapshot, 10));
    expect(cache.size).toEqual({ entries: 1, bytes: 10 });
  });
});
