import { getDatabase, getPrisma } from "@/lib/db";
import { env, ingestConfig } from "@/lib/env";
import { syncSchedules, syncWorkers, type SyncSettings } from "@/lib/ingest/schedule";
import { mesWorker } from "@/lib/mes";
import { notificationEmailWorker } from "@/lib/requests";
import { notifyPartnersOfExpiredSessions } from "@/lib/sessions";
import { sessionExpirySchedule, sessionExpiryWorker } from "@/lib/sessions/expiry-job";

import type { JobWorker } from "./definition";
import { startJobWorkers, type Schedule } from "./portal-queue";

// The portal's background jobs, in one list: each module builds its worker (handler with its
// dependencies) and this file starts them. Called once per server process by instrumentation.ts.
export function portalJobWorkers(): JobWorker[] {
  return [notificationEmailWorker({ getPrisma, smtpUrl: () => env().SMTP_URL }), ...syncWorkers({ getDatabase, config: ingestConfig }), mesWorker(), sessionExpiryWorker(() => notifyPartnersOfExpiredSessions())];
}

/** The scheduled syncs' settings, or null when SYNC_SCHEDULE is off. */
export function portalSyncSettings(): SyncSettings | null {
  const config = env();
  return config.SYNC_SCHEDULE === "on" ? { rorEveryMinutes: config.SYNC_ROR_EVERY_MINUTES, dailyAt: config.SYNC_DAILY_AT } : null;
}

/** Always the expired-sessions sweep; the catalogue syncs when SYNC_SCHEDULE is on. */
export function portalSchedules(): Schedule[] {
  const settings = portalSyncSettings();
  return [sessionExpirySchedule(), ...(settings ? syncSchedules(settings) : [])];
}

export async function startPortalJobs(): Promise<void> {
  await startJobWorkers(portalJobWorkers(), portalSchedules());
}
