/** French display helpers for search results and offer pages. */

const sourceNames: Record<string, string> = {
  ror: "Répertoire opérationnel des ressources (ROR)",
  finess: "FINESS",
  "france-services": "data.gouv.fr – France Services",
  mba: "Ma Boussole Aidants",
  "prix-ehpad": "CNSA – prix des EHPAD",
};

export function sourceName(source: string): string {
  return sourceNames[source] ?? source;
}

const euros = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
const eurosCents = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 2 });
const kilometres = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });

export function formatMonthlyPrice(value: number): string {
  return `${euros.format(value)} par mois`;
}

export function formatDailyPrice(value: number): string {
  return `${eurosCents.format(value)} par jour`;
}

export function formatDistance(km: number): string {
  return km < 1 ? "à moins d'1 km" : `à ${kilometres.format(km)} km`;
}

export function formatCount(count: number, singular: string, plural: string): string {
  return `${new Intl.NumberFormat("fr-FR").format(count)} ${count === 1 ? singular : plural}`;
}

/** A French phone number for tel: links (+33…), or null when it is not one. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^\d+]/g, "");
  if (/^0\d{9}$/.test(digits)) return `tel:+33${digits.slice(1)}`;
  if (/^\+\d{8,15}$/.test(digits)) return `tel:${digits}`;
  return null;
}
