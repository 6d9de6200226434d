import { type LabPalette, labPalette } from "../color/match";
import { recipeSpec } from "./recipe";
import type { CatalogFile, StyleRecord } from "./schema";
import { buildSearchIndex, type SearchIndex, styleFieldWords } from "./search-index";
import { type AspectRatio, aspectRatioOf } from "./taxonomy";
import { normalizeText } from "./text";
import { modelBit, worksOnMasks } from "./works-on";

/** A style with what search needs precomputed once per catalog load. */
export interface IndexedStyle {
  style: StyleRecord;
  /** its place in `Catalog.styles` (and in the search index's postings) */
  position: number;
  publishedAtMs: number;
  aspectRatios: ReadonlySet<AspectRatio>;
  /** the normalized title, for the phrase bonus */
  titleText: string;
  /** the palette in OKLab, for colour search and "more like this" */
  palette: LabPalette;
  /** the models its recipe can be written for, one bit each (works-on.ts) */
  worksOn: number;
}

export interface Catalog {
  version: string;
  styles: readonly IndexedStyle[];
  /** the same styles newest first (ties by id): the browse order, sorted once per load, not per request */
  newestFirst: readonly IndexedStyle[];
  /** each style's place in newestFirst, by its position: ranks search ties without comparing ids */
  newestRank: Int32Array;
  byId: ReadonlyMap<string, IndexedStyle>;
  bySlug: ReadonlyMap<string, IndexedStyle>;
  searchIndex: SearchIndex;
  /** whether an image is in the catalog (the keys of styleIdByImageId; no second set of 100k ids) */
  imageIds: Pick<ReadonlySet<string>, "has">;
  /** every image file the catalog names; nothing else is ever served */
  imageFiles: ReadonlySet<string>;
  /** the style each image belongs to */
  styleIdByImageId: ReadonlyMap<string, string>;
}

function indexStyle(style: StyleRecord, position: number, worksOn: number): IndexedStyle {
  return {
    style,
    position,
    publishedAtMs: Date.parse(style.publishedAt),
    aspectRatios: new Set(style.images.map((i) => aspectRatioOf(i.width, i.height))),
    titleText: normalizeText(style.title),
    palette: labPalette(style.palette),
    worksOn,
  };
}

/**
 * Builds the in-memory catalog; throws on duplicate ids or slugs, which would break links
 * and paging, and on a recipe its own model cannot take, which could not be shown.
 */
export function createCatalog(file: CatalogFile, categoryName: (slug: string) => string): Catalog {
  const byId = new Map<string, IndexedStyle>();
  const bySlug = new Map<string, IndexedStyle>();
  const imageFiles = new Set<string>();
  const styleIdByImageId = new Map<string, string>();
  const worksOn = worksOnMasks();
  for (const style of file.styles) {
    if (byId.has(style.id)) throw new Error(`catalog: duplicate style id ${style.id}`);
    if (bySlug.has(style.slug)) throw new Error(`catalog: duplicate style slug ${style.slug}`);
    const spec = recipeSpec(style);
    const mask = worksOn(spec);
    // a recipe its own model cannot take would fail every page that shows it: refuse it here
    if (spec.model && (mask & modelBit(spec.model)) === 0)
      throw new Error(
        `catalog: style ${style.slug} has a recipe its own model (${spec.model}) cannot take; npm run catalog -- validate says why`,
      );
    const indexed = indexStyle(style, byId.size, mask);
    byId.set(style.id, indexed);
    bySlug.set(style.slug, indexed);
    for (const image of style.images) {
      if (styleIdByImageId.has(image.id)) throw new Error(`catalog: duplicate image id ${image.id}`);
      imageFiles.add(image.file);
      styleIdByImageId.set(image.id, style.id);
    }
  }
  const newestFirst = [...byId.values()].sort(
    (a, b) =>
      b.publishedAtMs - a.publishedAtMs || (a.style.id < b.style.id ? -1 : a.style.id > b.style.id ? 1 : 0),
  );
  const newestRank = new Int32Array(newestFirst.length);
  newestFirst.forEach((entry, rank) => {
    newestRank[entry.position] = rank;
  });
  return {
    version: file.version,
    styles: [...byId.values()],
    newestFirst,
    newestRank,
    byId,
    bySlug,
    searchIndex: buildSearchIndex(
      file.styles.map((style) => styleFieldWords(style, categoryName(style.category))),
    ),
    imageIds: styleIdByImageId,
    imageFiles,
    styleIdByImageId,
  };
}
