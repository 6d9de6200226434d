import { SV_FOR_CODES } from "../../src/domain/catalog/midjourney-rules";
import type { RecipeParams, RecipeSource } from "../../src/domain/catalog/schema";
import type { AspectRatio, CategorySlug, ModelId } from "../../src/domain/catalog/taxonomy";
import { colorName } from "./color";
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
  const allowed = SV_FOR_CODES[model];
  return allowed.includes(drawn) ? drawn : Math.max(...allowed.filter((v) => v < drawn));
}

function params(rng: Rng, kind: RecipeKind, model: ModelId, ar: AspectRatio): RecipeParams {
  const out: RecipeParams = { ar };
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
  return out;
}

function srefCode(rng: Rng, weighted: boolean): string {
  const code = rng.digits(
    rng.weighted([
      [6, 1],
      [7, 2],
      [8, 2],
      [9, 3],
      [10, 4],
    ] as const),
  );
  return weighted ? `${code}::${rng.pick(["2", "3", "0.5", "1.5"])}` : code;
}

/** `used` collects every code and prompt so no two styles share a recipe. */
export function makeRecipe(
  rng: Rng,
  { kind, model }: { kind: RecipeKind; model: ModelId },
  theme: Theme,
  category: CategorySlug,
  palette: Palette,
  ar: AspectRatio,
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
      const codes = Array.from({ length: count }, (_, i) =>
        unique(() => srefCode(rng, count === 2 ? rng.chance(i === 0 ? 0.45 : 0.2) : rng.chance(0.1))),
      );
      return { kind, codes, params: params(rng, kind, model, ar) };
    }
    case "moodboard":
      return { kind, code: unique(() => rng.alnum(7)), params: params(rng, kind, model, ar) };
    case "prompt": {
      let subject = "";
      const prompt = unique(() => {
        subject = rng.pick(PROMPT_SUBJECTS[category]);
        return [
          subject,
          ...theme.tags.slice(0, 2).map((tag) => tag.replaceAll("-", " ")),
          rng.pick(PROMPT_LIGHT[theme.mood]),
          rng.pick(PROMPT_TECHNIQUES[category]),
          `${colorName(palette.accent)} and ${colorName(palette.bg)} palette`,
        ].join(", ");
      });
      // the first part names what is shown: "Your subject" replaces it
      return { kind, prompt, subject, params: params(rng, kind, model, ar) };
    }
  }
}
