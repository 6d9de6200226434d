import type { Oklab } from "culori";
import { colorDistance, oklabOf, type PaletteColor } from "./color";

/** Palette colours farther than this (deltaE OK) from the asked colour do not count at all. */
export const MATCH_RADIUS = 0.15;
/** How much of a style's images must be near the colour for the style to match. */
export const MIN_MATCH = 0.05;

export interface LabPalette {
  entries: readonly { lab: Oklab; share: number }[];
}

export function labPalette(palette: readonly PaletteColor[]): LabPalette {
  return { entries: palette.map((p) => ({ lab: oklabOf(p.color), share: p.share })) };
}

/**
 * How strongly a palette shows a colour, 0..1: each palette colour within MATCH_RADIUS
 * adds its share, scaled down linearly with its distance. A style matches from MIN_MATCH.
 */
export function colorScore(palette: LabPalette, target: Oklab): number {
  let score = 0;
  for (const { lab, share } of palette.entries) {
    // colorDistance written out: colour search runs this for every palette colour of the catalog
    const dl = lab.l - target.l;
    const da = lab.a - target.a;
    const db = lab.b - target.b;
    const distance = Math.sqrt(dl * dl + da * da + db * db);
    if (distance < MATCH_RADIUS) score += share * (1 - distance / MATCH_RADIUS);
  }
  return score;
}

/**
 * How alike two palettes look, 0..1: for each colour of one, the distance to the nearest
 * colour of the other, weighted by share, both ways (a symmetric, share-weighted Chamfer
 * distance), mapped so 0 distance is 1 and MATCH_RADIUS or more is 0.
 */
export function paletteSimilarity(a: LabPalette, b: LabPalette): number {
  const oneWay = (from: LabPalette, to: LabPalette) => {
    let total = 0;
    for (const { lab, share } of from.entries) {
      let nearest = Number.POSITIVE_INFINITY;
      for (const other of to.entries) nearest = Math.min(nearest, colorDistance(lab, other.lab));
      total += share * Math.max(0, 1 - nearest / MATCH_RADIUS);
    }
    return total;
  };
  if (a.entries.length === 0 || b.entries.length === 0) return 0;
  return (oneWay(a, b) + oneWay(b, a)) / 2;
}
