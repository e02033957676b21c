/**
 * CSRF protection for the portal's own POST forms (sign-in, sign-out, mandates, notifications): the
 * browser must say the request comes from the portal's origin.
 */
export function isSameOriginRequest(headers: Headers, portalUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin) return origin === new URL(portalUrl).origin;
  return headers.get("sec-fetch-site") === "same-origin";
}
