import { z } from "zod";

import { cancelJobs, defineJob, enqueueJob, jobWorker, type JobWorker } from "@/lib/jobs";
import { logger } from "@/lib/logger";

import type { MesDeliveryScheduler, MesService, PendingDelivery } from "./service";

// Deliveries to Mon espace santé on the portal's job queue (lib/jobs): they
// survive a restart, retry with backoff while MES is down (2 s, 4 s, 8 s…
// about 2 h 15 in all; after the last one the item is « non envoyé » until its
// content changes or the person sends it again), run once per version and round
// of an item (singleton key), and are cancelled as soon as the person withdraws
// consent.

export const mesDeliveryJob = defineJob("mes-deliver", z.object({ itemId: z.string().min(1), fingerprint: z.string().min(1) }), {
  retryLimit: 12,
  retryDelaySeconds: 2,
  retryBackoff: true,
  expireInSeconds: 120,
});

const singletonKey = (item: PendingDelivery) => `${item.itemId}:${item.fingerprint}`;

export const mesJobScheduler: MesDeliveryScheduler = {
  async schedule(items) {
    for (const item of items) await enqueueJob(mesDeliveryJob, item, { singletonKey: singletonKey(item) });
  },
  async cancel(items) {
    for (const item of items) await cancelJobs(mesDeliveryJob, { singletonKey: singletonKey(item) });
  },
};

export class MesRetryLater extends Error {
  override name = "MesRetryLater";
}

/** The worker: one idempotent send; "retry" fails the attempt so the queue tries again later. */
export function mesDeliveryWorker(service: () => MesService): JobWorker {
  return jobWorker(mesDeliveryJob, async (data, context) => {
    const result = await service().deliver(data.itemId);
    if (result.outcome === "retry") {
      // The last attempt: say so on the person's page rather than leave it « en attente ».
      if (context.retryCount >= context.retryLimit) return service().markFailed(data.itemId, result.reason);
      throw new MesRetryLater(`MES unavailable (${result.reason}), attempt ${context.retryCount + 1} of ${context.retryLimit + 1}`);
    }
    if (result.outcome === "give-up") logger.info("MES delivery given up", { itemId: data.itemId, reason: result.reason });
  });
}
