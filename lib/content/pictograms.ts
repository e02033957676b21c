/**
 * Pictograms for FALC lines: a DSFR icon class (DSFR or Remix set) and a French
 * text alternative. Keys are stable names used by the content; the class names are
 * checked against the installed DSFR in pictograms.test.ts.
 */
export const PICTOGRAMS = {
  aidant: { iconClassName: "fr-icon-parent-line", alt: "Un proche aidant" },
  alerte: { iconClassName: "fr-icon-alert-line", alt: "Attention" },
  argent: { iconClassName: "fr-icon-money-euro-circle-line", alt: "Argent" },
  attente: { iconClassName: "fr-icon-time-line", alt: "Attendre" },
  calendrier: { iconClassName: "fr-icon-calendar-line", alt: "Date ou délai" },
  carte: { iconClassName: "fr-icon-bank-card-line", alt: "Carte" },
  courrier: { iconClassName: "fr-icon-mail-line", alt: "Courrier" },
  decision: { iconClassName: "fr-icon-scales-3-line", alt: "Décision" },
  document: { iconClassName: "fr-icon-file-text-line", alt: "Document" },
  equipe: { iconClassName: "fr-icon-team-line", alt: "Une équipe" },
  etablissement: { iconClassName: "fr-icon-building-line", alt: "Établissement" },
  fauteuil: { iconClassName: "fr-icon-wheelchair-line", alt: "Handicap" },
  hopital: { iconClassName: "fr-icon-hospital-line", alt: "Hôpital" },
  information: { iconClassName: "fr-icon-information-line", alt: "Information" },
  internet: { iconClassName: "fr-icon-computer-line", alt: "Sur internet" },
  lieu: { iconClassName: "fr-icon-map-pin-2-line", alt: "Lieu" },
  maison: { iconClassName: "fr-icon-home-4-line", alt: "À la maison" },
  mairie: { iconClassName: "fr-icon-government-line", alt: "Mairie ou administration" },
  personne: { iconClassName: "fr-icon-user-line", alt: "Une personne" },
  question: { iconClassName: "fr-icon-question-line", alt: "Question" },
  recherche: { iconClassName: "fr-icon-search-line", alt: "Chercher" },
  soins: { iconClassName: "fr-icon-stethoscope-line", alt: "Soins" },
  telephone: { iconClassName: "fr-icon-phone-line", alt: "Téléphone" },
  travail: { iconClassName: "fr-icon-briefcase-line", alt: "Travail" },
  valide: { iconClassName: "fr-icon-checkbox-circle-line", alt: "C'est fait" },
} as const;

export type PictogramKey = keyof typeof PICTOGRAMS;

export type Pictogram = { iconClassName: string; alt: string };

export function getPictogram(key: PictogramKey): Pictogram {
  return PICTOGRAMS[key];
}
