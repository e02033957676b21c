import { describe, expect, it } from "vitest";

import { SANDBOX_SUBS } from "../identity-provider/people";
import { ADMISSION_REQUESTS, TRE_R357, TRE_R357_SYSTEM, admissionRequestsFor, findAdmissionRequest } from "./data";

describe("ViaTrajectoire demo data", () => {
  it("keeps a consistent model: unique ids, current status = last history entry", () => {
    expect(new Set(ADMISSION_REQUESTS.map((request) => request.id)).size).toBe(ADMISSION_REQUESTS.length);
    for (const request of ADMISSION_REQUESTS) {
      expect(request.id).toMatch(/^VT-\d{4}-\d{6}$/);
      expect(request.status).toEqual(request.history.at(-1)?.status);
      expect(request.status.system).toBe(TRE_R357_SYSTEM);
      expect(TRE_R357[request.status.code].label).toBe(request.status.label);
      expect(request.createdAt <= request.updatedAt).toBe(true);
      expect(request.establishment.finess).toMatch(/^\d{9}$/);
    }
  });

  it.each([
    ["Jeanne Martin", SANDBOX_SUBS.jeanneMartin, 3, 0],
    ["Karim Benali", SANDBOX_SUBS.karimBenali, 2, 0],
    ["Sophie Martin (aidante)", SANDBOX_SUBS.sophieMartin, 0, 3],
  ])("gives %s %i own and %i followed requests", (_name, sub, own, asAidant) => {
    const requests = admissionRequestsFor(sub);
    expect(requests.own).toHaveLength(own);
    expect(requests.asAidant).toHaveLength(asAidant);
  });

  it("sorts by latest activity and restricts access to the person and their aidants", () => {
    const { own } = admissionRequestsFor(SANDBOX_SUBS.jeanneMartin);
    expect(own.map((request) => request.updatedAt)).toEqual([...own.map((request) => request.updatedAt)].sort().reverse());
    expect(findAdmissionRequest("VT-2026-004211", SANDBOX_SUBS.sophieMartin)).toBeDefined();
    expect(findAdmissionRequest("VT-2026-004211", SANDBOX_SUBS.karimBenali)).toBeUndefined();
  });

  it("generates one stable request for any other sub", () => {
    const first = admissionRequestsFor("fc-integration-user");
    expect(first.own).toHaveLength(1);
    expect(admissionRequestsFor("fc-integration-user")).toEqual(first);
    expect(first.own[0]?.personSub).toBe("fc-integration-user");
    expect(findAdmissionRequest(first.own[0]?.id ?? "", "fc-integration-user")).toBeDefined();
  });
});
