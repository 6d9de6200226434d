import { colorDistance, oklabOf, type PaletteColor } from "./color";

export const MAX_PALETTE = 6;
/** colours closer than this count as one (deltaE OK) */
const SAME_COLOR = 0.06;
/** colours covering less than this are noise, not part of a look */
const MIN_SHARE = 0.03;

/**
 * Folds weighted colours into a palette: close colours join the bigger one, slivers are
 * dropped, the rest is re-normalized and ordered by share (ties by colour, so the result
 * never depends on input order), and the six largest are kept.
 */
export function mergePalette(entries: readonly PaletteColor[]): PaletteColor[] {
  const sorted = [...entries].sort((a, b) => b.share - a.share || a.color.localeCompare(b.color));
  const kept: { color: string; share: number; lab: ReturnType<typeof oklabOf> }[] = [];
  for (const entry of sorted) {
    const lab = oklabOf(entry.color);
    const near = kept.find((k) => colorDistance(k.lab, lab) < SAME_COLOR);
    if (near) near.share += entry.share;
    else kept.push({ color: entry.color, share: entry.share, lab });
  }
  const total = kept.reduce((sum, k) => sum + k.share, 0);
  if (total <= 0) return [];
  const above = kept.filter((k) => k.share / total >= MIN_SHARE);
  // a picture of many equal small colours still has a palette: its largest ones
  const significant = above.length > 0 ? above : kept;
  const significantTotal = significant.reduce((sum, k) => sum + k.share, 0);
  return significant
    .map((k) => ({ color: k.color, share: Math.round((k.share / significantTotal) * 1000) / 1000 }))
    .sort((a, b) => b.share - a.share || a.color.localeCompare(b.color))
    .slice(0, MAX_PALETTE);
}

/** A style's palette from its images' palettes, each image counting the same. */
export function stylePalette(imagePalettes: readonly (readonly PaletteColor[])[]): PaletteColor[] {
  if (imagePalettes.length === 0) return [];
  return mergePalette(
    imagePalettes.flatMap((palette) =>
      palette.map((entry) => ({ color: entry.color, share: entry.share / imagePalettes.length })),
    ),
  );
}
