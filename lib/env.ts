import { z } from "zod";

import { InvalidDatabaseUrlError, parseDatabaseUrl } from "./database/database-url";

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
  PORTAL_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL, e.g. http://localhost:3000" }).default("http://localhost:3000"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
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

/** The validated environment of this process. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
