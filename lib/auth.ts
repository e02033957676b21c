import type { NextAuthOptions, Session } from "next-auth";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";

import { safeCallbackUrl } from "./auth-support/callback-url";
import { displayName, userFieldsFromClaims, type IdentityClaims } from "./auth-support/display-name";
import { getPrisma } from "./db";
import { env } from "./env";
import { errorContext, logger } from "./logger";
import { checkPortalSession, startPortalSession, type SessionEndReason } from "./sessions";

// Auth in one file (STYLE.md §9): provider, callbacks, cookies and the session shape.

export const FRANCECONNECT_PROVIDER_ID = "franceconnect";

/** What pages see of the signed-in person. Tokens never reach this object. */
export type PortalSession = { userId: string; subject: string; name: string; givenName: string };

declare module "next-auth" {
  interface Session {
    portal?: PortalSession;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    portal?: PortalSession;
    /** Kept server-side only (encrypted cookie) for logout at the identity provider. */
    idToken?: string;
    /** Id of the server-side PortalSession row (lib/sessions): the cookie is worth nothing once that row has ended. */
    sessionId?: string;
  }
}

function cookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure };
}

/** Cookie names of the portal; partner stand-ins on other localhost ports use their own. */
export function authCookieNames(secure: boolean) {
  const prefix = secure ? "__Secure-portail" : "portail";
  return {
    sessionToken: `${prefix}.session-token`,
    callbackUrl: `${prefix}.callback-url`,
    csrfToken: secure ? "__Host-portail.csrf-token" : "portail.csrf-token",
    pkceCodeVerifier: `${prefix}.pkce.code_verifier`,
    state: `${prefix}.state`,
    nonce: `${prefix}.nonce`,
  };
}

function buildAuthOptions(): NextAuthOptions {
  const config = env();
  // next-auth v4 builds its redirect_uri from NEXTAUTH_URL (else localhost:3000);
  // the portal's one source for its own address is PORTAL_URL.
  process.env.NEXTAUTH_URL = config.PORTAL_URL;
  const secure = config.PORTAL_URL.startsWith("https://");
  const names = authCookieNames(secure);
  const cookie = (name: string) => ({ name, options: cookieOptions(secure) });
  return {
    secret: config.AUTH_SECRET,
    // The cookie lives as long as the absolute lifetime; the session row decides before that (lib/sessions).
    session: { strategy: "jwt", maxAge: config.SESSION_MAX_HOURS * 60 * 60 },
    pages: { signIn: "/connexion", error: "/connexion" },
    cookies: {
      sessionToken: cookie(names.sessionToken),
      callbackUrl: cookie(names.callbackUrl),
      csrfToken: cookie(names.csrfToken),
      pkceCodeVerifier: cookie(names.pkceCodeVerifier),
      state: cookie(names.state),
      nonce: cookie(names.nonce),
    },
    providers: [
      {
        id: FRANCECONNECT_PROVIDER_ID,
        name: "FranceConnect",
        type: "oauth",
        wellKnown: `${config.FRANCECONNECT_ISSUER}/.well-known/openid-configuration`,
        clientId: config.FRANCECONNECT_CLIENT_ID,
        clientSecret: config.FRANCECONNECT_CLIENT_SECRET,
        authorization: { params: { scope: config.FRANCECONNECT_SCOPES, acr_values: config.FRANCECONNECT_ACR } },
        // State and nonce are 43-character random values (FranceConnect requires ≥ 32), with PKCE S256.
        checks: ["pkce", "state", "nonce"],
        idToken: true,
        client: { token_endpoint_auth_method: "client_secret_post" },
        profile(profile: IdentityClaims) {
          return { id: profile.sub, name: displayName(profile), email: profile.email ?? null };
        },
      },
    ],
    callbacks: {
      async signIn({ account, profile }) {
        if (account?.provider !== FRANCECONNECT_PROVIDER_ID || !profile) return false;
        const claims = profile as IdentityClaims & { acr?: string };
        if (claims.acr !== config.FRANCECONNECT_ACR) {
          logger.warn("Sign-in refused: unexpected acr", { expected: config.FRANCECONNECT_ACR, received: claims.acr });
          return false;
        }
        return true;
      },
      async jwt({ token, account, profile }) {
        if (account && profile) {
          const claims = profile as IdentityClaims & { sid?: string };
          const user = await upsertUser(claims);
          token.sessionId = await startSession(user.id, typeof claims.sid === "string" ? claims.sid : null);
          token.portal = {
            userId: user.id,
            subject: claims.sub,
            name: displayName(claims),
            givenName: claims.given_name?.split(" ")[0] ?? "",
          };
          token.idToken = account.id_token;
        }
        return token;
      },
      async session({ session, token }) {
        // Only the portal's view of the person; no token goes to the browser. A cookie whose
        // server-side session has ended (sign-out, idle, lifetime, account deleted) is no session.
        const check = token.sessionId ? await checkPortalSession(token.sessionId) : undefined;
        if (!check?.active || check.userId !== token.portal?.userId) return { expires: session.expires } satisfies Session;
        return { expires: session.expires, portal: token.portal } satisfies Session;
      },
      async redirect({ url }) {
        return safeCallbackUrl(url, config.PORTAL_URL);
      },
    },
    logger: {
      error: (code, metadata) => logger.error(`next-auth error ${code}`, { metadata: String(metadata instanceof Error ? metadata.message : JSON.stringify(metadata)) }),
      warn: (code) => logger.warn(`next-auth warning ${code}`),
      debug: () => undefined,
    },
  };
}

async function upsertUser(claims: IdentityClaims) {
  const fields = userFieldsFromClaims(claims);
  try {
    const prisma = await getPrisma();
    return await prisma.user.upsert({ where: { subject: claims.sub }, create: { subject: claims.sub, ...fields }, update: fields });
  } catch (error) {
    logger.error("Could not record the signed-in user", errorContext(error));
    throw error;
  }
}

async function startSession(userId: string, idpSid: string | null) {
  try {
    return await startPortalSession(userId, idpSid);
  } catch (error) {
    logger.error("Could not open the server-side session", { userId, ...errorContext(error) });
    throw error;
  }
}

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= buildAuthOptions();
  return options;
}

/** The signed-in person, or null. The one helper pages call (memoized per request). */
export const getPortalSession = cache(async (): Promise<PortalSession | null> => {
  const session = await getServerSession(authOptions());
  return session?.portal ?? null;
});

/** The decoded session cookie of this request (next/headers), or null. */
const readSessionToken = cache(async () => {
  const config = env();
  return getToken({
    req: { cookies: await cookies(), headers: {} } as never,
    secret: config.AUTH_SECRET,
    cookieName: authCookieNames(config.PORTAL_URL.startsWith("https://")).sessionToken,
  });
});

/** The server-side session id of an active session, for hand-over records; null when signed out. */
export async function activeSessionId(): Promise<string | null> {
  const token = await readSessionToken();
  if (!token?.sessionId) return null;
  const check = await checkPortalSession(token.sessionId);
  return check.active ? token.sessionId : null;
}

/** Why the session of this browser's cookie has ended (for the sign-in page), or null. */
export async function endedSessionReason(): Promise<SessionEndReason | null> {
  const token = await readSessionToken();
  if (!token?.sessionId) return null;
  const check = await checkPortalSession(token.sessionId);
  return check.active ? null : check.reason;
}
