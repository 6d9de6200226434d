"use client";

import { useMemo } from "react";
import { useCopyModel } from "@/client/copy-model";
import { useLikes } from "@/client/likes";
import { allRecipesText, type LikedRow, toCsv, toJson, toText } from "@/client/likes-export";
import { saveFile } from "@/client/save-file";
import { useHydrated } from "@/client/session";
import { writeRecipe } from "@/domain/catalog/recipe";
import { likedImages } from "@/domain/likes/merge";
import { CopyButton } from "../CopyButton";
import { StyleGroups } from "../collection/StyleGroups";
import { useCollection } from "../collection/use-collection";

const EXPORTS = [
  {
    label: "JSON",
    extension: "json",
    type: "application/json",
    render: (rows: LikedRow[]) => toJson(rows, new Date()),
  },
  { label: "CSV", extension: "csv", type: "text/csv", render: toCsv },
  { label: "text", extension: "txt", type: "text/plain", render: toText },
] as const;

function download(name: string, type: string, body: string) {
  saveFile(name, new Blob([body], { type }));
}

/** The liked images of this browser (and account), grouped by style, newest first. */
export function LikedList() {
  const hydrated = useHydrated();
  const likes = useLikes();
  const liked = useMemo(
    () => likedImages(likes).map((like) => ({ imageId: like.imageId, at: like.likedAt })),
    [likes],
  );
  const { rows, styles, error } = useCollection(liked);
  const model = useCopyModel();
  // "Copy all recipes" writes each for the model this browser copies for; exports keep them as tested
  const copied = useMemo(
    () =>
      rows.map((row) => {
        const spec = styles.get(row.imageId)?.recipe?.spec;
        const written = spec ? writeRecipe(spec, model || undefined) : undefined;
        return { ...row, recipe: written?.ok ? written.recipe.text : null };
      }),
    [rows, styles, model],
  );

  if (!hydrated) return <p className="empty">Loading your likes…</p>;
  if (liked.length === 0) {
    return (
      <p className="empty">
        No likes yet. Press the heart on any image to keep it here; no account needed.{" "}
        <a href="/">Browse styles</a>
      </p>
    );
  }
  if (error) {
    return (
      <p className="form-error" role="alert">
        {error}
      </p>
    );
  }

  const recipes = allRecipesText(copied);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <>
      <div className="recipe-actions liked-actions">
        {recipes ? <CopyButton text={recipes} label="all recipes" visibleLabel="Copy all recipes" /> : null}
        {EXPORTS.map((format) => (
          <button
            key={format.label}
            type="button"
            className="button secondary small"
            onClick={() =>
              download(`mjpro-likes-${stamp}.${format.extension}`, format.type, format.render(rows))
            }
          >
            Export {format.label}
          </button>
        ))}
      </div>
      <StyleGroups rows={rows} styles={styles} />
    </>
  );
}
