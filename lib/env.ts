import { z } from "zod";

import { InvalidDatabaseUrlError, parseDatabaseUrl } from "./database/database-url";
import { ingestConfigFromEnv, type IngestConfig } from "./ingest/config";
import { parseLimitSpec } from "./rate-limit/limit-spec";

const LOCAL_AUTH_SECRET = "portail-autonomie-local-development-secret";

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).transform((url) => url.replace(/\/+$/, ""));

const webhookSecret = z.string().regex(/^whsec_[A-Za-z0-9+/]{20,}={0,2}$/, { error: "must be whsec_ followed by base64" });

// "<count>/<n>s|min|h" (lib/rate-limit); the default goes through the same parsing.
const limitSpec = (fallback: string) =>
  z
    .string()
    .transform((text, context) => {
      const spec = parseLimitSpec(text);
      if (spec) return spec;
      context.addIssue({ code: "custom", message: 'must be "<count>/<n>s", "<count>/<n>min" or "<count>/<n>h", e.g. 120/1min' });
      return z.NEVER;
    })
    .prefault(fallback);

// The one place that reads process.env for the portal (STYLE.md §8). Defaults
// are safe local values, so a fresh clone runs without any .env file.
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .default("pglite:./data/pglite")
    .superRefine((value, context) => {
      try {
        parseDatabaseUrl(value);
      } catch (error) {
        if (!(error instanceof InvalidDatabaseUrlError)) throw error;
        context.addIssue({ code: "custom", message: error.message });
      }
    }),
  PORTAL_URL: httpUrl.default("http://localhost:3000"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),

  // Sign-in (next-auth). The local default secret is refused in production.
  AUTH_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).default(LOCAL_AUTH_SECRET),
  // FranceConnect-shaped identity provider: the local sandbox by default; FranceConnect's
  // integration platform or production is a matter of these variables only.
  FRANCECONNECT_ISSUER: httpUrl.default("http://localhost:4010/api/v2"),
  FRANCECONNECT_CLIENT_ID: z.string().min(1).default("portail-autonomie-local"),
  FRANCECONNECT_CLIENT_SECRET: z.string().min(1).default("portail-autonomie-local-secret-sandbox-only"),
  FRANCECONNECT_SCOPES: z.string().min(1).default("openid given_name family_name birthdate birthplace birthcountry gender email preferred_username"),
  FRANCECONNECT_ACR: z.string().min(1).default("eidas1"),

  // Partner services the portal hands people over to (single sign-on at the identity provider).
  VIA_TRAJECTOIRE_URL: httpUrl.default("http://localhost:4020"),
  MDPH_EN_LIGNE_URL: httpUrl.default("http://localhost:4030"),

  // Revocable sessions and single logout (docs/adr/0008-single-logout-and-sessions.md).
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(8),
  // PKCS#8 PEM of the Ed25519 key that signs back-channel logout tokens; unset: derived from AUTH_SECRET.
  LOGOUT_SIGNING_KEY: z.string().includes("BEGIN PRIVATE KEY", { error: "must be a PKCS#8 PEM private key (Ed25519)" }).optional(),
  // Each partner's OIDC client id at the identity provider (the audience of its logout token) and
  // its back-channel logout endpoint (default: <partner URL>/deconnexion/canal-arriere).
  VIA_TRAJECTOIRE_CLIENT_ID: z.string().min(1).default("via-trajectoire-local"),
  MDPH_EN_LIGNE_CLIENT_ID: z.string().min(1).default("mdph-en-ligne-local"),
  VIA_TRAJECTOIRE_BACKCHANNEL_LOGOUT_URL: httpUrl.optional(),
  MDPH_EN_LIGNE_BACKCHANNEL_LOGOUT_URL: httpUrl.optional(),

  // Partner JSON APIs (server-to-server key) and their webhook secrets (Standard Webhooks);
  // docs/adr/0006-requests-api-and-webhooks.md. Defaults match the local partner services.
  VIA_TRAJECTOIRE_API_KEY: z.string().min(16).default("via-trajectoire-local-api-key-sandbox-only"),
  MDPH_EN_LIGNE_API_KEY: z.string().min(16).default("mdph-en-ligne-local-api-key-sandbox-only"),
  VIA_TRAJECTOIRE_WEBHOOK_SECRET: webhookSecret.default("whsec_cG9ydGFpbC1hdXRvbm9taWUtbG9jYWwtd2ViaG9vay12aWEtdHJhamVjdG9pcmU="),
  MDPH_EN_LIGNE_WEBHOOK_SECRET: webhookSecret.default("whsec_cG9ydGFpbC1hdXRvbm9taWUtbG9jYWwtd2ViaG9vay1tZHBoLWVuLWxpZ25l"),

  // Mon espace santé (docs/adr/0010-mon-espace-sante.md): the portal as an OAuth2 client of MES
  // (pairing) and its FHIR API; the local stand-in by default. MES_TOKEN_KEY (32 bytes, base64)
  // encrypts the stored MES tokens; unset: a key derived from AUTH_SECRET.
  MON_ESPACE_SANTE_URL: httpUrl.default("http://localhost:4040"),
  MON_ESPACE_SANTE_CLIENT_ID: z.string().min(1).default("portail-autonomie-mes-local"),
  MON_ESPACE_SANTE_CLIENT_SECRET: z.string().min(16).default("portail-autonomie-mes-local-secret-sandbox-only"),
  MES_TOKEN_KEY: z
    .string()
    .refine((value) => Buffer.from(value, "base64").length === 32, { error: "must be 32 bytes in base64 (openssl rand -base64 32)" })
    .optional(),

  // Optional e-mail copy of notifications; unset: no e-mail is sent.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().min(3).default("Portail Autonomie <ne-pas-repondre@portail-autonomie.example>"),

  // Where "Où ?" finds places: the commune index built by `npm run ingest -- communes` (local),
  // or the Base Adresse Nationale / Géoplateforme search API (ban).
  GEOCODER: z.enum(["local", "ban"]).default("local"),
  BAN_API_URL: httpUrl.default("http://localhost:4080"),

  // Optional vector-tile style for the map (e.g. IGN Plan IGN); default: the embedded basemap, no tile server.
  MAP_STYLE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL of a MapLibre style" }).optional(),

  // Abuse limits (lib/rate-limit/README.md), counted in the database so that they hold across
  // instances. Reverse proxies in front of the portal that append to X-Forwarded-For: 0 = none.
  RATE_LIMIT_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  RATE_LIMIT_SIGN_IN: limitSpec("30/10min"),
  RATE_LIMIT_MANDATE_CODE_PER_USER: limitSpec("5/1h"),
  RATE_LIMIT_MANDATE_CODE_PER_ADDRESS: limitSpec("20/1h"),
  RATE_LIMIT_MANDATE_CODE_GLOBAL: limitSpec("1000/1h"),
  RATE_LIMIT_WEBHOOKS: limitSpec("600/1min"),
  RATE_LIMIT_JSON_API: limitSpec("120/1min"),

  // Background jobs (lib/jobs, pg-boss on the portal's database): "off" makes a web-only instance
  // (it still enqueues); how often an idle worker looks for work, in seconds.
  JOB_WORKERS: z.enum(["on", "off"]).default("on"),
  JOB_POLLING_SECONDS: z.coerce.number().min(0.5).max(60).default(2),

  // Scheduled catalogue syncs (lib/ingest/schedule.ts), Europe/Paris time. Off by default: a local
  // portal is filled by `npm run ingest`; a national service sets "on".
  SYNC_SCHEDULE: z.enum(["on", "off"]).default("off"),
  // ROR incremental sync (_lastUpdated) every N minutes (cron "*/N": at minutes 0, N, 2N… of each hour).
  SYNC_ROR_EVERY_MINUTES: z.coerce.number().int().min(1).max(59).default(15),
  // The other sources, daily from this time, 10 minutes apart (FINESS, prix EHPAD, France Services, MBA).
  SYNC_DAILY_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a time "HH:MM", e.g. 03:30' })
    .default("03:30"),
}).superRefine((value, context) => {
  if (value.NODE_ENV === "production" && value.AUTH_SECRET === LOCAL_AUTH_SECRET && !value.PORTAL_URL.startsWith("http://localhost")) {
    context.addIssue({ code: "custom", path: ["AUTH_SECRET"], message: "must be set to a private random value outside localhost" });
  }
});

export type Env = z.infer<typeof envSchema>;

export class InvalidEnvironmentError extends Error {
  override name = "InvalidEnvironmentError";
  constructor(readonly problems: string[]) {
    super(`Invalid environment configuration:\n${problems.map((problem) => `- ${problem}`).join("\n")}\nSee .env.example for the expected values.`);
  }
}

/** Validates an environment; throws InvalidEnvironmentError listing every invalid variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = envSchema.safeParse(cleaned);
  if (result.success) return result.data;
  throw new InvalidEnvironmentError(
    result.error.issues.map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`),
  );
}

let cached: Env | undefined;
let cachedIngest: IngestConfig | undefined;

/** The importers' settings (ROR_*, MBA_*, DATAGOUV_*…), validated by lib/ingest/config.ts. */
export function ingestConfig(): IngestConfig {
  cachedIngest ??= ingestConfigFromEnv(process.env);
  return cachedIngest;
}

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
