import { z } from "zod";

import { PARTNER_PATHS } from "../partner-kit/paths";

// The one place that reads process.env for the sandbox identity provider and
// the partner stand-ins: ports, issuer and the registered OIDC clients. Every
// value has a safe local default, so `npx tsx sandbox/identity-provider/server.ts`
// works on a fresh clone. None of these secrets is used outside localhost.

export interface OidcClientConfig {
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in page ("Vous vous connectez à …"). */
  name: string;
  redirectUris: string[];
  postLogoutRedirectUris: string[];
}

export interface PartnerServiceConfig {
  /** Public base URL, e.g. http://localhost:4020. */
  url: string;
  port: number;
  client: OidcClientConfig;
  /** Bearer key the portal presents on the partner's JSON API (ADR 0006). */
  apiKey: string;
  /** Standard Webhooks secret (whsec_<base64>) the partner signs its webhooks with. */
  webhookSecret: string;
  /** Where the partner POSTs its webhooks: {PORTAL_URL}/api/webhooks/<partner>. */
  webhookUrl: string;
}

/** The Mon espace santé stand-in: its own OIDC client at the IdP, and the portal's OAuth2 client at MES (pairing). */
export interface MonEspaceSanteConfig {
  url: string;
  port: number;
  client: OidcClientConfig;
  /** The portal as an OAuth2 client of MES: it pairs people and writes to their agenda and documents. */
  portalClient: { clientId: string; clientSecret: string; redirectUris: string[] };
}

export interface SandboxConfig {
  identityProvider: { port: number; host: string; issuer: string };
  /** Issuer the partner stand-ins sign in with (the sandbox IdP by default). */
  issuer: string;
  portal: { url: string; client: OidcClientConfig };
  viaTrajectoire: PartnerServiceConfig;
  mdphEnLigne: PartnerServiceConfig;
  monEspaceSante: MonEspaceSanteConfig;
  /** Interface the sandbox servers bind to. */
  host: string;
}

export const DEFAULT_PORTS = { identityProvider: 4010, viaTrajectoire: 4020, mdphEnLigne: 4030, monEspaceSante: 4040, portal: 3000 } as const;

/** Where MES sends the person back after pairing (the portal's OAuth2 redirect URI). */
export const PORTAL_MES_CALLBACK_PATH = "/mon-compte/mon-espace-sante/retour";

/** The portal's webhook receivers (ADR 0006). */
export const PORTAL_WEBHOOK_PATHS = { viaTrajectoire: "/api/webhooks/via-trajectoire", mdphEnLigne: "/api/webhooks/mdph-en-ligne" } as const;

/** The portal's next-auth provider id is "franceconnect". */
export const PORTAL_CALLBACK_PATH = "/api/auth/callback/franceconnect";

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const uriList = z
  .string()
  .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean))
  .pipe(z.array(httpUrl).min(1));
const port = z.coerce.number().int().min(0).max(65535);
const webhookSecret = z.string().regex(/^whsec_[A-Za-z0-9+/]+=*$/, { error: "must be whsec_ followed by base64" });

const schema = z.object({
  SANDBOX_HOST: z.string().min(1).default("127.0.0.1"),
  IDP_PORT: port.default(DEFAULT_PORTS.identityProvider),
  IDP_ISSUER: httpUrl.optional(),
  FRANCECONNECT_ISSUER: httpUrl.optional(),

  PORTAL_URL: httpUrl.default(`http://localhost:${DEFAULT_PORTS.portal}`),
  FRANCECONNECT_CLIENT_ID: z.string().min(1).default("portail-autonomie-local"),
  FRANCECONNECT_CLIENT_SECRET: z.string().min(1).default("portail-autonomie-local-secret-sandbox-only"),
  FRANCECONNECT_REDIRECT_URIS: uriList.optional(),
  FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS: uriList.optional(),

  VIA_TRAJECTOIRE_URL: httpUrl.default(`http://localhost:${DEFAULT_PORTS.viaTrajectoire}`),
  VIA_TRAJECTOIRE_PORT: port.optional(),
  VIA_TRAJECTOIRE_CLIENT_ID: z.string().min(1).default("via-trajectoire-local"),
  VIA_TRAJECTOIRE_CLIENT_SECRET: z.string().min(1).default("via-trajectoire-local-secret-sandbox-only"),
  VIA_TRAJECTOIRE_REDIRECT_URIS: uriList.optional(),
  VIA_TRAJECTOIRE_POST_LOGOUT_REDIRECT_URIS: uriList.optional(),
  // Same defaults as .env.example, so the portal and the stand-ins agree without any .env file.
  VIA_TRAJECTOIRE_API_KEY: z.string().min(16).default("via-trajectoire-local-api-key-sandbox-only"),
  VIA_TRAJECTOIRE_WEBHOOK_SECRET: webhookSecret.default("whsec_cG9ydGFpbC1hdXRvbm9taWUtbG9jYWwtd2ViaG9vay12aWEtdHJhamVjdG9pcmU="),

  MDPH_EN_LIGNE_URL: httpUrl.default(`http://localhost:${DEFAULT_PORTS.mdphEnLigne}`),
  MDPH_EN_LIGNE_PORT: port.optional(),
  MDPH_EN_LIGNE_CLIENT_ID: z.string().min(1).default("mdph-en-ligne-local"),
  MDPH_EN_LIGNE_CLIENT_SECRET: z.string().min(1).default("mdph-en-ligne-local-secret-sandbox-only"),
  MDPH_EN_LIGNE_REDIRECT_URIS: uriList.optional(),
  MDPH_EN_LIGNE_POST_LOGOUT_REDIRECT_URIS: uriList.optional(),
  MDPH_EN_LIGNE_API_KEY: z.string().min(16).default("mdph-en-ligne-local-api-key-sandbox-only"),
  MDPH_EN_LIGNE_WEBHOOK_SECRET: webhookSecret.default("whsec_cG9ydGFpbC1hdXRvbm9taWUtbG9jYWwtd2ViaG9vay1tZHBoLWVuLWxpZ25l"),

  MON_ESPACE_SANTE_URL: httpUrl.default(`http://localhost:${DEFAULT_PORTS.monEspaceSante}`),
  MON_ESPACE_SANTE_PORT: port.optional(),
  MON_ESPACE_SANTE_IDP_CLIENT_ID: z.string().min(1).default("mon-espace-sante-local"),
  MON_ESPACE_SANTE_IDP_CLIENT_SECRET: z.string().min(1).default("mon-espace-sante-local-secret-sandbox-only"),
  // Same defaults as the portal's lib/env.ts and .env.example.
  MON_ESPACE_SANTE_CLIENT_ID: z.string().min(1).default("portail-autonomie-mes-local"),
  MON_ESPACE_SANTE_CLIENT_SECRET: z.string().min(16).default("portail-autonomie-mes-local-secret-sandbox-only"),
});

export class InvalidSandboxConfigError extends Error {
  override name = "InvalidSandboxConfigError";
  constructor(readonly problems: string[]) {
    super(`Invalid sandbox configuration:\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
  }
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

function portOf(url: string): number {
  const parsed = new URL(url);
  return parsed.port ? Number(parsed.port) : parsed.protocol === "https:" ? 443 : 80;
}

/** Default issuer for a given port, shaped like FranceConnect v2 (`/api/v2`). */
export function defaultIssuer(idpPort: number): string {
  return `http://localhost:${idpPort}/api/v2`;
}

/** Builds the client of a partner stand-in served at `baseUrl`. */
export function partnerClient(baseUrl: string, clientId: string, clientSecret: string, name: string): OidcClientConfig {
  const base = withoutTrailingSlash(baseUrl);
  return {
    clientId,
    clientSecret,
    name,
    redirectUris: [`${base}${PARTNER_PATHS.callback}`],
    postLogoutRedirectUris: [`${base}${PARTNER_PATHS.postLogout}`],
  };
}

/** The portal's signed-out page (post-logout redirect), ADR 0008. */
export const PORTAL_SIGNED_OUT_PATH = "/deconnexion";
/** Where the portal lands after deleting an account (it signs the person out of the identity provider too). */
export const PORTAL_ACCOUNT_DELETED_PATH = "/mon-compte/compte-supprime";

/** Builds the portal's client (next-auth callback, post-logout back to the signed-out page, the home page or the account-deleted page). */
export function portalClient(portalUrl: string, clientId: string, clientSecret: string): OidcClientConfig {
  const base = withoutTrailingSlash(portalUrl);
  return {
    clientId,
    clientSecret,
    name: "Portail Autonomie",
    redirectUris: [`${base}${PORTAL_CALLBACK_PATH}`],
    postLogoutRedirectUris: [`${base}/`, `${base}${PORTAL_SIGNED_OUT_PATH}`, `${base}${PORTAL_ACCOUNT_DELETED_PATH}`],
  };
}

/** Validates the environment; empty strings count as unset. */
export function readSandboxConfig(source: Record<string, string | undefined> = process.env): SandboxConfig {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new InvalidSandboxConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`));
  }
  const env = parsed.data;
  const idpIssuer = withoutTrailingSlash(env.IDP_ISSUER ?? defaultIssuer(env.IDP_PORT));
  const portalUrl = withoutTrailingSlash(env.PORTAL_URL);

  const portal = portalClient(env.PORTAL_URL, env.FRANCECONNECT_CLIENT_ID, env.FRANCECONNECT_CLIENT_SECRET);
  const viaTrajectoire = partnerClient(env.VIA_TRAJECTOIRE_URL, env.VIA_TRAJECTOIRE_CLIENT_ID, env.VIA_TRAJECTOIRE_CLIENT_SECRET, "ViaTrajectoire");
  const mdphEnLigne = partnerClient(env.MDPH_EN_LIGNE_URL, env.MDPH_EN_LIGNE_CLIENT_ID, env.MDPH_EN_LIGNE_CLIENT_SECRET, "MDPH en ligne");
  const monEspaceSante = partnerClient(env.MON_ESPACE_SANTE_URL, env.MON_ESPACE_SANTE_IDP_CLIENT_ID, env.MON_ESPACE_SANTE_IDP_CLIENT_SECRET, "Mon espace santé");

  return {
    host: env.SANDBOX_HOST,
    identityProvider: { port: env.IDP_PORT, host: env.SANDBOX_HOST, issuer: idpIssuer },
    issuer: withoutTrailingSlash(env.FRANCECONNECT_ISSUER ?? idpIssuer),
    portal: {
      url: portalUrl,
      client: {
        ...portal,
        redirectUris: env.FRANCECONNECT_REDIRECT_URIS ?? portal.redirectUris,
        postLogoutRedirectUris: env.FRANCECONNECT_POST_LOGOUT_REDIRECT_URIS ?? portal.postLogoutRedirectUris,
      },
    },
    viaTrajectoire: {
      url: withoutTrailingSlash(env.VIA_TRAJECTOIRE_URL),
      port: env.VIA_TRAJECTOIRE_PORT ?? portOf(env.VIA_TRAJECTOIRE_URL),
      client: {
        ...viaTrajectoire,
        redirectUris: env.VIA_TRAJECTOIRE_REDIRECT_URIS ?? viaTrajectoire.redirectUris,
        postLogoutRedirectUris: env.VIA_TRAJECTOIRE_POST_LOGOUT_REDIRECT_URIS ?? viaTrajectoire.postLogoutRedirectUris,
      },
      apiKey: env.VIA_TRAJECTOIRE_API_KEY,
      webhookSecret: env.VIA_TRAJECTOIRE_WEBHOOK_SECRET,
      webhookUrl: `${portalUrl}${PORTAL_WEBHOOK_PATHS.viaTrajectoire}`,
    },
    mdphEnLigne: {
      url: withoutTrailingSlash(env.MDPH_EN_LIGNE_URL),
      port: env.MDPH_EN_LIGNE_PORT ?? portOf(env.MDPH_EN_LIGNE_URL),
      client: {
        ...mdphEnLigne,
        redirectUris: env.MDPH_EN_LIGNE_REDIRECT_URIS ?? mdphEnLigne.redirectUris,
        postLogoutRedirectUris: env.MDPH_EN_LIGNE_POST_LOGOUT_REDIRECT_URIS ?? mdphEnLigne.postLogoutRedirectUris,
      },
      apiKey: env.MDPH_EN_LIGNE_API_KEY,
      webhookSecret: env.MDPH_EN_LIGNE_WEBHOOK_SECRET,
      webhookUrl: `${portalUrl}${PORTAL_WEBHOOK_PATHS.mdphEnLigne}`,
    },
    monEspaceSante: {
      url: withoutTrailingSlash(env.MON_ESPACE_SANTE_URL),
      port: env.MON_ESPACE_SANTE_PORT ?? portOf(env.MON_ESPACE_SANTE_URL),
      client: monEspaceSante,
      portalClient: {
        clientId: env.MON_ESPACE_SANTE_CLIENT_ID,
        clientSecret: env.MON_ESPACE_SANTE_CLIENT_SECRET,
        redirectUris: [`${portalUrl}${PORTAL_MES_CALLBACK_PATH}`],
      },
    },
  };
}

/** The clients registered at the identity provider. */
export function registeredClients(config: SandboxConfig): OidcClientConfig[] {
  return [config.portal.client, config.viaTrajectoire.client, config.mdphEnLigne.client, config.monEspaceSante.client];
}
