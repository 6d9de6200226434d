import { flagOf, MAX_STYLE_CODE, PARAMETERS, type ParamName, paramOfFlag } from "./parameters";
import type { ModelRow, NumberRange, ParamRule } from "./row";

/** One `--flag value` found in a prompt, as written. */
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

const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;
const URL = /^https?:\/\/\S+$/i;
const WEIGHT = /^(.*?)::(-?(\d+\.?\d*|\.\d+))$/;

function listed(values: readonly (number | string)[]): string {
  const words = values.map(String);
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

function rangeText(range: NumberRange): string {
  return `${range.whole ? "whole numbers " : ""}${range.min} to ${range.max}`;
}

function numberProblem(text: string, rule: ParamRule): string | undefined {
  if (!NUMBER.test(text)) return "takes a number";
  const value = Number(text);
  if (rule === true) return undefined;
  if ("values" in rule) return rule.values.includes(value) ? undefined : `takes ${listed(rule.values)}`;
  if (value < rule.min || value > rule.max || (rule.whole && !Number.isInteger(value)))
    return `takes ${rangeText(rule)}`;
  return undefined;
}

/** Whether a numeric style code is one Midjourney has: 1 to 4,294,967,295. */
export function isStyleCode(text: string): boolean {
  return /^\d{1,10}$/.test(text) && Number(text) >= 1 && Number(text) <= MAX_STYLE_CODE;
}

function referencesProblem(name: ParamName, text: string, row: ModelRow | undefined): string | undefined {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "needs a reference after it";
  for (const part of parts) {
    const weighted = WEIGHT.exec(part);
    const reference = weighted ? (weighted[1] ?? "") : part;
    if (weighted && name === "sref" && row && !row.styleReferences?.perReferenceWeights)
      return `${row.label} does not read a weight on each style reference (${part})`;
    if (URL.test(reference)) continue;
    if (name !== "sref") return `takes image URLs (${reference} is not one)`;
    if (reference.toLowerCase() === "random") continue;
    if (/^\d+$/.test(reference) && !isStyleCode(reference))
      return `${reference} is not a style code: codes are 1 to ${MAX_STYLE_CODE.toLocaleString("en-US")}`;
    if (!/^\d+$/.test(reference)) return `takes style codes, image URLs or random (${reference} is none)`;
  }
  return undefined;
}

/**
 * Why `value` is not one `row` takes for the parameter (`row` undefined: any model), or
 * undefined when it is. The flag itself is the caller's to name.
 */
export function valueProblem(
  name: ParamName,
  value: string,
  rule: ParamRule,
  row: ModelRow | undefined,
): string | undefined {
  const text = value.trim();
  switch (PARAMETERS[name].shape) {
    case "number":
      return numberProblem(text, rule);
    case "ratio":
      return /^[1-9]\d*:[1-9]\d*$/.test(text) ? undefined : "takes a ratio of whole numbers such as 3:2";
    case "switch":
      return text === "" ? undefined : `takes no value (found "${text}")`;
    case "text":
      return text === "" ? "needs the things to leave out after it" : undefined;
    case "references":
      return referencesProblem(name, text, row);
    case "profiles":
      return text.split(/\s+/).every((code) => code === "" || /^[a-z0-9-]{1,40}$/i.test(code))
        ? undefined
        : "takes profile or moodboard codes";
    case "word":
      if (rule !== true && "values" in rule && !rule.values.includes(text))
        return `takes ${listed(rule.values)}`;
      return undefined;
  }
}

/** How a model takes a parameter: the rules it is documented with, then those sources disagree on. */
export function rulesOf(row: ModelRow, name: ParamName): ParamRule[] {
  return [row.params[name], row.disputed?.[name]].filter((rule) => rule !== undefined);
}

/**
 * Why one `--flag value` of a prompt someone ran on `row` (undefined: a model not stated)
 * would not be taken; disputed parameters are taken (someone ran them).
 */
export function promptParamProblem(
  param: PromptParam,
  row: ModelRow | undefined,
  rows: readonly ModelRow[],
): string | undefined {
  const name = paramOfFlag(param.flag);
  if (!name) return `${param.flag} is not a Midjourney parameter`;
  const on = row ? [row] : rows;
  const problems = on.map((model) => {
    const rules = rulesOf(model, name);
    if (rules.length === 0) return `${param.flag} is not a parameter ${model.label} takes`;
    const found = rules.map((rule) => valueProblem(name, param.value, rule, row ? model : undefined));
    if (found.includes(undefined)) return undefined;
    return `${flagOf(name)} ${found[0]}`;
  });
  if (problems.some((p) => p === undefined)) return undefined;
  return row ? problems[0] : `${param.flag} ${param.value}: no model takes it (${problems[0]})`;
}
