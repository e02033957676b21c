import { describe, expect, it } from "vitest";

import { syncCrons, syncJob } from "./schedule";

describe("scheduled syncs", () => {
  it("run ROR every N minutes and the other sources daily, 10 minutes apart in registry order", () => {
    expect(syncCrons({ rorEveryMinutes: 15, dailyAt: "03:30" })).toEqual([
      { source: "ror", cron: "*/15 * * * *" },
      { source: "finess", cron: "30 3 * * *" },
      { source: "prix-ehpad", cron: "40 3 * * *" },
      { source: "france-services", cron: "50 3 * * *" },
      { source: "mba", cron: "0 4 * * *" },
    ]);
  });

  it("wrap past midnight", () => {
    expect(syncCrons({ rorEveryMinutes: 5, dailyAt: "23:45" }).map((entry) => entry.cron)).toEqual(["*/5 * * * *", "45 23 * * *", "55 23 * * *", "5 0 * * *", "15 0 * * *"]);
  });

  it("give each source its own queue, one run waiting and one running at most", () => {
    expect(syncJob("ror")).toBe(syncJob("ror"));
    expect(syncJob("ror").name).toBe("catalogue-sync-ror");
    expect(syncJob("mba").options).toMatchObject({ policy: "stately", retryLimit: 3 });
  });
});
