import { hsl } from "./color";
import type { Rng } from "./prng";

/**
 * A style's five colours, by role:
 * bg/bg2 are the two ends of the backdrop, mid the main shapes, deep the nearest/darkest-contrast
 * shapes and accent the pop colour (sun, neon, highlight).
 */
export interface Palette {
  bg: string;
  bg2: string;
  mid: string;
  deep: string;
  accent: string;
}

export const MOODS = [
  "neon",
  "moody",
  "golden",
  "pastel",
  "vivid",
  "earthy",
  "mono",
  "ink",
  "dusk",
  "muted",
  "paper",
] as const;
export type Mood = (typeof MOODS)[number];

/** [hue offset, saturation, lightness] for each role */
type RoleSpec = readonly [number, number, number];
type SchemeRole = "mid" | "accent";
interface MoodSpec {
  bg: RoleSpec;
  bg2: RoleSpec;
  mid: RoleSpec;
  deep: RoleSpec;
  accent: RoleSpec;
  /** roles whose hue comes from the colour scheme (complementary, triadic...) unless the theme fixes it */
  scheme: readonly SchemeRole[];
  /** deep's hue offset is relative to mid's rather than the base hue */
  deepFollowsMid?: boolean;
}

const MOOD_SPECS: Record<Mood, MoodSpec> = {
  neon: {
    bg: [0, 0.6, 0.07],
    bg2: [25, 0.55, 0.2],
    mid: [40, 0.6, 0.3],
    deep: [-10, 0.5, 0.04],
    accent: [180, 1, 0.6],
    scheme: ["accent"],
  },
  moody: {
    bg: [0, 0.35, 0.12],
    bg2: [12, 0.28, 0.3],
    mid: [0, 0.3, 0.22],
    deep: [0, 0.35, 0.06],
    accent: [180, 0.8, 0.6],
    scheme: ["accent"],
  },
  golden: {
    bg: [0, 0.7, 0.74],
    bg2: [-14, 0.8, 0.6],
    mid: [-24, 0.4, 0.42],
    deep: [200, 0.25, 0.2],
    accent: [12, 0.95, 0.8],
    scheme: [],
  },
  pastel: {
    bg: [0, 0.55, 0.92],
    bg2: [40, 0.55, 0.84],
    mid: [80, 0.38, 0.72],
    deep: [200, 0.28, 0.46],
    accent: [160, 0.7, 0.7],
    scheme: ["mid", "accent"],
  },
  vivid: {
    bg: [0, 0.75, 0.52],
    bg2: [25, 0.8, 0.64],
    mid: [150, 0.7, 0.45],
    deep: [10, 0.6, 0.18],
    accent: [60, 0.95, 0.6],
    scheme: ["mid", "accent"],
    deepFollowsMid: true,
  },
  earthy: {
    bg: [0, 0.35, 0.86],
    bg2: [10, 0.4, 0.74],
    mid: [150, 0.22, 0.46],
    deep: [-10, 0.42, 0.24],
    accent: [-14, 0.62, 0.52],
    scheme: [],
  },
  mono: {
    bg: [0, 0.05, 0.1],
    bg2: [0, 0.05, 0.34],
    mid: [0, 0.05, 0.46],
    deep: [0, 0.05, 0.03],
    accent: [0, 0.85, 0.55],
    scheme: [],
  },
  ink: {
    bg: [45, 0.3, 0.92],
    bg2: [40, 0.25, 0.84],
    mid: [0, 0.72, 0.52],
    deep: [200, 0.5, 0.24],
    accent: [40, 0.9, 0.58],
    scheme: ["accent"],
  },
  dusk: {
    bg: [0, 0.45, 0.2],
    bg2: [80, 0.55, 0.64],
    mid: [20, 0.35, 0.34],
    deep: [0, 0.45, 0.1],
    accent: [140, 0.9, 0.72],
    scheme: [],
  },
  muted: {
    bg: [0, 0.16, 0.8],
    bg2: [15, 0.14, 0.68],
    mid: [0, 0.18, 0.5],
    deep: [10, 0.22, 0.26],
    accent: [180, 0.35, 0.7],
    scheme: ["accent"],
  },
  paper: {
    bg: [40, 0.2, 0.93],
    bg2: [40, 0.15, 0.85],
    mid: [0, 0.04, 0.6],
    deep: [0, 0.05, 0.16],
    accent: [0, 0.7, 0.5],
    scheme: [],
  },
};

export const SCHEMES = ["complementary", "split", "triadic", "analogous"] as const;
export type Scheme = (typeof SCHEMES)[number];

const SCHEME_OFFSETS: Record<Scheme, Record<SchemeRole, number>> = {
  complementary: { mid: 180, accent: 180 },
  split: { mid: 150, accent: 210 },
  triadic: { mid: 120, accent: 240 },
  analogous: { mid: -30, accent: 40 },
};

/** hue offsets (degrees from the base hue) a theme pins down */
export type HueOffsets = Partial<Record<SchemeRole, number>>;

export function makePalette(
  rng: Rng,
  baseHue: number,
  mood: Mood,
  scheme: Scheme,
  pinned: HueOffsets = {},
): Palette {
  const spec = MOOD_SPECS[mood];
  const hue = baseHue + rng.range(-6, 6);
  const offset = (role: SchemeRole) =>
    pinned[role] ?? (spec.scheme.includes(role) ? SCHEME_OFFSETS[scheme][role] : spec[role][0]);
  const color = (hueOffset: number, [, s, l]: RoleSpec) =>
    hsl(hue + hueOffset + rng.range(-5, 5), s + rng.range(-0.05, 0.05), l + rng.range(-0.03, 0.03));
  const midOffset = offset("mid");
  return {
    bg: color(spec.bg[0], spec.bg),
    bg2: color(spec.bg2[0], spec.bg2),
    mid: color(midOffset, spec.mid),
    deep: color(spec.deep[0] + (spec.deepFollowsMid ? midOffset : 0), spec.deep),
    accent: color(offset("accent"), spec.accent),
  };
}

/** dark backdrops read as night scenes, with moons instead of suns */
export function isDarkMood(mood: Mood): boolean {
  return mood === "neon" || mood === "moody" || mood === "mono" || mood === "dusk";
}
