import type { MetadataRoute } from "next";

import { env } from "@/lib/env";
import { pagesSitemap } from "@/lib/seo";

// PORTAL_URL is read when the portal runs, not when it is built.
export const dynamic = "force-dynamic";

/** `/sitemap.xml`: the public pages; the offers are in `/offres/sitemap/<n>.xml` (app/(public)/offres/sitemap.ts). */
export default function sitemap(): MetadataRoute.Sitemap {
  return pagesSitemap(env().PORTAL_URL);
}
