"use client";

import type { LikedRow } from "@/client/likes-export";
import type { StyleView } from "@/domain/catalog/style-view";
import { AddToBlend } from "../blend/AddToBlend";
import { SaveToBoard } from "../boards/SaveToBoard";
import { LockIcon } from "../icons";
import { LikeButton } from "../likes/LikeButton";
import { RecipeCopy, RecipeTextFor } from "../RecipeCopy";
import { RecipeText } from "../RecipeText";
import { ResponsiveImage } from "../ResponsiveImage";

const THUMB_SIZES = "(min-width: 1000px) 200px, 30vw";

/** A collection's images grouped by style, each group with its recipe (or the lock) and its images. */
export function StyleGroups({
  rows,
  styles,
}: {
  rows: readonly LikedRow[];
  styles: ReadonlyMap<string, StyleView>;
}) {
  const groups = new Map<string, LikedRow[]>();
  for (const row of rows) groups.set(row.styleId, [...(groups.get(row.styleId) ?? []), row]);
  return (
    <>
      {[...groups.values()].map((group) => {
        const first = group[0] as LikedRow;
        const style = styles.get(first.imageId) as StyleView;
        return (
          <section
            key={first.styleId}
            className="liked-group"
            aria-label={first.styleTitle}
            data-style-id={first.styleId}
          >
            <h2>
              <a href={`/styles/${first.styleSlug}`}>{first.styleTitle}</a>
            </h2>
            {first.recipe ? (
              <div className="liked-recipe">
                <code>
                  {style.recipe ? (
                    <RecipeTextFor spec={style.recipe.spec} />
                  ) : (
                    <RecipeText text={first.recipe} />
                  )}
                </code>
                {style.recipe ? (
                  <RecipeCopy
                    spec={style.recipe.spec}
                    label={`recipe of ${first.styleTitle}`}
                    className="copy-button small"
                  />
                ) : null}
                {style.recipe?.kind === "sref" ? <AddToBlend styleId={style.id} title={style.title} /> : null}
              </div>
            ) : (
              <p className="liked-recipe card-lock">
                <LockIcon /> Pro recipe
              </p>
            )}
            <div className="liked-images">
              {group.map((row) => {
                const index = style.images.findIndex((i) => i.id === row.imageId);
                const image = style.images[index];
                return image ? (
                  <div key={row.imageId} className="liked-cell">
                    <ResponsiveImage image={image} sizes={THUMB_SIZES} />
                    <LikeButton
                      imageId={row.imageId}
                      image={`image ${index + 1} of ${style.title}`}
                      className="like-button overlay"
                    />
                    <SaveToBoard
                      imageId={row.imageId}
                      image={`image ${index + 1} of ${style.title}`}
                      className="overlay"
                    />
                  </div>
                ) : null;
              })}
            </div>
          </section>
        );
      })}
    </>
  );
}
