import type { Metadata } from "next";
import { Link } from "@/components/Link";

import { PageLayout } from "@/components/PageLayout";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Mentions légales",
  description: "Éditeur, hébergement, licences du code et des contenus du Portail Autonomie.",
  path: "/mentions-legales",
});

export default function LegalNoticePage() {
  return (
    <PageLayout title="Mentions légales">
      <h2>Éditeur</h2>
      <p>
        Portail Autonomie est un prototype open source de service public numérique. Il n&apos;est pas encore publié
        par une administration : aucune donnée affichée ne doit être prise pour une information officielle.
      </p>
      <h2>Directeur de la publication</h2>
      <p>
        Aucun tant que le service n&apos;est pas publié par une administration. L&apos;administration qui le publiera
        désignera son directeur de la publication.
      </p>
      <h2>Hébergement</h2>
      <p>
        Le prototype fonctionne sur l&apos;ordinateur de la personne qui le lance. Les données de démonstration sont
        inventées.
      </p>
      <h2>Code source et licence</h2>
      <p>
        Le code source est publié sous licence MIT. Sauf mention contraire, les contenus éditoriaux sont disponibles
        sous licence etalab-2.0.
      </p>
      <h2>Données réutilisées</h2>
      <p>
        Les importateurs du catalogue lisent des données publiques : Répertoire opérationnel des ressources (ROR),
        Ma Boussole Aidants, liste des structures France Services, fichier FINESS et prix des EHPAD publiés sur
        data.gouv.fr. Chaque solution affiche sa source et sa date de mise à jour.
      </p>
      <h2>Accessibilité</h2>
      <p>
        Le site est non conforme au RGAA 4.1 : aucun audit n&apos;a encore été réalisé. Voir la{" "}
        <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
      </p>
    </PageLayout>
  );
}
