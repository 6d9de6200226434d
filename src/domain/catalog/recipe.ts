import { PARAM_FLAGS } from "./midjourney-rules";
import type { RecipeParams, RecipeSource } from "./schema";
import { findModel, type ModelId } from "./taxonomy";

/** One parameter as shown on a chip and typed in Midjourney, e.g. { flag: "--ar", value: "3:2" }. */
export interface RecipeChip {
  flag: string;
  value: string;
}

/** What a browser that may see the recipe receives. `text` is exactly what Copy puts on the clipboard. */
export interface Recipe {
  kind: RecipeSource["kind"];
  /** the style code on its own: "--sref 123", "--p abc"; absent for prompts */
  code?: string;
  prompt?: string;
  /** the part of the prompt that names what is shown, which "Your subject" replaces */
  subject?: string;
  chips: RecipeChip[];
  text: string;
}

const PARAM_ORDER: readonly (keyof RecipeParams)[] = [
  "sv",
  "sw",
  "style",
  "stylize",
  "chaos",
  "weird",
  "exp",
  "quality",
  "stop",
  "tile",
  "seed",
  "no",
  "ar",
];

export function recipeChips(params: RecipeParams, model: ModelId): RecipeChip[] {
  const { flag, value } = findModel(model) ?? { flag: "--v", value: "7" };
  const chips: RecipeChip[] = [{ flag, value }];
  for (const key of PARAM_ORDER) {
    const paramValue = params[key];
    if (paramValue === undefined) continue;
    // --tile is a switch: no value follows it
    chips.push({ flag: PARAM_FLAGS[key], value: paramValue === true ? "" : String(paramValue) });
  }
  return chips;
}

function codeOf(source: RecipeSource): string | undefined {
  switch (source.kind) {
    case "sref":
      return `--sref ${source.codes.join(" ")}`;
    case "moodboard":
      return `--p ${source.code}`;
    case "prompt":
      return undefined;
  }
}

export function buildRecipe(source: RecipeSource, model: ModelId): Recipe {
  const chips = recipeChips(source.params, model);
  const code = codeOf(source);
  const chipText = chips.map((c) => (c.value ? `${c.flag} ${c.value}` : c.flag)).join(" ");
  const head = source.kind === "prompt" ? source.prompt.trim() : (code ?? "");
  return {
    kind: source.kind,
    ...(code ? { code } : {}),
    ...(source.kind === "prompt" ? { prompt: source.prompt.trim() } : {}),
    ...(source.kind === "prompt" && source.subject ? { subject: source.subject } : {}),
    chips,
    text: `${head} ${chipText}`,
  };
}

/** The longest subject a person may put in front of a recipe. */
export const MAX_SUBJECT_LENGTH = 200;

/**
 * What Copy copies when a person has written their own subject: the subject in front of a
 * code recipe's flags ("a red fox --sref 123 --v 7"); in a prompt recipe, in place of the
 * part the recipe marks as its subject, or else in front of the prompt. Whitespace is
 * folded, so a pasted subject cannot break the line Midjourney reads.
 */
export function withSubject(recipe: Pick<Recipe, "kind" | "text" | "subject">, subject: string): string {
  const clean = subject.replace(/\s+/g, " ").trim().slice(0, MAX_SUBJECT_LENGTH);
  if (!clean) return recipe.text;
  if (recipe.kind !== "prompt") return `${clean} ${recipe.text}`;
  if (recipe.subject && recipe.text.includes(recipe.subject))
    return recipe.text.replace(recipe.subject, () => clean);
  return `${clean}, ${recipe.text}`;
}
