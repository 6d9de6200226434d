"use client";

import { useRecipeAccess } from "@/client/recipes";
import { CardRecipeMenu, type ShownCardRecipe } from "./CardRecipeMenu";
import { LockIcon } from "./icons";
import { RecipeCopy } from "./RecipeCopy";
import { type CardRecipeText, cardRecipe } from "./recipe-text";

function ShownRecipe({ recipe, styleId, styleTitle }: ShownCardRecipe) {
  return (
    <div className="card-recipe">
      <code className="card-code" title={recipe.text}>
        {recipe.shown}
      </code>
      <span className="split-button">
        <RecipeCopy recipe={recipe} label={`recipe of ${styleTitle}`} className="copy-button small" />
        <CardRecipeMenu recipe={recipe} styleId={styleId} styleTitle={styleTitle} />
      </span>
    </div>
  );
}

function Lock({ className = "" }: { className?: string }) {
  return (
    <p className={`card-lock ${className}`}>
      <LockIcon /> Pro recipe
    </p>
  );
}

/** Stands where a member's recipe will be, as tall as it, while the browser asks for it. */
function Pending({ className = "" }: { className?: string }) {
  return <div className={`card-recipe-pending ${className}`} aria-hidden="true" />;
}

/**
 * A card's recipe row. Free styles carry their recipe in the page. A Pro style's is asked
 * for by a signed-in member's browser; until the answer, a placeholder of the same size
 * stands there, never a lock (before hydration CSS picks: a lock for visitors, the
 * placeholder for members).
 */
export function CardRecipe({
  styleId,
  styleTitle,
  recipe,
}: {
  styleId: string;
  styleTitle: string;
  recipe?: CardRecipeText;
}) {
  const access = useRecipeAccess(styleId, recipe !== undefined);
  switch (access.state) {
    case "public":
      return recipe ? <ShownRecipe recipe={recipe} styleId={styleId} styleTitle={styleTitle} /> : null;
    case "shown":
      return <ShownRecipe recipe={cardRecipe(access.recipe)} styleId={styleId} styleTitle={styleTitle} />;
    case "locked":
      return <Lock />;
    case "pending":
      return <Pending />;
    case "unknown":
      return (
        <>
          <Lock className="when-visitor" />
          <Pending className="when-member" />
        </>
      );
  }
}
