import { recipeSpec } from "@/domain/catalog/recipe";
import type { ModelFitView } from "@/domain/catalog/style-view";
import { currentModelFits } from "@/domain/catalog/works-on";
import { canSeeRecipe } from "@/domain/entitlements";
import type { CatalogContext } from "../context";
import { NotFoundError } from "../errors";

/**
 * Which of today's models a style's recipe works on, from the model table. What Copy
 * would change is part of the recipe, so a locked recipe's page says only where it works.
 */
export function modelFits(ctx: CatalogContext, input: { styleId: string }): ModelFitView[] {
  const style = ctx.catalog.byId.get(input.styleId)?.style;
  if (!style) throw new NotFoundError(`no style with id ${input.styleId}`);
  const visible = canSeeRecipe(ctx.viewer, style);
  return currentModelFits(recipeSpec(style)).map(({ model, written }) => ({
    model: model.label,
    works: written.ok,
    changes: visible && written.ok ? written.changes.map((c) => c.short) : [],
  }));
}
