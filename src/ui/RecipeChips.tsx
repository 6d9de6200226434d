"use client";

import type { RecipeSpec } from "@/domain/catalog/recipe";
import { useCopiedRecipe } from "./RecipeCopy";

/** The parameters of the recipe as Copy writes it, one chip each. */
export function RecipeChips({ spec }: { spec: RecipeSpec }) {
  const { written } = useCopiedRecipe(spec);
  if (!written.ok) return null;
  return (
    <ul className="chips" aria-label="Parameters">
      {written.recipe.chips.map((chip) => (
        <li key={chip.flag}>
          <span className="flag">{chip.flag}</span>
          <span className="value">{chip.value}</span>
        </li>
      ))}
    </ul>
  );
}
