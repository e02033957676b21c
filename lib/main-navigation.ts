/**
 * The header's main navigation. Kept apart from `lib/site-map` (which lists
 * every page, the information pages included, through `lib/content`) because
 * the header's client component imports it: on its own it adds a few bytes to
 * every page's JavaScript, not the whole text of the information pages.
 */
export const mainNavigation = [
  { path: "/recherche", text: "Trouver une solution" },
  { path: "/mes-demarches", text: "Mes démarches" },
  { path: "/comprendre", text: "Comprendre mes droits" },
] as const;

/** True when `pathname` is `path` or one of its sub-pages. */
export function isCurrentSection(pathname: string, path: string): boolean {
  return pathname === path || pathname.startsWith(`${path}/`);
}
