import { type LabPalette, labPalette } from "../color/match";
import type { CatalogFile, StyleRecord } from "./schema";
import { type AspectRatio, aspectRatioOf } from "./taxonomy";
import { normalizeText, tokenize } from "./text";

/** A style with what search needs precomputed once per catalog load. */
export interface IndexedStyle {
  style: StyleRecord;
  publishedAtMs: number;
  aspectRatios: ReadonlySet<AspectRatio>;
  titleWords: readonly string[];
  titleText: string;
  tagWords: readonly string[];
  categoryWords: readonly string[];
  descriptionWords: readonly string[];
  /** recipe words, indexed only for free styles: searching a Pro style's code must not reveal it */
  recipeWords: readonly string[];
  /** the palette in OKLab, for colour search and "more like this" */
  palette: LabPalette;
}

export interface Catalog {
  version: string;
  styles: readonly IndexedStyle[];
  /** the same styles newest first (ties by id): the browse order, sorted once per load, not per request */
  newestFirst: readonly IndexedStyle[];
  byId: ReadonlyMap<string, IndexedStyle>;
  bySlug: ReadonlyMap<string, IndexedStyle>;
  imageIds: ReadonlySet<string>;
  /** every image file the catalog names; nothing else is ever served */
  imageFiles: ReadonlySet<string>;
  /** the style each image belongs to */
  styleIdByImageId: ReadonlyMap<string, string>;
}

function recipeWordsOf(style: StyleRecord): string[] {
  if (style.tier !== "free") return [];
  const recipe = style.recipe;
  switch (recipe.kind) {
    case "sref":
      return recipe.codes.map((c) => c.split("::")[0] ?? c);
    case "moodboard":
      return [recipe.code];
    case "prompt":
      return tokenize(recipe.prompt);
  }
}

export function indexStyle(style: StyleRecord, categoryName: string): IndexedStyle {
  return {
    style,
    publishedAtMs: Date.parse(style.publishedAt),
    aspectRatios: new Set(style.images.map((i) => aspectRatioOf(i.width, i.height))),
    titleWords: tokenize(style.title),
    titleText: normalizeText(style.title),
    tagWords: style.tags.flatMap((t) => [t, ...t.split("-")]),
    categoryWords: tokenize(categoryName),
    descriptionWords: tokenize(style.description),
    recipeWords: recipeWordsOf(style),
    palette: labPalette(style.palette),
  };
}

/** Builds the in-memory catalog; throws on duplicate ids or slugs, which would break links and paging. */
export function createCatalog(file: CatalogFile, categoryName: (slug: string) => string): Catalog {
  const byId = new Map<string, IndexedStyle>();
  const bySlug = new Map<string, IndexedStyle>();
  const imageIds = new Set<string>();
  const imageFiles = new Set<string>();
  const styleIdByImageId = new Map<string, string>();
  for (const style of file.styles) {
    if (byId.has(style.id)) throw new Error(`catalog: duplicate style id ${style.id}`);
    if (bySlug.has(style.slug)) throw new Error(`catalog: duplicate style slug ${style.slug}`);
    const indexed = indexStyle(style, categoryName(style.category));
    byId.set(style.id, indexed);
    bySlug.set(style.slug, indexed);
    for (const image of style.images) {
      if (imageIds.has(image.id)) throw new Error(`catalog: duplicate image id ${image.id}`);
      imageIds.add(image.id);
      imageFiles.add(image.file);
      styleIdByImageId.set(image.id, style.id);
    }
  }
  return {
    version: file.version,
    styles: [...byId.values()],
    newestFirst: [...byId.values()].sort(
      (a, b) =>
        b.publishedAtMs - a.publishedAtMs || (a.style.id < b.style.id ? -1 : a.style.id > b.style.id ? 1 : 0),
    ),
    byId,
    bySlug,
    imageIds,
    imageFiles,
    styleIdByImageId,
  };
}
