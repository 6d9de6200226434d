import { z } from "zod";
import { MODELS_NEWEST_FIRST, parseModel } from "../midjourney/versions";
import { isCalendarDay, recipeSchema } from "./schema";
import { CATEGORY_SLUGS, TIERS } from "./taxonomy";

/**
 * One style as the people running mjpro describe it in an import folder's styles.yaml
 * (docs/operations.md "Adding styles"). Everything measured from pixels (sizes, colours, previews)
 * and every id is worked out by the import, never typed. The reading is forgiving where
 * the meaning is plain (a code written as a number, a tag with spaces, a date without a
 * time) and strict where it is not.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens");

export function slugOf(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const IMAGE_EXTENSION = /\.(jpe?g|png|webp)$/i;

/** A path inside the import folder: sub-folders allowed, nothing absolute, nothing climbing out. */
const imageFile = z
  .string()
  .min(1)
  .refine((file) => IMAGE_EXTENSION.test(file), "must end in .jpg, .jpeg, .png or .webp")
  .refine(
    (file) =>
      !file.startsWith("/") &&
      !/^[a-z]:[\\/]/i.test(file) &&
      !file.split(/[\\/]/).some((part) => part === ".." || part === ""),
    "must be a path inside the import folder (no leading /, no ..)",
  );

export const importImageSchema = z.strictObject({
  /** a file in the import folder or one of its sub-folders */
  file: imageFile,
  alt: z.string().min(3, "must say what the image shows (3 characters or more)").max(300),
  /** the subject prompt it was made with; empty when made from the code alone */
  prompt: z
    .string()
    .max(1000)
    .nullable()
    .transform((prompt) => (prompt ?? "").trim())
    .optional(),
});

/** "stained glass" and "Stained_Glass" are the tag stained-glass */
const tag = z
  .string()
  .transform(slugOf)
  .pipe(z.string().min(1, "has no letters or digits to make a tag from"));

/** A date alone means midnight UTC of that day. */
const publishedAt = z.union(
  [
    z.iso
      .datetime({ offset: true })
      .transform((value) => new Date(value).toISOString().replace(".000Z", "Z")),
    z.iso.date().transform((day) => `${day}T00:00:00Z`),
  ],
  { error: () => "must be a date (2026-11-20) or a date and time (2026-11-20T09:00:00Z)" },
);

/**
 * The recipe as typed: codes may be YAML numbers (read as their digits, see
 * read-import-metadata), `params` may be left out.
 */
const importRecipeSchema = z.preprocess((raw) => {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const recipe = raw as Record<string, unknown>;
  return recipe.params === undefined || recipe.params === null ? { ...recipe, params: {} } : recipe;
}, recipeSchema);

const MODEL_CHOICES = MODELS_NEWEST_FIRST.map((row) => row.id).join(", ");

/** A model as people write it: "v7", "V7", 7, "5.2", "Niji 6"; its id in the table. */
const model = z
  .union([z.string(), z.number()], { error: () => `must be a model version: ${MODEL_CHOICES}` })
  .transform((value, ctx) => {
    const id = parseModel(String(value));
    if (id) return id;
    ctx.addIssue({ code: "custom", message: `must be a model version: ${MODEL_CHOICES} (found "${value}")` });
    return z.NEVER;
  });

/** A day or a month (2026-03-14, 2026-03); YAML reads a bare day as a date, which is taken as that day. */
const testDay = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .pipe(z.string().refine(isCalendarDay, "must be a day (2026-03-14) or a month (2026-03) the calendar has"));

const tested = z.strictObject({ model, date: testDay.optional() });

const oneOf = (values: readonly string[]) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "is missing" : `must be one of: ${values.join(", ")}`;

export const importStyleSchema = z
  .strictObject({
    title: z.string().min(2, "must be 2 characters or more").max(80, "must be 80 characters or fewer"),
    /** defaults to the title in lowercase words; the style's address */
    slug: slug.optional(),
    description: z.string().max(400).nullable().default(""),
    category: z.enum(CATEGORY_SLUGS, { error: oneOf(CATEGORY_SLUGS) }),
    tags: z
      .array(tag)
      .max(12, "at most 12 tags")
      .default([])
      .transform((tags) => [...new Set(tags)]),
    /** the model the recipe is written for; leave it out when the source does not say */
    model: model.nullable().optional(),
    /** the models it was tried on, and when: [{ model: v7, date: 2026-03 }] */
    tested: z.array(tested).max(12, "at most 12 tests").optional(),
    tier: z.enum(TIERS, { error: oneOf(TIERS) }),
    /** defaults to when the style was first imported */
    publishedAt: publishedAt.optional(),
    recipe: importRecipeSchema,
    images: z
      .array(importImageSchema)
      .min(1, "a style needs 1 to 8 images")
      .max(8, "a style needs 1 to 8 images"),
    /** the file of the cover image; defaults to the first */
    cover: z.string().optional(),
    /** another take on a code another style also uses (else a code is one style) */
    variant: z.boolean().default(false),
  })
  .transform(({ model, ...style }) => ({
    ...style,
    ...(model ? { model } : {}),
    description: style.description ?? "",
  }));

export const importFileSchema = z.strictObject({
  styles: z.array(z.unknown()).min(1, "lists no styles"),
});

export type ImportStyle = z.infer<typeof importStyleSchema>;
export type ImportImage = z.infer<typeof importImageSchema>;
