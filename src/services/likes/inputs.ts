import { z } from "zod";
import { IMAGE_ID_PATTERN } from "@/domain/catalog/schema";

export const MAX_SYNC_OPS = 500;

export const imageIdSchema = z.string().regex(IMAGE_ID_PATTERN, "imageId must look like img_abc12345");

const at = z
  .number({ error: "at must be a time in milliseconds" })
  .int("at must be a whole number of milliseconds")
  .min(0, "at must not be negative")
  .max(8_640_000_000_000_000, "at is not a valid time");

export const likeOpSchema = z.strictObject({
  imageId: imageIdSchema,
  liked: z.boolean({ error: "liked must be true or false" }),
  at,
});

export const syncLikesInput = z.strictObject({
  ops: z
    .array(likeOpSchema, { error: "ops must be a list of {imageId, liked, at}" })
    .max(MAX_SYNC_OPS, `send at most ${MAX_SYNC_OPS} ops per sync`),
});

/** PUT/DELETE may say when the person acted (a queued action); the server's time otherwise. */
export const setLikeInput = z.strictObject({ at: at.optional() });
