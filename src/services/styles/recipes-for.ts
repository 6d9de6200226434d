import { buildRecipe, type Recipe, recipeSpec } from "@/domain/catalog/recipe";
import { canSeeRecipe } from "@/domain/entitlements";
import type { CatalogContext } from "../context";

export interface RecipesAnswer {
  /** the caller's plan, so the browser knows a missing recipe is locked rather than unknown */
  plan: "free" | "pro";
  /** by style id: only the styles the caller may see; unknown ids are left out */
  recipes: Record<string, Recipe>;
}

/**
 * The recipes of the given styles that this member may see: how a Pro member's browser
 * fills in the Pro recipes of pages rendered for everyone.
 */
export function recipesFor(ctx: CatalogContext, input: { ids: readonly string[] }): RecipesAnswer {
  const recipes: Record<string, Recipe> = {};
  for (const id of input.ids) {
    const style = ctx.catalog.byId.get(id)?.style;
    if (style && canSeeRecipe(ctx.viewer, style)) recipes[id] = buildRecipe(recipeSpec(style));
  }
  return { plan: ctx.viewer.kind === "member" ? ctx.viewer.plan : "free", recipes };
}
