import { randomInt } from "node:crypto";

import { z } from "zod";

import { facts, html, type SafeHtml } from "./html";

// Drafts the portal creates through a partner's API (POST /api/v1/brouillons,
// docs/adr/0011-requests-sent-from-the-portal.md): the administrative part of
// a request, pre-filled from the person's profile, that the person finishes
// and signs on the partner's own pages. A draft is not a request yet: the
// partner's request API never lists it; signing turns it into requests.

/** Identity as the identity provider certifies it, and the contact details the person declared (cerfa 14732 and 15692). */
export const identityAndContactSchema = z.object({
  identite: z.object({
    nomNaissance: z.string().trim().min(1).max(100),
    nomUsage: z.string().trim().max(100).nullable(),
    prenoms: z.string().trim().min(1).max(200),
    dateNaissance: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  }),
  adresse: z.object({ ligne: z.string().trim().min(1).max(200), codePostal: z.string().regex(/^\d{5}$/), commune: z.string().trim().min(1).max(100) }).nullable(),
  telephone: z.string().trim().max(30).nullable(),
  courriel: z.string().trim().max(200).nullable(),
  /** The aidant or legal representative to contact. */
  personneAContacter: z
    .object({ qualite: z.string().trim().min(1).max(80), nom: z.string().trim().min(1).max(200), telephone: z.string().trim().max(30).nullable(), courriel: z.string().trim().max(200).nullable() })
    .nullable(),
});

export type IdentityAndContact = z.infer<typeof identityAndContactSchema>;

/** What every draft carries, whatever the partner. */
export interface StoredDraft {
  id: string;
  personneSub: string;
  /** The portal's own id for the draft: a second POST with the same reference answers the same draft (safe retries). */
  referencePortail: string;
  creeLe: string;
}

/** One partner's drafts, in memory, per server instance. */
export class DraftBook<Draft extends StoredDraft> {
  #drafts = new Map<string, Draft>();

  constructor(private readonly idPrefix: string) {}

  /** Stores a new draft, or answers the one already created for this person and portal reference. */
  create(fields: Omit<Draft, "id" | "creeLe">, now: Date): { draft: Draft; created: boolean } {
    const existing = [...this.#drafts.values()].find((draft) => draft.personneSub === fields.personneSub && draft.referencePortail === fields.referencePortail);
    if (existing) return { draft: existing, created: false };
    let id: string;
    do id = `${this.idPrefix}-${now.getUTCFullYear()}-${String(randomInt(1_000_000)).padStart(6, "0")}`;
    while (this.#drafts.has(id));
    const draft = { ...fields, id, creeLe: now.toISOString() } as Draft;
    this.#drafts.set(id, draft);
    return { draft, created: true };
  }

  /** The person's own draft, or undefined (someone else's draft is as unknown as a missing one). */
  find(id: string, sub: string): Draft | undefined {
    const draft = this.#drafts.get(id);
    return draft?.personneSub === sub ? draft : undefined;
  }

  /** Removes a signed draft. */
  remove(id: string): void {
    this.#drafts.delete(id);
  }

  reset(sub?: string): void {
    if (sub === undefined) return this.#drafts.clear();
    for (const [id, draft] of this.#drafts) if (draft.personneSub === sub) this.#drafts.delete(id);
  }

  all(): Draft[] {
    return [...this.#drafts.values()];
  }
}

/** The pre-filled identity and contact sections, as the person reads them before signing. */
export function identityAndContactFacts(data: IdentityAndContact, formatDate: (iso: string) => string): SafeHtml {
  const { identite, adresse, personneAContacter } = data;
  const missing = "Non renseigné";
  return facts([
    ["Nom de naissance", identite.nomNaissance],
    ["Nom d’usage", identite.nomUsage ?? missing],
    ["Prénoms", identite.prenoms],
    ["Date de naissance", identite.dateNaissance ? formatDate(identite.dateNaissance) : missing],
    ["Adresse", adresse ? html`${adresse.ligne}, ${adresse.codePostal} ${adresse.commune}` : missing],
    ["Téléphone", data.telephone ?? missing],
    ["Courriel", data.courriel ?? missing],
    [
      "Personne à contacter",
      personneAContacter
        ? html`${personneAContacter.nom} (${personneAContacter.qualite})${personneAContacter.telephone ? html`, ${personneAContacter.telephone}` : ""}${personneAContacter.courriel ? html`, ${personneAContacter.courriel}` : ""}`
        : missing,
    ],
  ]);
}

/** Why a draft is not signed yet, above its form (role="alert": read out when the page comes back). */
export function signingErrors(title: string, errors: readonly string[]): SafeHtml | string {
  if (errors.length === 0) return "";
  return html`<div class="fr-alert fr-alert--error fr-mb-4w" role="alert">
  <h2 class="fr-alert__title">${title}</h2>
  <ul>${errors.map((error) => html`<li>${error}</li>`)}</ul>
</div>`;
}

/** The French refusal of a body that does not follow the draft contract, with where it fails. */
export function invalidDraftBody(error: z.ZodError): { erreur: string; code: "corps-invalide"; details: string[] } {
  return {
    erreur: "Le brouillon envoyé est incomplet ou mal formé.",
    code: "corps-invalide",
    details: error.issues.slice(0, 10).map((issue) => `${issue.path.join(".") || "(racine)"} : ${issue.message}`),
  };
}
