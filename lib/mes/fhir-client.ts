// Writes to Mon espace santé's FHIR R4 API, each one idempotent: conditional
// PUT on the identifier for appointments, If-None-Exist on the identifier for
// documents. The outcome says what the delivery should do next.

export type FhirWriteOutcome =
  | { kind: "ok"; id: string | null }
  /** Token missing, expired or revoked: refresh, then retry. */
  | { kind: "unauthorized" }
  /** 403 "Consent not given, access refused": the flow is not (or no longer) consented to at MES. */
  | { kind: "consent-refused"; detail: string }
  /** Down, network, timeout, 5xx or 429: retry later. */
  | { kind: "unavailable"; detail: string }
  /** Any other refusal: retrying would not help. */
  | { kind: "rejected"; detail: string };

const TIMEOUT_MS = 5_000;

async function write(url: string, accessToken: string, method: "PUT" | "POST", body: unknown, headers: Record<string, string> = {}): Promise<FhirWriteOutcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/fhir+json", accept: "application/fhir+json", ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { kind: "unavailable", detail: error instanceof Error ? error.message : String(error) };
  }
  const text = await response.text().catch(() => "");
  let json: { id?: unknown; issue?: { diagnostics?: unknown }[] } = {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    // Not JSON: only the status speaks.
  }
  const detail = `HTTP ${response.status}${typeof json.issue?.[0]?.diagnostics === "string" ? `: ${json.issue[0].diagnostics}` : ""}`;
  if (response.ok) return { kind: "ok", id: typeof json.id === "string" ? json.id : null };
  if (response.status === 401) return { kind: "unauthorized" };
  if (response.status === 403) return { kind: "consent-refused", detail };
  if (response.status >= 500 || response.status === 429 || response.status === 408) return { kind: "unavailable", detail };
  return { kind: "rejected", detail };
}

function identifierQuery(system: string, value: string): string {
  return `identifier=${encodeURIComponent(`${system}|${value}`)}`;
}

export function putAppointment(fhirBase: string, accessToken: string, appointment: { identifier: { system: string; value: string }[] }): Promise<FhirWriteOutcome> {
  const [id] = appointment.identifier;
  return write(`${fhirBase}/Appointment?${identifierQuery(id?.system ?? "", id?.value ?? "")}`, accessToken, "PUT", appointment);
}

export function postDocumentReference(fhirBase: string, accessToken: string, document: { identifier: { system: string; value: string }[] }): Promise<FhirWriteOutcome> {
  const [id] = document.identifier;
  return write(`${fhirBase}/DocumentReference`, accessToken, "POST", document, { "if-none-exist": identifierQuery(id?.system ?? "", id?.value ?? "") });
}
