import { imageSources } from "@/adapters/images/port";
import { buildRecipe, recipeSpec } from "@/domain/catalog/recipe";
import type { CatalogImage, StyleRecord } from "@/domain/catalog/schema";
import type { ImageView, StyleView } from "@/domain/catalog/style-view";
import { aspectRatioOf } from "@/domain/catalog/taxonomy";
import { canSeeRecipe } from "@/domain/entitlements";
import type { CatalogContext } from "../context";

/** Default rendition width for `src`; srcset covers the rest. */
const DEFAULT_SRC_WIDTH = 640;

export function presentImage(ctx: CatalogContext, image: CatalogImage): ImageView {
  const { src, srcSet } = imageSources(ctx.images, image, DEFAULT_SRC_WIDTH);
  return {
    id: image.id,
    src,
    srcSet,
    width: image.width,
    height: image.height,
    aspectRatio: aspectRatioOf(image.width, image.height),
    color: image.color,
    placeholder: image.placeholder,
    alt: image.alt,
    ...(image.prompt !== undefined ? { prompt: image.prompt } : {}),
  };
}

export function presentStyle(ctx: CatalogContext, style: StyleRecord): StyleView {
  return {
    id: style.id,
    slug: style.slug,
    title: style.title,
    description: style.description,
    category: style.category,
    tags: [...style.tags],
    ...(style.model ? { model: style.model } : {}),
    ...(style.tested ? { tested: style.tested.map((t) => ({ ...t })) } : {}),
    tier: style.tier,
    publishedAt: style.publishedAt,
    palette: style.palette.map((p) => ({ color: p.color, share: p.share })),
    images: style.images.map((image) => presentImage(ctx, image)),
    ...(canSeeRecipe(ctx.viewer, style) ? { recipe: buildRecipe(recipeSpec(style)) } : {}),
  };
}
