import type { RunningServer } from "../partner-kit/http";
import { runWhenMain, startRequestsPartner, type PartnerServerOptions } from "../partner-kit/requests-partner";
import { admissionRequestsFor, findAdmissionRequest } from "./data";
import { LIST_PATH, renderRequestDetail, renderRequestList } from "./pages";

// ViaTrajectoire stand-in: admission requests to EHPAD and disability
// establishments, behind its own OIDC sign-in at the identity provider.

export const VIA_TRAJECTOIRE_COOKIE_PREFIX = "vt";

export type ViaTrajectoireOptions = PartnerServerOptions;

export function startViaTrajectoire(options: ViaTrajectoireOptions = {}): Promise<RunningServer> {
  return startRequestsPartner(
    {
      configKey: "viaTrajectoire",
      service: { name: "ViaTrajectoire", tagline: "Demandes d’admission en établissement médico-social", homeHref: LIST_PATH },
      cookiePrefix: VIA_TRAJECTOIRE_COOKIE_PREFIX,
      listRequests: admissionRequestsFor,
      findRequest: findAdmissionRequest,
      renderList: renderRequestList,
      renderDetail: renderRequestDetail,
    },
    options,
  );
}

runWhenMain(import.meta.url, "ViaTrajectoire", () => startViaTrajectoire());
