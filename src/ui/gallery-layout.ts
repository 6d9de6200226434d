import type { CSSProperties } from "react";

/** Row heights of the gallery's justified rows, matching `--gallery-row` in globals.css. */
const ROW_HEIGHTS = [
  { minWidth: 1000, height: 420 },
  { minWidth: 560, height: 260 },
  { minWidth: 0, height: 220 },
] as const;

/** How much wider than its base size a cell may grow to fill its row. */
const ROW_STRETCH = 1.5;

/** At least the most images a row holds (the narrowest aspect, 9:16, in the widest gallery). */
const MOST_PER_ROW = 7;

/**
 * Keys of the invisible cells after the images. They take the last row's empty places, so its
 * images are as large as those of the full rows above instead of stretching across or shrinking.
 */
export function gallerySpacers(imageCount: number): string[] {
  return Array.from({ length: Math.min(imageCount - 1, MOST_PER_ROW - 1) }, (_, i) => `spacer-${i}`);
}

/** `--aspect` (width / height) for a gallery cell or the lightbox, which size the image by it. */
export function aspectStyle(width: number, height: number): CSSProperties {
  const style: CSSProperties & { "--aspect": string } = { "--aspect": String(width / height) };
  return style;
}

/** The `sizes` of a gallery image: its row height times its aspect, stretched, and never wider than the screen. */
export function gallerySizes(width: number, height: number): string {
  return ROW_HEIGHTS.map(({ minWidth, height: row }) => {
    const size = `min(${Math.round((row * width * ROW_STRETCH) / height)}px, 100vw)`;
    return minWidth > 0 ? `(min-width: ${minWidth}px) ${size}` : size;
  }).join(", ");
}
