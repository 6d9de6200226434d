/**
 * The colours offered as swatches on the search page. Each is a mid-tone example of its
 * name as it shows in images (pure, fully saturated primaries are rare in them); matching
 * is by perceptual distance (domain/color/match), so a swatch finds the nearby shades too.
 */
export const SWATCHES = [
  { name: "red", hex: "#d8352f" },
  { name: "orange", hex: "#ee8327" },
  { name: "yellow", hex: "#f0cd3c" },
  { name: "green", hex: "#5a8f50" },
  { name: "teal", hex: "#1e9a93" },
  { name: "blue", hex: "#3f6fb8" },
  { name: "purple", hex: "#7a5aa8" },
  { name: "pink", hex: "#ea7fb0" },
  { name: "brown", hex: "#85573a" },
  { name: "black", hex: "#141414" },
  { name: "grey", hex: "#8d8d8d" },
  { name: "white", hex: "#f4f2ed" },
] as const;

export type SwatchName = (typeof SWATCHES)[number]["name"];

/** A colour asked for: a swatch name, or a hex code with or without "#". */
export interface ColorQuery {
  /** as it goes in URLs: the swatch name, or six lowercase hex digits */
  key: string;
  hex: string;
  /** how the page names it */
  label: string;
}

const HEX = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i;

export function parseColor(value: string): ColorQuery | undefined {
  const text = value.trim().toLowerCase();
  const swatch = SWATCHES.find((s) => s.name === text || (text === "gray" && s.name === "grey"));
  if (swatch) return { key: swatch.name, hex: swatch.hex, label: swatch.name };
  const match = text.match(HEX);
  if (!match?.[1]) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join("") : match[1];
  return { key: digits, hex: `#${digits}`, label: `#${digits}` };
}

export const COLOR_HINT = `color must be one of ${SWATCHES.map((s) => s.name).join(", ")}, or a hex code like c0ffee`;
