/** Claims of a FranceConnect identity that the portal shows or stores. */
export type IdentityClaims = {
  sub: string;
  given_name?: string;
  family_name?: string;
  preferred_username?: string;
  email?: string;
  birthdate?: string;
};

/**
 * The name a person uses: first names, then the usage name when FranceConnect
 * sends one (`preferred_username`), else the birth name (`family_name`).
 */
export function displayName(claims: Pick<IdentityClaims, "given_name" | "family_name" | "preferred_username">): string {
  const familyName = claims.preferred_username?.trim() || claims.family_name?.trim() || "";
  return [claims.given_name?.trim(), familyName].filter(Boolean).join(" ");
}

/** The User columns the portal keeps from an identity (created or refreshed at each sign-in). */
export function userFieldsFromClaims(claims: IdentityClaims) {
  return {
    givenName: claims.given_name ?? "",
    familyName: claims.preferred_username || claims.family_name || "",
    email: claims.email ?? null,
    birthdate: claims.birthdate ?? null,
  };
}
