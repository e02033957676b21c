import { randomInt } from "node:crypto";

import { demoClock } from "../partner-kit/demo-clock";
import { runWhenMain, startRequestsPartner, type PartnerServerOptions, type RunningRequestsPartner } from "../partner-kit/requests-partner";
import { TRE_R357, createAdmissionStore, toWire, type AdmissionRequest, type AdmissionStore } from "./data";
import { parseAdmissionDraft, requestsFromDraft, type AdmissionDraft } from "./drafts";
import { LIST_PATH, NEW_REQUEST_PATTERN, SIGN_FIELDS, renderDraft, renderNewRequest, renderRequestDetail, renderRequestList } from "./pages";

// ViaTrajectoire stand-in: admission requests to EHPAD and disability
// establishments, behind its own OIDC sign-in at the identity provider, with
// the JSON API and webhooks of ADR 0006 and the /sandbox controls.

export const VIA_TRAJECTOIRE_COOKIE_PREFIX = "vt";

export type ViaTrajectoireOptions = PartnerServerOptions;

const STATUSES = Object.entries(TRE_R357).map(([code, status]) => ({ code, libelle: status.label }));

export function startViaTrajectoire(options: ViaTrajectoireOptions = {}): Promise<RunningRequestsPartner<AdmissionStore, AdmissionDraft>> {
  const clock = demoClock(options.now);
  return startRequestsPartner<AdmissionRequest, AdmissionStore, AdmissionDraft>(
    {
      configKey: "viaTrajectoire",
      partnerId: "via-trajectoire",
      service: { name: "ViaTrajectoire", tagline: "Demandes d’admission en établissement médico-social", homeHref: LIST_PATH },
      cookiePrefix: VIA_TRAJECTOIRE_COOKIE_PREFIX,
      createStore: createAdmissionStore,
      toWire,
      orientationsFor: (store, sub) => store.orientationsFor(sub),
      states: STATUSES,
      currentState: (request) => ({ code: request.statut.code, libelle: request.statut.display }),
      renderList: renderRequestList,
      renderDetail: renderRequestDetail,
      // The portal's offer pages link here ("Préparer une demande"), by FINESS ET number.
      extraRoutes: [{ pattern: NEW_REQUEST_PATTERN, render: (match) => renderNewRequest(match[1] ?? "") }],
      drafts: {
        idPrefix: "VTB",
        parse: (body) => parseAdmissionDraft(body),
        render: (draft, _person, errors) => renderDraft(draft, errors),
        sign: (draft, form, store) => {
          if (form.get(SIGN_FIELDS.certify) !== "oui") return { errors: ["Cochez la case « Je certifie que ces informations sont exactes » pour signer la demande."] };
          const newId = () => {
            let id: string;
            do id = `VT-${clock.now().getUTCFullYear()}-${String(randomInt(100_000, 1_000_000))}`;
            while (store.get(id));
            return id;
          };
          const requests = requestsFromDraft(draft, clock, newId);
          for (const request of requests) store.add(request);
          return { requestIds: requests.map((request) => request.id) };
        },
      },
    },
    options,
  );
}

runWhenMain(import.meta.url, "ViaTrajectoire", () => startViaTrajectoire());
