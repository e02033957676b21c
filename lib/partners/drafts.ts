import { z } from "zod";

import { HttpNetworkError, HttpStatusError, httpRequest } from "@/lib/http";

import { PartnerAuthenticationError, PartnerResponseError, PartnerUnavailableError } from "./errors";
import type { PartnerId } from "./handover";
import type { PartnerApiConfig } from "./json-api";
import { mdphEnLigneApiConfig } from "./mdph-en-ligne/client";
import { viaTrajectoireApiConfig } from "./via-trajectoire/client";
import { requestId } from "./wire-common";

// Drafts created at a partner from the portal (docs/adr/0011-requests-sent-from-the-portal.md):
// POST /api/v1/brouillons with the server-to-server key. Domain types in,
// wire types out: lib/applications never sees the partner's field names.

/** The identity and contact sections both partners' forms share (cerfa 14732 and 15692). */
export type DraftIdentityAndContact = {
  identity: { birthName: string; usageName: string | null; givenNames: string; birthdate: string | null };
  address: { line: string; postcode: string; city: string } | null;
  phone: string | null;
  email: string | null;
  contact: { role: string; name: string; phone: string | null; email: string | null } | null;
};

/** ViaTrajectoire's admission request draft: establishments, stay, wished date and the administrative part of cerfa 14732. */
export type AdmissionDraftInput = {
  personSubject: string;
  portalReference: string;
  finessEt: readonly string[];
  stay: "hebergement-permanent" | "hebergement-temporaire" | "accueil-de-jour";
  wishedDate: string;
  administrative: DraftIdentityAndContact & { livingSituation: string | null; pensionFund: string | null };
};

/** MDPH en ligne's new request draft: the identity and contact sections of cerfa 15692. */
export type MdphDraftInput = { personSubject: string; portalReference: string; administrative: DraftIdentityAndContact };

export type CreatedDraft = { id: string; link: string };

/** The partner refused the draft for a reason of its own (e.g. an establishment it does not handle): its French message, for the person. */
export class PartnerRefusalError extends Error {
  override name = "PartnerRefusalError";
  constructor(
    readonly partner: PartnerId,
    readonly status: number,
    readonly code: string,
    /** The partner's French message. */
    readonly frenchMessage: string,
  ) {
    super(`${partner} refused the draft (HTTP ${status}, ${code})`);
  }
}

const createdSchema = z.object({ id: requestId, statut: z.literal("brouillon"), lien: z.url() });
const refusalSchema = z.object({ erreur: z.string().min(1).max(1_000), code: z.string().min(1).max(60) });

/** Creating a draft is idempotent on the portal reference, so one retry after a network failure is safe. */
const DRAFT_TIMEOUT_MS = 5_000;

function identityAndContactWire(part: DraftIdentityAndContact) {
  return {
    identite: { nomNaissance: part.identity.birthName, nomUsage: part.identity.usageName, prenoms: part.identity.givenNames, dateNaissance: part.identity.birthdate },
    adresse: part.address ? { ligne: part.address.line, codePostal: part.address.postcode, commune: part.address.city } : null,
    telephone: part.phone,
    courriel: part.email,
    personneAContacter: part.contact ? { qualite: part.contact.role, nom: part.contact.name, telephone: part.contact.phone, courriel: part.contact.email } : null,
  };
}

export function admissionDraftWire(input: AdmissionDraftInput) {
  return {
    personneSub: input.personSubject,
    referencePortail: input.portalReference,
    etablissements: [...input.finessEt],
    typeSejour: input.stay,
    dateSouhaitee: input.wishedDate,
    dossierAdministratif: { ...identityAndContactWire(input.administrative), situationDeVie: input.administrative.livingSituation, caisseRetraite: input.administrative.pensionFund },
  };
}

export function mdphDraftWire(input: MdphDraftInput) {
  return { personneSub: input.personSubject, referencePortail: input.portalReference, ...identityAndContactWire(input.administrative) };
}

/**
 * POSTs a draft; resolves to its id and the partner's page, or throws
 * PartnerRefusalError (400/422 with the partner's French message),
 * PartnerUnavailableError, PartnerAuthenticationError or PartnerResponseError.
 */
export async function postDraft(config: PartnerApiConfig, body: unknown): Promise<CreatedDraft> {
  const url = `${config.baseUrl}/api/v1/brouillons`;
  let response: Response;
  try {
    response = await httpRequest(url, {
      method: "POST",
      headers: { authorization: `Bearer ${config.apiKey}`, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      timeoutMs: config.timeoutMs ?? DRAFT_TIMEOUT_MS,
      retries: 1,
      retryDelayMs: 200,
      acceptStatuses: [400, 422],
      fetch: config.fetch,
    });
  } catch (error) {
    if (error instanceof HttpStatusError) {
      if (error.status === 401 || error.status === 403) throw new PartnerAuthenticationError(config.partner, error.status);
      if (error.status >= 500) throw new PartnerUnavailableError(config.partner, `HTTP ${error.status}`);
      throw new PartnerResponseError(config.partner, `unexpected HTTP ${error.status} for a draft`);
    }
    if (error instanceof HttpNetworkError) throw new PartnerUnavailableError(config.partner, error.reason, { cause: error });
    throw error;
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new PartnerResponseError(config.partner, `draft answer (HTTP ${response.status}) is not JSON`);
  }
  if (response.status === 400 || response.status === 422) {
    const refusal = refusalSchema.safeParse(json);
    if (!refusal.success) throw new PartnerResponseError(config.partner, `draft refusal (HTTP ${response.status}) without erreur/code`);
    throw new PartnerRefusalError(config.partner, response.status, refusal.data.code, refusal.data.erreur);
  }
  const created = createdSchema.safeParse(json);
  if (!created.success) throw new PartnerResponseError(config.partner, `draft answer: ${created.error.issues[0]?.message ?? "invalid"}`);
  return { id: created.data.id, link: created.data.lien };
}

export function createAdmissionDraft(input: AdmissionDraftInput, config: PartnerApiConfig = viaTrajectoireApiConfig()): Promise<CreatedDraft> {
  return postDraft(config, admissionDraftWire(input));
}

export function createMdphDraft(input: MdphDraftInput, config: PartnerApiConfig = mdphEnLigneApiConfig()): Promise<CreatedDraft> {
  return postDraft(config, mdphDraftWire(input));
}

/** The partner's API configuration for drafts (tests pass their own stand-in's address). */
export function draftApiConfig(partner: PartnerId, overrides: Partial<PartnerApiConfig> = {}): PartnerApiConfig {
  return partner === "via-trajectoire" ? viaTrajectoireApiConfig(overrides) : mdphEnLigneApiConfig(overrides);
}

