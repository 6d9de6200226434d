import { colorName, darken, hsl, lighten, mix, toHsl } from "../color";
import { isDarkMood, type Palette } from "../palette";
import { Defs, mist, n, opacity, path, rect, ridge, smooth, stars, toBottom } from "../svg";
import type { Compose } from "../types";
import { celestial, sky } from "./scene";

/** water should read as water: prefer a blue-green palette colour when the palette has one */
function seaColor(palette: Palette, dark: boolean): string {
  const candidates = dark
    ? [palette.mid, palette.deep]
    : [palette.deep, palette.mid, palette.accent, palette.bg2, palette.bg];
  const watery = candidates.find((c) => {
    const { h, s } = toHsl(c);
    return h >= 150 && h <= 250 && s > 0.12;
  });
  if (!watery) return dark ? palette.mid : palette.deep;
  const { h, s, l } = toHsl(watery);
  return dark ? watery : hsl(h, s, Math.min(l, 0.45));
}

/** An open sea to the horizon with a sun or moon and its glittering reflection. */
export const seascape: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const dark = isDarkMood(look.mood);
  const horizon = h * rng.range(0.42, 0.62);
  const r = Math.min(w, h) * rng.range(0.04, 0.08);
  const sunX = w * rng.range(0.25, 0.75);
  const body = celestial(defs, look, sunX, horizon - h * rng.range(0.05, 0.22), r);
  let out = sky(defs, look, w, h, horizon);
  if (dark)
    out += stars(
      rng,
      w,
      horizon * 0.75,
      rng.int(50, 120),
      lighten(palette.accent, 0.7),
      Math.min(w, h) * 0.002,
    );
  out += body.svg;

  // long flat clouds, fading out at both ends
  const cloudColor = dark ? mix(palette.bg, palette.mid, 0.5) : lighten(palette.bg2, 0.35);
  for (let i = 0, count = rng.int(2, 6); i < count; i++) {
    const y = horizon * rng.range(0.15, 0.85);
    const cw = w * rng.range(0.2, 0.6);
    const ch = h * rng.range(0.006, 0.03);
    const strength = rng.range(0.35, 0.75);
    const fill = defs.linear(
      [
        [0, cloudColor, 0],
        [0.3, cloudColor, strength],
        [0.7, cloudColor, strength],
        [1, cloudColor, 0],
      ],
      0,
      0,
      1,
      0,
    );
    out += `<ellipse cx="${n(rng.range(-0.1, 1.1) * w)}" cy="${n(y)}" rx="${n(cw / 2)}" ry="${n(ch / 2)}" fill="${fill}"/>`;
  }

  const headland = rng.chance(0.55);
  if (headland) {
    const left = rng.chance(0.5);
    const span = w * rng.range(0.2, 0.45);
    const points = ridge(rng, span, horizon + 1, h * rng.range(0.03, 0.09), 4, 0.5).map(
      ([x, y], i, all) =>
        [left ? x : w - span + x, i === 0 || i === all.length - 1 ? horizon + 1 : y] as const,
    );
    out += path(`${smooth(points)}Z`, mix(palette.bg2, palette.deep, 0.55));
  }

  const seaTop = mix(mix(palette.bg2, seaColor(look.palette, dark), 0.42), body.color, 0.1);
  const sea = look.flat
    ? mix(palette.mid, palette.deep, 0.4)
    : defs.linearAbs(
        [
          [0, seaTop],
          [1, darken(palette.deep, 0.1)],
        ],
        0,
        horizon,
        0,
        h,
      );
  out += path(toBottom(`M0 ${horizon}L${w} ${horizon}`, w, h), sea);

  // glitter path: short dashes that widen and spread towards the viewer
  const glitter = lighten(body.color, 0.25);
  const rows = rng.int(28, 48);
  for (let i = 0; i < rows; i++) {
    const t = (i + rng.float()) / rows;
    const y = horizon + (h - horizon) * t ** 1.6;
    const spread = r * (0.6 + t * 5);
    const len = r * (0.3 + t * 2.2) * rng.range(0.5, 1.2);
    const x = sunX + rng.range(-spread, spread) - len / 2;
    out += rect(x, y, len, Math.max(1, h * 0.002 * (1 + t * 2)), glitter, opacity((1 - t) * 0.8 + 0.15));
  }
  // ripples across the water
  const ripple = lighten(seaTop, 0.2);
  for (let i = 0, count = rng.int(14, 26); i < count; i++) {
    const t = rng.float();
    const y = horizon + (h - horizon) * t ** 1.4;
    const len = w * rng.range(0.04, 0.16) * (0.4 + t);
    out += rect(rng.range(0, w), y, len, Math.max(1, h * 0.0015 * (1 + t)), ripple, opacity(0.25));
  }
  out += mist(defs, w, horizon, h * 0.08, mix(palette.bg2, body.color, 0.2), dark ? 0.35 : 0.5);
  return {
    defs: defs.toString(),
    body: out,
    subject: `A calm ${colorName(seaTop)} sea with a ${colorName(body.color)} ${body.word} glittering on the water${headland ? " beside a distant headland" : ""}`,
  };
};
