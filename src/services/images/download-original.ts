import type { ImagesPort } from "@/adapters/images/port";
import type { Catalog } from "@/domain/catalog/catalog";
import { canDownloadOriginal, type Viewer } from "@/domain/entitlements";
import { UnauthorizedError } from "../auth/errors";
import { ForbiddenError, NotFoundError } from "../errors";

export interface OriginalContext {
  catalog: Catalog;
  viewer: Viewer;
  images: ImagesPort;
  now: number;
  /** the full-resolution original of a local catalog file, or undefined when it is missing */
  readOriginal(file: string): Promise<Buffer | undefined>;
}

export type OriginalDownload =
  | { kind: "bytes"; body: Buffer; fileName: string }
  /** a hosted image store's link that expires within minutes */
  | { kind: "link"; url: string; expiresAt: number; fileName: string };

/** A full-resolution original, for Pro members only: its bytes, or a short-lived link to them. */
export async function downloadOriginal(
  ctx: OriginalContext,
  input: { imageId: string },
): Promise<OriginalDownload> {
  if (ctx.viewer.kind === "anonymous")
    throw new UnauthorizedError("Sign in with Pro to download full-resolution images.");
  if (!canDownloadOriginal(ctx.viewer)) {
    throw new ForbiddenError("pro_required", "Full-resolution downloads are part of Pro.");
  }
  const styleId = ctx.catalog.styleIdByImageId.get(input.imageId);
  const style = styleId ? ctx.catalog.byId.get(styleId)?.style : undefined;
  const image = style?.images.find((i) => i.id === input.imageId);
  if (!style || !image) throw new NotFoundError("No such image.");
  const extension = image.file.split(".").at(-1) ?? "jpg";
  const fileName = `${style.slug}-${image.id}.${extension}`;
  if (ctx.images.originalLink) {
    const link = await ctx.images.originalLink(image.file, ctx.now);
    return { kind: "link", ...link, fileName };
  }
  const body = await ctx.readOriginal(image.file);
  if (!body) throw new NotFoundError("This image is missing on the server.");
  return { kind: "bytes", body, fileName };
}
