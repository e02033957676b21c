import { describe, expect, it } from "vitest";

import { declaredToFormValues, parseProfileForm, type ProfileFormValues } from "./model";

const valid: ProfileFormValues = {
  adresse: "12 rue des Lilas",
  codePostal: "69003",
  commune: "Lyon",
  telephone: "06 12 34 56 78",
  courriel: "",
  situation: "seul-domicile",
  gir: "4",
  caisseRetraite: "Carsat Rhône-Alpes",
  contactRole: "",
  contactNom: "",
  contactTelephone: "",
  contactCourriel: "",
  consentement: "oui",
};

describe("parseProfileForm", () => {
  it("turns a filled form into the declared profile, phone digits only and empty optional fields as null", () => {
    const result = parseProfileForm({ ...valid, contactRole: "aidant", contactNom: " Paul Martin ", contactTelephone: "07.98.76.54.32" });
    expect(result).toEqual({
      ok: true,
      profile: {
        address: { line: "12 rue des Lilas", postcode: "69003", city: "Lyon" },
        phone: "0612345678",
        email: null,
        livingSituation: "seul-domicile",
        gir: "4",
        caisseRetraite: "Carsat Rhône-Alpes",
        contact: { role: "aidant", name: "Paul Martin", phone: "0798765432", email: null },
      },
    });
  });

  it.each<[string, Partial<ProfileFormValues>, Partial<Record<keyof ProfileFormValues, RegExp>>]>([
    ["no consent", { consentement: "" }, { consentement: /Cochez la case/ }],
    ["an empty address", { adresse: "  ", commune: "" }, { adresse: /Indiquez votre adresse/, commune: /Indiquez votre commune/ }],
    ["a 4-digit postcode", { codePostal: "6900" }, { codePostal: /5 chiffres/ }],
    ["a wrong phone", { telephone: "12 34" }, { telephone: /numéro de téléphone valide/ }],
    ["no phone", { telephone: "" }, { telephone: /pour vous joindre/ }],
    ["a wrong e-mail", { courriel: "jeanne@" }, { courriel: /adresse électronique valide/ }],
    ["an unknown situation", { situation: "chateau" }, { situation: /situation de logement/ }],
    ["a GIR 7", { gir: "7" }, { gir: /GIR/ }],
    ["a contact without role nor a way to reach them", { contactNom: "Paul Martin" }, { contactRole: /qui est cette personne/, contactTelephone: /téléphone ou une adresse/ }],
    ["a contact phone without a name", { contactRole: "aidant", contactTelephone: "0612345678" }, { contactNom: /nom de la personne/ }],
  ])("refuses %s with a French message on the field", (_label, change, expected) => {
    const result = parseProfileForm({ ...valid, ...change });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(Object.keys(expected).sort());
    for (const [field, pattern] of Object.entries(expected)) expect(result.errors[field as keyof ProfileFormValues]).toMatch(pattern);
    // What the person typed comes back, so that nothing is lost.
    expect(result.values.adresse).toBe(change.adresse ?? valid.adresse);
  });

  it("ignores unknown fields and treats a repeated or non-text field as empty", () => {
    const result = parseProfileForm({ ...valid, telephone: ["0612345678", "0700000000"], admin: "oui" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.values)).not.toContain("admin");
  });

  it("accepts an international number", () => {
    const result = parseProfileForm({ ...valid, telephone: "+262 692 12 34 56" });
    expect(result.ok && result.profile.phone).toBe("+262692123456");
  });
});

describe("declaredToFormValues", () => {
  it("pre-fills the form from the profile, never the consent box", () => {
    const parsed = parseProfileForm(valid);
    if (!parsed.ok) throw new Error("fixture should be valid");
    expect(declaredToFormValues(parsed.profile)).toEqual({ ...valid, telephone: "0612345678", consentement: "" });
  });

  it("offers the FranceConnect e-mail when nothing is declared yet", () => {
    expect(declaredToFormValues(null, { givenName: "Jeanne", familyName: "Martin", birthdate: null, email: "jeanne@example.org" }).courriel).toBe("jeanne@example.org");
  });
});
