import { colorName, darken, lighten, mix } from "../color";
import { circle, Defs, n, opacity, path, rect } from "../svg";
import type { Compose } from "../types";

/** Stacked sine-wave bands, back to front, like paper cut-outs or woodblock water. */
export const waves: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const top = h * rng.range(0.22, 0.45);
  const bands = rng.int(6, 11);
  const sun = rng.chance(0.65);
  let out = rect(
    0,
    0,
    w,
    h,
    look.flat
      ? palette.bg
      : defs.linear([
          [0, palette.bg],
          [1, mix(palette.bg, palette.bg2, 0.7)],
        ]),
  );
  const sunColor = palette.accent;
  if (sun)
    out += circle(
      w * rng.range(0.2, 0.8),
      top * rng.range(0.55, 0.9),
      Math.min(w, h) * rng.range(0.08, 0.16),
      sunColor,
    );
  const ramp = rng.pick([
    [palette.bg2, palette.mid, palette.deep],
    [palette.bg2, palette.accent, palette.deep],
    [palette.mid, palette.bg2, palette.deep],
  ] as const);
  const crest = rng.chance(0.45);
  const shadow = !look.flat || rng.chance(0.5);
  const wavelength = w * rng.range(0.25, 0.6);
  const amplitude = ((h - top) / bands) * rng.range(0.35, 0.9);
  const step = w / 48;
  let front = ramp[2];
  for (let i = 0; i < bands; i++) {
    const t = i / (bands - 1);
    const color = t < 0.5 ? mix(ramp[0], ramp[1], t * 2) : mix(ramp[1], ramp[2], (t - 0.5) * 2);
    const alt = i % 2 === 1 && rng.chance(0.35) ? mix(color, palette.accent, 0.3) : color;
    front = alt;
    const base = top + ((h - top) * i) / bands;
    const phase = rng.range(0, Math.PI * 2);
    const k = (Math.PI * 2) / (wavelength * rng.range(0.8, 1.25));
    const a = amplitude * rng.range(0.7, 1.2);
    let d = "";
    for (let x = -step; x <= w + step; x += step) {
      const y = base + Math.sin(x * k + phase) * a + Math.sin(x * k * 2.3 + phase * 1.7) * a * 0.25;
      d += `${d ? "L" : "M"}${n(x)} ${n(y)}`;
    }
    const outline = d;
    d += `L${n(w + step)} ${n(h)}L${n(-step)} ${n(h)}Z`;
    if (shadow)
      out += `<path d="${d}" fill="${darken(palette.deep, 0.4)}" transform="translate(0 ${n(-h * 0.008)})"${opacity(0.18)}/>`;
    out += path(d, alt);
    if (crest) {
      const line = lighten(alt, 0.45);
      for (let j = 1; j <= 2; j++) {
        out += `<path d="${outline}" fill="none" stroke="${line}" stroke-width="${n(h * 0.003)}" transform="translate(0 ${n(j * amplitude * 0.35)})"${opacity(0.55 / j)}/>`;
      }
    }
  }
  return {
    defs: defs.toString(),
    body: out,
    subject: `Stacked ${colorName(ramp[0])}, ${colorName(ramp[1])} and ${colorName(front)} wave bands${sun ? ` beneath a ${colorName(sunColor)} sun` : ""}`,
  };
};
