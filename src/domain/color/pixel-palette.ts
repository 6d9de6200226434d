import type { Oklab } from "culori";
import quantize from "quantize";
import { colorDistance, hexOf, oklabOf, oklabOfRgb, type PaletteColor } from "./color";
import { mergePalette } from "./palette";

const CANDIDATES = 8;

/**
 * The palette of a sample of pixels (packed 8-bit channels, RGB first): median cut
 * (quantize) proposes colours, every pixel then counts for its nearest proposal in OKLab,
 * and close or tiny colours are folded (./palette). The import runs it on a 64 px
 * rendition of each catalog image; search by image runs it in the browser on the
 * picked picture, so both read a picture the same way.
 */
export function paletteOfPixels(data: ArrayLike<number>, channels: number): PaletteColor[] {
  const pixels: [number, number, number][] = [];
  for (let i = 0; i + 2 < data.length; i += channels)
    pixels.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0]);
  if (pixels.length === 0) return [];
  const proposals = quantize(pixels, CANDIDATES);
  const colors = proposals ? proposals.palette() : [pixels[0] as [number, number, number]];
  const labs = colors.map(([r, g, b]) => oklabOf(hexOf({ mode: "rgb", r: r / 255, g: g / 255, b: b / 255 })));
  const counts = new Array<number>(labs.length).fill(0);
  const seen = new Map<number, number>();
  for (const [r, g, b] of pixels) {
    const key = (r << 16) | (g << 8) | b;
    let nearest = seen.get(key);
    if (nearest === undefined) {
      const lab = oklabOfRgb(r, g, b);
      nearest = 0;
      for (let j = 1; j < labs.length; j++) {
        if (colorDistance(lab, labs[j] as Oklab) < colorDistance(lab, labs[nearest] as Oklab)) nearest = j;
      }
      seen.set(key, nearest);
    }
    counts[nearest] = (counts[nearest] ?? 0) + 1;
  }
  return mergePalette(labs.map((lab, j) => ({ color: hexOf(lab), share: (counts[j] ?? 0) / pixels.length })));
}
