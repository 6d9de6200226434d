import "server-only";
import type { StyleFilters } from "@/domain/catalog/search";
import { ANONYMOUS, type Viewer } from "@/domain/entitlements";
import type { CatalogContext } from "@/services/context";
import { keptNeighbours, keptPopularity, rankedResults } from "./caches";
import { getCatalog } from "./catalog";
import { getImages } from "./images";
import { getStore } from "./store";

export function catalogContext(viewer: Viewer): CatalogContext {
  const catalog = getCatalog();
  return {
    catalog,
    images: getImages(),
    viewer,
    rank: (filters, popularity, paging) => rankedResults(catalog, filters, popularity, paging),
    neighbours: (styleId, find) => keptNeighbours(catalog, styleId, find),
  };
}

/** The context a list of styles needs: with the popularity counts when it is sorted by them. */
export async function listContext(viewer: Viewer, filters: StyleFilters): Promise<CatalogContext> {
  const ctx = catalogContext(viewer);
  if (filters.sort !== "popular") return ctx;
  return { ...ctx, popularity: await keptPopularity(() => getStore().popularity.likers()) };
}

/**
 * Pages are always rendered for an anonymous visitor: the sign-in token lives in
 * localStorage, which a page request never carries. Members get what their plan
 * unlocks through the API, from the browser.
 */
export function pageContext(): CatalogContext {
  return catalogContext(ANONYMOUS);
}

/** pageContext, for a list of styles (listContext). */
export function pageListContext(filters: StyleFilters): Promise<CatalogContext> {
  return listContext(ANONYMOUS, filters);
}
