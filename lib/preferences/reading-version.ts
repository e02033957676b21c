import { cookies } from "next/headers";

/** "facile": the FALC version (Facile à lire et à comprendre); "standard" otherwise. */
export type ReadingVersion = "standard" | "facile";

export const READING_VERSION_COOKIE = "portail.version";

export function parseReadingVersion(value: string | undefined | null): ReadingVersion {
  return value === "facile" ? "facile" : "standard";
}

/** The version the person chose, remembered across pages in a cookie. */
export async function getReadingVersion(): Promise<ReadingVersion> {
  return parseReadingVersion((await cookies()).get(READING_VERSION_COOKIE)?.value);
}
