import { randomInt } from "node:crypto";

import { demoClock } from "../partner-kit/demo-clock";
import { runWhenMain, startRequestsPartner, type PartnerServerOptions, type RunningRequestsPartner } from "../partner-kit/requests-partner";
import { STEPS, createMdphStore, toWire, type MdphRequest, type MdphStore } from "./data";
import { isRightCode, mdphFor, parseMdphDraft, requestFromDraft, type MdphDraft } from "./drafts";
import { LIST_PATH, SIGN_FIELDS, renderDraft, renderRequestDetail, renderRequestList } from "./pages";

// MDPH en ligne stand-in: requests for AAH, PCH, CMI, RQTH and orientation
// and their step, behind its own OIDC sign-in at the identity provider, with
// the JSON API and webhooks of ADR 0006 and the /sandbox controls.

export const MDPH_EN_LIGNE_COOKIE_PREFIX = "mdphel";

export type MdphEnLigneOptions = PartnerServerOptions;

export function startMdphEnLigne(options: MdphEnLigneOptions = {}): Promise<RunningRequestsPartner<MdphStore, MdphDraft>> {
  const clock = demoClock(options.now);
  return startRequestsPartner<MdphRequest, MdphStore, MdphDraft>(
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
      drafts: {
        idPrefix: "MDPHB",
        parse: (body) => parseMdphDraft(body),
        render: (draft, _person, errors) => renderDraft(draft, errors),
        sign: (draft, form, store) => {
          const rights = form.getAll(SIGN_FIELDS.rights).filter(isRightCode);
          const errors = [
            ...(rights.length === 0 ? ["Choisissez au moins un droit ou une prestation à demander."] : []),
            ...(form.get(SIGN_FIELDS.certify) !== "oui" ? ["Cochez la case « Je certifie que ces informations sont exactes » pour déposer la demande."] : []),
          ];
          if (errors.length > 0) return { errors };
          let id: string;
          do id = `MDPH-${mdphFor(draft).departement}-${clock.now().getUTCFullYear()}-${String(randomInt(100_000, 1_000_000))}`;
          while (store.get(id));
          store.add(requestFromDraft(draft, rights, clock, id));
          return { requestIds: [id] };
        },
      },
    },
    options,
  );
}

runWhenMain(import.meta.url, "MDPH en ligne", () => startMdphEnLigne());
