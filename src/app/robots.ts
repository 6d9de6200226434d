import type { MetadataRoute } from "next";
import { getEnv } from "@/server/env";

// built per request: SITE_URL and the catalog are read at run time, not at build time
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const site = getEnv().siteUrl;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/search?"] }],
    sitemap: `${site}/sitemap.xml`,
  };
}
