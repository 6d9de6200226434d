import { colorName, darken, lighten, mix } from "../color";
import { isDarkMood } from "../palette";
import { circle, Defs, n, opacity, path, polyline, rect, ridge, stars, toBottom } from "../svg";
import type { Compose } from "../types";

/** A striped sun sinking behind wireframe mountains over a glowing perspective grid. */
export const synthwave: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const dark = isDarkMood(look.mood);
  const unit = Math.min(w, h);
  const horizon = h * rng.range(0.55, 0.66);
  const skyFill = defs.linearAbs(
    [
      [0, palette.bg],
      [0.6, mix(palette.bg, palette.mid, 0.6)],
      [1, mix(palette.bg2, palette.accent, 0.35)],
    ],
    0,
    0,
    0,
    horizon,
  );
  let out = rect(0, 0, w, horizon + 2, skyFill);
  if (dark) out += stars(rng, w, horizon * 0.6, rng.int(50, 120), lighten(palette.bg2, 0.6), unit * 0.002);

  const r = unit * rng.range(0.2, 0.3);
  const cx = w * rng.range(0.38, 0.62);
  const cy = horizon - r * rng.range(0.5, 0.8);
  const hot = mix(palette.accent, "#ffe27a", 0.55);
  const sunFill = defs.linear([
    [0, hot],
    [1, mix(palette.accent, palette.mid, 0.3)],
  ]);
  const glow = defs.radial([
    [0.45, palette.accent, 0.5],
    [1, palette.accent, 0],
  ]);
  out += circle(cx, cy, r * 1.9, glow);
  let bars = `<rect x="${n(cx - r)}" y="${n(cy - r)}" width="${n(2 * r)}" height="${n(r * 0.85)}"/>`;
  let y = cy - r * 0.15;
  for (let i = 0; y < cy + r; i++) {
    const gap = r * (0.025 + i * 0.02);
    const bar = r * Math.max(0.04, 0.15 - i * 0.02);
    y += gap;
    bars += `<rect x="${n(cx - r)}" y="${n(y)}" width="${n(2 * r)}" height="${n(bar)}"/>`;
    y += bar;
  }
  out += `<g clip-path="${defs.clip(bars)}">${circle(cx, cy, r, sunFill)}</g>`;

  const mountainFill = mix(palette.deep, palette.bg, 0.3);
  const edge = lighten(palette.accent, 0.2);
  for (let i = 0; i < 2; i++) {
    const points = ridge(rng, w, horizon + 1, h * rng.range(0.06, 0.16) * (i === 0 ? 1 : 0.6), 4, 0.6);
    out += path(
      toBottom(polyline(points), w, horizon + 1),
      i === 0 ? mountainFill : darken(mountainFill, 0.3),
    );
    out += `<path d="${polyline(points)}" fill="none" stroke="${edge}" stroke-width="${n(unit * 0.003)}"${opacity(i === 0 ? 0.6 : 0.85)}/>`;
  }

  const floor = defs.linearAbs(
    [
      [0, mix(palette.deep, palette.accent, 0.15)],
      [1, darken(palette.deep, 0.4)],
    ],
    0,
    horizon,
    0,
    h,
  );
  out += rect(0, horizon, w, h - horizon, floor);
  const vx = cx;
  let grid = "";
  const rows = rng.int(9, 14);
  for (let i = 1; i <= rows; i++) {
    const t = (i / rows) ** 2.2;
    const gy = horizon + (h - horizon) * t;
    grid += `M0 ${n(gy)}H${n(w)}`;
  }
  const spacing = w * rng.range(0.07, 0.12);
  for (let k = -16; k <= 16; k++) {
    const bx = vx + k * spacing * 3;
    grid += `M${n(vx + k * spacing * 0.25)} ${n(horizon)}L${n(bx)} ${n(h)}`;
  }
  const line = lighten(palette.accent, 0.1);
  out += `<path d="${grid}" fill="none" stroke="${line}" stroke-width="${n(unit * 0.009)}"${opacity(0.22)}/>`;
  out += `<path d="${grid}" fill="none" stroke="${lighten(line, 0.3)}" stroke-width="${n(unit * 0.0025)}"${opacity(0.9)}/>`;
  const haze = defs.linear([
    [0, palette.accent, 0],
    [0.5, palette.accent, 0.55],
    [1, palette.accent, 0],
  ]);
  out += rect(0, horizon - h * 0.03, w, h * 0.06, haze);
  return {
    defs: defs.toString(),
    body: out,
    subject: `A striped ${colorName(hot)} sun setting behind ${colorName(mountainFill)} mountains over a glowing ${colorName(line)} grid`,
  };
};
