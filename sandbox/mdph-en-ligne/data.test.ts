import { describe, expect, it } from "vitest";

import { SANDBOX_SUBS } from "../identity-provider/people";
import { MDPH_REQUESTS, STEPS, findMdphRequest, mdphRequestsFor, nextStep, stepOf } from "./data";

describe("MDPH en ligne demo data", () => {
  it("keeps a consistent model: unique ids, steps in order, current step = last history entry", () => {
    expect(new Set(MDPH_REQUESTS.map((request) => request.id)).size).toBe(MDPH_REQUESTS.length);
    for (const request of MDPH_REQUESTS) {
      expect(request.id).toMatch(/^MDPH-\d{2}-\d{4}-\d{6}$/);
      expect(request.step).toEqual(request.history.at(-1)?.step);
      const positions = request.history.map((entry) => entry.step.position);
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(request.rights.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ["Jeanne Martin", SANDBOX_SUBS.jeanneMartin, 1, 0],
    ["Karim Benali", SANDBOX_SUBS.karimBenali, 2, 0],
    ["Sophie Martin (aidante)", SANDBOX_SUBS.sophieMartin, 0, 1],
  ])("gives %s %i own and %i followed requests", (_name, sub, own, asAidant) => {
    const requests = mdphRequestsFor(sub);
    expect(requests.own).toHaveLength(own);
    expect(requests.asAidant).toHaveLength(asAidant);
  });

  it("describes steps with their position and the next one", () => {
    expect(stepOf("evaluation")).toEqual({ code: "evaluation", label: "Évaluation en cours", position: 4, total: STEPS.length });
    expect(nextStep(stepOf("evaluation"))?.code).toBe("commission");
    expect(nextStep(stepOf("notifiee"))).toBeUndefined();
  });

  it("restricts access and generates a stable request for other subs", () => {
    expect(findMdphRequest("MDPH-13-2026-004417", SANDBOX_SUBS.karimBenali)).toBeDefined();
    expect(findMdphRequest("MDPH-13-2026-004417", SANDBOX_SUBS.jeanneMartin)).toBeUndefined();
    const generated = mdphRequestsFor("fc-integration-user");
    expect(generated.own).toHaveLength(1);
    expect(mdphRequestsFor("fc-integration-user")).toEqual(generated);
  });
});
