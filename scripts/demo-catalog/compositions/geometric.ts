import { colorName, darken, mix } from "../color";
import type { Rng } from "../prng";
import { circle, Defs, n, opacity, path, rect } from "../svg";
import type { Compose } from "../types";

const MOTIFS = ["circle", "half", "quarter", "stripes", "triangle", "ring", "dots", "split"] as const;
type Motif = (typeof MOTIFS)[number];

function motif(rng: Rng, kind: Motif, x: number, y: number, s: number, t: number, color: string): string {
  const turn = rng.int(0, 3) * 90;
  const rot = (inner: string) =>
    `<g transform="rotate(${turn} ${n(x + s / 2)} ${n(y + t / 2)})">${inner}</g>`;
  const m = Math.min(s, t);
  switch (kind) {
    case "circle":
      return circle(x + s / 2, y + t / 2, m * rng.range(0.28, 0.42), color);
    case "half":
      return rot(
        path(
          `M${n(x + s / 2 - m / 2)} ${n(y + t / 2)}A${n(m / 2)} ${n(m / 2)} 0 0 1 ${n(x + s / 2 + m / 2)} ${n(y + t / 2)}Z`,
          color,
        ),
      );
    case "quarter":
      return rot(
        path(
          `M${n(x)} ${n(y + t)}L${n(x)} ${n(y + t - m)}A${n(m)} ${n(m)} 0 0 1 ${n(x + m)} ${n(y + t)}Z`,
          color,
        ),
      );
    case "stripes": {
      let out = "";
      const bars = rng.int(3, 5);
      for (let i = 0; i < bars; i++)
        out += rect(x + (i * s) / bars + s / bars / 4, y + t * 0.12, s / bars / 2, t * 0.76, color);
      return out;
    }
    case "triangle":
      return rot(
        path(`M${n(x)} ${n(y + t)}L${n(x + s / 2)} ${n(y + t * 0.15)}L${n(x + s)} ${n(y + t)}Z`, color),
      );
    case "ring":
      return circle(
        x + s / 2,
        y + t / 2,
        m * 0.32,
        "none",
        ` stroke="${color}" stroke-width="${n(m * 0.12)}"`,
      );
    case "dots": {
      let out = "";
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++)
          out += circle(x + (s * (i + 1)) / 4, y + (t * (j + 1)) / 4, m * 0.07, color);
      return out;
    }
    case "split":
      return rot(path(`M${n(x)} ${n(y)}L${n(x + s)} ${n(y + t)}L${n(x)} ${n(y + t)}Z`, color));
  }
}

/** A Bauhaus/Swiss grid of flat colour cells, each with a simple geometric motif. */
export const bauhaus: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const colors = [palette.bg2, palette.mid, palette.deep, palette.accent, palette.bg];
  const margin = rng.chance(0.5) ? Math.min(w, h) * rng.range(0.04, 0.08) : 0;
  const cols = rng.int(2, 4);
  const cellW = (w - margin * 2) / cols;
  const rows = Math.max(2, Math.round((h - margin * 2) / cellW));
  const cellH = (h - margin * 2) / rows;
  let out = rect(0, 0, w, h, palette.bg);
  const grid: string[][] = [];
  const used = new Set<Motif>();
  for (let row = 0; row < rows; row++) {
    grid.push([]);
    for (let col = 0; col < cols; col++) {
      const avoid = [grid[row]?.[col - 1], grid[row - 1]?.[col]];
      const allowed = colors.filter((c) => !avoid.includes(c));
      // colours not used yet go first, so even a 2x2 grid shows most of the palette
      const fresh = allowed.filter((c) => !grid.some((line) => line.includes(c)));
      const fill = rng.pick(fresh.length > 0 ? fresh : allowed);
      grid[row]?.push(fill);
      const x = margin + col * cellW;
      const y = margin + row * cellH;
      out += rect(x, y, cellW + 0.5, cellH + 0.5, fill);
      if (rng.chance(0.85)) {
        const kind = rng.pick(MOTIFS);
        used.add(kind);
        out += motif(rng, kind, x, y, cellW, cellH, rng.pick(colors.filter((c) => c !== fill)));
      }
    }
  }
  if (rng.chance(0.5)) {
    // one large overprinted disc across cells, like a second ink pass
    const r = Math.min(w, h) * rng.range(0.18, 0.3);
    out += circle(rng.range(0.25, 0.75) * w, rng.range(0.25, 0.75) * h, r, palette.accent, opacity(0.82));
  }
  const shapes = used.has("circle") || used.has("ring") ? "circles" : "triangles";
  return {
    defs: defs.toString(),
    body: out,
    subject: `A Bauhaus-style grid of ${colorName(palette.mid)}, ${colorName(palette.accent)} and ${colorName(palette.deep)} ${shapes}, half-discs and bars`,
  };
};

/** Arches and a sun: nested rainbow arches, a colonnade, or one tall arched window. */
export const arches: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const floor = h * rng.range(0.7, 0.84);
  let out = rect(
    0,
    0,
    w,
    h,
    look.flat
      ? palette.bg
      : defs.linear([
          [0, palette.bg],
          [1, mix(palette.bg, palette.bg2, 0.6)],
        ]),
  );
  const sunR = Math.min(w, h) * rng.range(0.08, 0.15);
  const sunColor = palette.accent;
  const floorColor = mix(palette.bg2, palette.mid, 0.35);
  const variant = rng.pick(["nested", "colonnade", "window"] as const);
  let subject: string;
  if (variant === "nested") {
    const cx = w * rng.range(0.35, 0.65);
    const bands = rng.int(3, 5);
    const outer = Math.min(w * 0.42, floor * 0.8);
    const cycle = [palette.mid, palette.deep, palette.bg2, mix(palette.accent, palette.mid, 0.5)];
    out += circle(cx, floor - outer - sunR * 1.4, sunR, sunColor);
    for (let i = 0; i < bands; i++) {
      const r = outer * (1 - i / (bands + 0.5));
      const color = i === bands - 1 ? palette.bg : (cycle[i % cycle.length] ?? palette.mid);
      out += path(`M${n(cx - r)} ${n(floor)}A${n(r)} ${n(r)} 0 0 1 ${n(cx + r)} ${n(floor)}Z`, color);
    }
    subject = `Nested ${colorName(palette.mid)} and ${colorName(palette.deep)} arches beneath a ${colorName(sunColor)} sun`;
  } else if (variant === "colonnade") {
    const count = rng.int(2, 4);
    const gap = w / (count + 1);
    const aw = gap * rng.range(0.62, 0.8);
    const ah = Math.max(aw * 1.2, floor * rng.range(0.4, 0.55));
    out += circle(w * rng.range(0.2, 0.8), floor - ah - sunR * 0.8, sunR, sunColor);
    for (let i = 0; i < count; i++) {
      const x = gap * (i + 1) - aw / 2;
      const wall = darken(palette.mid, 0.05 * i);
      const d = `M${n(x)} ${n(floor)}V${n(floor - ah + aw / 2)}A${n(aw / 2)} ${n(aw / 2)} 0 0 1 ${n(x + aw)} ${n(floor - ah + aw / 2)}V${n(floor)}Z`;
      out += path(d, wall);
      out += path(
        `M${n(x + aw)} ${n(floor)}L${n(x + aw * 1.9)} ${n(h)}L${n(x + aw * 0.9)} ${n(h)}Z`,
        palette.deep,
        opacity(0.18),
      );
      const inset = aw * 0.18;
      out += path(
        `M${n(x + inset)} ${n(floor)}V${n(floor - ah + aw / 2)}A${n(aw / 2 - inset)} ${n(aw / 2 - inset)} 0 0 1 ${n(x + aw - inset)} ${n(floor - ah + aw / 2)}V${n(floor)}Z`,
        mix(palette.deep, wall, 0.35),
      );
    }
    subject = `A row of ${colorName(palette.mid)} arched doorways casting long shadows under a ${colorName(sunColor)} sun`;
  } else {
    const aw = Math.min(w * 0.55, h * 0.45);
    const x = (w - aw) / 2;
    const top = h * rng.range(0.12, 0.22);
    const d = `M${n(x)} ${n(floor)}V${n(top + aw / 2)}A${n(aw / 2)} ${n(aw / 2)} 0 0 1 ${n(x + aw)} ${n(top + aw / 2)}V${n(floor)}Z`;
    const clip = defs.clip(`<path d="${d}"/>`);
    const horizon = floor - (floor - top) * rng.range(0.25, 0.4);
    out += rect(0, 0, w, h, palette.mid);
    out += `<g clip-path="${clip}">${rect(
      0,
      0,
      w,
      h,
      defs.linear([
        [0, palette.bg2],
        [1, mix(palette.bg2, sunColor, 0.4)],
      ]),
    )}`;
    const sunX = w / 2 + rng.range(-0.2, 0.2) * aw;
    const sea = defs.linear([
      [0, mix(palette.deep, palette.bg2, 0.35)],
      [1, palette.deep],
    ]);
    out += `${circle(sunX, horizon - sunR * 0.3, sunR, sunColor)}${rect(0, horizon, w, h, sea)}`;
    out += `${rect(sunX - sunR * 0.8, horizon + sunR * 0.15, sunR * 1.6, sunR * 0.12, sunColor, opacity(0.6))}${rect(sunX - sunR * 0.5, horizon + sunR * 0.45, sunR, sunR * 0.1, sunColor, opacity(0.4))}</g>`;
    subject = `A ${colorName(sunColor)} sun setting beyond a tall arched window in a ${colorName(palette.mid)} wall`;
  }
  out += rect(0, floor, w, h - floor, floorColor);
  return { defs: defs.toString(), body: out, subject };
};
