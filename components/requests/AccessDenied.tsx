import { Alert } from "@codegouvfr/react-dsfr/Alert";
import { Link } from "@/components/Link";

/** Shown when `pour=` names someone the reader has no active mandate for. */
export function AccessDenied() {
  return (
    <>
      <Alert
        severity="error"
        title="Vous ne pouvez pas consulter les démarches de cette personne"
        description="Aucune autorisation en cours ne vous permet de voir ses démarches. Elle a peut-être retiré votre accès. Demandez-lui de vous inviter de nouveau depuis son espace."
        className="fr-mb-4w"
      />
      <p>
        <Link className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/mes-demarches">
          Revenir à mes démarches
        </Link>
      </p>
    </>
  );
}
