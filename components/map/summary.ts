import type { OffersFeatureCollection } from "@/lib/map/feature-collection";

const pluralize = (count: number, one: string, many: string) => `${count.toLocaleString("fr-FR")} ${count > 1 ? many : one}`;

/** The sentence read out once the points are on the map (the map's status line). */
export function mapSummary({ features, recherche }: Pick<OffersFeatureCollection, "features" | "recherche">): string {
  const around = `dans un rayon de ${recherche.rayonKm} km autour de ${recherche.lieu}`;
  if (features.length === 0) return `Aucune solution ne correspond à votre recherche ${around}.`;
  return `${pluralize(features.length, "solution affichée", "solutions affichées")} sur la carte, ${around}. Sélectionnez un groupe pour zoomer, ou un point pour voir la solution.`;
}
