import type { RunningServer } from "../partner-kit/http";
import { runWhenMain, startRequestsPartner, type PartnerServerOptions } from "../partner-kit/requests-partner";
import { findMdphRequest, mdphRequestsFor } from "./data";
import { LIST_PATH, renderRequestDetail, renderRequestList } from "./pages";

// MDPH en ligne stand-in: requests for AAH, PCH, CMI and RQTH and their step,
// behind its own OIDC sign-in at the identity provider.

export const MDPH_EN_LIGNE_COOKIE_PREFIX = "mdphel";

export type MdphEnLigneOptions = PartnerServerOptions;

export function startMdphEnLigne(options: MdphEnLigneOptions = {}): Promise<RunningServer> {
  return startRequestsPartner(
    {
      configKey: "mdphEnLigne",
      service: { name: "MDPH en ligne", tagline: "Vos demandes auprès de la maison départementale des personnes handicapées", homeHref: LIST_PATH },
      cookiePrefix: MDPH_EN_LIGNE_COOKIE_PREFIX,
      listRequests: mdphRequestsFor,
      findRequest: findMdphRequest,
      renderList: renderRequestList,
      renderDetail: renderRequestDetail,
    },
    options,
  );
}

runWhenMain(import.meta.url, "MDPH en ligne", () => startMdphEnLigne());
