// Partner ids and names, safe to import from client components (no env access).

export type PartnerId = "via-trajectoire" | "mdph-en-ligne";

export const partnerNames: Record<PartnerId, string> = {
  "via-trajectoire": "ViaTrajectoire",
  "mdph-en-ligne": "MDPH en ligne",
};
