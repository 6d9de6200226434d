import type { ImagesPort } from "@/adapters/images/port";
import type { Catalog } from "@/domain/catalog/catalog";
import type { Popularity, RankedStyle, StyleFilters } from "@/domain/catalog/search";
import type { Viewer } from "@/domain/entitlements";

/** What a use case may touch: the ports, the catalog and who is asking. */
export interface CatalogContext {
  catalog: Catalog;
  images: ImagesPort;
  viewer: Viewer;
  /** the catalog's styles in result order for these filters (`paging`: for a page after the first); the edge may keep them (src/server/caches.ts) */
  rank?: (filters: StyleFilters, popularity?: Popularity, paging?: boolean) => readonly RankedStyle[];
  /** each style's "more like this" ids, worked out by `find`; the edge may keep them (src/server/caches.ts) */
  neighbours?: (styleId: string, find: () => string[]) => string[];
  /** how many accounts like each style; needed only to sort by it */
  popularity?: Popularity;
}
