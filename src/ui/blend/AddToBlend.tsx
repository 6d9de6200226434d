"use client";

import { blendHref, toggleBlendPick, useBlendPicks } from "@/client/blend";
import { BLEND_SIZE } from "@/domain/catalog/blend";

/** "Add to blend" for one sref style, and a link to the blend once two are picked. */
export function AddToBlend({ styleId, title }: { styleId: string; title: string }) {
  const picks = useBlendPicks();
  const picked = picks.some((p) => p.id === styleId);
  return (
    <span className="add-to-blend">
      <button
        type="button"
        className="button secondary small"
        aria-pressed={picked}
        onClick={() => toggleBlendPick({ id: styleId, title })}
      >
        {picked ? "In blend" : "Add to blend"}
      </button>
      {picks.length >= BLEND_SIZE.min ? (
        <a href={blendHref(picks)} className="blend-link">
          Blend {picks.length} styles
        </a>
      ) : null}
    </span>
  );
}
