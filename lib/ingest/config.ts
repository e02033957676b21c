import { z } from "zod";

/**
 * Endpoints and credentials of every source. Importers receive this object;
 * only `ingestConfigFromEnv` (wired into lib/env.ts by the app) reads the
 * environment. Defaults point at the local partner sandboxes (sandbox/).
 */
export type IngestConfig = {
  ror: {
    baseUrl: string;
    tokenUrl: string;
    clientId: string;
    clientSecret: string;
    /** The four `Ror-*` headers the ANS gives each consumer with its client_id. */
    profilUtilisateurCode: string;
    profilUtilisateurSystem: string;
    roleMetierCode: string;
    roleMetierSystem: string;
    pageSize: number;
  };
  mba: { baseUrl: string; apiKey: string; typeStructureIds: number[] };
  franceServices: { url: string };
  finess: { url: string };
  prixEhpad: { url: string };
  codesPostaux: { url: string };
  http: { timeoutMs: number; retries: number };
};

export const SANDBOX_DEFAULTS = {
  rorBaseUrl: "http://localhost:4050/fhir",
  rorTokenUrl: "http://localhost:4050/oauth/token",
  rorClientId: "portail-autonomie-local",
  rorClientSecret: "secret-bac-a-sable-ror",
  mbaBaseUrl: "http://localhost:4060",
  mbaApiKey: "cle-bac-a-sable-mba",
  datagouvBaseUrl: "http://localhost:4070",
} as const;

/** Type de structure ids of the MBA API that the catalogue reads (see sources/mba/map.ts). */
export const DEFAULT_MBA_TYPE_STRUCTURE_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];

const url = z.url({ protocol: /^https?$/ });

const envSchema = z.object({
  ROR_FHIR_BASE_URL: url.default(SANDBOX_DEFAULTS.rorBaseUrl),
  ROR_TOKEN_URL: url.default(SANDBOX_DEFAULTS.rorTokenUrl),
  ROR_CLIENT_ID: z.string().min(1).default(SANDBOX_DEFAULTS.rorClientId),
  ROR_CLIENT_SECRET: z.string().min(1).default(SANDBOX_DEFAULTS.rorClientSecret),
  ROR_PROFIL_UTILISATEUR_CODE: z.string().min(1).default("CU22"),
  ROR_PROFIL_UTILISATEUR_SYSTEM: z.string().min(1).default("1.2.250.1.213.1.6.1.66"),
  ROR_ROLE_METIER_CODE: z.string().min(1).default("AUTOMATE"),
  ROR_ROLE_METIER_SYSTEM: z.string().min(1).default("1.2.250.1.213.1.1.4.6"),
  ROR_PAGE_SIZE: z.coerce.number().int().min(1).max(200).default(200),
  MBA_API_BASE_URL: url.default(SANDBOX_DEFAULTS.mbaBaseUrl),
  MBA_API_KEY: z.string().min(1).default(SANDBOX_DEFAULTS.mbaApiKey),
  MBA_TYPE_STRUCTURE_IDS: z
    .string()
    .regex(/^\d+(,\d+)*$/, "liste d'identifiants séparés par des virgules")
    .optional(),
  DATAGOUV_FRANCE_SERVICES_URL: url.default(`${SANDBOX_DEFAULTS.datagouvBaseUrl}/france-services.csv`),
  DATAGOUV_FINESS_URL: url.default(`${SANDBOX_DEFAULTS.datagouvBaseUrl}/finess-etalab.csv`),
  DATAGOUV_PRIX_EHPAD_URL: url.default(`${SANDBOX_DEFAULTS.datagouvBaseUrl}/prix-ehpad.csv`),
  /** La Poste's "base officielle des codes postaux" (commune index of the search). */
  DATAGOUV_CODES_POSTAUX_URL: url.default(`${SANDBOX_DEFAULTS.datagouvBaseUrl}/codes-postaux.csv`),
  INGEST_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  INGEST_HTTP_RETRIES: z.coerce.number().int().min(0).max(10).default(2),
});

export class IngestConfigError extends Error {
  override name = "IngestConfigError";
}

/** Validates the ingestion settings of an environment (empty strings count as unset). */
export function ingestConfigFromEnv(env: Record<string, string | undefined>): IngestConfig {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new IngestConfigError(`Invalid ingestion settings: ${details}`);
  }
  const e = parsed.data;
  return {
    ror: {
      baseUrl: e.ROR_FHIR_BASE_URL.replace(/\/+$/, ""),
      tokenUrl: e.ROR_TOKEN_URL,
      clientId: e.ROR_CLIENT_ID,
      clientSecret: e.ROR_CLIENT_SECRET,
      profilUtilisateurCode: e.ROR_PROFIL_UTILISATEUR_CODE,
      profilUtilisateurSystem: e.ROR_PROFIL_UTILISATEUR_SYSTEM,
      roleMetierCode: e.ROR_ROLE_METIER_CODE,
      roleMetierSystem: e.ROR_ROLE_METIER_SYSTEM,
      pageSize: e.ROR_PAGE_SIZE,
    },
    mba: {
      baseUrl: e.MBA_API_BASE_URL.replace(/\/+$/, ""),
      apiKey: e.MBA_API_KEY,
      typeStructureIds: e.MBA_TYPE_STRUCTURE_IDS ? e.MBA_TYPE_STRUCTURE_IDS.split(",").map(Number) : DEFAULT_MBA_TYPE_STRUCTURE_IDS,
    },
    franceServices: { url: e.DATAGOUV_FRANCE_SERVICES_URL },
    finess: { url: e.DATAGOUV_FINESS_URL },
    prixEhpad: { url: e.DATAGOUV_PRIX_EHPAD_URL },
    codesPostaux: { url: e.DATAGOUV_CODES_POSTAUX_URL },
    http: { timeoutMs: e.INGEST_HTTP_TIMEOUT_MS, retries: e.INGEST_HTTP_RETRIES },
  };
}
