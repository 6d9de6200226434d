import { type CatalogFile, catalogFileSchema } from "../../src/domain/catalog/schema";
import { stylePalette } from "../../src/domain/color/palette";
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
      palette: stylePalette(images.map((image) => analysisOf(analyses, image.id).palette)),
      images: images.map((image) => {
        const analysis = analysisOf(analyses, image.id);
        return {
          id: image.id,
          file: image.file,
          width: image.width,
          height: image.height,
          color: analysis.color,
          placeholder: analysis.placeholder,
          alt: image.alt,
          ...(image.prompt !== undefined ? { prompt: image.prompt } : {}),
        };
      }),
    })),
  };
  return catalogFileSchema.parse(catalog);
}

function analysisOf(analyses: ReadonlyMap<string, ImageAnalysis>, imageId: string): ImageAnalysis {
  const analysis = analyses.get(imageId);
  if (!analysis) throw new Error(`no analysis for ${imageId}`);
  return analysis;
}

export const serializeCatalog = (catalog: CatalogFile): string => `${JSON.stringify(catalog, null, 2)}\n`;
