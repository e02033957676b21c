import type { MetadataRoute } from "next";

import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { currentSitemapIds, offersSitemap, pagesSitemap } from "@/lib/seo";

// The catalogue changes with every import: each sitemap is read when asked, never at build.
export const dynamic = "force-dynamic";

/** `/sitemap/0.xml`: the public pages; `/sitemap/1.xml`…: the offers, 50,000 per file. `/sitemap.xml` is their index. */
export function generateSitemaps() {
  return currentSitemapIds(getPrisma);
}

export default async function sitemap({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const index = Number(await id);
  const portalUrl = env().PORTAL_URL;
  return index === 0 ? pagesSitemap(portalUrl) : offersSitemap(await getPrisma(), portalUrl, index);
}
