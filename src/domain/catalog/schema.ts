import { z } from "zod";
import { MAX_STYLE_CODE } from "../midjourney/parameters";
import { isStyleCode } from "../midjourney/values";
import { MODEL_IDS } from "../midjourney/versions";
import { CATEGORY_SLUGS, TIERS } from "./taxonomy";

/**
 * The catalog as stored in content/catalog.json. Every field is validated when the
 * catalog is loaded, so a bad edit stops the app at start-up instead of at render time.
 */

/** What a style id looks like; also checked in cursors and API paths. */
export const STYLE_ID_PATTERN = /^sty_[a-z0-9]{6,32}$/;
export const IMAGE_ID_PATTERN = /^img_[a-z0-9]{8,32}$/;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");
const hexColor = z.string().regex(/^#[0-9a-f]{6}$/, "must be a #rrggbb colour");

/**
 * A recipe's Midjourney parameters, each within the range Midjourney documents; which
 * model takes which parameter and value is the model table (domain/midjourney).
 */
export const recipeParamsSchema = z.strictObject({
  /** aspect ratio, whole numbers, e.g. "3:2" (--ar) */
  ar: z
    .string()
    .regex(/^[1-9]\d{0,2}:[1-9]\d{0,2}$/, "must be a ratio of whole numbers such as 3:2")
    .optional(),
  /** style version of the sref engine (--sv); which values each model takes is the model table */
  sv: z.number().int().min(1).max(99).optional(),
  /** --stylize 0..1000 */
  stylize: z.number().int().min(0).max(1000).optional(),
  /** --chaos 0..100 */
  chaos: z.number().int().min(0).max(100).optional(),
  /** --weird 0..3000 */
  weird: z.number().int().min(0).max(3000).optional(),
  /** style weight --sw 0..1000 */
  sw: z.number().int().min(0).max(1000).optional(),
  /** --style raw (V7 also spells it --raw) */
  style: z
    .literal("raw", { error: () => "must be raw (the only --style value current models take)" })
    .optional(),
  /** --exp 0..100 */
  exp: z.number().int().min(0).max(100).optional(),
  /** --q */
  quality: z.union([z.literal(0.25), z.literal(0.5), z.literal(1), z.literal(2), z.literal(4)]).optional(),
  /** --stop 10..100 */
  stop: z.number().int().min(10).max(100).optional(),
  /** --tile */
  tile: z.literal(true).optional(),
  /** --seed 0..4294967295 */
  seed: z.number().int().min(0).max(4_294_967_295).optional(),
  /** --no, the things to leave out, e.g. "text, frames" */
  no: z.string().min(1).max(200).optional(),
});

export const recipeSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("sref"),
    /** one or more style reference codes, optionally weighted ("123::2") */
    codes: z
      .array(
        z
          .string()
          .regex(
            /^\d{1,10}(::\d+(\.\d+)?)?$/,
            "must be a numeric style code such as 2478013 (with a weight: 2478013::2)",
          )
          .refine(
            (code) => !/^\d+(::|$)/.test(code) || isStyleCode(code.replace(/::.*$/, "")),
            `must be a style code from 1 to ${MAX_STYLE_CODE.toLocaleString("en-US")} (Midjourney's codes are 32-bit)`,
          ),
      )
      .min(1, "needs at least one code")
      .max(4, "takes at most 4 codes"),
    params: recipeParamsSchema,
  }),
  z.strictObject({
    kind: z.literal("moodboard"),
    /** a personalization profile or moodboard code (--p) */
    code: z
      .string()
      .regex(/^[a-z0-9]{5,16}$/, "must be a moodboard or profile code: 5 to 16 lowercase letters and digits"),
    params: recipeParamsSchema,
  }),
  z
    .strictObject({
      kind: z.literal("prompt"),
      prompt: z
        .string()
        .min(10, "must be 10 characters or more")
        .max(1000, "must be 1000 characters or fewer"),
      /** the part of the prompt that names what is shown, which "Your subject" replaces */
      subject: z.string().min(1).max(300).optional(),
      params: recipeParamsSchema,
    })
    .refine((recipe) => recipe.subject === undefined || recipe.prompt.includes(recipe.subject), {
      message: "subject must be a part of the prompt",
      path: ["subject"],
    }),
]);

/** One of a style's main colours and the part of its images it covers. */
export const paletteColorSchema = z.strictObject({
  color: hexColor,
  share: z.number().min(0).max(1),
});

export const imageSchema = z.strictObject({
  id: z.string().regex(IMAGE_ID_PATTERN),
  /** path of the original under the image store (local dir or Cloudinary public id) */
  file: z.string().regex(/^[a-z0-9/_-]+\.(jpg|jpeg|png|webp)$/),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** dominant colour */
  color: hexColor,
  /** a tiny blurred preview as a data URL, shown while the image loads */
  placeholder: z.string().startsWith("data:image/").max(1200),
  alt: z.string().min(3).max(300),
  /** the subject prompt the image was made with ("" when made from the code alone); not the recipe */
  prompt: z.string().max(1000).optional(),
});

/** A day (2026-03-14) or a month (2026-03). */
export const testDayPattern = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

/** Whether a day (or a month) is one the calendar has: 2026-02-31 is not. */
export function isCalendarDay(day: string): boolean {
  const full = day.length === 7 ? `${day}-01` : day;
  return testDayPattern.test(day) && new Date(`${full}T00:00:00Z`).toISOString().startsWith(full);
}

const testDay = z
  .string()
  .refine(isCalendarDay, "must be a day (2026-03-14) or a month (2026-03) the calendar has");

/** One model a recipe was tried on, and when. */
export const testedSchema = z.strictObject({
  model: z.enum(MODEL_IDS),
  date: testDay.optional(),
});

export const styleSchema = z.strictObject({
  id: z.string().regex(STYLE_ID_PATTERN),
  slug,
  title: z.string().min(2).max(80),
  description: z.string().max(400),
  category: z.enum(CATEGORY_SLUGS),
  tags: z.array(slug).max(12),
  /** the model the recipe is written for; absent when its source does not say */
  model: z.enum(MODEL_IDS).optional(),
  /** the models it was tried on, and when */
  tested: z.array(testedSchema).max(12).optional(),
  tier: z.enum(TIERS),
  publishedAt: z.iso.datetime(),
  recipe: recipeSchema,
  /** the main colours of the style's images, largest share first (colour search, "more like this") */
  palette: z.array(paletteColorSchema).min(1).max(6),
  /** the first image is the cover */
  images: z.array(imageSchema).min(1).max(8),
});

export const catalogFileSchema = z.strictObject({
  version: z.string().min(1),
  styles: z.array(styleSchema),
});

export type RecipeParams = z.infer<typeof recipeParamsSchema>;
export type RecipeSource = z.infer<typeof recipeSchema>;
export type CatalogImage = z.infer<typeof imageSchema>;
export type StyleRecord = z.infer<typeof styleSchema>;
export type CatalogFile = z.infer<typeof catalogFileSchema>;
