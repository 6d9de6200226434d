import type { Oklab } from "culori";
import { oklabOf, type PaletteColor } from "./color";

/** Palette colours farther than this (deltaE OK) from the asked colour do not count at all. */
export const MATCH_RADIUS = 0.15;
/** How much of a style's images must be near the colour for the style to match. */
export const MIN_MATCH = 0.05;

/**
 * A palette in OKLab, flat: l, a, b, share for each colour in turn. One small typed array
 * per style instead of an object per colour (the catalog holds 18k palettes at 100k images).
 */
export interface LabPalette {
  values: Float64Array;
}

export function labPalette(palette: readonly PaletteColor[]): LabPalette {
  const values = new Float64Array(palette.length * 4);
  palette.forEach((p, i) => {
    const lab = oklabOf(p.color);
    values.set([lab.l, lab.a, lab.b, p.share], i * 4);
  });
  return { values };
}

/** deltaE OK between colour `i` of `values` and (l, a, b). */
function distanceAt(values: Float64Array, i: number, l: number, a: number, b: number): number {
  const dl = (values[i] as number) - l;
  const da = (values[i + 1] as number) - a;
  const db = (values[i + 2] as number) - b;
  return Math.sqrt(dl * dl + da * da + db * db);
}

/**
 * How strongly a palette shows a colour, 0..1: each palette colour within MATCH_RADIUS
 * adds its share, scaled down linearly with its distance. A style matches from MIN_MATCH.
 */
export function colorScore(palette: LabPalette, target: Oklab): number {
  const { values } = palette;
  let score = 0;
  for (let i = 0; i < values.length; i += 4) {
    const distance = distanceAt(values, i, target.l, target.a, target.b);
    if (distance < MATCH_RADIUS) score += (values[i + 3] as number) * (1 - distance / MATCH_RADIUS);
  }
  return score;
}

/**
 * How alike two palettes look, 0..1: for each colour of one, the distance to the nearest
 * colour of the other, weighted by share, both ways (a symmetric, share-weighted Chamfer
 * distance), mapped so 0 distance is 1 and MATCH_RADIUS or more is 0.
 */
export function paletteSimilarity(a: LabPalette, b: LabPalette): number {
  const oneWay = (from: Float64Array, to: Float64Array) => {
    let total = 0;
    for (let i = 0; i < from.length; i += 4) {
      let nearest = Number.POSITIVE_INFINITY;
      for (let j = 0; j < to.length; j += 4) {
        nearest = Math.min(
          nearest,
          distanceAt(to, j, from[i] as number, from[i + 1] as number, from[i + 2] as number),
        );
      }
      total += (from[i + 3] as number) * Math.max(0, 1 - nearest / MATCH_RADIUS);
    }
    return total;
  };
  if (a.values.length === 0 || b.values.length === 0) return 0;
  return (oneWay(a.values, b.values) + oneWay(b.values, a.values)) / 2;
}

/**
 * How much of an asked palette a style shows, 0..1: for each asked colour, the part of its
 * weight the style covers with colours near it (colorScore), capped at the weight. A style
 * where a colour fills a large part ranks above one with a small patch of that very colour.
 */
export function paletteCoverage(style: LabPalette, asked: readonly { lab: Oklab; weight: number }[]): number {
  let total = 0;
  for (const { lab, weight } of asked) total += Math.min(weight, colorScore(style, lab));
  return total;
}
