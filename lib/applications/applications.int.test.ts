import { NextRequest } from "next/server";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";

import type { Database } from "@/lib/database/open-database";
import { setPortalDatabase } from "@/lib/db";
import { logger } from "@/lib/logger";
import { createProfileService } from "@/lib/profile";
import { insertOffers } from "@/lib/testing/catalogue-fixtures";
import { createTestDatabase, testEngines } from "@/lib/testing/test-database";
import { reservePort } from "@/sandbox/partner-kit/test-browser";
import { startViaTrajectoire } from "@/sandbox/via-trajectoire/server";

// "Demander une place" through the route handlers, in process, against the
// ViaTrajectoire stand-in over real HTTP: what is sent, and every refusal
// (unhandled offer, tampered id, partner down, partner refusal, no mandate)
// with a French message for the person, an English log line and nothing lost.

const PORTAL = "http://localhost:3000";
const person = { userId: "user-send-rose", subject: "sub-send-rose", name: "Rose Vidal", givenName: "Rose" };
const aidant = { userId: "user-send-paul", subject: "sub-send-paul", name: "Paul Vidal", givenName: "Paul" };
let session: typeof person | null = person;
vi.mock("@/lib/auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getPortalSession: async () => session, activeSessionId: async () => null }));

const OFFERS = {
  acacias: "ror--ehpad-acacias",
  peupliers: "ror--ehpad-peupliers",
  ssiad: "ror--ssiad-lyon",
  unknownToPartner: "ror--ehpad-inconnu",
};

const form = (path: string, fields: Array<[string, string]>, origin: string | null = PORTAL) =>
  new NextRequest(new URL(path, PORTAL), {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { "content-type": "application/x-www-form-urlencoded", ...(origin ? { origin } : {}) },
  });

const location = (response: Response) => new URL(response.headers.get("location") ?? "", PORTAL);
const inAMonth = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);

// One port for both engines: the portal reads its partners' addresses once (env() is cached), so the
// stand-in of the second engine must answer where the first one did.
let standInPort: number | undefined;

describe.each(testEngines())("requests sent from the portal (%s)", (engine) => {
  let database: Database;
  let vt: Awaited<ReturnType<typeof startViaTrajectoire>>;
  let create: (request: NextRequest) => Promise<Response>;
  let send: (request: NextRequest) => Promise<Response>;
  let remove: (request: NextRequest) => Promise<Response>;

  beforeAll(async () => {
    standInPort ??= await reservePort();
    const port = standInPort;
    // The portal reads its partners' addresses once, from the environment.
    Object.assign(process.env, { PORTAL_URL: PORTAL, VIA_TRAJECTOIRE_URL: `http://localhost:${port}`, LOG_LEVEL: "error" });
    vt = await startViaTrajectoire({ port, log: () => {}, webhook: { url: "http://127.0.0.1:9/webhooks", retryDelaysMs: [] } });
    database = await createTestDatabase(engine);
    setPortalDatabase(database);
    const { prisma } = database;
    await prisma.user.createMany({
      data: [
        { id: person.userId, subject: person.subject, givenName: "Rose", familyName: "Vidal", birthdate: "1939-05-12", email: "rose.vidal@example.org" },
        { id: aidant.userId, subject: aidant.subject, givenName: "Paul", familyName: "Vidal", email: null },
      ],
    });
    await createProfileService(async () => prisma).saveDeclaredProfile(person.userId, {
      address: { line: "4 rue des Lilas", postcode: "69100", city: "Villeurbanne" },
      phone: "0612345678",
      email: null,
      livingSituation: "seul-domicile",
      gir: "4",
      caisseRetraite: "Carsat Rhône-Alpes",
      contact: { role: "aidant", name: "Paul Vidal", phone: "0698765432", email: null },
    });
    const at = { latitude: 45.76, longitude: 4.83 };
    await insertOffers(prisma, [
      { id: OFFERS.acacias, typeSlug: "ehpad", groupSlug: "en-etablissement", ...at },
      { id: OFFERS.peupliers, typeSlug: "ehpad", groupSlug: "en-etablissement", ...at },
      { id: OFFERS.ssiad, typeSlug: "ssiad", groupSlug: "a-domicile", ...at },
      { id: OFFERS.unknownToPartner, typeSlug: "ehpad", groupSlug: "en-etablissement", ...at },
    ]);
    // The FINESS ET of two sites ViaTrajectoire handles in the stand-in, and one it does not know.
    for (const [id, finessEt] of [[OFFERS.acacias, "690000001"], [OFFERS.peupliers, "690000008"], [OFFERS.ssiad, "690009999"], [OFFERS.unknownToPartner, "690099999"]] as const) {
      await prisma.structure.update({ where: { id: `st-${id}` }, data: { finessEt } });
    }
    ({ POST: create } = await import("@/app/api/demandes-preparees/route"));
    ({ POST: send } = await import("@/app/api/demandes-preparees/envoi/route"));
    ({ POST: remove } = await import("@/app/api/demandes-preparees/suppression/route"));
  });

  afterEach(async () => {
    session = person;
    vt.outage.clear();
    vi.restoreAllMocks();
    await database.prisma.applicationDraft.deleteMany();
    await database.prisma.dataDisclosure.deleteMany();
    await database.prisma.mandate.deleteMany();
    vt.drafts.reset();
  });

  afterAll(async () => {
    await vt?.close();
    await database?.close();
  });

  const prepare = async (offerIds: string[], stay = "hebergement-permanent", date = inAMonth(), extra: Array<[string, string]> = []) =>
    create(form("/api/demandes-preparees", [["type", "place"], ...offerIds.map((id): [string, string] => ["offres", id]), ...offerIds.map((id): [string, string] => ["etablissements", id]), ["sejour", stay], ["date", date], ...extra]));

  it("sends one request to two EHPAD with the profile's administrative part, logs the sending and hands the person over to the draft", async () => {
    const prepared = await prepare([OFFERS.acacias, OFFERS.peupliers]);
    expect(prepared.status).toBe(303);
    const reviewPath = location(prepared).pathname;
    expect(reviewPath).toMatch(/^\/demander\/[a-z0-9]+$/);
    const id = reviewPath.split("/")[2] ?? "";
    expect(vt.drafts.all()).toHaveLength(0);

    const sent = await send(form("/api/demandes-preparees/envoi", [["id", id]]));
    expect(sent.status).toBe(303);
    const [draft] = vt.drafts.all();
    expect(location(sent).pathname).toBe(`/continuer/via-trajectoire/demandes/brouillons/${draft?.id}`);
    expect(draft?.personneSub).toBe(person.subject);
    expect(draft?.etablissements.map((etablissement) => etablissement.finess)).toEqual(["690000001", "690000008"]);
    expect(draft?.typeSejour).toBe("hebergement-permanent");
    expect(draft?.dossierAdministratif).toMatchObject({
      identite: { nomNaissance: "Vidal", prenoms: "Rose", dateNaissance: "1939-05-12" },
      adresse: { ligne: "4 rue des Lilas", codePostal: "69100", commune: "Villeurbanne" },
      telephone: "0612345678",
      courriel: "rose.vidal@example.org",
      caisseRetraite: "Carsat Rhône-Alpes",
      personneAContacter: { qualite: "Aidant", nom: "Paul Vidal" },
    });
    const row = await database.prisma.applicationDraft.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "envoyee", partnerDraftId: draft?.id, attempts: 1 });
    const [disclosure] = await database.prisma.dataDisclosure.findMany({ where: { userId: person.userId } });
    expect(disclosure).toMatchObject({ recipient: "via-trajectoire", actorUserId: person.userId, reference: draft?.id });
    expect(disclosure?.what).toContain("identité, adresse, téléphone, courriel");

    // Sending again (a double click) hands over to the same draft and sends nothing more.
    const again = await send(form("/api/demandes-preparees/envoi", [["id", id]]));
    expect(location(again).pathname).toBe(location(sent).pathname);
    expect(vt.drafts.all()).toHaveLength(1);
    expect(await database.prisma.dataDisclosure.count()).toBe(1);
  });

  it("refuses an offer ViaTrajectoire does not handle: French message, English log, nothing stored or sent", async () => {
    const warn = vi.spyOn(logger, "warn");
    const response = await prepare([OFFERS.ssiad]);
    expect(location(response).pathname).toBe("/demander/place");
    expect(location(response).searchParams.get("erreur")).toBe("offre-non-geree");
    expect(warn).toHaveBeenCalledWith("Application refused", expect.objectContaining({ code: "offre-non-geree" }));
    expect(await database.prisma.applicationDraft.count()).toBe(0);
    expect(vt.drafts.all()).toHaveLength(0);
    const { applicationMessage } = await import("./model");
    expect(applicationMessage({ erreur: "offre-non-geree" })?.description).toContain("Rien n'a été envoyé");
  });

  it("refuses a tampered establishment id, even next to a valid one", async () => {
    const warn = vi.spyOn(logger, "warn");
    const response = await prepare([OFFERS.acacias, "ror--ehpad-acacias' OR 1=1"]);
    expect(location(response).searchParams.get("erreur")).toBe("offre-inconnue");
    expect(warn).toHaveBeenCalledWith("Application refused", expect.objectContaining({ code: "offre-inconnue" }));
    expect(await database.prisma.applicationDraft.count()).toBe(0);
    expect(vt.drafts.all()).toHaveLength(0);
  });

  it("keeps the request when ViaTrajectoire is down, and « Envoyer maintenant » sends it later", async () => {
    const id = location(await prepare([OFFERS.acacias])).pathname.split("/")[2] ?? "";
    vt.outage.set(true, person.subject);
    const warn = vi.spyOn(logger, "warn");
    const failed = await send(form("/api/demandes-preparees/envoi", [["id", id]]));
    expect(location(failed).pathname).toBe(`/demander/${id}`);
    expect(location(failed).searchParams.get("resultat")).toBe("non-envoyee");
    expect(warn).toHaveBeenCalledWith("Application not sent: partner did not accept it", expect.objectContaining({ applicationId: id, partner: "via-trajectoire" }));
    const kept = await database.prisma.applicationDraft.findUniqueOrThrow({ where: { id } });
    expect(kept).toMatchObject({ status: "a-envoyer", attempts: 1, partnerDraftId: null });
    expect(kept.choices).toMatchObject({ establishments: [{ offerId: OFFERS.acacias, finessEt: "690000001" }] });
    expect(await database.prisma.dataDisclosure.count()).toBe(0);

    vt.outage.set(false, person.subject);
    const retried = await send(form("/api/demandes-preparees/envoi", [["id", id]]));
    expect(location(retried).pathname).toMatch(/^\/continuer\/via-trajectoire\/demandes\/brouillons\/VTB-/);
    expect(await database.prisma.applicationDraft.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "envoyee", attempts: 2 });
  });

  it("shows ViaTrajectoire's own refusal of an establishment it does not know, and lets the person delete the request", async () => {
    const id = location(await prepare([OFFERS.unknownToPartner])).pathname.split("/")[2] ?? "";
    const refused = await send(form("/api/demandes-preparees/envoi", [["id", id]]));
    expect(location(refused).pathname).toBe(`/demander/${id}`);
    const row = await database.prisma.applicationDraft.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("refusee");
    expect(row.refusal).toBe("ViaTrajectoire ne gère pas les demandes d’admission pour cet établissement : FINESS 690099999.");
    expect(await database.prisma.dataDisclosure.count()).toBe(0);

    const removed = await remove(form("/api/demandes-preparees/suppression", [["id", id]]));
    expect(location(removed).searchParams.get("resultat")).toBe("supprimee");
    expect(await database.prisma.applicationDraft.count()).toBe(0);
  });

  it("gives each wrong field its message back, and stores nothing", async () => {
    const response = await create(form("/api/demandes-preparees", [["type", "place"], ["offres", OFFERS.acacias], ["date", "2020-01-01"]]));
    const url = location(response);
    expect(url.searchParams.get("champs")?.split(",").sort()).toEqual(["date", "etablissements", "sejour"]);
    expect(url.searchParams.getAll("offres")).toEqual([OFFERS.acacias]);
    expect(await database.prisma.applicationDraft.count()).toBe(0);
  });

  it("refuses a post from another site", async () => {
    const response = await create(form("/api/demandes-preparees", [["type", "mdph"]], "https://evil.example"));
    expect(location(response).searchParams.get("erreur")).toBe("origine");
    expect(await database.prisma.applicationDraft.count()).toBe(0);
  });

  it("lets an aidant prepare and send only with the « préparer ses demandes » scope; the person sees it in both logs", async () => {
    session = aidant;
    const mandate = await database.prisma.mandate.create({
      data: { mandatorId: person.userId, aidantId: aidant.userId, aidantLabel: "Paul", scopes: ["voir-demarches"], codeExpiresAt: new Date("2030-01-01"), acceptedAt: new Date() },
    });
    const denied = await prepare([OFFERS.acacias], "accueil-de-jour", inAMonth(), [["pour", person.userId]]);
    expect(location(denied).searchParams.get("erreur")).toBe("acces-refuse");
    expect(await database.prisma.applicationDraft.count()).toBe(0);

    await database.prisma.mandate.update({ where: { id: mandate.id }, data: { scopes: ["voir-demarches", "preparer-demandes"] } });
    const prepared = await prepare([OFFERS.acacias], "accueil-de-jour", inAMonth(), [["pour", person.userId]]);
    const id = location(prepared).pathname.split("/")[2] ?? "";
    expect(location(prepared).searchParams.get("pour")).toBe(person.userId);
    const sent = await send(form("/api/demandes-preparees/envoi", [["id", id], ["pour", person.userId]]));
    // The partner's draft page is the person's own: the aidant stays in the portal.
    expect(location(sent).pathname).toBe(`/demander/${id}`);
    expect(location(sent).searchParams.get("resultat")).toBe("envoyee-aidant");
    expect(vt.drafts.all()[0]?.personneSub).toBe(person.subject);
    expect(await database.prisma.dataDisclosure.findFirst({ where: { userId: person.userId } })).toMatchObject({ actorUserId: aidant.userId, recipient: "via-trajectoire" });
    const accesses = await database.prisma.mandateAccessLog.findMany({ where: { mandatorId: person.userId } });
    expect(accesses.map((access) => access.action)).toEqual(["preparation-demande", "preparation-demande"]);
  });
});
