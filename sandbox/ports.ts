/**
 * The partner stand-ins of `scripts/sandbox.ts` laid out from one port base (identity provider +10,
 * ViaTrajectoire +20, MDPH en ligne +30, Mon espace santé +40, ROR +50, Ma Boussole Aidants +60,
 * data.gouv.fr +70, BAN +80): the environment that points the stand-ins themselves, the portal and the
 * importers at them. One layout for the Playwright suite, the two-instance journey and the benches.
 */
export function sandboxEnv(portBase: number): Record<string, string> {
  const at = (offset: number) => `http://localhost:${portBase + offset}`;
  return {
    IDP_PORT: String(portBase + 10),
    FRANCECONNECT_ISSUER: `${at(10)}/api/v2`,
    VIA_TRAJECTOIRE_URL: at(20),
    MDPH_EN_LIGNE_URL: at(30),
    MON_ESPACE_SANTE_URL: at(40),
    ROR_FHIR_BASE_URL: `${at(50)}/fhir`,
    ROR_TOKEN_URL: `${at(50)}/oauth/token`,
    MBA_API_BASE_URL: at(60),
    DATAGOUV_FRANCE_SERVICES_URL: `${at(70)}/france-services.csv`,
    DATAGOUV_FINESS_URL: `${at(70)}/finess-etalab.csv`,
    DATAGOUV_PRIX_EHPAD_URL: `${at(70)}/prix-ehpad.csv`,
    DATAGOUV_CODES_POSTAUX_URL: `${at(70)}/codes-postaux.csv`,
    BAN_API_URL: at(80),
  };
}
