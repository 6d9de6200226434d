"use client";

import { useMemo } from "react";
import { useRecipeAccess } from "@/client/recipes";
import { type RecipeSpec, writeRecipe } from "@/domain/catalog/recipe";
import { CardRecipeMenu, type ShownCardRecipe } from "./CardRecipeMenu";
import { LockIcon } from "./icons";
import { RecipeCopy, useCopiedRecipe } from "./RecipeCopy";
import { cardCode } from "./recipe-text";

function ShownRecipe({ spec, styleId, styleTitle }: ShownCardRecipe) {
  const { written } = useCopiedRecipe(spec);
  // a recipe that cannot work on the chosen model still shows its code (Copy says why not)
  const asTested = useMemo(() => writeRecipe(spec), [spec]);
  const shown = written.ok ? written.recipe : asTested.ok ? asTested.recipe : undefined;
  return (
    <div className="card-recipe">
      <code className="card-code" title={shown?.text}>
        {shown ? cardCode(shown) : ""}
      </code>
      <span className="split-button">
        <RecipeCopy spec={spec} label={`recipe of ${styleTitle}`} className="copy-button small" />
        <CardRecipeMenu spec={spec} styleId={styleId} styleTitle={styleTitle} />
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
  spec,
}: {
  styleId: string;
  styleTitle: string;
  spec?: RecipeSpec;
}) {
  const access = useRecipeAccess(styleId, spec !== undefined);
  switch (access.state) {
    case "public":
      return spec ? <ShownRecipe spec={spec} styleId={styleId} styleTitle={styleTitle} /> : null;
    case "shown":
      return <ShownRecipe spec={access.recipe.spec} styleId={styleId} styleTitle={styleTitle} />;
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
