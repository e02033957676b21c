import { z } from "zod";

import { HttpBodyError, HttpStatusError, httpJson, httpRequest } from "@/lib/http";
import type { IngestConfig } from "@/lib/ingest/config";
import { SourceError } from "@/lib/ingest/source";

import type { Bundle, OperationOutcome } from "./fhir";

const tokenResponseSchema = z.object({ access_token: z.string().min(1) });

/**
 * Client for the ROR FHIR API (ANS "Consommation des API FHIR"): an OAuth2
 * client_credentials token, the four `Ror-*` headers on every call, searchset
 * paging through `Bundle.link[next]`.
 */
export class RorClient {
  private token: string | null = null;

  constructor(
    private readonly config: IngestConfig,
    private readonly signal: AbortSignal,
    private readonly baseUrl: string = config.ror.baseUrl,
  ) {}

  async fetchToken(): Promise<string> {
    const { ror, http } = this.config;
    const body = new URLSearchParams({ grant_type: "client_credentials", client_id: ror.clientId, client_secret: ror.clientSecret });
    const json = await httpJson(ror.tokenUrl, tokenResponseSchema, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString(),
      timeoutMs: http.timeoutMs,
      retries: http.retries,
      signal: this.signal,
    }).catch((error: unknown) => {
      if (error instanceof HttpBodyError) throw new SourceError("Réponse du serveur d'autorisation ROR sans access_token");
      throw error;
    });
    this.token = json?.access_token ?? null;
    if (!this.token) throw new SourceError("Réponse du serveur d'autorisation ROR sans access_token");
    return this.token;
  }

  /** First page of the HealthcareService search, with the organisations and locations included. */
  firstPageUrl(since: Date | null): string {
    const params = new URLSearchParams();
    params.append("_include", "HealthcareService:organization");
    params.append("_include", "HealthcareService:location");
    params.append("_count", String(this.config.ror.pageSize));
    if (since) params.append("_lastUpdated", `ge${since.toISOString()}`);
    return `${this.baseUrl}/HealthcareService?${params.toString()}`;
  }

  /** Follows the searchset from the first page to the last, one Bundle at a time. */
  async *pages(since: Date | null): AsyncIterable<Bundle> {
    let url: string | null = this.firstPageUrl(since);
    const origin = new URL(this.baseUrl).origin;
    while (url) {
      const bundle = await this.getBundle(url);
      yield bundle;
      const next = bundle.link?.find((link) => link.relation === "next")?.url ?? null;
      if (next && new URL(next, url).origin !== origin) {
        throw new SourceError(`Lien "next" du ROR hors du serveur interrogé : ${next}`);
      }
      url = next ? new URL(next, url).toString() : null;
    }
  }

  private async getBundle(url: string): Promise<Bundle> {
    for (let attempt = 0; ; attempt++) {
      const token = this.token ?? (await this.fetchToken());
      const response = await httpRequest(url, {
        headers: this.headers(token),
        timeoutMs: this.config.http.timeoutMs,
        retries: this.config.http.retries,
        signal: this.signal,
        acceptStatuses: [401, 403],
      });
      if (response.status === 401 && attempt === 0) {
        // Expired token: get a new one once, then give up.
        this.token = null;
        await response.body?.cancel();
        continue;
      }
      const text = await response.text();
      if (response.status === 401 || response.status === 403) {
        throw new HttpStatusError(url, response.status, outcomeText(text));
      }
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw new SourceError(`Page du ROR illisible (JSON invalide) : ${url}`);
      }
      if (!isBundle(json)) throw new SourceError(`Réponse du ROR qui n'est pas un Bundle FHIR : ${url}`);
      return json;
    }
  }

  private headers(token: string): Record<string, string> {
    const { ror } = this.config;
    return {
      Authorization: `Bearer ${token}`,
      Accept: "application/fhir+json",
      "Ror-Profil-Utilisateur-Code": ror.profilUtilisateurCode,
      "Ror-Profil-Utilisateur-System": ror.profilUtilisateurSystem,
      "Ror-Role-Metier-Code": ror.roleMetierCode,
      "Ror-Role-Metier-System": ror.roleMetierSystem,
    };
  }
}

function isBundle(value: unknown): value is Bundle {
  return typeof value === "object" && value !== null && (value as { resourceType?: unknown }).resourceType === "Bundle";
}

function outcomeText(text: string): string {
  try {
    const outcome = JSON.parse(text) as OperationOutcome;
    return outcome.issue?.map((issue) => issue.diagnostics ?? issue.code).join("; ") ?? text.slice(0, 200);
  } catch {
    return text.slice(0, 200);
  }
}
