import fc from "fast-check";
import { NextRequest } from "next/server";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { setPortalDatabase } from "@/lib/db";
import { createTestDatabase } from "@/lib/testing/test-database";
import { anyText, expectFrenchMessage, FUZZ_PARAMETERS } from "@/lib/testing/fuzz";

// Every POST handler of app/api, called in process with fuzzed bodies: never a 5xx, a French message
// for people (JSON `erreur`, or a redirect to a page that shows one), and nothing already stored is lost.

const PORTAL = "http://localhost:3000";
// Limits far above the runs, so each body reaches the handler's own checks (the limits have their own tests).
Object.assign(process.env, {
  PORTAL_URL: PORTAL,
  LOG_LEVEL: "error",
  RATE_LIMIT_SIGN_IN: "100000/1min",
  RATE_LIMIT_JSON_API: "100000/1min",
  RATE_LIMIT_WEBHOOKS: "100000/1min",
  RATE_LIMIT_MANDATE_CODE_PER_USER: "100000/1h",
  RATE_LIMIT_MANDATE_CODE_PER_ADDRESS: "100000/1h",
  RATE_LIMIT_MANDATE_CODE_GLOBAL: "100000/1h",
  // No identity provider runs here: sign-in fails fast, as when FranceConnect is down.
  FRANCECONNECT_ISSUER: "http://127.0.0.1:9/api/v2",
});

const session = { userId: "user-fuzz-aidant", subject: "sub-fuzz-aidant", name: "Inès Fuzz", givenName: "Inès" };
vi.mock("@/lib/auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getPortalSession: async () => session }));

type Handler = (request: NextRequest, context: never) => Promise<Response>;

/** A form body as a robot could post it: known and unknown fields, repeated, any text. */
const anyForm = (fields: string[]) =>
  fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fields), anyText), anyText), { maxLength: 8 });

const formRequest = (path: string, entries: Array<[string, string]>, origin: string | null = PORTAL) => {
  const body = new URLSearchParams();
  for (const [name, value] of entries) body.append(name, value);
  return new NextRequest(new URL(path, PORTAL), {
    method: "POST",
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", ...(origin ? { origin } : {}) },
  });
};

/** Bodies that are not even forms: JSON, binary, truncated multipart, nothing. */
const rawRequest = (path: string, body: string, contentType: string) =>
  new NextRequest(new URL(path, PORTAL), { method: "POST", body, headers: { "content-type": contentType, origin: PORTAL } });
const anyContentType = fc.constantFrom("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data", "application/json", "text/plain", "");

async function expectHandled(response: Response, checkPage?: (url: URL) => void): Promise<void> {
  expect(response.status, `status ${response.status}`).toBeLessThan(500);
  if (response.status >= 300 && response.status < 400) {
    const location = new URL(response.headers.get("location") ?? "", PORTAL);
    expect(location.origin).toBe(PORTAL);
    checkPage?.(location);
  } else if (response.status >= 400) {
    const body = (await response.json()) as { erreur?: string };
    expectFrenchMessage(body.erreur);
  }
}

// Generous: a shared 2-core machine can be 20× slower than an idle one; the runs are fixed, not timed.
describe("POST bodies, fuzzed", { timeout: 180_000 }, () => {
  let database: Database;
  let mandateId: string;
  let mandateMessages: typeof import("@/lib/mandates/result-messages");

  beforeAll(async () => {
    database = await createTestDatabase("pglite");
    // The portal's database singleton (lib/db.ts) is this test database.
    setPortalDatabase(database);
    const { prisma } = database;
    await prisma.user.createMany({
      data: [
        { id: session.userId, subject: session.subject, givenName: "Inès", familyName: "Fuzz", email: "ines.fuzz@example.org" },
        { id: "user-fuzz-person", subject: "sub-fuzz-person", givenName: "Paul", familyName: "Fuzz", email: null },
      ],
    });
    // A mandate that no fuzzed post may end or change (it is not the aidant's to accept twice either).
    const mandate = await prisma.mandate.create({
      data: { mandatorId: "user-fuzz-person", aidantId: session.userId, aidantLabel: "Inès", scopes: ["voir-demarches"], codeExpiresAt: new Date("2030-01-01"), acceptedAt: new Date() },
    });
    mandateId = mandate.id;
    mandateMessages = await import("@/lib/mandates/result-messages");
  });
  afterAll(async () => {
    await database?.close();
  });

  const mandatePageShowsAMessage = (location: URL) => {
    const erreur = location.searchParams.get("erreur");
    const resultat = location.searchParams.get("resultat");
    if (erreur || resultat) expect(mandateMessages.resultMessage({ erreur: erreur ?? undefined, resultat: resultat ?? undefined }), location.search).not.toBeNull();
  };

  const handlers: Array<[string, string[], () => Promise<{ POST: Handler }>, ((url: URL) => void) | undefined]> = [
    ["/api/connexion", ["callbackUrl"], () => import("./connexion/route") as Promise<{ POST: Handler }>, undefined],
    ["/api/aidants/acceptation", ["code"], () => import("./aidants/acceptation/route") as Promise<{ POST: Handler }>, undefined],
    ["/api/aidants/invitations", ["aidantLabel", "scopes"], () => import("./aidants/invitations/route") as Promise<{ POST: Handler }>, undefined],
    ["/api/aidants/retrait", ["mandat", "retour"], () => import("./aidants/retrait/route") as Promise<{ POST: Handler }>, undefined],
    ["/api/notifications", ["id", "tout"], () => import("./notifications/route") as Promise<{ POST: Handler }>, undefined],
    ["/api/preferences/version", ["version", "retour"], () => import("./preferences/version/route") as Promise<{ POST: Handler }>, undefined],
    ["/api/demandes-preparees", ["type", "offres", "etablissements", "sejour", "date", "pour"], () => import("./demandes-preparees/route") as Promise<{ POST: Handler }>, undefined],
    ["/api/demandes-preparees/envoi", ["id", "pour"], () => import("./demandes-preparees/envoi/route") as Promise<{ POST: Handler }>, undefined],
    ["/api/demandes-preparees/suppression", ["id", "pour"], () => import("./demandes-preparees/suppression/route") as Promise<{ POST: Handler }>, undefined],
  ];

  it.each(handlers)("%s: any form, from this site or elsewhere, is answered without a 5xx", async (path, fields, load) => {
    const { POST } = await load();
    const checkPage = path.startsWith("/api/aidants/") ? mandatePageShowsAMessage : undefined;
    await fc.assert(
      fc.asyncProperty(anyForm(fields), fc.oneof(fc.constant(PORTAL), fc.constant(null), fc.constant("https://evil.example")), async (entries, origin) => {
        await expectHandled(await POST(formRequest(path, entries, origin), undefined as never), checkPage);
      }),
      { ...FUZZ_PARAMETERS, numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(anyText, anyContentType, async (body, contentType) => {
        await expectHandled(await POST(rawRequest(path, body, contentType), undefined as never), checkPage);
      }),
      { ...FUZZ_PARAMETERS, numRuns: 25 },
    );
    // Whatever was posted, the aidant still helps the person: no fuzzed body ends a mandate it does not name.
    const mandate = await database.prisma.mandate.findUniqueOrThrow({ where: { id: mandateId } });
    expect(mandate.revokedAt).toBeNull();
  });

  it("/api/webhooks/<partner>: unsigned, wrongly signed or signed nonsense bodies get 401/404/422 with a French message", async () => {
    const { POST } = await import("./webhooks/[partner]/route");
    const { env } = await import("@/lib/env");
    const before = await database.prisma.notification.count();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("via-trajectoire", "mdph-en-ligne", "inconnu", "../etc"),
        fc.oneof(anyText, fc.json(), fc.jsonValue().map((value) => JSON.stringify({ type: "demande.mise-a-jour", demande: value }))),
        fc.constantFrom("none", "signed", "wrong-key"),
        async (partner, body, signature) => {
          const headers = new Headers({ "content-type": "application/json" });
          if (signature !== "none") {
            const id = `msg_fuzz_${Math.random().toString(36).slice(2)}`;
            const key = signature === "signed" ? (partner === "mdph-en-ligne" ? env().MDPH_EN_LIGNE_WEBHOOK_SECRET : env().VIA_TRAJECTOIRE_WEBHOOK_SECRET) : "whsec_d3JvbmdrZXl3cm9uZ2tleXdyb25na2V5";
            const now = new Date();
            headers.set("webhook-id", id);
            headers.set("webhook-timestamp", String(Math.floor(now.getTime() / 1000)));
            headers.set("webhook-signature", new Webhook(key).sign(id, now, body));
          }
          const request = new NextRequest(new URL(`/api/webhooks/${encodeURIComponent(partner)}`, PORTAL), { method: "POST", body, headers });
          const response = await POST(request, { params: Promise.resolve({ partner }) });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) expectFrenchMessage(((await response.json()) as { erreur?: string }).erreur);
        },
      ),
      { ...FUZZ_PARAMETERS, numRuns: 120 },
    );
    // Nothing a fuzzed delivery says about an unknown person becomes a notification.
    expect(await database.prisma.notification.count()).toBe(before);
  });
});
