import { siteRoutes } from "../../lib/site-map";

/** Every route of the site map, plus the states a route can be in. */
export const pagesToAudit: Array<{ name: string; path: string }> = [
  ...siteRoutes.map((route) => ({ name: route.title, path: route.path })),
  { name: "Recherche avec critères", path: "/recherche?lieu=Lyon&public=aidants" },
  { name: "Recherche avec erreur", path: "/recherche?public=inconnu" },
  { name: "Page non trouvée", path: "/cette-page-n-existe-pas" },
];
