/** What people type for a commune, normalised: lower case, no accents, "St" = "Saint", hyphens and apostrophes as spaces. */
export function communeSearchName(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’'\-_.,]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\bste\b/g, "sainte")
    .replace(/\bst\b/g, "saint");
}
