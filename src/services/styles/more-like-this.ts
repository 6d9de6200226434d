import { similarStyles } from "@/domain/catalog/similar";
import type { StyleView } from "@/domain/catalog/style-view";
import type { CatalogContext } from "../context";
import { NotFoundError } from "../errors";
import { presentStyle } from "./present";

/** Enough for two whole rows at every width of the grid (2 to 5 columns); the CSS shows only whole rows. */
export const MORE_LIKE_THIS = 12;

function neighbourIds(ctx: CatalogContext, styleId: string): string[] {
  const find = () => {
    const entry = ctx.catalog.byId.get(styleId);
    if (!entry) throw new NotFoundError(`no style with id ${styleId}`);
    return similarStyles(ctx.catalog, entry, MORE_LIKE_THIS).map((s) => s.entry.style.id);
  };
  return ctx.neighbours ? ctx.neighbours(styleId, find) : find();
}

/** "More like this": the styles sharing most of the style's category, tags and palette. */
export function moreLikeThis(ctx: CatalogContext, input: { styleId: string }): StyleView[] {
  return neighbourIds(ctx, input.styleId).flatMap((id) => {
    const entry = ctx.catalog.byId.get(id);
    return entry ? [presentStyle(ctx, entry.style)] : [];
  });
}
