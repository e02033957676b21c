import { describe, expect, it, vi } from "vitest";

import { mesDeliveryJob, mesDeliveryWorker, MesRetryLater } from "./jobs";
import type { DeliveryOutcome, MesService } from "./service";

// When the queue's retries run out, the item must say « non envoyé » on the person's
// page instead of staying « en attente » until pg-boss forgets the job (14 days).

function workerWith(outcome: DeliveryOutcome) {
  const service = { deliver: vi.fn(async () => outcome), markFailed: vi.fn(async () => {}) };
  const worker = mesDeliveryWorker(() => service as unknown as MesService);
  const run = (retryCount: number) => worker.handler({ itemId: "item-1", fingerprint: "f.0.0" }, { jobId: "job-1", retryCount, retryLimit: mesDeliveryJob.options.retryLimit });
  return { service, run };
}

describe("mesDeliveryWorker", () => {
  it("fails the attempt (so the queue retries) while retries remain, and marks nothing", async () => {
    const { service, run } = workerWith({ outcome: "retry", reason: "fetch failed", retryAt: new Date() });
    await expect(run(0)).rejects.toBeInstanceOf(MesRetryLater);
    await expect(run(mesDeliveryJob.options.retryLimit - 1)).rejects.toThrow(/attempt 12 of 13/);
    expect(service.markFailed).not.toHaveBeenCalled();
  });

  it("marks the item « non envoyé » after the last retry, and ends the job", async () => {
    const { service, run } = workerWith({ outcome: "retry", reason: "fetch failed", retryAt: new Date() });
    await expect(run(mesDeliveryJob.options.retryLimit)).resolves.toBeUndefined();
    expect(service.markFailed).toHaveBeenCalledWith("item-1", "fetch failed");
  });

  it("marks nothing when the last attempt is sent", async () => {
    const { service, run } = workerWith({ outcome: "sent" });
    await run(mesDeliveryJob.options.retryLimit);
    expect(service.markFailed).not.toHaveBeenCalled();
  });
});
