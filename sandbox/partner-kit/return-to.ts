// Validation of "where to go after sign-in" values: only paths of this very
// site are accepted, so a crafted link cannot bounce the person elsewhere.

const BASE = "http://return-to.invalid";

/**
 * Returns `candidate` as a local path (pathname + search) when it is one,
 * otherwise `fallback`. Rejects absolute and protocol-relative URLs,
 * backslashes and control characters.
 */
export function safeLocalPath(candidate: string | null | undefined, fallback = "/"): string {
  if (!candidate || candidate.length > 2048) return fallback;
  if (!candidate.startsWith("/") || candidate.startsWith("//")) return fallback;
  // Browsers treat "\" like "/" and strip tabs/newlines, which can turn "/\evil" into "//evil".
  if (/[\\\u0000-\u001f\u007f]/.test(candidate)) return fallback;
  let url: URL;
  try {
    url = new URL(candidate, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return `${url.pathname}${url.search}`;
}

/** The path and query of `url` without the given query parameters. */
export function pathWithout(url: URL, ...params: string[]): string {
  const search = new URLSearchParams(url.searchParams);
  for (const param of params) search.delete(param);
  const query = search.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}
