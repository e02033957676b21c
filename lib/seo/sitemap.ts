import type { PrismaClient } from "@prisma/client";
import type { MetadataRoute } from "next";
import { connection } from "next/server";

import { errorContext, logger } from "@/lib/logger";
import { siteRoutes } from "@/lib/site-map";

/** The sitemaps protocol's limit of URLs per file (sitemaps.org). */
export const URLS_PER_SITEMAP = 50_000;

/** Pages that only mean something to a signed-in person, or to someone signing in or out: never listed. */
const PERSONAL_PATHS = ["/mes-demarches", "/mon-compte", "/aidant", "/connexion", "/deconnexion"];

export function isPublicPath(path: string): boolean {
  return !PERSONAL_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Sitemap ids: "0" lists the public pages, "1", "2"… each up to 50,000 offers, in id order.
 * A catalogue without offers still has the pages' sitemap.
 */
export function sitemapIds(offerCount: number): { id: string }[] {
  const offerSitemaps = Math.ceil(Math.max(0, offerCount) / URLS_PER_SITEMAP);
  return Array.from({ length: offerSitemaps + 1 }, (_, index) => ({ id: String(index) }));
}

export function sitemapUrl(portalUrl: string, id: string): string {
  return `${portalUrl}/sitemap/${id}.xml`;
}

/** Every public page of the site map (lib/site-map.ts), with absolute URLs. */
export function pagesSitemap(portalUrl: string): MetadataRoute.Sitemap {
  return siteRoutes
    .filter((route) => isPublicPath(route.path))
    .map((route) => ({ url: `${portalUrl}${route.path === "/" ? "/" : route.path}`, changeFrequency: "monthly" as const, priority: route.path === "/" ? 1 : 0.7 }));
}

/** Listed offers only: an unlisted FINESS offer repeats a ROR one (lib/ingest) and has no place in search engines. */
const INDEXED_OFFERS = { listed: true } as const;

export function countIndexedOffers(prisma: PrismaClient): Promise<number> {
  return prisma.offer.count({ where: INDEXED_OFFERS });
}

export function offerUrl(portalUrl: string, id: string): string {
  return `${portalUrl}/offres/${encodeURIComponent(id)}`;
}

/** Offer sitemap number `index` (1-based): up to 50,000 offer pages with the date they last changed. */
export async function offersSitemap(prisma: PrismaClient, portalUrl: string, index: number): Promise<MetadataRoute.Sitemap> {
  const offers = await prisma.offer.findMany({
    where: INDEXED_OFFERS,
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: (index - 1) * URLS_PER_SITEMAP,
    take: URLS_PER_SITEMAP,
  });
  return offers.map((offer) => ({ url: offerUrl(portalUrl, offer.id), lastModified: offer.updatedAt, changeFrequency: "weekly" as const }));
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** The sitemap index (sitemaps.org) that `/sitemap.xml` serves: one entry per sitemap of `sitemapIds`. */
export function sitemapIndexXml(urls: readonly string[]): string {
  const entries = urls.map((url) => `<sitemap><loc>${url.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

/**
 * The sitemap ids for the catalogue as it is now. `generateSitemaps` also runs at build, where there is
 * no request and no database to read: Next refuses `connection()` there, and the build then knows only the
 * pages' sitemap (the routes are dynamic, so every request asks again). When the database cannot be read,
 * the pages' sitemap is still served and the offers' sitemaps answer 404 until it comes back.
 */
export async function currentSitemapIds(getPrisma: () => Promise<PrismaClient>): Promise<{ id: string }[]> {
  try {
    await connection();
  } catch {
    return sitemapIds(0);
  }
  try {
    return sitemapIds(await countIndexedOffers(await getPrisma()));
  } catch (error) {
    logger.error("sitemap: could not count the offers, serving the pages' sitemap only", errorContext(error));
    return sitemapIds(0);
  }
}
