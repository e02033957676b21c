import { describe, expect, it } from "vitest";

import { displayName } from "./display-name";

describe("displayName", () => {
  it.each([
    [{ given_name: "Jeanne Marie", family_name: "Girard", preferred_username: "Martin" }, "Jeanne Marie Martin"],
    [{ given_name: "Karim", family_name: "Benali" }, "Karim Benali"],
    [{ given_name: "Karim", family_name: "Benali", preferred_username: "  " }, "Karim Benali"],
    [{ family_name: "Benali" }, "Benali"],
  ])("%j → %s", (claims, expected) => {
    expect(displayName(claims)).toBe(expected);
  });
});
