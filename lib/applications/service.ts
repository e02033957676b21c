import type { Prisma, PrismaClient } from "@prisma/client";

import { createAuditService } from "@/lib/audit";
import { logger } from "@/lib/logger";
import { createMandateService, type ViewedPerson } from "@/lib/mandates";
import { createAdmissionDraft, createMdphDraft, draftApiConfig, PartnerRefusalError } from "@/lib/partners/drafts";
import { isPartnerError } from "@/lib/partners/errors";
import type { PartnerApiConfig } from "@/lib/partners/json-api";
import { createProfileService } from "@/lib/profile";
import { getOfferDetails } from "@/lib/search";

import { acceptsAdmissionRequest, ApplicationError, type AdmissionChoices, type ApplicationChoices, type ApplicationPartner, type ApplicationStatus, type ApplicationView, type ChosenEstablishment, type StayType } from "./model";
import { prefillFromProfile, type Prefill } from "./prefill";

/** Who acts: the person themself, or an aidant whose mandate has the "preparer-demandes" scope (checked by the caller). */
export type Actor = { viewed: ViewedPerson; actorUserId: string };

/** An establishment offered in step one, with whether the portal can send a request for it. */
export type Candidate = { offerId: string; name: string; typeLabel: string; place: string; accepted: boolean };

export type SendOutcome =
  | { kind: "sent"; partner: ApplicationPartner; partnerDraftId: string; byAidant: boolean }
  | { kind: "unavailable" }
  | { kind: "refused"; message: string };

export type ApplicationServiceOptions = {
  getPrisma: () => Promise<PrismaClient>;
  clock?: () => Date;
  /** The partners' API (tests point it at their own stand-ins). */
  partnerConfig?: (partner: ApplicationPartner) => PartnerApiConfig;
};

const PURPOSES: Record<ApplicationPartner, string> = {
  "via-trajectoire": "demande d'admission en établissement (brouillon à signer)",
  "mdph-en-ligne": "nouvelle demande à la MDPH (brouillon à signer)",
};

type Row = Prisma.ApplicationDraftGetPayload<{ include: { actor: true } }>;

function toView(row: Row): ApplicationView {
  return {
    id: row.id,
    partner: row.partner as ApplicationPartner,
    choices: row.choices as ApplicationChoices,
    status: row.status as ApplicationStatus,
    attempts: row.attempts,
    lastAttemptAt: row.lastAttemptAt,
    refusal: row.refusal,
    partnerDraftId: row.partnerDraftId,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
    preparedBy: row.actor && row.actorUserId !== row.userId ? `${row.actor.givenName} ${row.actor.familyName}`.trim() : null,
  };
}

const placeOf = (offer: { location: { postalCode: string | null; city: string | null } | null }) => [offer.location?.postalCode, offer.location?.city].filter(Boolean).join(" ");

/** Every rule of the requests sent from the portal, over a Prisma client given by the caller. */
export function createApplicationService({ getPrisma, clock = () => new Date(), partnerConfig = (partner) => draftApiConfig(partner) }: ApplicationServiceOptions) {
  const audit = createAuditService(getPrisma, clock);
  const mandates = createMandateService(getPrisma, clock);
  const profiles = createProfileService(getPrisma, clock);

  /** The offers of step one, re-read from the catalogue (unknown ids are left out and counted). */
  async function listCandidates(offerIds: readonly string[]): Promise<{ candidates: Candidate[]; missing: number }> {
    const prisma = await getPrisma();
    const found = await Promise.all(offerIds.map((id) => getOfferDetails(prisma, id)));
    const candidates = found.flatMap((offer) =>
      offer ? [{ offerId: offer.id, name: offer.name, typeLabel: offer.typeLabel, place: placeOf(offer), accepted: acceptsAdmissionRequest(offer.typeSlug, offer.structure.finessEt) }] : [],
    );
    return { candidates, missing: found.filter((offer) => offer === null).length };
  }

  /** The chosen establishments from the catalogue, never from the form: a tampered or unhandled id refuses the whole request. */
  async function chosenEstablishments(offerIds: readonly string[]): Promise<ChosenEstablishment[]> {
    const prisma = await getPrisma();
    const chosen: ChosenEstablishment[] = [];
    for (const id of offerIds) {
      const offer = await getOfferDetails(prisma, id);
      if (!offer) throw new ApplicationError("offre-inconnue", `offer ${JSON.stringify(id.slice(0, 80))} is not in the catalogue`);
      const finessEt = offer.structure.finessEt;
      if (finessEt === null || !acceptsAdmissionRequest(offer.typeSlug, finessEt)) {
        throw new ApplicationError("offre-non-geree", `offer ${offer.id} (${offer.typeSlug}) is not an admission ViaTrajectoire handles`);
      }
      chosen.push({ offerId: offer.id, name: offer.name, finessEt, place: placeOf(offer) });
    }
    return chosen;
  }

  async function create(actor: Actor, partner: ApplicationPartner, choices: ApplicationChoices): Promise<{ id: string }> {
    const prisma = await getPrisma();
    const row = await prisma.applicationDraft.create({
      data: { userId: actor.viewed.userId, actorUserId: actor.actorUserId, partner, choices: choices as Prisma.InputJsonValue, status: "a-envoyer" },
    });
    await mandates.recordAccess(actor.viewed, actor.actorUserId, "preparation-demande");
    return { id: row.id };
  }

  async function prepareAdmission(actor: Actor, input: { offerIds: readonly string[]; stay: StayType; wishedDate: string }): Promise<{ id: string }> {
    const establishments = await chosenEstablishments(input.offerIds);
    const choices: AdmissionChoices = { kind: "admission", establishments, stay: input.stay, wishedDate: input.wishedDate };
    return create(actor, "via-trajectoire", choices);
  }

  function prepareMdph(actor: Actor): Promise<{ id: string }> {
    return create(actor, "mdph-en-ligne", { kind: "mdph" });
  }

  async function findRow(userId: string, id: string): Promise<Row | null> {
    if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return null;
    const prisma = await getPrisma();
    return prisma.applicationDraft.findFirst({ where: { id, userId }, include: { actor: true } });
  }

  /** The person's prepared requests, most recent first. */
  async function list(userId: string): Promise<ApplicationView[]> {
    const prisma = await getPrisma();
    const rows = await prisma.applicationDraft.findMany({ where: { userId }, include: { actor: true }, orderBy: { createdAt: "desc" }, take: 50 });
    return rows.map(toView);
  }

  async function prefillFor(userId: string, partner: ApplicationPartner): Promise<Prefill> {
    const profile = await profiles.loadProfile(userId);
    if (!profile) throw new ApplicationError("introuvable", `no user ${userId}`);
    return prefillFromProfile(profile, partner);
  }

  /** One prepared request of the person, with exactly what sending it now would send; null when it is not theirs. */
  async function load(userId: string, id: string): Promise<{ application: ApplicationView; prefill: Prefill } | null> {
    const row = await findRow(userId, id);
    if (!row) return null;
    const application = toView(row);
    return { application, prefill: await prefillFor(userId, application.partner) };
  }

  async function send(actor: Actor, id: string): Promise<SendOutcome> {
    const { viewed, actorUserId } = actor;
    const row = await findRow(viewed.userId, id);
    if (!row) throw new ApplicationError("introuvable", `no application ${id} for user ${viewed.userId}`);
    const application = toView(row);
    const byAidant = actorUserId !== viewed.userId;
    if (application.status === "envoyee" && application.partnerDraftId) return { kind: "sent", partner: application.partner, partnerDraftId: application.partnerDraftId, byAidant };

    const prefill = await prefillFor(viewed.userId, application.partner);
    const prisma = await getPrisma();
    const attempt = { attempts: { increment: 1 }, lastAttemptAt: clock() };
    let draftId: string;
    try {
      const config = partnerConfig(application.partner);
      const { choices } = application;
      // The portal's own id makes the partner answer the same draft if an earlier answer was lost.
      const created =
        choices.kind === "admission"
          ? await createAdmissionDraft(
              {
                personSubject: viewed.subject,
                portalReference: row.id,
                finessEt: choices.establishments.map((establishment) => establishment.finessEt),
                stay: choices.stay,
                wishedDate: choices.wishedDate,
                administrative: { ...prefill.identityAndContact, livingSituation: prefill.livingSituation, pensionFund: prefill.pensionFund },
              },
              config,
            )
          : await createMdphDraft({ personSubject: viewed.subject, portalReference: row.id, administrative: prefill.identityAndContact }, config);
      draftId = created.id;
    } catch (error) {
      if (error instanceof PartnerRefusalError) {
        logger.warn("Application refused by the partner", { applicationId: row.id, partner: error.partner, status: error.status, code: error.code });
        await prisma.applicationDraft.update({ where: { id: row.id }, data: { ...attempt, status: "refusee", refusal: error.frenchMessage, lastError: error.message } });
        return { kind: "refused", message: error.frenchMessage };
      }
      if (!isPartnerError(error)) throw error;
      // Down, misconfigured or off-contract: the person can only try later; the request stays here, unchanged.
      const log = error.name === "PartnerUnavailableError" ? logger.warn : logger.error;
      log("Application not sent: partner did not accept it", { applicationId: row.id, partner: application.partner, error: error.message });
      await prisma.applicationDraft.update({ where: { id: row.id }, data: { ...attempt, status: "a-envoyer", lastError: error.message.slice(0, 500) } });
      return { kind: "unavailable" };
    }
    const what = application.choices.kind === "admission" ? `${prefill.disclosed}, établissements, type de séjour et date souhaitée` : prefill.disclosed;
    await prisma.applicationDraft.update({
      where: { id: row.id },
      data: { ...attempt, status: "envoyee", partnerDraftId: draftId, sentAt: clock(), sentData: prefill.fields as Prisma.InputJsonValue, refusal: null, lastError: null },
    });
    await audit.recordDisclosure({ userId: viewed.userId, actorUserId, recipient: application.partner, what, purpose: PURPOSES[application.partner], reference: draftId });
    await mandates.recordAccess(viewed, actorUserId, "preparation-demande", `${application.partner}/${draftId}`);
    logger.info("Application sent as a partner draft", { applicationId: row.id, partner: application.partner, partnerDraftId: draftId, byAidant });
    return { kind: "sent", partner: application.partner, partnerDraftId: draftId, byAidant };
  }

  /** Deletes a request that was never accepted by the partner. */
  async function remove(actor: Actor, id: string): Promise<void> {
    const row = await findRow(actor.viewed.userId, id);
    if (!row) throw new ApplicationError("introuvable", `no application ${id} for user ${actor.viewed.userId}`);
    if (row.status === "envoyee") throw new ApplicationError("deja-envoyee", `application ${id} was already sent`);
    const prisma = await getPrisma();
    await prisma.applicationDraft.delete({ where: { id: row.id } });
  }

  return { listCandidates, prepareAdmission, prepareMdph, list, load, send, remove };
}

export type ApplicationService = ReturnType<typeof createApplicationService>;
