import type { z } from "zod";

import type { FollowedRequest, Orientation } from "@/lib/requests/model";

import type { PartnerId } from "./handover";
import type { PartnerApiConfig } from "./json-api";
import { fetchMdphRequest, fetchMdphRequests, mdphEnLigneApiConfig } from "./mdph-en-ligne/client";
import { mapMdphDemande, rightsUnderRequest } from "./mdph-en-ligne/map";
import { mdphDemandeSchema, mdphWebhookSchema } from "./mdph-en-ligne/wire";
import { fetchViaTrajectoireRequest, fetchViaTrajectoireRequests, viaTrajectoireApiConfig } from "./via-trajectoire/client";
import { mapViaTrajectoireDemande, mapViaTrajectoireOrientation } from "./via-trajectoire/map";
import { vtDemandeSchema, vtWebhookSchema } from "./via-trajectoire/wire";

// The two request partners behind one shape, so the dashboard service and the
// webhook receiver handle them alike. Raw records stay typed `unknown` outside
// this file: they are validated with each partner's schema on every read.

export const REQUEST_PARTNERS: readonly PartnerId[] = ["mdph-en-ligne", "via-trajectoire"];

export type MapOptions = {
  today: string;
  handoverUrl: string;
  offerPath: string | null;
  /** Rights other open requests of the same person already ask for (label → request title). */
  rightsUnderRequest?: ReadonlyMap<string, string>;
};

/** One partner request as the wire carries it, with the fields every partner has. */
export type RawRequest = { id: string; personneSub: string; misAJourLe: string; titre: string; etablissement?: { finess: string } };

export type RequestPartner = {
  id: PartnerId;
  defaultApiConfig(): PartnerApiConfig;
  fetchPersonRequests(config: PartnerApiConfig, subject: string): Promise<{ demandes: RawRequest[]; orientations: Orientation[] }>;
  fetchRequest(config: PartnerApiConfig, id: string): Promise<RawRequest | null>;
  /** Validates a stored or received record; undefined when it does not follow the contract. */
  parseRequest(value: unknown): RawRequest | undefined;
  map(raw: RawRequest, options: MapOptions): FollowedRequest;
  /** Rights that some of these requests (one person's) ask for and that are not decided yet: label → request title. */
  rightsUnderRequest(raws: readonly RawRequest[]): Map<string, string>;
  webhookSchema: z.ZodType<{ type: string; date: string; resume: string; demande: RawRequest }>;
};

const mdph: RequestPartner = {
  id: "mdph-en-ligne",
  defaultApiConfig: () => mdphEnLigneApiConfig(),
  async fetchPersonRequests(config, subject) {
    const { demandes } = await fetchMdphRequests(config, subject);
    return { demandes, orientations: [] };
  },
  fetchRequest: fetchMdphRequest,
  parseRequest: (value) => mdphDemandeSchema.safeParse(value).data,
  map: (raw, options) => mapMdphDemande(mdphDemandeSchema.parse(raw), options),
  rightsUnderRequest: (raws) => rightsUnderRequest(raws.map((raw) => mdphDemandeSchema.parse(raw))),
  webhookSchema: mdphWebhookSchema,
};

const viaTrajectoire: RequestPartner = {
  id: "via-trajectoire",
  defaultApiConfig: () => viaTrajectoireApiConfig(),
  async fetchPersonRequests(config, subject) {
    const { demandes, orientations, genereLe } = await fetchViaTrajectoireRequests(config, subject);
    const today = genereLe.slice(0, 10);
    return { demandes, orientations: orientations.map((orientation) => mapViaTrajectoireOrientation(orientation, today)) };
  },
  fetchRequest: fetchViaTrajectoireRequest,
  parseRequest: (value) => vtDemandeSchema.safeParse(value).data,
  map: (raw, options) => mapViaTrajectoireDemande(vtDemandeSchema.parse(raw), options),
  // Admission requests ask for no right: rights are MDPH decisions.
  rightsUnderRequest: () => new Map(),
  webhookSchema: vtWebhookSchema,
};

const PARTNERS: Record<PartnerId, RequestPartner> = { "mdph-en-ligne": mdph, "via-trajectoire": viaTrajectoire };

export function requestPartner(id: PartnerId): RequestPartner {
  return PARTNERS[id];
}

export function isRequestPartnerId(value: string): value is PartnerId {
  return value === "mdph-en-ligne" || value === "via-trajectoire";
}
