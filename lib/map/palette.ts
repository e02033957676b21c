/**
 * Map colours for the DSFR light and dark themes. Offers use the DSFR "bleu
 * France" action colour of each theme; `palette.test.ts` checks the contrast
 * ratios (WCAG 1.4.3 for the cluster counts and labels, 1.4.11 for the symbols).
 */
export type MapTheme = "light" | "dark";

export type MapPalette = {
  /** Sea and everything outside the basemap's countries. */
  background: string;
  land: string;
  border: string;
  placeLabel: string;
  placeHalo: string;
  areaFill: string;
  areaLine: string;
  offer: string;
  /** Around points and clusters, so they stand out from the land and from each other. */
  offerOutline: string;
  clusterText: string;
};

export const PALETTES: Record<MapTheme, MapPalette> = {
  light: {
    background: "#dde5f0",
    land: "#f6f6f6",
    border: "#929292",
    placeLabel: "#3a3a3a",
    placeHalo: "#ffffff",
    areaFill: "#000091",
    areaLine: "#000091",
    offer: "#000091",
    offerOutline: "#ffffff",
    clusterText: "#ffffff",
  },
  dark: {
    background: "#101820",
    land: "#242424",
    border: "#777777",
    placeLabel: "#cecece",
    placeHalo: "#161616",
    areaFill: "#8585f6",
    areaLine: "#8585f6",
    offer: "#8585f6",
    offerOutline: "#161616",
    clusterText: "#161616",
  },
};
