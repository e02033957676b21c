// Minimal typings for the parts of oidc-provider 9 used by the sandbox identity
// provider (the package ships no types and @types/oidc-provider is not
// installed). Configuration stays loosely typed: oidc-provider validates it at
// construction time and the tests exercise every option we set.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export type UnknownObject = Record<string, unknown>;

  export interface CookieJar {
    get(name: string, options?: UnknownObject): string | undefined;
    set(name: string, value: string | null, options?: UnknownObject): void;
  }

  export interface Session {
    accountId?: string;
    authorizations?: Record<string, { grantId?: string; sid?: string }>;
    grantIdFor(clientId: string): string | undefined;
    destroy(): Promise<void>;
  }

  export interface ClientInstance {
    clientId: string;
    clientName?: string;
    redirectUris: string[];
    postLogoutRedirectUris: string[];
    metadata(): UnknownObject;
    postLogoutRedirectUriAllowed(uri: string): boolean;
  }

  export interface Grant {
    jti: string;
    accountId: string;
    clientId: string;
    addOIDCScope(scope: string): void;
    addOIDCClaims(claims: string[]): void;
    save(): Promise<string>;
    destroy(): Promise<void>;
  }

  export interface OIDCContext {
    params: Record<string, string | undefined>;
    route: string;
    session: Session;
    client?: ClientInstance;
    provider: Provider;
    requestParamScopes: Set<string>;
    requestParamClaims: Set<string>;
    result?: { consent?: { grantId?: string }; login?: UnknownObject };
    urlFor(name: string, options?: UnknownObject): string;
  }

  /** Koa context as passed to configuration helpers (subset). */
  export interface KoaContextWithOIDC {
    oidc: OIDCContext;
    path: string;
    method: string;
    query: Record<string, string | string[] | undefined>;
    status: number;
    type: string;
    body: unknown;
    cookies: CookieJar;
    redirect(url: string): void;
    set(field: string, value: string): void;
  }

  export interface InteractionDetails {
    uid: string;
    params: Record<string, string | undefined>;
    prompt: { name: string; reasons: string[]; details: UnknownObject };
    session?: { accountId?: string; uid?: string };
    grantId?: string;
    lastSubmission?: UnknownObject;
    returnTo: string;
  }

  export interface InteractionResults {
    login?: { accountId: string; acr?: string; amr?: string[]; remember?: boolean; ts?: number };
    consent?: { grantId?: string };
    error?: string;
    error_description?: string;
    [key: string]: unknown;
  }

  export type Configuration = UnknownObject;

  interface GrantConstructor {
    new (properties: { accountId?: string; clientId: string }): Grant;
    find(id: string): Promise<Grant | undefined>;
  }

  interface RevocableModel {
    revokeByGrantId(grantId: string): Promise<void>;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    readonly issuer: string;
    proxy: boolean;
    readonly Grant: GrantConstructor;
    readonly Client: { find(id: string): Promise<ClientInstance | undefined> };
    readonly AccessToken: RevocableModel;
    readonly AuthorizationCode: RevocableModel;
    readonly RefreshToken: RevocableModel;
    readonly Session: { get(ctx: KoaContextWithOIDC): Promise<Session> };
    readonly IdToken: { validate(jwt: string, client: ClientInstance): Promise<unknown> };
    callback(): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
    use(middleware: (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>): void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    emit(event: string, ...args: unknown[]): boolean;
    cookieName(type: "session" | "interaction" | "resume"): string;
    interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
    interactionFinished(req: IncomingMessage, res: ServerResponse, result: InteractionResults, options?: { mergeWithLastSubmission?: boolean }): Promise<void>;
  }

  export class OIDCProviderError extends Error {
    error: string;
    error_description?: string;
    status: number;
    statusCode: number;
    expose: boolean;
  }

  export const errors: {
    OIDCProviderError: typeof OIDCProviderError;
    InvalidRequest: new (description?: string, code?: number) => OIDCProviderError;
    SessionNotFound: new (description?: string) => OIDCProviderError;
    AccessDenied: new (description?: string) => OIDCProviderError;
  };

  export class Check {
    constructor(reason: string, description: string, check: (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>);
    constructor(reason: string, description: string, error: string, check: (ctx: KoaContextWithOIDC) => boolean | Promise<boolean>);
    static readonly REQUEST_PROMPT: true;
    static readonly NO_NEED_TO_PROMPT: false;
  }

  export interface Prompt {
    name: string;
    checks: Check[] & { add(check: Check, index?: number): void; get(reason: string): Check | undefined };
  }

  export const interactionPolicy: {
    base(): Prompt[] & { get(name: string): Prompt | undefined };
    Check: typeof Check;
  };
}
