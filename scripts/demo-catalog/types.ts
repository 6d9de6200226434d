import type { CatalogImage, StyleRecord } from "../../src/domain/catalog/schema";
import type { PaletteColor } from "../../src/domain/color/color";
import type { Mood, Palette } from "./palette";
import type { Rng } from "./prng";

export const FAMILIES = [
  "mountains",
  "dunes",
  "seascape",
  "city",
  "figure",
  "bauhaus",
  "arches",
  "lowpoly",
  "waves",
  "botanical",
  "cosmic",
  "blobs",
  "clay",
  "synthwave",
] as const;
export type FamilyId = (typeof FAMILIES)[number];

/** Everything that makes a style's images look like one style. */
export interface Look {
  palette: Palette;
  mood: Mood;
  /** 0 = none; opacity of the film grain overlay */
  grain: number;
  /** 0..1 darkness of the vignette */
  vignette: number;
  /** flat fills instead of gradients on the main shapes (posters, prints) */
  flat: boolean;
}

export interface DrawContext {
  rng: Rng;
  width: number;
  height: number;
  look: Look;
}

export interface Drawing {
  /** shapes, drawn in a viewBox of width x height */
  body: string;
  /** gradients, clip paths, filters referenced by body */
  defs: string;
  /** what the image shows, for alt text: "Layered teal mountains under a low orange sun" */
  subject: string;
  /**
   * rasterise at this fraction of the final size, then enlarge: only worth it for heavily blurred
   * drawings, since enlarging costs about as much as rendering a plain drawing at full size
   */
  scale?: number;
}

export type Compose = (ctx: DrawContext) => Drawing;

/** One demo image before rendering: what to draw and the catalog fields that do not need pixels. */
export interface ImageSpec {
  id: string;
  file: string;
  width: number;
  height: number;
  alt: string;
  /** the subject prompt shown beside the image; absent for prompt recipes (their prompt is the recipe) */
  prompt?: string;
  family: FamilyId;
  seed: number;
}

export interface StyleSpec {
  /** the palette is measured from the rendered images */
  style: Omit<StyleRecord, "images" | "palette">;
  look: Look;
  images: ImageSpec[];
}

/** Raw pixels of a rendered image. */
export interface Raster {
  data: Buffer;
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
}

/** The pixel-derived fields of a catalog image. */
export type ImageAnalysis = Pick<CatalogImage, "color" | "placeholder"> & { palette: PaletteColor[] };
