import type { Recipe } from "@/domain/catalog/recipe";
import { CopyButton } from "./CopyButton";
import { modelLabel, recipeKindLabel } from "./labels";
import { RecipeText } from "./RecipeText";

/** A visible recipe: its text (lines break between flags, never inside one), Copy, and the parameters as chips. */
export function RecipeView({
  recipe,
  model,
  className = "",
}: {
  recipe: Recipe;
  model: string;
  className?: string;
}) {
  return (
    <section className={`recipe-panel ${className}`} aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">Recipe</h2>
      <p className="recipe-kind">
        {recipeKindLabel(recipe.kind)} · tested on {modelLabel(model)}
      </p>
      <code className="recipe-text" data-testid="recipe-text">
        <RecipeText text={recipe.text} />
      </code>
      <div className="recipe-actions">
        <CopyButton text={recipe.text} label="recipe" />
      </div>
      <ul className="chips" aria-label="Parameters">
        {recipe.chips.map((chip) => (
          <li key={chip.flag}>
            <span className="flag">{chip.flag}</span>
            <span className="value">{chip.value}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
