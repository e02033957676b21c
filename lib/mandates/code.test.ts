import { describe, expect, it } from "vitest";

import { CODE_ALPHABET, CODE_LENGTH, formatInvitationCode, generateInvitationCode, hashInvitationCode, normaliseInvitationCode } from "./code";

describe("invitation codes", () => {
  it("generates 10 characters from the unambiguous alphabet, different each time", () => {
    const codes = Array.from({ length: 200 }, generateInvitationCode);
    for (const code of codes) {
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((character) => CODE_ALPHABET.includes(character))).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("has no look-alike characters in its alphabet", () => {
    for (const character of ["0", "O", "1", "I", "L", "U", "V"]) expect(CODE_ALPHABET).not.toContain(character);
  });

  it.each([
    ["ABCDE-FGHJK", "ABCDEFGHJK"],
    ["abcde fghjk", "ABCDEFGHJK"],
    ["  AbCdE\tFgHjK ", "ABCDEFGHJK"],
    ["ab cd ef gh jk", "ABCDEFGHJK"],
    ["ＡＢＣＤＥＦＧＨＪＫ", "ABCDEFGHJK"],
    ["ABCDE.FGHJK", "ABCDEFGHJK"],
  ])("normalises %j to %s", (input, expected) => {
    expect(normaliseInvitationCode(input)).toBe(expected);
  });

  it.each([[""], ["ABCDEFGHJ"], ["ABCDEFGHJKM"], ["ABCDEFGHJ0"], ["ABCDEFGHJI"], ["ABCDÉFGHJK"], ["<script>"]])("rejects %j", (input) => {
    expect(normaliseInvitationCode(input)).toBeNull();
  });

  it("formats in two groups of five, which normalises back", () => {
    const code = generateInvitationCode();
    expect(formatInvitationCode(code)).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
    expect(normaliseInvitationCode(formatInvitationCode(code))).toBe(code);
  });

  it("hashes with sha256 (hex), never returning the code", () => {
    const hash = hashInvitationCode("ABCDEFGHJK");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("ABCDEFGHJK");
    expect(hashInvitationCode("ABCDEFGHJK")).toBe(hash);
  });
});
