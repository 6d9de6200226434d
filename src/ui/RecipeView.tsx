import type { Recipe } from "@/domain/catalog/recipe";
import { AddToBlend } from "./blend/AddToBlend";
import { modelLabel, recipeKindLabel } from "./labels";
import { RecipeCopy, RecipeTextWithSubject } from "./RecipeCopy";

/** A visible recipe: its text (lines break between flags, never inside one), Copy, and the parameters as chips. */
export function RecipeView({
  recipe,
  model,
  style,
  className = "",
}: {
  recipe: Recipe;
  model: string;
  /** the style it belongs to: an sref recipe can join a blend */
  style: { id: string; title: string };
  className?: string;
}) {
  return (
    <section className={`recipe-panel ${className}`} aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">Recipe</h2>
      <p className="recipe-kind">
        {recipeKindLabel(recipe.kind)} · tested on {modelLabel(model)}
      </p>
      <code className="recipe-text" data-testid="recipe-text">
        <RecipeTextWithSubject recipe={recipe} />
      </code>
      <div className="recipe-actions">
        <RecipeCopy recipe={recipe} label="recipe" />
        {recipe.kind === "sref" ? <AddToBlend styleId={style.id} title={style.title} /> : null}
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
