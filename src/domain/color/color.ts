import { converter, differenceEuclidean, formatHex, type Oklab } from "culori";

/**
 * Colour for search and similarity, measured in OKLab: a perceptual space where equal
 * distances look about equally different, so "near red" means what a person sees, not
 * what RGB numbers say. Distances are deltaE OK (Euclidean in OKLab; 0 same, ~0.02 just
 * noticeable, ~1 black to white).
 */

export type Hex = `#${string}`;

/** A colour of a style's palette and how much of its images it covers (0..1). */
export interface PaletteColor {
  /** #rrggbb */
  color: string;
  share: number;
}

const toOklab = converter("oklab");
const distanceOk = differenceEuclidean("oklab");

export function oklabOf(hex: string): Oklab {
  const color = toOklab(hex);
  if (!color) throw new Error(`not a colour: ${hex}`);
  return color;
}

/** The OKLab of 8-bit RGB, without a trip through a hex string (the palette does this per pixel). */
export function oklabOfRgb(r: number, g: number, b: number): Oklab {
  return toOklab({ mode: "rgb", r: r / 255, g: g / 255, b: b / 255 });
}

export function colorDistance(a: string | Oklab, b: string | Oklab): number {
  if (typeof a === "string" || typeof b === "string")
    return distanceOk(typeof a === "string" ? oklabOf(a) : a, typeof b === "string" ? oklabOf(b) : b);
  // the same Euclidean distance without culori's per-call conversion: colour search runs
  // this for every palette colour of the catalog
  const dl = a.l - b.l;
  const da = a.a - b.a;
  const db = a.b - b.b;
  return Math.sqrt(dl * dl + da * da + db * db);
}

export function hexOf(color: Oklab | { mode: "rgb"; r: number; g: number; b: number }): Hex {
  return formatHex(color) as Hex;
}
