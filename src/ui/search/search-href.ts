/**
 * The search page's address for what a search form holds: empty fields are left out (a
 * plain GET form would send `category=`), a colour loses its "#", a page cursor never
 * carries over, and a random order always has a seed (kept while it stays random,
 * dropped otherwise), so the order a person sees is the order a reload or a shared link
 * shows.
 */
export function searchHref(fields: Iterable<[string, FormDataEntryValue]>, newSeed: () => string): string {
  const params = new URLSearchParams();
  for (const [name, entry] of fields) {
    if (typeof entry !== "string" || name === "cursor") continue;
    const value = name === "color" ? entry.trim().replace(/^#/, "").toLowerCase() : entry.trim();
    if (value) params.set(name, value);
  }
  if (params.get("sort") === "random") {
    if (!params.has("seed")) params.set("seed", newSeed());
  } else params.delete("seed");
  const query = params.toString();
  return query ? `/search?${query}` : "/search";
}
