"use client";

import { useSubject } from "@/client/subject";
import { type Recipe, withSubject } from "@/domain/catalog/recipe";
import { CopyButton } from "./CopyButton";
import { RecipeText } from "./RecipeText";

type CopiedRecipe = Pick<Recipe, "kind" | "text" | "subject">;

/** Copy for a recipe, with the person's own subject when they have written one. */
export function RecipeCopy({
  recipe,
  label,
  className,
}: {
  recipe: CopiedRecipe;
  label: string;
  className?: string;
}) {
  const subject = useSubject();
  return <CopyButton text={withSubject(recipe, subject)} label={label} className={className} />;
}

/** The recipe's text as Copy copies it, the person's subject included. */
export function RecipeTextWithSubject({ recipe }: { recipe: CopiedRecipe }) {
  const subject = useSubject();
  return <RecipeText text={withSubject(recipe, subject)} />;
}
