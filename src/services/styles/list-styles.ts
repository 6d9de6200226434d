import { decodeCursor, type Page, pageAfter } from "@/domain/catalog/paging";
import { type RankedStyle, searchScope, searchStyles } from "@/domain/catalog/search";
import type { CatalogContext } from "../context";
import { InvalidInputError } from "../errors";
import type { ListStylesInput } from "./inputs";
import { presentStyle, type StyleView } from "./present";

/** True when `cursor` was made by the same search and filters as `input` asks for. */
export function cursorFitsSearch(cursor: string, input: Omit<ListStylesInput, "cursor" | "limit">): boolean {
  return decodeCursor(cursor)?.scope === searchScope(input);
}

function rankedPage(ctx: CatalogContext, input: ListStylesInput): Page<RankedStyle> & { total: number } {
  const scope = searchScope(input);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  if (after && after.scope !== scope) {
    throw new InvalidInputError("cursor belongs to another search or filters; start again without cursor");
  }
  const ranked = ctx.rank ? ctx.rank(input) : searchStyles(ctx.catalog, input);
  return { ...pageAfter(ranked, scope, after, input.limit), total: ranked.length };
}

export function listStyles(ctx: CatalogContext, input: ListStylesInput): Page<StyleView> & { total: number } {
  const page = rankedPage(ctx, input);
  return {
    items: page.items.map((r) => presentStyle(ctx, r.entry.style)),
    nextCursor: page.nextCursor,
    total: page.total,
  };
}
