import type { CatalogFile } from "../../src/domain/catalog/schema";
import { tokenize } from "../../src/domain/catalog/text";

/**
 * Distinct searches for the API benchmark, from the catalog's own words: every title's
 * word pairs, single words and 3-letter prefixes. Asked in turn and over again: the list
 * is longer than the ranked-results cache holds (its bound over the results a query finds
 * at 100k images), so a search asked again was evicted since, and the figure is the cost
 * of a search the server ranks afresh, not of its cache.
 */
export function benchQueries(catalog: CatalogFile, count: number): string[] {
  const queries = new Set<string>();
  for (const style of catalog.styles) {
    const words = tokenize(style.title).filter((w) => w.length > 2 && !/^\d+$/.test(w));
    for (let i = 0; i + 1 < words.length; i++) queries.add(`${words[i]} ${words[i + 1]}`);
    for (const word of [...words, ...style.tags]) {
      queries.add(word);
      queries.add(word.slice(0, 3));
    }
    if (queries.size >= count) break;
  }
  return [...queries].slice(0, count);
}
