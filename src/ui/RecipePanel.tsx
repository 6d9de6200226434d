import type { StyleView } from "@/services/styles/present";
import { CopyButton } from "./CopyButton";
import { LockIcon } from "./icons";
import { modelLabel, recipeKindLabel } from "./labels";

/** The recipe when the viewer may see it; otherwise a lock with the way to Pro. Never both. */
export function RecipePanel({ style }: { style: StyleView }) {
  const { recipe } = style;
  if (!recipe) {
    return (
      <section className="recipe-panel recipe-locked" aria-labelledby="recipe-heading">
        <h2 id="recipe-heading">Recipe</h2>
        <p className="lock-line">
          <LockIcon /> Pro recipe, tested on {modelLabel(style.model)}
        </p>
        <div className="placeholder-lines" aria-hidden="true">
          <span style={{ width: "92%" }} />
          <span style={{ width: "64%" }} />
        </div>
        <p>
          Pro unlocks the code, prompt and parameters of every style in the library, and full-resolution
          downloads.
        </p>
        <div className="recipe-actions">
          <a href="/pricing" className="button">
            Upgrade to Pro
          </a>
        </div>
      </section>
    );
  }
  return (
    <section className="recipe-panel" aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">Recipe</h2>
      <p className="recipe-kind">
        {recipeKindLabel(recipe.kind)} · tested on {modelLabel(style.model)}
      </p>
      <code className="recipe-text" data-testid="recipe-text">
        {recipe.text}
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
