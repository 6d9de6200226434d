import { getCatalog } from "@/server/catalog";
import { methodNotAllowed, parseOrThrow, privateJson, route } from "@/server/http";
import { getImages, readLocalOriginal } from "@/server/images";
import { viewerOf } from "@/server/viewer";
import { downloadOriginal } from "@/services/images/download-original";
import { imageIdSchema } from "@/services/likes/inputs";

const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

/**
 * The full-resolution original, to Pro members (Bearer token); never cached by anyone.
 * Local images come as the file; Cloudinary ones as JSON {url, expiresAt, fileName}, a
 * signed link that works for two minutes, which the browser then opens.
 */
export const GET = route(async (request: Request, context: { params: Promise<{ imageId: string }> }) => {
  const imageId = parseOrThrow(imageIdSchema, (await context.params).imageId);
  const viewer = await viewerOf(request);
  const original = await downloadOriginal(
    { catalog: getCatalog(), viewer, images: getImages(), now: Date.now(), readOriginal: readLocalOriginal },
    { imageId },
  );
  if (original.kind === "link") {
    return privateJson({ url: original.url, expiresAt: original.expiresAt, fileName: original.fileName });
  }
  const { body, fileName } = original;
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[fileName.split(".").at(-1) ?? ""] ?? "application/octet-stream",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
});

export const POST = methodNotAllowed(["GET"]);
