import { headers } from "next/headers";

import { NONCE_HEADER } from "./headers";

/**
 * The nonce `proxy.ts` generated for this request, for the inline scripts and
 * styles the portal writes itself (Next adds it to its own). Reading request
 * headers makes every page rendered per request: a prerendered page would carry
 * no nonce and its scripts would be refused.
 */
export async function getNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
