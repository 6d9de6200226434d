import type { Catalog } from "@/domain/catalog/catalog";
import { canDownloadOriginal, type Viewer } from "@/domain/entitlements";
import { UnauthorizedError } from "../auth/errors";
import { ForbiddenError, NotFoundError } from "../errors";

export interface OriginalContext {
  catalog: Catalog;
  viewer: Viewer;
  /** the full-resolution original of a catalog file, or undefined when it is missing */
  readOriginal(file: string): Promise<Buffer | undefined>;
}

/** A full-resolution original, for Pro members only. */
export async function downloadOriginal(
  ctx: OriginalContext,
  input: { imageId: string },
): Promise<{ body: Buffer; fileName: string }> {
  if (ctx.viewer.kind === "anonymous")
    throw new UnauthorizedError("Sign in with Pro to download full-resolution images.");
  if (!canDownloadOriginal(ctx.viewer)) {
    throw new ForbiddenError("pro_required", "Full-resolution downloads are part of Pro.");
  }
  const styleId = ctx.catalog.styleIdByImageId.get(input.imageId);
  const style = styleId ? ctx.catalog.byId.get(styleId)?.style : undefined;
  const image = style?.images.find((i) => i.id === input.imageId);
  if (!style || !image) throw new NotFoundError("No such image.");
  const body = await ctx.readOriginal(image.file);
  if (!body) throw new NotFoundError("This image is missing on the server.");
  const extension = image.file.split(".").at(-1) ?? "jpg";
  return { body, fileName: `${style.slug}-${image.id}.${extension}` };
}
