import { colorName, hsl, lighten, luminance, mix, toHsl } from "../color";
import { isDarkMood } from "../palette";
import { circle, Defs, n, opacity, rect, smooth, stars } from "../svg";
import type { Compose } from "../types";

/**
 * Soft colour fields: blurred blobs, aurora ribbons, bokeh or a hazy glow.
 * Everything here is blurry anyway, so it renders at a quarter of the size and is scaled up.
 */
export const blobs: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const dark = isDarkMood(look.mood);
  const unit = Math.min(w, h);
  let out = rect(
    0,
    0,
    w,
    h,
    defs.linear(
      [
        [0, palette.bg],
        [1, mix(palette.bg, palette.bg2, 0.55)],
      ],
      0,
      0,
      rng.range(0, 0.6),
      1,
    ),
  );
  // pastel palettes melt into nothing; push the blob colours away from the backdrop
  const backdropLight = luminance(palette.bg) > 0.4;
  const punch = (color: string) => {
    const { h: hue, s, l } = toHsl(color);
    return hsl(hue, Math.min(1, s + 0.2), backdropLight ? Math.max(0.3, l - 0.12) : Math.min(0.75, l + 0.08));
  };
  const tones = [
    palette.accent,
    palette.mid,
    palette.bg2,
    mix(palette.accent, palette.mid, 0.5),
    palette.deep,
  ].map(punch);
  const variant = rng.pick(["blobs", "blobs", "aurora", "bokeh", "glow"] as const);
  let subject: string;
  if (variant === "blobs") {
    // overlapping radial fades read as a mesh gradient: smooth by construction, no blur needed
    const used: string[] = [];
    for (let i = 0, count = rng.int(5, 7); i < count; i++) {
      const color = rng.pick(tones);
      used.push(color);
      const fill = defs.radial([
        [0, color, 0.95],
        [0.45, color, 0.65],
        [1, color, 0],
      ]);
      const rx = unit * rng.range(0.35, 0.7);
      const rotate = ` transform="rotate(${n(rng.range(-60, 60))} ${n(w / 2)} ${n(h / 2)})"`;
      out += `<ellipse cx="${n(rng.range(0.05, 0.95) * w)}" cy="${n(rng.range(0.05, 0.95) * h)}" rx="${n(rx)}" ry="${n(rx * rng.range(0.5, 1))}" fill="${fill}"${rotate}/>`;
    }
    subject = `Soft ${colorName(used[0] ?? palette.accent)} and ${colorName(used[1] ?? palette.mid)} colour fields melting into a ${colorName(palette.bg)} gradient`;
  } else if (variant === "aurora") {
    if (dark) out += stars(rng, w, h * 0.6, rng.int(40, 90), lighten(palette.accent, 0.7), unit * 0.008);
    let ribbons = "";
    const first = rng.pick(tones);
    for (let i = 0, count = rng.int(3, 4); i < count; i++) {
      const color = i === 0 ? first : rng.pick(tones);
      const base = h * rng.range(0.25, 0.6);
      const points = Array.from(
        { length: 4 },
        (_, k) => [(k / 3) * w * 1.4 - w * 0.2, base + rng.range(-0.1, 0.1) * h] as const,
      );
      ribbons += `<path d="${smooth(points)}" fill="none" stroke="${color}" stroke-width="${n(h * rng.range(0.1, 0.2))}"${opacity(rng.range(0.55, 0.85))}/>`;
    }
    out += `<g filter="${defs.blur(Math.max(w, h) * 0.045)}">${ribbons}</g>`;
    subject = `Aurora ribbons of ${colorName(first)} light drifting across a ${colorName(palette.bg)} sky`;
  } else if (variant === "bokeh") {
    let lights = "";
    const first = rng.pick(tones);
    for (let i = 0, count = rng.int(22, 40); i < count; i++) {
      const color = i === 0 ? first : rng.pick(tones);
      const fill = defs.radial([
        [0, lighten(color, 0.2), 0.7],
        [0.85, color, 0.55],
        [1, lighten(color, 0.3), 0.8],
      ]);
      lights += circle(
        rng.range(0, w),
        rng.range(0, h),
        unit * rng.range(0.03, 0.11),
        fill,
        opacity(rng.range(0.3, 0.85)),
      );
    }
    out += `<g filter="${defs.blur(unit * 0.006)}">${lights}</g>`;
    subject = `Out-of-focus ${colorName(first)} and ${colorName(palette.bg2)} bokeh lights over a ${colorName(palette.bg)} backdrop`;
  } else {
    const cx = rng.range(0.3, 0.7) * w;
    const cy = rng.range(0.3, 0.6) * h;
    const glow = defs.radial([
      [0, palette.accent, 1],
      [0.35, palette.accent, 0.7],
      [1, palette.accent, 0],
    ]);
    out += circle(cx, cy, unit * rng.range(0.35, 0.55), glow);
    out += `<g filter="${defs.blur(unit * 0.04)}">${rect(-w * 0.1, cy + unit * rng.range(0.15, 0.3), w * 1.2, h, mix(palette.bg2, palette.mid, 0.4), opacity(0.7))}</g>`;
    subject = `A hazy ${colorName(palette.accent)} glow melting into a soft ${colorName(palette.bg2)} gradient`;
  }
  return { defs: defs.toString(), body: out, subject, scale: 0.25 };
};
