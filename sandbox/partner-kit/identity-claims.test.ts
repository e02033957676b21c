import { describe, expect, it } from "vitest";

import { displayNameFromClaims } from "./identity-claims";

describe("displayNameFromClaims", () => {
  it.each([
    [{ given_name: "Jeanne Marie", family_name: "Girard", preferred_username: "Martin" }, "Jeanne Martin"],
    [{ given_name: "Karim", family_name: "Benali" }, "Karim Benali"],
    [{ given_name: "  Sophie   Anne ", family_name: " Martin ", preferred_username: "" }, "Sophie Martin"],
    [{ family_name: "Martin" }, "Martin"],
    [{}, "Personne connectée"],
    [{ given_name: 42 }, "Personne connectée"],
  ])("names %j %s", (claims, expected) => {
    expect(displayNameFromClaims(claims)).toBe(expected);
  });
});
