import { listContentRoutes } from "./content";

export { isCurrentSection, mainNavigation } from "./main-navigation";

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
  { path: "/combien-ca-coute", title: "Combien cela va-t-il me coûter ?", section: "principal" },
  { path: "/mes-demarches", title: "Mes démarches", section: "principal" },
  { path: "/mes-demarches/notifications", title: "Mes notifications", section: "principal" },
  { path: "/mon-compte/aidants", title: "Mes aidants", section: "principal" },
  { path: "/mon-compte", title: "Mon compte", section: "principal" },
  { path: "/mon-compte/profil", title: "Mon profil", section: "principal" },
  { path: "/mon-compte/journal", title: "Journal des partages de mes données", section: "principal" },
  { path: "/mon-compte/suppression", title: "Supprimer mon compte", section: "principal" },
  { path: "/mon-compte/compte-supprime", title: "Compte supprimé", section: "principal" },
  { path: "/demander", title: "Mes demandes préparées", section: "principal" },
  { path: "/demander/place", title: "Demander une place", section: "principal" },
  { path: "/demander/mdph", title: "Préparer une demande à la MDPH", section: "principal" },
  { path: "/mon-compte/mon-espace-sante", title: "Mon espace santé", section: "principal" },
  { path: "/aidant/accepter", title: "Aider un proche", section: "principal" },
  { path: "/connexion", title: "Se connecter", section: "principal" },
  { path: "/deconnexion", title: "Déconnexion", section: "principal" },
  { path: "/accessibilite", title: "Accessibilité", section: "obligatoire" },
  { path: "/mentions-legales", title: "Mentions légales", section: "obligatoire" },
  { path: "/donnees-personnelles", title: "Données personnelles", section: "obligatoire" },
  { path: "/plan-du-site", title: "Plan du site", section: "obligatoire" },
  { path: "/etat-du-service", title: "État du service", section: "obligatoire" },
];

/**
 * Dynamic routes reached from other pages rather than from the site map: one
 * page per offer of the catalogue (thousands), linked from the search results;
 * one page per request of the signed-in person, linked from "Mes démarches";
 * one page per request prepared in the portal, linked from "Mes demandes préparées".
 */
export const routesOutsideSiteMap = ["/offres/[id]", "/mes-demarches/[partner]/[id]", "/demander/[id]"] as const;

export const siteRoutes: SiteRoute[] = [
  ...baseRoutes,
  ...listContentRoutes().map((route) => ({ path: route.path, title: route.title, section: "comprendre" as const })),
];

export const sectionTitles: Record<SiteSection, string> = {
  principal: "Services",
  comprendre: "Comprendre mes droits",
  obligatoire: "Informations sur le site",
};
