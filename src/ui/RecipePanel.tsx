import type { StyleView } from "@/services/styles/present";
import { LockedRecipe } from "./LockedRecipe";
import { RecipeView } from "./RecipeView";

/**
 * The recipe when the page may show it (free styles). A Pro style's page is the same
 * for everyone and carries no recipe; a Pro member's browser asks the API for it.
 */
export function RecipePanel({ style }: { style: StyleView }) {
  if (style.recipe) return <RecipeView recipe={style.recipe} model={style.model} style={style} />;
  return <LockedRecipe styleId={style.id} title={style.title} model={style.model} />;
}
