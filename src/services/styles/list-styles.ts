import { decodeCursor, type Page, pageAfter } from "@/domain/catalog/paging";
import { type RankedStyle, searchScope } from "@/domain/catalog/search";
import type { CatalogContext } from "../context";
import { InvalidInputError } from "../errors";
import type { ListStylesInput } from "./inputs";
import { presentStyle, type StyleView } from "./present";
import { rankedStyles } from "./ranked-cache";
import { styleJson } from "./style-json";

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
  const ranked = rankedStyles(ctx.catalog, input);
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

const ITEMS_START = Buffer.from('{"items":[');
const COMMA = Buffer.from(",");

/**
 * The same page as `listStyles`, as the API's JSON `{items, nextCursor}` in UTF-8 pieces:
 * each style's kept JSON with the punctuation between them, sent without joining.
 */
export function listStylesJson(ctx: CatalogContext, input: ListStylesInput): Buffer[] {
  const page = rankedPage(ctx, input);
  const pieces: Buffer[] = [ITEMS_START];
  page.items.forEach((r, i) => {
    if (i > 0) pieces.push(COMMA);
    pieces.push(styleJson(ctx, r.entry.style));
  });
  pieces.push(Buffer.from(`],"nextCursor":${JSON.stringify(page.nextCursor)}}`));
  return pieces;
}
