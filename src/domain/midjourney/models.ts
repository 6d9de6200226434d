import type { ModelRow, ParamRule, StyleReferenceRules } from "./row";

/**
 * Midjourney's rules, one row per model version, oldest first. Each row cites the pages
 * its facts come from by their key in sources.ts, which says when each was read and what
 * it says (kept apart so browsers, which read the rules for Copy, do not load the citations;
 * ../shared/MIDJOURNEY.md collects what the product side found).
 * Where sources disagree or are silent, a row takes the reading under which a copied
 * recipe still works (a disputed parameter is never copied; a code always gets its
 * `--sv` written out) and says so in `caution`.
 *
 * A new model is one more row, and its tests: nothing else names model versions.
 */

/** Parameters every version since V5.2 takes, with Midjourney's ranges. */
const EVERY_VERSION = {
  ar: true,
  chaos: { min: 0, max: 100, whole: true },
  seed: { min: 0, max: 4_294_967_295, whole: true },
  stylize: { min: 0, max: 1000, whole: true },
  r: { min: 1, max: 40, whole: true },
  fast: true,
  relax: true,
  turbo: true,
  v: true,
  niji: true,
} as const satisfies Record<string, ParamRule>;

/** What V5.2 to V7 take beyond the above. */
const BEFORE_V8 = {
  ...EVERY_VERSION,
  no: true,
  weird: { min: 0, max: 3000, whole: true },
  tile: true,
  style: { values: ["raw"] },
} as const satisfies Record<string, ParamRule>;

const STYLE_WEIGHT = { min: 0, max: 1000, whole: true } as const;

/** Style references as the V6 family reads them: four versions, each reads codes. */
const SREF_V6: StyleReferenceRules = {
  codeVersions: [1, 2, 3, 4],
  defaults: [{ since: "2023-12-21", version: 4 }],
  perReferenceWeights: true,
};

const V6_FAMILY = {
  ...BEFORE_V8,
  iw: { min: 0, max: 2 },
  stop: { min: 10, max: 100, whole: true },
  cref: true,
  cw: { min: 0, max: 100, whole: true },
  sref: true,
  sv: { values: [1, 2, 3, 4] },
  sw: STYLE_WEIGHT,
  p: true,
} as const satisfies Record<string, ParamRule>;

/** Numeric codes from V8 on: read with `--sv 4` (codes before June 2025) or `--sv 6`, written out. */
const SREF_V8: StyleReferenceRules = {
  codeVersions: [4, 6],
  defaults: [],
  perReferenceWeights: false,
};

const V8_PARAMS = {
  ...EVERY_VERSION,
  raw: true,
  exp: { min: 0, max: 100, whole: true },
  hd: true,
  sref: true,
  sv: { values: [4, 6] },
  sw: STYLE_WEIGHT,
  p: true,
} as const satisfies Record<string, ParamRule>;

/** On V8.x, one source lists these and another says they are gone. */
const V8_DISPUTED = {
  sv: { values: [7] },
  style: { values: ["raw"] },
  q: { values: [1, 2, 4] },
  no: true,
  weird: { min: 0, max: 3000, whole: true },
  tile: true,
  draft: true,
  oref: true,
  ow: { min: 1, max: 1000, whole: true },
} as const satisfies Record<string, ParamRule>;

const V8_CAUTION =
  "Sources disagree on --sv 7 (a default per two guides, refused per the product side's notes): numeric codes are read only with --sv 4 or --sv 6, written out. Weighted style references (::) are unconfirmed on V8.x, so a V8 recipe takes none. --q, --no, --weird, --tile, --draft, --oref and --ow are listed by one source and said to be gone by another: accepted in an image's prompt, never copied. The V8 guides write --raw, never --style raw, so Copy writes --raw.";

export const MODEL_TABLE = [
  {
    id: "v5.2",
    label: "V5.2",
    flag: "--v",
    value: "5.2",
    released: "2023-06-22",
    current: false,
    params: {
      ...BEFORE_V8,
      iw: { min: 0, max: 2 },
      q: { values: [0.25, 0.5, 1] },
      stop: { min: 10, max: 100, whole: true },
    },
    sources: ["versions", "styleReference", "personalizationV6"],
    caution: "No style references and no profiles: --sref and --p came with V6.",
  },
  {
    id: "v6",
    label: "V6",
    flag: "--v",
    value: "6",
    released: "2023-12-21",
    current: false,
    styleReferences: SREF_V6,
    profiles: { reads: ["v6", "v6.1"] },
    params: { ...V6_FAMILY, q: { values: [0.25, 0.5, 1] } },
    sources: ["versions", "styleReference", "personalization", "characterReference"],
  },
  {
    id: "niji6",
    label: "Niji 6",
    flag: "--niji",
    value: "6",
    released: "2024-06-07",
    current: true,
    styleReferences: SREF_V6,
    profiles: { reads: ["niji6"] },
    params: { ...V6_FAMILY, q: { values: [0.25, 0.5, 1] } },
    sources: ["styleReference", "personalizationV6", "characterReference"],
    caution:
      "No page gives Niji 6's release day (June 2024 is the product side's). Niji keeps its own profiles, so a Niji 6 code is taken to work on Niji 6 only.",
  },
  {
    id: "v6.1",
    label: "V6.1",
    flag: "--v",
    value: "6.1",
    released: "2024-07-31",
    current: false,
    styleReferences: SREF_V6,
    profiles: { reads: ["v6", "v6.1"] },
    params: { ...V6_FAMILY, q: { values: [0.25, 0.5, 1, 2] } },
    sources: ["versions", "styleReference", "personalization"],
  },
  {
    id: "v7",
    label: "V7",
    flag: "--v",
    value: "7",
    released: "2025-04-03",
    defaultSince: "2025-06-17",
    current: true,
    styleReferences: {
      codeVersions: [4, 6],
      defaults: [
        { since: "2025-04-03", version: 4 },
        { since: "2025-06-16", version: 6 },
      ],
      perReferenceWeights: true,
    },
    profiles: { reads: ["v6", "v6.1", "v7"] },
    params: {
      ...BEFORE_V8,
      iw: { min: 0, max: 3 },
      q: { values: [1, 2, 4] },
      raw: true,
      exp: { min: 0, max: 100, whole: true },
      oref: true,
      ow: { min: 1, max: 1000, whole: true },
      draft: true,
      sref: true,
      sv: { values: [1, 2, 3, 4, 5, 6] },
      sw: STYLE_WEIGHT,
      p: true,
    },
    disputed: { q: { values: [0.5] }, stop: { min: 10, max: 100, whole: true } },
    sources: [
      "v7Dates",
      "srefV7",
      "srefRewrite",
      "srefVersionsTested",
      "v7Guide",
      "omniReference",
      "personalization",
    ],
    caution:
      "One API guide gives --sv 4 as V7's default; Midjourney's note of 16 June 2025 gives --sv 6 from that day. A code's --sv is always written out, so it does not matter which. No page says whether V8 profiles work on V7: taken as not.",
  },
  {
    id: "niji7",
    label: "Niji 7",
    flag: "--niji",
    value: "7",
    released: "2026-01-09",
    current: true,
    styleReferences: {
      codeVersions: [4, 6],
      defaults: [],
      perReferenceWeights: true,
    },
    profiles: { reads: ["niji7"] },
    params: {
      ...BEFORE_V8,
      q: { values: [1, 2, 4] },
      raw: true,
      sref: true,
      sv: { values: [4, 6] },
      sw: STYLE_WEIGHT,
      p: true,
    },
    sources: ["niji7", "personalizationV6"],
    caution:
      "Only a third-party guide (product side, read 2026-09-27) says Niji 7 reads codes with --sv 4 or --sv 6; Copy writes the --sv out. Niji keeps its own profiles: a Niji 7 profile is taken to work on Niji 7 only.",
  },
  {
    id: "v8",
    label: "V8",
    flag: "--v",
    value: "8",
    released: "2026-03-17",
    current: false,
    styleReferences: SREF_V8,
    profiles: { reads: ["v7", "v8"] },
    params: V8_PARAMS,
    disputed: V8_DISPUTED,
    sources: ["versions", "v7Dates", "niji7"],
    caution: `The V8 alpha took no image prompts, so no --iw. ${V8_CAUTION}`,
  },
  {
    id: "v8.1",
    label: "V8.1",
    flag: "--v",
    value: "8.1",
    released: "2026-04-30",
    defaultSince: "2026-06-10",
    current: true,
    styleReferences: SREF_V8,
    profiles: { reads: ["v7", "v8", "v8.1"] },
    params: { ...V8_PARAMS, iw: { min: 0, max: 3 } },
    disputed: V8_DISPUTED,
    sources: ["v81", "v81Guide", "v7Dates"],
    caution: V8_CAUTION,
  },
  {
    id: "v8.2",
    label: "V8.2",
    flag: "--v",
    value: "8.2",
    released: "2026-07-24",
    defaultSince: "2026-07-24",
    current: true,
    styleReferences: SREF_V8,
    profiles: { reads: ["v7", "v8", "v8.1", "v8.2"] },
    params: { ...V8_PARAMS, iw: { min: 0, max: 3 } },
    disputed: V8_DISPUTED,
    sources: ["v82Default", "v81Guide"],
    caution: `The day V8.2 came out and became the default (24 July 2026) is the product side's, from notes read 2026-07-26; the one page found says only that V8.2 was the default in September 2026. ${V8_CAUTION}`,
  },
] as const satisfies readonly ModelRow[];
