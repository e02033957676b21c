import { describe, expect, it } from "vitest";

import { acceptsAdmissionRequest, applicationMessage, applicationMessages, parseAdmissionForm } from "./model";

const today = "2026-12-06";
const valid = { etablissements: ["ror--a", "ror--b"], sejour: "hebergement-temporaire", date: "2027-01-15" };

describe("step one of « Demander une place »", () => {
  it("accepts 1 to 4 establishments, a stay type and a date to come", () => {
    expect(parseAdmissionForm(valid, today)).toEqual({ ok: true, value: { offerIds: ["ror--a", "ror--b"], stay: "hebergement-temporaire", wishedDate: "2027-01-15" } });
    expect(parseAdmissionForm({ ...valid, etablissements: ["ror--a", "ror--a"] }, today)).toMatchObject({ ok: true, value: { offerIds: ["ror--a"] } });
    expect(parseAdmissionForm({ ...valid, date: today }, today).ok).toBe(true);
  });

  it.each([
    ["no establishment", { etablissements: [] }, "etablissements", "Choisissez au moins un établissement."],
    ["five establishments", { etablissements: ["1", "2", "3", "4", "5"] }, "etablissements", "Choisissez 4 établissements au plus."],
    ["no stay type", { sejour: "" }, "sejour", "Choisissez le type de séjour."],
    ["an unknown stay type", { sejour: "colocation" }, "sejour", "Choisissez le type de séjour."],
    ["a past date", { date: "2026-12-05" }, "date", "La date souhaitée ne peut pas être passée."],
    ["a date that does not exist", { date: "2027-02-30" }, "date", "Cette date n'existe pas."],
    ["a date too far ahead", { date: "2029-12-31" }, "date", "Choisissez une date dans les deux ans qui viennent."],
    ["no date", { date: "" }, "date", "Indiquez la date souhaitée, par exemple 15/03/2027."],
  ])("refuses %s with a French message on that field", (_name, change, field, message) => {
    const parsed = parseAdmissionForm({ ...valid, ...change }, today);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors).toEqual({ [field]: message });
  });
});

describe("which offers the portal can send a request for", () => {
  it.each([
    ["ehpad", "690000001", true],
    ["fam-eam", "130000001", true],
    ["savs", "670000001", true],
    ["ehpad", null, false],
    ["ssiad", "690000009", false],
    ["residence-autonomie", "690000010", false],
    ["ime", "690000011", false],
  ])("%s with FINESS %s: %s", (typeSlug, finessEt, expected) => {
    expect(acceptsAdmissionRequest(typeSlug, finessEt)).toBe(expected);
  });
});

describe("messages after a form post", () => {
  it("explains every code the route handlers send, and nothing else", () => {
    for (const code of Object.keys(applicationMessages.erreur)) expect(applicationMessage({ erreur: code })?.severity).toBe("error");
    expect(applicationMessage({ resultat: "non-envoyee" })).toMatchObject({ severity: "warning", description: expect.stringContaining("Rien n'est perdu") });
    expect(applicationMessage({ erreur: "toString" })).toBeNull();
    expect(applicationMessage({ resultat: "<script>" })).toBeNull();
  });
});
