import { distance } from "fastest-levenshtein";
import { modelRow } from "../midjourney/versions";
import type { StyleRecord } from "./schema";
import { tokenize } from "./text";
import { withCompounds, wordForm } from "./word-forms";

/**
 * An inverted index of the words of every style, so a query touches only the styles that
 * contain its words instead of scoring the whole catalog.
 *
 * A query word matches a style's word, per field, at the best of four levels: the same
 * word (`exact`); the same canonical form, i.e. spelling or inflection (`form`:
 * "watercolours" finds "watercolor", see word-forms); a word that starts with it
 * (`prefix`, 2+ characters); and, only for a word of 5+ letters that matches nothing at
 * all, a word one edit away (`fuzzy`: "noirr" finds "noir").
 */

/** Fields a word can appear in, one bit each. */
export const FIELD = {
  title: 1,
  tag: 2,
  category: 4,
  description: 8,
  recipe: 16,
  /** what kind of recipe and which model: "moodboard", "niji" */
  facet: 32,
} as const;
type FieldName = keyof typeof FIELD;

const FIELD_NAMES = Object.keys(FIELD) as FieldName[];

export type MatchLevel = "exact" | "form" | "prefix" | "fuzzy";
export const MATCH_LEVELS: readonly MatchLevel[] = ["exact", "form", "prefix", "fuzzy"];

export const FIELD_WEIGHTS: Record<FieldName, Record<MatchLevel, number>> = {
  title: { exact: 20, form: 18, prefix: 12, fuzzy: 8 },
  tag: { exact: 12, form: 11, prefix: 8, fuzzy: 5 },
  category: { exact: 10, form: 9, prefix: 6, fuzzy: 4 },
  description: { exact: 4, form: 3, prefix: 2, fuzzy: 1 },
  // a recipe word counts only whole: "12" must not find every sref code starting with 12
  recipe: { exact: 4, form: 0, prefix: 0, fuzzy: 0 },
  facet: { exact: 12, form: 12, prefix: 0, fuzzy: 6 },
};

/** The shortest word a typo is forgiven in. */
export const FUZZY_MIN_LENGTH = 5;

/** What each field of a style says, as words. Recipe words only for free styles: searching a Pro code must not reveal it. */
export function styleFieldWords(style: StyleRecord, categoryName: string): Record<FieldName, string[]> {
  return {
    title: withCompounds(tokenize(style.title)),
    tag: style.tags.flatMap((t) => withCompounds([t, ...t.split("-")])),
    category: tokenize(categoryName),
    description: withCompounds(tokenize(style.description)),
    recipe: style.tier === "free" ? recipeWords(style.recipe) : [],
    facet: facetWords(style),
  };
}

/** The words that name a style's recipe kind and model, as people search for them. */
function facetWords(style: StyleRecord): string[] {
  if (!style.model) return [style.recipe.kind];
  // "niji" finds every Niji style: the word people search for the anime models
  const model = modelRow(style.model).flag === "--niji" ? ["niji", style.model] : [style.model];
  return [style.recipe.kind, ...model];
}

function recipeWords(recipe: StyleRecord["recipe"]): string[] {
  switch (recipe.kind) {
    case "sref":
      return recipe.codes.map((c) => c.split("::")[0] ?? c);
    case "moodboard":
      return [recipe.code];
    case "prompt":
      return tokenize(recipe.prompt);
  }
}

/** The styles (by position in the catalog) a word appears in, and in which fields of each. */
interface Postings {
  styles: Uint32Array;
  fields: Uint8Array;
}

export interface SearchIndex {
  postings: ReadonlyMap<string, Postings>;
  /** every indexed word, sorted, for prefix lookups by binary search */
  words: readonly string[];
  /** the indexed words of each canonical form (word-forms), for spelling and inflection */
  wordsByForm: ReadonlyMap<string, readonly string[]>;
  styleCount: number;
}

export function buildSearchIndex(fieldWords: readonly Record<FieldName, string[]>[]): SearchIndex {
  const building = new Map<string, { styles: number[]; fields: number[] }>();
  fieldWords.forEach((fields, position) => {
    const seen = new Map<string, number>();
    for (const name of FIELD_NAMES) {
      for (const word of fields[name]) seen.set(word, (seen.get(word) ?? 0) | FIELD[name]);
    }
    for (const [word, bits] of seen) {
      let list = building.get(word);
      if (!list) {
        list = { styles: [], fields: [] };
        building.set(word, list);
      }
      list.styles.push(position);
      list.fields.push(bits);
    }
  });
  const postings = new Map<string, Postings>();
  const wordsByForm = new Map<string, string[]>();
  for (const [word, list] of building) {
    postings.set(word, { styles: Uint32Array.from(list.styles), fields: Uint8Array.from(list.fields) });
    const form = wordForm(word);
    const same = wordsByForm.get(form);
    if (same) same.push(word);
    else wordsByForm.set(form, [word]);
  }
  return { postings, words: [...postings.keys()].sort(), wordsByForm, styleCount: fieldWords.length };
}

/** The first index in sorted `words` whose word is >= `term`. */
function lowerBound(words: readonly string[], term: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((words[mid] as string) < term) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The indexed words that start with `term` (itself excluded). */
function wordsStartingWith(index: SearchIndex, term: string): string[] {
  const found: string[] = [];
  for (let i = lowerBound(index.words, term); i < index.words.length; i++) {
    const word = index.words[i] as string;
    if (!word.startsWith(term)) break;
    if (word !== term) found.push(word);
  }
  return found;
}

/** The indexed words one edit from `term`, or whose canonical form is one edit from its form. */
function wordsOneEditAway(index: SearchIndex, term: string): string[] {
  const found = new Set<string>();
  for (const word of index.words) {
    if (Math.abs(word.length - term.length) <= 1 && distance(word, term) === 1) found.add(word);
  }
  const form = wordForm(term);
  for (const [otherForm, words] of index.wordsByForm) {
    if (Math.abs(otherForm.length - form.length) <= 1 && distance(otherForm, form) === 1) {
      for (const word of words) found.add(word);
    }
  }
  return [...found];
}

/** The indexed words a query term matches, at each level; a word counts at its best level only. */
export function matchingWords(index: SearchIndex, term: string): Record<MatchLevel, string[]> {
  const exact = index.postings.has(term) ? [term] : [];
  const form = (index.wordsByForm.get(wordForm(term)) ?? []).filter((w) => w !== term);
  const prefix = term.length >= 2 ? wordsStartingWith(index, term).filter((w) => !form.includes(w)) : [];
  const nothing = exact.length === 0 && form.length === 0 && prefix.length === 0;
  const fuzzy = nothing && term.length >= FUZZY_MIN_LENGTH ? wordsOneEditAway(index, term) : [];
  return { exact, form, prefix, fuzzy };
}

/**
 * Added once per query word a style has exactly, in any field: exact matches come before
 * every forgiving one (a spelling, a stem, a typo), whatever field each is in.
 */
export const EXACT_WORD_BONUS = 1000;

function fieldScore(bitsByLevel: readonly Uint8Array[], style: number): number {
  let score = ((bitsByLevel[0] as Uint8Array)[style] as number) !== 0 ? EXACT_WORD_BONUS : 0;
  for (const name of FIELD_NAMES) {
    const bit = FIELD[name];
    for (let level = 0; level < MATCH_LEVELS.length; level++) {
      if (((bitsByLevel[level] as Uint8Array)[style] as number) & bit) {
        score += FIELD_WEIGHTS[name][MATCH_LEVELS[level] as MatchLevel];
        break;
      }
    }
  }
  return score;
}

/** How well each style matches one term: style position -> score (> 0 only). */
export function termScores(index: SearchIndex, term: string): Map<number, number> {
  // field bits per style and level, in flat arrays: a query may touch thousands of styles
  const bitsByLevel = MATCH_LEVELS.map(() => new Uint8Array(index.styleCount));
  const seen = new Uint8Array(index.styleCount);
  const touched: number[] = [];
  const words = matchingWords(index, term);
  MATCH_LEVELS.forEach((level, levelIndex) => {
    const bits = bitsByLevel[levelIndex] as Uint8Array;
    for (const word of words[level]) {
      const postings = index.postings.get(word) as Postings;
      for (let i = 0; i < postings.styles.length; i++) {
        const style = postings.styles[i] as number;
        if (seen[style] === 0) {
          seen[style] = 1;
          touched.push(style);
        }
        bits[style] = (bits[style] as number) | (postings.fields[i] as number);
      }
    }
  });
  const scores = new Map<number, number>();
  for (const style of touched) {
    const score = fieldScore(bitsByLevel, style);
    if (score > 0) scores.set(style, score);
  }
  return scores;
}

/** Styles matching every term, with the sum of their term scores. */
export function matchAllTerms(index: SearchIndex, terms: readonly string[]): Map<number, number> {
  let total: Map<number, number> | undefined;
  // rarest term first keeps the intersection small
  const perTerm = terms.map((term) => termScores(index, term)).sort((a, b) => a.size - b.size);
  for (const scores of perTerm) {
    if (!total) {
      total = new Map(scores);
      continue;
    }
    const next = new Map<number, number>();
    for (const [style, score] of total) {
      const more = scores.get(style);
      if (more !== undefined) next.set(style, score + more);
    }
    total = next;
    if (total.size === 0) break;
  }
  return total ?? new Map();
}

/** How far a suggestion may be from what was typed. */
const SUGGESTION_MAX_EDITS = 2;

/**
 * The indexed words nearest to a term that matches nothing, nearest first, then the
 * ones more styles have. Only words people read (not recipe codes), of 3+ letters.
 */
export function nearestWords(index: SearchIndex, term: string, limit: number): string[] {
  const candidates: { word: string; edits: number; styles: number }[] = [];
  for (const word of index.words) {
    if (word.length < 3 || Math.abs(word.length - term.length) > SUGGESTION_MAX_EDITS) continue;
    const edits = distance(word, term);
    if (edits > SUGGESTION_MAX_EDITS) continue;
    const postings = index.postings.get(word) as Postings;
    if (postings.fields.every((bits) => bits === FIELD.recipe)) continue;
    candidates.push({ word, edits, styles: postings.styles.length });
  }
  return candidates
    .sort((a, b) => a.edits - b.edits || b.styles - a.styles || (a.word < b.word ? -1 : 1))
    .slice(0, limit)
    .map((c) => c.word);
}
