import { MODEL_TABLE } from "../midjourney/models";
import { flagOf, type ParamName, paramOfFlag } from "../midjourney/parameters";
import type { ModelRow } from "../midjourney/row";
import { type PromptParam, promptParamProblem, promptParams, valueProblem } from "../midjourney/values";
import { type ModelId, modelOfFlag, modelRow } from "../midjourney/versions";
import { promptContradictions } from "./prompt-coherence";
import { defaultCodeVersion, PARAM_OF_KEY, paramText, recipeSpec, svChoices, writeRecipe } from "./recipe";
import type { RecipeParams, RecipeSource } from "./schema";

/**
 * Midjourney's rules (the model table, domain/midjourney) applied to the catalog: what a
 * recipe may hold for its model, and what an image's prompt may. The import refuses what
 * breaks them and `catalog validate` reports it, so what a person copies pastes as it is.
 */

const ROWS: readonly ModelRow[] = MODEL_TABLE;

/** A rule a recipe breaks: which field, and why, in plain words. */
export interface RuleProblem {
  field: string;
  message: string;
}

function codeProblems(recipe: RecipeSource, row: ModelRow): RuleProblem[] {
  if (recipe.kind !== "sref") return [];
  const refs = row.styleReferences;
  if (!refs)
    return [
      {
        field: "model",
        message: `style-reference codes (--sref) need V6 or later; ${row.label} reads none`,
      },
    ];
  const problems: RuleProblem[] = [];
  if (!refs.perReferenceWeights && recipe.codes.some((code) => code.includes("::")))
    problems.push({
      field: "recipe.codes",
      message: `${row.label} does not read a weight on each style code (::); leave the weights out`,
    });
  const version = recipe.params.sv ?? defaultCodeVersion(row);
  if (version === undefined)
    problems.push({
      field: "recipe.params.sv",
      message: `${row.label} reads numeric codes only with ${svChoices(refs.codeVersions)} written out; add sv`,
    });
  else if (!refs.codeVersions.includes(version))
    problems.push({
      field: "recipe.params.sv",
      message: `--sv ${version} does not read numeric style codes on ${row.label}; use ${svChoices(refs.codeVersions)}`,
    });
  return problems;
}

function paramProblem(key: keyof RecipeParams, value: string | number | true, row: ModelRow | undefined) {
  const name: ParamName = PARAM_OF_KEY[key];
  const flag = flagOf(name);
  const text = paramText(value);
  const on = row ? [row] : ROWS;
  const messages = on.map((model) => {
    const rule = model.params[name] ?? (name === "style" ? model.params.raw : undefined);
    if (rule === undefined)
      return model.disputed?.[name] !== undefined
        ? `sources disagree whether ${model.label} takes ${flag}, so a recipe for it leaves ${flag} out`
        : `${flag} is not a parameter ${model.label} takes`;
    const problem = name === "sv" && row ? undefined : valueProblem(name, text, rule, model);
    return problem ? `${flag} ${problem} on ${model.label}` : undefined;
  });
  if (messages.some((m) => m === undefined)) return undefined;
  return row ? messages[0] : `${flag} ${text}: no model takes it`;
}

/** Everything in `recipe` that `model` (undefined: a model not stated) would not accept; empty when it works. */
export function recipeProblems(recipe: RecipeSource, model: ModelId | undefined): RuleProblem[] {
  const row = model ? modelRow(model) : undefined;
  const problems: RuleProblem[] = row ? codeProblems(recipe, row) : [];
  if (recipe.kind === "moodboard" && row && !row.profiles)
    problems.push({
      field: "model",
      message: `moodboard and profile codes (--p) need a model that reads them; ${row.label} reads none`,
    });
  for (const key of Object.keys(recipe.params) as (keyof RecipeParams)[]) {
    const value = recipe.params[key];
    if (value === undefined) continue;
    const field = `recipe.params.${key}`;
    if ((key === "sv" || key === "sw") && recipe.kind !== "sref") {
      problems.push({ field, message: `${flagOf(PARAM_OF_KEY[key])} applies to style-reference codes only` });
      continue;
    }
    const message = paramProblem(key, value, row);
    if (message) problems.push({ field, message });
  }
  if (recipe.kind === "prompt") {
    const written = promptParams(recipe.prompt).params[0];
    if (written)
      problems.push({
        field: "recipe.prompt",
        message: `parameters go in params, not in the prompt (found ${written.flag})`,
      });
    for (const message of promptContradictions(recipe.prompt))
      problems.push({ field: "recipe.prompt", message });
  }
  return problems;
}

/** A model a style says it was tried on, and cannot work on. */
export function testedProblems(style: {
  recipe: RecipeSource;
  model?: ModelId;
  tested?: readonly { model: ModelId; date?: string }[];
}): RuleProblem[] {
  if (recipeProblems(style.recipe, style.model).length > 0) return [];
  const spec = recipeSpec(style);
  return (style.tested ?? []).flatMap((test, i): RuleProblem[] => {
    const row = modelRow(test.model);
    const written = writeRecipe(spec, test.model);
    if (!written.ok)
      return [{ field: `tested.${i}.model`, message: `it cannot work on ${row.label}: ${written.reason}` }];
    if (test.date && test.date < row.released.slice(0, test.date.length))
      return [
        {
          field: `tested.${i}.date`,
          message: `${row.label} came out on ${row.released}, after ${test.date}`,
        },
      ];
    return [];
  });
}

/** A style as its image prompts are checked against it. */
export interface PromptOwner {
  recipe: RecipeSource;
  model?: ModelId;
  tier: "free" | "pro";
}

function versionProblem(flag: "--v" | "--niji", value: string, row: ModelRow | undefined) {
  const picked = modelOfFlag(flag, value);
  const written = value ? `${flag} ${value}` : flag;
  if (!picked) return `${written} is not a model version this catalog knows`;
  if (row && picked.id !== row.id) return `${written} is ${picked.label}, but this style is ${row.label}`;
  return undefined;
}

/** The model a prompt names with its own `--v`/`--niji`, if it names exactly one. */
function promptModel(params: readonly PromptParam[]): { row?: ModelRow; problem?: string } {
  const named = params.flatMap((param) => {
    const name = paramOfFlag(param.flag);
    const row = name === "v" || name === "niji" ? modelOfFlag(`--${name}`, param.value) : undefined;
    return row ? [{ row, written: `${param.flag} ${param.value}`.trim() }] : [];
  });
  const models = [...new Set(named.map((n) => n.row))];
  if (models.length > 1)
    return {
      problem: `it names two models (${named.map((n) => n.written).join(" and ")}); a prompt runs on one`,
    };
  return { row: models[0] };
}

/**
 * Problems of an image's prompt: a parameter Midjourney does not have, or does not take
 * on the style's model (or, for a style that names none, the prompt's own `--v`/`--niji`)
 * or with that value (each named); a `--v`/`--niji` that is not the style's model; `--sv`
 * or `--sw` with no style reference; a style code that belongs to a Pro recipe (shown
 * beside the image, it would give the recipe away); words that contradict each other.
 */
export function imagePromptProblems(prompt: string, style: PromptOwner): string[] {
  const { subject, params } = promptParams(prompt);
  const own = promptModel(params);
  const row = style.model ? modelRow(style.model) : own.row;
  const problems: string[] = own.problem && !style.model ? [own.problem] : [];
  for (const param of params) {
    const name = paramOfFlag(param.flag);
    const problem =
      name === "v" || name === "niji"
        ? versionProblem(name === "v" ? "--v" : "--niji", param.value, style.model ? row : undefined)
        : promptParamProblem(param, row, ROWS);
    if (problem) problems.push(problem);
    else if ((name === "sv" || name === "sw") && !params.some((p) => paramOfFlag(p.flag) === "sref"))
      problems.push(`${param.flag} applies to style references, and this prompt has no --sref`);
    else if (
      (name === "sref" || name === "p") &&
      style.tier === "pro" &&
      leaksCode(param.value, style.recipe)
    )
      problems.push(
        `it holds this Pro style's code (${param.flag} ${param.value}); the prompt is shown to everyone, so leave the code out`,
      );
  }
  problems.push(...promptContradictions(subject));
  return problems;
}

/** A code as Midjourney reads it: weight aside, and a number without its leading zeros. */
const codeKey = (word: string) => {
  const code = word.replace(/::.*$/, "").toLowerCase();
  return /^\d+$/.test(code) ? String(Number(code)) : code;
};

function leaksCode(value: string, recipe: RecipeSource): boolean {
  const words = new Set(value.split(/\s+/).map(codeKey));
  if (recipe.kind === "sref") return recipe.codes.some((code) => words.has(codeKey(code)));
  if (recipe.kind === "moodboard") return words.has(recipe.code);
  return false;
}

/** How far an image may be from its recipe's `--ar`: Midjourney rounds sizes to its own grid. */
const RATIO_TOLERANCE = 0.03;

/** Why an image is not at the recipe's `--ar`, if it is not: a person copying the recipe gets that shape. */
export function imageRatioProblem(image: { width: number; height: number }, ar: string | undefined) {
  if (!ar) return undefined;
  const [w = 1, h = 1] = ar.split(":").map(Number);
  if (Math.abs(Math.log(image.width / image.height / (w / h))) <= RATIO_TOLERANCE) return undefined;
  return `it is ${image.width}×${image.height}, not the recipe's --ar ${ar}; give the recipe the images' ratio, or none`;
}
