import type { IncomingMessage, ServerResponse } from "node:http";

import { z } from "zod";

import { HttpError } from "../partner-kit/http";
import { type MesScope, type MesStore, type StoredResource } from "./store";

// The FHIR R4 REST API of the stand-in (application/fhir+json): Appointment
// (POST, conditional PUT on identifier: CI-SIS "gestion d'agendas partagés"
// flows 6a/6b), DocumentReference (POST with If-None-Exist, the PDF inline
// as Attachment.data, kept as a Binary) and Binary reads. Errors are
// OperationOutcome resources; a write without the flow's consent answers 403.

export const FHIR_PREFIX = "/fhir";
export const CONSENT_REFUSED = "Consent not given, access refused";
const FHIR_JSON = "application/fhir+json; charset=utf-8";
const MAX_BODY_BYTES = 2 * 1024 * 1024;

const identifier = z.object({ system: z.string().min(1).optional(), value: z.string().min(1).max(200) });

const appointmentSchema = z.looseObject({
  resourceType: z.literal("Appointment"),
  identifier: z.array(identifier).min(1),
  status: z.enum(["proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "entered-in-error"]),
  description: z.string().max(1000).optional(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  participant: z.array(z.looseObject({ status: z.string() })).min(1),
});

const documentSchema = z.looseObject({
  resourceType: z.literal("DocumentReference"),
  identifier: z.array(identifier).min(1),
  status: z.enum(["current", "superseded", "entered-in-error"]),
  type: z.looseObject({ coding: z.array(z.looseObject({ code: z.string() })).min(1) }),
  date: z.iso.datetime({ offset: true }),
  author: z.array(z.looseObject({ display: z.string().min(1) })).min(1),
  description: z.string().min(1).max(300),
  content: z
    .array(z.object({ attachment: z.looseObject({ contentType: z.literal("application/pdf"), data: z.base64(), title: z.string().min(1).max(300) }) }))
    .length(1),
});

export function operationOutcome(code: string, diagnostics: string) {
  return { resourceType: "OperationOutcome", issue: [{ severity: "error", code, diagnostics }] };
}

function sendFhir(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": FHIR_JSON, "cache-control": "no-store", "x-content-type-options": "nosniff", ...headers });
  res.end(JSON.stringify(body));
}

async function readFhirBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, "payload too large");
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8")) as unknown;
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function asResource(stored: StoredResource): Record<string, unknown> {
  return { ...stored.body, id: stored.id, meta: { versionId: String(stored.versionId), lastUpdated: stored.lastUpdated } };
}

export interface FhirApiOptions {
  store: MesStore;
  isDown: (sub?: string) => boolean;
  now: () => Date;
}

/** Handles /fhir/*; resolves true when it answered. */
export async function handleFhir(req: IncomingMessage, res: ServerResponse, url: URL, options: FhirApiOptions): Promise<boolean> {
  if (url.pathname !== FHIR_PREFIX && !url.pathname.startsWith(`${FHIR_PREFIX}/`)) return false;
  const { store } = options;
  if (options.isDown()) {
    sendFhir(res, 503, operationOutcome("transient", "Mon espace santé is temporarily unavailable"), { "retry-after": "30" });
    return true;
  }
  const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? "")?.[1]?.trim() ?? "";
  const caller = bearer ? store.authenticate(bearer) : undefined;
  if (!caller) {
    sendFhir(res, 401, operationOutcome("login", "Missing, expired or revoked access token"), { "www-authenticate": 'Bearer error="invalid_token"' });
    return true;
  }
  if (options.isDown(caller.sub)) {
    sendFhir(res, 503, operationOutcome("transient", "Mon espace santé is temporarily unavailable"), { "retry-after": "30" });
    return true;
  }
  const path = url.pathname.slice(FHIR_PREFIX.length);
  const consented = (scope: MesScope) => caller.scopes.includes(scope);
  const refuse = () => sendFhir(res, 403, operationOutcome("forbidden", CONSENT_REFUSED));
  const now = options.now().toISOString();

  try {
    if (path === "/Appointment" || path === "/DocumentReference") {
      const type = path === "/Appointment" ? "Appointment" : "DocumentReference";
      if (!consented(type === "Appointment" ? "agenda" : "documents")) return (refuse(), true);
      if (req.method === "GET") {
        const entries = store.resourcesOf(caller.sub, type).map((stored) => ({ resource: asResource(stored) }));
        sendFhir(res, 200, { resourceType: "Bundle", type: "searchset", total: entries.length, entry: entries });
        return true;
      }
      const body = await readFhirBody(req);
      if (type === "Appointment") {
        const parsed = appointmentSchema.safeParse(body);
        if (!parsed.success) return (sendFhir(res, 400, operationOutcome("invalid", z.prettifyError(parsed.error))), true);
        if (req.method === "POST") return (create(res, store, caller, "Appointment", parsed.data, now), true);
        if (req.method === "PUT") {
          const wanted = url.searchParams.get("identifier");
          if (!wanted) return (sendFhir(res, 400, operationOutcome("required", "conditional update needs ?identifier=")), true);
          const matches = store.findByIdentifier(caller.sub, "Appointment", wanted);
          if (matches.length > 1) return (sendFhir(res, 412, operationOutcome("multiple-matches", "several appointments have this identifier")), true);
          const [existing] = matches;
          if (!existing) return (create(res, store, caller, "Appointment", parsed.data, now), true);
          existing.body = { ...parsed.data };
          existing.versionId += 1;
          existing.lastUpdated = now;
          sendFhir(res, 200, asResource(existing), { etag: `W/"${existing.versionId}"` });
          return true;
        }
      } else if (req.method === "POST") {
        const parsed = documentSchema.safeParse(body);
        if (!parsed.success) return (sendFhir(res, 400, operationOutcome("invalid", z.prettifyError(parsed.error))), true);
        const ifNoneExist = req.headers["if-none-exist"];
        const condition = typeof ifNoneExist === "string" ? new URLSearchParams(ifNoneExist).get("identifier") : null;
        const [existing] = condition ? store.findByIdentifier(caller.sub, "DocumentReference", condition) : [];
        if (existing) return (sendFhir(res, 200, asResource(existing)), true);
        const [content] = parsed.data.content;
        const binary = { id: store.newId(), sub: caller.sub, contentType: "application/pdf", data: Buffer.from(content?.attachment.data ?? "", "base64") };
        store.binaries.set(binary.id, binary);
        const { data: _inline, ...attachment } = content?.attachment ?? { data: "" };
        create(res, store, caller, "DocumentReference", { ...parsed.data, content: [{ attachment: { ...attachment, url: `Binary/${binary.id}`, size: binary.data.length } }] }, now);
        return true;
      }
      sendFhir(res, 405, operationOutcome("not-supported", `${req.method ?? ""} is not supported on ${type}`));
      return true;
    }
    const binaryMatch = /^\/Binary\/([\w-]+)$/.exec(path);
    if (binaryMatch && req.method === "GET") {
      if (!consented("documents")) return (refuse(), true);
      const binary = store.binaries.get(binaryMatch[1] ?? "");
      if (!binary || binary.sub !== caller.sub) return (sendFhir(res, 404, operationOutcome("not-found", "no such Binary")), true);
      res.writeHead(200, { "content-type": binary.contentType, "cache-control": "no-store", "x-content-type-options": "nosniff" });
      res.end(binary.data);
      return true;
    }
    sendFhir(res, 404, operationOutcome("not-found", `unknown path ${path}`));
    return true;
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    sendFhir(res, error.status, operationOutcome("invalid", error.message));
    return true;
  }
}

function create(res: ServerResponse, store: MesStore, caller: { sub: string; clientId: string }, type: StoredResource["resourceType"], body: Record<string, unknown>, now: string): void {
  const stored: StoredResource = { resourceType: type, id: store.newId(), sub: caller.sub, clientId: caller.clientId, versionId: 1, lastUpdated: now, body: { ...body } };
  store.resources.set(`${type}/${stored.id}`, stored);
  sendFhir(res, 201, asResource(stored), { location: `${FHIR_PREFIX}/${type}/${stored.id}/_history/1`, etag: 'W/"1"' });
}
