import { createHash } from "node:crypto";

/** Successful map responses: one minute fresh, then served stale while the CDN or browser revalidates. */
export const MAP_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
/** Errors are never cached: the next try may succeed. */
export const NO_STORE = "no-store";

/**
 * A weak validator for a response body: equal bodies give equal ETags. Weak
 * because a proxy may recompress the bytes without changing their meaning.
 */
export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

const opaqueTag = (tag: string) => tag.trim().replace(/^W\//, "");

/** RFC 9110 §13.1.2: `If-None-Match` uses the weak comparison, accepts a list and `*`. */
export function ifNoneMatchSatisfied(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === "*") return true;
  const wanted = opaqueTag(etag);
  return ifNoneMatch.split(",").some((candidate) => opaqueTag(candidate) === wanted);
}
