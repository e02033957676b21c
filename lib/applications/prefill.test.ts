import { describe, expect, it } from "vitest";

import type { Profile } from "@/lib/profile/model";

import { prefillFromProfile } from "./prefill";

const identity = { givenName: "Yvonne", familyName: "Perrin", birthdate: "1940-02-21", email: "yvonne.perrin@example.org" };
const declared: NonNullable<Profile["declared"]> = {
  address: { line: "18 rue Francis de Pressensé", postcode: "69100", city: "Villeurbanne" },
  phone: "0478000000",
  email: null,
  livingSituation: "seul-domicile",
  gir: "4",
  caisseRetraite: "Carsat Rhône-Alpes",
  contact: { role: "aidant", name: "Luc Perrin", phone: "0600000000", email: null },
};

describe("pre-fill from the profile", () => {
  it("sends to ViaTrajectoire the identity, contact details, living situation and pension fund, and says so field by field", () => {
    const prefill = prefillFromProfile({ identity, declared }, "via-trajectoire");
    expect(prefill.identityAndContact).toEqual({
      identity: { birthName: "Perrin", usageName: null, givenNames: "Yvonne", birthdate: "1940-02-21" },
      address: declared.address,
      phone: "0478000000",
      email: "yvonne.perrin@example.org",
      contact: { role: "Aidant", name: "Luc Perrin", phone: "0600000000", email: null },
    });
    expect(prefill.pensionFund).toBe("Carsat Rhône-Alpes");
    expect(prefill.fields.map((field) => `${field.label} (${field.source})`)).toEqual([
      "Nom (FranceConnect)",
      "Prénoms (FranceConnect)",
      "Date de naissance (FranceConnect)",
      "Adresse (profil)",
      "Téléphone (profil)",
      "Courriel (FranceConnect)",
      "Situation de vie (profil)",
      "Caisse de retraite (profil)",
      "Personne à contacter (profil)",
    ]);
    expect(prefill.fields.find((field) => field.label === "Date de naissance")?.value).toBe("21/02/1940");
    expect(prefill.disclosed).toBe("identité, adresse, téléphone, courriel, situation de vie, caisse de retraite, personne à contacter");
    // The GIR is part of the medical evaluation: never sent by the portal.
    expect(JSON.stringify(prefill)).not.toContain("GIR");
  });

  it("sends to MDPH en ligne the identity and contact sections only", () => {
    const prefill = prefillFromProfile({ identity, declared }, "mdph-en-ligne");
    expect(prefill.livingSituation).toBeNull();
    expect(prefill.pensionFund).toBeNull();
    expect(prefill.disclosed).toBe("identité, adresse, téléphone, courriel, personne à contacter");
  });

  it("without a declared profile, sends the FranceConnect identity only and says the profile is missing", () => {
    const prefill = prefillFromProfile({ identity: { ...identity, email: null }, declared: null }, "via-trajectoire");
    expect(prefill.profileMissing).toBe(true);
    expect(prefill.identityAndContact.address).toBeNull();
    expect(prefill.disclosed).toBe("identité");
  });
});
