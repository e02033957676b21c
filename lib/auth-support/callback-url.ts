/**
 * Where to send someone after sign-in: a path or URL of the portal itself,
 * never another site (no open redirect). Anything else falls back to `fallback`.
 */
export function safeCallbackUrl(candidate: string | null | undefined, portalUrl: string, fallback = "/mes-demarches"): string {
  const portal = new URL(portalUrl);
  const fallbackUrl = new URL(fallback, portal).toString();
  if (!candidate) return fallbackUrl;
  // "//host" and "/\\host" are protocol-relative URLs that browsers send elsewhere.
  if (candidate.startsWith("/") && !candidate.startsWith("//") && !candidate.startsWith("/\\")) {
    const resolved = new URL(candidate, portal);
    return resolved.origin === portal.origin ? resolved.toString() : fallbackUrl;
  }
  try {
    const absolute = new URL(candidate);
    return absolute.origin === portal.origin ? absolute.toString() : fallbackUrl;
  } catch {
    return fallbackUrl;
  }
}
