import type { DefaultColorScheme } from "@codegouvfr/react-dsfr/next-app-router";

// Follow the person's system setting until they choose a theme in "Paramètres d'affichage".
export const defaultColorScheme: DefaultColorScheme = "system";
