import { getCatalog } from "@/server/catalog";
import { methodNotAllowed, parseOrThrow, route } from "@/server/http";
import { readLocalOriginal } from "@/server/images";
import { viewerOf } from "@/server/viewer";
import { downloadOriginal } from "@/services/images/download-original";
import { imageIdSchema } from "@/services/likes/inputs";

const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

/** The full-resolution original, to Pro members (Bearer token); never cached by anyone. */
export const GET = route(async (request: Request, context: { params: Promise<{ imageId: string }> }) => {
  const imageId = parseOrThrow(imageIdSchema, (await context.params).imageId);
  const viewer = await viewerOf(request);
  const { body, fileName } = await downloadOriginal(
    { catalog: getCatalog(), viewer, readOriginal: readLocalOriginal },
    { imageId },
  );
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPES[fileName.split(".").at(-1) ?? ""] ?? "application/octet-stream",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
});

export const POST = methodNotAllowed(["GET"]);
