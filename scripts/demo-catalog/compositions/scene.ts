import { hsl, luminance, mix, toHsl } from "../color";
import { isDarkMood } from "../palette";
import { type Defs, glowDisc, rect } from "../svg";
import type { Look } from "../types";

/** Pieces several outdoor compositions share: a sky and a sun or moon. */

export function sky(defs: Defs, look: Look, width: number, height: number, horizon: number): string {
  const { bg, bg2, accent } = look.palette;
  const fill = defs.linearAbs(
    [
      [0, bg],
      [0.7, mix(bg, bg2, 0.75)],
      [1, mix(bg2, accent, 0.12)],
    ],
    0,
    0,
    0,
    horizon,
  );
  return rect(0, 0, width, height, fill);
}

export interface Celestial {
  svg: string;
  word: "sun" | "moon";
  color: string;
}

export function celestial(defs: Defs, look: Look, cx: number, cy: number, r: number): Celestial {
  const dark = isDarkMood(look.mood);
  const { accent, bg2 } = look.palette;
  const { h: accentHue } = toHsl(accent);
  // green and cyan suns look wrong; those palettes get a warm, near-white sun instead
  const coolAccent = accentHue > 65 && accentHue < 195;
  let color = dark ? mix(accent, "#ffffff", 0.45) : coolAccent ? mix(accent, "#fff0cf", 0.75) : accent;
  // a pale sun on a pale sky disappears: push it towards a deeper, more saturated version
  if (!dark && Math.abs(luminance(color) - luminance(bg2)) < 0.18) {
    const { h, s, l } = toHsl(color);
    color = hsl(
      h,
      Math.max(s, 0.75),
      luminance(bg2) > 0.5 ? Math.max(0.35, l - 0.22) : Math.min(0.9, l + 0.2),
    );
  }
  return {
    svg: glowDisc(defs, cx, cy, r, color, dark ? 3.2 : 3.6, dark ? 0.4 : 0.45),
    word: dark ? "moon" : "sun",
    color,
  };
}

/** aerial perspective: far layers fade into the horizon colour */
export function layerColor(look: Look, depth: number): string {
  const { bg2, mid, deep } = look.palette;
  const far = mix(bg2, mid, 0.3);
  return depth < 0.5 ? mix(far, mid, depth * 2) : mix(mid, deep, (depth - 0.5) * 2);
}
