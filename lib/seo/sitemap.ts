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

/** Offer sitemap ids: "0", "1"… each up to 50,000 offers, in id order; none for an empty catalogue. */
export function offerSitemapIds(offerCount: number): { id: string }[] {
  return Array.from({ length: Math.ceil(Math.max(0, offerCount) / URLS_PER_SITEMAP) }, (_, index) => ({ id: String(index) }));
}

/** `/sitemap.xml` lists the public pages, `/offres/sitemap/<id>.xml` the offers (robots.txt names them all). */
export function sitemapUrls(portalUrl: string, offerSitemaps: readonly { id: string }[]): string[] {
  return [`${portalUrl}/sitemap.xml`, ...offerSitemaps.map(({ id }) => `${portalUrl}/offres/sitemap/${id}.xml`)];
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

/** Offer sitemap number `index` (0-based): up to 50,000 offer pages with the date they last changed. */
export async function offersSitemap(prisma: PrismaClient, portalUrl: string, index: number): Promise<MetadataRoute.Sitemap> {
  const offers = await prisma.offer.findMany({
    where: INDEXED_OFFERS,
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
    skip: index * URLS_PER_SITEMAP,
    take: URLS_PER_SITEMAP,
  });
  return offers.map((offer) => ({ url: offerUrl(portalUrl, offer.id), lastModified: offer.updatedAt, changeFrequency: "weekly" as const }));
}

/**
 * The offer sitemap ids for the catalogue as it is now. `generateSitemaps` also runs at build, where there
 * is no request and no database to read: Next refuses `connection()` there, and the build knows none (the
 * route is dynamic, so every request asks again). When the database cannot be read, the offers' sitemaps
 * answer 404 and robots.txt names the pages' sitemap only, until it comes back: never a 500.
 */
export async function currentOfferSitemapIds(getPrisma: () => Promise<PrismaClient>): Promise<{ id: string }[]> {
  try {
    await connection();
  } catch {
    return [];
  }
  try {
    return offerSitemapIds(await countIndexedOffers(await getPrisma()));
  } catch (error) {
    logger.error("sitemap: could not count the offers, serving the pages' sitemap only", errorContext(error));
    return [];
  }
}
