import "server-only";
import { LRUCache } from "lru-cache";
import type { Catalog } from "@/domain/catalog/catalog";
import { type RankedStyle, type StyleFilters, searchKey, searchStyles } from "@/domain/catalog/search";

/**
 * Every in-process cache of the server, in one place at the HTTP edge; README's "Caches"
 * lists each with its key, bound, lifetime and invalidation. Services compute; what is
 * kept between requests is decided here.
 */

/**
 * Ranked results per search: paging through a search, and the searches every visitor
 * makes (the home page's browse order, a category), rank once instead of on every request.
 * Key: the catalog, then searchKey(filters). Bound: results held, so memory stays small
 * whatever people search. Lifetime: the process; a new catalog (a deploy) is a new key.
 */
const MAX_RANKED_RESULTS_HELD = 50_000;
const rankedByCatalog = new WeakMap<Catalog, LRUCache<string, readonly RankedStyle[]>>();

export function rankedResults(catalog: Catalog, filters: StyleFilters): readonly RankedStyle[] {
  let cache = rankedByCatalog.get(catalog);
  if (!cache) {
    cache = new LRUCache({
      maxSize: MAX_RANKED_RESULTS_HELD,
      sizeCalculation: (ranked) => ranked.length + 1,
    });
    rankedByCatalog.set(catalog, cache);
  }
  const key = searchKey(filters);
  const hit = cache.get(key);
  if (hit) return hit;
  const ranked = searchStyles(catalog, filters);
  cache.set(key, ranked);
  return ranked;
}
