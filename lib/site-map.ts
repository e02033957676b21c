import { listContentRoutes } from "./content";

/**
 * Every page of the portal, once. The header navigation, the footer and the
 * "Plan du site" are built from this list, and a test checks it against the
 * pages that exist under app/.
 */
export type SiteSection = "principal" | "comprendre" | "obligatoire";

export type SiteRoute = {
  path: string;
  title: string;
  section: SiteSection;
};

const baseRoutes: SiteRoute[] = [
  { path: "/", title: "Accueil", section: "principal" },
  { path: "/recherche", title: "Trouver une solution", section: "principal" },
  { path: "/recherche/carte", title: "Carte des solutions", section: "principal" },
  { path: "/comparer", title: "Comparer des solutions", section: "principal" },
  { path: "/mes-demarches", title: "Mes démarches", section: "principal" },
  { path: "/mes-demarches/notifications", title: "Mes notifications", section: "principal" },
  { path: "/mon-compte/aidants", title: "Mes aidants", section: "principal" },
  { path: "/mon-compte/mon-espace-sante", title: "Mon espace santé", section: "principal" },
  { path: "/aidant/accepter", title: "Aider un proche", section: "principal" },
  { path: "/connexion", title: "Se connecter", section: "principal" },
  { path: "/deconnexion", title: "Déconnexion", section: "principal" },
  { path: "/accessibilite", title: "Accessibilité", section: "obligatoire" },
  { path: "/mentions-legales", title: "Mentions légales", section: "obligatoire" },
  { path: "/donnees-personnelles", title: "Données personnelles", section: "obligatoire" },
  { path: "/plan-du-site", title: "Plan du site", section: "obligatoire" },
];

/**
 * Dynamic routes reached from other pages rather than from the site map: one
 * page per offer of the catalogue (thousands), linked from the search results;
 * one page per request of the signed-in person, linked from "Mes démarches".
 */
export const routesOutsideSiteMap = ["/offres/[id]", "/mes-demarches/[partner]/[id]"] as const;

export const siteRoutes: SiteRoute[] = [
  ...baseRoutes,
  ...listContentRoutes().map((route) => ({ path: route.path, title: route.title, section: "comprendre" as const })),
];

export const mainNavigation = [
  { path: "/recherche", text: "Trouver une solution" },
  { path: "/mes-demarches", text: "Mes démarches" },
  { path: "/comprendre", text: "Comprendre mes droits" },
] as const;

export const sectionTitles: Record<SiteSection, string> = {
  principal: "Services",
  comprendre: "Comprendre mes droits",
  obligatoire: "Informations sur le site",
};

/** True when `pathname` is `path` or one of its sub-pages. */
export function isCurrentSection(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}
