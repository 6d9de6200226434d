import sharp, { type Sharp } from "sharp";
import type { Hex, PaletteColor } from "@/domain/color/color";
import { paletteOfPixels } from "@/domain/color/pixel-palette";

export interface ImageAnalysis {
  width: number;
  height: number;
  /** the single dominant colour, painted behind the image while it loads */
  color: Hex;
  /** the image's main colours and their shares, for colour search and "more like this" */
  palette: PaletteColor[];
  /** a 16 px blurred preview as a data URL */
  placeholder: string;
}

const SAMPLE_EDGE = 64;
/** the one rendition every measure is taken from */
const ANALYSIS_EDGE = 256;

const hex2 = (value: number) => Math.round(value).toString(16).padStart(2, "0");

/**
 * What the catalog stores about an image's pixels. The image is decoded once into a small
 * rendition, and every measure is taken from that: sharp's stats() reads its input, not
 * the resize before it, so stats on the original would scan every full-size pixel. The
 * palette: median-cut (quantize) proposes colours from a 64 px sample, every sampled
 * pixel then counts for its nearest proposal in OKLab, and close or tiny colours are
 * folded (domain/color/palette).
 */
export async function analyseImage(input: Buffer | Sharp): Promise<ImageAnalysis> {
  const image = Buffer.isBuffer(input) ? sharp(input) : input;
  const meta = await image.metadata();
  if (!meta.width || !meta.height) throw new Error("not an image sharp can read");
  const small = await image
    .clone()
    .rotate()
    .resize(ANALYSIS_EDGE, ANALYSIS_EDGE, { fit: "inside", withoutEnlargement: true })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const rendition = () =>
    sharp(small.data, {
      raw: { width: small.info.width, height: small.info.height, channels: small.info.channels },
    });
  const [stats, sample, preview] = await Promise.all([
    rendition().stats(),
    rendition()
      .resize(SAMPLE_EDGE, SAMPLE_EDGE, { fit: "inside", withoutEnlargement: true })
      .raw()
      .toBuffer({ resolveWithObject: true }),
    rendition().resize(16).webp({ quality: 60 }).toBuffer(),
  ]);
  const swapped = meta.orientation !== undefined && meta.orientation >= 5;
  const { dominant } = stats;
  return {
    width: swapped ? meta.height : meta.width,
    height: swapped ? meta.width : meta.height,
    color: `#${hex2(dominant.r)}${hex2(dominant.g)}${hex2(dominant.b)}` as Hex,
    palette: paletteOfPixels(sample.data, sample.info.channels),
    placeholder: `data:image/webp;base64,${preview.toString("base64")}`,
  };
}
