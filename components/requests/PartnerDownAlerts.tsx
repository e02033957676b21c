import { Alert } from "@codegouvfr/react-dsfr/Alert";

import { partnerNames } from "@/lib/partners/partner-names";
import { formatDateTime } from "@/lib/format/dates";
import type { PartnerState } from "@/lib/requests/client";

export type PartnerDownAlertsProps = {
  partners: PartnerState[];
  /** "vos démarches", or "les démarches de Jeanne Martin" for an aidant. */
  whose: string;
  /** On one request's page: "cette démarche telle qu'elle était". */
  single?: boolean;
};

/** One banner per partner that did not answer, with the date of the state shown. */
export function PartnerDownAlerts({ partners, whose, single = false }: PartnerDownAlertsProps) {
  const down = partners.filter((state) => !state.available);
  if (down.length === 0) return null;
  return (
    <>
      {down.map((state) => (
        <Alert
          key={state.partner}
          severity="warning"
          small
          className="fr-mb-3w"
          description={
            !state.available && state.lastSuccessAt
              ? `${partnerNames[state.partner]} ne répond pas pour le moment. Voici ${single ? "cette démarche telle qu'elle était" : `${whose} telles qu'elles étaient`} le ${formatDateTime(state.lastSuccessAt)}.`
              : `${partnerNames[state.partner]} ne répond pas pour le moment. ${capitalize(whose)} sur ce service s'afficheront dès qu'il répondra.`
          }
        />
      ))}
    </>
  );
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase("fr") + text.slice(1);
