import type { PaletteColor } from "../color/color";
import type { ModelId } from "../midjourney/versions";
import type { Recipe } from "./recipe";
import type { AspectRatio, CategorySlug, Tier } from "./taxonomy";

/**
 * What browsers receive of the catalog: the shapes the services make (services/styles)
 * and the components show (ui/), here so neither has to reach into the other.
 */

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

/** How a style's recipe fares on one of today's models, as its page says it. */
export interface ModelFitView {
  model: string;
  works: boolean;
  /** what Copy changes for that model ("with --sv 4"); only for a viewer who may see the recipe */
  changes: string[];
}
