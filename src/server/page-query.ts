import "server-only";
import { randomBytes } from "node:crypto";
import { SEARCH_KEYS } from "@/domain/catalog/search-keys";
import { type ListStylesInput, listStylesInput } from "@/services/styles/inputs";
import { cursorFitsSearch } from "@/services/styles/list-styles";
import { pageContext } from "./context";

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTER_KEYS = [...SEARCH_KEYS, "cursor"] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** A fresh seed for a random order: 8 characters of [a-z0-9]. */
export function freshSeed(): string {
  return randomBytes(6).readUIntBE(0, 6).toString(36).slice(0, 8).padStart(8, "0");
}

/**
 * A page's URL query read leniently: unlike the API, a page keeps working when one
 * filter is wrong, drops that filter and says so. A random order asked for without a
 * seed gets a fresh one (`seeded`: the page should move to the URL that holds it, so
 * paging and reloading keep the order).
 */
export async function readListQuery(
  searchParams: PageSearchParams,
  options: { keys?: readonly FilterKey[]; fixed?: Partial<ListStylesInput> } = {},
): Promise<{ input: ListStylesInput; problems: string[]; seeded: boolean }> {
  const raw = await searchParams;
  const problems: string[] = [];
  const accepted: Record<string, string> = {};
  for (const key of options.keys ?? FILTER_KEYS) {
    const value = raw[key];
    const single = Array.isArray(value) ? value[0] : value;
    if (single === undefined || single === "") continue;
    const check = listStylesInput.safeParse({ [key]: single });
    if (check.success) accepted[key] = single;
    else problems.push(check.error.issues[0]?.message ?? `${key} is not valid`);
  }
  const input = listStylesInput.parse({ ...accepted, ...options.fixed });
  const seeded = input.sort === "random" && !input.seed;
  if (seeded) input.seed = freshSeed();
  if (input.cursor && !cursorFitsSearch(pageContext(), input.cursor, input)) {
    problems.push("the page link was for another search, so the list starts again");
    delete input.cursor;
  }
  return { input, problems, seeded };
}

/** The filters of `input` as a query string, for links and for the grid's next pages. */
export function filtersQuery(input: Partial<ListStylesInput>): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = input[key];
    if (key !== "cursor" && value) params.set(key, String(value));
  }
  return params.toString();
}
