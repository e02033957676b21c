import { runWhenMain, startRequestsPartner, type PartnerServerOptions, type RunningRequestsPartner } from "../partner-kit/requests-partner";
import { STEPS, createMdphStore, toWire, type MdphStore } from "./data";
import { LIST_PATH, renderRequestDetail, renderRequestList } from "./pages";

// MDPH en ligne stand-in: requests for AAH, PCH, CMI, RQTH and orientation
// and their step, behind its own OIDC sign-in at the identity provider, with
// the JSON API and webhooks of ADR 0006 and the /sandbox controls.

export const MDPH_EN_LIGNE_COOKIE_PREFIX = "mdphel";

export type MdphEnLigneOptions = PartnerServerOptions;

export function startMdphEnLigne(options: MdphEnLigneOptions = {}): Promise<RunningRequestsPartner<MdphStore>> {
  return startRequestsPartner(
    {
      configKey: "mdphEnLigne",
      partnerId: "mdph-en-ligne",
      service: { name: "MDPH en ligne", tagline: "Vos demandes auprès de la maison départementale des personnes handicapées", homeHref: LIST_PATH },
      cookiePrefix: MDPH_EN_LIGNE_COOKIE_PREFIX,
      createStore: createMdphStore,
      toWire,
      states: STEPS,
      currentState: (request) => request.etape,
      renderList: renderRequestList,
      renderDetail: renderRequestDetail,
    },
    options,
  );
}

runWhenMain(import.meta.url, "MDPH en ligne", () => startMdphEnLigne());
