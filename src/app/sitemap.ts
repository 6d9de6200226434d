import type { MetadataRoute } from "next";
import { CATEGORIES } from "@/domain/catalog/taxonomy";
import { getCatalog } from "@/server/catalog";
import { getEnv } from "@/server/env";

// built per request: SITE_URL and the catalog are read at run time, not at build time
export const dynamic = "force-dynamic";

export default function sitemap(): MetadataRoute.Sitemap {
  const site = getEnv().siteUrl;
  const catalog = getCatalog();
  const newest = catalog.styles.reduce((max, s) => Math.max(max, s.publishedAtMs), 0);
  return [
    { url: `${site}/`, lastModified: new Date(newest), changeFrequency: "weekly", priority: 1 },
    { url: `${site}/search`, changeFrequency: "weekly", priority: 0.5 },
    { url: `${site}/pricing`, changeFrequency: "monthly", priority: 0.4 },
    { url: `${site}/privacy`, changeFrequency: "yearly", priority: 0.2 },
    { url: `${site}/terms`, changeFrequency: "yearly", priority: 0.2 },
    ...CATEGORIES.map((c) => ({
      url: `${site}/category/${c.slug}`,
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
    ...catalog.styles.map((s) => ({
      url: `${site}/styles/${s.style.slug}`,
      lastModified: new Date(s.publishedAtMs),
      changeFrequency: "monthly" as const,
      priority: 0.6,
    })),
  ];
}
