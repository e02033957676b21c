import { describe, expect, it } from "vitest";

import { formatFalcIssue } from "./check";
import { checkAllFalcContent, listFalcCorpus } from "./corpus";

describe("the FALC corpus", () => {
  it("holds the content pages, the wizard and every request status", () => {
    const ids = listFalcCorpus().map((document) => document.id);
    expect(ids).toContain("page aides/apa-a-domicile");
    expect(ids).toContain("orientation");
    expect(ids).toContain("statut tre-r357 37");
    expect(ids).toContain("statut mdph recours");
    expect(ids).toContain("estimation des coûts");
  });

  it("all FALC content passes the checker", () => {
    expect(checkAllFalcContent().map(formatFalcIssue)).toEqual([]);
  });
});
