import type { Metadata } from "next";

import { PageLayout } from "@/components/PageLayout";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Données personnelles",
  description: "Quelles données personnelles le Portail Autonomie utilise, pourquoi, combien de temps, et comment exercer vos droits.",
  path: "/donnees-personnelles",
});

export default function PersonalDataPage() {
  return (
    <PageLayout title="Données personnelles">
      <h2>Sans connexion</h2>
      <p>
        Vous pouvez chercher une solution et lire les pages d&apos;information sans vous connecter. Nous ne collectons
        alors aucune donnée personnelle. Les lieux que vous recherchez ne sont pas enregistrés.
      </p>
      <h2>Avec une connexion</h2>
      <p>
        Pour suivre vos démarches, vous vous connectez avec FranceConnect. Nous recevons alors votre identité : nom,
        prénoms, date et lieu de naissance, sexe et adresse électronique. Nous les utilisons seulement pour afficher
        vos démarches et vous prévenir quand elles avancent.
      </p>
      <h2>Cookies et stockage dans votre navigateur</h2>
      <p>
        Ce site n&apos;utilise aucun cookie de mesure d&apos;audience ni de publicité. Il n&apos;a donc pas besoin de
        votre consentement. Il enregistre seulement ce qui est nécessaire à son fonctionnement :
      </p>
      <ul>
        <li>votre choix de thème d&apos;affichage (clair, sombre ou système), dans votre navigateur ;</li>
        <li>votre choix de la version facile à lire, dans un cookie ;</li>
        <li>votre session de connexion, dans un cookie supprimé quand vous vous déconnectez.</li>
      </ul>
      <h2>Vos droits</h2>
      <p>
        Vous pouvez accéder à vos données, les faire corriger ou supprimer, et vous opposer à leur utilisation, en
        application du règlement général sur la protection des données (RGPD). Si vous pensez que vos droits ne sont
        pas respectés, vous pouvez adresser une réclamation à la{" "}
        <a href="https://www.cnil.fr/fr/plaintes" target="_blank" rel="noopener noreferrer" title="CNIL - nouvelle fenêtre">
          Commission nationale de l&apos;informatique et des libertés (CNIL)
        </a>
        .
      </p>
    </PageLayout>
  );
}
