import { Alert } from "@codegouvfr/react-dsfr/Alert";
import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { ApplicationAlert } from "@/components/applications/ApplicationAlert";
import { PageLayout } from "@/components/PageLayout";
import { ADMISSION_FIELDS, applicationMessage, listCandidates, MAX_ESTABLISHMENTS, STAY_TYPES, stayLabels, type AdmissionField } from "@/lib/applications";
import { errorContext, logger } from "@/lib/logger";
import { pageMetadata } from "@/lib/seo";

import { withApplicant } from "../applicant-gate";

export const metadata: Metadata = pageMetadata({ title: "Demander une place", description: "Choisissez jusqu'à quatre établissements, le type de séjour et la date souhaitée : le portail prépare votre demande d'admission pour ViaTrajectoire.", path: "/demander/place" });

export type AdmissionStepPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Demander une place";
const LEAD = "Choisissez les établissements, le type de séjour et la date souhaitée. Vous relirez ensuite ce qui sera envoyé à ViaTrajectoire.";
const parents = [{ label: "Mes démarches", href: "/mes-demarches" }];

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter((item) => item.trim() !== "").slice(0, 20);
const first = (value: string | string[] | undefined) => list(value)[0] ?? "";

const FIELD_MESSAGES: Record<AdmissionField, string> = {
  etablissements: `Choisissez entre 1 et ${MAX_ESTABLISHMENTS} établissements.`,
  sejour: "Choisissez le type de séjour.",
  date: "Indiquez une date souhaitée à venir, dans les deux ans.",
};

/** Step one: which establishments (from the offer page or the comparison), which stay, from when. A GET page and a POST form, without JavaScript. */
export default async function AdmissionStepPage({ searchParams }: AdmissionStepPageProps) {
  const params = await searchParams;
  const offerIds = [...new Set(list(params.offres))].slice(0, MAX_ESTABLISHMENTS);
  const query = new URLSearchParams(offerIds.map((id) => ["offres", id]));
  const gate = {
    title: TITLE,
    parents,
    lead: LEAD,
    signedOutText: "Connectez-vous pour préparer votre demande : le portail la pré-remplit avec les informations de votre profil.",
    callbackUrl: `/demander/place?${query.toString()}`,
  };
  return withApplicant(first(params.pour) || undefined, gate, async (applicant) => {
  let loaded: Awaited<ReturnType<typeof listCandidates>> | null = null;
  try {
    loaded = await listCandidates(offerIds);
  } catch (error) {
    logger.error("Could not read the establishments of an admission request", errorContext(error));
  }
  const champs = first(params.champs).split(",");
  const errors = ADMISSION_FIELDS.filter((field) => champs.includes(field));
  const chosen = list(params.choisis);
  const stay = first(params.sejour);
  const date = first(params.date);
  const accepted = loaded?.candidates.filter((candidate) => candidate.accepted) ?? [];
  const refused = loaded?.candidates.filter((candidate) => !candidate.accepted) ?? [];
  const fieldError = (field: AdmissionField) => (errors.includes(field) ? FIELD_MESSAGES[field] : undefined);
  return (
    <PageLayout title={TITLE} parents={parents} lead={applicant.self ? LEAD : `Vous préparez une demande pour ${applicant.viewed.name}. Elle devra la signer elle-même sur ViaTrajectoire.`}>
      {errors.length > 0 ? (
        <div className="fr-alert fr-alert--error fr-mb-4w" role="alert">
          <h2 className="fr-alert__title">Le formulaire est incomplet</h2>
          <ul>
            {errors.map((field) => (
              <li key={field}>
                <a href={`#champ-${field}`}>{FIELD_MESSAGES[field]}</a>
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ApplicationAlert message={applicationMessage({ erreur: first(params.erreur) })} />
      )}
      {loaded === null ? <Alert severity="error" title="Service momentanément indisponible" description="Les établissements ne peuvent pas être lus pour le moment. Réessayez dans quelques minutes." className="fr-mb-4w" /> : null}
      {loaded && loaded.missing > 0 ? <Alert severity="warning" small description={`${loaded.missing} établissement(s) demandé(s) n'existe(nt) pas dans l'annuaire.`} className="fr-mb-3w" /> : null}
      {refused.length > 0 ? (
        <Alert
          severity="info"
          small
          className="fr-mb-3w"
          description={`Les demandes d'admission pour ${refused.map((candidate) => `${candidate.name} (${candidate.typeLabel})`).join(", ")} ne passent pas par ViaTrajectoire : contactez directement la structure.`}
        />
      ) : null}
      {loaded && accepted.length === 0 ? (
        <>
          <p>Aucun établissement choisi ne reçoit de demande d&apos;admission par ViaTrajectoire.</p>
          <p>
            <Link className="fr-link" href="/recherche">
              Chercher un établissement
            </Link>
          </p>
        </>
      ) : null}
      {accepted.length > 0 ? (
        <form method="post" action="/api/demandes-preparees" noValidate>
          <input type="hidden" name="type" value="place" />
          {applicant.pour ? <input type="hidden" name="pour" value={applicant.pour} /> : null}
          {offerIds.map((id) => (
            <input key={id} type="hidden" name="offres" value={id} />
          ))}
          <fieldset
            id="champ-etablissements"
            className={`fr-fieldset${fieldError("etablissements") ? " fr-fieldset--error" : ""}`}
            aria-labelledby={`etablissements-legende${fieldError("etablissements") ? " etablissements-erreur" : ""}`}
          >
            <legend className="fr-fieldset__legend" id="etablissements-legende">
              Établissements demandés
              <span className="fr-hint-text">{`${MAX_ESTABLISHMENTS} au plus. La même demande leur sera envoyée.`}</span>
            </legend>
            {accepted.map((candidate, index) => (
              <div key={candidate.offerId} className="fr-fieldset__element">
                <div className="fr-checkbox-group">
                  <input
                    type="checkbox"
                    id={`etablissement-${index}`}
                    name="etablissements"
                    value={candidate.offerId}
                    defaultChecked={chosen.length === 0 || chosen.includes(candidate.offerId)}
                  />
                  <label className="fr-label" htmlFor={`etablissement-${index}`}>
                    {candidate.name}
                    <span className="fr-hint-text">{`${candidate.typeLabel}${candidate.place ? `, ${candidate.place}` : ""}`}</span>
                  </label>
                </div>
              </div>
            ))}
            {fieldError("etablissements") ? (
              <p className="fr-message fr-message--error" id="etablissements-erreur">
                {fieldError("etablissements")}
              </p>
            ) : null}
          </fieldset>
          <fieldset id="champ-sejour" className={`fr-fieldset${fieldError("sejour") ? " fr-fieldset--error" : ""}`} aria-labelledby={`sejour-legende${fieldError("sejour") ? " sejour-erreur" : ""}`}>
            <legend className="fr-fieldset__legend" id="sejour-legende">
              Type de séjour
            </legend>
            {STAY_TYPES.map((type) => (
              <div key={type} className="fr-fieldset__element">
                <div className="fr-radio-group">
                  <input type="radio" id={`sejour-${type}`} name="sejour" value={type} defaultChecked={stay === type} />
                  <label className="fr-label" htmlFor={`sejour-${type}`}>
                    {stayLabels[type]}
                  </label>
                </div>
              </div>
            ))}
            {fieldError("sejour") ? (
              <p className="fr-message fr-message--error" id="sejour-erreur">
                {fieldError("sejour")}
              </p>
            ) : null}
          </fieldset>
          <div id="champ-date" className={`fr-input-group${fieldError("date") ? " fr-input-group--error" : ""}`}>
            <label className="fr-label" htmlFor="date">
              Date d&apos;entrée souhaitée
              <span className="fr-hint-text">Au format jj/mm/aaaa. L&apos;établissement vous dira quand une place peut se libérer.</span>
            </label>
            <input className={`fr-input${fieldError("date") ? " fr-input--error" : ""}`} type="date" id="date" name="date" defaultValue={date} aria-describedby={fieldError("date") ? "date-erreur" : undefined} />
            {fieldError("date") ? (
              <p className="fr-error-text" id="date-erreur">
                {fieldError("date")}
              </p>
            ) : null}
          </div>
          <button className="fr-btn" type="submit">
            Continuer : relire la demande
          </button>
        </form>
      ) : null}
    </PageLayout>
  );
  });
}
