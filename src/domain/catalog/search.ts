import { oklabOf } from "../color/color";
import { colorScore, MIN_MATCH, paletteCoverage } from "../color/match";
import { paletteShares, parsePalette } from "../color/palette-query";
import { parseColor } from "../color/swatches";
import type { ModelId } from "../midjourney/versions";
import type { Catalog, IndexedStyle } from "./catalog";
import { type RankedStyle, sortResults } from "./result-order";

export type { RankedStyle };

import type { RecipeSource } from "./schema";
import { matchAllTerms, nearestWords, termScores } from "./search-index";
import type { AspectRatio, CategorySlug, Tier } from "./taxonomy";
import { shortHash, tokenize } from "./text";
import { joinCompounds } from "./word-forms";
import { modelBit } from "./works-on";

export interface StyleFilters {
  q?: string;
  category?: CategorySlug;
  /** styles whose recipe works on this model (written for it by Copy), not only those tested on it */
  model?: ModelId;
  tier?: Tier;
  ar?: AspectRatio;
  /** a swatch name or six hex digits (domain/color/swatches) */
  color?: string;
  kind?: RecipeSource["kind"];
  /** absent: the best match first (relevance, colour strength), or the browse order */
  sort?: SortOrder;
  /** orders `sort: "random"`: the same seed, the same order */
  seed?: string;
  /** colours with weights (domain/color/palette-query), canonical text */
  palette?: string;
}

export const SORT_ORDERS = ["newest", "popular", "random"] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

/** How many accounts like each style (what `sort: "popular"` orders by), as of `version`. */
export interface Popularity {
  version: string;
  likersOf(styleId: string): number;
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
  "code",
  "codes",
]);

/** The words of a query that count: normalized, without stopwords or repeats, at most MAX_QUERY_TERMS. */
export function queryTerms(q: string | undefined): string[] {
  const words = joinCompounds(tokenize(q ?? ""));
  const meaningful = words.filter((w) => !STOPWORDS.has(w));
  // a query made only of stopwords ("style") still searches for them
  return [...new Set(meaningful.length > 0 ? meaningful : words)].slice(0, MAX_QUERY_TERMS);
}

/** Identifies a result list exactly: two searches with the same key give the same results. */
export function searchKey(filters: StyleFilters): string {
  const parts = [
    queryTerms(filters.q).join(" "),
    filters.category,
    filters.model,
    filters.tier,
    filters.ar,
    filters.color,
    filters.kind,
    filters.sort,
    filters.sort === "random" ? filters.seed : undefined,
    filters.palette,
  ];
  return parts.map((p) => p ?? "").join("|");
}

/**
 * A short fingerprint of the catalog's version and searchKey, so a cursor from one search,
 * or from a catalog since replaced (whose order may differ), is not applied to another.
 */
export function searchScope(filters: StyleFilters, catalogVersion: string): string {
  return shortHash(`${catalogVersion}|${searchKey(filters)}`);
}

/** Added when the whole query appears in the title as a phrase. */
const TITLE_PHRASE_BONUS = 16;

/**
 * Styles matching every query word, by position, with their relevance: the index's word
 * scores plus the phrase bonus. Every query word must match somewhere.
 */
export function relevance(catalog: Catalog, terms: readonly string[]): Map<number, number> {
  const scores = matchAllTerms(catalog.searchIndex, terms);
  if (terms.length > 1) {
    const phrase = terms.join(" ");
    for (const [position, score] of scores) {
      if (catalog.styles[position]?.titleText.includes(phrase))
        scores.set(position, score + TITLE_PHRASE_BONUS);
    }
  }
  return scores;
}

export const MAX_SUGGESTIONS = 5;

/**
 * Searches near a query that found nothing, for "did you mean": each word that matches no
 * style swapped for the nearest words the catalog has; when every word matches alone but
 * not all together, the query without one of them.
 */
export function suggestQueries(catalog: Catalog, q: string | undefined): string[] {
  const terms = queryTerms(q);
  const index = catalog.searchIndex;
  const unmatched = terms.filter((term) => termScores(index, term).size === 0);
  const suggestions: string[] = [];
  if (unmatched.length > 0) {
    const replace = (term: string, word: string) => terms.map((t) => (t === term ? word : t)).join(" ");
    for (const term of unmatched) {
      for (const word of nearestWords(index, term, MAX_SUGGESTIONS)) suggestions.push(replace(term, word));
    }
  } else if (terms.length > 1) {
    for (const left of terms) suggestions.push(terms.filter((t) => t !== left).join(" "));
  }
  return [...new Set(suggestions)].slice(0, MAX_SUGGESTIONS);
}

export function matchesFilters(entry: IndexedStyle, filters: StyleFilters): boolean {
  const { style } = entry;
  if (filters.category && style.category !== filters.category) return false;
  if (filters.model && (entry.worksOn & modelBit(filters.model)) === 0) return false;
  if (filters.tier && style.tier !== filters.tier) return false;
  if (filters.ar && !entry.aspectRatios.has(filters.ar)) return false;
  if (filters.kind && style.recipe.kind !== filters.kind) return false;
  return true;
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

/** A palette match below this is not a match: the style shows hardly any of the asked colours. */
export const MIN_PALETTE_MATCH = 0.1;

/**
 * All matching styles in result order. Without a sort: by relevance when there is a
 * query, else newest first (browseOrder when browsing); a colour or palette keeps the
 * styles that show it and ranks by how much. A sort puts its own order first: newest,
 * most liked (`popularity`), or shuffled by `seed`.
 */
export function searchStyles(
  catalog: Catalog,
  filters: StyleFilters,
  popularity?: Popularity,
): RankedStyle[] {
  const terms = queryTerms(filters.q);
  const color = filters.color ? parseColor(filters.color) : undefined;
  const target = color ? oklabOf(color.hex) : undefined;
  const paletteColors = filters.palette ? parsePalette(filters.palette) : undefined;
  const targetPalette = paletteColors
    ? paletteShares(paletteColors).map((p) => ({ lab: oklabOf(p.color), weight: p.share }))
    : undefined;
  const results: RankedStyle[] = [];
  const scores = terms.length > 0 ? relevance(catalog, terms) : undefined;
  if (!scores && !target && !targetPalette && !filters.sort) return browseOrder(catalog, filters);
  // a query visits only the styles the index found
  const candidates = scores
    ? [...scores.keys()].map((position) => catalog.styles[position] as IndexedStyle)
    : catalog.styles;
  const sortKey = sortKeyOf(filters, popularity);
  // newest first orders by the time alone, which every key ends with
  const byMatch = filters.sort !== "newest";
  for (const entry of candidates) {
    if (!matchesFilters(entry, filters)) continue;
    const key: number[] = [];
    if (sortKey) key.push(sortKey(entry));
    if (scores && byMatch) key.push(scores.get(entry.position) as number);
    if (target) {
      const strength = colorScore(entry.palette, target);
      if (strength < MIN_MATCH) continue;
      // whole thousandths: keys must compare exactly, also after a round trip through a cursor
      if (byMatch) key.push(Math.round(strength * 1000));
    }
    if (targetPalette) {
      const similarity = paletteCoverage(entry.palette, targetPalette);
      if (similarity < MIN_PALETTE_MATCH) continue;
      if (byMatch) key.push(Math.round(similarity * 1000));
    }
    key.push(entry.publishedAtMs);
    results.push({ entry, key });
  }
  return sortResults(results, catalog.newestRank);
}

/** The first element of every key when a sort is asked for; newest needs none (keys end with the time). */
function sortKeyOf(filters: StyleFilters, popularity: Popularity | undefined) {
  switch (filters.sort) {
    case "popular":
      return (entry: IndexedStyle) => popularity?.likersOf(entry.style.id) ?? 0;
    case "random": {
      const seed = filters.seed ?? "";
      // a whole number, so keys compare exactly after a round trip through a cursor
      return (entry: IndexedStyle) => Number.parseInt(shortHash(`${seed}|${entry.style.id}`), 16);
    }
    default:
      return undefined;
  }
}

/**
 * Browsing (no words, no colour): newest first within each tier, free and Pro taking
 * turns while both last, so a visitor's first screen is not mostly locked. Walks the
 * presorted order and needs no sort; the key is the place in that order.
 */
function browseOrder(catalog: Catalog, filters: StyleFilters): RankedStyle[] {
  const free: IndexedStyle[] = [];
  const pro: IndexedStyle[] = [];
  for (const entry of catalog.newestFirst) {
    if (matchesFilters(entry, filters)) (entry.style.tier === "free" ? free : pro).push(entry);
  }
  const results: RankedStyle[] = [];
  for (let turn = 0; turn < Math.max(free.length, pro.length); turn++) {
    const freeEntry = free[turn];
    const proEntry = pro[turn];
    if (freeEntry) results.push({ entry: freeEntry, key: [-2 * turn] });
    if (proEntry) results.push({ entry: proEntry, key: [-2 * turn - 1] });
  }
  return results;
}
