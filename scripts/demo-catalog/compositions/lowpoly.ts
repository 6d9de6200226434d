import { colorName, darken, lighten, mix } from "../color";
import { Defs, n, profile } from "../svg";
import type { Compose } from "../types";

type Vertex = readonly [number, number, number];

/** Lambert shade of a triangle on a height field, lit from the upper left: 0 (dark) .. 1 (lit). */
function shade(a: Vertex, b: Vertex, c: Vertex): number {
  const u = [b[0] - a[0], b[1] - a[1], b[2] - a[2]] as const;
  const v = [c[0] - a[0], c[1] - a[1], c[2] - a[2]] as const;
  let nx = u[1] * v[2] - u[2] * v[1];
  let ny = u[2] * v[0] - u[0] * v[2];
  let nz = u[0] * v[1] - u[1] * v[0];
  if (nz < 0) [nx, ny, nz] = [-nx, -ny, -nz];
  const len = Math.hypot(nx, ny, nz) || 1;
  const light = [-0.5, -0.45, 0.74] as const;
  return Math.max(0, Math.min(1, (nx * light[0] + ny * light[1] + nz * light[2]) / len));
}

/**
 * A faceted triangle mesh: either a full-frame terrain field, or a low-poly mountain range
 * against a softly faceted sky.
 */
export const lowpoly: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const cols = rng.int(9, 15);
  const rows = Math.max(4, Math.round((cols * h) / w));
  const cw = w / cols;
  const ch = h / rows;
  const peaks = rng.chance(0.5);
  const ridgeValues = profile(rng, 4, 0.55);
  const ridgeAt = (x: number) => {
    const pos = (x / w) * (ridgeValues.length - 1);
    const i = Math.min(ridgeValues.length - 2, Math.floor(pos));
    const t = pos - i;
    const value = (ridgeValues[i] ?? 0) * (1 - t) + (ridgeValues[i + 1] ?? 0) * t;
    return h * (0.75 - value * 0.45);
  };
  const relief = Math.min(cw, ch) * rng.range(0.6, 1.2);
  const grid: Vertex[][] = [];
  for (let row = 0; row <= rows; row++) {
    const line: Vertex[] = [];
    for (let col = 0; col <= cols; col++) {
      const edgeX = col === 0 || col === cols;
      const edgeY = row === 0 || row === rows;
      const x = col * cw + (edgeX ? 0 : rng.range(-0.35, 0.35) * cw);
      const y = row * ch + (edgeY ? 0 : rng.range(-0.35, 0.35) * ch);
      const z =
        rng.range(0, relief) + (peaks && y > ridgeAt(x) ? relief * 2 * (1 - (y - ridgeAt(x)) / h) : 0);
      line.push([x, y, z]);
    }
    grid.push(line);
  }
  const [from, to] = rng.pick([
    [palette.bg, palette.deep],
    [palette.bg2, palette.mid],
    [palette.mid, palette.deep],
    [palette.accent, palette.deep],
  ] as const);
  const hotX = rng.range(0.2, 0.8) * w;
  const hotY = rng.range(0.1, 0.5) * h;
  let out = "";
  const tri = (a: Vertex, b: Vertex, c: Vertex) => {
    const cx = (a[0] + b[0] + c[0]) / 3;
    const cy = (a[1] + b[1] + c[1]) / 3;
    let base: string;
    if (peaks) {
      const mountain = cy > ridgeAt(cx);
      base = mountain
        ? mix(palette.mid, palette.deep, Math.min(1, (cy - ridgeAt(cx)) / (h * 0.4)))
        : mix(palette.bg, palette.bg2, cy / h);
    } else {
      base = mix(from, to, Math.min(1, (cx / w) * 0.4 + (cy / h) * 0.6));
      const heat = Math.max(0, 1 - Math.hypot(cx - hotX, cy - hotY) / (Math.min(w, h) * 0.75));
      base = mix(base, palette.accent, heat * 0.7);
    }
    const s = shade(a, b, c);
    const color = s > 0.72 ? lighten(base, (s - 0.72) * 0.6) : darken(base, (0.72 - s) * 0.45);
    const pts = [a, b, c].map(([x, y]) => `${n(x)} ${n(y)}`).join("L");
    // a hairline stroke in the fill colour hides anti-aliasing seams between facets
    out += `<path d="M${pts}Z" fill="${color}" stroke="${color}" stroke-width="1"/>`;
  };
  for (let row = 0; row < rows; row++) {
    for (let col = 0; col < cols; col++) {
      const a = grid[row]?.[col];
      const b = grid[row]?.[col + 1];
      const c = grid[row + 1]?.[col];
      const d = grid[row + 1]?.[col + 1];
      if (!a || !b || !c || !d) continue;
      if ((row + col) % 2 === 0) {
        tri(a, b, d);
        tri(a, d, c);
      } else {
        tri(a, b, c);
        tri(b, d, c);
      }
    }
  }
  return {
    defs: defs.toString(),
    body: out,
    subject: peaks
      ? `A faceted low-poly ${colorName(palette.mid)} mountain range against a ${colorName(palette.bg)} sky`
      : `A faceted low-poly terrain shading from ${colorName(from)} to ${colorName(to)}`,
  };
};
