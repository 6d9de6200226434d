import { colorName, darken, lighten, mix } from "../color";
import { isDarkMood } from "../palette";
import type { Rng } from "../prng";
import { Defs, glowDisc, opacity, rect, stars } from "../svg";
import type { Compose } from "../types";
import { sky } from "./scene";

interface Building {
  x: number;
  w: number;
  h: number;
}

function skyline(
  rng: Rng,
  width: number,
  minW: number,
  maxW: number,
  minH: number,
  maxH: number,
): Building[] {
  const buildings: Building[] = [];
  let x = -rng.range(0, maxW);
  while (x < width) {
    const w = rng.range(minW, maxW);
    buildings.push({ x, w, h: rng.range(minH, maxH) });
    x += w + rng.range(-minW * 0.2, minW * 0.35);
  }
  return buildings;
}

/** A skyline with lit windows and neon signs, mirrored in wet streets or water below. */
export const city: Compose = ({ rng, width: w, height: h, look }) => {
  const defs = new Defs();
  const { palette } = look;
  const dark = isDarkMood(look.mood);
  const ground = h * rng.range(0.62, 0.74);
  let back = sky(defs, look, w, h, ground);
  if (dark)
    back += stars(
      rng,
      w,
      ground * 0.5,
      rng.int(30, 80),
      lighten(palette.accent, 0.6),
      Math.min(w, h) * 0.0018,
    );
  const moonR = Math.min(w, h) * rng.range(0.04, 0.07);
  const moonColor = dark ? mix(palette.accent, "#ffffff", 0.5) : lighten(palette.accent, 0.15);
  back += glowDisc(
    defs,
    w * rng.range(0.15, 0.85),
    ground * rng.range(0.2, 0.5),
    moonR,
    moonColor,
    3.5,
    0.45,
  );

  const unit = Math.min(w, h);
  let city = "";
  const far = skyline(rng, w, unit * 0.04, unit * 0.09, ground * 0.12, ground * 0.4);
  const farColor = mix(palette.bg2, palette.deep, 0.45);
  for (const b of far) city += rect(b.x, ground - b.h, b.w, b.h, farColor);
  city += rect(0, ground - h * 0.06, w, h * 0.06, mix(farColor, palette.bg2, 0.3), opacity(0.5));

  const near = skyline(rng, w, unit * 0.07, unit * 0.16, ground * 0.2, ground * 0.72);
  const litColors = [
    lighten(palette.accent, 0.35),
    mix(palette.accent, "#ffd98a", 0.5),
    lighten(palette.bg2, 0.4),
  ];
  const signColors = [palette.accent, mix(palette.accent, palette.mid, 0.5), lighten(palette.mid, 0.3)];
  let lit = 0;
  for (const b of near) {
    const shade = mix(palette.deep, palette.mid, rng.range(0.05, 0.35));
    const top = ground - b.h;
    city += rect(b.x, top, b.w, b.h, shade);
    if (rng.chance(0.35))
      city += rect(b.x + b.w * 0.45, top - b.h * 0.12, Math.max(2, b.w * 0.03), b.h * 0.12, shade);
    if (rng.chance(0.4)) city += rect(b.x + b.w * 0.15, top - unit * 0.02, b.w * 0.7, unit * 0.02, shade);
    const cell = unit * rng.range(0.016, 0.024);
    const cols = Math.max(1, Math.floor((b.w * 0.8) / cell));
    const rows = Math.floor((b.h * 0.9) / (cell * 1.4));
    const density = rng.range(0.12, 0.45);
    const windowColor = rng.pick(litColors);
    for (let row = 0; row < rows; row++) {
      for (let col = 0; col < cols; col++) {
        if (!rng.chance(density)) continue;
        lit += 1;
        const x = b.x + b.w * 0.1 + col * cell + cell * 0.2;
        const y = top + cell + row * cell * 1.4;
        city += rect(x, y, cell * 0.6, cell * 0.8, windowColor, opacity(rng.range(0.5, 1)));
      }
    }
    if (rng.chance(dark ? 0.35 : 0.15)) {
      const sign = rng.pick(signColors);
      const sw = b.w * rng.range(0.12, 0.2);
      const sh = b.h * rng.range(0.2, 0.45);
      const sx = rng.chance(0.5) ? b.x - sw * 0.5 : b.x + b.w - sw * 0.5;
      const sy = top + b.h * rng.range(0.05, 0.3);
      city += rect(sx - sw, sy - sw, sw * 3, sh + sw * 2, sign, ` rx="${sw}"${opacity(0.14)}`);
      city += rect(
        sx,
        sy,
        sw,
        sh,
        darken(sign, 0.55),
        ` rx="${sw * 0.2}" stroke="${sign}" stroke-width="${sw * 0.18}"`,
      );
    }
  }
  defs.add(`<g id="skyline">${city}</g>`);

  const street = defs.linearAbs(
    [
      [0, mix(palette.deep, palette.bg2, 0.25)],
      [1, darken(palette.deep, 0.3)],
    ],
    0,
    ground,
    0,
    h,
  );
  let out = `${back}<use href="#skyline"/>`;
  out += rect(0, ground, w, h - ground, street);
  out += `<use href="#skyline" transform="matrix(1 0 0 -0.9 0 ${(ground * 1.9).toFixed(1)})"${opacity(dark ? 0.38 : 0.28)}/>`;
  for (let i = 0, count = rng.int(18, 34); i < count; i++) {
    const y = ground + (h - ground) * rng.float() ** 1.3;
    out += rect(
      rng.range(-0.1, 1) * w,
      y,
      w * rng.range(0.05, 0.3),
      Math.max(1, h * 0.002),
      palette.deep,
      opacity(0.5),
    );
  }
  const rainy = dark && rng.chance(0.6);
  if (rainy) {
    const slant = rng.range(-0.15, 0.15);
    let rain = "";
    for (let i = 0; i < 140; i++) {
      const x = rng.range(0, w);
      const y = rng.range(0, h);
      const len = h * rng.range(0.02, 0.06);
      rain += `M${x.toFixed(0)} ${y.toFixed(0)}l${(len * slant).toFixed(1)} ${len.toFixed(1)}`;
    }
    out += `<path d="${rain}" stroke="${lighten(palette.bg2, 0.5)}" stroke-width="${Math.max(1, unit * 0.0012).toFixed(1)}"${opacity(0.28)}/>`;
  }
  const time = dark ? "at night" : "at dusk";
  return {
    defs: defs.toString(),
    body: out,
    subject: `A ${colorName(palette.deep)} city skyline ${time} with ${lit > 300 ? "hundreds of" : "scattered"} lit windows reflected in ${rainy ? "rain-soaked" : "wet"} streets`,
  };
};
