import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { listContentPages } from "@/lib/content";

import { fontFaceRules, isInLatinSubset, subsetToLatin } from "./subset-fonts";

const require = createRequire(path.join(process.cwd(), "package.json"));
const marianne = (file: string) => readFileSync(require.resolve(`@codegouvfr/react-dsfr/dsfr/fonts/${file}.woff2`));

describe("Marianne cut down to Latin", () => {
  it("keeps the characters of French text, typographic ones included", () => {
    for (const character of "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ«»’“”–—…€  •") {
      expect(isInLatinSubset(character.codePointAt(0) as number), character).toBe(true);
    }
    expect(isInLatinSubset("ş".codePointAt(0) as number)).toBe(false);
  });

  it("holds every character of the information pages, so that no page downloads the DSFR's whole face", () => {
    const outside = new Set<string>();
    for (const page of listContentPages()) {
      for (const character of JSON.stringify(page)) if (!isInLatinSubset(character.codePointAt(0) as number)) outside.add(character);
    }
    expect([...outside]).toEqual([]);
  });

  it("halves the bytes of a face a page preloads", async () => {
    const full = marianne("Marianne-Bold");
    const latin = await subsetToLatin(full);
    expect(latin.subarray(0, 4).toString("latin1")).toBe("wOF2");
    expect(latin.length).toBeLessThan(full.length * 0.6);
  });

  it("declares every face after the DSFR's under the same family, limited to the characters it holds", () => {
    const rules = fontFaceRules();
    expect(rules.match(/@font-face/g)).toHaveLength(8);
    expect(rules).toContain('src: url("./Marianne-Bold_Italic.latin.woff2") format("woff2")');
    expect(rules).toMatch(/unicode-range: U\+0000-00FF, .*U\+20AC/);
  });
});
