import { z } from "zod";

import { defineJob, jobWorker, type JobDefinition, type JobWorker, type Schedule } from "@/lib/jobs";

// The sweep of sessions ended by idle time or lifetime (ADR 0008): every 5 minutes, on the
// portal's job queue, so one instance runs it at a time and a restart loses nothing.

export const sessionExpiryJob = defineJob("session-expiry-sweep", z.object({}), { retryLimit: 1, retryDelaySeconds: 60, expireInSeconds: 120, policy: "stately" });

export const SESSION_EXPIRY_CRON = "*/5 * * * *";

export function sessionExpirySchedule(): Schedule {
  return { definition: sessionExpiryJob as JobDefinition<unknown>, cron: SESSION_EXPIRY_CRON, data: {} };
}

export function sessionExpiryWorker(sweep: () => Promise<number>): JobWorker {
  return jobWorker(sessionExpiryJob, async () => {
    await sweep();
  });
}
