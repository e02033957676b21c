import { z } from "zod";

// Pure model of the data-sharing log (client-safe: no database, no environment).
// Each time the portal sends a person's data to a partner, one entry says what,
// to whom, why, when and who triggered it (the person or an aidant with a mandate).

/** Partners the portal may send personal data to; add a key here when a new partner receives data. */
export const DISCLOSURE_RECIPIENTS = ["via-trajectoire", "mdph-en-ligne", "mon-espace-sante"] as const;
export type DisclosureRecipient = (typeof DISCLOSURE_RECIPIENTS)[number];

export const recipientNames: Record<DisclosureRecipient, string> = {
  "via-trajectoire": "ViaTrajectoire",
  "mdph-en-ligne": "MDPH en ligne",
  "mon-espace-sante": "Mon espace santé",
};

const id = z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** What a caller records; `what` and `purpose` are short French phrases shown as they are to the person. */
export const disclosureEntrySchema = z.object({
  /** The person whose data was sent. */
  userId: id,
  /** Who triggered the sending: the person themself, or an aidant acting under a mandate. */
  actorUserId: id,
  recipient: z.enum(DISCLOSURE_RECIPIENTS),
  /** e.g. « identité, adresse, téléphone ». */
  what: z.string().trim().min(1).max(300),
  /** e.g. « demande d'admission en EHPAD ». */
  purpose: z.string().trim().min(1).max(200),
  /** The partner's id of what was created (e.g. the draft id), when there is one. */
  reference: z.string().trim().min(1).max(100).optional(),
  /** Defaults to the service clock. */
  at: z.date().optional(),
});
export type DisclosureEntry = z.input<typeof disclosureEntrySchema>;

/** Who triggered a sending, as shown to the person. */
export type DisclosureActor =
  | { kind: "personne" }
  | { kind: "aidant"; name: string }
  /** The aidant's account was deleted since: the entry stays in the person's log without their name. */
  | { kind: "compte-supprime" };

export type DisclosureView = {
  id: string;
  at: Date;
  recipient: DisclosureRecipient;
  recipientName: string;
  what: string;
  purpose: string;
  reference: string | null;
  actor: DisclosureActor;
};

/** « Vous », « Marc Bernard (aidant) »… for the log's "par qui" column. */
export function describeActor(actor: DisclosureActor): string {
  switch (actor.kind) {
    case "personne":
      return "Vous";
    case "aidant":
      return `${actor.name} (aidant)`;
    case "compte-supprime":
      return "Un aidant (compte supprimé depuis)";
  }
}

/** Recipient name for a stored key; an unknown key (removed partner) is shown as it is rather than hidden. */
export function recipientName(key: string): string {
  return (recipientNames as Record<string, string>)[key] ?? key;
}
