"use client";

import { useRecipeAccess } from "@/client/recipes";
import { LockIcon } from "./icons";
import { RecipeView } from "./RecipeView";

function LockPanel({ testedLine, className = "" }: { testedLine: string; className?: string }) {
  return (
    <section className={`recipe-panel recipe-locked ${className}`} aria-labelledby="recipe-heading">
      <h2 id="recipe-heading">Recipe</h2>
      <p className="lock-line">
        <LockIcon /> Pro recipe, {testedLine}
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

/** Where a member's recipe will be while their browser asks for it: no lock, nothing to read yet. */
function PendingPanel({ className = "" }: { className?: string }) {
  return (
    <section
      className={`recipe-panel recipe-pending recipe-reserved ${className}`}
      aria-busy="true"
      aria-label="Recipe"
    >
      <div className="placeholder-lines" aria-hidden="true">
        <span style={{ width: "40%" }} />
        <span style={{ width: "92%" }} />
        <span style={{ width: "64%" }} />
      </div>
    </section>
  );
}

/**
 * A Pro style's recipe panel. The page is the same for everyone and carries no recipe:
 * a Pro member's browser asks for it (useRecipeAccess); others see the lock and the way to Pro.
 */
export function LockedRecipe({
  styleId,
  title,
  testedLine,
}: {
  styleId: string;
  title: string;
  testedLine: string;
}) {
  const access = useRecipeAccess(styleId, false);
  switch (access.state) {
    case "shown":
      return (
        <RecipeView
          recipe={access.recipe}
          testedLine={testedLine}
          style={{ id: styleId, title }}
          className="recipe-reserved"
        />
      );
    case "pending":
      return <PendingPanel />;
    case "unknown":
      return (
        <>
          <LockPanel testedLine={testedLine} className="when-visitor" />
          <PendingPanel className="when-member" />
        </>
      );
    default:
      return <LockPanel testedLine={testedLine} />;
  }
}
