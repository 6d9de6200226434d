import { SEARCH_KEYS } from "@/domain/catalog/search-keys";

/** The order of the page's own links: the one every link of a search uses. */
export const SEARCH_KEY_ORDER = SEARCH_KEYS;

const rank = (name: string) => {
  const index = (SEARCH_KEY_ORDER as readonly string[]).indexOf(name);
  return index === -1 ? SEARCH_KEY_ORDER.length : index;
};

/**
 * The search page's address for what a search form holds: empty fields are left out (a
 * plain GET form would send `category=`), a colour loses its "#", a page cursor never
 * carries over, and a random order always has a seed (kept while it stays random,
 * dropped otherwise), so the order a person sees is the order a reload or a shared link
 * shows.
 */
export function searchHref(fields: Iterable<[string, FormDataEntryValue]>, newSeed: () => string): string {
  const values = new Map<string, string>();
  for (const [name, entry] of fields) {
    if (typeof entry !== "string" || name === "cursor") continue;
    const value = name === "color" ? entry.trim().replace(/^#/, "").toLowerCase() : entry.trim();
    if (value) values.set(name, value);
  }
  if (values.get("sort") === "random") {
    if (!values.has("seed")) values.set("seed", newSeed());
  } else values.delete("seed");
  const query = new URLSearchParams([...values].sort(([a], [b]) => rank(a) - rank(b))).toString();
  return query ? `/search?${query}` : "/search";
}
