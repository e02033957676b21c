import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";

import { decisionPdf, pdfSafeText } from "./pdf";
import type { DecisionDocument } from "./plan";

const document: DecisionDocument = {
  flow: "documents",
  identifier: "mdph-en-ligne/MDPH-1/decision/2026-12-01",
  partner: "mdph-en-ligne",
  externalId: "MDPH-1",
  title: "Décision de la CDAPH du 1 décembre 2026",
  day: "2026-12-01",
  author: "MDPH de l’Hérault (fictive)",
  requestTitle: "Carte mobilité inclusion, mention invalidité",
  lines: [{ label: "Carte mobilité inclusion (CMI)", outcome: "Accordé jusqu’au 30 novembre 2036" }],
  nextSteps: ["Pensez à demander le renouvellement 6 mois avant la fin : « ça » compte, œuvre, Noël, à bientôt."],
};

describe("decision PDF", () => {
  it("renders French text with its accents into a one-page PDF with a French title", async () => {
    const bytes = await decisionPdf(document, "Hélène Roux", "2026-12-06");
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getPageCount()).toBe(1);
    expect(loaded.getTitle()).toBe("Décision de la CDAPH du 1 décembre 2026");
  });

  it("never fails on characters the PDF font cannot draw", async () => {
    expect(pdfSafeText("le 1\u202fer\u00a0mars ✓ €")).toBe("le 1 er mars ? €");
    await expect(decisionPdf({ ...document, title: "Décision ✓ 🙂" }, "Zoë", "2026-12-06")).resolves.toBeInstanceOf(Uint8Array);
  });
});
