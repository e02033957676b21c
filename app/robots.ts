import type { MetadataRoute } from "next";

import { env } from "@/lib/env";
import { robotsRules } from "@/lib/seo";

// PORTAL_URL is read when the portal runs, not when it is built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return robotsRules(env().PORTAL_URL);
}
