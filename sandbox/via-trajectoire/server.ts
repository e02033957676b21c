import { runWhenMain, startRequestsPartner, type PartnerServerOptions, type RunningRequestsPartner } from "../partner-kit/requests-partner";
import { TRE_R357, createAdmissionStore, toWire, type AdmissionStore } from "./data";
import { LIST_PATH, NEW_REQUEST_PATTERN, renderNewRequest, renderRequestDetail, renderRequestList } from "./pages";

// ViaTrajectoire stand-in: admission requests to EHPAD and disability
// establishments, behind its own OIDC sign-in at the identity provider, with
// the JSON API and webhooks of ADR 0006 and the /sandbox controls.

export const VIA_TRAJECTOIRE_COOKIE_PREFIX = "vt";

export type ViaTrajectoireOptions = PartnerServerOptions;

const STATUSES = Object.entries(TRE_R357).map(([code, status]) => ({ code, libelle: status.label }));

export function startViaTrajectoire(options: ViaTrajectoireOptions = {}): Promise<RunningRequestsPartner<AdmissionStore>> {
  return startRequestsPartner(
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
    },
    options,
  );
}

runWhenMain(import.meta.url, "ViaTrajectoire", () => startViaTrajectoire());
