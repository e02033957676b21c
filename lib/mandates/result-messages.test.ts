import { describe, expect, it } from "vitest";

import { resultMessage } from "./result-messages";

describe("result messages", () => {
  it.each([
    [{ resultat: "invitation-creee" }, "success", "Invitation créée"],
    [{ resultat: "acces-retire" }, "success", "Accès retiré"],
    [{ erreur: "code-expire" }, "error", "Action impossible"],
    [{ erreur: "origine" }, "error", "Action impossible"],
    [{ erreur: "code-expire", resultat: "acceptee" }, "error", "Action impossible"],
  ])("%j → %s", (params, severity, title) => {
    expect(resultMessage(params)).toMatchObject({ severity, title });
  });

  it.each([[{}], [{ resultat: "<script>" }], [{ erreur: "toString" }], [{ erreur: ["code-expire", "x"] }], [{ resultat: "__proto__" }]])("ignores %j", (params) => {
    expect(resultMessage(params)).toBeNull();
  });
});
