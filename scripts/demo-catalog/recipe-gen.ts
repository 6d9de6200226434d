import { namesBlackAndWhite, promptContradictions } from "../../src/domain/catalog/prompt-coherence";
import { PARAM_OF_KEY } from "../../src/domain/catalog/recipe";
import type { RecipeParams, RecipeSource } from "../../src/domain/catalog/schema";
import type { AspectRatio, CategorySlug } from "../../src/domain/catalog/taxonomy";
import { MAX_STYLE_CODE } from "../../src/domain/midjourney/parameters";
import { type ModelId, modelRow } from "../../src/domain/midjourney/versions";
import { colorName, luminance } from "./color";
import type { Palette } from "./palette";
import type { Rng } from "./prng";
import type { Theme } from "./theme-type";
import { PROMPT_LIGHT, PROMPT_SUBJECTS, PROMPT_TECHNIQUES } from "./vocab";

export type RecipeKind = RecipeSource["kind"];

/** About 55% sref, 20% moodboard, 25% prompt, shuffled so each kind lands in every category. */
export function kindDeck(rng: Rng, total: number): RecipeKind[] {
  const moodboards = Math.round(total * 0.2);
  const prompts = Math.round(total * 0.25);
  const srefs = total - moodboards - prompts;
  const deck: RecipeKind[] = [
    ...Array<RecipeKind>(srefs).fill("sref"),
    ...Array<RecipeKind>(moodboards).fill("moodboard"),
    ...Array<RecipeKind>(prompts).fill("prompt"),
  ];
  return rng.shuffle(deck);
}

const STYLIZE: readonly (readonly [number, number])[] = [
  [50, 1],
  [100, 3],
  [150, 2],
  [200, 3],
  [250, 3],
  [300, 2],
  [400, 2],
  [500, 2],
  [600, 1],
  [750, 1],
  [1000, 1],
];

/** The drawn style version, or the nearest one below it that reads numeric codes on `model`. */
function fitSv(drawn: number, model: ModelId): number {
  const allowed = modelRow(model).styleReferences?.codeVersions ?? [];
  return allowed.includes(drawn) ? drawn : Math.max(...allowed.filter((v) => v < drawn));
}

/**
 * What `model` takes of the drawn parameters (the model table): one it does not take is
 * left out, and a model that reads codes only with an `--sv` written out gets `--sv 6`.
 * Nothing is drawn here, so every later draw stays what it was.
 */
function forModel(params: RecipeParams, kind: RecipeKind, model: ModelId): RecipeParams {
  const row = modelRow(model);
  const out: RecipeParams = {};
  for (const key of Object.keys(params) as (keyof RecipeParams)[]) {
    const takes = row.params[PARAM_OF_KEY[key]] ?? (key === "style" ? row.params.raw : undefined);
    if (takes !== undefined) Object.assign(out, { [key]: params[key] });
  }
  if (kind === "sref" && out.sv === undefined && row.styleReferences?.defaults.length === 0) out.sv = 6;
  return out;
}

/** `ar` is absent when the style's images come in two ratios, so the recipe names neither. */
function params(rng: Rng, kind: RecipeKind, model: ModelId, ar: AspectRatio | undefined): RecipeParams {
  const out: RecipeParams = ar ? { ar } : {};
  if (kind === "sref" && rng.chance(0.85)) {
    out.sv = fitSv(
      rng.weighted([
        [6, 5],
        [4, 3],
        [5, 1],
      ] as const),
      model,
    );
  }
  if (rng.chance(kind === "sref" ? 0.85 : 0.75)) out.stylize = rng.weighted(STYLIZE);
  if (rng.chance(kind === "prompt" ? 0.22 : 0.14)) out.chaos = rng.int(1, 8) * 5;
  if (rng.chance(0.08)) out.weird = rng.pick([50, 100, 150, 250, 500, 1000]);
  if (kind === "sref" && rng.chance(0.3)) out.sw = rng.pick([50, 100, 150, 200, 250, 300, 400, 500, 750]);
  return forModel(out, kind, model);
}

const TEN_DIGITS = 1_000_000_000;

/** A drawn code above the maximum, folded into the ten-digit codes that exist (no new draw). */
function inRange(digits: string): string {
  const value = Number(digits);
  if (value <= MAX_STYLE_CODE) return digits;
  return String(TEN_DIGITS + ((value - TEN_DIGITS) % (MAX_STYLE_CODE - TEN_DIGITS + 1)));
}

function srefCode(rng: Rng, weighted: boolean): string {
  const drawn = rng.digits(
    rng.weighted([
      [6, 1],
      [7, 2],
      [8, 2],
      [9, 3],
      [10, 4],
    ] as const),
  );
  const code = inRange(drawn);
  return weighted ? `${code}::${rng.pick(["2", "3", "0.5", "1.5"])}` : code;
}

const words = (tag: string) => tag.replaceAll("-", " ");

/** A black-and-white theme: mood "mono", or its title, tags or prompt so far name black and white or a B&W stock. */
function blackAndWhite(theme: Theme, soFar: string): boolean {
  return (
    theme.mood === "mono" || namesBlackAndWhite([theme.title, ...theme.tags.map(words), soFar].join(", "))
  );
}

/** The palette phrase: the accent and ground colours, or for black and white a phrase without hues. */
function palettePhrase(theme: Theme, palette: Palette, soFar: string): string {
  if (!blackAndWhite(theme, soFar)) {
    return `${colorName(palette.accent)} and ${colorName(palette.bg)} palette`;
  }
  if (luminance(palette.bg) > 0.3) return "silver-grey palette";
  return namesBlackAndWhite(soFar) ? "deep blacks, silver highlights" : "black and white, deep blacks";
}

/**
 * The category's techniques that add no contradiction (prompt-coherence) to the prompt's other parts
 * or to the theme's title, tags and look: an oil-paint theme gets no gouache, a Kodachrome theme no
 * Portra. Filtered in the list's order, so picking among them is still the one draw it was.
 */
function fittingTechniques(
  theme: Theme,
  category: CategorySlug,
  parts: readonly string[],
): readonly string[] {
  const context = [theme.title, ...theme.tags.map(words), theme.look, ...parts].join(", ");
  const already = new Set(promptContradictions(context));
  const fitting = PROMPT_TECHNIQUES[category].filter((technique) =>
    promptContradictions(`${context}, ${technique}`).every((problem) => already.has(problem)),
  );
  if (fitting.length === 0) throw new Error(`no ${category} technique fits "${theme.title}"`);
  return fitting;
}

/**
 * `used` collects every code and prompt so no two styles share a recipe.
 * `ar` is the images' ratio, or undefined when they come in two ratios (the recipe then names none).
 */
export function makeRecipe(
  rng: Rng,
  { kind, model }: { kind: RecipeKind; model: ModelId },
  theme: Theme,
  category: CategorySlug,
  palette: Palette,
  ar: AspectRatio | undefined,
  used: Set<string>,
): RecipeSource {
  const unique = (make: () => string) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const value = make();
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
    throw new Error(`could not find a unique recipe for ${theme.title}`);
  };
  switch (kind) {
    case "sref": {
      const count = rng.chance(0.3) ? 2 : 1;
      const weights = modelRow(model).styleReferences?.perReferenceWeights ?? false;
      const codes = Array.from({ length: count }, (_, i) =>
        unique(() => srefCode(rng, count === 2 ? rng.chance(i === 0 ? 0.45 : 0.2) : rng.chance(0.1))),
      ).map((code) => (weights ? code : code.replace(/::.*$/, "")));
      return { kind, codes, params: params(rng, kind, model, ar) };
    }
    case "moodboard":
      return { kind, code: unique(() => rng.alnum(7)), params: params(rng, kind, model, ar) };
    case "prompt": {
      let subject = "";
      const prompt = unique(() => {
        subject = rng.pick(PROMPT_SUBJECTS[category]);
        const parts = [subject, ...theme.tags.slice(0, 2).map(words), rng.pick(PROMPT_LIGHT[theme.mood])];
        const colours = palettePhrase(theme, palette, parts.join(", "));
        const technique = rng.pick(fittingTechniques(theme, category, [...parts, colours]));
        return [...parts, technique, colours].join(", ");
      });
      const problems = promptContradictions(prompt);
      if (problems.length > 0) throw new Error(`"${theme.title}": prompt ${problems.join("; ")}`);
      // the first part names what is shown: "Your subject" replaces it
      return { kind, prompt, subject, params: params(rng, kind, model, ar) };
    }
  }
}
