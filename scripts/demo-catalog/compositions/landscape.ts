import { colorName, darken, lighten, mix } from "../color";
import { isDarkMood } from "../palette";
import { Defs, mist, opacity, path, polyline, profile, smooth, stars, toBottom } from "../svg";
import type { Compose } from "../types";
import { celestial, layerColor, sky } from "./scene";

/** Layered ridges fading into haze, under a sun or moon. */
export const mountains: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const horizon = h * rng.range(0.42, 0.6);
  const peaks = rng.chance(0.6);
  const low = rng.chance(0.5);
  const r = Math.min(w, h) * rng.range(0.045, 0.09);
  const body = celestial(
    defs,
    look,
    w * rng.range(0.18, 0.82),
    horizon - h * (low ? rng.range(0.04, 0.1) : rng.range(0.16, 0.3)),
    r,
  );
  let out = sky(defs, look, w, h, horizon);
  if (isDarkMood(look.mood))
    out += stars(
      rng,
      w,
      horizon * 0.8,
      rng.int(40, 110),
      lighten(palette.accent, 0.7),
      Math.min(w, h) * 0.002,
    );
  out += body.svg;

  const layers = rng.int(4, 6);
  const haze = mix(palette.bg2, palette.bg, 0.2);
  let nearColor = palette.deep;
  for (let i = 0; i < layers; i++) {
    const depth = i / (layers - 1);
    const base = horizon + (h - horizon) * (i / layers) * 0.9;
    const amplitude = h * (peaks ? rng.range(0.16, 0.3) : rng.range(0.06, 0.12)) * (1 - depth * 0.55);
    const values = profile(rng, peaks ? 6 : 3, peaks ? rng.range(0.48, 0.58) : 0.45);
    // raising to a power sharpens summits and widens valleys, which reads as mountains, not clouds
    const points = values.map(
      (v, k) => [(k / (values.length - 1)) * w, base - (peaks ? v ** 1.6 : v) * amplitude] as const,
    );
    const outline = peaks ? polyline(points) : smooth(points);
    const color = layerColor(look, depth);
    nearColor = color;
    // each ridge fades into haze towards its foot, so valleys fill with mist without banding
    const foot = base + ((h - horizon) / layers) * 0.9;
    const fill = look.flat
      ? color
      : defs.linearAbs(
          [
            [0, mix(color, body.color, 0.22 * (1 - depth))],
            [0.55, color],
            [1, mix(color, haze, 0.55 * (1 - depth * 0.6))],
          ],
          0,
          base - amplitude,
          0,
          foot,
        );
    out += path(toBottom(outline, w, h), fill);
  }
  const kind = peaks ? "mountains" : "hills";
  return {
    defs: defs.toString(),
    body: out,
    subject: `Layered ${colorName(nearColor)} ${kind} fading into ${colorName(palette.bg2)} haze under a ${low ? "low" : "high"} ${colorName(body.color)} ${body.word}`,
  };
};

/** Smooth dunes lit from one side, with a large low sun. */
export const dunes: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const horizon = h * rng.range(0.48, 0.66);
  const r = Math.min(w, h) * rng.range(0.07, 0.14);
  const body = celestial(defs, look, w * rng.range(0.2, 0.8), horizon - r * rng.range(0.2, 1.6), r);
  let out = sky(defs, look, w, h, horizon) + body.svg;
  if (rng.chance(0.5)) {
    // thin cloud streaks across the sun
    for (let i = 0, count = rng.int(2, 4); i < count; i++) {
      const y = horizon * rng.range(0.35, 0.9);
      const x = rng.range(-0.2, 0.6) * w;
      const len = w * rng.range(0.25, 0.6);
      out += path(
        `M${x} ${y}h${len}`,
        "none",
        ` stroke="${lighten(palette.bg2, 0.3)}" stroke-width="${h * rng.range(0.004, 0.012)}" stroke-linecap="round"${opacity(0.6)}`,
      );
    }
  }
  const layers = rng.int(3, 5);
  const lightFromLeft = rng.chance(0.5);
  let nearColor = palette.mid;
  for (let i = 0; i < layers; i++) {
    const depth = (i + 1) / layers;
    const base = horizon + (h - horizon) * (i / layers) * 0.95;
    const amplitude = h * rng.range(0.05, 0.12) * (1 - depth * 0.3);
    const count = rng.int(3, 5);
    const points = Array.from({ length: count + 1 }, (_, k) => {
      const x = (k / count) * w + (k > 0 && k < count ? rng.range(-0.08, 0.08) * w : 0);
      return [x, base - amplitude * (k % 2 === 0 ? rng.range(0, 0.4) : rng.range(0.7, 1.1))] as const;
    });
    const color = layerColor(look, depth * 0.9);
    nearColor = color;
    const lit = mix(color, body.color, 0.35);
    const shade = darken(color, 0.22);
    const fill = look.flat
      ? color
      : defs.linear(
          [
            [0, lightFromLeft ? lit : shade],
            [0.5, color],
            [1, lightFromLeft ? shade : lit],
          ],
          0,
          0,
          1,
          0.3,
        );
    out += path(toBottom(smooth(points), w, h), fill);
    out += mist(defs, w, base + amplitude * 0.1, h * 0.1, palette.bg2, 0.25 * (1 - depth));
  }
  return {
    defs: defs.toString(),
    body: out,
    subject: `Rolling ${colorName(nearColor)} dunes beneath a large ${colorName(body.color)} ${body.word}`,
  };
};
