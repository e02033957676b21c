import type { PrismaClient } from "@prisma/client";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";

import { createAccountService, type AccountService } from "./service";

// Invented people. Ids are distinctive so that a text search over every table finds only Jeanne's rows.
const jeanne = { id: "user-jeanne-del", subject: "sub-jeanne-del", givenName: "Jeanne", familyName: "Martin", birthdate: "1941-03-12", email: "jeanne.martin@example.org" };
const marc = { id: "user-marc-keep", subject: "sub-marc-keep", givenName: "Marc", familyName: "Bernard", email: "marc.bernard@example.org" };
const lucie = { id: "user-lucie-keep", subject: "sub-lucie-keep", givenName: "Lucie", familyName: "Bernard", email: null };

const now = new Date("2026-12-06T10:00:00Z");

/** Every table of the schema (but the migrations' own), so that a table added later is checked too. */
async function tables(prisma: PrismaClient): Promise<string[]> {
  const rows = await prisma.$queryRawUnsafe<{ table_name: string }[]>(
    "SELECT table_name::text AS table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name",
  );
  return rows.map((row) => row.table_name);
}

/** Rows of each table whose any column (text, arrays, JSON) mentions one of the needles. */
async function rowsMentioning(prisma: PrismaClient, needles: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tables(prisma)) {
    const conditions = needles.map((_, index) => `strpos(row_to_json(t)::text, $${index + 1}) > 0`).join(" OR ");
    const [row] = await prisma.$queryRawUnsafe<{ count: bigint | number }[]>(`SELECT count(*) AS count FROM "${table}" t WHERE ${conditions}`, ...needles);
    const count = Number(row?.count ?? 0);
    if (count > 0) counts[table] = count;
  }
  return counts;
}

async function seedJeanneEverywhere(prisma: PrismaClient) {
  await prisma.user.createMany({ data: [jeanne, marc, lucie] });
  await prisma.profile.create({
    data: { userId: jeanne.id, addressLine: "12 rue des Lilas", postcode: "69003", city: "Lyon", phone: "0612345678", livingSituation: "seul-domicile", gir: "4", consentedAt: now },
  });
  await prisma.dataDisclosure.create({ data: { userId: jeanne.id, actorUserId: marc.id, recipient: "via-trajectoire", what: "identité, adresse", purpose: "demande d'admission en EHPAD", reference: "VT-BROUILLON-7" } });
  // Jeanne acted for Lucie: Lucie's entry stays, without Jeanne's id.
  await prisma.dataDisclosure.create({ data: { userId: lucie.id, actorUserId: jeanne.id, recipient: "mdph-en-ligne", what: "identité", purpose: "nouvelle demande à la MDPH" } });
  const given = await prisma.mandate.create({ data: { mandatorId: jeanne.id, aidantId: marc.id, aidantLabel: "Marc", scopes: ["voir-demarches"], codeExpiresAt: now, acceptedAt: now } });
  await prisma.mandateAccessLog.create({ data: { mandateId: given.id, aidantId: marc.id, mandatorId: jeanne.id, action: "liste-demarches" } });
  const received = await prisma.mandate.create({ data: { mandatorId: lucie.id, aidantId: jeanne.id, aidantLabel: "Jeanne", scopes: ["voir-demarches"], codeExpiresAt: now, acceptedAt: now } });
  await prisma.mandateAccessLog.create({ data: { mandateId: received.id, aidantId: jeanne.id, mandatorId: lucie.id, action: "liste-demarches" } });
  await prisma.portalSession.create({ data: { id: "session-jeanne-open", userId: jeanne.id, idpSid: "sid-1", handovers: { create: { partner: "via-trajectoire" } } } });
  await prisma.portalSession.create({ data: { id: "session-jeanne-ended", userId: jeanne.id, endedAt: now, endReason: "deconnexion" } });
  await prisma.portalSession.create({ data: { id: "session-marc-open", userId: marc.id } });
  await prisma.partnerRequest.create({ data: { partner: "via-trajectoire", externalId: "VT-2026-777001", personSubject: jeanne.subject, payload: { personneSub: jeanne.subject }, partnerUpdatedAt: now, receivedAt: now } });
  await prisma.partnerRequest.create({ data: { partner: "via-trajectoire", externalId: "VT-2026-777002", personSubject: marc.subject, payload: { personneSub: marc.subject }, partnerUpdatedAt: now, receivedAt: now } });
  await prisma.partnerSync.create({ data: { partner: "via-trajectoire", personSubject: jeanne.subject, lastSuccessAt: now } });
  await prisma.webhookDelivery.create({ data: { id: "msg-jeanne-1", partner: "via-trajectoire", eventType: "demande.mise-a-jour", personSubject: jeanne.subject } });
  await prisma.notification.create({ data: { recipientUserId: jeanne.id, personSubject: jeanne.subject, partner: "via-trajectoire", externalId: "VT-2026-777001", title: "Place proposée", body: "…", link: "/mes-demarches" } });
  // Marc's copy of a notification about Jeanne's request is about Jeanne: it goes too.
  await prisma.notification.create({ data: { recipientUserId: marc.id, personSubject: jeanne.subject, partner: "via-trajectoire", externalId: "VT-2026-777001", title: "Place proposée", body: "…", link: "/mes-demarches" } });
  await prisma.notification.create({ data: { recipientUserId: marc.id, personSubject: marc.subject, partner: "via-trajectoire", externalId: "VT-2026-777002", title: "Dossier reçu", body: "…", link: "/mes-demarches" } });
  await prisma.rateLimit.create({ data: { key: `code-mandat-personne:${jeanne.id}`, points: 1 } });
  await prisma.applicationDraft.create({ data: { userId: jeanne.id, actorUserId: marc.id, partner: "via-trajectoire", choices: { etablissements: ["690000001"] }, status: "a-envoyer" } });
  // Mon espace santé rows are keyed by user id without a foreign key: deleted by name, not by cascade.
  await prisma.mesPairing.create({ data: { userId: jeanne.id, personSubject: jeanne.subject, flows: ["agenda"] } });
  await prisma.mesAuthorization.create({ data: { state: "state-jeanne", userId: jeanne.id, codeVerifier: "verifier", flows: ["agenda"] } });
  await prisma.mesItem.create({
    data: { userId: jeanne.id, flow: "agenda", identifier: "portail-autonomie/jeanne-1", partner: "via-trajectoire", externalId: "VT-2026-777001", title: "Visite d'admission", day: "2027-01-12", fhirStatus: "booked", fingerprint: "f1", payload: {}, state: "envoye", sentAt: now },
  });
}

describe.each(testEngines())("account export and deletion on %s", (engine) => {
  let database: Database;
  let prisma: PrismaClient;
  let ended: string[];
  let accounts: AccountService;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    prisma = database.prisma;
  });
  afterAll(async () => database?.close());

  beforeEach(async () => {
    for (const table of await tables(prisma)) await prisma.$executeRawUnsafe(`TRUNCATE "${table}" CASCADE`);
    await seedJeanneEverywhere(prisma);
    ended = [];
    accounts = createAccountService(async () => prisma, async (sessionId) => void ended.push(sessionId), () => now);
  });

  it("deletes every row about the person in every table, ends her open sessions first, and keeps the others' data", async () => {
    const before = await rowsMentioning(prisma, [jeanne.id, jeanne.subject]);
    // The check below can fail: Jeanne is in many tables before the deletion.
    expect(Object.keys(before).length).toBeGreaterThanOrEqual(10);

    expect(await accounts.deleteAccount(jeanne.id)).toBe(true);

    expect(ended).toEqual(["session-jeanne-open"]);
    expect(await rowsMentioning(prisma, [jeanne.id, jeanne.subject])).toEqual({});
    expect(await prisma.profile.count()).toBe(0);
    // Marc and Lucie keep their accounts and their own data.
    expect(await prisma.user.count()).toBe(2);
    expect(await prisma.portalSession.findUnique({ where: { id: "session-marc-open" } })).not.toBeNull();
    expect(await prisma.partnerRequest.count({ where: { personSubject: marc.subject } })).toBe(1);
    expect(await prisma.notification.count({ where: { recipientUserId: marc.id } })).toBe(1);
    expect(await prisma.dataDisclosure.findMany({ where: { userId: lucie.id } })).toMatchObject([{ actorUserId: null, what: "identité" }]);
  });

  it("answers false for an account already deleted (a second click), without touching anything", async () => {
    await accounts.deleteAccount(jeanne.id);
    ended = [];
    expect(await accounts.deleteAccount(jeanne.id)).toBe(false);
    expect(ended).toEqual([]);
  });

  it("exports everything the portal holds about the person, without secrets", async () => {
    const file = await accounts.exportAccount(jeanne.id);
    expect(file).toMatchObject({
      format: "portail-autonomie/export-de-compte",
      version: 1,
      exportedAt: now.toISOString(),
      identiteFranceConnect: { identifiant: jeanne.subject, prenoms: "Jeanne", nom: "Martin", dateDeNaissance: "1941-03-12" },
      profil: { address: { line: "12 rue des Lilas", postcode: "69003", city: "Lyon" }, phone: "0612345678", consentementDonneLe: now },
      journalDesPartages: [{ destinataire: "ViaTrajectoire", donnees: "identité, adresse", reference: "VT-BROUILLON-7", par: { kind: "aidant", name: "Marc Bernard" } }],
      aidantsAutorises: [{ aidant: "Marc Bernard", autorisations: ["voir-demarches"] }],
      personnesAidees: [{ personne: "Lucie Bernard" }],
      demarchesSuivies: [{ partenaire: "via-trajectoire", numero: "VT-2026-777001" }],
      lecturesDesPartenaires: [{ partenaire: "via-trajectoire" }],
      demandesPreparees: [{ partenaire: "via-trajectoire", etat: "a-envoyer" }],
      monEspaceSante: { fluxAcceptes: ["agenda"], envois: [{ flux: "agenda", titre: "Visite d'admission", etat: "envoye" }] },
    });
    expect(file?.notifications).toHaveLength(1);
    expect(file?.journalDesAccesDesAidants).toHaveLength(1);
    expect(file?.sessions).toHaveLength(2);
    expect(file?.sessions[0]?.partenairesOuverts ?? file?.sessions[1]?.partenairesOuverts).toBeDefined();
    const text = JSON.stringify(file);
    expect(text).not.toContain("session-jeanne-open");
    expect(text).not.toContain("sub-marc-keep");
    expect(text).not.toContain("verifier");
    // A JSON round trip keeps everything (dates become ISO strings): the download is this text.
    expect(JSON.parse(text).identiteFranceConnect.courriel).toBe("jeanne.martin@example.org");
  });

  it("exports nothing for an unknown account", async () => {
    expect(await accounts.exportAccount("user-nobody")).toBeNull();
  });
});
