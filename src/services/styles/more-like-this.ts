import type { Catalog } from "@/domain/catalog/catalog";
import { similarStyles } from "@/domain/catalog/similar";
import type { StyleView } from "@/domain/catalog/style-view";
import type { CatalogContext } from "../context";
import { NotFoundError } from "../errors";
import { presentStyle } from "./present";

/** Enough for two whole rows at every width of the grid (2 to 5 columns); the CSS shows only whole rows. */
export const MORE_LIKE_THIS = 12;

// the catalog never changes while loaded, so each style's neighbours are worked out once
const neighbours = new WeakMap<Catalog, Map<string, string[]>>();

function neighbourIds(catalog: Catalog, styleId: string): string[] {
  let byStyle = neighbours.get(catalog);
  if (!byStyle) {
    byStyle = new Map();
    neighbours.set(catalog, byStyle);
  }
  let ids = byStyle.get(styleId);
  if (!ids) {
    const entry = catalog.byId.get(styleId);
    if (!entry) throw new NotFoundError(`no style with id ${styleId}`);
    ids = similarStyles(catalog, entry, MORE_LIKE_THIS).map((s) => s.entry.style.id);
    byStyle.set(styleId, ids);
  }
  return ids;
}

/** "More like this": the styles sharing most of the style's category, tags and palette. */
export function moreLikeThis(ctx: CatalogContext, input: { styleId: string }): StyleView[] {
  return neighbourIds(ctx.catalog, input.styleId).flatMap((id) => {
    const entry = ctx.catalog.byId.get(id);
    return entry ? [presentStyle(ctx, entry.style)] : [];
  });
}
