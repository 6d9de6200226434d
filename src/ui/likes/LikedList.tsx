"use client";

import { useEffect, useMemo, useState } from "react";
import { api } from "@/client/api";
import { useLikes } from "@/client/likes";
import { allRecipesText, type LikedRow, toCsv, toJson, toText } from "@/client/likes-export";
import { saveFile } from "@/client/save-file";
import { useHydrated } from "@/client/session";
import { likedImages } from "@/domain/likes/merge";
import type { StyleView } from "@/services/styles/present";
import { CopyButton } from "../CopyButton";
import { LockIcon } from "../icons";
import { RecipeText } from "../RecipeText";
import { ResponsiveImage } from "../ResponsiveImage";
import { LikeButton } from "./LikeButton";

const THUMB_SIZES = "(min-width: 1000px) 200px, 30vw";

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
  const liked = useMemo(() => likedImages(likes), [likes]);
  const [styles, setStyles] = useState<Map<string, StyleView>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const idsKey = liked.map((l) => l.imageId).join(",");

  useEffect(() => {
    if (!idsKey) return;
    let cancelled = false;
    void api<{ items: StyleView[] }>("/api/styles/of-images", {
      method: "POST",
      body: { imageIds: idsKey.split(",").slice(0, 500) },
      auth: true,
    }).then((result) => {
      if (cancelled) return;
      if (!result.ok) {
        setError(result.error.message);
        return;
      }
      setError(null);
      setStyles(
        new Map(result.data.items.flatMap((style) => style.images.map((image) => [image.id, style]))),
      );
    });
    return () => {
      cancelled = true;
    };
  }, [idsKey]);

  const rows: LikedRow[] = liked.flatMap(({ imageId, likedAt }) => {
    const style = styles.get(imageId);
    const image = style?.images.find((i) => i.id === imageId);
    if (!style || !image) return [];
    return [
      {
        imageId,
        likedAt,
        styleId: style.id,
        styleSlug: style.slug,
        styleTitle: style.title,
        imageAlt: image.alt,
        recipe: style.recipe?.text ?? null,
      },
    ];
  });
  const groups = new Map<string, LikedRow[]>();
  for (const row of rows) groups.set(row.styleId, [...(groups.get(row.styleId) ?? []), row]);

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

  const recipes = allRecipesText(rows);
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
                  <RecipeText text={first.recipe} />
                </code>
                <CopyButton
                  text={first.recipe}
                  label={`recipe of ${first.styleTitle}`}
                  className="copy-button small"
                />
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
