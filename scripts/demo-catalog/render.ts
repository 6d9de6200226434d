import sharp, { type Sharp } from "sharp";
import { analyseImage } from "../../src/adapters/images/analyse-image";
import { darken } from "./color";
import { COMPOSERS } from "./compositions";
import { finish } from "./finish";
import { Rng } from "./prng";
import { svgDocument } from "./svg";
import type { ImageAnalysis, ImageSpec, Look, Raster } from "./types";

/** Huffman optimisation off: larger files, much faster encoding (docs/benchmarks.md); these are rendered on every fresh clone */
export const JPEG_OPTIONS = { quality: 82, mozjpeg: false, optimiseCoding: false } as const;

/** The SVG for one image; the same spec always yields the same string. */
export function imageSvg(image: ImageSpec, look: Look): { svg: string; scale: number } {
  const drawing = COMPOSERS[image.family]({
    rng: new Rng(image.seed),
    width: image.width,
    height: image.height,
    look,
  });
  const scale = drawing.scale ?? 1;
  return { svg: svgDocument(drawing, image.width, image.height, scale), scale };
}

/** Rasterises the image at its final size: SVG (maybe at reduced scale, then enlarged), vignette, grain. */
export async function rasterise(image: ImageSpec, look: Look): Promise<Raster> {
  const { svg } = imageSvg(image, look);
  let raster = await toRaster(sharp(Buffer.from(svg)));
  const enlarge = raster.width !== image.width || raster.height !== image.height;
  // a separate step on purpose: resizing the SVG pipeline itself would make sharp re-render the
  // vector at full size, losing both the softness and the speed of the small render
  if (enlarge) {
    raster = await toRaster(
      fromRaw(raster).resize(image.width, image.height, { fit: "fill", kernel: "linear" }),
    );
  }
  // enlarged soft renders band visibly in 8 bits; a touch of grain dithers the steps away
  const grain = enlarge ? Math.max(look.grain, 0.035) : look.grain;
  // tinted with the palette's darkest colour: a black vignette looks dirty on pastel images
  finish(raster, look.vignette, darken(look.palette.deep, 0.5), grain);
  if (raster.width !== image.width || raster.height !== image.height) {
    throw new Error(
      `${image.file}: rendered ${raster.width}x${raster.height}, expected ${image.width}x${image.height}`,
    );
  }
  return raster;
}

async function toRaster(pipeline: Sharp): Promise<Raster> {
  const { data, info } = await pipeline.removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function fromRaw(raster: Raster): Sharp {
  return sharp(raster.data, {
    raw: { width: raster.width, height: raster.height, channels: raster.channels },
  });
}

export function encodeJpeg(raster: Raster): Promise<Buffer> {
  return fromRaw(raster).jpeg(JPEG_OPTIONS).toBuffer();
}

/** Dominant colour, palette and a tiny blurred preview, measured as the import command measures them. */
export async function analyse(raster: Raster): Promise<ImageAnalysis> {
  const { color, palette, placeholder } = await analyseImage(fromRaw(raster));
  return { color, palette, placeholder };
}
