import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { partnerClient, readSandboxConfig } from "../identity-provider/config";
import { SANDBOX_SUBS } from "../identity-provider/people";
import { startIdentityProvider, type RunningIdentityProvider } from "../identity-provider/server";
import { startMdphEnLigne } from "../mdph-en-ligne/server";
import { startViaTrajectoire } from "../via-trajectoire/server";
import type { RunningServer } from "./http";
import { TestBrowser, formAction, reservePort } from "./test-browser";

// The drafts API of docs/adr/0011 (POST /api/v1/brouillons) and the pages
// where the person finishes and signs a draft, over real HTTP, for both
// stand-ins: the portal's side of the contract is tested in lib/applications.

const config = readSandboxConfig({});
const silent = () => {};
const person = SANDBOX_SUBS.andreLefebvre;

const dossier = {
  identite: { nomNaissance: "Lefebvre", nomUsage: null, prenoms: "André Paul", dateNaissance: "1938-11-02" },
  adresse: { ligne: "12 rue des Tisserands", codePostal: "59000", commune: "Lille" },
  telephone: "06 12 34 56 78",
  courriel: "andre.lefebvre@example.org",
  personneAContacter: { qualite: "Fille", nom: "Claire Lefebvre", telephone: "06 98 76 54 32", courriel: null },
};

const admissionBody = (overrides: Record<string, unknown> = {}) => ({
  personneSub: person,
  referencePortail: "portail-brouillon-1",
  etablissements: ["590000001", "590000007"],
  typeSejour: "hebergement-permanent",
  dateSouhaitee: "2027-03-01",
  dossierAdministratif: { ...dossier, situationDeVie: "Vit seul à domicile", caisseRetraite: "Carsat Nord-Picardie" },
  ...overrides,
});

let idp: RunningIdentityProvider;
let vt: Awaited<ReturnType<typeof startViaTrajectoire>>;
let mdph: Awaited<ReturnType<typeof startMdphEnLigne>>;

beforeAll(async () => {
  const [vtPort, mdphPort] = [await reservePort(), await reservePort()];
  idp = await startIdentityProvider({
    port: 0,
    clients: [partnerClient(`http://localhost:${vtPort}`, "vt-test", "vt-secret", "ViaTrajectoire"), partnerClient(`http://localhost:${mdphPort}`, "mdph-test", "mdph-secret", "MDPH en ligne")],
  });
  const common = { issuer: idp.issuer, log: silent, webhook: { url: "http://127.0.0.1:9/webhooks", retryDelaysMs: [] } };
  vt = await startViaTrajectoire({ ...common, port: vtPort, clientId: "vt-test", clientSecret: "vt-secret" });
  mdph = await startMdphEnLigne({ ...common, port: mdphPort, clientId: "mdph-test", clientSecret: "mdph-secret" });
});

afterAll(async () => {
  await vt?.close();
  await mdph?.close();
  await idp?.close();
});

function post(server: RunningServer, body: unknown, key: string) {
  return fetch(`${server.url}/api/v1/brouillons`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(body) });
}

async function signedIn(server: RunningServer, path: string, sub: string): Promise<{ browser: TestBrowser; body: string; url: string; status: number }> {
  const browser = new TestBrowser();
  const { final: loginPage } = await browser.browse(`${server.url}${path}`);
  const action = formAction(loginPage.body, "/login");
  const { final } = await browser.browse(new URL(action ?? "", idp.url).href, { method: "POST", form: { sub } });
  return { browser, body: final.body, url: final.url, status: final.status };
}

describe("ViaTrajectoire drafts API", () => {
  const key = config.viaTrajectoire.apiKey;

  it("creates a draft for the establishments and answers its id and page; the same portal reference answers the same draft", async () => {
    const response = await post(vt, admissionBody({ referencePortail: "ref-idempotent" }), key);
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; statut: string; lien: string };
    expect(created.id).toMatch(/^VTB-\d{4}-\d{6}$/);
    expect(created.statut).toBe("brouillon");
    expect(created.lien).toBe(`${vt.url}/demandes/brouillons/${created.id}`);

    const again = await post(vt, admissionBody({ referencePortail: "ref-idempotent" }), key);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string }).id).toBe(created.id);
    // A draft is not a request: the person's requests API does not list it.
    const list = (await (await fetch(`${vt.url}/api/v1/personnes/${person}/demandes`, { headers: { authorization: `Bearer ${key}` } })).json()) as { demandes: { id: string }[] };
    expect(list.demandes.map((demande) => demande.id)).not.toContain(created.id);
  });

  it("refuses an establishment it does not handle, naming it, and creates nothing", async () => {
    const before = vt.drafts.all().length;
    const response = await post(vt, admissionBody({ etablissements: ["590000001", "750099999"], referencePortail: "ref-unknown" }), key);
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({
      erreur: "ViaTrajectoire ne gère pas les demandes d’admission pour cet établissement : FINESS 750099999.",
      code: "etablissement-non-gere",
      finess: ["750099999"],
    });
    expect(vt.drafts.all()).toHaveLength(before);
  });

  it.each([
    ["five establishments", { etablissements: ["590000001", "590000007", "690000001", "690000008", "690000002"] }, "etablissements"],
    ["a malformed FINESS", { etablissements: ["59-0001"] }, "etablissements.0"],
    ["an unknown type of stay", { typeSejour: "colocation" }, "typeSejour"],
    ["a medical field", { dossierMedical: { pathologies: "…" } }, "(racine)"],
  ])("refuses %s with a French error saying where", async (_name, overrides, where) => {
    const response = await post(vt, admissionBody(overrides), key);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { code: string; details: string[] };
    expect(body.code).toBe("corps-invalide");
    expect(body.details.some((detail) => detail.startsWith(where))).toBe(true);
  });

  it("refuses without the API key and while the person's outage is on", async () => {
    expect((await post(vt, admissionBody(), "wrong")).status).toBe(401);
    vt.outage.set(true, person);
    try {
      const response = await post(vt, admissionBody({ referencePortail: "ref-outage" }), key);
      expect(response.status).toBe(503);
      expect(((await response.json()) as { erreur: string }).erreur).toContain("momentanément indisponible");
    } finally {
      vt.outage.set(false, person);
    }
  });

  it("shows the draft pre-filled to its person only, refuses to sign without the certification, then makes one request per establishment", async () => {
    const { id } = (await (await post(vt, admissionBody({ referencePortail: "ref-sign" }), key)).json()) as { id: string };
    const path = `/demandes/brouillons/${id}`;

    const stranger = await signedIn(vt, path, SANDBOX_SUBS.nadiaHaddad);
    expect(stranger.status).toBe(404);

    const { browser, body, status } = await signedIn(vt, path, person);
    expect(status).toBe(200);
    for (const text of ["Demande d’admission à finaliser", "Résidence L&#39;Escale de Lille", "Résidence Les Mimosas de Lille", "Hébergement permanent", "1er mars 2027", "12 rue des Tisserands, 59000 Lille", "06 12 34 56 78", "Claire Lefebvre (Fille)", "Carsat Nord-Picardie", "André Paul"]) {
      expect(body).toContain(text);
    }

    const refused = await browser.browse(`${vt.url}${path}`, { method: "POST", form: { medecinTraitant: "Dr Morel" } });
    expect(refused.final.status).toBe(400);
    expect(refused.final.body).toContain("Cochez la case « Je certifie que ces informations sont exactes »");
    expect(vt.drafts.all().some((draft) => draft.id === id)).toBe(true);

    const signed = await browser.browse(`${vt.url}${path}`, { method: "POST", form: { certification: "oui" } });
    expect(signed.final.url).toMatch(/\/demandes\?envoyee=/);
    expect(signed.final.body).toContain("Vos demandes sont envoyées");
    expect(vt.drafts.all().some((draft) => draft.id === id)).toBe(false);

    const list = (await (await fetch(`${vt.url}/api/v1/personnes/${person}/demandes`, { headers: { authorization: `Bearer ${key}` } })).json()) as {
      demandes: { id: string; etablissement: { finess: string }; statut: { code: string }; accueil: string }[];
    };
    const fresh = list.demandes.filter((demande) => demande.statut.code === "39" && demande.accueil === "Hébergement permanent" && !demande.id.startsWith("VT-2026-0051"));
    expect(fresh.map((demande) => demande.etablissement.finess).sort()).toEqual(["590000001", "590000007"]);
  });
});

describe("MDPH en ligne drafts API", () => {
  const key = config.mdphEnLigne.apiKey;
  const mdphBody = (overrides: Record<string, unknown> = {}) => ({ personneSub: person, referencePortail: "mdph-ref-1", ...dossier, ...overrides });

  it("creates a draft with the identity and contact sections, which the person signs into a request filed today", async () => {
    const response = await post(mdph, mdphBody(), key);
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    expect(id).toMatch(/^MDPHB-\d{4}-\d{6}$/);

    const path = `/demandes/brouillons/${id}`;
    const { browser, body } = await signedIn(mdph, path, person);
    expect(body).toContain("Demande à la MDPH à finaliser");
    expect(body).toContain("MDPH du Nord (fictive)");
    expect(body).toContain("andre.lefebvre@example.org");

    const refused = await browser.browse(`${mdph.url}${path}`, { method: "POST", form: { certification: "oui" } });
    expect(refused.final.status).toBe(400);
    expect(refused.final.body).toContain("Choisissez au moins un droit");

    const signed = await browser.browse(`${mdph.url}${path}`, { method: "POST", form: new URLSearchParams([["droits", "CMI"], ["droits", "PCH"], ["certification", "oui"]]) });
    expect(signed.final.body).toContain("Votre demande est déposée");
    const list = (await (await fetch(`${mdph.url}/api/v1/personnes/${person}/demandes`, { headers: { authorization: `Bearer ${key}` } })).json()) as {
      demandes: { id: string; etape: { code: string }; droits: { code: string }[]; mdph: { departement: string } }[];
    };
    const filed = list.demandes.find((demande) => demande.droits.map((droit) => droit.code).join() === "CMI,PCH");
    expect(filed?.etape.code).toBe("depot");
    expect(filed?.mdph.departement).toBe("59");
  });

  it("refuses a body with a field the contract does not have (no medical data through the portal)", async () => {
    const response = await post(mdph, mdphBody({ certificatMedical: "…" }), key);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe("corps-invalide");
  });
});
