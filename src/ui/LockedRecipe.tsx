"use client";

import { useEffect, useState } from "react";
import { api } from "@/client/api";
import { useToken } from "@/client/session";
import type { Recipe } from "@/domain/catalog/recipe";
import { LockIcon } from "./icons";
import { modelLabel } from "./labels";
import { RecipeView } from "./RecipeView";

/** The lock with the way to Pro; for a signed-in Pro member it turns into the recipe, fetched with their token. */
export function LockedRecipe({ styleId, model }: { styleId: string; model: string }) {
  const token = useToken();
  const [recipe, setRecipe] = useState<Recipe | null>(null);

  useEffect(() => {
    if (!token) return;
    let cancelled = false;
    void api<{ recipe?: Recipe }>(`/api/styles/${styleId}`, { auth: true }).then((result) => {
      if (!cancelled && result.ok && result.data.recipe) setRecipe(result.data.recipe);
    });
    return () => {
      cancelled = true;
    };
  }, [styleId, token]);

  if (recipe) return <RecipeView recipe={recipe} model={model} />;
  return (
    <section className="recipe-panel recipe-locked" aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">Recipe</h2>
      <p className="lock-line">
        <LockIcon /> Pro recipe, tested on {modelLabel(model)}
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
