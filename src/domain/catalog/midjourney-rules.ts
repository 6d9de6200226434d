import type { RecipeParams, RecipeSource } from "./schema";
import type { ModelId } from "./taxonomy";

/**
 * What Midjourney accepts, per model version, for the recipes the catalog holds: which
 * models know style-reference codes and moodboard/profile codes, which `--sv` values each
 * model takes, and which parameters each model knows. The import refuses a recipe that
 * breaks one of these rules, and `catalog validate` reports it, so every recipe a person
 * copies can be pasted into Midjourney as it is.
 *
 * Sources (Midjourney's documentation, docs.midjourney.com):
 * - "Style Reference": `--sref` works with V6, V6.1, Niji 6 and V7, not with V5.x; numeric
 *   codes ("--sref random" codes) came with V6. Style versions: `--sv 1`–`--sv 4` on the
 *   V6 family, `--sv 1`–`--sv 6` on V7, where `--sv 6` is the default and `--sv 4` the one
 *   for codes made before June 2025; numeric codes are read by `--sv 4` and `--sv 6` only
 *   (the others take image URLs). `--sw` (0–1000) weighs a style reference.
 * - "Personalization" and "Moodboards": `--p <code>` works with V6, V6.1, Niji 6 and V7.
 * - "Parameter List", "Version", "Quality", "Style Raw", "Experimental", "Stop",
 *   "Weird", "Tile", "Seeds", "No": which parameter each model knows and its range
 *   (`--exp` is V7 only; `--stop` is gone in V7; `--q` takes .25/.5/1 up to V6,
 *   .25/.5/1/2 on V6.1 and 1/2/4 on V7; `--style raw` from V5.1 on, Niji 6 included).
 */

/** Models a style-reference code (`--sref 123`) works with. */
export const SREF_MODELS: readonly ModelId[] = ["v6", "v6.1", "niji6", "v7"];
/** Models a moodboard or personalization code (`--p abc`) works with. */
export const PROFILE_MODELS: readonly ModelId[] = ["v6", "v6.1", "niji6", "v7"];

/** `--sv` values a model accepts with numeric style-reference codes (the only kind the catalog holds). */
export const SV_FOR_CODES: Readonly<Record<ModelId, readonly number[]>> = {
  v7: [4, 6],
  "v6.1": [1, 2, 3, 4],
  v6: [1, 2, 3, 4],
  niji6: [1, 2, 3, 4],
  "v5.2": [],
};

const QUALITY: Readonly<Record<ModelId, readonly number[]>> = {
  v7: [1, 2, 4],
  "v6.1": [0.25, 0.5, 1, 2],
  v6: [0.25, 0.5, 1],
  niji6: [0.25, 0.5, 1],
  "v5.2": [0.25, 0.5, 1],
};

type ParamKey = keyof RecipeParams;

/** The Midjourney flag of each recipe parameter, as a person types it. */
export const PARAM_FLAGS: Readonly<Record<ParamKey, string>> = {
  ar: "--ar",
  sv: "--sv",
  sw: "--sw",
  stylize: "--stylize",
  chaos: "--chaos",
  weird: "--weird",
  style: "--style",
  exp: "--exp",
  quality: "--q",
  stop: "--stop",
  tile: "--tile",
  seed: "--seed",
  no: "--no",
};

const EVERY_MODEL: readonly ModelId[] = ["v7", "v6.1", "v6", "niji6", "v5.2"];
const BEFORE_V7: readonly ModelId[] = ["v6.1", "v6", "niji6", "v5.2"];

/** Which models know each parameter. */
const PARAM_MODELS: Readonly<Record<ParamKey, readonly ModelId[]>> = {
  ar: EVERY_MODEL,
  sv: SREF_MODELS,
  sw: SREF_MODELS,
  stylize: EVERY_MODEL,
  chaos: EVERY_MODEL,
  weird: EVERY_MODEL,
  style: EVERY_MODEL,
  exp: ["v7"],
  quality: EVERY_MODEL,
  stop: BEFORE_V7,
  tile: EVERY_MODEL,
  seed: EVERY_MODEL,
  no: EVERY_MODEL,
};

/** Names a prompt may use for a parameter, mapped to the recipe's key (`--s` is `--stylize`). */
export const PROMPT_FLAG_KEYS: Readonly<Record<string, ParamKey | "raw" | "version" | "code">> = {
  "--ar": "ar",
  "--aspect": "ar",
  "--sv": "sv",
  "--sw": "sw",
  "--s": "stylize",
  "--stylize": "stylize",
  "--c": "chaos",
  "--chaos": "chaos",
  "--w": "weird",
  "--weird": "weird",
  "--style": "style",
  "--raw": "raw",
  "--exp": "exp",
  "--q": "quality",
  "--quality": "quality",
  "--stop": "stop",
  "--tile": "tile",
  "--seed": "seed",
  "--no": "no",
  "--v": "version",
  "--version": "version",
  "--niji": "version",
  "--sref": "code",
  "--p": "code",
  "--profile": "code",
};

const label = (model: ModelId) =>
  ({ v7: "V7", "v6.1": "V6.1", v6: "V6", niji6: "Niji 6", "v5.2": "V5.2" })[model];
const labels = (models: readonly ModelId[]) => models.map(label).join(", ");

/** A rule a recipe breaks: which field, and why, in plain words. */
export interface RuleProblem {
  field: string;
  message: string;
}

/** Everything in `recipe` that Midjourney's `model` would not accept; empty when the recipe works. */
export function recipeProblems(recipe: RecipeSource, model: ModelId): RuleProblem[] {
  const problems: RuleProblem[] = [];
  if (recipe.kind === "sref" && !SREF_MODELS.includes(model))
    problems.push({
      field: "model",
      message: `style-reference codes (--sref) need V6 or later (${labels(SREF_MODELS)}); ${label(model)} does not read them`,
    });
  if (recipe.kind === "moodboard" && !PROFILE_MODELS.includes(model))
    problems.push({
      field: "model",
      message: `moodboard and profile codes (--p) need V6 or later (${labels(PROFILE_MODELS)}); ${label(model)} does not read them`,
    });
  problems.push(...paramProblems(recipe.params, model, recipe.kind, "recipe.params"));
  return problems;
}

/** The parameters `params` holds that `model` does not know, or whose value it does not take. */
export function paramProblems(
  params: RecipeParams,
  model: ModelId,
  kind: RecipeSource["kind"],
  field: string,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const key of Object.keys(params) as ParamKey[]) {
    if (params[key] === undefined) continue;
    const flag = PARAM_FLAGS[key];
    if (!PARAM_MODELS[key].includes(model)) {
      problems.push({
        field: `${field}.${key}`,
        message: `${flag} works only with ${labels(PARAM_MODELS[key])}, not ${label(model)}`,
      });
      continue;
    }
    if ((key === "sv" || key === "sw") && kind !== "sref")
      problems.push({ field: `${field}.${key}`, message: `${flag} applies to style-reference codes only` });
  }
  if (params.sv !== undefined && SREF_MODELS.includes(model) && !SV_FOR_CODES[model].includes(params.sv))
    problems.push({
      field: `${field}.sv`,
      message: `--sv ${params.sv} does not read numeric style codes on ${label(model)}; use ${SV_FOR_CODES[model].map((v) => `--sv ${v}`).join(" or ")}`,
    });
  if (params.quality !== undefined && !QUALITY[model].includes(params.quality))
    problems.push({
      field: `${field}.quality`,
      message: `--q ${params.quality} is not a quality ${label(model)} takes (${QUALITY[model].join(", ")})`,
    });
  return problems;
}

/** One `--flag value` found in a prompt. */
export interface PromptParam {
  flag: string;
  value: string;
}

/** The parameters written in a prompt (`a cat --style raw --ar 2:3`), in order; the text before them is the subject. */
export function promptParams(prompt: string): { subject: string; params: PromptParam[] } {
  const first = /(^|\s)--[a-z]/i.exec(prompt);
  if (!first) return { subject: prompt.trim(), params: [] };
  const at = first.index + (first[1] ?? "").length;
  const params: PromptParam[] = [];
  for (const part of prompt.slice(at).split(/\s(?=--[a-z])/i)) {
    const [flag = "", ...value] = part.trim().split(/\s+/);
    params.push({ flag: flag.toLowerCase(), value: value.join(" ") });
  }
  return { subject: prompt.slice(0, at).trim(), params };
}

/**
 * Problems of an image's prompt: a parameter Midjourney does not document (named), or a
 * style code that belongs to a Pro recipe (shown beside the image, it would give the
 * recipe away).
 */
export function imagePromptProblems(prompt: string, recipe: RecipeSource, pro: boolean): string[] {
  const problems: string[] = [];
  for (const { flag, value } of promptParams(prompt).params) {
    const key = PROMPT_FLAG_KEYS[flag];
    if (!key) problems.push(`${flag} is not a Midjourney parameter this catalog knows`);
    else if (key === "code" && pro && leaksCode(value, recipe))
      problems.push(
        `it holds this Pro style's code (${flag} ${value}); the prompt is shown to everyone, so leave the code out`,
      );
  }
  return problems;
}

function leaksCode(value: string, recipe: RecipeSource): boolean {
  const words = new Set(value.split(/\s+/).map((w) => w.replace(/::.*$/, "").toLowerCase()));
  if (recipe.kind === "sref") return recipe.codes.some((code) => words.has(code.replace(/::.*$/, "")));
  if (recipe.kind === "moodboard") return words.has(recipe.code);
  return false;
}
