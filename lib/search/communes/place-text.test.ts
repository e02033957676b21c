import { describe, expect, it } from "vitest";

import { parsePlaceText } from "./place-text";

describe("parsePlaceText", () => {
  it.each([
    ["69003", { kind: "postal-code", postalCode: "69003" }],
    ["Villeurbanne", { kind: "name", name: "Villeurbanne" }],
    ["Villeurbanne (69100)", { kind: "name-and-postal-code", name: "Villeurbanne", postalCode: "69100" }],
    ["Villeurbanne 69100", { kind: "name-and-postal-code", name: "Villeurbanne", postalCode: "69100" }],
    ["  69100   Villeurbanne ", { kind: "name-and-postal-code", name: "Villeurbanne", postalCode: "69100" }],
    ["Lyon 3e", { kind: "arrondissement", name: "Lyon 3e Arrondissement", postalCode: "69003" }],
    ["lyon 3ème", { kind: "arrondissement", name: "Lyon 3e Arrondissement", postalCode: "69003" }],
    ["Lyon 3eme arr.", { kind: "arrondissement", name: "Lyon 3e Arrondissement", postalCode: "69003" }],
    ["Paris 15", { kind: "arrondissement", name: "Paris 15e Arrondissement", postalCode: "75015" }],
    ["PARIS 1er", { kind: "arrondissement", name: "Paris 1er Arrondissement", postalCode: "75001" }],
    ["Marseille 15e arrondissement", { kind: "arrondissement", name: "Marseille 15e Arrondissement", postalCode: "13015" }],
    // No such arrondissement: read as a name, which nothing matches.
    ["Lyon 12e", { kind: "name", name: "Lyon 12e" }],
    ["Saint-Denis", { kind: "name", name: "Saint-Denis" }],
  ])("reads « %s »", (typed, expected) => {
    expect(parsePlaceText(typed)).toEqual(expected);
  });
});
