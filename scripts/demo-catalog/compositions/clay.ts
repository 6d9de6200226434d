import { colorName, darken, lighten, mix } from "../color";
import type { Rng } from "../prng";
import { circle, Defs, n, rect } from "../svg";
import type { Compose } from "../types";

const SHAPES = ["sphere", "pill", "cylinder", "arch", "cone"] as const;
type Shape = (typeof SHAPES)[number];
const PLURAL: Record<Shape, string> = {
  sphere: "spheres",
  pill: "pills",
  cylinder: "cylinders",
  arch: "arches",
  cone: "cones",
};

/** one object standing on the floor at (x, floorY), lit from the upper left */
function object(
  defs: Defs,
  rng: Rng,
  shape: Shape,
  x: number,
  floorY: number,
  size: number,
  color: string,
): string {
  const light = lighten(color, 0.4);
  const dark = darken(color, 0.35);
  const side = defs.linear(
    [
      [0, light],
      [0.45, color],
      [1, dark],
    ],
    0,
    0,
    1,
    0,
  );
  switch (shape) {
    case "sphere": {
      const r = size / 2;
      const ball = defs.radial(
        [
          [0, lighten(color, 0.55)],
          [0.5, color],
          [1, dark],
        ],
        0.38,
        0.35,
        0.7,
        0.32,
        0.28,
      );
      return circle(x, floorY - r, r, ball);
    }
    case "pill": {
      const pw = size * rng.range(0.45, 0.6);
      const ph = size * rng.range(1, 1.5);
      return rect(x - pw / 2, floorY - ph, pw, ph, side, ` rx="${n(pw / 2)}"`);
    }
    case "cylinder": {
      const cw = size * 0.8;
      const ch = size * rng.range(0.6, 1.2);
      const ry = cw * 0.18;
      return (
        rect(x - cw / 2, floorY - ch, cw, ch - ry, side) +
        `<ellipse cx="${n(x)}" cy="${n(floorY - ry)}" rx="${n(cw / 2)}" ry="${n(ry)}" fill="${side}"/>` +
        `<ellipse cx="${n(x)}" cy="${n(floorY - ch)}" rx="${n(cw / 2)}" ry="${n(ry)}" fill="${lighten(color, 0.25)}"/>`
      );
    }
    case "arch": {
      const aw = size * 1.1;
      const t = aw * 0.28;
      const r = aw / 2;
      const top = floorY - size * 1.2;
      const d = `M${n(x - r)} ${n(floorY)}V${n(top + r)}A${n(r)} ${n(r)} 0 0 1 ${n(x + r)} ${n(top + r)}V${n(floorY)}H${n(x + r - t)}V${n(top + r)}A${n(r - t)} ${n(r - t)} 0 0 0 ${n(x - r + t)} ${n(top + r)}V${n(floorY)}Z`;
      return `<path d="${d}" fill="${side}"/>`;
    }
    case "cone": {
      const cw = size * 0.9;
      const ch = size * 1.2;
      return `<path d="M${n(x - cw / 2)} ${n(floorY)}L${n(x)} ${n(floorY - ch)}L${n(x + cw / 2)} ${n(floorY)}Q${n(x)} ${n(floorY + cw * 0.12)} ${n(x - cw / 2)} ${n(floorY)}Z" fill="${side}"/>`;
    }
  }
}

/** Soft clay/plastic primitives on a seamless studio sweep, with contact shadows. */
export const clay: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const unit = Math.min(w, h);
  const horizon = h * rng.range(0.5, 0.64);
  const sweep = defs.linearAbs(
    [
      [0, palette.bg],
      [0.55, mix(palette.bg, palette.bg2, 0.5)],
      [1, palette.bg2],
    ],
    0,
    0,
    0,
    h,
  );
  let out = rect(0, 0, w, h, sweep);
  const floorGlow = defs.radial([
    [0, lighten(palette.bg2, 0.25), 0.8],
    [1, palette.bg2, 0],
  ]);
  out += `<ellipse cx="${n(w / 2)}" cy="${n(horizon + (h - horizon) * 0.4)}" rx="${n(w * 0.6)}" ry="${n((h - horizon) * 0.6)}" fill="${floorGlow}"/>`;
  const count = rng.int(3, 6);
  const items = Array.from({ length: count }, () => ({
    shape: rng.pick(SHAPES),
    x: rng.range(0.15, 0.85) * w,
    y: horizon + (h - horizon) * rng.range(0.2, 0.8),
    size: unit * rng.range(0.17, 0.34),
    color: rng.pick([
      palette.mid,
      palette.accent,
      mix(palette.mid, palette.accent, 0.5),
      lighten(palette.deep, 0.15),
      darken(palette.bg2, 0.1),
    ]),
  })).sort((a, b) => a.y - b.y);
  const shadowColor = darken(palette.deep, 0.3);
  const shadow = defs.radial([
    [0, shadowColor, 0.45],
    [1, shadowColor, 0],
  ]);
  const used = new Set<Shape>();
  for (const item of items) {
    const size = item.size * (0.75 + ((item.y - horizon) / (h - horizon)) * 0.45);
    used.add(item.shape);
    out += `<ellipse cx="${n(item.x + size * 0.15)}" cy="${n(item.y)}" rx="${n(size * 0.75)}" ry="${n(size * 0.16)}" fill="${shadow}"/>`;
    out += object(defs, rng, item.shape, item.x, item.y, size, item.color);
  }
  const names = [...used].map((s) => PLURAL[s]);
  const list =
    names.length > 1
      ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`
      : (names[0] ?? "shapes");
  return {
    defs: defs.toString(),
    body: out,
    subject: `Soft ${colorName(palette.mid)} and ${colorName(palette.accent)} clay ${list} on a ${colorName(palette.bg2)} studio floor`,
  };
};
