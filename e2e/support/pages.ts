import { listContentRoutes } from "../../lib/content";
import { siteRoutes } from "../../lib/site-map";

export type AuditedPage = { name: string; path: string; readingVersion?: "facile" };

/** Every route of the site map, plus the states a route can be in. */
export const pagesToAudit: AuditedPage[] = [
  ...siteRoutes.map((route) => ({ name: route.title, path: route.path })),
  // Every page under /comprendre has a FALC version: content pages, sections, the rubrique and the wizard.
  ...listContentRoutes().map((route) => ({ name: `${route.title} (facile à lire)`, path: route.path, readingVersion: "facile" as const })),
  { name: "Recherche avec critères", path: "/recherche?lieu=Lyon&public=aidants" },
  { name: "Recherche avec erreur", path: "/recherche?public=inconnu" },
  { name: "Orientation avec réponses", path: "/comprendre/que-voulez-vous-faire?pour=proche&public=personnes-agees&besoin=trouver&habitat=domicile" },
  { name: "Orientation incomplète", path: "/comprendre/que-voulez-vous-faire?pour=moi" },
  { name: "Page non trouvée", path: "/cette-page-n-existe-pas" },
  { name: "Coût en EHPAD, résultat", path: "/combien-ca-coute?onglet=ehpad&gir=2&ressources=1600&hebergement=70&dependance=22&dependance56=6,5" },
  { name: "Coût en EHPAD, erreurs", path: "/combien-ca-coute?onglet=ehpad&gir=9&ressources=-5&aideLogement=abc" },
  { name: "Coût à domicile, résultat", path: "/combien-ca-coute?onglet=domicile&gir=2&ressources=1600&plan=1000" },
];
