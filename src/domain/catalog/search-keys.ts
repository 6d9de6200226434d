/**
 * The search's URL parameters, in the order every link puts them (the server's
 * filtersQuery and the search page's own links), so a search has one address whichever
 * way it was made.
 */
export const SEARCH_KEYS = [
  "q",
  "category",
  "model",
  "tier",
  "ar",
  "color",
  "kind",
  "sort",
  "seed",
  "palette",
] as const;
