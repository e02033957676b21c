import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { checkFalcDocument, formatFalcIssue } from "@/lib/falc";
import { sharedDataPath } from "@/lib/testing/shared-data";

import { listRequestFalcDocuments } from "./falc-documents";
import { MDPH_STEP_CODES, TRE_R357_SYSTEM, getStatusExplanation, listStatusExplanations } from "./status-explanations";

/** Minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index += 1;
      row.push(field);
      if (row.some((value) => value !== "")) rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  row.push(field);
  if (row.some((value) => value !== "")) rows.push(row);
  return rows;
}

type OfficialCode = { system: string; code: string; display: string };

function officialTreR357(): OfficialCode[] {
  const [header, ...rows] = parseCsv(readFileSync(sharedDataPath("nomenclatures", "TRE_R357-StatutPersonnePriseCharge.csv"), "utf8"));
  expect(header).toEqual(["valueset", "system", "code", "display"]);
  return rows.map(([, system = "", code = "", display = ""]) => ({ system, code, display }));
}

describe("parseCsv", () => {
  it("reads quoted fields with commas and doubled quotes", () => {
    expect(parseCsv('a,b\n1,"x, ""y"""\r\n')).toEqual([
      ["a", "b"],
      ["1", 'x, "y"'],
    ]);
  });
});

describe("TRE_R357 status explanations", () => {
  const official = officialTreR357();

  it("reads the 25 official codes", () => {
    expect(official).toHaveLength(25);
  });

  it.each(official.map((entry) => [entry.code, entry] as const))(
    "code %s has the official label, system and all three texts",
    (code, entry) => {
      const explanation = getStatusExplanation("tre-r357", code);
      expect(explanation).toBeDefined();
      if (!explanation) return;
      expect(explanation.label).toBe(entry.display);
      expect(explanation.system).toBe(entry.system);
      expect(explanation.system).toBe(TRE_R357_SYSTEM);
      expect(explanation.standard.trim()).not.toBe("");
      expect(explanation.falc.join("").trim()).not.toBe("");
      expect(explanation.next.standard.trim()).not.toBe("");
      expect(explanation.next.falc.join("").trim()).not.toBe("");
      expect(explanation.falcLabel.trim()).not.toBe("");
    },
  );

  it("has no code that the nomenclature does not define", () => {
    const officialCodes = new Set(official.map((entry) => entry.code));
    const extra = listStatusExplanations("tre-r357").filter((explanation) => !officialCodes.has(explanation.code));
    expect(extra.map((explanation) => explanation.code)).toEqual([]);
  });
});

describe("MDPH step explanations", () => {
  it("lists the steps of an MDPH request in order", () => {
    expect(listStatusExplanations("mdph").map((step) => [step.code, step.label])).toEqual([
      ["depot", "Dépôt du dossier"],
      ["recevabilite", "Recevabilité"],
      ["pieces-demandees", "Pièces demandées"],
      ["evaluation", "Évaluation"],
      ["decision-cdaph", "Décision de la CDAPH"],
      ["notification", "Notification"],
      ["recours", "Recours"],
    ]);
    expect(listStatusExplanations("mdph").map((step) => step.code)).toEqual([...MDPH_STEP_CODES]);
  });

  it.each([...MDPH_STEP_CODES])("%s has all three texts and no code system", (code) => {
    const step = getStatusExplanation("mdph", code);
    expect(step?.system).toBeUndefined();
    expect(step?.standard.trim()).not.toBe("");
    expect(step?.falc.length).toBeGreaterThan(0);
    expect(step?.next.standard.trim()).not.toBe("");
    expect(step?.next.falc.length).toBeGreaterThan(0);
  });

  it("states the legal delays", () => {
    expect(getStatusExplanation("mdph", "decision-cdaph")?.next.standard).toMatch(/4 mois/);
    expect(getStatusExplanation("mdph", "notification")?.next.standard).toMatch(/2 mois/);
  });
});

describe("getStatusExplanation", () => {
  it("returns undefined for unknown codes and keeps the kinds apart", () => {
    expect(getStatusExplanation("tre-r357", "999")).toBeUndefined();
    expect(getStatusExplanation("mdph", "37")).toBeUndefined();
    expect(getStatusExplanation("tre-r357", "depot")).toBeUndefined();
  });
});

describe("FALC texts of the statuses", () => {
  it("cover every status of both kinds, for the person and for an aidant", () => {
    expect(listRequestFalcDocuments()).toHaveLength(2 * (25 + MDPH_STEP_CODES.length));
  });

  it("pass the FALC checker", () => {
    const issues = listRequestFalcDocuments().flatMap((document) => checkFalcDocument(document));
    expect(issues.map(formatFalcIssue)).toEqual([]);
  });
});
