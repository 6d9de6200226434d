import type { PaletteColor } from "./color";

/**
 * A palette asked for in a URL (`palette=1e9a93:50,f4f2ed:30,141414:20`): up to five
 * colours, each six hex digits, optionally with a whole-number weight 1–100 (relative;
 * absent means 1 share each). Search by image sends the picture's palette this way, so
 * the picture itself never leaves the device.
 */

export const MAX_PALETTE_QUERY_COLORS = 5;

export interface PaletteQueryColor {
  /** six lowercase hex digits, no "#" */
  hex: string;
  weight: number;
}

const ENTRY = /^#?([0-9a-f]{6})(?::(\d{1,3}))?$/;

export const PALETTE_HINT =
  "palette must be 1 to 5 comma-separated colours, each six hex digits with an optional weight 1-100, like 1e9a93:60,f4f2ed:40";

/** Undefined for anything that is not such a palette (so the caller can say why). */
export function parsePalette(value: string): PaletteQueryColor[] | undefined {
  const entries = value.trim().toLowerCase().split(",");
  if (entries.length === 0 || entries.length > MAX_PALETTE_QUERY_COLORS) return undefined;
  const colors: PaletteQueryColor[] = [];
  for (const entry of entries) {
    const match = entry.trim().match(ENTRY);
    if (!match?.[1]) return undefined;
    const weight = match[2] === undefined ? 1 : Number(match[2]);
    if (weight < 1 || weight > 100) return undefined;
    colors.push({ hex: match[1], weight });
  }
  return colors;
}

/** The canonical text of a palette: what URLs carry and what identifies the search. */
export function formatPalette(colors: readonly PaletteQueryColor[]): string {
  return colors.map((c) => (c.weight === 1 ? c.hex : `${c.hex}:${c.weight}`)).join(",");
}

/** The palette as shares of one, as a style's palette is kept. */
export function paletteShares(colors: readonly PaletteQueryColor[]): PaletteColor[] {
  const total = colors.reduce((sum, c) => sum + c.weight, 0);
  return colors.map((c) => ({ color: `#${c.hex}`, share: c.weight / total }));
}
