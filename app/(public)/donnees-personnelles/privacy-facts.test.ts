import { describe, expect, it } from "vitest";

import { requestedIdentityData } from "./privacy-facts";

describe("requestedIdentityData", () => {
  it("names in French what a narrower FranceConnect setting asks for, without the protocol scope", () => {
    expect(requestedIdentityData("openid  given_name family_name email")).toEqual(["prénoms", "nom de naissance", "adresse électronique"]);
  });

  it("shows a scope it has no French name for rather than hiding it from the notice", () => {
    expect(requestedIdentityData("openid email rnipp_birthplace email")).toEqual(["adresse électronique", "rnipp_birthplace"]);
  });
});
