import type { StyleView } from "@/domain/catalog/style-view";
import type { CatalogContext } from "../context";
import { NotFoundError } from "../errors";
import { presentStyle } from "./present";

export function getStyle(ctx: CatalogContext, input: { id: string }): StyleView {
  const entry = ctx.catalog.byId.get(input.id);
  if (!entry) throw new NotFoundError(`no style with id ${input.id}`);
  return presentStyle(ctx, entry.style);
}

export function getStyleBySlug(ctx: CatalogContext, input: { slug: string }): StyleView {
  const entry = ctx.catalog.bySlug.get(input.slug);
  if (!entry) throw new NotFoundError(`no style at ${input.slug}`);
  return presentStyle(ctx, entry.style);
}
