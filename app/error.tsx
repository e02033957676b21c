"use client";

import { Link } from "@/components/Link";
import { useEffect } from "react";

import { ErrorPage } from "@/components/ErrorPage";

export type ErrorBoundaryProps = { error: Error & { digest?: string }; reset: () => void };

export default function ErrorBoundary({ error, reset }: ErrorBoundaryProps) {
  useEffect(() => {
    document.title = "Erreur inattendue | Portail Autonomie";
  }, []);
  return (
    <ErrorPage
      title="Erreur inattendue"
      code="Erreur 500"
      lead="Désolé, le service rencontre un problème. Nous travaillons pour le résoudre le plus rapidement possible."
      explanation={`Essayez de rafraîchir la page ou bien réessayez plus tard.${error.digest ? ` Si le problème continue, indiquez ce code : ${error.digest}.` : ""}`}
      actions={
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="button" className="fr-btn" onClick={reset}>
              Réessayer
            </button>
          </li>
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/">
              Page d&apos;accueil
            </Link>
          </li>
        </ul>
      }
    />
  );
}
