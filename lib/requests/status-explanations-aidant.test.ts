import { describe, expect, it } from "vitest";

import { SAMPLE_PERSON_NAME } from "./falc-documents";
import { listStatusExplanations, type StatusKind } from "./status-explanations";
import { getAidantStatusTexts } from "./status-explanations-aidant";

const KINDS: StatusKind[] = ["tre-r357", "mdph"];
const all = KINDS.flatMap((kind) => listStatusExplanations(kind).map((status) => ({ kind, code: status.code })));

describe("status explanations for an aidant", () => {
  it.each(all)("$kind $code is worded for the aidant and names the person", ({ kind, code }) => {
    const texts = getAidantStatusTexts(kind, code, SAMPLE_PERSON_NAME);
    expect(texts).toBeDefined();
    const every = [texts?.standard ?? "", ...(texts?.falc ?? []), texts?.next.standard ?? "", ...(texts?.next.falc ?? [])];
    for (const text of every) expect(text.trim()).not.toBe("");
    // "Vous" is the aidant: what belongs to the person is never "votre"/"vos".
    expect(every.join(" ")).not.toMatch(/\b(votre|vos|Vous êtes|vous a |vous avez)\b/i);
    // Code 40 says only that the establishment read the decision: the person need not be named there.
    if (code !== "40") expect(every.join(" ")).toContain(SAMPLE_PERSON_NAME);
  });

  it("is undefined for an unknown code", () => {
    expect(getAidantStatusTexts("tre-r357", "999", SAMPLE_PERSON_NAME)).toBeUndefined();
    expect(getAidantStatusTexts("mdph", "toString", SAMPLE_PERSON_NAME)).toBeUndefined();
  });
});
