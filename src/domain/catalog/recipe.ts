import { flagOf, type ParamName } from "../midjourney/parameters";
import type { ModelRow } from "../midjourney/row";
import { valueProblem } from "../midjourney/values";
import { findModelRow, type ModelId, modelLabel, modelRow } from "../midjourney/versions";
import type { RecipeParams, RecipeSource } from "./schema";

/** One parameter as shown on a chip and typed in Midjourney, e.g. { flag: "--ar", value: "3:2" }. */
export interface RecipeChip {
  flag: string;
  value: string;
}

/** What any model's recipe is written from: the style's recipe, its model, and its codes' `--sv`. */
export interface RecipeSpec {
  source: RecipeSource;
  /** the model it was tested on; absent when its source does not say */
  model?: ModelId;
  /** the `--sv` its numeric codes were made with (its own, or its model's default on the day it was tested) */
  codeVersion?: number;
  /** why `codeVersion` is a reading, not a fact: its model changed its default, and no test day says which applied */
  codeVersionGuess?: string;
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
  /** what the recipe is written from, so a browser can write it for the model its person uses */
  spec: RecipeSpec;
}

/** What writing a recipe for another model changed: a few words for a badge, and why. */
export interface RecipeChange {
  short: string;
  why: string;
}

export type WrittenRecipe =
  | { ok: true; recipe: Recipe; changes: RecipeChange[] }
  | { ok: false; reason: string };

/** The Midjourney parameter of each recipe parameter. */
export const PARAM_OF_KEY: Readonly<Record<keyof RecipeParams, ParamName>> = {
  ar: "ar",
  sv: "sv",
  sw: "sw",
  stylize: "stylize",
  chaos: "chaos",
  weird: "weird",
  style: "style",
  exp: "exp",
  quality: "q",
  stop: "stop",
  tile: "tile",
  seed: "seed",
  no: "no",
};

/** The order parameters are written in, after the model. */
const PARAM_ORDER: readonly (keyof RecipeParams)[] = [
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

/** A recipe parameter's value as typed after its flag ("" for a switch). */
export function paramText(value: string | number | true): string {
  return value === true ? "" : String(value);
}

/** The `--sv` that applied to `model` on `day` (its latest default when no day), if any did. */
export function defaultCodeVersion(row: ModelRow, day?: string): number | undefined {
  const defaults = row.styleReferences?.defaults ?? [];
  const applying = defaults.filter((d) => day === undefined || d.since <= day);
  return applying.at(-1)?.version;
}

/** "--sv 4 or --sv 6": the style versions a model reads codes with, as a sentence says them. */
export const svChoices = (versions: readonly number[]) => versions.map((v) => `--sv ${v}`).join(" or ");

/**
 * A style's spec: its recipe, its model (the one it names, else the last it was tested on),
 * and the `--sv` its codes were made with: its own, else its model's default on the first
 * day it was tested there, else its model's default today, said to be a reading.
 */
export function recipeSpec(style: {
  recipe: RecipeSource;
  model?: ModelId;
  tested?: readonly { model: ModelId; date?: string }[];
}): RecipeSpec {
  const model = style.model ?? style.tested?.at(-1)?.model;
  const spec: RecipeSpec = { source: style.recipe, ...(model ? { model } : {}) };
  if (style.recipe.kind !== "sref" || !model) return spec;
  if (style.recipe.params.sv !== undefined) return { ...spec, codeVersion: style.recipe.params.sv };
  const row = modelRow(model);
  const days = (style.tested ?? []).flatMap((t) => (t.model === model && t.date ? [t.date] : [])).sort();
  const codeVersion = defaultCodeVersion(row, days[0]);
  if (codeVersion === undefined) return spec;
  const defaults = row.styleReferences?.defaults ?? [];
  if (days[0] !== undefined || defaults.length < 2) return { ...spec, codeVersion };
  const history = defaults.map((d) => `--sv ${d.version} from ${d.since}`).join(", then ");
  return {
    ...spec,
    codeVersion,
    codeVersionGuess: `this style does not say when it was tested, and ${row.label} read codes with ${history}: try --sv ${defaults
      .filter((d) => d.version !== codeVersion)
      .map((d) => d.version)
      .join(" or --sv ")} if it looks wrong`,
  };
}

const withoutWeight = (code: string) => code.replace(/::.*$/, "");

interface Draft {
  head: string;
  code?: string;
  chips: RecipeChip[];
  changes: RecipeChange[];
}

function codesFor(spec: RecipeSpec, row: ModelRow | undefined, draft: Draft): string | undefined {
  const { source } = spec;
  if (source.kind !== "sref") return undefined;
  const refs = row?.styleReferences;
  if (row && !refs) return `${row.label} reads no style-reference codes (--sref came with V6)`;
  let codes = source.codes;
  if (refs && !refs.perReferenceWeights && codes.some((code) => code.includes("::"))) {
    codes = [...new Set(codes.map(withoutWeight))];
    draft.changes.push({
      short: "without weights",
      why: `${row?.label} does not read a weight on each style code, so the codes count equally`,
    });
  }
  draft.code = `--sref ${codes.join(" ")}`;
  let version = spec.codeVersion;
  if (version === undefined && refs && row) {
    version = Math.max(...refs.codeVersions);
    if (refs.codeVersions.length > 1)
      draft.changes.push({
        short: `with --sv ${version}`,
        why: `this style does not say which model its code was made on; ${row.label} reads codes with ${svChoices(refs.codeVersions)}, and this is the newest`,
      });
  } else if (version !== undefined && refs) {
    if (!refs.codeVersions.includes(version))
      return `its code was made with --sv ${version}, and ${row?.label} reads codes only with ${svChoices(refs.codeVersions)}`;
    if (spec.codeVersionGuess)
      draft.changes.push({ short: `with --sv ${version}`, why: spec.codeVersionGuess });
    // on its own model a code's --sv is what it was tested with: no change to name
    else if (row && row.id !== spec.model && version !== defaultCodeVersion(row))
      draft.changes.push({
        short: `with --sv ${version}`,
        why: `${row.label} reads this code as it was made only with --sv ${version}`,
      });
  }
  if (version !== undefined) draft.chips.push({ flag: "--sv", value: String(version) });
  return undefined;
}

function profileFor(spec: RecipeSpec, row: ModelRow | undefined, draft: Draft): string | undefined {
  const { source } = spec;
  if (source.kind !== "moodboard") return undefined;
  if (row && !row.profiles) return `${row.label} reads no profile or moodboard codes`;
  if (row && spec.model && !row.profiles?.reads.includes(spec.model))
    return `its code is a ${modelLabel(spec.model)} profile, which ${row.label} does not read`;
  draft.code = `--p ${source.code}`;
  return undefined;
}

function paramsFor(spec: RecipeSpec, row: ModelRow | undefined, draft: Draft): void {
  const { params } = spec.source;
  for (const key of PARAM_ORDER) {
    const value = params[key];
    if (value === undefined) continue;
    if ((key === "sw" || key === "sv") && spec.source.kind !== "sref") continue;
    const name = PARAM_OF_KEY[key];
    const flag = flagOf(name);
    const text = paramText(value);
    if (!row) {
      draft.chips.push({ flag, value: text });
      continue;
    }
    if (name === "style" && row.params.style === undefined && row.params.raw !== undefined) {
      draft.chips.push({ flag: "--raw", value: "" });
      continue;
    }
    const rule = row.params[name];
    const problem = rule === undefined ? undefined : valueProblem(name, text, rule, row);
    if (rule !== undefined && problem === undefined) {
      draft.chips.push({ flag, value: text });
      continue;
    }
    const written = text ? `${flag} ${text}` : flag;
    draft.changes.push({
      short: `without ${written}`,
      why:
        rule === undefined
          ? row.disputed?.[name] !== undefined
            ? `sources disagree whether ${row.label} takes ${flag}`
            : `${row.label} does not take ${flag}`
          : `${row.label}'s ${flag} ${problem}`,
    });
  }
}

/**
 * The recipe written for `target` (default: the model it was tested on), or why it cannot
 * work there. Numeric codes always carry their `--sv`, so a recipe keeps its look when
 * Midjourney changes a default; a parameter the model does not take is left out and named.
 */
export function writeRecipe(spec: RecipeSpec, target?: ModelId): WrittenRecipe {
  const modelId = target ?? spec.model;
  const row = modelId ? findModelRow(modelId) : undefined;
  const draft: Draft = { head: "", chips: row ? [{ flag: row.flag, value: row.value }] : [], changes: [] };
  const refused = codesFor(spec, row, draft) ?? profileFor(spec, row, draft);
  if (refused) return { ok: false, reason: refused };
  paramsFor(spec, row, draft);
  const { source } = spec;
  const prompt = source.kind === "prompt" ? source.prompt.trim() : undefined;
  const chipText = draft.chips.map((c) => (c.value ? `${c.flag} ${c.value}` : c.flag)).join(" ");
  const head = prompt ?? draft.code ?? "";
  return {
    ok: true,
    changes: draft.changes,
    recipe: {
      kind: source.kind,
      ...(draft.code ? { code: draft.code } : {}),
      ...(prompt !== undefined ? { prompt } : {}),
      ...(source.kind === "prompt" && source.subject ? { subject: source.subject } : {}),
      chips: draft.chips,
      text: [head, chipText].filter(Boolean).join(" "),
      spec,
    },
  };
}

/** The recipe as it was tested. The import refuses one that does not work on its own model. */
export function buildRecipe(spec: RecipeSpec): Recipe {
  const written = writeRecipe(spec);
  if (!written.ok) throw new Error(`a catalog recipe does not work on its own model: ${written.reason}`);
  return written.recipe;
}

/** The longest subject a person may put in front of a recipe. */
export const MAX_SUBJECT_LENGTH = 200;

/** A subject as Copy writes it: whitespace folded (a pasted line break cannot split the prompt), cut to length. */
export function cleanSubject(subject: string): string {
  return subject.replace(/\s+/g, " ").trim().slice(0, MAX_SUBJECT_LENGTH);
}

/**
 * What Copy copies when a person has written their own subject: the subject in front of a
 * code recipe's flags ("a red fox --sref 123 --v 7"); in a prompt recipe, in place of the
 * part the recipe marks as its subject, or else in front of the prompt.
 */
export function withSubject(recipe: Pick<Recipe, "kind" | "text" | "subject">, subject: string): string {
  const clean = cleanSubject(subject);
  if (!clean) return recipe.text;
  if (recipe.kind !== "prompt") return `${clean} ${recipe.text}`;
  if (recipe.subject && recipe.text.includes(recipe.subject))
    return recipe.text.replace(recipe.subject, () => clean);
  return `${clean}, ${recipe.text}`;
}

/** "Copy prompt only": the prompt with the person's subject, no parameters; "" when a recipe has no prompt and no subject. */
export function promptOnly(recipe: Pick<Recipe, "kind" | "prompt" | "subject">, subject: string): string {
  const clean = cleanSubject(subject);
  if (recipe.kind !== "prompt" || recipe.prompt === undefined) return clean;
  if (!clean) return recipe.prompt;
  if (recipe.subject && recipe.prompt.includes(recipe.subject))
    return recipe.prompt.replace(recipe.subject, () => clean);
  return `${clean}, ${recipe.prompt}`;
}

/** "Copy parameters only": the code and every flag, without the prompt or subject. */
export function parametersOnly(recipe: Pick<Recipe, "code" | "chips">): string {
  const chips = recipe.chips.map((c) => (c.value ? `${c.flag} ${c.value}` : c.flag));
  return [recipe.code, ...chips].filter(Boolean).join(" ");
}
