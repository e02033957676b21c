import { describe, expect, it } from "vitest";

import { countsText, scheduleText, syncRunText } from "./sync-status-text";

const base = { trigger: "planifiee" as const, startedAt: new Date("2026-12-06T03:30:00Z"), finishedAt: null, attempt: 1, error: "Network error calling http://10.0.0.5/secret", willRetry: false };
const counts = { mode: "incremental", read: 1234, created: 1, updated: 12, unchanged: 1221, removed: 0, rejected: 2, skipped: 0 };

describe("status page wording", () => {
  it("counts in French with plurals and thousands separators", () => {
    expect(countsText(counts)).toBe("1\u202f234 fiches lues, 1 ajoutée, 12 modifiées, 0 retirée, 2 refusées");
  });

  it("says what a success read, incremental or whole", () => {
    expect(syncRunText({ ...base, status: "reussie", counts })).toMatchObject({ result: "Réussie", severity: "success", detail: expect.stringMatching(/^Modifications depuis/) });
    expect(syncRunText({ ...base, status: "reussie", counts: { ...counts, mode: "full" } }).detail).toMatch(/^Source relue en entier/);
  });

  it("explains a failure without the technical error, and says when a retry is planned", () => {
    const failed = syncRunText({ ...base, status: "echouee", counts: null, willRetry: true });
    expect(failed).toMatchObject({ result: "Échouée", severity: "error" });
    expect(failed.detail).toMatch(/mise à jour réussie précédente.*nouvel essai est prévu/);
    expect(failed.detail).not.toMatch(/10\.0\.0\.5|Network/);
    expect(syncRunText({ ...base, status: "echouee", counts: null }).detail).not.toMatch(/nouvel essai/);
  });

  it("describes the schedule, or that there is none", () => {
    expect(scheduleText({ rorEveryMinutes: 15, dailyAt: "03:30" })).toBe(
      "Le ROR est relu toutes les 15 minutes (seulement ce qui a changé). Les autres sources sont relues en entier chaque jour à partir de 3 h 30.",
    );
    expect(scheduleText(null)).toMatch(/ne sont pas activées/);
  });
});
