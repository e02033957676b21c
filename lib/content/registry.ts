import { COMPRENDRE_PATH, ORIENTATION_PATH, contentPagePath, sectionPath } from "./links";
import { aah } from "./pages/aides/aah";
import { aideSocialeHebergement } from "./pages/aides/aide-sociale-hebergement";
import { aidesAidants } from "./pages/aides/aides-aidants";
import { aidesAuLogement } from "./pages/aides/aides-au-logement";
import { apaADomicile } from "./pages/aides/apa-a-domicile";
import { apaEnEtablissement } from "./pages/aides/apa-en-etablissement";
import { carteMobiliteInclusion } from "./pages/aides/carte-mobilite-inclusion";
import { pch } from "./pages/aides/pch";
import { demandeMdph } from "./pages/demarches/demande-mdph";
import { entrerEnEtablissement } from "./pages/demarches/entrer-en-etablissement";
import { portailsPublics } from "./pages/guides/portails-publics";
import { solutionPages } from "./pages/solutions";
import type { ContentPage, ContentSection } from "./types";

export type ContentSectionInfo = {
  section: ContentSection;
  title: string;
  description: string;
};

/** Sub-sections of "Comprendre mes droits", in display order. */
export const CONTENT_SECTIONS: readonly ContentSectionInfo[] = [
  {
    section: "aides",
    title: "Les aides",
    description: "Les aides financières et les droits : qui peut les demander, comment, et où.",
  },
  {
    section: "solutions",
    title: "Les solutions",
    description: "Les services et les lieux de vie : ce que c'est, pour qui, comment y accéder et ce que cela coûte.",
  },
  {
    section: "demarches",
    title: "Les démarches",
    description: "Les étapes, les délais et les recours pour vos demandes.",
  },
  {
    section: "guides",
    title: "Les guides",
    description: "Les sites publics utiles et ce qu'ils permettent de faire.",
  },
];

const PAGES: readonly ContentPage[] = [
  apaADomicile,
  apaEnEtablissement,
  pch,
  aah,
  aideSocialeHebergement,
  aidesAuLogement,
  carteMobiliteInclusion,
  aidesAidants,
  ...solutionPages,
  demandeMdph,
  entrerEnEtablissement,
  portailsPublics,
];

export function listContentPages(section?: ContentSection): readonly ContentPage[] {
  return section ? PAGES.filter((page) => page.section === section) : PAGES;
}

/** Looks a page up from route parameters; unknown values give undefined (render a 404). */
export function getContentPage(section: string, slug: string): ContentPage | undefined {
  return PAGES.find((page) => page.section === section && page.slug === slug);
}

export function getContentSection(section: string): ContentSectionInfo | undefined {
  return CONTENT_SECTIONS.find((info) => info.section === section);
}

export type ContentRoute = {
  path: string;
  title: string;
  /** "rubrique": /comprendre; "section": a section index; "page": a content page; "outil": the orientation wizard. */
  kind: "rubrique" | "section" | "page" | "outil";
  section?: ContentSection;
};

/** Every path under /comprendre, in site-map order. */
export function listContentRoutes(): ContentRoute[] {
  const routes: ContentRoute[] = [{ path: COMPRENDRE_PATH, title: "Comprendre mes droits", kind: "rubrique" }];
  routes.push({ path: ORIENTATION_PATH, title: "Que voulez-vous faire ?", kind: "outil" });
  for (const info of CONTENT_SECTIONS) {
    routes.push({ path: sectionPath(info.section), title: info.title, kind: "section", section: info.section });
    for (const page of listContentPages(info.section)) {
      routes.push({ path: contentPagePath(page), title: page.title, kind: "page", section: page.section });
    }
  }
  return routes;
}
