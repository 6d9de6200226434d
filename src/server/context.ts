import "server-only";
import { ANONYMOUS, type Viewer } from "@/domain/entitlements";
import type { CatalogContext } from "@/services/context";
import { rankedResults } from "./caches";
import { getCatalog } from "./catalog";
import { getImages } from "./images";

export function catalogContext(viewer: Viewer): CatalogContext {
  const catalog = getCatalog();
  return { catalog, images: getImages(), viewer, rank: (filters) => rankedResults(catalog, filters) };
}

/**
 * Pages are always rendered for an anonymous visitor: the sign-in token lives in
 * localStorage, which a page request never carries. Members get what their plan
 * unlocks through the API, from the browser.
 */
export function pageContext(): CatalogContext {
  return catalogContext(ANONYMOUS);
}
