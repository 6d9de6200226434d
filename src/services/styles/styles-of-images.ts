import type { StyleView } from "@/domain/catalog/style-view";
import type { CatalogContext } from "../context";
import { presentStyle } from "./present";

/**
 * The styles the given images belong to, each once, in the order of their first image
 * in the list. Ids not in the catalog (say, of a removed image) are skipped, not an error:
 * old likes stay harmless.
 */
export function stylesOfImages(ctx: CatalogContext, input: { imageIds: string[] }): StyleView[] {
  const seen = new Set<string>();
  const styles: StyleView[] = [];
  for (const imageId of input.imageIds) {
    const styleId = ctx.catalog.styleIdByImageId.get(imageId);
    const entry = styleId ? ctx.catalog.byId.get(styleId) : undefined;
    if (!entry || seen.has(entry.style.id)) continue;
    seen.add(entry.style.id);
    styles.push(presentStyle(ctx, entry.style));
  }
  return styles;
}
