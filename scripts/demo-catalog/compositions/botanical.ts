import { colorName, lighten, mix } from "../color";
import { isDarkMood } from "../palette";
import type { Rng } from "../prng";
import { circle, Defs, n, opacity, rect } from "../svg";
import type { Compose } from "../types";

/** a leaf with its base at (x,y), pointing `angle` degrees clockwise from straight up */
function leaf(
  x: number,
  y: number,
  length: number,
  width: number,
  angle: number,
  color: string,
  vein: string,
): string {
  const L = length;
  const W = width;
  const d = `M0 0C${n(W * 0.9)} ${n(-L * 0.25)} ${n(W * 0.7)} ${n(-L * 0.75)} 0 ${n(-L)}C${n(-W * 0.7)} ${n(-L * 0.75)} ${n(-W * 0.9)} ${n(-L * 0.25)} 0 0Z`;
  return `<g transform="translate(${n(x)} ${n(y)}) rotate(${n(angle)})"><path d="${d}" fill="${color}"/><path d="M0 0L0 ${n(-L * 0.92)}" stroke="${vein}" stroke-width="${n(Math.max(1, W * 0.06))}" fill="none"/></g>`;
}

function berries(rng: Rng, x: number, y: number, size: number, color: string): string {
  let out = "";
  for (let i = 0, count = rng.int(2, 4); i < count; i++) {
    const bx = x + rng.range(-size, size);
    const by = y + rng.range(-size, size);
    out +=
      circle(bx, by, size * rng.range(0.5, 0.8), color) +
      circle(bx - size * 0.2, by - size * 0.2, size * 0.15, lighten(color, 0.6), opacity(0.7));
  }
  return out;
}

/** Leaves on curving stems, a scattered leaf pattern, or big fronds framing empty space. */
export const botanical: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const unit = Math.min(w, h);
  let out = rect(
    0,
    0,
    w,
    h,
    look.flat
      ? palette.bg
      : defs.radial([
          [0, lighten(palette.bg, 0.08)],
          [1, mix(palette.bg, palette.bg2, 0.6)],
        ]),
  );
  if (rng.chance(0.45))
    out += circle(
      w * rng.range(0.35, 0.65),
      h * rng.range(0.3, 0.5),
      unit * rng.range(0.22, 0.32),
      palette.bg2,
      opacity(0.9),
    );
  // on dark grounds dark leaves vanish, so there they catch the accent light instead
  const leafColors = isDarkMood(look.mood)
    ? [
        mix(palette.mid, palette.accent, 0.55),
        lighten(palette.mid, 0.2),
        mix(palette.bg2, palette.accent, 0.35),
        palette.mid,
      ]
    : [palette.mid, palette.deep, mix(palette.mid, palette.deep, 0.5), mix(palette.mid, palette.bg2, 0.3)];
  const vein = (color: string) => lighten(color, 0.25);
  const layout = rng.pick(["stems", "scatter", "frame"] as const);
  let hasBerries = false;
  if (layout === "stems") {
    for (let s = 0, stems = rng.int(1, 3); s < stems; s++) {
      const x0 = w * rng.range(0.25, 0.75);
      const x1 = x0 + rng.range(-0.25, 0.25) * w;
      const y1 = h * rng.range(0.1, 0.3);
      const cx = (x0 + x1) / 2 + rng.range(-0.2, 0.2) * w;
      const stemColor = mix(palette.deep, palette.mid, 0.3);
      out += `<path d="M${n(x0)} ${n(h + 5)}Q${n(cx)} ${n(h * 0.55)} ${n(x1)} ${n(y1)}" stroke="${stemColor}" stroke-width="${n(unit * 0.007)}" fill="none"/>`;
      const count = rng.int(6, 11);
      for (let i = 1; i <= count; i++) {
        const t = i / (count + 1);
        const px = (1 - t) ** 2 * x0 + 2 * (1 - t) * t * cx + t ** 2 * x1;
        const py = (1 - t) ** 2 * (h + 5) + 2 * (1 - t) * t * h * 0.55 + t ** 2 * y1;
        const tangent =
          (Math.atan2(
            2 * (1 - t) * (cx - x0) + 2 * t * (x1 - cx),
            -(2 * (1 - t) * (h * 0.55 - h - 5) + 2 * t * (y1 - h * 0.55)),
          ) *
            180) /
          Math.PI;
        const side = i % 2 === 0 ? 1 : -1;
        const size = unit * rng.range(0.1, 0.17) * (1 - t * 0.4);
        const color = rng.pick(leafColors);
        out += leaf(px, py, size, size * 0.38, tangent + side * rng.range(35, 65), color, vein(color));
      }
      if (rng.chance(0.7)) {
        hasBerries = true;
        out += berries(rng, x1, y1, unit * 0.018, palette.accent);
      }
    }
  } else if (layout === "scatter") {
    const cell = unit * rng.range(0.13, 0.2);
    for (let y = -cell / 2; y < h + cell; y += cell) {
      for (let x = -cell / 2; x < w + cell; x += cell) {
        const px = x + rng.range(-0.3, 0.3) * cell;
        const py = y + rng.range(-0.3, 0.3) * cell;
        if (rng.chance(0.18)) {
          hasBerries = true;
          out += berries(rng, px, py, cell * 0.08, palette.accent);
          continue;
        }
        const color = rng.pick(leafColors);
        const size = cell * rng.range(0.7, 1.05);
        out += leaf(px, py + size / 2, size, size * 0.4, rng.range(0, 360), color, vein(color));
      }
    }
  } else {
    const count = rng.int(7, 12);
    for (let i = 0; i < count; i++) {
      const edge = i % 4;
      const along = rng.float();
      const [x, y, toward] =
        edge === 0
          ? [along * w, h + 10, 0]
          : edge === 1
            ? [along * w, -10, 180]
            : edge === 2
              ? [-10, along * h, 90]
              : [w + 10, along * h, -90];
      const size = unit * rng.range(0.3, 0.5);
      const color = rng.pick(leafColors);
      out += leaf(x, y, size, size * rng.range(0.3, 0.45), toward + rng.range(-35, 35), color, vein(color));
    }
    if (rng.chance(0.6)) {
      hasBerries = true;
      out += berries(rng, w / 2, h / 2, unit * 0.03, palette.accent);
    }
  }
  const ground = colorName(palette.bg);
  const leaves = `${colorName(palette.mid)} and ${colorName(palette.deep)} leaves`;
  const extra = hasBerries ? ` with ${colorName(palette.accent)} berries` : "";
  const subject =
    layout === "stems"
      ? `Curving stems of ${leaves}${extra} against a ${ground} ground`
      : layout === "scatter"
        ? `A scattered pattern of ${leaves}${extra} on ${ground}`
        : `Large ${leaves} reaching in from the edges around an open ${ground} centre${extra}`;
  return { defs: defs.toString(), body: out, subject };
};
