import { colorName, darken, lighten, mix } from "../color";
import { isDarkMood } from "../palette";
import { circle, Defs, n, opacity, path, rect, ridge, smooth, stars, toBottom } from "../svg";
import type { Compose } from "../types";

/** A ringed planet among nebulae and stars, sometimes above a dark horizon. */
export const cosmic: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const dark = isDarkMood(look.mood);
  const unit = Math.min(w, h);
  const space = defs.linear(
    [
      [0, palette.bg],
      [0.5, mix(palette.bg, palette.bg2, dark ? 0.35 : 0.5)],
      [1, palette.bg],
    ],
    rng.range(0, 0.4),
    0,
    rng.range(0.6, 1),
    1,
  );
  let out = rect(0, 0, w, h, space);
  for (let i = 0, count = rng.int(2, 3); i < count; i++) {
    const color = rng.pick([palette.accent, palette.mid, palette.bg2]);
    const nebula = defs.radial([
      [0, color, dark ? 0.35 : 0.45],
      [1, color, 0],
    ]);
    const rx = unit * rng.range(0.25, 0.5);
    out += `<ellipse cx="${n(rng.range(0, w))}" cy="${n(rng.range(0, h))}" rx="${n(rx)}" ry="${n(rx * rng.range(0.35, 0.8))}" fill="${nebula}" transform="rotate(${n(rng.range(-40, 40))} ${n(w / 2)} ${n(h / 2)})"/>`;
  }
  const starColor = dark ? lighten(palette.accent, 0.75) : lighten(palette.bg, 0.6);
  out += stars(rng, w, h, dark ? rng.int(120, 220) : rng.int(40, 90), starColor, unit * 0.0022);
  for (let i = 0, count = rng.int(3, 7); i < count; i++) {
    const x = rng.range(0, w);
    const y = rng.range(0, h);
    const len = unit * rng.range(0.01, 0.025);
    out += `<path d="M${n(x - len)} ${n(y)}H${n(x + len)}M${n(x)} ${n(y - len)}V${n(y + len)}" stroke="${starColor}" stroke-width="${n(unit * 0.0015)}"/>`;
    out += circle(x, y, len * 0.25, starColor);
  }

  const r = unit * rng.range(0.13, 0.24);
  const cx = w * rng.range(0.3, 0.7);
  const cy = h * rng.range(0.3, 0.55);
  const body = rng.pick([palette.mid, mix(palette.mid, palette.accent, 0.4), palette.bg2]);
  const lit = lighten(mix(body, palette.accent, 0.3), 0.35);
  const surface = defs.radial(
    [
      [0, lit],
      [0.55, body],
      [1, darken(body, 0.65)],
    ],
    0.35,
    0.3,
    0.8,
    0.3,
    0.25,
  );
  const ringed = rng.chance(0.75);
  const tilt = rng.range(-24, 24);
  const rx = r * rng.range(1.6, 2.2);
  const ry = rx * rng.range(0.16, 0.3);
  const ringColor = lighten(mix(palette.accent, body, 0.3), 0.25);
  const ring = (front: boolean) => {
    let arcs = "";
    for (let k = 0, count = rng.int(2, 4); k < count; k++) {
      const s = 1 - k * 0.09;
      arcs += `<path d="M${n(cx - rx * s)} ${n(cy)}A${n(rx * s)} ${n(ry * s)} 0 0 ${front ? 0 : 1} ${n(cx + rx * s)} ${n(cy)}" fill="none" stroke="${ringColor}" stroke-width="${n(r * rng.range(0.03, 0.09))}"${opacity(rng.range(0.45, 0.9))}/>`;
    }
    return `<g transform="rotate(${n(tilt)} ${n(cx)} ${n(cy)})">${arcs}</g>`;
  };
  const halo = defs.radial([
    [0.6, palette.accent, 0.35],
    [1, palette.accent, 0],
  ]);
  out += circle(cx, cy, r * 1.35, halo);
  if (ringed) out += ring(false);
  out += circle(cx, cy, r, surface);
  if (rng.chance(0.5)) {
    const clip = defs.clip(`<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}"/>`);
    let bands = "";
    for (let k = 0; k < 5; k++) {
      bands += rect(
        cx - r,
        cy - r + rng.range(0, 2 * r),
        2 * r,
        r * rng.range(0.05, 0.16),
        darken(body, 0.3),
        opacity(0.25),
      );
    }
    out += `<g clip-path="${clip}" transform="rotate(${n(tilt)} ${n(cx)} ${n(cy)})">${bands}</g>`;
  }
  if (ringed) out += ring(true);
  const moon = rng.chance(0.5);
  if (moon) {
    const mr = r * rng.range(0.12, 0.22);
    const mx = cx + rng.pick([-1, 1]) * r * rng.range(1.8, 2.6);
    const my = cy + rng.range(-1, 1) * r;
    out += circle(
      mx,
      my,
      mr,
      defs.radial(
        [
          [0, lighten(body, 0.5)],
          [1, darken(body, 0.5)],
        ],
        0.35,
        0.35,
        0.7,
      ),
    );
  }
  const horizon = rng.chance(0.35);
  if (horizon) {
    const points = ridge(rng, w, h * 0.92, h * rng.range(0.08, 0.2), 5, 0.5);
    out += path(toBottom(smooth(points), w, h), darken(palette.deep, 0.2));
  }
  const planet = `${ringed ? "ringed " : ""}${colorName(body)} planet`;
  return {
    defs: defs.toString(),
    body: out,
    subject: `A ${planet}${moon ? " and a small moon" : ""} hanging in a star-filled ${colorName(palette.bg)} sky${horizon ? " above a dark horizon" : ""}`,
  };
};
