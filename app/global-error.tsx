"use client";

export type GlobalErrorProps = { error: Error & { digest?: string }; reset: () => void };

// Shown only when the root layout itself fails: it cannot rely on the DSFR
// bootstrap, so it stays plain and self-contained.
export default function GlobalError({ reset }: GlobalErrorProps) {
  return (
    <html lang="fr">
      <head>
        <title>Erreur inattendue | Portail Autonomie</title>
      </head>
      <body>
        <main id="main" style={{ fontFamily: "sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
          <h1>Erreur inattendue</h1>
          <p>Erreur 500. Désolé, le service rencontre un problème. Réessayez dans quelques instants.</p>
          <p>
            <button type="button" onClick={reset}>
              Réessayer
            </button>{" "}
            {/* A full page load on purpose: the root layout itself failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Page d&apos;accueil</a>
          </p>
        </main>
      </body>
    </html>
  );
}
