import { type CatalogFile, catalogFileSchema } from "../../src/domain/catalog/schema";
import type { ImageAnalysis, StyleSpec } from "./types";

/** Joins the spec with the pixel-derived fields into the catalog file, in the schema's key order. */
export function toCatalog(
  version: string,
  styles: readonly StyleSpec[],
  analyses: ReadonlyMap<string, ImageAnalysis>,
): CatalogFile {
  const catalog: CatalogFile = {
    version,
    styles: styles.map(({ style, images }) => ({
      ...style,
      images: images.map((image) => {
        const analysis = analyses.get(image.id);
        if (!analysis) throw new Error(`no analysis for ${image.id}`);
        return {
          id: image.id,
          file: image.file,
          width: image.width,
          height: image.height,
          color: analysis.color,
          placeholder: analysis.placeholder,
          alt: image.alt,
        };
      }),
    })),
  };
  return catalogFileSchema.parse(catalog);
}

export const serializeCatalog = (catalog: CatalogFile): string => `${JSON.stringify(catalog, null, 2)}\n`;
