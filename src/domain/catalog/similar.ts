import { paletteSimilarity } from "../color/match";
import type { Catalog, IndexedStyle } from "./catalog";

/** What makes two styles alike, and how much each counts (they sum to 1). */
export const SIMILARITY_WEIGHTS = { category: 0.3, tags: 0.35, palette: 0.35 } as const;
/** Below this a style is not shown as "like" another, even to fill the row. */
export const MIN_SIMILARITY = 0.15;

export interface SimilarStyle {
  entry: IndexedStyle;
  score: number;
}

function tagOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const mine = new Set(a);
  const shared = b.filter((tag) => mine.has(tag)).length;
  return shared / (a.length + b.length - shared); // Jaccard
}

/** 0..1: same category, shared tags (Jaccard) and a similar palette, weighted. */
export function similarity(a: IndexedStyle, b: IndexedStyle): number {
  return (
    (a.style.category === b.style.category ? SIMILARITY_WEIGHTS.category : 0) +
    SIMILARITY_WEIGHTS.tags * tagOverlap(a.style.tags, b.style.tags) +
    SIMILARITY_WEIGHTS.palette * paletteSimilarity(a.palette, b.palette)
  );
}

/** The styles most like `of`, best first (ties: newer first, then id), at most `limit`. */
export function similarStyles(catalog: Catalog, of: IndexedStyle, limit: number): SimilarStyle[] {
  const scored: SimilarStyle[] = [];
  for (const entry of catalog.styles) {
    if (entry.style.id === of.style.id) continue;
    const score = similarity(of, entry);
    if (score >= MIN_SIMILARITY) scored.push({ entry, score });
  }
  return scored
    .sort(
      (a, b) =>
        b.score - a.score ||
        b.entry.publishedAtMs - a.entry.publishedAtMs ||
        (a.entry.style.id < b.entry.style.id ? -1 : 1),
    )
    .slice(0, limit);
}
