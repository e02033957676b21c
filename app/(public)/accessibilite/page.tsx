import type { Metadata } from "next";

import { PageLayout } from "@/components/PageLayout";
import { pageMetadata } from "@/lib/seo";

export const metadata: Metadata = pageMetadata({
  title: "Déclaration d'accessibilité",
  description: "L'état de conformité du Portail Autonomie au référentiel général d'amélioration de l'accessibilité (RGAA) et comment nous signaler un problème.",
  path: "/accessibilite",
});

// The declaration follows the RGAA 4.1 model. The status stays "non conforme"
// until an audit is carried out: automated tests are not an audit.
export default function AccessibilityPage() {
  return (
    <PageLayout title="Déclaration d'accessibilité">
      <p>Établie le 25 novembre 2026.</p>
      <p>
        Le projet Portail Autonomie s&apos;engage à rendre son service accessible, conformément à l&apos;article 47 de
        la loi n° 2005-102 du 11 février 2005.
      </p>
      <p>Cette déclaration d&apos;accessibilité s&apos;applique au site Portail Autonomie.</p>

      <h2>État de conformité</h2>
      <p>
        Le site Portail Autonomie est <strong>non conforme</strong> avec le référentiel général d&apos;amélioration de
        l&apos;accessibilité (RGAA), version 4.1, car aucun audit de conformité n&apos;a encore été réalisé.
      </p>

      <h2>Résultats des tests</h2>
      <p>
        Aucun audit RGAA n&apos;a été réalisé à ce jour. À chaque modification, des tests automatiques vérifient
        toutes les pages avec l&apos;outil axe-core (critères WCAG 2.1 niveaux A et AA), en thème clair et en thème
        sombre, sur ordinateur et sur un écran de téléphone de 375 pixels de large. Ils vérifient aussi la navigation
        au clavier vers les liens d&apos;évitement, le titre unique de chaque page et son titre principal. Ces tests ne
        remplacent pas un audit.
      </p>

      <h2>Contenus non accessibles</h2>
      <p>En l&apos;absence d&apos;audit, la liste des non-conformités n&apos;est pas établie.</p>

      <h2>Établissement de cette déclaration d&apos;accessibilité</h2>
      <h3>Technologies utilisées pour la réalisation du site</h3>
      <ul>
        <li>HTML5</li>
        <li>CSS</li>
        <li>JavaScript</li>
        <li>WAI-ARIA</li>
      </ul>
      <h3>Environnement de test</h3>
      <p>
        Les tests automatiques utilisent le navigateur Chromium, sans technologie d&apos;assistance. Aucun test
        n&apos;a encore été mené avec un lecteur d&apos;écran (NVDA, JAWS, VoiceOver, TalkBack).
      </p>
      <h3>Outils pour évaluer l&apos;accessibilité</h3>
      <ul>
        <li>axe-core, par l&apos;intermédiaire de Playwright</li>
        <li>Tests de navigation au clavier automatisés</li>
      </ul>

      <h2>Retour d&apos;information et contact</h2>
      <p>
        Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, vous pouvez nous le signaler pour être
        orienté vers une alternative accessible ou obtenir le contenu sous une autre forme, en ouvrant un ticket sur
        le dépôt du projet.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous nous avez signalé un défaut d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu ou à un
        service et que vous n&apos;avez pas obtenu de réponse satisfaisante, vous pouvez :
      </p>
      <ul>
        <li>
          écrire un message au{" "}
          <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noopener noreferrer" title="Défenseur des droits - nouvelle fenêtre">
            Défenseur des droits
          </a>
          ;
        </li>
        <li>
          contacter{" "}
          <a href="https://www.defenseurdesdroits.fr/saisir/delegues" target="_blank" rel="noopener noreferrer" title="Délégués du Défenseur des droits - nouvelle fenêtre">
            le délégué du Défenseur des droits dans votre région
          </a>
          ;
        </li>
        <li>
          envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse
          71120, 75342 Paris CEDEX 07.
        </li>
      </ul>
    </PageLayout>
  );
}
