import "server-only";
import { LRUCache } from "lru-cache";
import type { ImagesPort } from "@/adapters/images/port";
import type { Catalog } from "@/domain/catalog/catalog";
import type { StyleRecord } from "@/domain/catalog/schema";
import {
  type Popularity,
  type RankedStyle,
  type StyleFilters,
  searchKey,
  searchStyles,
} from "@/domain/catalog/search";
import { canSeeRecipe } from "@/domain/entitlements";
import type { CatalogContext } from "@/services/context";
import type { StoreHealth } from "@/services/health/check-store";
import { presentStyle } from "@/services/styles/present";
import { processWide } from "./process-wide";

/**
 * Every in-process cache of the server, in one place at the HTTP edge, each one per
 * process (processWide: the API and the pages are separate bundles); docs/operations.md "Caches"
 * lists each with its key, bound, lifetime and invalidation. Services compute; what is
 * kept between requests is decided here.
 */

/**
 * Ranked results per search: paging through a search, and the searches every visitor
 * makes (the home page's browse order, a category), rank once instead of on every request.
 * Key: the catalog, then searchKey(filters) (and, sorted by popularity, the counts'
 * version). Bound: results held, so memory stays small whatever people search. Random
 * orders are held apart, and only once someone pages through one: every visitor's seed is a
 * new key, and a first page alone (a Pro member's "Surprise me" is one) would push out the
 * searches everyone shares. Their bound is a few whole orders of the catalog. Lifetime: the
 * process; a new catalog (a deploy) is a new key.
 */
const MAX_RANKED_RESULTS_HELD = 50_000;
const RANDOM_ORDERS_HELD = 4;
type RankedCache = LRUCache<string, readonly RankedStyle[]>;
const rankedByCatalog = processWide(
  "rankedResults",
  () => new WeakMap<Catalog, { shared: RankedCache; random: RankedCache }>(),
);

const rankedCache = (maxSize: number): RankedCache =>
  new LRUCache({ maxSize, sizeCalculation: (ranked) => ranked.length + 1 });

export function rankedResults(
  catalog: Catalog,
  filters: StyleFilters,
  popularity?: Popularity,
  paging = false,
): readonly RankedStyle[] {
  let caches = rankedByCatalog.get(catalog);
  if (!caches) {
    caches = {
      shared: rankedCache(MAX_RANKED_RESULTS_HELD),
      random: rankedCache(RANDOM_ORDERS_HELD * (catalog.styles.length + 1)),
    };
    rankedByCatalog.set(catalog, caches);
  }
  const random = filters.sort === "random";
  const cache = random ? caches.random : caches.shared;
  const key =
    filters.sort === "popular" ? `${searchKey(filters)}|${popularity?.version}` : searchKey(filters);
  const hit = cache.get(key);
  if (hit) return hit;
  const ranked = searchStyles(catalog, filters, popularity);
  if (!random || paging) cache.set(key, ranked);
  return ranked;
}

/**
 * Each style's JSON as the catalog API sends it: presenting a style (its image URLs) and
 * serializing it was most of an API page's own work. Key: the catalog and the images
 * port, then the style id and whether the viewer sees its recipe (so a Pro recipe never
 * lands in the copy anyone else gets). Bound: 8 MB of JSON (LRU by size). Lifetime: the
 * process; a new catalog (a deploy) is a new key.
 */
const MAX_STYLE_JSON_CHARS = 8_000_000;
const styleJsonByCatalog = processWide(
  "styleJson",
  () => new WeakMap<Catalog, WeakMap<ImagesPort, LRUCache<string, string>>>(),
);

export function styleJson(ctx: CatalogContext, style: StyleRecord): string {
  let byImages = styleJsonByCatalog.get(ctx.catalog);
  if (!byImages) {
    byImages = new WeakMap();
    styleJsonByCatalog.set(ctx.catalog, byImages);
  }
  let cache = byImages.get(ctx.images);
  if (!cache) {
    cache = new LRUCache({ maxSize: MAX_STYLE_JSON_CHARS, sizeCalculation: (json) => json.length });
    byImages.set(ctx.images, cache);
  }
  const key = `${style.id}|${canSeeRecipe(ctx.viewer, style) ? "recipe" : "locked"}`;
  let json = cache.get(key);
  if (json === undefined) {
    json = JSON.stringify(presentStyle(ctx, style));
    cache.set(key, json);
  }
  return json;
}

/**
 * Each style's "more like this" (the ids of its nearest styles): comparing one style with
 * the whole catalog is most of a style page's own work, and the answer never changes while
 * a catalog is loaded. Key: the catalog, then the style id. Bound: the neighbours of 20,000
 * styles (LRU). Lifetime: the process; a new catalog (a deploy) is a new key.
 */
const NEIGHBOURS_KEPT = 20_000;
const neighboursByCatalog = processWide(
  "neighbours",
  () => new WeakMap<Catalog, LRUCache<string, string[]>>(),
);

export function keptNeighbours(catalog: Catalog, styleId: string, find: () => string[]): string[] {
  let cache = neighboursByCatalog.get(catalog);
  if (!cache) {
    cache = new LRUCache({ max: NEIGHBOURS_KEPT });
    neighboursByCatalog.set(catalog, cache);
  }
  let ids = cache.get(styleId);
  if (!ids) {
    ids = find();
    cache.set(styleId, ids);
  }
  return ids;
}

/**
 * The store's answer for GET /api/health: a flood of health checks costs at most one ping
 * per second per instance (Upstash bills every command), and checks at the same moment
 * share the ping in flight. Key: none (one store per process). Bound: one answer.
 * Lifetime: a second.
 */
const STORE_HEALTH_KEPT_MS = 1000;
const storeHealth = processWide("storeHealth", () => ({
  kept: undefined as { at: number; answer: Promise<StoreHealth> } | undefined,
}));

export function keptStoreHealth(check: () => Promise<StoreHealth>, now = Date.now()): Promise<StoreHealth> {
  const { kept } = storeHealth;
  if (kept && now >= kept.at && now - kept.at < STORE_HEALTH_KEPT_MS) return kept.answer;
  storeHealth.kept = { at: now, answer: check() };
  return storeHealth.kept.answer;
}

/**
 * How many accounts like each style, read from the store at most once a minute per
 * instance: sorting by popularity must not cost a store read (Upstash bills each) on every
 * request, and a minute-old count orders as well. Key: none (one store per process).
 * Bound: one count per style. Lifetime: a minute; while the store cannot be read, the last
 * counts read (or none) are used, so the sort still answers.
 */
const POPULARITY_KEPT_MS = 60_000;
const popularity = processWide("popularity", () => ({
  kept: undefined as { at: number; answer: Promise<Popularity> } | undefined,
  last: { version: "none", likersOf: () => 0 } as Popularity,
}));

export function keptPopularity(
  read: () => Promise<ReadonlyMap<string, number>>,
  now = Date.now(),
): Promise<Popularity> {
  const { kept } = popularity;
  if (kept && now >= kept.at && now - kept.at < POPULARITY_KEPT_MS) return kept.answer;
  const answer = read().then(
    (counts) => {
      popularity.last = { version: String(now), likersOf: (styleId) => counts.get(styleId) ?? 0 };
      return popularity.last;
    },
    () => popularity.last,
  );
  popularity.kept = { at: now, answer };
  return answer;
}
