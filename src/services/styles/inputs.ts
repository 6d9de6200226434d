import { z } from "zod";
import { decodeCursor } from "@/domain/catalog/paging";
import { STYLE_ID_PATTERN } from "@/domain/catalog/schema";
import { SORT_ORDERS } from "@/domain/catalog/search";
import { ASPECT_RATIOS, CATEGORY_SLUGS, TIERS } from "@/domain/catalog/taxonomy";
import { formatPalette, PALETTE_HINT, parsePalette } from "@/domain/color/palette-query";
import { COLOR_HINT, parseColor } from "@/domain/color/swatches";
import { MODEL_IDS } from "@/domain/midjourney/versions";

export const MAX_PAGE_SIZE = 60;
export const DEFAULT_PAGE_SIZE = 24;

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: () => `${name} must be one of: ${values.join(", ")}` });

export const RECIPE_KINDS = ["sref", "moodboard", "prompt"] as const;
export const SEED_PATTERN = /^[a-z0-9]{1,12}$/;

/** Query of GET /api/styles and of the search page; every key optional. */
export const listStylesInput = z.strictObject({
  q: z.string().trim().max(200, "q must be at most 200 characters").optional(),
  category: oneOf("category", CATEGORY_SLUGS).optional(),
  model: oneOf("model", MODEL_IDS).optional(),
  tier: oneOf("tier", TIERS).optional(),
  ar: oneOf("ar", ASPECT_RATIOS).optional(),
  color: z
    .string()
    .transform((value, ctx) => {
      const color = parseColor(value);
      if (color) return color.key;
      ctx.addIssue({ code: "custom", message: COLOR_HINT });
      return z.NEVER;
    })
    .optional(),
  kind: oneOf("kind", RECIPE_KINDS).optional(),
  sort: oneOf("sort", SORT_ORDERS).optional(),
  seed: z.string().regex(SEED_PATTERN, "seed must be 1 to 12 lowercase letters or digits").optional(),
  palette: z
    .string()
    .transform((value, ctx) => {
      const colors = parsePalette(value);
      if (colors) return formatPalette(colors);
      ctx.addIssue({ code: "custom", message: PALETTE_HINT });
      return z.NEVER;
    })
    .optional(),
  cursor: z
    .string()
    .refine((c) => decodeCursor(c) !== undefined, "cursor is not valid; use nextCursor from a previous page")
    .optional(),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be at least 1")
    .max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
});

export type ListStylesInput = z.infer<typeof listStylesInput>;

export const styleIdInput = z.strictObject({
  id: z.string().regex(STYLE_ID_PATTERN, "id must look like sty_abc123"),
});

/** Style ids asked for at once: more than any grid shows between two loads. */
export const MAX_RECIPE_IDS = 100;

/** Query of GET /api/recipes: `ids` is a comma-separated list of style ids. */
export const recipesInput = z.strictObject({
  ids: z
    .string({ error: "ids is required: a comma-separated list of style ids" })
    .transform((value) => [...new Set(value.split(","))])
    .pipe(
      z
        .array(z.string().regex(STYLE_ID_PATTERN, "each id must look like sty_abc123"))
        .min(1, "ids must name at least one style")
        .max(MAX_RECIPE_IDS, `ask for at most ${MAX_RECIPE_IDS} styles at once`),
    ),
});
