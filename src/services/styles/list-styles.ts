import { decodeCursor, type Page, pageAfter } from "@/domain/catalog/paging";
import type { StyleRecord } from "@/domain/catalog/schema";
import { type RankedStyle, searchScope, searchStyles, suggestQueries } from "@/domain/catalog/search";
import type { StyleView } from "@/domain/catalog/style-view";
import type { CatalogContext } from "../context";
import { InvalidInputError } from "../errors";
import type { ListStylesInput } from "./inputs";
import { presentStyle } from "./present";

/** True when `cursor` was made by the same search and filters as `input` asks for, on this catalog. */
export function cursorFitsSearch(
  ctx: CatalogContext,
  cursor: string,
  input: Omit<ListStylesInput, "cursor" | "limit">,
): boolean {
  return decodeCursor(cursor)?.scope === searchScope(input, ctx.catalog.version);
}

/** A page of results, how many there are in all, and searches to try instead when there are none. */
export type ListedPage<T> = Page<T> & { total: number; suggestions?: string[] };

function rankedPage(ctx: CatalogContext, input: ListStylesInput): ListedPage<RankedStyle> {
  if (input.sort === "random" && !input.seed) {
    throw new InvalidInputError(
      "seed is required with sort=random: 1 to 12 lowercase letters or digits (the same seed gives the same order)",
    );
  }
  const scope = searchScope(input, ctx.catalog.version);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  if (after && after.scope !== scope) {
    throw new InvalidInputError("cursor belongs to another search or filters; start again without cursor");
  }
  const ranked = ctx.rank
    ? ctx.rank(input, ctx.popularity, input.cursor !== undefined)
    : searchStyles(ctx.catalog, input, ctx.popularity);
  const suggestions = ranked.length === 0 && input.q ? suggestQueries(ctx.catalog, input.q) : [];
  return {
    ...pageAfter(ranked, scope, after, input.limit),
    total: ranked.length,
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}

/** A page of the styles a search and its filters find, in result order, as the catalog holds them. */
export function listStyleRecords(ctx: CatalogContext, input: ListStylesInput): ListedPage<StyleRecord> {
  const page = rankedPage(ctx, input);
  return { ...page, items: page.items.map((r) => r.entry.style) };
}

/** The same page as browsers receive it. */
export function listStyles(ctx: CatalogContext, input: ListStylesInput): ListedPage<StyleView> {
  const page = listStyleRecords(ctx, input);
  return { ...page, items: page.items.map((style) => presentStyle(ctx, style)) };
}
