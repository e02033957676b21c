import { cookies } from "next/headers";

/** "facile": the FALC version (Facile à lire et à comprendre); "standard" otherwise. */
export type ReadingVersion = "standard" | "facile";

export const READING_VERSION_COOKIE = "portail.version";

/** How long the browser keeps the choice (also stated on /donnees-personnelles). */
export const READING_VERSION_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

export function parseReadingVersion(value: string | undefined | null): ReadingVersion {
  return value === "facile" ? "facile" : "standard";
}

/** The version the person chose, remembered across pages in a cookie. */
export async function getReadingVersion(): Promise<ReadingVersion> {
  return parseReadingVersion((await cookies()).get(READING_VERSION_COOKIE)?.value);
}
