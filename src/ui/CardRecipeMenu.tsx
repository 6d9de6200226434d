"use client";

import type { RecipeSpec } from "@/domain/catalog/recipe";
import { AddToBlend } from "./blend/AddToBlend";
import { ModelPicker } from "./ModelPicker";
import { usePopoverMenu } from "./popover-menu";
import { CopyVariants, RecipeChanges, RecipeCopy, RecipeTextFor } from "./RecipeCopy";
import { SubjectBox } from "./SubjectBox";

/** A visible recipe on a card, and its style. */
export interface ShownCardRecipe {
  spec: RecipeSpec;
  styleId: string;
  styleTitle: string;
}

/**
 * A card's Copy menu: "Your subject", the model to copy for, the recipe as Copy will copy
 * it, Copy and its variants, and for a style code "Add to blend".
 */
export function CardRecipeMenu({ spec, styleId, styleTitle }: ShownCardRecipe) {
  const menu = usePopoverMenu<HTMLDivElement>({ width: 320 });
  return (
    <>
      <button
        type="button"
        className="copy-button small more-button"
        aria-label={`More ways to copy ${styleTitle}`}
        {...menu.buttonProps}
      >
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5 6 8l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      <div
        className="menu-panel card-menu"
        role="dialog"
        aria-label={`Copy the recipe of ${styleTitle}`}
        {...menu.menuProps}
      >
        {menu.used ? (
          <>
            <p className="menu-title">{styleTitle}</p>
            <SubjectBox />
            <ModelPicker />
            <code className="card-menu-recipe">
              <RecipeTextFor spec={spec} />
            </code>
            <RecipeChanges spec={spec} />
            <div className="card-menu-actions">
              <RecipeCopy spec={spec} label={`recipe of ${styleTitle}`} className="copy-button small" />
              <CopyVariants spec={spec} label={styleTitle} />
              {spec.source.kind === "sref" ? <AddToBlend styleId={styleId} title={styleTitle} /> : null}
            </div>
          </>
        ) : null}
      </div>
    </>
  );
}
