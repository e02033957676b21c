import { Tile } from "@codegouvfr/react-dsfr/Tile";
import type { Metadata } from "next";

import { OfferSearchForm } from "@/components/OfferSearchForm";
import { StructuredData } from "@/components/StructuredData";
import { env } from "@/lib/env";
import { pageMetadata, websiteJsonLd } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: { absolute: "Accueil | Portail Autonomie" },
  description: "Trouvez les solutions d'aide et d'accompagnement près de chez vous, suivez vos démarches MDPH et vos demandes d'admission, comprenez vos droits.",
  path: "/",
});

const entryPoints = [
  {
    title: "Trouver une solution",
    desc: "Aide à domicile, accueil de jour, établissement, soutien aux aidants : les solutions près de chez vous.",
    href: "/recherche",
  },
  {
    title: "Suivre mes démarches",
    desc: "Votre demande à la MDPH et vos demandes d'admission en établissement, au même endroit.",
    href: "/mes-demarches",
  },
  {
    title: "Comprendre mes droits",
    desc: "Les aides, les démarches et les services publics expliqués simplement, aussi en facile à lire.",
    href: "/comprendre",
  },
];

export default function HomePage() {
  return (
    <div className="fr-container fr-my-6w">
      <StructuredData data={websiteJsonLd(env().PORTAL_URL)} />
      <h1>Trouver de l&apos;aide pour vivre avec une perte d&apos;autonomie ou un handicap</h1>
      <p className="fr-text--lead">
        Pour vous ou pour un proche : trouvez les solutions près de chez vous, suivez vos démarches et comprenez vos
        droits.
      </p>
      <div className="fr-grid-row fr-grid-row--gutters">
        <section className="fr-col-12 fr-col-md-6" aria-labelledby="recherche-titre">
          <h2 id="recherche-titre">Rechercher une solution</h2>
          <OfferSearchForm />
        </section>
        <section className="fr-col-12 fr-col-md-6" aria-labelledby="entrees-titre">
          <h2 id="entrees-titre">Que souhaitez-vous faire ?</h2>
          <ul className="fr-grid-row fr-grid-row--gutters portal-plain-list">
            {entryPoints.map((entry) => (
              <li key={entry.href} className="fr-col-12">
                <Tile title={entry.title} desc={entry.desc} linkProps={{ href: entry.href }} titleAs="h3" orientation="horizontal" />
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
