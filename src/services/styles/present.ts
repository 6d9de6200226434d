import { imageSources } from "@/adapters/images/port";
import { buildRecipe, type Recipe, recipeSpec } from "@/domain/catalog/recipe";
import type { CatalogImage, StyleRecord } from "@/domain/catalog/schema";
import type { AspectRatio, CategorySlug, Tier } from "@/domain/catalog/taxonomy";
import { aspectRatioOf } from "@/domain/catalog/taxonomy";
import type { PaletteColor } from "@/domain/color/color";
import { canSeeRecipe } from "@/domain/entitlements";
import type { ModelId } from "@/domain/midjourney/versions";
import type { CatalogContext } from "../context";

/** An image as browsers receive it: web-size URLs only. */
export interface ImageView {
  id: string;
  src: string;
  srcSet: string;
  width: number;
  height: number;
  aspectRatio: AspectRatio;
  color: string;
  placeholder: string;
  alt: string;
  /** the subject prompt the image was made with ("" when made from the code alone); not the recipe */
  prompt?: string;
}

/** A style as browsers receive it. `recipe` is present only when the viewer may see it. */
export interface StyleView {
  id: string;
  slug: string;
  title: string;
  description: string;
  category: CategorySlug;
  tags: string[];
  /** the model its recipe is written for; absent when its source does not say */
  model?: ModelId;
  /** the models it was tried on, and when (a day or a month) */
  tested?: { model: ModelId; date?: string }[];
  tier: Tier;
  publishedAt: string;
  /** the main colours of its images, largest share first */
  palette: PaletteColor[];
  images: ImageView[];
  recipe?: Recipe;
}

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
