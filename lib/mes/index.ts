import type { PrismaClient } from "@prisma/client";

import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { errorContext, logger } from "@/lib/logger";

import { mesDeliveryWorker, mesJobScheduler } from "./jobs";
import { createMesService, type MesService, type MesServiceConfig } from "./service";
import { tokenKey } from "./token-crypto";

// Server entry of lib/mes: the service bound to the portal's database and
// environment. Pages and route handlers import this file only.

export { createMesService, MesPairingError, retryDelayMs, type DeliveryOutcome, type MesItemView, type MesPairingView, type MesService } from "./service";
export { MES_FLOWS, type MesFlow } from "./plan";
export { mesDeliveryJob } from "./jobs";

/** Where MES sends the person back after the consent screen (registered at MES). */
export const MES_CALLBACK_PATH = "/mon-compte/mon-espace-sante/retour";
export const MES_PAGE_PATH = "/mon-compte/mon-espace-sante";

let service: MesService | undefined;

function mesConfig(): MesServiceConfig {
  const config = env();
  return {
    url: config.MON_ESPACE_SANTE_URL,
    clientId: config.MON_ESPACE_SANTE_CLIENT_ID,
    clientSecret: config.MON_ESPACE_SANTE_CLIENT_SECRET,
    redirectUri: `${config.PORTAL_URL}${MES_CALLBACK_PATH}`,
    tokenKey: tokenKey(config.AUTH_SECRET, config.MES_TOKEN_KEY),
  };
}

export function mesService(): MesService {
  service ??= createMesService(getPrisma, mesConfig(), undefined, mesJobScheduler);
  return service;
}

/** For lib/jobs/portal-workers.ts. */
export function mesWorker() {
  return mesDeliveryWorker(mesService);
}

/**
 * The one call other modules make when a person's requests changed (a partner
 * webhook), on the database they just wrote to: plans and queues the sends in
 * the background, never failing the caller.
 */
export function requestMesSync(prisma: PrismaClient, userId: string): void {
  createMesService(async () => prisma, mesConfig(), undefined, mesJobScheduler)
    .sync(userId)
    .catch((error: unknown) => logger.error("MES sync failed", { userId, ...errorContext(error) }));
}
