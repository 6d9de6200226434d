import { LRUCache } from "lru-cache";
import type { ImagesPort } from "@/adapters/images/port";
import type { Catalog } from "@/domain/catalog/catalog";
import type { StyleRecord } from "@/domain/catalog/schema";
import { canSeeRecipe } from "@/domain/entitlements";
import type { CatalogContext } from "../context";
import { presentStyle } from "./present";

/**
 * A style's JSON as the API sends it, made once and kept as UTF-8: a page of 24 styles is
 * about 130 KB of JSON, and presenting, serializing and encoding it on every request was
 * most of the API's own work. Kept per catalog and image store, and per whether the viewer
 * sees the recipe, so a locked recipe never lands in the copy an anonymous or free viewer gets.
 */
/** about 1,500 styles of 5.5 KB (six images each) */
const MAX_BYTES_HELD = 8_000_000;

const caches = new WeakMap<Catalog, WeakMap<ImagesPort, LRUCache<string, Buffer>>>();

function cacheFor(ctx: CatalogContext): LRUCache<string, Buffer> {
  let byImages = caches.get(ctx.catalog);
  if (!byImages) {
    byImages = new WeakMap();
    caches.set(ctx.catalog, byImages);
  }
  let cache = byImages.get(ctx.images);
  if (!cache) {
    cache = new LRUCache({ maxSize: MAX_BYTES_HELD, sizeCalculation: (json) => json.length });
    byImages.set(ctx.images, cache);
  }
  return cache;
}

export function styleJson(ctx: CatalogContext, style: StyleRecord): Buffer {
  const cache = cacheFor(ctx);
  const key = `${style.id}|${canSeeRecipe(ctx.viewer, style) ? "recipe" : "no-recipe"}`;
  let json = cache.get(key);
  if (json === undefined) {
    json = Buffer.from(JSON.stringify(presentStyle(ctx, style)));
    cache.set(key, json);
  }
  return json;
}
