"use client";

import { useEffect, useState } from "react";
import { api } from "@/client/api";
import type { LikedRow } from "@/client/likes-export";
import type { StyleView } from "@/domain/catalog/style-view";

/** How many images one request asks the styles of (the API's own limit). */
const MAX_IMAGES_ASKED = 500;

/**
 * The styles of a collection's images (likes, a board), fetched once per set of ids, and
 * one row per image the catalog still has, in the collection's order.
 */
export function useCollection(items: readonly { imageId: string; at: number }[]) {
  const [styles, setStyles] = useState<Map<string, StyleView>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const idsKey = items.map((item) => item.imageId).join(",");

  useEffect(() => {
    if (!idsKey) return;
    let cancelled = false;
    void api<{ items: StyleView[] }>("/api/styles/of-images", {
      method: "POST",
      body: { imageIds: idsKey.split(",").slice(0, MAX_IMAGES_ASKED) },
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

  const rows: LikedRow[] = items.flatMap(({ imageId, at }) => {
    const style = styles.get(imageId);
    const image = style?.images.find((i) => i.id === imageId);
    if (!style || !image) return [];
    return [
      {
        imageId,
        likedAt: at,
        styleId: style.id,
        styleSlug: style.slug,
        styleTitle: style.title,
        imageAlt: image.alt,
        recipe: style.recipe?.text ?? null,
      },
    ];
  });
  return { rows, styles, error };
}
