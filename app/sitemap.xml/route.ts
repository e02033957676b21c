import { getPrisma } from "@/lib/db";
import { env } from "@/lib/env";
import { currentSitemapIds, sitemapIndexXml, sitemapUrl } from "@/lib/seo";

export const dynamic = "force-dynamic";

/** The sitemap index named by robots.txt: one entry per sitemap that `app/sitemap.ts` serves. */
export async function GET() {
  const portalUrl = env().PORTAL_URL;
  const ids = await currentSitemapIds(getPrisma);
  return new Response(sitemapIndexXml(ids.map(({ id }) => sitemapUrl(portalUrl, id))), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}
