import type { MetadataRoute } from "next";
import { getEnv } from "@/server/env";

export default function robots(): MetadataRoute.Robots {
  const site = getEnv().siteUrl;
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/search?"] }],
    sitemap: `${site}/sitemap.xml`,
  };
}
