import { readFileSync } from "node:fs";
import fc from "fast-check";
import { distance } from "fastest-levenshtein";
import { describe, expect, it } from "vitest";
import { createCatalog } from "@/domain/catalog/catalog";
import { catalogFileSchema } from "@/domain/catalog/schema";
import { queryTerms, relevance } from "@/domain/catalog/search";
import {
  EXACT_WORD_BONUS,
  FIELD_WEIGHTS,
  FUZZY_MIN_LENGTH,
  MATCH_LEVELS,
  type MatchLevel,
  styleFieldWords,
} from "@/domain/catalog/search-index";
import { findCategory } from "@/domain/catalog/taxonomy";
import { wordForm } from "@/domain/catalog/word-forms";

const file = catalogFileSchema.parse(JSON.parse(readFileSync("content/catalog.json", "utf8")));
const categoryName = (slug: string) => findCategory(slug)?.name ?? slug;
const catalog = createCatalog(file, categoryName);

/** wordForm, remembered: the scan below asks for the same words' forms thousands of times. */
const formOf = (() => {
  const forms = new Map<string, string>();
  return (word: string) => {
    let form = forms.get(word);
    if (form === undefined) {
      form = wordForm(word);
      forms.set(word, form);
    }
    return form;
  };
})();

const allWords = new Set(
  file.styles.flatMap((style) => Object.values(styleFieldWords(style, categoryName(style.category))).flat()),
);
/** The scoring the index replaces, written the obvious way: read every style's words. */
function scanScores(terms: readonly string[]): Map<number, number> {
  const levelOf = (word: string, term: string, fuzzyAllowed: boolean): MatchLevel | undefined => {
    if (word === term) return "exact";
    if (formOf(word) === formOf(term)) return "form";
    if (term.length >= 2 && word.startsWith(term)) return "prefix";
    if (fuzzyAllowed && (distance(word, term) === 1 || distance(formOf(word), formOf(term)) === 1))
      return "fuzzy";
    return undefined;
  };
  const fuzzyAllowed = new Map(
    terms.map((term) => [
      term,
      term.length >= FUZZY_MIN_LENGTH && ![...allWords].some((word) => levelOf(word, term, false)),
    ]),
  );
  const scores = new Map<number, number>();
  file.styles.forEach((style, position) => {
    const fields = styleFieldWords(style, categoryName(style.category));
    let total = 0;
    for (const term of terms) {
      let termTotal = 0;
      let exactSomewhere = false;
      for (const [name, words] of Object.entries(fields) as [keyof typeof FIELD_WEIGHTS, string[]][]) {
        const levels = words.map((w) => levelOf(w, term, fuzzyAllowed.get(term) ?? false));
        const best = MATCH_LEVELS.find((level) => levels.includes(level));
        if (best) termTotal += FIELD_WEIGHTS[name][best];
        if (best === "exact") exactSomewhere = true;
      }
      if (exactSomewhere) termTotal += EXACT_WORD_BONUS;
      if (termTotal === 0) return;
      total += termTotal;
    }
    if (terms.length > 1 && catalog.styles[position]?.titleText.includes(terms.join(" "))) total += 16;
    scores.set(position, total);
  });
  return scores;
}

const vocabulary = [...catalog.searchIndex.words];
/** Whole words, prefixes of them, and words no style has. */
const termArbitrary = fc.oneof(
  fc.constantFrom(...vocabulary),
  fc
    .tuple(fc.constantFrom(...vocabulary), fc.integer({ min: 1, max: 6 }))
    .map(([word, length]) => word.slice(0, length)),
  fc.stringMatching(/^[a-z0-9]{1,6}$/),
  // typos: a word with one letter doubled or dropped
  fc.tuple(fc.constantFrom(...vocabulary), fc.nat(), fc.boolean()).map(([word, at, double]) => {
    const i = at % word.length;
    return double ? word.slice(0, i + 1) + word.slice(i) : word.slice(0, i) + word.slice(i + 1);
  }),
);

describe("search index", () => {
  it("scores every query exactly as scanning every style's words does", () => {
    fc.assert(
      fc.property(fc.array(termArbitrary, { minLength: 1, maxLength: 3 }), (words) => {
        const terms = queryTerms(words.join(" "));
        if (terms.length === 0) return;
        expect(relevance(catalog, terms)).toEqual(scanScores(terms));
      }),
      { numRuns: 400 },
    );
    // CPU-bound: 400 scans of the whole demo catalog, beside other test files on a 2-core machine
  }, 30_000);

  it("finds styles by a word of their title, tag, category and description", () => {
    const style = file.styles[0];
    if (!style) throw new Error("demo catalog is empty");
    const found = (q: string) => relevance(catalog, queryTerms(q)).has(0);
    expect(found(style.title.split(" ")[0] as string)).toBe(true);
    expect(found(style.tags[0] as string)).toBe(true);
    expect(found(categoryName(style.category))).toBe(true);
    expect(found("zzqx")).toBe(false);
  });

  it("indexes a Pro style's recipe words nowhere", () => {
    const pro = file.styles.find((s) => s.tier === "pro" && s.recipe.kind === "sref");
    if (pro?.recipe.kind !== "sref") throw new Error("demo catalog has no Pro sref style");
    const code = (pro.recipe.codes[0] as string).split("::")[0] as string;
    const position = file.styles.indexOf(pro);
    expect(relevance(catalog, [code]).has(position)).toBe(false);
  });
});

describe("ranked results cache", () => {
  it("ranks a search once per catalog and gives the same results as ranking afresh", async () => {
    const { rankedResults: rankedStyles } = await import("@/server/caches");
    const { searchStyles } = await import("@/domain/catalog/search");
    const first = rankedStyles(catalog, { q: "neon" });
    expect(rankedStyles(catalog, { q: "Neon" })).toBe(first);
    expect(first.map((r) => r.entry.style.id)).toEqual(
      searchStyles(catalog, { q: "neon" }).map((r) => r.entry.style.id),
    );
    const other = createCatalog(file, categoryName);
    expect(rankedStyles(other, { q: "neon" })).not.toBe(first);
    expect(rankedStyles(catalog, { q: "neon", tier: "free" })).not.toBe(first);
  });

  it("keeps random orders apart, and only once paged: visitors' seeds never push out a shared search", async () => {
    const { rankedResults: rankedStyles } = await import("@/server/caches");
    const browse = rankedStyles(catalog, {});
    // a first page alone (a Pro member's Surprise me) is not kept
    const surprise = rankedStyles(catalog, { sort: "random", seed: "once" });
    expect(rankedStyles(catalog, { sort: "random", seed: "once" })).not.toBe(surprise);
    // an order someone pages through is
    const paged = rankedStyles(catalog, { sort: "random", seed: "paging" }, undefined, true);
    expect(rankedStyles(catalog, { sort: "random", seed: "paging" }, undefined, true)).toBe(paged);
    expect(rankedStyles(catalog, { sort: "random", seed: "paging" })).toBe(paged);
    // more paged seeds than the whole shared cache holds results of this catalog
    for (let i = 0; i < 2 * Math.ceil(50_000 / catalog.styles.length); i++) {
      rankedStyles(catalog, { sort: "random", seed: `s${i}` }, undefined, true);
    }
    expect(rankedStyles(catalog, {})).toBe(browse);
    // the random orders' own bound is a few whole orders: the oldest went
    expect(rankedStyles(catalog, { sort: "random", seed: "paging" }, undefined, true)).not.toBe(paged);
  });
});
