import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// In-memory state of the Mon espace santé stand-in: the pairings (OAuth2
// grants of a person to a referenced service, with the flows consented to),
// authorization codes, access and refresh tokens, and what each person's
// agenda (Appointment) and documents (DocumentReference + Binary) hold.

/** The flows a referenced service may write, one OAuth2 scope each. */
export const MES_SCOPES = ["agenda", "documents"] as const;
export type MesScope = (typeof MES_SCOPES)[number];

export function parseScopes(text: string | null | undefined): MesScope[] {
  const asked = new Set((text ?? "").split(/\s+/).filter(Boolean));
  return MES_SCOPES.filter((scope) => asked.has(scope));
}

export const ACCESS_TOKEN_SECONDS = 600;
const CODE_SECONDS = 60;

export interface Grant {
  sub: string;
  clientId: string;
  scopes: MesScope[];
  grantedAt: string;
  /** Random id of the "Déconnecter ce service" form on the person's page. */
  revocationId: string;
}

export interface PendingAuthorization {
  id: string;
  clientId: string;
  redirectUri: string;
  scopes: MesScope[];
  state: string;
  codeChallenge: string;
  /** Bound when the signed-in person first sees the consent screen. */
  sub?: string;
  createdAt: number;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  sub: string;
  scopes: MesScope[];
  codeChallenge: string;
  expiresAt: number;
}

interface IssuedToken {
  sub: string;
  clientId: string;
  scopes: MesScope[];
  expiresAt?: number;
}

export interface StoredResource {
  resourceType: "Appointment" | "DocumentReference";
  id: string;
  sub: string;
  clientId: string;
  versionId: number;
  lastUpdated: string;
  body: Record<string, unknown>;
}

export interface StoredBinary {
  id: string;
  sub: string;
  contentType: string;
  data: Buffer;
}

const token = () => randomBytes(32).toString("base64url");
const hash = (value: string) => createHash("sha256").update(value).digest("hex");

export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** PKCE S256 (RFC 7636): BASE64URL(SHA256(verifier)) === challenge. */
export function pkceMatches(verifier: string, challenge: string): boolean {
  return sameSecret(createHash("sha256").update(verifier).digest("base64url"), challenge);
}

export class MesStore {
  readonly pending = new Map<string, PendingAuthorization>();
  readonly #grants = new Map<string, Grant>();
  readonly #codes = new Map<string, IssuedCode>();
  // Tokens are kept by their hash only, as a real server would.
  readonly #accessTokens = new Map<string, IssuedToken>();
  readonly #refreshTokens = new Map<string, IssuedToken>();
  readonly resources = new Map<string, StoredResource>();
  readonly binaries = new Map<string, StoredBinary>();
  #nextId = 1;

  constructor(private readonly now: () => number = Date.now) {}

  static grantKey(sub: string, clientId: string): string {
    return `${sub}|${clientId}`;
  }

  addPending(request: Omit<PendingAuthorization, "id" | "createdAt">): PendingAuthorization {
    const pending = { ...request, id: token(), createdAt: this.now() };
    this.pending.set(pending.id, pending);
    return pending;
  }

  /** Consent given: the grant holds the union of the flows consented to so far, narrowed only by the person or the service. */
  approve(pending: PendingAuthorization, sub: string): string {
    this.pending.delete(pending.id);
    const key = MesStore.grantKey(sub, pending.clientId);
    const existing = this.#grants.get(key);
    this.#grants.set(key, {
      sub,
      clientId: pending.clientId,
      scopes: pending.scopes,
      grantedAt: new Date(this.now()).toISOString(),
      revocationId: existing?.revocationId ?? token(),
    });
    const code = token();
    this.#codes.set(hash(code), { clientId: pending.clientId, redirectUri: pending.redirectUri, sub, scopes: pending.scopes, codeChallenge: pending.codeChallenge, expiresAt: this.now() + CODE_SECONDS * 1000 });
    return code;
  }

  /** Single use: a replayed code finds nothing. */
  takeCode(code: string): IssuedCode | undefined {
    const key = hash(code);
    const issued = this.#codes.get(key);
    this.#codes.delete(key);
    return issued && issued.expiresAt > this.now() ? issued : undefined;
  }

  issueTokens(sub: string, clientId: string, scopes: MesScope[]): { accessToken: string; refreshToken: string } {
    const accessToken = token();
    const refreshToken = token();
    this.#accessTokens.set(hash(accessToken), { sub, clientId, scopes, expiresAt: this.now() + ACCESS_TOKEN_SECONDS * 1000 });
    this.#refreshTokens.set(hash(refreshToken), { sub, clientId, scopes });
    return { accessToken, refreshToken };
  }

  /** Refresh tokens rotate: the old one is spent. A narrower scope narrows the grant (consent withdrawn for a flow). */
  refresh(refreshToken: string, clientId: string, scopes: MesScope[] | undefined): { accessToken: string; refreshToken: string; scopes: MesScope[] } | "invalid" | "invalid_scope" {
    const key = hash(refreshToken);
    const issued = this.#refreshTokens.get(key);
    const grant = issued ? this.#grants.get(MesStore.grantKey(issued.sub, clientId)) : undefined;
    if (!issued || issued.clientId !== clientId || !grant) return "invalid";
    const asked = scopes ?? grant.scopes;
    if (asked.some((scope) => !grant.scopes.includes(scope))) return "invalid_scope";
    this.#refreshTokens.delete(key);
    grant.scopes = asked;
    this.#dropAccessTokens(issued.sub, clientId);
    return { ...this.issueTokens(issued.sub, clientId, asked), scopes: asked };
  }

  /** RFC 7009: revoking either token ends the whole pairing (the person's grant). */
  revokeToken(value: string, clientId: string): void {
    const issued = this.#refreshTokens.get(hash(value)) ?? this.#accessTokens.get(hash(value));
    if (issued && issued.clientId === clientId) this.revokeGrant(issued.sub, clientId);
  }

  revokeGrant(sub: string, clientId: string): void {
    this.#grants.delete(MesStore.grantKey(sub, clientId));
    this.#dropAccessTokens(sub, clientId);
    for (const [key, issued] of this.#refreshTokens) if (issued.sub === sub && issued.clientId === clientId) this.#refreshTokens.delete(key);
  }

  #dropAccessTokens(sub: string, clientId: string): void {
    for (const [key, issued] of this.#accessTokens) if (issued.sub === sub && issued.clientId === clientId) this.#accessTokens.delete(key);
  }

  /** The token's person and the flows consented to now (the grant, which the person may have narrowed since). */
  authenticate(accessToken: string): { sub: string; clientId: string; scopes: MesScope[] } | undefined {
    const issued = this.#accessTokens.get(hash(accessToken));
    if (!issued || (issued.expiresAt ?? 0) <= this.now()) return undefined;
    const grant = this.#grants.get(MesStore.grantKey(issued.sub, issued.clientId));
    if (!grant) return undefined;
    return { sub: issued.sub, clientId: issued.clientId, scopes: grant.scopes.filter((scope) => issued.scopes.includes(scope)) };
  }

  grantsOf(sub: string): Grant[] {
    return [...this.#grants.values()].filter((grant) => grant.sub === sub);
  }

  grantByRevocationId(id: string): Grant | undefined {
    return [...this.#grants.values()].find((grant) => sameSecret(grant.revocationId, id));
  }

  newId(): string {
    return String(this.#nextId++);
  }

  resourcesOf(sub: string, type?: StoredResource["resourceType"]): StoredResource[] {
    return [...this.resources.values()].filter((resource) => resource.sub === sub && (!type || resource.resourceType === type));
  }

  /** Resources of this person whose identifier matches `system|value` (or just `value`). */
  findByIdentifier(sub: string, type: StoredResource["resourceType"], identifier: string): StoredResource[] {
    const [system, value] = identifier.includes("|") ? identifier.split("|", 2) : [undefined, identifier];
    return this.resourcesOf(sub, type).filter((resource) => {
      const identifiers = (resource.body.identifier ?? []) as { system?: string; value?: string }[];
      return identifiers.some((item) => item.value === value && (system === undefined || system === "" || item.system === system));
    });
  }

  reset(sub?: string): void {
    for (const [key, resource] of this.resources) if (!sub || resource.sub === sub) this.resources.delete(key);
    for (const [key, binary] of this.binaries) if (!sub || binary.sub === sub) this.binaries.delete(key);
    for (const grant of [...this.#grants.values()]) if (!sub || grant.sub === sub) this.revokeGrant(grant.sub, grant.clientId);
  }
}
