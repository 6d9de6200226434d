import { decodeCursor, type Page, pageAfter } from "@/domain/catalog/paging";
import type { StyleRecord } from "@/domain/catalog/schema";
import { type RankedStyle, searchScope, searchStyles } from "@/domain/catalog/search";
import type { CatalogContext } from "../context";
import { InvalidInputError } from "../errors";
import type { ListStylesInput } from "./inputs";
import { presentStyle, type StyleView } from "./present";

/** True when `cursor` was made by the same search and filters as `input` asks for, on this catalog. */
export function cursorFitsSearch(
  ctx: CatalogContext,
  cursor: string,
  input: Omit<ListStylesInput, "cursor" | "limit">,
): boolean {
  return decodeCursor(cursor)?.scope === searchScope(input, ctx.catalog.version);
}

function rankedPage(ctx: CatalogContext, input: ListStylesInput): Page<RankedStyle> & { total: number } {
  const scope = searchScope(input, ctx.catalog.version);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  if (after && after.scope !== scope) {
    throw new InvalidInputError("cursor belongs to another search or filters; start again without cursor");
  }
  const ranked = ctx.rank ? ctx.rank(input) : searchStyles(ctx.catalog, input);
  return { ...pageAfter(ranked, scope, after, input.limit), total: ranked.length };
}

/** A page of the styles a search and its filters find, in result order, as the catalog holds them. */
export function listStyleRecords(
  ctx: CatalogContext,
  input: ListStylesInput,
): Page<StyleRecord> & { total: number } {
  const page = rankedPage(ctx, input);
  return { ...page, items: page.items.map((r) => r.entry.style) };
}

/** The same page as browsers receive it. */
export function listStyles(ctx: CatalogContext, input: ListStylesInput): Page<StyleView> & { total: number } {
  const page = listStyleRecords(ctx, input);
  return { ...page, items: page.items.map((style) => presentStyle(ctx, style)) };
}
