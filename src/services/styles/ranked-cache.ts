import { LRUCache } from "lru-cache";
import type { Catalog } from "@/domain/catalog/catalog";
import { type RankedStyle, type StyleFilters, searchKey, searchStyles } from "@/domain/catalog/search";

/**
 * Ranked results per search, per catalog: paging through a search and popular searches
 * (the home page's browse order, a category) rank once instead of on every request.
 * Bounded by the number of results held, so memory stays small whatever people search.
 */
const MAX_RESULTS_HELD = 50_000;

const caches = new WeakMap<Catalog, LRUCache<string, readonly RankedStyle[]>>();

export function rankedStyles(catalog: Catalog, filters: StyleFilters): readonly RankedStyle[] {
  let cache = caches.get(catalog);
  if (!cache) {
    cache = new LRUCache({ maxSize: MAX_RESULTS_HELD, sizeCalculation: (ranked) => ranked.length + 1 });
    caches.set(catalog, cache);
  }
  const key = searchKey(filters);
  const hit = cache.get(key);
  if (hit) return hit;
  const ranked = searchStyles(catalog, filters);
  cache.set(key, ranked);
  return ranked;
}
