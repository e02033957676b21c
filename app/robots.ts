import type { MetadataRoute } from "next";

import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { currentOfferSitemapIds, robotsRules, sitemapUrls } from "@/lib/seo";

// PORTAL_URL and the number of offer sitemaps are read when the portal runs, not when it is built.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const portalUrl = env().PORTAL_URL;
  return robotsRules(portalUrl, sitemapUrls(portalUrl, await currentOfferSitemapIds(getPrisma)));
}
