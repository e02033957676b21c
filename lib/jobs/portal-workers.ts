import { mesWorker } from "@/lib/mes";

import type { JobWorker } from "./definition";
import { startJobWorkers, type Schedule } from "./portal-queue";

// The portal's background jobs, in one list: each module builds its worker (handler with its
// dependencies) and this file starts them. Called once per server process by instrumentation.ts.
export function portalJobWorkers(): JobWorker[] {
  return [mesWorker()];
}

export function portalSchedules(): Schedule[] {
  return [];
}

export async function startPortalJobs(): Promise<void> {
  await startJobWorkers(portalJobWorkers(), portalSchedules());
}
