import { describe, expect, it } from "vitest";

import { InvalidSandboxConfigError, readSandboxConfig, registeredClients } from "./config";

describe("readSandboxConfig", () => {
  it("has safe local defaults", () => {
    const config = readSandboxConfig({});
    expect(config.identityProvider).toEqual({ port: 4010, host: "127.0.0.1", issuer: "http://localhost:4010/api/v2" });
    expect(config.issuer).toBe("http://localhost:4010/api/v2");
    expect(config.portal.client).toMatchObject({
      clientId: "portail-autonomie-local",
      redirectUris: ["http://localhost:3000/api/auth/callback/franceconnect"],
      postLogoutRedirectUris: ["http://localhost:3000/", "http://localhost:3000/deconnexion", "http://localhost:3000/mon-compte/compte-supprime"],
    });
    expect(config.viaTrajectoire).toMatchObject({
      url: "http://localhost:4020",
      port: 4020,
      client: { clientId: "via-trajectoire-local", redirectUris: ["http://localhost:4020/connexion/retour"], postLogoutRedirectUris: ["http://localhost:4020/deconnexion/retour"] },
    });
    expect(config.mdphEnLigne).toMatchObject({ url: "http://localhost:4030", port: 4030, client: { clientId: "mdph-en-ligne-local" } });
    // The same defaults as .env.example (the portal reads those).
    expect(config.viaTrajectoire).toMatchObject({
      apiKey: "via-trajectoire-local-api-key-sandbox-only",
      webhookSecret: "whsec_cG9ydGFpbC1hdXRvbm9taWUtbG9jYWwtd2ViaG9vay12aWEtdHJhamVjdG9pcmU=",
      webhookUrl: "http://localhost:3000/api/webhooks/via-trajectoire",
    });
    expect(config.mdphEnLigne).toMatchObject({
      apiKey: "mdph-en-ligne-local-api-key-sandbox-only",
      webhookSecret: "whsec_cG9ydGFpbC1hdXRvbm9taWUtbG9jYWwtd2ViaG9vay1tZHBoLWVuLWxpZ25l",
      webhookUrl: "http://localhost:3000/api/webhooks/mdph-en-ligne",
    });
    expect(registeredClients(config).map((client) => client.clientId)).toEqual(["portail-autonomie-local", "via-trajectoire-local", "mdph-en-ligne-local", "mon-espace-sante-local"]);
  });

  it("reads overrides, treating empty strings as unset", () => {
    const config = readSandboxConfig({
      IDP_PORT: "5010",
      PORTAL_URL: "http://localhost:3100/",
      FRANCECONNECT_CLIENT_ID: "",
      FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS: "http://localhost:3100/, http://localhost:3100/deconnexion",
      VIA_TRAJECTOIRE_URL: "http://localhost:5020",
      MDPH_EN_LIGNE_PORT: "5031",
      FRANCECONNECT_ISSUER: "https://fcp-low.integ01.dev-franceconnect.fr/api/v2",
    });
    expect(config.identityProvider.issuer).toBe("http://localhost:5010/api/v2");
    expect(config.issuer).toBe("https://fcp-low.integ01.dev-franceconnect.fr/api/v2");
    expect(config.portal.client.clientId).toBe("portail-autonomie-local");
    expect(config.portal.client.redirectUris).toEqual(["http://localhost:3100/api/auth/callback/franceconnect"]);
    expect(config.portal.client.postLogoutRedirectUris).toEqual(["http://localhost:3100/", "http://localhost:3100/deconnexion"]);
    expect(config.viaTrajectoire.port).toBe(5020);
    expect(config.mdphEnLigne.port).toBe(5031);
    expect(config.mdphEnLigne.webhookUrl).toBe("http://localhost:3100/api/webhooks/mdph-en-ligne");
  });

  it("lists every invalid variable", () => {
    expect(() => readSandboxConfig({ IDP_PORT: "http", PORTAL_URL: "ftp://x", VIA_TRAJECTOIRE_REDIRECT_URIS: "not a url" })).toThrow(InvalidSandboxConfigError);
    expect(() => readSandboxConfig({ MDPH_EN_LIGNE_WEBHOOK_SECRET: "not-a-secret" })).toThrow(/MDPH_EN_LIGNE_WEBHOOK_SECRET/);
    try {
      readSandboxConfig({ IDP_PORT: "http", PORTAL_URL: "ftp://x" });
    } catch (error) {
      expect((error as InvalidSandboxConfigError).problems).toHaveLength(2);
    }
  });
});
