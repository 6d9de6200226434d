import { z } from "zod";
import { recipeSchema } from "./schema";
import { CATEGORY_SLUGS, MODEL_IDS, TIERS } from "./taxonomy";

/**
 * One style as the people running mjpro describe it in an import folder's styles.yaml
 * (README "Adding styles"). Everything measured from pixels (sizes, colours, previews)
 * and every id is worked out by the import, never typed.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");

export const importImageSchema = z.strictObject({
  /** a file in the import folder */
  file: z
    .string()
    .regex(/^[\w. -]+\.(jpe?g|png|webp)$/i, "must be a .jpg, .png or .webp file name in the folder"),
  alt: z.string().min(3, "must say what the image shows (3 characters or more)").max(300),
});

export const importStyleSchema = z.strictObject({
  title: z.string().min(2).max(80),
  /** defaults to the title in lowercase words; the style's address, and what a re-import matches on */
  slug: slug.optional(),
  description: z.string().max(400).default(""),
  category: z.enum(CATEGORY_SLUGS, { error: () => `must be one of: ${CATEGORY_SLUGS.join(", ")}` }),
  tags: z.array(slug).max(12).default([]),
  model: z.enum(MODEL_IDS, { error: () => `must be one of: ${MODEL_IDS.join(", ")}` }),
  tier: z.enum(TIERS, { error: () => `must be one of: ${TIERS.join(", ")}` }),
  /** defaults to when the style was first imported */
  publishedAt: z.iso.datetime().optional(),
  recipe: recipeSchema,
  images: z
    .array(importImageSchema)
    .min(3, "a style needs 3 to 8 images")
    .max(8, "a style needs 3 to 8 images"),
});

export const importFileSchema = z.strictObject({
  styles: z.array(z.unknown()).min(1, "lists no styles"),
});

export type ImportStyle = z.infer<typeof importStyleSchema>;

export function slugOf(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
