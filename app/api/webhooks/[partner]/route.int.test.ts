import { NextRequest } from "next/server";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { setPortalDatabase } from "@/lib/db";
import { env } from "@/lib/env";
import { vtDemande } from "@/lib/partners/testing/fixtures";
import { createTestDatabase } from "@/lib/testing/test-database";

import { POST } from "./route";

// The route handler itself, on the portal's database (the global one of
// lib/db.ts, pointed at a test database): status codes and bodies on the wire.

const SUB = "route-test-sub";

function post(partner: string, body: string, sign = true): Promise<Response> {
  const id = `msg_route_${Math.random().toString(36).slice(2)}`;
  const at = new Date();
  const headers: Record<string, string> = { "content-type": "application/json", "webhook-id": id, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)) };
  headers["webhook-signature"] = sign ? new Webhook(env().VIA_TRAJECTOIRE_WEBHOOK_SECRET).sign(id, at, body) : "v1,AAAA";
  const request = new NextRequest(`http://localhost:3000/api/webhooks/${partner}`, { method: "POST", headers, body });
  return POST(request, { params: Promise.resolve({ partner }) });
}

describe("POST /api/webhooks/[partner]", () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    setPortalDatabase(database);
    await database.prisma.user.create({ data: { subject: SUB, givenName: "Test", familyName: "Route" } });
    // Loading the route module (Next server, mandates) and migrating a fresh database is slow on a busy machine.
  }, 180_000);
  afterAll(async () => {
    setPortalDatabase(undefined);
    await database?.close();
  });

  const body = JSON.stringify({ type: "demande.mise-a-jour", date: "2026-12-01T10:04:00+01:00", resume: "x", demande: vtDemande({ personneSub: SUB }) });

  it("answers 204 for a signed delivery and creates the person's notification", async () => {
    const response = await post("via-trajectoire", body);
    expect(response.status).toBe(204);
    expect(await database.prisma.notification.count({ where: { personSubject: SUB } })).toBe(1);
  });

  it("answers 401 with a French error for a bad signature", async () => {
    const response = await post("via-trajectoire", body, false);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ erreur: "Signature invalide." });
  });

  it("answers 404 for an unknown partner", async () => {
    expect((await post("inconnu", body)).status).toBe(404);
  });
});
