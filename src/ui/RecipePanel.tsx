import type { StyleView } from "@/domain/catalog/style-view";
import { LockedRecipe } from "./LockedRecipe";
import { testedLine } from "./labels";
import { ModelPicker } from "./ModelPicker";
import { RecipeView } from "./RecipeView";
import { SubjectBox } from "./SubjectBox";

/**
 * The recipe when the page may show it (free styles). A Pro style's page is the same
 * for everyone and carries no recipe; a Pro member's browser asks the API for it.
 */
export function RecipePanel({ style }: { style: StyleView }) {
  // the subject box stands above the panel, the same for everyone: a member's recipe
  // arriving in place of its placeholder then moves nothing, not even the box
  return (
    <div className="recipe-column">
      <div className="copy-settings">
        <SubjectBox />
        <ModelPicker />
      </div>
      {style.recipe ? (
        <RecipeView recipe={style.recipe} testedLine={testedLine(style)} style={style} />
      ) : (
        <LockedRecipe styleId={style.id} title={style.title} testedLine={testedLine(style)} />
      )}
    </div>
  );
}
