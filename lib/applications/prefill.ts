import type { DraftIdentityAndContact } from "@/lib/partners/drafts";
import { livingSituationLabels, type ContactRole, type Profile } from "@/lib/profile/model";

import type { ApplicationPartner, SentField } from "./model";

// "Dites-le nous une fois": the administrative part of a request, pre-filled
// from the profile (identity from FranceConnect, the rest as the person
// declared it). The same function gives what is sent, what the review page
// lists and what the data-sharing log records, so they cannot disagree.

const contactRoles: Record<ContactRole, string> = { aidant: "Aidant", "representant-legal": "Représentant légal" };

export type Prefill = {
  identityAndContact: DraftIdentityAndContact;
  livingSituation: string | null;
  pensionFund: string | null;
  /** What the person reads before sending, in the order of the form. */
  fields: SentField[];
  /** For the data-sharing log, e.g. « identité, adresse, téléphone, courriel ». */
  disclosed: string;
  /** The profile holds nothing declared yet: only the FranceConnect identity would be sent. */
  profileMissing: boolean;
};

export function prefillFromProfile(profile: Pick<Profile, "identity" | "declared">, partner: ApplicationPartner): Prefill {
  const { identity, declared } = profile;
  const email = declared?.email ?? identity.email;
  const contact = declared?.contact ?? null;
  const identityAndContact: DraftIdentityAndContact = {
    identity: { birthName: identity.familyName, usageName: null, givenNames: identity.givenName, birthdate: identity.birthdate },
    address: declared ? { ...declared.address } : null,
    phone: declared?.phone ?? null,
    email,
    contact: contact ? { role: contactRoles[contact.role], name: contact.name, phone: contact.phone, email: contact.email } : null,
  };
  // Living situation and pension fund belong to the admission file (cerfa 14732), not to the MDPH identity sections.
  const admission = partner === "via-trajectoire";
  const livingSituation = admission && declared ? livingSituationLabels[declared.livingSituation] : null;
  const pensionFund = admission ? (declared?.caisseRetraite ?? null) : null;

  const fields: SentField[] = [
    { label: "Nom", value: identity.familyName, source: "FranceConnect" },
    { label: "Prénoms", value: identity.givenName, source: "FranceConnect" },
    ...(identity.birthdate ? [{ label: "Date de naissance", value: identity.birthdate.split("-").reverse().join("/"), source: "FranceConnect" as const }] : []),
    ...(declared ? [{ label: "Adresse", value: `${declared.address.line}, ${declared.address.postcode} ${declared.address.city}`, source: "profil" as const }] : []),
    ...(declared?.phone ? [{ label: "Téléphone", value: declared.phone, source: "profil" as const }] : []),
    ...(email ? [{ label: "Courriel", value: email, source: declared?.email ? ("profil" as const) : ("FranceConnect" as const) }] : []),
    ...(livingSituation ? [{ label: "Situation de vie", value: livingSituation, source: "profil" as const }] : []),
    ...(pensionFund ? [{ label: "Caisse de retraite", value: pensionFund, source: "profil" as const }] : []),
    ...(contact
      ? [{ label: "Personne à contacter", value: [`${contact.name} (${contactRoles[contact.role].toLowerCase()})`, contact.phone, contact.email].filter(Boolean).join(", "), source: "profil" as const }]
      : []),
  ];
  const disclosed = [
    "identité",
    declared ? "adresse" : null,
    declared?.phone ? "téléphone" : null,
    email ? "courriel" : null,
    livingSituation ? "situation de vie" : null,
    pensionFund ? "caisse de retraite" : null,
    contact ? "personne à contacter" : null,
  ]
    .filter((part): part is string => part !== null)
    .join(", ");
  return { identityAndContact, livingSituation, pensionFund, fields, disclosed, profileMissing: declared === null };
}
