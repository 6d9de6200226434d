import type { Catalog } from "@/domain/catalog/catalog";
import { NotFoundError } from "../errors";

export interface WebImageContext {
  catalog: Catalog;
  /** the web-size rendition of a local original (see adapters/images/web-master) */
  readWebMaster(file: string): Promise<Buffer | undefined>;
}

/** Only files the catalog names are served: no directory walking, no guessing. */
export async function readWebImage(ctx: WebImageContext, input: { file: string }): Promise<Buffer> {
  if (!ctx.catalog.imageFiles.has(input.file)) throw new NotFoundError("No such image.");
  const image = await ctx.readWebMaster(input.file);
  if (!image) throw new NotFoundError("This image is missing on the server.");
  return image;
}
