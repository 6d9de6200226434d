import type { PaletteColor } from "@/domain/color/color";
import { MAX_PALETTE_QUERY_COLORS, type PaletteQueryColor } from "@/domain/color/palette-query";
import { paletteOfPixels } from "@/domain/color/pixel-palette";

/** Larger files are refused before decoding: a phone would stall or run out of memory on them. */
export const MAX_IMAGE_BYTES = 40 * 1024 * 1024;
/** The picture is read at this size (its palette does not need more; the import reads 64 px too). */
const SAMPLE_EDGE = 64;
/** pixels more transparent than this show nothing of the picture */
const MIN_ALPHA = 128;

/** A reason, in words for the person, why a file gave no palette. */
export class ImagePaletteError extends Error {
  // read by name: the module that catches it does not load this one until a picture comes
  override name = "ImagePaletteError";
}

/** A palette of shares as the URL's `palette=` weights: the largest colours, whole numbers 1–100. */
export function paletteWeights(palette: readonly PaletteColor[]): PaletteQueryColor[] {
  return palette.slice(0, MAX_PALETTE_QUERY_COLORS).map((entry) => ({
    hex: entry.color.replace(/^#/, "").toLowerCase(),
    weight: Math.min(100, Math.max(1, Math.round(entry.share * 100))),
  }));
}

/** The visible pixels of RGBA data as packed RGB. */
function opaqueRgb(rgba: Uint8ClampedArray): Uint8Array {
  const rgb = new Uint8Array((rgba.length / 4) * 3);
  let length = 0;
  for (let i = 0; i + 3 < rgba.length; i += 4) {
    if ((rgba[i + 3] ?? 0) < MIN_ALPHA) continue;
    rgb[length++] = rgba[i] ?? 0;
    rgb[length++] = rgba[i + 1] ?? 0;
    rgb[length++] = rgba[i + 2] ?? 0;
  }
  return rgb.subarray(0, length);
}

/**
 * The main colours of a picture the person picked, read entirely in this browser: the
 * file is decoded into a 64 px canvas and never sent anywhere.
 */
export async function paletteOfImageFile(file: File): Promise<PaletteQueryColor[]> {
  if (file.type && !file.type.startsWith("image/"))
    throw new ImagePaletteError(`“${file.name}” is not a picture. Pick a JPEG, PNG, WebP or GIF.`);
  if (file.size > MAX_IMAGE_BYTES)
    throw new ImagePaletteError(
      `“${file.name}” is ${Math.round(file.size / 1024 / 1024)} MB; pick a picture under ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
    );
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, {
      resizeWidth: SAMPLE_EDGE,
      resizeHeight: SAMPLE_EDGE,
      resizeQuality: "medium",
    });
  } catch {
    throw new ImagePaletteError(
      `This browser could not read “${file.name}” as a picture. Try a JPEG, PNG or WebP.`,
    );
  }
  const canvas = document.createElement("canvas");
  canvas.width = SAMPLE_EDGE;
  canvas.height = SAMPLE_EDGE;
  const context = canvas.getContext("2d", { willReadFrequently: true });
  if (!context) {
    bitmap.close();
    throw new ImagePaletteError("This browser cannot read pictures here. Pick a colour instead.");
  }
  // drawn at the sample size whatever size the bitmap came in (not every browser resizes on decode)
  context.drawImage(bitmap, 0, 0, SAMPLE_EDGE, SAMPLE_EDGE);
  bitmap.close();
  const pixels = opaqueRgb(context.getImageData(0, 0, SAMPLE_EDGE, SAMPLE_EDGE).data);
  const palette = paletteOfPixels(pixels, 3);
  if (palette.length === 0)
    throw new ImagePaletteError(`“${file.name}” is fully transparent: no colours to match.`);
  return paletteWeights(palette);
}
