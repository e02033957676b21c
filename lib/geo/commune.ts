const COMMUNE_CODE = /^(?:\d{5}|2[AB]\d{3})$/;
const POSTAL_CODE = /^\d{5}$/;

/** INSEE (COG) commune code: 5 digits, or 2A/2B + 3 digits in Corsica. */
export function isCommuneCode(value: string): boolean {
  return COMMUNE_CODE.test(value);
}

export function isPostalCode(value: string): boolean {
  return POSTAL_CODE.test(value);
}

/** Département code of a commune: three characters overseas (97x, 98x), two otherwise. */
export function departementOfCommune(communeCode: string): string {
  return communeCode.startsWith("97") || communeCode.startsWith("98") ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

/**
 * FINESS writes overseas départements with a letter ("9A" Guadeloupe … "9F"
 * Mayotte) and communes with three digits; this returns the INSEE codes.
 */
const FINESS_OVERSEAS: Readonly<Record<string, string>> = {
  "9A": "971",
  "9B": "972",
  "9C": "973",
  "9D": "974",
  "9E": "975",
  "9F": "976",
};

export function communeFromFiness(departement: string, commune: string): string | null {
  const dep = departement.trim().toUpperCase();
  const com = commune.trim();
  if (!/^\d{3}$/.test(com)) return null;
  const overseas = FINESS_OVERSEAS[dep];
  if (overseas) return `${overseas}${com.slice(1)}`;
  if (/^(\d{2}|2[AB])$/.test(dep)) return `${dep}${com}`;
  return null;
}

export function finessDepartementOf(communeCode: string): { departement: string; commune: string } {
  const dep = departementOfCommune(communeCode);
  if (dep.length === 3) {
    const letter = Object.entries(FINESS_OVERSEAS).find(([, code]) => code === dep)?.[0];
    return { departement: letter ?? dep, commune: `${dep.slice(2)}${communeCode.slice(3)}` };
  }
  return { departement: dep, commune: communeCode.slice(2) };
}
