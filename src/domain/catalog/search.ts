import { oklabOf } from "../color/color";
import { colorScore, MIN_MATCH } from "../color/match";
import { parseColor } from "../color/swatches";
import type { Catalog, IndexedStyle } from "./catalog";
import type { AspectRatio, CategorySlug, ModelId, Tier } from "./taxonomy";
import { shortHash, tokenize } from "./text";

export interface StyleFilters {
  q?: string;
  category?: CategorySlug;
  model?: ModelId;
  tier?: Tier;
  ar?: AspectRatio;
  /** a swatch name or six hex digits (domain/color/swatches) */
  color?: string;
}

/**
 * A ranked result. `key` orders results: compared element by element, larger first,
 * then by style id ascending, so every style has one fixed place and keyset paging
 * never skips or repeats a style.
 */
export interface RankedStyle {
  entry: IndexedStyle;
  key: readonly number[];
}

/** The most query words that count; the rest are ignored so one request stays cheap. */
export const MAX_QUERY_TERMS = 8;

/** Words that say nothing about a look; "a noir look" searches for "noir". */
const STOPWORDS = new Set([
  "a",
  "an",
  "and",
  "the",
  "of",
  "in",
  "on",
  "with",
  "for",
  "to",
  "by",
  "at",
  "or",
  "style",
  "styles",
  "look",
  "looks",
  "like",
  "midjourney",
  "mj",
  "sref",
]);

/** The words of a query that count: normalized, without stopwords or repeats, at most MAX_QUERY_TERMS. */
export function queryTerms(q: string | undefined): string[] {
  const words = tokenize(q ?? "");
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  // a query made only of stopwords ("style") still searches for them
  return [...new Set(meaningful.length > 0 ? meaningful : words)].slice(0, MAX_QUERY_TERMS);
}

/** Identifies a result list, so a cursor from one search is not applied to another. */
export function searchScope(filters: StyleFilters): string {
  const parts = [
    queryTerms(filters.q).join(" "),
    filters.category,
    filters.model,
    filters.tier,
    filters.ar,
    filters.color,
  ];
  return shortHash(parts.map((p) => p ?? "").join("|"));
}

const WEIGHTS = {
  titleExact: 10,
  titlePrefix: 6,
  tagExact: 6,
  tagPrefix: 4,
  categoryExact: 5,
  categoryPrefix: 3,
  descriptionExact: 2,
  descriptionPrefix: 1,
  recipeExact: 2,
  titlePhrase: 8,
} as const;

function bestMatch(words: readonly string[], term: string, exact: number, prefix: number): number {
  let best = 0;
  for (const word of words) {
    if (word === term) return exact;
    if (term.length >= 2 && word.startsWith(term)) best = prefix;
  }
  return best;
}

function termScore(entry: IndexedStyle, term: string): number {
  return (
    bestMatch(entry.titleWords, term, WEIGHTS.titleExact, WEIGHTS.titlePrefix) +
    bestMatch(entry.tagWords, term, WEIGHTS.tagExact, WEIGHTS.tagPrefix) +
    bestMatch(entry.categoryWords, term, WEIGHTS.categoryExact, WEIGHTS.categoryPrefix) +
    bestMatch(entry.descriptionWords, term, WEIGHTS.descriptionExact, WEIGHTS.descriptionPrefix) +
    bestMatch(entry.recipeWords, term, WEIGHTS.recipeExact, 0)
  );
}

/** Every query word must match somewhere; a style missing one is not a result. */
export function scoreStyle(entry: IndexedStyle, terms: readonly string[]): number {
  let total = 0;
  for (const term of terms) {
    const score = termScore(entry, term);
    if (score === 0) return 0;
    total += score;
  }
  if (terms.length > 1 && entry.titleText.includes(terms.join(" "))) total += WEIGHTS.titlePhrase;
  return total;
}

export function matchesFilters(entry: IndexedStyle, filters: StyleFilters): boolean {
  const { style } = entry;
  if (filters.category && style.category !== filters.category) return false;
  if (filters.model && style.model !== filters.model) return false;
  if (filters.tier && style.tier !== filters.tier) return false;
  if (filters.ar && !entry.aspectRatios.has(filters.ar)) return false;
  return true;
}

export function compareRanked(a: RankedStyle, b: RankedStyle): number {
  return compareKeys(a.key, a.entry.style.id, b.key, b.entry.style.id);
}

/** Negative when (keyA, idA) comes first. */
export function compareKeys(
  keyA: readonly number[],
  idA: string,
  keyB: readonly number[],
  idB: string,
): number {
  const length = Math.max(keyA.length, keyB.length);
  for (let i = 0; i < length; i++) {
    const diff = (keyB[i] ?? 0) - (keyA[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return idA < idB ? -1 : idA > idB ? 1 : 0;
}

/**
 * All matching styles in result order: by relevance when there is a query, else newest
 * first; a colour filter keeps the styles that show the colour and ranks by how much.
 */
export function searchStyles(catalog: Catalog, filters: StyleFilters): RankedStyle[] {
  const terms = queryTerms(filters.q);
  const color = filters.color ? parseColor(filters.color) : undefined;
  const target = color ? oklabOf(color.hex) : undefined;
  const results: RankedStyle[] = [];
  // browsing (no words, no colour) walks the presorted order and needs no sort at all
  const browsing = terms.length === 0 && !target;
  for (const entry of browsing ? catalog.newestFirst : catalog.styles) {
    if (!matchesFilters(entry, filters)) continue;
    const key: number[] = [];
    if (terms.length > 0) {
      const score = scoreStyle(entry, terms);
      if (score === 0) continue;
      key.push(score);
    }
    if (target) {
      const strength = colorScore(entry.palette, target);
      if (strength < MIN_MATCH) continue;
      // whole thousandths: keys must compare exactly, also after a round trip through a cursor
      key.push(Math.round(strength * 1000));
    }
    key.push(entry.publishedAtMs);
    results.push({ entry, key });
  }
  return browsing ? results : results.sort(compareRanked);
}
