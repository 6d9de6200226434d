import type { CSSProperties } from "react";

interface Size {
  width: number;
  height: number;
}

/**
 * Row heights of the gallery's justified rows for square images, matching `--gallery-row` in
 * globals.css. A gallery of wider images gets lower rows and one of taller images higher rows
 * (by the square root of the aspect), so images of any shape come out about the same size.
 */
const SQUARE_ROW_HEIGHTS = [
  { minWidth: 1000, height: 360 },
  { minWidth: 560, height: 260 },
  { minWidth: 0, height: 200 },
] as const;

/** How much wider than its base size a cell may grow to fill its row. */
const ROW_STRETCH = 1.5;

/** At least the most images a row holds (the narrowest aspect, 9:16, in the widest gallery). */
const MOST_PER_ROW = 7;

/** The gallery's row height over the square one, from its first image's aspect. */
export function rowScale(images: readonly Size[]): number {
  const first = images[0];
  return first ? Math.sqrt(first.height / first.width) : 1;
}

/** `--row-scale` for the gallery. */
export function galleryStyle(scale: number): CSSProperties {
  const style: CSSProperties & { "--row-scale": string } = { "--row-scale": scale.toFixed(4) };
  return style;
}

/** `--aspect` (width / height) for a gallery cell or the lightbox, which size the image by it. */
export function aspectStyle({ width, height }: Size): CSSProperties {
  const style: CSSProperties & { "--aspect": string } = { "--aspect": String(width / height) };
  return style;
}

/** The `sizes` of a gallery image: its row height times its aspect, stretched, and never wider than the screen. */
export function gallerySizes({ width, height }: Size, scale: number): string {
  return SQUARE_ROW_HEIGHTS.map(({ minWidth, height: row }) => {
    const size = `min(${Math.round((row * scale * width * ROW_STRETCH) / height)}px, 100vw)`;
    return minWidth > 0 ? `(min-width: ${minWidth}px) ${size}` : size;
  }).join(", ");
}

/**
 * Keys of the invisible cells after the images. They take the last row's empty places, so its
 * images are as large as those of the full rows above instead of stretching across or shrinking.
 */
export function gallerySpacers(imageCount: number): string[] {
  return Array.from({ length: Math.min(imageCount - 1, MOST_PER_ROW - 1) }, (_, i) => `spacer-${i}`);
}
