import { contentPagePath, listContentPages } from "../../lib/content";
import { siteRoutes } from "../../lib/site-map";

export type AuditedPage = { name: string; path: string; readingVersion?: "facile" };

/** Every route of the site map, plus the states a route can be in. */
export const pagesToAudit: AuditedPage[] = [
  ...siteRoutes.map((route) => ({ name: route.title, path: route.path })),
  ...listContentPages().map((page) => ({ name: `${page.title} (facile à lire)`, path: contentPagePath(page), readingVersion: "facile" as const })),
  { name: "Recherche avec critères", path: "/recherche?lieu=Lyon&public=aidants" },
  { name: "Recherche avec erreur", path: "/recherche?public=inconnu" },
  { name: "Orientation avec réponses", path: "/comprendre/que-voulez-vous-faire?pour=proche&public=personnes-agees&besoin=trouver&habitat=domicile" },
  { name: "Orientation incomplète", path: "/comprendre/que-voulez-vous-faire?pour=moi" },
  { name: "Page non trouvée", path: "/cette-page-n-existe-pas" },
];
