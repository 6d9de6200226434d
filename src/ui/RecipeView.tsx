import type { Recipe } from "@/domain/catalog/recipe";
import { AddToBlend } from "./blend/AddToBlend";
import { recipeKindLabel } from "./labels";
import { RecipeChips } from "./RecipeChips";
import { CopyVariants, RecipeChanges, RecipeCopy, RecipeTextFor } from "./RecipeCopy";

/**
 * A visible recipe: its text as Copy copies it for the model this browser copies for (lines
 * break between flags, never inside one), what that changed, Copy and its variants, and
 * the parameters as chips.
 */
export function RecipeView({
  recipe,
  testedLine,
  style,
  className = "",
}: {
  recipe: Recipe;
  /** "tested on V7, March 2026" */
  testedLine: string;
  /** the style it belongs to: an sref recipe can join a blend */
  style: { id: string; title: string };
  className?: string;
}) {
  const { spec } = recipe;
  return (
    <section className={`recipe-panel ${className}`} aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">Recipe</h2>
      <p className="recipe-kind">
        {recipeKindLabel(recipe.kind)} · {testedLine}
      </p>
      <code className="recipe-text" data-testid="recipe-text">
        <RecipeTextFor spec={spec} />
      </code>
      <RecipeChanges spec={spec} />
      <div className="recipe-actions">
        <RecipeCopy spec={spec} label="recipe" />
        <CopyVariants spec={spec} label="recipe" />
        {recipe.kind === "sref" ? <AddToBlend styleId={style.id} title={style.title} /> : null}
      </div>
      <RecipeChips spec={spec} />
    </section>
  );
}
