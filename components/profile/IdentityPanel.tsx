import { formatCalendarDate } from "@/lib/format/dates";
import type { FranceConnectIdentity } from "@/lib/profile/model";

// FranceConnect sends YYYY-MM-DD; anything else is shown as received rather than hidden.
function birthdate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatCalendarDate(value) : value;
}

export type IdentityPanelProps = { identity: FranceConnectIdentity };

/** The identity FranceConnect gives: shown as such, never a form field, so nobody expects to change it here. */
export function IdentityPanel({ identity }: IdentityPanelProps) {
  const facts: Array<[string, string]> = [
    ["Prénoms", identity.givenName || "Non transmis"],
    ["Nom", identity.familyName || "Non transmis"],
    ["Date de naissance", identity.birthdate ? birthdate(identity.birthdate) : "Non transmise"],
    ["Adresse électronique", identity.email ?? "Non transmise"],
  ];
  return (
    <section aria-labelledby="identite-titre" className="fr-mb-6w">
      <h2 id="identite-titre">Votre identité</h2>
      <p>
        Ces informations viennent de FranceConnect, à chaque connexion. Vous ne pouvez pas les modifier ici : si elles sont fausses, adressez-vous au
        service avec lequel vous vous connectez à FranceConnect (impots.gouv.fr, l&apos;Assurance maladie…).
      </p>
      <dl className="portal-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
