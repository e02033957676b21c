import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { ErrorPage } from "@/components/ErrorPage";

export const metadata: Metadata = { title: "Page non trouvée", description: "La page que vous cherchez est introuvable sur le Portail Autonomie." };

export default function NotFound() {
  return (
    <ErrorPage
      title="Page non trouvée"
      code="Erreur 404"
      lead="La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."
      explanation="Si vous avez tapé l'adresse web dans le navigateur, vérifiez qu'elle est correcte. La page n'est peut-être plus disponible. Dans ce cas, pour continuer votre visite, vous pouvez consulter notre page d'accueil ou le plan du site."
      actions={
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <Link className="fr-btn" href="/">
              Page d&apos;accueil
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/plan-du-site">
              Plan du site
            </Link>
          </li>
        </ul>
      }
    />
  );
}
