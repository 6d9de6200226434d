import { decodeCursor, type Page, pageAfter } from "@/domain/catalog/paging";
import { searchStyles } from "@/domain/catalog/search";
import type { CatalogContext } from "../context";
import type { ListStylesInput } from "./inputs";
import { presentStyle, type StyleView } from "./present";

export function listStyles(ctx: CatalogContext, input: ListStylesInput): Page<StyleView> & { total: number } {
  const ranked = searchStyles(ctx.catalog, input);
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const page = pageAfter(ranked, after, input.limit);
  return {
    items: page.items.map((r) => presentStyle(ctx, r.entry.style)),
    nextCursor: page.nextCursor,
    total: ranked.length,
  };
}
