import type { MetadataRoute } from "next";

import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { currentOfferSitemapIds, offersSitemap } from "@/lib/seo";

// The catalogue changes with every import: each sitemap is read when asked, never at build.
export const dynamic = "force-dynamic";

/** `/offres/sitemap/0.xml`, `/1.xml`…: the listed offers, 50,000 per file (the protocol's limit), named by robots.txt. */
export function generateSitemaps() {
  return currentOfferSitemapIds(getPrisma);
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  return offersSitemap(await getPrisma(), env().PORTAL_URL, Number(await id));
}
