import { z } from "zod";
import { catalogContext } from "@/server/context";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { readJson } from "@/server/request";
import { viewerOf } from "@/server/viewer";
import { imageIdSchema, MAX_SYNC_OPS } from "@/services/likes/inputs";
import { stylesOfImages } from "@/services/styles/styles-of-images";

const input = z.strictObject({
  imageIds: z.array(imageIdSchema).max(MAX_SYNC_OPS, `ask for at most ${MAX_SYNC_OPS} images`),
});

/**
 * POST, not GET: a list of liked images is the person's data and stays out of URLs, logs
 * and shared caches.
 */
export const POST = route(async (request) => {
  const viewer = await viewerOf(request);
  const { imageIds } = parseOrThrow(input, await readJson(request, 64 * 1024));
  return privateJson({ items: stylesOfImages(catalogContext(viewer), { imageIds }) });
});

export const GET = methodNotAllowed(["POST"]);
