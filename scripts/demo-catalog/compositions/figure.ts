import { colorName, lighten, mix } from "../color";
import { isDarkMood } from "../palette";
import type { Rng } from "../prng";
import { circle, Defs, n, opacity, type Point, path, rect, smooth } from "../svg";
import type { Compose } from "../types";

/** A head in profile facing right, in head-heights: crown at y=0, chin near y=1. */
const PROFILE: readonly Point[] =
  "0.1,1.3 0.14,1.05 0.08,0.75 0.1,0.42 0.22,0.15 0.42,0.02 0.62,0.04 0.76,0.16 0.82,0.32 0.83,0.41 0.82,0.47 0.92,0.61 0.84,0.66 0.83,0.7 0.86,0.74 0.82,0.77 0.85,0.81 0.8,0.86 0.83,0.94 0.72,1.0 0.62,1.05 0.6,1.2 0.64,1.4"
    .split(" ")
    .map((pair): Point => {
      const [x = 0, y = 0] = pair.split(",").map(Number);
      return [x, y];
    });

const HAIR = ["short", "long", "bun", "cropped"] as const;
type Hair = (typeof HAIR)[number];
const HAIR_WORDS: Record<Hair, string> = {
  short: "with short hair",
  long: "with long hair",
  bun: "with hair in a bun",
  cropped: "with close-cropped hair",
};

/** x, y: crown position; size: head height */
function profileFigure(
  x: number,
  y: number,
  size: number,
  bottom: number,
  hair: Hair,
  facing: 1 | -1,
): string {
  const at = ([px, py]: Point): Point => [x + (px - 0.45) * size * facing, y + py * size];
  let out = path(`${smooth(PROFILE.map(at))}Z`, "inherit");
  const [nx, ny] = at([0.38, 1.3]);
  const half = size * 0.95;
  out += path(
    `M${n(nx - half * 0.45 * facing)} ${n(ny - size * 0.2)}C${n(nx + half * 0.9 * facing)} ${n(ny)} ${n(nx + half * 1.1 * facing)} ${n(ny + size * 0.35)} ${n(nx + half * 1.15 * facing)} ${n(bottom)}L${n(nx - half * 1.3 * facing)} ${n(bottom)}C${n(nx - half * 1.25 * facing)} ${n(ny + size * 0.4)} ${n(nx - half * 1.1 * facing)} ${n(ny)} ${n(nx - half * 0.3 * facing)} ${n(ny - size * 0.25)}Z`,
    "inherit",
  );
  const [hx, hy] = at([0.28, 0.36]);
  if (hair === "bun") out += circle(...at([0.06, 0.3]), size * 0.2, "inherit");
  if (hair === "long")
    out += path(
      `${smooth([at([0.5, 0.0]), at([0.05, 0.2]), at([-0.1, 0.9]), at([-0.05, 1.5]), at([0.3, 1.45]), at([0.35, 0.6])])}Z`,
      "inherit",
    );
  if (hair !== "cropped")
    out += `<ellipse cx="${n(hx)}" cy="${n(hy)}" rx="${n(size * 0.38)}" ry="${n(size * 0.33)}"/>`;
  return out;
}

/** x: centre, y: crown; size: head height */
function frontFigure(x: number, y: number, size: number, bottom: number, hair: Hair): string {
  const r = size / 2;
  const head: Point[] = [
    [x, y],
    [x + r * 0.72, y + r * 0.35],
    [x + r * 0.7, y + r * 1.2],
    [x + r * 0.3, y + size * 0.98],
    [x - r * 0.3, y + size * 0.98],
    [x - r * 0.7, y + r * 1.2],
    [x - r * 0.72, y + r * 0.35],
    [x, y],
  ];
  let out = path(`${smooth(head)}Z`, "inherit");
  const neckTop = y + size * 0.8;
  const shoulderY = y + size * 1.32;
  out += path(
    `M${n(x - r * 0.4)} ${n(neckTop)}L${n(x + r * 0.4)} ${n(neckTop)}L${n(x + r * 0.5)} ${n(shoulderY - r * 0.35)}C${n(x + r * 1.5)} ${n(shoulderY - r * 0.15)} ${n(x + r * 2.4)} ${n(shoulderY)} ${n(x + r * 2.65)} ${n(shoulderY + r * 0.8)}L${n(x + r * 2.85)} ${n(bottom)}L${n(x - r * 2.85)} ${n(bottom)}L${n(x - r * 2.65)} ${n(shoulderY + r * 0.8)}C${n(x - r * 2.4)} ${n(shoulderY)} ${n(x - r * 1.5)} ${n(shoulderY - r * 0.15)} ${n(x - r * 0.5)} ${n(shoulderY - r * 0.35)}Z`,
    "inherit",
  );
  if (hair === "bun") out += circle(x, y + r * 0.02, r * 0.36, "inherit");
  if (hair === "long")
    out += path(
      `${smooth([
        [x, y - r * 0.08],
        [x + r * 0.95, y + r * 0.6],
        [x + r * 1.05, y + size * 1.5],
        [x - r * 1.05, y + size * 1.5],
        [x - r * 0.95, y + r * 0.6],
        [x, y - r * 0.08],
      ])}Z`,
      "inherit",
    );
  if (hair === "short") {
    const cap: Point[] = [
      [x - r * 0.78, y + r * 0.9],
      [x - r * 0.8, y + r * 0.2],
      [x, y - r * 0.12],
      [x + r * 0.8, y + r * 0.2],
      [x + r * 0.78, y + r * 0.9],
    ];
    out += path(`${smooth(cap)}Z`, "inherit");
  }
  return out;
}

function backdropDetail(
  rng: Rng,
  defs: Defs,
  w: number,
  h: number,
  palette: { accent: string; bg2: string; mid: string },
): [string, string] {
  const unit = Math.min(w, h);
  const variant = rng.pick(["bokeh", "bokeh", "beams", "blinds", "plain"] as const);
  let out = "";
  if (variant === "bokeh") {
    const tones = [palette.accent, lighten(palette.bg2, 0.3), mix(palette.accent, palette.mid, 0.5)];
    for (let i = 0, count = rng.int(12, 26); i < count; i++) {
      // flat discs with a faint rim: a gradient per disc cost more than the rest of the image
      const color = rng.pick(tones);
      const alpha = rng.range(0.12, 0.35);
      const rim = ` fill-opacity="${alpha.toFixed(2)}" stroke="${color}" stroke-opacity="${(alpha * 1.4).toFixed(2)}" stroke-width="${n(unit * 0.003)}"`;
      out += circle(rng.range(0, w), rng.range(0, h * 0.8), unit * rng.range(0.02, 0.08), color, rim);
    }
    return [out, " scattered with soft bokeh"];
  }
  if (variant === "beams") {
    for (let i = 0, count = rng.int(2, 4); i < count; i++) {
      const x = rng.range(0.05, 0.95) * w;
      const spread = w * rng.range(0.08, 0.2);
      const beam = defs.linear([
        [0, palette.accent, 0.45],
        [1, palette.accent, 0],
      ]);
      out += path(
        `M${n(x - unit * 0.02)} 0L${n(x + unit * 0.02)} 0L${n(x + spread)} ${n(h)}L${n(x - spread)} ${n(h)}Z`,
        beam,
      );
    }
    return [out, " crossed by light beams"];
  }
  if (variant === "blinds") {
    const slat = h * rng.range(0.03, 0.05);
    const skew = rng.range(-0.5, 0.5) * w;
    const light = lighten(palette.bg2, 0.2);
    let d = "";
    for (let y = -h * 0.5; y < h * 1.2; y += slat * 2)
      d += `M0 ${n(y)}L${n(w)} ${n(y + skew * 0.3)}L${n(w)} ${n(y + skew * 0.3 + slat)}L0 ${n(y + slat)}Z`;
    out += path(d, light, opacity(0.22));
    return [out, " striped by light through window blinds"];
  }
  return ["", ""];
}

/** A rim-lit head-and-shoulders silhouette, in profile or facing us, on a studio or bokeh backdrop. */
export const figure: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const dark = isDarkMood(look.mood);
  const size = Math.min(h * 0.3, w * 0.36) * rng.range(0.9, 1.1);
  const cx = w * rng.range(0.38, 0.62);
  const crown = h * rng.range(0.16, 0.3);
  // linear backdrop plus one radial glow: each full-canvas radial gradient is slow in librsvg
  const backdrop = defs.linear(
    [
      [0, palette.bg],
      [0.6, mix(palette.bg, palette.bg2, 0.35)],
      [1, palette.bg],
    ],
    0,
    0,
    rng.range(0.2, 0.6),
    1,
  );
  let out = rect(0, 0, w, h, backdrop);
  const [detail, detailWords] = backdropDetail(rng, defs, w, h, palette);
  out += detail;
  const glow = defs.radial([
    [0, lighten(mix(palette.bg2, palette.accent, 0.5), dark ? 0 : 0.2), dark ? 0.55 : 0.6],
    [0.45, palette.accent, dark ? 0.14 : 0.1],
    [1, palette.accent, 0],
  ]);
  out += circle(cx, crown + size / 2, size * 2.2, glow);
  const hair = rng.pick(HAIR);
  const profile = rng.chance(0.75);
  const facing = rng.chance(0.5) ? 1 : -1;
  const shape = profile
    ? profileFigure(cx, crown, size, h + 2, hair, facing)
    : frontFigure(cx, crown, size, h + 2, hair);
  const rim = lighten(palette.accent, dark ? 0.25 : 0.1);
  const figureColor = dark ? palette.deep : mix(palette.deep, palette.mid, 0.25);
  // the same outline, nudged towards the light, peeks out as a rim of light
  const dx = (profile ? facing : rng.chance(0.5) ? 1 : -1) * size * 0.035;
  out += `<g fill="${rim}" transform="translate(${n(dx)} ${n(-size * 0.012)})">${shape}</g>`;
  out += `<g fill="${figureColor}">${shape}</g>`;
  const pose = profile ? "in profile" : "facing forward";
  return {
    defs: defs.toString(),
    body: out,
    subject: `A silhouetted figure ${HAIR_WORDS[hair]} ${pose}, rim-lit in ${colorName(rim)} against a ${colorName(palette.bg)} backdrop${detailWords}`,
  };
};
