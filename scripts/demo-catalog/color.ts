/** Small colour toolkit: HSL in, "#rrggbb" out, mixing and plain-English names for alt text. */

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

function channelHex(value: number): string {
  return Math.round(Math.min(255, Math.max(0, value)))
    .toString(16)
    .padStart(2, "0");
}

export function rgbToHex({ r, g, b }: Rgb): string {
  return `#${channelHex(r)}${channelHex(g)}${channelHex(b)}`;
}

export function hexToRgb(hex: string): Rgb {
  const value = Number.parseInt(hex.slice(1), 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255 };
}

/** hue in degrees (any value, wrapped), saturation and lightness 0..1 */
export function hsl(hue: number, saturation: number, lightness: number): string {
  const h = (((hue % 360) + 360) % 360) / 360;
  const s = clamp01(saturation);
  const l = clamp01(lightness);
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (offset: number) => {
    let t = h + offset;
    if (t < 0) t += 1;
    if (t > 1) t -= 1;
    if (t < 1 / 6) return p + (q - p) * 6 * t;
    if (t < 1 / 2) return q;
    if (t < 2 / 3) return p + (q - p) * (2 / 3 - t) * 6;
    return p;
  };
  return rgbToHex({ r: channel(1 / 3) * 255, g: channel(0) * 255, b: channel(-1 / 3) * 255 });
}

export function toHsl(hex: string): { h: number; s: number; l: number } {
  const { r, g, b } = hexToRgb(hex);
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  if (max === min) return { h: 0, s: 0, l };
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  let h: number;
  if (max === rn) h = (gn - bn) / d + (gn < bn ? 6 : 0);
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  return { h: h * 60, s, l };
}

export function mix(a: string, b: string, t: number): string {
  const x = hexToRgb(a);
  const y = hexToRgb(b);
  return rgbToHex({ r: x.r + (y.r - x.r) * t, g: x.g + (y.g - x.g) * t, b: x.b + (y.b - x.b) * t });
}

export const lighten = (hex: string, t: number) => mix(hex, "#ffffff", t);
export const darken = (hex: string, t: number) => mix(hex, "#000000", t);

/** relative luminance 0..1 (sRGB, WCAG formula) */
export function luminance(hex: string): number {
  const { r, g, b } = hexToRgb(hex);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const HUE_NAMES: [number, string][] = [
  [12, "red"],
  [38, "orange"],
  [50, "amber"],
  [66, "yellow"],
  [90, "olive"],
  [150, "green"],
  [178, "teal"],
  [198, "cyan"],
  [222, "blue"],
  [248, "indigo"],
  [278, "violet"],
  [300, "purple"],
  [328, "magenta"],
  [348, "pink"],
  [360, "red"],
];

/** "deep teal", "pale pink", "charcoal"... good enough for alt text */
export function colorName(hex: string): string {
  const { h, s, l } = toHsl(hex);
  if (s < 0.12 || l < 0.06 || l > 0.96) {
    if (l < 0.12) return "black";
    if (l < 0.3) return "charcoal";
    if (l < 0.55) return "grey";
    if (l < 0.85) return "silver";
    return l < 0.93 && h > 20 && h < 70 ? "cream" : "white";
  }
  let base = HUE_NAMES.find(([limit]) => h < limit)?.[1] ?? "red";
  if (base === "orange" && l < 0.35) base = "brown";
  if (base === "amber" && l < 0.4) base = "umber";
  if (base === "yellow" && s < 0.45 && l > 0.7) base = "sand";
  if (base === "olive" && l > 0.55) base = "lime";
  if (base === "red" && l > 0.7) base = "pink";
  if (base === "orange" && l > 0.72) base = "peach";
  const prefix = l < 0.2 ? "deep " : l > 0.8 ? "pale " : s < 0.3 ? "dusty " : "";
  return `${prefix}${base}`;
}
