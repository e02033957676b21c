import type { PrismaClient } from "@prisma/client";

import { createAuditService } from "@/lib/audit/service";
import { createProfileService } from "@/lib/profile/service";

type Clock = () => Date;

/** Ends one portal session and tells the partners it was handed over to (back-channel logout); must not throw. */
export type EndSession = (sessionId: string) => Promise<void>;

/** Name and version of the export file, so that a person (or another service) knows what they hold. */
export const EXPORT_FORMAT = { format: "portail-autonomie/export-de-compte", version: 1 } as const;

/**
 * Export and deletion of a whole account (RGPD articles 15, 17 and 20). Everything the
 * portal holds about a person is found either by their user id (foreign keys that
 * cascade from User) or by their identity provider subject (the partner copies and
 * the webhook records, keyed by `sub` because partners know the person by it).
 */
export function createAccountService(getPrisma: () => Promise<PrismaClient>, endSession: EndSession, clock: Clock = () => new Date()) {
  const profiles = createProfileService(getPrisma, clock);
  const audit = createAuditService(getPrisma, clock);

  /** Everything the portal holds about the person, as plain JSON; null for an unknown user. */
  async function exportAccount(userId: string) {
    const prisma = await getPrisma();
    const user = await prisma.user.findUnique({ where: { id: userId } });
    if (!user) return null;
    const subject = user.subject;
    const [profile, disclosures, notifications, mandatesGiven, mandatesReceived, accessLog, sessions, partnerRequests, partnerSyncs, mesPairing, mesItems, applications] = await Promise.all([
      profiles.loadProfile(userId),
      audit.listDisclosures(userId),
      prisma.notification.findMany({ where: { recipientUserId: userId }, orderBy: { createdAt: "desc" } }),
      prisma.mandate.findMany({ where: { mandatorId: userId }, include: { aidant: { select: { givenName: true, familyName: true } } }, orderBy: { createdAt: "desc" } }),
      prisma.mandate.findMany({ where: { aidantId: userId }, include: { mandator: { select: { givenName: true, familyName: true } } }, orderBy: { createdAt: "desc" } }),
      prisma.mandateAccessLog.findMany({ where: { mandatorId: userId }, orderBy: { at: "desc" } }),
      prisma.portalSession.findMany({ where: { userId }, include: { handovers: true }, orderBy: { createdAt: "desc" } }),
      prisma.partnerRequest.findMany({ where: { personSubject: subject }, orderBy: { receivedAt: "desc" } }),
      prisma.partnerSync.findMany({ where: { personSubject: subject } }),
      prisma.mesPairing.findUnique({ where: { userId }, select: { flows: true, connectedAt: true, endedAt: true, endedBy: true } }),
      prisma.mesItem.findMany({ where: { userId }, select: { flow: true, title: true, day: true, state: true, sentAt: true }, orderBy: { day: "desc" } }),
      prisma.applicationDraft.findMany({ where: { userId }, orderBy: { createdAt: "desc" } }),
    ]);
    const name = (person: { givenName: string; familyName: string } | null) => (person ? `${person.givenName} ${person.familyName}`.trim() : null);
    return {
      ...EXPORT_FORMAT,
      exportedAt: clock().toISOString(),
      identiteFranceConnect: { identifiant: subject, prenoms: user.givenName, nom: user.familyName, dateDeNaissance: user.birthdate, courriel: user.email, compteCreeLe: user.createdAt },
      profil: profile?.declared ? { ...profile.declared, consentementDonneLe: profile.consentedAt, misAJourLe: profile.updatedAt } : null,
      journalDesPartages: disclosures.map((entry) => ({ le: entry.at, destinataire: entry.recipientName, donnees: entry.what, motif: entry.purpose, reference: entry.reference, par: entry.actor })),
      notifications: notifications.map(({ title, body, link, partner, externalId, createdAt, readAt, emailedAt }) => ({ title, body, link, partner, externalId, createdAt, readAt, emailedAt })),
      // Invitation code hashes are left out: they are secrets of the invitation, not data about the person.
      aidantsAutorises: mandatesGiven.map((mandate) => ({ aidant: name(mandate.aidant) ?? mandate.aidantLabel, nomDonne: mandate.aidantLabel, autorisations: mandate.scopes, creeLe: mandate.createdAt, accepteLe: mandate.acceptedAt, retireLe: mandate.revokedAt })),
      personnesAidees: mandatesReceived.map((mandate) => ({ personne: name(mandate.mandator), autorisations: mandate.scopes, accepteLe: mandate.acceptedAt, retireLe: mandate.revokedAt })),
      journalDesAccesDesAidants: accessLog.map(({ aidantId, action, target, at }) => ({ aidantId, action, cible: target, le: at })),
      // Session ids are left out: they are bearer secrets, even once ended.
      sessions: sessions.map((session) => ({ ouverteLe: session.createdAt, derniereActiviteLe: session.lastSeenAt, fermeeLe: session.endedAt, motifDeFin: session.endReason, partenairesOuverts: session.handovers.map((handover) => ({ partenaire: handover.partner, premiereFois: handover.firstAt, derniereFois: handover.lastAt })) })),
      demarchesSuivies: partnerRequests.map(({ partner, externalId, payload, partnerUpdatedAt, receivedAt }) => ({ partenaire: partner, numero: externalId, copie: payload, misAJourChezLePartenaire: partnerUpdatedAt, recueLe: receivedAt })),
      demandesPreparees: applications.map(({ partner, choices, status, partnerDraftId, sentData, sentAt, createdAt }) => ({ partenaire: partner, choix: choices, etat: status, brouillonChezLePartenaire: partnerDraftId, donneesEnvoyees: sentData, envoyeeLe: sentAt, creeeLe: createdAt })),
      // Tokens are left out: they are bearer secrets.
      monEspaceSante: mesPairing ? { fluxAcceptes: mesPairing.flows, relieLe: mesPairing.connectedAt, finLe: mesPairing.endedAt, finPar: mesPairing.endedBy, envois: mesItems.map(({ flow, title, day, state, sentAt }) => ({ flux: flow, titre: title, jour: day, etat: state, envoyeLe: sentAt })) } : null,
      lecturesDesPartenaires: partnerSyncs.map(({ partner, lastSuccessAt, lastFailureAt }) => ({ partenaire: partner, derniereReussite: lastSuccessAt, dernierEchec: lastFailureAt })),
    };
  }

  /**
   * Signs the person out everywhere (each open session ends with back-channel logout
   * to the partners), then deletes the account and everything derived in one
   * transaction. False for an unknown user (already deleted: nothing to do).
   */
  async function deleteAccount(userId: string): Promise<boolean> {
    const prisma = await getPrisma();
    const user = await prisma.user.findUnique({ where: { id: userId }, select: { subject: true } });
    if (!user) return false;
    const open = await prisma.portalSession.findMany({ where: { userId, endedAt: null }, select: { id: true } });
    // Partners first: once the rows are gone, their sid and hand-overs are gone too.
    await Promise.all(open.map((session) => endSession(session.id)));
    const subject = user.subject;
    await prisma.$transaction([
      // Keyed by subject (no foreign key: partners know the person by `sub`).
      prisma.notification.deleteMany({ where: { personSubject: subject } }),
      prisma.partnerRequest.deleteMany({ where: { personSubject: subject } }),
      prisma.partnerSync.deleteMany({ where: { personSubject: subject } }),
      prisma.webhookDelivery.deleteMany({ where: { personSubject: subject } }),
      // Abuse counters keyed "<limit>:<user id>".
      prisma.rateLimit.deleteMany({ where: { key: { endsWith: `:${userId}` } } }),
      // Keyed by user id without a foreign key (lib/mes): the pairing, its pending authorizations and what was sent.
      prisma.mesItem.deleteMany({ where: { userId } }),
      prisma.mesAuthorization.deleteMany({ where: { userId } }),
      prisma.mesPairing.deleteMany({ where: { userId } }),
      // Everything else cascades from User: profile, sessions and hand-overs, notifications,
      // mandates given and received with their access logs, the data-sharing log.
      prisma.user.delete({ where: { id: userId } }),
    ]);
    return true;
  }

  return { exportAccount, deleteAccount };
}

export type AccountService = ReturnType<typeof createAccountService>;
export type AccountExport = NonNullable<Awaited<ReturnType<AccountService["exportAccount"]>>>;
