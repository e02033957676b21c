// The FranceConnect v2 identity claims ("identité pivot" + email and usage
// name) as the sandbox services receive them, and how to name the person.

export const FRANCECONNECT_SCOPES = [
  "openid",
  "given_name",
  "family_name",
  "birthdate",
  "birthplace",
  "birthcountry",
  "gender",
  "email",
  "preferred_username",
] as const;

export type FranceConnectScope = (typeof FRANCECONNECT_SCOPES)[number];

export interface FranceConnectClaims {
  /** Given names separated by spaces. */
  given_name: string;
  /** Birth name (nom de naissance). */
  family_name: string;
  /** YYYY-MM-DD. */
  birthdate: string;
  gender: "female" | "male";
  /** INSEE COG code of the birth commune, "" when born abroad. */
  birthplace: string;
  /** INSEE COG code of the birth country, 99100 for France. */
  birthcountry: string;
  email: string;
  /** Usage name (nom d'usage), when the person has one. */
  preferred_username?: string;
}

/**
 * The name to greet someone with: first given name and usage name when known,
 * otherwise birth name ("Jeanne Martin").
 */
export function displayNameFromClaims(claims: { given_name?: unknown; family_name?: unknown; preferred_username?: unknown }): string {
  const given = typeof claims.given_name === "string" ? claims.given_name.trim().split(/\s+/)[0] ?? "" : "";
  const usage = typeof claims.preferred_username === "string" ? claims.preferred_username.trim() : "";
  const birth = typeof claims.family_name === "string" ? claims.family_name.trim() : "";
  const name = [given, usage || birth].filter(Boolean).join(" ");
  return name || "Personne connectée";
}
