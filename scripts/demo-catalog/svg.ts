import { type Defs, n, round3 } from "./defs";
import type { Rng } from "./prng";
import type { Drawing } from "./types";

/** Shared SVG building blocks for the compositions. Coordinates are in final-image pixels. */

export { Defs, n, type Stop } from "./defs";

export type Point = readonly [number, number];

export const rect = (x: number, y: number, w: number, h: number, fill: string, extra = ""): string =>
  `<rect x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" fill="${fill}"${extra}/>`;

export const circle = (cx: number, cy: number, r: number, fill: string, extra = ""): string =>
  `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fill="${fill}"${extra}/>`;

export const path = (d: string, fill: string, extra = ""): string =>
  `<path d="${d}" fill="${fill}"${extra}/>`;

/**
 * Transparency for a single shape. fill-/stroke-opacity, not `opacity`: librsvg renders an element
 * with `opacity` into its own full-canvas layer, which made some images ten times slower.
 */
export const opacity = (value: number): string => {
  const v = round3(value);
  return ` fill-opacity="${v}" stroke-opacity="${v}"`;
};

export function polyline(points: readonly Point[]): string {
  return points.map(([x, y], i) => `${i === 0 ? "M" : "L"}${n(x)} ${n(y)}`).join("");
}

/** Catmull-Rom through the points, as cubic Béziers: smooth hills, waves and dunes. */
export function smooth(points: readonly Point[]): string {
  if (points.length < 2) return "";
  const [first] = points as [Point];
  let d = `M${n(first[0])} ${n(first[1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[i - 1] ?? points[i] ?? first;
    const p1 = points[i] ?? first;
    const p2 = points[i + 1] ?? p1;
    const p3 = points[i + 2] ?? p2;
    const c1x = p1[0] + (p2[0] - p0[0]) / 6;
    const c1y = p1[1] + (p2[1] - p0[1]) / 6;
    const c2x = p2[0] - (p3[0] - p1[0]) / 6;
    const c2y = p2[1] - (p3[1] - p1[1]) / 6;
    d += `C${n(c1x)} ${n(c1y)} ${n(c2x)} ${n(c2y)} ${n(p2[0])} ${n(p2[1])}`;
  }
  return d;
}

/** close an open outline down to the bottom edge so it can be filled as ground */
export const toBottom = (d: string, width: number, height: number): string =>
  `${d}L${n(width)} ${n(height)}L0 ${n(height)}Z`;

/**
 * Midpoint-displacement profile across the width, values 0 (lowest) .. 1 (highest).
 * roughness near 0.6 gives craggy peaks, lower gives rolling hills.
 */
export function profile(rng: Rng, levels: number, roughness: number): number[] {
  const count = 2 ** levels;
  const values = new Array<number>(count + 1).fill(0);
  values[0] = rng.range(-0.6, 0.6);
  values[count] = rng.range(-0.6, 0.6);
  let scale = 1;
  for (let step = count; step > 1; step /= 2) {
    const half = step / 2;
    for (let i = half; i < count; i += step) {
      values[i] = ((values[i - half] ?? 0) + (values[i + half] ?? 0)) / 2 + rng.range(-1, 1) * scale;
    }
    scale *= roughness;
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  return values.map((v) => (v - min) / (max - min || 1));
}

/** profile mapped to points: y = baseY - value * amplitude */
export function ridge(
  rng: Rng,
  width: number,
  baseY: number,
  amplitude: number,
  levels: number,
  roughness: number,
): Point[] {
  const values = profile(rng, levels, roughness);
  const last = values.length - 1;
  return values.map((v, i) => [(i / last) * width, baseY - v * amplitude] as const);
}

/** a sun or moon with a soft glow around it */
export function glowDisc(
  defs: Defs,
  cx: number,
  cy: number,
  r: number,
  color: string,
  glow: number,
  glowOpacity = 0.55,
): string {
  const halo = defs.radial([
    [0, color, glowOpacity],
    [0.15, color, glowOpacity * 0.6],
    [0.4, color, glowOpacity * 0.2],
    [0.7, color, glowOpacity * 0.05],
    [1, color, 0],
  ]);
  return circle(cx, cy, r * glow, halo) + circle(cx, cy, r, color);
}

/** a horizontal band of mist, strongest at its middle */
export function mist(
  defs: Defs,
  width: number,
  y: number,
  height: number,
  color: string,
  strength: number,
): string {
  const fill = defs.linear([
    [0, color, 0],
    [0.55, color, strength],
    [1, color, 0],
  ]);
  return rect(0, y - height / 2, width, height, fill);
}

export function stars(
  rng: Rng,
  width: number,
  maxY: number,
  count: number,
  color: string,
  size: number,
): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    const r = size * (rng.chance(0.08) ? rng.range(1.6, 2.6) : rng.range(0.4, 1.1));
    out += circle(rng.range(0, width), rng.range(0, maxY), r, color, opacity(rng.range(0.35, 1)));
  }
  return out;
}

/** Wraps a drawing into a full SVG document, rasterised at `scale` of the final size. */
export function svgDocument(drawing: Drawing, width: number, height: number, scale: number): string {
  const pxW = Math.round(width * scale);
  const pxH = Math.round(height * scale);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${pxW}" height="${pxH}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none">` +
    `<defs>${drawing.defs}</defs>${drawing.body}</svg>`
  );
}
