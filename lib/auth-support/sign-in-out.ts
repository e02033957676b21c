import { createHash, randomBytes } from "node:crypto";

import NextAuth from "next-auth";
import { getToken } from "next-auth/jwt";
import { cookies } from "next/headers";
import { NextRequest, NextResponse } from "next/server";
import { z } from "zod";

import { authCookieNames, authOptions, FRANCECONNECT_PROVIDER_ID } from "@/lib/auth";
import { env } from "@/lib/env";
import { httpJson } from "@/lib/http";
import { errorContext, logger } from "@/lib/logger";
import { endSessionWithSingleLogout, SIGNED_OUT_SUMMARY_MS } from "@/lib/sessions";

import { safeCallbackUrl } from "./callback-url";

function isSecure(): boolean {
  return env().PORTAL_URL.startsWith("https://");
}

/**
 * Starts the OpenID Connect flow at the identity provider from a plain HTML
 * form (no client JavaScript): mints next-auth's double-submit CSRF token,
 * then runs next-auth's own sign-in action, which answers with the redirect to
 * the identity provider and sets its state, nonce and PKCE cookies.
 */
export async function startSignIn(requestedCallbackUrl: string | null): Promise<Response> {
  const config = env();
  const csrfToken = randomBytes(32).toString("hex");
  const csrfHash = createHash("sha256").update(`${csrfToken}${config.AUTH_SECRET}`).digest("hex");
  const names = authCookieNames(isSecure());
  // Route handlers read and write the same cookie store, so next-auth sees this value.
  (await cookies()).set(names.csrfToken, `${csrfToken}|${csrfHash}`, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: isSecure(),
  });
  const internal = new NextRequest(`${config.PORTAL_URL}/api/auth/signin/${FRANCECONNECT_PROVIDER_ID}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: safeCallbackUrl(requestedCallbackUrl, config.PORTAL_URL) }),
  });
  const response: Response = await NextAuth(internal as never, { params: Promise.resolve({ nextauth: ["signin", FRANCECONNECT_PROVIDER_ID] }) } as never, authOptions());
  const location = response.headers.get("location");
  if (!location || !location.startsWith(config.FRANCECONNECT_ISSUER)) {
    logger.error("Sign-in could not start at the identity provider", { redirect: location });
    return NextResponse.redirect(new URL("/connexion?erreur=indisponible", config.PORTAL_URL), 303);
  }
  return response;
}

const discoverySchema = z.object({ end_session_endpoint: z.url().optional() });
let discovery: Promise<z.infer<typeof discoverySchema> | null> | undefined;

async function endSessionEndpoint(): Promise<string | undefined> {
  discovery ??= httpJson(`${env().FRANCECONNECT_ISSUER}/.well-known/openid-configuration`, discoverySchema, { timeoutMs: 5_000, retries: 1 }).catch(
    (error: unknown) => {
      discovery = undefined;
      throw error;
    },
  );
  return (await discovery)?.end_session_endpoint;
}

async function endSessionEndpointOrNothing(): Promise<string | undefined> {
  try {
    return await endSessionEndpoint();
  } catch (error) {
    logger.warn("Identity provider discovery failed during sign-out; portal session ended only", errorContext(error));
    return undefined;
  }
}

/**
 * RP-initiated logout at the identity provider, coming back to `landingPath` (registered
 * there as a post_logout_redirect_uri); straight to `landingPath` without an ID token or endpoint.
 */
function identityProviderLogoutUrl(endpoint: string | undefined, idToken: string | undefined, landingPath: string): URL {
  const config = env();
  if (!endpoint || !idToken) return new URL(landingPath, config.PORTAL_URL);
  const target = new URL(endpoint);
  target.searchParams.set("id_token_hint", idToken);
  target.searchParams.set("state", randomBytes(32).toString("base64url"));
  target.searchParams.set("post_logout_redirect_uri", `${config.PORTAL_URL}${landingPath}`);
  return target;
}

/**
 * After an account deletion (lib/account has ended the sessions): clears the portal's cookies
 * and sends the person through the identity provider's logout to `landingPath`, so that
 * nobody stays signed in to FranceConnect on a shared computer. For server functions.
 */
export async function signOutAfterAccountDeletion(landingPath: string): Promise<string> {
  const config = env();
  const names = authCookieNames(isSecure());
  const jar = await cookies();
  const token = await getToken({ req: { cookies: jar, headers: {} } as never, secret: config.AUTH_SECRET, cookieName: names.sessionToken });
  const endpoint = token?.idToken ? await endSessionEndpointOrNothing() : undefined;
  for (const name of [names.sessionToken, names.callbackUrl, names.csrfToken]) jar.delete(name);
  return identityProviderLogoutUrl(endpoint, token?.idToken, landingPath).toString();
}

/** The signed-out page, also the post_logout_redirect_uri registered at the identity provider. */
export const SIGNED_OUT_PATH = "/deconnexion";
/** Carries the ended session's id to the signed-out page (worthless as a session: the row has ended). */
export const SIGNED_OUT_COOKIE = "portail.fin-de-session";

/**
 * Ends the portal session on the server, closes the partner sessions opened
 * from it (back-channel logout, docs/adr/0008-single-logout-and-sessions.md),
 * then ends the identity provider's session through
 * RP-initiated logout (GET, as FranceConnect's end_session endpoint requires;
 * see docs/adr/0003-sign-in-and-handover.md for why the ID token hint is the
 * one token that appears in a URL).
 */
export async function signOut(request: NextRequest): Promise<NextResponse> {
  const config = env();
  const names = authCookieNames(isSecure());
  const token = await getToken({ req: request, secret: config.AUTH_SECRET, cookieName: names.sessionToken });
  if (token?.sessionId) {
    try {
      await endSessionWithSingleLogout(token.sessionId);
    } catch (error) {
      // The cookie is still cleared below; the row will also end by idle timeout.
      logger.error("Could not end the server-side session at sign-out", { sessionId: token.sessionId, ...errorContext(error) });
    }
  }
  const endpoint = token?.idToken ? await endSessionEndpointOrNothing() : undefined;
  const target = identityProviderLogoutUrl(token?.idToken ? endpoint : undefined, token?.idToken, SIGNED_OUT_PATH);
  const response = NextResponse.redirect(target, 303);
  response.headers.set("Referrer-Policy", "no-referrer");
  for (const name of [names.sessionToken, names.callbackUrl, names.csrfToken]) {
    response.cookies.set(name, "", { path: "/", maxAge: 0, httpOnly: true, sameSite: "lax", secure: isSecure() });
  }
  if (token?.sessionId) {
    response.cookies.set(SIGNED_OUT_COOKIE, token.sessionId, { path: SIGNED_OUT_PATH, maxAge: SIGNED_OUT_SUMMARY_MS / 1000, httpOnly: true, sameSite: "lax", secure: isSecure() });
  }
  return response;
}
