/**
 * The code of a new invitation is shown once: the POST handler puts it in a
 * short-lived cookie scoped to /mon-compte/aidants; on the next request
 * `proxy.ts` moves it into a request header for the page and deletes the
 * cookie in the same response, so a reload no longer shows it. The page checks it against the stored hash, so a forged cookie
 * shows nothing.
 */
export const INVITATION_FLASH_COOKIE = "portail.invitation";
export const INVITATION_FLASH_HEADER = "x-portail-invitation";
export const INVITATION_FLASH_PATH = "/mon-compte/aidants";
export const INVITATION_FLASH_MAX_AGE_SECONDS = 300;

export function encodeInvitationFlash(mandateId: string, code: string): string {
  return `${mandateId}.${code}`;
}

export function decodeInvitationFlash(value: string | undefined): { mandateId: string; code: string } | null {
  if (!value) return null;
  const match = /^([A-Za-z0-9_-]{1,64})\.([A-Z0-9]{10})$/.exec(value);
  return match ? { mandateId: match[1] as string, code: match[2] as string } : null;
}
